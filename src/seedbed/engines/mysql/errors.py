"""PyMySQL errors as seedbed's coded errors (the MySQL side of ``seedbed.engines.postgres.errors``).

MySQL has no SQLSTATE classes worth mapping on; its error numbers say the same: a lost
connection, a lock wait, a denied privilege, a row the table refuses. Exit code 3 for all of
them (``DatabaseError``), the subject the table seedbed was working on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pymysql

from seedbed.errors import (
    ConcurrentConflict,
    ConnectionLost,
    DatabaseError,
    LoadError,
    OutOfResources,
    PermissionDenied,
    ReadOnly,
    StatementTimeout,
)
from seedbed.model import QualifiedName

__all__ = ["from_pymysql", "translated"]

#: MySQL / MariaDB error number -> (error class, hint).
_BY_NUMBER: dict[int, tuple[type[DatabaseError], str]] = {
    **dict.fromkeys((2006, 2013, 2055, 1053, 1927), (
        ConnectionLost, "the connection to the server was lost; check the server, then run the command again")),
    **dict.fromkeys((1205, 3024, 1969), (
        StatementTimeout, "a lock wait or a statement ran past the server's timeout (innodb_lock_wait_timeout, "
                          "max_statement_time); retry when the other session is done, or raise the timeout")),
    **dict.fromkeys((1213,), (ConcurrentConflict, "a concurrent transaction deadlocked with the seed; run it again")),
    **dict.fromkeys((1142, 1143, 1044, 1227, 1370), (
        PermissionDenied, "the user lacks a privilege on the table (INSERT to seed, SELECT to count and read keys, "
                          "ALTER for AUTO_INCREMENT, DELETE for --truncate): GRANT it or leave the table out")),
    **dict.fromkeys((1290, 1792, 1036), (
        ReadOnly, "the server or the table is read-only (read_only, a replica): connect to the primary")),
    **dict.fromkeys((1114, 1021, 1041, 1040), (
        OutOfResources, "the server ran out of resources (a full table or disk, memory, connections)")),
}
_LOAD_HINT = "the database refused a generated row; nothing was committed: the database is as it was"


def from_pymysql(exc: pymysql.MySQLError, *, table: QualifiedName | str | None = None,
                 doing: str = "") -> DatabaseError:
    """The coded error for a driver error, naming ``table`` and what seedbed was ``doing``."""
    number = exc.args[0] if exc.args and isinstance(exc.args[0], int) else 0
    text = str(exc.args[1]) if len(exc.args) > 1 else str(exc)
    cls, hint = _BY_NUMBER.get(number, (LoadError if doing.startswith("loading") else DatabaseError, _LOAD_HINT))
    where = f" ({table})" if table else ""
    what = f" while {doing}" if doing else ""
    err = cls(f"MySQL error {number}{what}{where}: {text}", subject=str(table) if table else None, hint=hint)
    return err


@contextmanager
def translated(table: QualifiedName | str | None = None, doing: str = "") -> Iterator[None]:
    """Raise a driver error inside the block as its coded error."""
    try:
        yield
    except pymysql.MySQLError as exc:
        raise from_pymysql(exc, table=table, doing=doing) from exc
