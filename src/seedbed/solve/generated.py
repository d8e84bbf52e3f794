"""Bounds a STORED generated column puts on the columns it is computed from.

``volume smallint GENERATED ALWAYS AS (length * width * height) STORED`` is a promise the database keeps at insert:
a row whose sides multiply past 32767 is refused ("smallint out of range", SB300), and so is a product of three
``smallint`` columns past 32767 even when the generated column is wider (Postgres multiplies two ``int2`` in
``int2``). Nothing in the CHECKs says so. Here the generation expression is read like a CHECK
``type min <= expr <= type max`` (and each integer step of it inside its own type): the expression is evaluated
over the inputs' intervals (their folded domains, else their type's range) and, when it can leave its type, every
input is capped at one common magnitude ``u`` -- the largest that keeps every step inside -- as a plain bound
``col <= u`` / ``col >= -u`` the folder then applies like any CHECK (``seedbed.solve.checks``). Inputs already
narrower than ``u`` keep their own range.

Read: constants, columns, casts, unary minus, ``+ - * /``, ``round``/``trunc``/``floor``/``ceil``/``abs``,
``coalesce``/``greatest``/``least``. Anything else leaves the column unread (the database still checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind

from seedbed.model.domain import TableDomains
from seedbed.model.schema import Check, Column, ColumnType, Table, TypeKind

__all__ = ["generated_bounds"]

Interval = tuple[Fraction, Fraction]
_HULL_FUNCS = frozenset({"coalesce", "greatest", "least"})
_ROUND_FUNCS = frozenset({"round", "trunc", "floor", "ceil", "ceiling"})
_HUGE = Fraction(10) ** 15  # an unbounded numeric input: far past any fixed-width result


class _Unread(Exception):
    """A generation expression this module does not evaluate."""


def _type_range(t: ColumnType) -> Interval | None:
    """The values a column of type ``t`` can hold, or None when unbounded (float, bare numeric)."""
    if t.is_array:
        return None
    if t.kind is TypeKind.INTEGER and t.bits:
        top = Fraction(2) ** (t.bits - 1)
        return -top, top - 1
    if t.kind is TypeKind.NUMERIC and t.precision:
        scale = t.scale or 0
        top = Fraction(10) ** (t.precision - scale) - Fraction(1, 10 ** scale) / 2  # rounded to scale on store
        return -top, top
    return None


def _fraction(value: Any) -> Fraction | None:
    try:
        return Fraction(Decimal(str(value))) if not isinstance(value, Fraction) else value
    except (ArithmeticError, TypeError, ValueError):
        return None


class _Evaluator:
    """Interval arithmetic over a parsed expression, recording each integer step's interval and width."""

    def __init__(self, types: Mapping[str, ColumnType], ranges: Mapping[str, Interval]) -> None:
        self.types = types
        self.ranges = ranges
        self.used: set[str] = set()
        self.steps: list[tuple[Interval, int]] = []  # (interval, bits) of every integer operation

    def eval(self, node: Any) -> tuple[Interval, int | None]:
        """``(interval, bits)``: ``bits`` is the integer width the value is computed in, None for numeric."""
        if isinstance(node, ast.TypeCast):
            inner, bits = self.eval(node.arg)
            name = node.typeName.names[-1].sval.lower() if node.typeName and node.typeName.names else ""
            widths = {"int2": 16, "smallint": 16, "int4": 32, "integer": 32, "int": 32, "int8": 64, "bigint": 64}
            return inner, widths.get(name) if name in widths else (None if name else bits)
        if isinstance(node, ast.A_Const):
            val = node.val
            if isinstance(val, ast.Integer):
                return (Fraction(val.ival), Fraction(val.ival)), 32
            if isinstance(val, ast.Float):
                f = Fraction(val.fval)
                return (f, f), (None if "." in val.fval or "e" in val.fval.lower() else 64)
            raise _Unread
        if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
            name = node.fields[-1].sval
            if name not in self.ranges:
                raise _Unread
            self.used.add(name)
            t = self.types[name]
            return self.ranges[name], (t.bits if t.kind is TypeKind.INTEGER else None)
        if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name:
            return self._op(node.name[-1].sval, node.lexpr, node.rexpr)
        if isinstance(node, ast.FuncCall) and node.funcname and node.args:
            fname = node.funcname[-1].sval.lower()
            if fname in _ROUND_FUNCS or fname == "abs":
                (lo, hi), bits = self.eval(node.args[0])
                if fname == "abs":
                    lo, hi = (Fraction(0) if lo <= 0 <= hi else min(abs(lo), abs(hi))), max(abs(lo), abs(hi))
                return (lo - 1, hi + 1) if fname != "abs" and bits is None else (lo, hi), bits
        if isinstance(node, ast.CoalesceExpr) or isinstance(node, ast.MinMaxExpr):
            parts = [self.eval(a) for a in node.args]
            bits_all = [b for _i, b in parts]
            return (min(i[0] for i, _b in parts), max(i[1] for i, _b in parts)), (
                max(bits_all) if all(b is not None for b in bits_all) else None)
        raise _Unread

    def _op(self, op: str, left: Any, right: Any) -> tuple[Interval, int | None]:
        (rlo, rhi), rbits = self.eval(right)
        if left is None:
            if op == "-":
                return self._step((-rhi, -rlo), rbits)
            if op == "+":
                return (rlo, rhi), rbits
            raise _Unread
        (llo, lhi), lbits = self.eval(left)
        bits = max(lbits, rbits) if lbits is not None and rbits is not None else None
        if op == "+":
            return self._step((llo + rlo, lhi + rhi), bits)
        if op == "-":
            return self._step((llo - rhi, lhi - rlo), bits)
        if op == "*":
            corners = [a * b for a in (llo, lhi) for b in (rlo, rhi)]
            return self._step((min(corners), max(corners)), bits)
        if op == "/":
            if rlo <= 0 <= rhi:
                raise _Unread  # a divisor that may be zero: not bounded here
            corners = [a / b for a in (llo, lhi) for b in (rlo, rhi)]
            return self._step((min(corners), max(corners)), bits)
        raise _Unread

    def _step(self, interval: Interval, bits: int | None) -> tuple[Interval, int | None]:
        if bits is not None:
            self.steps.append((interval, bits))
        return interval, bits


def _fits(ev: _Evaluator, node: Any, target: Interval | None) -> bool:
    ev.steps.clear()
    (lo, hi), _bits = ev.eval(node)
    for (slo, shi), bits in ev.steps:
        top = Fraction(2) ** (bits - 1)
        if slo < -top or shi > top - 1:
            return False
    return target is None or (target[0] <= lo and hi <= target[1])


def _input_range(col: Column, domains: TableDomains) -> Interval:
    lo, hi = _type_range(col.type) or (-_HUGE, _HUGE)
    d = domains.columns.get(col.name)
    if d is not None:
        low = _fraction(d.low.value) if d.low is not None else None
        high = _fraction(d.high.value) if d.high is not None else None
        lo = max(lo, low) if low is not None else lo
        hi = min(hi, high) if high is not None else hi
    return lo, hi


def generated_bounds(table: Table, domains: TableDomains) -> tuple[Check, ...]:
    """A bound ``col <= u`` / ``col >= -u`` for each input of each generated column that could overflow."""
    numeric = {c.name: c for c in table.columns if c.writable and not c.type.is_array
               and c.type.kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)}
    out: list[Check] = []
    for gen in table.columns:
        if not gen.generated or not gen.default or gen.type.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC):
            continue
        try:
            node = pglast.parse_sql("SELECT " + gen.default)[0].stmt.targetList[0].val
        except Exception:  # noqa: BLE001 - an expression pglast cannot parse: nothing read
            continue
        ranges = {n: _input_range(c, domains) for n, c in numeric.items()}
        ev = _Evaluator({n: c.type for n, c in numeric.items()}, ranges)
        target = _type_range(gen.type)
        try:
            if _fits(ev, node, target):
                continue
        except _Unread:
            continue
        used = sorted(ev.used)
        if not used:
            continue
        base = dict(ranges)

        def capped(u: Fraction) -> bool:
            for n in used:
                lo, hi = base[n]
                ranges[n] = (max(lo, -u), min(hi, u)) if max(lo, -u) <= min(hi, u) else (lo, lo)
            return _fits(ev, node, target)

        low, high = Fraction(1), max(max(abs(base[n][0]), abs(base[n][1])) for n in used)
        if not capped(low):
            continue  # even ones overflow: leave it to the database, whose message names the column
        while high - low > 1:  # the largest whole u that fits
            mid = (low + high) // 2
            low, high = (mid, high) if capped(mid) else (low, mid)
        u = int(low)
        for n in used:
            lo, hi = base[n]
            if hi > u:
                out.append(Check(name=f"{gen.name}_fits_{n}_high", expression=f"{_quote(n)} <= {u}", columns=(n,)))
            if lo < -u:
                out.append(Check(name=f"{gen.name}_fits_{n}_low", expression=f"{_quote(n)} >= {-u}", columns=(n,)))
    return tuple(out)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
