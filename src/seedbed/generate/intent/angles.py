"""Angles read from a column's words, with or without a unit (issue 10, r34).

A compass ``facing_bearing`` drew a small count (0-59), a clinometer's ``inclination`` a modest positive
measurement, an ``elevation_angle`` an altitude of 5,000 m. What the angle is says its range:

* a direction round the compass (bearing, heading, azimuth, course, strike, a dip's or a wind's direction):
  0-360, any way round;
* a signed angle from level (inclination, tilt, pitch, roll, an elevation angle): -90..90, mostly small, either
  side of zero;
* a slope or a dip (a hillside's, a bed's): 0-90, mostly small.

Words that are angles only beside others (``course`` of a school, ``pitch`` of a football ground, ``strike``
of a labour dispute) need a unit of degrees or an angle among the row's siblings.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["angle_rule"]

_COMPASS = frozenset("bearing heading azimuth azi".split())
_COMPASS_LOOSE = frozenset("course direction strike orientation aspect".split())
_SIGNED = frozenset("inclination tilt".split())
_SIGNED_LOOSE = frozenset("pitch roll yaw".split())
_SLOPE = frozenset("slope dip gradient".split())
_DEGREES = frozenset("deg degree degrees".split())
#: Siblings that make a loose word an angle (a ``course`` beside a ``heading``, a ``dip`` beside its ``strike``).
_ANGLE_SIBLINGS = _COMPASS | _SIGNED | _SLOPE | _DEGREES | frozenset("strike azimuth".split())
#: Words that make a number something else than an angle (a course's fee, a slope's length).
_NOT_ANGLE = frozenset("""id no number num code count length distance width height fee price cost rate speed m km ft
percent pct ratio quotient factor index coefficient multiplier""".split())
#: Things whose pitch is a slope (a roof's, a stair's, a ramp's), not an angle either side of level.
_PITCHED = frozenset("roof roofs stair stairs staircase ramp ramps".split())


def angle_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``number.measure`` parameters of an angle column (module docstring), else None."""
    from seedbed.generate.intent.magnitudes import fit_bounds

    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or ctx.column.type.is_array:
        return None
    words = set(ctx.toks)
    if not words or words & _NOT_ANGLE or ctx.toks[-1] in ("min", "max") and "wind" not in words:
        return None
    sure = bool(words & _DEGREES) or bool((ctx.sibling_words - words) & _ANGLE_SIBLINGS)
    elevation = "elevation" in words and "angle" in words
    if words & _COMPASS or words & _COMPASS_LOOSE and (sure or "wind" in words) \
            or {"dip", "direction"} <= words:
        low, high, kind = 0.0, 359.9 if ctx.kind is not TypeKind.INTEGER else 359.0, "compass"
    elif (words & _SLOPE or "pitch" in words) and (words | set(ctx.table_toks)) & _PITCHED:
        low, high, kind = 0.0, 90.0, "slope"
    elif words & _SIGNED or elevation or words & _SIGNED_LOOSE and (sure or "angle" in words):
        low, high, kind = -90.0, 90.0, "signed"
    elif words & _SLOPE and (sure or "angle" in words or "dip" in words):
        low, high, kind = 0.0, 90.0, "slope"
    else:
        return None
    low, high = fit_bounds(ctx, low, high)
    if low >= high:
        return None
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    decimals = 0 if ctx.kind is TypeKind.INTEGER else min(scale if scale is not None else 1, 1)
    if kind == "compass":
        return "number.measure", {"low": low, "high": high, "uniform": True, "decimals": decimals}, \
            "a direction round the compass: 0-360"
    if kind == "signed":
        return "number.measure", {"median": min(max(0.0, low), high), "sd": 12.0, "low": low, "high": high,
                                  "decimals": decimals}, "an angle from level: either side of zero, mostly small"
    median = 25.0 if (words | set(ctx.table_toks)) & _PITCHED else 12.0
    return "number.measure", {"median": min(max(median, low), high), "sigma": 0.7, "low": max(low, 0.5), "high": high,
                              "decimals": decimals}, "a slope or a dip: 0-90, mostly small"
