"""SQLite sessions: the DSN, the connection, and sqlite3 errors as coded errors.

DSN: ``sqlite:///relative/path.db`` (relative to the working directory) or
``sqlite:////absolute/path.db`` (SQLAlchemy's form: three slashes, then the path). The file must
exist: a typo would otherwise create an empty database and seed nothing. ``sqlite:///:memory:``
is refused: an in-memory database vanishes with the process that seeded it.

The connection is opened in the driver's autocommit mode (``isolation_level=None``) so that
seedbed issues BEGIN / COMMIT itself, with ``PRAGMA foreign_keys=ON`` (SQLite's default is off,
and the pragma cannot change inside a transaction).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote
from urllib.parse import unquote

from seedbed.engines.base import consented
from seedbed.errors import (
    ConcurrentConflict,
    ConnectionFailed,
    DatabaseError,
    LoadError,
    OutOfResources,
    PermissionDenied,
    ReadOnly,
    UsageError,
)
from seedbed.model import QualifiedName

__all__ = ["SQLiteConnection", "connect", "from_sqlite", "path_of", "translated"]

#: Seconds to wait for another connection's write lock before giving up.
BUSY_TIMEOUT = 10.0


def path_of(dsn: str) -> str:
    """The file a ``sqlite:///...`` DSN names (module docstring)."""
    head, sep, rest = dsn.partition("://")
    if not sep or not rest.startswith("/"):
        raise UsageError(f"not a SQLite DSN: {dsn!r}", subject=dsn,
                         hint="sqlite:///relative/path.db or sqlite:////absolute/path.db")
    path = unquote(rest[1:].partition("?")[0])
    if not path:
        raise UsageError("the SQLite DSN names no file", subject=dsn,
                         hint="sqlite:///relative/path.db or sqlite:////absolute/path.db")
    if path == ":memory:":
        raise UsageError("sqlite:///:memory: is refused: an in-memory database vanishes when seedbed exits",
                         subject=dsn, hint="seed a file (sqlite:///app.db); in Python, pass a connection's file")
    return path


class SQLiteConnection:
    """A sqlite3 connection with the surface seedbed's service uses (``autocommit``, a context
    manager that closes it). ``raw`` is the sqlite3 connection."""

    def __init__(self, raw: sqlite3.Connection, path: str) -> None:
        self.raw = raw
        self.path = path
        self.autocommit = True  # reads outside a transaction; ``transaction`` opens one for a load

    def execute(self, query: str, args: Any = ()) -> sqlite3.Cursor:
        return self.raw.execute(query, args)

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def rollback(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> SQLiteConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.rollback()
        except sqlite3.Error:
            pass
        self.close()


def connect(dsn: str, *, check: Callable[[Any], None] | None = None) -> SQLiteConnection:
    path = path_of(dsn)
    if not Path(path).is_file():
        raise ConnectionFailed(f"cannot open {dsn}: no such file {path}", subject=dsn,
                               hint="create the database first (sqlite3 app.db < schema.sql); "
                                    "seedbed does not create an empty one")
    try:
        raw = sqlite3.connect(f"file:{urlquote(path)}?mode=rw", uri=True, isolation_level=None,
                              timeout=BUSY_TIMEOUT, check_same_thread=False)
        raw.execute("PRAGMA foreign_keys = ON")
        raw.execute("SELECT count(*) FROM main.sqlite_master").fetchone()  # not a database: fails here
    except sqlite3.Error as exc:
        raise ConnectionFailed(f"cannot open {dsn}: {exc}", subject=dsn,
                               hint="check that the file is a SQLite database and that you may write it") from None
    return consented(SQLiteConnection(raw, path), check)


#: (sqlite error name prefix, error class, hint)
_BY_NAME: tuple[tuple[str, type[DatabaseError], str], ...] = (
    ("SQLITE_BUSY", ConcurrentConflict,
     "another connection holds the database's write lock; run the seed again when it is done"),
    ("SQLITE_LOCKED", ConcurrentConflict,
     "another connection holds the database's write lock; run the seed again when it is done"),
    ("SQLITE_READONLY", ReadOnly, "the file or its directory is read-only: make both writable"),
    ("SQLITE_PERM", PermissionDenied, "the file or its directory is not writable: check their permissions"),
    ("SQLITE_CANTOPEN", PermissionDenied, "the file or its directory is not writable: check their permissions"),
    ("SQLITE_FULL", OutOfResources, "the disk is full: free space or seed fewer rows"),
    ("SQLITE_NOMEM", OutOfResources, "out of memory: seed fewer rows"),
    ("SQLITE_CONSTRAINT_UNIQUE", LoadError,
     "a duplicate key: existing rows collide with generated ones; run the seed again, or empty the table "
     "with --truncate"),
    ("SQLITE_CONSTRAINT", LoadError,
     "a constraint seedbed could not read rejected the rows; run `seedbed plan --explain` to see how each "
     "column is generated, or --exclude the table"),
)


def from_sqlite(exc: sqlite3.Error, *, table: QualifiedName | str | None = None,
                doing: str | None = None) -> DatabaseError:
    """The coded error for a sqlite3 error raised while ``doing`` something to ``table``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    cls: type[DatabaseError] = DatabaseError
    hint = "an unexpected database error; run again with --debug for the traceback"
    for prefix, kind, text in _BY_NAME:
        if name.startswith(prefix):
            cls, hint = kind, text
            break
    where = str(table) if table is not None else None
    prefix = ": ".join(p for p in (where, doing) if p)
    err = cls(f"{prefix + ': ' if prefix else ''}{exc}", subject=where, hint=hint)
    err.sqlstate = name or None  # type: ignore[attr-defined]
    return err


@contextmanager
def translated(table: QualifiedName | str | None = None, doing: str | None = None) -> Iterator[None]:
    """Turn a sqlite3 error raised inside the block into its coded error."""
    try:
        yield
    except sqlite3.Error as exc:
        raise from_sqlite(exc, table=table, doing=doing) from exc
