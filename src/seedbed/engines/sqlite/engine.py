"""The SQLite engine: ``seedbed.engines.base.DatabaseEngine`` over the standard library's sqlite3."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from seedbed.engines.base import Progress, missing_in_batches
from seedbed.engines.sqlite import load as _load
from seedbed.engines.sqlite import session
from seedbed.engines.sqlite.introspect import SCHEMA
from seedbed.engines.sqlite.session import SQLiteConnection
from seedbed.errors import DatabaseError, Interrupted, UsageError
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState


class SQLiteEngine:
    name = "sqlite"
    schemes = ("sqlite",)

    def owns(self, conn: Any) -> bool:
        return isinstance(conn, SQLiteConnection)

    def connect(self, dsn: str, *, autocommit: bool = False,
                check: Callable[[Any], None] | None = None) -> SQLiteConnection:
        return session.connect(dsn, check=check)

    def introspect(self, conn: SQLiteConnection, schemas: Sequence[str] | None = None) -> Schema:
        from seedbed.engines.sqlite.introspect import introspect

        if schemas and list(schemas) != [SCHEMA]:
            raise UsageError("--schema: a SQLite database has one schema, main", subject=", ".join(schemas),
                             hint="leave out --schema for SQLite")
        with session.translated(doing="reading the schema"):
            return introspect(conn.raw, source=f"sqlite:///{conn.path}")

    def read_state(self, conn: SQLiteConnection, schema: Schema,
                   names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
        return _load.read_state(conn, schema, names)

    def load(self, conn: SQLiteConnection, schema: Schema, plan: Plan, *, progress: Progress | None = None,
             bulk: bool = False, workers: int = 1, disable_triggers: bool = False) -> list[str]:
        for flag, given in (("--bulk", bulk), ("--workers", workers > 1), ("--disable-triggers", disable_triggers)):
            if given:
                raise UsageError(f"{flag} is not supported by the SQLite engine", subject=flag,
                                 hint=f"leave out {flag}: SQLite loads in one transaction with executemany")
        return _load.load(conn, schema, plan, progress=progress)

    def transaction(self, conn: SQLiteConnection, dsn: str | None, schema: Schema, plan: Plan,
                    body: Callable[[], list[str]]) -> list[str]:
        """BEGIN IMMEDIATE (the write lock up front), the load, COMMIT; on any failure ROLLBACK:
        the file is as it was (SQLite's journal undoes every page)."""
        from seedbed.errors import unchanged_hint

        phase = "loading rows"
        try:
            with session.translated(doing="starting the transaction"):
                conn.raw.execute("BEGIN IMMEDIATE")
            conn.autocommit = False
            notes = body()
            phase = "committing"
            try:
                conn.raw.execute("COMMIT")
            except sqlite3.Error as exc:
                _load.refused_commit(conn, schema, exc)  # names the orphans' table when it is the FKs
                raise
            return notes
        except BaseException as exc:
            try:
                conn.rollback()
            except sqlite3.Error:
                pass
            if isinstance(exc, KeyboardInterrupt):
                if phase == "committing":
                    raise Interrupted("interrupted during COMMIT: the seed may or may not have been committed; "
                                      "run `seedbed verify` and count the rows", committed=None) from None
                raise Interrupted("interrupted: nothing was committed", committed=False) from None
            if isinstance(exc, sqlite3.Error):
                raise unchanged_hint(session.from_sqlite(exc, doing=phase)) from exc
            if isinstance(exc, DatabaseError):
                unchanged_hint(exc)
            raise
        finally:
            conn.autocommit = True

    def verify(self, conn: SQLiteConnection, schema: Schema, *,
               tables: Iterable[QualifiedName] | None = None, require_nonempty: bool = False) -> Any:
        from seedbed.engines.sqlite.verify import verify

        return verify(conn, schema, tables=tables, require_nonempty=require_nonempty)

    def missing_keys(self, conn: SQLiteConnection, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
        """The given keys (as text) that no row of ``table`` holds in ``column``, in their order
        (``--scope-ids`` and scope phrases naming parent keys)."""
        from seedbed.engines.sqlite.ddl import quote
        from seedbed.engines.sqlite.load import table_sql

        def found_among(part: list[str]) -> list[Any]:
            return [r[0] for r in conn.raw.execute(
                f"SELECT DISTINCT CAST({quote(column)} AS TEXT) FROM {table_sql(table)} "
                f"WHERE CAST({quote(column)} AS TEXT) IN ({', '.join('?' * len(part))})", part)]

        with session.translated(table, f"checking the keys of {table}.{column}"):
            return missing_in_batches(keys, found_among)

    def describe(self, conn: SQLiteConnection) -> dict[str, Any]:
        # Every FK is deferred for the load (seedbed.engines.sqlite.load), whatever the strategy.
        deferred = ("deferred foreign keys (PRAGMA defer_foreign_keys): every value set in the first INSERT, "
                    "checked at COMMIT")
        return {"engine": self.name, "server_version": sqlite3.sqlite_version,
                "load": "executemany per chunk, one transaction",
                "cycles": {"defer": deferred, "null_then_update": deferred, "writable_cte": deferred,
                           "self_reference": deferred}}
