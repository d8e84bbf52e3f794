"""A column kept inside its room in a linear CHECK (``seedbed.planning.budgets``).

When a column of ``low <= sum(k * x) <= high`` is drawn, the columns drawn before it have spent part of the room
and the columns still to come will take at least their least (their own bound, a column drawn earlier they are at
least, or this one when an order ties them to it). What is left bounds this column: a drawn value inside is kept;
one outside is drawn again inside (uniformly where both ends are known), so rows spread over the room rather than
sit on the bound. Where the room is empty (the earlier columns spent it all) the drawn value stays and the
database refuses the row, which is drawn again.
"""

from __future__ import annotations

import math

import numpy as np

from seedbed.generate.moments import numeric_bound
from seedbed.generate.permute import mix64
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.model import TypeKind
from seedbed.planning.budgets import Budget

__all__ = ["fit_budget"]


def _uniform(req: GenRequest, salt: int) -> np.ndarray:
    return (mix64(np.asarray(req.index), req.salt ^ salt) >> np.uint64(11)).astype(np.float64) / 2.0**53


def _values(data: ColumnData) -> tuple[np.ndarray, np.ndarray] | None:
    """Float values and a mask of the rows that hold one (None for a non-numeric column)."""
    if data.values.dtype.kind not in "iuf":
        return None
    vals = data.values.astype(np.float64)
    known = np.isfinite(vals) if data.nulls is None else ~data.nulls & np.isfinite(vals)
    return vals, known


def _side(budget: Budget, raw: dict[str, ColumnData], n: int, *, upper: bool) -> tuple[float, np.ndarray] | None:
    """(coefficient of the drawn column, the rest of the sum at its least (``upper``) or most), or None when the
    columns to come are unbounded that way (the budget does not bind this column on that side)."""
    k = float(budget.k)
    rest = np.zeros(n)
    for p in budget.pending:
        # The side of p that matters: its least when it adds (k > 0) to an upper budget, else its most.
        least = (p.k > 0) == upper
        if p.follows_self == (1 if least else -1):
            k += float(p.k)  # at least (at most) the drawn column itself: take it as equal
            continue
        bound = np.full(n, -math.inf if least else math.inf)
        own = p.least if least else p.most
        if own is not None:
            bound[:] = float(own)
        for c in (p.above if least else p.below):
            got = _values(raw[c])
            if got is not None:
                vals, known = got
                bound = np.where(known, np.maximum(bound, vals) if least else np.minimum(bound, vals), bound)
        if not np.isfinite(bound).all():
            return None
        rest += float(p.k) * bound
    return k, rest


def _step(req: GenRequest) -> float | None:
    ctype = req.column.type
    if ctype.kind is TypeKind.INTEGER:
        return 1.0
    if ctype.scale is not None:
        return 10.0 ** -ctype.scale
    return None


def fit_budget(req: GenRequest, data: ColumnData, raw: dict[str, ColumnData], budget: Budget) -> ColumnData:
    """``data`` kept inside the room ``budget`` leaves it (module docstring)."""
    got = _values(data)
    if got is None or req.domain.allowed is not None:
        return data
    vals, known = got
    n = len(vals)
    spent = np.zeros(n)
    for c, k in budget.given:
        g = _values(raw[c])
        if g is None:
            return data
        spent += float(k) * np.where(g[1], g[0], 0.0)
        known &= g[1]  # a NULL term makes the CHECK NULL: nothing to keep
    a = np.full(n, -math.inf)
    b = np.full(n, math.inf)
    for upper, total, strict in ((True, budget.high, budget.high_strict), (False, budget.low, budget.low_strict)):
        if total is None:
            continue
        side = _side(budget, raw, n, upper=upper)
        if side is None or side[0] == 0:
            continue
        k, rest = side
        room = float(total) - spent - rest
        if strict:  # the sum must stay off the bound itself
            room = room - np.maximum(np.abs(room), 1.0) * 1e-9 if upper else room + np.maximum(np.abs(room), 1.0) * 1e-9
        limit = room / k
        if (k > 0) == upper:
            b = np.minimum(b, limit)
        else:
            a = np.maximum(a, limit)
    lo, hi = numeric_bound(req, "low"), numeric_bound(req, "high")
    if lo is not None:
        a = np.maximum(a, lo)
    if hi is not None:
        b = np.minimum(b, hi)
    for bound, pick in ((req.low, np.maximum), (req.high, np.minimum)):  # the row's CHECK orders
        if bound is not None:
            g = _values(bound)
            if g is not None:
                edge = np.where(g[1], g[0], -math.inf if pick is np.maximum else math.inf)
                a, b = (pick(a, edge), b) if pick is np.maximum else (a, pick(b, edge))
    step = _step(req)
    if step is not None:
        a = np.ceil(a / step - 1e-9) * step
        b = np.floor(b / step + 1e-9) * step
    bad = known & ((vals < a) | (vals > b)) & (a <= b)
    if not bad.any():
        return data
    u = _uniform(req, 0xB0D6E7)
    width = np.where(np.isfinite(a) & np.isfinite(b), b - a, 0.0)
    scale = max(float(np.median(np.abs(vals[known]))) if known.any() else 1.0, step or 1.0)
    new = np.where(np.isfinite(a) & np.isfinite(b), a + u * width,
                   np.where(np.isfinite(a), a + u * scale, b - u * scale))
    if step is not None:
        new = np.clip(np.round(new / step) * step, a, b)
        new = np.round(new, max(0, -int(math.floor(math.log10(step)))))
    out = np.where(bad, new, vals)
    return ColumnData(values=out.astype(data.values.dtype), nulls=data.nulls)
