"""The MCP tools: thin over ``seedbed.service``, ``seedbed.verify`` and ``seedbed.generate_files``.

Tools (inputs are JSON-schema'd from the signatures; results are structured):

- ``inspect_schema``: tables, keys, the FK graph, cycles and how each is loaded;
- ``plan_seed``: the plan (tables, rows and why, generator per column); writes nothing;
- ``seed_database``: generate and load in one transaction, then verify;
- ``verify_database``: FK orphans, CHECK, UNIQUE, NOT NULL; every problem listed;
- ``generate_data``: a JSON spec -> tables as JSON (or CSV / SQL text), or files in a directory.

The DSN comes from the tool's ``dsn`` argument, else ``SEEDBED_DSN``, else ``DATABASE_URL``. A
database that is not on this machine needs ``allow_remote: true``: an agent must not seed a
production database by accident. "On this machine" is decided on the connection libpq made
(service files, ``PG*`` variables and DNS applied): a Unix socket or a loopback peer, checked
before any statement is sent (``seedbed.security.connection_is_local``); a DSN that names a
remote host is refused before connecting.

Errors come back as tool errors (``isError``) whose text and structured content are
``{"ok": false, "errors": [{"code", "message", "hint", "subject"}]}``, the CLI's ``--output
json`` shape: seedbed's own errors, arguments the tool does not take (``SB103``), arguments
that fail validation (``SB100``), files that cannot be written, and crashes (``SB000``).
"""

from __future__ import annotations

import difflib
import inspect as pyinspect
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import psycopg
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from seedbed import __version__
from seedbed.errors import SeedbedError, UsageError
from seedbed.limits import DEFAULT_MAX_ROWS
from seedbed.security import connection_is_local, dsn_names_local_hosts

__all__ = ["TOOL_NAMES", "RemoteRefused", "UnknownArgument", "build_server", "is_local", "run_stdio"]

TOOL_NAMES = ("inspect_schema", "plan_seed", "seed_database", "verify_database", "generate_data", "doctor",
              "run_status", "run_cancel", "plans_list", "plan_get", "plan_create", "plan_update", "plan_delete")
#: Rows generate_data returns inline (an agent's context is small); ``out_dir`` has no limit.
INLINE_ROWS = 10_000
#: Bytes of generated text generate_data returns inline.
INLINE_BYTES = 8_388_608


class RemoteRefused(UsageError):
    """A database on another host without ``allow_remote: true``."""

    code = "SB150"


class UnknownArgument(UsageError):
    """An argument the tool does not take (a typo must not be dropped silently)."""

    code = "SB103"


Dsn = Annotated[str | None, Field(description="postgresql:// URL; default: SEEDBED_DSN, then DATABASE_URL.")]
AllowRemote = Annotated[bool, Field(description="Required to touch a database that is not on this machine.")]
Rows = Annotated[int | None, Field(ge=0, description="Rows for every selected table.")]
RowsPerTable = Annotated[dict[str, Annotated[int, Field(ge=0)]] | None,
                         Field(description='Rows per table, e.g. {"users": 1000}.')]
MaxRows = Annotated[int, Field(ge=0, description="Refuse a plan of more rows than this in all (a guard "
                                                 "against a typo such as 10**12).")]
Tables = Annotated[list[str] | None, Field(description="Only these tables (required parents are added).")]
Exclude = Annotated[list[str] | None, Field(description="Leave these tables out.")]
Seed = Annotated[int | None, Field(ge=0, description="Random seed (one is chosen and returned when omitted).")]
Schemas = Annotated[list[str] | None, Field(description="Only these database schemas.")]
ScopeText = Annotated[str | None, Field(max_length=100_000, description=(
    'What to seed, in plain English, e.g. "10 users with 1-3 orders each" (README "Scope language").'))]
SavedPlanName = Annotated[str | None, Field(description="A saved plan (plans_list) to start from; the other "
                                                        "arguments given override its fields.")]
Config = Annotated[str | None, Field(description="The seedbed.toml holding saved plans; default: SEEDBED_CONFIG, "
                                                 "then ./seedbed.toml.")]


def is_local(dsn: str) -> bool:
    """Whether every host the DSN text names is this machine (the check before connecting)."""
    return dsn_names_local_hosts(dsn)


def _refuse(shown: str) -> RemoteRefused:
    return RemoteRefused(f"{shown} is not on this machine", subject=shown,
                         hint="pass allow_remote: true if you really mean to work on that database")


def _dsn(dsn: str | None, allow_remote: bool) -> str:
    """The DSN to use; one whose text names a remote host is refused before connecting."""
    from seedbed import service

    target = service.resolve_dsn(dsn)
    if not allow_remote and not is_local(target):
        raise _refuse(service.redact(target))
    return target


def _consent(allow_remote: bool) -> Callable[[psycopg.Connection], None] | None:
    """The check run on the open connection, before any statement: the host libpq really used."""
    if allow_remote:
        return None

    def check(conn: psycopg.Connection) -> None:
        if not connection_is_local(conn):
            info = conn.info
            raise _refuse(f"host={info.host} hostaddr={info.hostaddr or '-'} port={info.port}")
    return check


def _failure(*errors: SeedbedError) -> CallToolResult:
    """The one JSON error shape (the CLI's ``--output json``, the HTTP API's), as a tool error."""
    from seedbed.introspect.spec import SpecProblems

    items = [item for exc in errors
             for item in (exc.to_dicts() if isinstance(exc, SpecProblems) else [exc.to_dict()])]
    body = {"ok": False, "errors": items}
    return CallToolResult(content=[TextContent(type="text", text=json.dumps(body, indent=2))],
                          structured_content=body, is_error=True)


def _crash(exc: BaseException) -> SeedbedError:
    return SeedbedError(f"internal error: {type(exc).__name__}", subject="tool",
                        hint="this is a bug in seedbed; please report it with the arguments")


def _guard(fn: Callable[[], dict[str, Any]]) -> dict[str, Any] | CallToolResult:
    try:
        return fn()
    except SeedbedError as exc:
        return _failure(exc)
    except psycopg.Error as exc:
        from seedbed.engines.postgres.errors import from_psycopg

        return _failure(from_psycopg(exc))
    except OSError as exc:
        where = exc.filename if exc.filename is not None else None
        return _failure(UsageError(f"cannot write {where}: {exc.strerror}" if where else f"file error: {exc}",
                                   subject=str(where) if where else None,
                                   hint="check that out_dir is a directory you can write to"))
    except (MemoryError, RecursionError, ValueError, TypeError, ArithmeticError) as exc:
        return _failure(_crash(exc))


def _options(rows: int | None, rows_per_table: dict[str, int] | None, tables: list[str] | None,
             exclude: list[str] | None, seed: int | None, truncate: bool = False, *, plan: str | None = None,
             config: str | None = None, scope: str | None = None) -> tuple[Any, str | None]:
    """Plan options and scope text: a saved plan's (``plan``), with the arguments given on top."""
    from dataclasses import replace

    from seedbed.planning.options import PlanOptions

    opts = PlanOptions(rows=rows, rows_per_table=dict(rows_per_table or {}), tables=tuple(tables or ()),
                       exclude=tuple(exclude or ()), seed=seed or 0, truncate=truncate)
    if plan is None:
        return opts, scope
    from seedbed import plans

    saved = plans.get(plan, config)
    base = saved.options()
    return replace(base, rows=rows if rows is not None else base.rows,
                   rows_per_table={**base.rows_per_table, **opts.rows_per_table}, tables=opts.tables or base.tables,
                   exclude=opts.exclude or base.exclude, seed=seed or base.seed, truncate=truncate), scope or saved.scope


def _scoped(conn: psycopg.Connection, schema: Any, opts: Any, scope: str | None) -> tuple[Any, dict[str, Any]]:
    """``opts`` with ``scope`` applied (and the scope's reading, to show the agent), or as they are."""
    if not scope:
        return opts, {}
    from seedbed.scope.apply import requested_scope, scope_options

    opts, expl = scope_options(conn, schema, requested_scope(scope, None), opts)
    return opts, {"scope": expl.to_dict()}


# --------------------------------------------------------------------------- tool bodies

def inspect_schema(dsn: Dsn = None, schemas: Schemas = None, allow_remote: AllowRemote = False) -> dict[str, Any]:
    """Tables, primary/unique keys, foreign keys and CHECKs; the load order; FK cycles and how each is loaded."""
    def body() -> dict[str, Any]:
        from seedbed import service
        from seedbed.cli.render import inspect_dict
        from seedbed.planning.graph import build_graph

        with service.connect(_dsn(dsn, allow_remote), autocommit=True, check=_consent(allow_remote)) as conn:
            sch = service.load_schema(conn, schemas or None)
        return {"ok": True} | inspect_dict(sch, build_graph(sch))
    return _guard(body)  # type: ignore[return-value]


def plan_seed(dsn: Dsn = None, rows: Rows = None, rows_per_table: RowsPerTable = None, tables: Tables = None,
              exclude: Exclude = None, seed: Seed = None, truncate: bool = False,
              allow_remote: AllowRemote = False, scope: ScopeText = None, plan: SavedPlanName = None,
              config: Config = None) -> dict[str, Any]:
    """The plan of a seed, written nowhere: tables (pulled-in parents too), rows and why, cycle strategies,
    and for every column the generator and the reason; with a scope, how each phrase was read."""
    def body() -> dict[str, Any]:
        from dataclasses import replace

        from seedbed import service
        from seedbed.generate.streams import new_seed

        opts, text = _options(rows, rows_per_table, tables, exclude, seed, truncate, plan=plan, config=config,
                              scope=scope)
        opts = replace(opts, seed=opts.seed or new_seed())
        with service.connect(_dsn(dsn, allow_remote), autocommit=True, check=_consent(allow_remote)) as conn:
            sch = service.load_schema(conn)
            opts, reading = _scoped(conn, sch, opts, text)
            made = service.make_plan(conn, sch, opts)
        return {"ok": True} | made.to_dict() | reading
    return _guard(body)  # type: ignore[return-value]


def seed_database(dsn: Dsn = None, rows: Rows = None, rows_per_table: RowsPerTable = None, tables: Tables = None,
                  exclude: Exclude = None, seed: Seed = None,
                  truncate: Annotated[bool, Field(description="Empty the seeded tables first (same transaction).")] = False,
                  verify: Annotated[bool, Field(description="Run the independent checks after loading.")] = True,
                  allow_remote: AllowRemote = False, max_rows: MaxRows = DEFAULT_MAX_ROWS,
                  scope: ScopeText = None, plan: SavedPlanName = None, config: Config = None,
                  wait: Annotated[bool, Field(description="false: return a run_id at once and seed in the background "
                                                          "(run_status, run_cancel).")] = True,
                  idempotency_key: Annotated[str | None, Field(max_length=200, description=(
                      "A retried call with the same key returns the first run instead of seeding again."))] = None
                  ) -> dict[str, Any]:
    """Generate rows and load them in one transaction (a failure changes nothing), then verify.
    Returns rows per table, the seed and the command that reproduces the run. With wait: false it returns a
    run_id at once; run_status reports progress and run_cancel rolls the whole seed back."""
    def body() -> dict[str, Any]:
        from seedbed import service
        from seedbed.mcp_server.agent import RUNS

        target = _dsn(dsn, allow_remote)
        opts, text = _options(rows, rows_per_table, tables, exclude, seed, truncate, plan=plan, config=config,
                              scope=scope)

        def job(progress: Any) -> dict[str, Any]:
            options, reading = opts, {}
            if text:
                with service.connect(target, autocommit=True, check=_consent(allow_remote)) as conn:
                    options, reading = _scoped(conn, service.load_schema(conn), opts, text)
            result = service.seed(target, options, verify=verify, check=_consent(allow_remote), max_rows=max_rows,
                                  progress=progress)
            return result.to_dict() | reading

        if wait and idempotency_key is None:
            return job(None)
        arguments = {"dsn": target, "rows": rows, "rows_per_table": rows_per_table, "tables": tables,
                     "exclude": exclude, "seed": seed, "truncate": truncate, "verify": verify, "scope": scope,
                     "plan": plan, "config": config, "max_rows": max_rows}
        run = RUNS.start(job, key=idempotency_key, arguments=arguments)
        if not wait:
            return {"ok": True} | run.to_dict()
        if run.thread is not None:
            run.thread.join()
        if run.error is not None:
            raise SeedbedError(run.error["message"], hint=run.error["hint"], subject=run.error["subject"],
                               code=run.error["code"])
        return dict(run.result or {}) | {"run_id": run.id}
    return _guard(body)  # type: ignore[return-value]


def verify_database(dsn: Dsn = None, tables: Tables = None,
                    nonempty: Annotated[bool, Field(description="Also report empty tables.")] = False,
                    allow_remote: AllowRemote = False) -> dict[str, Any]:
    """Independent SQL checks: FK orphans, CHECK, UNIQUE and NOT NULL violations, every problem listed."""
    def body() -> dict[str, Any]:
        from seedbed import service
        from seedbed.planning.select import find_table

        with service.connect(_dsn(dsn, allow_remote), autocommit=True, check=_consent(allow_remote)) as conn:
            sch = service.load_schema(conn)
            names = [find_table(sch, t) for t in tables or ()] or None
            report = service.verify_rows(conn, sch, tables=names, require_nonempty=nonempty)
        return report.to_dict()
    return _guard(body)  # type: ignore[return-value]


def generate_data(
        spec: Annotated[dict[str, Any], Field(description='A JSON spec: {"count": 50, "seed": 7, "schema": {"users": '
                                                          '{"columns": {"id": {"type": "uuid"}, "email": {"type": "email"}}}}}')],
        format: Annotated[Literal["json", "csv", "sql", "jsonl", "parquet", "sqlite"],  # noqa: A002 - the user-facing name
                          Field(description="json/csv/sql inline; every format with out_dir (sqlite: "
                                            "out_dir/data.db, or the .db file out_dir names).")] = "json",
        inserts: Annotated[bool, Field(description="sql: INSERT statements instead of COPY blocks.")] = False,
        out_dir: Annotated[str | None, Field(description="Write files to this directory instead of returning them.")] = None,
        seed: Seed = None, max_rows: MaxRows = DEFAULT_MAX_ROWS) -> dict[str, Any]:
    """Generate FK-consistent tables from a JSON spec, no database needed. Types: seedbed's semantic types
    (uuid, email, name, random_int, random_element, foreign_key, bothify, date, ...) or any data-generating
    Faker method with its arguments. Returned inline (at most 10000 rows), or written to out_dir."""
    def body() -> dict[str, Any]:
        from seedbed import generate_files

        if out_dir is not None:
            return generate_files.generate(spec, format, out_dir, inserts=inserts, seed=seed,
                                           max_rows=max_rows).to_dict()
        if format not in ("json", "csv", "sql"):
            raise UsageError(f"format {format} is written to files only", hint="pass out_dir")
        with tempfile.TemporaryDirectory(prefix="seedbed-mcp-") as tmp:
            from seedbed.introspect.spec import load_spec
            from seedbed.planning.planner import plan_seed as make_plan

            schema, options = load_spec(spec, seed=seed)
            total = make_plan(schema, options).total_rows
            if total > INLINE_ROWS:
                raise UsageError(f"the spec asks for {total} rows; at most {INLINE_ROWS} are returned inline",
                                 hint="lower the counts, or pass out_dir to write files")
            from seedbed.limits import OutputBudget

            budget = OutputBudget(INLINE_BYTES, hint="ask for fewer rows or smaller values, or pass out_dir "
                                                     "to write files")
            result = generate_files.generate(spec, format, tmp, inserts=inserts, seed=seed, budget=budget)
            files = [Path(f) for f in result.files]
            out: dict[str, Any] = {"ok": True, "seed": result.seed, "format": format,
                                   "rows": {t: n for t, n in result.tables.items()}}
            if format == "json":
                out["tables"] = json.loads(files[0].read_text())["tables"]
            elif format == "csv":
                out["csv"] = {f.stem: f.read_text() for f in files}
            else:
                out["sql"] = files[0].read_text()
            return out
    return _guard(body)  # type: ignore[return-value]


# --------------------------------------------------------------------------- the server

TOOLS: dict[str, Callable[..., Any]] = {fn.__name__: fn for fn in
                                        (inspect_schema, plan_seed, seed_database, verify_database, generate_data)}


def _register_agent_tools() -> None:
    """doctor, runs and saved plans (``seedbed.mcp_server.agent``, which imports this module)."""
    from seedbed.mcp_server.agent import AGENT_TOOLS

    TOOLS.update({fn.__name__: fn for fn in AGENT_TOOLS})


def _unknown_arguments(name: str, arguments: dict[str, Any]) -> list[SeedbedError]:
    accepted = list(pyinspect.signature(TOOLS[name]).parameters)
    problems: list[SeedbedError] = []
    for key in sorted(set(arguments) - set(accepted), key=str):
        close = difflib.get_close_matches(str(key), accepted, n=1, cutoff=0.6)
        shown = str(key)[:80]
        problems.append(UnknownArgument(f"{name} takes no argument {shown!r}", subject=shown,
                                        hint=f"did you mean {close[0]!r}?" if close
                                        else f"it takes {', '.join(accepted)}"))
    return problems


def _invalid_arguments(exc: ValidationError) -> list[SeedbedError]:
    """pydantic's complaints, one coded error each; the rejected values are not echoed."""
    out: list[SeedbedError] = []
    for e in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in e.get("loc", ()))[:200] or "arguments"
        out.append(UsageError(f"{where}: {e.get('msg', 'invalid')}", subject=where,
                              hint="see the tool's input schema"))
    return out or [UsageError("invalid arguments", subject="arguments")]


class SeedbedServer(MCPServer):
    """MCPServer whose tool calls fail in seedbed's JSON error shape, arguments included.

    The SDK drops arguments a tool does not take and reports a failed validation as plain
    text; here both are coded errors, as every other failure.
    """

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        if name in TOOLS:
            unknown = _unknown_arguments(name, arguments)
            if unknown:
                return _failure(*unknown)
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                return _failure(*_invalid_arguments(exc.__cause__))
            if isinstance(exc.__cause__, SeedbedError):
                return _failure(exc.__cause__)
            if name not in TOOLS:
                raise  # an unknown tool: the SDK's own answer
            return _failure(_crash(exc.__cause__ or exc))


def build_server() -> MCPServer:
    """The MCP server with seedbed's tools (TOOL_NAMES) and resources (the schema, the FK graph)."""
    server = SeedbedServer(name="seedbed", version=__version__,
                       instructions="seedbed fills PostgreSQL databases with realistic rows that satisfy every "
                                    "constraint, and generates data from a JSON spec. Inspect and plan before "
                                    "seeding; databases not on this machine need allow_remote: true.")
    read_only = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)
    server.add_tool(inspect_schema, annotations=read_only)
    server.add_tool(plan_seed, annotations=read_only)
    server.add_tool(seed_database, annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False,
                                                               idempotent_hint=False, open_world_hint=False))
    server.add_tool(verify_database, annotations=read_only)
    server.add_tool(generate_data, annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False,
                                                               open_world_hint=False))
    from seedbed.mcp_server.agent import AGENT_TOOLS, READ_ONLY

    _register_agent_tools()
    for fn in AGENT_TOOLS:
        server.add_tool(fn, annotations=read_only if fn.__name__ in READ_ONLY else ToolAnnotations(
            read_only_hint=False, destructive_hint=fn.__name__ == "plan_delete", open_world_hint=False))
    _add_resources(server)
    return server


def _add_resources(server: MCPServer) -> None:
    """The schema summary and the FK graph of the default database (SEEDBED_DSN / DATABASE_URL, local only)."""
    def schema_of() -> tuple[Any, Any]:
        from seedbed import service
        from seedbed.planning.graph import build_graph

        with service.connect(_dsn(None, False), autocommit=True, check=_consent(False)) as conn:
            sch = service.load_schema(conn)
        return sch, build_graph(sch)

    @server.resource("seedbed://schema", name="schema", mime_type="application/json",
                     description="Tables, keys, FKs, CHECKs, load order and cycles of the default database.")
    def schema_resource() -> str:
        from seedbed.cli.render import inspect_dict

        return json.dumps(inspect_dict(*schema_of()), indent=2, default=str)

    @server.resource("seedbed://fk-graph", name="fk-graph", mime_type="text/vnd.mermaid",
                     description="The foreign-key graph of the default database as a mermaid diagram (cycles marked).")
    def graph_resource() -> str:
        from seedbed.cli.render import mermaid

        return mermaid(*schema_of())


def run_stdio() -> None:
    """Serve over stdio until the client closes the stream."""
    build_server().run("stdio")
