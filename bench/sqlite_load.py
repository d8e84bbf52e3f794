"""SQLite: seedbed against an ``executemany`` of pre-built tuples, same workload, same run (issue 14).

Usage::

    .venv/bin/python bench/sqlite_load.py              # the full bench workload (1.41M rows)
    .venv/bin/python bench/sqlite_load.py --scale 0.1  # a tenth of it
    .venv/bin/python bench/sqlite_load.py --quick      # 1/100: a smoke run

The workload is ``bench/workload.py``'s four tables with every constraint (primary keys, UNIQUE,
CHECKs, foreign keys), as SQLite DDL. Each method gets a fresh file (``PRAGMA foreign_keys=ON``,
the default rollback journal):

* ``baseline``: the rows of ``bench/ceiling.build`` (the PostgreSQL ceiling's data) as Python
  tuples, built before the clock starts; timed from BEGIN to COMMIT, one ``executemany`` per table.
* ``baseline+cache``: the same with the page cache seedbed's loading connection uses
  (``seedbed.engines.sqlite.load.CACHE_KIB``), to show what that setting alone is worth.
* ``seedbed``: ``seedbed.service.seed`` end to end without verification (introspect, plan,
  generate, convert, insert, commit), then the verification timed on its own.

Ratio = baseline seconds / seedbed seconds (1.0: as fast as inserting ready tuples); CPU seconds
too, which a machine shared with other work disturbs less than wall time. Nothing is asserted;
the figures are printed (and ``--json`` writes them).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import ceiling, workload  # noqa: E402
from seedbed.engines.cells import iso_offset  # noqa: E402


def sqlite_ddl() -> str:
    """The workload's constrained DDL in SQLite's terms (a bigserial key is the rowid)."""
    out = []
    for table in workload.TABLES:
        parts = []
        for name, spec in table.columns:
            if spec == "bigserial":
                parts.append(f"{name} INTEGER PRIMARY KEY")
            else:
                parts.append(f"{name} {spec.replace('timestamptz', 'TIMESTAMPTZ')}")
        for con in table.constraints:
            if con.definition == "PRIMARY KEY (id)":
                continue
            parts.append(f"CONSTRAINT {con.name} {con.definition}")
        out.append(f"CREATE TABLE {table.name} ({', '.join(parts)});")
    return "\n".join(out)


def fresh(folder: Path, name: str) -> Path:
    path = folder / f"{name}.db"
    conn = sqlite3.connect(path)
    conn.executescript(sqlite_ddl())
    conn.close()
    return path


def tuples(data: ceiling.CopyData) -> list[tuple[str, tuple[str, ...], list[tuple]]]:
    """The ceiling's COPY text as driver tuples: integers as int, the rest as text (untimed)."""
    out = []
    for table, cols, payload in data.tables:
        spec = dict(next(t for t in workload.TABLES if t.name == table).columns)
        ints = [spec[c].split()[0] in ("bigserial", "bigint", "integer") for c in cols]
        rows = []
        for line in payload.decode().splitlines():
            cells = line.split("\t")
            rows.append(tuple(int(v) if is_int else iso_offset(v) for v, is_int in zip(cells, ints, strict=True)))
        out.append((table, cols, rows))
    return out


def baseline(path: Path, rows: list[tuple[str, tuple[str, ...], list[tuple]]], cache_kib: int | None = None) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    if cache_kib:
        conn.execute(f"PRAGMA cache_size = {-cache_kib}")
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for table, cols, data in rows:
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", data)
    conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    conn.close()
    return seconds, cpu


def seedbed(path: Path, counts: dict[str, int]) -> tuple[float, float, float]:
    from seedbed import service
    from seedbed.planning.planner import PlanOptions

    dsn = f"sqlite:///{path}"
    t0, c0 = time.perf_counter(), time.process_time()
    result = service.seed(dsn, PlanOptions(rows_per_table=dict(counts), seed=1), verify=False)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    with service.connect(dsn) as conn:
        t1 = time.perf_counter()
        report = service.verify_rows(conn, service.load_schema(conn))
        verify_seconds = time.perf_counter() - t1
    if not report.ok:
        raise SystemExit(f"seedbed's rows fail verification: {[p.message for p in report.problems]}")
    assert sum(result.tables.values()) == sum(counts.values())
    return seconds, cpu, verify_seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1/100 of the workload")
    ap.add_argument("--scale", type=float, default=1.0, help="a further factor on every count")
    ap.add_argument("--json", help="write the figures to this file")
    args = ap.parse_args()
    counts = workload.sizes(quick=args.quick, scale=args.scale)
    rows = tuples(ceiling.build(counts))
    with tempfile.TemporaryDirectory(prefix="seedbed-bench-sqlite-") as tmp:
        folder = Path(tmp)
        from seedbed.engines.sqlite.load import CACHE_KIB

        base_s, base_cpu = baseline(fresh(folder, "baseline"), rows)
        seed_s, seed_cpu, verify_s = seedbed(fresh(folder, "seedbed"), counts)
        cached_s, cached_cpu = baseline(fresh(folder, "cached"), rows, CACHE_KIB)
    total = sum(counts.values())
    figures = {"rows": total, "counts": counts, "baseline_seconds": round(base_s, 3),
               "seedbed_seconds": round(seed_s, 3),
               "baseline_cache_seconds": round(cached_s, 3), "ratio_same_cache": round(cached_s / seed_s, 3), "verify_seconds": round(verify_s, 3),
               "ratio": round(base_s / seed_s, 3), "sqlite": sqlite3.sqlite_version,
               "cpu": {"baseline": round(base_cpu, 3), "seedbed": round(seed_cpu, 3), "baseline_cache": round(cached_cpu, 3)}}
    print(f"SQLite {sqlite3.sqlite_version}, {total:,} rows")
    print(f"  executemany of pre-built tuples: {base_s:8.2f} s  ({total / base_s:,.0f} rows/s)")
    print(f"  seedbed seed (end to end):       {seed_s:8.2f} s  ({total / seed_s:,.0f} rows/s)")
    print(f"  ratio (baseline / seedbed):      {base_s / seed_s:8.2f}   (target >= 0.8)")
    print(f"  the same, seedbed's cache_size:  {cached_s:8.2f} s  (ratio {cached_s / seed_s:.2f})")
    print(f"  CPU seconds (robust when the machine is shared): baseline {base_cpu:.2f}, seedbed {seed_cpu:.2f} "
          f"(ratio {base_cpu / seed_cpu:.2f}), baseline with the cache {cached_cpu:.2f} (ratio {cached_cpu / seed_cpu:.2f})")
    print(f"  seedbed verify (separately):     {verify_s:8.2f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
