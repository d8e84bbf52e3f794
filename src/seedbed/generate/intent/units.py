"""Units of measure read from a column's name: ``volume_ml``, ``gross_weight_kg``, ``floor_area_m2``,
``avg_speed_kmh``, ``engine_rpm``, ``horsepower`` (issue 10, round 7).

A unit says the dimension of a number (a volume, a mass) and, with a factor, how to convert a
typical value kept in the dimension's base unit into the column's own unit. The base units are the
ones people quote typical values in (litres, kilograms, metres, square metres, degrees Celsius,
bar, km/h, kW, kWh, volts, amperes, ampere-hours, revolutions per minute), so ``magnitudes``' table of
typical values reads like a handbook. Read by ``magnitudes.magnitude_rule``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MARKS", "Unit", "column_unit", "comment_unit", "customary_unit", "from_base", "spread_to_unit"]


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its dimension, how many base units one of it is, and whether its word alone is
    ambiguous (a one-letter ``t``, ``l``, ``c`` needs a measured noun beside it)."""

    word: str
    dimension: str
    factor: float
    ambiguous: bool = False


def _units(dimension: str, pairs: dict[str, float], ambiguous: str = "") -> dict[str, Unit]:
    loose = set(ambiguous.split())
    return {w: Unit(w, dimension, f, w in loose) for w, f in pairs.items()}


#: Every unit word (a name's last token, or its last raw piece: ``m2``, ``m3``) -> its Unit.
UNITS: dict[str, Unit] = {
    **_units("length", {"mm": 0.001, "millimeter": 0.001, "millimetre": 0.001, "cm": 0.01, "centimeter": 0.01,
                        "centimetre": 0.01, "m": 1.0, "meter": 1.0, "metre": 1.0, "km": 1000.0, "kilometer": 1000.0,
                        "kilometre": 1000.0, "in": 0.0254, "inch": 0.0254, "ft": 0.3048, "feet": 0.3048,
                        "foot": 0.3048, "yd": 0.9144, "yard": 0.9144, "mi": 1609.34, "mile": 1609.34},
             "m in ft yard"),
    **_units("mass", {"mg": 1e-6, "milligram": 1e-6, "g": 0.001, "gram": 0.001, "gr": 0.001, "kg": 1.0,
                      "kilo": 1.0, "kilogram": 1.0, "t": 1000.0, "ton": 1000.0, "tonne": 1000.0, "lb": 0.4536,
                      "lbs": 0.4536, "pound": 0.4536, "oz": 0.02835, "ounce": 0.02835},
             "g gr t pound"),
    **_units("volume", {"ml": 0.001, "milliliter": 0.001, "millilitre": 0.001, "cl": 0.01, "dl": 0.1,
                        "l": 1.0, "litre": 1.0, "liter": 1.0, "ltr": 1.0, "hl": 100.0, "m3": 1000.0,
                        "cbm": 1000.0, "gal": 3.785, "gallon": 3.785, "cc": 0.001}, "l dl cl cc"),
    **_units("area", {"m2": 1.0, "sqm": 1.0, "sqft": 0.0929, "ft2": 0.0929, "ha": 10_000.0, "hectare": 10_000.0,
                      "acre": 4046.86, "km2": 1e6, "sqkm": 1e6}, "ha"),
    **_units("temperature", {"c": 1.0, "celsius": 1.0, "degc": 1.0, "f": 1.0, "fahrenheit": 1.0, "degf": 1.0,
                             "k": 1.0, "kelvin": 1.0}, "c f k"),
    **_units("pressure", {"bar": 1.0, "mbar": 0.001, "hpa": 0.001, "kpa": 0.01, "pa": 1e-5, "mpa": 10.0, "psi": 0.06895,
                          "mmhg": 0.001333, "atm": 1.01325}, "pa"),
    **_units("speed", {"kmh": 1.0, "kph": 1.0, "kmph": 1.0, "mph": 1.609, "mps": 3.6, "knot": 1.852, "kn": 1.852,
                       "kt": 1.852, "kts": 1.852}, "kn kt"),
    **_units("power", {"w": 0.001, "watt": 0.001, "kw": 1.0, "kilowatt": 1.0, "mw": 1000.0, "megawatt": 1000.0,
                       "hp": 0.7457, "bhp": 0.7457, "horsepower": 0.7457, "ps": 0.7355, "kva": 1.0, "mva": 1000.0,
                       "kwp": 1.0, "wp": 0.001}, "w ps"),
    **_units("energy", {"wh": 0.001, "kwh": 1.0, "mwh": 1000.0, "gwh": 1e6}),
    **_units("voltage", {"v": 1.0, "volt": 1.0, "mv": 0.001, "kv": 1000.0}, "v"),
    **_units("current", {"a": 1.0, "amp": 1.0, "ampere": 1.0, "ma": 0.001}, "a"),
    **_units("charge", {"mah": 0.001, "ah": 1.0}),
    **_units("rotation", {"rpm": 1.0}),
    **_units("frequency", {"hz": 1.0, "khz": 1e3, "mhz": 1e6, "ghz": 1e9}),
    # parts of a solution (in g/l: a ppm of water is a mg/l; salinity in ppt or psu is g/kg, about g/l)
    **_units("concentration", {"ppm": 0.001, "ppb": 1e-6, "ppt": 1.0, "psu": 1.0}),
    **_units("acidity", {"ph": 1.0}),
    **_units("sound", {"db": 1.0, "dba": 1.0, "decibel": 1.0}),
    **_units("turbidity", {"ntu": 1.0, "fnu": 1.0}),
    **_units("angle", {"deg": 1.0, "degree": 1.0}),
    **_units("illuminance", {"lux": 1.0, "lx": 1.0}),
    # a flow, in m³/s (a river's discharge, a spillway's capacity; a pump's litres a second or a minute)
    **_units("flow", {"m3s": 1.0, "cumecs": 1.0, "cumec": 1.0, "lps": 0.001, "lpm": 1 / 60_000, "m3h": 1 / 3600,
                      "cfs": 0.0283, "gpm": 6.31e-5}),
}
#: Units of two words (``ec_us_cm``: microsiemens per centimetre), by their last two tokens.
_PAIRS = {("us", "cm"): Unit("us/cm", "conductivity", 1.0), ("ms", "cm"): Unit("ms/cm", "conductivity", 1000.0)}
#: Words after a length unit that make the name a place along a route in that unit (``mile_post``, ``km_marker``).
MARKS = frozenset("post marker stone peg chainage".split())
#: Units of two pieces as written (``speed_m_s``; a ``flow_m3s`` tokenises to the same words: a flow, not a speed).
_RAW_PAIRS = {("m", "s"): Unit("m/s", "speed", 3.6), ("m", "sec"): Unit("m/s", "speed", 3.6),
              ("m", "min"): Unit("m/min", "speed", 0.06), ("km", "h"): Unit("km/h", "speed", 1.0)}
#: Words beside which a degree is a temperature's, not an angle's.
_WARMTH = frozenset("temp temperature heat warm cold celsius fahrenheit".split())
#: A unit word that means another unit beside a noun (``sprint_speed_ms`` is metres per second, not
#: milliseconds): (word, noun words) -> unit.
_BESIDE: dict[str, tuple[frozenset[str], Unit]] = {
    "ms": (frozenset({"speed", "velocity"}), Unit("ms", "speed", 3.6)),
    "nm": (frozenset({"distance", "range", "dist", "leg"}), Unit("nm", "length", 1852.0)),  # a nautical mile
}
#: Units whose word is also what is measured (``horsepower``, ``engine_rpm``, ``soil_ph``): no noun needed. (A bare
#: ``supply_voltage`` is a nominal one, 120 / 240 / 480: ``tariffs``.)
_SELF_NAMED = frozenset("horsepower bhp rpm ph lux".split())
#: Words of an identifier, not a quantity (a ``ph_no`` is a phone number).
_CODES = frozenset("number no num nr code id".split())
#: The raw last piece of a name that tokens lose (``m2`` tokenises to ``m``, ``m3s`` to ``m s``).
_RAW = re.compile(r"([a-z]+[23]?[a-z]?)$")  # m2, m3, m3s, m3h


def column_unit(name: str, toks: tuple[str, ...]) -> Unit | None:
    """The unit a name ends with (``yard_area_m2`` -> m², ``tyre_pressure_bar`` -> bar), else None.
    A mass before a volume (``residual_sugar_g_l``, ``haemoglobin_g_dl``) is a concentration (in g/l),
    not a volume."""
    if tuple(toks[-2:]) in _PAIRS:
        return _PAIRS[tuple(toks[-2:])]
    if len(toks) > 1 and toks[-1] in MARKS and toks[-2] != "in" \
            and getattr(UNITS.get(toks[-2]), "dimension", "") == "length":
        return UNITS[toks[-2]]  # mile_post, km_marker: a place along a route, in that unit (r50)
    if tuple(name.lower().split("_")[-2:]) in _RAW_PAIRS:
        return _RAW_PAIRS[tuple(name.lower().split("_")[-2:])]
    raw = _RAW.search(name.lower().rsplit("_", 1)[-1])
    word = raw.group(1) if raw and raw.group(1) in UNITS else (toks[-1] if toks else "")
    unit = UNITS.get(word)
    if word in _BESIDE and set(toks) & _BESIDE[word][0] and len(toks) > 1:
        unit = _BESIDE[word][1]
    if unit is not None and unit.dimension == "angle" and set(toks) & _WARMTH:
        return None  # temp_degrees: the temperature rules'
    if unit is None:  # a unit that names its quantity, anywhere in the name: ph_level, rpm_max (not a ph_no)
        return None if set(toks) & _CODES else next((UNITS[t] for t in toks if t in _SELF_NAMED), None)
    before = UNITS.get(toks[-2]) if len(toks) > 1 else None
    if before is not None and before.dimension == "mass" and unit.dimension == "volume":  # g/l
        return Unit(f"{before.word}/{unit.word}", "concentration", before.factor * 1000 / unit.factor)
    if len(toks) == 1 and word not in _SELF_NAMED:
        return None  # a bare ``m`` or ``kg`` column names no quantity: the phrase table's
    return unit


_COMMENT_WORD = re.compile(r"[a-z0-9]+")


def comment_unit(comment: str | None) -> Unit | None:
    """The unit a comment names (``'Weight in grams'``, ``'height (cm)'``, ``'unit: kWh'``): the first
    unit word of it, an ambiguous one (``l``, ``t``) only after "in" or "unit"."""
    words = _COMMENT_WORD.findall((comment or "").lower())
    for i, word in enumerate(words):
        for w in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
            unit = UNITS.get(w)
            if unit is not None and (not unit.ambiguous or i and words[i - 1] in ("in", "unit", "units")):
                return unit
    return None


#: For a quantity whose name and comment give no unit, the unit people keep it in, by its typical
#: size in the base unit: (upper bound, unit word), the first that holds it.
_CUSTOMARY: dict[str, tuple[tuple[float, str], ...]] = {
    "mass": ((0.001, "mg"), (0.1, "g"), (float("inf"), "kg")),
    "length": ((0.05, "mm"), (3.0, "cm"), (10_000.0, "m"), (float("inf"), "km")),
    "volume": ((1.0, "ml"), (float("inf"), "l")),
    "area": ((10_000.0, "m2"), (float("inf"), "ha")),
    "speed": ((float("inf"), "kmh"),),
}


def customary_unit(dimension: str, typical: float, whole_digits: int | None) -> Unit | None:
    """The unit a quantity without one is kept in (a person's ``weight`` in kg, ``height`` in cm, or
    in m when the column keeps one whole digit: ``numeric(3,2)``)."""
    ladder = _CUSTOMARY.get(dimension)
    if ladder is None:
        return None
    word = next(w for bound, w in ladder if typical < bound)
    if word == "cm" and whole_digits is not None and whole_digits <= 1:
        word = "m"
    return UNITS[word]


def self_named(unit: Unit) -> bool:
    """Whether the unit's word alone says what is measured (``horsepower``, ``rpm``)."""
    return unit.word in _SELF_NAMED


def from_base(unit: Unit, value: float) -> float:
    """A value in the dimension's base unit (°C for temperatures) in the column's unit."""
    if unit.dimension == "temperature":
        if unit.word in ("f", "fahrenheit", "degf"):
            return value * 9 / 5 + 32
        if unit.word in ("k", "kelvin"):
            return value + 273.15
        return value
    return value / unit.factor


def spread_to_unit(unit: Unit, spread: float) -> float:
    """An absolute spread of a temperature (a standard deviation in °C) in the column's unit."""
    return spread * 9 / 5 if unit.word in ("f", "fahrenheit", "degf") else spread
