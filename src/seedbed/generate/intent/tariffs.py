"""Prices per unit, supply voltages, credit scores and building sizes at their real scale (issue 10).

An ``energy_rate_per_kwh`` of 2.61, a ``gas_rate_per_therm`` of 887, a ``voltage_v`` of 9, a
``credit_score`` of 78, a ``sq_ft`` of 3: generic numbers where the name says the scale. The unit
prices live in ``data/vocab/tariffs.json`` (by the unit word after ``per``); read by
``scales.scale_rule`` before its named quantities.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.telemetry import BILLED, PRICED
from seedbed.model import TypeKind

__all__ = ["tariff_rule"]


@lru_cache(maxsize=1)
def _vocab() -> dict:
    from seedbed.generate.realistic.vocab import load

    return load("tariffs")


def _area_unit(toks: tuple[str, ...]) -> str | None:
    areas = _vocab()["area_units"]
    for n in (2, 1):
        if len(toks) >= n and (hit := areas.get(" ".join(toks[-n:]))):
            return hit
    return None


def _per_unit(ctx: Ctx, toks: tuple[str, ...]) -> tuple[str, dict, str] | None:
    """A price per unit (``rate_per_kwh``, ``price_per_gallon``, ``demand_charge_per_kw``, ``kwh_rate``)."""
    v = _vocab()
    prices, rates = v["per_unit"], set(v["rate_words"])
    unit = toks[toks.index("per") + 1] if "per" in toks[:-1] else None
    if unit is None and len(toks) >= 2 and toks[-1] in rates and toks[-2] in prices:
        unit = toks[-2]  # kwh_rate, therm_price
    if unit is None and len(toks) >= 2 and toks[-1] in prices and set(toks[:-1]) & rates:
        unit = toks[-1]  # rate_kwh, tariff_therm
    if unit not in prices or ctx.kind is TypeKind.INTEGER:
        return None
    median, sigma, low, high, decimals = prices[unit]
    scale = ctx.column.type.scale
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                              "decimals": min(decimals, scale) if scale is not None else decimals}, \
        f"a price per {unit}"


def tariff_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A price per unit, a supply voltage, a credit score or a building's area at its real scale."""
    toks, words = ctx.toks, set(ctx.toks)
    v = _vocab()
    found = _per_unit(ctx, toks)
    if found:
        return found
    if toks[-1] in ("therm", "ccf", "mcf") and not words & PRICED and (words | set(ctx.table_toks)) & BILLED:
        return "number.measure", {"median": 45 if toks[-1] != "mcf" else 4.5, "sigma": 0.8, "low": 0,
                                  "high": 50_000, "decimals": 1}, f"gas billed over a period in {toks[-1]}s"
    if words & set(v["voltage_words"]) and ctx.kind is TypeKind.INTEGER \
            and not (words | set(ctx.table_toks)) & set(v["sensor_words"]):
        return "number.measure", {"values": v["service_voltages"]}, "a supply voltage (120, 240, 480 V)"
    if {"credit", "score"} <= words or "fico" in words:
        return "number.measure", {"median": 700, "sigma": 0.1, "low": 300, "high": 850, "decimals": 0}, \
            "a credit score (300-850)"
    unit = _area_unit(toks)
    if unit and (len(toks) <= 3 or words & {"area", "size", "floor"}):
        building = bool((words | set(ctx.table_toks)) & set(v["building_words"]))
        median = (1_800 if unit == "sqft" else 170) if building else (600 if unit == "sqft" else 60)
        return "number.measure", {"median": median, "sigma": 0.8, "low": 100 if unit == "sqft" else 10,
                                  "high": 2_000_000 if unit == "sqft" else 200_000,
                                  "decimals": 0 if ctx.kind is TypeKind.INTEGER else 1}, \
            f"a {'building' if building else 'space'}'s area in {unit}"
    return None
