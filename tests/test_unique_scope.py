"""Issue 16, class 6: scope wishes that fed 1:1 children and composite keys duplicate keys.

A fan-out (``"users with profiles"``) or a spread (``"profiles across 10 users"``) asked of an
FK whose columns are UNIQUE must still give each parent at most one child, and explicit parent
keys given twice must not make two "distinct" tuples of a composite key that are the same.
Every seed here went to the database and failed with a duplicate key (exit 3) before.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.planning.options import FkSpec
from seedbed.planning.planner import PlanOptions, plan_seed
from seedbed.scope.apply import scope_options

SCHEMA = """
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
CREATE TABLE profiles (id bigserial PRIMARY KEY, user_id bigint NOT NULL UNIQUE REFERENCES users (id), bio text);
CREATE TABLE preferences (user_id bigint PRIMARY KEY REFERENCES users (id), theme text, lang text);
CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id),
                          product_id int NOT NULL REFERENCES products (id),
                          quantity int NOT NULL, PRIMARY KEY (order_id, product_id));
"""

DUPLICATES = """
SELECT (SELECT count(*) - count(DISTINCT user_id) FROM profiles)
     + (SELECT count(*) - count(DISTINCT user_id) FROM preferences)
     + (SELECT count(*) - count(DISTINCT (order_id, product_id)) FROM order_items)
"""


def scoped(dsn: str, text: str, *, seed: int = 3, **base):
    with psycopg.connect(dsn, autocommit=True) as conn:
        opts, _ = scope_options(conn, service.load_schema(conn), text, PlanOptions(seed=seed, **base))
    result = service.seed(dsn, opts)
    assert result.ok, result.verify.problems
    return result


@pytest.mark.parametrize("text", ["50 users with profiles", "50 users with preferences",
                                  "50 users with 2 profiles each", "20 users, profiles across 10 users",
                                  "30 users, preferences across 12 users"])
def test_one_to_one_children_under_fanout_and_spread(fresh_dsn: str, text: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    result = scoped(fresh_dsn, text)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute(DUPLICATES).fetchone()[0] == 0
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        if "across" in text:
            spread = int(text.split("across ")[1].split()[0])
            for table in ("profiles", "preferences"):
                if table in text:
                    assert result.tables[table] == spread  # one child for each of the parents
        else:
            for table in ("profiles", "preferences"):
                if table in text:
                    assert result.tables[table] == users == 50  # one child per parent, not 1-3


def test_pinned_parent_keys_feed_a_composite_key_without_duplicates(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    service.seed(fresh_dsn, PlanOptions(seed=1, rows_per_table={"products": 600, "orders": 300},
                                        tables=("products", "orders")))
    scoped(fresh_dsn, "order items referencing product IDs 1-500")
    scoped(fresh_dsn, "order items referencing product IDs 1,1,2,3,2", seed=4)  # keys given twice
    scoped(fresh_dsn, "orders with 2-4 items each referencing product IDs 1-3", seed=5)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute(DUPLICATES).fetchone()[0] == 0


def test_the_plan_says_why_a_fanout_of_a_unique_fk_is_clamped(db: psycopg.Connection) -> None:
    db.execute(SCHEMA)
    schema = service.load_schema(db)
    plan = plan_seed(schema, PlanOptions(seed=1, rows=20, fks={"profiles.user_id": FkSpec(fanout=(1, 3))}))
    assert plan.tables[next(n for n in plan.tables if n.name == "profiles")].rows == 20
    assert any("user_id is UNIQUE: at most 1 per" in n for n in plan.notes)
    fk = plan.tables[next(n for n in plan.tables if n.name == "profiles")].fks[0]
    assert fk.distinct and fk.fanout is None


CYCLES = """
CREATE TABLE c (id serial PRIMARY KEY, d_id int NOT NULL UNIQUE);
CREATE TABLE d (id serial PRIMARY KEY, code char(1) NOT NULL UNIQUE, c_id int NOT NULL REFERENCES c);
ALTER TABLE c ADD FOREIGN KEY (d_id) REFERENCES d DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE e (id serial PRIMARY KEY, f_id int UNIQUE);
CREATE TABLE f (id serial PRIMARY KEY, code char(1) NOT NULL UNIQUE, e_id int NOT NULL REFERENCES e);
ALTER TABLE e ADD FOREIGN KEY (f_id) REFERENCES f;
CREATE TABLE g (id serial PRIMARY KEY, h_id int, k smallint NOT NULL CHECK (k BETWEEN 1 AND 2), UNIQUE (h_id, k));
CREATE TABLE h (id serial PRIMARY KEY, code char(1) NOT NULL UNIQUE, g_id int NOT NULL REFERENCES g);
ALTER TABLE g ADD FOREIGN KEY (h_id) REFERENCES h;
"""


def test_a_one_to_one_back_edge_sees_its_parent_after_the_parent_is_capped(fresh_dsn: str) -> None:
    """The 1:1 child of a cycle is sized before its parent; the parent is then capped (a unique
    one-character code holds 36 rows): the child must be capped to the parent's final rows."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(CYCLES)
        plan = service.make_plan(conn, service.load_schema(conn), PlanOptions(rows=100, seed=1))
    for tp in plan.tables.values():
        for fk in tp.fks:
            assert fk.parent_rows == plan.tables[fk.parent].rows, (tp.name, fk.name)
    result = service.seed(fresh_dsn, PlanOptions(rows=100, seed=1))
    assert result.ok, result.verify.problems
    assert result.tables["c"] == result.tables["d"] == 36


def test_a_fanout_past_the_distinct_tuples_per_parent_is_clamped(fresh_dsn: str) -> None:
    """2-5 items per order over 3 pinned products: at most 3 per order (each (order, product)
    once); before, the engine stopped with 'more rows per parent than ... combinations'."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    service.seed(fresh_dsn, PlanOptions(seed=1, rows=20))
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("TRUNCATE order_items")
    result = service.seed(fresh_dsn, PlanOptions(
        seed=2, rows_per_table={"orders": 50}, tables=("orders", "order_items"),
        fks={"order_items.order_id": FkSpec(fanout=(2, 5)), "order_items.product_id": FkSpec(parent_keys=("1", "2", "3"))}))
    assert result.ok, result.verify.problems
    assert any("at most 3" in n for n in result.notes)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute(DUPLICATES).fetchone()[0] == 0
        most = conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM order_items GROUP BY order_id) s").fetchone()[0]
        assert most <= 3
