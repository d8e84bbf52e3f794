"""Every database error becomes one coded error: the one mapping the CLI, the Python API, the
HTTP API and MCP share.

A psycopg error carries a SQLSTATE whose class says what went wrong and so what the user can do
about it: a full disk is not a constraint, a timeout is not a permission problem. The mapping
keeps the failing statement's table as the subject (the server's own ``diag`` first, else the
table seedbed was working on) and a hint fitting the class. Exit code 3 for all of them
(``DatabaseError``); README "Exit codes" lists the codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from seedbed.errors import (
    ConcurrentConflict,
    ConnectionLost,
    DatabaseError,
    LoadError,
    OutOfResources,
    PermissionDenied,
    ReadOnly,
    StatementTimeout,
    UNCHANGED,
    unchanged_hint,
)
from seedbed.model import QualifiedName

__all__ = ["from_psycopg", "translated", "unchanged_hint"]

_UNCHANGED = UNCHANGED

#: (SQLSTATE prefix, error class, hint) in the order they are tried: the longest prefix first.
_BY_STATE: tuple[tuple[str, type[DatabaseError], str], ...] = (
    ("57P0", ConnectionLost,  # admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now
     "the server ended the session (terminated by an administrator, a restart or a crash); "
     "run the command again once the server accepts connections"),
    ("08", ConnectionLost,
     "the connection to the server was lost; check the network and the server, then run the command again"),
    ("57014", StatementTimeout,
     "a statement ran past statement_timeout or was canceled; raise the timeout for seedbed "
     "(PGOPTIONS='-c statement_timeout=0', or ALTER ROLE ... SET statement_timeout), or seed fewer rows"),
    ("55P03", StatementTimeout,
     "another session held a lock on the table past lock_timeout; retry when it is done (see pg_locks)"),
    ("25P03", StatementTimeout,
     "the session sat idle in its transaction past idle_in_transaction_session_timeout; raise it for seedbed"),
    ("53", OutOfResources,
     "the server ran out of resources (disk full, memory or connections): free disk space on the server "
     "or seed fewer rows (a failed load's space is reclaimed by VACUUM)"),
    ("42501", PermissionDenied,
     "the role lacks a privilege on the table: INSERT to seed it, SELECT to count its rows and read its keys, "
     "TRUNCATE for --truncate, ownership for --bulk; GRANT it, seed as the owner, or leave the table out "
     "(--tables / --exclude)"),
    ("25006", ReadOnly,
     "the transaction is read-only (a standby, or default_transaction_read_only is on): connect to the "
     "primary, or turn it off for the database or role"),
    ("40001", ConcurrentConflict,
     "a concurrent transaction conflicted with the seed (serialization failure); run it again"),
    ("40P01", ConcurrentConflict,
     "the seed deadlocked with another session; run it again when that session is done"),
    ("23505", LoadError,
     "a duplicate key: another session inserted the same key while seeding, or existing rows collide with "
     "generated ones; run the seed again, or empty the table with --truncate"),
    ("23", LoadError,
     "a constraint seedbed could not read rejected the rows; run `seedbed plan --explain` to see how each "
     "column is generated, or --exclude the table"),
    ("P0001", LoadError,
     "a trigger raised an error on the generated rows; run `seedbed plan --explain` to see how each column "
     "is generated, or --exclude the table"),
)


def hint_for(sqlstate: str) -> str | None:
    """The hint the mapping gives a SQLSTATE (for errors raised before the server would)."""
    return next((text for prefix, _, text in _BY_STATE if sqlstate.startswith(prefix)), None)


def _table_of(exc: psycopg.Error, table: QualifiedName | str | None) -> str | None:
    diag = exc.diag
    if diag.table_name:
        return f"{diag.schema_name}.{diag.table_name}" if diag.schema_name else diag.table_name
    return str(table) if table is not None else None


def from_psycopg(exc: psycopg.Error, *, table: QualifiedName | str | None = None,
                 doing: str | None = None) -> DatabaseError:
    """The coded error for a psycopg error raised while ``doing`` something to ``table``.

    ``exc.diag`` names the table when the server knows it (a constraint, a permission); else
    ``table`` is the one seedbed was working on. The hint says the database is unchanged when the
    error ended the seed's transaction.
    """
    diag = exc.diag
    state = exc.sqlstate or ""
    where = _table_of(exc, table)
    cls: type[DatabaseError] = DatabaseError
    hint = "an unexpected database error; run again with --debug for the traceback"
    for prefix, kind, text in _BY_STATE:
        if state.startswith(prefix):
            cls, hint = kind, text
            break
    else:
        if not state and isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
            cls = ConnectionLost  # the socket closed with no error from the server
            hint = "the connection to the server was lost; check the network and the server, then run it again"
    primary = diag.message_primary or (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    detail = f" {diag.message_detail}" if diag.message_detail else ""
    prefix = ": ".join(p for p in (where, doing) if p)
    subject = where
    if where and (diag.column_name or diag.constraint_name):
        subject = where + (f".{diag.column_name}" if diag.column_name else "") \
            + (f" ({diag.constraint_name})" if diag.constraint_name else "")
    err = cls(f"{prefix + ': ' if prefix else ''}{primary}{'' if primary.endswith('.') else '.'}{detail}",
              subject=subject, hint=hint)
    err.sqlstate = state or None  # type: ignore[attr-defined]
    return err


@contextmanager
def translated(table: QualifiedName | str | None = None, doing: str | None = None) -> Iterator[None]:
    """Turn a psycopg error raised inside the block into its coded error (``from_psycopg``)."""
    try:
        yield
    except psycopg.Error as exc:
        raise from_psycopg(exc, table=table, doing=doing) from exc


