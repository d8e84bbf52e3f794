"""The readings of brief s7 (the lead's set 11) on the data: scope text -> options -> seed on a real
database -> SQL checks of the rows (a rowing club made up here)."""

from __future__ import annotations

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped

CLUB = """
CREATE TABLE crews (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE rowers (id bigserial PRIMARY KEY, crew_id bigint NOT NULL REFERENCES crews,
                     full_name text NOT NULL, gender char(1) NOT NULL CHECK (gender IN ('F', 'M', 'X')),
                     grade text NOT NULL CHECK (grade IN ('novice', 'senior', 'masters')),
                     country char(2) NOT NULL, medals int NOT NULL CHECK (medals BETWEEN 0 AND 9));
CREATE TABLE fees (id bigserial PRIMARY KEY, rower_id bigint NOT NULL REFERENCES rowers,
                   period text NOT NULL CHECK (period IN ('week', 'month', 'season')),
                   standing text NOT NULL CHECK (standing IN ('due', 'settled', 'waived')), settled_at timestamptz);
CREATE TABLE sponsors (id bigserial PRIMARY KEY, name text NOT NULL,
                       percent_off int NOT NULL CHECK (percent_off BETWEEN 1 AND 100));
"""


@pytest.fixture
def club(db: psycopg.Connection) -> psycopg.Connection:
    db.execute(CLUB)
    return db


def test_values_said_many_ways_on_the_data(club: psycopg.Connection, fresh_dsn: str) -> None:
    """"every one of them", people as values, a value before the table with "only", countries joined by
    "and", "no" before a number column, a range of percents, rows for a share of a parent table."""
    _, expl = scoped(fresh_dsn, "200 rowers, every one of them novice; 60% women; rowers from Norway and Denmark; "
                                "rowers with no medals; weekly fees only; fees for a tenth of rowers; "
                                "sponsors giving between 5 and 15 percent off")
    assert not expl.warnings, expl.warnings
    assert counts(club, "rowers", "fees")["rowers"] == 200
    assert counts(club, "rowers", "fees")["fees"] == 20
    assert one(club, "SELECT count(*) FILTER (WHERE grade <> 'novice') FROM rowers")[0] == 0
    women = one(club, "SELECT avg((gender = 'F')::int)::float FROM rowers")[0]
    assert 0.5 <= women <= 0.7, women
    assert {r[0] for r in club.execute("SELECT DISTINCT country FROM rowers")} == {"NO", "DK"}
    norway = one(club, "SELECT avg((country = 'NO')::int)::float FROM rowers")[0]
    assert 0.35 <= norway <= 0.65, norway
    assert one(club, "SELECT max(medals) FROM rowers")[0] == 0
    assert {r[0] for r in club.execute("SELECT DISTINCT period FROM fees")} == {"week"}
    assert one(club, "SELECT min(percent_off) >= 5 AND max(percent_off) <= 15 FROM sponsors")[0]


def test_a_restated_value_on_the_data(club: psycopg.Connection, fresh_dsn: str) -> None:
    """"a fifth of the fees unsettled, still due": about a fifth due (and not settled)."""
    _, expl = scoped(fresh_dsn, "50 rowers, 400 fees; a fifth of the fees unsettled, still due")
    assert not expl.warnings, expl.warnings
    due = one(club, "SELECT avg((standing = 'due')::int)::float FROM fees")[0]
    assert 0.12 <= due <= 0.28, due
