"""One transaction per seed: load, commit, or roll back and leave the database as it was.

Rolling back is not all of it: sequences are not transactional (``seedbed.engines.postgres.sequences``
puts them back), a terminated session cannot even roll back (the server already did), and what
the user is told must be true of the phase the failure hit: before COMMIT nothing was
committed, during it the outcome is unknown. Every database error leaves as its coded error
(``seedbed.engines.postgres.errors``), naming the table where it can: at COMMIT, the table whose deferred
trigger raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import psycopg

from seedbed.engines.postgres.errors import from_psycopg, hint_for, translated, unchanged_hint
from seedbed.errors import DatabaseError, Interrupted, ReadOnly
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan
from seedbed.engines.postgres.sink import ident
from seedbed.engines.postgres.sequences import SequenceGuard

__all__ = ["commit_or_restore", "require_writable"]


def commit_or_restore(conn: psycopg.Connection, dsn: str | None, schema: Schema, plan: Plan,
                      body: Callable[[], list[str]]) -> list[str]:
    """Run ``body`` (the load of ``plan``) and commit; on any failure roll back, put the sequences
    back as they were (``setval`` is not transactional) and raise the coded error.

    The phase is tracked so an interrupt says what is true: before COMMIT nothing was committed;
    during it the outcome is unknown.
    """
    guard = SequenceGuard(schema, list(plan.tables))
    phase = "loading rows"
    try:
        require_writable(conn)
        guard.record(conn)
        notes = body()
        phase = "committing"
        conn.commit()
        return notes
    except BaseException as exc:
        _rollback(conn)
        restored = guard.restore(conn, dsn)
        if isinstance(exc, KeyboardInterrupt):
            if phase == "committing":
                raise Interrupted("interrupted during COMMIT: the seed may or may not have been committed; "
                                  "run `seedbed verify` and count the rows", committed=None) from None
            raise Interrupted("interrupted: nothing was committed", committed=False) from None
        if isinstance(exc, psycopg.Error):
            err = _refused_at_commit(exc, schema, plan) if phase == "committing" else None
            if err is None:
                culprit = _deferred_culprit(conn, exc, list(plan.tables)) if phase == "committing" else None
                err = from_psycopg(exc, table=culprit, doing="committing (deferred constraints and triggers run now)"
                                   if phase == "committing" else phase)
        else:
            err = exc
        if isinstance(err, DatabaseError):
            unchanged_hint(err)
            if restored:
                err.hint = f"{err.hint}; {restored}"
        if err is exc:
            raise
        raise err from exc


def _refused_at_commit(exc: psycopg.Error, schema: Schema, plan: Plan) -> Exception | None:
    """A seeded table's deferred trigger that raised at COMMIT: exit 4 naming the trigger, its
    function and its message (``seedbed.engines.postgres.triggers``); None for any other failure."""
    from seedbed.errors import UnsatisfiableConstraint
    from seedbed.engines.postgres.triggers import commit_refused

    refused = commit_refused(exc, schema, list(plan.tables))
    return refused if isinstance(refused, UnsatisfiableConstraint) else None


def require_writable(conn: psycopg.Connection) -> None:
    """Refuse a read-only session up front (a standby, ``default_transaction_read_only``), before
    --truncate or --bulk run their first statement."""
    with translated(doing="checking the session"):
        read_only = conn.execute("SELECT current_setting('transaction_read_only')").fetchone()[0] == "on"
    if read_only:
        raise ReadOnly(f"the database {conn.info.dbname} is read-only for this session: nothing can be seeded",
                       subject=conn.info.dbname, hint=hint_for("25006"))


def _deferred_culprit(conn: psycopg.Connection, exc: psycopg.Error, tables: list[QualifiedName]) -> str | None:
    """The seeded table whose deferred trigger raised at COMMIT: the server names the function
    (in the error's context), not the table; found when one seeded table has such a trigger."""
    if exc.diag.table_name:
        return None  # the server said it
    found = re.search(r"PL/pgSQL function (?:[\w$]+\.)?\"?([^\s(\"]+)\"?\(", exc.diag.context or "")
    if not found or conn.closed or conn.broken:
        return None
    try:
        rows = conn.execute("""
            SELECT DISTINCT t.tgrelid::regclass::text FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE t.tgdeferrable AND t.tginitdeferred AND p.proname = %s
              AND t.tgrelid = ANY(%s::regclass[])""",
                            (found.group(1), [ident(n).as_string(conn) for n in tables])).fetchall()
        conn.rollback()
    except psycopg.Error:
        return None
    return rows[0][0] if len(rows) == 1 else None


def _rollback(conn: psycopg.Connection) -> None:
    """Roll back, whatever state the connection is in (a terminated session cannot answer)."""
    try:
        conn.rollback()
    except psycopg.Error:
        pass
