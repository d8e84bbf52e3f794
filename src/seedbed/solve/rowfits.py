"""Child values a trigger's condition bounds by its parent row: redrawn to fit it.

``seats_in_section`` raises when ``NOT new.row_label = ANY(p.rows) OR new.seat_no > p.seats_per_row``:
no other section will hold a random row label, but the row's own section says which labels and how
many seats there are. ``fits`` finds, in a raise condition, each comparison of a row's column with an
expression of the parent row alone (no ``new.*``): an upper or lower bound, or a set to be a member
of. ``fit`` redraws the row's value inside them (``seedbed.generate.triggerpicks`` calls it for the
row's plain value columns, never a key or an FK column).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np
from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, BoolExprType, BoolTestType

from seedbed.model import ColumnType, TypeKind
from seedbed.solve.rowcond import Fn, Unsupported, _Compiler, judge, reader

__all__ = ["Fit", "fit", "fits", "limits"]

#: raise when ``new.c <op> X``: the value must then be (bound kind, strict)
_NEED = {">": ("le", False), ">=": ("le", True), "<": ("ge", False), "<=": ("ge", True)}
_FLIP = {">": "<", ">=": "<=", "<": ">", "<=": ">="}


@dataclass(frozen=True, slots=True)
class Fit:
    column: str
    kind: str  # 'le', 'ge' (a bound), 'in' (a member of an array)
    strict: bool
    bound: Fn


def _new(n: Any) -> str | None:
    if isinstance(n, ast.ColumnRef) and len(n.fields) == 2 and getattr(n.fields[0], "sval", None) == "new":
        return n.fields[1].sval
    return None


def _reads_new(n: Any) -> bool:
    if isinstance(n, ast.ColumnRef):
        return _new(n) is not None
    if isinstance(n, ast.Node):
        return any(_reads_new(getattr(n, f)) for f in n.__slots__ if not f.startswith("_"))
    if isinstance(n, tuple):
        return any(_reads_new(x) for x in n)
    return False


def fits(text: str, child: Mapping[str, ColumnType], parent: Mapping[str, ColumnType],
         columns: set[str]) -> list[Fit]:
    """The bounds on ``columns`` (the row's redrawable ones) in a raise condition."""
    try:
        expr = parse_sql("SELECT " + text)[0].stmt.targetList[0].val
    except Exception:  # noqa: BLE001
        return []
    comp = _Compiler(child, parent)
    out: list[Fit] = []

    def compiled(n: Any) -> Fn | None:
        if _reads_new(n):
            return None
        try:
            return comp.node(n)
        except Unsupported:
            return None

    def walk(n: Any, negated: bool) -> None:
        if isinstance(n, ast.BooleanTest) and n.booltesttype == BoolTestType.IS_TRUE:
            walk(n.arg, negated)
        elif isinstance(n, ast.BoolExpr) and n.boolop == BoolExprType.NOT_EXPR:
            walk(n.args[0], not negated)
        elif isinstance(n, ast.BoolExpr):  # every part made to hold (or fail) is enough for the whole
            for a in n.args:
                walk(a, negated)
        elif isinstance(n, ast.A_Expr):
            op = getattr(n.name[0], "sval", "") if n.name else ""
            if n.kind == A_Expr_Kind.AEXPR_OP_ANY and op == "=" and negated:
                col, fn = _new(n.lexpr), compiled(n.rexpr)
                if col in columns and fn is not None:
                    out.append(Fit(col, "in", False, fn))
            elif n.kind == A_Expr_Kind.AEXPR_OP and op in _NEED and not negated:
                col, other = _new(n.lexpr), n.rexpr
                if col is None:
                    col, other, op = _new(n.rexpr), n.lexpr, _FLIP[op]
                fn = compiled(other)
                if col in columns and fn is not None:
                    kind, strict = _NEED[op]
                    out.append(Fit(col, kind, strict, fn))
            elif n.kind == A_Expr_Kind.AEXPR_NOT_BETWEEN and not negated:
                col = _new(n.lexpr)
                lo, hi = (compiled(x) for x in n.rexpr)
                if col in columns and lo is not None and hi is not None:
                    out.extend([Fit(col, "ge", False, lo), Fit(col, "le", False, hi)])

    walk(expr, False)
    return out


def _step(v: Any, kind: TypeKind, scale: int | None) -> Any:
    if isinstance(v, dt.datetime):
        return dt.timedelta(seconds=1)
    if isinstance(v, dt.date):
        return dt.timedelta(days=1)
    if kind is TypeKind.INTEGER:
        return Decimal(1)
    return Decimal(1).scaleb(-(scale or 2))


def _cell(v: Any, ctype: ColumnType) -> str:
    kind = ctype.kind
    if isinstance(v, dt.datetime):
        text = v.isoformat(sep=" ")
        return text + "+00" if kind is TypeKind.TIMESTAMPTZ else text
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Decimal):
        if kind is TypeKind.INTEGER:
            return str(int(v))
        return str(v.quantize(Decimal(1).scaleb(-ctype.scale)) if ctype.scale is not None else v)
    return str(v)


def limits(domain: Any, ctype: ColumnType) -> tuple[Any, Any]:
    """A column's folded CHECK range (``ColumnDomain.low`` / ``high``) as values ``fit`` compares."""
    out = []
    for bound, side in ((domain.low, 1), (domain.high, -1)):
        v = None if bound is None else bound.value
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            v = Decimal(str(v))
        elif not isinstance(v, dt.date):
            v = None
        if v is not None and not bound.inclusive:
            v = v + side * _step(v, ctype.kind, ctype.scale)
        out.append(v)
    return out[0], out[1]


def fit(row: dict[str, str], parent: Mapping[str, str] | None, found: list[Fit], types: Mapping[str, ColumnType],
        rng: np.random.Generator, ranges: Mapping[str, tuple[Any, Any]] | None = None) -> dict[str, str] | None:
    """The row's cells redrawn inside the bounds its parent sets (and the column's own CHECK range,
    ``ranges``); None when they cannot hold."""
    out: dict[str, str] = {}
    for col in dict.fromkeys(f.column for f in found):
        ctype = types[col]
        value = reader(ctype)(row[col])
        lo, hi = (ranges or {}).get(col, (None, None))
        choices = None
        for f in (f for f in found if f.column == col):
            b = judge(f.bound, row, parent)
            if b is None:
                continue
            if f.kind == "in":
                choices = [x for x in b if x is not None] if isinstance(b, list) else None
                continue
            if not isinstance(b, (Decimal, dt.date)):
                return None
            if f.strict:
                step = _step(b, ctype.kind, ctype.scale)
                b = b - step if f.kind == "le" else b + step
            try:
                if f.kind == "le":
                    hi = b if hi is None else min(hi, b)
                else:
                    lo = b if lo is None else max(lo, b)
            except TypeError:
                return None
        if choices is not None:
            if not choices:
                return None
            value = choices[int(rng.integers(0, len(choices)))]
            if (hi is not None and value > hi) or (lo is not None and value < lo):
                return None
            out[col] = _cell(value, ctype)
            continue
        if value is None or (lo is None and hi is None):
            continue
        try:
            if (lo is None or value >= lo) and (hi is None or value <= hi):
                continue
            if lo is not None and hi is not None and lo > hi:
                return None
        except TypeError:
            return None
        value = _between(lo, hi, value, ctype, rng)
        if value is None:
            return None
        out[col] = _cell(value, ctype)
    return out


def _between(lo: Any, hi: Any, value: Any, ctype: ColumnType, rng: np.random.Generator) -> Any:
    """A value in [lo, hi]; with one bound, near it (within the distance the old value was off, at most
    a quarter, so a shifted value stays plausible)."""
    u = float(rng.random())
    if isinstance(lo if lo is not None else hi, dt.date):
        if lo is not None and hi is not None:
            if isinstance(lo, dt.datetime):
                return lo + (hi - lo) * u
            return lo + dt.timedelta(days=int((hi - lo).days * u))
        span = dt.timedelta(days=90)
        off = span * u if isinstance(lo if lo is not None else hi, dt.datetime) else dt.timedelta(days=int(90 * u))
        return lo + off if lo is not None else hi - off
    if lo is not None and hi is not None:
        v = lo + (hi - lo) * Decimal(u)
    elif lo is not None:
        v = lo + abs(lo) * Decimal(u) / 4 if lo else Decimal(u) * 10
    else:
        v = hi - abs(hi) * Decimal(u) / 4 if hi else -Decimal(u) * 10
    if ctype.kind is TypeKind.INTEGER:  # a whole number inside the bounds (a seat of a row of 1 is seat 1)
        if lo is not None and hi is not None:
            return Decimal(int(rng.integers(int(lo), int(hi) + 1)))
        if hi is not None:
            return Decimal(int(rng.integers(min(max(1, int(hi) // 2), int(hi)), int(hi) + 1)))
        return Decimal(int(rng.integers(int(lo), int(lo) + max(1, abs(int(lo)) // 4) + 1)))
    return v
