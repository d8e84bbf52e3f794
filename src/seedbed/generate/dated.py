"""The ``dated`` and ``dated_span:<month>`` derivations (``seedbed.planning.datedrefs``, issue 10, r47): a
document number takes its row's year (``CLM-004512`` -> ``CLM-2024-004512``), a span of two years the
one its row's moment falls in (a job of May 2024: the financial year ``2024-25``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.text import length_limits

__all__ = ["dated"]

_NUMBERED = re.compile(r"^([A-Z]{1,6})-(\d{3,})$")


_SPAN = re.compile(r"^(\d{4})([-/])(\d{2}|\d{4})$")


def dated(req: GenRequest, data: ColumnData, source: ColumnData, fits: Callable[[Any, str], bool],
          starts: int = 0) -> ColumnData:
    """A document number with the year of its row's moment after its prefix, where it fits; with
    ``starts`` (a month), a span of two years (``2024-25``, ``2024/2025``) that the moment falls in.
    ``fits``: whether a value satisfies the column's regex CHECKs (``derive._fits``)."""
    dom = req.domain
    if dom.allowed is not None or dom.likes or dom.patterns or dom.case_insensitive_patterns:
        return data  # a reference a CHECK shapes keeps the shape it was made in
    _lmin, lmax = length_limits(req.column.type, dom)
    vals = data.values.copy()
    moments = np.asarray(source.values)
    if moments.dtype.kind != "M":
        return data
    years = moments.astype("M8[Y]").astype(np.int64) + 1970
    missing = source.nulls if source.nulls is not None else np.zeros(len(vals), dtype=bool)
    if starts:
        months = moments.astype("M8[M]").astype(np.int64) % 12 + 1
        for i, v in enumerate(vals.tolist()):
            m = _SPAN.match(v) if isinstance(v, str) and not missing[i] else None
            if m is None:
                continue
            a = int(years[i]) - (1 if months[i] < starts else 0)
            b = str(a + 1)[-len(m.group(3)):]
            span = f"{a}{m.group(2)}{b}"
            if (lmax is None or len(span) <= lmax) and fits(dom, span):
                vals[i] = span
        return ColumnData(values=vals, nulls=data.nulls)
    for i, v in enumerate(vals.tolist()):
        m = _NUMBERED.match(v) if isinstance(v, str) and not missing[i] else None
        if m is None:
            continue
        dated = f"{m.group(1)}-{int(years[i])}-{m.group(2)}"
        if (lmax is None or len(dated) <= lmax) and fits(dom, dated):
            vals[i] = dated
    return ColumnData(values=vals, nulls=data.nulls)
