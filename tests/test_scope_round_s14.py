"""Brief s14 of session 8: verbs of values, bounds and rules, on a parcel service made up here.

A verb says which column a value or a bound reaches ("premium cards need at least 5000 miles", "each voucher
should give 5-20% off", "parcels take 1 to 4 days"), a rule's condition is said in more sentence shapes
("parcels with a voucher ...", "parcels above 1000 ...", "never weigh more than ..."), a table by its
initials ("PRs"), a bare bound of each row is the table's one amount. Each reading once through
``parse``/``resolve`` and the rules once on the data (a seed on PostgreSQL, then SQL).
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schema_of
from tests.test_scope_e2e import one, scoped

PARCELS = """
CREATE TABLE cards (id bigserial PRIMARY KEY, level text NOT NULL CHECK (level IN ('basic', 'premium')),
                    miles int NOT NULL DEFAULT 0 CHECK (miles >= 0), email text, active boolean NOT NULL DEFAULT true);
CREATE TABLE vouchers (id serial PRIMARY KEY, code text NOT NULL UNIQUE, stock int NOT NULL CHECK (stock >= 0),
                       percent_off smallint NOT NULL CHECK (percent_off BETWEEN 1 AND 90));
CREATE TABLE pickups (id bigserial PRIMARY KEY, status text NOT NULL CHECK (status IN ('open', 'done', 'void')),
                      total_cents int NOT NULL CHECK (total_cents >= 0));
CREATE TABLE parcels (id bigserial PRIMARY KEY, card_id bigint REFERENCES cards, voucher_id int REFERENCES vouchers,
                      status text NOT NULL CHECK (status IN ('booked', 'moving', 'lost', 'handed_over')),
                      declared_value numeric(10,2) NOT NULL CHECK (declared_value > 0),
                      weight_kg numeric(6,2) NOT NULL CHECK (weight_kg > 0),
                      currency char(3) NOT NULL CHECK (currency IN ('EUR', 'USD')),
                      dispatched_at timestamptz NOT NULL, handed_over_at timestamptz);
CREATE TABLE purchase_requests (id bigserial PRIMARY KEY, note text NOT NULL);
CREATE TABLE pr_lines (id bigserial PRIMARY KEY, request_id bigint NOT NULL REFERENCES purchase_requests,
                       qty int NOT NULL CHECK (qty > 0));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, PARCELS)


@pytest.mark.parametrize(("text", "line"), [
    # a verb of having before a bound: the unit names the column
    ("premium cards need at least 5000 miles", "rule cards: level <> 'premium' OR miles >= 5000"),
    ("premium cards should have 5000+ miles", "rule cards: level <> 'premium' OR miles >= 5000"),
    # negated, with a verb that reaches a weight
    ("lost parcels never weigh more than 30 kg", "rule parcels: status <> 'lost' OR weight_kg <= 30"),
    # a condition said with a reference, and a bare number: the table's one amount
    ("parcels with a voucher are never lost", "rule parcels: voucher_id IS NULL OR status <> 'lost'"),
    ("parcels carrying a voucher should never be lost", "rule parcels: voucher_id IS NULL OR status <> 'lost'"),
    ("parcels above 1000 are never lost", "rule parcels: declared_value <= 1000 OR status <> 'lost'"),
    # none of a NOT NULL counter that starts at 0 is its zero
    ("inactive cards never have miles", "rule cards: active = TRUE OR miles = 0"),
    # "one" after a value: the rows of the table said before; a column "filled in"
    ("120 parcels; every lost one must have a voucher", "rule parcels: status <> 'lost' OR voucher_id IS NOT NULL"),
    ("lost parcels must have handed_over_at filled in", "rule parcels: status <> 'lost' OR handed_over_at IS NOT NULL"),
    # a bare amount on a column kept in cents is in the currency
    ("pickups over 50 are never void", "rule pickups: total_cents <= 5000 OR status <> 'void'"),
])
def test_rules_said_with_verbs(schema: Schema, text: str, line: str) -> None:
    assert line in brief(text, schema)


def test_a_bare_last_is_a_window(schema: Schema) -> None:
    """"parcels last 30 days" said tersely is a window of the last 30 days, never a length; "last 1-4 days" is."""
    assert not any(line.startswith(("span", "within")) for line in brief("parcels last 30 days", schema))
    assert "span parcels.handed_over_at - dispatched_at 24h..96h" in brief("parcels last 1-4 days", schema)


def test_a_table_by_its_initials(schema: Schema) -> None:
    """"PRs" are purchase_requests, not pr_lines (whose name only starts with them: its head is "lines")."""
    assert brief("80 PRs", schema) == ["rows purchase_requests 80"]
    assert brief("40 PR lines", schema) == ["rows pr_lines 40"]


@pytest.mark.parametrize(("text", "line"), [
    ("each voucher should give 5-20% off", "col vouchers.percent_off range 5..20"),
    ("vouchers taking 10 to 30 percent off", "col vouchers.percent_off range 10..30"),
    ("parcels take 1 to 4 days", "span parcels.handed_over_at - dispatched_at 24h..96h"),
    ("parcels take under 2 days", "within parcels.handed_over_at <= dispatched_at + 48h"),
    ("parcels weighing upwards of 3 kg", "col parcels.weight_kg range 3..-"),
    ("200 parcels, all 2 kg or more", "col parcels.weight_kg range 2..-"),
    ("parcels paid in EUR", "col parcels.currency mix EUR=1"),
    ("vouchers need at least 10 in stock", "col vouchers.stock range 10..-"),
])
def test_values_said_with_verbs(schema: Schema, text: str, line: str) -> None:
    assert line in brief(text, schema)


def test_a_bare_bound_of_each_row_is_its_amount(schema: Schema) -> None:
    """"parcels of at most 500 each": the table's one amount column; a bound of no row ("per month") stays an
    error that quotes the table, never the row's amount."""
    assert "col parcels.declared_value range -..500" in brief("parcels of at most 500 each", schema)
    with pytest.raises(ScopeError, match="parcels"):
        resolve(parse("parcels between 100 and 200 per month", schema), schema)


def test_the_rules_and_lengths_hold_on_the_data(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute(PARCELS)
    _, expl = scoped(fresh_dsn, "300 parcels; premium cards need at least 5000 miles; parcels with a voucher are "
                                "never lost; parcels above 1000 are never lost; parcels take 1 to 4 days; "
                                "each voucher should give 5-20% off")
    assert not expl.warnings, expl.warnings
    assert one(db, "SELECT count(*) FROM parcels")[0] == 300
    assert one(db, "SELECT count(*) FROM cards WHERE level = 'premium' AND miles < 5000")[0] == 0
    assert one(db, "SELECT count(*) FROM parcels WHERE status = 'lost' AND voucher_id IS NOT NULL")[0] == 0
    assert one(db, "SELECT count(*) FROM parcels WHERE status = 'lost' AND declared_value > 1000")[0] == 0
    # the rows a rule does not touch keep their values
    assert one(db, "SELECT count(*) FROM parcels WHERE status = 'lost'")[0] > 0
    lo, hi = one(db, "SELECT min(handed_over_at - dispatched_at), max(handed_over_at - dispatched_at) FROM parcels")
    assert lo.total_seconds() >= 86400 and hi.total_seconds() <= 4 * 86400, (lo, hi)
    assert one(db, "SELECT min(percent_off) >= 5 AND max(percent_off) <= 20 FROM vouchers")[0]
