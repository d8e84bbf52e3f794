"""An array column that holds its row's value (``CHECK (default_locale = ANY (locales))``).

Planned by ``seedbed.planning.formulas`` as a ``holding`` derivation of the array; applied here.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import uniform64
from seedbed.generate.values import ColumnData
from seedbed.generate.values.data import GenRequest

__all__ = ["holding"]


def holding(req: GenRequest, data: ColumnData, source: ColumnData) -> ColumnData:
    """Each row's array with the source value in place of one of its elements (not already there), or as
    its only element where the array is empty or NULL; a NULL source leaves the row's array as drawn."""
    if data.values.dtype != object:
        return data
    u = uniform64(np.asarray(req.index), req.salt ^ 0x3E_1E_70)
    got = data.values.copy()
    nulls = None if data.nulls is None else data.nulls.copy()
    for i, value in enumerate(source.values.tolist()):
        if (source.nulls is not None and source.nulls[i]) or value is None:
            continue
        value = str(value)
        items = got[i] if isinstance(got[i], list) and (nulls is None or not nulls[i]) else []
        if any(isinstance(e, list) for e in items):
            continue  # a nested array: left to the database
        if value not in items:
            items = list(items)
            if items:
                items[min(int(u[i] * len(items)), len(items) - 1)] = value
            else:
                items = [value]
        got[i] = items
        if nulls is not None:
            nulls[i] = False
    return ColumnData(values=got, nulls=nulls if nulls is not None and nulls.any() else None)
