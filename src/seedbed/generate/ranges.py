"""Values read against their reference (``seedbed.planning.ranges``): a measured value inside its
low/high range or around its mean, and the flag that says where it fell."""

from __future__ import annotations

import numpy as np

from seedbed.generate.moments import within_bounds
from seedbed.generate.permute import mix64
from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["near", "on_grid", "range_flag", "within"]

#: The share of results outside their reference range.
OUTSIDE = 0.18


def _uniform(req: GenRequest, salt: int) -> np.ndarray:
    """One uniform draw in [0, 1) per row, keyed by the row (any chunk alone gives the same values)."""
    return (mix64(np.asarray(req.index), req.salt ^ salt) >> np.uint64(11)).astype(np.float64) / 2.0**53


def _placed(req: GenRequest, data: ColumnData, got: np.ndarray, *sources: ColumnData) -> ColumnData:
    mine = data.values
    scale = req.column.type.scale
    got = np.round(got) if mine.dtype.kind == "i" else np.round(got, scale if scale is not None else 3)
    ok = within_bounds(req, got, np.isfinite(got), *sources)
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def _usable(req: GenRequest, data: ColumnData, *sources: ColumnData) -> bool:
    return data.values.dtype.kind in "if" and all(s.values.dtype.kind in "iuf" for s in sources) \
        and req.domain.allowed is None and not req.domain.excluded


def within(req: GenRequest, data: ColumnData, low: ColumnData, high: ColumnData) -> ColumnData:
    """Most rows inside [low, high], ``OUTSIDE`` of them a little below or above it."""
    if not _usable(req, data, low, high):
        return data
    lo, hi = low.values.astype(np.float64), high.values.astype(np.float64)
    width = np.abs(hi - lo)
    u, side = _uniform(req, 0x7A_17E5), _uniform(req, 0x51_DE5)
    inside = lo + width * (0.05 + 0.9 * u)
    off = width * (0.05 + 0.5 * u)
    got = np.where(side < OUTSIDE / 3, lo - np.minimum(off, np.abs(lo) * 0.9),
                   np.where(side < OUTSIDE, hi + off, inside))
    return _placed(req, data, got, low, high)


def near(req: GenRequest, data: ColumnData, mean: ColumnData, sd: ColumnData) -> ColumnData:
    """Around the mean: the mean plus a normal draw of standard deviations (within four)."""
    if not _usable(req, data, mean, sd):
        return data
    u1, u2 = _uniform(req, 0x4E_A2), _uniform(req, 0x4E_A3)
    z = np.sqrt(-2.0 * np.log(np.maximum(1.0 - u1, 1e-12))) * np.cos(2 * np.pi * u2)
    got = mean.values.astype(np.float64) + np.clip(z, -4, 4) * np.abs(sd.values.astype(np.float64))
    return _placed(req, data, got, mean, sd)


#: A flag's words for where a value fell, by the flag's label folded to lower case.
_WORDS = {
    "normal": ("n", "normal", "norm", "within range", "in range", "wnl", "ok"),
    "low": ("l", "low", "below", "below range"),
    "high": ("h", "high", "above", "above range"),
    "critical_low": ("ll", "critical_low", "critical low", "panic_low", "panic low", "lc", "low critical"),
    "critical_high": ("hh", "critical_high", "critical high", "panic_high", "panic high", "hc", "high critical"),
}


def _fold(label: str) -> str:
    return label.lower().replace("-", "_").replace(" ", "_")


def _labels(req: GenRequest) -> dict[str, str]:
    """Where a value fell -> the column's label for it (an enum's, a CHECK's list, else N/L/H in a
    short text column)."""
    labels = req.column.type.enum_labels or tuple(str(v) for v in (req.domain.allowed or ()))
    if not labels:
        limit = req.column.type.length
        labels = ("N", "L", "H", "LL", "HH") if limit is not None and limit <= 4 else ()
    folded = {_fold(lab): lab for lab in labels}
    out: dict[str, str] = {}
    for where, words in _WORDS.items():
        hit = next((folded[_fold(w)] for w in words if _fold(w) in folded), None)
        if hit is not None:
            out[where] = hit
    return out


def range_flag(req: GenRequest, data: ColumnData, value: ColumnData, low: ColumnData,
               high: ColumnData) -> ColumnData:
    """The flag of where each row's value fell (critical beyond half the range's width outside)."""
    labels = _labels(req)
    if not {"normal", "low", "high"} <= set(labels) or value.values.dtype.kind not in "iuf" \
            or low.values.dtype.kind not in "iuf" or high.values.dtype.kind not in "iuf":
        return data
    v, lo, hi = (s.values.astype(np.float64) for s in (value, low, high))
    width = np.abs(hi - lo)
    known = np.ones(len(v), dtype=bool)
    for s in (value, low, high):
        if s.nulls is not None:
            known &= ~s.nulls
    where = np.full(len(v), labels["normal"], dtype=object)
    where[v < lo] = labels["low"]
    where[v > hi] = labels["high"]
    if "critical_low" in labels:
        where[v < lo - width / 2] = labels["critical_low"]
    if "critical_high" in labels:
        where[v > hi + width / 2] = labels["critical_high"]
    out = np.where(known, where, data.values.astype(object))
    nulls = data.nulls & ~known if data.nulls is not None else None
    return ColumnData(values=out.astype(data.values.dtype) if data.values.dtype.kind != "O" else out, nulls=nulls)


def on_grid(req: GenRequest, data: ColumnData, minutes: ColumnData) -> ColumnData:
    """Each moment floored to its row's step in minutes (``seedbed.planning.grids``)."""
    vals = data.values
    if vals.dtype.kind != "M" or minutes.values.dtype.kind not in "iu":
        return data
    unit = np.datetime_data(vals.dtype)[0]
    per_minute = int(np.timedelta64(1, "m") / np.timedelta64(1, unit))
    step = np.where(minutes.values > 0, minutes.values, 15).astype(np.int64) * per_minute
    if minutes.nulls is not None:
        step = np.where(minutes.nulls, 15 * per_minute, step)
    raw = vals.astype(np.int64)
    out = (raw - raw % step).astype(vals.dtype)
    if data.nulls is not None:
        out = np.where(data.nulls, vals, out)
    return ColumnData(values=out, nulls=data.nulls)
