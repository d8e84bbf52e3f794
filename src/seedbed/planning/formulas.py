"""Columns a CHECK says are computed from others of their row: ``net = gross - levy - fee``, ``total = a + b``,
``line_total = qty * unit_price``.

A CHECK that states an equality between a column and a sum or a product of other columns of the row cannot be
met by drawing the columns one by one (independent values agree by chance about never), and folding it into
domains does not say which value each column takes (``seedbed.solve`` leaves it *residual*, for the database to
check). Real rows were written by computing one column from the others; so are these. The CHECK is read here
into one ``Derived`` column of the kinds the engine already applies (``sum`` with signed terms, ``times``), and the
database still checks each row (a derived value that would break the column's own bounds keeps the drawn one,
and that row is drawn again).

Read: ``x = ± a ± b ...`` in any arrangement of plus and minus, on either side, inside an ``AND`` of other
conditions, with casts around columns (``a::numeric``); ``x = a * b`` (or ``a * b = x``). The column computed is
the whole the others add up to where one may be computed (a freely generated column, see ``planning.derived``):
``gross = net + levy + fee`` for ``net = gross - levy - fee``, so that no part comes out negative; else the column
alone on its side, else another column of the equation with a coefficient of one. Not read (left residual, as before): constants inside
the sum (``total = sub + 5``), coefficients (``x = 2 * y``), products of more than two columns, ``OR``.
A CHECK's formula takes precedence over the name rules of ``planning.derived``: its columns are taken before them.

Two inequalities of the same kind are read too: ``x <= k * y`` (a column capped at a multiple of another, ``y``
never negative) draws ``x`` as a share of ``y`` (``part_of``); ``x = ANY (arr)`` makes the row's array hold its
``x`` (``holding``, applied by ``seedbed.generate.members``).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType

from seedbed.model import Table, TypeKind

__all__ = ["check_formulas"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
Linear = dict[str, Fraction]


def check_formulas(table: Table, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list:
    """One ``Derived`` per CHECK of ``table`` that computes a column from others of its row (module docstring);
    every column of a formula read is added to ``taken`` (the name rules derive none of them: no cycle)."""
    from seedbed.planning.derived import Derived

    numeric = {c.name for c in table.columns if c.type.kind in _NUMERIC and not c.type.is_array}
    out: list[Derived] = []
    for check in table.checks:
        for left, right in _equalities(check.expression):
            d = _product(left, right, numeric, usable, sources, taken) or _sum(left, right, numeric, usable, sources, taken)
            if d is None:
                continue
            out.append(Derived(**d))
            taken.update([d["column"], *_columns(left), *_columns(right)])
    out += _shares(table, numeric, usable, sources, taken)
    out += _members(table, usable, sources, taken)
    return out


def _members(table: Table, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list:
    """``x = ANY (arr)``, ``arr`` an array column of the row: the row's array holds its ``x`` (a site's locales hold
    its default_locale), put in place of one drawn element; ``x`` keeps its own domain. Drawn apart, 196 of 200
    blind rows failed it (SB403)."""
    from seedbed.planning.derived import Derived

    types = {c.name: c.type for c in table.columns}
    out = []
    for check in table.checks:
        try:
            node = pglast.parse_sql("SELECT " + check.expression)[0].stmt.targetList[0].val
        except Exception:  # noqa: BLE001 - a form pglast cannot parse: nothing read
            continue
        parts = list(node.args) if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR else [node]
        for n in parts:
            if not (isinstance(n, ast.A_Expr) and n.kind == A_Expr_Kind.AEXPR_OP_ANY and _op(n) == "="):
                continue
            x, arr = _column(n.lexpr), _column(n.rexpr)
            if x is None or arr is None or x not in types or arr not in types or arr in taken:
                continue
            if types[arr].array_dims != 1 or types[x].is_array or not usable.get(arr) or x not in sources \
                    or types[x].kind not in (TypeKind.TEXT, TypeKind.ENUM) \
                    or types[arr].kind not in (TypeKind.TEXT, TypeKind.ENUM):
                continue
            out.append(Derived(column=arr, source=x, op="holding"))
            taken.update([arr, x])
    return out


def _shares(table: Table, numeric: set[str], usable: Mapping[str, bool], sources: frozenset[str],
            taken: set[str]) -> list:
    """``x <= k * y`` (``x < y * k``, ``x BETWEEN 0 AND k * y``, ``k * y >= x``, ``x <= y / k``), ``k`` a positive
    constant and ``y`` never negative (its own CHECK says so): ``x`` drawn as a share of ``y`` between ``k/4`` and
    just under ``k`` (a deposit of half to two months' rent, a late fee of 2.5-10% of it). Drawn apart, one row in
    a few hundred broke the CHECK at load (a blind lease's security_deposit <= monthly_rent * 2)."""
    from seedbed.planning.derived import Derived
    from seedbed.solve.checks import fold_table

    found: list[tuple[str, str, Fraction]] = []
    for check in table.checks:
        for x, y, k in _caps(check.expression):
            if x != y and _free(x, numeric, usable, taken) and y in numeric and y in sources and y not in taken:
                found.append((x, y, k))
    if not found:
        return []
    domains = fold_table(table)
    out = []
    for x, y, k in found:
        low = domains.column(y).low
        if x in taken or low is None or low.value < 0:
            continue
        hi = float(k) * 0.995  # under the cap, whatever the rounding to the column's scale
        out.append(Derived(column=x, source=y, op=f"part_of:{hi / 4:g}:{hi:g}"))
        taken.update([x])
    return out


def conjuncts(expression: str) -> list[ast.A_Expr]:
    """The binary comparisons an expression requires: itself, or the parts of its top-level ``AND`` (nested ANDs
    too); none when pglast cannot parse it."""
    try:
        node = pglast.parse_sql("SELECT " + expression)[0].stmt.targetList[0].val
    except Exception:  # noqa: BLE001 - a form pglast cannot parse: nothing read
        return []
    todo, out = [node], []
    while todo:
        n = todo.pop()
        if isinstance(n, ast.BoolExpr) and n.boolop == BoolExprType.AND_EXPR:
            todo.extend(n.args)
        elif isinstance(n, ast.A_Expr) and n.lexpr is not None:
            out.append(n)
    return out


def _caps(expression: str) -> list[tuple[str, str, Fraction]]:
    """``(x, y, k)`` for each ``x <= k * y`` an expression requires (itself or a part of a top-level ``AND``)."""
    out = []
    for n in conjuncts(expression):
        if n.kind == A_Expr_Kind.AEXPR_BETWEEN:
            pairs = [(n.lexpr, n.rexpr[1])]
        elif n.kind == A_Expr_Kind.AEXPR_OP and _op(n) in ("<", "<="):
            pairs = [(n.lexpr, n.rexpr)]
        elif n.kind == A_Expr_Kind.AEXPR_OP and _op(n) in (">", ">="):
            pairs = [(n.rexpr, n.lexpr)]
        else:
            continue
        for small, big in pairs:
            x, scaled = _column(small), _scaled(big)
            if x is not None and scaled is not None:
                out.append((x, *scaled))
    return out


def _scaled(node: Any) -> tuple[str, Fraction] | None:
    """``k * y``, ``y * k`` or ``y / k`` with ``k`` a positive constant: ``(y, k)``."""
    node = _bare(node)
    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.lexpr is not None
            and _op(node) in ("*", "/")):
        return None
    sides = [(node.lexpr, node.rexpr)] + ([(node.rexpr, node.lexpr)] if _op(node) == "*" else [])
    for col_side, const_side in sides:
        y, k = _column(col_side), _number(const_side)
        if y is not None and k is not None and k > 0:
            return y, (k if _op(node) == "*" else 1 / k)
    return None


def _number(node: Any) -> Fraction | None:
    node = _bare(node)
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.Integer):
        return Fraction(node.val.ival)
    if isinstance(node, ast.A_Const) and isinstance(node.val, ast.Float):
        return Fraction(node.val.fval)
    return None


def _equalities(expression: str) -> list[tuple[Any, Any]]:
    """The ``left = right`` conditions an expression requires: itself, or the parts of a top-level ``AND``."""
    out = []
    for n in conjuncts(expression):
        if n.kind == A_Expr_Kind.AEXPR_OP and _op(n) == "=":
            out.append((n.lexpr, n.rexpr))
        elif (pair := _tolerance(n)) is not None:
            out.append(pair)
    return out


def _tolerance(node: Any) -> tuple[Any, Any] | None:
    """``abs(x - y) <= eps`` (``<``, or ``eps >= abs(...)``), ``eps`` a constant of at least zero: ``x = y`` (exact
    is within any tolerance). Drawn apart, every row of a fuel receipt (``abs(total - round(litres * unit_price, 2))
    <= 0.01``) failed it (SB403)."""
    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and node.lexpr is not None):
        return None
    op = _op(node)
    if op in ("<", "<="):
        call, eps = _bare(node.lexpr), _number(node.rexpr)
    elif op in (">", ">="):
        call, eps = _bare(node.rexpr), _number(node.lexpr)
    else:
        return None
    if eps is None or eps < 0 or (eps == 0 and op in ("<", ">")) or not isinstance(call, ast.FuncCall) \
            or call.funcname[-1].sval.lower() != "abs" or not call.args or len(call.args) != 1:
        return None
    diff = _bare(call.args[0])
    if isinstance(diff, ast.A_Expr) and diff.kind == A_Expr_Kind.AEXPR_OP and _op(diff) == "-" \
            and diff.lexpr is not None:
        return _unround(diff.lexpr), _unround(diff.rexpr)
    return None


def _unround(node: Any) -> Any:
    """``round(expr, n)`` read as ``expr``: the derived column is computed at its own scale."""
    bare = _bare(node)
    if isinstance(bare, ast.FuncCall) and bare.funcname[-1].sval.lower() == "round" and bare.args \
            and len(bare.args) <= 2:
        return bare.args[0]
    return node


def _op(node: ast.A_Expr) -> str:
    return node.name[-1].sval if node.name else ""


def _bare(node: Any) -> Any:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    return node


def _column(node: Any) -> str | None:
    node = _bare(node)
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None


def _columns(node: Any) -> list[str]:
    col = _column(node)
    if col is not None:
        return [col]
    node = _bare(node)
    if isinstance(node, ast.A_Expr):
        return [*(_columns(node.lexpr) if node.lexpr is not None else []), *_columns(node.rexpr)]
    return []


def _linear(node: Any) -> Linear | None:
    """``node`` as a sum of columns with coefficients, or None when it is anything else (a constant included)."""
    col = _column(node)
    if col is not None:
        return {col: Fraction(1)}
    node = _bare(node)
    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and _op(node) in ("+", "-")):
        return None
    right = _linear(node.rexpr)
    if right is None:
        return None
    sign = 1 if _op(node) == "+" else -1
    if node.lexpr is None:  # unary: -a
        return {c: sign * k for c, k in right.items()}
    left = _linear(node.lexpr)
    if left is None:
        return None
    out = dict(left)
    for c, k in right.items():
        out[c] = out.get(c, Fraction(0)) + sign * k
    return {c: k for c, k in out.items() if k}


def _free(col: str, numeric: set[str], usable: Mapping[str, bool], taken: set[str]) -> bool:
    return col in numeric and bool(usable.get(col)) and col not in taken


def _sum(left: Any, right: Any, numeric: set[str], usable: Mapping[str, bool], sources: frozenset[str],
         taken: set[str]) -> dict | None:
    a, b = _linear(left), _linear(right)
    if a is None or b is None:
        return None
    eq = dict(a)  # a - b = 0
    for c, k in b.items():
        eq[c] = eq.get(c, Fraction(0)) - k
    eq = {c: k for c, k in eq.items() if k}
    if len(eq) < 2 or any(c not in numeric for c in eq):
        return None
    alone = [c for side in (a, b) if len(side) == 1 for c in side]
    ways = []
    for rank, target in enumerate(dict.fromkeys([*alone, *sorted(eq)])):
        t = eq[target]
        if abs(t) != 1 or not _free(target, numeric, usable, taken):
            continue
        terms = {c: -k / t for c, k in eq.items() if c != target}  # target = sum of these
        if any(abs(k) != 1 for k in terms.values()) or any(c not in sources or c in taken for c in terms):
            continue
        plus = [c for c, k in terms.items() if k > 0]
        if plus:  # the whole computed from its parts first: a gross from its net and deductions is never negative
            ways.append((len(terms) - len(plus), rank, target, plus[0], terms))
    if not ways:
        return None
    _minus, _rank, target, first, terms = min(ways)
    rest = tuple(("+" if k > 0 else "-") + c for c, k in terms.items() if c != first)
    return {"column": target, "source": first, "op": "sum", "terms": rest}


def _product(left: Any, right: Any, numeric: set[str], usable: Mapping[str, bool], sources: frozenset[str],
             taken: set[str]) -> dict | None:
    for one, other in ((left, right), (right, left)):
        target, prod = _column(one), _bare(other)
        if target is None or not (isinstance(prod, ast.A_Expr) and prod.kind == A_Expr_Kind.AEXPR_OP
                                  and _op(prod) == "*" and prod.lexpr is not None):
            continue
        (x, *xs), (y, *ys) = _factor(prod.lexpr), _factor(prod.rexpr)
        if ys and not xs:  # the COALESCE first: its first column is the source, the rest its fallbacks
            (x, *xs), (y, *ys) = (y, *ys), (x, *xs)
        if x is None or y is None or ys or target in (x, y, *xs) or not _free(target, numeric, usable, taken):
            continue
        if all(c in numeric and c in sources and c not in taken for c in (x, y, *xs)):
            return {"column": target, "source": x, "op": "times", "other": y, "terms": tuple("|" + c for c in xs)}
    return None


def _factor(node: Any) -> list[str | None]:
    """A factor of a product: ``[column]``, or the columns of ``COALESCE(a, b, ...)`` in order; ``[None]`` else."""
    col = _column(node)
    if col is not None:
        return [col]
    bare = _bare(node)
    if isinstance(bare, ast.CoalesceExpr) and bare.args and len(bare.args) > 1:
        cols = [_column(a) for a in bare.args]
        if all(c is not None for c in cols):
            return cols
    return [None]
