"""Exclusion constraints: per key value, ranges must not overlap (issue 16, class 4).

``EXCLUDE USING gist (room_id WITH =, during WITH &&)`` and ``EXCLUDE USING gist (resource WITH
=, daterange(valid_from, valid_to) WITH &&)`` forbid two rows whose every element's operator is
true. Making one ``&&`` element false for every pair of rows that agree on the ``=`` columns is
enough, whatever the other elements say; so the plan (:class:`ExclusionPlan`, applied by
``seedbed.generate.exclusion``) lays the range out in disjoint slots per value of the plain
``=`` columns. Elements it does not read (``<>``, an expression ``WITH =``) are left out, which
only makes the layout stricter than the constraint. The range may be built by an expression over
the row: two columns, the same constant added to both (``tsrange(d + opens_at, d + closes_at)``),
a column and that column plus a length column (``int4range(u, u + height)``,
``tsrange(t, t + duration)``), or a column and that column plus a constant (``tsrange(kickoff, kickoff +
interval '3 hours')``, ``daterange(d, d + 14)``: every range that long, only the column written); an inet /
cidr column compared with ``&&`` gets disjoint networks. A range column (or a period's lower column) that is
also in a key only with the ``=`` columns (``PRIMARY KEY (crew_id, duty)``) is laid out too: the layout
makes it distinct per key value anyway.
A WHERE read as partial unique indexes read theirs (``seedbed.planning.partial``) leaves the rows
outside it as made; one not read is ignored (every row laid out: stricter).

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
from seedbed.planning.partial import read_predicate

__all__ = ["LAID_OUT_KINDS", "as_unique_keys", "plan_exclusions"]

#: Subtypes whose ranges are laid out (ordered, with a unit step).
LAID_OUT_KINDS = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.DATE,
                            TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME})
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
                "generates: it needs one range WITH && (a range column, or a range constructor over two "
                "columns, the same constant plus two columns, or a column and that column plus another column "
                "or a constant; or an inet / cidr column) whose columns nothing else fills",
                subject=f"{table.name}.{excl.name}",
                hint=f"seed at most one row of {table.name}, leave the table out with --exclude {table.name}, "
                     "or drop the constraint for the seed")
        keys = tuple(e.column for e in excl.elements if e.operator == "=" and e.column)
        predicate = excl.predicate if excl.predicate and read_predicate(excl.predicate, table) else None
        known = plans.get(target[:3] + target[4:])
        if known is not None:
            keys = tuple(k for k in known.keys if k in keys)
            plans[target[:3] + target[4:]] = ExclusionPlan(
                names=known.names + (excl.name,), keys=keys, column=known.column, lower=known.lower,
                upper=known.upper, length=known.length, upper_inclusive=known.upper_inclusive or target[3],
                network=known.network, fixed=known.fixed,
                predicate=known.predicate if known.predicate == predicate else None)
        else:
            plans[target[:3] + target[4:]] = ExclusionPlan(
                names=(excl.name,), keys=keys, column=target[0], lower=target[1], upper=target[2],
                length=target[4], upper_inclusive=target[3], predicate=predicate, network=target[5],
                fixed=target[6])
    return tuple(plans.values())


def _target(table: Table, excl: Exclusion, col_plans: Mapping[str, ColumnPlan]
            ) -> tuple[str | None, str | None, str | None, bool, str | None, str | None, str | None] | None:
    """(range column, lower column, upper column, upper inclusive, length column, network
    column, constant length) of the first ``&&`` element that can be laid out, or None."""
    for e in excl.elements:
        if e.operator != "&&":
            continue
        net = e.column or _column_of(e.expression)
        if net is not None and any(c.name == net for c in table.columns) and _free(net, col_plans) \
                and table.column(net).type.kind in (TypeKind.INET, TypeKind.CIDR) \
                and not table.column(net).type.is_array:
            return (None, None, None, False, None, net, None)
        if e.column is not None:
            col = table.column(e.column)
            sub = _subtype(col.type)
            keys = {x.column for x in excl.elements if x.operator == "=" and x.column}
            if col.type.kind is TypeKind.RANGE and not col.type.is_array and sub is not None \
                    and (_free(e.column, col_plans) or _keyed(table, e.column, keys, excl)
                         and _drawn(e.column, col_plans)):  # PRIMARY KEY (crew_id, duty)
                return (e.column, None, None, False, None, None, None)
            continue
        period = _period(table, e.expression)
        if period is None:
            continue
        keys = {x.column for x in excl.elements if x.operator == "=" and x.column}
        if (_free(period[0], col_plans) or _keyed(table, period[0], keys, excl)) \
                and (period[4] is not None or _free(period[1] or period[3], col_plans)):  # type: ignore[arg-type]
            return (None, period[0], period[1], period[2], period[3], None, period[4])
    return None


def _subtype(ctype: ColumnType) -> ColumnType | None:
    from seedbed.generate.values.compound import range_subtype

    sub = range_subtype(ctype)
    return sub if sub is not None and sub.kind in LAID_OUT_KINDS and not sub.is_array else None


def _free(column: str, col_plans: Mapping[str, ColumnPlan]) -> bool:
    cp = col_plans.get(column)
    return cp is not None and cp.gen is Gen.VALUE and not cp.unique


def _drawn(column: str, col_plans: Mapping[str, ColumnPlan]) -> bool:
    """A value column, unique or not (a unique one the layout makes distinct within its keys)."""
    cp = col_plans.get(column)
    return cp is not None and cp.gen is Gen.VALUE


def _keyed(table: Table, lower: str, keys: set[str], excl: Exclusion) -> bool:
    """Whether the lower column is unique only through keys the layout keeps anyway: rows equal
    on the ``=`` columns take disjoint slots, so distinct lowers (``PRIMARY KEY (practitioner_id,
    iso_dow, opens_at)`` beside ``EXCLUDE (practitioner_id WITH =, iso_dow WITH =, tsrange(d +
    opens_at, d + closes_at) WITH &&)``). Not when a WHERE leaves rows out of the layout."""
    if excl.predicate:
        return False
    holding = [k for k in table.unique_keys if lower in k.columns]
    return bool(holding) and all(set(k.columns) <= keys | {lower} and len(k.columns) > 1 and not k.predicate
                                 for k in holding)


#: Kinds of a lower column a constant is added to (the constant read by ``generate.exclusion``).
_CONSTANT_LENGTHS = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.DATE,
                               TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ})

#: Kinds a length column may have, per kind of the range's lower column.
_LENGTHS = {TypeKind.INTEGER: (TypeKind.INTEGER,), TypeKind.NUMERIC: (TypeKind.NUMERIC, TypeKind.INTEGER),
            TypeKind.FLOAT: (TypeKind.FLOAT, TypeKind.NUMERIC, TypeKind.INTEGER),
            TypeKind.TIMESTAMP: (TypeKind.INTERVAL,), TypeKind.TIMESTAMPTZ: (TypeKind.INTERVAL,),
            TypeKind.TIME: (TypeKind.INTERVAL,), TypeKind.DATE: (TypeKind.INTEGER,)}


def _period(table: Table, expression: str) -> tuple[str, str | None, bool, str | None, str | None] | None:
    """A range constructor of two bounds over the row's columns: (lower, upper, upper
    inclusive, None, None) for ``daterange(a, b[, '[]'])`` or ``tsrange(k + a, k + b)`` (the same
    constant added to both: it moves both bounds alike, so the columns' own order decides
    overlap); (lower, None, inclusive, length, None) for ``int4range(a, a + d)``; (lower, None,
    inclusive, None, constant) for ``tsrange(a, a + interval '3 hours')`` or ``daterange(d, d + 7)``
    (every range as long as the constant)."""
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
    inclusive = False
    if len(node.args) == 3:
        bounds = _string(node.args[2])
        if bounds not in ("[)", "[]", "(]", "()"):
            return None
        inclusive = bounds.endswith("]")
    columns = {c.name: c for c in table.columns}
    (a, ka), (b, kb) = _bound(node.args[0]), _bound(node.args[1])
    if isinstance(a, str) and isinstance(b, tuple) and ka is None and kb is None and a in b:
        length = b[1] if b[0] == a else b[0]
        if a == length or a not in columns or length not in columns:
            return None
        low, d = columns[a].type, columns[length].type
        if low.is_array or d.is_array or low.kind not in LAID_OUT_KINDS \
                or d.kind not in _LENGTHS.get(low.kind, ()):
            return None
        return a, None, inclusive, length, None
    if isinstance(a, str) and b == a and ka is None and kb is not None and a in columns \
            and not columns[a].type.is_array and columns[a].type.kind in _CONSTANT_LENGTHS:
        return a, None, inclusive, None, kb  # a fixed length after the column: kickoff + 3 hours
    if not isinstance(a, str) or not isinstance(b, str) or a == b or ka != kb:
        return None
    if a not in columns or b not in columns:
        return None
    lower, upper = columns[a], columns[b]
    if lower.type.kind is not upper.type.kind or lower.type.kind not in LAID_OUT_KINDS \
            or lower.type.is_array or upper.type.is_array:
        return None
    return a, b, inclusive, None, None


def _bound(node: object) -> tuple[str | tuple[str, str] | None, str | None]:
    """One bound: (column, constant added or None), or ((column, column), None) for a sum of
    two columns; (None, None) for anything else."""
    from pglast import ast
    from pglast.stream import RawStream

    while isinstance(node, ast.TypeCast):
        node = node.arg
    col = _column(node)
    if col is not None:
        return col, None
    if not isinstance(node, ast.A_Expr) or node.kind != 0 or len(node.name) != 1 or node.name[0].sval != "+":
        return None, None
    left, right = _column(node.lexpr), _column(node.rexpr)
    if left is not None and right is not None:
        return (left, right), None
    for col, other in ((left, node.rexpr), (right, node.lexpr)):
        if col is not None and _constant(other):
            return col, RawStream()(other)
    return None, None


def _column_of(expression: str) -> str | None:
    """The column of an element that is a column or a cast of one (``(prefix)::inet``)."""
    from seedbed.solve.predicates import parse_expression

    try:
        return _column(parse_expression(expression))
    except ValueError:
        return None


def _constant(node: object) -> bool:
    from pglast import ast

    while isinstance(node, ast.TypeCast):
        node = node.arg
    return isinstance(node, ast.A_Const)


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
