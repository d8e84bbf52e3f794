"""``seedbed generate --format sqlite``: the generated rows in a ready SQLite file.

The tables are created from the model (any source: a JSON spec, a DDL file, a live database):
each column's kind as the SQLite type that keeps its meaning (``DATETIME``, ``NUMERIC(10,2)``,
``VARCHAR(20)``, ``BOOLEAN``; a single integer primary key as ``INTEGER PRIMARY KEY``, the
rowid), NOT NULL, primary and unique keys, foreign keys (``DEFERRABLE INITIALLY DEFERRED``: the
rows of a cycle go in with every value set and are checked at COMMIT), CHECKs and partial unique
indexes (PostgreSQL's spelling of them translated where only spelling differs: casts dropped,
``= ANY (ARRAY[...])`` as ``IN``). One SQLite still cannot run (a ``~`` regex) is left out, and a
note says which. Enum columns get a ``CHECK (c IN (...))`` of their labels.

The file is written beside its destination and renamed into place only when every row is in
and COMMIT succeeded: a failure leaves the previous file (if any) untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from seedbed.engines.cells import column_decoder
from seedbed.engines.sqlite.ddl import from_postgres, quote
from seedbed.engines.sqlite.load import OVERRIDES
from seedbed.engines.sqlite.session import translated
from seedbed.errors import UsageError
from seedbed.model import Column, ColumnType, QualifiedName, Schema, Table, TypeKind
from seedbed.sinks.files import FileSink

__all__ = ["SqliteFileSink", "declared_type", "table_name"]

SUFFIXES = (".db", ".sqlite", ".sqlite3")
_SIMPLE = {TypeKind.FLOAT: "REAL", TypeKind.BOOL: "BOOLEAN", TypeKind.BYTEA: "BLOB", TypeKind.DATE: "DATE",
           TypeKind.TIMESTAMP: "DATETIME", TypeKind.TIMESTAMPTZ: "TIMESTAMPTZ", TypeKind.TIME: "TIME",
           TypeKind.UUID: "UUID", TypeKind.JSON: "JSON", TypeKind.JSONB: "JSON", TypeKind.MONEY: "NUMERIC(19,2)"}


def table_name(name: QualifiedName) -> str:
    """The SQLite table of a model table: its name, schema-qualified unless ``public``/``main``."""
    return name.name if name.schema in ("public", "main") else f"{name.schema}.{name.name}"


def declared_type(ctype: ColumnType) -> str:
    """The SQLite type that keeps a column's meaning (and maps back to its kind on introspection)."""
    kind = ctype.kind
    if ctype.is_array:
        return "TEXT"
    if kind is TypeKind.INTEGER:
        return {16: "SMALLINT", 64: "BIGINT"}.get(ctype.bits or 32, "INTEGER")
    if kind is TypeKind.NUMERIC:
        return f"NUMERIC({ctype.precision},{ctype.scale or 0})" if ctype.precision else "NUMERIC"
    if kind is TypeKind.TEXT and ctype.length:
        return f"{'CHAR' if ctype.fixed_length else 'VARCHAR'}({ctype.length})"
    return _SIMPLE.get(kind, "TEXT")


def _on_sqlite(probe: sqlite3.Connection, columns: Sequence[Column], expression: str) -> str | None:
    """``expression`` (a CHECK or index predicate) as SQLite runs it: as written, else with
    PostgreSQL's spelling translated (``ddl.from_postgres``); None when SQLite refuses both."""
    cols = ", ".join(quote(c.name) for c in columns)
    for text in dict.fromkeys((expression, from_postgres(expression))):
        try:
            probe.execute(f"CREATE TEMP TABLE _probe ({cols}, CHECK ({text}))")
            probe.execute("DROP TABLE _probe")
            return text
        except sqlite3.Error:
            continue
    return None


def create_table(table: Table, probe: sqlite3.Connection, notes: list[str]) -> list[str]:
    """CREATE TABLE (and CREATE UNIQUE INDEX) statements for one model table."""
    pk = table.primary_key.columns if table.primary_key else ()
    rowid = len(pk) == 1 and table.column(pk[0]).type.kind is TypeKind.INTEGER \
        and not table.column(pk[0]).type.is_array
    parts = []
    for col in table.columns:
        if col.generated:
            continue  # its expression is PostgreSQL's: the generated values are not written either
        if rowid and col.name == pk[0]:
            parts.append(f"{quote(col.name)} INTEGER PRIMARY KEY")
            continue
        parts.append(f"{quote(col.name)} {declared_type(col.type)}" + ("" if col.nullable else " NOT NULL"))
    written = [c for c in table.columns if not c.generated]
    if pk and not rowid:
        parts.append(f"PRIMARY KEY ({', '.join(quote(c) for c in pk)})")
    indexes = []
    for key in table.uniques:
        if key.expressions:
            notes.append(f"{table.name}: unique index {key.name} on expressions left out of the SQLite file")
        elif key.predicate:
            where = _on_sqlite(probe, written, key.predicate)
            if where is not None:
                indexes.append(f"CREATE UNIQUE INDEX {quote(key.name)} ON {quote(table_name(table.name))} "
                               f"({', '.join(quote(c) for c in key.columns)}) WHERE {where}")
            else:
                notes.append(f"{table.name}: partial unique index {key.name} left out (its predicate is "
                             "PostgreSQL syntax SQLite cannot run)")
        else:
            parts.append(f"UNIQUE ({', '.join(quote(c) for c in key.columns)})")
    for fk in table.foreign_keys:
        parts.append(f"FOREIGN KEY ({', '.join(quote(c) for c in fk.columns)}) REFERENCES "
                     f"{quote(table_name(fk.ref_table))} ({', '.join(quote(c) for c in fk.ref_columns)}) "
                     "DEFERRABLE INITIALLY DEFERRED")
    for col in written:
        if col.type.kind is TypeKind.ENUM and col.type.enum_labels and not col.type.is_array:
            labels = ", ".join("'" + v.replace("'", "''") + "'" for v in col.type.enum_labels)
            parts.append(f"CHECK ({quote(col.name)} IN ({labels}))")
    for check in table.checks:
        text = _on_sqlite(probe, written, check.expression)
        if text is not None:
            parts.append(f"CONSTRAINT {quote(check.name)} CHECK ({text})")
        else:
            notes.append(f"{table.name}: CHECK {check.name} left out of the SQLite file (syntax SQLite cannot run)")
    return [f"CREATE TABLE {quote(table_name(table.name))} (\n    " + ",\n    ".join(parts) + "\n)", *indexes]


class SqliteFileSink(FileSink):
    """Every table into one SQLite file, one transaction (``--out x.db``, or ``DIR/data.db``)."""

    suffix = "db"

    def __init__(self, out: Path, schema: Schema, *, header: dict[str, Any], notes: list[str] | None = None) -> None:
        super().__init__(out, schema, header=header)
        self.target = out if out.suffix.lower() in SUFFIXES else out / "data.db"
        self.partial = self.target.with_name(self.target.name + ".partial")
        self.notes = notes if notes is not None else []
        self.conn: sqlite3.Connection | None = None
        self._stmt = ""
        self._decoders: list = []

    def begin(self, tables: Sequence[QualifiedName]) -> None:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        if self.target.is_dir():
            raise UsageError(f"--out {self.target} is a directory", subject=str(self.target),
                             hint="name the database file (--out data.db) or a directory without it")
        self.partial.unlink(missing_ok=True)
        self.conn = sqlite3.connect(self.partial, isolation_level=None)
        probe = sqlite3.connect(":memory:")
        try:
            with translated(doing=f"creating the tables of {self.target}"):
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("BEGIN")
                for table in self.schema.tables:
                    for stmt in create_table(table, probe, self.notes):
                        self.conn.execute(stmt)
        finally:
            probe.close()

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        t = self.schema.table(table)
        self._stmt = (f"INSERT INTO {quote(table_name(table))} ({', '.join(quote(c) for c in columns)}) "
                      f"VALUES ({', '.join('?' * len(columns))})")
        self._decoders = [column_decoder(t.column(c).type, OVERRIDES) for c in columns]

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        assert self.conn is not None
        values = [decode(cells) for decode, cells in zip(self._decoders, columns.values(), strict=True)]
        with translated(table, f"writing {self.target}"):
            self.conn.executemany(self._stmt, list(zip(*values, strict=True)))

    def close(self, ok: bool = True) -> list[Path]:
        if self.conn is None:
            return self.files
        try:
            with translated(doing=f"writing {self.target} (COMMIT: the deferred FK checks run now)"):
                self.conn.execute("COMMIT" if ok else "ROLLBACK")
        except BaseException:
            ok = False
            raise
        finally:
            self.conn.close()
            self.conn = None
            if ok:
                self.partial.replace(self.target)
                self.files.append(self.target)
            else:
                self.partial.unlink(missing_ok=True)
        return self.files
