"""Property tests (issue 16, classes 1 and 7): random schemas whose keys are named like small
vocabularies (a ``letter``, a ``grade``, a currency code ...) in short text or integer columns,
keyed every way (primary key, UNIQUE, unique index, composite UNIQUE), beside inheritance trees
(children with and without keys of their own, grandchildren, CHECK-bounded key ranges, CHECKs on
other columns), are seeded into a real database and verified: no duplicate key in any table nor
across any tree, the same seed twice gives the same rows."""

from __future__ import annotations

import itertools

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from seedbed import service
from seedbed.planning.planner import PlanOptions
from tests.corpus import tree_duplicate_keys
from tests.test_property import checksums

NAMES = ("letter", "grade", "weekday", "day_of_week", "country", "country_code", "currency_code", "unit",
         "size", "initial", "language", "gender", "color", "extension", "airport_code", "seat", "tz", "rating",
         "month", "suffix", "abbreviation", "state_code", "code")
TYPES = ("char(1)", "char(2)", "char(3)", "char(4)", "varchar(1)", "varchar(2)", "varchar(3)", "varchar(5)",
         "text", "smallint", "integer")
_counter = itertools.count()


@st.composite
def vocab_table(draw: st.DrawFn, i: int) -> str:
    col = draw(st.sampled_from(NAMES))
    typ = draw(st.sampled_from(TYPES))
    how = draw(st.sampled_from(["pk", "unique", "index", "composite"]))
    name = f"v{i}_{col}"
    if how == "pk":
        return f"CREATE TABLE {name} ({col} {typ} PRIMARY KEY, note text)"
    if how == "unique":
        return f"CREATE TABLE {name} (id serial PRIMARY KEY, {col} {typ} NOT NULL UNIQUE)"
    if how == "index":
        return (f"CREATE TABLE {name} (id serial PRIMARY KEY, {col} {typ});\n"
                f"CREATE UNIQUE INDEX {name}_ix ON {name} ({col})")
    return f"CREATE TABLE {name} (n smallint NOT NULL CHECK (n BETWEEN 1 AND 3), {col} {typ} NOT NULL, UNIQUE ({col}, n))"


@st.composite
def tree(draw: st.DrawFn, i: int) -> str:
    root = f"r{i}"
    key = draw(st.sampled_from(["serial", "integer", "bigint", "varchar(3)", "text", "uuid"]))
    ddl = [f"CREATE TABLE {root} (id {key} PRIMARY KEY, kind text NOT NULL, at date NOT NULL)"]
    parents = [root]
    for j in range(draw(st.integers(1, 3))):
        child = f"{root}_c{j}"
        parent = draw(st.sampled_from(parents))
        extra = []
        if draw(st.booleans()):
            extra.append("PRIMARY KEY (id)")
        # A grandchild inherits its parent's CHECKs: only children of the root get their own.
        forms = ["none", "date", "key"] if key in ("serial", "integer", "bigint") else ["none", "date"]
        check = draw(st.sampled_from(forms)) if parent == root else "none"
        if check == "date":
            extra.append(f"CHECK (at >= DATE '202{j}-01-01' AND at < DATE '202{j + 1}-01-01')")
        elif check == "key":
            extra.append(f"CHECK (id >= {(j + 1) * 10000} AND id < {(j + 2) * 10000})")
        cols = ", ".join(["award text"] + extra)
        ddl.append(f"CREATE TABLE {child} ({cols}) INHERITS ({parent})")
        parents.append(child)
    return ";\n".join(ddl)


@st.composite
def schemas(draw: st.DrawFn) -> str:
    parts = [draw(vocab_table(i)) for i in range(draw(st.integers(1, 4)))]
    parts += [draw(tree(i)) for i in range(draw(st.integers(0, 2)))]
    return ";\n".join(parts)


def names(conn: psycopg.Connection, schema: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY 1", [schema])]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(ddl=schemas(), seed=st.integers(1, 2**31 - 1), rows=st.sampled_from([1, 7, 40, 300, 700]))
def test_small_vocabulary_keys_and_inheritance_trees_seed_clean(fresh_dsn: str, ddl: str, seed: int,
                                                                rows: int) -> None:
    schema = f"u{next(_counter)}"
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("SET search_path = {}").format(sql.Identifier(schema)))
        conn.execute(ddl)
    first = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed), schemas=[schema])
    assert first.ok, [p.message for p in first.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert tree_duplicate_keys(conn) == {}
        tables = names(conn, schema)
        before = checksums(conn, schema, tables)
    again = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed, truncate=True), schemas=[schema])
    assert again.ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert checksums(conn, schema, tables) == before
