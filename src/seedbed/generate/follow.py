"""Applying the derivations of ``seedbed.planning.follows`` and ``seedbed.planning.applies`` that the
other ops of ``generate.derive`` do not cover: a tax at the row's own rate (``pct_of``), what was paid
of a total (``paid_of``), a value set only where a sibling number is above zero (``when_positive``);
and the flags of ``passed`` / ``age_*`` (``moments.now_flag``), moved here from ``generate.derive``.
Like every derivation, a result that breaks the column's bounds keeps the drawn value."""

from __future__ import annotations

import numpy as np

from seedbed.generate.moments import now_flag, within_bounds
from seedbed.generate.permute import uniform64
from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["follow"]


def follow(req: GenRequest, data: ColumnData, source: ColumnData, op: str, other: ColumnData | None = None,
           terms: list[tuple[str, ColumnData]] | None = None) -> ColumnData:
    """``data`` after ``op``; unchanged for an op this module does not know."""
    if op == "passed" or op.startswith(("age_under:", "age_from:")):
        return now_flag(req, data, source, op, tuple(t[1] for t in terms or ()))
    if op == "pct_of" and other is not None:
        return _pct_of(req, data, source, other)
    if op.startswith("paid_of:"):
        return _paid_of(req, data, source, op[len("paid_of:"):], other)
    if op == "when_positive":
        return _when_positive(req, data, source)
    return data


def _numeric(req: GenRequest, data: ColumnData, *sources: ColumnData) -> bool:
    return data.values.dtype.kind in "if" and all(s.values.dtype.kind in "iuf" for s in sources) \
        and req.domain.allowed is None and not req.domain.excluded


def _scale(req: GenRequest, data: ColumnData) -> int:
    scale = req.column.type.scale if data.values.dtype.kind == "f" else 0
    return 2 if scale is None else scale


def _pct_of(req: GenRequest, data: ColumnData, base: ColumnData, rate: ColumnData) -> ColumnData:
    """The base times the row's rate: a percentage where any rate is above 1 (20.00), else a fraction (0.2)."""
    if not _numeric(req, data, base, rate):
        return data
    r = rate.values.astype(np.float64)
    known = r[np.isfinite(r) & ~(rate.nulls if rate.nulls is not None else np.zeros(len(r), bool))]
    share = r / 100.0 if known.size and np.nanmax(known) > 1.0 else r
    got = np.round(base.values.astype(np.float64) * share, _scale(req, data))
    ok = within_bounds(req, got, np.isfinite(got), base, rate)
    return ColumnData(values=np.where(ok, got, data.values).astype(data.values.dtype), nulls=data.nulls)


def _paid_of(req: GenRequest, data: ColumnData, whole: ColumnData, spec: str,
             status: ColumnData | None) -> ColumnData:
    """All of the whole, a part (20-90%) or nothing: by the row's status labels (``full|part|none``)
    where the spec names them, else drawn (80% in full, 12% a part, 8% nothing)."""
    if not _numeric(req, data, whole):
        return data
    u = uniform64(np.asarray(req.index), req.salt ^ 0x9A1D_0F)
    v = uniform64(np.asarray(req.index), req.salt ^ 0x9A1D_1F)
    n = len(u)
    full, part, none = (set(x.split(",")) - {""} for x in spec.split("|"))
    if status is not None and (full or part or none) and status.values.dtype.kind == "O":
        labels = status.values.astype(object)
        is_part = np.isin(labels, list(part)) if part else np.zeros(n, bool)
        is_none = np.isin(labels, list(none)) if none else np.zeros(n, bool)
    else:
        is_part, is_none = (u >= 0.80) & (u < 0.92), u >= 0.92
    share = np.where(is_none, 0.0, np.where(is_part, 0.2 + 0.7 * v, 1.0))
    got = np.round(whole.values.astype(np.float64) * share, _scale(req, data))
    ok = within_bounds(req, got, np.isfinite(got), whole)
    return ColumnData(values=np.where(ok, got, data.values).astype(data.values.dtype), nulls=data.nulls)


def _when_positive(req: GenRequest, data: ColumnData, amount: ColumnData) -> ColumnData:
    """Set only where the sibling number is above zero (a discount's reason where there is a discount)."""
    if not req.column.nullable or req.domain.not_null or amount.values.dtype.kind not in "iuf":
        return data
    has = amount.values.astype(np.float64) > 0
    if amount.nulls is not None:
        has &= ~amount.nulls
    nulls = ~has if data.nulls is None else (~has | data.nulls)
    return ColumnData(values=data.values, nulls=nulls if nulls.any() else None)
