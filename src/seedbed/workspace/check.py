"""Declared references between databases, verified set-wise: no join can span two servers.

The child's values are read grouped (value, rows) from the child's database, the parent's keys
from the parent's, both as text, and compared in memory. More orphans than the reference asks
for (``orphans = 0.1``) is an ``fk_orphan`` problem, as inside one database.
"""

from __future__ import annotations

import math

import psycopg
from psycopg import sql

from seedbed.engines.postgres.errors import translated
from seedbed.references import Reference
from seedbed.engines.postgres.sink import ident
from seedbed.verify import Problem
from seedbed.workspace.merge import Merged

__all__ = ["check_reference"]


def _text(columns: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns)


def _set(columns: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier(c)) for c in columns)


def check_reference(merged: Merged, conns: dict[str, psycopg.Connection], ref: Reference
                    ) -> tuple[int, int, Problem | None]:
    """(orphan rows, child rows, the problem when more orphans than asked) of one reference."""
    child, parent = merged.real(ref.child), merged.real(ref.parent)
    cconn, pconn = conns[merged.alias(ref.child)], conns[merged.alias(ref.parent)]
    with translated(child, f"reading {','.join(ref.columns)} for the reference to {ref.parent}"):
        groups = cconn.execute(sql.SQL("SELECT {}, count(*) FROM {} WHERE {} GROUP BY {}").format(
            _text(ref.columns), ident(child), _set(ref.columns),
            sql.SQL(", ").join(sql.SQL(str(i + 1)) for i in range(len(ref.columns))))).fetchall()
        total = cconn.execute(sql.SQL("SELECT count(*) FROM {}").format(ident(child))).fetchone()[0]
    with translated(parent, f"reading the keys {','.join(ref.ref_columns)}"):
        # fetchall: one call for every key (iterating the cursor pays a check per row)
        keys = set(pconn.execute(sql.SQL("SELECT {} FROM {} WHERE {}").format(
            _text(ref.ref_columns), ident(parent), _set(ref.ref_columns))).fetchall())
    missing = [(g[:-1], g[-1]) for g in groups if tuple(g[:-1]) not in keys]
    orphans = sum(n for _, n in missing)
    asked = merged.orphans(ref)
    if orphans <= math.ceil(asked * total):
        return orphans, total, None
    sample = tuple(",".join(v) for v, _ in sorted(missing)[:3])
    return orphans, total, Problem(
        kind="fk_orphan", table=str(ref.child), constraint=f"declared {ref.label}", columns=ref.columns,
        count=orphans, sample=sample,
        message=f"{ref.child}.{','.join(ref.columns)}: {orphans:,} row{'' if orphans == 1 else 's'} referencing no "
                f"{ref.parent}({', '.join(ref.ref_columns)}) (declared reference across databases"
                + (f", {asked:.0%} asked" if asked else "") + ")")
