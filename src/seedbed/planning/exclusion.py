"""Exclusion constraints: per key value, ranges must not overlap (issue 16, class 4).

``EXCLUDE USING gist (room_id WITH =, during WITH &&)`` and ``EXCLUDE USING gist (resource WITH
=, daterange(valid_from, valid_to) WITH &&)`` forbid two rows whose every element's operator is
true. Making one ``&&`` element false for every pair of rows that agree on the ``=`` columns is
enough, whatever the other elements say; so the plan (:class:`ExclusionPlan`, applied by
``seedbed.generate.exclusion``) lays the range out in disjoint slots per value of the plain
``=`` columns. Elements it does not read (``<>``, an expression ``WITH =``, a predicate) are left
out, which only makes the layout stricter than the constraint.

Constraints laying out the same range share one layout, keyed by the columns they all compare
with ``=`` (disjoint within coarser groups is disjoint within finer ones). A form without a
range it can lay out is refused, naming the constraint, unless the table gets at most one row;
one that only compares plain columns with ``=`` is planned as a unique key (``as_unique_keys``).
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.errors import UnsatisfiableConstraint
from seedbed.model import ColumnType, Exclusion, Table, TypeKind, UniqueKey
from seedbed.planning.model import ColumnPlan, ExclusionPlan, Gen

__all__ = ["LAID_OUT_KINDS", "as_unique_keys", "plan_exclusions"]

#: Subtypes whose ranges are laid out (ordered, with a unit step).
LAID_OUT_KINDS = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.DATE,
                            TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ})
_RANGE_FUNCS = frozenset({"int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange"})


def as_unique_keys(table: Table) -> tuple[UniqueKey, ...]:
    """Exclusion constraints without ``&&`` that compare plain columns with ``=``
    (``EXCLUDE USING btree (id WITH =)``): a unique key over those columns (NULLs distinct, a
    predicate kept) is stricter, so they are planned as one."""
    out = []
    for excl in table.exclusions:
        if any(e.operator == "&&" for e in excl.elements):
            continue
        cols = tuple(dict.fromkeys(e.column for e in excl.elements if e.operator == "=" and e.column))
        if cols:
            out.append(UniqueKey(name=excl.name, columns=cols, is_constraint=True, predicate=excl.predicate))
    return tuple(out)


def plan_exclusions(table: Table, rows: int, col_plans: Mapping[str, ColumnPlan]) -> tuple[ExclusionPlan, ...]:
    """The layouts that keep every exclusion constraint of ``table``.

    Raises:
        UnsatisfiableConstraint: a constraint with no range seedbed can lay out, on a table
            that gets more than one row.
    """
    plans: dict[tuple, ExclusionPlan] = {}
    as_keys = {k.name for k in as_unique_keys(table)}
    for excl in table.exclusions:
        if excl.name in as_keys:
            continue
        target = _target(table, excl, col_plans)
        if target is None:
            if rows <= 1:
                continue
            raise UnsatisfiableConstraint(
                f"{table.name}: exclusion constraint {excl.name} ({excl.definition}) is not a form seedbed "
                "generates: it needs one range (a range column or a range built from two columns) WITH &&",
                subject=f"{table.name}.{excl.name}",
                hint=f"seed at most one row of {table.name}, leave the table out with --exclude {table.name}, "
                     "or drop the constraint for the seed")
        keys = tuple(e.column for e in excl.elements if e.operator == "=" and e.column)
        known = plans.get(target)
        if known is not None:
            keys = tuple(k for k in known.keys if k in keys)
            plans[target] = ExclusionPlan(names=known.names + (excl.name,), keys=keys, column=known.column,
                                          lower=known.lower, upper=known.upper,
                                          upper_inclusive=known.upper_inclusive or target[3])
        else:
            plans[target] = ExclusionPlan(names=(excl.name,), keys=keys, column=target[0], lower=target[1],
                                          upper=target[2], upper_inclusive=target[3])
    return tuple(plans.values())


def _target(table: Table, excl: Exclusion,
            col_plans: Mapping[str, ColumnPlan]) -> tuple[str | None, str | None, str | None, bool] | None:
    """(range column, lower column, upper column, upper inclusive) of the first ``&&`` element
    that can be laid out, or None."""
    for e in excl.elements:
        if e.operator != "&&":
            continue
        if e.column is not None:
            col = table.column(e.column)
            sub = _subtype(col.type)
            if col.type.kind is TypeKind.RANGE and not col.type.is_array and sub is not None \
                    and _free(e.column, col_plans):
                return (e.column, None, None, False)
            continue
        period = _period(table, e.expression)
        if period is not None and all(_free(c, col_plans) for c in period[:2]):
            return (None, period[0], period[1], period[2])
    return None


def _subtype(ctype: ColumnType) -> ColumnType | None:
    from seedbed.generate.values.compound import range_subtype

    sub = range_subtype(ctype)
    return sub if sub is not None and sub.kind in LAID_OUT_KINDS and not sub.is_array else None


def _free(column: str, col_plans: Mapping[str, ColumnPlan]) -> bool:
    cp = col_plans.get(column)
    return cp is not None and cp.gen is Gen.VALUE and not cp.unique


def _period(table: Table, expression: str) -> tuple[str, str, bool] | None:
    """``daterange(a, b[, '[]'])`` of two plain columns of one laid-out kind: (a, b, upper inclusive)."""
    from pglast import ast  # only when a table has an exclusion constraint (start-up time)

    from seedbed.solve.predicates import parse_expression

    try:
        node = parse_expression(expression)
    except ValueError:
        return None
    if not isinstance(node, ast.FuncCall) or not node.args or len(node.args) not in (2, 3):
        return None
    if node.funcname[-1].sval.lower() not in _RANGE_FUNCS:
        return None
    names = [_column(a) for a in node.args[:2]]
    if None in names or names[0] == names[1] or not all(any(c.name == n for c in table.columns) for n in names):
        return None
    lower, upper = table.column(names[0]), table.column(names[1])  # type: ignore[arg-type]
    if lower.type.kind is not upper.type.kind or lower.type.kind not in LAID_OUT_KINDS \
            or lower.type.is_array or upper.type.is_array:
        return None
    inclusive = False
    if len(node.args) == 3:
        bounds = _string(node.args[2])
        if bounds not in ("[)", "[]", "(]", "()"):
            return None
        inclusive = bounds.endswith("]")
    return names[0], names[1], inclusive  # type: ignore[return-value]


def _column(node: object) -> str | None:
    from pglast import ast

    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.ColumnRef) and len(node.fields) == 1 and isinstance(node.fields[0], ast.String):
        return node.fields[0].sval
    return None


def _string(node: object) -> str | None:
    from pglast import ast

    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String):
        return node.val.sval
    return None
