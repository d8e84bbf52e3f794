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
from seedbed.errors import DatabaseError, SeedbedError, UsageError
from seedbed.limits import DEFAULT_MAX_ROWS
from seedbed.security import connection_is_local, dsn_names_local_hosts

__all__ = ["TOOL_NAMES", "RemoteRefused", "UnknownArgument", "build_server", "is_local", "run_stdio"]

TOOL_NAMES = ("inspect_schema", "plan_seed", "seed_database", "verify_database", "generate_data")
#: Rows generate_data returns inline (an agent's context is small); ``out_dir`` has no limit.
INLINE_ROWS = 10_000


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
        return _failure(DatabaseError(f"database error: {str(exc).strip().splitlines()[0]}",
                                      hint="check the DSN and that the server runs"))
    except OSError as exc:
        where = exc.filename if exc.filename is not None else None
        return _failure(UsageError(f"cannot write {where}: {exc.strerror}" if where else f"file error: {exc}",
                                   subject=str(where) if where else None,
                                   hint="check that out_dir is a directory you can write to"))
    except (MemoryError, RecursionError, ValueError, TypeError, ArithmeticError) as exc:
        return _failure(_crash(exc))


def _options(rows: int | None, rows_per_table: dict[str, int] | None, tables: list[str] | None,
             exclude: list[str] | None, seed: int | None, truncate: bool = False):
    from seedbed.planning.options import PlanOptions

    return PlanOptions(rows=rows, rows_per_table=dict(rows_per_table or {}), tables=tuple(tables or ()),
                       exclude=tuple(exclude or ()), seed=seed or 0, truncate=truncate)


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
              allow_remote: AllowRemote = False) -> dict[str, Any]:
    """The plan of a seed, written nowhere: tables (pulled-in parents too), rows and why, cycle strategies,
    and for every column the generator and the reason."""
    def body() -> dict[str, Any]:
        from seedbed import service
        from seedbed.generate.streams import new_seed

        opts = _options(rows, rows_per_table, tables, exclude, seed or new_seed(), truncate)
        with service.connect(_dsn(dsn, allow_remote), autocommit=True, check=_consent(allow_remote)) as conn:
            sch = service.load_schema(conn)
            plan = service.make_plan(conn, sch, opts)
        return {"ok": True} | plan.to_dict()
    return _guard(body)  # type: ignore[return-value]


def seed_database(dsn: Dsn = None, rows: Rows = None, rows_per_table: RowsPerTable = None, tables: Tables = None,
                  exclude: Exclude = None, seed: Seed = None,
                  truncate: Annotated[bool, Field(description="Empty the seeded tables first (same transaction).")] = False,
                  verify: Annotated[bool, Field(description="Run the independent checks after loading.")] = True,
                  allow_remote: AllowRemote = False, max_rows: MaxRows = DEFAULT_MAX_ROWS) -> dict[str, Any]:
    """Generate rows and load them in one transaction (a failure changes nothing), then verify.
    Returns rows per table, the seed and the command that reproduces the run."""
    def body() -> dict[str, Any]:
        from seedbed import service

        result = service.seed(_dsn(dsn, allow_remote), _options(rows, rows_per_table, tables, exclude, seed, truncate),
                              verify=verify, check=_consent(allow_remote), max_rows=max_rows)
        return result.to_dict()
    return _guard(body)  # type: ignore[return-value]


def verify_database(dsn: Dsn = None, tables: Tables = None,
                    nonempty: Annotated[bool, Field(description="Also report empty tables.")] = False,
                    allow_remote: AllowRemote = False) -> dict[str, Any]:
    """Independent SQL checks: FK orphans, CHECK, UNIQUE and NOT NULL violations, every problem listed."""
    def body() -> dict[str, Any]:
        from seedbed import service
        from seedbed.planning.select import find_table
        from seedbed.verify import verify as run_verify

        with service.connect(_dsn(dsn, allow_remote), autocommit=True, check=_consent(allow_remote)) as conn:
            sch = service.load_schema(conn)
            names = [find_table(sch, t) for t in tables or ()] or None
            report = run_verify(conn, sch, tables=names, require_nonempty=nonempty)
        return report.to_dict()
    return _guard(body)  # type: ignore[return-value]


def generate_data(
        spec: Annotated[dict[str, Any], Field(description='A JSON spec: {"count": 50, "seed": 7, "schema": {"users": '
                                                          '{"columns": {"id": {"type": "uuid"}, "email": {"type": "email"}}}}}')],
        format: Annotated[Literal["json", "csv", "sql", "jsonl", "parquet"],  # noqa: A002 - the user-facing name
                          Field(description="json/csv/sql inline; every format with out_dir.")] = "json",
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
            result = generate_files.generate(spec, format, tmp, inserts=inserts, seed=seed)
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
    """The MCP server with seedbed's five tools."""
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
    return server


def run_stdio() -> None:
    """Serve over stdio until the client closes the stream."""
    build_server().run("stdio")
