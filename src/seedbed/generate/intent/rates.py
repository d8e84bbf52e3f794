"""Quantities over a denominator, shares that lean, what one event counts, rents and worn sizes
(issue 10, round 8).

A ``yield_kg_per_ha`` is thousands, a ``mortality_per_1000`` a few, a ``fuel_l_per_hour`` a dozen,
a ``water_exchange_pct_per_day`` a few percent; a ``mortality_pct`` is small and a ``survival_rate``
close to whole, whether kept in percent or as a share of one; an incident hurts nobody most of the
time, involves one or two people and loses a few hours, never more than a day holds. One mechanism:

1. a rate: the name's words before ``per`` (the numerator: its words and its unit) and the word
   after (the denominator: an area, a time, a number of people, a volume), the first row of
   ``measures.json``'s ``rates`` that fits, scaled by how many base units the denominator is (per
   acre is 0.4 of per hectare, per 1000 a thousand of per one) and converted to the numerator's unit;
2. a share: a percentage or a fraction whose words say where it leans (``shares``), drawn in percent
   or in a share of one as the column keeps it (its precision, its CHECK, its words);
3. an event: a count of people or a time in a table of incidents (``events``);
4. money over a period (a rent: ``money``), scaled to the name's period and area, in round sums;
5. a size in a sizing system (a shoe's, a boot's: ``sizes``), in the system the name or the
   column's bounds say.

Money per unit (``price_per_kg``) is not a rate here: the money rules price it. Read by
``scales.scale_rule`` before the magnitudes and the money rules.
"""

from __future__ import annotations

import re
from decimal import Decimal

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.magnitudes import PERIODS, decimals_for, fit_bounds
from seedbed.generate.intent.tokens import singular
from seedbed.generate.intent.units import UNITS, from_base
from seedbed.model import TypeKind

__all__ = ["event_rule", "lean", "money_over", "rate_of", "share_rule", "worn_size"]


def _data() -> dict:
    from seedbed.generate.realistic.vocab import load

    return load("measures")


#: Words that make the numerator money: a price or a cost per unit is the money rules'.
_MONEY = frozenset("""price cost rate fee tariff charge value amount rent paid revenue income spend spent wage pay
salary budget margin profit premium""".split())
#: Words of a percentage or a share of one.
_PERCENT = frozenset("pct percent percentage abv".split())
_SHARE = frozenset("rate ratio fraction share proportion".split())
#: Times counted over a period (``hours_per_week``): ``magnitudes``' hours over a period, not a rate.
_TIMES = frozenset("hour hr hrs minute min second sec".split())
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _pieces(name: str) -> list[str]:
    """The raw lower-case pieces of a name (numbers kept: ``per_1000``, ``per100k``)."""
    return [p for p in re.split(r"[^a-z0-9]+|(?<=per)(?=[0-9])", _CAMEL.sub("_", name).lower()) if p]


def _measure(ctx: Ctx, median: float, sigma: float, low: float, high: float, why: str,
             **extra: float) -> tuple[str, dict, str] | None:
    low, high = fit_bounds(ctx, low, high)
    if low > high:
        return None
    median = min(max(median, low if low > 0 else median), high)
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                              "decimals": decimals_for(ctx, median), **extra}, why


def rate_of(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A quantity over a denominator (module docstring, 1), else None."""
    pieces = _pieces(ctx.column.name)
    if "per" not in pieces or pieces.index("per") in (0, len(pieces) - 1):
        return None
    at = pieces.index("per")
    over = [singular(p) if not p[0].isdigit() else p for p in pieces[:at]]
    data = _data()
    den = data["denominators"].get(pieces[at + 1]) or data["denominators"].get(singular(pieces[at + 1]))
    if den is None or set(over) & _MONEY or over[-1] in PERIODS or over[-1] in _TIMES:
        return None  # money per unit: the money rules'; hours_per_week: ``magnitudes``' hours over a period
    kind, factor = den
    unit = UNITS.get(pieces[at - 1])
    words = set(over)
    for row in data["rates"]:
        dimension = row["dimension"]
        if row["per"] != kind or not (row["words"] == "*" or words & set(row["words"].split())):
            continue
        if dimension == "share":
            if not words & _PERCENT:
                continue
        elif (unit.dimension if unit else None) != dimension:
            continue
        scale = 1.0 if row.get("flat") else factor
        convert = (lambda v: from_base(unit, v)) if unit else (lambda v: v)
        median, low, high = (convert(row[k] * scale) for k in ("median", "low", "high"))
        return _measure(ctx, median, row["sigma"], low, high,
                        f"a {'share' if dimension == 'share' else dimension or 'count'} per {pieces[at + 1]}")
    return None


def money_over(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Money paid over a period (a rent: ``monthly_rent`` ~1,200 in steps of 25, ``weekly_rent`` a
    quarter of it, ``rent_per_sqft_year`` ~17), from ``measures.json``'s ``money``, else None."""
    words = set(ctx.toks)
    row = next((r for r in _data()["money"] if words & set(r["words"].split())), None)
    if row is None or ctx.kind not in (TypeKind.NUMERIC, TypeKind.INTEGER, TypeKind.FLOAT):
        return None
    pieces = _pieces(ctx.column.name)
    after = pieces[pieces.index("per") + 1:] if "per" in pieces else []
    period = next((w for w in ctx.toks if w in PERIODS), None) or next((p for p in after if p in PERIODS), None)
    months = PERIODS[period] / PERIODS["month"] if period else 1.0
    den = next((_data()["denominators"].get(p) for p in after if p in _data()["denominators"]), None)
    area = den is not None and den[0] == "area"
    median, low, high, step = (row["per_m2"] * den[1] / 0.0001, 0.01, 10_000.0, 0.0) if area else \
        (row["median"], row["low"], row["high"], row["step"])
    scale = months
    found = _measure(ctx, median * scale, row["sigma"], low * scale, high * scale,
                     f"money over a period ({period or 'month'}){', per area' if area else ''}")
    step = step if months >= 1 else max(1.0, round(step * months / 5) * 5)
    if found is not None and step and median * scale >= 20 * step:  # people round a rent: 1,250, not 1,247.33
        found[1]["step"] = step
    return found


def worn_size(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A size in a sizing system (``boot_size`` 42 in EU sizes, 8.5 in UK ones, 26.5 mondopoint), not a
    length of a few tens (``measures.json``'s ``sizes``), else None."""
    words = set(ctx.toks)
    row = next((r for r in _data()["sizes"] if words & set(r["words"].split())), None)
    if row is None or not words & {"size", "sizing"} and "mondo" not in words:
        return None
    systems = row["systems"]
    name = next((w for w in ctx.toks if w in systems), None)
    if name is None:
        high = fit_bounds(ctx, 0.0, 1e9)[1]
        whole = ctx.kind is TypeKind.INTEGER or ctx.column.type.scale == 0
        name = next((n for n, (_, _, _, hi, step) in systems.items() if hi <= high and (step == 1) == whole), None)
        if name is None:
            return None
    mean, sd, low, high, step = systems[name]
    return "number.measure", {"median": mean, "sd": sd, "low": low, "high": high, "step": step,
                              "decimals": 0 if step >= 1 else 1}, f"a size in {name.upper()} sizes"


def lean(words: set[str], around: frozenset[str] | set[str] = frozenset()) -> tuple[str, dict] | None:
    """Where a share named by ``words`` leans: the name and row of ``measures.json``'s ``shares``, else None;
    a row with ``when`` words only where one of them is ``around`` (a contract's retention is its 5% held back)."""
    return next(((name, row) for name, row in _data()["shares"].items() if words & set(row["words"].split())
                 and ("when" not in row or set(row["when"].split()) & around)), None)


def _of_one(ctx: Ctx) -> bool:
    """Whether a share is kept as a share of one (0.85), not in percent (85): one integer digit at
    most, a CHECK up to 1, or a fraction's word (not a percentage's) in a float."""
    ctype = ctx.column.type
    high = getattr(ctx.domain.high, "value", None)
    if isinstance(high, int | float | Decimal) and not isinstance(high, bool):
        return float(high) <= 1
    if ctx.kind is TypeKind.NUMERIC and ctype.precision is not None and ctype.scale:
        return ctype.precision - ctype.scale <= 1
    return ctx.kind is TypeKind.FLOAT and not set(ctx.toks) & _PERCENT


def share_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A percentage or a share of one whose words say where it leans (module docstring, 2)."""
    words = set(ctx.toks)
    if ctx.kind is TypeKind.INTEGER and not words & _PERCENT or not words & (_PERCENT | _SHARE) or "per" in words:
        return None
    pieces = _pieces(ctx.column.name)
    around = {singular(w) for w in ctx.table_toks} | ctx.sibling_words
    joined = {a + b for a, b in zip(pieces, pieces[1:])}  # on_time_pct: ontime
    found = lean(words | {singular(p) for p in pieces} | joined, around)  # shrinkage_pct as written
    if found is None:
        return None
    name, row = found
    median, sigma = next((v for words, v in row.get("by", {}).items() if around & set(words.split())),
                         (row["median"], row["sigma"]))
    row = {**row, "median": median, "sigma": sigma}
    whole = 1.0 if _of_one(ctx) else 100.0
    why = f"a share leaning {name} ({'of one' if whole == 1 else 'in percent'})"
    if not row.get("complement"):
        return _measure(ctx, row["median"] * whole, row["sigma"], 0.0, row["high"] * whole, why)
    # close to whole: its small complement is drawn (within the lean's bound), then taken from the whole
    return "number.measure", {"median": row["median"] * whole, "sigma": row["sigma"], "low": 0.0,
                              "high": row["high"] * whole, "complement": whole,
                              "decimals": decimals_for(ctx, whole / 10)}, why


def event_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """People counted in one event and time it lost, in a table of incidents (module docstring, 3)."""
    events = _data()["events"]
    table = {singular(w) for w in ctx.table_toks}
    if not table & set(events["tables"].split()):
        return None
    words = set(ctx.toks)
    if ctx.kind is TypeKind.INTEGER:
        for row in events["people"]:
            if words & set(row["words"].split()):
                return _measure(ctx, row["median"], row["sigma"], 1, row["high"],
                                "people of one event: a few, often none", zero=row["zero"])
    time = events["time"]
    unit = next((t for t in reversed(ctx.toks) if t in time and t != "words"), None)
    if unit is not None and words & set(time["words"].split()):
        median, sigma, low, high = time[unit]
        return _measure(ctx, median, sigma, low, high, f"{unit}s lost in one event")
    return None
