"""The SQL that finds the pairs of rows an exclusion constraint forbids (for ``seedbed.verify``).

Two rows conflict when every element's operator is true between them: one self-join of the table
with the constraint's own operators, on the rows its predicate covers (NULLs never conflict, as
the operators say). The elements' expressions are read from each side by qualifying their column
references (``tstzrange(a.starts_at, a.ends_at)``), so the constraint's own GiST index can serve
the join. Exclusion operators are commutative: each pair is counted once (``a.row < b.row``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from psycopg import sql

from seedbed.errors import DatabaseError
from seedbed.model.schema import Exclusion, Table

__all__ = ["exclusion_pairs"]

_OPERATOR = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_$]*\.)?[-+*/<>=~!@#%^&|`?]+$")


def exclusion_pairs(table: Table, excl: Exclusion, *, table_sql: sql.Composable,
                    label: Callable[[Table, Sequence[str]], sql.Composable]) -> sql.Composable:
    """``SELECT a, b``: the text labels of both rows of every conflicting pair.

    Args:
        table: the table; excl: one of its exclusion constraints (with ``elements``).
        table_sql: the table as a FROM item (``ONLY t`` unless partitioned).
        label: builds a row's text label (its primary key, else its ctid) from column names.
    """
    a, b = sql.Identifier("_sb_a"), sql.Identifier("_sb_b")
    conds: list[sql.Composable] = [sql.SQL("({}.tableoid, {}.ctid) < ({}.tableoid, {}.ctid)").format(a, a, b, b)]
    for e in excl.elements:
        if not _OPERATOR.match(e.operator):
            raise DatabaseError(f"cannot verify {excl.name}: operator {e.operator!r} not understood",
                                subject=f"{table.name}.{excl.name}")
        op = sql.SQL(e.operator if "." in e.operator else "pg_catalog." + e.operator)
        conds.append(sql.SQL("({}) OPERATOR({}) ({})").format(_side(e.expression, "_sb_a"), op,
                                                            _side(e.expression, "_sb_b")))
    if excl.predicate:
        conds += [_side(excl.predicate, "_sb_a"), _side(excl.predicate, "_sb_b")]
    return sql.SQL("SELECT {la} AS a, {lb} AS b FROM {t} AS {a} JOIN {t} AS {b} ON {on}").format(
        la=_labelled(label(table, ()), "_sb_a"), lb=_labelled(label(table, ()), "_sb_b"),
        t=table_sql, a=a, b=b, on=sql.SQL(" AND ").join(conds))


def _side(expression: str, alias: str) -> sql.Composable:
    """``expression`` with every bare column reference read from ``alias``."""
    return sql.SQL(_qualify(expression, alias))


def _labelled(composed: sql.Composable, alias: str) -> sql.Composable:
    """A row label built for an unaliased FROM, read from ``alias`` instead."""
    return sql.SQL(_qualify(composed.as_string(None), alias))


def _qualify(expression: str, alias: str) -> str:
    from pglast import ast, parse_sql
    from pglast.stream import RawStream
    from pglast.visitors import Visitor

    class _Qualify(Visitor):  # type: ignore[misc]
        def visit_ColumnRef(self, ancestors: Any, node: ast.ColumnRef) -> Any:  # noqa: N802
            fields = node.fields or ()
            if len(fields) == 1 and isinstance(fields[0], ast.String):
                return ast.ColumnRef(fields=(ast.String(sval=alias), fields[0]))
            return None

    stmt = parse_sql(f"SELECT ({expression})")[0].stmt
    _Qualify()(stmt)
    return RawStream()(stmt.targetList[0].val)
