"""CHECK forms about a row's shape rather than one column's values.

Internal to :mod:`seedbed.solve.predicates` (which calls in here with its own ``_dnf``, ``_ref``
and comparison helpers): nullability patterns (``(a IS NULL) <> (b IS NULL)``,
``num_nonnulls(a, b) = 1``, ``num_nulls(...)``, ``COALESCE``), ``CASE``, ``IS [NOT] DISTINCT
FROM``, array sizes (``cardinality``, ``array_length``) and arithmetic between two columns
(``end_date >= start_date + 1``, ``e <= s + '30 days'::interval``, ``end_date - start_date <= 30``).

Every form becomes the usual disjunction of conjunctions of atoms, read as "not FALSE". Some
need a sub-expression to be TRUE (the branch of a ``CASE`` whose condition holds, one side of
a boolean ``<>``): :func:`strict` reads a "not FALSE" DNF as "TRUE" by also asking every column
it names to be non-NULL, which is exact for comparisons and stricter otherwise (never looser).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from pglast import ast
from pglast.enums import A_Expr_Kind

from seedbed.model.domain import Bound, ColumnDomain
from seedbed.model.schema import ColumnType, TypeKind
from seedbed.solve.dnf import FALSE, TRUE, Fact, Order, and_, opaque, or_
from seedbed.solve.literals import Const, NotFoldable, constant, to_kind

__all__ = ["MAX_NULL_ARGS", "bool_compare", "case", "coalesce_null", "compare_call", "contained",
           "distinct", "is_predicate", "shifted", "strict"]

MAX_NULL_ARGS = 6  # num_nonnulls() over more columns than this stays with the database
_ORDINAL = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY,
                      TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ})
_TIMES = frozenset({TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ})
_FLIP = {"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_INTERVAL_UNITS = {  # unit -> (shortest, longest) length
    "microsecond": (dt.timedelta(microseconds=1),) * 2, "millisecond": (dt.timedelta(milliseconds=1),) * 2,
    "second": (dt.timedelta(seconds=1),) * 2, "minute": (dt.timedelta(minutes=1),) * 2,
    "hour": (dt.timedelta(hours=1),) * 2, "day": (dt.timedelta(days=1),) * 2,
    "week": (dt.timedelta(weeks=1),) * 2, "mon": (dt.timedelta(days=28), dt.timedelta(days=31)),
    "month": (dt.timedelta(days=28), dt.timedelta(days=31)),
    "year": (dt.timedelta(days=365), dt.timedelta(days=366)),
}
_UNIT_ALIASES = {"us": "microsecond", "ms": "millisecond", "sec": "second", "secs": "second",
                 "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "d": "day",
                 "mons": "mon", "y": "year", "yr": "year", "yrs": "year"}

DnfFn = Callable[[Any, Any, bool], tuple]


def _facts(*pairs: tuple[str, ColumnDomain]) -> tuple:

    return tuple(Fact(col, d) for col, d in pairs)


def strict(dnf: tuple) -> tuple:
    """``dnf`` (not FALSE) read as TRUE: every column it names must be non-NULL as well."""
    out = []
    for conj in dnf:
        atoms: list[Any] = []
        cols: list[str] = []
        for atom in conj:
            if isinstance(atom, Fact) and not atom.domain.always_null:
                atoms.append(Fact(atom.column, _not_null(atom.domain)))
            elif isinstance(atom, Order):
                atoms.append(atom)
                cols += [atom.left, atom.right]
            else:
                atoms.append(atom)
        atoms += [Fact(c, ColumnDomain(not_null=True)) for c in dict.fromkeys(cols)]
        out.append(tuple(atoms))
    return tuple(out)


def _not_null(d: ColumnDomain) -> ColumnDomain:
    return d if d.not_null else replace(d, not_null=True)


def is_predicate(node: Any) -> bool:
    """Whether ``node`` is a boolean expression (a test, a comparison, AND/OR/NOT)."""
    if isinstance(node, ast.NullTest | ast.BooleanTest | ast.BoolExpr):
        return True
    if isinstance(node, ast.A_Expr):
        op = node.name[-1].sval if node.name else ""
        return op in ("=", "<>", "<", "<=", ">", ">=", "~", "~~", "!~", "!~~") or node.kind in (
            A_Expr_Kind.AEXPR_DISTINCT, A_Expr_Kind.AEXPR_NOT_DISTINCT, A_Expr_Kind.AEXPR_IN,
            A_Expr_Kind.AEXPR_LIKE, A_Expr_Kind.AEXPR_BETWEEN, A_Expr_Kind.AEXPR_NOT_BETWEEN)
    return False


def bool_compare(left: Any, op: str, right: Any, scope: Any, neg: bool, dnf: DnfFn) -> tuple:
    """``p <> q`` / ``p = q`` between two boolean expressions (``(a IS NULL) <> (b IS NULL)``)."""
    differ = (op == "<>") != neg
    lt, lf = strict(dnf(left, scope, False)), strict(dnf(left, scope, True))
    rt, rf = strict(dnf(right, scope, False)), strict(dnf(right, scope, True))
    if differ:
        return or_([and_([lt, rf]), and_([lf, rt])])
    return or_([and_([lt, rt]), and_([lf, rf])])


def case(node: ast.CaseExpr, scope: Any, neg: bool, dnf: DnfFn) -> tuple:
    """``CASE WHEN c1 THEN r1 ... ELSE d END``: branch i is "c1..c(i-1) not TRUE, ci TRUE, ri"."""
    conds = []
    for when in node.args:
        cond = when.expr
        if node.arg is not None:  # CASE x WHEN v: the condition x = v
            cond = ast.A_Expr(kind=A_Expr_Kind.AEXPR_OP, name=(ast.String(sval="="),),
                              lexpr=node.arg, rexpr=when.expr)
        conds.append(cond)
    branches = []
    before: list[tuple] = []  # earlier conditions, not TRUE
    for cond, when in zip(conds, node.args, strict=True):
        branches.append(and_([*before, strict(dnf(cond, scope, False)), dnf(when.result, scope, neg)]))
        before.append(dnf(cond, scope, True))
    default = dnf(node.defresult, scope, neg) if node.defresult is not None else TRUE
    branches.append(and_([*before, default]))
    return or_(branches)


def coalesce_null(node: ast.CoalesceExpr, is_null: bool, scope: Any, ref: Callable) -> tuple | None:
    """``COALESCE(a, b, ...) IS [NOT] NULL``: all NULL, or one of them set."""
    cols = []
    for arg in node.args:
        c = constant(arg)
        if c is not None:
            if c.family != "null":
                return FALSE if is_null else TRUE
            continue
        r = ref(arg, scope, any_cast=True)
        if r is None:
            return None
        cols.append(r.column)
    if is_null:
        return (_facts(*((c, ColumnDomain(always_null=True)) for c in cols)),) if cols else TRUE
    return tuple(_facts((c, ColumnDomain(not_null=True))) for c in cols)


def compare_call(term: Any, op: str, c: Const, scope: Any, ref: Callable, value_cmp: Callable) -> tuple | None:
    """``f(...) op constant`` for the row-shape functions; None when ``term`` is none of them."""
    if isinstance(term, ast.CoalesceExpr):
        return _coalesce_cmp(term, op, c, scope, ref, value_cmp)
    if isinstance(term, ast.A_Expr) and _arith(term) == "-":
        span = _range_span(term, scope, ref)
        if span is not None:
            return _span_cmp(span, op, c)
        return _difference(term, op, c, scope, ref)
    if not isinstance(term, ast.FuncCall) or not term.args:
        return None
    name = term.funcname[-1].sval.lower()
    if name in ("num_nonnulls", "num_nulls"):
        if term.func_variadic:
            return opaque(f"{name}(VARIADIC ...)")
        return _count_nulls(term.args, name == "num_nulls", op, c, scope, ref)
    if name in ("cardinality", "array_length"):
        return _items(term, name, op, c, scope, ref)
    return None


def _int_of(c: Const) -> int:
    v = c.value
    if c.family in ("int", "numeric") and v == int(v):
        return int(v)
    raise NotFoldable("compared with a non-integer")


def _holds(a: Any, op: str, b: Any) -> bool:
    return {"=": a == b, "<>": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _count_nulls(args: tuple, count_nulls: bool, op: str, c: Const, scope: Any, ref: Callable) -> tuple:
    """One branch per NULL pattern of the arguments whose count satisfies the comparison."""
    k = _int_of(c)
    cols: list[str] = []
    fixed = 0  # constants among the arguments that are not NULL
    for arg in args:
        const = constant(arg)
        if const is not None:
            fixed += const.family != "null"
            continue
        r = ref(arg, scope, any_cast=True)
        if r is None:
            return opaque("num_nonnulls() of an expression")
        cols.append(r.column)
    cols = list(dict.fromkeys(cols))
    if len(cols) > MAX_NULL_ARGS:
        return opaque("num_nonnulls() over many columns")
    branches = []
    for pattern in itertools.product((True, False), repeat=len(cols)):  # True: set
        set_count = sum(pattern) + fixed
        count = (len(args) - set_count) if count_nulls else set_count
        if _holds(count, op, k):
            branches.append(_facts(*((col, ColumnDomain(not_null=True) if s else ColumnDomain(always_null=True))
                                     for col, s in zip(cols, pattern, strict=True))))
    return tuple(branches) if branches else FALSE


def _items(term: ast.FuncCall, name: str, op: str, c: Const, scope: Any, ref: Callable) -> tuple:
    """``cardinality(arr) op n`` / ``array_length(arr, 1) op n`` as an item-count bound.

    ``array_length`` of an empty array is NULL (the CHECK passes): a bound that leaves no
    non-empty length allows only the empty array; otherwise the empty array is left out
    (stricter, never looser).
    """
    if name == "array_length":
        dim = constant(term.args[1]) if len(term.args) == 2 else None
        if dim is None or dim.value != 1:
            return opaque("array_length() of another dimension")
    elif len(term.args) != 1:
        return opaque("cardinality() arguments")
    r = ref(term.args[0], scope, any_cast=True)
    if r is None or r.ctype.array_dims != 1:
        return opaque(f"{name}() of an expression or a multi-dimensional array")
    n = _int_of(c)
    lo, hi = _range(op, n)
    if name == "cardinality":
        if hi is not None and hi < 0:
            return FALSE
        lo = max(lo, 0)
        if op == "<>":
            return _count_fact(r.column, 1, None) if n == 0 else opaque("cardinality() <> n")
        return _count_fact(r.column, lo, hi)
    if op == "<>":
        return _count_fact(r.column, 1, None) if n <= 0 else opaque("array_length() <> n")
    lo = max(lo, 1)
    if hi is not None and hi < lo:
        return (_facts((r.column, ColumnDomain(max_items=0))),)  # only the empty array
    return _count_fact(r.column, lo, hi)


def _range(op: str, n: int) -> tuple[int, int | None]:
    return {"=": (n, n), ">": (n + 1, None), ">=": (n, None), "<": (-(10**9), n - 1),
            "<=": (-(10**9), n), "<>": (-(10**9), None)}[op]


def _count_fact(column: str, lo: int, hi: int | None) -> tuple:

    kw: dict[str, int] = {}
    if lo > 0:
        kw["min_items"] = lo
    if hi is not None:
        kw["max_items"] = hi
    return (_facts((column, ColumnDomain(**kw))),) if kw else TRUE


def _coalesce_cmp(term: ast.CoalesceExpr, op: str, c: Const, scope: Any, ref: Callable,
                  value_cmp: Callable) -> tuple:
    """``COALESCE(x1, ..., xn) op c``: branch i is x1..x(i-1) NULL, xi set and xi op c."""
    branches = []
    nulls: list[tuple] = []
    for arg in term.args:
        const = constant(arg)
        if const is not None:
            if const.family == "null":
                continue
            holds = _const_holds(const, op, c)
            if holds is None:
                return opaque("COALESCE with a constant of another type")
            if holds:
                branches.append(and_(nulls) if nulls else TRUE)
            return or_(branches)
        r = ref(arg, scope)
        if r is None:
            return opaque("COALESCE of an expression")
        branches.append(and_([*nulls, strict(value_cmp(r, op, c))]))
        nulls.append((_facts((r.column, ColumnDomain(always_null=True))),))
    return or_([*branches, and_(nulls)])  # every argument NULL: NULL op c is not FALSE


def _const_holds(a: Const, op: str, b: Const) -> bool | None:
    x, y = a.value, b.value
    numbers = (int, float, Decimal)
    if isinstance(x, numbers) and isinstance(y, numbers) and not isinstance(x, bool):
        return _holds(Decimal(str(x)), op, Decimal(str(y)))
    if isinstance(x, str) and isinstance(y, str) and op in ("=", "<>"):
        return _holds(x, op, y)
    return None


def distinct(node: ast.A_Expr, scope: Any, neg: bool, ref: Callable, value_cmp: Callable,
             columns: Callable) -> tuple:
    """``x IS [NOT] DISTINCT FROM y`` (never NULL): NULLs compare as a value."""
    is_distinct = (node.kind == A_Expr_Kind.AEXPR_DISTINCT) != neg
    left, right = node.lexpr, node.rexpr
    lc, rc = constant(left), constant(right)
    if lc is not None and rc is not None:
        return opaque("constant comparison")
    if lc is not None:
        left, right, lc, rc = right, left, rc, lc
    lref = ref(left, scope)
    if lref is None:
        return opaque("IS DISTINCT FROM of an expression")
    col = lref.column
    if rc is not None:
        if rc.family == "null":
            return _facts((col, ColumnDomain(not_null=is_distinct, always_null=not is_distinct))),
        if is_distinct:
            return value_cmp(lref, "<>", rc)
        return strict(value_cmp(lref, "=", rc))
    rref = ref(right, scope)
    if rref is None:
        return opaque("IS DISTINCT FROM of an expression")
    if rref.column == lref.column:
        return FALSE if is_distinct else TRUE
    null, nn = ColumnDomain(always_null=True), ColumnDomain(not_null=True)
    if is_distinct:
        return ((*_facts((col, null), (rref.column, nn)),), (*_facts((col, nn), (rref.column, null)),),
                *strict(columns(left, "<>", right, scope)))
    return ((*_facts((col, null), (rref.column, null)),), *strict(columns(left, "=", right, scope)))


# -- arithmetic between two columns ---------------------------------------------------------------


def _arith(node: Any) -> str | None:
    if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name \
            and node.lexpr is not None and node.name[-1].sval in ("+", "-"):
        return node.name[-1].sval
    return None


def shifted(node: Any, scope: Any, ref: Callable, *, upper: bool) -> tuple[Any, Any] | None:
    """``column + constant`` / ``column - constant``: (the column's ref, the offset).

    ``upper`` says which way to round an interval of months or years (28 to 31 days): the
    offset that makes the comparison hold for every length (stricter, never looser).
    """
    op = _arith(node)
    if op is None:
        return None
    for term, other in ((node.lexpr, node.rexpr), (node.rexpr, node.lexpr)):
        r = ref(term, scope)
        c = constant(other)
        if r is None or c is None or (op == "-" and term is node.rexpr):
            continue
        offset = _offset(r.ctype.kind, c, upper=upper if op == "+" else not upper)
        if offset is None:
            return None
        return r, (-offset if op == "-" else offset)
    return None


def _offset(kind: TypeKind, c: Const, *, upper: bool) -> Any:
    if kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY):
        if c.family == "int":
            return c.value
        if c.family == "numeric" and kind is not TypeKind.INTEGER:
            return c.value
        return None
    if kind is TypeKind.DATE and c.family == "int":
        return dt.timedelta(days=c.value)
    if kind is TypeKind.TIME and c.family in ("interval", "unknown"):  # opens_at + '4 hours', within a day
        span = parse_interval(str(c.value))
        if span is None or span[0] != span[1] or abs(span[0]) >= dt.timedelta(days=1):
            return None
        return span[0]
    if kind in _TIMES and c.family == "interval" or (kind in _TIMES and c.family == "unknown"
                                                     and kind is not TypeKind.DATE):
        span = parse_interval(str(c.value))
        if span is None:
            return None
        low, high = span
        if kind is TypeKind.DATE and (low != high or low.seconds or low.microseconds):
            return None  # a date plus hours is a timestamp: left to the database
        return low if upper else high
    return None


def parse_interval(text: str) -> tuple[dt.timedelta, dt.timedelta] | None:
    """``'30 days'``, ``'1 mon 2 days'``, ``'01:30:00'``, ``'P1D'`` (simple forms): the shortest
    and longest span it can mean (a month is 28 to 31 days)."""
    t = text.strip().lower()
    if not t:
        return None
    low = high = dt.timedelta(0)
    sign = 1
    if t.startswith("@"):
        t = t[1:].strip()
    if t.endswith(" ago"):
        sign, t = -1, t[:-4].strip()
    for token in re.findall(r"[-+]?\d+(?:\.\d+)?\s*[a-z]+|[-+]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\S+", t):
        m = re.fullmatch(r"([-+]?\d+(?:\.\d+)?)\s*([a-z]+)", token)
        if m:
            unit = m.group(2).rstrip("s") if m.group(2) not in _UNIT_ALIASES else _UNIT_ALIASES[m.group(2)]
            unit = _UNIT_ALIASES.get(unit, unit)
            if unit not in _INTERVAL_UNITS:
                return None
            n = float(m.group(1))
            a, b = _INTERVAL_UNITS[unit]
            lo, hi = a * n, b * n
            low, high = low + min(lo, hi), high + max(lo, hi)
            continue
        m = re.fullmatch(r"([-+]?)(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?", token)
        if m:
            span = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)),
                                seconds=float(m.group(4) or 0))
            span = -span if m.group(1) == "-" else span
            low, high = low + span, high + span
            continue
        return None
    if sign < 0:
        low, high = -high, -low
    return low, high


def _bound_of(node: Any, name: str, scope: Any, ref: Callable) -> Any:
    if isinstance(node, ast.FuncCall) and node.funcname[-1].sval.lower() == name and node.args \
            and len(node.args) == 1:
        return ref(node.args[0], scope)
    return None


def _range_span(term: ast.A_Expr, scope: Any, ref: Callable) -> tuple[str, TypeKind] | None:
    """``upper(r) - lower(r)`` of one range column: (the column, the kind of its subtype)."""
    hi, lo = _bound_of(term.lexpr, "upper", scope, ref), _bound_of(term.rexpr, "lower", scope, ref)
    if hi is None or lo is None or hi.column != lo.column or hi.ctype.kind is not TypeKind.RANGE:
        return None
    sub = hi.ctype.range_subtype
    if sub is None:
        from seedbed.generate.values.compound import range_subtype

        sub = range_subtype(hi.ctype)
    return (hi.column, sub.kind) if sub is not None else None


def _span_cmp(span: tuple[str, TypeKind], op: str, c: Const) -> tuple:
    """``upper(r) - lower(r) op c``: a bound on the length of the range column's (non-empty) values.

    The difference is an integer for int and date ranges, a number for numranges and an interval
    for timestamp ranges. An empty range has no bounds (the difference is NULL): such a CHECK
    never fails on one, but seedbed makes non-empty ranges, so only the bound matters.
    """
    column, kind = span
    if op in ("=", "<>"):
        return opaque("range length compared with = or <>")
    try:
        if kind in (TypeKind.INTEGER, TypeKind.DATE):
            value: Any = _int_of(c)
        elif kind in (TypeKind.NUMERIC, TypeKind.FLOAT) and c.family in ("int", "numeric"):
            value = Decimal(c.value)
        elif kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ) and c.family in ("interval", "unknown"):
            value = to_kind(c, ColumnType(kind=TypeKind.INTERVAL, sql_name="interval", base_name="interval"))
        else:
            return opaque("range length of a subtype seedbed does not measure")
    except NotFoldable:
        return opaque("range length compared with a constant seedbed does not read")
    bound = Bound(value=value, inclusive=op in ("<=", ">="))
    d = ColumnDomain(span_low=bound) if op in (">", ">=") else ColumnDomain(span_high=bound)
    return (_facts((column, d)),)


def _difference(term: ast.A_Expr, op: str, c: Const, scope: Any, ref: Callable) -> tuple | None:
    """``a - b op c`` between two date or timestamp columns: ``a op b + c``."""
    a, b = ref(term.lexpr, scope), ref(term.rexpr, scope)
    if a is None or b is None or a.column == b.column:
        return None
    ka, kb = a.ctype.kind, b.ctype.kind
    if ka != kb or ka not in _ORDINAL or a.ctype.is_array or op not in _FLIP:
        return opaque("difference of two columns")
    if ka is TypeKind.DATE:
        if c.family != "int":
            return opaque("date difference compared with a non-integer")
        offset: Any = dt.timedelta(days=c.value)
    elif ka in _TIMES:
        span = parse_interval(str(c.value)) if c.family in ("interval", "unknown") else None
        if span is None or span[0] != span[1]:
            return opaque("timestamp difference compared with a variable interval")
        offset = span[0]
    else:
        offset = _offset(ka, c, upper=True)
        if offset is None:
            return opaque("difference compared with another type")
    return ((Order(a.column, op, b.column, offset),),)


def contained(left: Any, op: str, right: Any, scope: Any, neg: bool, ref: Callable) -> tuple:
    """``arr <@ '{..}'`` (or ``'{..}' @> arr``): every element of the array column is one listed.

    An array of the listed elements satisfies it (NULL elements do not: they are left out); an
    empty list leaves only the empty array. The negation stays with the database.
    """
    term, other = (left, right) if op == "<@" else (right, left)
    r = ref(term, scope, any_cast=True)
    c = constant(other)
    if neg or r is None or not r.ctype.is_array or c is None or c.family != "array":
        return opaque(f"array containment {op}")
    element = replace(r.ctype, array_dims=0)
    values = []
    for item in c.value:
        if item.family == "null":
            continue
        try:
            v = to_kind(item, element)
        except NotFoldable:
            return opaque("array containment over elements seedbed does not read")
        if v not in values:
            values.append(v)
    if not values:
        return ((Fact(r.column, ColumnDomain(max_items=0)),),)
    return ((Fact(r.column, ColumnDomain(allowed=tuple(values))),),)
