"""The SQLite engine (issue 14): every SQLite schema of the corpus seeds clean, and the engine's
pieces (DSN, types, DDL reading, cycles, the oracle, append mode, rollback) on small schemas.

Acceptance: each ``sqlite/*.sql`` of the corpus is loaded into a fresh file, seeded with
``seedbed seed --dsn sqlite:///... --rows 100`` (exit 0), then checked by SQLite itself, not by
seedbed: ``PRAGMA integrity_check`` (CHECK, NOT NULL and every UNIQUE index) and
``PRAGMA foreign_key_check`` (orphans); every table holds rows (a table whose CHECK admits one
key holds exactly one, with a note), and ``sqlite_master`` is unchanged.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedbed import service
from seedbed.cli.main import app
from seedbed.engines import engine_for
from seedbed.engines.sqlite.ddl import expression, index_parts, table_checks
from seedbed.engines.sqlite.introspect import column_type
from seedbed.errors import ConnectionFailed, DatabaseError, LoadError, UnsatisfiableConstraint, UsageError
from seedbed.model import QualifiedName, TypeKind
from seedbed.planning.planner import PlanOptions
from tests.corpus import corpus_files, load_sql_file, sqlite_corpus_files

runner = CliRunner()
MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
#: table -> rows it can hold at most, by its CHECK (temporal: ``id INT ... CHECK (id = 0)``, the key)
ONE_ROW = {"nexus_endpoints_partition_status": 1}


def make_db(path: Path, ddl: str) -> str:
    with sqlite3.connect(path) as conn:
        conn.executescript(ddl)
    conn.close()
    return f"sqlite:///{path}"


def independent_problems(path: Path) -> tuple[list, list]:
    with sqlite3.connect(path) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    conn.close()
    return [r for r in integrity if r != ("ok",)], orphans


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        out = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    conn.close()
    return out


def master(path: Path) -> list:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(MASTER).fetchall()
    conn.close()
    return rows


@pytest.mark.corpus
@pytest.mark.parametrize("path", sqlite_corpus_files(), ids=lambda p: p.stem)
def test_corpus_schema_seeds_clean(tmp_path: Path, path: Path) -> None:
    db = tmp_path / f"{path.stem}.db"
    dsn = make_db(db, path.read_text(encoding="utf-8"))
    before = master(db)
    result = runner.invoke(app, ["seed", "--dsn", dsn, "--rows", "100", "--seed", "7", "--output", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["verify"]["ok"], out["verify"]["problems"]
    integrity, orphans = independent_problems(db)
    assert integrity == [] and orphans == []
    rows = counts(db)
    for table, n in rows.items():
        assert n == ONE_ROW.get(table, 100), (table, n)
    for table in set(ONE_ROW) & set(rows):
        assert any(table in note for note in out["notes"]), out["notes"]
    assert master(db) == before


# ---------------------------------------------------------------------------------- small schemas

def test_dsn_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seedbed.engines.sqlite.session import path_of

    assert path_of("sqlite:///app.db") == "app.db"
    assert path_of("sqlite:////abs/app.db") == "/abs/app.db"
    with pytest.raises(UsageError):
        path_of("sqlite:///:memory:")
    with pytest.raises(UsageError):
        path_of("sqlite:///")
    with pytest.raises(ConnectionFailed):  # never creates an empty database for a typo
        engine_for("sqlite:///x").connect(f"sqlite:///{tmp_path / 'missing.db'}")
    assert not (tmp_path / "missing.db").exists()
    make_db(tmp_path / "rel.db", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")
    monkeypatch.chdir(tmp_path)
    result = service.seed("sqlite:///rel.db", PlanOptions(rows=5, seed=1))
    assert result.ok and result.tables == {"main.t": 5}


@pytest.mark.parametrize(("declared", "kind", "extra"), [
    ("INTEGER", TypeKind.INTEGER, {"bits": 32}), ("BIGINT", TypeKind.INTEGER, {"bits": 64}),
    ("TINYINT(1)", TypeKind.BOOL, {}), ("BOOLEAN", TypeKind.BOOL, {}),
    ("VARCHAR(20)", TypeKind.TEXT, {"length": 20}), ("CHAR(2)", TypeKind.TEXT, {"length": 2, "fixed_length": True}),
    ("NVARCHAR(160)", TypeKind.TEXT, {"length": 160}), ("BLOB SUB_TYPE TEXT", TypeKind.TEXT, {}),
    ("LONGVARCHAR", TypeKind.TEXT, {}), ("MEDIUMBLOB", TypeKind.BYTEA, {}),
    ("BINARY(16)", TypeKind.BYTEA, {"length": 16, "fixed_length": True}), ("VARBINARY(8)", TypeKind.BYTEA, {"fixed_length": False}),
    ("DECIMAL(5,2)", TypeKind.NUMERIC, {"precision": 5, "scale": 2}), ("REAL", TypeKind.FLOAT, {}),
    ("DATETIME", TypeKind.TIMESTAMP, {}), ("DATE", TypeKind.DATE, {}), ("", TypeKind.TEXT, {}),
    ("UUID", TypeKind.UUID, {}), ("JSON", TypeKind.JSON, {}), ("WEIRD", TypeKind.TEXT, {}),
])
def test_declared_types(declared: str, kind: TypeKind, extra: dict) -> None:
    ctype = column_type(declared)
    assert ctype.kind is kind
    for key, value in extra.items():
        assert getattr(ctype, key) == value


def test_expressions_read_by_both_dialects() -> None:
    assert expression("[Discount]>=(0) AND [discount]<=(1)", ["Discount"]) == ('"Discount">=(0) AND "Discount"<=(1)',
                                                                              ("Discount",))
    assert expression('kind == "a" OR x NOTNULL OR `y` NOT NULL', ["kind", "x", "y"])[0] == \
        "\"kind\" = 'a' OR \"x\" IS NOT NULL OR \"y\" IS NOT NULL"
    assert expression("length(name) < 5 -- note\n", ["name", "length"])[0] == 'length("name") < 5'
    checks = table_checks("CREATE TABLE t (a INT CHECK (a > 0), b TEXT, CONSTRAINT [b ok] CHECK (b IN ('x', ')')))")
    assert checks == [(None, "a > 0"), ("b ok", "b IN ('x', ')')")]
    assert index_parts("CREATE UNIQUE INDEX i ON t(lower(a), b) WHERE a != '';") == ("lower(a), b", "a != ''")


CYCLE = """
CREATE TABLE store (store_id INTEGER PRIMARY KEY, manager_id INT NOT NULL REFERENCES staff(staff_id),
                    name TEXT NOT NULL);
CREATE TABLE staff (staff_id INTEGER PRIMARY KEY AUTOINCREMENT, store_id INT NOT NULL REFERENCES store,
                    "first name" VARCHAR(45) NOT NULL, email TEXT UNIQUE,
                    rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 5),
                    code TEXT NOT NULL CHECK (code GLOB '[A-Z][0-9]*'));
CREATE UNIQUE INDEX staff_email_active ON staff(lower(email)) WHERE rank > 2;
CREATE TABLE [order lines] (store_id INT NOT NULL REFERENCES store, line INT NOT NULL, qty REAL CHECK (qty > 0),
                            PRIMARY KEY (store_id, line)) WITHOUT ROWID;
CREATE TRIGGER staff_ai AFTER INSERT ON staff BEGIN UPDATE store SET name = name WHERE 0; END;
"""


def test_not_null_cycle_glob_check_and_append(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    dsn = make_db(db, CYCLE)
    result = service.seed(dsn, PlanOptions(rows=40, seed=3))
    assert result.ok, result.verify.problems
    assert independent_problems(db) == ([], [])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM staff WHERE code GLOB '[A-Z][0-9]*'").fetchone()[0] == 40
        assert conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'staff'").fetchone()[0] == 40
    conn.close()
    again = service.seed(dsn, PlanOptions(rows=10, seed=4))  # append: keys continue after the rows
    assert again.ok, again.verify.problems
    assert counts(db) == {"store": 50, "staff": 50, "order lines": 50}
    assert independent_problems(db) == ([], [])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'staff'").fetchone()[0] == 50
    conn.close()
    truncated = service.seed(dsn, PlanOptions(rows=7, seed=5, truncate=True))
    assert truncated.ok and counts(db) == {"store": 7, "staff": 7, "order lines": 7}


def test_introspection_of_keys_and_generated_columns(tmp_path: Path) -> None:
    dsn = make_db(tmp_path / "k.db", CYCLE + """
        CREATE TABLE g (id INTEGER PRIMARY KEY, a INT NOT NULL, twice INT GENERATED ALWAYS AS (a * 2) STORED);
    """)
    with service.connect(dsn) as conn:
        schema = service.load_schema(conn)
    staff = schema.table(QualifiedName(schema="main", name="staff"))
    assert staff.column("staff_id").identity and staff.column("staff_id").type.bits == 64
    partial = next(u for u in staff.uniques if u.name == "staff_email_active")
    assert partial.predicate == '"rank" > 2' and partial.expressions == 'lower("email")'
    assert [fk.ref_columns for fk in staff.foreign_keys] == [("store_id",)]
    assert staff.insert_triggers[0].name == "staff_ai"
    lines = schema.table(QualifiedName(schema="main", name="order lines"))
    assert lines.primary_key.columns == ("store_id", "line")
    assert schema.table(QualifiedName(schema="main", name="g")).column("twice").generated


def test_rejected_rows_roll_back_everything(tmp_path: Path) -> None:
    """A trigger no row satisfies: exit 4 naming it, and the file is as it was."""
    db = tmp_path / "r.db"
    dsn = make_db(db, """
        CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE t (id INTEGER PRIMARY KEY, p INT REFERENCES parent, v INT);
        CREATE TRIGGER no_rows BEFORE INSERT ON t BEGIN SELECT RAISE(ABORT, 'closed for business'); END;
        INSERT INTO parent (name) VALUES ('kept');
    """)
    before = db.read_bytes()
    with pytest.raises(UnsatisfiableConstraint) as info:
        service.seed(dsn, PlanOptions(rows=20, seed=1))
    assert "no_rows" in info.value.message and "closed for business" in info.value.message
    assert db.read_bytes() == before


def test_trigger_rejecting_some_rows_is_an_oracle(tmp_path: Path) -> None:
    db = tmp_path / "o.db"
    dsn = make_db(db, """
        CREATE TABLE t (id INTEGER PRIMARY KEY, v INT NOT NULL);
        CREATE TRIGGER odd BEFORE INSERT ON t WHEN new.v % 2 = 1 BEGIN SELECT RAISE(ABORT, 'odd'); END;
    """)
    result = service.seed(dsn, PlanOptions(rows=50, seed=2))
    assert result.ok and counts(db) == {"t": 50}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM t WHERE v % 2 = 1").fetchone()[0] == 0
    conn.close()


def test_refused_options_and_schema(tmp_path: Path) -> None:
    dsn = make_db(tmp_path / "o.db", "CREATE TABLE t (id INTEGER PRIMARY KEY);")
    with pytest.raises(UsageError, match="--bulk"):
        service.seed(dsn, PlanOptions(rows=1, seed=1), bulk=True)
    with pytest.raises(UsageError, match="one schema"):
        service.seed(dsn, PlanOptions(rows=1, seed=1), schemas=["public"])


def test_unique_problems_are_found(tmp_path: Path) -> None:
    """verify reads the data, not the loader: a duplicate slipped past a dropped index is found."""
    db = tmp_path / "u.db"
    dsn = make_db(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, e TEXT, n INT NOT NULL CHECK (n > 0));"
                      "INSERT INTO t (e, n) VALUES ('a', 1), ('a', 2);")
    with service.connect(dsn) as conn:
        schema = service.load_schema(conn)
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE UNIQUE INDEX t_e ON t(e) WHERE n > 5")
    raw.close()
    from dataclasses import replace

    table = schema.tables[0]
    bad = replace(schema, tables=(replace(table, uniques=(replace(table.primary_key, name="t_e", columns=("e",),
                                                                    primary=False),)),))
    with service.connect(dsn) as conn:
        report = service.verify_rows(conn, bad)
    assert [p.kind for p in report.problems] == ["unique"] and report.problems[0].count == 1


def test_failed_load_is_a_coded_error(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    dsn = make_db(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);")
    with sqlite3.connect(db) as raw:
        raw.execute("CREATE TRIGGER boom AFTER INSERT ON t BEGIN INSERT INTO missing VALUES (1); END")
    raw.close()
    with pytest.raises(DatabaseError) as info:
        service.seed(dsn, PlanOptions(rows=3, seed=1))
    assert "missing" in info.value.message and "nothing was committed" in info.value.hint


def test_demo_on_sqlite_needs_no_server() -> None:
    result = runner.invoke(app, ["demo", "--engine", "sqlite", "--rows", "20", "--output", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["ok"] and out["verify"]["ok"] and all(t["rows"] == 20 for t in out["tables"])


def test_generate_writes_a_ready_sqlite_file(tmp_path: Path) -> None:
    """A PostgreSQL DDL file in, a SQLite file out: the shop's cycle, keys and the CHECKs SQLite
    can run (PostgreSQL's casts and ARRAY lists translated), checked by SQLite and seedbed."""
    from seedbed.demo import shop_sql

    ddl = tmp_path / "shop.sql"
    ddl.write_text(shop_sql(), encoding="utf-8")
    target = tmp_path / "out" / "shop.db"
    result = runner.invoke(app, ["generate", str(ddl), "--format", "sqlite", "--out", str(target), "--rows", "30",
                                 "--seed", "5", "--output", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["files"] == [str(target)] and not list(target.parent.glob("*.partial"))
    assert independent_problems(target) == ([], [])
    assert set(counts(target).values()) == {30}
    with sqlite3.connect(target) as conn:
        orders = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'orders'").fetchone()[0]
    conn.close()
    assert "IN ('USD', 'EUR', 'GBP')" in orders
    assert [n for n in out["notes"] if "left out" in n]  # the regex CHECKs, said
    with service.connect(f"sqlite:///{target}") as conn:
        schema = service.load_schema(conn)
        assert service.verify_rows(conn, schema, require_nonempty=True).ok


def test_orphans_refused_at_commit_are_named(tmp_path: Path) -> None:
    """A trigger deletes the parent each child row points at: the deferred FK check refuses the
    COMMIT; the error names the child table and its parent, and the file is as it was."""
    db = tmp_path / "fk.db"
    dsn = make_db(db, """
        CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT NOT NULL REFERENCES parent);
        CREATE TRIGGER drop_parent AFTER INSERT ON child BEGIN DELETE FROM parent WHERE id = new.parent_id; END;
    """)
    before = db.read_bytes()
    with pytest.raises(LoadError) as info:
        service.seed(dsn, PlanOptions(rows=5, seed=1))
    assert "main.child" in info.value.message and "parent" in info.value.message
    assert db.read_bytes() == before


def test_scope_keys_plan_and_doctor_on_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    dsn = make_db(db, CYCLE)
    assert service.seed(dsn, PlanOptions(rows=5, seed=1)).ok
    missing = runner.invoke(app, ["seed", "--dsn", dsn, "--rows", "3", "--scope-ids", "store=1,2,999"])
    assert missing.exit_code == 2 and "999" in missing.output
    ok = runner.invoke(app, ["seed", "--dsn", dsn, "--rows", "3", "--scope-ids", "store=1,2"])
    assert ok.exit_code == 0, ok.output
    plan = runner.invoke(app, ["plan", "--dsn", dsn, "--rows", "3", "--output", "json"])
    assert plan.exit_code == 0 and "deferr" in plan.stdout  # the cycle goes in with FKs deferred
    doctor = runner.invoke(app, ["doctor", "--dsn", dsn])
    assert doctor.exit_code == 2 and "PostgreSQL" in doctor.output


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_postgres_corpus_round_trips_through_a_sqlite_file(fresh_dsn: str, tmp_path: Path, path: Path) -> None:
    """Schemas seedbed was not tuned on: each PostgreSQL corpus schema becomes a SQLite file
    (``generate --format sqlite`` from the live database), which the SQLite engine then reads back
    and seeds again (``--truncate``): exit 0, every table full, SQLite's own checks clean."""
    from seedbed import generate_files

    load_sql_file(fresh_dsn, path)
    target = tmp_path / f"{path.stem}.db"
    generate_files.generate(None, "sqlite", target, rows=20, seed=3, dsn=fresh_dsn)
    result = runner.invoke(app, ["seed", "--dsn", f"sqlite:///{target}", "--rows", "20", "--seed", "4", "--truncate",
                                 "--output", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["verify"]["ok"]
    assert independent_problems(target) == ([], [])
    assert set(counts(target).values()) == {20}


def test_declared_binary_lengths_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    dsn = make_db(db, "CREATE TABLE t (id BINARY(16) PRIMARY KEY, v VARBINARY(4) NOT NULL, w BLOB);")
    assert service.seed(dsn, PlanOptions(rows=50, seed=1)).ok
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT min(length(id)), max(length(id)), max(length(v)) FROM t").fetchone() == (16, 16, 4)
    conn.close()


def test_autoincrement_keys_are_never_reused(tmp_path: Path) -> None:
    """Deleted rows leave sqlite_sequence above max(id): new keys start after the counter."""
    db = tmp_path / "a.db"
    dsn = make_db(db, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);"
                      "INSERT INTO t (v) VALUES ('a'), ('b'), ('c'); DELETE FROM t WHERE id > 1;")
    assert service.seed(dsn, PlanOptions(rows=2, seed=1)).ok
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM t ORDER BY id")] == [1, 4, 5]
    conn.close()


def test_generate_files_from_a_live_sqlite_database(tmp_path: Path) -> None:
    """generate --dsn sqlite:///...: the schema is read from the file (nothing written to it); a
    CHECK the folder leaves to the database is named in a note (no PostgreSQL to ask)."""
    db = tmp_path / "g.db"
    dsn = make_db(db, "CREATE TABLE p (id INTEGER PRIMARY KEY);"
                      "CREATE TABLE t (id INTEGER PRIMARY KEY, a INT REFERENCES p, b INT REFERENCES p, CHECK (a != b));")
    before = db.read_bytes()
    result = runner.invoke(app, ["generate", "--dsn", dsn, "--format", "json", "--out", str(tmp_path / "out"),
                                 "--rows", "5", "--output", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert any("main.t" in n and "not validated" in n for n in out["notes"]), out["notes"]
    assert db.read_bytes() == before


EDGES = """
CREATE TABLE "a.b" (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE CHECK (length(code) = 3), n ANY,
                    flag INT NOT NULL CHECK (typeof(flag) = 'integer')) STRICT;
CREATE TABLE k (x, y TEXT, z REAL CHECK (z BETWEEN 0 AND 1));
CREATE TABLE w (a TEXT NOT NULL, b INTEGER NOT NULL, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE c (id INTEGER PRIMARY KEY, code TEXT REFERENCES "a.b"(code), wa TEXT, wb INTEGER,
                total INT GENERATED ALWAYS AS (wb * 2) VIRTUAL, created DATETIME DEFAULT CURRENT_TIMESTAMP,
                FOREIGN KEY (wa, wb) REFERENCES w (a, b));
CREATE TRIGGER c_bi BEFORE INSERT ON c WHEN new.wb % 7 = 0 BEGIN SELECT RAISE(ABORT, 'no sevens'); END;
"""


def test_strict_tables_untyped_columns_and_sqlite_only_checks(tmp_path: Path) -> None:
    """STRICT, a dotted name, a column with no type, a CHECK only SQLite reads (typeof: left to the
    database), an FK to a UNIQUE text column and a composite one to a WITHOUT ROWID table, a
    virtual generated column, a BEFORE INSERT trigger rejecting some rows."""
    db = tmp_path / "e.db"
    dsn = make_db(db, EDGES)
    result = service.seed(dsn, PlanOptions(rows=200, seed=1))
    assert result.ok, result.verify.problems
    assert independent_problems(db) == ([], [])
    assert counts(db) == {"a.b": 200, "k": 200, "w": 200, "c": 200}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM c WHERE wb % 7 = 0").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM c WHERE total IS wb * 2").fetchone()[0] == 200
    conn.close()
