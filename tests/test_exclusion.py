"""Exclusion constraints (issue 16, class 4): per key value, ranges must not overlap.

Range columns and periods built from two columns are laid out in disjoint slots per value of
the ``=`` columns, seeded at 1,000 rows with zero violations; ``verify`` checks every exclusion
constraint with its own operators and catches a planted overlap; a form seedbed cannot lay out
is refused with a coded error naming the constraint.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

import seedbed
from seedbed import service
from seedbed.errors import UnsatisfiableConstraint
from seedbed.verify import verify
from tests.test_parallel import small_chunks  # noqa: F401 - a fixture
from tests.test_partial_unique import one

ROWS = 1000


def run(dsn: str, ddl: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        conn.execute(ddl)


def seed_clean(dsn: str, rows: int | dict[str, int] = ROWS, seed: int = 5) -> dict[str, int]:
    result = seedbed.seed(dsn, rows=rows, seed=seed)
    assert result.ok, [p.message for p in result.verify.problems]
    assert result.verify.checked["exclusion"] >= 1
    return result.tables


def overlaps(dsn: str, table: str, key: str | None, period: str) -> int:
    """Overlapping pairs (per ``key`` value, or across the table), counted independently of
    seedbed and of the constraint."""
    same = sql.SQL("a.{k} = b.{k}").format(k=sql.Identifier(key)) if key else sql.SQL("true")
    q = sql.SQL("SELECT count(*) FROM {t} a JOIN {t} b ON a.id < b.id AND {same} AND {pa} && {pb}").format(
        t=sql.Identifier(table), same=same, pa=sql.SQL(period.format(r="a")), pb=sql.SQL(period.format(r="b")))
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(q).fetchone()[0]


def test_room_bookings_do_not_overlap(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE rooms (id serial PRIMARY KEY, name text NOT NULL);
        CREATE TABLE bookings (
            id serial PRIMARY KEY,
            room_id int NOT NULL REFERENCES rooms,
            during tstzrange NOT NULL,
            CHECK (lower(during) < upper(during)),
            CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
            EXCLUDE USING gist (room_id WITH =, during WITH &&)
        );
    """)
    assert seed_clean(fresh_dsn, {"rooms": 10, "bookings": ROWS}) == {"rooms": 10, "bookings": ROWS}
    assert overlaps(fresh_dsn, "bookings", "room_id", "{r}.during") == 0
    rooms, = one(fresh_dsn, "SELECT count(DISTINCT room_id) FROM bookings")
    assert rooms == 10


def test_two_column_period_per_resource(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE prices (
            id serial PRIMARY KEY,
            resource text NOT NULL CHECK (resource IN ('a', 'b', 'c', 'd')),
            amount numeric(8, 2) NOT NULL CHECK (amount > 0),
            valid_from date NOT NULL CHECK (valid_from >= '2024-01-01'),
            valid_to date NOT NULL,
            CHECK (valid_from < valid_to),
            EXCLUDE USING gist (resource WITH =, daterange(valid_from, valid_to) WITH &&)
        );
    """)
    assert seed_clean(fresh_dsn) == {"prices": ROWS}
    assert overlaps(fresh_dsn, "prices", "resource", "daterange({r}.valid_from, {r}.valid_to)") == 0
    first, = one(fresh_dsn, "SELECT min(valid_from) FROM prices")
    assert str(first) >= "2024-01-01"


def test_whole_table_timeline_and_inclusive_period(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE shifts (id serial PRIMARY KEY, during tsrange, EXCLUDE USING gist (during WITH &&));
        CREATE TABLE slots (
            id serial PRIMARY KEY,
            starts timestamp NOT NULL,
            ends timestamp NOT NULL CHECK (ends > starts),
            EXCLUDE USING gist (tsrange(starts, ends, '[]') WITH &&)
        );
        CREATE TABLE lanes (id serial PRIMARY KEY, lane smallint NOT NULL CHECK (lane BETWEEN 1 AND 3),
                            span int4range NOT NULL, weight numrange,
                            EXCLUDE USING gist (lane WITH =, span WITH &&),
                            EXCLUDE USING gist (weight WITH &&));
    """)
    assert seed_clean(fresh_dsn) == {"shifts": ROWS, "slots": ROWS, "lanes": ROWS}
    assert overlaps(fresh_dsn, "shifts", None, "{r}.during") == 0
    assert overlaps(fresh_dsn, "slots", None, "tsrange({r}.starts, {r}.ends, '[]')") == 0
    assert overlaps(fresh_dsn, "lanes", "lane", "{r}.span") == 0
    assert overlaps(fresh_dsn, "lanes", None, "{r}.weight") == 0


def test_two_constraints_on_one_range_share_a_layout(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE rooms (id serial PRIMARY KEY);
        CREATE TABLE guests (id serial PRIMARY KEY);
        CREATE TABLE stays (
            id serial PRIMARY KEY,
            room_id int NOT NULL REFERENCES rooms,
            guest_id int NOT NULL REFERENCES guests,
            nights daterange NOT NULL,
            status text NOT NULL CHECK (status IN ('booked', 'cancelled')),
            EXCLUDE USING gist (room_id WITH =, nights WITH &&) WHERE (status <> 'cancelled'),
            EXCLUDE USING gist (guest_id WITH =, nights WITH &&, status WITH =)
        );
    """)
    assert seed_clean(fresh_dsn, {"rooms": 5, "guests": 40, "stays": ROWS})["stays"] == ROWS
    assert overlaps(fresh_dsn, "stays", "room_id", "{r}.nights") == 0
    assert overlaps(fresh_dsn, "stays", "guest_id", "{r}.nights") == 0


def test_same_seed_same_ranges(fresh_dsn: str, other_dsn: str) -> None:
    ddl = """
        CREATE TABLE desks (id serial PRIMARY KEY, floor int NOT NULL CHECK (floor BETWEEN 1 AND 4),
                            booked tstzrange NOT NULL, EXCLUDE USING gist (floor WITH =, booked WITH &&));
    """
    sums = []
    for dsn in (fresh_dsn, other_dsn):
        run(dsn, ddl)
        seed_clean(dsn, 300, seed=9)
        sums.append(one(dsn, "SELECT md5(string_agg(d::text, '|' ORDER BY id)) FROM desks d"))
    assert sums[0] == sums[1]


def test_a_form_not_laid_out_is_refused_with_its_name(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE zones (id serial PRIMARY KEY, area box NOT NULL, EXCLUDE USING gist (area WITH &&));
    """)
    with pytest.raises(UnsatisfiableConstraint) as info:
        seedbed.seed(fresh_dsn, rows=10, seed=1)
    assert "zones_area_excl" in info.value.message and info.value.hint
    assert info.value.subject == "zones.zones_area_excl"
    assert one(fresh_dsn, "SELECT count(*) FROM zones") == (0,)
    assert seedbed.seed(fresh_dsn, rows=1, seed=1).ok  # one row can never conflict


def test_verify_catches_a_planted_overlap(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE rooms (id serial PRIMARY KEY);
        CREATE TABLE bookings (id serial PRIMARY KEY, room_id int NOT NULL REFERENCES rooms,
                               starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,
                               CONSTRAINT no_double_booking
                                   EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&));
    """)
    seed_clean(fresh_dsn, {"rooms": 8, "bookings": ROWS})
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        conn.execute("ALTER TABLE bookings DROP CONSTRAINT no_double_booking")
        # Another period in the same room is fine; an overlapping one is not.
        conn.execute("INSERT INTO bookings (room_id, starts_at, ends_at) "
                     "SELECT room_id, '2100-01-01', '2100-01-02' FROM bookings WHERE id = 1")
        assert verify(conn, schema).ok
        conn.execute("INSERT INTO bookings (room_id, starts_at, ends_at) "
                     "SELECT room_id, starts_at + interval '1 minute', ends_at FROM bookings WHERE id = 2")
        report = verify(conn, schema)
    assert [(p.kind, p.constraint, p.count) for p in report.problems] == [("exclusion", "no_double_booking", 1)]
    assert "no_double_booking" in report.problems[0].message and report.problems[0].sample


def test_many_chunks_and_workers_keep_ranges_apart(small_chunks: None, fresh_dsn: str, other_dsn: str) -> None:
    """Rows of one key in different chunks (made by different processes) never share a slot."""
    ddl = """
        CREATE TABLE rooms (id serial PRIMARY KEY);
        CREATE TABLE bookings (id serial PRIMARY KEY, room_id int NOT NULL REFERENCES rooms,
                               during tstzrange NOT NULL, EXCLUDE USING gist (room_id WITH =, during WITH &&));
    """
    sums = []
    for dsn, workers in ((fresh_dsn, 1), (other_dsn, 2)):
        run(dsn, ddl)
        result = service.seed(dsn, service.PlanOptions(rows_per_table={"rooms": 4, "bookings": 2000}, seed=4),
                              workers=workers)
        assert result.ok, [p.message for p in result.verify.problems]
        assert overlaps(dsn, "bookings", "room_id", "{r}.during") == 0
        sums.append(one(dsn, "SELECT md5(string_agg(b::text, '|' ORDER BY id)) FROM bookings b"))
    assert sums[0] == sums[1]


def test_a_period_keeps_its_order_with_other_columns(fresh_dsn: str) -> None:
    """CHECKs tying the period to the row's other columns hold after the layout."""
    run(fresh_dsn, """
        CREATE TABLE rooms (id serial PRIMARY KEY);
        CREATE TABLE stays (
            id serial PRIMARY KEY,
            room_id int NOT NULL REFERENCES rooms,
            booked_at timestamptz NOT NULL,
            starts_at timestamptz NOT NULL,
            ends_at timestamptz NOT NULL,
            checked_out_at timestamptz,
            CHECK (starts_at >= booked_at),
            CHECK (ends_at > starts_at),
            CHECK (checked_out_at IS NULL OR checked_out_at >= ends_at),
            EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        );
    """)
    assert seed_clean(fresh_dsn, {"rooms": 6, "stays": ROWS})["stays"] == ROWS
    assert overlaps(fresh_dsn, "stays", "room_id", "tstzrange({r}.starts_at, {r}.ends_at)") == 0
    late, = one(fresh_dsn, "SELECT count(*) FROM stays WHERE checked_out_at IS NOT NULL")
    assert late > 0


def test_a_check_the_layout_does_not_read_is_met_by_the_oracle(fresh_dsn: str) -> None:
    """A CHECK on the range that seedbed cannot fold (a bounded duration) is asked of the
    database; refused rows get another length in their slot."""
    run(fresh_dsn, """
        CREATE TABLE rooms (id serial PRIMARY KEY);
        CREATE TABLE meetings (id serial PRIMARY KEY, room_id int NOT NULL REFERENCES rooms,
                               during tstzrange NOT NULL,
                               CONSTRAINT short CHECK (upper(during) - lower(during) <= interval '3 hours'),
                               EXCLUDE USING gist (room_id WITH =, during WITH &&));
    """)
    assert seed_clean(fresh_dsn, {"rooms": 5, "meetings": 300})["meetings"] == 300
    assert overlaps(fresh_dsn, "meetings", "room_id", "{r}.during") == 0


def test_equality_only_exclusions_are_unique_keys(fresh_dsn: str) -> None:
    """``EXCLUDE (x WITH =)`` is a unique key (NULLs never conflict); with a predicate, a partial one."""
    run(fresh_dsn, """
        CREATE TABLE badges (id serial PRIMARY KEY, code int NOT NULL CHECK (code BETWEEN 1 AND 50),
                             EXCLUDE USING btree (code WITH =));
        CREATE TABLE seats (id serial PRIMARY KEY, seat int NOT NULL CHECK (seat BETWEEN 1 AND 40),
                            active boolean NOT NULL,
                            CONSTRAINT one_active_per_seat EXCLUDE USING btree (seat WITH =) WHERE (active));
    """)
    assert seed_clean(fresh_dsn) == {"badges": 50, "seats": ROWS}
    active, seats = one(fresh_dsn, "SELECT count(*), count(DISTINCT seat) FROM seats WHERE active")
    assert active == seats > 0
