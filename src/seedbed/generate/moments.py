"""Applying ``seedbed.planning.moments``: calendar parts, days of a moment and state flags
follow the sibling moment they restate (issue 10, patterns 4 and 10).

Each keeps the drawn value wherever the source row is NULL (a nullable restating column is NULL
there too) or the restated value would break a hard bound (the column's CHECK range, its row's
column orders), so every constraint still holds by construction.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import uniform64
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.ordinal import limits, row_units
from seedbed.generate.values.temporal import axis
from seedbed.solve.algebra import type_limits

__all__ = ["by_now", "calendar_part", "day_of", "due_by_terms", "now_flag", "null_if_set", "numeric_bound", "on_working_quarter",
           "null_with", "only_if", "span", "state_flag", "working_hours"]

_DAY_US = 86_400_000_000


def _days(vals: np.ndarray) -> np.ndarray:
    return vals.astype("M8[D]").astype(np.int64)


def _part(vals: np.ndarray, part: str, low: float | None, high: float | None) -> np.ndarray:
    days = _days(vals)
    month0 = vals.astype("M8[M]").astype(np.int64)
    if part == "year":
        return vals.astype("M8[Y]").astype(np.int64) + 1970
    if part == "month":
        return month0 % 12 + (0 if high is not None and high <= 11 else 1)
    if part == "quarter":
        return month0 % 12 // 3 + 1
    if part == "day":
        return days - month0.astype("M8[M]").astype("M8[D]").astype(np.int64) + 1
    if part == "hour":
        return vals.astype("M8[us]").astype(np.int64) // 3_600_000_000 % 24
    iso = (days + 3) % 7 + 1  # 1970-01-01 was a Thursday: Monday 1 .. Sunday 7
    if part == "dow":  # 1..7 where the CHECK starts at 1, else PostgreSQL's dow (Sunday 0 .. Saturday 6)
        return iso if low is not None and low >= 1 else iso % 7
    thursday = days - (iso - 1) + 3  # ISO week: the week of its Thursday, counted from its year's first
    jan1 = thursday.astype("M8[D]").astype("M8[Y]").astype("M8[D]").astype(np.int64)
    return (thursday - jan1) // 7 + 1


def numeric_bound(req: GenRequest, which: str) -> float | None:
    """The domain's ``low`` / ``high`` bound as a number (None when absent or not a number)."""
    b = getattr(req.domain, which)
    try:
        return None if b is None else float(b.value)
    except (TypeError, ValueError):
        return None


def within_bounds(req: GenRequest, got: np.ndarray, ok: np.ndarray, *sources: ColumnData) -> np.ndarray:
    """``ok`` where no source is NULL and ``got`` lies inside the column's numeric bounds."""
    for side in sources:
        if side.nulls is not None:
            ok = ok & ~side.nulls
    lo, hi = numeric_bound(req, "low"), numeric_bound(req, "high")
    if lo is not None:
        ok = ok & (got >= lo)
    if hi is not None:
        ok = ok & (got <= hi)
    limits = type_limits(req.column.type)  # what the type stores (numeric(4,2): below 100), whatever the CHECKs say
    if limits is not None:
        ok = ok & (got >= float(limits[0])) & (got <= float(limits[1]))
    return ok


def _keep_source_nulls(req: GenRequest, data: ColumnData, source: ColumnData, ok: np.ndarray) -> np.ndarray | None:
    nulls = data.nulls
    if source.nulls is not None and req.column.nullable and not req.domain.not_null:
        nulls = source.nulls.copy()  # restating nothing: NULL where the moment is
    return nulls if nulls is not None and nulls.any() else None


def calendar_part(req: GenRequest, data: ColumnData, source: ColumnData, part: str) -> ColumnData:
    """The ``part`` (year, month, quarter, week, dow, day, hour) of each row's ``source`` moment."""
    mine, vals = data.values, source.values
    if mine.dtype.kind not in "iu" or vals.dtype.kind != "M" or req.domain.allowed is not None or req.domain.excluded:
        return data
    ok = ~np.isnat(vals)
    if source.nulls is not None:
        ok &= ~source.nulls
    lo, hi = numeric_bound(req, "low"), numeric_bound(req, "high")
    safe = np.where(ok, vals, np.datetime64(0, "us").astype(vals.dtype))
    got = _part(safe, part, lo, hi)
    if lo is not None:
        ok &= got >= lo
    if hi is not None:
        ok &= got <= hi
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=_keep_source_nulls(req, data, source, ok))


def _fits(req: GenRequest, ax, units: np.ndarray) -> np.ndarray:
    """Rows whose ``units`` (of axis ``ax``) keep the column's CHECK range and its row's column orders."""
    lo, hi = limits(ax, req.domain)
    ok = (units >= lo) & (units <= hi)
    for bound, up, inclusive in ((req.low, True, req.low_inclusive), (req.high, False, req.high_inclusive)):
        if bound is not None:
            b, valid = row_units(ax, bound, up=up, strict=not inclusive) or (None, None)
            if b is not None:
                ok &= ~valid | ((units >= b) if up else (units <= b))
    return ok


def _free(req: GenRequest, data: ColumnData) -> bool:
    dom = req.domain
    return data.values.dtype.kind == "M" and dom.allowed is None and not dom.excluded and not dom.alternatives


def day_of(req: GenRequest, data: ColumnData, source: ColumnData) -> ColumnData:
    """The calendar day of each row's ``source`` timestamp."""
    mine, vals = data.values, source.values
    if not _free(req, data) or vals.dtype.kind != "M":
        return data
    ok = ~np.isnat(vals)
    if source.nulls is not None:
        ok &= ~source.nulls
    units = _days(np.where(ok, vals, np.datetime64(0, "us").astype(vals.dtype)))
    ok &= _fits(req, axis(req.column.type), units)
    return ColumnData(values=np.where(ok, units, _days(mine)).astype("M8[D]"),
                      nulls=_keep_source_nulls(req, data, source, ok))


def due_by_terms(req: GenRequest, data: ColumnData, issued: ColumnData, term_days: ColumnData) -> ColumnData:
    """A due date ``term_days`` after its ``issued`` moment (an invoice's net 30), where both are set and
    the sum keeps the column's bounds; the drawn (ordered) value elsewhere."""
    mine, vals, terms = data.values, issued.values, term_days.values
    if not _free(req, data) or vals.dtype.kind != "M" or terms.dtype.kind not in "iuf" or mine.dtype.kind != "M":
        return data
    ok = ~np.isnat(vals) & np.isfinite(terms.astype(np.float64))
    for side in (issued, term_days):
        if side.nulls is not None:
            ok &= ~side.nulls
    start = np.where(ok, vals, np.datetime64(0, "us").astype(vals.dtype)).astype("M8[us]")
    due = start + (np.where(ok, terms, 0).astype(np.int64) * 86_400_000_000).astype("m8[us]")
    ax = axis(req.column.type)
    units = due.astype(np.int64) // int(ax.res)
    ok &= _fits(req, ax, units)
    return ColumnData(values=np.where(ok, due.astype(mine.dtype), mine), nulls=data.nulls)


_QUARTER_US = 15 * 60 * 1_000_000
#: An event starts in working hours, on a quarter hour: 08:00 to 17:45; an arrival at any second
#: of the daytime, 07:00 to 21:59 (in quarter hours: 28 to 87).
_FIRST_QUARTER, _LAST_QUARTER = 32, 71
_DAYTIME = (28, 87)


#: The clock of a person's act (``planning.acts``): a minute of the working day, on a working day.
_ACT = "act"
_MINUTE_US = 60 * 1_000_000


def _hours(planned: bool | str) -> tuple[int, int]:
    return (_FIRST_QUARTER, _LAST_QUARTER) if planned else _DAYTIME


def _offsets(rng: np.random.Generator, n: int, planned: bool | str) -> np.ndarray:
    """Microseconds after midnight: a working quarter hour, a minute of the working day (an act), or any
    second of the daytime."""
    first, last = _hours(planned)
    quarters = rng.integers(first, last + 1, size=n) * _QUARTER_US
    if planned == _ACT:
        return quarters + rng.integers(0, 15, size=n) * _MINUTE_US
    return quarters if planned else quarters + rng.integers(0, 900, size=n) * 1_000_000


def _working_day(day: np.ndarray) -> np.ndarray:
    """Midnights of a Saturday or a Sunday moved on to the Monday (1970-01-01 was a Thursday)."""
    weekday = (day // _DAY_US + 3) % 7  # 0 Monday .. 6 Sunday
    return day + np.where(weekday >= 5, 7 - weekday, 0) * _DAY_US


def working_hours(req: GenRequest, data: ColumnData, rng: np.random.Generator, *,
                  planned: bool | str = True) -> ColumnData:
    """The same days at quarter hours of the working day (a hearing at 09:30, not 21:29:54), or
    (not ``planned``: an arrival) at a second of the daytime, or (``"act"``: a deed signed) at a minute
    of the working day, a weekend's moved on to the Monday."""
    if not _free(req, data):
        return data
    ax = axis(req.column.type)
    us = data.values.astype("M8[us]").astype(np.int64)
    day = us // _DAY_US * _DAY_US
    moved = (_working_day(day) if planned == _ACT else day) + _offsets(rng, len(us), planned)
    units = moved // int(ax.res)
    ok = ~np.isnat(data.values) & _fits(req, ax, units)
    return ColumnData(values=ax.to_values(np.where(ok, units, us // int(ax.res))), nulls=data.nulls)


def state_flag(req: GenRequest, data: ColumnData, source: ColumnData, *, when_set: bool,
               more: tuple[ColumnData, ...] = ()) -> ColumnData:
    """True exactly where ``source`` is set (``when_set``), or exactly where neither it nor any of
    ``more`` has passed by the reference now (an active flag beside leaving moments: a ``valid_to``
    ahead of now leaves the row active)."""
    if data.values.dtype.kind != "b" or req.domain.allowed is not None:
        return data
    if when_set:
        return ColumnData(values=np.ones(len(data.values), dtype=bool) if source.nulls is None else ~source.nulls,
                          nulls=None)
    gone = np.zeros(len(data.values), dtype=bool)
    for side in (source, *more):
        gone |= _passed(side)
    return ColumnData(values=~gone, nulls=None)


_NOW_US = np.datetime64(REFERENCE_NOW.replace(tzinfo=None), "us")


def _passed(side: ColumnData) -> np.ndarray:
    """Where a moment is set and before the reference now."""
    vals = side.values
    if vals.dtype.kind != "M":
        return np.zeros(len(vals), dtype=bool) if side.nulls is None else ~side.nulls
    got = ~np.isnat(vals) & (vals.astype("M8[us]") < _NOW_US)
    return got if side.nulls is None else got & ~side.nulls


def now_flag(req: GenRequest, data: ColumnData, source: ColumnData, op: str,
             more: tuple[ColumnData, ...] = ()) -> ColumnData:
    """A flag a moment decides against the reference now (``seedbed.planning.moments``):
    ``passed`` where ``source`` is before now and none of ``more`` is set (``overdue``: due before
    now, not paid); ``age_under:<n>`` / ``age_from:<n>`` where a date of birth makes the row
    younger than ``n`` / at least ``n`` now. A row whose source is NULL is false (``passed``) or
    keeps its drawn value (an age)."""
    if data.values.dtype.kind != "b" or req.domain.allowed is not None or source.values.dtype.kind != "M":
        return data
    if op == "passed":
        got = _passed(source)
        for side in more:
            got &= np.ones(len(got), dtype=bool) if side.nulls is None else side.nulls
        return ColumnData(values=got, nulls=None)
    kind, _, years = op.partition(":")
    now = REFERENCE_NOW.date()
    cutoff = np.datetime64(now.replace(year=now.year - int(years)), "D")  # born on or before: old enough
    born = source.values.astype("M8[D]")
    old_enough = ~np.isnat(born) & (born <= cutoff)
    got = ~old_enough if kind == "age_under" else old_enough
    if source.nulls is not None:
        got = np.where(source.nulls, data.values, got)
    return ColumnData(values=got.astype(bool), nulls=data.nulls)


def null_with(req: GenRequest, data: ColumnData, source: ColumnData) -> ColumnData:
    """NULL also where ``source`` is NULL (an arrival where its departure is missing), where the column may be."""
    if req.domain.not_null or not req.column.nullable or source.nulls is None or not source.nulls.any():
        return data
    nulls = source.nulls if data.nulls is None else data.nulls | source.nulls
    return ColumnData(values=data.values, nulls=nulls)


def null_if_set(req: GenRequest, data: ColumnData, source: ColumnData) -> ColumnData:
    """NULL wherever ``source`` is set (a failed payment has no success moment)."""
    if not req.column.nullable or req.domain.not_null:
        return data
    is_set = np.ones(len(data.values), dtype=bool) if source.nulls is None else ~source.nulls
    nulls = is_set if data.nulls is None else data.nulls | is_set
    return ColumnData(values=data.values, nulls=nulls if nulls.any() else None)


def span(req: GenRequest, data: ColumnData, end: ColumnData, start: ColumnData, unit_seconds: float) -> ColumnData:
    """The time from ``start`` to ``end`` in the column's unit (rounded to the column's scale)."""
    mine = data.values
    if mine.dtype.kind not in "iuf" or end.values.dtype.kind != "M" or start.values.dtype.kind != "M" \
            or req.domain.allowed is not None or req.domain.excluded:
        return data
    ok = ~np.isnat(end.values) & ~np.isnat(start.values)
    for side in (end, start):
        if side.nulls is not None:
            ok &= ~side.nulls
    zero = np.datetime64(0, "us")
    us = (np.where(ok, end.values, zero).astype("M8[us]").astype(np.int64)
          - np.where(ok, start.values, zero).astype("M8[us]").astype(np.int64))
    got = us / (unit_seconds * 1e6)
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    got = np.round(got, scale or 0)
    ok = within_bounds(req, got, ok & (got >= 0))
    nulls = data.nulls
    open_ = np.isnat(end.values) | (end.nulls if end.nulls is not None else False)
    if req.column.nullable and not req.domain.not_null and np.any(open_):  # an open event has no duration yet
        nulls = open_ if nulls is None else nulls | open_
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=nulls)


def only_if(req: GenRequest, data: ColumnData, category: ColumnData, label: str) -> ColumnData:
    """Set exactly on the rows whose ``category`` is ``label`` (or one of ``a|b|c``; NULL elsewhere);
    a boolean category's labels are ``true`` / ``false`` (``failure_code`` where ``passed`` is false)."""
    if not req.column.nullable or req.domain.not_null:
        return data
    if category.values.dtype == bool:
        has = category.values == (label == "true")
    else:
        has = np.isin(category.values.astype(object), label.split("|")) if "|" in label \
            else np.asarray(category.values.astype(object) == label, dtype=bool)
    if category.nulls is not None:
        has &= ~category.nulls
    return ColumnData(values=data.values, nulls=~has if (~has).any() else None)


def on_working_quarter(req: GenRequest, data: ColumnData, rng: np.random.Generator, *,
                       planned: bool | str = True) -> ColumnData:
    """Each moment moved up to the next quarter hour of the working day (before 08:00: a working
    quarter hour of that day; 18:00 and later: of the next day): a start moved after its
    parent's moment keeps that order and gets a clock. Not ``planned`` (an arrival): moments of
    the daytime stay, the others move to a second of the daytime."""
    if not _free(req, data):
        return data
    ax = axis(req.column.type)
    us = data.values.astype("M8[us]").astype(np.int64)
    day = us // _DAY_US * _DAY_US
    first, last = _hours(planned)
    quarter = -(-(us - day) // _QUARTER_US)  # quarters since midnight, rounded up
    out = (quarter < first) | (quarter > last)
    day = np.where(quarter > last, day + _DAY_US, day)
    if planned == _ACT:  # the next minute of a working day
        minute = day + -(-(us - day) // _MINUTE_US) * _MINUTE_US
        weekend = _working_day(day) != day
        out |= weekend
        kept = minute
        day = _working_day(day)
    else:
        kept = day + quarter * _QUARTER_US if planned else us
    moved = np.where(out, day + _offsets(rng, len(us), planned), kept)
    units = moved // int(ax.res)
    ok = ~np.isnat(data.values) & _fits(req, ax, units)
    return ColumnData(values=ax.to_values(np.where(ok, units, us // int(ax.res))), nulls=data.nulls)


_HOLD_GAP_US = 2 * 3600 * 1_000_000


def lifted_by(req: GenRequest, data: ColumnData, release: ColumnData) -> ColumnData:
    """A hold (``embargo_until``) lifts when its row's release goes out (``published_at``) in most
    rows, else up to two hours before it, on the minute, never before its drawn moment (which
    follows the row's start); rows with no release keep their draw. Holds are the exception: a
    nullable one is set on about a quarter of the rows."""
    from seedbed.generate.permute import uniform64

    if not _free(req, data) or release.values.dtype.kind != "M":
        return data
    ax = axis(req.column.type)
    ok = ~np.isnat(release.values)
    if release.nulls is not None:
        ok &= ~release.nulls
    rel = np.where(ok, release.values, np.datetime64(0, "us").astype(release.values.dtype)).astype("M8[us]").astype(np.int64)
    u = uniform64(np.asarray(req.index), req.salt ^ 0xE3B)
    gap = np.where(u < 0.6, 0, (u * _HOLD_GAP_US).astype(np.int64) // 60_000_000 * 60_000_000)
    mine = np.where(np.isnat(data.values), np.datetime64(0, "us").astype(data.values.dtype), data.values)
    drawn = mine.astype("M8[us]").astype(np.int64)
    units = np.maximum(rel - gap, np.minimum(drawn, rel)) // int(ax.res)
    ok &= _fits(req, ax, units)
    nulls = data.nulls
    if req.column.nullable and not req.domain.not_null:
        rare = uniform64(np.asarray(req.index), req.salt ^ 0x401D) >= 0.25
        nulls = rare if nulls is None else nulls | rare
    return ColumnData(values=ax.to_values(np.where(ok, units, drawn // int(ax.res))), nulls=nulls)


def by_now(req: GenRequest, data: ColumnData, status: ColumnData, spec: str, since: ColumnData | None) -> ColumnData:
    """A moment at which a standing runs out, on the right side of the reference now for its row's
    status (``seedbed.planning.standing``): ``spec`` is ``<ahead labels>|<behind labels>:<days>``.
    A row whose standing holds and whose moment has passed gets one up to ``days`` ahead of now (up
    to its own term from ``since``, when shorter);
    a row whose standing ran out and whose moment lies ahead gets one behind now, after ``since``
    (the row's start) where it has one. Deterministic: the shift is a hash of the drawn moment."""
    if not _free(req, data) or data.values.dtype.kind != "M":
        return data
    labels, _, days = spec.rpartition(":")
    ahead, behind = (x.split(",") for x in labels.split("|"))
    vals = status.values.astype(object)
    set_ = np.ones(len(vals), dtype=bool) if status.nulls is None else ~status.nulls
    unit = data.values.dtype
    us = data.values.astype("M8[us]").astype(np.int64)
    now = int(_NOW_US.astype(np.int64))
    mine = np.ones(len(us), dtype=bool) if data.nulls is None else ~data.nulls
    mine &= ~np.isnat(data.values)
    span = int(days) * _DAY_US
    frac = uniform64(us.view(np.uint64), key=req.salt)
    out = us.copy()
    reach = np.full(len(us), span, dtype=np.int64)  # no further ahead than the row's own term (a 42-day unit)
    floor = np.full(len(us), now - span, dtype=np.int64)
    if since is not None and since.values.dtype.kind == "M":
        start = since.values.astype("M8[us]").astype(np.int64)
        ok = ~np.isnat(since.values) & (start < now - _DAY_US)
        if since.nulls is not None:
            ok &= ~since.nulls
        floor = np.where(ok, np.maximum(floor, start + 1), floor)
        reach = np.where(ok & (us > start), np.clip(us - start, 2 * _DAY_US, span), reach)
    late = mine & set_ & np.isin(vals, ahead) & (us < now)
    out[late] = now + _DAY_US + (frac[late] * (reach[late] - _DAY_US)).astype(np.int64)
    early = mine & set_ & np.isin(vals, behind) & (us >= now)
    out[early] = floor[early] + (frac[early] * (now - _DAY_US - floor[early])).astype(np.int64)
    moved = (out // 1_000_000 * 1_000_000).astype("M8[us]").astype(unit)  # whole seconds, like the drawn ones
    return ColumnData(values=np.where(late | early, moved, data.values), nulls=data.nulls)