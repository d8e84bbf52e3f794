"""Round r50: seed a schema (200 rows, seed 7) and count measures and prices off the scale of what they measure
(issue 10).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r50_measure.py bench/realism_r50_held1.sql ... [--samples]

r49's measure (``bench/realism_r49_measure.py``: ``-- expect range`` and ``-- expect order`` lines in the schema
or, for a schema written by someone else, in ``bench/realism_r50_tune_expect.txt``) plus one kind:

* ``-- expect ratio TABLE A B LOW HIGH``: A is a share of B (a tax of a subtotal); a row whose A/B falls
  outside [LOW, HIGH] is counted.

Written before any change of the round.
"""
from __future__ import annotations

import sys
from pathlib import Path

from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import realism_r49_measure as r49  # noqa: E402

r49.TUNE = Path(__file__).resolve().parent / "realism_r50_tune_expect.txt"
_check = r49.check


def check(conn, exp: list[list[str]]) -> list[tuple]:
    out = _check(conn, [e for e in exp if e[0] != "ratio"])
    for e in exp:
        if e[0] == "ratio":
            t, a, b, lo, hi = e[1], e[2], e[3], float(e[4]), float(e[5])
            rows = conn.execute(sql.SQL("SELECT {}::float8, {}::float8 FROM {} WHERE {} IS NOT NULL AND {} > 0").format(
                sql.Identifier(a), sql.Identifier(b), sql.Identifier(t), sql.Identifier(a),
                sql.Identifier(b))).fetchall()
            shares = [x / y for x, y in rows]
            bad = sum(not lo <= s <= hi for s in shares)
            shown = f"{min(shares):.3f}..{max(shares):.3f}" if shares else "-"
            out.append(("ratio", f"{t}.{a}/{b} in {lo:g}..{hi:g}", bad, len(shares), shown))
    return out


r49.check = check


def main(argv: list[str]) -> None:
    r49.main(argv)
    # r49.main counts ranges and orders; the ratios are printed among the lines ("ratio ...").


if __name__ == "__main__":
    main(sys.argv[1:])
