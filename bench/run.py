"""Benchmark seedbed against the loading ceilings and the Faker baselines, in one run (issue 6).

Usage::

    .venv/bin/python bench/run.py                 # the full workload (make bench)
    .venv/bin/python bench/run.py --quick         # 1/100 of it: a CI smoke run of the harness

Every measurement gets a fresh database, created from the maintenance DSN (``--dsn``, else
``SEEDBED_BENCH_DSN``, else ``postgresql://postgres@127.0.0.1:5432/postgres``) and dropped afterwards.
Each method runs in its own child process (wall time and peak RSS measured alike); a method that fails
(seedbed unfinished, a server error) becomes a ``failed: ...`` row and the run goes on. Results go to
the console and to sections of ``bench/RESULTS.md``. No timing is asserted anywhere: the figures are
reported, ratios included, and judged by a person.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script (make bench): make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus_timing, measure, report, workload  # noqa: E402
from bench.report import Result  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
CHILD = BENCH_DIR / "child.py"

#: Every method, in the order they run: (key, label).
METHODS = (
    ("ceiling", "ceiling: COPY pre-built bytes, constrained"),
    ("bare", "Lb: COPY pre-built bytes into bare tables + ADD constraints"),
    ("seedbed", "seedbed seed (end to end)"),
    ("seedbed-workers", "seedbed seed --workers 2 (end to end)"),
    ("seedbed-bulk", "seedbed seed --bulk (end to end)"),
    ("seedbed-bulk-workers", "seedbed seed --bulk --workers 2 (end to end)"),
    ("faker-executemany", "Faker + executemany (the usual script)"),
    ("faker-copy", "Faker + COPY write_row (a careful script)"),
)


def default_seedbed() -> str:
    """The seedbed executable: next to this Python, else in the repo's .venv, else on PATH."""
    for cand in (Path(sys.executable).parent / "seedbed", REPO / ".venv" / "bin" / "seedbed"):
        if cand.exists():
            return str(cand)
    return shutil.which("seedbed") or str(REPO / ".venv" / "bin" / "seedbed")


#: seedbed's extra options per method.
SEEDBED_ARGS = {"seedbed": [], "seedbed-workers": ["--workers", "2"], "seedbed-bulk": ["--bulk"],
                "seedbed-bulk-workers": ["--bulk", "--workers", "2"]}


def seedbed_options(seedbed: str) -> set[str]:
    """Which of ``--bulk`` / ``--workers`` this seedbed's ``seed`` command offers (the methods that
    need a missing one are not measured)."""
    run = measure.run_child([seedbed, "seed", "--help"], timeout=60)
    return {opt for opt in ("--bulk", "--workers") if run.ok and opt in run.stdout}


def measure_python_method(key: str, label: str, args: argparse.Namespace, counts: dict[str, int],
                          notes: list[str]) -> Result:
    """Measure once a method run by ``bench/child.py`` (a ceiling or a Faker baseline).

    Args:
        key: Result key (``ceiling``, ``bare``, ``faker-executemany``, ``faker-copy``).
        label: Its label in the report.
        args: The command-line options.
        counts: Rows per table.
        notes: Notes for the report (more are added from the child's timings).

    Returns:
        The result of this one run; ``error`` set when it failed.
    """
    method = {"ceiling": "ceiling-constrained", "bare": "ceiling-bare"}.get(key, key)
    ddl = workload.bare_ddl() if key == "bare" else workload.constrained_ddl()
    res = Result(key=key, label=label, notes=list(notes))
    with measure.fresh_database(args.dsn, key) as dsn:
        measure.execute_all(dsn, ddl)
        run = measure.run_child([sys.executable, str(CHILD), method, "--dsn", dsn, "--counts",
                                 json.dumps(counts)], timeout=args.timeout)
        res.peak_rss_kb = max(res.peak_rss_kb, run.peak_rss_kb)
        doc = measure.last_json(run.stdout) if run.ok else None
        if doc is None or "seconds" not in doc:
            res.error = run.failure() if not run.ok else f"failed: no result line in {run.stdout[-200:]!r}"
            return res
        res.timings.append(float(doc["seconds"]))
        got = measure.row_counts(dsn, workload.TABLE_NAMES)
    if got != counts:
        res.error = f"failed: loaded {got}, expected {counts}"
        return res
    res.rows = sum(counts.values())
    res.seconds = measure.median(res.timings)
    if "build_seconds" in doc:
        res.notes.append(f"COPY text ({doc['copy_bytes'] / 2**20:.1f} MiB) built in memory first, untimed "
                         f"({doc['build_seconds']:.2f} s); peak RSS includes it")
    if "constraint_seconds" in doc:
        res.notes.append(f"COPY {doc['copy_seconds']:.2f} s + ADD constraints {doc['constraint_seconds']:.2f} s")
    return res


def measure_seedbed(key: str, label: str, args: argparse.Namespace, counts: dict[str, int]) -> Result:
    """Measure ``seedbed seed`` once as a user runs it: process start to exit, introspection included.

    Args:
        key: A key of ``SEEDBED_ARGS``.
        label: Its label in the report.
        args: The command-line options.
        counts: Rows per table.

    Returns:
        The result; ``error`` holds ``failed: <stderr tail>`` when seedbed failed.
    """
    res = Result(key=key, label=label,
                 notes=["process start to exit: introspection, planning, generation, COPY, commit; --no-verify"])
    with measure.fresh_database(args.dsn, key) as dsn:
        measure.execute_all(dsn, workload.constrained_ddl())
        argv = [args.seedbed, "seed", "--dsn", dsn, "--rows", workload.rows_option(counts), "--seed", "1",
                "--no-verify", "--output", "json", *SEEDBED_ARGS[key]]
        run = measure.run_child(argv, timeout=args.timeout)
        res.peak_rss_kb = max(res.peak_rss_kb, run.peak_rss_kb)
        doc = measure.last_json(run.stdout)
        if not run.ok or (doc is not None and doc.get("ok") is False):
            res.error = measure.seedbed_failure(run, doc)
            return res
        got = measure.row_counts(dsn, workload.TABLE_NAMES)
    res.timings.append(run.seconds)
    if doc is not None and isinstance(doc.get("seconds"), (int, float)):
        res.internal.append(float(doc["seconds"]))
    if got != counts:
        res.notes.append(f"loaded {got} (asked {counts})")
    for note in (doc or {}).get("notes", []):
        if str(note).startswith("--bulk: dropped"):
            res.notes.append(f"seedbed says: {note}")
    res.rows = sum(max(0, n) for n in got.values())
    res.seconds = measure.median(res.timings)
    if res.rows == 0:
        res.error = "failed: exit 0 but no rows in the tables"
    return res


def merge(total: Result | None, one: Result) -> Result:
    """Fold one run into the method's result: all timings, the largest peak RSS, the first error."""
    if total is None:
        return one
    total.timings += one.timings
    total.internal += one.internal
    total.peak_rss_kb = max(total.peak_rss_kb, one.peak_rss_kb)
    total.error = total.error or one.error
    total.rows = one.rows or total.rows
    total.notes += [n for n in one.notes if n not in total.notes and not n.startswith(("COPY ", "seedbed says"))]
    if total.timings:
        total.seconds = measure.median(total.timings)
    return total


def run_main(args: argparse.Namespace) -> list[Result]:
    """Measure every selected method on the workload and print the table.

    The repeats run in rounds, every method once per round (in reverse order every other round), so
    that a slow spell of a shared machine hits every method alike; each method reports its median.

    Args:
        args: The command-line options.

    Returns:
        The results, in ``METHODS`` order.
    """
    counts = workload.sizes(quick=args.quick)
    faker_counts = workload.sizes(quick=args.quick, scale=args.faker_scale)
    wanted = set(args.methods)
    offered = seedbed_options(args.seedbed) if any(m.startswith("seedbed-") for m in wanted) else set()
    for key in sorted(wanted):
        missing = [o for o in ("--bulk", "--workers") if o in SEEDBED_ARGS.get(key, []) and o not in offered]
        if missing:
            print(f"seedbed seed has no {' / '.join(missing)} option: {key} not measured", file=sys.stderr)
            wanted.discard(key)
    faker_note = ("connect to commit timed (interpreter start, imports and Faker() excluded)"
                  + ("" if args.faker_scale == 1 else
                     f"; run on {args.faker_scale:g} of the rows ({sum(faker_counts.values()):,}): rows/s compares"))
    methods = [(k, label) for k, label in METHODS if k in wanted]
    results: dict[str, Result] = {}
    for round_no in range(args.repeat):
        for key, label in (methods if round_no % 2 == 0 else methods[::-1]):
            if key in results and results[key].error:
                continue
            print(f"[bench] {label} (run {round_no + 1}/{args.repeat}) ...", file=sys.stderr, flush=True)
            try:
                if key.startswith("seedbed"):
                    one = measure_seedbed(key, label, args, counts)
                elif key.startswith("faker"):
                    one = measure_python_method(key, label, args, faker_counts, [faker_note])
                else:
                    one = measure_python_method(key, label, args, counts, ["BEGIN to COMMIT timed"])
            except Exception as exc:  # noqa: BLE001 - a harness-side error (set-up, server) becomes a row
                one = Result(key=key, label=label, error=f"failed (harness): {type(exc).__name__}: {exc}"[:400])
            status = f"{one.rows_per_s:,.0f} rows/s in {one.seconds:.2f} s" if one.ok else one.error[:300]
            print(f"[bench]   {status}", file=sys.stderr, flush=True)
            results[key] = merge(results.get(key), one)
    ordered = [results[k] for k, _ in methods if k in results]
    for res in ordered:
        if len(res.timings) > 1:
            res.notes.append("runs: " + ", ".join(f"{t:.2f}" for t in res.timings) + " s (median reported)")
        if res.internal:
            res.notes.append(f"seedbed's own reported time {measure.median(res.internal):.2f} s; the rest of the "
                             "wall time is process start-up (interpreter, imports)")
    header, rows = report.table_rows(ordered)
    print(report.console_table(header, rows))
    failed = report.failure_lines([(r.label, r.error) for r in ordered])
    if failed:
        print(failed)
    return ordered


TARGETS = (
    ("seedbed", "ceiling", 0.9, "default mode ≥ 0.9× the constrained ceiling"),
    ("seedbed-bulk", "bare", 0.6, "--bulk ≥ 0.6× Lb (bare then constraints)"),
    ("seedbed-bulk-workers", "bare", 0.6, "--bulk --workers 2 ≥ 0.6× Lb"),
    ("seedbed", "faker-executemany", 10.0, "≥ 10× Faker + executemany (default mode)"),
    ("seedbed", "faker-copy", 4.0, "≥ 4× Faker + COPY (default mode)"),
    ("seedbed-bulk", "faker-executemany", 10.0, "≥ 10× Faker + executemany (--bulk)"),
    ("seedbed-bulk", "faker-copy", 4.0, "≥ 4× Faker + COPY (--bulk)"),
)


def render_main(args: argparse.Namespace, results: list[Result], env: dict[str, dict[str, str]]) -> str:
    """The Markdown section of the workload run.

    Args:
        args: The command-line options.
        results: What ``run_main`` measured.
        env: ``machine``, ``versions`` and ``settings`` mappings.

    Returns:
        The Markdown (without markers).
    """
    counts = workload.sizes(quick=args.quick)
    title = ("## Smoke run (`--quick`: 1/100 of the workload; checks the harness, not a measurement)"
             if args.quick else "## Workload of issue 6: full size")
    by_key = {r.key: r for r in results}
    header, rows = report.table_rows(results)
    lines = [
        title, "",
        f"Run on {report.now_utc()} with `{' '.join(['bench/run.py', *args.argv])}`.", "",
        "**Workload**: " + workload.describe() + " Rows: "
        + ", ".join(f"{t} {n:,}" for t, n in counts.items()) + f" ({sum(counts.values()):,} in all).", "",
        "**Machine**", "", report.bullet_list(env["machine"]), "",
        "**Versions**", "", report.bullet_list(env["versions"]), "",
        "**Server settings** (read with SHOW; the shared server's configuration is not changed)", "",
        report.bullet_list(env["settings"]), "",
        f"fsync was **{env['settings'].get('fsync', '?')}**. Every connection of the harness and of the "
        "child processes (seedbed included, through `PGOPTIONS`) runs with `synchronous_commit=off` for its "
        "session. Each measurement runs in a fresh database, created from `template0` after a `CHECKPOINT` "
        f"and dropped afterwards; {args.repeat} run(s) per method in interleaved rounds (every method once per "
        "round, the order reversed every other round), median seconds, largest peak RSS.", "",
        "rows/s = rows / seconds; the ratio columns divide a method's rows/s by the reference's.", "",
        report.markdown_table(header, rows), "",
        "**Notes**", "",
    ]
    for r in results:
        for note in r.notes:
            lines.append(f"- {r.label}: {note}")
    lines += ["", "**Targets of issue 6** (reported, never asserted)", "",
              "| target | measured | met |", "|---|---|---|"]
    for key, ref, want, text in TARGETS:
        r, base = by_key.get(key), by_key.get(ref)
        if r is None or base is None or not r.ok or not base.ok:
            lines.append(f"| {text} | not measured | – |")
            continue
        got = r.rows_per_s / base.rows_per_s
        lines.append(f"| {text} | {got:.2f}× | {'yes' if got >= want else 'no'} |")
    lines.append("| 10 million rows with peak RSS < 400 MB | see \"Ten million rows\" (`bench/big_rss.py`, "
                 "`bench/run.py --big`) | – |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        The options (``argv`` kept for the report).
    """
    argv = sys.argv[1:] if argv is None else argv
    keys = [k for k, _ in METHODS]
    ap = argparse.ArgumentParser(description="Measure seedbed against the loading ceilings and Faker baselines.")
    ap.add_argument("--quick", action="store_true", help="1/100 of the workload (CI smoke run)")
    ap.add_argument("--out", type=Path, default=BENCH_DIR / "RESULTS.md", help="results file (sections replaced)")
    ap.add_argument("--no-write", action="store_true", help="print only; leave the results file alone")
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN") or measure.DEFAULT_DSN,
                    help="maintenance database (fresh databases are created and dropped through it)")
    ap.add_argument("--seedbed", default=default_seedbed(), help="seedbed executable to measure")
    ap.add_argument("--methods", default=",".join(keys),
                    help=f"comma-separated subset of: {', '.join(keys)} (default: all)")
    ap.add_argument("--faker-scale", type=float, default=None,
                    help="fraction of the rows the Faker baselines load (default 0.1, or 1 with --quick)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs per method, in interleaved rounds (median reported; default 3, or 1 with --quick)")
    ap.add_argument("--big", action="store_true",
                    help="also the 10-million-row peak-RSS runs (bench/big_rss.py; several minutes)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds before a child is killed (default 7200, or 600 with --quick)")
    ap.add_argument("--skip-corpus", action="store_true", help="skip the shop / canvas_lms timings")
    ap.add_argument("--corpus-only", action="store_true", help="only the shop / canvas_lms timings")
    args = ap.parse_args(argv)
    args.argv = argv
    args.methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = sorted(set(args.methods) - set(keys))
    if unknown:
        ap.error(f"unknown method(s) {', '.join(unknown)}; known: {', '.join(keys)}")
    if args.faker_scale is None:
        args.faker_scale = 1.0 if args.quick else 0.1
    if not 0 < args.faker_scale <= 1:
        ap.error("--faker-scale must be in (0, 1]")
    if args.timeout is None:
        args.timeout = 600.0 if args.quick else 7200.0
    args.repeat = max(1, args.repeat if args.repeat is not None else (1 if args.quick else 3))
    return args


def environment(args: argparse.Namespace) -> dict[str, dict[str, str]]:
    """Machine, versions and server settings, read once at the start of the run."""
    with measure.connect(args.dsn, autocommit=True) as conn:
        return {"machine": report.machine_info(), "versions": report.versions(conn, args.seedbed, REPO),
                "settings": report.server_settings(conn)}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the results.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        0 when the harness ran (methods that failed are reported, not fatal); 3 when the server cannot
        be reached.
    """
    args = parse_args(argv)
    try:
        env = environment(args)
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback
        print(f"[bench] cannot connect to {args.dsn}: {exc}", file=sys.stderr)
        return 3
    print(f"[bench] seedbed: {args.seedbed}; fsync={env['settings'].get('fsync')}; "
          f"load average {env['machine'].get('load average')}", file=sys.stderr)
    if not args.corpus_only:
        results = run_main(args)
        if not args.no_write:
            report.write_section(args.out, "quick" if args.quick else "main", render_main(args, results, env))
    if not args.skip_corpus:
        rows = corpus_timing.run(args.dsn, args.seedbed, timeout=args.timeout)
        print(corpus_timing.console(rows))
        if not args.no_write:
            report.write_section(args.out, "corpus", corpus_timing.render(rows, env, args))
    if args.big:
        from bench import big_rss

        big = big_rss.run(args.dsn, args.seedbed, timeout=args.timeout)
        if not args.no_write:
            report.write_section(args.out, "big", big_rss.render(big, env))
    if not args.no_write:
        print(f"[bench] wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
