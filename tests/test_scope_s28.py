"""Brief s28 of session 13: a table said by the business's word for its rows, read from the schema's own evidence, on
schemas made up here (a landscaping firm, a print shop, a lab) in domains unlike the tune set's (a moving company) and
the held-out set's (a wind farm, a pottery studio).

- its columns say what a row is: ``visit_date`` / ``visit_type`` make a row of ``work_orders`` a visit, ``est_cost``
  and ``est_hours`` a row of ``proposals`` an estimate; a word whose column is said with it ("visit date") or whose
  table is said in the clause stays the column's; two tables with the evidence are asked back (SB111) with both
  named, never guessed (``scope.rowevidence``);
- a group's word counted is its table of people ("20 team" of ``team_members``, not ``order_team``), the group itself
  ("a team of 3") is not;
- a place of the business's own (where its workers are based) is what "branches", "locations" say
  (``scope.rowwords``), never a table of addresses people own;
- a word of a table's name said by its letters ("dmg reports" of ``damage_reports``), never an English word;
- the event a moment column's verb names ("arrivals" of ``arrived_at``), never a row's bookkeeping (``created_at``);
- a noun WordNet relates to a table in a later sense only ("lorries": trucks), read beside a table it refers to or
  that refers to it, and so in the rest of the request; alone it is asked back.
"""

from __future__ import annotations

import pytest

from seedbed.errors import AmbiguousWord, ScopeError
from seedbed.scope import parse, resolve
from seedbed.scope.compounds import _abbreviated
from tests.test_scope import brief, schemas_of

LANDSCAPING = """
CREATE TABLE yards (id serial PRIMARY KEY, code char(4) NOT NULL, city text NOT NULL, street_addr text NOT NULL);
CREATE TABLE team_members (id serial PRIMARY KEY, yard_id int NOT NULL REFERENCES yards, first_name text NOT NULL,
                           last_name text NOT NULL, is_active boolean NOT NULL DEFAULT true, hired_on date NOT NULL);
CREATE TABLE clients (id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE work_orders (id serial PRIMARY KEY, client_id int NOT NULL REFERENCES clients,
                          yard_id int NOT NULL REFERENCES yards, visit_date date NOT NULL,
                          visit_type text NOT NULL CHECK (visit_type IN ('mowing', 'pruning', 'planting')),
                          price numeric(8,2) NOT NULL);
CREATE TABLE order_team (order_id int NOT NULL REFERENCES work_orders, member_id int NOT NULL REFERENCES team_members,
                         PRIMARY KEY (order_id, member_id));
CREATE TABLE proposals (id serial PRIMARY KEY, client_id int NOT NULL REFERENCES clients, est_hours numeric(5,1) NOT NULL,
                        est_cost numeric(8,2) NOT NULL, status text NOT NULL CHECK (status IN ('sent', 'won', 'lost')));
CREATE TABLE damage_reports (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES work_orders, notes text);
"""
#: Two tables whose columns both say a row is a visit: "visits" is asked back.
LAB = """
CREATE TABLE patients (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE screenings (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients, visit_date date NOT NULL);
CREATE TABLE follow_ups (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients, visit_date date NOT NULL);
"""
#: Addresses people own are no place of the business: "branches" names nothing here.
SHOP = """
CREATE TABLE users (id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE addresses (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users, city text NOT NULL,
                        postcode text NOT NULL);
CREATE TABLE trucks (id serial PRIMARY KEY, plate text NOT NULL, last_service_dt date);
"""

#: A haulier: trucks are "lorries" only in WordNet's second sense, confirmed by the hub they are counted per; the
#: drivers of a delivery are a link table, no table of people.
HAULIER = """
CREATE TABLE hubs (id serial PRIMARY KEY, city text NOT NULL, postcode text NOT NULL);
CREATE TABLE drivers (id serial PRIMARY KEY, hub_id int NOT NULL REFERENCES hubs, full_name text NOT NULL);
CREATE TABLE trucks (id serial PRIMARY KEY, hub_id int NOT NULL REFERENCES hubs, plate text NOT NULL,
                     status text NOT NULL CHECK (status IN ('available', 'in_service', 'retired')));
CREATE TABLE deliveries (id serial PRIMARY KEY, truck_id int REFERENCES trucks, due_on date NOT NULL);
CREATE TABLE delivery_drivers (delivery_id int NOT NULL REFERENCES deliveries, driver_id int NOT NULL REFERENCES drivers,
                               PRIMARY KEY (delivery_id, driver_id));
CREATE TABLE stops (id serial PRIMARY KEY, delivery_id int NOT NULL REFERENCES deliveries,
                    arrived_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, landscaping=LANDSCAPING, lab=LAB, shop=SHOP, haulier=HAULIER)


@pytest.mark.parametrize(("text", "lines"), [
    # a word its columns say each row is
    ("30 clients, each with 2 to 6 visits", ["rows clients 30", "fk work_orders.client_id fanout 2-6"]),
    ("200 visits, a quarter of them pruning", ["rows work_orders 200", "col work_orders.visit_type mix pruning=0.25"]),
    ("every client gets 1-3 estimates", ["fk proposals.client_id fanout 1-3"]),
    ("40 estimates", ["rows proposals 40"]),
    # a group's word counted: its people
    ("20 team", ["rows team_members 20"]),
    ("10 yards and twice as many team", ["rows yards 10", "rows team_members 20"]),
    ("no inactive team", ["col team_members.is_active mix true=1"]),
    # the business's own places
    ("3 branches", ["rows yards 3"]),
    ("every location handles 30 to 50 visits", ["fk work_orders.yard_id fanout 30-50"]),
    # a word of a table's name by its letters
    ("dmg reports: 12", ["rows damage_reports 12"]),
])
def test_business_words_for_rows(text: str, lines: list[str], schemas) -> None:
    got = brief(text, schemas["landscaping"])
    for line in lines:
        assert any(g.lower().startswith(line) for g in got), (line, got)


def test_a_word_two_tables_evidence_is_asked_back(schemas) -> None:
    with pytest.raises(AmbiguousWord) as err:
        resolve(parse("40 visits", schemas["lab"]), schemas["lab"])
    assert err.value.code == "SB111"
    assert "'visits'" in err.value.message and "screenings" in err.value.message and "follow_ups" in err.value.message
    assert err.value.hint == "say which table: follow_ups, screenings" or err.value.hint == "say which table: screenings, follow_ups"


def test_a_related_table_narrows_the_evidence(schemas) -> None:
    # both tables' rows are visits, but the clause counts them per patient either way: still two, still asked
    with pytest.raises(AmbiguousWord):
        resolve(parse("10 patients, each with 1 to 4 visits", schemas["lab"]), schemas["lab"])


@pytest.mark.parametrize("text", [
    "3 branches",  # addresses people own are no branches
    "12 services",  # last_service_dt says when a truck was last serviced, not that a truck is a service
])
def test_no_evidence_no_reading(text: str, schemas) -> None:
    with pytest.raises(ScopeError) as err:
        resolve(parse(text, schemas["shop"]), schemas["shop"])
    assert not isinstance(err.value, AmbiguousWord)


def test_a_column_said_with_its_word_stays_the_column(schemas) -> None:
    s = schemas["landscaping"]
    res = resolve(parse("visit dates in 2025", s), s)
    assert any("visit_date" in line for line in _lines(res)), _lines(res)


def _lines(res) -> list[str]:
    from tests.test_scope import options_brief
    return options_brief(res.options)


@pytest.mark.parametrize(("said", "words", "want"), [
    ("dmg", {"damage", "report"}, "damage"),
    ("mgr", {"manager", "store"}, "manager"),
    ("bldg", {"building", "floor"}, "building"),
    ("dog", {"dialog", "damage"}, None),  # an English word
    ("dpt", {"department", "deposit"}, None),  # two words keep its letters
    ("dm", {"dm"}, None),
])
def test_abbreviated_by_its_letters(said: str, words: set[str], want: str | None) -> None:
    assert _abbreviated(said, frozenset(words)) == want


def test_a_later_sense_confirmed_by_a_neighbour_holds_for_the_whole_request(schemas) -> None:
    s = schemas["haulier"]
    got = brief("5 hubs, and every hub has 3 to 6 lorries. 60 percent of the lorries should be available", s)
    assert "fk trucks.hub_id fanout 3-6" in got, got
    assert any(g.startswith("col trucks.status mix available=0.6") for g in got), got


def test_a_later_sense_alone_is_asked_back(schemas) -> None:
    with pytest.raises(AmbiguousWord) as err:
        resolve(parse("40 lorries", schemas["haulier"]), schemas["haulier"])
    assert "'lorries'" in err.value.message and err.value.hint == "say which table: trucks"


def test_a_link_table_holds_no_people(schemas) -> None:
    # "employees": the workers are drivers, never delivery_drivers (who drives which delivery)
    assert "rows drivers 20" in brief("20 employees", schemas["haulier"])


def test_the_event_a_moment_column_names(schemas) -> None:
    s = schemas["haulier"]
    assert "rows stops 300" in brief("300 arrivals", s)  # arrived_at: each row is an arrival
    with pytest.raises(ScopeError):  # created_at is the row's bookkeeping, no event
        resolve(parse("50 creations", s), s)
