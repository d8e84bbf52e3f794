"""Column-intent coverage on the corpus: the share of meaningful text-like columns that get an intent.

Each ``../shared/corpus/postgres/*.sql`` is loaded into a scratch database (``psql -X -q -v
ON_ERROR_STOP=1 -f``), introspected, its CHECKs folded, and ``infer`` runs on every text-like
column (TEXT, "char", JSON, JSONB) that is written (not generated), not part of a foreign key,
not an array, has no enum labels or CHECK ``IN`` list (the typed generator owns those), and
whose name carries meaning (``seedbed.generate.intent.meaningful``). The scratch databases are
dropped afterwards, also on failure.

Usage::

    .venv/bin/python bench/intent_coverage.py [--dsn postgresql://postgres@127.0.0.1:5432/postgres]
        [--corpus DIR] [--show-intents] [--only shop,pagila]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import psycopg
from psycopg import sql

from seedbed.generate.intent import detect_domain, infer, meaningful
from seedbed.engines.postgres.introspect import introspect
from seedbed.model import ColumnDomain, Schema, Table, TypeKind

TEXT_LIKE = (TypeKind.TEXT, TypeKind.CHAR, TypeKind.JSON, TypeKind.JSONB)
DEFAULT_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "postgres"


def _fold(table: Table):  # type: ignore[no-untyped-def]
    try:
        from seedbed.solve.checks import fold_table
    except ImportError:  # the CHECK folder is optional here: no domains, then
        return None
    return fold_table(table)


def _domain(folded, name: str) -> ColumnDomain:  # type: ignore[no-untyped-def]
    return folded.column(name) if folded is not None else ColumnDomain()


def _load(dsn: str, path: Path, db: str) -> Schema | None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(db)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(db)))
    info = psycopg.conninfo.conninfo_to_dict(dsn)
    env = dict(os.environ, PGHOST=str(info.get("host", "127.0.0.1")), PGPORT=str(info.get("port", 5432)),
               PGUSER=str(info.get("user", "postgres")), PGDATABASE=db)
    done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(path)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  {path.name}: not loaded ({done.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    with psycopg.connect(psycopg.conninfo.make_conninfo(dsn, dbname=db), autocommit=True) as conn:
        return introspect(conn)


def _drop(dsn: str, db: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db)))


def measure(schema: Schema, name: str, show: bool) -> tuple[int, int, list[str], Counter[str]]:
    """(meaningful columns, columns with an intent, the rest, intents used) of one schema."""
    total, hit, rest, used = 0, 0, [], Counter()
    for table in schema.tables:
        folded = _fold(table)
        fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
        for col in table.columns:
            dom = _domain(folded, col.name)
            if (col.type.kind not in TEXT_LIKE or col.generated or col.name in fk_cols or col.type.is_array
                    or col.type.enum_labels or dom.allowed is not None or not meaningful(col.name)):
                continue
            total += 1
            intent = infer(schema, table, col, dom)
            if intent is None:
                rest.append(f"{name}.{table.name}.{col.name} ({col.type.sql_name})")
                continue
            hit += 1
            used[intent.name] += 1
            if show:
                print(f"    {table.name}.{col.name} -> {intent.name}")
    return total, hit, rest, used


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN", DEFAULT_DSN))
    ap.add_argument("--corpus", type=Path, default=Path(os.environ.get("SEEDBED_CORPUS", DEFAULT_CORPUS)))
    ap.add_argument("--only", default="", help="comma-separated file stems")
    ap.add_argument("--show-intents", action="store_true", help="print every column's intent")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.sql"))
    if args.only:
        files = [f for f in files if f.stem in set(args.only.split(","))]
    grand_total = grand_hit = 0
    rest: list[str] = []
    used: Counter[str] = Counter()
    for path in files:
        db = f"seedbed_intent_{os.getpid()}_{path.stem}"[:63]
        try:
            schema = _load(args.dsn, path, db)
            if schema is None:
                continue
            total, hit, missed, counts = measure(schema, path.stem, args.show_intents)
        finally:
            _drop(args.dsn, db)
        grand_total, grand_hit = grand_total + total, grand_hit + hit
        rest += missed
        used.update(counts)
        share = f"{100 * hit / total:5.1f}%" if total else "  n/a"
        print(f"{path.stem:32} {detect_domain(schema):10} {hit:5}/{total:<5} {share}")
    if not grand_total:
        print("no text-like columns found")
        return 1
    print(f"\n{grand_hit}/{grand_total} meaningful text-like columns got an intent: "
          f"{100 * grand_hit / grand_total:.1f}% (target 95%)")
    print(f"\nintents used ({len(used)}): " + ", ".join(f"{k} {v}" for k, v in used.most_common()))
    print(f"\nwithout an intent ({len(rest)}):")
    for item in rest:
        print(f"  {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
