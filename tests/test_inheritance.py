"""Issue 16, class 7: inheritance trees share one key space.

``CREATE TABLE b (...) INHERITS (a)``: each table's primary key covers only its own rows, so keys
numbered from 1 in every table repeat across the tree (``SELECT ... FROM a WHERE id = 5`` finds a
row in each table). Seeded like an application sharing one sequence, the keys of a tree are
unique across it, a child's rows stay inside its CHECK, and rows that exist are stepped over.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.planning.planner import PlanOptions
from tests.corpus import tree_duplicate_keys

TREES = """
CREATE TABLE authors (id integer PRIMARY KEY, last_name text, first_name text);
CREATE TABLE distinguished_authors (award text) INHERITS (authors);  -- no key of its own

CREATE SEQUENCE events_id_seq;
CREATE TABLE events (id bigint PRIMARY KEY DEFAULT nextval('events_id_seq'), kind text NOT NULL,
                     created_at timestamp NOT NULL);
CREATE TABLE events_2020_01 (PRIMARY KEY (id),
    CHECK (created_at >= '2020-01-01' AND created_at < '2020-02-01')) INHERITS (events);
CREATE TABLE events_2020_02 (PRIMARY KEY (id),
    CHECK (created_at >= '2020-02-01' AND created_at < '2020-03-01')) INHERITS (events);
CREATE TABLE events_archive (PRIMARY KEY (id), note text) INHERITS (events_2020_01);  -- a grandchild

CREATE TABLE shards (id serial PRIMARY KEY, payload text);
CREATE TABLE shards_low (PRIMARY KEY (id), CHECK (id < 100000)) INHERITS (shards);
CREATE TABLE shards_high (PRIMARY KEY (id), CHECK (id >= 100000 AND id < 200000)) INHERITS (shards);
"""


def seed(dsn: str, **options) -> service.SeedResult:
    result = service.seed(dsn, PlanOptions(**options))
    assert result.ok, [p.message for p in result.verify.problems]
    return result


@pytest.mark.parametrize("rows", [1, 60])
def test_keys_are_unique_across_each_tree_and_children_keep_their_checks(fresh_dsn: str, rows: int) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(TREES)
    seed(fresh_dsn, rows=rows, seed=3)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert tree_duplicate_keys(conn) == {}
        for table in ("events_2020_01", "events_2020_02", "events_archive", "shards_low", "shards_high"):
            assert conn.execute(f"SELECT count(*) FROM ONLY {table}").fetchone()[0] == rows
        assert conn.execute("SELECT count(*) FROM distinguished_authors WHERE id IS NULL").fetchone()[0] == 0
        assert conn.execute("SELECT min(id) FROM ONLY shards_high").fetchone()[0] >= 100000
        # The application's next key (the shared sequence) is past every seeded key of the tree.
        top = conn.execute("SELECT max(id) FROM events").fetchone()[0]
        assert conn.execute("SELECT nextval('events_id_seq')").fetchone()[0] > top


def test_appending_to_a_tree_steps_over_the_keys_that_exist(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(TREES)
        conn.execute("INSERT INTO distinguished_authors (id, last_name) VALUES (5000, 'Existing')")
        conn.execute("INSERT INTO events_2020_02 (id, kind, created_at) VALUES (777, 'old', '2020-02-03')")
    seed(fresh_dsn, rows=20, seed=4)
    seed(fresh_dsn, rows=20, seed=5)  # again, appending
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert tree_duplicate_keys(conn) == {}
        assert conn.execute("SELECT min(id) FROM ONLY authors").fetchone()[0] > 5000
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1 + 2 * 4 * 20


def test_the_plan_says_each_table_takes_its_own_range(db: psycopg.Connection) -> None:
    db.execute(TREES)
    schema = service.load_schema(db)
    plan = service.make_plan(db, schema, PlanOptions(rows=10, seed=1))
    starts = {t.name.name: t.column("id").start for t in plan.tables.values() if t.name.name.startswith("events")}
    assert sorted(starts.values()) == [1, 11, 21, 31]
    reason = next(t for t in plan.tables.values() if t.name.name == "events_archive").column("id").reason
    assert "inheritance tree of events" in reason


TEXT_TREE = """
CREATE TABLE codes (code varchar(3) PRIMARY KEY, label text);
CREATE TABLE codes_a (PRIMARY KEY (code)) INHERITS (codes);
CREATE TABLE codes_b (extra text) INHERITS (codes);
CREATE TABLE docs (id uuid PRIMARY KEY, title text);
CREATE TABLE docs_old (PRIMARY KEY (id)) INHERITS (docs);
"""


@pytest.mark.parametrize("rows", [5, 400])
def test_a_tree_keyed_by_text_or_uuids_shares_one_index_space(fresh_dsn: str, rows: int) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(TEXT_TREE)
    seed(fresh_dsn, rows=rows, seed=2)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert tree_duplicate_keys(conn) == {}
        assert conn.execute("SELECT count(*) FROM codes").fetchone()[0] == 3 * rows
        assert conn.execute("SELECT count(*) FROM codes WHERE code IS NULL").fetchone()[0] == 0


def test_truncating_a_parent_leaves_its_unselected_children_alone(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(TREES)
    seed(fresh_dsn, rows=10, seed=6)
    seed(fresh_dsn, rows=10, seed=7, tables=("events",), truncate=True)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM ONLY events").fetchone()[0] == 10
        assert conn.execute("SELECT count(*) FROM ONLY events_2020_01").fetchone()[0] == 10
        assert tree_duplicate_keys(conn) == {}
