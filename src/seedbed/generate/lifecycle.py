"""Applying a table's ``Timeline`` (seedbed.planning.timeline) to a chunk's values.

Soft orders move a timestamp later: past the row's own earlier step (shortly after, ``near``)
or past the anchor of the parent row its FK picked (shortly after for a 1:1 child, anywhere
between the parent and the reference "now" otherwise, sooner more often than later). A move
is kept only where the value still satisfies every hard bound (the column's folded CHECK range
and the row's hard column orders); elsewhere the row keeps the value the typed generator drew,
which satisfies them.

Status gates then set a lifecycle timestamp exactly on the rows whose status has reached it.
Parent anchors and countries travel as int64 microseconds / country indexes in the engine's
pools (keys ``'@anchor'`` and ``'@country'``), aligned with the parent's new rows.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.ordinal import limits, row_units
from seedbed.generate.values.temporal import REF_US, US, axis

__all__ = ["BEFORE", "MISSING", "UNTIL", "after_parents", "anchor_us", "country_indexes", "gate", "parent_values",
           "parents_first", "set_with", "settle"]

#: No value (a NULL anchor, a parent row that existed before this seed).
MISSING = np.iinfo(np.int64).min
#: A floor that is a ceiling: the value comes before it (a booking before its class starts), an
#: hour to a month before, unless a floor forbids.
BEFORE = "before"
#: A ceiling only: a value past it moves anywhere between its floors and it (a timesheet of an
#: employee who left, a race of a horse that died); values before it stay.
UNTIL = "until"
_AHEAD_OF = (3600 * 1_000_000, 30 * 86_400 * 1_000_000)
#: "Shortly after": one minute to three days, log-uniform.
_NEAR = (60 * US, 3 * 86_400 * US)
_FIVE_MIN = 300 * US


def anchor_us(data: ColumnData) -> np.ndarray:
    """Microseconds since 1970 per row (``MISSING`` for NULL) of a date or timestamp column."""
    vals = data.values
    if vals.dtype.kind != "M":
        return np.full(len(vals), MISSING, dtype=np.int64)
    finite = ~np.isnat(vals)
    if data.nulls is not None:
        finite &= ~data.nulls
    us = np.where(finite, vals, np.datetime64(0, "us")).astype("M8[us]").astype(np.int64)
    return np.where(finite, us, MISSING)


def parent_values(attr: np.ndarray, pool_size: int, rows: np.ndarray, missing: int) -> np.ndarray:
    """The parent attribute of each picked parent row (``missing`` for NULL picks and for
    parent rows that existed before: the pool holds those first, the attribute only new rows)."""
    first_new = pool_size - len(attr)
    j = rows - first_new
    ok = (rows >= 0) & (j >= 0) & (j < len(attr))
    return np.where(ok, attr[np.where(ok, j, 0)], missing) if len(attr) else np.full(len(rows), missing)


def settle(req: GenRequest, data: ColumnData, floors: list[tuple[np.ndarray, bool | int]],
           rng: np.random.Generator) -> ColumnData:
    """Move values after their soft floors (see the module docstring); hard bounds win.

    A floor's ``near`` is True ("shortly after": one minute to three days), False (any time until
    now), a number of microseconds: at most that long after (a scope's "within 2 days"), or a
    ``(shortest, longest[, ahead])`` lag in microseconds, on whole five minutes (an event's length;
    with ``ahead``, a deadline's, which may pass "now"), or ``BEFORE``: a ceiling, not a floor."""
    ceilings = [c for c, near in floors if near == BEFORE]
    until = [c for c, near in floors if near == UNTIL]
    if ceilings or until:  # after the floors, then before the ceilings where the floors leave room
        floors = [(f, near) for f, near in floors if not isinstance(near, str)]
        data = settle(req, data, floors, rng)
        data = _until(req, data, until, floors, rng) if until else data
        return _before(req, data, ceilings, floors, rng) if ceilings else data
    vals = data.values
    dom = req.domain
    if vals.dtype.kind != "M" or not floors or dom.excluded or dom.allowed is not None or dom.alternatives:
        return data  # a set of values or of ranges (partitions): the drawn values stay
    ax = axis(req.column.type)
    res = int(ax.res)
    orig = vals.astype("M8[us]").astype(np.int64) // res  # units of the column
    lo, hi = limits(ax, req.domain)
    cap = min(hi, (REF_US - US) // res)
    units = orig.copy()
    # Every floor at once: the latest one present per row, "shortly after" when a near floor
    # is present (a value must clear all of its floors, not only the last one applied).
    f = np.full(len(units), MISSING, dtype=np.int64)
    near_rows = np.zeros(len(units), dtype=bool)
    top = np.full(len(units), _NEAR[1], dtype=np.int64)  # the longest "shortly after" per row
    bottom = np.full(len(units), _NEAR[0], dtype=np.int64)
    spans = np.zeros(len(units), dtype=bool)
    ahead = np.zeros(len(units), dtype=bool)
    for floor_us, near in floors:
        has = floor_us != MISSING
        if not has.any():
            continue
        fu = np.where(has, -(-floor_us // res), MISSING)  # first unit at or after the floor
        f = np.maximum(f, fu)
        if isinstance(near, tuple):  # an event's length: its own window
            bottom, top = np.where(has, near[0], bottom), np.where(has, near[1], top)
            spans |= has
            if len(near) > 2 and near[2]:
                ahead |= has
        elif not isinstance(near, bool):  # "within N": the row's lag is at most the tightest window
            top = np.where(has, np.minimum(top, max(int(near), _NEAR[0] + 1)), top)
        if near:
            near_rows |= has
    has = f != MISSING
    if has.any():
        lag_us = np.exp(rng.uniform(np.log(bottom), np.log(np.maximum(top, bottom + 1)), size=len(units)))
        lag_us = np.where(spans, np.maximum(np.round(lag_us / _FIVE_MIN), 1) * _FIVE_MIN, lag_us)
        lag = lag_us.astype(np.int64) // res
        target = f + lag
        late = (target > cap) & (f <= cap) & ~ahead  # not past "now" unless the floor already is
        target = np.where(late, f + np.floor(rng.random(len(units)) * (np.maximum(cap - f, 0) + 1)).astype(np.int64),
                          target)
        room = np.maximum(cap - f, 0).astype(np.float64)
        # Sooner rather than later (a squared uniform: half within the first quarter of the room):
        # uniform up to now piles a chain of children (client -> matter -> time entry) on the
        # last weeks, each level halving the distance to now.
        anywhere = f + np.where(room > 0, np.floor(rng.random(len(units)) ** 2 * (room + 1)), lag).astype(np.int64)
        target = np.where(near_rows, target, anywhere)
        move = has & (near_rows | (units < f))
        if ax.grid > 1:  # whole seconds, like the values the typed generator draws
            target = -(-target // ax.grid) * ax.grid
        units = np.where(move, np.maximum(target, f), units)
    units = np.where(_hard_ok(req, ax, units, lo, hi), units, orig)
    return ColumnData(values=ax.to_values(units), nulls=data.nulls)


def _hard_ok(req: GenRequest, ax, units: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """Where ``units`` keep the column's range and the row's hard bounds (``req.low`` / ``req.high``)."""
    ok = (units >= lo) & (units <= hi)
    if req.low is not None:
        b, valid = row_units(ax, req.low, up=True, strict=not req.low_inclusive) or (None, None)
        if b is not None:
            ok &= ~valid | (units >= b)
    if req.high is not None:
        b, valid = row_units(ax, req.high, up=False, strict=not req.high_inclusive) or (None, None)
        if b is not None:
            ok &= ~valid | (units <= b)
    return ok


#: Where a value past its ceiling lands when no floor says how far back it may go: within a year.
_UNTIL_BACK = 365 * 86_400 * US


def _between(req: GenRequest, data: ColumnData, ceilings: list[np.ndarray], floors: list):
    """(axis, the values in the column's units, the earliest ceiling per row, the latest floor per row)
    for a moment column that may move (``MISSING`` where a row has no floor; int64 max: no ceiling);
    None for a column of fixed values or ranges."""
    vals = data.values
    dom = req.domain
    if vals.dtype.kind != "M" or dom.excluded or dom.allowed is not None or dom.alternatives:
        return None
    ax = axis(req.column.type)
    res = int(ax.res)
    units = vals.astype("M8[us]").astype(np.int64) // res
    top = np.full(len(units), np.iinfo(np.int64).max, dtype=np.int64)
    for c in ceilings:
        top = np.where(c != MISSING, np.minimum(top, c // res), top)
    low = np.full(len(units), MISSING, dtype=np.int64)
    for f, _near in floors:
        low = np.where(f != MISSING, np.maximum(low, -(-f // res)), low)
    return ax, units, top, low


def _until(req: GenRequest, data: ColumnData, ceilings: list[np.ndarray], floors: list,
           rng: np.random.Generator) -> ColumnData:
    """Values past their ceiling (the earliest present) moved to a uniform moment between their
    latest floor (else a year before the ceiling) and the ceiling; kept where no such moment is left
    or it would break a hard bound."""
    bounds = _between(req, data, ceilings, floors)
    if bounds is None:
        return data
    ax, orig, top, low = bounds
    res = int(ax.res)
    lo, hi = limits(ax, req.domain)
    low = np.maximum(np.where(low == MISSING, top - _UNTIL_BACK // res, low), lo)
    past = (top != np.iinfo(np.int64).max) & (orig > top) & (low <= top)
    target = low + np.floor(rng.random(len(orig)) * (np.maximum(top - low, 0) + 1)).astype(np.int64)
    if ax.grid > 1:
        target = np.maximum(target // ax.grid * ax.grid, low)
    units = np.where(past, np.minimum(target, top), orig)
    units = np.where(_hard_ok(req, ax, units, lo, hi), units, orig)
    return ColumnData(values=ax.to_values(units), nulls=data.nulls)


def _before(req: GenRequest, data: ColumnData, ceilings: list[np.ndarray], floors: list,
            rng: np.random.Generator) -> ColumnData:
    """Values an hour to a month before their ceiling (the earliest present), where they are not
    already within that month; kept where that would pass a floor or break a hard bound."""
    bounds = _between(req, data, ceilings, floors)
    if bounds is None:
        return data
    ax, units, top, low = bounds
    res = int(ax.res)
    lag = np.exp(rng.uniform(np.log(_AHEAD_OF[0]), np.log(_AHEAD_OF[1]), size=len(units))).astype(np.int64) // res
    target = top - np.maximum(lag, 1)
    if ax.grid > 1:
        target = target // ax.grid * ax.grid
    lo, hi = limits(ax, req.domain)
    early = units < top - _AHEAD_OF[1] // res  # booked a year ahead: a month at most
    move = (top != np.iinfo(np.int64).max) & ((units >= top) | early) & (target >= low) & (target >= lo) \
        & (target <= hi)
    return ColumnData(values=ax.to_values(np.where(move, target, units)), nulls=data.nulls)


def parents_first(req: GenRequest, data: ColumnData, picks: list[np.ndarray]) -> ColumnData:
    """A self-referencing table's moments handed out in row order, earliest first.

    Every row points at an earlier row (``picks`` holds, per self-reference, the chunk position of
    each row's parent), so sorting the chunk's moments along the rows puts every parent before its
    children while keeping the values the column drew: their spread, their mix of years. Moving
    each child to shortly after its parent instead piles a tree of many ancestors (a foal with a
    sire and a dam, each with theirs) onto the latest moments of the range. Rows then follow their
    keys, as they do in a real table. Left alone: a column with a per-row bound or a fixed set of
    values; ``after_parents`` still moves what a later floor pushed behind its parent.
    """
    vals = data.values
    if vals.dtype.kind != "M" or req.domain.allowed is not None or req.domain.alternatives \
            or req.low is not None or req.high is not None:
        return data
    here = np.arange(len(vals))
    if not any(((pos >= 0) & (pos < here)).any() for pos in picks):
        return data
    present = ~np.isnat(vals)
    if data.nulls is not None:
        present &= ~data.nulls
    idx = np.flatnonzero(present)
    out = vals.copy()
    out[idx] = np.sort(vals[idx])
    return ColumnData(values=out, nulls=data.nulls)


def after_parents(req: GenRequest, data: ColumnData, picks: list[np.ndarray], rng_of) -> ColumnData:
    """A self-referencing table's moments after their parent row's (a reply after the comment it
    answers, a sub-task after its task), for parents in the same chunk.

    ``picks`` holds, per self-reference, the chunk position of each row's parent (outside
    ``0..n-1``: none, or not in this chunk); ``rng_of(tag)`` gives a keyed stream. Several
    self-references (a reply and a reblog) are applied in turn until they all agree.
    """
    n = len(data.values)
    for round_ in range(4):
        before = data.values
        for k, pos in enumerate(picks):
            parent = np.where((pos >= 0) & (pos < n), pos, -1)
            data = _after_parent(req, data, parent, rng_of(f"{k}:{round_}"))
        if len(picks) == 1 or np.array_equal(before, data.values):
            break
    return data


def _after_parent(req: GenRequest, data: ColumnData, parent: np.ndarray, rng: np.random.Generator) -> ColumnData:
    """One self-reference: a row earlier than its parent moves to shortly after it, repeated down
    the tree (a parent always precedes its children, so a few passes reach the leaves). Moves
    never pass "now" nor a hard bound; a row that cannot move keeps its value."""
    vals = data.values
    if vals.dtype.kind != "M" or req.domain.allowed is not None or req.domain.alternatives:
        return data
    ok = (parent >= 0) & (parent != np.arange(len(parent)))
    if data.nulls is not None:
        ok &= ~data.nulls & ~data.nulls[np.where(ok, parent, 0)]
    if not ok.any():
        return data
    ax = axis(req.column.type)
    res = int(ax.res)
    orig = vals.astype("M8[us]").astype(np.int64) // res
    units = orig.copy()
    lo, hi = limits(ax, req.domain)
    cap = min(hi, (REF_US - US) // res)
    idx = np.flatnonzero(ok)
    par = parent[idx]
    lag = np.exp(rng.uniform(np.log(_NEAR[0]), np.log(_NEAR[1]), size=len(idx))).astype(np.int64) // res
    for _ in range(64):
        behind = units[idx] < units[par]
        if not behind.any():
            break
        target = np.minimum(units[par] + lag, np.maximum(cap, units[par]))
        if ax.grid > 1:
            target = np.minimum(-(-target // ax.grid) * ax.grid, np.maximum(cap, units[par]))
        units[idx] = np.where(behind, np.maximum(target, units[par]), units[idx])
    keep = (units >= lo) & (units <= hi)
    if req.high is not None:
        b, valid = row_units(ax, req.high, up=False, strict=not req.high_inclusive) or (None, None)
        if b is not None:
            keep &= ~valid | (units <= b)
    return ColumnData(values=ax.to_values(np.where(keep, units, orig)), nulls=data.nulls)


def gate(req: GenRequest, data: ColumnData, status: ColumnData, labels: frozenset[str]) -> ColumnData:
    """NULL exactly where the row's status is not in ``labels`` (the step was not reached)."""
    if req.domain.not_null or not req.column.nullable:
        return data
    reached = np.isin(status.values.astype(object), np.array(sorted(labels), dtype=object))
    if status.nulls is not None:
        reached &= ~status.nulls
    return ColumnData(values=data.values, nulls=~reached if (~reached).any() else None)


def set_with(req: GenRequest, data: ColumnData, source: ColumnData) -> ColumnData:
    """NULL exactly where ``source`` is NULL (a reason beside the moment it explains)."""
    if req.domain.not_null or not req.column.nullable:
        return data
    return ColumnData(values=data.values, nulls=source.nulls if source.nulls is not None and source.nulls.any() else None)


@lru_cache(maxsize=1)
def _country_lookup() -> dict[str, int]:
    from seedbed.generate.realistic.geo import countries

    c = countries()
    out: dict[str, int] = {}
    for i, (code, iso3, name) in enumerate(zip(c.codes.tolist(), c.iso3.tolist(), c.names.tolist(), strict=True)):
        for key in (code, iso3, name):
            out.setdefault(str(key).strip().lower(), i)
    return out


def country_indexes(cells: list[str] | np.ndarray) -> np.ndarray:
    """Country table index per encoded cell (ISO-2, ISO-3 or English name); -1 when unknown."""
    arr = np.asarray(cells, dtype=object)
    if not len(arr):
        return np.empty(0, dtype=np.int16)
    uniq, inverse = np.unique(arr.astype(str), return_inverse=True)
    look = _country_lookup()
    idx = np.array([look.get(u.strip().lower(), -1) for u in uniq.tolist()], dtype=np.int16)
    return idx[inverse]
