"""``seedbed demo``: an embedded Postgres (or a SQLite file), the sample shop schema, a seed, a
verification, a summary."""

from __future__ import annotations

import json
from importlib import resources

import psycopg
from rich.console import Console
from rich.table import Table as RichTable

from seedbed import errors
from seedbed.cli import render


def shop_sql(engine: str = "postgresql") -> str:
    """The bundled sample schema: users <-> addresses cycle, self-references, composite keys, CHECKs
    (``engine='sqlite'``: the same in SQLite's terms, ``data/shop_sqlite.sql``)."""
    name = "data/shop_sqlite.sql" if engine == "sqlite" else "data/shop.sql"
    return resources.files("seedbed").joinpath(name).read_text()


def example_spec() -> dict:
    """The bundled example JSON spec (users <- orders <- order_items; see README "JSON spec")."""
    import json

    return json.loads(resources.files("seedbed").joinpath("data/example_spec.json").read_text())


#: What the demo shows of each table: a few columns that tell the story at a glance.
SAMPLE_COLUMNS = {
    "users": ("id", "email", "full_name", "country", "phone", "created_at"),
    "products": ("sku", "name", "price", "stock", "tags"),
    "orders": ("id", "user_id", "status", "total_cents", "currency", "placed_at", "shipped_at"),
    "reviews": ("product_id", "rating", "title", "body"),
}


def _sample(console: Console, dsn: str, table: str, limit: int = 4) -> None:
    from seedbed import service

    cols = SAMPLE_COLUMNS[table]
    with service.connect(dsn, autocommit=True) as conn:
        if isinstance(conn, psycopg.Connection):
            rows = conn.execute(psycopg.sql.SQL("SELECT {} FROM {} ORDER BY 1 LIMIT {}").format(
                psycopg.sql.SQL(", ").join(psycopg.sql.Identifier(c) for c in cols),
                psycopg.sql.Identifier(table), psycopg.sql.Literal(limit))).fetchall()
        else:  # SQLite (psycopg's identifier quoting is SQLite's)
            rows = conn.execute("SELECT {} FROM {} ORDER BY 1 LIMIT {}".format(
                ", ".join(psycopg.sql.Identifier(c).as_string(None) for c in cols),
                psycopg.sql.Identifier(table).as_string(None), int(limit))).fetchall()
    tab = RichTable(title=table, show_lines=False, title_justify="left")
    for n in cols:
        tab.add_column(n, overflow="ellipsis", no_wrap=True, max_width=36)
    for row in rows:
        tab.add_row(*(render.escape("NULL" if v is None else _short(v)) for v in row))
    console.print(tab)


def _short(value: object) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ", timespec="minutes") if hasattr(value, "hour") else value.isoformat()
    return str(value)


#: The demo's row counts when none are asked.
DEMO_ROWS = "users=200,orders=600,order_items=1500,reviews=400"


def run_demo(*, rows: str | None, seed: int | None, output: str, console: Console, keep: bool = False,
             engine: str = "postgresql") -> int:
    if engine == "sqlite":
        return _run_sqlite(rows=rows, seed=seed, output=output, console=console, keep=keep)
    if engine not in ("postgresql", "postgres"):
        raise errors.UsageError(f"--engine must be postgresql or sqlite, not {engine!r}", subject=engine)
    from seedbed.embedded import EmbeddedPostgres

    console.print("[bold]seedbed demo[/]: starting an embedded PostgreSQL (no server needed)...")
    with EmbeddedPostgres() as pg:
        with psycopg.connect(pg.dsn, autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS seedbed_demo")
            conn.execute("CREATE DATABASE seedbed_demo")
        dsn = psycopg.conninfo.make_conninfo(pg.dsn, dbname="seedbed_demo")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(shop_sql())
        console.print("loaded the sample shop schema (users <-> addresses cycle, self-references, "
                      "composite keys, regex CHECKs)")
        code = _seed_and_show(dsn, rows=rows, seed=seed, output=output, console=console)
        if keep:
            console.print(f"server running: [bold]{dsn}[/] (Ctrl-C to stop)")
            try:
                import time

                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        return code


def _seed_and_show(dsn: str, *, rows: str | None, seed: int | None, output: str, console: Console) -> int:
    from seedbed import service
    from seedbed.cli.main import _options

    result = service.seed(dsn, _options(rows or DEMO_ROWS, None, None, seed))
    if output == "json":
        print(json.dumps(result.to_dict(), indent=2, default=str))
    else:
        render.seed_text(console, result)
        for table in SAMPLE_COLUMNS:
            _sample(console, dsn, table)
    return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY


def _run_sqlite(*, rows: str | None, seed: int | None, output: str, console: Console, keep: bool) -> int:
    """The demo on a SQLite file in a temporary directory (kept, and its DSN printed, with --keep)."""
    import shutil
    import sqlite3
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="seedbed-demo-"))
    path = folder / "shop.db"
    try:
        console.print(f"[bold]seedbed demo[/]: a SQLite file, {path} (no server needed)")
        raw = sqlite3.connect(path)
        try:
            raw.executescript(shop_sql("sqlite"))
        finally:
            raw.close()
        console.print("loaded the sample shop schema (users <-> addresses cycle, self-references, "
                      "composite keys, GLOB CHECKs)")
        code = _seed_and_show(f"sqlite:///{path}", rows=rows, seed=seed, output=output, console=console)
        if keep:
            console.print(f"kept: [bold]sqlite:///{path}[/]")
        return code
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
