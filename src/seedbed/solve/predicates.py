"""CHECK expressions (pglast trees) → disjunctive normal form over column facts.

A CHECK passes unless it evaluates to FALSE, so every atom here is read as "not FALSE":
``x > 5`` becomes the fact *x is NULL or x > 5* (a domain without ``not_null``), ``x IS NULL``
the fact ``always_null``, ``x = NULL`` the constant TRUE. Under Kleene logic AND/OR are
min/max and negation can be pushed to the atoms, so the expression is rewritten in negation
normal form and expanded into a disjunction of conjunctions (capped at
:data:`seedbed.solve.dnf.MAX_CONJS`). Forms about a row's shape (NULL patterns, ``CASE``,
``COALESCE``, ``IS DISTINCT FROM``, array sizes, column arithmetic) are read in
:mod:`seedbed.solve.forms`.

Atoms (:mod:`seedbed.solve.dnf`):

* :class:`Fact` — a :class:`ColumnDomain` one column must satisfy;
* :class:`Order` — ``left op right (+ offset)`` between two columns, in textual order;
* :class:`Opaque` — a condition seedbed does not model (functions, arithmetic, casts that
  change values, ``now()``, collations...). A conjunction holding one is not folded exactly.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType, BoolTestType, NullTestType

from seedbed.errors import UnsatisfiableConstraint
from seedbed.model.domain import Bound, ColumnDomain
from seedbed.model.schema import ColumnType, TypeKind
from seedbed.solve import forms
from seedbed.solve.dnf import DNF, FALSE, TRUE, Atom, Fact, Opaque, Order, and_, fact, opaque, or_
from seedbed.solve.algebra import TEXT_KINDS
from seedbed.solve.clock import now_relative
from seedbed.solve.dialect import are_to_python, like_to_regex, similar_to_regex
from seedbed.solve.literals import Const, NotFoldable, constant, family_of, to_kind
from seedbed.solve.regex import PatternLengthError, compile_like, compile_pattern
from seedbed.solve.dateparts import part_atom
from seedbed.solve.shapes import SHAPED, shaped_atom

__all__ = [
    "DNF",
    "FALSE",
    "TRUE",
    "Fact",
    "Opaque",
    "Order",
    "Scope",
    "parse_expression",
    "to_dnf",
]

_opaque, _fact, _and, _or = opaque, fact, and_, or_

_NEGATE = {"=": "<>", "<>": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_FLIP = {"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_MATCH_OPS = frozenset({"~", "~*", "!~", "!~*", "~~", "~~*", "!~~", "!~~*"})
_LENGTH_FUNCS = frozenset({"length", "char_length", "character_length", "octet_length"})
_TRIM_FUNCS = frozenset({"btrim", "trim", "ltrim", "rtrim"})
_CASE_FUNCS = frozenset({"lower", "upper"})
_NUMBERS = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY})
_ORDINAL = _NUMBERS | {TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ}
# cast families that leave a column's values unchanged, per kind
_TRANSPARENT = {
    TypeKind.INTEGER: {"int", "numeric", "float"}, TypeKind.NUMERIC: {"numeric", "float"},
    TypeKind.FLOAT: {"float"}, TypeKind.MONEY: {"money"}, TypeKind.TEXT: {"text"},
    TypeKind.CHAR: {"text"}, TypeKind.ENUM: {"text", "user"}, TypeKind.BOOL: {"bool"},
    TypeKind.DATE: {"date"}, TypeKind.TIMESTAMP: {"timestamp"},
    TypeKind.TIMESTAMPTZ: {"timestamptz"}, TypeKind.TIME: {"time"}, TypeKind.UUID: {"str"},
    TypeKind.INTERVAL: {"interval"},
}


@dataclass(frozen=True, slots=True)
class Scope:
    """The columns an expression may name.

    Attributes:
        types: writable columns and their types (generated columns are left out: a CHECK
            reading one cannot be satisfied by construction).
        alias: extra names, e.g. ``{"value": "email"}`` for a domain CHECK.
    """

    types: Mapping[str, ColumnType]
    alias: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Ref:
    column: str
    ctype: ColumnType
    as_text: bool  # an enum read through ::text


def parse_expression(text: str) -> Any:
    """Parse one SQL expression with PostgreSQL's own parser (``ValueError`` if invalid)."""
    try:
        return pglast.parse_sql("SELECT " + text)[0].stmt.targetList[0].val
    except pglast.parser.ParseError as exc:
        raise ValueError(f"cannot parse CHECK expression {text!r}: {exc}") from exc


def to_dnf(node: Any, scope: Scope) -> DNF:
    """The expression as a disjunction of conjunctions of atoms ("not FALSE" semantics)."""
    return _dnf(node, scope, False)


def _dnf(node: Any, scope: Scope, neg: bool) -> DNF:
    if isinstance(node, ast.BoolExpr):
        if node.boolop == BoolExprType.NOT_EXPR:
            return _dnf(node.args[0], scope, not neg)
        parts = [_dnf(a, scope, neg) for a in node.args]
        return _and(parts) if (node.boolop == BoolExprType.AND_EXPR) != neg else _or(parts)
    if isinstance(node, ast.NullTest):
        ref = _ref(node.arg, scope, any_cast=True)
        if ref is None and isinstance(node.arg, ast.CoalesceExpr):
            is_null = (node.nulltesttype == NullTestType.IS_NULL) != neg
            folded = forms.coalesce_null(node.arg, is_null, scope, _ref)
            if folded is not None:
                return folded
        if ref is None:
            return _opaque("IS NULL of an expression")
        if (node.nulltesttype == NullTestType.IS_NULL) != neg:
            return _fact(ref.column, always_null=True)
        return _fact(ref.column, not_null=True)
    if isinstance(node, ast.BooleanTest):
        return _bool_test(node, scope, neg)
    if isinstance(node, ast.CaseExpr):
        return forms.case(node, scope, neg, _dnf)
    if isinstance(node, ast.A_Expr):
        if shaped_atom(node, neg, lambda name: _kind_of(name, scope)):
            return _opaque(SHAPED)  # a JSON key, an address's network: generated to it (``seedbed.solve.shapes``)
        if part_atom(node, lambda name: _kind_of(name, scope)):
            return _opaque(SHAPED)  # a first of the month, a Friday: generated to it (``seedbed.solve.dateparts``)
        try:
            return _a_expr(node, scope, neg)
        except NotFoldable as exc:
            return _opaque(str(exc))
    c = constant(node)
    if c is not None:
        if c.family == "null":
            return TRUE
        if isinstance(c.value, bool):
            return TRUE if c.value != neg else FALSE
        return _opaque("non-boolean constant")
    ref = _ref(node, scope)
    if ref is not None and ref.ctype.kind is TypeKind.BOOL:
        return _fact(ref.column, allowed=(not neg,))
    return _opaque(f"unsupported {type(node).__name__}")


def _kind_of(name: str, scope: Scope) -> TypeKind | None:
    ctype = scope.types.get(scope.alias.get(name, name))
    return ctype.kind if ctype is not None else None


def _bool_test(node: ast.BooleanTest, scope: Scope, neg: bool) -> DNF:
    ref = _ref(node.arg, scope)
    if ref is None or ref.ctype.kind is not TypeKind.BOOL:
        return _opaque("boolean test of an expression")
    t = BoolTestType
    kind = node.booltesttype
    if neg:
        kind = {t.IS_TRUE: t.IS_NOT_TRUE, t.IS_NOT_TRUE: t.IS_TRUE, t.IS_FALSE: t.IS_NOT_FALSE,
                t.IS_NOT_FALSE: t.IS_FALSE, t.IS_UNKNOWN: t.IS_NOT_UNKNOWN,
                t.IS_NOT_UNKNOWN: t.IS_UNKNOWN}[kind]
    col = ref.column
    return {
        t.IS_TRUE: _fact(col, allowed=(True,), not_null=True),
        t.IS_FALSE: _fact(col, allowed=(False,), not_null=True),
        t.IS_NOT_TRUE: _fact(col, allowed=(False,)),
        t.IS_NOT_FALSE: _fact(col, allowed=(True,)),
        t.IS_UNKNOWN: _fact(col, always_null=True),
        t.IS_NOT_UNKNOWN: _fact(col, not_null=True),
    }[kind]


def _a_expr(node: ast.A_Expr, scope: Scope, neg: bool) -> DNF:
    kind = node.kind
    op = node.name[-1].sval if node.name else ""
    if kind == A_Expr_Kind.AEXPR_OP and node.lexpr is not None:
        if op in ("=", "<>") and forms.is_predicate(node.lexpr) and forms.is_predicate(node.rexpr):
            return forms.bool_compare(node.lexpr, op, node.rexpr, scope, neg, _dnf)
        if op in _NEGATE:
            return _compare(node.lexpr, op, node.rexpr, scope, neg)
        if op in _MATCH_OPS:
            return _match(node.lexpr, op, node.rexpr, scope, neg)
        if op in ("<@", "@>"):
            return forms.contained(node.lexpr, op, node.rexpr, scope, neg, _ref)
    elif kind in (A_Expr_Kind.AEXPR_LIKE, A_Expr_Kind.AEXPR_ILIKE):
        return _match(node.lexpr, op, node.rexpr, scope, neg)
    elif kind in (A_Expr_Kind.AEXPR_DISTINCT, A_Expr_Kind.AEXPR_NOT_DISTINCT):
        return forms.distinct(node, scope, neg, _ref, _value_cmp, _columns)
    elif kind in (A_Expr_Kind.AEXPR_OP_ANY, A_Expr_Kind.AEXPR_OP_ALL) and op in _NEGATE:
        arr = constant(node.rexpr)
        if arr is None or arr.family != "array":
            return _opaque("ANY/ALL over a non-constant array")
        return _any_all(node.lexpr, op, kind == A_Expr_Kind.AEXPR_OP_ANY, arr.value, scope, neg)
    elif kind == A_Expr_Kind.AEXPR_IN:
        items = [constant(e) for e in node.rexpr]
        if any(c is None for c in items):
            return _opaque("IN list with non-constants")
        return _any_all(node.lexpr, op, op == "=", tuple(items), scope, neg)
    elif kind in (A_Expr_Kind.AEXPR_BETWEEN, A_Expr_Kind.AEXPR_NOT_BETWEEN,
                  A_Expr_Kind.AEXPR_BETWEEN_SYM, A_Expr_Kind.AEXPR_NOT_BETWEEN_SYM):
        lo, hi = node.rexpr
        negated = kind in (A_Expr_Kind.AEXPR_NOT_BETWEEN, A_Expr_Kind.AEXPR_NOT_BETWEEN_SYM)

        def between(a: Any, b: Any) -> DNF:
            parts = [_compare(node.lexpr, ">=", a, scope, neg != negated),
                     _compare(node.lexpr, "<=", b, scope, neg != negated)]
            return _or(parts) if neg != negated else _and(parts)

        if kind in (A_Expr_Kind.AEXPR_BETWEEN, A_Expr_Kind.AEXPR_NOT_BETWEEN):
            return between(lo, hi)
        both = [between(lo, hi), between(hi, lo)]
        return _and(both) if neg != negated else _or(both)
    return _opaque(f"operator {op or kind}")


def _compare(left: Any, op: str, right: Any, scope: Scope, neg: bool) -> DNF:
    if neg:
        op = _NEGATE[op]
    lc, rc = constant(left), constant(right)
    for term, other, term_op in ((left, right, op), (right, left, _FLIP[op])):
        moment = now_relative(other) if constant(other) is None else None
        if moment is not None:
            if term_op not in ("<", "<="):
                return _opaque("lower bound relative to now()")
            # Sound at REFERENCE_NOW (never later than the insert): narrow, keep it residual.
            ref = _ref(term, scope)
            kind = ref.ctype.kind if ref is not None else None
            if kind is TypeKind.DATE:
                c = Const(moment.date(), "date")
            elif kind is TypeKind.TIMESTAMP:
                c = Const(moment.replace(tzinfo=None), "timestamp")
            elif kind is TypeKind.TIMESTAMPTZ:
                c = Const(moment, "timestamptz")
            else:
                return _opaque("comparison with now()")
            folded = _term_cmp(term, term_op, c, scope)
            return tuple(conj + (Opaque("relative to now(): checked by the database"),) for conj in folded)
    if lc is not None and rc is not None:
        return TRUE if "null" in (lc.family, rc.family) else _opaque("constant comparison")
    if rc is not None:
        return _term_cmp(left, op, rc, scope)
    if lc is not None:
        return _term_cmp(right, _FLIP[op], lc, scope)
    return _columns(left, op, right, scope)


def _columns(left: Any, op: str, right: Any, scope: Scope) -> DNF:
    lref, rref = _ref(left, scope), _ref(right, scope)
    offset = None
    if lref is None or rref is None:  # column + constant on either side
        sides = _shifted_pair(left, op, right, scope)
        if sides is None:
            lref = rref = None
        else:
            lref, rref, offset = sides
    if lref is not None and rref is not None and lref.column != rref.column:
        lk, rk = lref.ctype.kind, rref.ctype.kind
        comparable = lk == rk or {lk, rk} <= _NUMBERS or {lk, rk} == {TypeKind.DATE,
                                                                      TypeKind.TIMESTAMP}
        if op == "=" and (lk != rk or lk not in _ORDINAL):
            return _opaque("column equality not modelled")
        if not comparable or lref.ctype.is_array or rref.ctype.is_array:
            return _opaque("column comparison not modelled")
        if lk in TEXT_KINDS and op != "<>":
            return _opaque("text order depends on the collation")
        if lk is TypeKind.TIME and offset is not None:  # time + interval wraps at midnight: the database checks
            return ((Order(lref.column, op, rref.column, offset), Opaque("a time of day plus a span")),)
        return ((Order(lref.column, op, rref.column, offset),),)
    # x = lower(x) / upper(x) = x
    for plain, other in ((left, right), (right, left)):
        ref = _ref(plain, scope)
        fn = _call(other, scope)
        if ref is not None and fn is not None and fn[0] in _CASE_FUNCS and op == "=" \
                and fn[1].column == ref.column and ref.ctype.kind in TEXT_KINDS:
            return _fact(ref.column, **{fn[0] + "case": True})
    return _opaque("expression comparison")


def _shifted_pair(left: Any, op: str, right: Any, scope: Scope) -> tuple[_Ref, _Ref, Any] | None:
    """``a op b + c`` / ``a + c op b`` / ``a + c op b + d``: (a, b, offset of b against a)."""
    sides = []
    for node, upper in ((left, op in (">", ">=")), (right, op in ("<", "<="))):
        ref = _ref(node, scope)
        if ref is not None:
            sides.append((ref, None))
            continue
        found = forms.shifted(node, scope, _ref, upper=upper)
        if found is None or (op in ("=", "<>")
                             and found != forms.shifted(node, scope, _ref, upper=not upper)):
            return None  # an interval of months in an equality: length unknown
        sides.append(found)
    (lref, loff), (rref, roff) = sides
    if loff is None:
        return lref, rref, roff
    if roff is None:
        return lref, rref, -loff
    try:
        return lref, rref, roff - loff
    except TypeError:
        return None


def _call(node: Any, scope: Scope) -> tuple[str, _Ref, Any] | None:
    """``f(column)`` for a one-argument function: (name, column, inner node)."""
    if not isinstance(node, ast.FuncCall) or not node.args or len(node.args) != 1:
        return None
    name = node.funcname[-1].sval.lower()
    ref = _ref(node.args[0], scope)
    if ref is not None:
        return name, ref, node.args[0]
    inner = _call(node.args[0], scope)
    if inner is not None and inner[0] in _TRIM_FUNCS and name in _LENGTH_FUNCS:
        return name + "_trim", inner[1], node.args[0]
    return None


def _term_cmp(term: Any, op: str, c: Const, scope: Scope) -> DNF:
    if c.family == "null":
        return TRUE  # x op NULL is NULL: never FALSE
    ref = _ref(term, scope)
    if ref is not None:
        return _value_cmp(ref, op, c)
    shaped = forms.compare_call(term, op, c, scope, _ref, _value_cmp)
    if shaped is not None:
        return shaped
    fn = _call(term, scope)
    if fn is None:
        return _opaque("comparison of an expression")
    name, ref, _ = fn
    if ref.ctype.kind not in TEXT_KINDS and not (name in _LENGTH_FUNCS
                                                  and ref.ctype.kind is TypeKind.BYTEA):
        return _opaque(f"{name}() of a non-text column")
    if name in _LENGTH_FUNCS:
        return _length(ref.column, name, op, c)
    if name.endswith("_trim"):
        n = _int(c)
        if (op, n) in ((">", 0), (">=", 1), ("<>", 0)):
            return _fact(ref.column, nonblank=True)
        return _opaque("length of a trimmed value")
    if name in _TRIM_FUNCS and op == "<>" and c.value == "":
        return _fact(ref.column, nonblank=True)
    if name in _CASE_FUNCS and op == "=" and isinstance(c.value, str):
        ok = c.value == (c.value.lower() if name == "lower" else c.value.upper())
        return _fact(ref.column, allowed=(c.value,)) if ok else FALSE
    return _opaque(f"comparison of {name}()")


def _int(c: Const) -> int:
    v = c.value
    if c.family in ("int", "numeric") and v == int(v):
        return int(v)
    if c.family == "unknown" and isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v)
    raise NotFoldable("length compared with a non-integer")


def _length(column: str, fname: str, op: str, c: Const) -> DNF:
    n = _int(c)
    kw: dict[str, Any] = {
        "=": {"min_length": n, "max_length": n}, ">": {"min_length": n + 1},
        ">=": {"min_length": n}, "<": {"max_length": n - 1}, "<=": {"max_length": n},
    }.get(op, {})
    if op == "<>":
        return _fact(column, min_length=1) if n == 0 else _opaque("length <> n")
    if kw.get("min_length", 1) <= 0:
        kw.pop("min_length")
    if kw.get("max_length", 0) < 0:
        return FALSE
    if not kw:
        return TRUE
    conj: tuple[Atom, ...] = (Fact(column, ColumnDomain(**kw)),)
    if fname == "octet_length" and "max_length" in kw:
        conj += (Opaque("octet_length bounds bytes, not characters"),)
    return (conj,)


def _value_cmp(ref: _Ref, op: str, c: Const) -> DNF:
    ctype, col = ref.ctype, ref.column
    kind = ctype.kind
    if ctype.is_array:
        return _opaque("array column")
    v = to_kind(c, ctype)
    if kind is TypeKind.ENUM and op not in ("=", "<>"):
        if ref.as_text or v not in ctype.enum_labels:
            return _opaque("enum compared as text")
        i = ctype.enum_labels.index(v)
        keep = [lab for j, lab in enumerate(ctype.enum_labels) if _holds(j, op, i)]
        return _fact(col, allowed=tuple(keep)) if keep else FALSE
    if kind is TypeKind.BOOL:
        keep = [b for b in (False, True) if _holds(b, op, v)]
        return _fact(col, allowed=tuple(keep)) if keep else FALSE
    if kind is TypeKind.DATE and isinstance(v, dt.datetime):
        if v.time() != dt.time(0):
            return _rounded(col, op, v, kind)
        v = v.date()
    if kind is TypeKind.INTEGER and not isinstance(v, int):
        return _rounded(col, op, v, kind)
    if op == "=":
        return _fact(col, allowed=(v,))
    if op == "<>":
        if kind in TEXT_KINDS and v == "":
            return _fact(col, nonblank=True)
        return _fact(col, excluded=(v,))
    if kind in (TypeKind.UUID, TypeKind.INET, TypeKind.CIDR, TypeKind.MACADDR,
                TypeKind.MACADDR8):
        return _opaque(f"order on {kind}")
    bound = Bound(value=v, inclusive=op in ("<=", ">="))
    fact = Fact(col, ColumnDomain(low=bound) if op in (">", ">=") else ColumnDomain(high=bound))
    if kind in TEXT_KINDS:
        return ((fact, Opaque("text order depends on the collation")),)
    return ((fact,),)


def _holds(a: Any, op: str, b: Any) -> bool:
    return {"=": a == b, "<>": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def _rounded(col: str, op: str, v: Any, kind: TypeKind) -> DNF:
    """An integer column against a fraction, or a date column against a timestamp."""
    floor = math.floor(v) if kind is TypeKind.INTEGER else v.date()
    ceil = floor + (1 if kind is TypeKind.INTEGER else dt.timedelta(days=1))
    if op == "=":
        return FALSE
    if op == "<>":
        return TRUE
    if op in (">", ">="):
        return _fact(col, low=Bound(value=ceil))
    return _fact(col, high=Bound(value=floor))


def _any_all(term: Any, op: str, is_any: bool, items: tuple[Const, ...], scope: Scope,
             neg: bool) -> DNF:
    if neg:
        op, is_any = _NEGATE[op], not is_any
    if is_any and any(i.family == "null" for i in items):
        return TRUE  # x op ANY(.., NULL, ..) is never FALSE
    items = tuple(i for i in items if i.family != "null")
    if not items:
        return FALSE if is_any else TRUE
    ref = _ref(term, scope)
    if ref is not None and op in ("=", "<>") and (op == "=") == is_any \
            and not ref.ctype.is_array:
        values = []
        for item in items:
            v = to_kind(item, ref.ctype)
            if isinstance(v, dt.datetime) and ref.ctype.kind is TypeKind.DATE:
                if v.time() != dt.time(0):
                    continue  # a date never equals a timestamp with a time of day
                v = v.date()
            if ref.ctype.kind is TypeKind.INTEGER and not isinstance(v, int):
                continue  # an integer never equals a fraction
            values.append(v)
        if is_any:
            return _fact(ref.column, allowed=tuple(values)) if values else FALSE
        return _fact(ref.column, excluded=tuple(values))
    parts = [_term_cmp(term, op, item, scope) for item in items]
    return _or(parts) if is_any else _and(parts)


def _match(term: Any, op: str, rhs: Any, scope: Scope, neg: bool) -> DNF:
    negated = op.startswith("!") != neg
    ci = op.endswith("*")
    like = "~~" in op
    ref = _ref(term, scope)
    similar = _similar_pattern(rhs)
    c = constant(rhs) if similar is None else Const(similar, "text")
    if ref is None or ref.ctype.kind not in TEXT_KINDS or ref.ctype.is_array:
        return _opaque("pattern match on a non-text expression")
    if c is None or not isinstance(c.value, str):
        return _opaque("pattern is not a constant")
    pattern = c.value
    regex = like_to_regex(pattern) if like else pattern
    # A regex sees a char(n) value with its padding ('UG  ' fails '^[A-Z]{2,4}$'): only a value
    # that fills the column matches as written. LIKE and an explicit ::text cast drop the padding.
    padded = ref.ctype.length if ref.ctype.fixed_length and not like and not ref.as_text else None
    try:
        are_to_python(regex)
        if not negated:
            if like:
                compile_like(pattern, case_insensitive=ci)
            else:
                compile_pattern(pattern, case_insensitive=ci)
            if padded:
                compile_pattern(pattern, min_length=padded, max_length=padded, case_insensitive=ci)
    except UnsatisfiableConstraint:
        return TRUE if negated else FALSE
    except PatternLengthError:
        return FALSE
    except ValueError as exc:
        return _opaque(f"pattern not generated: {exc}")
    if negated:
        folded = ci or ref.ctype.case_insensitive
        return _fact(ref.column, not_patterns=(("(?i)" if folded else "") + regex,))
    if like and not ci:
        return _fact(ref.column, likes=(pattern,))
    if ci:
        return _fact(ref.column, case_insensitive_patterns=(regex,), min_length=padded)
    return _fact(ref.column, patterns=(pattern,), min_length=padded)


def _similar_pattern(node: Any) -> str | None:
    """The regex of ``similar_to_escape('pattern' [, 'escape'])`` (how ``SIMILAR TO`` deparses)."""
    if not isinstance(node, ast.FuncCall) or node.funcname[-1].sval != "similar_to_escape":
        return None
    args = [constant(a) for a in node.args or ()]
    if not args or len(args) > 2 or any(a is None or not isinstance(a.value, str) for a in args):
        return None
    escape = args[1].value if len(args) == 2 else "\\"
    return similar_to_regex(args[0].value, escape)


def _ref(node: Any, scope: Scope, *, any_cast: bool = False) -> _Ref | None:
    """A column, possibly wrapped in casts that do not change its values."""
    casts = []
    while isinstance(node, ast.TypeCast):
        if (node.typeName.typmods or node.typeName.arrayBounds) and not any_cast:
            return None
        casts.append(family_of(node.typeName))
        node = node.arg
    if not isinstance(node, ast.ColumnRef) or len(node.fields) != 1 \
            or not isinstance(node.fields[0], ast.String):
        return None
    name = node.fields[0].sval
    name = scope.alias.get(name, name)
    ctype = scope.types.get(name)
    if ctype is None:
        return None
    if not any_cast:
        ok = _TRANSPARENT.get(ctype.kind, set())
        if any(f not in ok for f in casts):
            return None
    return _Ref(name, ctype, as_text="text" in casts)
