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

from decimal import Decimal

from seedbed.generate.intent.context import PERSON_NOUNS, PRODUCT_NOUNS, Ctx
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.generate.intent.units import (
    Unit,
    column_unit,
    comment_unit,
    customary_unit,
    from_base,
    self_named,
    spread_to_unit,
)
from seedbed.model import TypeKind

__all__ = ["magnitude_rule"]

#: Words that make a table (or a parent table) about one kind of subject.
_SUBJECTS: dict[str, frozenset[str]] = {
    "person": PERSON_NOUNS | frozenset("""screening vital vitals triage checkup exam examination encounter admission
        consultation body human people""".split()),
    "animal": frozenset("""animal cattle cow calf bull heifer steer ox sheep lamb ewe ram pig sow boar hog goat horse
        mare foal livestock herd beast""".split()),
    "pet": frozenset("pet dog cat puppy kitten rabbit hamster guinea parrot ferret".split()),
    "truck": frozenset("truck lorry hgv trailer rig semi fleet".split()),
    "vehicle": frozenset("vehicle car van taxi automobile motorcycle motorbike scooter".split()),
    "parcel": frozenset("parcel package shipment box carton packet".split()),
    "product": PRODUCT_NOUNS - {"item", "listing", "offering", "variant"} | frozenset("article goods".split()),
    "freight": frozenset("cargo freight pallet consignment".split()),
    "building": frozenset("""depot warehouse building site facility plant factory store hub terminal hall barn shed
        centre center branch hangar""".split()),
    "room": frozenset("room flat apartment office suite studio".split()),
    "land": frozenset("field plot paddock orchard vineyard pasture meadow farm ranch estate land".split()),
    "container": frozenset("tank silo container vat cask barrel drum cistern reservoir".split()),
    "plant": frozenset("tractor harvester excavator crane forklift bulldozer loader backhoe locomotive".split()),
    "machine": frozenset("machine machinery equipment generator".split()),
    "route": frozenset("route trip journey leg lane run".split()),
    "aircraft": frozenset("aircraft airplane aeroplane plane jet airliner flight sortie".split()),
    "ship": frozenset("ship vessel ferry tanker freighter carrier".split()),
    "blood": frozenset("blood donation plasma transfusion".split()),
}
_SUBJECT_OF = {w: s for s, words in _SUBJECTS.items() for w in words}

#: (subject or None, dimension, aspect words or None, typical value in the base unit, spread, low, high).
#: The spread is a log-sigma, except for temperatures where it is a standard deviation in °C (they
#: sit either side of zero). Base units: m, kg, l, m², °C, bar, km/h, kW, kWh, V, A, Ah, rpm, Hz.
_TYPICAL: tuple[tuple[str | None, str, frozenset[str] | None, float, float, float, float], ...] = (
    # --- masses
    ("person", "mass", frozenset({"birth"}), 3.4, 0.13, 1.5, 5.5),
    ("animal", "mass", frozenset({"birth"}), 35, 0.4, 0.5, 80),
    (None, "mass", frozenset({"birth", "newborn", "baby", "infant"}), 3.4, 0.13, 1.5, 5.5),
    ("truck", "mass", frozenset({"payload", "load", "cargo", "freight"}), 9_000, 0.6, 200, 40_000),
    ("vehicle", "mass", frozenset({"payload", "load", "cargo"}), 600, 0.5, 20, 3_500),
    ("truck", "mass", frozenset({"tare", "empty", "kerb", "curb", "unladen"}), 9_000, 0.3, 2_500, 20_000),
    (None, "mass", frozenset({"payload", "load", "cargo", "freight", "capacity", "max", "maximum", "gross"}),
     1_200, 0.9, 1, 60_000),
    ("freight", "mass", None, 700, 1.2, 5, 30_000),
    ("person", "mass", None, 75, 0.18, 35, 200),
    ("animal", "mass", None, 420, 0.6, 15, 1_200),
    ("pet", "mass", None, 12, 0.9, 0.05, 100),
    ("truck", "mass", None, 18_000, 0.45, 3_500, 44_000),
    ("vehicle", "mass", None, 1_500, 0.25, 600, 3_500),
    ("parcel", "mass", None, 2.0, 1.0, 0.05, 70),
    ("plant", "mass", None, 15_000, 0.8, 1_500, 600_000),  # a crane's, an excavator's, a tractor's own mass
    ("machine", "mass", None, 4_000, 1.0, 20, 60_000),
    ("container", "mass", frozenset({"tare", "empty"}), 3_000, 0.3, 500, 6_000),
    ("container", "mass", frozenset({"gross", "max", "maximum", "payload"}), 28_000, 0.15, 5_000, 36_000),
    ("product", "mass", frozenset({"case", "carton", "outer", "shipper"}), 8, 0.7, 0.2, 40),
    ("product", "mass", None, 0.6, 1.3, 0.001, 100),
    ("ship", "mass", None, 30_000_000, 1.0, 100_000, 400_000_000),
    ("aircraft", "mass", frozenset({"fuel", "burn"}), 5_000, 1.0, 50, 150_000),
    ("aircraft", "mass", frozenset({"payload", "cargo", "load", "freight"}), 12_000, 0.8, 100, 120_000),
    (None, "mass", frozenset({"dose", "dosage"}), 0.0005, 1.0, 1e-6, 0.005),
    # --- lengths
    ("person", "length", frozenset({"height", "stature", "tall"}), 1.70, 0.06, 1.40, 2.05),
    ("person", "length", frozenset({"jump", "vertical", "leap"}), 0.45, 0.25, 0.1, 1.3),
    ("animal", "length", frozenset({"height"}), 1.3, 0.2, 0.3, 2.0),
    ("truck", "length", frozenset({"height", "clearance"}), 3.8, 0.06, 2.5, 4.5),
    ("truck", "length", frozenset({"width"}), 2.5, 0.02, 2.0, 2.6),
    ("truck", "length", frozenset({"length"}), 12, 0.3, 5, 18.75),
    ("vehicle", "length", frozenset({"height"}), 1.55, 0.1, 1.1, 2.8),
    ("vehicle", "length", frozenset({"width"}), 1.8, 0.05, 1.4, 2.2),
    ("vehicle", "length", frozenset({"length"}), 4.5, 0.12, 2.5, 6.5),
    ("parcel", "length", None, 0.3, 0.55, 0.03, 2.0),
    ("product", "length", None, 0.15, 0.9, 0.005, 3.0),
    ("container", "length", None, 12, 0.35, 2, 16),
    ("building", "length", frozenset({"ceiling", "clear", "eave", "eaves"}), 10, 0.3, 3, 40),
    (None, "length", frozenset({"ceiling"}), 2.7, 0.1, 2.2, 8),
    ("building", "length", frozenset({"height"}), 12, 0.6, 3, 400),
    ("room", "length", frozenset({"ceiling"}), 2.6, 0.08, 2.2, 4.5),
    ("room", "length", None, 4.0, 0.3, 1.5, 20),
    ("ship", "length", frozenset({"draft", "draught"}), 8, 0.4, 1, 25),
    ("ship", "length", frozenset({"beam", "width", "breadth"}), 22, 0.45, 3, 65),
    ("ship", "length", None, 140, 0.6, 10, 400),
    ("aircraft", "length", frozenset({"altitude", "cruise", "level", "ceiling"}), 10_500, 0.15, 300, 13_700),
    ("aircraft", "length", frozenset({"distance", "range"}), 1_500_000, 0.8, 50_000, 16_000_000),
    (None, "length", frozenset({"screen", "display", "diagonal"}), 0.36, 0.6, 0.03, 2.5),
    ("plant", "length", frozenset({"width"}), 4, 0.6, 0.5, 40),
    ("machine", "length", frozenset({"width"}), 4, 0.6, 0.5, 40),
    ("route", "length", None, 120_000, 1.0, 500, 3_000_000),
    ("person", "length", frozenset({"distance", "run", "swim", "ride", "walk"}), 4_000, 1.0, 50, 100_000),
    (None, "length", frozenset({"distance", "route", "trip", "journey", "leg"}), 25_000, 1.2, 100, 20_000_000),
    # --- volumes
    ("blood", "volume", None, 0.45, 0.15, 0.05, 0.55),
    ("truck", "volume", frozenset({"tank"}), 400, 0.4, 100, 1_500),
    ("vehicle", "volume", frozenset({"tank"}), 55, 0.25, 20, 120),
    ("plant", "volume", frozenset({"tank"}), 300, 1.0, 5, 20_000),
    ("machine", "volume", frozenset({"tank"}), 300, 1.0, 5, 20_000),
    ("route", "volume", frozenset({"fuel", "diesel", "petrol", "gasoline"}), 45, 0.8, 1, 1_000),  # one trip's
    ("truck", "volume", frozenset({"fuel", "diesel", "adblue"}), 180, 0.7, 5, 1_500),
    ("vehicle", "volume", frozenset({"fuel", "petrol", "gasoline", "diesel"}), 35, 0.45, 2, 120),
    ("parcel", "volume", None, 20, 1.0, 0.1, 1_000),
    ("vehicle", "volume", frozenset({"displacement", "engine", "cylinder"}), 1.8, 0.35, 0.05, 8),
    ("vehicle", "volume", frozenset({"boot", "trunk", "luggage", "cargo"}), 450, 0.35, 50, 3_000),
    ("ship", "volume", frozenset({"fuel", "tank", "bunker"}), 1_000_000, 1.0, 5_000, 20_000_000),
    (None, "volume", frozenset({"infusion", "drip", "bag", "transfusion"}), 0.5, 0.6, 0.05, 3),
    ("container", "volume", None, 5_000, 1.5, 10, 5_000_000),
    ("product", "volume", None, 0.5, 1.1, 0.005, 25),
    ("freight", "volume", None, 2_000, 1.2, 10, 80_000),
    (None, "volume", frozenset({"meter", "reading", "register", "index", "cumulative"}), 800_000, 1.0, 100,
     100_000_000),  # a water or gas meter's reading: what it has counted over years (hundreds of m³)
    # --- energies (kWh); a meter's reading counts years of use
    (None, "energy", frozenset({"meter", "reading", "register", "index", "cumulative"}), 25_000, 1.0, 10, 10_000_000),
    (None, "volume", frozenset({"dose", "dosage", "injection"}), 0.005, 0.9, 0.0001, 0.5),
    # --- areas
    ("building", "area", None, 6_000, 1.0, 100, 500_000),
    ("room", "area", None, 70, 0.45, 10, 600),
    ("land", "area", None, 40_000, 1.3, 500, 50_000_000),
    # --- temperatures (mean, standard deviation in °C)
    (None, "temperature", frozenset({"freezer", "frozen", "freeze"}), -20, 3, -40, -5),
    (None, "temperature", frozenset({"storage", "stored", "fridge", "cold", "chilled", "chiller", "cargo", "reefer",
                                     "refrigerated", "refrigerator", "transport", "cooler"}), 4, 2, -25, 25),
    (None, "temperature", frozenset({"coolant", "engine", "oil", "radiator"}), 88, 6, 40, 120),
    (None, "temperature", frozenset({"ambient", "air", "outdoor", "outside", "weather"}), 15, 9, -30, 48),
    (None, "temperature", frozenset({"room", "indoor", "inside", "lab", "laboratory", "office", "cabin", "ward"}),
     21, 1.5, 14, 30),
    ("animal", "temperature", None, 38.7, 0.4, 36.5, 42),
    ("pet", "temperature", None, 38.6, 0.4, 36.5, 41.5),
    (None, "temperature", frozenset({"body", "core", "skin", "oral", "axillary", "tympanic"}), 36.9, 0.35, 35, 41.5),
    ("person", "temperature", None, 36.9, 0.35, 35, 41.5),
    # --- pressures, speeds, power, electricity, engines
    ("truck", "pressure", frozenset({"tyre", "tire", "wheel"}), 8.5, 0.06, 5.5, 10),
    (None, "pressure", frozenset({"tyre", "tire", "wheel"}), 2.4, 0.1, 1.5, 3.8),
    (None, "pressure", frozenset({"barometric", "atmospheric", "baro"}), 1.013, 0.01, 0.87, 1.08),
    ("person", "pressure", frozenset({"systolic", "sbp"}), 0.163, 0.1, 0.107, 0.28),
    ("person", "pressure", frozenset({"diastolic", "dbp"}), 0.104, 0.1, 0.053, 0.173),
    (None, "pressure", frozenset({"systolic", "sbp"}), 0.163, 0.1, 0.107, 0.28),
    (None, "pressure", frozenset({"diastolic", "dbp"}), 0.104, 0.1, 0.053, 0.173),
    ("person", "pressure", None, 0.124, 0.12, 0.07, 0.2),
    ("truck", "speed", frozenset({"max", "maximum", "top", "peak", "limit"}), 88, 0.08, 60, 110),
    ("vehicle", "speed", frozenset({"max", "maximum", "top", "peak"}), 120, 0.25, 40, 260),
    (None, "speed", frozenset({"average", "avg", "mean"}), 55, 0.3, 10, 120),
    ("truck", "speed", None, 62, 0.35, 5, 110),
    ("vehicle", "speed", None, 50, 0.5, 5, 200),
    ("aircraft", "speed", None, 780, 0.15, 150, 1_000),
    (None, "speed", frozenset({"wind", "gust"}), 15, 0.7, 0, 200),
    ("person", "speed", frozenset({"sprint", "max", "maximum", "peak", "top"}), 28, 0.15, 12, 45),
    ("person", "speed", None, 10, 0.3, 3, 35),
    ("ship", "speed", None, 26, 0.25, 5, 60),
    ("truck", "power", None, 330, 0.2, 120, 600),
    ("vehicle", "power", None, 110, 0.35, 40, 500),
    ("plant", "power", None, 120, 0.6, 20, 2_000),  # a tractor's, an excavator's engine
    ("machine", "power", None, 15, 1.0, 0.25, 2_000),
    ("ship", "power", None, 8_000, 1.0, 100, 90_000),
    ("person", "power", frozenset({"peak", "max", "maximum", "sprint"}), 0.9, 0.3, 0.2, 2.5),
    ("person", "power", None, 0.22, 0.35, 0.03, 2.5),
    (None, "power", frozenset({"engine", "motor"}), 100, 0.7, 1, 2_000),
    ("truck", "voltage", frozenset({"battery"}), 25.8, 0.04, 22, 29.5),
    (None, "voltage", frozenset({"battery"}), 12.6, 0.04, 10.5, 14.8),
    ("truck", "rotation", None, 1_400, 0.25, 550, 2_600),
    ("vehicle", "rotation", None, 2_200, 0.35, 700, 6_500),
    (None, "rotation", frozenset({"engine", "motor"}), 1_800, 0.4, 500, 7_000),
    # --- what nothing above names, by dimension (None: near a few tens of the column's unit)
    (None, "pressure", None, 1.5, 0.9, 0.01, 700),
    (None, "frequency", frozenset({"cpu", "clock", "processor", "core"}), 2.8e9, 0.3, 5e8, 6e9),
    (None, "speed", None, 50, 0.6, 0.1, 400),
    (None, "current", None, 5, 1.2, 0.001, 1_000),
    (None, "charge", None, 3, 0.7, 0.1, 500),
    (None, "rotation", None, 1_500, 0.7, 10, 20_000),
)
#: Words of an amount of stuff in a unit (``quantity_kg``, ``total_kg``), not the size of a subject.
_STUFF = frozenset("quantity qty total sum".split())
#: Nouns of a measured quantity, by dimension: a column named by one alone (``weight``, ``height``)
#: is kept in the unit its comment says, else in the customary unit of its subject's typical size.
_NOUNS = {"weight": "mass", "mass": "mass", "height": "length", "length": "length", "width": "length",
          "depth": "length", "thickness": "length", "diameter": "length", "volume": "volume", "area": "area",
          "speed": "speed", "velocity": "speed"}
#: Words that make a number money or a rate over something (``price_per_kg``, ``rent_per_sqm``), or a
#: cumulative meter (an odometer: ``scales._units``, paired with its trip's start and end): not this rule's.
_NOT_MEASURES = frozenset("""odometer mileage per price cost rate fee tariff charge value amount rent paid pct percent
percentage""".split())


#: Words of a table recording a body's measurements: only there is a referenced person what is measured.
_BODY_RECORDS = frozenset("""vital vitals observation measurement screening checkup exam examination assessment test
session triage biometric anthropometric fitness lab""".split())


def _subjects(ctx: Ctx) -> tuple[list[str], list[str]]:
    """What the table is about, and what its parents (its foreign keys' tables) are about
    (``screenings`` -> person; ``sensor_readings`` referencing ``trucks`` -> truck), each once. A
    referenced person counts only for a table recording a body (a test session's athlete); elsewhere
    a person is who acts (a route's driver, a delivery's farmer), not what the numbers measure."""
    own: list[str] = []
    parents: list[str] = []
    sources = [(ctx.table_toks, own)] + [(tokens(fk.ref_table.name), parents) for fk in ctx.table.foreign_keys]
    for toks, found in sources:
        for word in reversed(toks):
            subject = _SUBJECT_OF.get(singular(word)) or _SUBJECT_OF.get(word)
            if subject is not None and subject not in own and subject not in found:
                found.append(subject)
    if "person" in parents and not {singular(w) for w in ctx.table_toks} & _BODY_RECORDS:
        parents.remove("person")
    if not own and _names_people(ctx.table):  # skiers, divers, riders: a table of people by its columns
        own.append("person")
    return own, parents


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
    aspects = [w for w in ctx.toks if w != unit.word] + [singular(w) for w in ctx.table_toks]
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
    return find(tuple(own), True) or (whole and find(tuple(own), False)) or find(tuple(parents), True) \
        or find((None,), True) or (whole and find(tuple(parents), False)) or find((None,), False)


def _fit(ctx: Ctx, low: float, high: float) -> tuple[float, float]:
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


#: Periods a time is counted over, in days (``weekly_hours``, ``daily_minutes``).
_PERIODS = {"daily": 1, "day": 1, "weekly": 7, "week": 7, "monthly": 30.44, "month": 30.44, "annual": 365.25,
            "yearly": 365.25, "year": 365.25}
#: Time units of such a count, in hours.
_TIME_UNITS = {"hour": 1.0, "hr": 1.0, "hrs": 1.0, "minute": 1 / 60, "min": 1 / 60}


def _per_period(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Hours or minutes counted over a period (``weekly_hours_max``, ``daily_minutes``): a working
    day's eight hours five days a week, scaled to the period (40 a week, 170 a month), not an hour
    of the day (0-23) or a few."""
    words = set(ctx.toks)
    unit = next((t for i, t in enumerate(ctx.toks) if t in _TIME_UNITS
                 and (t != "min" or i == len(ctx.toks) - 1)), None)  # min_term_months: a minimum
    period = next((t for t in ctx.toks if t in _PERIODS and t != unit), None)
    if unit is None or period is None or words & _NOT_MEASURES:
        return None
    days = _PERIODS[period]
    hours = 8 * min(days, 5 * days / 7 if days >= 7 else days)
    median = hours / _TIME_UNITS[unit]
    low, high = _fit(ctx, 1.0, days * 16 / _TIME_UNITS[unit])
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
    if found is None and (not fallback or unit.dimension == "frequency"):
        return None  # a frequency nothing names (a station's MHz): the broadcast rules' or the type's
    if found is None and unit.dimension == "concentration":  # a sugar, an acidity: a few g/l, asked last
        found = ("a solution", 5.0, 1.2, 0.001, 1_000.0)  # (the vitals read haemoglobin_g_dl first)
    if found is None:  # the neutral fallback: a few tens of the column's own unit
        what, median, spread, low, high = unit.dimension, 40.0 * unit.factor, 1.0, 0.1 * unit.factor, 1e5 * unit.factor
        if unit.dimension == "temperature" or unit.dimension == "mass" and set(toks) & {"weight", "mass"}:
            return None  # the temperature rules' (ambient, storage); the phrase table's weight (a few kg)
    else:
        what, median, spread, low, high = found
    median_u = from_base(unit, median)
    low_u, high_u = _fit(ctx, from_base(unit, low), from_base(unit, high))
    if low_u > high_u:
        return None
    median_u = min(max(median_u, low_u), high_u)
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    decimals = 0 if ctx.kind is TypeKind.INTEGER else scale if scale is not None else \
        (0 if abs(median_u) >= 100 else 1 if abs(median_u) >= 10 else 2 if abs(median_u) >= 0.1 else 4)
    params: dict = {"low": low_u, "high": high_u, "decimals": decimals}
    if unit.dimension == "temperature":
        params |= {"median": median_u, "sd": spread_to_unit(unit, spread)}
    else:
        params |= {"median": median_u, "sigma": spread}
    return "number.measure", params, f"a {unit.dimension} of {what} in {unit.word}"
