"""Ordered kinds as integer units: one engine for integers, decimals, dates, times and intervals.

An ``Axis`` maps a kind's values to int64 *units* (an integer for integers, cents for
``numeric(10,2)``, microseconds for ``timestamp``, days for ``date``) together with the type's
limits, a default window where realistic values live, a generation grid (timestamps are made in
whole seconds unless the bounds are too tight) and the step range used after a per-row bound.
Everything below works on units, so bounds, exclusions, uniqueness and per-row ordering are
written once:

- ``limits``: the type's range narrowed by the domain's bounds (inclusive flags honoured exactly
  through ``fractions.Fraction``), ``excluded_units`` the ``<>`` / ``NOT IN`` values inside it.
- ``sample``: uniform draws inside the default window (moved to touch the bounds when the
  window lies outside them), avoiding excluded values.
- ``unique_units``: a function of the row index alone: the index is scrambled by ``permute``
  inside a window of ranks, ranks are laid out from a preferred start upwards then downwards,
  and excluded values are swapped for the spare ranks at the end of the range.
- ``apply_row_bounds``: ``value = bound + a positive delta`` for ``ColumnOrder`` pairs.

The "natural measure" of a value is the value itself for numbers and microseconds (since the
epoch, since midnight, or in total) for temporal kinds.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from seedbed.errors import DomainTooSmall, UnsatisfiableConstraint
from seedbed.generate.permute import permute
from seedbed.generate.values.data import ColumnData, GenRequest, column_key
from seedbed.model import ColumnDomain

__all__ = ["Axis", "allowed_units", "apply_row_bounds", "cardinality", "excluded_units",
           "generate_units", "limits", "scrambled_ranks", "swap_excluded", "units_of"]

#: When ``table_rows`` is unknown, a coarse grid is kept only if it holds this many values.
_ASSUMED_ROWS = 2**20
_BIG = 2**62


@dataclass(frozen=True, slots=True, kw_only=True)
class Axis:
    """How one ordered kind maps to int64 units.

    Attributes:
        res: natural measure of one unit: ``Fraction(1, 100)`` for numeric(p, 2), ``1`` (µs)
            for timestamp, ``1000`` for timestamp(3), ``86_400_000_000`` for date.
        tmin: smallest unit the type holds.
        tmax: largest unit the type holds.
        window: default ``(low, high)`` units where unconstrained values are drawn.
        start: preferred first value of a unique sequence (units).
        grid: generation granularity in units (e.g. one second of microseconds).
        delta: ``(low, high)`` units added to a per-row lower bound.
        log_delta: draw the delta log-uniformly (minutes to weeks) instead of uniformly.
        natural: a scalar (int, Decimal, date, ...) -> its natural measure, None if not one.
        to_values: int64 units -> the kind's ``ColumnData.values`` array.
        temporal: the natural measure is microseconds (bounds given as datetime64 / timedelta64).
        absolute: temporal values on the calendar (date/timestamp: datetime64 bounds apply);
            False for times of day and intervals (timedelta64 bounds apply).
        seasonal: draw with weekday (and, finer than a day, hour-of-day) seasonality.
    """

    res: Fraction
    tmin: int
    tmax: int
    window: tuple[int, int]
    start: int
    grid: int = 1
    delta: tuple[int, int] = (0, 100)
    log_delta: bool = False
    natural: Callable[[Any], Fraction | None]
    to_values: Callable[[np.ndarray], np.ndarray]
    temporal: bool = False
    absolute: bool = False
    seasonal: bool = False


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def units_of(axis: Axis, value: Any, *, up: bool, strict: bool = False) -> int | None:
    """A scalar's position in units, rounded up (a lower bound) or down (an upper bound).

    ``strict`` asks for the first unit strictly above (``up``) or below the value.
    """
    f = axis.natural(value)
    if f is None:
        return None
    u = f / axis.res
    if up:
        return math.floor(u) + 1 if strict else math.ceil(u)
    return math.ceil(u) - 1 if strict else math.floor(u)


def limits(axis: Axis, domain: ColumnDomain) -> tuple[int, int]:
    """The inclusive unit range allowed by the type and the domain's bounds (may be empty)."""
    lo, hi = axis.tmin, axis.tmax
    if domain.low is not None:
        u = units_of(axis, domain.low.value, up=True, strict=not domain.low.inclusive)
        if u is not None:
            lo = max(lo, u)
    if domain.high is not None:
        u = units_of(axis, domain.high.value, up=False, strict=not domain.high.inclusive)
        if u is not None:
            hi = min(hi, u)
    return lo, hi


def excluded_units(axis: Axis, domain: ColumnDomain, lo: int, hi: int) -> list[int]:
    """Sorted distinct excluded values that are exactly a unit inside ``[lo, hi]``."""
    out = set()
    for v in domain.excluded:
        f = axis.natural(v)
        if f is None:
            continue
        u = f / axis.res
        if u.denominator == 1 and lo <= u.numerator <= hi:
            out.add(u.numerator)
    return sorted(out)


def cardinality(axis: Axis, domain: ColumnDomain) -> int | None:
    """Distinct values the axis allows under ``domain`` (None above 2**62)."""
    lo, hi = limits(axis, domain)
    if lo > hi:
        return 0
    count = hi - lo + 1 - len(excluded_units(axis, domain, lo, hi))
    return None if count > _BIG else count


def allowed_units(axis: Axis, domain: ColumnDomain, items: tuple[Any, ...]) -> np.ndarray:
    """The allowed values (nearest unit each) inside the limits and not excluded, sorted."""
    lo, hi = limits(axis, domain)
    excl = set(excluded_units(axis, domain, lo, hi))
    out = set()
    for v in items:
        f = axis.natural(v)
        if f is None:
            continue
        u = round(f / axis.res)
        if lo <= u <= hi and u not in excl:
            out.add(u)
    return np.array(sorted(out), dtype=np.int64)


# ----------------------------------------------------------------------------- drawing


def _window(axis: Axis, lo: int, hi: int, g: int) -> tuple[int, int]:
    """The default window in grid steps, clipped to (or moved next to) ``[lo, hi]``."""
    a, b = _ceil_div(axis.window[0], g), axis.window[1] // g
    width = max(b - a, 0)
    wlo, whi = max(a, lo), min(b, hi)
    if wlo > whi:
        if b < lo:
            wlo, whi = lo, min(hi, lo + width)
        else:
            wlo, whi = max(lo, hi - width), hi
    return wlo, whi


def _on_grid(lo: int, hi: int, excl: list[int], g: int) -> tuple[int, int, list[int]]:
    return _ceil_div(lo, g), hi // g, [e // g for e in excl if e % g == 0]


def sample(axis: Axis, lo: int, hi: int, excl: list[int], n: int, rng: np.random.Generator,
           *, what: str = "column") -> np.ndarray:
    """``n`` units drawn uniformly in the default window inside ``[lo, hi]``, avoiding ``excl``."""
    g = axis.grid
    glo, ghi, gex = _on_grid(lo, hi, excl, g)
    if g > 1 and glo > ghi:
        g, glo, ghi, gex = 1, lo, hi, excl
    wlo, whi = _window(axis, glo, ghi, g)
    u = rng.integers(wlo, whi, size=n, endpoint=True, dtype=np.int64)
    if axis.seasonal and not gex and (whi - wlo) * g * axis.res >= 7 * _DAY_US:
        u = _seasonal(axis, u, wlo, whi, g, rng)
    if gex:
        ex = np.array(gex, dtype=np.int64)
        bad = np.flatnonzero(np.isin(u, ex))
        if bad.size:
            pool = _candidates(wlo, whi, ex)
            if pool is None:  # a wide window: a few redraws find free values
                for _ in range(64):
                    u[bad] = rng.integers(wlo, whi, size=bad.size, endpoint=True, dtype=np.int64)
                    bad = bad[np.isin(u[bad], ex)]
                    if not bad.size:
                        break
            else:
                if not pool.size:
                    pool = _candidates(glo, ghi, ex)
                if pool is None or not pool.size:
                    raise UnsatisfiableConstraint(
                        f"no value is left for {what} once the excluded values are removed",
                        subject=what, hint="relax the CHECK constraint's NOT IN / <> list")
                u[bad] = pool[rng.integers(0, pool.size, size=bad.size)]
    return u * g if g > 1 else u


_DAY_US = 86_400_000_000
#: Relative activity by weekday (Monday first) and by hour of the day (UTC): busy office hours
#: and evenings, quiet nights and weekends.
_WEEKDAY = np.array([1.0, 1.0, 0.98, 0.95, 0.9, 0.7, 0.65])
_HOUR = np.array([0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.25, 0.45, 0.7, 0.85, 0.95, 1.0,
                  1.0, 0.95, 0.92, 0.9, 0.88, 0.88, 0.9, 0.95, 0.95, 0.85, 0.6, 0.4])


def _seasonal(axis: Axis, u: np.ndarray, wlo: int, whi: int, g: int, rng: np.random.Generator) -> np.ndarray:
    """Rejection sampling against the weekday and hour-of-day profiles: a drawn step is kept with
    probability its weight, else redrawn (a few rounds; what is left keeps its last draw)."""
    res = int(axis.res) * g  # microseconds per grid step
    u = u.copy()
    pending = np.arange(len(u))
    for _ in range(12):
        us = u[pending] * res
        weight = _WEEKDAY[(us // _DAY_US + 3) % 7]  # 1970-01-01 was a Thursday
        if res < _DAY_US:
            weight = weight * _HOUR[(us % _DAY_US) // 3_600_000_000]
        pending = pending[rng.random(pending.size) >= weight]
        if not pending.size:
            break
        u[pending] = rng.integers(wlo, whi, size=pending.size, endpoint=True, dtype=np.int64)
    return u


def _candidates(lo: int, hi: int, ex: np.ndarray) -> np.ndarray | None:
    """The free values of a small range, or None when the range is too wide to list."""
    if hi - lo + 1 > max(4 * ex.size + 64, 4096):
        return None
    return np.setdiff1d(np.arange(lo, hi + 1, dtype=np.int64), ex)


def unique_units(axis: Axis, lo: int, hi: int, excl: list[int], index: np.ndarray, key: int,
                 table_rows: int, *, what: str = "column") -> np.ndarray:
    """Distinct units, each a function of its row index alone (injective over the range)."""
    g = axis.grid
    glo, ghi, gex = _on_grid(lo, hi, excl, g)
    need = table_rows if table_rows > 0 else _ASSUMED_ROWS
    if g > 1 and (glo > ghi or ghi - glo + 1 - len(gex) < need):
        g, glo, ghi, gex = 1, lo, hi, excl
    if glo > ghi:
        raise UnsatisfiableConstraint(f"the bounds of {what} leave no value", subject=what)
    total = ghi - glo + 1
    card = total - len(gex)
    top = int(index.max()) + 1 if index.size else 0
    if top > card:
        raise DomainTooSmall(f"cannot make {top} unique values from {card} possible values of {what}",
                             subject=what, hint="widen the column's range or lower the row count")
    start = min(max(_ceil_div(axis.start, g), glo), ghi)
    _, whi = _window(axis, glo, ghi, g)
    span = min(card, max(whi - start + 1 if whi >= start else 0, table_rows, 1))
    ranks = index.astype(np.int64, copy=True)
    inside = np.flatnonzero(ranks < span)
    ranks[inside] = permute(ranks[inside], span, key)
    up = ghi - start + 1

    def fold(r: np.ndarray) -> np.ndarray:
        return np.where(r < up, start + r, start - 1 - (r - up))

    if gex:
        ranks = swap_excluded(ranks, [(e - start) if e >= start else up + (start - 1 - e) for e in gex],
                              min(card, _BIG), total)
    out = fold(ranks)
    return out * g if g > 1 else out


def scrambled_ranks(index: np.ndarray, card: int | None, key: int, table_rows: int,
                    window: int = 1000) -> np.ndarray:
    """Injective ranks for row indexes: scrambled inside the first ``max(window, table_rows)``
    ranks (capped at ``card``), the identity beyond (so later chunks never collide)."""
    limit = _BIG if card is None else card
    span = max(1, min(limit, max(window, table_rows)))
    ranks = index.astype(np.int64, copy=True)
    inside = np.flatnonzero(ranks < span)
    ranks[inside] = permute(ranks[inside], span, key)
    return ranks


def swap_excluded(ranks: np.ndarray, excluded_ranks: list[int], limit: int, total: int) -> np.ndarray:
    """Keep ranks injective while avoiding the ranks of excluded values.

    ``ranks`` lie in ``[0, limit)``; ``total`` ranks exist. An excluded rank below ``limit`` is
    replaced by one of the first free (not excluded) ranks at or above ``limit``, which no row
    produces otherwise. With ``limit = total - len(excluded)`` there are exactly enough.
    """
    ex = sorted(set(excluded_ranks))
    head = np.array([r for r in ex if r < limit], dtype=np.int64)
    if not head.size:
        return ranks
    taken = set(ex)
    tail: list[int] = []
    r = limit
    while len(tail) < head.size and r < total:
        if r not in taken:
            tail.append(r)
        r += 1
    hit = np.flatnonzero(np.isin(ranks, head))
    if hit.size:
        ranks = ranks.copy()
        ranks[hit] = np.array(tail, dtype=np.int64)[np.searchsorted(head, ranks[hit])]
    return ranks


# ------------------------------------------------------------------------ per-row bounds


def row_units(axis: Axis, bound: ColumnData, *, up: bool,
              strict: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """Per-row bounds in units (rounded inward) and a mask of the rows they apply to.

    None when the bound's dtype cannot be compared with this axis (then it is ignored).
    """
    vals = bound.values
    valid = np.ones(len(vals), dtype=bool) if bound.nulls is None else ~bound.nulls
    kind = vals.dtype.kind
    if kind == "M":
        if not axis.absolute:
            return None
        finite = ~np.isnat(vals)
        num = np.where(finite, vals, np.datetime64(0, "us")).astype("M8[us]").astype(np.int64)
        valid &= finite
    elif kind == "m":
        if not axis.temporal or axis.absolute:
            return None
        finite = ~np.isnat(vals)
        num = np.where(finite, vals, np.timedelta64(0, "us")).astype("m8[us]").astype(np.int64)
        valid &= finite
    elif kind in "iub" and not axis.temporal:
        num = vals.astype(np.int64)
    elif kind == "f" and not axis.temporal:
        return _float_row_units(axis, vals.astype(np.float64), valid, up=up, strict=strict)
    else:
        return None
    p, q = axis.res.numerator, axis.res.denominator
    if q != 1 and num.size and int(np.abs(num).max()) >= _BIG // q:
        return _float_row_units(axis, num.astype(np.float64), valid, up=up, strict=strict)
    a = num * q
    if up:
        u = a // p + 1 if strict else -((-a) // p)
    else:
        u = -((-a) // p) - 1 if strict else a // p
    return u, valid


def _float_row_units(axis: Axis, vals: np.ndarray, valid: np.ndarray, *, up: bool,
                     strict: bool) -> tuple[np.ndarray, np.ndarray]:
    valid = valid & np.isfinite(vals)
    vals = np.where(valid, vals, 0.0)
    scale = float(1 / axis.res)
    x = np.clip(vals * scale, -float(_BIG), float(_BIG))
    # A bound a float sum put a hair off a unit (1.150 + 0.005 = 1.15499999...) is that unit: a strict bound
    # must step past it, as the database compares the exact decimals.
    snapped = np.abs(x - np.round(x)) < 1e-6 * np.maximum(1.0, np.abs(x)) * 1e-3
    x = np.where(snapped, np.round(x), x)
    u = (np.floor(x) + 1 if strict else np.ceil(x)) if up else (np.ceil(x) - 1 if strict else np.floor(x))
    u = u.astype(np.int64)
    back = axis.to_values(u).astype(np.float64)
    if up:  # smallest unit whose value passes the bound
        fail = ((back <= vals) if strict else (back < vals)) & ~snapped
        u = np.where(fail, u + 1, u)
    else:
        fail = ((back >= vals) if strict else (back > vals)) & ~snapped
        u = np.where(fail, u - 1, u)
    return u, valid


def _deltas(axis: Axis, n: int, rng: np.random.Generator) -> np.ndarray:
    dlo, dhi = axis.delta
    if axis.log_delta and dlo > 0:
        d = np.exp(rng.uniform(math.log(dlo), math.log(dhi), size=n)).astype(np.int64)
    else:
        d = rng.integers(dlo, dhi, size=n, endpoint=True, dtype=np.int64)
    if axis.grid > 1 and (dlo >= axis.grid or dlo == 0 < dhi // axis.grid):  # times of day: whole seconds too
        d = d // axis.grid * axis.grid
    return d


def apply_row_bounds(axis: Axis, units: np.ndarray, lo: int, hi: int, req: GenRequest,
                     rng: np.random.Generator) -> np.ndarray:
    """Move rows with a per-row bound to ``bound + delta`` (or ``bound - delta``), inside ``[lo, hi]``.

    A row whose bounds contradict each other or the column's range keeps its own lower bound
    (the CHECK that cannot hold is then reported by the database).
    """
    n = len(units)
    below = above = None
    if req.low is not None:
        below = row_units(axis, req.low, up=True, strict=not req.low_inclusive)
    if req.high is not None:
        above = row_units(axis, req.high, up=False, strict=not req.high_inclusive)
    if below is None and above is None:
        return units
    delta = _deltas(axis, n, rng)
    if req.gap is not None and axis.absolute:  # a leg's length (an arrival after its departure)
        short, usual, long = (int(s * 1_000_000 // int(axis.res)) for s in req.gap)
        legs = np.exp(rng.normal(np.log(usual), 0.6, size=n)).astype(np.int64)
        delta = np.clip(legs, short, long)
        if axis.grid > 1:
            delta = delta // axis.grid * axis.grid
    out = units.copy()
    has_lo = below[1] if below is not None else np.zeros(n, dtype=bool)
    has_hi = above[1] if above is not None else np.zeros(n, dtype=bool)
    a = np.maximum(below[0], lo) if below is not None else np.full(n, lo, dtype=np.int64)
    b = np.minimum(above[0], hi) if above is not None else np.full(n, hi, dtype=np.int64)
    if axis.grid > 1:  # a strict bound is one unit past its value: back on the grid (whole seconds, not .000001)
        g = axis.grid
        up = -(-a // g) * g
        a = np.where((up <= hi) & (~has_hi | (up <= b)), up, a)
        down = b // g * g
        b = np.where((down >= lo) & (~has_lo | (down >= a)), down, b)
    only_lo = has_lo & ~has_hi
    top = hi // axis.grid * axis.grid if axis.grid > 1 else hi  # the last value on the grid (23:59:59, not .999999)
    out[only_lo] = np.where(a[only_lo] <= hi, np.minimum(a[only_lo] + delta[only_lo], np.maximum(top, a[only_lo])),
                            a[only_lo])
    if axis.absolute and req.domain.high is None:
        # Not past "now" unless the bound already is: a shipment after an order placed
        # yesterday is somewhere between then and now, not next week.
        now = min(axis.window[1], hi)
        late = np.flatnonzero(only_lo & (out > now) & (a <= now))
        if late.size:
            span = (now - a[late]).astype(np.float64)
            out[late] = a[late] + np.floor(rng.random(late.size) * (span + 1)).astype(np.int64)
    only_hi = has_hi & ~has_lo
    out[only_hi] = np.where(b[only_hi] >= lo, np.maximum(b[only_hi] - delta[only_hi], lo), b[only_hi])
    both = np.flatnonzero(has_lo & has_hi)
    if both.size:
        aa, bb, dd = a[both], b[both], delta[both]
        gap = (bb - aa).astype(np.float64)
        inside = aa + np.floor(rng.random(both.size) * (gap + 1)).astype(np.int64)
        pick = np.where(gap > axis.delta[1], np.minimum(aa + dd, bb), np.minimum(inside, bb))
        out[both] = np.where(aa <= bb, pick, aa)
    return out


def generate_units(axis: Axis, req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    """Units for a request: unique or sampled, then moved by any per-row bounds."""
    what = req.column.name
    lo, hi = limits(axis, req.domain)
    if lo > hi:
        raise UnsatisfiableConstraint(
            f"the bounds on {what} ({req.column.type.sql_name}) leave no value",
            subject=what, hint="check the column's CHECK constraints against its type's range")
    excl = excluded_units(axis, req.domain, lo, hi)
    if req.unique:
        units = unique_units(axis, lo, hi, excl, req.index, column_key(req), req.table_rows, what=what)
    else:
        units = sample(axis, lo, hi, excl, req.n, rng, what=what)
    if req.low is not None or req.high is not None:
        units = apply_row_bounds(axis, units, lo, hi, req, rng)
    return units
