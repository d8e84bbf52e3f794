"""``seedbed generate``: a JSON spec or a DDL file in, files out (CSV, JSONL, JSON, Parquet, SQL).

The one path the CLI, the HTTP API and the MCP server call to make data without a target
database. It reuses the planner and the engine unchanged and streams every chunk to a sink in
``seedbed.sinks.files``:

- a JSON spec becomes a Schema and PlanOptions (``seedbed.introspect.spec``), no database needed;
- a DDL file is loaded into a throwaway embedded PostgreSQL (or, with ``dsn``, into that
  database inside a transaction that is rolled back), introspected, and that database is the
  oracle for the CHECKs seedbed cannot fold;
- with only ``dsn``, a live database's schema is read (nothing is written to it).

Memory is bounded by the chunk size and the key pools children need, except inside an FK cycle,
whose tables are generated in memory before they are written (as ``service.load`` does).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import psycopg

from seedbed.errors import SeedbedError, UsageError
from seedbed.generate.engine import Chunk, Engine
from seedbed.generate.streams import new_seed
from seedbed.limits import DEFAULT_MAX_ROWS, check_plan_rows
from seedbed.model import QualifiedName, Schema
from seedbed.planning.graph import CycleStrategy, EdgeKind
from seedbed.planning.model import Gen, Plan
from seedbed.planning.options import PlanOptions
from seedbed.sinks.files import FORMATS, FileSink, SqlSink, create_statements, open_sink

__all__ = ["FORMATS", "GenerateResult", "Source", "generate", "open_source", "plan_for", "write_plan"]

Progress = Callable[[QualifiedName, int, int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class GenerateResult:
    ok: bool
    seed: int
    format: str
    files: tuple[str, ...]
    tables: dict[str, int]
    seconds: float
    notes: tuple[str, ...] = ()
    reproduce: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "seed": self.seed, "format": self.format, "seconds": round(self.seconds, 3),
                "files": list(self.files), "tables": [{"table": t, "rows": n} for t, n in self.tables.items()],
                "rows": sum(self.tables.values()), "notes": list(self.notes), "reproduce": self.reproduce,
                "errors": []}


@dataclass(slots=True, kw_only=True)
class Source:
    """What to generate from: the model, the options, and an oracle database when there is one."""

    schema: Schema
    options: PlanOptions
    kind: str  # 'spec', 'ddl' or 'database'
    label: str = ""
    conn: psycopg.Connection | None = None  # inside an open transaction, rolled back at the end
    ddl: str | None = None  # the DDL the SQL output starts with
    ddl_in_transaction: bool = True
    notes: list[str] = field(default_factory=list)


def _is_spec(source: Any) -> bool:
    if isinstance(source, dict):
        return True
    from seedbed.introspect.spec import SpecIn

    if isinstance(source, SpecIn):
        return True
    path = Path(source)
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() in (".sql", ".ddl", ".psql", ".pgsql"):
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(256).lstrip()
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}", subject=str(source)) from None
    return head.startswith(b"{")


def _transaction_control(ddl: str) -> str | None:
    """The first BEGIN / COMMIT / ROLLBACK / SAVEPOINT of a DDL script, if any (pglast)."""
    import pglast

    try:
        stmts = pglast.parse_sql(ddl)
    except pglast.parser.ParseError:
        return None  # the server reports the syntax error with its position
    for raw in stmts:
        if type(raw.stmt).__name__ == "TransactionStmt":
            return str(raw.stmt.kind).split(".")[-1]
    return None


def _load_ddl(conn: psycopg.Connection, ddl: str, path: str) -> None:
    try:
        conn.execute(ddl)
    except psycopg.Error as exc:
        diag = exc.diag
        where = f" (at character {diag.statement_position})" if diag.statement_position else ""
        raise UsageError(f"{path}: PostgreSQL refused the DDL: {diag.message_primary or exc}{where}",
                         subject=path, hint="the file must load into an empty database with psql") from exc


@contextlib.contextmanager
def open_source(source: Any, *, dsn: str | None = None, rows: int | None = None,
                rows_per_table: Mapping[str, int] | None = None, seed: int | None = None,
                schemas: tuple[str, ...] | None = None) -> Iterator[Source]:
    """The model and options of a spec (dict, ``SpecIn`` or file), a DDL file, or a live database.

    A DDL file is loaded into a throwaway embedded PostgreSQL, or with ``dsn`` into that database
    inside a transaction that is rolled back when the block ends (so its own BEGIN/COMMIT are
    refused there). With ``source=None`` the live database at ``dsn`` is read.
    """
    from seedbed import service

    per = dict(rows_per_table or {})
    if source is not None and _is_spec(source):
        from seedbed.introspect.spec import load_spec, read_spec

        data = read_spec(source) if not isinstance(source, dict) and not hasattr(source, "tables") else source
        schema, options = load_spec(data, rows=rows, rows_per_table=per, seed=seed)
        yield Source(schema=schema, options=options, kind="spec", label=str(source) if isinstance(source, str | Path) else "spec",
                     ddl=create_statements(schema))
        return
    options = PlanOptions(rows=rows, rows_per_table=per, seed=seed or 0)
    if source is None:
        conn = service.connect(dsn)
        try:
            schema = service.load_schema(conn, schemas)
            yield Source(schema=schema, options=options, kind="database", label=service.redact(service.resolve_dsn(dsn)),
                         conn=conn, notes=["the SQL output holds the data only (the schema came from a live database)"])
        finally:
            conn.rollback()
            conn.close()
        return
    path = str(source)
    try:
        ddl = Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}", subject=path) from None
    if dsn is not None:
        control = _transaction_control(ddl)
        if control:
            raise UsageError(f"{path} has its own transaction control ({control})",
                             hint="with --dsn the DDL is loaded inside a transaction that is rolled back; "
                                  "drop the BEGIN/COMMIT lines, or leave out --dsn to use an embedded PostgreSQL")
        from seedbed.engines.postgres.sequences import LiveSequences

        conn = service.connect(dsn)
        sequences = LiveSequences(conn)  # setval / nextval survive the rollback: put back after it
        try:
            _load_ddl(conn, ddl, path)
            sequences.loaded(conn)
            schema = service.load_schema(conn, schemas)
            yield Source(schema=replace(schema, source=path), options=options, kind="ddl", label=path, conn=conn,
                         ddl=ddl, ddl_in_transaction=False)
        finally:
            try:
                sequences.restore(conn)
            finally:
                conn.rollback()
                conn.close()
        return
    from seedbed.embedded import EmbeddedPostgres

    with EmbeddedPostgres() as pg:
        with psycopg.connect(pg.dsn, autocommit=True) as setup:
            _load_ddl(setup, ddl, path)
        with psycopg.connect(pg.dsn) as conn:
            try:
                schema = service.load_schema(conn, schemas)
                yield Source(schema=replace(schema, source=path), options=options, kind="ddl", label=path, conn=conn,
                             ddl=ddl, ddl_in_transaction=False)
            finally:
                conn.rollback()


def plan_for(source: Source) -> Plan:
    """The plan of a source: ``plan_seed`` against an empty target, plus the spec's FK NULL rates."""
    from seedbed.planning.planner import plan_seed

    options = source.options
    if not options.seed:
        options = source.options = replace(options, seed=new_seed())
    plan = plan_seed(source.schema, options)
    return _fk_null_rates(plan, options)


def _fk_null_rates(plan: Plan, options: PlanOptions) -> Plan:
    """A ``null_rate`` asked of a nullable FK column (the planner uses its default for FKs)."""
    asked = {key: cs.null_rate for key, cs in options.columns.items() if cs.null_rate is not None}
    if not asked:
        return plan
    tables = dict(plan.tables)
    for name, tp in plan.tables.items():
        fks = []
        for fk in tp.fks:
            rate = next((asked[f"{name}.{c}"] for c in fk.columns if f"{name}.{c}" in asked), None)
            fks.append(replace(fk, null_rate=rate) if rate is not None and fk.null_rate > 0 else fk)
        tables[name] = replace(tp, fks=tuple(fks))
    return replace(plan, tables=tables)


def write_plan(source: Source, plan: Plan, sink: FileSink, *, progress: Progress | None = None,
               on_chunk: Callable[[QualifiedName, Chunk], None] | None = None) -> dict[str, int]:
    """Generate every table of the plan into the sink, chunk by chunk. Returns rows per table.

    ``on_chunk`` sees every chunk before the sink does (the HTTP API counts bytes and time there,
    and stops the work by raising).
    """
    schema = source.schema
    engine = Engine(schema, plan)
    pg_sink = None
    if isinstance(source.conn, psycopg.Connection):  # the CHECK oracle asks PostgreSQL (another engine: a note)
        from seedbed.engines.postgres.sink import PostgresSink

        pg_sink = PostgresSink(source.conn, schema)
    written: dict[str, int] = {}

    def checked(name: QualifiedName, chunk: Chunk) -> Chunk:
        if on_chunk is not None:
            on_chunk(name, chunk)
        tp = plan.tables[name]
        residual = tp.domains.residual if tp.domains else ()
        if residual and pg_sink is not None:
            from seedbed.engines.loading import oracle_or_fail

            oracle_or_fail(pg_sink, engine, schema.table(name), chunk, residual)
        return chunk

    def report(name: QualifiedName, done: int) -> None:
        written[str(name)] = done
        if progress:
            progress(name, done, plan.tables[name].rows)

    def default_columns(name: QualifiedName) -> list[str]:
        return [c.name for c in plan.tables[name].columns if c.gen is not Gen.SKIP]

    residual_unchecked = [str(n) for n, tp in plan.tables.items() if tp.domains and tp.domains.residual]
    if residual_unchecked and pg_sink is None:
        source.notes.append("CHECKs not folded and not validated (no database to ask): "
                            + ", ".join(residual_unchecked))
    sink.begin(list(plan.tables))
    for comp in plan.components:
        if not comp.is_cycle:
            name = comp.tables[0]
            chunks = engine.chunks(name)
            first = next(chunks, None)
            sink.start_table(name, list(first.columns) if first is not None else default_columns(name))
            done = 0
            if first is not None:
                for chunk in _chain(first, chunks):
                    sink.rows(name, checked(name, chunk).columns)
                    done += chunk.size
                    report(name, done)
            report(name, done)
            sink.end_table(name)
            continue
        _write_cycle(source, plan, engine, comp, sink, checked, report, default_columns)
    return written


def _chain(first: Chunk, rest: Iterator[Chunk]) -> Iterator[Chunk]:
    yield first
    yield from rest


def _write_cycle(source: Source, plan: Plan, engine: Engine, comp: Any, sink: FileSink,
                 checked: Callable[[QualifiedName, Chunk], Chunk], report: Callable[[QualifiedName, int], None],
                 default_columns: Callable[[QualifiedName], list[str]]) -> None:
    """An FK cycle: generate the component, fill its back-edges, write it (SQL: as the DB sink loads)."""
    schema = source.schema
    chunks: dict[QualifiedName, list[Chunk]] = {name: [checked(name, c) for c in engine.chunks(name)]
                                                for name in comp.tables}
    sql_sink = sink if isinstance(sink, SqlSink) else None
    strategy = comp.strategy
    nullable_broken = {e.fk.name for e in comp.broken if e.kind is EdgeKind.NULLABLE}
    from seedbed.engines.loading import patch_key

    keys = {n: patch_key(schema, plan, n) for n in comp.tables}
    if strategy is CycleStrategy.NULL_THEN_UPDATE and any(
            keys[e.child] is None for e in comp.broken if e.kind is EdgeKind.NULLABLE):
        strategy = CycleStrategy.WRITABLE_CTE
    patches: list[tuple[QualifiedName, Chunk, dict[str, list[str]]]] = []
    for name, cs in chunks.items():
        tp = plan.tables[name]
        for chunk in cs:
            values = engine.resolve_pending(chunk)
            later: dict[str, list[str]] = {}
            for fk in tp.fks:
                if fk.name not in chunk.pending:
                    continue
                if (sql_sink is not None and strategy is CycleStrategy.NULL_THEN_UPDATE
                        and fk.name in nullable_broken):
                    later.update({c: values[c] for c in fk.columns})
                else:
                    chunk.columns.update({c: values[c] for c in fk.columns})
            if later:
                patches.append((name, chunk, later))
    if sql_sink is not None and strategy is CycleStrategy.WRITABLE_CTE:
        sql_sink.insert_all_at_once({n: [c.columns for c in cs] for n, cs in chunks.items()})
        for name, cs in chunks.items():
            report(name, sum(c.size for c in cs))
        return
    for name, cs in chunks.items():
        sink.start_table(name, list(cs[0].columns) if cs else default_columns(name))
        for chunk in cs:
            sink.rows(name, chunk.columns)
        sink.end_table(name)
        report(name, sum(c.size for c in cs))
    if sql_sink is not None:
        for name, chunk, later in patches:
            sql_sink.patch(schema.table(name), keys[name], chunk.columns, later)


def reproduce_command(source_label: str, fmt: str, seed: int, *, rows: int | None,
                      rows_per_table: Mapping[str, int] | None, inserts: bool) -> str:
    parts = ["seedbed generate", source_label or "SPEC", f"--format {fmt}", f"--seed {seed}"]
    if rows is not None:
        parts.append(f"--rows {rows}")
    if rows_per_table:
        parts.append("--rows " + ",".join(f"{k}={v}" for k, v in rows_per_table.items()))
    if inserts:
        parts.append("--inserts")
    return " ".join(parts)


def generate(source: Any, fmt: str, out: str | Path, *, inserts: bool = False, seed: int | None = None,
             rows: int | None = None, rows_per_table: Mapping[str, int] | None = None, dsn: str | None = None,
             data_only: bool = False, progress: Progress | None = None,
             schemas: tuple[str, ...] | None = None, max_rows: int | None = DEFAULT_MAX_ROWS,
             budget: Any = None) -> GenerateResult:
    """Generate files from a spec or DDL file (or the live database at ``dsn`` when ``source`` is None).

    Args:
        source: a JSON spec (dict, ``SpecIn``, or a ``.json`` path), a DDL file path, or None.
        fmt: one of ``FORMATS``.
        out: the directory written to (created when missing).
        inserts: SQL output as INSERT statements instead of COPY blocks.
        seed: overrides the spec's seed (a new one is chosen and reported when neither is set).
        rows: rows for every table; ``rows_per_table`` per table (they override the spec's counts).
        dsn: the database a DDL file is loaded into (in a transaction rolled back), or the live
            database to read when ``source`` is None. Default: an embedded PostgreSQL.
        data_only: SQL output without the DDL.
        progress: called with (table, rows done, rows planned).
        max_rows: refuse a plan of more rows in all before generating (None: no limit).
        budget: a ``seedbed.limits.OutputBudget`` for the text generated (None: unbounded).

    Raises:
        SpecError (``SpecProblems``): the spec is malformed or unsatisfiable, every problem listed.
        PlanError: no plan satisfies the schema (a domain too small, ...).
        DatabaseError: the DDL could not be loaded, or the database could not be reached.
    """
    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if source is None and dsn is None:
        raise UsageError("nothing to generate from", hint="give a JSON spec or a DDL file (or --dsn for a live database)")
    started = time.perf_counter()
    out_dir = Path(out)
    with open_source(source, dsn=dsn, rows=rows, rows_per_table=rows_per_table, seed=seed, schemas=schemas) as src:
        plan = plan_for(src)
        check_plan_rows(plan, max_rows)
        if budget is not None:
            budget.estimate(plan)
        label = src.label if src.kind != "database" else "--dsn ..."
        header = {"seed": plan.seed}
        ddl = None if data_only else src.ddl
        if fmt == "sql":
            from seedbed import __version__ as version

            # The file name only: the same spec and seed give the same bytes wherever the spec lives.
            shown = Path(label).name if src.kind != "database" else label
            header = {"generated by": f"seedbed {version}", "seed": plan.seed,
                      "reproduce": reproduce_command(shown, fmt, plan.seed, rows=rows, rows_per_table=rows_per_table,
                                                     inserts=inserts)}
        sink = open_sink(fmt, out_dir, src.schema, header=header, inserts=inserts, ddl=ddl,
                         ddl_in_transaction=src.ddl_in_transaction, notes=src.notes)
        ok = False
        try:
            tables = write_plan(src, plan, sink, progress=progress, on_chunk=budget)
            ok = True
        finally:
            files = sink.close(ok)
    return GenerateResult(ok=True, seed=plan.seed, format=fmt, files=tuple(str(f) for f in files),
                          tables=tables, seconds=time.perf_counter() - started,
                          notes=tuple(plan.notes) + tuple(src.notes),
                          reproduce=reproduce_command(label, fmt, plan.seed, rows=rows, rows_per_table=rows_per_table,
                                                      inserts=inserts))


def safe_generate(*args: Any, **kw: Any) -> GenerateResult:
    """``generate`` with psycopg errors turned into DatabaseError (for interfaces that show codes)."""
    try:
        return generate(*args, **kw)
    except SeedbedError:
        raise
    except psycopg.Error as exc:
        from seedbed.engines.postgres.errors import from_psycopg

        raise from_psycopg(exc) from exc
