"""CHECK forms real schemas use, seeded on a real database (brief b1, session 16).

Each table is one class of form a blind writer used and seedbed failed on: ``SIMILAR TO`` (deparsed through
``similar_to_escape``), a regex on a ``char(n)`` column (the padding is part of the matched value), ...
Every row is checked by PostgreSQL (the load) and again here in Python where the form is easy to restate.
"""

from __future__ import annotations

import datetime as dt
import re

import psycopg
import pytest

from seedbed import service
from seedbed.errors import UnsatisfiableConstraint
from seedbed.planning.planner import PlanOptions

PATTERNS = """
CREATE TABLE badge_t (id serial PRIMARY KEY,
                      badge varchar(8) NOT NULL UNIQUE CHECK (badge SIMILAR TO 'E[0-9]{5,7}'),
                      mime text CHECK (mime SIMILAR TO '(image|video)/%'));
CREATE TABLE carrier (id serial PRIMARY KEY, scac char(4) NOT NULL UNIQUE CHECK (scac ~ '^[A-Z]{2,4}$'));
"""


def _seed(dsn: str, ddl: str, rows: int = 200) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)
    result = service.seed(dsn, PlanOptions(rows=rows, seed=5))
    assert result.ok, result.verify


def test_similar_to_and_padded_char_patterns_are_generated(fresh_dsn: str) -> None:
    _seed(fresh_dsn, PATTERNS)
    with psycopg.connect(fresh_dsn) as conn:
        badges = conn.execute("SELECT badge, mime FROM badge_t").fetchall()
        scacs = [r[0] for r in conn.execute("SELECT scac::text FROM carrier")]
    assert len(badges) == len(scacs) == 200
    assert all(re.fullmatch(r"E[0-9]{5,7}", b) for b, _ in badges)
    assert all(m is None or re.fullmatch(r"(image|video)/.*", m, re.S) for _, m in badges)
    assert all(re.fullmatch(r"[A-Z]{4}", s) for s in scacs)  # a shorter one would be padded and fail


ROWS_OF_NUMBERS = """
CREATE TABLE lease (id serial PRIMARY KEY, rent numeric(8,2) NOT NULL CHECK (rent > 0),
                    deposit numeric(8,2) NOT NULL, late_fee numeric(6,2) NOT NULL DEFAULT 50,
                    CHECK (deposit BETWEEN 0 AND rent * 2), CHECK (late_fee <= rent * 0.10));
CREATE TABLE branch (id serial PRIMARY KEY,
                     open_days smallint[] NOT NULL CHECK (open_days <@ '{0,1,2,3,4,5,6}' AND cardinality(open_days) BETWEEN 1 AND 7));
"""


def test_shares_of_another_column_and_array_containment(fresh_dsn: str) -> None:
    _seed(fresh_dsn, ROWS_OF_NUMBERS, rows=400)
    with psycopg.connect(fresh_dsn) as conn:
        leases = conn.execute("SELECT rent, deposit, late_fee FROM lease").fetchall()
        days = [r[0] for r in conn.execute("SELECT open_days FROM branch")]
    assert len(leases) == len(days) == 400
    assert all(0 <= d <= 2 * r and f <= r / 10 for r, d, f in leases)
    assert len({d for _, d, _ in leases}) > 100  # a share drawn per row, not one value that fits
    assert all(1 <= len(a) <= 7 and set(a) <= set(range(7)) for a in days)


EVENTS = """
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE venue (venue_id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE gig (
    id serial PRIMARY KEY, venue_id integer NOT NULL REFERENCES venue,
    doors_at timestamptz NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,
    on_sale_at timestamptz NOT NULL,
    CHECK (doors_at <= starts_at - interval '30 minutes'),
    CHECK (starts_at < ends_at AND ends_at <= starts_at + interval '14 hours'),
    CHECK (on_sale_at <= doors_at - interval '1 day'),
    EXCLUDE USING gist (venue_id WITH =, tstzrange(doors_at, ends_at) WITH &&));
"""


def test_a_column_held_inside_an_exclusion_period_is_placed_inside_it(fresh_dsn: str) -> None:
    """The period (doors_at, ends_at) is laid out without overlap; starts_at, which the CHECKs hold between
    its ends, used to keep its first draw and broke ``starts_at < ends_at`` at load (SB310)."""
    _seed(fresh_dsn, EVENTS)
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT doors_at, starts_at, ends_at, on_sale_at FROM gig").fetchall()
    assert len(rows) == 200
    half, day = dt.timedelta(minutes=30), dt.timedelta(days=1)
    assert all(d <= s - half and s < e <= s + dt.timedelta(hours=14) and o <= d - day for d, s, e, o in rows)


OWN_PATH = """
CREATE SCHEMA depot;
SET search_path = depot, public;
CREATE TYPE licence AS ENUM ('B', 'C', 'D');
CREATE FUNCTION needed(seats integer) RETURNS licence LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN seats > 9 THEN 'D'::licence WHEN seats > 4 THEN 'C'::licence ELSE 'B'::licence END $$;
CREATE TABLE vehicles (id serial PRIMARY KEY, seats integer NOT NULL CHECK (seats BETWEEN 1 AND 60),
                       needs licence GENERATED ALWAYS AS (needed(seats)) STORED);
"""


def test_functions_written_under_their_schemas_search_path_run_at_load(fresh_dsn: str) -> None:
    """A generated column calls a function that names its schema's type unqualified: loaded with the
    default search_path it failed with SB300 (type "licence" does not exist)."""
    _seed(fresh_dsn, OWN_PATH, rows=50)
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT seats, needs::text FROM depot.vehicles").fetchall()
    assert len(rows) == 50 and all((n == "D") == (s > 9) for s, n in rows)


MEMBERS = """
CREATE DOMAIN locale AS varchar(5) CHECK (VALUE ~ '^[a-z]{2}(_[A-Z]{2})?$');
CREATE TABLE site (id serial PRIMARY KEY, default_locale locale NOT NULL DEFAULT 'en',
                   locales text[] NOT NULL DEFAULT '{en}', CHECK (default_locale = ANY (locales)));
CREATE TYPE kind AS ENUM ('a', 'b', 'c');
CREATE TABLE doc (id serial PRIMARY KEY, main kind NOT NULL,
                  kinds kind[] NOT NULL CHECK (cardinality(kinds) BETWEEN 1 AND 3), CHECK (main = ANY (kinds)));
"""


def test_an_array_holds_its_rows_value(fresh_dsn: str) -> None:
    """``x = ANY (arr)`` of two columns of the row: drawn apart, 196 of 200 rows failed it (SB403)."""
    _seed(fresh_dsn, MEMBERS)
    with psycopg.connect(fresh_dsn) as conn:
        sites = conn.execute("SELECT default_locale, locales FROM site").fetchall()
        docs = conn.execute("SELECT main::text, kinds::text[] FROM doc").fetchall()
    assert len(sites) == len(docs) == 200
    assert all(d in ls for d, ls in sites) and all(m in ks and 1 <= len(ks) <= 3 for m, ks in docs)
    assert len({d for d, _ in sites}) > 20  # the scalar keeps its own draw: the array follows it


LATE_KEY = """
CREATE TABLE org (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, owner_id uuid NOT NULL);
CREATE TABLE member (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                     org_id uuid NOT NULL REFERENCES org DEFERRABLE INITIALLY DEFERRED, UNIQUE (id, org_id));
ALTER TABLE org ADD FOREIGN KEY (owner_id, id) REFERENCES member (id, org_id) DEFERRABLE INITIALLY DEFERRED;
"""


def test_a_cycle_edge_holding_the_tables_own_key_is_refused_before_loading(fresh_dsn: str) -> None:
    """The owner must be a member of the same org: the edge (owner_id, id) holds org's key. It loaded org.id
    NULL (SB310); now the plan refuses it with SB403 naming the FK, and nothing is written."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(LATE_KEY)
    with pytest.raises(UnsatisfiableConstraint) as err:
        service.seed(fresh_dsn, PlanOptions(rows=20, seed=5))
    assert err.value.code == "SB403" and "org_owner_id_id_fkey" in str(err.value.subject)
