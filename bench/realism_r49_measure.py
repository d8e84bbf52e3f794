"""Round r49: seed a schema (200 rows, seed 7) and count measures off their scale and a row's steps out of
order (issue 10).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r49_measure.py bench/realism_r49_held1.sql ... [--samples]

The expectations are an expert's, written as ``-- expect`` lines in the schema file itself or, for a schema
written by someone else, in ``bench/realism_r49_tune_expect.txt`` under an ``@ path`` line:

* ``-- expect range TABLE.COLUMN LOW HIGH``: a value outside is off its scale (counted per column: the share of
  its set values outside);
* ``-- expect order TABLE A < B [GAP] < C [GAP] ...``: the row's steps in this order; every pair of set steps
  out of order is a violation (``order``), and a neighbour more than GAP after its predecessor (``30d``, ``3h``,
  ``45m``) is one too (``gap``).

Written before any change of the round; the held-out schemas were written before it.
"""
from __future__ import annotations

import re
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

TUNE = Path(__file__).resolve().parent / "realism_r49_tune_expect.txt"
_UNIT = {"m": 60, "h": 3600, "d": 86400}


def expectations(path: str) -> list[list[str]]:
    """The ``expect`` lines of ``path`` and of its section of the tune file, split into words."""
    lines = [ln for ln in Path(path).read_text().splitlines() if ln.startswith("-- expect ")]
    if TUNE.exists():
        mine = False
        for ln in TUNE.read_text().splitlines():
            if ln.startswith("@ "):
                mine = Path(ln[2:].strip()).name == Path(path).name
            elif mine and ln.startswith("-- expect "):
                lines.append(ln)
    return [ln.split()[2:] for ln in lines]


def _moment(v) -> datetime:
    if isinstance(v, datetime):
        return v if v.tzinfo else v.replace(tzinfo=timezone.utc)
    return datetime(v.year, v.month, v.day, tzinfo=timezone.utc)


def _late(a, b, gap: tuple[int, int] | None) -> tuple[bool, bool]:
    """(b before a, b less than ``gap[0]`` or more than ``gap[1]`` seconds after a); a date against a time
    compares days."""
    if isinstance(a, date) and not isinstance(a, datetime) or isinstance(b, date) and not isinstance(b, datetime):
        da, db = (x.date() if isinstance(x, datetime) else x for x in (a, b))
        lag = (db - da).total_seconds()
        return db < da, gap is not None and not gap[0] - 86400 < lag <= max(gap[1], 86400)
    ma, mb = _moment(a), _moment(b)
    lag = (mb - ma).total_seconds()
    return mb < ma, gap is not None and not gap[0] <= lag <= gap[1]


def check(conn, exp: list[list[str]]) -> list[str]:
    out = []
    for e in exp:
        if e[0] == "range":
            t, c = e[1].split(".")
            lo, hi = float(e[2]), float(e[3])
            vals = [r[0] for r in conn.execute(sql.SQL("SELECT {}::float8 FROM {} WHERE {} IS NOT NULL").format(
                sql.Identifier(c), sql.Identifier(t), sql.Identifier(c)))]
            bad = sum(not lo <= v <= hi for v in vals)
            shown = f"{min(vals):g}..{max(vals):g}" if vals else "-"
            out.append(("range", f"{t}.{c} in {lo:g}..{hi:g}", bad, len(vals), shown))
        elif e[0] == "order":
            t, steps, gaps = e[1], [e[2]], [None]
            rest = e[3:]
            while rest:
                assert rest[0] == "<", e
                steps.append(rest[1])
                m = re.fullmatch(r"(?:(\d+)([mhd])-)?(\d+)([mhd])", rest[2]) if len(rest) > 2 else None
                gaps.append((int(m.group(1)) * _UNIT[m.group(2)] if m.group(1) else 0,
                             int(m.group(3)) * _UNIT[m.group(4)]) if m else None)
                rest = rest[3:] if m else rest[2:]
            rows = conn.execute(sql.SQL("SELECT {} FROM {}").format(
                sql.SQL(", ").join(map(sql.Identifier, steps)), sql.Identifier(t))).fetchall()
            order = gap = pairs = 0
            for row in rows:
                for i in range(len(steps)):
                    for j in range(i + 1, len(steps)):
                        if row[i] is None or row[j] is None:
                            continue
                        pairs += 1
                        before, far = _late(row[i], row[j], gaps[j] if j == i + 1 else None)  # neighbours' gap
                        order += before
                        gap += far
            out.append(("order", f"{t}: {' < '.join(steps)}", order, pairs, f"gap {gap}"))
    return out


def measure(path: str, samples: bool = False) -> list[tuple]:
    with bm.fresh_database(bm.DEFAULT_DSN, "r49") as dsn:
        load_sql_file(dsn, Path(path))
        service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            found = check(conn, expectations(path))
            if samples:
                for (t,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                         "'public' ORDER BY 1").fetchall():
                    cur = conn.execute(sql.SQL("SELECT * FROM {} LIMIT 8").format(sql.Identifier(t)))
                    print(f"== {t}")
                    names = [d.name for d in cur.description]
                    rows = cur.fetchall()
                    for i, n in enumerate(names):
                        print(f"  {n}: " + " | ".join("" if r[i] is None else str(r[i])[:40] for r in rows))
    return found


def main(argv: list[str]) -> None:
    samples = "--samples" in argv
    for path in [a for a in argv if not a.startswith("--")]:
        found = measure(path, samples)
        ranges = [f for f in found if f[0] == "range"]
        orders = [f for f in found if f[0] == "order"]
        off = sum(1 for f in ranges if f[2] > 0.1 * max(f[3], 1))
        print(f"{path}: measures off scale {off}/{len(ranges)} columns (>10% of values outside); "
              f"steps out of order {sum(f[2] for f in orders)} of {sum(f[3] for f in orders)} pairs, "
              f"gaps off their range {sum(int(f[4].split()[1]) for f in orders)}")
        for kind, what, bad, n, extra in found:
            print(f"   {kind:5} {what}: {bad}/{n} {extra}")


if __name__ == "__main__":
    main(sys.argv[1:])
