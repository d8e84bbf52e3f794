"""The one orchestration path every interface (CLI, Python API, HTTP, MCP) calls."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from seedbed.engines import engine_for, engine_of
from seedbed.engines.base import Progress
from seedbed.errors import DatabaseError, Interrupted, UsageError
from seedbed.generate.streams import new_seed
from seedbed.limits import DEFAULT_MAX_ROWS, check_plan_rows
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState
from seedbed.planning.planner import PlanOptions, plan_seed
from seedbed.security import redact_dsn

__all__ = ["Progress", "PlanOptions", "SeedResult", "connect", "load", "load_schema", "make_plan", "read_state",
           "redact", "resolve_dsn", "seed", "verify_rows"]


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


def connect(dsn: str | None, *, autocommit: bool = False, check: Callable[[Any], None] | None = None) -> Any:
    """Connect with the DSN's engine (``seedbed.engines``); ``check`` runs on the open connection
    before anything else is sent (the MCP server's consent for a database not on this machine),
    and a refusal closes it."""
    target = resolve_dsn(dsn)
    return engine_for(target).connect(target, autocommit=autocommit, check=check)


def load_schema(conn: Any, schemas: Sequence[str] | None = None,
                references: Mapping[str, Any] | None = None) -> Schema:
    """The live schema; ``references`` (seedbed.toml ``[references]``) added as declared FKs."""
    schema = engine_of(conn).introspect(conn, schemas)
    if references:
        from seedbed.references import with_references

        schema = with_references(schema, references)
    return schema


def read_state(conn: Any, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
    """Existing rows and integer key maxima of the given tables (append mode starts after them)."""
    return engine_of(conn).read_state(conn, schema, names)


def make_plan(conn: Any, schema: Schema, options: PlanOptions) -> Plan:
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
         check: Callable[[Any], None] | None = None,
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
    target = resolve_dsn(dsn)
    engine = engine_for(target)
    with engine.connect(target, check=check) as conn:
        schema = load_schema(conn, schemas, options.references)
        if options.rules:  # verify asks the seed's own rules of the data too
            from seedbed.rules import with_rules

            schema = with_rules(schema, options.rules)
        plan = make_plan(conn, schema, options)
        check_plan_rows(plan, max_rows)
        if warm is not None:
            warm.join()
        t_plan = time.perf_counter()
        load_notes = engine.transaction(conn, dsn, schema, plan, lambda: engine.load(
            conn, schema, plan, progress=progress, bulk=bulk, workers=workers, disable_triggers=disable_triggers))
        t_load = time.perf_counter()
        report = None
        if verify:
            try:
                conn.autocommit = True
                from seedbed.references import as_seeded

                report = engine.verify(conn, as_seeded(schema, plan), tables=list(plan.tables))
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


def describe_engine(conn: Any) -> dict[str, Any]:
    """The connection's engine: name, server version, how it loads and how it puts each kind of
    cycle in (``DatabaseEngine.describe``), for ``plan``."""
    return engine_of(conn).describe(conn)


def verify_rows(conn: Any, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
                require_nonempty: bool = False) -> Any:
    """The engine's independent check of the rows now in the database (a ``VerifyReport``)."""
    return engine_of(conn).verify(conn, schema, tables=tables, require_nonempty=require_nonempty)


def load(conn: Any, schema: Schema, plan: Plan, *, progress: Progress | None = None,
         bulk: bool = False, workers: int = 1, disable_triggers: bool = False) -> list[str]:
    """Generate and load every table of the plan on ``conn`` (the caller commits or rolls back)."""
    return engine_of(conn).load(conn, schema, plan, progress=progress, bulk=bulk, workers=workers,
                                disable_triggers=disable_triggers)
