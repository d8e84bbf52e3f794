"""The PostgreSQL engine: the reference implementation of ``seedbed.engines.base.DatabaseEngine``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import psycopg

from seedbed.engines.base import Progress
from seedbed.engines.postgres import load as _load
from seedbed.engines.postgres import session
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState


class PostgresEngine:
    name = "postgresql"
    schemes = ("postgresql", "postgres")

    def owns(self, conn: Any) -> bool:
        return isinstance(conn, psycopg.Connection)

    def connect(self, dsn: str, *, autocommit: bool = False,
                check: Callable[[Any], None] | None = None) -> psycopg.Connection:
        return session.connect(dsn, autocommit=autocommit, check=check)

    def introspect(self, conn: psycopg.Connection, schemas: Sequence[str] | None = None) -> Schema:
        return session.introspect(conn, schemas)

    def read_state(self, conn: psycopg.Connection, schema: Schema,
                   names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
        return session.read_state(conn, schema, names)

    def load(self, conn: psycopg.Connection, schema: Schema, plan: Plan, *, progress: Progress | None = None,
             bulk: bool = False, workers: int = 1, disable_triggers: bool = False) -> list[str]:
        return _load.load(conn, schema, plan, progress=progress, bulk=bulk, workers=workers,
                          disable_triggers=disable_triggers)

    def transaction(self, conn: psycopg.Connection, dsn: str | None, schema: Schema, plan: Plan,
                    body: Callable[[], list[str]]) -> list[str]:
        from seedbed.engines.postgres.transaction import commit_or_restore

        return commit_or_restore(conn, dsn, schema, plan, body)

    def verify(self, conn: psycopg.Connection, schema: Schema, *,
               tables: Iterable[QualifiedName] | None = None, require_nonempty: bool = False) -> Any:
        from seedbed.engines.postgres.verify import verify

        return verify(conn, schema, tables=tables, require_nonempty=require_nonempty)

    def missing_keys(self, conn: psycopg.Connection, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
        return session.missing_keys(conn, table, column, keys)

    def describe(self, conn: psycopg.Connection) -> dict[str, Any]:
        return {"engine": self.name, "server_version": conn.info.server_version,
                "load": "COPY FROM STDIN, one transaction",
                "cycles": {"defer": "deferrable FKs deferred to commit",
                           "null_then_update": "back-edges loaded NULL, then one bulk UPDATE",
                           "writable_cte": "NOT NULL cycle: one writable-CTE INSERT from staging tables",
                           "self_reference": "tree-shaped in one COPY"}}
