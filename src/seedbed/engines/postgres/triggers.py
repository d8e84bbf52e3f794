"""The database as the oracle for user triggers: find the rows a trigger rejects, remake them.

A trigger's body is code seedbed does not read, so its rules cannot be met by construction.
A chunk of a table with INSERT triggers goes in with one COPY under a savepoint, as every
chunk does. Only when the database rejects it are the rejected rows looked for: the chunk is
staged in a temporary table and one server-side loop inserts it row by row, each row in its own
subtransaction (a PL/pgSQL ``BEGIN ... EXCEPTION`` block), noting the rows refused with the
error. Accepted rows stay in. That costs about 20 microseconds a row on the server, where
bisection from the client under savepoints costs a round trip per probe and re-inserts every
row about log2(chunk) times: at 10% rejected rows, 200,000 rows took 185 s bisected and
a few seconds sifted.

The rejected rows are regenerated from fresh deterministic streams (an attempt number in the
stream key, ``Engine.regenerate``) and sifted again, with a bounded budget. When it runs out the
seed stops (exit 4) naming the trigger, its function and the message it raised.

Rows whose parent row in the same chunk was rejected fail their FK until the parent goes in:
they wait for the next round unchanged. A row CHECK the regenerated values break counts as a
rejection too (the CHECK oracle ran on the first values only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from psycopg import sql

from seedbed.errors import LoadError, UnsatisfiableConstraint
from seedbed.generate.engine import Chunk
from seedbed.model import Identity, Table
from seedbed.engines.postgres.sink import PostgresSink, columns_sql, copy_text, describe, ident

__all__ = ["BUDGET", "commit_refused", "copy_checked", "disable_user_triggers", "load_guarded", "prefetchable"]

#: Rounds of regeneration for the rows a trigger rejects.
BUDGET = 16
#: Trigger attempts draw from streams apart from the CHECK oracle's (attempts 1..24).
ATTEMPT_BASE = 1000
#: Rounds with fewer rows than this always use the whole budget (they are cheap).
HOPELESS_ROWS = 16

_FUNCTION = re.compile(r'function ((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\(')
_RAISE, _CHECK, _FK = "P0001", "23514", "23503"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why the database refused one row (or a whole COPY)."""

    state: str  # SQLSTATE
    message: str
    context: str = ""
    constraint: str = ""

    @classmethod
    def of(cls, exc: psycopg.Error) -> Refusal:
        d = exc.diag
        return cls(state=d.sqlstate or "", message=d.message_primary or str(exc), context=d.context or "",
                   constraint=d.constraint_name or "")

    @property
    def rejection(self) -> bool:
        """A refusal of the row itself: raised in a trigger function, or a row CHECK."""
        return self.state in (_RAISE, _CHECK) or "PL/pgSQL function" in self.context

    @property
    def waits(self) -> bool:
        """An FK whose parent row (rejected in this round) is not in yet."""
        return self.state == _FK

    @property
    def function(self) -> str | None:
        match = _FUNCTION.search(self.context)
        return match.group(1).replace('"', "") if match else None


def _copy(conn: psycopg.Connection, chunk: Chunk, data: bytes | None = None) -> Refusal | None:
    """COPY the chunk (or ``data``: its COPY text, rows in any order) under a savepoint."""
    cols = list(chunk.columns)
    if data is None:
        data = copy_text([chunk.columns[c] for c in cols])
    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(ident(chunk.table), columns_sql(cols))
    try:
        with conn.transaction(), conn.cursor() as cur, cur.copy(stmt) as cp:
            cp.write(data)
    except psycopg.Error as exc:
        refusal = Refusal.of(exc)
        if not (refusal.rejection or refusal.waits):
            raise describe(exc, chunk.table) from exc
        return refusal
    return None


_SIFT = """DECLARE r record; s text; m text; c text; k text;
BEGIN
  FOR r IN SELECT * FROM {stage} ORDER BY _seedbed_row LOOP
    BEGIN
      {insert};
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, c = PG_EXCEPTION_CONTEXT,
                              k = CONSTRAINT_NAME;
      INSERT INTO {refused} VALUES (r._seedbed_row, s, m, c, k);
    END;
  END LOOP;
END"""


def _sift(sink: PostgresSink, table: Table, chunk: Chunk, rows: Sequence[int]) -> dict[int, Refusal]:
    """Insert ``rows`` of the chunk one by one on the server; return the refused ones."""
    conn = sink.conn
    cols = list(chunk.columns)
    stage = sink.stage(table, cols, "sift", row_number=True)
    refused = sql.Identifier("_seedbed_refused")
    conn.execute(sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (pos int, state text, message text, context text, "
                         "constraint_name text) ON COMMIT DROP").format(refused))
    conn.execute(sql.SQL("TRUNCATE {}").format(refused))
    with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} ({}, _seedbed_row) FROM STDIN").format(
            stage, columns_sql(cols))) as cp:
        cp.write(copy_text([[chunk.columns[c][p] for p in rows] for c in cols] + [[str(p) for p in rows]]))
    overriding = any(table.column(c).identity is Identity.ALWAYS for c in cols)
    insert = sql.SQL("INSERT INTO {} ({}) {}VALUES ({})").format(
        ident(table.name), columns_sql(cols), sql.SQL("OVERRIDING SYSTEM VALUE " if overriding else ""),
        sql.SQL(", ").join(sql.SQL("r.{}").format(sql.Identifier(c)) for c in cols))
    body = sql.SQL(_SIFT).format(stage=stage, insert=insert, refused=refused).as_string(conn)
    try:
        with conn.transaction():
            conn.execute(sql.SQL("DO {}").format(sql.Literal(body)))
    except psycopg.Error as exc:
        raise describe(exc, table.name) from exc
    out: dict[int, Refusal] = {}
    for row, state, message, context, constraint in conn.execute(
            sql.SQL("SELECT pos, state, message, context, constraint_name FROM {} ORDER BY pos").format(refused)):
        # The loop's own frame ("PL/pgSQL function inline_code_block") is not the trigger's.
        own = "\n".join(line for line in (context or "").splitlines() if "inline_code_block" not in line)
        refusal = Refusal(state=state, message=message, context=own, constraint=constraint or "")
        if not (refusal.rejection or refusal.waits):
            raise LoadError(f"{table.name}: the database refused a generated row: {message}",
                            subject=f"{table.name}" + (f" ({constraint})" if constraint else ""),
                            hint="a trigger or a constraint seedbed could not read rejected it; "
                                 "run `seedbed plan` to see how each column is generated, or --exclude the table")
        out[row] = refusal
    return out


def copy_checked(sink: PostgresSink, engine, table: Table, chunk: Chunk, budget: int = BUDGET, *,
                 failed: Refusal | None = None) -> int:
    """Load a chunk of a table whose INSERT triggers may reject rows; returns the rows remade.

    The normal path is one COPY under one savepoint; the sift only after a refusal (``failed``:
    the chunk was tried already and refused).
    """
    if failed is None and _copy(sink.conn, chunk) is None:
        return 0
    todo = list(range(chunk.size))
    remade = 0
    hopeless = 0  # rounds in a row in which every row tried was rejected
    last: Refusal | None = None
    for attempt in range(1, budget + 2):
        refused = _sift(sink, table, chunk, todo)
        rejected = [p for p, r in refused.items() if r.rejection]
        waiting = [p for p, r in refused.items() if not r.rejection]
        if not rejected:
            if waiting:  # nothing left to remake, yet rows still wait for a parent: a real orphan
                r = refused[waiting[0]]
                raise LoadError(f"{table.name}: the database refused a generated row: {r.message}",
                                subject=f"{table.name} ({r.constraint})", hint="an FK seedbed could not satisfy")
            return remade
        last = refused[rejected[0]]
        sifted = getattr(engine, "sifted", None)
        if sifted is not None:  # parents never accepted are not picked again (``generate.triggerpicks.Sifted``)
            sifted.learn(engine.plan.tables[table.name], chunk.columns, [p for p in todo if p not in refused], rejected)
        # Every row of a round rejected, three rounds running, over enough rows that chance
        # cannot explain it: a rule no fresh values meet.
        hopeless = hopeless + 1 if len(rejected) == len(todo) and len(todo) >= HOPELESS_ROWS else 0
        if attempt > budget or hopeless >= 3:
            break
        engine.regenerate(chunk, rejected, ATTEMPT_BASE + attempt)
        remade += len(rejected)
        todo = sorted(rejected + waiting)
    raise _refusal(table, last, attempt, len(rejected))


def _refusal(table: Table, refusal: Refusal | None, tries: int, rows: int) -> UnsatisfiableConstraint:
    """Exit 4 naming the trigger, its function and the message it raised."""
    message = refusal.message if refusal else "rejected"
    function = refusal.function if refusal else None
    triggers = list(table.insert_triggers)
    if function is not None:
        short = function.rpartition(".")[2]
        triggers = [t for t in triggers if t.function == function or t.function.rpartition(".")[2] == short] \
            or triggers
    if refusal is not None and refusal.state == _CHECK and refusal.constraint:
        what = f"CHECK {refusal.constraint}"
        subject = f"{table.name}.{refusal.constraint}"
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
    engine.preload(name)  # existing rows are read on this thread: the connection's

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
                failed = _copy(sink.conn, chunk, data)
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
    refusal = Refusal.of(exc)
    if refusal.function and refusal.rejection:
        short = refusal.function.rpartition(".")[2]
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
