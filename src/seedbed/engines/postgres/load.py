"""Generate and load a plan on a PostgreSQL transaction: COPY streams, cycles, triggers, bulk mode."""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from seedbed.engines.postgres.session import existing_keys_reader, read_state
from seedbed.generate.engine import Engine, ExistingKeys
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState
from seedbed.engines.loading import load_cycle as _load_cycle
from seedbed.engines.loading import oracle_or_fail, referenced_parents
from seedbed.engines.postgres.sink import PostgresSink
from seedbed.engines.postgres.triggers import copy_checked, load_guarded, prefetchable

Progress = Callable[[QualifiedName, int, int], None]


def load(conn: psycopg.Connection | None, schema: Schema, plan: Plan, *, progress: Progress | None = None,
         bulk: bool = False, workers: int = 1, disable_triggers: bool = False,
         sink: PostgresSink | None = None, existing_keys: ExistingKeys | None = None) -> list[str]:
    """Generate and load every table of the plan on ``conn`` (the caller commits or rolls back).

    Generation runs ahead of loading (``seedbed.generate.feed``): the next chunk is made while the
    server ingests the current one, one COPY per table. ``workers`` > 1 makes chunks in that many
    processes (the same bytes). ``bulk`` drops the seeded tables' indexes and constraints first and
    re-creates them after, verified identical (``seedbed.engines.postgres.bulk``).

    ``sink`` and ``existing_keys`` replace the ones made on ``conn``: a workspace routes each
    table to its own database (``seedbed.workspace.route.RoutedSink``, the same interface; ``conn``
    is then None, and there is no bulk mode).

    Returns notes for the user (what bulk mode did).
    """
    from seedbed.generate.feed import Feed, WorkerPool, worker_safe

    sink = sink if sink is not None else PostgresSink(conn, schema)
    sink.begin(list(plan.tables), truncate=plan.truncate)
    if disable_triggers:
        from seedbed.engines.postgres.triggers import disable_user_triggers

        disable_user_triggers(conn)
    loose = None
    if bulk:
        from seedbed.engines.postgres.bulk import BulkLoad

        loose = BulkLoad(conn, list(plan.tables))
        loose.prepare()
    relaxed = loose.dropped_fks if loose is not None else set()
    state = {n: TableState(rows=t.offset) for n, t in plan.tables.items()}
    if existing_keys is None:
        existing_keys = existing_keys_reader(conn, {**read_state(conn, schema, referenced_parents(plan)), **state},
                                             set(plan.tables) if plan.truncate else set(), schema)
    engine = Engine(schema, plan, existing_keys=existing_keys)

    def residual(name: QualifiedName):
        tp = plan.tables[name]
        return tp.domains.residual if tp.domains else ()

    def report(name: QualifiedName, done: int) -> None:
        if progress:
            progress(name, done, plan.tables[name].rows)

    def guarded(name: QualifiedName) -> bool:
        """INSERT triggers may reject rows: per chunk, the database as oracle (sinks.triggers)."""
        return bool(schema.table(name).insert_triggers) and not disable_triggers

    def streamable(comp) -> bool:
        return not comp.is_cycle and not residual(comp.tables[0]) and not guarded(comp.tables[0])

    def loaded(name: QualifiedName) -> None:
        report(name, plan.tables[name].rows)
        if loose is not None:
            loose.table_done(name)  # the server rebuilds its keys while the next tables generate

    pool = None
    if workers > 1 and any(streamable(c) and worker_safe(plan, c.tables[0]) and plan.tables[c.tables[0]].rows
                           > engine.chunk_rows for c in plan.components):
        pool = WorkerPool(schema, plan, workers)
    run: list[QualifiedName] = []
    finished: set[QualifiedName] = set()

    def flush() -> None:
        """Stream a run of plain tables: each chunk generated ahead while the server ingests the
        previous one, one COPY statement per chunk (the server fires a statement's FK checks at
        its end: per chunk, its queue of pending checks stays bounded too)."""
        if not run:
            return
        done: dict[QualifiedName, int] = {}
        # --bulk: the server spends a while on each table's rebuild; let generation run further ahead.
        with Feed(engine, run, pool=pool, depth=6 if loose is not None else 2) as feed:
            for enc in feed:
                if enc.table not in done:
                    for name in done:
                        if name != enc.table and name not in finished:
                            finished.add(name)
                            loaded(name)
                    done[enc.table] = 0
                sink.copy_stream(enc.table, enc.columns, (enc.data,))
                done[enc.table] += enc.rows
                report(enc.table, done[enc.table])
        for name in run:  # the last table, and tables with no rows asked
            if name not in finished:
                finished.add(name)
                loaded(name)
        run.clear()

    try:
        for comp in plan.components:
            if streamable(comp):
                run.append(comp.tables[0])
                continue
            flush()
            if not comp.is_cycle and guarded(comp.tables[0]) and not residual(comp.tables[0]) \
                    and prefetchable(engine, comp.tables[0]):
                load_guarded(sink, engine, comp.tables[0], report)
                loaded(comp.tables[0])
                continue
            if not comp.is_cycle:
                name = comp.tables[0]
                done = 0
                for chunk in engine.chunks(name):
                    oracle_or_fail(sink, engine, schema.table(name), chunk, residual(name))
                    if guarded(name):
                        copy_checked(sink, engine, schema.table(name), chunk)
                    else:
                        sink.copy(chunk)
                    done += chunk.size
                    report(name, done)
                loaded(name)
                continue
            _load_cycle(sink, engine, schema, plan, comp, residual, report, relaxed, guarded)
            for name in comp.tables:
                loaded(name)
        flush()
    finally:
        if pool is not None:
            pool.close()
    notes: list[str] = ["user triggers were off for the load (--disable-triggers): the rules they enforce "
                        "were not checked"] if disable_triggers else []
    if loose is not None:
        loose.restore()  # before setval: max() then reads the rebuilt indexes
        notes += loose.notes()
    sink.advance_sequences(plan.tables)
    return notes
