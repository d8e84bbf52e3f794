"""An FK sharing a column with another FK of its row picks its parent within the row's group.

``FOREIGN KEY (warehouse_id, overflow_bin) REFERENCES bins (warehouse_id, bin_code)`` beside ``warehouse_id
REFERENCES warehouses``: the longer self-reference took ``warehouse_id`` and the warehouse FK was dropped ("its
columns follow the first"), so the first rows had a NULL warehouse (SB310). Now other tables' FKs come first and
the self-reference picks an earlier bin of the same warehouse (its first bin: none, or itself where the column is
NOT NULL). Two FKs to one parent sharing a column (a game's two players of one club) take two players of the club.
"""

from __future__ import annotations

from tests.test_exclusion import run
from tests.test_partial_unique import one

import seedbed


def _seed(dsn: str, rows: dict[str, int]) -> dict[str, int]:
    result = seedbed.seed(dsn, rows=rows, seed=5)
    assert result.ok, [p.message for p in result.verify.problems]
    return result.tables


def test_a_self_reference_within_its_group(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE warehouses (warehouse_id int PRIMARY KEY, city text NOT NULL);
        CREATE TABLE bins (
            warehouse_id int NOT NULL REFERENCES warehouses,
            bin_code int NOT NULL CHECK (bin_code > 0),
            overflow_bin int,
            PRIMARY KEY (warehouse_id, bin_code),
            FOREIGN KEY (warehouse_id, overflow_bin) REFERENCES bins (warehouse_id, bin_code),
            CHECK (overflow_bin <> bin_code)
        );
        CREATE TABLE companies (company_id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE departments (
            company_id int NOT NULL REFERENCES companies,
            dept_no int NOT NULL,
            reports_to int NOT NULL,
            PRIMARY KEY (company_id, dept_no),
            FOREIGN KEY (company_id, reports_to) REFERENCES departments (company_id, dept_no)
        );
    """)
    got = _seed(fresh_dsn, {"warehouses": 8, "bins": 300, "companies": 10, "departments": 200})
    assert got["bins"] == 300 and got["departments"] == 200
    linked, = one(fresh_dsn, "SELECT count(*) FROM bins WHERE overflow_bin IS NOT NULL")
    assert linked > 100  # most bins of a warehouse with many have an overflow bin of it
    roots, = one(fresh_dsn, "SELECT count(*) FROM departments WHERE reports_to = dept_no")
    assert roots < 200


def test_two_references_to_one_parent_sharing_a_column(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE clubs (club_id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE members (
            member_id int NOT NULL,
            club_id int NOT NULL REFERENCES clubs,
            full_name text NOT NULL,
            PRIMARY KEY (member_id),
            UNIQUE (member_id, club_id)
        );
        CREATE TABLE games (
            game_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            club_id int NOT NULL,
            white_player int NOT NULL,
            black_player int NOT NULL,
            FOREIGN KEY (white_player, club_id) REFERENCES members (member_id, club_id),
            FOREIGN KEY (black_player, club_id) REFERENCES members (member_id, club_id),
            CHECK (white_player <> black_player),
            UNIQUE (white_player, black_player)
        );
    """)
    assert _seed(fresh_dsn, {"clubs": 4, "members": 120, "games": 300})["games"] == 300
