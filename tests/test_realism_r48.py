"""A trade's identifiers, makers and free text (issue 10, r48).

A: a maker column holds a maker of the thing it names (its own word before the head, else its table's thing),
   never another thing's list, the car makers every ``make`` fell back to, or any company's name; a model
   beside another thing's maker is that thing's; a payer of claims and plans is an insurer.
B: identifiers of a known shape: a serial number, a surname and a mobile clipped, initials, a map grid
   reference, a code shaped like its DEFAULT, a group's lead (a person), not ``SN-100``.
C: a trade's thing's notes: what its column records (``dmg_note``: "No damage."), else plain short notes,
   never a contact's remarks ("Called, no answer") nor a social comment ("This made my day.").
Names are of trades unlike those tuned on (blind reviews 13, 14; bench/realism_r48_held*.sql).
"""

from __future__ import annotations

import re

from seedbed.generate.realistic.vocab import load
from seedbed.model import ColumnDomain, Schema
from tests.test_realism_units import generate, table


def _intent(t, column: str, *others):
    from seedbed.generate.intent import infer

    return infer(Schema(tables=(t, *others)), t, t.column(column), ColumnDomain())


def _vals(got: dict, c: str) -> list[str]:
    return [v for v in got[c] if v is not None]


# ------------------------------------------------------------------ A: makers of the thing named
def test_a_maker_is_of_the_thing_its_column_names_not_of_its_table() -> None:
    """A harvester's ``engine_make`` is an engine maker's, not the harvester list's (John Deere)."""
    t = table("harvesters", ("make", "varchar(40)"), ("engine_make", "varchar(40)"), ("engine_model", "varchar(30)"))
    got = generate(t, rows=80)["harvesters"]
    farm = set(_vals(got, "make"))
    engines = set(_vals(got, "engine_make"))
    assert farm & {"John Deere", "Case IH", "New Holland", "Claas"}, sorted(farm)[:5]
    assert engines and not engines & farm, sorted(engines)[:5]
    assert all(re.search(r"Engines|Engineering|Industries|Systems", v) for v in engines), sorted(engines)[:5]
    models = set(_vals(got, "engine_model"))
    assert models and all(re.fullmatch(r"[A-Z]{1,2}[- ]\d{3}", v) for v in models), sorted(models)[:5]


def test_a_thing_no_list_knows_is_made_by_a_maker_of_its_kind_not_a_car_maker() -> None:
    """A kiln's ``make``, a vaccine's ``mfr`` and a rope's ``brand``: makers named for their trade."""
    kilns = table("kilns", ("make", "varchar(40)"))
    vaccines = table("vaccines", ("mfr", "varchar(60)"))
    ropes = table("ropes", ("brand", "varchar(40)"))
    got = generate(kilns, vaccines, ropes, rows=60)
    cars = {"Toyota", "Ford", "Volkswagen", "Honda", "Tesla", "Nissan"}
    assert not set(_vals(got["kilns"], "make")) & cars
    assert all(re.search(r"Kilns|Engineering|Industries|Systems|Manufacturing", v) for v in _vals(got["kilns"], "make"))
    assert all(re.search(r"Vaccines|Pharma|Laboratories", v) for v in _vals(got["vaccines"], "mfr")), _vals(got["vaccines"], "mfr")[:5]
    assert all(re.search(r"Ropes|Manufacturing|Industries", v) for v in _vals(got["ropes"], "brand"))


def test_a_fleets_make_and_a_shops_brand_keep_their_lists() -> None:
    vans = table("vans", ("make", "varchar(30)"), ("model", "varchar(30)"), ("mileage", "int"))
    assert _intent(vans, "make").name == "status.type"
    cards = table("payments", ("card_brand", "varchar(20)"), ("amount", "numeric(10,2)"))
    assert _intent(cards, "card_brand").name == "money.card_brand"


def test_a_payer_of_claims_is_an_insurer_and_a_shops_payer_a_person() -> None:
    claims = table("dental_claims", ("payer_name", "varchar(80)"), ("claim_amount", "numeric(10,2)"))
    assert _intent(claims, "payer_name").name == "company.trade"
    tills = table("till_payments", ("payer_name", "varchar(80)"), ("paid_at", "ts"))
    assert _intent(tills, "payer_name").name == "person.full_name"


# ------------------------------------------------------------------ B: identifiers of a known shape
def test_identifiers_of_a_known_shape_not_placeholders() -> None:
    t = table("kiln_firings", ("burner_sn", "varchar(20)"), ("fired_by_init", "varchar(4)"), ("site_grid_ref", "varchar(14)"),
              ("kiln_crew_lead", "varchar(60)"), ("council_urn", "varchar(20)"))
    got = generate(t, rows=60)["kiln_firings"]
    placeholder = re.compile(r"^[A-Z]{1,3}-\d{3}$")
    for c in ("burner_sn", "fired_by_init", "site_grid_ref", "kiln_crew_lead", "council_urn"):
        vals = _vals(got, c)
        assert vals and not any(placeholder.match(v) for v in vals), (c, vals[:5])
    assert all(re.fullmatch(r"[A-Z]{2}\d{6,8}", v) for v in _vals(got, "burner_sn"))
    assert all(re.fullmatch(r"[A-Z]{2,3}", v) for v in _vals(got, "fired_by_init")), _vals(got, "fired_by_init")[:5]
    assert all(re.fullmatch(r"[A-Z]{2} \d{5} \d{5}", v) for v in _vals(got, "site_grid_ref"))
    assert all(" " in v and not any(ch.isdigit() for ch in v) for v in _vals(got, "kiln_crew_lead"))


def test_a_clipped_surname_and_mobile() -> None:
    t = table("bell_ringers", ("fname", "varchar(40)"), ("sname", "varchar(60)"), ("mob_no", "varchar(20)"))
    got = generate(t, rows=40)["bell_ringers"]
    assert all(v.isalpha() or "-" in v or " " in v or "'" in v for v in _vals(got, "sname")), _vals(got, "sname")[:5]
    assert all(re.fullmatch(r"[\d\s()+.-]{7,20}", v) for v in _vals(got, "mob_no")), _vals(got, "mob_no")[:5]


def test_a_code_follows_the_shape_of_its_default() -> None:
    from seedbed.model import Column, ColumnType, TypeKind

    t = table("allotment_tenancies", ("plot_holder", "varchar(60)"))
    char3 = ColumnType(kind=TypeKind.TEXT, sql_name="character(3)", length=3, fixed_length=True)
    cols = (*t.columns, Column(name="holder_cd", type=char3, nullable=False, default="'001'::bpchar"))
    t = type(t)(name=t.name, columns=cols, primary_key=t.primary_key)
    got = generate(t, rows=60)["allotment_tenancies"]
    assert all(re.fullmatch(r"\d{3}", v) for v in _vals(got, "holder_cd")), _vals(got, "holder_cd")[:5]


# ------------------------------------------------------------------ C: a thing's notes
def test_a_things_notes_say_what_the_column_records_not_a_contacts_remarks() -> None:
    hives = table("hive_inspections", ("defect_notes", "text"), ("notes", "text"), ("comments", "text"))
    got = generate(hives, rows=80)["hive_inspections"]
    remarks = load("entities")["attributes"]["remark"]
    social = {"This made my day.", "Great point!", "Looks good to me."}
    for c in ("defect_notes", "notes", "comments"):
        vals = _vals(got, c)
        assert vals and not any(r in v for v in vals for r in remarks), (c, vals[:5])
        assert not set(vals) & social, (c, vals[:5])
    assert all("defect" in v.lower() or v == "None." for v in _vals(got, "defect_notes")), _vals(got, "defect_notes")[:5]


def test_a_persons_notes_keep_a_contacts_remarks() -> None:
    """A beekeeper is a person: the people one calls and writes to keep their remarks."""
    got = generate(table("beekeepers", ("full_name", "varchar(80)"), ("notes", "text")), rows=60)["beekeepers"]
    remarks = load("entities")["attributes"]["remark"]
    assert any(r in v for v in _vals(got, "notes") for r in remarks)
