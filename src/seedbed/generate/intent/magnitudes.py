"""Measured quantities at the magnitude of their unit and of what they measure (issue 10, round 7).

A ``volume_ml`` of a blood donation is about 470, of a parcel thousands, of a dose five; a
``weight_kg`` is 75 for a person, 2 for a parcel and 18,000 for a truck; a ``temp_c`` is 37 on a
person, 4 in a cold store and 90 in an engine's coolant. One mechanism gives them all:

1. the unit the name ends with (``units.column_unit``): the dimension and the conversion;
2. what is measured: the subjects the table, then its parents (its foreign keys' tables) name
   (a person, an animal, a truck, a parcel, a building, a field ...);
3. which part or aspect: the column's other words, then the table's (``height``, ``tank``,
   ``tyre``, ``coolant``, ``payload``, ``storage``, ``fuel``);
4. the first row of ``_TYPICAL`` that matches (an aspect of a subject, an aspect of anything, the
   subject as a whole), kept in the dimension's base unit, converted to the column's unit and
   fitted to its ``numeric(p,s)`` and its CHECK bounds.

Without a row, a quantity stays near a few tens of its own unit (the neutral fallback). Read by
``scales.scale_rule`` before the per-domain rules and the phrase table.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from seedbed.generate.intent.context import PERSON_NOUNS, PRODUCT_NOUNS, Ctx
from seedbed.generate.intent.dimensions import (
    ASPECTS,
    EXTENTS,
    LONG_THINGS,
    PART_FREE,
    kelvin_temperature,
    neutral_amount,
    neutral_size,
)
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.generate.realistic.vocab import load
from seedbed.generate.intent.units import (
    MARKS,
    Unit,
    column_unit,
    comment_unit,
    customary_unit,
    from_base,
    self_named,
    spread_to_unit,
)
from seedbed.model import TypeKind

__all__ = ["PERIODS", "decimals_for", "fit_bounds", "magnitude_rule", "within"]

#: What the table of typical values reads: ``vocab/measures.json`` (its ``_doc`` says the format).
_DATA = load("measures")
#: Words that make a table (or a parent table) about one kind of subject (people and products also by
#: the nouns every rule shares).
_SUBJECTS: dict[str, frozenset[str]] = {
    s: frozenset(words.split()) | (PERSON_NOUNS if s == "person" else frozenset())
    | (PRODUCT_NOUNS - {"item", "listing", "offering", "variant"} if s == "product" else frozenset())
    for s, words in _DATA["subjects"].items()}
_SUBJECT_OF = {w: s for s, words in _SUBJECTS.items() for w in words}

#: (subject or None, dimension, aspect words or None, typical value in the base unit, spread, low, high),
#: most specific first. The spread is a log-sigma, except in the dimensions that sit either side of a
#: middle (``normal``: a temperature, a pH, a sound level) where it is a standard deviation.
_TYPICAL: tuple[tuple[str | None, str, frozenset[str] | None, float, float, float, float], ...] = tuple(
    (s, dim, frozenset(words.split()) if words else None, float(t), float(sp), float(lo), float(hi))
    for s, dim, words, t, sp, lo, hi in _DATA["typical"])
#: Dimensions whose spread is a standard deviation: their values sit either side of a middle.
_NORMAL = frozenset(_DATA["normal"])
#: Words of one of the things a row counts (``avg_fish_weight_g`` of a harvest): not an aspect of the table.
_ONE_OF = frozenset("average avg mean each individual unit per piece".split())
#: Words of an amount of stuff in a unit (``quantity_kg``, ``total_kg``), not the size of a subject.
_STUFF = frozenset("quantity qty total sum".split())
#: Nouns of a measured quantity, by dimension: a column named by one alone (``weight``, ``height``)
#: is kept in the unit its comment says, else in the customary unit of its subject's typical size.
_NOUNS = {"weight": "mass", "mass": "mass", "height": "length", "length": "length", "width": "length",
          "depth": "length", "thickness": "length", "diameter": "length", "volume": "volume", "area": "area",
          "speed": "speed", "velocity": "speed"}
#: Words that make a number money or a rate over something (``price_per_kg``, ``rent_per_sqm``), or a
#: cumulative meter (an odometer: ``scales._units``, paired with its trip's start and end): not this rule's.
_NOT_MEASURES = frozenset("""odometer odo mileage per price cost rate fee tariff charge value amount rent paid pct percent
percentage""".split())


#: A subject that is another beside some words (a station's or a building's lift is an elevator, not a ski lift).
_BESIDE: dict[str, dict[str, frozenset[str]]] = {
    s: {other: frozenset(words.split()) for other, words in by.items()} for s, by in _DATA["beside"].items()}

#: Words of a table recording a body's measurements: only there is a referenced person what is measured.
_BODY_RECORDS = frozenset("""vital vitals observation measurement screening checkup exam examination assessment test
session triage biometric anthropometric fitness lab""".split())


def _subjects(ctx: Ctx) -> tuple[list[str], list[str]]:
    """What the column names and the table is about, and what its parents (its foreign keys'
    tables) are about (``screenings`` -> person; ``sensor_readings`` referencing ``trucks`` -> truck), each once. A
    referenced person counts only for a table recording a body (a test session's athlete); elsewhere
    a person is who acts (a route's driver, a delivery's farmer), not what the numbers measure."""
    own: list[str] = []
    parents: list[str] = []
    sources = [(ctx.table_toks, own)] + [(tokens(fk.ref_table.name), parents) for fk in ctx.table.foreign_keys]
    for toks, found in sources:
        pairs = [i for i in range(len(toks) - 1) if toks[i] + singular(toks[i + 1]) in _SUBJECT_OF]
        if pairs:  # cable_cars, chair_lifts: one thing, not a car
            toks = (toks[pairs[0]] + singular(toks[pairs[0] + 1]),)
        for word in reversed(toks):
            subject = _SUBJECT_OF.get(singular(word)) or _SUBJECT_OF.get(word)
            if subject is not None and subject not in own and subject not in found:
                found.append(subject)
    if "person" in parents and not {singular(w) for w in ctx.table_toks} & _BODY_RECORDS:
        parents.remove("person")
    if not own and _names_people(ctx.table):  # skiers, divers, riders: a table of people by its columns
        own.append("person")
    if not own:  # structures whose structure_type is one of bridge, tunnel, viaduct: what most of them are
        own.extend(_labelled_kind(ctx.table))
    named = [s for w in ctx.toks if (s := _SUBJECT_OF.get(w)) is not None and s not in parents]
    own = list(dict.fromkeys(named + own))  # a thing the column names first (a room's bed_width_cm, a rental's ski)
    around = set(ctx.table_toks) | ctx.sibling_words  # a station's lift: an elevator
    own = [next((other for other, words in _BESIDE.get(s, {}).items() if around & words), s) for s in own]
    return own, parents


#: The last word of a column that says what kind of thing each row is.
_KIND_COLUMNS = frozenset("type kind category class".split())


def _labelled_kind(table) -> list[str]:
    """The subject most labels of the table's kind column name (``structure_type IN ('bridge', 'tunnel',
    'viaduct')``: bridges), when at least half of them name one; else nothing."""
    for check in table.checks:
        if len(check.columns) != 1 or tokens(check.columns[0])[-1:] not in {(w,) for w in _KIND_COLUMNS}:
            continue
        labels = re.findall(r"'([^']*)'", check.expression)
        kinds = [_SUBJECT_OF.get(singular(w)) for label in labels for w in tokens(label)[-1:]]
        best = max(dict.fromkeys(k for k in kinds if k), key=kinds.count, default=None)  # the first of a tie
        if best is not None and 2 * kinds.count(best) >= len(labels):
            return [best]
    return []


def _names_people(table) -> bool:
    """Whether ``table``'s rows are people, said by two of its columns that only a person has
    (``given_name`` and ``family_name``, ``first_name`` and ``date_of_birth``: ``parties.party_part``),
    whatever the table is called."""
    from seedbed.planning.parties import party_part

    return sum(party_part(table, c.name) == "person" for c in table.columns) >= 2


def _typical(ctx: Ctx, unit: Unit) -> tuple[str, float, float, float, float] | None:
    """The first row of ``_TYPICAL`` for the column, most specific first: an aspect of the table's
    subject (a truck's tyre), the table's subject (a truck), an aspect of a parent's subject (the
    tyre of the truck a sensor reading belongs to), an aspect of anything (a cold store's
    temperature), a parent's subject, the dimension's fallback. A parent comes after an aspect of
    anything: a sample's ``storage_temp`` is not its patient's. A quantity of stuff (``quantity_kg``,
    ``total_kg``) is no subject's own size: aspects only."""
    if ctx.toks[-1:] and ctx.toks[-1] in MARKS:  # a road's km_post: a place along it, not its length (r50)
        return "a place along a route", 30_000.0, 0.9, 0.0, 1_000_000.0
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", ctx.column.name).lower()  # co2SavedG: co2, as co2_saved_g
    formulas = [p for p in re.split(r"[^a-z0-9]+", snake) if re.fullmatch(r"[a-z]+[0-9]+", p)]
    table = [] if set(ctx.toks) & _ONE_OF else [singular(w) for w in ctx.table_toks]  # a harvest's avg fish weight
    aspects = formulas + [w for w in ctx.toks if w != unit.word] + table  # co2, nh3 as written
    own, parents = _subjects(ctx)
    rows = [r for r in _TYPICAL if r[1] == unit.dimension]

    def find(subjects: tuple, with_aspect: bool) -> tuple | None:
        """The first row of one of ``subjects`` naming one of the aspects (or, without, no aspect)."""
        for aspect in aspects if with_aspect else [None]:
            for subject in subjects:
                for s, _, words, *values in rows:
                    named = words is not None and aspect in words if with_aspect else words is None
                    if s == subject and named:
                        return (f"{subject or 'any'} {aspect or ''}".strip(), *values)
        return None

    whole = not set(ctx.toks) & _STUFF
    # an elevation, a width is no whole length of the table's thing, only of a thing the column names (a bed's
    # width); a parent's whole length is the column's only where the column names nothing else (a lock's
    # chamber_length_m is not its river's length) (r34)
    length = unit.dimension == "length"
    aspect = length and bool(set(ctx.toks) & ASPECTS)
    named = {_SUBJECT_OF.get(w) for w in ctx.toks} | {_SUBJECT_OF.get(singular(w)) for w in ctx.toks}
    extent = not set(ctx.toks) & ASPECTS - EXTENTS  # a bed's width may be its size; a door's thickness is not
    own_whole = tuple(s for s in own if not aspect or extent and (s in named or any(s in b for b in _BESIDE.values())
                                                                  or s not in LONG_THINGS))  # a parcel's width: its size
    bare = whole and not aspect and not (length and {w for w in ctx.toks if w != unit.word} - PART_FREE - set(_NOUNS))
    return find(tuple(own), True) or (whole and own_whole and find(own_whole, False)) \
        or find(tuple(parents), True) or find((None,), True) or (bare and find(tuple(parents), False)) \
        or find((None,), False)


#: Dimensions a part of a whole has less of than the whole (its length, area, volume, mass).
_PARTED = frozenset("length area volume mass".split())


def _a_part(ctx: Ctx) -> bool:
    """Whether the table's rows are parts of a whole by its head noun: WordNet's first sense a kind of part
    (a segment, a strip, a piece): what is measured of one is a share of its whole, a few of the unit; or changes
    to a thing (an alteration, a modification: WordNet's change itself, r50): what is measured is how much it changed, a few too
    (a garment's alteration takes in an inch or two, not 40)."""
    from seedbed import thesaurus

    head = ctx.table_toks[-1:]
    if not head:
        return False
    noun = singular(head[0])
    return thesaurus.relation(noun, "part", limit=1, depth=3) == "kind" \
        or thesaurus.relation(noun, "change", limit=1, depth=1) in ("kind", "same")  # not a delivery's transfer


def fit_bounds(ctx: Ctx, low: float, high: float) -> tuple[float, float]:
    """``low`` / ``high`` narrowed to what the column holds: its ``numeric(p,s)`` and its CHECK bounds."""
    ctype = ctx.column.type
    if ctx.kind is TypeKind.NUMERIC and ctype.precision is not None:
        scale = ctype.scale or 0
        high = min(high, 10 ** (ctype.precision - scale) - 10 ** -scale)
    elif ctx.kind is TypeKind.INTEGER:
        high = min(high, 2 ** ((ctype.bits or 32) - 1) - 1)
    d = ctx.domain
    for bound, is_low in ((d.low, True), (d.high, False)):
        value = getattr(bound, "value", None)
        if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            low, high = (max(low, float(value)), high) if is_low else (low, min(high, float(value)))
    return low, high


def within(median: float, low: float, high: float, sigma: float) -> float:
    """``median`` moved inside ``[low, high]`` when a CHECK or the type excludes it: not onto the bound, where half
    the rows would pile (``vgm_kg BETWEEN 1500 AND 36000`` with a typical 40 kg: every box at 1,500 kg), but up to
    two spreads into the range, no further than its geometric middle."""
    if low < median < high or low >= high:
        return min(max(median, low), high)
    middle = (low * high) ** 0.5 if low > 0 else high / 2
    if median <= low:
        return min(middle, low * math.exp(2 * sigma)) if low > 0 else min(middle, high)
    return max(middle, high * math.exp(-2 * sigma))


def decimals_for(ctx: Ctx, median: float) -> int:
    """The decimals a value near ``median`` is kept with: none in an integer, the column's scale, else
    by its size (1,250; 12.5; 0.35; 0.0042)."""
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    return 0 if ctx.kind is TypeKind.INTEGER else scale if scale is not None else \
        (0 if abs(median) >= 100 else 1 if abs(median) >= 10 else 2 if abs(median) >= 0.1 else 4)


#: Periods a time is counted over, in days (``weekly_hours``, ``daily_minutes``).
PERIODS = {"daily": 1, "day": 1, "weekly": 7, "week": 7, "monthly": 30.44, "month": 30.44, "annual": 365.25,
            "yearly": 365.25, "year": 365.25, "annum": 365.25, "quarterly": 91.31,
           "quarter": 91.31, "fortnightly": 14, "fortnight": 14}
#: Words of a part of a period's hours (overtime, hours lost): a tenth of the working hours.
_PARTIAL = frozenset(_DATA["partial"].split())
#: Time units of such a count, in hours.
_TIME_UNITS = {"hour": 1.0, "hr": 1.0, "hrs": 1.0, "minute": 1 / 60, "min": 1 / 60}


def _per_period(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Hours or minutes counted over a period (``weekly_hours_max``, ``daily_minutes``): a working
    day's eight hours five days a week, scaled to the period (40 a week, 170 a month), not an hour
    of the day (0-23) or a few."""
    words = set(ctx.toks)
    unit = next((t for i, t in enumerate(ctx.toks) if t in _TIME_UNITS
                 and (t != "min" or i == len(ctx.toks) - 1)), None)  # min_term_months: a minimum
    period = next((t for t in ctx.toks if t in PERIODS and t != unit), None)
    if unit is None or period is None or (words - {"per"}) & _NOT_MEASURES:  # hours_per_week, not a rate_per_hour
        return None
    days = PERIODS[period]
    hours = 8 * min(days, 5 * days / 7 if days >= 7 else days)
    if words & _PARTIAL:  # overtime_hours_per_month, sick_days: a part of the period's work
        hours /= 10
    median = hours / _TIME_UNITS[unit]
    low, high = fit_bounds(ctx, 1.0, days * 16 / _TIME_UNITS[unit])
    if low > high:
        return None
    decimals = 0 if ctx.kind is TypeKind.INTEGER or median >= 100 else 1
    return "number.measure", {"median": min(max(median, low), high), "sigma": 0.2, "low": low, "high": high,
                              "decimals": decimals}, f"{unit}s counted over a period ({period})"


#: Words of a quantity per period (``daily_gain_g``, ``weekly_distance_km``): a rate, not its subject's size.
_RATES = frozenset("daily hourly weekly monthly annual yearly nightly per".split())


def _unit_without_name(ctx: Ctx) -> Unit | None:
    """The unit of a quantity whose name has none (``weight``, ``max_speed``): its comment's, else
    the customary one for what it measures (a person's height in cm, a truck's weight in kg)."""
    dimension = _NOUNS.get(ctx.toks[-1]) if ctx.toks else None
    if dimension is None or not _subjects(ctx)[0]:  # a ``width`` of nothing the table is: pixels, a size
        return None
    unit = comment_unit(ctx.column.comment)
    if unit is not None:
        return unit if unit.dimension == dimension else None
    probe = Unit("", dimension, 1.0)  # the base unit: what the subject's typical value is
    found = _typical(ctx, probe)
    if found is None:
        return None
    ctype = ctx.column.type
    whole = ctype.precision - (ctype.scale or 0) if ctx.kind is TypeKind.NUMERIC and ctype.precision else None
    return customary_unit(dimension, found[1], whole)


def magnitude_rule(ctx: Ctx, fallback: bool = False) -> tuple[str, dict, str] | None:
    """A measured quantity at its typical magnitude for its unit and what it measures (module
    docstring). ``fallback``: also a quantity nothing names, near a few tens of its unit (asked
    last, after the named scales: a ``precipitation_mm`` is a day's rain)."""
    toks = ctx.toks
    if not fallback and (found := _per_period(ctx)):
        return found
    unit = column_unit(ctx.column.name, toks)
    if unit is not None and unit.ambiguous and len(toks) < 2 and not self_named(unit):
        return None
    unit = unit or _unit_without_name(ctx)
    if unit is None or set(toks) & _NOT_MEASURES:
        return None
    found = None if set(toks) & _RATES else _typical(ctx, unit)
    if found is None and unit.dimension == "length" and not set(toks) & _RATES:
        found = neutral_size(ctx)  # an altitude, a width of a thing no row knows: its words' scale (r34)
    if found is None and not set(toks) & (_RATES | _STUFF):
        found = neutral_amount(ctx, unit.dimension)  # a kiln's weight, a yurt's floor area: its noun's scale (r42)
    if found is None and unit.dimension == "temperature" and unit.word in ("k", "kelvin"):
        return kelvin_temperature(ctx)
    if found is None and (not fallback or unit.dimension == "frequency"):
        return None  # a frequency nothing names (a station's MHz): the broadcast rules' or the type's
    if found is None and unit.dimension == "concentration":  # a sugar, an acidity: a few g/l, asked last
        found = ("a solution", 5.0, 1.2, 0.001, 1_000.0)  # (the vitals read haemoglobin_g_dl first)
    if found is None:  # the neutral fallback: a few tens of the column's own unit
        what, median, spread, low, high = unit.dimension, 40.0 * unit.factor, 1.0, 0.1 * unit.factor, 1e5 * unit.factor
        if unit.dimension in _PARTED and _a_part(ctx):  # a search segment's area: a part of a whole, a few (r49)
            what, median, spread, low = "a part of a whole or a change", 2.0 * unit.factor, 0.9, 0.01 * unit.factor
        if unit.dimension == "temperature" or unit.dimension == "mass" and set(toks) & {"weight", "mass"}:
            return None  # the temperature rules' (ambient, storage); the phrase table's weight (a few kg)
    else:
        what, median, spread, low, high = found
    median_u = from_base(unit, median)
    low_u, high_u = fit_bounds(ctx, from_base(unit, low), from_base(unit, high))
    if low_u > high_u:
        return None
    if unit.dimension in _NORMAL:
        median_u = min(max(median_u, low_u), high_u)
    else:
        median_u = within(median_u, low_u, high_u, spread)
    params: dict = {"low": low_u, "high": high_u, "decimals": decimals_for(ctx, median_u)}
    if unit.dimension in _NORMAL:
        params |= {"median": median_u, "sd": spread_to_unit(unit, spread)}
    else:
        params |= {"median": median_u, "sigma": spread}
    return "number.measure", params, f"a {unit.dimension} of {what} in {unit.word}"
