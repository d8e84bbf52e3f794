"""Issue 10, round 4 (helper r1): a table's own entity decides its names, titles, descriptions,
categories and labels; slugs follow their row's name; attribute families get their own values.
Small synthetic schemas with invented table names (no database: plan + engine)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.generate.realistic.vocab import load
from seedbed.model import Column, ColumnType, TypeKind, UniqueKey
from tests.test_realism_units import generate, intent_of, table


def _values(got: dict, col: str) -> list[str]:
    return [v for v in got[col] if v is not None]


def _pack_text() -> set[str]:
    """Every fixed sentence and title template word list of the generic and SaaS packs (team pages,
    issue titles): none of it may describe a cafe, a recipe or a cohort."""
    packs = load("packs")
    return set(packs["shared"]["sentence"]) | set(packs["shared"]["thing"]) | set(packs["shared"]["topic"])


def _leaks(values: list[str]) -> list[str]:
    bank = _pack_text()
    return [v for v in values if any(b in v for b in bank)]


# ------------------------------------------------------------------ the entity's own names and descriptions
def test_names_and_descriptions_read_like_the_tables_own_kind_of_thing() -> None:
    cafes = table("cafes", ("name", "varchar(100)"), ("description", "text"))
    recipes = table("recipes", ("title", "varchar(100)"), ("summary", "text"), ("recipe_type", "varchar(20)"))
    deals = table("deals", ("headline", "varchar(120)"), ("description", "text"))
    got = generate(cafes, recipes, deals)
    for name, cols in (("cafes", ("name", "description")), ("recipes", ("title", "summary")),
                       ("deals", ("headline", "description"))):
        for col in cols:
            values = _values(got[name], col)
            assert values and not _leaks(values), (name, col, _leaks(values)[:3])
    food = load("entities")["slots"]
    words = set(food["main"]) | set(food["classic"]) | set(food["format"])
    titles = _values(got["recipes"], "title")
    assert sum(any(w in t for w in words) for t in titles) > 0.9 * len(titles)
    assert set(_values(got["recipes"], "recipe_type")) <= set(load("entities")["classes"]["food"]["type"])
    assert any("%" in v or "off" in v or "Offer" in v for v in _values(got["deals"], "headline"))


def test_a_noun_nobody_described_gets_text_around_the_noun_not_another_domains() -> None:
    """``gizmos`` in a schema of no domain: 'Standard Gizmo', 'The gizmo is reviewed every quarter.',
    never a team page ('Owned by the Design team') or a random word pair ('Bold Meadow')."""
    t = table("gizmos", ("title", "varchar(80)"), ("description", "text"), ("label", "varchar(40)"))
    got = generate(t)["gizmos"]
    for col in ("title", "label"):
        values = _values(got, col)
        assert all("gizmo" in v.lower() for v in values), values[:5]
    desc = _values(got, "description")
    assert all("gizmo" in v.lower() for v in desc) and not _leaks(desc), desc[:5]


def test_analytics_artifacts_are_titled_from_the_schemas_own_tables() -> None:
    boards = table("scoreboards", ("title", "varchar(120)"), ("description", "text"), fks=(("widget_id", "widgets"),))
    widgets = table("widgets", ("name", "varchar(80)"))
    funnels = table("funnels", ("name", "varchar(100)"))
    dashboards = table("dashboards", ("title", "varchar(120)"))
    got = generate(boards, widgets, funnels, dashboards)
    titles = _values(got["dashboards"], "title")
    assert any(w in " ".join(titles) for w in ("Widgets", "Funnels", "Scoreboards")), titles[:5]
    assert all("funnel" in v.lower() or "flow" in v.lower() for v in _values(got["funnels"], "name"))


# ------------------------------------------------------------------ categories and types of the entity
def test_the_categories_of_an_x_categories_table_are_xs() -> None:
    cats = table("recipe_categories", ("name", "varchar(60)"), ("display_label", "varchar(60)"))
    got = generate(cats)["recipe_categories"]
    sections = set(load("entities")["classes"]["food"]["category"])
    assert set(_values(got, "display_label")) <= sections
    assert sum(v in sections for v in _values(got, "name")) > 0.1 * len(_values(got, "name"))
    assert all(re.sub(r" \d+$", "", v) in sections for v in _values(got, "name"))


# ------------------------------------------------------------------ attribute families and contexts
def test_well_known_attribute_families_get_their_values() -> None:
    visits = table("visits", ("utm_source", "varchar(40)"), ("utm_medium", "varchar(40)"),
                   ("utm_campaign", "varchar(80)"), ("cuisine", "varchar(40)"))
    watches = table("watches", ("metric", "varchar(40)"), ("channel", "varchar(10)"))
    got = generate(visits, watches)
    attrs = load("entities")["attributes"]
    for col in ("utm_source", "utm_medium", "utm_campaign", "cuisine"):
        assert set(_values(got["visits"], col)) <= set(attrs[col]), col
    assert set(_values(got["watches"], "metric")) <= set(attrs["metric"])


def test_a_heads_values_depend_on_what_the_table_holds() -> None:
    """An alert's channel is email or slack, not in_store; a rider's zone is an area, a server's an
    availability zone; a loyalty tier is Bronze..Platinum, not a SaaS plan."""
    alerts = table("alert_rules", ("channel", "varchar(12)"))
    riders = table("riders", ("zone", "varchar(20)"), ("loyalty_tier", "varchar(12)"))
    nodes = table("nodes", ("zone", "varchar(20)"))
    got = generate(alerts, riders, nodes)
    attrs = load("entities")["attributes"]
    assert set(_values(got["alert_rules"], "channel")) <= set(attrs["notify_channel"])
    assert set(_values(got["riders"], "zone")) <= set(attrs["area_zone"])
    assert set(_values(got["riders"], "loyalty_tier")) <= set(attrs["loyalty_tier"])
    assert set(_values(got["nodes"], "zone")) <= set(attrs["cloud_zone"])


# ------------------------------------------------------------------ slugs follow their row's name
def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", (text or "untitled").lower().replace("'", "")))


def test_a_slug_is_its_rows_name_or_title() -> None:
    kiosks = table("kiosks", ("name", "varchar(100)"), ("slug", "varchar(120)"))
    kiosks = replace(kiosks, uniques=(UniqueKey(name="kiosks_slug_key", columns=("slug",)),))
    posts = table("gazettes", ("headline", "varchar(140)"), ("headline_slug", "varchar(160)"))
    got = generate(kiosks, posts)
    k = got["kiosks"]
    slugs = _values(k, "slug")
    assert len(set(slugs)) == len(slugs)
    assert all(s == f"{_slug(n)}-{i + 1}" for i, (n, s) in enumerate(zip(k["name"], k["slug"], strict=True))), slugs[:3]
    g = got["gazettes"]
    pairs = [(h, s) for h, s in zip(g["headline"], g["headline_slug"], strict=True) if h and s]
    assert pairs and all(s == _slug(h)[: len(s)] for h, s in pairs), pairs[:3]


def test_intents_of_entity_text() -> None:
    t = table("bistros", ("name", "varchar(80)"), ("description", "text"))
    assert intent_of(t, "name") == "entity.text"
    assert intent_of(t, "description") == "entity.text"
    boats = table("boats", ("name", "varchar(80)"))  # proper names stay the pack's
    assert intent_of(boats, "name") == "entity.name"


# ------------------------------------------------------------------ reviews of a place, not a product
def test_a_review_of_a_place_reads_as_a_visit_not_a_purchase() -> None:
    """A review whose table points at a bistro (and no product) is titled and written like a visit's
    ("Would come back"), never "Do not buy"; a reply to it is an owner's response."""
    bistros = table("bistros", ("name", "varchar(80)"))
    ratings = table("bistro_reviews", ("stars", "smallint"), ("title", "varchar(80)"), ("body", "text"),
                    ("reply", "text"), fks=(("bistro_id", "bistros"),))
    got = generate(bistros, ratings)["bistro_reviews"]
    service = {t for row in load("reviews")["service_titles"] for t in row}
    product_titles = {t for row in load("reviews")["titles"] for t in row} - service  # "Do not buy", "Solid buy"
    titles = _values(got, "title")
    assert titles and not set(titles) & product_titles
    bodies = " ".join(_values(got, "body"))
    assert "buy" not in bodies.lower() and "purchase" not in bodies.lower()
    attrs = load("entities")["attributes"]
    pairs = [(int(s), r) for s, r in zip(got["stars"], got["reply"], strict=True) if s is not None and r is not None]
    assert len(pairs) > 100
    for stars, reply in pairs:
        tone = "good" if stars >= 4 else "bad" if stars <= 2 else "mixed"
        assert reply in attrs[f"review_reply_{tone}"], (stars, reply)


def test_delivery_instructions_and_allergen_lists() -> None:
    base = table("dropoffs", ("delivery_instructions", "text"))
    listed = Column(name="allergens", type=ColumnType(kind=TypeKind.TEXT, sql_name="text[]", array_dims=1))
    t = replace(base, columns=(*base.columns, listed))
    got = generate(t)["dropoffs"]
    attrs = load("entities")["attributes"]
    assert set(_values(got, "delivery_instructions")) <= set(attrs["delivery_instruction"])
    cells = _values(got, "allergens")
    assert cells and all(set(c.strip("{}").split(",")) <= set(attrs["allergen"]) for c in cells)


def test_notes_in_a_schema_of_no_domain_are_a_records_remarks_not_project_notes() -> None:
    """A permit's notes are a thing's plain notes (r48: no contact's remarks, "Called, no answer"), never a
    project's."""
    t = table("permits", ("notes", "text"), ("applicant_remarks", "varchar(800)"))
    got = generate(t)["permits"]
    spec = load("remarks")["thing_notes"]
    notes = set(spec["plain"]) | {v.replace("{Noun}", "Permit").replace("{noun}", "permit") for v in spec["about"]}
    for col in ("notes", "applicant_remarks"):
        values = _values(got, col)
        assert values and not _leaks(values), (col, _leaks(values)[:3])
        assert set(values) <= notes, values[:3]


def test_a_tagline_is_a_slogan() -> None:
    got = generate(table("bakeries_brands", ("tagline", "varchar(160)"), ("motto", "text")))["bakeries_brands"]
    slogans = set(load("entities")["attributes"]["tagline"])
    assert set(_values(got, "tagline")) <= slogans and set(_values(got, "motto")) <= slogans


def test_a_packs_text_stays_with_the_packs_own_documents() -> None:
    """In a carrier's schema, shipments keep their parcel notes but an incident is not described
    with them; a warehouse's SKUs are described as products."""
    shipments = table("shipments", ("description", "text"), fks=(("warehouse_id", "warehouses"),))
    warehouses = table("warehouses", ("name", "varchar(80)"))
    incidents = table("vehicle_incidents", ("description", "text"), fks=(("vehicle_id", "vehicles"),))
    vehicles = table("vehicles", ("plate", "varchar(12)"))
    skus = table("skus", ("description", "varchar(200)"), fks=(("warehouse_id", "warehouses"),))
    pallets = table("pallets", ("label", "varchar(20)"))
    drivers = table("drivers", ("name", "varchar(80)"))
    got = generate(shipments, warehouses, incidents, vehicles, skus, pallets, drivers)
    parcel = load("packs")["packs"]["logistics"]["description"]
    fixed = [p for p in parcel if "{" not in p]
    assert any(any(p in v for p in fixed) for v in _values(got["shipments"], "description"))
    assert not any(any(p in v for p in fixed) for v in _values(got["vehicle_incidents"], "description"))
    assert all("incident" in v for v in _values(got["vehicle_incidents"], "description"))
    assert not any(any(p in v for p in fixed) for v in _values(got["skus"], "description"))


def test_a_display_label_is_its_rows_name_and_a_promotions_code_a_coupon() -> None:
    shelves = table("shelf_sections", ("name", "varchar(60)"), ("display_label", "varchar(60)"))
    promos = table("promos", ("code", "varchar(20)"), ("title", "varchar(120)"))
    people = table("riders", ("first_name", "varchar(40)"), ("last_name", "varchar(40)"), ("name", "varchar(80)"),
                   ("display_name", "varchar(80)"))
    got = generate(shelves, promos, people)
    s = got["shelf_sections"]
    pairs = [(n, d) for n, d in zip(s["name"], s["display_label"], strict=True) if n and d]
    assert pairs and all(n == d for n, d in pairs)
    assert all(re.fullmatch(r"[A-Z]+\d+", c) for c in _values(got["promos"], "code"))
    r = got["riders"]
    assert any(n != d for n, d in zip(r["name"], r["display_name"], strict=True) if n and d)  # a person's: not copied


def test_the_name_of_a_well_known_attribute_is_one_of_its_values() -> None:
    got = generate(table("kpi_snapshots", ("metric_name", "varchar(80)")), table("metrics", ("name", "varchar(40)")))
    metrics = set(load("entities")["attributes"]["metric"])
    assert set(_values(got["kpi_snapshots"], "metric_name")) <= metrics
    assert {re.sub(r" \d+$", "", v) for v in _values(got["metrics"], "name")} <= metrics
