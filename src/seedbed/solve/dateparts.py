"""What a table's CHECKs ask of a part of a date, timestamp or interval column.

``extract(day FROM period_month) = 1``, ``extract(isodow FROM release_date) = 5``, ``extract(dow FROM d)
NOT IN (0, 6)``, ``extract(minute FROM utc_offset) IN (0, 30, 45)``, ``extract(hour FROM starts_at) BETWEEN 8
AND 18``, ``date_part('month', d) IN (4, 5)``, ``date_trunc('month', d) = d`` and ``extract(day FROM
lower(term)) = 1`` (a range's lower bound) stay residual in the folder (``seedbed.solve.checks``): a value
drawn at random has the asked part by chance (1 in 30 for a first of the month). ``column_parts`` reads
them for one column into the allowed values of each part; ``seedbed.generate.dateparts`` moves each drawn
value to the nearest one that has them. ``extract(day FROM starts_on) = collection_day`` (a part equal to an
integer column of the row) is read into ``ties``: the date takes the day its row says.

``rate_caps`` reads ``end_km - start_km <= 120 * extract(epoch FROM returned_at - departed_at) / 3600`` (a
quantity made over the row's span at most at a rate: constant factors and divisors of one ``epoch`` of a
difference of two columns) into a ``RateCap``: the quantity is made after the moments and capped per row.

Only the CHECK's top-level conjunction is read (an ``OR`` is left to the database, as before); the CHECK stays
residual: the database still checks every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType

from seedbed.model.schema import Table, TypeKind

__all__ = ["PARTS", "DateParts", "RateCap", "column_parts", "part_atom", "rate_caps"]

#: Each part ``extract`` knows that values are moved to, with its possible values (an interval's may be
#: negative: ``extract(minute FROM '-03:30')`` is -30).
PARTS: dict[str, tuple[int, int]] = {
    "day": (1, 31), "dow": (0, 6), "isodow": (1, 7), "month": (1, 12), "quarter": (1, 4), "doy": (1, 366),
    "week": (1, 53), "hour": (0, 23), "minute": (0, 59), "second": (0, 59),
}
_ALIASES = {"days": "day", "months": "month", "hours": "hour", "minutes": "minute", "seconds": "second",
            "mon": "month", "min": "minute", "sec": "second", "h": "hour", "d": "day", "m": "minute",
            "s": "second"}
#: ``date_trunc(unit, c) = c``: the parts fixed by truncating to ``unit``.
_TRUNC = {
    "minute": {"second": 0}, "hour": {"minute": 0, "second": 0}, "day": {"hour": 0, "minute": 0, "second": 0},
    "week": {"isodow": 1, "hour": 0, "minute": 0, "second": 0},
    "month": {"day": 1, "hour": 0, "minute": 0, "second": 0},
    "quarter": {"day": 1, "month": (1, 4, 7, 10), "hour": 0, "minute": 0, "second": 0},
    "year": {"day": 1, "month": 1, "hour": 0, "minute": 0, "second": 0},
}
_KINDS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.INTERVAL, TypeKind.RANGE)


@dataclass(slots=True)
class DateParts:
    """The allowed values of each part (``allowed``), parts equal to an integer column of the row
    (``ties``), whether sub-second digits must be zero (``whole``), and whether the parts are those of a
    range's lower bound (``lower``)."""

    allowed: dict[str, frozenset[int]] = field(default_factory=dict)
    ties: dict[str, str] = field(default_factory=dict)
    whole: bool = False
    lower: bool = False
    kind_signed: bool = False  # an interval's parts are negative where it is
    upper: DateParts | None = None  # a range's upper bound's parts

    def empty(self) -> bool:
        return not (self.allowed or self.ties or self.whole or self.upper)

    def narrow(self, part: str, values: set[int]) -> None:
        lo, hi = PARTS[part]
        span = set(range(-hi, hi + 1)) if self.kind_signed else set(range(lo, hi + 1))
        self.allowed[part] = frozenset((self.allowed.get(part) or frozenset(span)) & values & span)


# ---------------------------------------------------------------------------------- reading


def _bare(node: Any) -> Any:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    return node


def _int(node: Any) -> int | None:
    node = _bare(node)
    if isinstance(node, ast.A_Const) and not node.isnull:
        v = node.val
        if isinstance(v, ast.Integer):
            return v.ival
        if isinstance(v, ast.Float) and float(v.fval).is_integer():
            return int(float(v.fval))
    if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name[-1].sval == "-" \
            and node.lexpr is None:
        x = _int(node.rexpr)
        return None if x is None else -x
    return None


def _text(node: Any) -> str | None:
    node = _bare(node)
    if isinstance(node, ast.A_Const) and not node.isnull and isinstance(node.val, ast.String):
        return node.val.sval.lower()
    return None


def _column(node: Any) -> tuple[str, str] | None:
    """``(name, end)`` of a column reference (``end`` ""), or of ``lower(column)`` / ``upper(column)``."""
    node = _bare(node)
    if isinstance(node, ast.ColumnRef) and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval, ""
    if isinstance(node, ast.FuncCall) and node.funcname[-1].sval in ("lower", "upper") \
            and len(node.args or ()) == 1:
        inner = _column(node.args[0])
        if inner is not None and not inner[1]:
            return inner[0], node.funcname[-1].sval
    return None


def _part_of(node: Any) -> tuple[str, str, str] | None:
    """``(part, column, end)`` of ``extract(part FROM c)`` / ``date_part('part', c)``."""
    node = _bare(node)
    if not isinstance(node, ast.FuncCall) or node.funcname[-1].sval not in ("extract", "date_part") \
            or len(node.args or ()) != 2:
        return None
    part, col = _text(node.args[0]), _column(node.args[1])
    part = _ALIASES.get(part, part)
    if part not in PARTS or col is None:
        return None
    return part, col[0], col[1]


def _trunc_of(node: Any) -> tuple[str, str] | None:
    """``(unit, column)`` of ``date_trunc('unit', c)``."""
    node = _bare(node)
    if not isinstance(node, ast.FuncCall) or node.funcname[-1].sval != "date_trunc" or len(node.args or ()) != 2:
        return None
    unit, col = _text(node.args[0]), _column(node.args[1])
    if unit not in _TRUNC or col is None or col[1]:
        return None
    return unit, col[0]


def _values(op: str, x: int, lo: int, hi: int) -> set[int]:
    span = range(lo, hi + 1)
    return {v for v in span if {"=": v == x, "<>": v != x, "!=": v != x, "<": v < x, "<=": v <= x,
                                 ">": v > x, ">=": v >= x}.get(op, False)}


_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "<>": "<>", "!=": "!="}


def _atoms(node: Any) -> list[Any]:
    if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR:
        return [a for arg in node.args for a in _atoms(arg)]
    return [node]


def _read(atom: Any, column: str, out: DateParts, kinds: dict[str, TypeKind]) -> None:
    """Narrow ``out`` by one atom of a CHECK's conjunction when it speaks of a part of ``column``."""
    neg = False
    if isinstance(atom, ast.BoolExpr) and atom.boolop == BoolExprType.NOT_EXPR:
        atom, neg = atom.args[0], True
    if not isinstance(atom, ast.A_Expr):
        return
    op = atom.name[-1].sval if atom.name else ""
    left, right = atom.lexpr, atom.rexpr
    if atom.kind == A_Expr_Kind.AEXPR_OP and op == "=" and not neg:
        for a, b in ((left, right), (right, left)):
            trunc, col = _trunc_of(a), _column(b)
            if trunc and col == (column, "") and trunc[1] == column:
                for part, v in _TRUNC[trunc[0]].items():
                    if part in ("hour", "minute", "second") and kinds.get(column) is TypeKind.DATE:
                        continue
                    out.narrow(part, set(v) if isinstance(v, tuple) else {v})
                out.whole = kinds.get(column) is not TypeKind.DATE
                return
    found = _part_of(left)
    other = right
    if found is None and atom.kind == A_Expr_Kind.AEXPR_OP:
        found, other, op = _part_of(right), left, _FLIP.get(op, op)
    if found is None or found[1] != column:
        return
    part, _, end = found
    if bool(end) != (kinds.get(column) is TypeKind.RANGE):
        return
    out.lower = bool(end)
    if end == "upper":
        out.upper = out.upper or DateParts()
        out = out.upper
    lo, hi = PARTS[part]
    if out.kind_signed:
        lo = -hi
    if atom.kind == A_Expr_Kind.AEXPR_OP:
        x = _int(other)
        if x is None:
            tie = _column(other)
            if tie and not tie[1] and op == "=" and not neg and kinds.get(tie[0]) is TypeKind.INTEGER:
                out.ties[part] = tie[0]
            return
        values = _values(op, x, lo, hi)
    elif atom.kind in (A_Expr_Kind.AEXPR_IN, A_Expr_Kind.AEXPR_OP_ANY) and op in ("=", "<>") \
            or atom.kind == A_Expr_Kind.AEXPR_OP_ALL and op == "<>":  # NOT IN is deparsed <> ALL (ARRAY[...])
        items = other.elements if isinstance(other, ast.A_ArrayExpr) else other
        xs = [_int(e) for e in items or ()]
        if not xs or any(x is None for x in xs):
            return
        values = set(xs) if op == "=" else set(range(lo, hi + 1)) - set(xs)
    elif atom.kind in (A_Expr_Kind.AEXPR_BETWEEN, A_Expr_Kind.AEXPR_NOT_BETWEEN):
        a, b = (_int(e) for e in other)
        if a is None or b is None:
            return
        values = {v for v in range(lo, hi + 1) if a <= v <= b}
        if atom.kind == A_Expr_Kind.AEXPR_NOT_BETWEEN:
            values = set(range(lo, hi + 1)) - values
    else:
        return
    if neg:
        values = set(range(lo, hi + 1)) - values
    out.narrow(part, values)


def column_parts(table: Table, column: str) -> DateParts | None:
    """The parts a date / timestamp / interval column (or a range's lower bound) must have for the table's
    CHECKs (and its domain's) to hold; None when no CHECK says anything, or when the parts asked cannot
    all be had (the database then says so, as before)."""
    col = table.column(column)
    if col.type.is_array or col.type.kind not in _KINDS:
        return None
    exprs = [c.expression for c in table.checks if column in c.columns or not c.columns]
    if col.type.domain is not None:
        exprs += [c.expression.replace("VALUE", f'"{column}"') for c in col.type.domain.checks]
    kinds = {c.name: c.type.kind for c in table.columns if not c.type.is_array}
    out = DateParts(kind_signed=col.type.kind is TypeKind.INTERVAL)
    for expr in exprs:
        try:
            node = pglast.parse_sql("SELECT " + expr)[0].stmt.targetList[0].val
        except Exception:  # noqa: BLE001 - a form the reader does not know: the database checks it
            continue
        for atom in _atoms(node):
            _read(atom, column, out, kinds)
    if any(not v for v in out.allowed.values()) or out.upper is not None and any(not v for v in out.upper.allowed.values()):
        return None
    return None if out.empty() else out


def part_atom(node: Any, kind_of: Any) -> bool:
    """Whether a comparison is one ``seedbed.generate.dateparts`` builds values for: a part of a date /
    timestamp / interval column (or of a range's lower bound) against constants or an integer column, or
    ``date_trunc(unit, c) = c`` (``kind_of``: a column's ``TypeKind`` by name, or None). The folder keeps
    the rest of the CHECK's conjunction (the column's bounds) beside it."""
    if not isinstance(node, ast.A_Expr):
        return False
    if node.kind == A_Expr_Kind.AEXPR_OP and node.name and node.name[-1].sval == "=":
        for a, b in ((node.lexpr, node.rexpr), (node.rexpr, node.lexpr)):
            trunc = _trunc_of(a)
            if trunc and _column(b) == (trunc[1], "") and kind_of(trunc[1]) in _KINDS[:3]:
                return True
    found = _part_of(node.lexpr)
    other = node.rexpr
    if found is None and node.kind == A_Expr_Kind.AEXPR_OP:
        found, other = _part_of(node.rexpr), node.lexpr
    if found is None or bool(found[2]) != (kind_of(found[1]) is TypeKind.RANGE) or kind_of(found[1]) not in _KINDS:
        return False
    if node.kind == A_Expr_Kind.AEXPR_OP_ALL and node.name[-1].sval != "<>":
        return False
    if isinstance(other, (ast.A_ArrayExpr, list, tuple)):
        return all(_int(e) is not None for e in (other.elements if isinstance(other, ast.A_ArrayExpr) else other))
    if _int(other) is not None:
        return True
    tie = _column(other)
    return tie is not None and not tie[1] and kind_of(tie[0]) is TypeKind.INTEGER and node.kind == A_Expr_Kind.AEXPR_OP


# ---------------------------------------------------------------------------------- a rate over a duration


@dataclass(frozen=True, slots=True)
class RateCap:
    """``column - base <= per_second * extract(epoch FROM (later - earlier))``: a quantity made over a span
    of time at most at a rate (``end_km - start_km <= 120 * extract(epoch FROM returned_at - departed_at) /
    3600``: 120 km an hour). ``base`` is None where the column alone is capped."""

    column: str
    base: str | None
    per_second: float
    later: str
    earlier: str
    strict: bool


def _epoch_of(node: Any) -> tuple[str, str] | None:
    node = _bare(node)
    if not isinstance(node, ast.FuncCall) or node.funcname[-1].sval not in ("extract", "date_part") \
            or len(node.args or ()) != 2 or _text(node.args[0]) != "epoch":
        return None
    diff = _bare(node.args[1])
    if isinstance(diff, ast.A_Expr) and diff.kind == A_Expr_Kind.AEXPR_OP and diff.name[-1].sval == "-":
        a, b = _column(diff.lexpr), _column(diff.rexpr)
        if a and b and not a[1] and not b[1]:
            return a[0], b[0]
    return None


def _number(node: Any) -> float | None:
    node = _bare(node)
    if isinstance(node, ast.A_Const) and not node.isnull and isinstance(node.val, (ast.Integer, ast.Float)):
        return float(node.val.ival if isinstance(node.val, ast.Integer) else node.val.fval)
    return None


def _linear(node: Any) -> tuple[float, tuple[str, str]] | None:
    """``(k, (later, earlier))`` of an expression ``k * extract(epoch FROM later - earlier)`` written with
    constant factors and divisors."""
    node = _bare(node)
    span = _epoch_of(node)
    if span is not None:
        return 1.0, span
    if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name[-1].sval in ("*", "/") \
            and node.lexpr is not None:
        op = node.name[-1].sval
        left, right = _linear(node.lexpr), _number(node.rexpr)
        if left is not None and right:
            return (left[0] * right if op == "*" else left[0] / right), left[1]
        if op == "*":
            k, inner = _number(node.lexpr), _linear(node.rexpr)
            if k is not None and inner is not None:
                return k * inner[0], inner[1]
    return None


def _minus(node: Any) -> tuple[str, str | None] | None:
    node = _bare(node)
    col = _column(node)
    if col and not col[1]:
        return col[0], None
    if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name[-1].sval == "-" \
            and node.lexpr is not None:
        a, b = _column(node.lexpr), _column(node.rexpr)
        if a and b and not a[1] and not b[1]:
            return a[0], b[0]
    return None


def rate_caps(table: Table) -> list[RateCap]:
    """The table's CHECKs (top-level conjunctions) capping a column, or a difference of two, at a rate times
    the span between two moments of the row."""
    out = []
    for check in table.checks:
        try:
            node = pglast.parse_sql("SELECT " + check.expression)[0].stmt.targetList[0].val
        except Exception:  # noqa: BLE001 - a form the reader does not know: the database checks it
            continue
        for atom in _atoms(node):
            if not isinstance(atom, ast.A_Expr) or atom.kind != A_Expr_Kind.AEXPR_OP:
                continue
            op = atom.name[-1].sval
            for small, big, flip in ((atom.lexpr, atom.rexpr, False), (atom.rexpr, atom.lexpr, True)):
                if (op in ("<", "<=")) == flip:
                    continue
                left, right = _minus(small), _linear(big)
                if left is not None and right is not None and right[0] > 0:
                    out.append(RateCap(column=left[0], base=left[1], per_second=right[0], later=right[1][0],
                                       earlier=right[1][1], strict=op in ("<", ">")))
    return out
