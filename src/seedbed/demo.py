"""``seedbed demo``: an embedded Postgres, the sample shop schema, a seed, a verification, a summary."""

from __future__ import annotations

import json
from importlib import resources

import psycopg
from rich.console import Console
from rich.table import Table as RichTable

from seedbed import errors
from seedbed.cli import render


def shop_sql() -> str:
    """The bundled sample schema: users <-> addresses cycle, self-references, composite keys, CHECKs."""
    return resources.files("seedbed").joinpath("data/shop.sql").read_text()


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
    cols = SAMPLE_COLUMNS[table]
    with psycopg.connect(dsn, autocommit=True) as conn:
        cur = conn.execute(psycopg.sql.SQL("SELECT {} FROM {} ORDER BY 1 LIMIT {}").format(
            psycopg.sql.SQL(", ").join(psycopg.sql.Identifier(c) for c in cols),
            psycopg.sql.Identifier(table), psycopg.sql.Literal(limit)))
        tab = RichTable(title=table, show_lines=False, title_justify="left")
        for n in cols:
            tab.add_column(n, overflow="ellipsis", no_wrap=True, max_width=36)
        for row in cur.fetchall():
            tab.add_row(*(render.escape("NULL" if v is None else _short(v)) for v in row))
    console.print(tab)


def _short(value: object) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ", timespec="minutes") if hasattr(value, "hour") else value.isoformat()
    return str(value)


def run_demo(*, rows: str | None, seed: int | None, output: str, console: Console, keep: bool = False) -> int:
    from seedbed import service
    from seedbed.cli.main import _options
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
        opts = _options(rows or "users=200,orders=600,order_items=1500,reviews=400", None, None, seed)
        result = service.seed(dsn, opts)
        if output == "json":
            print(json.dumps(result.to_dict(), indent=2, default=str))
        else:
            render.seed_text(console, result)
            for table in SAMPLE_COLUMNS:
                _sample(console, dsn, table)
        if keep:
            console.print(f"server running: [bold]{dsn}[/] (Ctrl-C to stop)")
            try:
                import time

                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
        return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY
