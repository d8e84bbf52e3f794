"""Wall time of ``seedbed plan`` and ``seedbed seed`` on real schemas (issue 6).

- the shop schema (``src/seedbed/data/shop.sql``) and canvas_lms (``shared/corpus/postgres/canvas_lms.sql``,
  227 tables) at ``--rows 100``: ``seedbed plan``, then ``seedbed seed`` (verification included, as a user
  runs it), each timed from process start to exit;
- a CI-sized seed of shop.sql: ``--rows users=100,orders=500`` (the other tables their defaults).

Each schema is loaded into a fresh database with ``psql -X -q -v ON_ERROR_STOP=1 -f`` (untimed). Run
alone with ``.venv/bin/python bench/corpus_timing.py``, or as part of ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, report  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHOP = REPO / "src" / "seedbed" / "data" / "shop.sql"
CORPUS = Path(os.environ.get("SEEDBED_CORPUS") or REPO.parent / "shared" / "corpus" / "postgres")
CANVAS = CORPUS / "canvas_lms.sql"


@dataclass(slots=True, kw_only=True)
class CorpusRow:
    """One timed command.

    Attributes:
        schema: Schema name (``shop``, ``canvas_lms``).
        command: The command as a user would type it (without ``--dsn``).
        seconds: Wall seconds, process start to exit (0 when it did not run).
        peak_rss_kb: Peak RSS of the process, KiB.
        rows: Rows seedbed reported loading (seed only).
        tables: Tables in the plan or the seed.
        target: The issue's target for this command, if any.
        status: ``ok``, a verification summary, or ``failed: ...``.
    """

    schema: str
    command: str
    seconds: float = 0.0
    peak_rss_kb: int = 0
    rows: int | None = None
    tables: int | None = None
    target: str = ""
    status: str = "ok"


def _load_ddl(dsn: str, path: Path, timeout: float) -> str:
    """Load a DDL file with psql; return ``""`` or a ``failed: ...`` text."""
    if not path.exists():
        return f"failed: {path} not found"
    psql = shutil.which("psql")
    if psql is None:
        return "failed: psql not found on PATH"
    run = measure.run_child([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-f", str(path)],
                            timeout=timeout)
    return "" if run.ok else "failed loading the DDL: " + run.failure()


def _timed(schema: str, seedbed: str, dsn: str, sub: str, rows: str, target: str, timeout: float) -> CorpusRow:
    argv = [seedbed, sub, "--dsn", dsn, "--rows", rows, "--seed", "1", "--output", "json"]
    row = CorpusRow(schema=schema, command=f"seedbed {sub} --rows {rows} --seed 1 --output json", target=target)
    run = measure.run_child(argv, timeout=timeout)
    row.peak_rss_kb = run.peak_rss_kb
    doc = measure.last_json(run.stdout)
    if doc is not None:
        tables = doc.get("tables")
        if isinstance(tables, (list, dict)):
            row.tables = len(tables)
        elif isinstance(doc.get("order"), list):
            row.tables = len(doc["order"])
        if isinstance(doc.get("rows"), int):
            row.rows = doc["rows"]
    if run.ok:
        row.seconds = run.seconds
    elif sub == "seed" and run.returncode == 1 and doc is not None and isinstance(doc.get("verify"), dict):
        row.seconds = run.seconds  # ran to the end; verification found problems
        row.status = f"verify found {len(doc['verify'].get('problems') or [])} problem(s)"
    else:
        row.status = measure.seedbed_failure(run, doc)
    return row


def run(dsn: str, seedbed: str, *, timeout: float = 600.0) -> list[CorpusRow]:
    """Time plan and seed on shop and canvas_lms at ``--rows 100``, and a CI-sized shop seed.

    Args:
        dsn: Maintenance DSN (fresh databases are created and dropped through it).
        seedbed: The seedbed executable.
        timeout: Seconds before a command is killed.

    Returns:
        One row per timed command (failures included as rows).
    """
    rows: list[CorpusRow] = []
    cases = (("shop", SHOP, ""), ("canvas_lms", CANVAS, "< 20 s"))
    for schema, path, seed_target in cases:
        print(f"[bench] {schema}: plan and seed at --rows 100 ...", file=sys.stderr, flush=True)
        rows += _case(dsn, seedbed, schema, path, (("plan", "100", ""), ("seed", "100", seed_target)), timeout)
    print("[bench] shop: CI-sized seed ...", file=sys.stderr, flush=True)
    rows += _case(dsn, seedbed, "shop", SHOP, (("seed", "users=100,orders=500", "< 1.5 s"),), timeout)
    return rows


def _case(dsn: str, seedbed: str, schema: str, path: Path, commands: tuple[tuple[str, str, str], ...],
          timeout: float) -> list[CorpusRow]:
    """Load one schema into a fresh database and time ``(subcommand, rows, target)`` commands in turn."""
    try:
        with measure.fresh_database(dsn, f"corpus_{schema}") as db:
            err = _load_ddl(db, path, timeout)
            if err:
                return [CorpusRow(schema=schema, command=f"seedbed {sub} --rows {rows}", target=target, status=err)
                        for sub, rows, target in commands]
            return [_timed(schema, seedbed, db, sub, rows, target, timeout) for sub, rows, target in commands]
    except Exception as exc:  # noqa: BLE001 - a harness-side error (set-up, server) becomes a row
        status = f"failed (harness): {type(exc).__name__}: {exc}"[:400]
        return [CorpusRow(schema=schema, command=f"seedbed {sub} --rows {rows}", target=target, status=status)
                for sub, rows, target in commands]


def _cells(rows: list[CorpusRow]) -> tuple[list[str], list[list[str]]]:
    header = ["schema", "command", "seconds", "tables", "rows", "peak RSS", "target", "status"]
    cells = [[r.schema, r.command, f"{r.seconds:.2f}" if r.seconds else "–",
              str(r.tables) if r.tables is not None else "–", f"{r.rows:,}" if r.rows is not None else "–",
              f"{r.peak_rss_kb / 1024:.0f} MB" if r.peak_rss_kb else "–", r.target or "–", r.status]
             for r in rows]
    return header, cells


def console(rows: list[CorpusRow]) -> str:
    """The timings as a plain-text table, then the full text of any failure."""
    failed = report.failure_lines([(f"{r.schema}: {r.command}", r.status) for r in rows])
    return report.console_table(*_cells(rows)) + ("\n" + failed if failed else "")


def render(rows: list[CorpusRow], env: dict[str, dict[str, str]], args: argparse.Namespace | None = None) -> str:
    """The Markdown section of the corpus timings.

    Args:
        rows: What ``run`` measured.
        env: ``machine``, ``versions`` and ``settings`` mappings.
        args: The options of the run (for the command line shown), if any.

    Returns:
        The Markdown (without markers).
    """
    m, v = env["machine"], env["versions"]
    argv = " ".join(["bench/run.py", *getattr(args, "argv", [])]) if args is not None else "bench/corpus_timing.py"
    return "\n".join([
        "## Real schemas: plan and seed wall time", "",
        f"Run on {report.now_utc()} with `{argv}`; {m.get('nproc')} cores, {m.get('memory')}, {m.get('cpu')}, "
        f"load average {m.get('load average')} at the start; PostgreSQL {v.get('PostgreSQL')} "
        f"(fsync {env['settings'].get('fsync')}), seedbed {v.get('seedbed')}.", "",
        "Each schema is loaded into a fresh database (psql, untimed); every command is timed from process "
        "start to exit (Python start-up, introspection and, for seed, verification included), "
        "`synchronous_commit=off` for its session. Targets are the issue's, reported, never asserted.", "",
        report.markdown_table(*_cells(rows)),
    ])


def main(argv: list[str] | None = None) -> int:
    """Run the corpus timings alone and write their section of RESULTS.md.

    Args:
        argv: Arguments (default ``sys.argv[1:]``).

    Returns:
        0 when the harness ran; 3 when the server cannot be reached.
    """
    from bench.run import REPO as repo, default_seedbed

    ap = argparse.ArgumentParser(description="Time seedbed plan/seed on shop.sql and canvas_lms.")
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN") or measure.DEFAULT_DSN)
    ap.add_argument("--seedbed", default=default_seedbed())
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "RESULTS.md")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--timeout", type=float, default=600.0)
    args = ap.parse_args(argv)
    try:
        with measure.connect(args.dsn, autocommit=True) as conn:
            env = {"machine": report.machine_info(), "versions": report.versions(conn, args.seedbed, repo),
                   "settings": report.server_settings(conn)}
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback
        print(f"[bench] cannot connect to {args.dsn}: {exc}", file=sys.stderr)
        return 3
    rows = run(args.dsn, args.seedbed, timeout=args.timeout)
    print(console(rows))
    if not args.no_write:
        report.write_section(args.out, "corpus", render(rows, env))
        print(f"[bench] wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
