"""A row's cost and its reduced prices from its price (``seedbed.planning.prices``): a cost is 35-80% of
the price; a sale price is the regular price less one of the discounts shops give, 10% to half off."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from seedbed.generate.permute import uniform64
from seedbed.generate.moments import within_bounds
from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["priced"]

#: The discounts shops give, and how often: 10% to half off.
_OFF = np.array([0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50])
_OFF_CUMULATIVE = np.cumsum([3, 2, 3, 2, 2, 1, 1]) / 14


def _margin(u: np.ndarray) -> np.ndarray:
    return 0.35 + 0.45 * u


def _discount(u: np.ndarray) -> np.ndarray:
    return 1.0 - _OFF[np.searchsorted(_OFF_CUMULATIVE, u, side="right").clip(0, len(_OFF) - 1)]


_SHARES: dict[str, tuple[Callable[[np.ndarray], np.ndarray], int]] = {"margin": (_margin, 0x3A_261),
                                                                      "discount": (_discount, 0x5A_1E)}


def priced(req: GenRequest, data: ColumnData, price: ColumnData, op: str) -> ColumnData:
    """The row's ``price`` times its share (``op``: ``margin`` or ``discount``; keyed by the row) at the
    column's scale; a row whose result breaks the column's bounds keeps its draw."""
    mine = data.values
    if mine.dtype.kind not in "if" or price.values.dtype.kind not in "iuf" or req.domain.allowed is not None \
            or req.domain.excluded:
        return data
    share, salt = _SHARES[op]
    u = uniform64(np.asarray(req.index), req.salt ^ salt)
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    got = np.round(price.values.astype(np.float64) * share(u), 2 if scale is None else min(scale, 2))
    ok = within_bounds(req, got, np.isfinite(got), price)
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)
