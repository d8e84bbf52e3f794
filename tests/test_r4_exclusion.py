"""Exclusion constraints refused as "not a form seedbed generates" though their range can be laid out.

* A range column that is also part of a key with the ``=`` columns (``PRIMARY KEY (berth_id, stay)`` beside
  ``EXCLUDE (berth_id WITH =, stay WITH &&)``): the layout keeps such a key anyway (rows of one berth take
  disjoint slots, so distinct stays), as it already did for a period's lower column.
* A range of a column and that column plus a constant (``tsrange(starts_at, starts_at + interval '45
  minutes')``, ``daterange(out_on, out_on + 14)``, ``int4range(first_bay, first_bay + 3)``): every range is as
  long as the constant; only the lower column is written, in slots that hold the constant. Two such
  constraints over one range (per studio, per teacher) share one layout.
"""

from __future__ import annotations

from tests.test_exclusion import run, seed_clean
from tests.test_partial_unique import one


def test_range_column_in_the_key_with_its_equal_columns(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE berths (berth_id int PRIMARY KEY, pontoon text NOT NULL);
        CREATE TABLE berth_bookings (
            berth_id int NOT NULL REFERENCES berths,
            stay daterange NOT NULL,
            boat_name text NOT NULL,
            PRIMARY KEY (berth_id, stay),
            EXCLUDE USING gist (berth_id WITH =, stay WITH &&)
        );
    """)
    assert seed_clean(fresh_dsn, {"berths": 15, "berth_bookings": 300}) == {"berths": 15, "berth_bookings": 300}
    n, = one(fresh_dsn, "SELECT count(*) FROM berth_bookings a JOIN berth_bookings b ON a.ctid < b.ctid "
                        "AND a.berth_id = b.berth_id AND a.stay && b.stay")
    assert n == 0


def test_column_plus_constant_interval_twice_with_where(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE studios (studio_id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE teachers (teacher_id int PRIMARY KEY, full_name text NOT NULL);
        CREATE TABLE lessons (
            lesson_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            studio_id int NOT NULL REFERENCES studios,
            teacher_id int NOT NULL REFERENCES teachers,
            starts_at timestamp NOT NULL,
            cancelled boolean NOT NULL DEFAULT false,
            EXCLUDE USING gist (studio_id WITH =, tsrange(starts_at, starts_at + interval '45 minutes') WITH &&)
                WHERE (NOT cancelled),
            EXCLUDE USING gist (teacher_id WITH =, tsrange(starts_at, starts_at + interval '45 minutes') WITH &&)
                WHERE (NOT cancelled)
        );
    """)
    assert seed_clean(fresh_dsn, {"studios": 6, "teachers": 8, "lessons": 250})["lessons"] == 250
    for key in ("studio_id", "teacher_id"):
        n, = one(fresh_dsn, f"SELECT count(*) FROM lessons a JOIN lessons b ON a.lesson_id < b.lesson_id "
                            f"AND a.{key} = b.{key} AND NOT a.cancelled AND NOT b.cancelled "
                            "AND tsrange(a.starts_at, a.starts_at + interval '45 minutes') "
                            "&& tsrange(b.starts_at, b.starts_at + interval '45 minutes')")
        assert n == 0


def test_date_plus_days_and_integer_plus_units(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE kits (kit_id int PRIMARY KEY, label text NOT NULL);
        CREATE TABLE kit_loans (
            loan_id int PRIMARY KEY,
            kit_id int NOT NULL REFERENCES kits,
            out_on date NOT NULL,
            EXCLUDE USING gist (kit_id WITH =, daterange(out_on, out_on + 14) WITH &&)
        );
        CREATE TABLE car_parks (park_id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE coach_bays (
            bay_id int PRIMARY KEY,
            park_id int NOT NULL REFERENCES car_parks,
            first_bay int NOT NULL CHECK (first_bay >= 1),
            EXCLUDE USING gist (park_id WITH =, int4range(first_bay, first_bay + 3) WITH &&)
        );
    """)
    seed_clean(fresh_dsn, {"kits": 10, "kit_loans": 200, "car_parks": 5, "coach_bays": 100})
    n, = one(fresh_dsn, "SELECT count(*) FROM kit_loans a JOIN kit_loans b ON a.loan_id < b.loan_id "
                        "AND a.kit_id = b.kit_id AND daterange(a.out_on, a.out_on + 14) && daterange(b.out_on, b.out_on + 14)")
    m, = one(fresh_dsn, "SELECT count(*) FROM coach_bays a JOIN coach_bays b ON a.bay_id < b.bay_id "
                        "AND a.park_id = b.park_id AND int4range(a.first_bay, a.first_bay + 3) "
                        "&& int4range(b.first_bay, b.first_bay + 3)")
    assert n == 0 and m == 0
