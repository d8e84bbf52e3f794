"""Brief s21 of session 10: how many children, in every form, on a schema made up here (a chain of bakeries).

A verb nobody listed between parent and children ("each bakery employs 3-7 bakers"), "<parent> of N to M
<children>" (never a column's range), totals shared among parents, one child each after a table said alone or
in brackets, a plain noun for the children (one table under the parent: that one; several: said back), a slash
for "per", a count said in people, and children that meet the parent only under a third table (said back
with the two counts that would say it). Each reading through ``parse``/``resolve`` once.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.mentions import any_verb
from tests.test_scope import brief, options_brief, schema_of

BAKERY = """
CREATE TABLE bakeries (id serial PRIMARY KEY, name text NOT NULL, city text NOT NULL);
CREATE TABLE bakery_permits (id serial PRIMARY KEY, bakery_id int NOT NULL UNIQUE REFERENCES bakeries,
                             issued_on date NOT NULL);
CREATE TABLE bakers (id serial PRIMARY KEY, bakery_id int NOT NULL REFERENCES bakeries, full_name text NOT NULL,
                     shift text NOT NULL CHECK (shift IN ('early', 'day', 'night')));
CREATE TABLE recipes (id serial PRIMARY KEY, title text NOT NULL,
                      kind text NOT NULL CHECK (kind IN ('bread', 'pastry', 'cake')), bake_minutes int NOT NULL);
CREATE TABLE batches (id bigserial PRIMARY KEY, recipe_id int NOT NULL REFERENCES recipes,
                      baker_id int NOT NULL REFERENCES bakers, loaves int NOT NULL CHECK (loaves > 0),
                      status text NOT NULL CHECK (status IN ('planned', 'baked', 'sold', 'wasted')));
CREATE TABLE workshops (id serial PRIMARY KEY, bakery_id int NOT NULL REFERENCES bakeries, title text NOT NULL);
CREATE TABLE workshop_sessions (id serial PRIMARY KEY, workshop_id int NOT NULL REFERENCES workshops,
                                starts_at timestamptz NOT NULL);
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE sign_ups (customer_id int NOT NULL REFERENCES customers, workshop_id int NOT NULL REFERENCES workshops,
                       PRIMARY KEY (customer_id, workshop_id));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, BAKERY)


@pytest.mark.parametrize(("text", "lines"), [
    # a verb nobody listed: the parent and the children ground the reading
    ("each bakery employs 3-7 bakers", ["fk bakers.bakery_id fanout 3-7"]),
    ("every recipe yielded 2 to 9 batches", ["fk batches.recipe_id fanout 2-9"]),
    # "<parent> of N to M <children>": children per parent row, not a range of a column
    ("bakeries of 3 to 6 bakers", ["fk bakers.bakery_id fanout 3-6"]),
    ("20 recipes made up of 2-5 batches each", ["rows recipes 20", "fk batches.recipe_id fanout 2-5"]),
    # totals shared among parents
    ("300 bakers shared among 20 bakeries", ["rows bakers 300", "rows bakeries 20"]),
    ("90 workshops divided between 30 bakeries", ["rows workshops 90", "rows bakeries 30"]),
    # one each, after a table said alone, or in brackets after the table
    ("bakeries, one permit each", ["fk bakery_permits.bakery_id fanout 1-1"]),
    ("every bakery inspected (one permit each)", ["fk bakery_permits.bakery_id fanout 1-1"]),
    ("recipes (about 4 batches each)", ["fk batches.recipe_id fanout 2-6"]),
    ("bakeries, roughly 2 workshops apiece", ["fk workshops.bakery_id fanout 1-3"]),
    # a plain noun for the children: the one table under the parent
    ("each recipe: 2-5 records", ["fk batches.recipe_id fanout 2-5"]),
    ("every recipe should list 4-8 items", ["fk batches.recipe_id fanout 4-8"]),
    ("each recipe has 3 things", ["fk batches.recipe_id fanout 3-3"]),
    # a slash for "per", a count in people
    ("bakers/bakery 3-7", ["fk bakers.bakery_id fanout 3-7"]),
    ("12 bakeries, 2-4 workshops/bakery", ["rows bakeries 12", "fk workshops.bakery_id fanout 2-4"]),
    ("bakers: 25 people", ["rows bakers 25"]),
    ("40 people in bakers", ["rows bakers 40"]),
])
def test_reads(text: str, lines: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, (line, got)


def test_a_column_range_stays_one(schema: Schema) -> None:
    """"recipes of 30-60 bake minutes" is no children: "minutes" names no table (a column's range)."""
    got = brief("recipes of 30-60 minutes", schema)
    assert not any(line.startswith("fk ") for line in got), got


def test_several_tables_under_the_parent_are_said_back(schema: Schema) -> None:
    """"each bakery has 2-5 records": bakers, permits and workshops are all under bakeries: never one picked."""
    with pytest.raises(ScopeError) as exc:
        resolve(parse("each bakery has 2-5 records", schema), schema)
    assert "'records'" in exc.value.message and "bakers" in exc.value.message and "workshops" in exc.value.message
    with pytest.raises(ScopeError) as exc:
        resolve(parse("every workshop should list 4-8 items", schema), schema)
    assert "sign_ups" in exc.value.message and "workshop_sessions" in exc.value.message


def test_a_verb_that_takes_away_is_said_back(schema: Schema) -> None:
    res = resolve(parse("every bakery lost 2 bakers", schema), schema)
    assert any("lost" in w for w in res.warnings), res.warnings
    assert any_verb("hosts") and any_verb("wrote") and any_verb("offering")
    assert not any_verb("cancelled") and not any_verb("in") and not any_verb("germany")


def test_children_met_only_under_a_third_table_are_said_back_with_the_two_counts(schema: Schema) -> None:
    """"each customer attends 5-10 workshop sessions": sessions belong to workshops, customers reach workshops
    through sign_ups; no one count says it, so the two that would are named (a warning, the rest applied)."""
    res = resolve(parse("50 customers, each attending 5-10 workshop sessions", schema), schema)
    assert "rows customers 50" in options_brief(res.options)
    said = " ".join(res.warnings)
    assert "workshop_sessions and customers meet only through workshops" in said
    assert "sign_ups per customer" in said and "workshop_sessions per workshop" in said
