"""Each corpus schema's domain pack and, per table, its pack and sector (issue 10, r32).

Usage::

    SEEDBED_CORPUS=../shared/corpus PYTHONPATH=src .venv/bin/python bench/corpus_sectors.py [FILE.sql ...]

One line per schema: ``name pack=P :: table=pack/sector ...`` (the sector of a table read on its
first column; ``-`` when none leads), then, with ``--why``, the plan's domain reason. Run it on two
checkouts and compare the lines (``bench/realism_round10_r32_corpus_sectors.txt``). Each schema is
loaded once into a scratch database; ``--cache DIR`` keeps the introspected schemas as pickles.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure  # noqa: E402


def _schema(path: Path, dsn: str, cache: Path | None):
    hit = cache / f"{path.stem}.pkl" if cache else None
    if hit is not None and hit.exists():
        return pickle.loads(hit.read_bytes())
    import psycopg

    from seedbed import service
    from tests.corpus import load_sql_file

    with measure.fresh_database(dsn, "corpus_sectors") as scratch:
        load_sql_file(scratch, path)
        with psycopg.connect(scratch) as conn:
            schema = service.load_schema(conn)
    if hit is not None:
        hit.write_bytes(pickle.dumps(schema))
    return schema


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="schema files (default: every corpus/postgres/*.sql)")
    ap.add_argument("--dsn", default=measure.DEFAULT_DSN)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--why", action="store_true", help="print the plan's domain reason too (r32 and later)")
    args = ap.parse_args(argv)

    from seedbed.generate.intent.context import Ctx
    from seedbed.generate.intent.infer import _schema_words, schema_pack, table_pack
    from seedbed.generate.intent.sectors import schema_terms, sector
    from seedbed.generate.intent.tokens import tokens
    from seedbed.model import ColumnDomain
    from tests.corpus import CORPUS

    files = [Path(f) for f in args.files] or sorted((CORPUS / "postgres").glob("*.sql"))
    for path in files:
        schema = _schema(path, args.dsn, args.cache)
        pack = schema_pack(schema)
        rows = []
        for t in schema.tables:
            if not t.columns:
                continue
            col = t.columns[0]
            ctx = Ctx(t, col, ColumnDomain(), pack, tokens(col.name), schema_words=_schema_words(schema),
                      schema_terms=schema_terms(schema))
            rows.append(f"{t.name.name}={table_pack(schema, t)}/{sector(ctx) or '-'}")
        print(f"{path.stem} pack={pack} :: " + " ".join(rows))
        if args.why:
            from seedbed.generate.intent.corroboration import describe

            print(f"  why: {describe(schema, pack)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
