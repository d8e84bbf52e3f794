"""Brief s25 of session 11: verbs that name a child table or a column, ranges people type, list layouts, on a schema
made up here (a hot-air balloon operator: pilots, balloons, passengers, flights, tickets, inspections, crates).

Each class through ``parse``/``resolve``: a verb naming a child table said with "N times" in every voice and order
("each balloon inspected 2 to 5 times", "inspect every balloon 3-4 times", "flown once or twice"); a range of days
typed as people type it ("2024-01-01..2024-06-30", "between ... and ...", "from March 1, 2019 up to 2021/06/30") on
the column its verb or name says; numbers joined by "until" / "up to"; a verb of a dimension over a unit alone
("weighing under 300 kg" is never ``payload_kg``); "X per Y: a to b (a remark)"; lettered items and list titles;
"for each one" and "the flights duration" inside one clause.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.spans import typed_spans
from tests.test_scope import brief, options_brief, schema_of

DDL = """
CREATE TABLE pilots (id serial PRIMARY KEY, full_name text NOT NULL, licensed_on date NOT NULL,
                     is_active boolean NOT NULL DEFAULT true, hourly_fee numeric(7,2) NOT NULL);
CREATE TABLE balloons (id serial PRIMARY KEY, pilot_id int NOT NULL REFERENCES pilots, envelope_m3 int NOT NULL,
                       payload_kg int NOT NULL, bought_on date NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE passengers (id serial PRIMARY KEY, full_name text NOT NULL, weight_kg int, signed_up_at timestamptz NOT NULL);
CREATE TABLE flights (id serial PRIMARY KEY, balloon_id int NOT NULL REFERENCES balloons, launched_at timestamptz NOT NULL,
                      duration_min int NOT NULL, status text NOT NULL CHECK (status IN ('planned', 'flown', 'scrubbed')));
CREATE TABLE tickets (id serial PRIMARY KEY, flight_id int NOT NULL REFERENCES flights,
                      passenger_id int NOT NULL REFERENCES passengers, amount numeric(8,2) NOT NULL,
                      issued_at timestamptz NOT NULL);
CREATE TABLE inspections (id serial PRIMARY KEY, balloon_id int NOT NULL REFERENCES balloons, inspected_on date NOT NULL,
                          result text NOT NULL CHECK (result IN ('pass', 'fail')));
CREATE TABLE crates (id serial PRIMARY KEY, label text NOT NULL, weight_kg numeric(6,1) NOT NULL,
                     capacity_kg numeric(6,1) NOT NULL);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, DDL)


@pytest.mark.parametrize(("text", "want"), [
    ("each balloon inspected 2 to 5 times", "fk inspections.balloon_id fanout 2-5"),
    ("balloons are inspected between 2 and 5 times each", "fk inspections.balloon_id fanout 2-5"),
    ("inspect every balloon 3-4 times", "fk inspections.balloon_id fanout 3-4"),
    ("balloons get inspected once or twice", "fk inspections.balloon_id fanout 1-2"),
    ("each flight ticketed at most 8 times", "fk tickets.flight_id fanout 0-8"),
    ("every balloon flown 20 until 30 times", "fk flights.balloon_id fanout 20-30"),
    ("40 passengers, each of them ticketed 1 until 3 time", "fk tickets.passenger_id fanout 1-3"),
])
def test_a_verb_naming_a_child_table_counted_in_times_is_a_fan_out(text: str, want: str, schema: Schema) -> None:
    assert want in brief(text, schema)


def test_a_child_verb_whose_table_does_not_refer_to_the_rows_quotes_both_tables(schema: Schema) -> None:
    with pytest.raises(ScopeError) as err:
        resolve(parse("every passenger inspected 2 times", schema), schema)
    said = f"{err.value.message} {err.value.hint}"
    assert "inspections" in said and "passengers" in said


@pytest.mark.parametrize(("text", "want"), [
    ("flights launched between 2025-04-01 and 2025-09-30",
     "col flights.launched_at range 2025-04-01T00:00:00+00:00..2025-10-01T00:00:00+00:00"),
    ("balloons bought from March 1, 2019 up to 2021/06/30", "col balloons.bought_on range 2019-03-01..2021-07-01"),
    ("inspections 2024-01-01 - 2024-06-30", "col inspections.inspected_on range 2024-01-01..2024-07-01"),
    ("pilots.licensed_on 2010-01-01..2020-12-31", "col pilots.licensed_on range 2010-01-01..2021-01-01"),
    ("passengers signed up 1 jan 2024 until 31 march 2024",
     "col passengers.signed_up_at range 2024-01-01T00:00:00+00:00..2024-04-01T00:00:00+00:00"),
])
def test_a_typed_range_of_days_is_a_window_of_the_column_its_verb_or_name_says(text: str, want: str,
                                                                               schema: Schema) -> None:
    assert want in brief(text, schema)


def test_a_column_typed_by_its_name_alone_is_only_that_column(schema: Schema) -> None:
    got = brief("pilots.hourly_fee 60..180, licensed_on 2012-01-01..2024-06-30", schema)
    assert got == ["col pilots.hourly_fee range 60..180", "col pilots.licensed_on range 2012-01-01..2024-07-01"]


def test_no_such_day_is_quoted_back(schema: Schema) -> None:
    res = resolve(parse("inspections 2025-02-30..2025-03-10", schema), schema)
    assert any("2025-02-30" in w for w in res.warnings)


def test_spans_spell_dates_and_joining_words_one_way() -> None:
    assert typed_spans("from 2024/3/1 to May 31st, 2024") == "from 2024-03-01-2024-05-31"
    assert typed_spans("20 until 30 visits, from 45 up to 480") == "20 to 30 visits, from 45 to 480"
    assert typed_spans("until 2024") == "until 2024"  # a year alone is no range


@pytest.mark.parametrize(("text", "want"), [
    ("flights lasting 45 until 90 minutes", "col flights.duration_min range 45..90"),
    ("tickets.amount from 120 up to 300", "col tickets.amount range 120..300"),
])
def test_numbers_joined_by_until_or_up_to_are_a_range(text: str, want: str, schema: Schema) -> None:
    assert want in brief(text, schema)


def test_a_verb_of_a_dimension_wins_over_a_unit_alone(schema: Schema) -> None:
    assert brief("crates weighing under 30 kg", schema) == ["col crates.weight_kg range -..30"]
    assert brief("passengers weighing 50-120 kg", schema) == ["col passengers.weight_kg range 50..120"]
    with pytest.raises(ScopeError) as err:  # a payload is no weight: quoted, never read as payload_kg
        resolve(parse("balloons weighing under 300 kg", schema), schema)
    assert "weighing" in err.value.message and "payload_kg" in err.value.hint


def test_a_remark_in_brackets_after_a_fan_out_is_set_aside(schema: Schema) -> None:
    scope = parse("tickets per flight: 2 to 8 (small baskets take fewer people)", schema)
    assert "small baskets take fewer people" in scope.aside
    assert brief("tickets per flight: 2 to 8 (small baskets take fewer people)", schema) == [
        "fk tickets.flight_id fanout 2-8"]


def test_a_bracket_that_names_the_schema_is_no_remark(schema: Schema) -> None:
    scope = parse("tickets per flight: 2 to 8 (mostly for flown flights)", schema)
    assert not scope.aside


@pytest.mark.parametrize("text", [
    "Requirements: a) 80 crates b) capacity_kg 2..60",
    "Please create seed data with the following constraints: (1) 80 crates, (2) capacity_kg between 2 and 60",
    "Seed data please:\n1. 80 crates\n2. capacity_kg 2-60",
])
def test_lettered_items_and_a_list_title(text: str, schema: Schema) -> None:
    assert brief(text, schema) == ["rows crates 80", "col crates.capacity_kg range 2..60"]


def test_a_markdown_heading_that_names_nothing_is_the_title_of_its_table(schema: Schema) -> None:
    text = "## Seed plan\n| table | rows |\n|---|---|\n| pilots | 12 |\n| flights | 900 |"
    assert brief(text, schema) == ["rows pilots 12", "rows flights 900"]
    assert "Seed plan" in parse(text, schema).aside


def test_a_table_and_a_colon_over_bullets_heads_them(schema: Schema) -> None:
    assert brief("pilots:\n- 12\n- hourly_fee 80-200", schema) == ["rows pilots 12", "col pilots.hourly_fee range 80..200"]


def test_rows_said_again_in_one_clause(schema: Schema) -> None:
    assert brief("10 balloons and for each one 3 to 8 flights", schema) == ["rows balloons 10",
                                                                            "fk flights.balloon_id fanout 3-8"]
    assert brief("the flights duration is between 30 and 120 minute", schema) == [
        "col flights.duration_min range 30..120"]


def test_the_verb_alone_after_its_rows_counts_them(schema: Schema) -> None:
    assert brief("30 balloons, inspected 2-5 times each", schema) == ["rows balloons 30",
                                                                      "fk inspections.balloon_id fanout 2-5"]


def test_two_years_after_a_verb_of_time_are_its_window(schema: Schema) -> None:
    assert brief("balloons bought 2019-2021", schema) == ["col balloons.bought_on range 2019-01-01..2022-01-01"]


def test_a_ticket_key_and_a_dash_after_a_table(schema: Schema) -> None:
    text = "OPS-77: crates table - 25 rows, capacity_kg 2-40"
    assert brief(text, schema) == ["rows crates 25", "col crates.capacity_kg range 2..40"]
    assert "OPS-77" in parse(text, schema).aside


def test_of_two_dimension_verbs_the_unit_takes_the_one_said_before_it(schema: Schema) -> None:
    got = options_brief(resolve(parse("crates weighing under 30 kg and costing under 50 dollars", schema), schema).options)
    assert "col crates.weight_kg range -..30" in got and not any("capacity_kg" in line for line in got)


@pytest.mark.parametrize("text", ["crates.weight_kg 5-40 kg", "crates weight_kg 5 kg - 40 kg", "crates weight_kg 5000-40000 g"])
def test_a_typed_column_keeps_its_range_whatever_unit_follows(text: str, schema: Schema) -> None:
    assert brief(text, schema) == ["col crates.weight_kg range 5..40"]


def test_a_unit_said_on_both_ends_of_until_is_said_once(schema: Schema) -> None:
    assert brief("tickets 120 EUR until 300 EUR", schema) == ["col tickets.amount range 120..300"]
