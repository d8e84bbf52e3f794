"""Round 11 (r36): one business, one place.

The blind review found a UK driving school whose pupils had mobiles from +91, +33 and +1 and postcodes of
four countries, cars with US plates, a courier's depots and GPS fixes spread over India, the UK and
Switzerland. A schema with no sign that its rows live in many countries is one business in one place: one
country (from its words, a constant currency, a time zone default...; else drawn from the seed) and, for a
local trade, one metro area (``seedbed.generate.realistic.where``). Where the schema says many countries
(a per-row country column), rows keep a country each. Synthetic schemas of made-up trades (a chimney sweep,
a lawn-mowing round, a bee-removal service, a kiln-hire firm); no database.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace

from rich.console import Console

from seedbed.generate.realistic.geo import countries
from seedbed.generate.realistic.places import postal_regex
from seedbed.generate.realistic.where import Place, decide
from seedbed.model import Check, Column, ColumnType, Schema, Table, TypeKind, UniqueKey
from seedbed.planning.planner import PlanOptions, plan_seed
from tests.test_realism_units import generate, qn
from tests.test_realism_units import ctype as _ctype
from tests.test_realism_units import table as _table


def ctype(spec: str) -> ColumnType:
    """``_ctype`` and ``char(n)``."""
    if spec.startswith("char("):
        n = int(spec[5:-1])
        return ColumnType(kind=TypeKind.TEXT, sql_name=f"character({n})", base_name="bpchar", length=n,
                          fixed_length=True)
    return _ctype(spec)


def table(name: str, *cols: tuple[str, str], fks: tuple[tuple[str, str], ...] = ()) -> Table:
    """``_table`` with ``char(n)`` columns too."""
    t = _table(name, *((c, "text") for c, _ in cols), fks=fks)
    types = dict(cols)
    return replace(t, columns=tuple(replace(c, type=ctype(types[c.name])) if c.name in types else c for c in t.columns))


def _sweep_schema() -> tuple[Table, ...]:
    return (table("sweeps", ("full_name", "varchar(100)"), ("mobile", "varchar(20)")),
            table("households", ("street", "varchar(120)"), ("town", "varchar(60)"), ("postcode", "varchar(8)"),
                  ("lat", "numeric(9,6)"), ("lng", "numeric(9,6)"), ("phone", "varchar(20)")),
            table("callouts", ("gps_lat", "numeric(9,6)"), ("gps_lng", "numeric(9,6)"),
                  fks=(("household_id", "households"), ("sweep_id", "sweeps"))))


def test_a_local_trade_with_no_sign_of_many_countries_lives_in_one_country_and_one_metro_area() -> None:
    got = generate(*_sweep_schema(), rows=300)
    homes, callouts = got["households"], got["callouts"]
    gb = re.compile(postal_regex("GB"))
    assert all(gb.match(v) for v in homes["postcode"] if v), homes["postcode"][:10]  # 'postcode': British first
    phones = [v for v in homes["phone"] + got["sweeps"]["mobile"] if v]
    assert all(v.startswith(("+44", "07", "0")) for v in phones), phones[:10]
    towns = {v for v in homes["town"] if v}
    assert len(towns) <= 3, towns  # one metro area, not every city of the country
    lats = [float(v) for v in homes["lat"] + callouts["gps_lat"] if v]
    lngs = [float(v) for v in homes["lng"] + callouts["gps_lng"] if v]
    assert max(lats) - min(lats) < 1.0 and max(lngs) - min(lngs) < 1.5, (min(lats), max(lats), min(lngs), max(lngs))


def test_the_same_schema_and_seed_give_the_same_place_and_rows() -> None:
    a = generate(*_sweep_schema(), rows=50, seed=11)
    b = generate(*_sweep_schema(), rows=50, seed=11)
    assert a == b
    schema = Schema(tables=_sweep_schema())
    assert decide(schema, 11) == decide(schema, 11)


def test_zip_and_a_two_letter_state_say_the_united_states() -> None:
    got = generate(table("lawns", ("owner_name", "varchar(100)"), ("address1", "varchar(120)"), ("city", "varchar(60)"),
                         ("state", "char(2)"), ("zip", "varchar(10)"), ("phone", "varchar(20)")), rows=200)["lawns"]
    us = countries()
    k = us.index("US")
    states = set(us.city_region_code[us.city_offset[k]:us.city_offset[k] + us.city_count[k]].tolist())
    assert {v for v in got["state"] if v} <= states
    assert all(re.fullmatch(r"\d{5}", v) for v in got["zip"] if v), got["zip"][:5]
    assert all(v.startswith(("(", "+1")) for v in got["phone"] if v), got["phone"][:5]


def test_a_constant_currency_says_the_country() -> None:
    invoices = Table(name=qn("hive_jobs"), columns=(
        Column(name="id", type=ctype("int"), nullable=False),
        Column(name="client_name", type=ctype("varchar(100)")),
        Column(name="client_phone", type=ctype("varchar(20)")),
        Column(name="currency", type=ctype("char(3)"), nullable=False, default="'NZD'::bpchar")),
        primary_key=UniqueKey(name="hive_jobs_pkey", columns=("id",)))
    place = decide(Schema(tables=(invoices,)), 5)
    assert place.country == "NZ" and not place.many, place
    got = generate(invoices, rows=100)["hive_jobs"]
    assert all(v.startswith(("+64", "0")) for v in got["client_phone"] if v), got["client_phone"][:5]


def test_a_per_row_country_keeps_many_countries_each_row_coherent() -> None:
    t = table("kiln_renters", ("full_name", "varchar(100)"), ("country_code", "char(2)"), ("phone", "varchar(20)"))
    place = decide(Schema(tables=(t,)), 3)
    assert place.many and "kiln_renters.country_code" in place.reason
    got = generate(t, rows=300)["kiln_renters"]
    c = countries()
    cc = {str(code): "+" + c.phone_cc[i] for i, code in enumerate(c.codes.tolist())}
    assert len(set(got["country_code"])) > 3
    for code, phone in zip(got["country_code"], got["phone"], strict=True):
        if code and phone and phone.startswith("+"):
            assert phone.startswith(cc[code]), (code, phone)


def test_a_things_origin_country_or_a_constant_country_does_not_make_many() -> None:
    wines = table("wines", ("label", "varchar(80)"), ("country_of_origin", "varchar(60)"))
    buyers = table("buyers", ("full_name", "varchar(100)"), ("postcode", "varchar(8)"))
    assert not decide(Schema(tables=(wines, buyers)), 1).many
    fixed = Table(name=qn("tenants"), columns=(
        Column(name="id", type=ctype("int"), nullable=False), Column(name="country", type=ctype("char(2)")),
        Column(name="phone", type=ctype("varchar(20)"))), primary_key=UniqueKey(name="tenants_pkey", columns=("id",)),
        checks=(Check(name="tenants_country_check", expression="CHECK ((country = 'IE'::bpchar))", columns=("country",)),))
    place = decide(Schema(tables=(fixed,)), 1)
    assert place.country == "IE" and not place.many, place


def test_nothing_said_draws_an_english_speaking_country_from_the_seed() -> None:
    schema = Schema(tables=(table("patrons", ("full_name", "varchar(100)"), ("phone", "varchar(20)")),))
    drawn = {decide(schema, s).country for s in range(40)}
    assert drawn <= {"US", "GB", "CA", "AU", "IE", "NZ"} and len(drawn) >= 2, drawn
    assert "nothing in the schema says where" in decide(schema, 0).reason


def test_a_business_serving_a_whole_country_keeps_the_countrys_cities() -> None:
    tables = (table("warehouses", ("city", "varchar(60)")),
              table("shipments", ("recipient", "varchar(100)"), ("city", "varchar(60)"), ("zipcode", "varchar(10)"),
                    fks=(("warehouse_id", "warehouses"),)))
    place = decide(Schema(tables=tables), 2)
    assert place.country == "US" and place.city is None, place
    got = generate(*tables, rows=300)["shipments"]
    assert len({v for v in got["city"] if v}) > 5


def test_templates_that_name_a_city_take_the_places_cities() -> None:
    from seedbed.generate.realistic.context import RowContext
    import numpy as np

    c = countries()
    k = c.index("AU")
    au = set(c.city[c.city_offset[k]:c.city_offset[k] + c.city_count[k]].tolist())
    one = RowContext(1, qn("t"), 0, np.arange(10), "generic",
                     place=Place(many=False, country="AU", locale=c.locales[k], reason="r"))
    assert set(one.place_cities().tolist()) == au
    many = RowContext(1, qn("t"), 0, np.arange(10), "generic", place=Place(many=True, reason="r"))
    assert many.place_cities() is None


def test_plan_explain_says_where_the_rows_live() -> None:
    from seedbed.cli.render import plan_text

    plan = plan_seed(Schema(tables=_sweep_schema()), PlanOptions(rows=5, seed=4))
    assert plan.place is not None and plan.place.country == "GB" and plan.place.city
    out = io.StringIO()
    plan_text(Console(file=out, width=300), plan, explain=True)
    assert "place: one place: United Kingdom" in out.getvalue()
    assert "'postcode' (households.postcode)" in out.getvalue()
    assert plan.to_dict()["place"]["country"] == "GB"


# ------------------------------------------------------------------ numbers a country issues to a person
def test_a_national_insurance_number_is_in_hmrcs_shape_and_distinct_where_unique() -> None:
    t = table("flue_sweeps", ("full_name", "varchar(100)"), ("ni_number", "varchar(13)"), ("nino_short", "varchar(9)"))
    t = replace(t, uniques=(UniqueKey(name="flue_sweeps_ni_key", columns=("ni_number",)),))
    got = generate(t, rows=400)["flue_sweeps"]
    long = [v for v in got["ni_number"] if v]
    assert all(re.fullmatch(r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]", v) for v in long), long[:5]
    assert len(set(long)) == len(long)
    assert all(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) for v in got["nino_short"] if v), got["nino_short"][:5]


def test_a_driving_licence_beside_learners_is_the_places_licence_from_the_holders_surname() -> None:
    t = table("learner_riders", ("first_name", "varchar(50)"), ("last_name", "varchar(50)"), ("postcode", "varchar(8)"),
              ("licence_no", "varchar(16)"))
    got = generate(t, rows=200)["learner_riders"]
    for last, lic in zip(got["last_name"], got["licence_no"], strict=True):
        if lic is None or last is None:
            continue
        assert re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", lic), lic
        letters = "".join(ch for ch in last.upper() if "A" <= ch <= "Z")[:5]
        assert lic.startswith(letters), (last, lic)


def test_a_generic_national_id_takes_the_places_shape_and_a_firms_licence_stays_a_code() -> None:
    t = table("bee_removals", ("client_name", "varchar(100)"), ("zip", "varchar(10)"), ("national_id", "varchar(20)"))
    got = generate(t, rows=200)["bee_removals"]
    assert all(re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) for v in got["national_id"] if v), got["national_id"][:5]
    nhs = generate(table("wasp_callouts", ("nhs_number", "varchar(12)")), rows=200)["wasp_callouts"]["nhs_number"]
    for v in nhs:  # the NHS's modulus-11 check digit
        if v:
            d = [int(x) for x in v.replace(" ", "")]
            assert (11 - sum(w * x for w, x in zip(range(10, 1, -1), d[:9], strict=True)) % 11) % 11 == d[9], v
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain

    firm = table("kiln_contractors", ("company_name", "varchar(80)"), ("licence_number", "varchar(20)"))
    got_intent = infer(Schema(tables=(firm,)), firm, firm.column("licence_number"), ColumnDomain())
    assert got_intent is not None and got_intent.name != "id.national"


def test_a_british_postcodes_district_and_a_british_plates_age_are_real() -> None:
    got = generate(table("hearse_fleet", ("reg_plate", "varchar(8)"), ("garage_postcode", "varchar(8)")),
                   rows=400)["hearse_fleet"]
    assert all(re.fullmatch(r"[A-Z]{1,2}[1-9] \d[A-Z]{2}", v) for v in got["garage_postcode"] if v)  # never 'B0 6EN'
    ages = {v[2:4] for v in got["reg_plate"] if v}
    assert ages and all(10 <= int(a) <= 25 or 60 <= int(a) <= 74 for a in ages), sorted(ages)  # never 'GH86'


def test_a_time_zone_column_varies_unless_its_default_names_the_place() -> None:
    t = table("grooming_slots", ("client_phone", "varchar(20)"), ("timezone", "varchar(40)"))
    assert decide(Schema(tables=(t,)), 1).many  # each client's own zone: many countries
    utc = replace(t, columns=tuple(replace(c, default="'UTC'::character varying") if c.name == "timezone" else c
                                   for c in t.columns))
    assert decide(Schema(tables=(utc,)), 1).many
    perth = replace(t, columns=tuple(replace(c, default="'Australia/Perth'::character varying")
                                     if c.name == "timezone" else c for c in t.columns))
    assert decide(Schema(tables=(perth,)), 1).country == "AU"


def test_unique_british_plates_have_real_ages_and_stay_distinct() -> None:
    t = table("hearse_register", ("reg_plate", "varchar(8)"), ("depot_postcode", "varchar(8)"))
    t = replace(t, uniques=(UniqueKey(name="hearse_register_plate_key", columns=("reg_plate",)),))
    plates = [v for v in generate(t, rows=2000)["hearse_register"]["reg_plate"] if v]
    assert len(set(plates)) == len(plates)
    assert all(re.fullmatch(r"[A-Z]{2}(1\d|2[0-5]|6\d|7[0-4]) [A-Z]{3}", v) for v in plates), plates[:5]


def test_a_local_trade_whose_check_names_its_city_lives_there() -> None:
    base = table("glazing_jobs", ("customer_name", "varchar(100)"), ("branch_town", "varchar(40)"),
                 ("postcode", "varchar(8)"), fks=(("fitter_id", "fitters"),))
    jobs = replace(base, checks=(Check(name="glazing_jobs_branch_check", columns=("branch_town",),
                                       expression="CHECK ((branch_town = ANY (ARRAY['Leeds'::text, 'Wakefield'::text])))"),))
    fitters = table("fitters", ("full_name", "varchar(100)"), ("van_reg", "varchar(8)"))
    rounds = table("rounds", ("name", "varchar(40)"))
    visits = table("visits", ("visited_on", "date"), fks=(("job_id", "glazing_jobs"),))
    for seed in (1, 2, 3):
        place = decide(Schema(tables=(jobs, fitters, rounds, visits)), seed)
        assert place.country == "GB" and place.city == "Leeds", place
