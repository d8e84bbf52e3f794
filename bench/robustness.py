"""Does a seed work on schemas full of the constraint idioms real applications use? ("every schema")

Usage (from the checkout root; PostgreSQL on 127.0.0.1:5432, trust auth)::

    PYTHONPATH=src .venv/bin/python bench/robustness.py [tune|blind|FILE.sql ...] [--rows N]

``bench/robustness/tune`` (16 schemas) and ``bench/robustness/blind`` (12) were written in session 16 by helpers
who never read seedbed: each a plausible application (a hotel, a payroll, a dairy farm...) using CHECK forms,
exclusion constraints, triggers that raise, domains, partitions, inheritance and several schemas (``IDIOMS.md``
in each folder lists what each file uses). The tune set was worked on; the blind set was only measured. Each file
is loaded into a scratch database and seeded with ``--rows N --seed 7`` (200 by default); the line per file is
"ok" or the error code and its first line. With ``--leave-out``, a table an error names is excluded and the seed
tried again (what the error's hint tells a user to do), until it succeeds: the line then also says how many of the
schema's tables hold rows, a measure of how much of a schema a user gets. Nothing is asserted; the scratch databases
are dropped.
"""

from __future__ import annotations

import re
import sys
import uuid
from pathlib import Path

import psycopg

from seedbed import service
from seedbed.errors import SeedbedError
from seedbed.planning.planner import PlanOptions

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
HERE = Path(__file__).resolve().parent / "robustness"


_TABLES = """SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema')
AND n.nspname NOT LIKE 'pg_toast%'"""
#: The table an error names first ("payroll.payslips: no generated row satisfies CHECK ...").
_NAMED = re.compile(r"^([\w$]+(?:\.[\w$]+)?): ")


def _filled(dsn: str) -> tuple[int, int]:
    """(tables holding rows, tables) of the database."""
    with psycopg.connect(dsn, autocommit=True) as c:
        names = [r[0] for r in c.execute(_TABLES)]
        full = sum(bool(c.execute(f"SELECT EXISTS (SELECT FROM {n})").fetchone()[0]) for n in names)
    return full, len(names)


def _one(path: Path, rows: int, leave_out: bool = False) -> tuple[str, int, int]:
    """How a seed of ``path`` ends, and (tables seeded, tables). With ``leave_out``, a table an error names is
    excluded and the seed tried again, as a user would (``--exclude``), until it succeeds or names none."""
    db = "rb_" + uuid.uuid4().hex[:8]
    with psycopg.connect(ADMIN, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{db}"')
    dsn = f"postgresql://postgres@127.0.0.1:5432/{db}"
    try:
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute(path.read_text())
        excluded: list[str] = []
        first = None
        while True:
            try:
                result = service.seed(dsn, PlanOptions(rows=rows, seed=7, exclude=tuple(excluded)))
            except SeedbedError as e:
                got = f"{getattr(e, 'code', 'error')}: {str(e).splitlines()[0][:150]}"
            except Exception as e:  # noqa: BLE001 - an unexpected failure is a finding too
                got = f"crash: {type(e).__name__}: {str(e).splitlines()[0][:150] if str(e) else ''}"
            else:
                got = "ok" if result.ok else f"verify: {result.verify}"[:160]
            first = first or got
            named = _NAMED.match(got.partition(": ")[2]) if got.startswith("SB") else None
            if got == "ok" or not leave_out or named is None or named.group(1) in excluded or len(excluded) >= 40:
                break
            excluded.append(named.group(1))
        full, total = _filled(dsn) if got == "ok" else (0, _filled(dsn)[1])
        return first, full, total
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def main(argv: list[str]) -> None:
    rows = int(argv[argv.index("--rows") + 1]) if "--rows" in argv else 200
    leave_out = "--leave-out" in argv
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--rows")]
    files: list[Path] = []
    for a in args or ["tune", "blind"]:
        files += sorted((HERE / a).glob("*.sql")) if (HERE / a).is_dir() else [Path(a)]
    ok = full = total = 0
    for f in files:
        got, filled, tables = _one(f, rows, leave_out)
        ok += got == "ok"
        full, total = full + filled, total + tables
        print(f"{f.parent.name}/{f.name}: {got}" + (f"  [{filled}/{tables} tables seeded leaving out the tables errors name]"
                                                    if leave_out else ""), flush=True)
    print(f"seeded: {ok}/{len(files)}" + (f"; tables seeded leaving out what errors name: {full}/{total}" if leave_out else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
