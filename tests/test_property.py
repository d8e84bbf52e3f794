"""Property tests: random schemas (FK DAGs, self-references, cycles, composite keys, CHECKs)
are seeded into a real database and verified; the same seed twice gives the same checksums."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import tempfile
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from seedbed import service
from seedbed.engines.sqlite import SQLiteEngine  # noqa: F401 - imported at collection, not first inside
# hypothesis' deep stack (CPython 3.11 then fails an AST recursion-depth check importing it)
from seedbed.planning.planner import PlanOptions
from seedbed.verify import verify

CHECK_FORMS = (
    "CHECK ({c} BETWEEN 1 AND 50)",
    "CHECK ({c} > 0 AND {c} < 1000)",
    "CHECK ({c} IN (2, 4, 8, 16))",
    "CHECK ({c} IS NULL OR {c} >= 10)",
)
TEXT_CHECKS = (
    "CHECK ({c} ~ '^[A-Z]{{2}}-[0-9]{{3}}$')",
    "CHECK (length({c}) BETWEEN 3 AND 12)",
    "CHECK ({c} IN ('red', 'green', 'blue'))",
    "CHECK ({c} LIKE 'x%')",
)
_counter = itertools.count()


#: The regex CHECK as SQLite writes it (GLOB): the same strings.
SQLITE_TEXT_CHECKS = {TEXT_CHECKS[0]: "CHECK ({c} GLOB '[A-Z][A-Z]-[0-9][0-9][0-9]')"}
ENGINES = ("postgresql", "sqlite")


@st.composite
def schemas(draw: st.DrawFn, engine: str = "postgresql") -> tuple[str, list[str]]:
    """DDL for a random schema and its table names (created in the current search_path, or in a
    SQLite file: back-edges are then declared inline, SQLite has no ALTER TABLE ADD FOREIGN KEY)."""
    lite = engine == "sqlite"
    n = draw(st.integers(2, 5))
    names = [f"t{i}" for i in range(n)]
    composite = {name: draw(st.booleans()) for name in names}
    tables: dict[str, tuple[list[str], list[str]]] = {}
    later = []
    for i, name in enumerate(names):
        serial = "id INTEGER PRIMARY KEY" if lite else "id serial PRIMARY KEY"
        cols = ["a int NOT NULL", "b text NOT NULL"] if composite[name] else [serial]
        pk = ["PRIMARY KEY (a, b)"] if composite[name] else []
        for j in range(draw(st.integers(0, 2))):
            form = draw(st.sampled_from(CHECK_FORMS))
            cols.append(f"n{j} int {'NOT NULL' if draw(st.booleans()) else ''} " + form.format(c=f"n{j}"))
        if draw(st.booleans()):
            form = draw(st.sampled_from(TEXT_CHECKS))
            cols.append("label text NOT NULL " + (SQLITE_TEXT_CHECKS.get(form, form) if lite else form).format(c="label"))
        if draw(st.booleans()):
            cols += ["started date", "ended date"]
            pk.append("CHECK (ended IS NULL OR ended >= started)")  # SQLite: table constraints after the columns
        parents = draw(st.lists(st.integers(0, i - 1), max_size=2, unique=True)) if i else []
        for p in parents:
            parent = names[p]
            nullable = draw(st.booleans())
            null = "" if nullable else " NOT NULL"
            if composite[parent]:
                cols += [f"{parent}_a int{null}", f"{parent}_b text{null}"]
                pk.append(f"FOREIGN KEY ({parent}_a, {parent}_b) REFERENCES {parent}")
            else:
                cols.append(f"{parent}_id int{null} REFERENCES {parent}")
        if not composite[name] and draw(st.booleans()):
            cols.append(f"parent_id int REFERENCES {name}")
        if i and not composite[names[0]] and draw(st.booleans()):
            # A back-edge from the first table to this one closes a cycle.
            kind = draw(st.sampled_from(["nullable", "deferrable", "not_null"]))
            later.append((names[0], name, kind))
        tables[name] = (cols, pk)
    ddl, alter = [], []
    for child, parent, kind in later:
        if composite[parent]:
            continue
        col = f"back_{parent}"
        null = "" if kind == "nullable" else " NOT NULL"
        defer = " DEFERRABLE" + (" INITIALLY DEFERRED" if lite else "") if kind == "deferrable" else ""
        if lite:
            tables[child][0].append(f"{col} int{null} REFERENCES {parent}{defer}")
        else:
            alter.append(f"ALTER TABLE {child} ADD COLUMN {col} int{null}")
            alter.append(f"ALTER TABLE {child} ADD FOREIGN KEY ({col}) REFERENCES {parent}{defer}")
    ddl = [f"CREATE TABLE {name} ({', '.join(cols + pk)})" for name, (cols, pk) in tables.items()]
    return ";\n".join(ddl + alter), names


def checksums(conn: psycopg.Connection, schema: str, names: list[str]) -> dict[str, str]:
    out = {}
    for name in names:
        q = sql.SQL("SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM {} r").format(
            sql.Identifier(schema, name))
        out[name] = conn.execute(q).fetchone()[0]
    return out


def sqlite_checksums(path: Path, names: list[str]) -> dict[str, str]:
    out = {}
    with sqlite3.connect(path) as conn:
        for name in names:
            rows = sorted(map(repr, conn.execute(f'SELECT * FROM "{name}"').fetchall()))
            out[name] = hashlib.md5("|".join(rows).encode()).hexdigest()
    conn.close()
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(spec=schemas(), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 60))
def test_random_schemas_seed_clean_and_reproducibly(fresh_dsn: str, spec: tuple[str, list[str]], seed: int,
                                                   rows: int) -> None:
    ddl, names = spec
    schema = f"p{next(_counter)}"
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("SET search_path = {}").format(sql.Identifier(schema)))
        conn.execute(ddl)
    opts = PlanOptions(rows=rows, seed=seed)
    first = service.seed(fresh_dsn, opts, schemas=[schema])
    assert first.ok, [p.message for p in first.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        before = checksums(conn, schema, names)
        for name in names:
            n = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, name))).fetchone()[0]
            assert n == first.tables[f"{schema}.{name}"]
    again = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed, truncate=True), schemas=[schema])
    assert again.ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert checksums(conn, schema, names) == before
        report = verify(conn, service.load_schema(conn, [schema]))
    assert report.ok


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=schemas("sqlite"), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 60))
def test_random_schemas_seed_clean_and_reproducibly_on_sqlite(spec: tuple[str, list[str]], seed: int,
                                                             rows: int) -> None:
    """The same schemas on the SQLite engine, checked by SQLite itself (integrity_check: CHECK,
    NOT NULL, UNIQUE; foreign_key_check: orphans) besides seedbed's verify."""
    ddl, names = spec
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        with sqlite3.connect(path) as conn:
            conn.executescript(ddl)
        conn.close()
        dsn = f"sqlite:///{path}"
        first = service.seed(dsn, PlanOptions(rows=rows, seed=seed))
        assert first.ok, [p.message for p in first.verify.problems]
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            for name in names:
                assert conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == first.tables[f"main.{name}"]
        conn.close()
        before = sqlite_checksums(path, names)
        again = service.seed(dsn, PlanOptions(rows=rows, seed=seed, truncate=True))
        assert again.ok
        assert sqlite_checksums(path, names) == before
