"""How long a test waits for its seeded database: template clones vs seeding every test from scratch (issue 15).

Usage::

    .venv/bin/python bench/pytest_templates.py [--dsn postgresql://postgres@127.0.0.1/postgres] [--tests 100]

The schema is the pytest plugin's test project (``tests/data/plugin_project/schema.sql``: users,
products, orders, order_items; ``--rows`` per table, 20 by default). Three ways to hand each of ``--tests``
sequential tests a private seeded database, all in this run:

- ``clone``: ``TemplateCache`` without spares: ``CREATE DATABASE ... TEMPLATE`` at the test's start;
- ``clone + spare``: the plugin's default: the next test's copy is made while a test runs (here
  the "test" sleeps ``--test-ms``, standing for its own work), drops in the background;
- ``scratch``: create an empty database, load the DDL and ``seedbed.seed`` it (no verification),
  per test (``--scratch-tests`` of them), in a process where seedbed is already warm.

It prints the median and p90 wait per test and the template build time. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "tests" / "data" / "plugin_project" / "schema.sql"


def _stats(waits: list[float]) -> str:
    ordered = sorted(waits)
    p90 = ordered[int(0.9 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   (n={len(ordered)})"


def clones(dsn: str, tests: int, *, spares: bool, test_ms: float, rows: int) -> tuple[list[float], float]:
    from seedbed.testing import Recipe, SchemaSource, TemplateCache

    cache = TemplateCache(dsn, SchemaSource(ddl=SCHEMA), rebuild=True, spares=spares)
    started = time.perf_counter()
    template = cache.template(Recipe(rows=rows, seed=1))
    build = time.perf_counter() - started
    waits = []
    try:
        for _ in range(tests):
            started = time.perf_counter()
            target = cache.clone(template)
            waits.append(time.perf_counter() - started)
            time.sleep(test_ms / 1000)
            cache.drop(target)
    finally:
        cache.close()
    return waits, build


def scratch(dsn: str, tests: int, rows: int) -> list[float]:
    import seedbed

    ddl = SCHEMA.read_text()
    waits = []
    with psycopg.connect(dsn, autocommit=True) as admin:
        for _ in range(tests):
            name = "seedbed_bench_" + uuid.uuid4().hex[:12]
            started = time.perf_counter()
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            target = psycopg.conninfo.make_conninfo(dsn, dbname=name)
            with psycopg.connect(target, autocommit=True) as conn:
                conn.execute(ddl)
            seedbed.seed(target, rows=rows, seed=1, verify=False)
            waits.append(time.perf_counter() - started)
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
    return waits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--tests", type=int, default=100)
    ap.add_argument("--scratch-tests", type=int, default=20)
    ap.add_argument("--test-ms", type=float, default=50.0, help="what each test does itself, in ms")
    ap.add_argument("--rows", type=int, default=20, help="rows per table of the seeded database")
    args = ap.parse_args()
    from seedbed.testing import drop_templates

    with psycopg.connect(args.dsn, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
        fsync = conn.execute("SHOW fsync").fetchone()[0]
    print(f"PostgreSQL {version}, fsync={fsync}; {args.tests} tests; {args.rows} rows per table; "
          f"each test works {args.test_ms:g} ms")
    try:
        waits, build = clones(args.dsn, args.tests, spares=False, test_ms=args.test_ms, rows=args.rows)
        print(f"clone           {_stats(waits)}   template seeded in {build:.2f} s")
        waits, _ = clones(args.dsn, args.tests, spares=True, test_ms=args.test_ms, rows=args.rows)
        print(f"clone + spare   {_stats(waits)}")
    finally:
        drop_templates(args.dsn, source_contains=str(SCHEMA))
    print(f"scratch         {_stats(scratch(args.dsn, args.scratch_tests, args.rows))}")


if __name__ == "__main__":
    main()
