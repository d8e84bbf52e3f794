"""The MySQL / MariaDB engine: ``seedbed.engines.base.DatabaseEngine`` over PyMySQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pymysql

from seedbed.engines.base import Progress
from seedbed.engines.mysql import session
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState


class MySQLEngine:
    name = "mysql"
    schemes = ("mysql", "mariadb")

    def owns(self, conn: Any) -> bool:
        return isinstance(conn, pymysql.connections.Connection)

    def connect(self, dsn: str, *, autocommit: bool = False, check: Callable[[Any], None] | None = None) -> Any:
        return session.connect(dsn, autocommit=autocommit, check=check)

    def introspect(self, conn: Any, schemas: Sequence[str] | None = None) -> Schema:
        from seedbed.engines.mysql.introspect import introspect

        return introspect(conn, schemas)

    def read_state(self, conn: Any, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
        return session.read_state(conn, schema, names)

    def load(self, conn: Any, schema: Schema, plan: Plan, *, progress: Progress | None = None,
             bulk: bool = False, workers: int = 1, disable_triggers: bool = False) -> list[str]:
        from seedbed.engines.mysql.load import load

        return load(conn, schema, plan, progress=progress, bulk=bulk, workers=workers,
                    disable_triggers=disable_triggers)

    def transaction(self, conn: Any, dsn: str | None, schema: Schema, plan: Plan,
                    body: Callable[[], list[str]]) -> list[str]:
        from seedbed.engines.mysql.transaction import commit_or_rollback

        return commit_or_rollback(conn, schema, plan, body)

    def verify(self, conn: Any, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
               require_nonempty: bool = False) -> Any:
        from seedbed.engines.mysql.verify import verify

        return verify(conn, schema, tables=tables, require_nonempty=require_nonempty)

    def missing_keys(self, conn: Any, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
        return session.missing_keys(conn, table, column, keys)

    def describe(self, conn: Any) -> dict[str, Any]:
        return {"engine": self.name, "server_version": conn.get_server_info(),
                "load": "LOAD DATA LOCAL INFILE from memory, one statement per table (multi-row INSERT where "
                        "refused), one transaction; on MariaDB a table that was empty is a bulk insert with "
                        "UNIQUE_CHECKS and FOREIGN_KEY_CHECKS off, proven right after (duplicates, orphans)",
                # MySQL has no deferrable FKs: a cycle is NULL then UPDATE, or its rows go in with
                # the checks off (seedbed.engines.mysql.sink.MySQLSink.insert_all_at_once).
                "cycles": {"null_then_update": "back-edges loaded NULL, then one UPDATE joined to a staging table",
                           "writable_cte": "NOT NULL cycle: FOREIGN_KEY_CHECKS=0 then an anti-join check "
                                           "of every FK (an orphan refuses the commit)",
                           "self_reference": "tree-shaped in one LOAD DATA (parents before their children)"}}
