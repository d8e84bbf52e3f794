"""The database as the oracle for user triggers: find the rows a trigger rejects, remake them.

A trigger's body is code seedbed does not read, so its rules cannot be met by construction.
A chunk of a table with INSERT triggers goes in with one COPY under a savepoint, as every
chunk does; only when the database rejects it is the chunk bisected, each half COPYed under
its own savepoint (accepted halves stay in), down to the single rows the trigger rejects.
Those rows are regenerated from fresh deterministic streams (an attempt number in the stream
key, ``Engine.regenerate``) and tried again, with a bounded budget. When the budget runs out
the seed stops (exit 4) naming the trigger, its function and the message it raised.

Rows whose parent row in the same chunk was rejected fail their FK until the parent goes in:
they wait for the next round unchanged. A row CHECK the regenerated values break counts as a
rejection too (the CHECK oracle ran on the first values only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.engine import Chunk
from seedbed.model import Table
from seedbed.sinks.postgres import PostgresSink, columns_sql, copy_text, describe, ident

__all__ = ["BUDGET", "commit_refused", "copy_checked", "disable_user_triggers", "load_guarded", "prefetchable"]

#: Rounds of regeneration for the rows a trigger rejects.
BUDGET = 16
#: Trigger attempts draw from streams apart from the CHECK oracle's (attempts 1..24).
ATTEMPT_BASE = 1000
#: Rounds with fewer rows than this always use the whole budget (they are cheap).
HOPELESS_ROWS = 16

_FUNCTION = re.compile(r'function ((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\(')


def _rejection(exc: psycopg.Error) -> bool:
    """A refusal of the rows themselves: raised in a trigger function, or a row CHECK."""
    return (isinstance(exc, pg_errors.RaiseException | pg_errors.CheckViolation)
            or "PL/pgSQL function" in (exc.diag.context or ""))


def _waits(exc: psycopg.Error) -> bool:
    """An FK whose parent row (rejected in this round) is not in yet."""
    return isinstance(exc, pg_errors.ForeignKeyViolation)


class _Probe:
    """COPY some rows of a chunk under a savepoint; remembers the last refusal."""

    def __init__(self, sink: PostgresSink, chunk: Chunk) -> None:
        self.conn = sink.conn
        self.chunk = chunk
        self.cols = list(chunk.columns)
        self.stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(ident(chunk.table), columns_sql(self.cols))
        self.last: psycopg.Error | None = None
        self.statements = 0

    def insert(self, rows: Sequence[int], data: bytes | None = None) -> psycopg.Error | None:
        """COPY ``rows`` (or ``data``, the chunk's own COPY text) under a savepoint."""
        if data is None:
            data = copy_text([[self.chunk.columns[c][p] for p in rows] for c in self.cols])
        self.statements += 1
        try:
            with self.conn.transaction(), self.conn.cursor() as cur, cur.copy(self.stmt) as cp:
                cp.write(data)
        except psycopg.Error as exc:
            if not (_rejection(exc) or _waits(exc)):
                raise describe(exc, self.chunk.table) from exc
            return exc
        return None

    def bisect(self, rows: list[int], failed: psycopg.Error | None = None) -> tuple[list[int], list[int]]:
        """Insert every row of ``rows`` the database accepts; return (rejected, waiting)."""
        exc = failed if failed is not None else self.insert(rows)
        if exc is None:
            return [], []
        if len(rows) == 1:
            if _rejection(exc):
                self.last = exc
                return rows, []
            return [], rows
        half = len(rows) // 2
        bad1, wait1 = self.bisect(rows[:half])
        bad2, wait2 = self.bisect(rows[half:])
        return bad1 + bad2, wait1 + wait2


def copy_checked(sink: PostgresSink, engine, table: Table, chunk: Chunk, budget: int = BUDGET, *,
                 failed: psycopg.Error | None = None) -> int:
    """Load a chunk of a table whose INSERT triggers may reject rows; returns the rows remade.

    The normal path is one COPY under one savepoint; bisection only after a refusal (``failed``:
    the chunk was tried already and refused with it).
    """
    probe = _Probe(sink, chunk)
    first = failed if failed is not None else probe.insert(range(chunk.size))
    if first is None:
        return 0
    todo, failed = list(range(chunk.size)), first
    remade = 0
    hopeless = 0  # rounds in a row in which every row tried was rejected
    for attempt in range(1, budget + 2):
        rejected, waiting = probe.bisect(todo, failed)
        if not rejected and not waiting:
            return remade
        if not rejected:  # nothing left to remake, yet rows still wait for a parent: a real orphan
            exc = probe.insert(waiting)
            if exc is not None:
                raise describe(exc, chunk.table) from exc
            return remade
        # Every row of a round rejected, three rounds running, over enough rows that chance
        # cannot explain it: a rule no fresh values meet (rejected chunks cost ~2 COPYs a row).
        hopeless = hopeless + 1 if len(rejected) == len(todo) and len(todo) >= HOPELESS_ROWS else 0
        if attempt > budget or hopeless >= 3:
            break
        engine.regenerate(chunk, rejected, ATTEMPT_BASE + attempt)
        remade += len(rejected)
        todo, failed = sorted(rejected + waiting), None
    raise _refusal(table, probe.last, attempt, len(rejected))


def _refusal(table: Table, exc: psycopg.Error | None, tries: int, rows: int) -> UnsatisfiableConstraint:
    """Exit 4 naming the trigger, its function and the message it raised."""
    diag = exc.diag if exc is not None else None
    message = (diag.message_primary if diag else None) or "rejected"
    context = (diag.context if diag else None) or ""
    match = _FUNCTION.search(context)
    function = match.group(1).replace('"', "") if match else None
    triggers = list(table.insert_triggers)
    if function is not None:
        short = function.rpartition(".")[2]
        triggers = [t for t in triggers if t.function == function or t.function.rpartition(".")[2] == short] \
            or triggers
    if isinstance(exc, pg_errors.CheckViolation) and diag and diag.constraint_name:
        what = f"CHECK {diag.constraint_name}"
        subject = f"{table.name}.{diag.constraint_name}"
    elif triggers:
        what = "trigger " + ", ".join(f"{t.name} (function {t.function})" for t in triggers)
        subject = f"{table.name}.{triggers[0].name}"
    else:
        what = f"function {function}" if function else "the database"
        subject = str(table.name)
    return UnsatisfiableConstraint(
        f"{table.name}: {what} rejected {rows} generated row{'s' if rows != 1 else ''} "
        f"in {tries} attempts: {message}",
        subject=subject,
        hint="seedbed cannot read a trigger's rule: express it as a CHECK or FK it can read, "
             "seed with --disable-triggers (the rule is then not checked), or --exclude the table")


def disable_user_triggers(conn: psycopg.Connection) -> None:
    """``--disable-triggers``: user triggers off until the end of the transaction.

    ``session_replication_role = replica`` stops every trigger that is not ENABLE ALWAYS, the
    FK checks included (they are triggers too): seedbed's verify checks the FKs afterwards.
    Setting it needs superuser (or, from PostgreSQL 15, a role granted SET on it).
    """
    try:
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
    except psycopg.errors.InsufficientPrivilege as exc:
        from seedbed.errors import DatabaseError

        raise DatabaseError(
            f"cannot disable triggers: {exc.diag.message_primary or exc}",
            code="SB322", subject="session_replication_role",
            hint="--disable-triggers needs a superuser (or GRANT SET ON PARAMETER session_replication_role); "
                 "without it the triggers run and rejected rows are regenerated") from exc


def prefetchable(engine, name) -> bool:
    """Whether the next chunk of a guarded table may be made while this one loads: not when a
    chunk reads its own table's earlier rows (a self-reference: a regenerated row could then
    pick a parent of the chunk made ahead)."""
    return not any(fk.self_reference for fk in engine.plan.tables[name].fks)


def load_guarded(sink: PostgresSink, engine, name, report) -> None:
    """The chunks of a table with INSERT triggers (and no residual CHECK), each checked by the
    database (``copy_checked``), the next one made on a thread while the server ingests this
    one. The engine is used by one thread at a time: a chunk enters the key pools once it is
    loaded, after the chunk made ahead is complete."""
    from concurrent.futures import ThreadPoolExecutor

    from seedbed.generate.feed import encode_chunk, sort_key

    tp = engine.plan.tables[name]
    table = engine.schema.table(name)
    order = sort_key(engine.schema, engine.plan, name)
    starts = list(range(0, tp.rows, engine.chunk_rows))

    def make(number: int) -> tuple[Chunk, bytes]:
        start = starts[number]
        chunk = engine.make_chunk(tp, table, number, start, min(engine.chunk_rows, tp.rows - start))
        return chunk, encode_chunk(chunk, order).data

    done = 0
    with ThreadPoolExecutor(1, thread_name_prefix="seedbed-guarded") as ahead:
        current = make(0) if starts else None
        for number in range(len(starts)):
            chunk, data = current
            nxt = ahead.submit(make, number + 1) if number + 1 < len(starts) else None
            try:
                failed = _Probe(sink, chunk).insert((), data)
            finally:
                current = nxt.result() if nxt is not None else None
            if failed is not None:
                copy_checked(sink, engine, table, chunk, failed=failed)
            engine.pools.record(name, {**chunk.columns, **chunk.attrs}, chunk.recorded)
            done += chunk.size
            report(name, done)


def commit_refused(exc: psycopg.Error, schema, tables) -> Exception:
    """A deferred constraint trigger raised at COMMIT: nothing can be regenerated any more.
    Exit 4 naming the trigger (found by the function in the error's context) when it is one
    of the seeded tables', else the database's refusal (exit 3)."""
    context = exc.diag.context or ""
    match = _FUNCTION.search(context)
    if match and _rejection(exc):
        short = match.group(1).replace('"', "").rpartition(".")[2]
        for name in tables:
            table = schema.table(name)
            found = [t for t in table.insert_triggers if t.function.rpartition(".")[2] == short]
            if found:
                t = found[0]
                return UnsatisfiableConstraint(
                    f"{table.name}: deferred trigger {t.name} (function {t.function}) rejected the rows at commit: "
                    f"{exc.diag.message_primary or exc}",
                    subject=f"{table.name}.{t.name}",
                    hint="a trigger deferred to COMMIT checks rows when nothing can be regenerated any more; "
                         "seed with --disable-triggers (the rule is then not checked), or --exclude the table")
    first = next(iter(tables), None)
    return describe(exc, first) if first is not None else exc
