"""``seedbed demo --workspace``: the five-service example on one embedded cluster, five databases.

The cluster allows two-phase commit (``max_prepared_transactions``), so the five databases
commit together. The example is the one under ``examples/workspace/`` (bundled with the package).
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import psycopg
from psycopg import sql
from rich.console import Console

from seedbed import errors
from seedbed.cli.render import escape

__all__ = ["run_workspace_demo"]

ALIASES = ("users", "products", "orders", "payments", "notifs")


def _example(name: str) -> str:
    return resources.files("seedbed").joinpath(f"data/workspace/{name}").read_text()


def run_workspace_demo(*, profile: str | None, seed: int | None, output: str, console: Console,
                       workdir: Path) -> int:
    from seedbed.embedded import EmbeddedPostgres
    from seedbed.workspace import seed_workspace

    console.print("[bold]seedbed demo --workspace[/]: one embedded PostgreSQL, five service databases...")
    with EmbeddedPostgres(settings={"max_prepared_transactions": "10"}) as pg:
        for alias in ALIASES:
            db = f"seedbed_demo_{alias}"
            with psycopg.connect(pg.dsn, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(db)))
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db)))
            dsn = psycopg.conninfo.make_conninfo(pg.dsn, dbname=db)
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(_example(f"{alias}.sql"))
            os.environ[f"{alias.upper()}_DB_URL"] = dsn  # the example's dsn_env names
        path = workdir / "seedbed.toml"
        path.write_text(_example("seedbed.toml"))
        result = seed_workspace(str(path), profile, seed)
        if output == "json":
            print(json.dumps(result.to_dict(), indent=2, default=str))
        else:
            for i, phase in enumerate(result.plan.phases, 1):
                console.print(f"phase {i}: {', '.join(phase)}")
            for alias, db in result.databases.items():
                tables = ", ".join(f"{t} {n:,}" for t, n in db.get("tables", {}).items())
                console.print(f"[bold]{alias}[/]: {escape(tables)}")
            for ref, orphans in result.references.items():
                console.print(f"  {escape(ref)}: {orphans} orphans")
            for note in result.notes:
                console.print(f"[yellow]note[/]: {escape(note)}")
            console.print(("[bold green]verified[/]" if result.ok else "[bold red]problems found[/]")
                          + f": {result.plan.plan.total_rows:,} rows in five databases in {result.seconds:.2f}s "
                            f"(seed {result.seed})")
        return errors.EXIT_OK if result.ok else errors.EXIT_VERIFY
