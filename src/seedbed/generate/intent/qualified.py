"""A quantity said with a qualifier, inside a container of time, or as a factor (issue 10, r29).

``mean_wind_speed`` is a wind speed and ``x_max`` an x (the bare name's reading; a ``max_``/``peak_`` one
toward the top of its range, a ``min_`` one toward the bottom); ``minutes_lost_per_hour`` is at most the 60
minutes an hour holds; a ``enrichment_factor`` nothing else read is around 1. Read by ``numbers.number_rule``.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["QUALIFIERS", "factor", "toward_end", "unqualified", "within_container"]


#: Words before a quantity that say which of its values it is, not another quantity (``peak_power_kw``).
QUALIFIERS = frozenset("""min max minimum maximum avg average mean median peak typical expected target nominal
planned estimated est usual normal default nominal""".split())
#: Qualifiers that say a quantity's top or bottom (a lorry's max speed is ~90 where its speed is ~60).
_HIGH_END, _LOW_END = frozenset("max maximum peak top highest".split()), frozenset("min minimum lowest".split())


def toward_end(toks: tuple[str, ...], params: dict) -> dict:
    """A typical value's parameters moved toward the top (``max_``, ``peak_``) or the bottom (``min_``) of its
    range, inside its bounds; other qualifiers (mean, typical, target) keep it."""
    said = {toks[0], toks[-1]}
    median, low, high = params.get("median"), params.get("low"), params.get("high")
    if not isinstance(median, (int, float)) or not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return params
    if said & _HIGH_END:
        return {**params, "median": min(median * 1.4, low + 0.9 * (high - low))}
    if said & _LOW_END:
        return {**params, "median": max(median * 0.6, low + 0.1 * (high - low))}
    return params


def unqualified(ctx: Ctx) -> tuple[str, ...] | None:
    """The name's tokens without a leading qualifier (``mean_temperature``), or without a trailing
    ``min``/``max`` whose partner is a sibling (``depth_min`` / ``depth_max``: a lone ``duration_min``
    is minutes); None when the name has none."""
    toks = ctx.toks
    if len(toks) > 1 and toks[0] in QUALIFIERS:
        return toks[1:]
    if len(toks) > 1 and toks[-1] in ("min", "max"):
        name = ctx.column.name.lower()
        other = name[:-3] + ("max" if toks[-1] == "min" else "min")
        if any(c.name.lower() == other for c in ctx.table.columns):
            return toks[:-1]
    return None


#: Units of time, in seconds, a quantity is counted in or held by (``minutes_lost_per_hour``).
_CONTAINED = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400,
              "shift": 8 * 3600, "night": 12 * 3600, "week": 604800}


def within_container(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Time counted per a longer unit of time (``minutes_lost_per_hour``, ``break_minutes_per_hour``): at
    most the container holds (60 minutes of an hour), most often a small part of it, not a count of any
    size or an hour of the day (r29). Hours over a day or a week are ``magnitudes._per_period``'s."""
    pieces = [p for p in ctx.column.name.lower().split("_") if p]
    if "per" not in pieces[1:-1]:
        return None
    at = pieces.index("per")
    container = pieces[at + 1].rstrip("s")
    unit = next((t for t in ctx.toks if t in _CONTAINED and t in {p.rstrip("s") for p in pieces[:at]}), None)
    if unit is None or container not in _CONTAINED or _CONTAINED[unit] >= _CONTAINED[container] \
            or (unit in ("hour", "hr") and container in ("day", "week")):
        return None
    from seedbed.generate.intent.magnitudes import fit_bounds

    top = _CONTAINED[container] / _CONTAINED[unit]
    low, high = fit_bounds(ctx, 0.0, top)
    if low >= high:
        return None
    median = top / 10
    return "number.measure", {"median": median, "sigma": 0.8, "low": low, "high": high,
                              "decimals": 0 if ctx.kind is TypeKind.INTEGER or median >= 10 else 1}, \
        f"{unit}s within one {container}: at most {top:g}"


def factor(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A factor, a multiplier or a coefficient nothing else read (``enrichment_factor``): around 1, not the
    phrase table's 0-100 score (r29)."""
    from seedbed.generate.intent.plainnumbers import FACTOR_WORDS, neutral_number

    if ctx.toks[-1] not in FACTOR_WORDS - {"index"} or ctx.kind is TypeKind.INTEGER:
        return None
    return neutral_number(ctx)
