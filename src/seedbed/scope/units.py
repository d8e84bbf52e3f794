"""A quantity said in one unit on a column whose name says another (issue 11: never a silent misreading).

"weight 1-3 kg" on ``weight_g`` is 1000..3000, "files under 2 GB" on ``size_mb`` 2048, "trips of 5 to 20 km"
on ``distance_m`` 5000..20000, "areas of 50-100 sq ft" on ``area_sqm`` 4.6..9.3. Read as said, each was a
silent misreading (a 3-gram parcel, a 2-billion-megabyte file). Seven dimensions: mass, length, volume, area,
data size, power and angle (units a name may end with: ``peak_kw``, ``tilt_deg``; "cubic meters" and "square cm"
are spelled m3 and cm2 by ``lexicon``); time lengths are ``seedbed.scope.durations``' (with the same reading of a column's name).

A column's unit is the last word of its name (``weight_g``, ``distance_km``, ``volume_ml``, ``size_mb``,
``area_sq_ft``), any case and ``camelCase`` alike; a name without one keeps the numbers as said. The unit
said is the one after the range's numbers. Sizes in bytes were spelled out before the rules read them
(``lexicon``: "2 GB" is "2147483648 bytes"), so a data unit said is bytes.
"""

from __future__ import annotations

import re

from seedbed.generate.intent.tokens import as_written

__all__ = ["explains_unit", "measure_factor", "name_unit", "name_words", "named_units", "percent_factor",
           "unit_columns"]


#: unit word -> (dimension, size in the dimension's base unit: g, m, l, m2, byte)
_UNITS: dict[str, tuple[str, float]] = {}
for _dim, _rows in {
    "mass": (("mcg microgram micrograms ug", 1e-6), ("mg milligram milligrams", 1e-3), ("g gram grams gr", 1.0),
             ("kg kgs kilo kilos kilogram kilograms", 1e3), ("tonne tonnes ton tons", 1e6),
             ("lb lbs pound pounds", 453.59237), ("oz ounce ounces", 28.349523125)),
    "length": (("mm millimeter millimeters millimetre millimetres", 1e-3), ("cm centimeter centimeters centimetre "
               "centimetres", 1e-2), ("m meter meters metre metres", 1.0), ("km kms kilometer kilometers kilometre "
               "kilometres", 1e3), ("inch inches", 0.0254), ("ft foot feet", 0.3048), ("yd yard yards", 0.9144),
               ("mi mile miles", 1609.344)),
    "volume": (("ml milliliter milliliters millilitre millilitres", 1e-3), ("cl centiliter centilitre", 1e-2),
               ("dl deciliter decilitre", 0.1), ("l liter liters litre litres", 1.0),
               ("gal gallon gallons", 3.785411784), ("m3 cbm", 1e3)),
    "area": (("sqm m2 sq_m", 1.0), ("cm2 sq_cm sqcm", 1e-4), ("sqft ft2 sq_ft", 0.09290304), ("ha hectare hectares", 1e4),
             ("acre acres", 4046.8564224), ("sqkm km2 sq_km", 1e6)),
    "data": (("byte bytes", 1.0), ("kb kib kilobyte kilobytes", 1024.0), ("mb mib megabyte megabytes", 1024.0 ** 2),
             ("gb gib gigabyte gigabytes", 1024.0 ** 3), ("tb tib terabyte terabytes", 1024.0 ** 4)),
    "power": (("w watt watts", 1.0), ("kw kilowatt kilowatts", 1e3), ("mw megawatt megawatts", 1e6)),
    "angle": (("deg degree degrees", 1.0),),
}.items():
    for _words, _size in _rows:
        for _w in _words.split():
            _UNITS[_w] = (_dim, _size)
#: Units a column's name may end with that mean something else there alone (``check_in``, ``is_t``, ``min``).
_NOT_IN_NAMES = frozenset(("inch", "gr", "pound", "pounds", "ton", "tons", "mi"))


def name_words(name: str) -> list[str]:
    """A column name's words as written, lowercased (``sizeMB`` -> size, mb; ``duration_seconds`` -> duration,
    seconds): no singular, no synonyms (``tokens`` would make ``seconds`` ``second``)."""
    return as_written(name)


def name_unit(name: str) -> tuple[str, float] | None:
    """(dimension, size in its base unit) of the unit ``name`` ends with (``weight_kg``), else None."""
    words = name_words(name)
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[-2] == "sq":
        return _UNITS.get("sq_" + words[-1])
    last = words[-1]
    return None if last in _NOT_IN_NAMES else _UNITS.get(last)


def _said(item: object) -> tuple[str, float] | None:
    """The unit said after the range's numbers, else None."""
    for field in ("unit", "column"):
        value = getattr(item, field, None)
        if isinstance(value, str) and value.split() and value.split()[-1].lower() in _UNITS:
            return _UNITS[value.split()[-1].lower()]
    phrase = getattr(item, "phrase", "") or ""
    said = {_UNITS[w] for w in re.findall(r"\d(?:[\d.,]*)\s?([a-z]+)\b", phrase.lower()) if w in _UNITS}
    if re.search(r"\d\s?(?:kb|mb|gb|tb|kib|mib|gib|tib)\b", phrase.lower()):
        said = {_UNITS["byte"]}  # spelled out in bytes before the rules read it
    return next(iter(said)) if len(said) == 1 else None


def measure_factor(item: object, column: str) -> float:
    """What a range said in a unit of measure is multiplied by to be in ``column``'s unit (1: none said,
    none in the name, or another dimension)."""
    own, said = name_unit(column), _said(item)
    if own is None or said is None or own[0] != said[0]:
        return 1.0
    return said[1] / own[1]


def explains_unit(word: str, columns: list[str]) -> bool:
    """Whether ``word`` is a unit of a dimension one of ``columns`` is measured in ("kg" beside ``weight_g``)."""
    said = _UNITS.get(word.lower())
    return said is not None and any((u := name_unit(c)) is not None and u[0] == said[0] for c in columns)


def unit_columns(item: object, columns: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """The one column (of ``(table, name)`` pairs) whose name ends with a unit of the dimension said after the range's
    numbers ("capacity from 50 to 5000 kilowatt": ``peak_kw``), when the words said name none; else nothing."""
    said = _said(item)
    hits = [(t, c) for t, c in columns if said is not None and (u := name_unit(c)) is not None and u[0] == said[0]]
    return hits if len(hits) == 1 else []



def percent_factor(unit: str | None, precision: int | None, scale: int | None, allowed_high: object) -> float:
    """What a range said in percent is multiplied by on a column (brief s35): 0.01 where the column holds fractions
    (its CHECK allows at most 1, or its numeric type has one digit before the point: ``numeric(4,3)``), else 1 (a
    column of 0-100, or one whose scale nothing says: the numbers as said)."""
    if unit != "percent":
        return 1.0
    try:
        if allowed_high is not None and float(allowed_high) <= 1:  # type: ignore[arg-type]
            return 0.01
    except (TypeError, ValueError):
        pass
    return 0.01 if precision is not None and scale is not None and precision - scale <= 1 else 1.0


#: A number or a range of them, then one word right after it (maybe with a slash: "m/s", "mg/l"), before a clause's
#: end or a joining word: where a unit stands ("hub heights 80 to 140 m please", "LOI between 180 and 1800 sec").
_UNIT_AFTER = re.compile(r"(?i)(?P<num>\d[\d.,]*(?:\s*(?:-|to|and)\s*\d[\d.,]*)?)[^\S\n]?(?P<unit>[a-z]+(?:/[a-z]+)?)"
                         r"(?=[^\S\n]*(?:$|[,.;:)\n]|(?:and|or|please|pls|each|per|on|for|in)\b))")
_SPAN = re.compile(r"-|\bto\b|\band\b")  # a range, not one bound ("at least 45 min" is read by the length rules)
_TIME_WORDS = frozenset("second minute hour day night week month year".split())
#: What may stand between a column's words and its numbers ("wind between 3 and 14", "heights of 80 to 140").
_LEAD = re.compile(r"(?i)(?:\b(?:between|from|of|ranging from|anywhere from|at|is|are|should be)[^\S\n]+)*$")


def named_units(text: str, number_columns: frozenset[str]) -> str:
    """A unit after a number that a number column's name ends with names that column (brief s35): "hub heights 80 to
    140 m" where ``hub_height_m`` is a column (metres, not millions), "the average wind between 3 and 14 m/s" on
    ``avg_wind_ms``, "LOI between 180 and 1800 sec" on ``loi_sec``. It is said before the numbers, with the column's
    other words ("the average wind ms between 3 and 14"), the way the rules join a column's words; a unit of measure
    other than "m" is left where it is (the rules convert it: "kg" on ``weight_g``)."""
    ends = {"".join(said): " ".join(said) for c in number_columns if len(ws := name_words(c)) >= 2
            for said in (ws[-1:], ws[-2:])}
    from seedbed.scope.durations import said_hours

    out, pos = [], 0
    for m in _UNIT_AFTER.finditer(text):
        unit = m.group("unit").lower()
        if unit.replace("/", "") not in ends or (unit in _UNITS and unit != "m") or unit.rstrip("s") in _TIME_WORDS \
                or (len(unit) > 3 and "/" not in unit) or unit == "pct" or (said_hours(unit) and not _SPAN.search(m.group("num"))):
            continue  # (a time unit said in full is read by the length rules: "lasting at most 90 minutes"; a word
            # such as "students" or "points" after a number counts, it is no unit's symbol)
        lead = _LEAD.search(text, pos, m.start())
        at = lead.start() if lead else m.start()
        out += [text[pos:at], f"{ends[unit.replace('/', '')]} ", text[at:m.start("num")], m.group("num")]
        pos = m.end()
    return "".join(out) + text[pos:]
