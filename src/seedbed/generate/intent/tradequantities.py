"""A number column in the measures of the schema's own trade (issue 10, round 10, r31).

A trade's quantities often have no unit in their name, or a unit no table of seedbed knows: an
observatory's ``airmass`` (1.0-3.0), ``seeing_arcsec`` (about one second of arc), ``redshift`` and
``magnitude``; a dental chart's ``tooth_number`` (an FDI number, 11-48) and ``pocket_depth_mm``
(2-6 mm, not a parcel's millimetres); a weather station's ``wind_direction`` in degrees; a film
crew's ``lens_mm`` (one of the primes). Read by name alone they come out as generic numbers
(airmass 9.3, a tooth 0). ``trades.json`` packs (``trades.d/*.json``) list each trade's
``quantities``: a phrase of the column's tokens -> its typical size (median, log-sigma, low,
high, decimals, and the unit those are in), one of a set of values, or a uniform range. Only the
leading trade's list is read (``sectors.sector``), so a ``magnitude`` is an astronomer's only in an
observatory's schema. Read by ``scales.scale_rule`` first.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["trade_quantity_rule"]

Cand = tuple[str, dict, str]


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, object]]:
    from seedbed.generate.realistic.vocab import load

    return {trade: spec["quantities"] for trade, spec in load("trades")["trades"].items() if spec.get("quantities")}


@lru_cache(maxsize=64)
def _uniform(low: float, high: float, decimals: int) -> tuple[float, ...]:
    """Evenly spread values over ``[low, high]`` with irregular last digits (a right ascension is
    any angle): a fixed set the ``values`` form picks from, the same in every run."""
    spread = (np.arange(1, 998) * 0.6180339887498949) % 1.0  # golden-ratio steps: even, no pattern
    return tuple(float(round(x, decimals)) for x in low + (high - low) * spread)


def _phrase(ctx: Ctx, table: dict[str, object]) -> str | None:
    """The longest run of the column's tokens the trade lists (``pocket depth`` of
    ``pocket_depth_mm``, ``tooth number``), its unit word left out."""
    toks = ctx.toks
    for k in range(min(len(toks), 4), 0, -1):
        for i in range(len(toks) - k, -1, -1):
            phrase = " ".join(toks[i:i + k])
            if phrase in table:
                return phrase
    return None


def _factor(ctx: Ctx, unit: str | None) -> float | None:
    """How many of the column's own unit one of the list's unit is (1.0 when the column names none
    or the same one); None when the column's unit is of another dimension (a listed ``duration``
    in seconds is no ``duration_km``)."""
    from seedbed.generate.intent.units import UNITS, column_unit

    if not unit:
        return 1.0
    own = column_unit(ctx.column.name, ctx.toks)
    listed = UNITS.get(unit)
    if own is None or listed is None or own.word == unit:
        return 1.0
    if own.dimension != listed.dimension:
        return None
    return listed.factor / own.factor


def trade_quantity_rule(ctx: Ctx) -> Cand | None:
    """The leading trade's typical size for the column's quantity (module docstring), or None: no
    trade leads, or it lists no such quantity."""
    from seedbed.generate.intent.bareheads import bare_fits
    from seedbed.generate.intent.magnitudes import fit_bounds
    from seedbed.generate.intent.sectors import sector

    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or not ctx.toks:
        return None
    top = sector(ctx)
    table = _lists().get(top or "")
    phrase = _phrase(ctx, table) if table else None
    if phrase is None or not bare_fits(ctx, top, phrase):  # r35: a staff_count is no count of animals
        return None
    spec = table[phrase]
    why = f"a {phrase} as {top.replace('_', ' ')} measures it"
    if isinstance(spec, dict):
        values = spec.get("values") or _uniform(*map(float, spec["uniform"]), int(spec.get("decimals", 2)))
        low, high = fit_bounds(ctx, float("-inf"), float("inf"))
        fit = [float(v) for v in values if low <= float(v) <= high and (ctx.kind is not TypeKind.INTEGER
                                                                         or float(v).is_integer())]
        return ("number.measure", {"values": fit}, why) if len(fit) >= 2 else None
    median, sigma, low, high, decimals, *unit = spec
    factor = _factor(ctx, unit[0] if unit else None)
    if factor is None:
        return None
    if not unit and ctx.toks[-1] == "cent":  # a cinema's ticket price kept in cents (price_cents): 1150, not 11.5
        factor, decimals, why = factor * 100, 0, why + ", in cents"
    low, high = fit_bounds(ctx, low * factor, high * factor)
    if low > high:
        return None
    median = min(max(median * factor, low), high)
    if ctx.kind is TypeKind.NUMERIC and ctx.column.type.scale is not None:
        decimals = min(decimals, ctx.column.type.scale)
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                              "decimals": decimals}, why
