"""The readings of brief s6 (session 6) on the data: scope text -> options -> seed on a real database ->
SQL checks of the rows (a bound after a fan-out, a negated place, a relative clause's verb, a numeric
column's values said with its noun, a value said as the person it makes, a currency's name, "X that V:
none", values before their column's noun, a bound before a column of several words)."""

from __future__ import annotations

import psycopg
import pytest

from tests.test_scope_e2e import one, scoped
from tests.test_scope_e2e_more import per_parent

STUDIO = """
CREATE TABLE teachers (id bigserial PRIMARY KEY, full_name text NOT NULL,
                       discipline text NOT NULL CHECK (discipline IN ('violin', 'percussion', 'theory')));
CREATE TABLE halls (id bigserial PRIMARY KEY, name text NOT NULL, seats int NOT NULL CHECK (seats BETWEEN 10 AND 900));
CREATE TABLE pupils (id bigserial PRIMARY KEY, full_name text NOT NULL, country char(2) NOT NULL,
                     grade_level smallint NOT NULL CHECK (grade_level BETWEEN 1 AND 8));
CREATE TABLE lessons (id bigserial PRIMARY KEY, pupil_id bigint NOT NULL REFERENCES pupils,
                      teacher_id bigint NOT NULL REFERENCES teachers, price numeric(8, 2) NOT NULL CHECK (price > 0),
                      currency char(3) NOT NULL CHECK (currency IN ('USD', 'EUR', 'GBP')),
                      status text NOT NULL CHECK (status IN ('held', 'missed', 'cancelled')),
                      tempo text NOT NULL CHECK (tempo IN ('slow', 'medium', 'fast')), practice_points int);
"""


@pytest.fixture
def studio(db: psycopg.Connection) -> psycopg.Connection:
    db.execute(STUDIO)
    return db


def test_a_bound_after_a_fanout_on_the_data(studio: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "40 pupils; 5 teachers; roughly two lessons per pupil, never more than five")
    assert not expl.warnings, expl.warnings
    low, high, _ = per_parent(studio, "lessons", "pupil_id", "pupils")
    assert low >= 0 and high <= 5


def test_values_said_otherwise_on_the_data(studio: psycopg.Connection, fresh_dsn: str) -> None:
    text = ("12 teachers, all violinists; 60 pupils; no pupils outside Spain; pupils in grades 3 and 4 only; "
            "8 halls; halls that hold at least 300 people; 200 lessons; lessons in pounds only; "
            "lessons that cost less than 25 bucks; lessons that were cancelled: none; only slow and medium tempo lessons; "
            "no lesson is worth more than 6 practice points")
    _, expl = scoped(fresh_dsn, text)
    assert not expl.warnings, expl.warnings
    assert one(studio, "SELECT count(*), count(*) FILTER (WHERE discipline = 'violin') FROM teachers") == (12, 12)
    assert one(studio, "SELECT count(*) FILTER (WHERE country <> 'ES'), min(grade_level), max(grade_level) FROM pupils") == (0, 3, 4)
    assert one(studio, "SELECT min(seats) >= 300 FROM halls")[0]
    assert one(studio, "SELECT count(*) FILTER (WHERE currency <> 'GBP' OR status = 'cancelled' OR tempo = 'fast' "
                       "OR price >= 25 OR practice_points > 6) FROM lessons")[0] == 0
