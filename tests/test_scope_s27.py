"""Brief s27 of session 12: how facts are joined in a clause (``scope.joins``, ``scope.respectively``), on a schema
made up here (a ferry line: ports, ships, passengers, crossings, bookings), far from the tune sets' domains.

Each class through ``parse``/``resolve``: two facts in one clause, each read on its own ("phone empty for a quarter of
them and email missing for 10%", "about 10% delayed and a couple cancelled"); a count or share after its noun or
pointing back ("..., 80 of them", "around 120 ships with between 50 and 400 berths", "everyone has an email", "each
with a call sign", "none of them with a phone"); lists said respectively and "skip everything else"; "for each of N X";
a pipeline under its total. A split that leaves a word unread is no split: the clause is quoted back as typed.
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.conftest import _new_database
from tests.test_scope import brief, options_brief, schema_of

DDL = """
CREATE TABLE ports (id serial PRIMARY KEY, name text NOT NULL, country text NOT NULL, harbour_master text,
                    opened_on date NOT NULL);
CREATE TABLE ships (id serial PRIMARY KEY, home_port_id int NOT NULL REFERENCES ports, name text NOT NULL,
                    call_sign text, registry text, tonnage int, berths int NOT NULL CHECK (berths BETWEEN 10 AND 2000),
                    built_year int NOT NULL,
                    status text NOT NULL CHECK (status IN ('in_service', 'laid_up', 'scrapped')));
CREATE TABLE passengers (id serial PRIMARY KEY, full_name text NOT NULL, email text, phone text,
                         loyalty_tier text NOT NULL CHECK (loyalty_tier IN ('basic', 'silver', 'gold')));
CREATE TABLE crossings (id serial PRIMARY KEY, ship_id int NOT NULL REFERENCES ships,
                        from_port_id int NOT NULL REFERENCES ports, departs_at timestamptz NOT NULL,
                        status text NOT NULL CHECK (status IN ('on_time', 'delayed', 'cancelled')), notes text);
CREATE TABLE bookings (id serial PRIMARY KEY, crossing_id int NOT NULL REFERENCES crossings,
                       passenger_id int NOT NULL REFERENCES passengers,
                       state text NOT NULL CHECK (state IN ('held', 'confirmed', 'refunded')), fare numeric(8,2) NOT NULL);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, DDL)


# ---- two facts in one clause -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "wants"), [
    ("300 passengers. Leave the phone empty for a quarter of them and email missing for 10%.",
     ["rows passengers 300", "col passengers.phone nulls 0.25", "col passengers.email nulls 0.1"]),
    ("passengers: phone missing for 30% and email blank for 5%",
     ["col passengers.phone nulls 0.3", "col passengers.email nulls 0.05"]),
    ("200 crossings, mostly on time, about 10% delayed and a few cancelled",
     ["rows crossings 200", "col crossings.status mix on_time=0.8 delayed=0.1 cancelled=0.1"]),
    ("ships: 40, call sign missing for a fifth of them and registry empty for half",
     ["rows ships 40", "col ships.call_sign nulls 0.2", "col ships.registry nulls 0.5"]),
])
def test_two_facts_in_one_clause_are_each_read(text: str, wants: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for want in wants:
        assert want in got


@pytest.mark.parametrize(("text", "wants"), [
    ("every passenger has an email and a phone", ["col passengers.email nulls 0", "col passengers.phone nulls 0"]),
    ("all passengers have an email but only half have a phone",
     ["col passengers.email nulls 0", "col passengers.phone nulls 0.5"]),
    ("passengers: email for everyone, phone for 60%", ["col passengers.email nulls 0", "col passengers.phone nulls 0.4"]),
    ("email present for all passengers", ["col passengers.email nulls 0"]),
    ("email missing for 10% as well as phone missing for 20%", ["col passengers.email nulls 0.1", "col passengers.phone nulls 0.2"]),
    ("phone and email both missing for 10% of passengers",
     ["col passengers.phone nulls 0.1", "col passengers.email nulls 0.1"]),
    ("40 crossings, half on time, other ones delayed or cancelled",
     ["col crossings.status mix on_time=0.5 delayed=0.25 cancelled=0.25"]),
    ("40 ships, about 30% have a tonnage between 500 and 5000", ["col ships.tonnage nulls 0.7", "col ships.tonnage range 500..5000"]),
    ("40 ships, only half of them have a tonnage from 500 to 5000", ["col ships.tonnage nulls 0.5"]),
    ("150 bookings, two thirds confirmed, a sixth held, the rest refunded",
     ["col bookings.state mix confirmed=0.6667 held=0.1667 refunded=0.1667"]),
    ("150 bookings, a fifth held, another fifth refunded, the rest confirmed",
     ["col bookings.state mix held=0.2 refunded=0.2 confirmed=0.6"]),
    ("crossings: 100, 5 delayed, the rest on time", ["rows crossings 100", "col crossings.status mix delayed=0.05 on_time=0.95"]),
    ("200 bookings: a few held, rest confirmed", ["col bookings.state mix held=0.1 confirmed=0.9"]),
    ("crossings: 100, all on time except 5 delayed", ["col crossings.status mix delayed=0.05 on_time=0.95"]),
    ("200 bookings, all confirmed apart from 10% refunded", ["col bookings.state mix refunded=0.1 confirmed=0.9"]),
])
def test_facts_sharing_rows_or_a_predicate(text: str, wants: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for want in wants:
        assert want in got


def test_the_reading_is_shown_in_the_plan(schema: Schema) -> None:
    """``plan --scope`` shows the clause as read, its facts apart."""
    from seedbed.scope.explain import explain, explain_lines

    scope = parse("passengers: phone missing for 30% and email blank for 5%", schema)
    lines = explain_lines(explain(scope, resolve(scope, schema)))
    assert any(line.strip().startswith("read as") and " | " in line for line in lines), lines


def test_the_and_of_a_range_joins_no_facts(schema: Schema) -> None:
    """"between March 2025 and May 2025": one window, never cut at its "and"; a range closed already ("between 1990
    and 2010") leaves the "and" after it free to join the next fact."""
    got = brief("crossings departing between March 2025 and May 2025, 80 of them", schema)
    assert "col crossings.departs_at range 2025-03-01T00:00:00+00:00..2025-06-01T00:00:00+00:00" in got
    got = brief("ships built between 1990 and 2010 and call sign missing for 10%", schema)
    assert "col ships.built_year range 1990..2010" in got and "col ships.call_sign nulls 0.1" in got


def test_a_vague_count_of_a_value_is_its_rows_share(schema: Schema) -> None:
    """"a couple cancelled" after 200 crossings: 2 of them (a count of a value, never a table "cancelled")."""
    got = brief("200 crossings, mostly on time, about 10% delayed and a couple cancelled", schema)
    mix = next(line for line in got if line.startswith("col crossings.status mix"))
    shares = dict(w.split("=") for w in mix.split()[3:])
    assert float(shares["cancelled"]) < 0.02 < float(shares["delayed"]) < float(shares["on_time"])


def test_the_split_is_shown_as_read(schema: Schema) -> None:
    scope = parse("300 passengers. Leave the phone empty for a quarter of them and email missing for 10%.", schema)
    read = dict(scope.read_as)
    said = "Leave the phone empty for a quarter of them and email missing for 10%"
    assert said in read and " | " in read[said] and "of the passengers" in read[said]


def test_a_split_that_leaves_a_word_unread_is_no_split(schema: Schema) -> None:
    """"painted blue" reads as nothing: the clause is quoted back whole, never read in part silently."""
    res = resolve(parse("ships built in 2010 and painted blue", schema), schema)
    assert any("painted blue" in w for w in res.warnings), res.warnings


# ---- a count or share after its noun, or pointing back -------------------------------------------------------
@pytest.mark.parametrize(("text", "wants"), [
    ("crossings departing between March 2025 and May 2025, 80 of them",
     ["rows crossings 80", "col crossings.departs_at range 2025-03-01T00:00:00+00:00..2025-06-01T00:00:00+00:00"]),
    ("around 120 ships with somewhere between 50 and 400 berths", ["rows ships 120", "col ships.berths range 50..400"]),
    ("ports: 12 (all opened before 2000)", ["rows ports 12"]),
    ("90 passengers, everyone has an email", ["rows passengers 90", "col passengers.email nulls 0"]),
    ("90 passengers, all of them have a phone", ["col passengers.phone nulls 0"]),
    ("40 ships, each with a call sign", ["rows ships 40", "col ships.call_sign nulls 0"]),
    ("40 ships, each with a call sign and a registry", ["col ships.call_sign nulls 0", "col ships.registry nulls 0"]),
    ("90 passengers, none of them with a phone", ["col passengers.phone nulls 1"]),
    ("90 passengers, nobody has an email", ["col passengers.email nulls 1"]),
    ("we need crossings - about 80 of them - mostly on time",
     ["rows crossings 80", "col crossings.status mix on_time=0.8 delayed=0.1 cancelled=0.1"]),
    ("30 ships, each with between 100 and 900 berths", ["rows ships 30", "col ships.berths range 100..900"]),
    ("30 ships, each with a tonnage of 500 to 5000", ["rows ships 30", "col ships.tonnage range 500..5000"]),
    ("100 passengers, everyone has an email but nobody has a phone",
     ["col passengers.email nulls 0", "col passengers.phone nulls 1"]),
    ("a total of 300 bookings, 70% confirmed", ["rows bookings 300", "col bookings.state mix confirmed=0.7"]),
    ("500 bookings, of which 50 refunded", ["rows bookings 500", "col bookings.state mix refunded=0.1"]),
    ("2 to 4 bookings each for 100 passengers", ["rows passengers 100", "fk bookings.passenger_id fanout 2-4"]),
])
def test_a_count_or_share_after_its_noun(text: str, wants: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for want in wants:  # (a mix: the shares said first, the others' after them)
        assert any(line == want or line.startswith(want + " ") for line in got), got


def test_each_with_children_stays_a_fan_out(schema: Schema) -> None:
    """"each with a call sign" is a column; "each with 3 bookings", "each having made 2 to 5 bookings" still children
    per row (a range before a table is never a column's range)."""
    assert "fk bookings.passenger_id fanout 3-3" in brief("50 passengers, each with 3 bookings", schema)
    assert "fk bookings.passenger_id fanout 2-5" in brief("50 passengers, each having made 2 to 5 bookings", schema)


def test_every_one_with_a_column_of_no_such_table_is_quoted(schema: Schema) -> None:
    """"each with a mascot": no column, no table: quoted back, never read as children of a table "mascot"."""
    res = resolve(parse("40 ships, each with a mascot", schema), schema)
    assert "rows ships 40" in options_brief(res.options)
    assert any("mascot" in w for w in res.warnings)


# ---- lists said respectively, everything else, for each of N -------------------------------------------------
@pytest.mark.parametrize(("text", "wants"), [
    ("only ships and ports, 6 and 12", ["rows ships 6", "rows ports 12", "tables ships,ports"]),
    ("ports and ships: 12 and 6 respectively", ["rows ports 12", "rows ships 6"]),
    ("passengers and bookings, 100 and 400 respectively", ["rows passengers 100", "rows bookings 400"]),
    ("ships and ports: 6 each", ["rows ships 6", "rows ports 6"]),
    ("ships, ports and passengers: 5, 10 and 300", ["rows ships 5", "rows ports 10", "rows passengers 300"]),
    ("6 and 12 ships and ports respectively", ["rows ships 6", "rows ports 12"]),
    ("ships and ports (6 and 12)", ["rows ships 6", "rows ports 12"]),
    ("ships/ports: 6/12", ["rows ships 6", "rows ports 12"]),
    ("1,000 and 500 passengers and bookings respectively", ["rows passengers 1000", "rows bookings 500"]),
])
def test_counts_said_respectively(text: str, wants: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for want in wants:
        assert want in got


def test_lists_of_different_lengths_are_not_respective(schema: Schema) -> None:
    res = resolve(parse("ships and ports, 6 and 12 and 3", schema), schema)
    assert res.warnings


def test_skip_everything_else_keeps_the_parents_the_said_tables_need(schema: Schema) -> None:
    """Crossings need ships and ports (NOT NULL references): only passengers and bookings are left out."""
    got = brief("15 crossings, skip everything else", schema)
    assert "exclude bookings,passengers" in got or "exclude passengers,bookings" in got
    assert not any(line.startswith("exclude") and ("ships" in line or "ports" in line) for line in got)


@pytest.mark.parametrize("text", ["between 2 and 6 bookings for each of 30 crossings",
                                  "anywhere from 2 to 6 bookings for each of our 30 crossings",
                                  "for each of the 30 crossings, 2-6 bookings"])
def test_for_each_of_n(text: str, schema: Schema) -> None:
    got = brief(text, schema)
    assert "rows crossings 30" in got and "fk bookings.crossing_id fanout 2-6" in got


# ---- a pipeline under a total -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["booking funnel (500 total):\n- held 20%\n- confirmed 70%\n- refunded 10%",
                                  "booking pipeline, 500 in all: held 20%, confirmed 70%, refunded 10%"])
def test_a_pipeline_under_its_total(text: str, schema: Schema) -> None:
    got = brief(text, schema)
    assert "rows bookings 500" in got and "col bookings.state mix held=0.2 confirmed=0.7 refunded=0.1" in got


# ---- the same classes on a second domain (a bakery chain) ------------------------------------------------------
BAKERY = """
CREATE TABLE shops (id serial PRIMARY KEY, city text NOT NULL, opened_on date NOT NULL, manager text);
CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL,
                       category text NOT NULL CHECK (category IN ('bread', 'pastry', 'cake', 'drink')),
                       price numeric(6,2) NOT NULL, vegan boolean NOT NULL DEFAULT false, allergens text);
CREATE TABLE orders (id serial PRIMARY KEY, shop_id int NOT NULL REFERENCES shops, placed_at timestamptz NOT NULL,
                     channel text NOT NULL CHECK (channel IN ('counter', 'app', 'phone')), note text);
CREATE TABLE order_lines (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders,
                          product_id int NOT NULL REFERENCES products, qty int NOT NULL CHECK (qty > 0));
"""


@pytest.fixture(scope="module")
def bakery(server_dsn: str):
    gen = _new_database(server_dsn)
    yield schema_of(next(gen), BAKERY)
    next(gen, None)


@pytest.mark.parametrize(("text", "wants"), [
    ("80 products: vegan for a quarter of them and allergens missing for 10%",
     ["col products.vegan mix True=0.25 False=0.75", "col products.allergens nulls 0.1"]),
    ("shops and products, 4 and 60 respectively", ["rows shops 4", "rows products 60"]),
    ("between 1 and 5 order lines for each of 200 orders", ["rows orders 200", "fk order_lines.order_id fanout 1-5"]),
    ("orders placed during 2024, 900 of them", ["rows orders 900"]),
    ("40 shops, each with a manager", ["rows shops 40", "col shops.manager nulls 0"]),
    ("60 products, none of them with allergens", ["col products.allergens nulls 1"]),
    ("300 orders, a note on a fifth of them", ["col orders.note nulls 0.8"]),
    ("only shops and orders, 5 and 500. ignore the rest", ["rows shops 5", "rows orders 500", "exclude order_lines,products"]),
])
def test_the_joins_on_a_bakery(text: str, wants: list[str], bakery: Schema) -> None:
    got = brief(text, bakery)
    for want in wants:
        assert want in got


def test_a_vague_count_of_a_value_with_no_rows_counted_is_a_small_share(bakery: Schema) -> None:
    """"a couple phone" with no orders counted: a small share (2 of no known number of rows is no share)."""
    got = brief("orders: mostly counter, about 15% app and a couple phone", bakery)
    mix = next(line for line in got if line.startswith("col orders.channel mix"))
    assert "counter=0.8" in mix and "app=0.15" in mix and "phone=" in mix
