"""Issue 10, round 6 (r12): classes of a lab's and a utility's columns, each on a small synthetic
schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.model import Check, Column, ColumnType, TypeKind
from tests.test_realism_units import generate, table


def _enum(name: str, *labels: str) -> ColumnType:
    return ColumnType(kind=TypeKind.ENUM, sql_name=name, enum_labels=labels)


def _add(t, *cols: Column):
    return replace(t, columns=(*t.columns, *cols))


def _f(v: str | None) -> float | None:
    return None if v is None else float(v)


# ------------------------------------------------------------------ a DEFAULT never respells a closed list
def test_a_short_default_of_an_enum_or_a_check_list_keeps_the_lists_spelling() -> None:
    """``tier tier_kind DEFAULT 'none'`` beside labels ``'GOLD'``, ``'XL'``: the default's lower case
    folded the other labels to ``'gold'`` and the load failed (invalid input value for enum)."""
    t = table("memberships", ("note", "text"))
    t = _add(t, Column(name="tier", type=_enum("tier_kind", "GOLD", "XL", "SILV", "none"), nullable=False,
                       default="'none'::tier_kind"),
             Column(name="grade", type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False,
                    default="'std'"))
    t = replace(t, checks=(*t.checks, Check(name="memberships_grade_check",
                                            expression="grade IN ('std', 'VIP', 'PRO')"),))
    got = generate(t)["memberships"]
    assert set(got["tier"]) <= {"GOLD", "XL", "SILV", "none"} and "GOLD" in got["tier"]
    assert set(got["grade"]) <= {"std", "VIP", "PRO"} and "VIP" in got["grade"]


# ------------------------------------------------------------------ a measurement against its reference
def test_a_measured_value_lies_mostly_inside_its_rows_range_and_its_flag_says_where() -> None:
    """``obs_value`` beside ``normal_min`` / ``normal_max``: most rows inside, a few outside, and the
    ``hl_flag`` enum says N / L / H / LL / HH accordingly (were independent draws: 904 over 202-915, 'LL')."""
    t = table("panel_lines", ("normal_min", "numeric(10,3)"), ("normal_max", "numeric(10,3)"),
              ("obs_value", "numeric(12,4)"), ("verified_by", "int"))
    t = _add(t, Column(name="hl_flag", type=_enum("hl", "N", "L", "H", "LL", "HH", "A")))
    t = replace(t, checks=(*t.checks, Check(name="panel_lines_range_check",
                                            expression="normal_min < normal_max"),))
    got = generate(t)["panel_lines"]
    rows = [(lo, hi, v, f) for lo, hi, v, f in zip(*(map(_f, got[c]) for c in ("normal_min", "normal_max", "obs_value")),
                                                  got["hl_flag"], strict=True)
            if lo is not None and hi is not None and v is not None]
    inside = sum(lo <= v <= hi for lo, hi, v, _ in rows)
    assert 0.7 * len(rows) <= inside < len(rows)
    for lo, hi, v, flag in rows:
        if flag is None:
            continue
        want = "N" if lo <= v <= hi else ("L" if v < lo else "H")
        assert flag == want or flag == want * 2, (lo, hi, v, flag)


def test_a_standard_deviation_is_a_few_per_cent_of_its_mean_and_a_reading_lies_around_it() -> None:
    """``ctrl_avg`` / ``ctrl_sd`` and ``measured_result``: the sd is 2-8% of the mean, the reading
    within four sd of the mean (were an sd larger than its mean, a reading of 65 beside a mean of 876)."""
    t = table("control_checks", ("ctrl_avg", "numeric(10,3)", False), ("ctrl_sd", "numeric(10,3)", False),
              ("measured_result", "numeric(10,3)", False))
    got = generate(t)["control_checks"]
    for m, sd, v in zip(*(map(float, got[c]) for c in ("ctrl_avg", "ctrl_sd", "measured_result")), strict=True):
        assert 0.015 * m <= sd <= 0.085 * m + 0.001, (m, sd)
        assert abs(v - m) <= 4 * sd + 0.002, (m, sd, v)


# ------------------------------------------------------------------ quantities whose name says the scale
def test_prices_per_unit_supply_voltages_credit_scores_and_building_sizes_read_at_their_scale() -> None:
    """``water_price_per_ccf`` about 1 not 887, ``kwh_tariff`` 0.16, ``peak_charge_per_kw`` ~11,
    ``supply_voltage`` 120/240/480, ``fico_score`` 300-850, ``year_constructed`` a year,
    ``floor_area_sqft`` a building's (were 887.86, 2.61, 9, 78, 2, 3)."""
    t = table("dwellings", ("water_price_per_ccf", "numeric(10,5)"), ("kwh_tariff", "numeric(8,5)"),
              ("peak_charge_per_kw", "numeric(9,3)"), ("supply_voltage", "int"), ("applicant_credit_score", "smallint"),
              ("year_constructed", "smallint"), ("floor_area_sqft", "int"))
    got = generate(t)["dwellings"]
    vals = {c: [float(v) for v in got[c] if v is not None] for c in got}
    assert 0.3 <= min(vals["water_price_per_ccf"]) and max(vals["water_price_per_ccf"]) <= 3.5
    assert 0.04 <= min(vals["kwh_tariff"]) and max(vals["kwh_tariff"]) <= 0.65
    assert 1.5 <= min(vals["peak_charge_per_kw"]) and max(vals["peak_charge_per_kw"]) <= 45
    assert set(vals["supply_voltage"]) <= {120, 208, 240, 277, 480, 4160, 12470}
    assert 300 <= min(vals["applicant_credit_score"]) and max(vals["applicant_credit_score"]) <= 850
    assert 1850 <= min(vals["year_constructed"]) and max(vals["year_constructed"]) <= 2026
    assert 100 <= min(vals["floor_area_sqft"]) and 800 <= sorted(vals["floor_area_sqft"])[len(vals["floor_area_sqft"]) // 2]


# ------------------------------------------------------------------ words that read as one noun, causes, ethnicity
def test_an_icity_noun_is_one_word_and_an_outages_cause_is_a_grids() -> None:
    """``ethnicity`` was read as ``ethni city`` (values: Linz, Miami), ``electricity_kind`` likewise; an
    ``interruption``'s ``cause`` was a correction's reason ('Duplicate entry')."""
    from seedbed.generate.intent.tokens import tokens

    assert tokens("ethnicity") == ("ethnicity",) and tokens("electricity_kind")[0] == "electricity"
    assert tokens("birthcity") == ("birth", "city")
    members = table("clinic_members", ("ethnicity", "varchar(40)"))
    cuts = table("feeder_interruptions", ("cause", "varchar(40)"), ("feeder_code", "varchar(12)"))
    got = generate(members, cuts)
    assert "Hispanic or Latino" in got["clinic_members"]["ethnicity"]
    causes = {v for v in got["feeder_interruptions"]["cause"] if v}
    assert {"vegetation", "equipment failure", "weather"} <= causes, causes


def _loinc_ok(code: str) -> bool:
    body, _, check = code.partition("-")
    return body.isdigit() and len(check) == 1 and check.isdigit()


def test_a_loinc_code_reads_like_one_unique_or_not() -> None:
    """``loinc_code`` / ``loinc_num``: ``2345-7`` (a body and its check digit), distinct where UNIQUE
    (were ``LOI-000082``)."""
    from seedbed.model import UniqueKey

    tests_ = replace(table("panel_tests", ("loinc_code", "varchar(10)", False)),
                     uniques=(UniqueKey(name="panel_tests_loinc_key", columns=("loinc_code",)),))
    obs = table("observations", ("loinc_code", "varchar(12)"))
    got = generate(tests_, obs)
    codes = got["panel_tests"]["loinc_code"]
    assert len(set(codes)) == len(codes) and all(_loinc_ok(c) for c in codes)
    assert "2345-7" in got["observations"]["loinc_code"]
    assert all(_loinc_ok(c) for c in got["observations"]["loinc_code"] if c)


def test_a_lab_tests_analyte_and_unit_read_as_a_labs() -> None:
    """``analyte`` of a test catalogue is Glucose, Sodium (was 'Analyte 2'), a ``unit`` beside a
    specimen or an analyte mg/dL, mmol/L (was box, pair); a shop's unit stays pcs, kg."""
    tests_ = table("bench_tests", ("analyte", "varchar(60)"), ("unit", "varchar(20)"))
    goods = table("stock_items", ("title", "varchar(60)"), ("unit", "varchar(10)"))
    got = generate(tests_, goods)
    assert "Glucose" in got["bench_tests"]["analyte"]
    assert {"mg/dL", "mmol/L"} & set(got["bench_tests"]["unit"])
    assert not {"mg/dL", "mmol/L"} & set(got["stock_items"]["unit"])


def test_a_meters_maker_a_customers_class_a_version_and_a_monthly_charge() -> None:
    """A meter's ``manufacturer`` is a meter maker (was Kubota), a tariff's ``customer_class``
    residential / commercial (was CC1), ``firmware_ver`` a version (was 'Firmware ver 1'),
    ``standing_charge_monthly`` tens of money (was 844)."""
    meters = table("gas_meters", ("manufacturer", "varchar(60)"), ("firmware_ver", "varchar(16)"))
    tariffs = table("tariff_books", ("customer_class", "varchar(20)"), ("basic_charge", "numeric(8,2)"),
                    ("standing_charge_monthly", "numeric(8,2)"))
    got = generate(meters, tariffs)
    assert {"Itron", "Landis+Gyr"} & set(got["gas_meters"]["manufacturer"])
    assert all(v is None or v[0].isdigit() and "." in v for v in got["gas_meters"]["firmware_ver"])
    assert "residential" in got["tariff_books"]["customer_class"]
    assert max(float(v) for v in got["tariff_books"]["standing_charge_monthly"] if v) <= 500


def test_a_specimens_container_a_lab_section_and_a_qc_rule_read_as_a_labs() -> None:
    """A sample's ``container_type`` is a collection tube (was a shipping container, 20' dry), a
    ``lab_section`` chemistry / hematology (was 'Lab section 3'), a ``westgard_violation`` 1-3s (was WV3);
    a freight table's container stays a shipping one."""
    tubes = table("sample_draws", ("container_type", "varchar(40)"), ("lab_section", "varchar(40)"),
                  ("westgard_violation", "varchar(10)"))
    boxes = table("freight_bookings", ("container_type", "varchar(20)"), ("vessel", "varchar(40)"))
    got = generate(tubes)
    assert "EDTA lavender top" in got["sample_draws"]["container_type"]
    assert "chemistry" in got["sample_draws"]["lab_section"]
    assert "1-3s" in got["sample_draws"]["westgard_violation"]
    # r32: a freight booking's container and vessel say the maritime trade, whose list is unsized
    assert {"40' dry", "high cube"} & set(generate(boxes)["freight_bookings"]["container_type"])


def test_an_intervals_moments_lie_on_the_grid_of_its_step_in_minutes() -> None:
    """``slot_start`` beside ``slot_length_minutes`` (15, 30) starts on that grid (was 14:37:07); a
    plain ``created_at`` keeps its seconds."""
    import datetime as dt

    t = table("load_profile", ("slot_start", "ts", False), ("created_at", "ts"))
    t = _add(t, Column(name="slot_length_minutes", type=ColumnType(kind=TypeKind.INTEGER, sql_name="integer", bits=32),
                       nullable=False))
    t = replace(t, checks=(*t.checks, Check(name="load_profile_len_check",
                                            expression="slot_length_minutes IN (15, 30)"),))
    got = generate(t)["load_profile"]
    for start, step in zip(got["slot_start"], got["slot_length_minutes"], strict=True):
        moment = dt.datetime.fromisoformat(start[:19])
        assert moment.second == 0 and moment.minute % int(step) == 0, (start, step)
    assert any(not v.endswith(":00") for v in (c[:19] for c in got["created_at"] if c))


def test_a_shops_unit_price_is_no_metered_tariff() -> None:
    """Only metered units (kWh, therm, kW...) take a tariff's scale: ``unit_price`` and ``seat_price``
    keep their own readings."""
    from seedbed.model import Schema
    from seedbed.planning.planner import PlanOptions, plan_seed

    t = table("order_lines", ("unit_price", "numeric(10,2)"), ("seat_price", "numeric(10,2)"))
    plan = plan_seed(Schema(tables=(t,)), PlanOptions(rows=10, seed=1))
    reasons = [c.reason for tp in plan.tables.values() for c in tp.columns]
    assert not any("a price per" in r for r in reasons), reasons
