"""Issue 10, the lead's round of session 6: codes whose shape the world fixes. Synthetic tables with
invented names (no database: plan + engine), each failing on main before the change:

* a region code in a 2-character column ('In', 'Ap': 'Indiana'-like cuts) is a real code, and the
  row's people come from countries whose codes that column holds (no 'IDF' cut to 'ID');
* a VIN is 17 characters with a valid check digit ('Vin 20' before), a plate has a plate's shape;
* a colour in ``char(6)`` is six hex digits ('CH4' before);
* a vintage, a cohort, a class-of are years (0..36 before).
"""

from __future__ import annotations

import re

import numpy as np

from seedbed.generate.realistic.context import _cumulative
from seedbed.generate.realistic.geo import countries
from seedbed.generate.realistic.vehicles import vin_check_digit
from tests.test_realism_units import generate, intent_of, table


def _set(values: list) -> list:
    return [v for v in values if v is not None]


def test_a_two_letter_state_is_a_real_code_of_the_rows_country() -> None:
    t = table("subscribers", ("full_name", "text", False), ("city", "text"), ("billing_state", "varchar(2)"),
              ("district", "varchar(2)"), ("country", "varchar(2)"))
    got = generate(t)["subscribers"]
    c = countries()
    codes_by_country: dict[str, set[str]] = {}
    for code, off, n in zip(c.codes.tolist(), c.city_offset.tolist(), c.city_count.tolist(), strict=True):
        codes_by_country[code] = set(c.city_region_code[off:off + n].tolist())
    states = got["billing_state"]
    rows = [(s, k) for s, k in zip(states, got["country"], strict=True) if s is not None and k is not None]
    assert rows
    assert all(len(s) <= 2 for s, _ in rows)
    # every state is one of its own row's country's region codes: no cut 'Ba' of 'Bavaria'
    assert all(s in codes_by_country.get(k, set()) for s, k in rows)


def test_region_width_restricts_countries_only_when_some_fit() -> None:
    c = countries()
    narrow = np.diff(np.concatenate([[0.0], _cumulative(None, 2)]))
    kept = {code for code, w in zip(c.codes.tolist(), narrow.tolist(), strict=True) if w > 0}
    assert "US" in kept and "DE" in kept and "GB" not in kept and "FR" not in kept
    assert np.array_equal(_cumulative(None, None), c.cumulative)  # nothing asked: the usual mix, unchanged
    assert np.array_equal(_cumulative(None, 99), c.cumulative)


def test_a_short_province_is_its_code() -> None:
    t = table("branches", ("name", "text", False), ("province", "varchar(2)"), ("region", "varchar(3)"),
              ("prefecture", "text"))
    assert intent_of(t, "province") == "address.region_code"
    assert intent_of(t, "region") == "address.region_code"
    assert intent_of(t, "prefecture") == "address.region"


def test_a_vin_is_seventeen_characters_with_its_check_digit() -> None:
    t = table("motor_pool", ("make", "text"), ("vin", "varchar(17)", False), ("vin_number", "varchar(17)"))
    got = generate(t)["motor_pool"]
    for col in ("vin", "vin_number"):
        vins = _set(got[col])
        assert vins
        for v in vins:
            assert re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v), v
            assert v[8] == vin_check_digit(v), v


def test_a_unique_vin_and_plate_are_distinct() -> None:
    from seedbed.model import UniqueKey

    t = table("hire_cars", ("vin", "varchar(17)", False), ("licence_plate", "varchar(10)", False))
    t = type(t)(**{**{f: getattr(t, f) for f in t.__dataclass_fields__},
                   "uniques": (UniqueKey(name="u_vin", columns=("vin",)), UniqueKey(name="u_pl", columns=("licence_plate",)))})
    got = generate(t, rows=3000)["hire_cars"]
    assert len(set(got["vin"])) == 3000 and len(set(got["licence_plate"])) == 3000


def test_a_plate_has_a_plates_shape_where_the_table_is_about_vehicles() -> None:
    t = table("trucks", ("registration", "varchar(12)"), ("plate_no", "varchar(10)"))
    got = generate(t)["trucks"]
    for col in ("registration", "plate_no"):
        plates = _set(got[col])
        assert plates and all(re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]{4,11}", p) for p in plates), plates[:5]
        assert all(any(ch.isdigit() for ch in p) and any(ch.isalpha() for ch in p) for p in plates)
    # a registration of something else is no plate
    assert intent_of(table("conference_signups", ("registration", "text")), "registration") != "vehicle.plate"


def test_a_six_character_colour_is_hex_digits() -> None:
    t = table("themes", ("name", "text"), ("accent_hex", "varchar(6)"), ("colour_hex", "varchar(6)"))
    got = generate(t)["themes"]
    for col in ("accent_hex", "colour_hex"):
        vals = _set(got[col])
        assert vals and all(re.fullmatch(r"[0-9A-Fa-f]{6}", v) for v in vals), vals[:5]


def test_a_vintage_a_cohort_and_a_class_of_are_years() -> None:
    t = table("cellar_entries", ("vintage", "smallint"), ("cohort", "int"), ("class_of", "smallint"))
    got = generate(t)["cellar_entries"]
    for col in ("vintage", "cohort", "class_of"):
        years = [int(v) for v in _set(got[col])]
        assert years and all(1900 <= y <= 2030 for y in years), (col, years[:5])


# ------------------------------------------------------------------ software systems, in any schema
def test_a_request_tables_method_status_and_path_are_http() -> None:
    t = table("gateway_hits", ("verb", "varchar(7)", False), ("path", "text", False), ("status", "smallint", False),
              ("latency_ms", "int"))
    got = generate(t)["gateway_hits"]
    assert set(got["verb"]) <= {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
    assert all(p.startswith("/") for p in got["path"])
    codes = [int(v) for v in got["status"]]
    assert all(100 <= c <= 599 for c in codes) and codes.count(200) > len(codes) // 3
    # a method elsewhere is no HTTP verb
    assert intent_of(table("refunds", ("method", "text")), "method") != "status.type" or \
        "GET" not in str(generate(table("refunds", ("method", "text")))["refunds"]["method"])


def test_an_exit_code_is_mostly_zero_and_machines_have_machine_sizes() -> None:
    t = table("build_agents", ("exit_code", "smallint"), ("memory_mb", "int"), ("disk_gb", "int"),
              ("cpu_cores", "smallint"), ("instance_type", "varchar(20)"), ("az", "varchar(20)"),
              ("kernel", "varchar(40)"))
    got = generate(t)["build_agents"]
    exits = [int(v) for v in _set(got["exit_code"])]
    assert exits.count(0) > 0.7 * len(exits) and all(0 <= e <= 255 for e in exits)
    assert {int(v) for v in _set(got["memory_mb"])} <= {512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072}
    assert all(20 <= int(v) <= 4000 for v in _set(got["disk_gb"]))
    assert all(int(v) in (1, 2, 4, 8, 16, 32, 48, 64, 96) for v in _set(got["cpu_cores"]))
    assert all(re.fullmatch(r"[a-z0-9_.\-A-Z]+", v) and not v.startswith("Instance") for v in _set(got["instance_type"]))
    assert all(re.fullmatch(r"[a-z]+-[a-z]+\d-?[a-z]?", v) or re.fullmatch(r"[a-z]+-[a-z]+-\d[a-z]", v)
               for v in _set(got["az"])), _set(got["az"])[:5]
    assert all(re.match(r"\d+\.\d+", v) for v in _set(got["kernel"]))


def test_jobs_services_flags_and_key_prefixes() -> None:
    from seedbed.model import UniqueKey

    jobs = table("delayed_tasks", ("handler_class", "text"), ("attempts", "smallint", False),
                 ("max_attempts", "smallint", False))
    got = generate(jobs)["delayed_tasks"]
    assert all(re.fullmatch(r"[A-Z][A-Za-z]+", v) for v in _set(got["handler_class"]))
    assert all(int(a) <= int(m) for a, m in zip(got["attempts"], got["max_attempts"], strict=True))
    rel = table("releases", ("service", "varchar(40)"), ("approved_by", "varchar(60)"))
    got = generate(rel)["releases"]
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", v) for v in _set(got["service"]))
    assert all(not v.lower().startswith("approved") and " " not in v for v in _set(got["approved_by"]))
    assert intent_of(table("salon_visits", ("service", "text")), "service") != "status.type" or \
        "api-gateway" not in generate(table("salon_visits", ("service", "text")))["salon_visits"]["service"]
    flags = table("feature_toggles", ("key", "varchar(60)", False))
    flags = type(flags)(**{**{f: getattr(flags, f) for f in flags.__dataclass_fields__},
                           "uniques": (UniqueKey(name="u_key", columns=("key",)),)})
    keys = generate(flags, rows=300)["feature_toggles"]["key"]
    assert len(set(keys)) == 300 and all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", k) for k in keys)
    creds = table("access_tokens", ("prefix", "varchar(8)", False))
    assert all(len(p) <= 8 and not p.endswith(".") for p in generate(creds)["access_tokens"]["prefix"])


def test_a_bare_number_of_a_document_is_the_documents_number() -> None:
    t = table("credit_memos", ("number", "varchar(20)"))
    assert intent_of(table("quotations", ("number", "varchar(24)")), "number") == "id.document_number"
    assert intent_of(t, "number") != "id.document_number"  # a memo is not a known document: as before
    assert intent_of(table("seat_rows", ("number", "varchar(4)")), "number") != "id.document_number"


def test_a_total_without_lines_is_its_subtotal_plus_tax_and_fees_less_discount() -> None:
    from decimal import Decimal as D

    t = table("membership_renewals", ("subtotal_cents", "int", False), ("tax_cents", "int", False),
              ("handling_fee_cents", "int"), ("discount_cents", "int"), ("total_cents", "int", False))
    got = generate(t)["membership_renewals"]
    for s, x, h, d, tot in zip(got["subtotal_cents"], got["tax_cents"], got["handling_fee_cents"],
                               got["discount_cents"], got["total_cents"], strict=True):
        assert int(s) + int(x) + int(h or 0) - int(d or 0) == int(tot)
        assert int(x) <= 0.2 * int(s) + 1  # a tax is a rate of the subtotal
    t = table("cellar_parcels", ("subtotal", "numeric(8,2)", False), ("shipping", "numeric(6,2)", False),
              ("total", "numeric(8,2)", False))
    got = generate(t)["cellar_parcels"]
    assert all(D(s) + D(f) == D(tot) for s, f, tot in zip(got["subtotal"], got["shipping"], got["total"], strict=True))


# ------------------------------------------------------------------ a row's life in order
def _order(got: dict, early: str, late: str) -> tuple[int, int]:
    """(rows with both set, rows where ``late`` comes before ``early``)."""
    rows = [(a, b) for a, b in zip(got[early], got[late], strict=True) if a is not None and b is not None]
    return len(rows), sum(1 for a, b in rows if b[:19] < a[:19])


def test_a_step_after_a_null_step_still_follows_the_rows_moment() -> None:
    t = table("supply_orders", ("ordered_at", "ts", False), ("packed_at", "ts"), ("dispatched_at", "ts"),
              ("delivered_at", "ts"))
    got = generate(t, rows=600)["supply_orders"]
    for early, late in (("ordered_at", "dispatched_at"), ("ordered_at", "delivered_at"), ("packed_at", "delivered_at")):
        rows, bad = _order(got, early, late)
        assert rows and bad == 0, (early, late, bad)


def test_lifecycle_words_beyond_a_shop_order_follow_each_other() -> None:
    cases = table("helpdesk_cases", ("created_at", "ts", False), ("acknowledged_at", "ts"), ("first_response_at", "ts"),
                  ("resolved_at", "ts"), ("closed_at", "ts"))
    hires = table("hiring_pipeline", ("applied_on", "date", False), ("interviewed_on", "date"), ("offered_on", "date"),
                  ("hired_on", "date"))
    plots = table("plot_cycles", ("sown_on", "date", False), ("planted_on", "date"), ("harvested_on", "date"),
                  ("sold_on", "date"))
    notes = table("inbox_items", ("sent_at", "ts", False), ("delivered_at", "ts"), ("read_at", "ts"), ("replied_at", "ts"))
    papers = table("manuscripts", ("submitted_on", "date", False), ("reviewed_on", "date"), ("decision_date", "date"),
                   ("published_on", "date"))
    for t, chain in ((cases, ("created_at", "acknowledged_at", "first_response_at", "resolved_at", "closed_at")),
                     (hires, ("applied_on", "interviewed_on", "offered_on", "hired_on")),
                     (plots, ("sown_on", "planted_on", "harvested_on", "sold_on")),
                     (notes, ("sent_at", "delivered_at", "read_at", "replied_at")),
                     (papers, ("submitted_on", "reviewed_on", "decision_date", "published_on"))):
        got = generate(t)[t.name.name]
        for early, late in zip(chain, chain[1:]):
            rows, bad = _order(got, early, late)
            assert rows and bad == 0, (t.name.name, early, late, bad)


def test_what_a_booking_is_for_comes_after_the_booking() -> None:
    from datetime import datetime

    t = table("grooming_slots", ("booked_at", "ts", False), ("scheduled_for", "ts", False))
    got = generate(t)["grooming_slots"]
    for a, b in zip(got["booked_at"], got["scheduled_for"], strict=True):
        lag = datetime.fromisoformat(b) - datetime.fromisoformat(a)
        assert 0 < lag.total_seconds() <= 31 * 86400, (a, b)


def test_a_birth_is_never_moved_after_the_rows_moment() -> None:
    t = table("parishioners", ("registered_at", "ts", False), ("born_on", "date"), ("died_on", "date"))
    got = generate(t)["parishioners"]
    rows, bad = _order(got, "born_on", "registered_at")
    assert rows and bad == 0
    assert all(v < "2010" for v in _set(got["born_on"]))


# ------------------------------------------------------------------ people named by their role; back offices
def test_a_role_named_in_text_is_a_persons_name_and_a_contact_of_a_person_is_someone_else() -> None:
    t = table("tender_rounds", ("buyer", "varchar(60)"), ("inspector", "text"), ("contact_person", "varchar(80)"))
    got = generate(t)["tender_rounds"]
    for col in ("buyer", "inspector", "contact_person"):
        vals = _set(got[col])
        assert vals and all(" " in v and not v.lower().startswith(col.split("_")[0]) for v in vals), (col, vals[:3])
    staff = table("crew_members", ("first_name", "text", False), ("last_name", "text", False),
                  ("emergency_contact_name", "varchar(100)"), ("spouse_name", "text"))
    got = generate(staff)["crew_members"]
    own = [f"{f} {la}" for f, la in zip(got["first_name"], got["last_name"], strict=True)]
    for col in ("emergency_contact_name", "spouse_name"):
        same = sum(1 for o, v in zip(own, got[col], strict=True) if v is not None and o == v)
        assert same <= 2, (col, same)


def test_back_office_columns_take_their_real_values() -> None:
    t = table("import_bills", ("incoterms", "varchar(3)"), ("hs_code", "varchar(10)"), ("cost_center", "varchar(10)"),
              ("gl_account", "varchar(12)"), ("fiscal_period", "smallint"), ("vat_rate", "numeric(5,2)"),
              ("qc_result", "varchar(12)"))
    got = generate(t)["import_bills"]
    assert set(_set(got["incoterms"])) <= {"FOB", "EXW", "CIF", "DAP", "DDP", "FCA", "CPT", "CIP", "DPU", "CFR", "FAS"}
    assert all(re.fullmatch(r"\d{4}\.\d{2}", v) for v in _set(got["hs_code"]))
    assert all(v.startswith("CC-") for v in _set(got["cost_center"]))
    assert all(v.isdigit() for v in _set(got["gl_account"]))
    assert all(1 <= int(v) <= 12 for v in _set(got["fiscal_period"]))
    assert all(0 <= float(v) <= 25 for v in _set(got["vat_rate"]))
    assert set(_set(got["qc_result"])) <= {"passed", "pending", "failed", "on_hold", "quarantined", "retest"}
    hr = table("staff_records", ("pay_grade", "varchar(4)"), ("annual_leave_balance", "numeric(5,1)"))
    got = generate(hr)["staff_records"]
    assert all(re.fullmatch(r"[A-Z]\d{1,2}", v) for v in _set(got["pay_grade"]))
    assert all(0 <= float(v) <= 40 for v in _set(got["annual_leave_balance"]))


def test_a_cost_is_a_share_of_the_price_beside_it() -> None:
    t = table("spare_parts", ("unit_cost", "numeric(12,4)"), ("list_price", "numeric(12,2)", False))
    got = generate(t)["spare_parts"]
    pairs = [(float(c), float(p)) for c, p in zip(got["unit_cost"], got["list_price"], strict=True) if c is not None]
    assert pairs and all(0.3 * p <= c <= 0.85 * p for c, p in pairs)
