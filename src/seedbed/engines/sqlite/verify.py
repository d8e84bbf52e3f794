"""Independent checks of the rows in a SQLite database, into the same ``VerifyReport`` as
PostgreSQL's (``seedbed.verify``).

* Foreign keys: ``PRAGMA foreign_key_check`` (SQLite's own check, whatever the model says).
* CHECK: ``SELECT count(*) FROM t WHERE NOT (expr)`` (a NULL result passes, as in SQLite).
* UNIQUE (primary keys and unique indexes): keys seen more than once among the rows the index
  covers (no NULL in the key; a partial index's predicate); an expression index on its
  expressions. ``count`` is the surplus rows.
* NOT NULL: one scan per table with the row count.

The checks read one snapshot: they run in a read transaction that is rolled back (or, inside
the caller's open transaction, in that one).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from typing import Any

from seedbed.engines.sqlite.ddl import quote
from seedbed.engines.sqlite.introspect import read_checks
from seedbed.rules import rules_of
from seedbed.engines.sqlite.load import table_sql
from seedbed.engines.sqlite.session import SQLiteConnection, from_sqlite
from seedbed.model import Check, QualifiedName, Schema, Table, UniqueKey
from seedbed.verify import KINDS, SAMPLE_SIZE, Problem, VerifyReport, selected_tables

__all__ = ["verify"]


def _rows(n: int) -> str:
    return f"{n} row{'s' if n != 1 else ''}"


class _Run:
    def __init__(self, conn: SQLiteConnection) -> None:
        self.raw = conn.raw
        self.problems: list[Problem] = []
        self.checked: dict[str, int] = dict.fromkeys(KINDS, 0)
        self.row_counts: dict[str, int] = {}

    def all(self, query: str, subject: str, args: tuple = ()) -> list[Any]:
        try:
            return self.raw.execute(query, args).fetchall()
        except sqlite3.Error as exc:
            raise from_sqlite(exc, table=subject, doing="verification query") from exc

    def sample(self, query: str, subject: str) -> tuple[str, ...]:
        rows = self.all(f"SELECT DISTINCT * FROM ({query}) ORDER BY 1 LIMIT {SAMPLE_SIZE}", subject)
        return tuple("NULL" if r[0] is None else str(r[0]) for r in rows)

    def table(self, table: Table, nonempty: bool) -> None:
        name = str(table.name)
        t = table_sql(table.name)
        must = [c for c in table.columns if not c.nullable]
        row = self.all("SELECT count(*)" + "".join(f", coalesce(sum({quote(c.name)} IS NULL), 0)" for c in must)
                       + f" FROM {t}", name)[0]
        self.row_counts[name] = int(row[0])
        self.checked["not_null"] += len(must)
        for col, nulls in zip(must, row[1:], strict=True):
            if nulls:
                self.add(kind="not_null", table=name, constraint=None, columns=(col.name,), count=int(nulls),
                         message=f"{name}.{col.name}: {_rows(nulls)} NULL but the column is NOT NULL")
        if nonempty:
            self.checked["empty"] += 1
            if not row[0]:
                self.add(kind="empty", table=name, constraint=None, columns=(), count=0,
                         message=f"{name}: the table is empty")
        for check in self.native_checks(table):
            where = f"NOT ({check.expression})"
            (n,) = self.all(f"SELECT count(*) FROM {t} WHERE {where}", f"{name} ({check.name})")[0]
            self.checked["check"] += 1
            if n:
                label = " || ', ' || ".join(f"quote({quote(c)})" for c in check.columns) or "'(row)'"
                sample = self.sample(f"SELECT {label} FROM {t} WHERE {where}", name)
                self.add(kind="check", table=name, constraint=check.name, columns=check.columns, count=int(n),
                         sample=sample, message=f"{name}: {_rows(n)} violating CHECK {check.expression} ({check.name})")
        for key in table.unique_keys:
            self.unique(table, key)
        self.foreign_keys(table)

    def native_checks(self, table: Table) -> list[Check]:
        """The table's CHECKs as SQLite runs them, read again from its stored DDL (the model's
        are in the form the CHECK folder reads: ``GLOB`` as a regex)."""
        rows = self.all("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", str(table.name),
                        (table.name.name,))
        native = read_checks(rows[0][0] or "", table.name.name, [c.name for c in table.columns], postgres=False) \
            if rows else []
        return native + rules_of(table)  # the seed's own rules (``seedbed.rules``): plain SQL SQLite reads

    def unique(self, table: Table, key: UniqueKey) -> None:
        name = str(table.name)
        parts = [key.expressions] if key.expressions else [quote(c) for c in key.columns]
        if not parts:
            return
        where = " AND ".join([f"{quote(c)} IS NOT NULL" for c in key.columns]
                             + ([f"({key.predicate})"] if key.predicate else []))
        group = ", ".join(parts)
        label = "NULL" if key.expressions else " || ', ' || ".join(f"quote({p})" for p in parts)
        dup = (f"SELECT {label} AS k, count(*) AS n "
               f"FROM {table_sql(table.name)}{' WHERE ' + where if where else ''} GROUP BY {group} HAVING count(*) > 1")
        (n,) = self.all(f"SELECT coalesce(sum(n - 1), 0) FROM ({dup})", f"{name} ({key.name})")[0]
        self.checked["unique"] += 1
        if n:
            sample = self.sample(f"SELECT k FROM ({dup})", name)
            self.add(kind="unique", table=name, constraint=key.name, columns=key.columns, count=int(n), sample=sample,
                     message=f"{name}: {_rows(n)} duplicating a key of {key.name} ({', '.join(key.columns)})")

    def foreign_keys(self, table: Table) -> None:
        name = str(table.name)
        rows = self.all(f"PRAGMA main.foreign_key_check({quote(table.name.name)})", name)
        self.checked["fk_orphan"] += len(table.foreign_keys)
        by_fk: dict[int, list[Any]] = {}
        for _t, rowid, _parent, fkid in rows:
            by_fk.setdefault(fkid, []).append(rowid)
        ids = sorted({r[0] for r in self.all(f"PRAGMA main.foreign_key_list({quote(table.name.name)})", name)})
        for fkid, rowids in sorted(by_fk.items()):
            fk = table.foreign_keys[ids.index(fkid)] if fkid in ids and ids.index(fkid) < len(table.foreign_keys) \
                else None
            cols = fk.columns if fk else ()
            parent = str(fk.ref_table) if fk else rows[0][2]
            self.add(kind="fk_orphan", table=name, constraint=fk.name if fk else None, columns=cols,
                     count=len(rowids), sample=tuple(str(r) for r in rowids[:SAMPLE_SIZE]),
                     message=f"{name}: {_rows(len(rowids))} referencing no row of {parent}"
                             + (f" ({', '.join(cols)})" if cols else ""))

    def add(self, **kw: Any) -> None:
        self.problems.append(Problem(**kw))


def verify(conn: SQLiteConnection, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
           require_nonempty: bool = False) -> VerifyReport:
    started = time.perf_counter()
    selected = selected_tables(schema, tables)
    run = _Run(conn)
    own = not conn.raw.in_transaction
    if own:
        conn.raw.execute("BEGIN")
    try:
        for table in selected:
            run.table(table, require_nonempty)
    finally:
        if own and conn.raw.in_transaction:
            conn.raw.execute("ROLLBACK")
    return VerifyReport(problems=tuple(run.problems), checked=run.checked, row_counts=run.row_counts,
                        seconds=time.perf_counter() - started)
