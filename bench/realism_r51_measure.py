"""Round r51: seed a schema (200 rows, seed 7) and count values that contradict a sibling column, a parent
row or a related row, times outside the activity's hours and values piled at a CHECK's limits (issue 10).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r51_measure.py bench/realism_r51_held1.sql ... [--samples]

Expectations are ``-- expect`` lines in the schema file (an expert's, written before any change):

* ``diff T COL A B SECS``: COL is (B - A) in units of SECS seconds (within 0.15 of a unit or 5%);
* ``cum T COL FK ORDER``: COL never falls along the rows of one FK parent taken in ORDER;
* ``same T COL FK P.PCOL``: the row's COL is its FK parent's PCOL (a diamond);
* ``within T COL FK P.LO P.HI[+Nd]``: COL lies in its FK parent's window (dates compare days);
* ``hours T COL H0 H1``: COL's hour of day lies in [H0, H1);
* ``null T COL WHERE``: COL is NULL on the rows WHERE holds (``status='no sale'``);
* ``gap T A B LO HI``: B - A lies in [LO, HI] (``1h``, ``21d``);
* ``spread T COL``: fewer than 10% of COL's values sit exactly at its minimum or maximum.

A column's score: 2 when at most 2% of its checked rows break an expectation, 1 up to 20%, else 0.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

_UNIT = {"m": 60, "h": 3600, "d": 86400}


def _secs(text: str) -> int:
    m = re.fullmatch(r"(\d+)([mhd])", text)
    return int(m.group(1)) * _UNIT[m.group(2)]


def _dt(v):
    return v if isinstance(v, datetime) or v is None else datetime(v.year, v.month, v.day)


def _fetch(conn, table: str, cols: list[str]) -> list[tuple]:
    return conn.execute(sql.SQL("SELECT {} FROM {}").format(
        sql.SQL(", ").join(map(sql.Identifier, cols)), sql.Identifier(table))).fetchall()


def _parent(conn, table: str, fk: str, pcol: str) -> dict:
    """The FK's parent column by the parent's id (the FK column references ``id`` of the parent table)."""
    ptable, pc = pcol.split(".")
    return dict(conn.execute(sql.SQL("SELECT id, {} FROM {}").format(sql.Identifier(pc), sql.Identifier(ptable))).fetchall())


def _bound(conn, table, fk, spec):
    col, _, plus = spec.partition("+")
    vals = _parent(conn, table, fk, col)
    add = timedelta(seconds=_secs(plus)) if plus else timedelta(0)
    return {k: (None if v is None else _dt(v) + add) for k, v in vals.items()}


def check(conn, exp: list[list[str]]) -> list[tuple[str, str, int, int]]:
    """(kind, column, rows breaking, rows checked) per expectation."""
    out = []
    for e in exp:
        kind, t = e[0], e[1]
        bad = n = 0
        if kind == "diff":
            col, a, b, unit = e[2], e[3], e[4], float(e[5])
            for v, x, y in _fetch(conn, t, [col, a, b]):
                if v is None or x is None or y is None:
                    continue
                n += 1
                want = (_dt(y) - _dt(x)).total_seconds() / unit
                bad += abs(float(v) - want) > max(0.15, 0.05 * abs(want))
        elif kind == "cum":
            col, fk, order = e[2], e[3], e[4]
            groups = defaultdict(list)
            for v, k, o in _fetch(conn, t, [col, fk, order]):
                if v is not None and o is not None:
                    groups[k].append((o, float(v)))
            for rows in groups.values():
                rows.sort()
                for (_, p), (_, q) in zip(rows, rows[1:]):
                    n += 1
                    bad += q < p
        elif kind == "same":
            col, fk, pcol = e[2], e[3], e[4]
            parent = _parent(conn, t, fk, pcol)
            for v, k in _fetch(conn, t, [col, fk]):
                n += 1
                bad += parent.get(k) != v
        elif kind == "within":
            col, fk, lo, hi = e[2], e[3], e[4], e[5]
            los, his = _bound(conn, t, fk, lo), _bound(conn, t, fk, hi)
            for v, k in _fetch(conn, t, [col, fk]):
                if v is None or los.get(k) is None:
                    continue
                n += 1
                day = not isinstance(v, datetime)
                x = _dt(v)
                low = los[k].replace(hour=0, minute=0, second=0) if day else los[k]
                bad += x < low or (his.get(k) is not None and x > his[k])
        elif kind == "hours":
            col, h0, h1 = e[2], int(e[3]), int(e[4])
            for (v,) in _fetch(conn, t, [col]):
                if v is None:
                    continue
                n += 1
                bad += not h0 <= v.hour < h1
        elif kind == "null":
            col, (k, _, val) = e[2], e[3].partition("=")
            val = " ".join(e[3:]).partition("=")[2].strip("'")
            for v, s in _fetch(conn, t, [col, k]):
                if s == val:
                    n += 1
                    bad += v is not None
        elif kind == "gap":
            a, b, lo, hi = e[2], e[3], _secs(e[4]), _secs(e[5])
            col = b
            for x, y in _fetch(conn, t, [a, b]):
                if x is None or y is None:
                    continue
                n += 1
                bad += not lo <= (_dt(y) - _dt(x)).total_seconds() <= hi
        elif kind == "spread":
            col = e[2]
            vals = [float(v) for (v,) in _fetch(conn, t, [col]) if v is not None]
            lo, hi = _check_bounds(conn, t, col)
            n = len(vals)
            bad = sum(v == lo or v == hi for v in vals)
        out.append((kind, f"{t}.{col if kind not in ('diff', 'cum', 'same', 'within', 'hours', 'null') else e[2]}", bad, n))
    return out


def _check_bounds(conn, table: str, col: str) -> tuple[float | None, float | None]:
    """The numbers of the table's CHECKs on ``col`` (BETWEEN a AND b, or a bound each side)."""
    nums = []
    for (d,) in conn.execute("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c' AND "
                             "conrelid = %s::regclass", (table,)).fetchall():
        if re.search(rf"\b{col}\b", d):
            nums += [float(x) for x in re.findall(r"(?<![\w.])-?\d+(?:\.\d+)?", d)]
    return (min(nums), max(nums)) if nums else (None, None)


def expectations(path: str) -> list[list[str]]:
    return [ln.split()[2:] for ln in Path(path).read_text().splitlines() if ln.startswith("-- expect ")]


def score(bad: int, n: int) -> int:
    share = bad / n if n else 0.0
    return 2 if share <= 0.02 else 1 if share <= 0.2 else 0


def measure(path: str, samples: bool = False) -> list[tuple]:
    with bm.fresh_database(bm.DEFAULT_DSN, "r51") as dsn:
        load_sql_file(dsn, Path(path))
        service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            found = check(conn, expectations(path))
            if samples:
                for (t,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                         "'public' ORDER BY 1").fetchall():
                    cur = conn.execute(sql.SQL("SELECT * FROM {} ORDER BY 1 LIMIT 8").format(sql.Identifier(t)))
                    print(f"== {t}")
                    names = [d.name for d in cur.description]
                    rows = cur.fetchall()
                    for i, nm in enumerate(names):
                        print(f"  {nm}: " + " | ".join("" if r[i] is None else str(r[i])[:40] for r in rows))
    return found


def main(argv: list[str]) -> None:
    samples = "--samples" in argv
    for path in [a for a in argv if not a.startswith("--")]:
        found = measure(path, samples)
        cols: dict[str, int] = {}
        for kind, what, bad, n in found:
            cols[what] = min(cols.get(what, 2), score(bad, n))
        print(f"{path}: {len(cols)} columns, score sum {sum(cols.values())}/{2 * len(cols)} "
              f"(zeros {sum(v == 0 for v in cols.values())}, ones {sum(v == 1 for v in cols.values())}); "
              f"rows breaking {sum(f[2] for f in found)} of {sum(f[3] for f in found)}")
        for kind, what, bad, n in found:
            print(f"   {kind:6} {what}: {bad}/{n} -> {score(bad, n)}")


if __name__ == "__main__":
    main(sys.argv[1:])
