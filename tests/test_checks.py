"""Issue 16, class 2: CHECK forms about a row's shape, and CHECKs that interact, end to end.

Each case creates a table in a fresh database, seeds it at 1,000 rows, verifies it with
``seedbed.verify`` (zero violations), and asks a question of the data that a degenerate
solution (one branch for the whole table) would fail: every way of satisfying the CHECK shows
up. The CHECK texts are whatever PostgreSQL stores (the DDL is run, not parsed by us).
"""

from __future__ import annotations

import numpy as np
import psycopg
import pytest

from seedbed import service
from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.engine import Engine
from seedbed.generate.pools import NULL
from seedbed.model import QualifiedName
from seedbed.planning.planner import PlanOptions
from seedbed.verify import verify

PARENTS = "CREATE TABLE a (id serial PRIMARY KEY, name text NOT NULL); " \
          "CREATE TABLE b (id serial PRIMARY KEY, name text NOT NULL); "

CASES = {
    "xor_of_two_fks": (
        PARENTS + "CREATE TABLE t (id serial PRIMARY KEY, a_id int REFERENCES a, b_id int REFERENCES b, "
        "CHECK ((a_id IS NULL) <> (b_id IS NULL)))",
        "SELECT bool_and((a_id IS NULL) <> (b_id IS NULL)) AND count(*) FILTER (WHERE a_id IS NULL) > 100 "
        "AND count(*) FILTER (WHERE b_id IS NULL) > 100 FROM t"),
    "num_nonnulls_eq_1": (  # by chance, a row has one of four columns set 0.4% of the time
        PARENTS + "CREATE TABLE t (id serial PRIMARY KEY, a_id int REFERENCES a, b_id int REFERENCES b, note text, "
        "amount numeric, CHECK (num_nonnulls(a_id, b_id, note, amount) = 1))",
        "SELECT count(DISTINCT (a_id IS NULL, b_id IS NULL, note IS NULL, amount IS NULL)) = 4 FROM t"),
    "num_nulls_at_least_3": (
        PARENTS + "CREATE TABLE t (id serial PRIMARY KEY, a_id int REFERENCES a, b_id int REFERENCES b, c text, d int, "
        "CHECK (num_nulls(a_id, b_id, c, d) >= 3))",
        "SELECT count(DISTINCT (a_id IS NULL, b_id IS NULL, c IS NULL, d IS NULL)) = 5 FROM t"),
    "two_interacting_checks": (
        "CREATE TABLE t (id serial PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('a', 'b')), x int, "
        "tags text[] NOT NULL, CHECK (kind <> 'a' OR x IS NULL), CHECK (x IS NOT NULL OR cardinality(tags) = 0))",
        "SELECT count(*) FILTER (WHERE kind = 'a' AND cardinality(tags) = 0) > 100 "
        "AND count(*) FILTER (WHERE x IS NOT NULL AND cardinality(tags) > 0) > 100 FROM t"),
    "array_sizes": (
        "CREATE TABLE t (id serial PRIMARY KEY, tags text[] CHECK (array_length(tags, 1) > 0), "
        "ints int[] NOT NULL CHECK (array_length(ints, 1) >= 5), empty text[] NOT NULL CHECK (cardinality(empty) = 0))",
        "SELECT min(cardinality(ints)) >= 5 AND max(cardinality(empty)) = 0 FROM t"),
    "coalesce": (
        "CREATE TABLE t (id serial PRIMARY KEY, a int, b int, c int, CHECK (coalesce(a, b) BETWEEN 1 AND 5), "
        "CHECK (coalesce(c, 0) >= 0))",
        "SELECT count(*) FILTER (WHERE a IS NULL AND b IS NOT NULL) > 10 FROM t"),
    "case": (
        "CREATE TABLE t (id serial PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('free', 'paid')), amount int, "
        "CHECK (CASE WHEN kind = 'free' THEN amount IS NULL ELSE amount > 0 END))",
        "SELECT count(*) FILTER (WHERE kind = 'free') > 100 AND count(*) FILTER (WHERE amount > 0) > 100 FROM t"),
    "is_distinct_from": (
        "CREATE TABLE t (id serial PRIMARY KEY, x int, y int, z int NOT NULL, w int, "
        "CHECK (x IS DISTINCT FROM y), CHECK (z IS NOT DISTINCT FROM w))",
        "SELECT count(*) FILTER (WHERE x IS NULL) > 50 AND count(*) FILTER (WHERE x IS NOT NULL AND y IS NOT NULL) > 50 "
        "FROM t"),
    "date_arithmetic": (
        "CREATE TABLE t (id serial PRIMARY KEY, start_date date NOT NULL, end_date date NOT NULL, "
        "s timestamptz NOT NULL, e timestamptz NOT NULL, CHECK (end_date >= start_date + 1), "
        "CHECK (e > s), CHECK (e <= s + interval '2 days'), CHECK (end_date - start_date <= 10))",
        "SELECT count(DISTINCT end_date - start_date) > 3 FROM t"),
}


def _create(dsn: str, ddl: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_form_seeds_clean_with_every_branch(fresh_dsn: str, name: str) -> None:
    ddl, shape = CASES[name]
    _create(fresh_dsn, ddl)
    result = service.seed(fresh_dsn, PlanOptions(rows=1000, seed=11))
    assert result.ok, [p.message for p in result.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1000
        assert verify(conn, service.load_schema(conn)).ok
        assert conn.execute(shape).fetchone()[0], f"{name}: {shape}"


def test_xor_of_two_fks_at_1000_rows_under_several_seeds(fresh_dsn: str) -> None:
    _create(fresh_dsn, CASES["xor_of_two_fks"][0])
    for seed in (1, 2, 3):
        result = service.seed(fresh_dsn, PlanOptions(rows=1000, seed=seed, truncate=True))
        assert result.ok, [p.message for p in result.verify.problems]


def _with_parents(schema, plan) -> Engine:
    engine = Engine(schema, plan)
    for name in (QualifiedName(schema="public", name="a"), QualifiedName(schema="public", name="b")):
        for _ in engine.chunks(name):
            pass
    return engine


def test_retries_never_null_an_fk_a_check_needs(fresh_dsn: str) -> None:
    """The last-resort retry (nullable FKs set NULL) keeps each row's case: one FK stays set."""
    _create(fresh_dsn, CASES["xor_of_two_fks"][0])
    with psycopg.connect(fresh_dsn) as conn:
        schema = service.load_schema(conn)
        plan = service.make_plan(conn, schema, PlanOptions(rows=200, seed=5))
    engine = _with_parents(schema, plan)
    t = QualifiedName(schema="public", name="t")
    chunk = engine.make_chunk(plan.tables[t], schema.table(t), 0, 0, 200)
    engine.regenerate(chunk, list(range(200)), 24, null_fks=True)
    a, b = chunk.columns["a_id"], chunk.columns["b_id"]
    assert all((x == NULL) != (y == NULL) for x, y in zip(a, b, strict=True))


def test_xor_needing_an_unseeded_parent_is_refused_with_the_reason(fresh_dsn: str) -> None:
    _create(fresh_dsn, CASES["xor_of_two_fks"][0])
    with pytest.raises(UnsatisfiableConstraint) as err:
        service.seed(fresh_dsn, PlanOptions(rows=10, seed=1, tables=("t",)))
    assert "t_check" in str(err.value) and "parent table is empty" in str(err.value)
    assert err.value.hint and err.value.exit_code == 4


def test_checks_that_contradict_are_refused_naming_both(fresh_dsn: str) -> None:
    _create(fresh_dsn, "CREATE TABLE t (id int PRIMARY KEY, a int, b int, "
                       "CONSTRAINT one_set CHECK ((a IS NULL) <> (b IS NULL)), "
                       "CONSTRAINT both_or_none CHECK ((a IS NULL) = (b IS NULL)))")
    with pytest.raises(UnsatisfiableConstraint) as err:
        service.seed(fresh_dsn, PlanOptions(rows=10, seed=1))
    assert "one_set" in str(err.value) and "both_or_none" in str(err.value)
    assert "together" in str(err.value)


def test_case_draws_are_deterministic(fresh_dsn: str) -> None:
    _create(fresh_dsn, CASES["num_nonnulls_eq_1"][0])
    with psycopg.connect(fresh_dsn) as conn:
        schema = service.load_schema(conn)
        plan = service.make_plan(conn, schema, PlanOptions(rows=100, seed=9))
    t = QualifiedName(schema="public", name="t")
    runs = []
    for _ in range(2):
        engine = _with_parents(schema, plan)
        chunk = engine.make_chunk(plan.tables[t], schema.table(t), 0, 0, 100)
        runs.append((chunk.columns, np.asarray(chunk.cases[0]).tolist()))
    assert runs[0] == runs[1]
