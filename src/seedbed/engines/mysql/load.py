"""Generate and load a plan on a MySQL / MariaDB transaction.

Tables load in plan order, one LOAD DATA per table fed chunk by chunk (``seedbed.engines.mysql.sink``,
``.stream``); on MariaDB a table that was empty goes in as a bulk insert with the checks off and
is proven right after (``seedbed.engines.mysql.bulk``). Cycles are
solved as on PostgreSQL (``seedbed.engines.loading.load_cycle``, engine-neutral): a nullable
back-edge is loaded NULL and filled by one UPDATE; a NOT NULL cycle is loaded with
FOREIGN_KEY_CHECKS off for its rows only and every FK of its tables checked by anti-join before
anything else happens. AUTO_INCREMENT counters need no call: InnoDB and MyISAM move them past
every explicit key inserted.

A table an INSERT trigger of another seeded table writes into (sakila's ``film_text``, filled by
``film``'s ``ins_film``) is left to the trigger: loading it as well would collide with the rows
the trigger made.
"""

from __future__ import annotations

from contextlib import nullcontext
from itertools import groupby
from typing import Any

from seedbed.engines.base import Progress
from seedbed.engines.mysql.bulk import Proof, eligible, relaxed
from seedbed.engines.mysql.introspect import database_of, server_checks, trigger_writes
from seedbed.engines.mysql.session import existing_keys_reader, model_name, read_state
from seedbed.engines.mysql.sink import MySQLSink
from seedbed.engines.mysql.transaction import non_transactional
from seedbed.engines.loading import load_cycle, oracle_or_fail, referenced_parents
from seedbed.errors import UsageError
from seedbed.generate.engine import Engine
from seedbed.generate.feed import Feed
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState


def refuse_options(*, bulk: bool, workers: int, disable_triggers: bool) -> None:
    for flag, used in (("--bulk", bulk), ("--workers", workers > 1), ("--disable-triggers", disable_triggers)):
        if used:
            raise UsageError(f"{flag} is not supported by the MySQL engine", subject=flag,
                             hint="run without it: LOAD DATA is the bulk path on MySQL")


def trigger_filled(conn: Any, schema: Schema, plan: Plan) -> dict[QualifiedName, str]:
    """Seeded tables an INSERT trigger of another seeded table writes into -> 'trigger of table'."""
    db = database_of(conn)
    out: dict[QualifiedName, str] = {}
    for owner, triggers in trigger_writes(conn, db).items():
        source = model_name(db, owner, db)
        if source not in plan.tables:
            continue
        for trigger, targets in triggers.items():
            for target in targets:
                name = model_name(db, target, db)
                if name in plan.tables and name != source:
                    out[name] = f"{trigger} of {source}"
    return out


def _transactional_first(conn: Any, plan: Plan) -> list:
    """The plan's components with the non-transactional tables (MyISAM) that nothing seeded
    references moved to the end: a failure in any other table then leaves them untouched."""
    loose = set(non_transactional(conn, plan))
    referenced = {fk.parent for tp in plan.tables.values() for fk in tp.fks}
    last = [c for c in plan.components if not c.is_cycle and str(c.tables[0]) in loose
            and c.tables[0] not in referenced]
    return [c for c in plan.components if c not in last] + last


def load(conn: Any, schema: Schema, plan: Plan, *, progress: Progress | None = None, bulk: bool = False,
         workers: int = 1, disable_triggers: bool = False) -> list[str]:
    """Generate and load every table of the plan on ``conn`` (the caller commits or rolls back)."""
    refuse_options(bulk=bulk, workers=workers, disable_triggers=disable_triggers)
    checks = server_checks(conn, database_of(conn))
    sink = MySQLSink(conn, schema, checks)
    sink.begin(list(plan.tables), truncate=plan.truncate)
    filled = trigger_filled(conn, schema, plan)
    state = {n: TableState(rows=t.offset) for n, t in plan.tables.items()}
    engine = Engine(schema, plan, existing_keys=existing_keys_reader(
        conn, {**read_state(conn, schema, referenced_parents(plan)), **state}, set(plan.tables) if plan.truncate else set()))

    def residual(name: QualifiedName):
        tp = plan.tables[name]
        return tp.domains.residual if tp.domains else ()

    def report(name: QualifiedName, done: int) -> None:
        if progress:
            progress(name, done, plan.tables[name].rows)

    run: list[QualifiedName] = []
    fresh = set() if plan.truncate else {n for n, t in plan.tables.items() if not t.offset}
    bulk = eligible(conn, schema, plan.tables, empty=fresh, loose=set(non_transactional(conn, plan)),
                    triggered=set(trigger_writes(conn, database_of(conn))))
    proof = Proof(conn, schema, bulk)

    def flush() -> None:
        """A run of plain tables: each chunk generated ahead on a thread while the server
        ingests the previous one (``seedbed.generate.feed``), one LOAD DATA per table; a table
        ``bulk.eligible`` allows goes in with the checks off and is proven right after."""
        if not run:
            return
        done = dict.fromkeys(run, 0)
        with Feed(engine, run, encode=sink.encode_chunk) as feed:
            for name, chunks in groupby(feed, key=lambda enc: enc.table):
                def counted(rows: int, name: QualifiedName = name) -> None:
                    done[name] += rows
                    report(name, done[name])

                with relaxed(conn) if name in bulk else nullcontext():
                    sink.load_table(schema.table(name), chunks, counted)
                if name in bulk:
                    proof.table(name)
        run.clear()

    for comp in _transactional_first(conn, plan):
        name = comp.tables[0]
        if not comp.is_cycle and name in filled:
            report(name, plan.tables[name].rows)
            continue
        if not comp.is_cycle and not residual(name):
            run.append(name)
            continue
        flush()
        if comp.is_cycle:
            load_cycle(sink, engine, schema, plan, comp, residual, report, set())
            continue
        done = 0
        table = schema.table(name)
        for chunk in engine.chunks(name):
            oracle_or_fail(sink, engine, table, chunk, residual(name))
            sink.copy(chunk)
            done += chunk.size
            report(name, done)
    flush()
    notes = list(sink.notes)
    notes += [f"{name}: filled by the trigger {why}, not loaded directly (its rows would collide with the "
              f"trigger's)" for name, why in filled.items()]
    return notes
