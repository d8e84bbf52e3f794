"""Round r47: seed a schema (200 rows, seed 7) and count, by rule, placeholder references (issue 10).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r47_measure.py bench/realism_r47_held1.sql ...

For every text column of every table:

* placeholder: most values are a letters prefix, a hyphen and digits (``LCT-004512``, ``TRK-2021-004512``,
  ``GX-120``) or letters run into six or more digits (``BATCH004512``);
* fake year: a value carries a year (``-2021-``, ``2021/``) that is none of its row's dates' years (a span
  of two years, ``2023-24``, either of its years);
* year column: a text ``*year*`` / ``*yr*`` column whose values are not years (``2025``, ``2025/26``);
* against its flag: a nullable column filled on rows where a boolean sibling (``is_x``, ``has_x``,
  ``x_claimable``) sharing a word stem with it is false.

Rules written before any change of the round; the held-out schemas were written before them.
"""
import contextlib
import re
import sys
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.errors import LoadError  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

PLACEHOLDER = re.compile(r"^[A-Z]{1,6}-(\d{4}-)?\d{2,8}$|^[A-Z]{3,}\d{6,}$")
YEAR_IN = re.compile(r"(?:^|[-/ ])((?:19|20)\d\d)(?:[-/]|$)")
YEAR_OK = re.compile(r"^(19|20)\d\d([/-]((19|20)?\d\d))?$")
FLAG = re.compile(r"^(?:is|has)_?(.+)$|^(.+?)_?(?:claimable|able|flag|flg|applicable)$", re.I)


@contextlib.contextmanager
def scratch(label: str):
    """A scratch database named ``r47_<label>_<hex>`` (the round's own name), dropped afterwards."""
    name = f"r47_{label}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(bm.DEFAULT_DSN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    try:
        yield bm.dsn_for(bm.DEFAULT_DSN, name)
    finally:
        with psycopg.connect(bm.DEFAULT_DSN, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _toks(name: str) -> list[str]:
    return [t for t in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", name) if t]


def _stems(name: str) -> set[str]:
    return {t.lower()[:5] for t in _toks(name) if len(t) >= 3}


def measure(path: str) -> dict:
    out = {"placeholder": [], "fake_year": [], "year_col": [], "against_flag": [], "flag_rows": 0}
    with scratch("measure") as dsn:
        load_sql_file(dsn, path)
        for seed in (7, 7, 7):  # a load failure not of a reference: drop the failing CHECK, seed again
            try:
                service.seed(dsn, PlanOptions(rows=200, seed=seed), verify=False)
                break
            except LoadError as exc:  # measure the references all the same: drop the table's failing CHECK
                print(f"   seed {seed}: {exc}"[:160])
                m = re.search(r'relation "(\w+)" violates check constraint "(\w+)"', str(exc))
                if m:
                    with psycopg.connect(dsn, autocommit=True) as conn:
                        conn.execute(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                            sql.Identifier(m.group(1)), sql.Identifier(m.group(2))))
        with psycopg.connect(dsn, autocommit=True) as conn:
            cols = conn.execute("""SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
                WHERE table_schema = 'public' ORDER BY table_name, ordinal_position""").fetchall()
            by_table: dict[str, list] = {}
            for t, c, ty, nul in cols:
                by_table.setdefault(t, []).append((c, ty, nul == "YES"))
            for t, columns in by_table.items():
                dates = [c for c, ty, _ in columns if ty in ("date",) or ty.startswith("timestamp")]
                flags = [c for c, ty, _ in columns if ty == "boolean" and FLAG.match(c)]
                for c, ty, nullable in columns:
                    if ty not in ("text", "character varying", "character"):
                        continue
                    q = sql.SQL("SELECT {}::text, ARRAY[{}]::text[] FROM {} WHERE {} IS NOT NULL").format(
                        sql.Identifier(c), sql.SQL(", ").join(
                            sql.SQL("extract(year from {})::int::text").format(sql.Identifier(d)) for d in dates)
                        or sql.SQL("NULL"), sql.Identifier(t), sql.Identifier(c))
                    rows = conn.execute(q).fetchall()
                    if not rows:
                        continue
                    vals = [v for v, _ in rows]
                    ph = sum(bool(PLACEHOLDER.match(v)) for v in vals) / len(vals)
                    if ph >= 0.5:
                        out["placeholder"].append(f"{t}.{c}: {' | '.join(vals[:3])}")
                    if dates:
                        bad = 0
                        for v, years in rows:
                            m = YEAR_IN.search(v)
                            span = YEAR_OK.match(v)  # a span of two years (2023-24) holds both
                            own = {y for y in years if y}
                            if span and span.group(3) and str(int(v[:4]) + 1) in own:
                                continue
                            if m and m.group(1) not in own:
                                bad += 1
                        if bad / len(rows) >= 0.3:
                            out["fake_year"].append(f"{t}.{c}: {bad}/{len(rows)} {' | '.join(vals[:3])}")
                    low = {x.lower() for x in _toks(c)}
                    if low & {"year", "yr", "season"} and sum(bool(YEAR_OK.match(v)) for v in vals) < 0.9 * len(vals):
                        out["year_col"].append(f"{t}.{c}: {' | '.join(vals[:3])}")
                    if not nullable:
                        continue
                    for f in flags:
                        if not (_stems(f) - {"has", "flag", "flg", "appli"}) & _stems(c) or f == c:
                            continue
                        n = conn.execute(sql.SQL("SELECT count(*) FROM {} WHERE NOT {} AND {} IS NOT NULL").format(
                            sql.Identifier(t), sql.Identifier(f), sql.Identifier(c))).fetchone()[0]
                        total = conn.execute(sql.SQL("SELECT count(*) FROM {} WHERE NOT {}").format(
                            sql.Identifier(t), sql.Identifier(f))).fetchone()[0]
                        out["flag_rows"] += n
                        out["against_flag"].append(f"{t}.{c} vs {f}: {n}/{total} false rows filled")
    return out


def main(paths: list[str]) -> None:
    for path in paths:
        r = measure(path)
        bad_flags = sum(1 for x in r["against_flag"] if not x.split(": ")[1].startswith("0/"))
        print(f"{path}: placeholder columns {len(r['placeholder'])}, fake-year columns {len(r['fake_year'])}, "
              f"year columns not years {len(r['year_col'])}, flagged columns filled against flag "
              f"{bad_flags}/{len(r['against_flag'])} ({r['flag_rows']} rows)")
        for k in ("placeholder", "fake_year", "year_col", "against_flag"):
            for line in r[k]:
                print(f"   {k}: {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
