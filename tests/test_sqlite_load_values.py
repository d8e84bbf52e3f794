"""The SQLite load's shortcuts store exactly what the plain conversions store (issue 14, speed).

Integer cells are bound as the generator's text where the column's affinity makes SQLite store
them as integers (``seedbed.engines.sqlite.load.integer_affinity``), timestamptz cells are
rewritten a whole column at a time, and a table's chunks are made on a thread and inserted by one
statement over a JSON payload (``seedbed.engines.sqlite.ahead``). All must leave the file holding
the same values, of the same storage class, as making chunks inline and binding every converted
cell with ``executemany``: the same seed makes the same rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from seedbed import service
from seedbed.engines.sqlite import load as sqlite_load
from seedbed.engines.sqlite.session import connect
from seedbed.generate.engine import Chunk
from seedbed.model import QualifiedName
from seedbed.planning.planner import PlanOptions

DDL = """
CREATE TABLE account (id INTEGER PRIMARY KEY, code BIGINT NOT NULL UNIQUE CHECK (typeof(code) = 'integer'),
                      joined TIMESTAMPTZ NOT NULL, score SMALLINT, ratio REAL, price DECIMAL(8,2));
CREATE TABLE ledger (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account (id),
                     amount INT NOT NULL CHECK (amount BETWEEN -500 AND 500), at TEXT) STRICT;
CREATE TABLE tag (account_id INT NOT NULL REFERENCES account (id), n INT NOT NULL, label TEXT,
                  PRIMARY KEY (account_id, n)) WITHOUT ROWID;
CREATE TABLE audit (id INTEGER PRIMARY KEY, account_id INT, note TEXT);
CREATE TRIGGER account_int BEFORE INSERT ON account
  WHEN typeof(NEW.code) <> 'integer' BEGIN SELECT RAISE(ABORT, 'code is not an integer'); END;
"""


def _seed(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        conn.executescript(DDL)
    conn.close()
    service.seed(f"sqlite:///{path}", PlanOptions(rows=300, seed=7), verify=True)
    out = []
    with sqlite3.connect(path) as conn:
        for table in ("account", "ledger", "tag", "audit"):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            exprs = ", ".join(f"{c}, typeof({c})" for c in cols)
            out.append((table, conn.execute(f"SELECT {exprs} FROM {table} ORDER BY 1, 3").fetchall()))
    conn.close()
    return out


def _plain_tz(cells: list[str]) -> list[str]:
    return [sqlite_load.clock_text(sqlite_load.iso_offset(c)) for c in cells]


def test_shortcuts_store_what_the_plain_conversions_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seedbed.engines.sqlite import ahead

    monkeypatch.setattr(ahead, "_cpus", lambda: 2)  # the threaded path, whatever this machine has
    fast = _seed(tmp_path / "fast.db")
    with monkeypatch.context() as m:
        m.setattr(sqlite_load, "integer_affinity", lambda ctype: False)
        m.setitem(sqlite_load.OVERRIDES, sqlite_load.TypeKind.TIMESTAMPTZ, sqlite_load.Whole(_plain_tz))
        m.setattr(sqlite_load, "pipelined", lambda engine, name: False)
        plain = _seed(tmp_path / "plain.db")
    assert all(rows for _, rows in fast)
    assert fast == plain
    integers = [row[i + 1] for _, rows in fast for row in rows for i in range(0, len(row), 2)
                if isinstance(row[i], int) and not isinstance(row[i], bool)]
    assert integers and set(integers) == {"integer"}


@pytest.mark.parametrize(("declared", "expected"), [
    ("INTEGER", True), ("BIGINT", True), ("int", True), ("UNSIGNED BIG INT", True), ("TINYINT(1)", True),
    ("TEXT", False), ("REAL", False), ("NUMERIC", False), ("", False)])
def test_integer_affinity_follows_sqlite_rule_one(declared: str, expected: bool) -> None:
    from seedbed.engines.sqlite.introspect import column_type

    assert sqlite_load.integer_affinity(column_type(declared)) is expected


def test_timestamptz_column_rewrite_matches_per_cell() -> None:
    cells = ["2024-01-02 03:04:05+00", "2023-12-31 23:59:59+00"]
    assert sqlite_load._clock_tz_column(cells) == _plain_tz(cells)
    mixed = ["2024-01-02 03:04:05+02", "2024-01-02 03:04:05+00", "2024-01-02 03:04:05.250000+00"]
    assert sqlite_load._clock_tz_column(mixed) == _plain_tz(mixed)
    assert sqlite_load._clock_tz_column(mixed[:2]) == _plain_tz(mixed[:2])
    assert sqlite_load._clock_tz_column([]) == []


def test_json_payload_carries_every_text_and_null_as_executemany_binds_them(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with sqlite3.connect(path) as conn:
        conn.executescript("CREATE TABLE a (id INTEGER PRIMARY KEY, t TEXT, n INT, f BOOLEAN, d DATE);"
                           "CREATE TABLE b (id INTEGER PRIMARY KEY, t TEXT, n INT, f BOOLEAN, d DATE);")
    conn.close()
    texts = ["tab\\there", "line\\nbreak", "back\\\\slash", 'quote " and \'', "é", "😀 emoji", "", "\\N"]
    cells = {"id": [str(i + 1) for i in range(len(texts))], "t": texts,
             "n": ["-5", "\\N", "0", "9223372036854775807", "12", "7", "\\N", "3"],
             "f": ["t", "f", "\\N", "t", "f", "t", "f", "t"], "d": ["2024-02-29"] * len(texts)}
    with connect(f"sqlite:///{path}") as conn:
        from seedbed import service

        sink = sqlite_load.SQLiteSink(conn, service.load_schema(conn), None)
        for name, as_json in (("a", True), ("b", False)):
            chunk = Chunk(table=QualifiedName(schema="main", name=name), number=0, start=0,
                          columns={k: list(v) for k, v in cells.items()}, pending={})
            payload = sink.payload(chunk) if as_json else None
            assert (payload is not None) is as_json
            sink.insert(chunk, payload)
        rows = [conn.raw.execute(f"SELECT t, typeof(t), n, typeof(n), f, typeof(f), d FROM {t} ORDER BY id").fetchall()
                for t in ("a", "b")]
    assert rows[0] == rows[1]
    assert [r[0] for r in rows[0]][:3] == ["tab\there", "line\nbreak", "back\\slash"]


@pytest.mark.parametrize("name", ['plain', 'Order Details', 'a"b', '""', 'é ü', "semi;colon --x", "back\\slash", "'single'"])
def test_identifiers_are_quoted_as_sqlite_reads_them(name: str) -> None:
    from psycopg import sql

    from seedbed.engines.sqlite.ddl import quote

    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE {quote(name)} ({quote(name + 'c')} INT)")
    assert conn.execute("SELECT name FROM sqlite_master").fetchone()[0] == name
    assert conn.execute(f"PRAGMA table_info({quote(name)})").fetchone()[1] == name + "c"
    conn.close()
    assert quote(name) == sql.Identifier(name).as_string(None)
