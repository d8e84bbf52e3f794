"""The one orchestration path every interface (CLI, Python API, HTTP, MCP) calls."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import psycopg
from psycopg import sql

from seedbed.dberrors import translated
from seedbed.errors import ConnectionFailed, DatabaseError, Interrupted, UsageError
from seedbed.generate.engine import Chunk, Engine, ExistingKeys
from seedbed.generate.streams import new_seed
from seedbed.generate.values import copy_escape
from seedbed.limits import DEFAULT_MAX_ROWS, check_plan_rows
from seedbed.model import QualifiedName, Schema
from seedbed.planning.graph import CycleStrategy, EdgeKind
from seedbed.planning.model import Gen, Plan, TableState
from seedbed.planning.planner import PlanOptions, plan_seed
from seedbed.security import dsn_secrets, redact_dsn, scrub
from seedbed.sinks.postgres import PostgresSink, oracle_or_fail, own_rows
from seedbed.transaction import commit_or_restore
from seedbed.sinks.triggers import copy_checked, load_guarded, prefetchable

Progress = Callable[[QualifiedName, int, int], None]
#: Existing parent keys read back for FK picks in append mode (per referenced key).
EXISTING_KEYS_LIMIT = 1_000_000


def resolve_dsn(dsn: str | None) -> str:
    """``--dsn``, then ``SEEDBED_DSN``, then ``DATABASE_URL``."""
    for value in (dsn, os.environ.get("SEEDBED_DSN"), os.environ.get("DATABASE_URL")):
        if value:
            return value
    raise UsageError("no database to connect to",
                     hint="pass --dsn postgresql://user@host/db, or set SEEDBED_DSN or DATABASE_URL "
                          "(`seedbed demo` needs none)")


def redact(dsn: str) -> str:
    """How a DSN is shown: without its password, malformed or not (``seedbed.security``)."""
    return redact_dsn(dsn)


def connect(dsn: str | None, *, autocommit: bool = False,
            check: Callable[[psycopg.Connection], None] | None = None) -> psycopg.Connection:
    """Connect; ``check`` runs on the open connection before anything else is sent (the MCP
    server's consent for a database not on this machine), and a refusal closes it."""
    target = resolve_dsn(dsn)
    extra = {}
    try:  # name the session (pg_stat_activity) unless the DSN or PGAPPNAME does
        if "application_name" not in psycopg.conninfo.conninfo_to_dict(target) and not os.environ.get("PGAPPNAME"):
            extra["application_name"] = "seedbed"
    except psycopg.Error:
        pass  # psycopg.connect reports the malformed DSN
    try:
        conn = psycopg.connect(target, autocommit=autocommit, connect_timeout=10, **extra)
    except psycopg.Error as exc:
        # from None: the cause's text may quote the DSN, password included (shown by --debug).
        raise ConnectionFailed(f"cannot connect to {redact(target)}: "
                               f"{scrub(str(exc).strip().splitlines()[0], dsn_secrets(target))}",
                               subject=redact(target),
                               hint="check the DSN, that the server runs, and the credentials") from None
    if check is not None:
        try:
            check(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def load_schema(conn: psycopg.Connection, schemas: Sequence[str] | None = None,
                references: Mapping[str, Any] | None = None) -> Schema:
    """The live schema; ``references`` (seedbed.toml ``[references]``) added as declared FKs."""
    from seedbed.introspect.postgres import introspect

    with translated(doing="reading the schema"):
        schema = introspect(conn, schemas=schemas)
    require_schemas(conn, schema, schemas)
    if references:
        from seedbed.references import with_references

        schema = with_references(schema, references)
    return schema


def read_state(conn: psycopg.Connection, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
    """Existing rows and integer key maxima of the given tables (append mode starts after them)."""
    from seedbed.planning.inheritance import tree_key_columns

    out: dict[QualifiedName, TableState] = {}
    tree_keys = tree_key_columns(schema)
    for name in names:
        table = schema.table(name)
        ints = [c.name for c in table.columns if c.type.kind == "integer" and not c.type.is_array
                and (c.sequence is not None or c.identity or (table.primary_key and c.name in table.primary_key.columns)
                     or tree_keys.get(name) == c.name)]
        exprs = [sql.SQL("count(*)")] + [sql.SQL("max({})::bigint").format(sql.Identifier(c)) for c in ints]
        with translated(name, "counting its existing rows"):
            row = conn.execute(sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(exprs),
                                                                   _own_rows(schema, name))).fetchone()
        out[name] = TableState(rows=row[0], max_values={c: v for c, v in zip(ints, row[1:], strict=True) if v is not None})
    return out


def _own_rows(schema: Schema | None, name: QualifiedName) -> sql.Composable:
    """A table's own rows, not its inheritance children's (an FK sees only those); a table the
    schema does not know is read whole."""
    known = schema is not None and schema.has(name)
    return own_rows(name, partitioned=not known or bool(schema.table(name).partition_key))


def existing_keys_reader(conn: psycopg.Connection, state: dict[QualifiedName, TableState], truncate: set[QualifiedName],
                         schema: Schema | None = None):
    owner = threading.current_thread()

    def read(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        if threading.current_thread() is not owner:  # the connection may be in a COPY: it would wait forever
            raise RuntimeError(f"existing keys of {table} read off the loading thread (Engine.preload misses it)")
        st = state.get(table)
        if table in truncate or st is None or st.rows == 0:
            return []
        cols = sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns)
        order = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
        with translated(table, "reading its existing keys"):
            rows = conn.execute(sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY {} LIMIT {}").format(
                cols, _own_rows(schema, table), sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier(c))
                                                        for c in columns),
                order, sql.Literal(EXISTING_KEYS_LIMIT))).fetchall()
        return [np.array(copy_escape([r[i] for r in rows]), dtype=object) for i in range(len(columns))]
    return read


def make_plan(conn: psycopg.Connection, schema: Schema, options: PlanOptions) -> Plan:
    state = read_state(conn, schema, state_tables(schema, options))
    return plan_seed(schema, options, state)


def state_tables(schema: Schema, options: PlanOptions) -> list[QualifiedName]:
    """The tables whose existing rows the plan depends on: the selection and every table it may
    reference (FK ancestors, ``ref`` parents). Only those are counted, so a role granted just the
    tables it seeds (and their parents) can seed them."""
    from seedbed.planning.select import find_table, resolve_tables

    known = {t.name for t in schema.tables}
    selected, _ = resolve_tables(schema, options.tables, options.exclude, options.rows_per_table)
    stack = list(selected)
    for spec in options.columns.values():
        if spec.provider == "ref" and spec.params.get("table"):
            try:
                stack.append(find_table(schema, str(spec.params["table"])))
            except UsageError:
                pass  # the planner reports it
    seen: set[QualifiedName] = set()
    while stack:
        name = stack.pop()
        if name in seen or name not in known:
            continue
        seen.add(name)
        stack.extend(fk.ref_table for fk in schema.table(name).foreign_keys)
    return [t.name for t in schema.tables if t.name in seen]


@dataclass(frozen=True, slots=True, kw_only=True)
class SeedResult:
    ok: bool
    seed: int
    tables: dict[str, int]
    seconds: float
    notes: tuple[str, ...] = ()
    verify: Any = None  # VerifyReport
    reproduce: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "seed": self.seed, "seconds": round(self.seconds, 3),
            "tables": [{"table": t, "rows": n} for t, n in self.tables.items()],
            "rows": sum(self.tables.values()), "notes": list(self.notes),
            "verify": self.verify.to_dict() if self.verify is not None else None,
            "reproduce": self.reproduce, "errors": [],
        }


def seed(dsn: str | None, options: PlanOptions, *, verify: bool = True, progress: Progress | None = None,
         schemas: Sequence[str] | None = None, bulk: bool = False, workers: int = 1,
         check: Callable[[psycopg.Connection], None] | None = None,
         max_rows: int | None = DEFAULT_MAX_ROWS, disable_triggers: bool = False) -> SeedResult:
    """Plan and load in one transaction, then verify. A failure leaves the database unchanged.

    ``bulk``: drop the seeded tables' indexes and constraints for the load and re-create them
    (README "Bulk mode"). ``workers``: generate in that many processes (the same data).
    ``check``: see ``connect``. ``max_rows``: refuse a plan of more rows than this before
    generating any (``seedbed.limits``; None: no limit).
    ``disable_triggers``: user triggers (and FK checks) off for the load; verify checks the FKs.
    """
    started = time.perf_counter()
    if not options.seed:
        from dataclasses import replace

        options = replace(options, seed=new_seed())
    warm = _warm_up(options)
    with connect(dsn, check=check) as conn:
        schema = load_schema(conn, schemas, options.references)
        plan = make_plan(conn, schema, options)
        check_plan_rows(plan, max_rows)
        if warm is not None:
            warm.join()
        t_plan = time.perf_counter()
        load_notes = commit_or_restore(conn, dsn, schema, plan, lambda: load(
            conn, schema, plan, progress=progress, bulk=bulk, workers=workers, disable_triggers=disable_triggers))
        t_load = time.perf_counter()
        report = None
        if verify:
            from seedbed.references import as_seeded
            from seedbed.verify import verify as run_verify

            try:
                conn.autocommit = True
                report = run_verify(conn, as_seeded(schema, plan), tables=list(plan.tables))
            except DatabaseError as exc:  # say what is true: the rows are in
                exc.hint = (f"{exc.hint}; " if exc.hint else "") + \
                    "the seed was committed before the verification failed: run `seedbed verify` to check it"
                raise
            except KeyboardInterrupt:
                raise Interrupted(
                    f"interrupted during verification: the seed was committed ({plan.total_rows:,} rows in "
                    f"{len(plan.tables)} tables); run `seedbed verify` to check them", committed=True) from None
    seconds = time.perf_counter() - started
    return SeedResult(ok=report.ok if report is not None else True, seed=plan.seed,
                      tables={str(n): t.rows for n, t in plan.tables.items()}, seconds=seconds,
                      notes=(*plan.notes, *load_notes),
                      verify=report, reproduce=reproduce_command(options, plan.seed),
                      timings={"plan": t_plan - started, "load": t_load - t_plan})


def require_schemas(conn: psycopg.Connection, schema: Schema, schemas: Sequence[str] | None) -> None:
    """``--schema`` names that hold no table are an error naming the schemas that do (a typo
    would otherwise seed nothing and exit 0)."""
    if not schemas:
        return
    present = {t.name.schema for t in schema.tables}
    missing = [s for s in schemas if s not in present]
    if not missing:
        return
    with translated(doing="listing the schemas"):
        rows = conn.execute("""
            SELECT DISTINCT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1""").fetchall()
    have = [r[0] for r in rows]
    raise UsageError(f"--schema: no table in schema {', '.join(repr(s) for s in missing)}",
                     subject=", ".join(missing),
                     hint=("schemas with tables: " + ", ".join(have)) if have else "the database has no tables")


def _warm_up(options: PlanOptions) -> threading.Thread | None:
    """Build the realistic-value pools on a thread while the schema is read and planned (the
    database round trips release the GIL); joined before generation starts."""
    if options.plain:
        return None

    def run() -> None:
        try:
            from seedbed.generate.realistic import warm_up

            warm_up()
        except Exception:  # noqa: BLE001 - only a head start: generation builds them again if needed
            pass

    thread = threading.Thread(target=run, name="seedbed-warm-up", daemon=True)
    thread.start()
    return thread


def reproduce_command(options: PlanOptions, seed_value: int) -> str:
    parts = ["seedbed seed", f"--seed {seed_value}"]
    if options.rows is not None:
        parts.append(f"--rows {options.rows}")
    if options.rows_per_table:
        parts.append("--rows " + ",".join(f"{k}={v}" for k, v in options.rows_per_table.items()))
    if options.tables:
        parts.append("--tables " + ",".join(options.tables))
    if options.exclude:
        parts.append("--exclude " + ",".join(options.exclude))
    if options.truncate:
        parts.append("--truncate")
    if options.plain:
        parts.append("--plain")
    return " ".join(parts)


def _patch_key(schema: Schema, plan: Plan, name: QualifiedName) -> tuple[str, ...] | None:
    """A key that addresses each new row for the UPDATE of a NULL-first back-edge."""
    table = schema.table(name)
    tp = plan.tables[name]
    written = {c.name for c in tp.written_columns if c.gen is not Gen.NULL}
    for key in table.unique_keys:
        if all(c in written and (not table.column(c).nullable or tp.column(c).unique) for c in key.columns) \
                and not key.predicate and not key.expressions:
            return key.columns
    return None


def load(conn: psycopg.Connection | None, schema: Schema, plan: Plan, *, progress: Progress | None = None,
         bulk: bool = False, workers: int = 1, disable_triggers: bool = False,
         sink: PostgresSink | None = None, existing_keys: ExistingKeys | None = None) -> list[str]:
    """Generate and load every table of the plan on ``conn`` (the caller commits or rolls back).

    Generation runs ahead of loading (``seedbed.generate.feed``): the next chunk is made while the
    server ingests the current one, one COPY per table. ``workers`` > 1 makes chunks in that many
    processes (the same bytes). ``bulk`` drops the seeded tables' indexes and constraints first and
    re-creates them after, verified identical (``seedbed.sinks.bulk``).

    ``sink`` and ``existing_keys`` replace the ones made on ``conn``: a workspace routes each
    table to its own database (``seedbed.workspace.route.RoutedSink``, the same interface; ``conn``
    is then None, and there is no bulk mode).

    Returns notes for the user (what bulk mode did).
    """
    from seedbed.generate.feed import Feed, WorkerPool, worker_safe

    sink = sink if sink is not None else PostgresSink(conn, schema)
    sink.begin(list(plan.tables), truncate=plan.truncate)
    if disable_triggers:
        from seedbed.sinks.triggers import disable_user_triggers

        disable_user_triggers(conn)
    loose = None
    if bulk:
        from seedbed.sinks.bulk import BulkLoad

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


def _load_cycle(sink: PostgresSink, engine: Engine, schema: Schema, plan: Plan, comp, residual, report,
                relaxed: set[tuple[QualifiedName, str]], guarded=lambda name: False) -> None:
    """A cycle: generate the whole component, then fill the back-edges and load it."""
    chunks: dict[QualifiedName, list[Chunk]] = {}
    for name in comp.tables:
        chunks[name] = []
        for chunk in engine.chunks(name):
            if residual(name):
                oracle_or_fail(sink, engine, schema.table(name), chunk, residual(name))
            chunks[name].append(chunk)
    nullable_broken = {e.fk.name for e in comp.broken if e.kind is EdgeKind.NULLABLE}
    strategy = comp.strategy
    if comp.broken and all((e.child, e.fk.name) in relaxed for e in comp.broken):
        strategy = CycleStrategy.DEFER  # --bulk dropped these FKs: every value goes in with the COPY
    keys = {n: _patch_key(schema, plan, n) for n in comp.tables}
    if strategy is CycleStrategy.NULL_THEN_UPDATE and any(
            keys[e.child] is None for e in comp.broken if e.kind is EdgeKind.NULLABLE):
        strategy = CycleStrategy.WRITABLE_CTE  # no key to address rows for the UPDATE
    patches: list[tuple[QualifiedName, Chunk, dict[str, list[str]]]] = []
    for name, cs in chunks.items():
        tp = plan.tables[name]
        for chunk in cs:
            values = engine.resolve_pending(chunk)
            later = {}
            for fk in tp.fks:
                if fk.name not in chunk.pending:
                    continue
                if strategy is CycleStrategy.NULL_THEN_UPDATE and fk.name in nullable_broken:
                    later.update({c: values[c] for c in fk.columns})
                else:
                    chunk.columns.update({c: values[c] for c in fk.columns})
            if later:
                patches.append((name, chunk, later))
    if strategy is CycleStrategy.WRITABLE_CTE:
        sink.insert_all_at_once(chunks)
    else:
        for name, cs in chunks.items():
            for chunk in cs:
                if guarded(name):
                    copy_checked(sink, engine, schema.table(name), chunk)
                else:
                    sink.copy(chunk)
        for name, chunk, later in patches:
            sink.patch(schema.table(name), keys[name], chunk, later)
    for name, cs in chunks.items():
        report(name, sum(c.size for c in cs))


def referenced_parents(plan: Plan) -> list[QualifiedName]:
    """Parents outside the seed whose existing rows children may point at."""
    from seedbed.generate.pools import ref_key

    out = []
    for tp in plan.tables.values():
        parents = [fk.parent for fk in tp.fks]
        parents += [ref_key(c.spec.params)[0] for c in tp.columns
                    if c.spec is not None and c.spec.provider == "ref" and c.spec.params.get("keys") is None]
        for parent in parents:
            if parent not in plan.tables and parent not in out:
                out.append(parent)
    return out
