"""Tables and columns said with several words, clipped or swapped (brief s15 of session 9, ``seedbed.scope.compounds``).

Each class on a small schema of its own, two domains at once (a clinical lab and a marina; no table of it is in the
phrase sets): a clipped word of a table's name ("depts", "txns"), a table of several words with one word said by a
synonym ("purchase requests", "maintenance jobs"), a noun that adds nothing after a table's word ("patient records"),
a value before a table of several words or with its column's word between ("urgent lab requests", "gold tier
members"), a reference's role as its rows ("each collector has 5-20 lab requests"), a possessive before a count
("every patient's lab requests: 1-4"), a number column of several words said with spaces, hyphens or its unit after
the number. Words that name nothing stay quoted back. All failed on 3a66286 (checked) but the last.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from seedbed.scope.compounds import table_said
from tests.test_scope import options_brief

DDL = """
CREATE TABLE departments (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE nurses (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments, full_name text NOT NULL);
CREATE TABLE patients (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE lab_requests (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients,
                           collector_id int NOT NULL REFERENCES nurses,
                           priority text NOT NULL CHECK (priority IN ('routine', 'urgent', 'stat')),
                           turnaround_hours int NOT NULL CHECK (turnaround_hours > 0));
CREATE TABLE procurement_requests (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments,
                                   amount numeric(10,2) NOT NULL CHECK (amount >= 0));
CREATE TABLE ledger_transactions (id serial PRIMARY KEY, amount numeric(10,2) NOT NULL);
CREATE TABLE berth_holders (id serial PRIMARY KEY, membership_tier text NOT NULL
                            CHECK (membership_tier IN ('bronze', 'silver', 'gold')), boat_count int NOT NULL DEFAULT 1);
CREATE TABLE vessels (id serial PRIMARY KEY, holder_id int NOT NULL REFERENCES berth_holders,
                      hull_length numeric(5,2) NOT NULL CHECK (hull_length > 0),
                      mooring_fee_days int NOT NULL CHECK (mooring_fee_days > 0));
CREATE TABLE maintenance_tasks (id serial PRIMARY KEY, vessel_id int NOT NULL REFERENCES vessels,
                                state text NOT NULL CHECK (state IN ('open', 'done')));
"""


@pytest.fixture(scope="module")
def lab(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    dsn = next(gen)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(DDL)
        schema = service.load_schema(conn)
    yield schema
    next(gen, None)


def _read(text: str, schema) -> list[str]:
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("text", "lines"), [
    # a clipped word of a table's name, singular or plural
    ("30 depts", ["rows departments 30"]),
    ("2k txns", ["rows ledger_transactions 2000"]),
    ("each dept has 2-6 nurses", ["fk nurses.department_id fanout 2-6"]),
    # a table of several words with one of them said by a synonym; a noun adding nothing after a table's word
    ("120 purchase requests", ["rows procurement_requests 120"]),
    ("80 maintenance jobs", ["rows maintenance_tasks 80"]),
    ("300 patient records", ["rows patients 300"]),
    # a value before a table of several words, or with its column's word between
    ("50 urgent lab requests", ["rows lab_requests 50", "col lab_requests.priority mix urgent=1"]),
    ("40 gold tier berth holders", ["rows berth_holders 40", "col berth_holders.membership_tier mix gold=1"]),
    ("no open maintenance tasks", ["col maintenance_tasks.state mix open=0 done=1"]),
    # a reference's role for its rows; a possessive before a count
    ("each collector has 5-20 lab requests", ["fk lab_requests.collector_id fanout 5-20"]),
    ("every patient's lab requests: 1-4", ["fk lab_requests.patient_id fanout 1-4"]),
    ("each berth holder's vessels: between 1 and 3", ["fk vessels.holder_id fanout 1-3"]),
    # a number column of several words, with spaces, a hyphen, a table's word before it, its unit after the number
    ("turnaround hours between 2 and 48", ["col lab_requests.turnaround_hours range 2..48"]),
    ("lab request turnaround hours under 72", ["col lab_requests.turnaround_hours range -..72"]),
    ("hull-length 6 to 25", ["col vessels.hull_length range 6..25"]),
    ("vessels with a mooring fee of 7-30 days", ["col vessels.mooring_fee_days range 7..30"]),
])
def test_read(text: str, lines: list[str], lab) -> None:
    got = _read(text, lab)
    for line in lines:
        assert line in got, got


def test_a_swapped_word_names_one_table(lab) -> None:
    names = tuple(t.name.name for t in lab.tables)
    assert table_said("purchase requests", names) == "procurement_requests"
    assert table_said("maintenance jobs", names) == "maintenance_tasks"
    assert table_said("maintenance widgets", names) is None


@pytest.mark.parametrize("text", ["200 maintenance widgets", "40 flurb members", "each blorp has 2-4 lab requests",
                                  "30 zqx"])
def test_words_naming_nothing_are_quoted_back(text: str, lab) -> None:
    """A word of no table's name is never swapped in: an error or a warning quotes it."""
    try:
        res = resolve(parse(text, lab), lab)
    except ScopeError:
        return
    assert res.warnings, options_brief(res.options)
