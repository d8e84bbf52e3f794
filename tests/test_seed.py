"""End-to-end seeds against a real PostgreSQL: cycles, keys, CHECKs, determinism, safety."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

import seedbed
from seedbed.demo import shop_sql
from seedbed.errors import PlanError, UnsatisfiableConstraint, UnknownTableError


def run(dsn: str, ddl: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)


def count(dsn: str, table: str, schema: str = "public") -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, table))).fetchone()[0]


def checksum(dsn: str, table: str, columns: str = "*") -> str:
    """md5 of the table's rows in a stable order (the whole row as text)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        q = sql.SQL("SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM (SELECT {} FROM {}) r").format(
            sql.SQL(columns), sql.Identifier(table))
        return conn.execute(q).fetchone()[0]


def test_shop_seeds_and_verifies(fresh_dsn: str) -> None:
    run(fresh_dsn, shop_sql())
    result = seedbed.seed(fresh_dsn, rows=100, seed=7)
    assert result.ok, result.verify.problems
    for table, rows in result.tables.items():
        assert rows > 0, table
        assert count(fresh_dsn, table) == rows
    # users <-> addresses: the back-edge was filled after the load.
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        filled = conn.execute("SELECT count(primary_address_id) FROM users").fetchone()[0]
        assert filled > 50
        # Sequences are past the inserted keys: a plain INSERT does not collide.
        conn.execute("INSERT INTO categories (name, slug) VALUES ('zz-new', 'zz-new')")
        conn.execute("INSERT INTO users (email, full_name, country) VALUES ('new@example.com', 'New', 'US')")


TABLES = ("users", "addresses", "categories", "products", "orders", "order_items", "payments", "reviews")


def test_same_seed_same_bytes(fresh_dsn: str, other_dsn: str) -> None:
    for dsn in (fresh_dsn, other_dsn):
        run(dsn, shop_sql())
        seedbed.seed(dsn, rows=50, seed=11, verify=False)
    for table in TABLES:
        assert checksum(fresh_dsn, table) == checksum(other_dsn, table), table


def test_adding_a_column_or_table_changes_nothing_else(fresh_dsn: str, other_dsn: str) -> None:
    base = """
        CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL, born date);
        CREATE TABLE books (id serial PRIMARY KEY, author_id int NOT NULL REFERENCES authors, title text NOT NULL,
                            pages int CHECK (pages BETWEEN 10 AND 2000));
    """
    run(fresh_dsn, base)
    run(other_dsn, base + """
        ALTER TABLE authors ADD COLUMN email text;
        CREATE TABLE publishers (id serial PRIMARY KEY, name text NOT NULL);
    """)
    for dsn in (fresh_dsn, other_dsn):
        seedbed.seed(dsn, rows=40, seed=5, verify=False)
    for cols, table in (("id, name, born", "authors"), ("id, author_id, title, pages", "books")):
        assert checksum(fresh_dsn, table, cols) == checksum(other_dsn, table, cols), table


def test_unsatisfiable_check_exits_4_and_writes_nothing(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE ok (id serial PRIMARY KEY, v int);
        CREATE TABLE bad (id serial PRIMARY KEY, x int NOT NULL, CONSTRAINT x_window CHECK (x > 5 AND x < 3));
    """)
    with pytest.raises(UnsatisfiableConstraint) as info:
        seedbed.seed(fresh_dsn, rows=10, seed=1)
    assert "x_window" in str(info.value) and info.value.exit_code == 4
    assert count(fresh_dsn, "ok") == 0 and count(fresh_dsn, "bad") == 0


def test_check_the_folder_cannot_read_goes_to_the_oracle(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT n % 2 = 0';
        CREATE TABLE t (id serial PRIMARY KEY, a int NOT NULL CHECK (a BETWEEN 0 AND 100),
                        b int NOT NULL CHECK (b BETWEEN 0 AND 100), CHECK (a + b < 120), CHECK (is_even(a)));
    """)
    result = seedbed.seed(fresh_dsn, rows=500, seed=3)
    assert result.ok and count(fresh_dsn, "t") == 500


def test_function_that_always_fails_is_refused_by_name(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE FUNCTION never(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT false';
        CREATE TABLE t (id serial PRIMARY KEY, a int, CONSTRAINT t_never CHECK (never(a)));
    """)
    with pytest.raises(PlanError) as info:
        seedbed.seed(fresh_dsn, rows=5, seed=3)
    assert "t_never" in str(info.value)
    assert count(fresh_dsn, "t") == 0


@pytest.mark.parametrize("kind", ["nullable", "deferrable", "not_null"])
def test_cycles(fresh_dsn: str, kind: str) -> None:
    fk = {"nullable": "int REFERENCES a", "deferrable": "int NOT NULL REFERENCES a DEFERRABLE INITIALLY IMMEDIATE",
          "not_null": "int NOT NULL REFERENCES a"}[kind]
    run(fresh_dsn, f"""
        CREATE TABLE a (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, b_id int NOT NULL);
        CREATE TABLE b (id serial PRIMARY KEY, c_id int NOT NULL);
        CREATE TABLE c (id serial PRIMARY KEY, a_id {fk});
        ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
        ALTER TABLE b ADD FOREIGN KEY (c_id) REFERENCES c;
    """)
    plan = seedbed.plan(fresh_dsn, rows=30, seed=2)
    (comp,) = plan.graph.cycles
    assert str(comp.strategy) == {"nullable": "null_then_update", "deferrable": "defer", "not_null": "writable_cte"}[kind]
    result = seedbed.seed(fresh_dsn, rows=30, seed=2)
    assert result.ok, result.verify.problems
    assert count(fresh_dsn, "a") == count(fresh_dsn, "b") == count(fresh_dsn, "c") == 30


def test_not_null_self_reference_and_trees(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE node (id serial PRIMARY KEY, parent_id int NOT NULL REFERENCES node);
        CREATE TABLE emp (id uuid PRIMARY KEY, boss uuid REFERENCES emp);
    """)
    assert seedbed.seed(fresh_dsn, rows=200, seed=4).ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        roots = conn.execute("SELECT count(*) FROM emp WHERE boss IS NULL").fetchone()[0]
        assert 0 < roots < 200


def test_composite_keys_and_join_tables(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE s (a int, b text, PRIMARY KEY (a, b));
        CREATE TABLE p (id serial PRIMARY KEY);
        CREATE TABLE child (id serial PRIMARY KEY, sa int NOT NULL, sb text NOT NULL,
                            FOREIGN KEY (sa, sb) REFERENCES s MATCH FULL);
        CREATE TABLE link (p_id int REFERENCES p, s_a int, s_b text, PRIMARY KEY (p_id, s_a, s_b),
                           FOREIGN KEY (s_a, s_b) REFERENCES s);
        CREATE TABLE one_to_one (id serial PRIMARY KEY, p_id int NOT NULL UNIQUE REFERENCES p);
    """)
    result = seedbed.seed(fresh_dsn, rows={"s": 20, "p": 10, "child": 50, "link": 150, "one_to_one": 10}, seed=9)
    assert result.ok, result.verify.problems
    assert count(fresh_dsn, "link") == 150


def test_one_to_one_is_capped_with_a_note(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE p (id serial PRIMARY KEY);
        CREATE TABLE q (id serial PRIMARY KEY, p_id int NOT NULL UNIQUE REFERENCES p);
    """)
    result = seedbed.seed(fresh_dsn, rows={"p": 20}, seed=1)  # q defaults to 3 per parent: 60
    assert result.ok
    assert result.tables["q"] == result.tables["p"] == 20
    assert any("capped" in n for n in result.notes)


def test_hostile_identifiers(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE SCHEMA "ünïcode";
        CREATE TABLE "ünïcode"."Order Items; drop table x" ("Id" serial PRIMARY KEY, "we""ird" text NOT NULL,
                                                          "ünï" varchar(5));
        CREATE TABLE "ünïcode".x ("Ref" int REFERENCES "ünïcode"."Order Items; drop table x");
    """)
    assert seedbed.seed(fresh_dsn, rows=20, seed=1).ok
    assert count(fresh_dsn, "Order Items; drop table x", "ünïcode") == 20
    assert count(fresh_dsn, "x", "ünïcode") == 20


def test_append_mode_and_truncate(fresh_dsn: str) -> None:
    run(fresh_dsn, shop_sql())
    assert seedbed.seed(fresh_dsn, rows=30, seed=1).ok
    second = seedbed.seed(fresh_dsn, rows=30, seed=2)
    assert second.ok, second.verify.problems
    assert count(fresh_dsn, "orders") == 60
    third = seedbed.seed(fresh_dsn, rows=10, seed=3, truncate=True)
    assert third.ok
    assert count(fresh_dsn, "orders") == 10


def test_append_same_seed_bigger_run_keeps_every_key_distinct(fresh_dsn: str) -> None:
    """Re-running a seed on a filled database: UUID keys, 1:1 FKs (payments.order_id) and
    composite keys (order_items) skip the tuples that already exist."""
    run(fresh_dsn, shop_sql())
    assert seedbed.seed(fresh_dsn, rows=40, seed=21).ok
    second = seedbed.seed(fresh_dsn, rows=90, seed=21)
    assert second.ok, second.verify.problems
    assert count(fresh_dsn, "products") == 130 and count(fresh_dsn, "payments") == 130
    third = seedbed.seed(fresh_dsn, rows=300, seed=21, tables=["order_items"])
    assert third.ok, third.verify.problems
    assert count(fresh_dsn, "order_items") == 430


def test_tables_pull_in_required_parents(fresh_dsn: str) -> None:
    run(fresh_dsn, shop_sql())
    result = seedbed.seed(fresh_dsn, rows=20, tables=["order_items"], seed=1)
    assert set(result.tables) == {"order_items", "orders", "users", "products", "categories"}
    assert any("pulled in" in n for n in result.notes)
    assert count(fresh_dsn, "reviews") == 0
    with pytest.raises(UnknownTableError) as info:
        seedbed.seed(fresh_dsn, rows=5, tables=["order_itemz"], seed=1)
    assert "order_items" in (info.value.hint or "")


def test_partitions_and_bounds(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE events (id bigserial, at date NOT NULL, kind text NOT NULL, PRIMARY KEY (id, at))
            PARTITION BY RANGE (at);
        CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        CREATE TABLE by_region (id int, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
        CREATE TABLE by_region_eu PARTITION OF by_region FOR VALUES IN ('eu', 'uk');
        CREATE TABLE by_region_us PARTITION OF by_region FOR VALUES IN ('us');
        CREATE TABLE refs (id serial PRIMARY KEY, e_id bigint, e_at date, FOREIGN KEY (e_id, e_at) REFERENCES events);
    """)
    result = seedbed.seed(fresh_dsn, rows=300, seed=8)
    assert result.ok, result.verify.problems
    assert set(result.tables) == {"events", "by_region", "refs"}
    assert count(fresh_dsn, "events_2024") > 0 and count(fresh_dsn, "events_2025") > 0


def test_failure_leaves_database_unchanged(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE a (id serial PRIMARY KEY, v int);
        CREATE TABLE b (id serial PRIMARY KEY, w int);
        CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no rows here'; END $$;
        CREATE TRIGGER b_boom BEFORE INSERT ON b FOR EACH ROW EXECUTE FUNCTION boom();
    """)
    from seedbed.errors import UnsatisfiableConstraint

    # A trigger that rejects every row: regenerating cannot help, exit 4 names it (issue 16).
    with pytest.raises(UnsatisfiableConstraint) as info:
        seedbed.seed(fresh_dsn, rows=10, seed=1)
    assert "no rows here" in str(info.value) and "b_boom" in str(info.value)
    assert count(fresh_dsn, "a") == 0


def test_python_api_bulk_workers_plain(fresh_dsn: str, other_dsn: str) -> None:
    """The API reaches every mode; --plain drops intents (no person names), the same seed with
    bulk and workers gives the same rows as the plain default path."""
    for dsn in (fresh_dsn, other_dsn):
        run(dsn, shop_sql())
    a = seedbed.seed(fresh_dsn, rows=200, seed=3, plain=True)
    b = seedbed.seed(other_dsn, rows=200, seed=3, plain=True, bulk=True, workers=2)
    assert a.ok and b.ok, (a.verify.problems, b.verify.problems)
    for table in TABLES:
        assert checksum(fresh_dsn, table) == checksum(other_dsn, table), table
    plan = seedbed.plan(fresh_dsn, rows=10, seed=3)
    assert plan.tables[next(n for n in plan.tables if n.name == "users")].column("full_name").intent is not None
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        names = [r[0] for r in conn.execute("SELECT full_name FROM users LIMIT 50")]
    assert not any(" " in n and n.split()[0].istitle() and n.split()[-1].istitle() for n in names), names[:5]
