"""Held-out check of declared references (issue 13): real schemas with their FOREIGN KEYs taken away.

Declared references were built on the five-service schema (tests/data/scope_services.sql). This
measures them on corpus schemas they were not written for: each schema is loaded, its foreign
keys are read from the catalog and dropped, and the same keys are given back as ``[references]``
(``seedbed.references``). The seed must then load with no constraint to lean on, and an
independent anti-join per reference must find 0 orphans. By default every third corpus schema
(sorted by name, starting at the second) is used: a fixed held-out split.

    .venv/bin/python bench/declared_references.py [--all] [--rows N]
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.conftest import LOCAL_DSN, with_dbname  # noqa: E402
from tests.corpus import corpus_files, load_sql_file  # noqa: E402

from seedbed import service  # noqa: E402
from seedbed.errors import SeedbedError  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402


def _side(name, columns) -> str:
    table = ".".join('"' + p.replace('"', '""') + '"' for p in name.parts)
    cols = ", ".join('"' + c + '"' for c in columns)
    return f"{table}.({cols})" if len(columns) > 1 else f'{table}."{columns[0]}"'


def one(path: Path, rows: int) -> tuple[str, int, int]:
    """(outcome, declared references, orphans found) for one schema."""
    name = f"sbref_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(LOCAL_DSN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    dsn = with_dbname(LOCAL_DSN, name)
    try:
        load_sql_file(dsn, path)
        with service.connect(dsn, autocommit=True) as conn:
            schema = service.load_schema(conn)
            fks = [(t, fk) for t in schema.tables for fk in t.foreign_keys if not fk.on_partitions]
            for t, fk in fks:
                conn.execute(sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                    sql.Identifier(*t.name.parts), sql.Identifier(fk.name)))
        refs = {_side(t.name, fk.columns): _side(fk.ref_table, fk.ref_columns) for t, fk in fks}
        try:
            result = service.seed(dsn, PlanOptions(rows=rows, seed=7, references=refs))
        except SeedbedError as exc:
            return f"refused: {exc.code} {exc.message[:90]}", len(refs), 0
        orphans = sum(p.count for p in result.verify.problems if p.kind == "fk_orphan")
        return ("ok" if result.ok else f"verify: {result.verify.problems[0].message[:90]}"), len(refs), orphans
    finally:
        with psycopg.connect(LOCAL_DSN, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--all", action="store_true", help="every corpus schema, not the held-out third")
    ap.add_argument("--rows", type=int, default=30)
    args = ap.parse_args()
    files = corpus_files()
    chosen = files if args.all else files[1::3]
    ok = refs_total = 0
    for path in chosen:
        started = time.perf_counter()
        outcome, refs, orphans = one(path, args.rows)
        ok += outcome == "ok" and orphans == 0
        refs_total += refs
        print(f"{path.name:32} {refs:4} refs  {orphans:5} orphans  {time.perf_counter() - started:6.1f}s  {outcome}")
    print(f"{ok}/{len(chosen)} schemas seeded with 0 orphans on {refs_total} declared references")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
