"""What realism costs: generation of the bench workload with column intents vs ``--plain`` (issue 3).

Usage::

    .venv/bin/python bench/realism.py            # the full workload, 3 interleaved rounds
    .venv/bin/python bench/realism.py --quick    # 1/100 of it
    .venv/bin/python bench/realism.py --write    # also replace the "realism" section of bench/RESULTS.md

The workload's constrained tables are created in a fresh database (introspected like a real
seed), then both plans are generated in this process without loading: every chunk of every
table made by the engine and encoded to COPY text, as the loader would receive it. CPU time of
this process is measured (generation is single-threaded; the database is idle), so the figure
is the engine's throughput, not the server's. The realism cost is ``1 - plain_time / realistic_time``
expressed as the throughput lost: ``1 - realistic_rows_per_s / plain_rows_per_s``. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, report, workload  # noqa: E402


def generate_all(schema, plan) -> tuple[int, float]:
    """(rows, CPU seconds) to make and encode every chunk of ``plan``."""
    from seedbed.generate.engine import Engine
    from seedbed.generate.feed import encode_chunk, sort_key

    engine = Engine(schema, plan)
    rows = 0
    start = time.process_time()
    for name in plan.tables:
        key = sort_key(schema, plan, name)
        for chunk in engine.chunks(name):
            rows += encode_chunk(chunk, key).rows
    return rows, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", default=measure.DEFAULT_DSN, help="maintenance DSN (a scratch database is made)")
    ap.add_argument("--quick", action="store_true", help="1/100 of the workload")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="replace the 'realism' section of bench/RESULTS.md")
    args = ap.parse_args(argv)

    from seedbed import service
    from seedbed.planning.options import PlanOptions

    counts = workload.sizes(quick=args.quick)
    with measure.fresh_database(args.dsn, "realism") as dsn:
        measure.execute_all(dsn, workload.constrained_ddl())
        with service.connect(dsn, autocommit=True) as conn:
            schema = service.load_schema(conn)
            base = PlanOptions(seed=7, rows_per_table=counts)
            plans = {"realistic": service.make_plan(conn, schema, base),
                     "plain": service.make_plan(conn, schema, replace(base, plain=True))}
    times: dict[str, list[float]] = {k: [] for k in plans}
    total = 0
    for _ in range(args.rounds):
        for label, plan in plans.items():
            total, seconds = generate_all(schema, plan)
            times[label].append(seconds)
    real, plain = measure.median(times["realistic"]), measure.median(times["plain"])
    cost = 1 - plain / real
    lines = [
        f"rows per run: {total:,} ({', '.join(f'{t} {n:,}' for t, n in counts.items())}); "
        f"{args.rounds} interleaved rounds, medians of this process's CPU time",
        f"typed values only (--plain): {plain:.2f} s = {total / plain:,.0f} rows/s",
        f"realistic (default):         {real:.2f} s = {total / real:,.0f} rows/s",
        f"realism costs {cost:.0%} of the engine's throughput (limit: 30%)",
    ]
    print("\n".join(lines))
    if args.write:
        info = report.machine_info()
        body = (f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on "
                f"{info.get('cpu', '?')} ({info.get('nproc', '?')} cores), `bench/realism.py"
                f"{' --quick' if args.quick else ''}`: generation and COPY encoding of the bench workload "
                "in one process, no loading.\n\n" + "\n".join(f"- {line}" for line in lines) + "\n")
        report.write_section(Path(__file__).resolve().parent / "RESULTS.md", "realism", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
