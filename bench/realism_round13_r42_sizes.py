"""r42: do one row's sizes agree? Seed a .sql schema and print, per table, the rank correlation (Spearman) of
every pair of its extensive quantities (``intent.rowsize``'s sizes) over the seeded rows.

Usage::

    PYTHONPATH=src .venv/bin/python bench/realism_round13_r42_sizes.py bench/realism_unseen33b.sql [--rows 200]

Independent draws give about 0; a thing whose sizes grow together about 0.6-0.9. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from bench import measure  # noqa: E402


def _ranks(x: np.ndarray) -> np.ndarray:
    return np.argsort(np.argsort(x)).astype(float)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("schema", help="path of a .sql file")
    ap.add_argument("--dsn", default=measure.DEFAULT_DSN)
    ap.add_argument("--rows", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    from seedbed import service
    from seedbed.generate.intent.rowsize import _is_size
    from seedbed.planning.options import PlanOptions
    from tests.corpus import load_sql_file

    with measure.fresh_database(args.dsn, "r42_sizes") as dsn:
        load_sql_file(dsn, Path(args.schema))
        service.seed(dsn, PlanOptions(rows=args.rows, seed=args.seed), verify=False)
        with service.connect(dsn) as conn:
            schema = service.load_schema(conn)
        with psycopg.connect(dsn, autocommit=True) as conn:
            for table in schema.tables:
                cols = [c.name for c in table.columns if _is_size(c)]
                if len(cols) < 2:
                    continue
                rows = conn.execute(sql.SQL("SELECT {} FROM {} WHERE {}").format(
                    sql.SQL(", ").join(map(sql.Identifier, cols)), sql.Identifier(table.name.schema, table.name.name),
                    sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier(c)) for c in cols))).fetchall()
                if len(rows) < 10:
                    continue
                data = np.array(rows, dtype=float)
                pairs = [(cols[i], cols[j], float(np.corrcoef(_ranks(data[:, i]), _ranks(data[:, j]))[0, 1]))
                         for i in range(len(cols)) for j in range(i + 1, len(cols))]
                mean = sum(r for *_, r in pairs) / len(pairs)
                print(f"{table.name.name}: mean rho {mean:.2f} over {len(pairs)} pairs, {len(rows)} rows: "
                      + ", ".join(f"{a}~{b} {r:.2f}" for a, b, r in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
