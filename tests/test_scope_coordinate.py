"""Coordination and ellipsis (brief s13): siblings joined by "and", "or", commas and "too" share what one
of them says (``seedbed.scope.coordinate``). A small plant nursery made up here (no database), and once on
the data: the roastery schema of the phrase sets, seeded on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import ID, col, options_brief, table
from tests.test_scope_e2e import counts, one, scoped, shares

STATES = ("pending", "dispatched", "delivered", "lost")
NURSERY = Schema(tables=(
    table("growers", ID, col("name", null=False), col("country", "text", length=2, fixed_length=True, null=False),
          col("tier", null=False), checks=("tier IN ('small', 'regional', 'national')",)),
    table("plants", ID, col("grower_id", "integer", null=False), col("kind", null=False),
          col("is_discontinued", "bool", null=False), fks=(("grower_id", "growers"),),
          checks=("kind IN ('shrub', 'herb', 'fern', 'cactus')",)),
    table("shipments", ID, col("plant_id", "integer", null=False), col("state", "enum", enum_labels=STATES, null=False),
          col("currency", null=False), col("dispatched_at", "timestamptz"), fks=(("plant_id", "plants"),),
          checks=("currency IN ('EUR', 'GBP', 'USD')",)),
    table("bills", ID, col("shipment_id", "integer", null=False), col("currency", null=False),
          fks=(("shipment_id", "shipments"),), checks=("currency IN ('EUR', 'GBP', 'USD')",)),
    table("pests", ID, col("name", null=False)),
    table("care_notes", ID, col("plant_id", "integer", null=False), col("body"), fks=(("plant_id", "plants"),)),
))


def brief(phrase: str) -> list[str]:
    res = resolve(parse(phrase, NURSERY), NURSERY)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


def said_back(phrase: str) -> str:
    """What the warnings or the error quote back (lower case)."""
    try:
        return " | ".join(resolve(parse(phrase, NURSERY), NURSERY).warnings).lower()
    except ScopeError as exc:
        return f"{exc.message} | {exc.hint}".lower()


def _has(lines: list[str], *words: str) -> bool:
    return any(all(w in line.split() for w in words) for line in lines)


@pytest.mark.parametrize(("phrase", "want"), [
    # the second share reuses the first's table and its "from"
    ("growers mainly from Italy, a few from Spain", ("col", "growers.country", "IT=0.8", "ES=0.1")),
    ("200 growers, mostly in France, some in Germany", ("col", "growers.country", "FR=0.8", "DE=0.2")),
    # counts split by "from": the total, and each place its share
    ("30 growers from Poland and 10 from Sweden", ("col", "growers.country", "PL=0.75", "SE=0.25")),
    ("30 growers from Poland, 10 from Sweden", ("rows", "growers", "40")),
    ("80 growers, 60 from Poland and the rest from Sweden", ("col", "growers.country", "PL=0.75", "SE=0.25")),
    ("growers: mostly Polish, some Swedish", ("col", "growers.country", "PL=0.8", "SE=0.2")),
])
def test_shares_of_places(phrase: str, want: tuple[str, ...]) -> None:
    assert _has(brief(phrase), *want), brief(phrase)


@pytest.mark.parametrize(("phrase", "rules"), [
    ("dispatched shipments must have a dispatched_at, and pending ones must not",
     ("'dispatched' dispatched_at IS NOT NULL", "'pending' dispatched_at IS NULL")),
    ("lost shipments never have a dispatched_at and delivered ones always do",
     ("'lost' dispatched_at IS NULL", "'delivered' dispatched_at IS NOT NULL")),
    ("delivered shipments need a dispatched_at and so do lost ones",
     ("'delivered' dispatched_at IS NOT NULL", "'lost' dispatched_at IS NOT NULL")),
    # the negation inside the object ("have no X"): the sibling's "do" is the opposite, not the same
    ("pending shipments have no dispatched_at, lost shipments do",
     ("'pending' dispatched_at IS NULL", "'lost' dispatched_at IS NOT NULL")),
])
def test_an_elided_predicate_takes_the_first_ones_object(phrase: str, rules: tuple[str, ...]) -> None:
    lines = brief(phrase)
    for r in rules:
        assert _has(lines, "rule", "shipments:", *r.split()), lines


@pytest.mark.parametrize(("phrase", "want"), [
    ("300 growers, regional mostly", ("col", "growers.tier", "regional=0.8")),  # a value, then its vague share
    ("only ferns and herbs", ("col", "plants.kind", "fern=0.5", "herb=0.5")),  # values with no table
    ("ferns, herbs or shrubs only", ("col", "plants.kind", "fern=0.3333", "herb=0.3333", "shrub=0.3333")),
    ("plants: herbs and ferns only", ("col", "plants.kind", "herb=0.5", "fern=0.5")),
    ("plants, none discontinued", ("col", "plants.is_discontinued", "False=1")),  # a negated state after a table
    ("40 plants and none of them discontinued", ("col", "plants.is_discontinued", "False=1")),
    ("shipments, none lost", ("col", "shipments.state", "lost=0")),
    ("shipments in euros or dollars", ("col", "shipments.currency", "EUR=0.5", "USD=0.5")),  # the list shares "in"
    ("skip pests altogether, and care notes too", ("exclude", "pests,care_notes")),
    ("we don't need pests or care notes at all", ("exclude", "pests,care_notes")),
])
def test_siblings_share_a_table_column_or_verb(phrase: str, want: tuple[str, ...]) -> None:
    assert _has(brief(phrase), *want), brief(phrase)


def test_values_held_in_several_places_are_quoted_back() -> None:
    """"only EUR and GBP": shipments and bills both hold them, so no table is guessed (one holder: read)."""
    assert "eur" in said_back("only EUR and GBP")
    assert _has(brief("only regional and national"), "col", "growers.tier", "regional=0.5", "national=0.5")


def test_an_elided_predicate_on_words_not_grounded_is_quoted_back() -> None:
    """"and blue ones must not": 'blue' is no value here, so nothing is read for it ("lost ones" is)."""
    assert "blue" in said_back("dispatched shipments must have a dispatched_at, and blue ones must not")
    assert _has(brief("dispatched shipments must have a dispatched_at, and lost ones must not"),
                "rule", "shipments:", "'lost'", "dispatched_at", "IS", "NULL")


def test_coordination_on_the_data(db: psycopg.Connection, fresh_dsn: str) -> None:
    """Each structure once through the seed: counts split by place, currencies joined after "in", values
    with no table, a negated state, a list left out with "too", an elided predicate, a late share."""
    db.execute((Path(__file__).parent / "data" / "scope_roastery.sql").read_text())
    _, expl = scoped(fresh_dsn, "60 cafes from Canada and 40 from Mexico; orders in euros and pounds; only espresso and "
                                "filter; 30 coffees, none sold out; skip cuppings entirely, and subscriptions too; shipped "
                                "orders must have a shipped_at, and pending orders must not; 200 orders, delivered mostly")
    assert not expl.warnings, expl.warnings
    got = counts(db, "cafes", "coffees", "orders", "cuppings", "subscriptions")
    assert got == {"cafes": 100, "coffees": 30, "orders": 200, "cuppings": 0, "subscriptions": 0}, got
    assert {r[0] for r in db.execute("SELECT DISTINCT country FROM cafes")} == {"CA", "MX"}
    assert 0.45 <= shares(db, "cafes", "country")["CA"] <= 0.75
    assert {r[0] for r in db.execute("SELECT DISTINCT currency FROM orders")} == {"EUR", "GBP"}
    assert {r[0] for r in db.execute("SELECT DISTINCT category FROM coffees")} <= {"espresso", "filter"}
    assert one(db, "SELECT count(*) FROM coffees WHERE is_sold_out")[0] == 0
    assert one(db, "SELECT count(*) FROM orders WHERE status = 'shipped' AND shipped_at IS NULL")[0] == 0
    assert one(db, "SELECT count(*) FROM orders WHERE status = 'pending' AND shipped_at IS NOT NULL")[0] == 0
    assert shares(db, "orders", "status")["delivered"] >= 0.65


def test_an_additive_word_is_dropped_only_where_the_sibling_shares_the_verb() -> None:
    """"and care notes too" after "skip" is left out too; "and growers with plants too" is no bare list,
    so its "too" is quoted back rather than read as something it shares."""
    assert _has(brief("skip pests entirely, and care notes too"), "exclude", "pests,care_notes")
    assert "too" in said_back("skip pests entirely, and growers with plants too")
