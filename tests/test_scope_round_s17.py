"""Brief s17 of session 9: requests as agents and tickets write them, on two schemas made up here
(a beekeeping co-op and a film festival).

Layout (inline numbered items, markdown headings over a table's lines, markdown tables of counts,
bold and task boxes), names written as identifiers (camelCase, `code spans`, quoted values,
``table.column`` heads with ":" or "="), chatty wrappers set aside and shown as such ("ASAP", "so we
can test ...", "for the X demo tomorrow", "e.g."), corrections ("(not 300)", "sorry, I meant ...").
Each reading through ``parse``/``resolve`` once, and one request seeded and checked on the data.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed.model import Schema
from seedbed.scope import explain, explain_lines, parse, resolve
from tests.test_scope import brief, options_brief, schema_of
from tests.test_scope_e2e import one, scoped

COOP = """
CREATE TABLE apiaries (id serial PRIMARY KEY, name text NOT NULL, region text NOT NULL);
CREATE TABLE hives (id serial PRIMARY KEY, apiary_id int NOT NULL REFERENCES apiaries,
                    hive_type text NOT NULL CHECK (hive_type IN ('langstroth', 'top_bar', 'warre')),
                    queen_marked boolean NOT NULL DEFAULT false, frames int NOT NULL CHECK (frames BETWEEN 5 AND 12));
CREATE TABLE inspections (id bigserial PRIMARY KEY, hive_id int NOT NULL REFERENCES hives,
                          outcome text NOT NULL CHECK (outcome IN ('healthy', 'weak', 'diseased', 'queenless')),
                          notes text, inspected_at timestamptz NOT NULL);
CREATE TABLE harvests (id bigserial PRIMARY KEY, hive_id int NOT NULL REFERENCES hives,
                       kilos numeric(6,2) NOT NULL CHECK (kilos > 0), grade text NOT NULL CHECK (grade IN ('a', 'b', 'c')));
CREATE TABLE films (id serial PRIMARY KEY, title text NOT NULL, runtime_minutes int NOT NULL CHECK (runtime_minutes BETWEEN 3 AND 400),
                    section text NOT NULL CHECK (section IN ('competition', 'shorts', 'retrospective', 'midnight')));
CREATE TABLE screenings (id serial PRIMARY KEY, film_id int NOT NULL REFERENCES films,
                         venue text NOT NULL CHECK (venue IN ('palace', 'annex', 'open_air')), starts_at timestamptz NOT NULL);
CREATE TABLE ticket_sales (id bigserial PRIMARY KEY, screening_id int NOT NULL REFERENCES screenings,
                           channel text NOT NULL CHECK (channel IN ('box_office', 'online', 'kiosk')),
                           price numeric(6,2) NOT NULL CHECK (price >= 0), buyer_email text);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, COOP)


@pytest.mark.parametrize(("text", "lines"), [
    # numbered items inside one line, after a head or alone
    ("1) 6 apiaries 2) each with 10-20 hives 3) 40 films", ["rows apiaries 6", "fk hives.apiary_id fanout 10-20", "rows films 40"]),
    ("I need: (1) 30 films (2) 2-4 screenings per film", ["rows films 30", "fk screenings.film_id fanout 2-4"]),
    # a markdown heading over the lines about its table; bold and task boxes
    ("## Hives\n- 120 total\n- mostly top bar", ["rows hives 120", "col hives.hive_type mix top_bar=0.8 langstroth=0.1 warre=0.1"]),
    ("### Films\n* **25**\n* section: 'shorts' only", ["rows films 25", "col films.section mix shorts=1"]),
    ("- [ ] 8 apiaries\n- [x] 50 hives", ["rows apiaries 8", "rows hives 50"]),
    # a markdown table of counts
    ("| table | rows |\n|---|---|\n| films | 12 |\n| screenings | 60 |", ["rows films 12", "rows screenings 60"]),
    # camelCase names, code spans, quoted values, table.column heads
    ("ticketSales: 900, channel mostly 'online'", ["rows ticket_sales 900",
                                                  "col ticket_sales.channel mix online=0.8 box_office=0.1 kiosk=0.1"]),
    ("`inspections.outcome` should be mostly healthy",
     ["col inspections.outcome mix healthy=0.8 weak=0.0667 diseased=0.0667 queenless=0.0667"]),
    ("screening.venue: 'palace' 70%, 'annex' 30%", ["col screenings.venue mix palace=0.7 annex=0.3"]),
    ("harvests.grade = 'a' or 'b'", ["col harvests.grade mix a=0.5 b=0.5"]),
    ("ticket_sales.buyer_email: null for 25%", ["col ticket_sales.buyer_email nulls 0.25"]),
    ("films.runtime_minutes: 80-150", ["col films.runtime_minutes range 80..150"]),
    ("hiveType: 'warre' or 'langstroth'", ["col hives.hive_type mix warre=0.5 langstroth=0.5"]),
    # wrappers set aside; examples; corrections
    ("Could you seed 300 ticket sales ASAP so we can test the refunds page? Thanks!", ["rows ticket_sales 300"]),
    ("200 inspections for the board demo tomorrow, e.g. weak and queenless", ["rows inspections 200",
                                                                           "col inspections.outcome mix weak=0.5 queenless=0.5"]),
    ("40 films (not 60), etc.", ["rows films 40"]),
    ("500 harvests; sorry, I meant 350 harvests", ["rows harvests 350"]),
    ("12 apiaries, something like 15 hives each", ["rows apiaries 12", "fk hives.apiary_id fanout 5-25"]),  # a hedge: around 15
])
def test_reading(text: str, lines: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, got


def test_dotted_head_is_that_column_not_a_flag_of_the_value(schema: Schema) -> None:
    # "table.column" names the column: never a column found by the value's word alone
    item = parse("inspections.outcome mostly healthy", schema).items[0]
    assert (item.table, item.column) == ("inspections", "outcome")


def test_what_is_set_aside_is_shown(schema: Schema) -> None:
    scope = parse("Hi team! 80 films for the festival demo on Friday, so QA can try the schedule. Thanks in advance", schema)
    lines = explain_lines(explain(scope, resolve(scope, schema)))
    aside = next(line for line in lines if "set aside" in line)
    assert "for the festival demo on Friday" in aside and "so QA can try the schedule" in aside, lines
    assert scope.to_dict()["aside"] == list(scope.aside)
    assert "rows films 80" in options_brief(resolve(scope, schema).options)



def test_what_is_set_aside_is_saved_and_read_back(schema: Schema, tmp_path) -> None:
    from seedbed.scope.config import load_scope, save_scope

    scope = parse("40 films ASAP, for the jury demo tomorrow", schema)
    save_scope(tmp_path / "seedbed.toml", scope)
    back = load_scope(tmp_path / "seedbed.toml")
    assert back.aside == scope.aside and back.aside and back.items == scope.items


@pytest.mark.parametrize(("text", "word"), [
    ("30 films and add an index on films.title", "index"),
    ("run the migrations first, then 20 apiaries", "migrations"),
    ("60 hives. Also create a view for weak hives.", "view"),
])
def test_what_seedbed_does_not_do_is_quoted_back(text: str, word: str, schema: Schema) -> None:
    res = resolve(parse(text, schema), schema)
    assert any(word in w for w in res.warnings), res.warnings


def test_a_ticket_request_holds_on_the_data(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute(COOP)
    _, expl = scoped(fresh_dsn, "Hey! For the demo tomorrow:\n1) 5 apiaries 2) 8-12 hives per apiary\n"
                                "## Inspections\n- 400 total\n- `outcome`: 'healthy' 75%, 'weak' 25%\n"
                                "ticketSales: 200 (not 300), buyer_email empty for 10%. Thanks!")
    assert not expl.warnings, expl.warnings
    assert one(db, "SELECT count(*) FROM apiaries")[0] == 5
    lo, hi = one(db, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM hives GROUP BY apiary_id) x")
    assert 8 <= lo and hi <= 12
    assert one(db, "SELECT count(*) FROM inspections")[0] == 400
    assert one(db, "SELECT count(*) FROM inspections WHERE outcome NOT IN ('healthy', 'weak')")[0] == 0
    assert 0.6 < one(db, "SELECT avg((outcome = 'healthy')::int) FROM inspections")[0] < 0.9
    assert one(db, "SELECT count(*) FROM ticket_sales")[0] == 200
    assert 0.03 < one(db, "SELECT avg((buyer_email IS NULL)::int) FROM ticket_sales")[0] < 0.2
