"""Numbers of devices and their telemetry at their real scale and sign (issue 10, round 4).

A Wi-Fi ``rssi`` or a ``signal_strength_dbm`` is negative (-30 to -95 dBm), a ``battery_level``
a percentage skewed high, an ``uptime`` days of seconds, a daily ``kwh`` a few units, a
``calibration_offset`` a small number either side of zero; an integer ``latitude`` / ``longitude`` is degrees scaled to
an integer (OpenStreetMap stores degrees x 10^7), its scale read from the comment or, failing
that, the integer's width. Read by ``numbers.number_rule`` before the generic scales.
"""

from __future__ import annotations

import re

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

#: Words of a price (``kwh_rate`` is money per kWh: ``intent.tariffs``) and of a billing period.
PRICED = frozenset("rate price tariff charge cost fee per".split())
#: Words of a meter's cumulative reading (years of use, not one device's day).
METERS = frozenset("meter reading register index cumulative".split())
BILLED = frozenset("bill billing invoice statement total monthly month period usage consumption".split())

__all__ = ["telemetry_rule"]

_SIGNAL = frozenset({"rssi", "dbm"})
_BATTERY_HEADS = frozenset("level percent percentage pct charge remaining battery soc".split())
_CORRECTIONS = frozenset("offset bias drift correction skew".split())
_LAT = frozenset({"latitude", "lat"})
_LON = frozenset({"longitude", "lon", "lng"})
#: A scale written in a comment or a name: 1e7, 10^7, 10000000, "e7".
_SCALE = re.compile(r"(?:1e|10\^|10\*\*|(?<![a-z])e)([5-9])(?![0-9])|(?<![0-9])1(0{5,9})(?![0-9])")


def telemetry_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A signal strength, battery charge, uptime, energy or power reading, or a scaled coordinate."""
    toks, words = ctx.toks, set(ctx.toks)
    if ctx.kind is TypeKind.INTEGER and (ctx.column.type.bits or 64) >= 32:
        found = _scaled_coordinate(ctx)
        if found:
            return found
    if words & _SIGNAL or {"signal", "strength"} <= words:
        return "number.measure", {"median": 62, "sigma": 0.18, "low": 28, "high": 100, "sign": -1, "decimals": 0}, \
            "a received signal strength in dBm (negative)"
    if "battery" in words and toks[-1] in _BATTERY_HEADS:
        return "number.measure", {"median": 68, "sigma": 0.45, "low": 1, "high": 100, "decimals": 0}, \
            "a battery's charge in percent"
    if "uptime" in words:
        return "number.measure", {"median": 9 * 86_400, "sigma": 1.3, "low": 60, "high": 400 * 86_400}, \
            "an uptime in seconds: days"
    if (toks[-1] in ("kwh", "kilowatt") or "kwh" in words) and not words & PRICED \
            and not words & METERS:  # a meter's reading: ``magnitudes``
        if (words | set(ctx.table_toks)) & BILLED:  # a bill's or a month's energy: hundreds of kWh
            return "number.measure", {"median": 850, "sigma": 0.6, "low": 20, "high": 60_000, "decimals": 1}, \
                "energy billed over a period in kWh"
        if words & {"capacity", "storage", "stored", "battery", "pack"}:  # a battery: ``magnitudes``, by its holder
            return None
        return "number.measure", {"median": 1.4, "sigma": 1.0, "low": 0.001, "high": 150, "decimals": 3}, \
            "energy used by a device in kWh"
    if toks[-1] in _CORRECTIONS and ctx.kind is not TypeKind.INTEGER:  # an integer offset is a position
        return "number.measure", {"median": 0.4, "sigma": 0.9, "low": 0.0, "high": 5.0, "sign": 0, "decimals": 2}, \
            "a small correction either side of zero"
    return None  # a power in watts: ``magnitudes`` (a device's draw, an athlete's output, an engine's)


def _scaled_coordinate(ctx: Ctx) -> tuple[str, dict, str] | None:
    words = set(ctx.toks)
    if ctx.toks[-1] in _LAT or words & {"latitude"}:
        name = "geo.scaled_latitude"
    elif ctx.toks[-1] in _LON or words & {"longitude"} or (ctx.toks[-1] == "long" and ctx.has_sibling("latitude", "lat")):
        name = "geo.scaled_longitude"
    else:
        return None
    text = f"{ctx.column.comment or ''} {ctx.column.name}".lower().replace(" ", "")
    found = _SCALE.search(text)
    exponent = int(found.group(1)) if found and found.group(1) else len(found.group(2)) if found else 7
    if not found and ("micro" in text or "microdeg" in text):  # microdegrees
        exponent = 6
    if (ctx.column.type.bits or 64) <= 32:
        exponent = min(exponent, 7)  # 180 x 10^7 is the most a 32-bit integer holds
    from seedbed.generate.intent.places import coordinate_pair

    return name, {"scale": 10 ** exponent, "null_key": coordinate_pair(ctx)}, f"degrees x 10^{exponent} kept as an integer"
