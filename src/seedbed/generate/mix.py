"""Values asked for by name: a weighted value mix, or a provider chosen by the user."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from seedbed.generate.values import ColumnData, GenRequest
from seedbed.model import TypeKind

_DTYPES = {
    TypeKind.INTEGER: np.int64, TypeKind.OID: np.int64, TypeKind.NUMERIC: np.float64, TypeKind.FLOAT: np.float64,
    TypeKind.MONEY: np.float64, TypeKind.BOOL: np.bool_, TypeKind.DATE: "datetime64[D]",
    TypeKind.TIMESTAMP: "datetime64[us]", TypeKind.TIMESTAMPTZ: "datetime64[us]",
}


def mix(req: GenRequest, weights: Mapping[Any, float], rng: np.random.Generator) -> ColumnData:
    """Values drawn from ``weights`` (``{"completed": 0.6, "shipped": 0.4}``), normalised."""
    labels = list(weights)
    p = np.array([float(weights[k]) for k in labels], dtype=np.float64)
    p = p / p.sum()
    picks = rng.choice(len(labels), size=req.n, p=p)
    kind = req.column.type.kind
    dtype = None if req.column.type.is_array else _DTYPES.get(kind)
    if dtype is None:
        values = np.array([str(v) for v in labels], dtype=object)[picks]
    else:
        if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
            labels = [str(v).replace("+00:00", "").replace("Z", "") for v in labels]
        values = np.array(labels).astype(dtype)[picks]
    nulls = None
    if req.null_rate > 0 and req.column.nullable:
        nulls = rng.random(req.n) < req.null_rate
        nulls = nulls if nulls.any() else None
    return ColumnData(values=values, nulls=nulls)


def provider_intent(name: str, params: Mapping[str, Any]):
    """A provider the user named, as an Intent the realistic generators understand."""
    from seedbed.generate.intent import Intent

    return Intent(name=name, reason="asked for", params=dict(params))
