"""Brief s18 of session 10: verbs, clauses and units that name a number column, on schemas made up here (a courier
network, a freelance marketplace, a boat-hire yard, a blood bank).

Each class through ``parse``/``resolve``: a verb or participle that names a number column by its meaning ("parcels
weighing over 5 kg", "freelancers earning under 30 an hour", "gigs that sell for under 10", "tasks estimated at more
than 8 points"), units and rates after a bound ("1-3 tonnes", "2000 km on the clock", "40 per hour", "1-10 labour
hours"), a gap between two of a row's moments ("delivered 1-7 days after dispatch"), and a table whose name is two
words said in full before a bound ("invoice payments over 2,500" is never ``invoices`` and a column "payments").
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schema_of

DDL = """
CREATE TABLE depots (id serial PRIMARY KEY, city text NOT NULL);
CREATE TABLE couriers (id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots, full_name text NOT NULL,
                       pay_per_hour numeric(6,2) NOT NULL CHECK (pay_per_hour > 0), hourly_wage numeric(6,2));
CREATE TABLE trucks (id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots, plate text NOT NULL,
                     odometer_km int NOT NULL CHECK (odometer_km >= 0), max_load_kg int NOT NULL);
CREATE TABLE parcels (id bigserial PRIMARY KEY, truck_id int REFERENCES trucks, weight_g int NOT NULL CHECK (weight_g > 0),
                      declared_value numeric(10,2) NOT NULL, distance_km numeric(7,1) NOT NULL,
                      dispatched_at timestamptz NOT NULL, delivered_at timestamptz);
CREATE TABLE freelancers (id serial PRIMARY KEY, handle text NOT NULL, annual_salary numeric(10,2),
                          review_score numeric(3,2) CHECK (review_score BETWEEN 0 AND 5));
CREATE TABLE gigs (id serial PRIMARY KEY, freelancer_id int NOT NULL REFERENCES freelancers, title text NOT NULL,
                   list_price numeric(8,2) NOT NULL, story_points int NOT NULL CHECK (story_points BETWEEN 1 AND 40),
                   labour_hours numeric(5,1) NOT NULL);
CREATE TABLE invoices (id bigserial PRIMARY KEY, gig_id int NOT NULL REFERENCES gigs, amount_billed numeric(10,2) NOT NULL,
                       issued_at timestamptz NOT NULL, settled_at timestamptz);
CREATE TABLE invoice_payments (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices,
                               amount numeric(10,2) NOT NULL, paid_at timestamptz NOT NULL);
CREATE TABLE donors (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE donor_visits (id bigserial PRIMARY KEY, donor_id int NOT NULL REFERENCES donors,
                           volume_ml int NOT NULL CHECK (volume_ml BETWEEN 200 AND 600), visited_at timestamptz NOT NULL);
CREATE TABLE boats (id serial PRIMARY KEY, name text NOT NULL, daily_rate numeric(8,2) NOT NULL, length_m numeric(5,2));
CREATE TABLE boat_hires (id bigserial PRIMARY KEY, boat_id int NOT NULL REFERENCES boats, total numeric(10,2) NOT NULL,
                         picked_up_at timestamptz NOT NULL, returned_at timestamptz);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, DDL)


@pytest.mark.parametrize(("text", "line"), [
    # a verb names the column through its meaning (weigh: weight; cover: distance; earn: a wage, a salary, a pay)
    ("parcels weighing over 5 kg", "col parcels.weight_g range 5000..-"),
    ("parcels that weigh 1-3 tonnes", "col parcels.weight_g range 1000000..3000000"),
    ("parcels covering 10-500 km", "col parcels.distance_km range 10..500"),
    ("freelancers who earn 30k to 80k a year", "col freelancers.annual_salary range 30000..80000"),
    ("freelancers scoring 4+", "col freelancers.review_score range 4..-"),
    ("gigs that sell for under 10", "col gigs.list_price range -..10"),
    ("gigs going for 50-400", "col gigs.list_price range 50..400"),
    ("parcels valued at 1k or more", "col parcels.declared_value range 1000..-"),
    ("trucks that can carry up to 2000 kg", "col trucks.max_load_kg range -..2000"),
    # the words after the number name the column, the verb carries none of its own
    ("gigs estimated at more than 8 points", "col gigs.story_points range 8..-"),
    ("gigs logging 1-10 labour hours", "col gigs.labour_hours range 1..10"),
    ("gigs with 1-10 labour hours", "col gigs.labour_hours range 1..10"),
    # units and rates after a bound
    ("trucks with over 20000 km on the clock", "col trucks.odometer_km range 20000..-"),
    ("trucks with 80000 km on the clock or less", "col trucks.odometer_km range -..80000"),
    ("boats renting for no more than 300 a day", "col boats.daily_rate range -..300"),
    ("donor visits of 300-500 ml", "col donor_visits.volume_ml range 300..500"),
    ("volumes of 300-500 ml for donor visits", "col donor_visits.volume_ml range 300..500"),
    # a gap between two of a row's moments
    ("parcels delivered 1-7 days after dispatch", "span parcels.delivered_at - dispatched_at 24h..168h"),
    ("boat hires returned 2-8 hours after being picked up", "span boat_hires.returned_at - picked_up_at 2h..8h"),
    ("invoices settled within 30 days of being issued", "within invoices.settled_at <= issued_at + 720h"),
    # a two-word table said in full before a bound is that table, not its first word's table and a column
    ("invoice payments over 2,500", "col invoice_payments.amount range 2500..-"),
    ("boat hires under 400", "col boat_hires.total range -..400"),
    ("invoices for over 300", "col invoices.amount_billed range 300..-"),
])
def test_reading(text: str, line: str, schema: Schema) -> None:
    assert line in brief(text, schema)


@pytest.mark.parametrize("text", ["invoice payments over 2,500", "invoice payments of 100-900", "boat hires under 400",
                                  "invoice payments between 10 and 50"])
def test_two_word_tables_scan(text: str, schema: Schema) -> None:
    """Every two-word table said in full before a bound: its own column, never another table's (a scan over the
    schema's tables of two words whose first word is a table too)."""
    said = text.split(" ")[:2]
    table = "_".join(said)
    for line in brief(text, schema):
        assert line.startswith(f"col {table}."), (text, line)


def test_unknown_verb_is_quoted(schema: Schema) -> None:
    """A verb that maps to no column of the table is quoted back (an error or a warning), never read silently."""
    try:
        res = resolve(parse("donors who spend over 2000", schema), schema)
    except Exception as exc:  # ScopeError: "no number column matches 'spending'"
        assert "spend" in str(getattr(exc, "message", exc)).lower()
    else:
        assert any("spend" in w.lower() for w in res.warnings), res.warnings
