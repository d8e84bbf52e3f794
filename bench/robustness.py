"""Does a seed work on schemas full of the constraint idioms real applications use? ("every schema")

Usage (from the checkout root; PostgreSQL on 127.0.0.1:5432, trust auth)::

    PYTHONPATH=src .venv/bin/python bench/robustness.py [tune|blind|FILE.sql ...] [--rows N]

``bench/robustness/tune`` (16 schemas) and ``bench/robustness/blind`` (12) were written in session 16 by helpers
who never read seedbed: each a plausible application (a hotel, a payroll, a dairy farm...) using CHECK forms,
exclusion constraints, triggers that raise, domains, partitions, inheritance and several schemas (``IDIOMS.md``
in each folder lists what each file uses). The tune set was worked on; the blind set was only measured. Each file
is loaded into a scratch database and seeded with ``--rows N --seed 7`` (200 by default); the line per file is
"ok" or the error code and its first line. Nothing is asserted; the scratch databases are dropped.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import psycopg

from seedbed import service
from seedbed.errors import SeedbedError
from seedbed.planning.planner import PlanOptions

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
HERE = Path(__file__).resolve().parent / "robustness"


def _one(path: Path, rows: int) -> str:
    db = "rb_" + uuid.uuid4().hex[:8]
    with psycopg.connect(ADMIN, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{db}"')
    dsn = f"postgresql://postgres@127.0.0.1:5432/{db}"
    try:
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute(path.read_text())
        try:
            result = service.seed(dsn, PlanOptions(rows=rows, seed=7))
        except SeedbedError as e:
            return f"{getattr(e, 'code', 'error')}: {str(e).splitlines()[0][:150]}"
        except Exception as e:  # noqa: BLE001 - an unexpected failure is a finding too
            return f"crash: {type(e).__name__}: {str(e).splitlines()[0][:150] if str(e) else ''}"
        return "ok" if result.ok else f"verify: {result.verify}"[:160]
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main(argv: list[str]) -> None:
    rows = int(argv[argv.index("--rows") + 1]) if "--rows" in argv else 200
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--rows")]
    files: list[Path] = []
    for a in args or ["tune", "blind"]:
        files += sorted((HERE / a).glob("*.sql")) if (HERE / a).is_dir() else [Path(a)]
    ok = 0
    for f in files:
        got = _one(f, rows)
        ok += got == "ok"
        print(f"{f.parent.name}/{f.name}: {got}", flush=True)
    print(f"seeded: {ok}/{len(files)}")


if __name__ == "__main__":
    main(sys.argv[1:])
