"""The ``seedbed`` command line: thin over ``seedbed.service``.

Human output goes to stderr (tables, progress); ``--output json`` puts one JSON document on
stdout. A user's mistake is a short block on stderr and an exit code, never a traceback
(``--debug`` shows it).
"""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.console import Console

from seedbed import errors
from seedbed.cli import render

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Fill a database with realistic synthetic rows that satisfy every constraint.")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False, soft_wrap=True)

DsnOpt = Annotated[str | None, typer.Option("--dsn", help="Database URL (else SEEDBED_DSN, else DATABASE_URL).")]
OutputOpt = Annotated[str, typer.Option("--output", "-o", help="text or json (json: stdout is machine-readable).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks.")]
RowsOpt = Annotated[str | None, typer.Option("--rows", "-n", help="Rows per table: 500, or users=1000,orders=5000 (or both: 200,users=50).")]
TablesOpt = Annotated[str | None, typer.Option("--tables", "-t", help="Only these tables (comma-separated); required parents are added.")]
ExcludeOpt = Annotated[str | None, typer.Option("--exclude", "-x", help="Leave these tables out (comma-separated).")]
SeedOpt = Annotated[int | None, typer.Option("--seed", "-s", help="Random seed (printed when omitted).")]
SchemaOpt = Annotated[str | None, typer.Option("--schema", help="Only these database schemas (comma-separated).")]
PlanOpt = Annotated[str | None, typer.Option("--plan", help="Start from this saved plan of seedbed.toml (--config, "
                                                            "SEEDBED_CONFIG, ./seedbed.toml); flags given override it.")]
MaxRowsOpt = Annotated[int, typer.Option("--max-rows", min=0, help="Refuse to generate more rows than this in all tables (exit 2, SB130).")]
WorkspaceOpt = Annotated[str | None, typer.Option("--workspace", "-w", help="Several databases as one: this seedbed.toml's [databases], [references] and [profiles] (README \"Workspaces\").")]
ProfileOpt = Annotated[str | None, typer.Option("--profile", help="With --workspace: the [profiles.NAME] to use (counts or a scale).")]
PlainOpt = Annotated[bool, typer.Option("--plain", help="Typed values only, no column intents: fastest, for load tests where realism does not matter.")]


def _split(value: str | None) -> tuple[str, ...]:
    """Comma-separated names; a comma inside double quotes is part of a name (``"a,b"``)."""
    if not value:
        return ()
    parts, current, quoted = [], [], False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == "," and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return tuple(p.strip() for p in parts if p.strip())


def parse_rows(value: str | None) -> tuple[int | None, dict[str, int]]:
    """``500`` -> (500, {}); ``users=1000,orders=5000`` -> (None, {...}); both may be mixed."""
    default: int | None = None
    per: dict[str, int] = {}
    for item in _split(value):
        name, eq, num = item.rpartition("=")
        try:
            n = int(num.replace("_", ""))
        except ValueError:
            raise errors.UsageError(f"--rows: {item!r} is not a row count",
                                    hint="use a number (500) or table=number pairs (users=1000,orders=5000)") from None
        if n < 0:
            raise errors.UsageError(f"--rows: {item!r} is negative", hint="row counts are 0 or more")
        if eq:
            if name.strip() in per:
                raise errors.UsageError(f"--rows: {name.strip()!r} is given twice ({per[name.strip()]} and {n})",
                                        subject=name.strip(), hint="give each table one count")
            per[name.strip()] = n
        else:
            if default is not None:
                raise errors.UsageError(f"--rows: two default counts ({default} and {n})", subject="--rows",
                                        hint="give one default (500) and table=number pairs (500,users=1000)")
            default = n
    return default, per


def _options(rows: str | None, tables: str | None, exclude: str | None, seed: int | None, truncate: bool = False,
             config: str | None = None, plain: bool = False):
    from seedbed.planning.planner import PlanOptions

    default, per = parse_rows(rows)
    columns, declared, refs = {}, {}, {}
    if config:
        from seedbed.config import column_overrides, declarations, references

        columns, declared, refs = column_overrides(config), declarations(config), references(config)
    return PlanOptions(rows=default, rows_per_table=per, tables=_split(tables), exclude=_split(exclude),
                       seed=seed or 0, truncate=truncate, columns=columns, plain=plain, references=refs, **declared)


def _saved_plan(name: str, config: str | None, rows: str | None, tables: str | None, exclude: str | None,
                seed: int | None, scope: str | None) -> tuple[str | None, str | None, str | None, int | None, str | None]:
    """The flags of a saved plan (``seedbed.plans``), the ones given on the command line on top."""
    from seedbed import plans

    plan = plans.get(name, config)
    if rows is None:
        parts = ([str(plan.rows)] if plan.rows is not None else []) + [f"{t}={n}" for t, n in plan.rows_per_table.items()]
        rows = ",".join(parts) or None
    return (rows, tables or ",".join(plan.tables) or None, exclude or ",".join(plan.exclude) or None,
            seed if seed is not None else plan.seed, scope or plan.scope)


def _run(output: str, debug: bool, body: Callable[[], int]) -> None:
    """Run a command body; map errors to the block on stderr and the documented exit code."""
    if output not in ("text", "json"):
        _fail(errors.UsageError(f"--output must be text or json, not {output!r}"), output)
    try:
        code = body()
    except errors.SeedbedError as exc:
        if debug:
            err.print_exception()
        _fail(exc, output)
    except KeyboardInterrupt as exc:
        # seedbed.errors.Interrupted says what is true (committed or not); a bare one comes
        # before any transaction opened.
        message = exc.message if isinstance(exc, errors.Interrupted) else "interrupted: nothing was committed"
        head, _, rest = message.partition(": ")
        err.print(f"[red]{render.escape(head)}[/]: {render.escape(rest)}" if rest else f"[red]{render.escape(message)}[/]")
        raise typer.Exit(errors.EXIT_INTERRUPTED) from None
    except Exception as exc:
        if not type(exc).__module__.startswith("psycopg"):
            raise
        from seedbed.engines.postgres.errors import from_psycopg  # any database error a path did not translate

        if debug:
            err.print_exception()
        _fail(from_psycopg(exc), output)
    raise typer.Exit(code)


def _fail(exc: errors.SeedbedError, output: str) -> None:
    if output == "json":
        items = exc.to_dicts() if hasattr(exc, "to_dicts") else [exc.to_dict()]
        print(json.dumps({"ok": False, "errors": items}, indent=2))
    render.error(err, exc)
    raise typer.Exit(exc.exit_code)


def _emit_json(doc: Any) -> None:
    print(json.dumps(doc, indent=2, default=str))


@app.command()
def inspect(dsn: DsnOpt = None, fmt: Annotated[str, typer.Option("--format", "-f", help="text, mermaid, dot or json.")] = "text",
            schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Tables, keys, the FK graph, cycles and how each cycle will be loaded."""
    def body() -> int:
        from seedbed import service
        from seedbed.planning.graph import build_graph

        with service.connect(dsn, autocommit=True) as conn:
            sch = service.load_schema(conn, _split(schema) or None)
        graph = build_graph(sch)
        if output == "json" or fmt == "json":
            _emit_json(render.inspect_dict(sch, graph))
        elif fmt == "mermaid":
            print(render.mermaid(sch, graph))
        elif fmt == "dot":
            print(render.dot(sch, graph))
        elif fmt == "text":
            render.inspect_text(out, sch, graph)
        else:
            raise errors.UsageError(f"--format must be text, mermaid, dot or json, not {fmt!r}")
        return 0
    _run(output, debug, body)


@app.command()
def plan(dsn: DsnOpt = None, rows: RowsOpt = None, tables: TablesOpt = None, exclude: ExcludeOpt = None,
         seed: SeedOpt = None, truncate: Annotated[bool, typer.Option("--truncate")] = False,
         scope: Annotated[str | None, typer.Option("--scope", help="What to seed, in plain English (see README, \"Scope language\").")] = None,
         config: Annotated[str | None, typer.Option("--config", help="Read a saved scope from this seedbed.toml.")] = None,
         save_scope: Annotated[str | None, typer.Option("--save-scope", help="Save the structured scope to this seedbed.toml.")] = None,
         scope_ids: Annotated[list[str] | None, typer.Option("--scope-ids", help="TABLE=@FILE or TABLE=K1,K2: rows referencing TABLE pick among these existing keys (README, \"Scope language\").")] = None,
         strict: Annotated[bool, typer.Option("--strict", help="Exit 2 when part of the scope is not placed or not applied.")] = False,
         schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False,
         explain: Annotated[bool, typer.Option("--explain", help="Say why each column got its generator.")] = False,
         plain: PlainOpt = False, saved: PlanOpt = None, workspace: WorkspaceOpt = None,
         profile: ProfileOpt = None) -> None:
    """Show the plan: order, row counts, cycle strategy and the generator of every column. Writes nothing."""
    def body() -> int:
        nonlocal rows, tables, exclude, seed, scope
        if workspace:
            from seedbed.cli.workspace import alone, plan_cmd

            alone(rows=rows, tables=tables, exclude=exclude, scope=scope, config=config, truncate=truncate,
                  scope_ids=scope_ids, plan=saved)

            return plan_cmd(out, _emit_json, workspace, profile, seed, output)
        if saved:
            rows, tables, exclude, seed, scope = _saved_plan(saved, config, rows, tables, exclude, seed, scope)
        from seedbed import service
        from seedbed.generate.streams import new_seed
        from seedbed.scope import save_scope as write_scope
        from seedbed.scope.apply import enforce_strict, requested_scope, scope_options
        from seedbed.scope.explain import print_explanation, print_warnings

        opts = _options(rows, tables, exclude, seed or new_seed(), truncate, config, plain)
        expl = None
        with service.connect(dsn, autocommit=True) as conn:
            sch = service.load_schema(conn, _split(schema) or None, opts.references)
            wanted = requested_scope(scope, config, scope_ids)
            if wanted is not None:
                opts, expl = scope_options(conn, sch, wanted, opts)
                if output == "text":
                    print_explanation(out, expl)
                print_warnings(err, expl)  # stdout may be piped: what is not applied is said on stderr
                if strict:
                    enforce_strict(expl)
                if save_scope:
                    write_scope(save_scope, expl.scope)
                    err.print(f"saved the scope to {render.escape(save_scope)}")
            p = service.make_plan(conn, sch, opts)
            engine = service.describe_engine(conn)
        if output == "json":
            _emit_json(p.to_dict(engine["cycles"]) | {"engine": engine} | ({"scope": expl.to_dict()} if expl else {}))
        else:
            render.plan_text(out, p, explain=explain, engine=engine)
        return 0
    _run(output, debug, body)


@app.command()
def seed(dsn: DsnOpt = None, rows: RowsOpt = None, tables: TablesOpt = None, exclude: ExcludeOpt = None,
         seed: SeedOpt = None, truncate: Annotated[bool, typer.Option("--truncate", help="Empty the seeded tables first (same transaction).")] = False,
         no_verify: Annotated[bool, typer.Option("--no-verify", help="Skip the checks after loading.")] = False,
         scope: Annotated[str | None, typer.Option("--scope", help="What to seed, in plain English (see README, \"Scope language\").")] = None,
         config: Annotated[str | None, typer.Option("--config", help="Read a saved scope from this seedbed.toml.")] = None,
         strict: Annotated[bool, typer.Option("--strict", help="Exit 2 (and write nothing) when part of the scope is not placed or not applied.")] = False,
         scope_ids: Annotated[list[str] | None, typer.Option("--scope-ids", help="TABLE=@FILE or TABLE=K1,K2: rows referencing TABLE pick among these existing keys (README, \"Scope language\").")] = None,
         bulk: Annotated[bool, typer.Option("--bulk", help="Drop the seeded tables' indexes and constraints for the load, then re-create and verify them (needs table ownership and an ACCESS EXCLUSIVE lock; README \"Bulk mode\").")] = False,
         workers: Annotated[int, typer.Option("--workers", min=1, help="Generate in this many processes (the same data; pays only when generation, not the server, is the bottleneck).")] = 1,
         disable_triggers: Annotated[bool, typer.Option("--disable-triggers", help="User triggers off for the load (session_replication_role = replica; needs a superuser). The rules they enforce are then not checked.")] = False,
         max_rows: MaxRowsOpt = 50_000_000, plain: PlainOpt = False, schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False,
         saved: PlanOpt = None, workspace: WorkspaceOpt = None, profile: ProfileOpt = None) -> None:
    """Generate and load rows in one transaction, then verify them."""
    def body() -> int:
        nonlocal rows, tables, exclude, seed, scope
        if workspace:
            from seedbed.cli.workspace import alone, seed_cmd

            alone(rows=rows, tables=tables, exclude=exclude, scope=scope, config=config, truncate=truncate, bulk=bulk,
                  workers=workers > 1, disable_triggers=disable_triggers, scope_ids=scope_ids, plan=saved)

            return seed_cmd(err, _emit_json, workspace, profile, seed, output, not no_verify, max_rows)
        if saved:
            rows, tables, exclude, seed, scope = _saved_plan(saved, config, rows, tables, exclude, seed, scope)
        if disable_triggers:
            err.print("[yellow]warning[/]: --disable-triggers: user triggers do not fire during the load; "
                      "the rules they enforce are not checked (FK checks are off too: "
                      + ("run `seedbed verify` afterwards, --no-verify skips it)" if no_verify
                         else "seedbed verify checks FKs, CHECKs and keys after the load)"))
        from dataclasses import replace

        from seedbed import service

        flags = opts = _options(rows, tables, exclude, seed, truncate, config, plain)
        expl = wanted = None
        if scope or config or scope_ids:  # the scope machinery only when asked (a plain seed starts faster)
            from seedbed.scope.apply import enforce_strict, reproduce_with_scope, requested_scope, scope_options
            from seedbed.scope.explain import print_explanation, print_warnings

            wanted = requested_scope(scope, config, scope_ids)
        if wanted is not None:
            with service.connect(dsn, autocommit=True) as conn:
                opts, expl = scope_options(conn, service.load_schema(conn, _split(schema) or None, opts.references),
                                           wanted, opts)
            if output == "text":
                print_explanation(err, expl)
            else:
                print_warnings(err, expl)
            if strict:
                enforce_strict(expl)
        with render.progress(err, enabled=output == "text" and err.is_terminal) as bar:
            result = service.seed(dsn, opts, verify=not no_verify, progress=bar, schemas=_split(schema) or None,
                                  bulk=bulk, workers=workers, max_rows=max_rows, disable_triggers=disable_triggers)
        if expl is not None:
            result = replace(result, reproduce=reproduce_with_scope(
                service.reproduce_command(flags, result.seed), scope, config))
        if output == "json":
            _emit_json(result.to_dict() | ({"scope": expl.to_dict()} if expl else {}))
        else:
            render.seed_text(err, result)
        return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY
    _run(output, debug, body)


@app.command()
def verify(dsn: DsnOpt = None, tables: TablesOpt = None, schema: SchemaOpt = None,
           nonempty: Annotated[bool, typer.Option("--nonempty", help="Also report empty tables.")] = False,
           config: Annotated[str | None, typer.Option("--config", help="Check the declared [references] of this seedbed.toml too.")] = None,
           workspace: WorkspaceOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Independent SQL checks: FK orphans, CHECK, UNIQUE, NOT NULL. Exit 1 if any problem."""
    def body() -> int:
        if workspace:
            from seedbed.cli.workspace import verify_cmd

            return verify_cmd(err, _emit_json, workspace, output)
        from seedbed import service
        from seedbed.config import declarations, references
        from seedbed.planning.select import find_table
        from seedbed.rules import with_rules
        with service.connect(dsn, autocommit=True) as conn:
            sch = service.load_schema(conn, _split(schema) or None, references(config) if config else None)
            if config:  # the seed's own rules (``[rules]``) are asked of the data too
                sch = with_rules(sch, declarations(config)["rules"])
            names = [find_table(sch, t) for t in _split(tables)] or None
            report = service.verify_rows(conn, sch, tables=names, require_nonempty=nonempty)
        if output == "json":
            _emit_json(report.to_dict() | {"ok": report.ok})
        else:
            render.verify_text(err, report)
        return errors.EXIT_OK if report.ok else errors.EXIT_VERIFY
    _run(output, debug, body)


@app.command()
def doctor(dsn: DsnOpt = None, schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Would a seed work here? Role, read-only, timeouts, privileges, --truncate / --bulk, triggers, row
    security, and a trial plan; every finding with a hint. Writes nothing. Exit 1 when something blocks a seed."""
    def body() -> int:
        from seedbed.doctor import diagnose

        report = diagnose(dsn, schemas=_split(schema) or None)
        if output == "json":
            _emit_json(report.to_dict())
        else:
            marks = {"blocker": ("blocker", "red"), "warning": ("warning", "yellow"), "info": ("ok", "dim")}
            for f in report.findings:
                label, style = marks.get(f.level, (f.level, "dim"))
                out.print(f"[{style}]{label:>8}[/]  {render.escape(f.message)}")
                if f.hint and f.level != "info":
                    out.print(f"          [dim]hint: {render.escape(f.hint)}[/]")
            out.print("no blockers: a seed should work" if report.ok else "[red]a seed would fail here[/]")
        return errors.EXIT_OK if report.ok else errors.EXIT_VERIFY
    _run(output, debug, body)


@app.command()
def demo(rows: RowsOpt = None, seed: SeedOpt = 42, output: OutputOpt = "text", debug: DebugOpt = False,
         keep: Annotated[bool, typer.Option("--keep", help="Keep the server running and print its DSN; Ctrl-C stops it (SQLite: keep the file).")] = False,
         workspace: Annotated[bool, typer.Option("--workspace", help="The five-service workspace example instead: five databases seeded as one.")] = False,
         profile: Annotated[str, typer.Option("--profile", help="With --workspace: ci (100 users, 500 orders) or dev (1,000 users, 8,000 orders).")] = "ci",
         engine: Annotated[str, typer.Option("--engine", help="postgresql (an embedded server) or sqlite (a file, nothing to start).")] = "postgresql") -> None:
    """Start an embedded Postgres (or a SQLite file), load a sample shop schema, seed it, verify, and show a summary."""
    def body() -> int:
        if workspace:
            import tempfile
            from pathlib import Path

            from seedbed.workspace.demo import run_workspace_demo

            with tempfile.TemporaryDirectory() as tmp:
                return run_workspace_demo(profile=profile, seed=seed, output=output, console=err, workdir=Path(tmp))
        from seedbed.demo import run_demo

        return run_demo(rows=rows, seed=seed, output=output, console=err, keep=keep, engine=engine)
    _run(output, debug, body)


@app.command("generate")
def generate_command(
        source: Annotated[str | None, typer.Argument(help="A JSON spec (.json) or a DDL file (.sql). Omitted: the schema of the database at --dsn / SEEDBED_DSN / DATABASE_URL.")] = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, json, sql, parquet or sqlite (a ready .db file).")] = "csv",
        out_dir: Annotated[str, typer.Option("--out", help="Directory to write the files to (created when missing); sqlite: the .db file, or a directory for data.db.")] = ".",
        inserts: Annotated[bool, typer.Option("--inserts", help="SQL: INSERT statements instead of COPY blocks.")] = False,
        data_only: Annotated[bool, typer.Option("--data-only", help="SQL: leave the CREATE statements out.")] = False,
        rows: RowsOpt = None, seed: SeedOpt = None, max_rows: MaxRowsOpt = 50_000_000,
        dsn: Annotated[str | None, typer.Option("--dsn", help="Load the DDL file into this database (inside a transaction that is rolled back) instead of an embedded PostgreSQL.")] = None,
        schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Generate files from a JSON spec or a DDL file: one per table (csv, jsonl, parquet) or one (json, sql)."""
    def body() -> int:
        from seedbed import generate_files, service
        from seedbed.introspect.spec import SpecProblems

        default, per = parse_rows(rows)
        target = dsn if source is not None else service.resolve_dsn(dsn)
        try:
            with render.progress(err, enabled=output == "text" and err.is_terminal) as bar:
                result = generate_files.generate(source, fmt, out_dir, inserts=inserts, seed=seed, rows=default,
                                                 rows_per_table=per, dsn=target, data_only=data_only, progress=bar,
                                                 schemas=_split(schema) or None, max_rows=max_rows)
        except SpecProblems as exc:
            if output == "json":
                print(json.dumps({"ok": False, "errors": exc.to_dicts()}, indent=2))
            render.error(err, exc)
            raise typer.Exit(exc.exit_code) from None
        if output == "json":
            _emit_json(result.to_dict())
        else:
            for t, n in result.tables.items():
                err.print(f"  {render.escape(t)}: {n:,} rows")
            for note in result.notes:
                err.print(f"[yellow]note[/]: {render.escape(note)}")
            for path in result.files:
                err.print(f"wrote {render.escape(path)}")
            err.print(f"[bold green]generated[/] {sum(result.tables.values()):,} rows in {len(result.tables)} tables "
                      f"in {result.seconds:.2f}s (seed {result.seed})")
            err.print(f"[dim]reproduce: {render.escape(result.reproduce)}[/]")
        return errors.EXIT_OK
    _run(output, debug, body)


@app.command("serve")
def serve_command(
        host: Annotated[str, typer.Option("--host", help="Address to bind (loopback unless you say otherwise).")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8765,
        max_rows: Annotated[int | None, typer.Option("--max-rows", help="Rows per request (else SEEDBED_API_MAX_ROWS, default 100000).")] = None,
        max_tables: Annotated[int | None, typer.Option("--max-tables", help="Tables per spec (else SEEDBED_API_MAX_TABLES, default 50).")] = None,
        max_body: Annotated[int | None, typer.Option("--max-body", help="Request body bytes (else SEEDBED_API_MAX_BODY, default 1048576).")] = None,
        max_response: Annotated[int | None, typer.Option("--max-response", help="Generated bytes per response (else SEEDBED_API_MAX_RESPONSE, default 33554432).")] = None,
        timeout: Annotated[int | None, typer.Option("--timeout", help="Seconds of work per request (else SEEDBED_API_TIMEOUT, default 30).")] = None,
        debug: DebugOpt = False) -> None:
    """Serve the HTTP API (POST /v1/generate, POST /v1/values, GET /healthz; docs at /docs)."""
    def body() -> int:
        try:
            import uvicorn

            from seedbed.api import Limits, create_app
        except ImportError:
            raise errors.UsageError("the HTTP API needs fastapi and uvicorn",
                                    hint="pip install 'seedbed[api]'") from None
        limits = Limits.from_env(max_rows=max_rows, max_tables=max_tables, max_body=max_body,
                                 max_response=max_response, timeout=timeout)
        app_ = create_app(limits=limits)
        if host not in ("127.0.0.1", "localhost", "::1"):
            err.print(f"[yellow]note[/]: listening on {render.escape(host)}, not only on this machine"
                      + ("" if app_.state.api_key else "; set SEEDBED_API_KEY to require an X-API-Key header"))
        err.print(f"seedbed API on http://{render.escape(host)}:{port} (docs at /docs)")
        uvicorn.run(app_, host=host, port=port, log_level="debug" if debug else "info")
        return errors.EXIT_OK
    _run("text", debug, body)


@app.command("mcp")
def mcp_command(debug: DebugOpt = False) -> None:
    """Run the MCP server over stdio (tools: inspect_schema, plan_seed, seed_database, verify_database, generate_data)."""
    def body() -> int:
        try:
            from seedbed.mcp_server import run_stdio
        except ImportError:
            raise errors.UsageError("the MCP server needs the mcp package", hint="pip install 'seedbed[mcp]'") from None
        run_stdio()
        return errors.EXIT_OK
    _run("text", debug, body)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (a CI job's timeout, ``kill``, a container stopping) ends a seed as Ctrl-C does:
    rolled back, the sequences put back, exit 130 with what is true, instead of dying mid-load."""
    raise KeyboardInterrupt


def run() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(errors.EXIT_INTERRUPTED)


if __name__ == "__main__":
    run()
