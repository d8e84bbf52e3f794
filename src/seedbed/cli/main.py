"""The ``seedbed`` command line: thin over ``seedbed.service``.

Human output goes to stderr (tables, progress); ``--output json`` puts one JSON document on
stdout. A user's mistake is a short block on stderr and an exit code, never a traceback
(``--debug`` shows it).
"""

from __future__ import annotations

import json
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


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()


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
            per[name.strip()] = n
        else:
            default = n
    return default, per


def _options(rows: str | None, tables: str | None, exclude: str | None, seed: int | None, truncate: bool = False):
    from seedbed.planning.planner import PlanOptions

    default, per = parse_rows(rows)
    return PlanOptions(rows=default, rows_per_table=per, tables=_split(tables), exclude=_split(exclude),
                       seed=seed or 0, truncate=truncate)


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
    except KeyboardInterrupt:
        err.print("[red]interrupted[/]: nothing was committed")
        raise typer.Exit(errors.EXIT_INTERRUPTED) from None
    raise typer.Exit(code)


def _fail(exc: errors.SeedbedError, output: str) -> None:
    if output == "json":
        print(json.dumps({"ok": False, "errors": [exc.to_dict()]}, indent=2))
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
         schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Show the plan: order, row counts, cycle strategy and the generator of every column. Writes nothing."""
    def body() -> int:
        from seedbed import service
        from seedbed.generate.streams import new_seed

        opts = _options(rows, tables, exclude, seed or new_seed(), truncate)
        with service.connect(dsn, autocommit=True) as conn:
            sch = service.load_schema(conn, _split(schema) or None)
            p = service.make_plan(conn, sch, opts)
        if output == "json":
            _emit_json(p.to_dict())
        else:
            render.plan_text(out, p)
        return 0
    _run(output, debug, body)


@app.command()
def seed(dsn: DsnOpt = None, rows: RowsOpt = None, tables: TablesOpt = None, exclude: ExcludeOpt = None,
         seed: SeedOpt = None, truncate: Annotated[bool, typer.Option("--truncate", help="Empty the seeded tables first (same transaction).")] = False,
         no_verify: Annotated[bool, typer.Option("--no-verify", help="Skip the checks after loading.")] = False,
         schema: SchemaOpt = None, output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Generate and load rows in one transaction, then verify them."""
    def body() -> int:
        from seedbed import service

        opts = _options(rows, tables, exclude, seed, truncate)
        with render.progress(err, enabled=output == "text" and err.is_terminal) as bar:
            result = service.seed(dsn, opts, verify=not no_verify, progress=bar, schemas=_split(schema) or None)
        if output == "json":
            _emit_json(result.to_dict())
        else:
            render.seed_text(err, result)
        return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY
    _run(output, debug, body)


@app.command()
def verify(dsn: DsnOpt = None, tables: TablesOpt = None, schema: SchemaOpt = None,
           nonempty: Annotated[bool, typer.Option("--nonempty", help="Also report empty tables.")] = False,
           output: OutputOpt = "text", debug: DebugOpt = False) -> None:
    """Independent SQL checks: FK orphans, CHECK, UNIQUE, NOT NULL. Exit 1 if any problem."""
    def body() -> int:
        from seedbed import service
        from seedbed.planning.select import find_table
        from seedbed.verify import verify as run_verify

        with service.connect(dsn, autocommit=True) as conn:
            sch = service.load_schema(conn, _split(schema) or None)
            names = [find_table(sch, t) for t in _split(tables)] or None
            report = run_verify(conn, sch, tables=names, require_nonempty=nonempty)
        if output == "json":
            _emit_json(report.to_dict() | {"ok": report.ok})
        else:
            render.verify_text(err, report)
        return errors.EXIT_OK if report.ok else errors.EXIT_VERIFY
    _run(output, debug, body)


@app.command()
def demo(rows: RowsOpt = None, seed: SeedOpt = 42, output: OutputOpt = "text", debug: DebugOpt = False,
         keep: Annotated[bool, typer.Option("--keep", help="Keep the server running and print its DSN; Ctrl-C stops it.")] = False) -> None:
    """Start an embedded Postgres, load a sample shop schema, seed it, verify, and show a summary."""
    def body() -> int:
        from seedbed.demo import run_demo

        return run_demo(rows=rows, seed=seed, output=output, console=err, keep=keep)
    _run(output, debug, body)


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(errors.EXIT_INTERRUPTED)


if __name__ == "__main__":
    run()
