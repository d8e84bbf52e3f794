"""MySQL / MariaDB: seedbed seed vs LOAD DATA LOCAL INFILE of pre-built bytes, in one run (issue 14).

Usage::

    .venv/bin/python bench/mysql_load.py                  # 1/10 of the bench workload (~141k rows)
    .venv/bin/python bench/mysql_load.py --scale 1        # the full workload (1.41M rows)
    .venv/bin/python bench/mysql_load.py --dsn mysql://root@127.0.0.1:3306/mysql

The workload is bench/workload.py's four constrained tables (users, products, orders, order_items:
PRIMARY KEYs, UNIQUEs, CHECKs, FKs) in their MySQL spelling, InnoDB. Each method gets a fresh
database (``sbbench_<random>``), dropped afterwards:

- ceiling: the rows bench/ceiling.py builds (untimed, written to a file first) loaded with one
  ``LOAD DATA LOCAL INFILE`` per table in FK order, one transaction, BEGIN to COMMIT timed;
- seedbed: ``seedbed seed --rows ... --seed 1 --no-verify`` as a user runs it, process start to
  exit (introspection, planning, generation, LOAD DATA, commit), in a child process.

It prints the seconds, rows per second and the ratio ceiling/seedbed (1.0: as fast as loading
pre-built bytes). No timing is asserted; nothing is written to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymysql  # noqa: E402

from bench import ceiling, measure, workload  # noqa: E402
from seedbed.engines.mysql.session import parse_dsn, quote  # noqa: E402

#: PostgreSQL column types of the workload -> their MySQL spelling.
TYPES = {"bigserial": "BIGINT NOT NULL AUTO_INCREMENT", "text NOT NULL": "VARCHAR(255) NOT NULL",
         "timestamptz NOT NULL": "DATETIME NOT NULL", "numeric(10, 2) NOT NULL": "DECIMAL(10,2) NOT NULL",
         "integer NOT NULL DEFAULT 0": "INT NOT NULL DEFAULT 0", "integer NOT NULL": "INT NOT NULL"}


def ddl() -> list[str]:
    out = []
    for t in workload.TABLES:
        cols = [f"{quote(c)} {TYPES.get(spec, spec)}" for c, spec in t.columns]
        cons = [f"CONSTRAINT {quote(k.name)} {k.definition}" for k in t.constraints]
        out.append(f"CREATE TABLE {quote(t.name)} ({', '.join(cols + cons)}) ENGINE=InnoDB")
    return out


def _connect(dsn: str, database: str | None = None, **kw):
    args = parse_dsn(dsn)
    if database:
        args["database"] = database
    args.pop("local_infile", None)
    return pymysql.connect(**args, local_infile=True, **kw)


@contextmanager
def fresh_database(server: str):
    name = f"sbbench_{uuid.uuid4().hex[:10]}"
    conn = _connect(server, autocommit=True)
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE {quote(name)} CHARACTER SET utf8mb4")
            cur.execute(f"USE {quote(name)}")
            for stmt in ddl():
                cur.execute(stmt)
        head, _, rest = server.partition("://")
        yield name, f"{head}://{rest.rsplit('/', 1)[0]}/{name}"
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {quote(name)}")
        conn.close()


def run_ceiling(server: str, counts: dict[str, int], relaxed: bool = False) -> float:
    data = ceiling.build(counts, seed=1)
    with tempfile.TemporaryDirectory(prefix="sbbench-") as tmp, fresh_database(server) as (name, _):
        files = []
        for table, cols, payload in data.tables:
            path = os.path.join(tmp, f"{table}.tsv")
            Path(path).write_bytes(payload.replace(b"+00\n", b"\n"))  # DATETIME takes no offset
            files.append((table, cols, path))
        conn = _connect(server, name, autocommit=False)
        try:
            with conn.cursor() as cur:
                if relaxed:  # informational: MariaDB's bulk insert into empty tables, nothing checked
                    cur.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0")
                t0 = time.perf_counter()
                cur.execute("START TRANSACTION")
                for table, cols, path in files:
                    cur.execute(f"LOAD DATA LOCAL INFILE %s INTO TABLE {quote(table)} CHARACTER SET utf8mb4 "
                                f"({', '.join(quote(c) for c in cols)})", (path,))
                conn.commit()
                return time.perf_counter() - t0
        finally:
            conn.close()


def run_seedbed(server: str, counts: dict[str, int], seedbed: str) -> tuple[float, str]:
    with fresh_database(server) as (_, dsn):
        run = measure.run_child([seedbed, "seed", "--dsn", dsn, "--rows", workload.rows_option(counts),
                                 "--seed", "1", "--no-verify", "--output", "json"], timeout=1800)
        if not run.ok:
            raise SystemExit(f"seedbed failed: {run.stderr[-2000:]}")
        return run.seconds, f"peak RSS {run.peak_rss_kb // 1024} MiB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_MYSQL_DSN", "mysql://root@127.0.0.1:3306/mysql"))
    ap.add_argument("--scale", type=float, default=0.1, help="fraction of the full workload (default 0.1)")
    ap.add_argument("--seedbed", default=str(Path(sys.executable).parent / "seedbed"))
    ap.add_argument("--repeat", type=int, default=2, help="runs of each method, interleaved (the best is kept)")
    ap.add_argument("--relaxed", action="store_true",
                    help="also time the ceiling with unique_checks=0, foreign_key_checks=0 (informational: what "
                         "MariaDB's bulk insert costs without seedbed's proof; not the yardstick)")
    args = ap.parse_args()
    counts = workload.sizes(scale=args.scale)
    rows = sum(counts.values())
    ceilings, runs, relaxed = [], [], []
    for _ in range(args.repeat):  # interleaved: a shared machine's load hits both alike
        ceilings.append(run_ceiling(args.dsn, counts))
        if args.relaxed:
            relaxed.append(run_ceiling(args.dsn, counts, relaxed=True))
        runs.append(run_seedbed(args.dsn, counts, args.seedbed))
    best_c = min(ceilings)
    best_s, note = min(runs)
    print("runs: ceiling " + ", ".join(f"{c:.2f}" for c in ceilings) + " s; seedbed "
          + ", ".join(f"{r[0]:.2f}" for r in runs) + " s"
          + ("; relaxed ceiling " + ", ".join(f"{r:.2f}" for r in relaxed) + " s" if relaxed else ""))
    print(f"workload: {rows:,} rows ({workload.rows_option(counts)})")
    print(f"ceiling  LOAD DATA LOCAL INFILE, pre-built bytes, constrained: {best_c:7.2f} s  {rows / best_c:>10,.0f} rows/s")
    print(f"seedbed  seed --no-verify (end to end, {note}):    {best_s:7.2f} s  {rows / best_s:>10,.0f} rows/s")
    print(f"ratio    ceiling / seedbed = {best_c / best_s:.2f}x")


if __name__ == "__main__":
    main()
