"""The samples behind bench/REALISM.md: seed a corpus schema and print each column's first values.

Usage::

    SEEDBED_CORPUS=../shared/corpus .venv/bin/python bench/realism_samples.py pagila [--rows 100] [--seed 7]

Each line is ``schema.table.column [type] nulls=N/M distinct=D: v1 | v2 | ...``, one per column of
every base table, in table and column order; run it on two checkouts and compare (the review scores
each column 0/1/2 by hand). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from bench import measure  # noqa: E402

COLUMNS = """SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.character_maximum_length
             FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
             WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
             ORDER BY 1, 2, c.ordinal_position"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("schema", help="a file name of the corpus without .sql (pagila, demo_airlines_2017, ...) "
                                   "or the path of a .sql file (bench/realism_unseen2.sql)")
    ap.add_argument("--dsn", default=measure.DEFAULT_DSN, help="maintenance DSN (a scratch database is made)")
    ap.add_argument("--rows", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    from seedbed import service
    from seedbed.planning.options import PlanOptions
    from tests.corpus import CORPUS, load_sql_file

    with measure.fresh_database(args.dsn, "realism_samples") as dsn:
        path = Path(args.schema) if args.schema.endswith(".sql") else CORPUS / "postgres" / f"{args.schema}.sql"
        load_sql_file(dsn, path)
        service.seed(dsn, PlanOptions(rows=args.rows, seed=args.seed), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            for schema, table, column, dtype, length in conn.execute(COLUMNS).fetchall():
                name, col = sql.Identifier(schema, table), sql.Identifier(column)
                values = [r[0] for r in conn.execute(sql.SQL("SELECT {}::text FROM {} WHERE {} IS NOT NULL LIMIT 400")
                                                     .format(col, name, col)).fetchall()]
                nulls, total = conn.execute(sql.SQL("SELECT count(*) FILTER (WHERE {} IS NULL), count(*) FROM {}")
                                            .format(col, name)).fetchone()
                seen = list(dict.fromkeys(values))
                width = f"({length})" if length else ""
                share = f" true={100 * values.count('true') // max(len(values), 1)}%" if dtype == "boolean" else ""
                print(f"{schema}.{table}.{column} [{dtype}{width}] nulls={nulls}/{total}{share} distinct={len(seen)}: "
                      + " | ".join(v[:60] for v in seen[:5]))
            _print_order_pairs(conn)
    return 0


def _print_order_pairs(conn: psycopg.Connection) -> None:
    """Rows breaking an order the column names imply (``shift_start`` / ``shift_end``, ``first_seen`` /
    ``last_seen``), over date, time, timestamp and epoch-integer columns alike."""
    from seedbed.planning.timewords import lends, name_pairs

    kinds = ("date", "time without time zone", "time with time zone", "timestamp without time zone",
             "timestamp with time zone", "bigint", "integer")
    by_table: dict[tuple[str, str, str], list[str]] = {}  # pairs of one type only
    for schema, table, column, dtype, _len in conn.execute(COLUMNS).fetchall():
        if dtype in kinds:
            by_table.setdefault((schema, table, dtype), []).append(column)
    for (schema, table, _type), names in by_table.items():
        for later, earlier, _near in name_pairs(names, lending=lends(table)):
            query = sql.SQL("SELECT count(*) FILTER (WHERE {0} < {1}), count(*) FILTER (WHERE {0} IS NOT NULL "
                            "AND {1} IS NOT NULL) FROM {2}").format(sql.Identifier(later), sql.Identifier(earlier),
                                                                    sql.Identifier(schema, table))
            bad, both = conn.execute(query).fetchone()
            print(f"order {schema}.{table}: {later} < {earlier} in {bad} of {both} rows")


if __name__ == "__main__":
    raise SystemExit(main())
