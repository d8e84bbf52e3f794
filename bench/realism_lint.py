"""Automatic signs of unrealistic columns, over many schemas at once (issue 10): a proxy, not a review.

Usage (from the checkout root; PostgreSQL on 127.0.0.1:5432)::

    SEEDBED_CORPUS=../shared/corpus PYTHONPATH=src:. .venv/bin/python bench/realism_lint.py [FILE.sql ...]

Without files it reads every held-out realism schema in ``bench/`` (``realism_unseen*.sql`` and the rounds'
``*_held*.sql``). Each schema is seeded with 100 rows (seed 7) in a scratch database, then each column is
checked for two signs a blind reviewer scores 0 every time:

* ``placeholder``: most values are the column's or table's own words and a number or letter
  (``Band 6``, ``Detector 7``, ``Basic Target``, ``Proposal A``);
* ``type-fill``: a number column of declared precision whose values reach the top third of what the type
  holds (a ``numeric(5,2)`` of 892.4): the type's range, not a quantity's.

It prints each sign's columns and a count per schema and in all; a lower count is better. It says nothing of a
column's meaning being right, so it is a check on the neutral fallbacks and magnitudes, not a score.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from bench import measure  # noqa: E402

BENCH = Path(__file__).resolve().parent
COLUMNS = """SELECT c.table_name, c.column_name, c.data_type, c.numeric_precision, c.numeric_scale,
                    EXISTS (SELECT 1 FROM information_schema.key_column_usage k
                            WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name
                              AND k.column_name = c.column_name)
             FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
             WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1, c.ordinal_position"""
_TAIL = re.compile(r"^(.*?)[ -]?(\d+|[A-Z])$")
_FILLER = {"basic", "standard", "special", "general", "default", "main", "new", "type", "kind", "category", "no",
           "classic", "legacy", "core", "secondary", "primary", "custom"}


def _words(name: str) -> set[str]:
    parts = {w for w in re.split(r"[^a-z0-9]+", name.lower()) if w}
    return parts | {w[:-1] for w in parts if w.endswith("s")} | {w[:-2] for w in parts if w.endswith("es")}


def placeholder(values: list[str], table: str, column: str) -> bool:
    """Most values are the names' own words (and fillers) with a number or letter, or fillers and the words."""
    if not values:
        return False
    own = _words(table) | _words(column)
    hits = 0
    for v in values:
        m = _TAIL.match(v.strip())
        head = (m.group(1) if m else v).lower()
        words = set(re.split(r"[^a-z0-9]+", head)) - {""}
        hits += bool(words) and words <= own | _FILLER and bool(words & own) and (bool(m) or bool(words & _FILLER))
    return hits >= 0.5 * len(values)


def type_fill(values: list[str], precision: int | None, scale: int | None) -> bool:
    """A declared numeric precision whose top third the values reach (more than 2 integer digits)."""
    if not values or precision is None or scale is None or precision - scale < 3:
        return False
    top = 10 ** (precision - scale)
    nums = [abs(float(v)) for v in values]
    return max(nums) >= top / 3 and sorted(nums)[len(nums) // 2] >= top / 10


def lint(path: Path, dsn_admin: str) -> dict[str, list[str]]:
    from seedbed import service
    from seedbed.planning.options import PlanOptions
    from tests.corpus import load_sql_file

    found: dict[str, list[str]] = {"placeholder": [], "type-fill": []}
    with measure.fresh_database(dsn_admin, "realism_lint") as dsn:
        load_sql_file(dsn, path)
        service.seed(dsn, PlanOptions(rows=100, seed=7), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            for table, column, dtype, prec, scale, is_key in conn.execute(COLUMNS).fetchall():
                if is_key:
                    continue
                col = sql.Identifier(column)
                values = [r[0] for r in conn.execute(sql.SQL("SELECT {}::text FROM {} WHERE {} IS NOT NULL LIMIT 200")
                                                     .format(col, sql.Identifier(table), col)).fetchall()]
                if dtype in ("text", "character varying", "character") and placeholder(values, table, column):
                    found["placeholder"].append(f"{table}.{column}: {' | '.join(dict.fromkeys(values[:4]))}")
                if dtype == "numeric" and type_fill(values, prec, scale):
                    found["type-fill"].append(f"{table}.{column} numeric({prec},{scale}): max {max(values, key=float)}")
    return found


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted([*BENCH.glob("realism_unseen*.sql"), *BENCH.glob("realism_round*_held*.sql")])
    totals = {"placeholder": 0, "type-fill": 0}
    for path in files:
        found = lint(path, measure.DEFAULT_DSN)
        print(f"{path.name}: " + ", ".join(f"{k} {len(v)}" for k, v in found.items()))
        for kind, cols in found.items():
            totals[kind] += len(cols)
            for c in cols:
                print(f"  {kind}: {c}")
    print("all: " + ", ".join(f"{k} {v}" for k, v in totals.items()) + f" over {len(files)} schemas")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
