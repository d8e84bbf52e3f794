"""Countries by their ISO 3166-1 codes (``pycountry``, LGPL-2.1; continents from ``pytz``'s time zones
per country, MIT): distinct real codes for a unique country column, and the name, other code,
flag and continent of a code, so that a row's code, name and flag
agree (issue 10, patterns 9 and 10: ``country.code`` was ``'ACD'``, enumerated for uniqueness).

The countries seedbed makes people in come first (``countries.json``), then every other country
in a fixed shuffle: a small country table holds the usual countries, a big one all of them.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.vocab import load
from seedbed.generate.streams import digest

__all__ = ["CONTINENT_CODES", "continent_of", "describe", "iso_countries", "unique_country_codes",
           "unique_country_names"]

#: Countries of the Americas south of Panama (their time zones say only "America").
_SOUTH_AMERICA = frozenset("AR BO BR CL CO EC GY PE PY SR UY VE GF FK".split())
#: Time zone areas -> continents (the Atlantic and Indian islands by their country, below).
_CONTINENT = {"Europe": "Europe", "Asia": "Asia", "Africa": "Africa", "Australia": "Oceania", "Pacific": "Oceania",
              "Antarctica": "Antarctica", "Atlantic": "Europe", "Indian": "Asia", "Arctic": "Europe"}
_ISLANDS = {"CV": "Africa", "ST": "Africa", "SH": "Africa", "MU": "Africa", "SC": "Africa", "KM": "Africa",
            "MG": "Africa", "RE": "Africa", "YT": "Africa", "BM": "North America", "FK": "South America",
            "GS": "Antarctica", "TF": "Antarctica", "HM": "Antarctica", "BV": "Antarctica", "IO": "Asia"}
#: UN M49 sub-regions (the "region" of a country in world atlases): region -> ISO-2 codes.
_M49 = {
    "Northern Africa": "DZ EG LY MA SD TN EH", "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ "
    "UG ZM ZW IO TF", "Middle Africa": "AO CM CF TD CG CD GQ GA ST", "Southern Africa": "BW SZ LS NA ZA",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "Central America": "BZ CR SV GT HN MX NI PA", "South America": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "Northern America": "BM CA GL PM US", "Central Asia": "KZ KG TJ TM UZ", "Eastern Asia": "CN HK MO KP JP MN KR TW",
    "South-eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN", "Southern Asia": "AF BD BT IN IR MV NP PK LK",
    "Western Asia": "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "Eastern Europe": "BY BG CZ HU PL MD RO RU SK UA", "Northern Europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
    "Southern Europe": "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK", "Western Europe": "AT BE FR DE LI LU MC NL CH",
    "Australia and New Zealand": "AU CX CC HM NZ NF", "Melanesia": "FJ NC PG SB VU", "Micronesia": "GU KI MH FM NR MP PW UM",
    "Polynesia": "AS CK PF NU PN WS TK TO TV WF", "Antarctica": "AQ",
}
_REGION_OF = {code: region for region, codes in _M49.items() for code in codes.split()}
CONTINENT_CODES = {"Europe": "EU", "North America": "NA", "South America": "SA", "Asia": "AS", "Africa": "AF",
                   "Oceania": "OC", "Antarctica": "AN"}


def continent_of(timezone: str, alpha2: str) -> str:
    """The continent of a country from one of its time zones (``America/Lima`` + PE: South America)."""
    if alpha2 in _ISLANDS:
        return _ISLANDS[alpha2]
    area = timezone.split("/", 1)[0]
    if area == "America":
        return "South America" if alpha2 in _SOUTH_AMERICA else "North America"
    return _CONTINENT.get(area, "Europe")


@lru_cache(maxsize=1)
def _records() -> dict[str, object]:
    import pycountry

    return {c.alpha_2: c for c in pycountry.countries}


@lru_cache(maxsize=1)
def iso_countries() -> tuple[np.ndarray, np.ndarray, int]:
    """(alpha-2 codes, alpha-3 codes, how many usual countries lead)."""
    records = _records()
    usual = [k for k in load("countries") if k in records]
    rest = sorted(set(records) - set(usual))
    order = permute(np.arange(len(rest), dtype=np.int64), max(len(rest), 1), digest("iso-countries"))
    codes = usual + [rest[i] for i in order.tolist()]
    return (np.array(codes, dtype=object), np.array([records[c].alpha_3 for c in codes], dtype=object), len(usual))


def unique_country_codes(call: Call, iso3: bool) -> np.ndarray:
    """Distinct ISO codes for a unique column (the usual countries first); the unique country
    columns of one row (``iso2``, ``iso3``, a unique ``name``) take the same country."""
    from seedbed.generate.realistic.iso import unique_real

    alpha2, alpha3, head = iso_countries()
    return unique_real(call, alpha3 if iso3 else alpha2, head, "country")


def unique_country_names(call: Call) -> np.ndarray:
    """Distinct country names for a unique column, the same countries as ``unique_country_codes``
    (in a column too narrow for some names: distinct names that fit, whatever the codes)."""
    names = np.array([describe(c, "name") for c in unique_country_codes(call, False).tolist()], dtype=object)
    if call.lmax is None or max(map(len, names.tolist()), default=0) <= call.lmax:
        return names
    from seedbed.generate.realistic.iso import unique_real

    alpha2, _alpha3, head = iso_countries()
    every = np.array([describe(c, "name") for c in alpha2.tolist()], dtype=object)
    return unique_real(call, every, head, "country-name")


@lru_cache(maxsize=1024)
def describe(code: str, what: str) -> str | None:
    """``what`` (``name``, ``alpha_2``, ``alpha_3``, ``flag``, ``continent``, ``region``, ``currency``,
    ``calling``, ``capital``, ``language``, ``language_code``) of the country coded ``code`` (ISO-2 or ISO-3, any case); None for a code that is no
    country, or whose ``what`` is not known."""
    code = code.strip().upper()
    records = _records()
    record = records.get(code) if len(code) == 2 else next((r for r in records.values() if r.alpha_3 == code), None)
    if record is None:
        return None
    if what == "name":
        return getattr(record, "common_name", None) or record.name
    if what == "official_name":  # Republic of Albania; a country without one goes by its name
        return getattr(record, "official_name", None) or record.name
    if what == "capital":
        return load("capitals").get(record.alpha_2)
    if what == "region":  # its UN M49 sub-region ('Western Asia'), not a state or province
        return _REGION_OF.get(record.alpha_2)
    if what in ("currency", "calling", "language", "language_code"):  # known for the countries seedbed makes people in
        from seedbed.generate.realistic.geo import countries

        geo = countries()
        if record.alpha_2 not in set(geo.codes.tolist()):
            return None
        k = geo.index(record.alpha_2)
        if what == "language":
            import pycountry

            lang = pycountry.languages.get(alpha_2=str(geo.languages[k]))
            return lang.name if lang is not None else None
        return {"currency": str(geo.currencies[k]), "calling": f"+{geo.phone_cc[k]}",
                "language_code": str(geo.languages[k])}[what]
    if what == "continent":
        import pytz

        zones = pytz.country_timezones.get(record.alpha_2) or ["Antarctica/" if record.alpha_2 == "AQ" else ""]
        return continent_of(zones[0], record.alpha_2)
    return getattr(record, what, None)
