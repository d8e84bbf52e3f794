"""Readings of quantities that accumulate (``seedbed.planning.readings``): a function of the thing
read and the moment, so readings of one meter grow with their time and the thing's own total is its
reading at the reference "now".

``thing`` is a keyed identity of the parent row (the engine's ``@fk:<name>`` / ``@row`` pseudo
columns: the same for a parent row and every row that references it), so a vehicle's
``odometer_km`` and its readings' ``odometer_km`` come from one curve, in any chunk.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.moments import within_bounds
from seedbed.generate.permute import uniform64
from seedbed.generate.streams import REFERENCE_NOW, digest
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.planning.readings import PER_DAY

__all__ = ["accumulated", "in_service", "running_total"]

_NOW_DAY = np.datetime64(REFERENCE_NOW.replace(tzinfo=None), "us")
_DAY = np.timedelta64(86_400_000_000, "us")
#: Keys of a thing's draws: its age, its busyness (shared by all its units), each unit's own scatter.
_AGE, _BUSY = 0xA6E_0F_7819, 0xB05_1_7819


def _days_before_now(moment: ColumnData | None, n: int) -> np.ndarray:
    """Days from each row's moment to "now" (0 for the thing's own total, or a NULL moment)."""
    if moment is None:
        return np.zeros(n)
    vals = moment.values
    if vals.dtype.kind != "M":
        return np.zeros(n)
    back = (_NOW_DAY - vals.astype("datetime64[us]")) / _DAY
    if moment.nulls is not None:
        back = np.where(moment.nulls, 0.0, back)
    return np.maximum(np.asarray(back, dtype=np.float64), 0.0)


def _age(ids: np.ndarray) -> np.ndarray:
    """Days each thing has been in service by "now": 3 to 20 years (before any reading of it)."""
    return 365.0 * 3.2 * 10.0 ** (0.8 * uniform64(ids, _AGE))


def in_service(req: GenRequest, data: ColumnData, thing: ColumnData) -> ColumnData:
    """The day (a date or timestamp column) or year (an integer) each row's thing went into service,
    where its readings start: "now" less its age."""
    mine = data.values
    ids = np.asarray(thing.values).astype(np.uint64)
    born = _NOW_DAY - (_age(ids) * _DAY).astype("timedelta64[us]")
    if mine.dtype.kind == "M":
        got = born.astype(mine.dtype)
    elif mine.dtype.kind == "i":
        got = born.astype("datetime64[Y]").astype(np.int64) + 1970
    else:
        return data
    ok = within_bounds(req, got, np.ones(len(mine), dtype=bool))
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def accumulated(req: GenRequest, data: ColumnData, thing: ColumnData, unit: str,
                moment: ColumnData | None) -> ColumnData:
    """The reading of ``unit`` of each row's ``thing`` at its ``moment`` (now when None): the thing's
    days in service up to then times its usage a day; rows where that breaks the column's bounds keep
    their draw."""
    mine = data.values
    if mine.dtype.kind not in "if" or req.domain.allowed is not None or req.domain.excluded:
        return data
    ids = np.asarray(thing.values).astype(np.uint64)
    age = _age(ids)
    busy = np.exp(0.45 * (2.0 * uniform64(ids, _BUSY) - 1.0) * 1.7)  # a thing's use: x0.5 to x2
    own = 0.9 + 0.2 * uniform64(ids, (_BUSY ^ digest("unit", unit)) & 0xFFFF_FFFF_FFFF_FFFF)  # a unit's own scatter
    days = np.maximum(age - _days_before_now(moment, len(mine)), 0.0)
    got = days * PER_DAY.get(unit, PER_DAY["count"]) * busy * own
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    got = np.round(got, 1 if scale is None else min(scale, 3)) if mine.dtype.kind == "f" else np.floor(got)
    ok = within_bounds(req, got, np.isfinite(got))
    ctype = req.column.type
    if ctype.precision is not None:  # a numeric(5,1)'s 9999.9 at most: a reading past it keeps its draw (r29)
        ok &= np.abs(got) < 10.0 ** (ctype.precision - (ctype.scale or 0))
    if thing.nulls is not None:
        ok &= ~thing.nulls
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def running_total(req: GenRequest, data: ColumnData, part: ColumnData, thing: ColumnData,
                  order: ColumnData) -> ColumnData:
    """``part`` added up along the rows of one ``thing`` (its parent's identity) taken in ``order`` (a number
    within the parent, a moment), the row's own part included: a well's cumulative cost after each daily
    report. A parent's rows in an earlier chunk are not counted (a chunk holds tens of thousands of rows)."""
    vals = data.values
    if vals.dtype.kind not in "iuf" or part.values.dtype.kind not in "iuf" or req.domain.allowed is not None:
        return data
    amount = np.where(part.nulls, 0, part.values) if part.nulls is not None else part.values
    amount = np.maximum(amount.astype(np.float64), 0.0)
    keys = order.values
    keys = keys.astype("M8[us]").astype(np.int64) if keys.dtype.kind == "M" else keys.astype(np.float64)
    if order.nulls is not None:
        keys = np.where(order.nulls, np.max(keys, initial=0), keys)
    ids = thing.values.astype(np.int64) if thing.values.dtype.kind in "iu" else np.unique(
        thing.values, return_inverse=True)[1]
    idx = np.lexsort((np.arange(len(vals)), keys, ids))
    run = np.cumsum(amount[idx])
    first = np.r_[True, ids[idx][1:] != ids[idx][:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(idx)), 0))
    before = np.r_[0.0, run][start]
    got = np.empty(len(vals), dtype=np.float64)
    got[idx] = run - before
    scale = req.column.type.scale if vals.dtype.kind == "f" else 0
    got = np.round(got, scale or 0)
    ok = within_bounds(req, got, np.ones(len(vals), dtype=bool))
    return ColumnData(values=np.where(ok, got, vals).astype(vals.dtype), nulls=data.nulls)
