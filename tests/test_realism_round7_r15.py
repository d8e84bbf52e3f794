"""Issue 10, round 7 (r15): names and labels of things the vocabulary does not know, read by their
head word (``intent/heads.py``): sites, people by role, companies by trade, codes by shape. Each on
a small synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.model import ColumnType, Table, TypeKind

from tests.test_realism_units import generate, table

#: A neutral label made from the column's name: 'Centre B', 'Insurer 10', 'Ndc 405'.
_LABEL = re.compile(r"^[A-Z][a-z]+( [a-z]+)* ([A-F]|\d+)$")


def _char(t: Table, name: str, n: int) -> Table:
    """``t`` with a nullable ``name char(n)`` column."""
    ctype = ColumnType(kind=TypeKind.TEXT, sql_name="character", length=n, fixed_length=True)
    return replace(t, columns=(*t.columns, replace(t.columns[0], name=name, type=ctype, nullable=True)))


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


# ------------------------------------------------------------------ sites: "<Place> <Head>"
def test_a_site_is_named_by_a_place_and_its_head() -> None:
    """A centre's ``centre_name``, a part's ``warehouse``, a ``field_stations`` row's
    ``station_name``, a ``kennel`` column: "<Place> <Head>" ('Bristol East Centre', 'Riverside
    Warehouse', 'Hobart Field Station'), never 'Centre B', 'Basic Centre' or 'Warehouse 11'."""
    centres = table("centres", ("centre_name", "varchar(100)"), ("city", "varchar(60)"))
    parts = table("spare_parts", ("warehouse", "varchar(60)"), ("unit_cost", "numeric(8,2)"))
    stations = table("field_stations", ("station_name", "varchar(80)"))
    dogs = table("boarded_dogs", ("kennel", "varchar(60)"))
    got = generate(centres, parts, stations, dogs, rows=120)
    for tname, col, head in (("centres", "centre_name", "Centre"), ("spare_parts", "warehouse", "Warehouse"),
                             ("field_stations", "station_name", "Field Station"),
                             ("boarded_dogs", "kennel", "Kennels")):
        vals = _vals(got[tname][col])
        assert vals and all(v.endswith(head) and len(v) > len(head) + 2 for v in vals), (col, vals[:5])
        assert not any(_LABEL.match(v) for v in vals), (col, vals[:5])
        assert len(set(vals)) >= 20, (col, sorted(set(vals))[:10])  # many places, not six labels


# ------------------------------------------------------------------ people called by their role
def test_a_column_called_by_a_role_or_a_hands_on_act_holds_a_persons_name() -> None:
    """``phlebotomist``, ``dietician``, ``radiographer`` (any -ist / -ician / -ographer) and
    ``observer`` hold a person's name, not 'Phlebotomist 3'; ``fitted_by`` / ``signed_by`` (done by
    hand) the name of who did it, while ``created_by`` stays a login."""
    t = table("bleed_sessions", ("phlebotomist", "varchar(80)"), ("dietician", "varchar(80)"),
              ("radiographer", "varchar(80)"), ("observer", "varchar(80)"), ("fitted_by", "varchar(80)"),
              ("signed_by", "varchar(80)"), ("created_by", "varchar(80)"))
    got = generate(t, rows=100)["bleed_sessions"]
    for col in ("phlebotomist", "dietician", "radiographer", "observer", "fitted_by", "signed_by"):
        vals = _vals(got[col])
        assert vals and all(" " in v and not any(ch.isdigit() for ch in v) for v in vals), (col, vals[:5])
        assert len(set(vals)) >= 50, col
    logins = _vals(got["created_by"])
    assert logins and all(" " not in v for v in logins)


def test_a_list_is_no_role() -> None:
    """Words that end like a role but are things (``playlist``, ``checklist``) are no people."""
    from seedbed.generate.intent.heads import is_role

    assert is_role("phlebotomist") and is_role("optician") and is_role("sonographer")
    assert not is_role("playlist") and not is_role("checklist") and not is_role("assist")


# ------------------------------------------------------------------ companies named for their trade
def test_a_company_called_by_its_trade_is_named_for_it() -> None:
    """An ``insurer`` is 'Keystone Mutual' or 'Harris Insurance', a ``wholesaler`` a wholesale or
    distribution company, a contractor's ``contractor_name`` of a table of jobs and repairs a
    building services or engineering firm, a parts table's ``supplier`` a components supplier;
    never 'Insurer 10', 'Contractor E' nor 'Crescent Interactive Group'."""
    policies = table("van_policies", ("insurer", "varchar(80)"), ("premium", "numeric(8,2)"))
    orders = table("stock_orders", ("wholesaler", "varchar(80)"))
    contractors = table("contractors", ("contractor_name", "varchar(120)"), ("trade", "varchar(40)"))
    repairs = table("repair_jobs", ("notes", "text"), fks=(("contractor_id", "contractors"),))
    parts = table("spare_parts", ("part_no", "varchar(12)"), ("supplier", "varchar(100)"))
    got = generate(policies, orders, contractors, repairs, parts, rows=80)

    def trades(tname: str, col: str, words: tuple[str, ...]) -> None:
        vals = _vals(got[tname][col])
        assert vals and all(any(w in v for w in words) for v in vals), (col, vals[:5])
        assert not any(_LABEL.match(v) for v in vals), (col, vals[:5])

    trades("van_policies", "insurer", ("Insurance", "Assurance", "Mutual", "Underwriting"))
    trades("stock_orders", "wholesaler", ("Wholesale", "Distribut", "Trade Supplies", "Cash & Carry"))
    trades("contractors", "contractor_name", ("Building", "Electrical", "Mechanical", "Plumbing", "Facilities",
                                               "Contractors", "Construction", "Engineering"))
    trades("spare_parts", "supplier", ("Components", "Engineering", "Spares", "Industrial", "Bearings", "Fluid"))


# ------------------------------------------------------------------ identifiers of unknown meaning
def test_a_short_identifier_of_unknown_meaning_is_a_code_of_its_shape() -> None:
    """``ndc char(11)`` / ``npi char(10)``: that many digits; an abbreviation in a ``varchar(10)``
    (``pcn``) or a ``char(5)``: capitals and digits without spaces; never 'Ndc 405', 'Pcn 1'."""
    drugs = _char(_char(table("formulary_drugs", ("pcn", "varchar(10)")), "ndc", 11), "ods", 5)
    got = generate(drugs, rows=80)["formulary_drugs"]
    ndc = _vals(got["ndc"])
    assert ndc and all(v.isdigit() and len(v) == 11 for v in ndc), ndc[:5]
    for col, width in (("pcn", 10), ("ods", 5)):
        vals = _vals(got[col])
        assert vals and all(re.fullmatch(r"[A-Z0-9]+", v) and len(v) <= width for v in vals), (col, vals[:5])
        assert len(set(vals)) >= 40, col


def test_a_vans_registration_is_a_number_plate() -> None:
    """``van_reg varchar(8)`` of a table of engineers: a number plate ('BA 482AC'), not 'VR2'."""
    t = table("field_engineers", ("van_reg", "varchar(8)"))
    vals = _vals(generate(t, rows=80)["field_engineers"]["van_reg"])
    assert vals and len(set(vals)) >= 40
    assert all(len(v) >= 5 and any(c.isdigit() for c in v) and any(c.isalpha() for c in v) for v in vals), vals[:5]


# ------------------------------------------------------------------ a service's products and plans
def test_a_product_or_plan_of_a_service_is_named_by_the_service_not_like_a_shops() -> None:
    """``product_name`` of ``fare_products``, ``name`` of ``membership_plans``: '<tier> <Service>'
    ('Off-Peak Fare', 'Annual Membership'), not shop products ('Wireless Mouse'); a plain
    ``products`` table keeps a shop's product names."""
    fares = table("fare_products", ("product_name", "varchar(60)"), ("price_cents", "int"))
    plans = table("membership_plans", ("name", "varchar(60)"))
    goods = table("products", ("product_name", "varchar(80)"), ("price", "numeric(8,2)"))
    got = generate(fares, plans, goods, rows=80)
    fare = _vals(got["fare_products"]["product_name"])
    assert fare and all(v.endswith(" Fare") for v in fare), fare[:5]
    member = _vals(got["membership_plans"]["name"])
    assert member and all(v.endswith(" Membership") for v in member), member[:5]
    shop = _vals(got["products"]["product_name"])
    assert shop and not any(v.endswith((" Fare", " Membership")) for v in shop)
