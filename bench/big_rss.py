"""Peak memory of a ten-million-row seed (issue 6: under 400 MB).

The workload of ``workload.py`` scaled ten times (order_items 10,000,000; orders 3,000,000; users
1,000,000; products 100,000: 14.1 million rows) is seeded by ``seedbed seed`` into a fresh database
that is dropped afterwards, once in the default mode and once with ``--bulk``, each under
``/usr/bin/time -v`` (its "Maximum resident set size" is the peak RSS reported; the harness's own
sampler of the process tree is shown next to it). Run alone with ``.venv/bin/python bench/big_rss.py``
or as part of ``bench/run.py --big``; it writes the ``big`` section of RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, report, workload  # noqa: E402

#: The workload's counts are multiplied by this.
SCALE = 10
#: Peak RSS target of the issue, MB.
TARGET_MB = 400


@dataclass(slots=True, kw_only=True)
class BigRow:
    """One ten-million-row seed."""

    mode: str
    rows: int = 0
    seconds: float = 0.0
    time_rss_kb: int = 0  # /usr/bin/time -v: Maximum resident set size
    tree_rss_kb: int = 0  # the harness's sampler (process tree)
    status: str = "ok"


def _time_rss(stderr: str) -> int:
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(m.group(1)) if m else 0


def run(dsn: str, seedbed: str, *, timeout: float = 7200.0, modes: tuple[str, ...] = ("default", "--bulk")) -> list[BigRow]:
    """Seed the scaled workload once per mode; return what each run measured."""
    counts = {t: n * SCALE for t, n in workload.sizes().items()}
    time_bin = shutil.which("time") or "/usr/bin/time"
    out = []
    for mode in modes:
        row = BigRow(mode=f"seedbed seed {mode}".strip() if mode != "default" else "seedbed seed")
        print(f"[bench] {row.mode} over {sum(counts.values()):,} rows ...", file=sys.stderr, flush=True)
        try:
            with measure.fresh_database(dsn, "big") as db:
                measure.execute_all(db, workload.constrained_ddl())
                argv = [seedbed, "seed", "--dsn", db, "--rows", workload.rows_option(counts), "--seed", "1",
                        "--no-verify", "--output", "json"] + ([mode] if mode != "default" else [])
                if os.path.exists(time_bin):
                    argv = [time_bin, "-v", *argv]
                child = measure.run_child(argv, timeout=timeout)
                row.seconds, row.tree_rss_kb, row.time_rss_kb = child.seconds, child.peak_rss_kb, _time_rss(child.stderr)
                if not child.ok:
                    row.status = child.failure()
                    out.append(row)
                    continue
                got = measure.row_counts(db, workload.TABLE_NAMES)
                row.rows = sum(got.values())
                if got != counts:
                    row.status = f"loaded {got}, asked {counts}"
        except Exception as exc:  # noqa: BLE001 - a harness-side error becomes a row
            row.status = f"failed (harness): {type(exc).__name__}: {exc}"[:400]
        print(f"[bench]   {row.seconds:.1f} s, peak RSS {row.time_rss_kb / 1024:.0f} MB ({row.status})",
              file=sys.stderr, flush=True)
        out.append(row)
    return out


def render(rows: list[BigRow], env: dict[str, dict[str, str]]) -> str:
    counts = {t: n * SCALE for t, n in workload.sizes().items()}
    cells = [[r.mode, f"{r.rows:,}" if r.rows else "–", f"{r.seconds:.1f}" if r.seconds else "–",
              f"{r.rows / r.seconds:,.0f}" if r.rows and r.seconds else "–",
              f"{r.time_rss_kb / 1024:.0f} MB" if r.time_rss_kb else "–",
              f"{r.tree_rss_kb / 1024:.0f} MB" if r.tree_rss_kb else "–",
              ("yes" if r.time_rss_kb / 1024 < TARGET_MB else "no") if r.time_rss_kb else "–", r.status]
             for r in rows]
    m, v = env["machine"], env["versions"]
    return "\n".join([
        "## Ten million rows: peak memory", "",
        f"Run on {report.now_utc()} with `bench/big_rss.py`; {m.get('nproc')} cores, {m.get('memory')}, "
        f"load average {m.get('load average')} at the start; PostgreSQL {v.get('PostgreSQL')} "
        f"(fsync {env['settings'].get('fsync')}), seedbed {v.get('seedbed')}.", "",
        "The workload above scaled ×10: " + ", ".join(f"{t} {n:,}" for t, n in counts.items())
        + f" ({sum(counts.values()):,} rows), into a fresh database dropped afterwards. Peak RSS is "
        "`/usr/bin/time -v`'s \"Maximum resident set size\" of the `seedbed seed` process (process start to "
        "exit, `--no-verify`); the tree sample sums VmRSS over the process and its children every 0.1 s. "
        f"Target: < {TARGET_MB} MB.", "",
        report.markdown_table(["command", "rows", "seconds", "rows/s", "peak RSS (time -v)", "peak RSS (tree)",
                               f"< {TARGET_MB} MB", "status"], cells),
    ])


def main(argv: list[str] | None = None) -> int:
    from bench.run import REPO as repo, default_seedbed

    ap = argparse.ArgumentParser(description="Peak RSS of a ten-million-row seedbed seed.")
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN") or measure.DEFAULT_DSN)
    ap.add_argument("--seedbed", default=default_seedbed())
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--modes", default="default,--bulk", help="comma-separated: default, --bulk")
    args = ap.parse_args(argv)
    with measure.connect(args.dsn, autocommit=True) as conn:
        env = {"machine": report.machine_info(), "versions": report.versions(conn, args.seedbed, repo),
               "settings": report.server_settings(conn)}
    rows = run(args.dsn, args.seedbed, modes=tuple(m.strip() for m in args.modes.split(",") if m.strip()))
    print(json.dumps([r.__dict__ if hasattr(r, "__dict__") else {f: getattr(r, f) for f in r.__slots__}
                      for r in rows], indent=1))
    if not args.no_write:
        report.write_section(args.out, "big", render(rows, env))
    return 0


if __name__ == "__main__":
    sys.exit(main())
