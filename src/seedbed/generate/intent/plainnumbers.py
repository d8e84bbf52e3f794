"""A number whose meaning no rule knows: a modest measurement, not its type's whole range (issue 10, r29).

A ``numeric(5,2)`` named by a word no list has (``surface_salinity``, ``clapper_sway``) drew anything up to
999.99, a ``numeric(4,3)`` efficiency 9.9 and a ``numeric(3,1)`` height 99.9: values no reviewer of any
domain accepts. What the column still says decides a *neutral number* instead, log-normal like real
measurements around a modest median, well inside the type:

* a share (its words: ratio, fraction, efficiency, probability, coverage, ...): 0-1 when the type keeps
  fractions, 0-100 when it is kept in percent (``_pct``, or a type with no room for decimals);
* an index or a factor (``warp_index``, ``resonance_factor``, ``_multiplier``): around 1;
* anything else: a few units, a little more the more whole digits the type has (a ``numeric(3,2)`` around
  1, a ``numeric(5,2)`` around 4, an unbounded ``numeric`` around 5), never past a few dozen times that.

Asked last (``infer``), after every rule that knows a meaning; an integer keeps ``number.count``.
"""

from __future__ import annotations

import math
from decimal import Decimal

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.magnitudes import fit_bounds, within
from seedbed.model import TypeKind

__all__ = ["FACTOR_WORDS", "SHARE_WORDS", "check_range", "neutral_number"]

#: Words of a part of a whole, kept as a share of one where the type allows.
SHARE_WORDS = frozenset("""ratio fraction share proportion probability likelihood chance illumination coverage
efficiency utilisation utilization occupancy saturation completeness purity humidity albedo reflectance
transmittance emissivity porosity recovery yield""".split())
_PERCENT_WORDS = frozenset("pct percent percentage perc".split())
#: Words of a quantity relative to a reference: around 1.
FACTOR_WORDS = frozenset("index factor multiplier coefficient coeff quotient".split())
#: Median of an unknown quantity by the whole digits its type keeps (None: no precision).
_MEDIANS = {0: 0.3, 1: 1.0, 2: 3.0, 3: 4.0}
_WIDE = 6.0


def _whole_digits(ctx: Ctx) -> int | None:
    ctype = ctx.column.type
    if ctx.kind is TypeKind.NUMERIC and ctype.precision is not None:
        return ctype.precision - (ctype.scale or 0)
    return None


def _decimals(ctx: Ctx, median: float) -> int:
    """The column's scale, but no more than three significant digits around ``median`` need."""
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    want = 3 if median < 1 else 2 if median < 10 else 1 if median < 100 else 0
    return want if scale is None else min(scale, max(want, 0))


def neutral_number(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``number.measure`` parameters for a NUMERIC or FLOAT column of no known meaning (module docstring)."""
    if ctx.kind not in (TypeKind.NUMERIC, TypeKind.FLOAT) or ctx.column.type.is_array or not ctx.toks:
        return None
    words = set(ctx.toks)
    whole = _whole_digits(ctx)
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    if words & _PERCENT_WORDS or (words & SHARE_WORDS and scale == 0):
        low, high = fit_bounds(ctx, 0.0, 100.0)
        if low < high:
            return "number.measure", {"median": min(max(35.0, low), high), "sigma": 0.7, "low": low, "high": high,
                                      "decimals": _decimals(ctx, 35.0)}, "a percentage of unknown meaning: 0-100"
    if words & SHARE_WORDS:
        low, high = fit_bounds(ctx, 0.0, 1.0)
        if low < high:
            return "number.measure", {"median": min(max(0.35, low), high), "sigma": 0.8, "low": low, "high": high,
                                      "decimals": _decimals(ctx, 0.35)}, "a share of one: its words say a part of a whole"
    if ctx.toks[-1] in FACTOR_WORDS or ctx.toks[0] in FACTOR_WORDS:
        low, high = fit_bounds(ctx, 0.05, 10.0)
        if low < high:
            return "number.measure", {"median": min(max(1.0, low), high), "sigma": 0.35, "low": low, "high": high,
                                      "decimals": _decimals(ctx, 1.0)}, "an index or a factor: around 1"
    median = _MEDIANS.get(whole, _WIDE) if whole is not None else 5.0
    low, high = fit_bounds(ctx, median / 50, median * 25)
    if low >= high:
        return None
    return "number.measure", {"median": within(median, low, high, 0.8), "sigma": 0.8, "low": low, "high": high,
                              "decimals": _decimals(ctx, median)}, \
        "a number of unknown meaning: a modest measurement, well inside its type"


#: A CHECK range at least this wide (its top over its bottom, or over 1) is a limit, not where values lie.
_WIDE_RANGE = 50.0


def check_range(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A number nothing else read whose only scale is a wide CHECK range (``n_pages BETWEEN 1 AND 500``,
    ``fleet_size BETWEEN 0 AND 10000``): the range is what the schema allows, not what rows hold, so the values
    lean to its low end, log-normal around the range's geometric middle (a deed of 22 pages, rarely 200),
    instead of uniform over it (302-481 pages). A 0-100 scale is left as it is: its values spread over it."""
    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or ctx.column.type.is_array:
        return None
    low, high = (getattr(b, "value", None) for b in (ctx.domain.low, ctx.domain.high))
    if not all(isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in (low, high)):
        return None
    low, high = float(low), float(high)
    bottom = max(low, 1.0 if ctx.kind is TypeKind.INTEGER else low)
    if low < 0 or bottom <= 0 or high / bottom < _WIDE_RANGE or (low, high) == (0.0, 100.0) \
            or set(ctx.toks) & _PERCENT_WORDS:
        return None
    median = (bottom * high) ** 0.5
    sigma = math.log(high / bottom) / 6
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                              "decimals": _decimals(ctx, median)}, \
        f"bounded {low:g}-{high:g} by a CHECK: values lean to its low end (around {median:.3g})"
