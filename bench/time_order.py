"""Time in order and in measure: seed a schema and count the rows whose moments disagree with what
their names imply (issue 10, pattern 4; the round-7 r17 check).

Usage::

    SEEDBED_CORPUS=../shared/corpus .venv/bin/python bench/time_order.py bench/realism_unseen21.sql [--rows 100]

Checked, per table, over every pair of date / timestamp columns where both are set:

* ``pair``: names one word apart (``valid_from`` / ``valid_to``; ``checked_out`` before
  ``checked_in`` where the table lends things out; an arrival before its departure where the rows are
  stays);
* ``stage``: two steps of a row's life by the stage lexicon (``reported_at`` < ``assigned_at`` <
  ``rectified_at`` < ``closed_at``; a birth word before every step);
* ``parent``: the row's birth after its parent row's birth, through each FK;
* ``span``: a period's end after its start by the span its kind implies (a hire of 1-28 days);
* ``day``: a day of the month a thing recurs on within 1..28;
* ``age``: a person's date of birth makes them 16-100 years old at the row's birth.

Prints one line per check that found rows, then the totals. Nothing is asserted.
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

_TEMPORAL = ("date", "timestamp", "timestamptz")


def _count(conn: psycopg.Connection, table, where: sql.Composable, both: sql.Composable) -> tuple[int, int]:
    q = sql.SQL("SELECT count(*) FILTER (WHERE {}), count(*) FILTER (WHERE {}) FROM {}").format(where, both, table)
    return conn.execute(q).fetchone()


def checks(conn: psycopg.Connection, schema) -> list[tuple[str, str, int, int]]:
    """``(kind, what, bad rows, rows compared)`` per check of the module docstring."""
    from seedbed.generate.intent.tokens import tokens
    from seedbed.model import TypeKind
    from seedbed.planning.spans import noun_span
    from seedbed.planning.timeline import _stage
    from seedbed.planning.timewords import TEMPORAL, anchor_of, foreign_birth, lends, name_pairs, stays

    out: list[tuple[str, str, int, int]] = []
    anchors = {t.name: anchor_of(t) for t in schema.tables}
    for t in schema.tables:
        name = sql.Identifier(t.name.schema, t.name.name)
        temporal = [c.name for c in t.columns if c.type.kind in TEMPORAL and not c.type.is_array]
        anchor = anchors[t.name]

        def ordered(kind: str, later: str, earlier: str, table=t, ident=name) -> None:
            lo, hi = sql.Identifier(earlier), sql.Identifier(later)
            both = sql.SQL("{} IS NOT NULL AND {} IS NOT NULL").format(lo, hi)
            # dates against timestamps: a date is the day of its moment
            cast = sql.SQL("{}::date < {}::date") if TypeKind.DATE in (
                table.column(later).type.kind, table.column(earlier).type.kind) else sql.SQL("{} < {}")
            bad, n = _count(conn, ident, cast.format(hi, lo), both)
            out.append((kind, f"{table.name.name}: {later} before {earlier}", bad, n))

        pairs = name_pairs(temporal, lending=lends(t), staying=stays(t))
        seen = set()
        for later, earlier, _near in pairs:
            ordered("pair", later, earlier)
            seen.add((later, earlier))
            span = noun_span(t, later, earlier)
            if span:
                lo_d, hi_d = span[0] // 86_400_000_000, span[1] // 86_400_000_000
                a, b = sql.Identifier(earlier), sql.Identifier(later)
                gap = sql.SQL("({}::date - {}::date)").format(b, a)
                bad, n = _count(conn, name, sql.SQL("{} NOT BETWEEN {} AND {}").format(
                    gap, sql.Literal(lo_d - 1), sql.Literal(hi_d + 1)),
                    sql.SQL("{} IS NOT NULL AND {} IS NOT NULL").format(a, b))
                out.append(("span", f"{t.name.name}: {later} - {earlier} outside {lo_d}-{hi_d} days", bad, n))
        staged = sorted((v, c) for c in temporal for v in [0.0 if c == anchor else _stage(c, anchor)]
                        if v is not None and not foreign_birth(t, c))
        for i, (va, a) in enumerate(staged):
            for vb, b in staged[i + 1:]:
                if vb > va and (b, a) not in seen and (a, b) not in seen:
                    ordered("stage", b, a)
        for fk in t.foreign_keys:
            parent = schema.table(fk.ref_table) if fk.ref_table != t.name else None
            pa = anchors.get(fk.ref_table) if parent else None
            if not (anchor and pa):
                continue
            q = sql.SQL("SELECT count(*) FILTER (WHERE c.{a}::timestamptz < p.{pa}::timestamptz), count(*) FROM {c} c "
                        "JOIN {p} p ON ({on}) WHERE c.{a} IS NOT NULL AND p.{pa} IS NOT NULL").format(
                a=sql.Identifier(anchor), pa=sql.Identifier(pa), c=name,
                p=sql.Identifier(fk.ref_table.schema, fk.ref_table.name),
                on=sql.SQL(" AND ").join(sql.SQL("c.{} = p.{}").format(sql.Identifier(x), sql.Identifier(y))
                                         for x, y in zip(fk.columns, fk.ref_columns, strict=True)))
            bad, n = conn.execute(q).fetchone()
            out.append(("parent", f"{t.name.name}.{anchor} before {fk.ref_table.name}.{pa}", bad, n))
        for c in t.columns:
            toks = tokens(c.name)
            if c.type.kind is TypeKind.INTEGER and (tuple(toks[-3:]) == ("day", "of", "month") or (
                    c.name.lower().endswith("day") and set(toks) & {"billing", "due", "payment", "pay", "rent"})):
                col = sql.Identifier(c.name)
                bad, n = _count(conn, name, sql.SQL("{} NOT BETWEEN 1 AND 28").format(col),
                                sql.SQL("{} IS NOT NULL").format(col))
                out.append(("day", f"{t.name.name}.{c.name} outside 1..28", bad, n))
            if c.type.kind is TypeKind.DATE and set(toks) & {"birth", "dob", "born"} and anchor:
                col, at = sql.Identifier(c.name), sql.Identifier(anchor)
                age = sql.SQL("extract(year FROM age({}::date, {}))").format(at, col)
                bad, n = _count(conn, name, sql.SQL("{} NOT BETWEEN 16 AND 100").format(age),
                                sql.SQL("{} IS NOT NULL AND {} IS NOT NULL").format(col, at))
                out.append(("age", f"{t.name.name}.{c.name}: age at {anchor} outside 16..100", bad, n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("schema", help="the path of a .sql file (ignored with --seeded)")
    ap.add_argument("--dsn", default=measure.DEFAULT_DSN, help="maintenance DSN (a scratch database is made)")
    ap.add_argument("--rows", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--seeded", help="the DSN of a database seeded already (by another checkout): check it only")
    args = ap.parse_args(argv)

    from seedbed import service
    from seedbed.planning.options import PlanOptions
    from tests.corpus import load_sql_file

    if args.seeded:
        with psycopg.connect(args.seeded, autocommit=True) as conn:
            found = checks(conn, service.load_schema(conn))
    else:
        with measure.fresh_database(args.dsn, "time_order") as dsn:
            load_sql_file(dsn, Path(args.schema))
            service.seed(dsn, PlanOptions(rows=args.rows, seed=args.seed), verify=False)
            with psycopg.connect(dsn, autocommit=True) as conn:
                found = checks(conn, service.load_schema(conn))
    totals: dict[str, list[int]] = {}
    for kind, what, bad, n in found:
        tot = totals.setdefault(kind, [0, 0, 0, 0])
        tot[0] += bad
        tot[1] += n
        tot[2] += 1
        tot[3] += bool(bad)
        if bad:
            print(f"{kind:6} {what}: {bad} of {n} rows")
    for kind, (bad, n, checked, failing) in totals.items():
        print(f"total {kind:6} {bad} of {n} rows bad; {failing} of {checked} checks failing")
    print(f"TOTAL bad rows {sum(v[0] for v in totals.values())} of {sum(v[1] for v in totals.values())}; "
          f"failing checks {sum(v[3] for v in totals.values())} of {sum(v[2] for v in totals.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
