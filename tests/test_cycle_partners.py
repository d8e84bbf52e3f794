"""A cycle's partner belongs to the row: in ``owners.main_spot_id -> spots`` /
``spots.owner_id -> owners``, an owner's main spot is one of that owner's own spots.

Table and column names are invented (not the shop's users/addresses): the rule is the cycle's
shape, not the names.
"""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

import seedbed
from seedbed.generate_files import generate

_CYCLE = """
CREATE TABLE owners (id serial PRIMARY KEY, label text NOT NULL, main_spot_id int {null});
CREATE TABLE spots (id serial PRIMARY KEY, owner_id int NOT NULL REFERENCES owners(id), note text);
ALTER TABLE owners ADD CONSTRAINT owners_main_spot_fk FOREIGN KEY (main_spot_id) REFERENCES spots(id) {defer};
"""


def _counts(dsn: str) -> tuple[int, int, int, int]:
    """(owners whose main spot is their own, owners with a main spot, owners with any spot, owners)."""
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT count(*) FILTER (WHERE s.owner_id = o.id), count(*) FILTER (WHERE o.main_spot_id IS NOT NULL),"
            " (SELECT count(DISTINCT owner_id) FROM spots), count(*)"
            " FROM owners o LEFT JOIN spots s ON s.id = o.main_spot_id").fetchone()


def test_nullable_back_edge_points_at_the_rows_own_partner(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(_CYCLE.format(null="", defer=""))
    result = seedbed.seed(fresh_dsn, rows=400, seed=11)
    assert result.ok, result.verify.problems
    own, with_main, with_any, total = _counts(fresh_dsn)
    assert total == 400 and 0 < with_any < total
    # every owner that has a spot points at one of its own; the others have none (NULL)
    assert own == with_main == with_any


def test_not_null_deferred_back_edge_keeps_a_valid_pick_when_no_partner(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(_CYCLE.format(null="NOT NULL", defer="DEFERRABLE INITIALLY DEFERRED"))
    result = seedbed.seed(fresh_dsn, rows=300, seed=4)
    assert result.ok, result.verify.problems
    own, with_main, with_any, total = _counts(fresh_dsn)
    assert with_main == total  # NOT NULL: every owner keeps a (valid) spot
    assert own == with_any > 0


def test_the_main_spot_is_the_first_own_spot_and_stable(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(_CYCLE.format(null="", defer=""))
    seedbed.seed(fresh_dsn, rows=200, seed=2)
    with psycopg.connect(fresh_dsn) as conn:
        bad = conn.execute("SELECT count(*) FROM owners o WHERE o.main_spot_id IS NOT NULL AND o.main_spot_id <>"
                           " (SELECT min(id) FROM spots s WHERE s.owner_id = o.id)").fetchone()[0]
    assert bad == 0


def test_files_follow_the_same_rule(tmp_path: Path, fresh_dsn: str) -> None:
    ddl = tmp_path / "cycle.sql"
    ddl.write_text(_CYCLE.format(null="", defer=""))
    result = generate(str(ddl), "json", tmp_path / "out", dsn=fresh_dsn, rows=150, seed=6)
    doc = json.loads(Path(result.files[0]).read_text())["tables"]
    owner_of = {s["id"]: s["owner_id"] for s in doc["spots"]}
    owners = {s["owner_id"] for s in doc["spots"]}
    mains = {o["id"]: o["main_spot_id"] for o in doc["owners"]}
    assert owners and all(owner_of[mains[o]] == o for o in owners)
    assert all(m is None for o, m in mains.items() if o not in owners)


def test_one_to_one_back_edge_stays_distinct(fresh_dsn: str) -> None:
    """``main_spot_id`` UNIQUE NOT NULL (deferred): owners without a spot of their own take spots
    nobody else took, so the pick stays 1:1."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(_CYCLE.format(null="NOT NULL UNIQUE", defer="DEFERRABLE INITIALLY DEFERRED"))
    result = seedbed.seed(fresh_dsn, rows=250, seed=9)
    assert result.ok, result.verify.problems
    own, with_main, with_any, total = _counts(fresh_dsn)
    assert with_main == total and own == with_any > 0
