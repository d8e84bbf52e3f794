"""Integers, oids, numeric(p, s), money and floats: their axes and their text form.

Integers (and oids) are int64; numeric, money and floats are float64 rounded to the column's
scale (numeric(p, s): ``|x| < 10**(p - s)`` with ``s`` decimals; unconstrained numeric and money:
two decimals; floats: two decimals unless the bounds are narrower than a few hundredths).
Unconstrained values are drawn from small realistic windows: integers 1..1000, amounts
0..1000, oids 1..10000.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import partial
from typing import Any

import numpy as np

from seedbed.generate.values.ordinal import Axis
from seedbed.generate.values.strings import decimal_strings, int_strings
from seedbed.model import ColumnDomain, ColumnType, TypeKind

__all__ = ["axis", "literals"]

_BIG = 2**62


def natural(value: Any) -> Fraction | None:
    """A number (int, Decimal, float, Fraction or numeric string) as an exact Fraction."""
    if isinstance(value, bool):
        return Fraction(int(value))
    if isinstance(value, (int, Fraction)):
        return Fraction(value)
    if isinstance(value, (float, Decimal)):
        try:
            return Fraction(value)
        except (ValueError, OverflowError):  # nan, inf
            return None
    if isinstance(value, str):
        try:
            return Fraction(Decimal(value.strip()))
        except (InvalidOperation, ValueError, OverflowError):
            return None
    return None


def _ints(units: np.ndarray) -> np.ndarray:
    return units.astype(np.int64, copy=False)


def _scaled(scale: int, units: np.ndarray) -> np.ndarray:
    if scale >= 0:
        return units.astype(np.float64) / float(10**scale)
    return units.astype(np.float64) * float(10**-scale)


def numeric_scale(ctype: ColumnType) -> int:
    """Decimals generated for a numeric/money column (2 when unconstrained)."""
    if ctype.kind is TypeKind.MONEY:
        return 2
    if ctype.precision is None:
        return 2
    return ctype.scale or 0


def _float_decimals(domain: ColumnDomain) -> int:
    lo = natural(domain.low.value) if domain.low else None
    hi = natural(domain.high.value) if domain.high else None
    d = 2
    if lo is not None and hi is not None and hi > lo:
        while (hi - lo) * 10**d < 10_000 and d < 12:
            d += 1
    return d


def _decimal_axis(scale: int, max_units: int) -> Axis:
    res = Fraction(1, 10**scale) if scale >= 0 else Fraction(10**-scale)
    top = min(max_units, _BIG)
    return Axis(res=res, tmin=-top, tmax=top, window=(0, min(top, max(1, int(1000 / res)))),
                start=0, delta=(0, max(1, int(100 / res))), natural=natural,
                to_values=partial(_scaled, scale))


def axis(ctype: ColumnType, domain: ColumnDomain) -> Axis:
    """The unit axis of an integer, oid, numeric, money or float column."""
    kind = ctype.kind
    if kind is TypeKind.INTEGER:
        bits = ctype.bits or 64
        return Axis(res=Fraction(1), tmin=-(2 ** (bits - 1)), tmax=2 ** (bits - 1) - 1,
                    window=(1, 1000), start=1, delta=(0, 100), natural=natural, to_values=_ints)
    if kind is TypeKind.OID:
        return Axis(res=Fraction(1), tmin=1, tmax=2**32 - 1, window=(1, 10_000), start=1,
                    delta=(0, 100), natural=natural, to_values=_ints)
    if kind is TypeKind.NUMERIC:
        scale = numeric_scale(ctype)
        max_units = 10**ctype.precision - 1 if ctype.precision is not None else 10**15
        return _decimal_axis(scale, max_units)
    if kind is TypeKind.MONEY:
        return _decimal_axis(2, _BIG)
    if kind is TypeKind.FLOAT:
        d = _float_decimals(domain)
        return _decimal_axis(d, 10**15 * 10**d)
    raise ValueError(f"not a number kind: {kind}")


def literals(ctype: ColumnType, values: np.ndarray) -> list[str]:
    """Text input form of number values of ``ctype``."""
    kind = ctype.kind
    if kind in (TypeKind.INTEGER, TypeKind.OID):
        return int_strings(values)
    if kind is TypeKind.FLOAT or (kind is TypeKind.NUMERIC and ctype.precision is None):
        return _shortest(values)
    return fixed_decimals(values, numeric_scale(ctype))


def _shortest(values: np.ndarray) -> list[str]:
    """Shortest round-trip repr (``12.5``, ``1e-07``); NaN/inf spelled the way Postgres reads them."""
    out = list(map(repr, values.tolist()))
    if not np.isfinite(values).all():
        for i in np.flatnonzero(~np.isfinite(values)).tolist():
            v = values[i]
            out[i] = "NaN" if math.isnan(v) else ("Infinity" if v > 0 else "-Infinity")
    return out


def fixed_decimals(values: np.ndarray, scale: int) -> list[str]:
    """Floats rounded to ``scale`` decimals, written without exponent (``-12.50``)."""
    if scale <= 0:
        return int_strings(np.rint(values).astype(np.int64))
    # A float nearest to k / 10**s prints back as exactly k / 10**s (|k| < 2**52); + 0.0 drops -0.0.
    if len(values) >= 2048 and values.dtype.kind == "f":
        units = np.rint(values * float(10**scale))
        if np.isfinite(units).all() and np.abs(units).max() < 2**50:  # exact: k, not a float near it
            return decimal_strings(units.astype(np.int64), scale)
    return list(map(f"{{:.{scale}f}}".format, (values + 0.0).tolist()))
