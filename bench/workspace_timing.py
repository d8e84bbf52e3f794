"""The five-service workspace example seeded end to end (issue 13: ci under 3 s, dev under 15 s).

Each run creates the five databases fresh (``examples/workspace/*.sql``), then times one child
process ``seedbed seed --workspace examples/workspace/seedbed.toml --profile P --output json``:
wall time, the child's CPU time (user + system, from ``wait4``), and the ``seconds`` the report
gives (reading the workspace to the end of verify, without interpreter start-up and imports).
Measured in the same run, as baselines: the interpreter importing the CLI and the workspace
code (the floor every seed pays), and importing the scope language's rules (compiled at import).
The databases are dropped afterwards. No timing is asserted anywhere.

    .venv/bin/python bench/workspace_timing.py [--profiles ci,dev] [--runs 3] [--dsn DSN]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.measure import child_env, connect, fresh_database, median, run_child  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "workspace"
ALIASES = ("users", "products", "orders", "payments", "notifs")


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one child; raises when it fails."""
    before = _cpu_children()
    run = run_child(argv, env=env, cwd=str(ROOT), timeout=600)
    if not run.ok:
        raise SystemExit(f"{' '.join(argv)}: {run.failure()}")
    return run.seconds, _cpu_children() - before, run.stdout


def seed_once(dsn: str, profile: str) -> tuple[float, float, float]:
    """(wall, CPU, reported seconds) of one workspace seed into five fresh databases."""
    with contextlib.ExitStack() as stack:
        env = child_env()
        for alias in ALIASES:
            db = stack.enter_context(fresh_database(dsn, f"ws_{alias}"))
            with connect(db, autocommit=True) as conn:
                conn.execute((EXAMPLE / f"{alias}.sql").read_text())
            env[f"{alias.upper()}_DB_URL"] = db
        wall, cpu, out = _timed([sys.executable, "-m", "seedbed.cli.main", "seed", "--workspace",
                                 str(EXAMPLE / "seedbed.toml"), "--profile", profile, "--output", "json"], env)
        doc = json.loads(out)
        if not doc["ok"]:
            raise SystemExit(f"profile {profile}: the seed reported problems: {doc['problems'][:3]}")
        return wall, cpu, float(doc["seconds"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"))
    ap.add_argument("--profiles", default="ci,dev")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    env = child_env()
    floors = {
        "import cli + workspace": "import seedbed.cli.main, seedbed.workspace",
        "import scope rules": "import seedbed.scope.rules",
    }
    print(f"{'what':<24} {'wall s (median)':>16} {'cpu s':>7} {'reported s':>11}   runs: {args.runs}")
    for label, code in floors.items():
        runs = [_timed([sys.executable, "-c", code], env) for _ in range(args.runs)]
        print(f"{label:<24} {median([r[0] for r in runs]):>16.2f} {median([r[1] for r in runs]):>7.2f}")
    for profile in args.profiles.split(","):
        runs = [seed_once(args.dsn, profile) for _ in range(args.runs)]
        walls = sorted(r[0] for r in runs)
        print(f"{'seed --profile ' + profile:<24} {median(walls):>16.2f} {median([r[1] for r in runs]):>7.2f} "
              f"{median([r[2] for r in runs]):>11.2f}   wall range {walls[0]:.2f}-{walls[-1]:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
