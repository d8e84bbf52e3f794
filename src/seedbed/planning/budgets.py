"""Linear CHECKs over several columns of a row: ``length + 2 * (width + height) <= 300``.

A sum of columns with constant coefficients bounded by a constant (``<``, ``<=``, ``>``, ``>=``, ``BETWEEN``, on
either side, inside an ``AND``) cannot be met by drawing the columns one by one: a parcel of three independently
drawn sides broke its girth rule in 196 rows of 200 (SB403). ``seedbed.solve`` leaves such a CHECK residual (the
database still checks every row); here it becomes a *budget* per column: the columns are drawn in turn (after the
columns their CHECK orders say they follow), and each is kept inside what the columns drawn before it left, less the
least the columns still to come can take (their own lower bounds, or a column drawn earlier or this one itself when
an order says they are at least it: ``length_cm >= width_cm >= height_cm`` leaves a height of at most a fifth of
300). A drawn value already inside is kept, so rows spread over the whole room rather than sit on the bound
(``seedbed.generate.budgets``).

Read: sums and differences of numeric columns, each times or divided by a constant (``k * (a + b)`` included), and
constants; both sides. Not read (left to the database as before): products of columns, functions, ``OR``, ``=``
(the formulas of ``planning.formulas``), array columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from pglast import ast
from pglast.enums import A_Expr_Kind

from seedbed.model import ColumnOrder, Table, TypeKind
from seedbed.planning.formulas import _bare, conjuncts
from seedbed.planning.formulas import _number as _plain_number

__all__ = ["Budget", "Pending", "check_budgets", "linear_form"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
Form = tuple[dict[str, Fraction], Fraction]  # coefficients by column, constant


@dataclass(frozen=True, slots=True, kw_only=True)
class Pending:
    """A column of the sum drawn after the budgeted one: the least (``k > 0``) or most (``k < 0``) it can hold."""

    column: str
    k: Fraction
    least: Fraction | None = None  # its own lower bound (a CHECK's ``> 0``)
    most: Fraction | None = None
    above: tuple[str, ...] = ()  # columns drawn earlier it is at least (an order ``a >= b``, transitively)
    below: tuple[str, ...] = ()  # columns drawn earlier it is at most
    follows_self: int = 0  # 1: at least the budgeted column, -1: at most it, 0: neither


@dataclass(frozen=True, slots=True, kw_only=True)
class Budget:
    """``low <= sum(k * x) <= high`` as seen when ``column`` is drawn (the CHECK ``check``)."""

    check: str
    column: str
    k: Fraction
    given: tuple[tuple[str, Fraction], ...] = ()  # drawn before it
    pending: tuple[Pending, ...] = ()  # drawn after it
    low: Fraction | None = None
    high: Fraction | None = None
    low_strict: bool = False  # ``>``: the sum stays off the bound
    high_strict: bool = False


def _number(node: Any) -> Fraction | None:
    value = _plain_number(node)
    if value is not None:
        return value
    node = _bare(node)
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.String):  # '0.5'::numeric
        try:
            return Fraction(node.val.sval.strip())
        except ValueError:
            return None
    return None


def linear_form(node: Any) -> Form | None:
    """``node`` as ``sum(k * column) + constant``, or None for anything else."""
    num = _number(node)
    if num is not None:
        return {}, num
    node = _bare(node)
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return {node.fields[-1].sval: Fraction(1)}, Fraction(0)
    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.name):
        return None
    op = node.name[-1].sval
    right = linear_form(node.rexpr)
    if right is None:
        return None
    if node.lexpr is None:
        return _scale(right, Fraction(-1)) if op == "-" else right if op == "+" else None
    left = linear_form(node.lexpr)
    if left is None:
        return None
    if op in ("+", "-"):
        return _add(left, _scale(right, Fraction(1 if op == "+" else -1)))
    if op == "*":
        if not left[0]:
            return _scale(right, left[1])
        if not right[0]:
            return _scale(left, right[1])
        return None
    if op == "/" and not right[0] and right[1]:
        return _scale(left, 1 / right[1])
    return None


def _scale(f: Form, k: Fraction) -> Form:
    return {c: v * k for c, v in f[0].items() if v * k}, f[1] * k


def _add(a: Form, b: Form) -> Form:
    out = dict(a[0])
    for c, v in b[0].items():
        out[c] = out.get(c, Fraction(0)) + v
    return {c: v for c, v in out.items() if v}, a[1] + b[1]


Bounds = tuple[dict[str, Fraction], Fraction | None, Fraction | None, bool]


def _inequalities(expression: str) -> list[Bounds]:
    """``(coefficients, low, high, strict)`` for each ``low <= sum(k * x) <= high`` (``<`` when strict) an
    expression requires."""
    out: list[Bounds] = []
    for n in conjuncts(expression):
        if n.kind == A_Expr_Kind.AEXPR_BETWEEN:
            x, lo, hi = linear_form(n.lexpr), linear_form(n.rexpr[0]), linear_form(n.rexpr[1])
            if x is not None and lo is not None and hi is not None and not lo[0] and not hi[0] and len(x[0]) > 1:
                out.append((x[0], lo[1] - x[1], hi[1] - x[1], False))
            continue
        op = n.name[-1].sval if n.kind == A_Expr_Kind.AEXPR_OP and n.name else ""
        if op not in ("<", "<=", ">", ">="):
            continue
        tol = _tolerance(n, op)
        if tol is not None:  # abs(f - (c * 1.8 + 32)) < 0.1: -0.1 < f - 1.8 c - 32 < 0.1
            (coeffs, const), eps = tol
            if len(coeffs) > 1:
                out.append((coeffs, -eps - const, eps - const, op in ("<", ">")))
            continue
        a, b = linear_form(n.lexpr), linear_form(n.rexpr)
        if a is None or b is None:
            continue
        coeffs, const = _add(a, _scale(b, Fraction(-1)))  # coeffs . x + const  op  0
        if len(coeffs) < 2:
            continue
        if op in ("<", "<="):
            out.append((coeffs, None, -const, op == "<"))
        else:
            out.append((coeffs, -const, None, op == ">"))
    return out


def _tolerance(n: ast.A_Expr, op: str) -> tuple[Form, Fraction] | None:
    """``abs(linear) <= eps`` (or ``eps >= abs(linear)``): the linear form and ``eps``."""
    call, eps = (n.lexpr, n.rexpr) if op in ("<", "<=") else (n.rexpr, n.lexpr)
    call, bound = _bare(call), linear_form(eps)
    if not isinstance(call, ast.FuncCall) or call.funcname[-1].sval.lower() != "abs" or not call.args \
            or len(call.args) != 1 or bound is None or bound[0] or bound[1] < 0:
        return None
    inner = linear_form(call.args[0])
    return (inner, bound[1]) if inner is not None else None


def _closure(orders: tuple[ColumnOrder, ...], cols: set[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per column of the sum: the columns of the sum it is at least / at most (through CHECK orders)."""
    above: dict[str, set[str]] = {c: set() for c in cols}
    for o in orders:
        if o.left in cols and o.right in cols and o.offset in (None, 0):
            if o.op in (">", ">="):
                above[o.left].add(o.right)
            elif o.op in ("<", "<="):
                above[o.right].add(o.left)
    changed = True
    while changed:
        changed = False
        for c in cols:
            more = set().union(*(above[x] for x in above[c])) - above[c] - {c}
            if more:
                above[c] |= more
                changed = True
    below = {c: {x for x in cols if c in above[x]} for c in cols}
    return above, below


def _draw_order(table: Table, cols: set[str], above: Mapping[str, set[str]]) -> list[str]:
    """The sum's columns in the order the engine draws them: a column after those it is at least."""
    names = [c.name for c in table.columns if c.name in cols]
    out: list[str] = []
    while names:
        ready = [c for c in names if not (above[c] - set(out))] or names[:1]
        out.append(ready[0])
        names.remove(ready[0])
    return out


def _bound(b: Any) -> Fraction | None:
    if b is None:
        return None
    try:
        return Fraction(b.value)
    except (TypeError, ValueError):
        return None


def check_budgets(table: Table, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list:
    """One ``Derived`` (op ``budget``) per column of each linear CHECK of ``table`` (module docstring)."""
    from seedbed.planning.derived import Derived
    from seedbed.solve.checks import fold_table

    numeric = {c.name for c in table.columns if c.type.kind in _NUMERIC and not c.type.is_array}
    found = []
    for check in table.checks:
        for coeffs, low, high, strict in _inequalities(check.expression):
            if len(coeffs) == 2 and sorted(coeffs.values()) == [-1, 1]:
                continue  # a - b op c: a column order the folder models (seedbed.solve.forms)
            if all(c in numeric and c in sources and c not in taken for c in coeffs) and any(
                    usable.get(c) for c in coeffs):  # a column another rule computes would undo the room
                found.append((check.name, coeffs, low, high, strict))
    if not found:
        return []
    domains = fold_table(table)
    out = []
    for name, coeffs, low, high, strict in found:
        cols = set(coeffs)
        above, below = _closure(domains.orders, cols)
        order = _draw_order(table, cols, above)
        for i, col in enumerate(order):
            if not usable.get(col) or col in taken:
                continue
            before, after = order[:i], order[i + 1:]
            pending = tuple(Pending(
                column=c, k=coeffs[c], least=_bound(domains.column(c).low), most=_bound(domains.column(c).high),
                above=tuple(x for x in before if x in above[c]), below=tuple(x for x in before if x in below[c]),
                follows_self=1 if col in above[c] else -1 if col in below[c] else 0) for c in after)
            budget = Budget(check=name, column=col, k=coeffs[col], given=tuple((c, coeffs[c]) for c in before),
                            pending=pending, low=low, high=high, low_strict=strict and low is not None,
                            high_strict=strict and high is not None)
            out.append(Derived(column=col, source=before[0] if before else col, op="budget",
                               terms=tuple("+" + c for c in before[1:]), budget=budget))
    taken.update(c for _n, coeffs, _lo, _hi, _s in found for c in coeffs)
    return out
