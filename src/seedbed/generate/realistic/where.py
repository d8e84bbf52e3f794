"""Where a dataset's rows live: one business in one place, unless the schema says many countries (r36).

A UK driving school's pupils do not have mobiles from +91, +33 and +1, postcodes of four countries and
cars with US plates; a courier's depots and GPS fixes sit in one city, not in India, the UK and
Switzerland. So the whole dataset takes one place, decided once from the schema (``decide``) and shown
by ``plan --explain``:

* **many countries** when the schema says so: a column that holds each row's country, time zone,
  locale or currency (not a constant, not a thing's origin), or words of international trade
  (``passport``, ``customs``, ``airport``, ``nationality``). Rows then keep today's per-row country,
  each person's name, phone and address from one country.
* otherwise **one country**: the one the schema's own words point to (``where.json``: a ``postcode``
  is British first, a ``zip`` American, ``mot_due`` and ``ni_number`` British, ``gst`` Australian,
  ``plz`` German, ``siret`` French...), a constant currency (``DEFAULT 'GBP'``), a constant country,
  a time zone default, a country a table or comment names (``uk_customers``), the cities or regions
  a CHECK lists; with no sign, an English-speaking country drawn from the seed.
* and **one metro area** (a home city and the cities near it) where the business is local: its
  tables are lessons and pupils, depots and routes, rounds and visits, or its columns GPS fixes and
  pickups, and none of them say it serves a whole country (warehouses, branches, regions).

The place is data (``Place``): the row context draws every person, address, phone, postcode, plate
and coordinate from it (``RowContext(home=..., cities=...)``), so a row's postcode, town and
coordinates agree and the dataset reads as one business's. Deterministic: the same schema and seed
give the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.generate.realistic.geo import countries, table_locale
from seedbed.generate.realistic.vocab import load
from seedbed.generate.streams import digest

__all__ = ["Place", "decide", "listed_cities", "metro"]

#: Countries drawn from when nothing in an English schema says which (population weights of countries.json).
_ENGLISH = ("US", "GB", "CA", "AU", "IE", "NZ")
#: A metro area: the home city and the cities of the same country within this many km.
_METRO_KM = 45.0
#: Currency codes that are words or abbreviations of their own in a column's name (``cad`` drawings, ``irr`` a
#: return rate, ``php`` a language, ``nok`` next of kin, ``try``, ``cop``, ``sar`` search and rescue): never read as
#: a currency. Every other currency of countries.json is (``amount_gbp``, ``price_kes_l``).
_NOT_CURRENCY = frozenset("cad cop gel irr php rub sar try amd bam ars mkd ils npr ves nok all top".split())
#: A currency word counts for this many columns at most: five ``_usd`` columns say what two do.
_CURRENCY_COLUMNS = 2
_CURRENCY = frozenset({"currency", "currency_code"})
_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Place:
    """Where the dataset's rows live.

    Attributes:
        many: the schema says many countries: rows keep a country each (``country`` is then None).
        country: ISO-2 code of the one country, or None.
        locale: the locale of ``country`` (``'en_GB'``), what the row context draws people from.
        city: the home city of a local business (its metro area), or None for the whole country.
        cities: indexes (``geo.countries().city``) of the metro area's cities, the home city first.
        reason: why, in words (``plan --explain``).
    """

    many: bool
    country: str | None = None
    locale: str | None = None
    city: str | None = None
    cities: tuple[int, ...] = ()
    reason: str = ""
    language: str | None = None  # the language the schema's names are written in (r40), None for English


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """Lower-case words of an identifier as written and as read (``sortcode`` -> sort, code), and each
    pair of neighbours joined (``zip_code`` -> zip, code, zipcode, zip_code): a vocabulary word may be
    one or two words."""
    from seedbed.generate.intent.tokens import as_written, tokens

    out: list[str] = []
    for raw in ([w.lower() for w in as_written(name) if not w.isdigit()], list(tokens(name))):
        out += raw + [a + b for a, b in zip(raw, raw[1:])] + [a + "_" + b for a, b in zip(raw, raw[1:])]
    return tuple(dict.fromkeys(out))


def _literals(text: str | None) -> list[str]:
    return [m.replace("''", "'") for m in _QUOTED.findall(text or "")]


def _constant(table: Any, col: Any, default: bool = True) -> str | None:
    """The one value a column holds (a CHECK ``= 'GBP'`` or a one-value list), else (``default``) its
    constant default; None when it varies."""
    for check in table.checks:
        if check.columns == (col.name,):
            values = _literals(check.expression)
            if len(set(values)) == 1:
                return values[0]
    values = _literals(col.default) if default else []
    return values[0] if len(values) == 1 and "(" not in (col.default or "").split("'")[0] else None


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    data = load("where")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _by_currency() -> dict[str, tuple[str, ...]]:
    c = countries()
    out: dict[str, list[str]] = {}
    for code, cur in zip(c.codes.tolist(), c.currencies.tolist(), strict=True):
        out.setdefault(str(cur), []).append(str(code))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """Currency codes (lower case) a column's name may carry: every country's own and other currencies in
    use there, but not those that are words (``_NOT_CURRENCY``)."""
    return frozenset(k.lower() for k in (*_by_currency(), *_also_by_currency())) - _NOT_CURRENCY


@lru_cache(maxsize=1)
def _also_by_currency() -> dict[str, tuple[str, ...]]:
    """A currency -> the countries where it is in everyday use besides their own (``currencies_also`` of
    countries.json: the US dollar in Zimbabwe): a lighter sign than the country's own currency."""
    out: dict[str, list[str]] = {}
    for code, row in load("countries").items():
        if not code.startswith("_"):
            for cur in row.get("currencies_also", ()):
                out.setdefault(str(cur), []).append(code)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _by_timezone() -> dict[str, str]:
    c = countries()
    out = {str(tz): str(code) for code, tz in zip(c.codes.tolist(), c.timezones.tolist(), strict=True)}
    for k in range(len(c.codes)):
        for tz in c.city_tz[c.city_offset[k]:c.city_offset[k] + c.city_count[k]].tolist():
            out.setdefault(str(tz), str(c.codes[k]))
    return out


@lru_cache(maxsize=1)
def _by_place_name() -> dict[str, str]:
    """City and region names, as written -> the one country that has them (names two countries
    share are left out: 'Cambridge', 'Victoria'; a lower-case label such as 'nice' is no city)."""
    c = countries()
    seen: dict[str, set[str]] = {}
    for k in range(len(c.codes)):
        rows = slice(c.city_offset[k], c.city_offset[k] + c.city_count[k])
        for name in [*c.city[rows].tolist(), *c.city_region[rows].tolist()]:
            seen.setdefault(str(name), set()).add(str(c.codes[k]))
    return {name: codes.pop() for name, codes in seen.items() if len(codes) == 1 and len(name) > 3}


@lru_cache(maxsize=1)
def _by_country_word() -> dict[str, str]:
    """A country's name, aliases and demonyms (lower case) -> its code (for comments)."""
    out = {}
    for code, row in load("countries").items():
        if code.startswith("_"):
            continue
        for word in (row["name"], *row.get("aliases", ()), *row.get("demonyms", ())):
            out[str(word).lower()] = code
    return out


class _Evidence:
    """Scores per country and the words behind them."""

    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.said: dict[str, list[str]] = {}
        self.hints: list[str] = []  # city or region names and time zones the schema names: the home city's

    def add(self, weights: dict[str, float], why: str) -> None:
        for code, w in weights.items():
            self.score[code] = self.score.get(code, 0.0) + float(w)
            if why not in self.said.setdefault(code, []):
                self.said[code].append(why)


def _owns_default(words: set[str], col: Any) -> bool:
    """Whether a per-row column's default is the business's own place: a currency's (``DEFAULT 'GBP'``),
    a time zone's that names a place (``'Europe/London'``, not ``'UTC'``); a country's or a locale's
    default (``'US'``, ``'en'``) is only the usual value of a column that varies."""
    if words & _CURRENCY:
        return True
    values = _literals(col.default)
    return bool(words & {"timezone", "time_zone", "tz"}) and len(values) == 1 and "/" in values[0]


def _many_signs(schema: Any) -> list[str]:
    """What says the rows live in many countries (``table.column`` or a word), first few."""
    v = _vocab()
    signs: list[str] = []
    lands: set[str] = set()
    for t in schema.tables:
        tw = set(_words(t.name.name))
        if tw & v["many"]:
            signs.append(f"table {t.name.name}")
        land = table_locale(t.name.name)
        if land:
            lands.add(land)
        for col in t.columns:
            cw = set(_words(col.name))
            if cw & v["many"]:
                signs.append(f"{t.name.name}.{col.name}")
            elif cw & v["per_row"] and not cw & v["origin"] and _constant(t, col, _owns_default(cw, col)) is None:
                signs.append(f"{t.name.name}.{col.name}")
        text = " ".join(filter(None, [t.comment, *(c.comment for c in t.columns)])).lower()
        if any(w in ("international", "worldwide", "multinational", "countries") for w in _WORD.findall(text)):
            signs.append(f"the comments of {t.name.name}")
    if len(lands) > 1:
        signs.append("tables named for " + ", ".join(sorted(lands)))
    if signs and all(s.rpartition(".")[2].lower() in _LANGUAGE_ONLY for s in signs) and _own_currency(schema):
        return []  # a user's locale is a language chosen; a currency of its own says the business's one place
    return signs


#: Columns that say a person's language, not where the row lives.
_LANGUAGE_ONLY = frozenset("locale language lang preferred_locale preferred_language ui_locale".split())


def _own_currency(schema: Any) -> bool:
    """Whether a currency column of the schema has a constant default of its own (``currency DEFAULT 'EUR'``)."""
    return any(set(_words(col.name)) & _CURRENCY and _constant(t, col) is not None
               for t in schema.tables for col in t.columns)


def _country_evidence(schema: Any) -> _Evidence:
    v = _vocab()
    ev = _Evidence()
    by_currency, by_tz, by_place, by_word = _by_currency(), _by_timezone(), _by_place_name(), _by_country_word()
    seen_marks: set[tuple[str, str]] = set()
    currency_seen: dict[str, int] = {}
    code_of_locale = {loc: str(code) for code, loc in zip(countries().codes.tolist(), countries().locales, strict=True)}
    for t in schema.tables:
        land = table_locale(t.name.name)
        if land and land in code_of_locale:
            ev.add({code_of_locale[land]: 5}, f"table {t.name.name}")
        names = [(t.name.name, t.name.name)] + [(f"{t.name.name}.{c.name}", c.name) for c in t.columns]
        for where, name in names:
            for word in _words(name):
                key = "spelling" if word in v["spelling"] else word  # British spellings are one sign
                if word in v["marks"] and (word, where) not in seen_marks:
                    seen_marks.add((word, where))
                    if sum(1 for w, _ in seen_marks if w == word or key == "spelling" and w in v["spelling"]) <= 2:
                        # a word (or a spelling) counts twice at most
                        ev.add(v["marks"][word], f"'{word}' ({where})")
        for col in t.columns:
            cw = set(_words(col.name))
            const = _constant(t, col)
            if const and cw & _CURRENCY and const.upper() in by_currency:
                codes = by_currency[const.upper()]
                ev.add({c: 4 / len(codes) ** 0.5 for c in codes}, f"{t.name.name}.{col.name} = {const}")
            elif const and cw & {"country", "country_code"}:
                code = const.upper() if len(const) in (2, 3) else by_word.get(const.lower())
                if code and code in set(countries().codes.tolist()):
                    ev.add({code: 8}, f"{t.name.name}.{col.name} = {const}")
            for lit in _literals(col.default):
                if lit in by_tz:
                    ev.add({by_tz[lit]: 5}, f"{t.name.name}.{col.name} = {lit}")
                    ev.hints.append(lit)
            for w in sorted(cw & _currency_words()):  # amount_gbp, price_eur, gross_kes
                if currency_seen.get(w, 0) < _CURRENCY_COLUMNS:
                    currency_seen[w] = currency_seen.get(w, 0) + 1
                    codes = by_currency.get(w.upper(), ())
                    ev.add({c: 3 / len(codes) ** 0.5 for c in codes}, f"{t.name.name}.{col.name}")
                    ev.add(dict.fromkeys(_also_by_currency().get(w.upper(), ()), 1.0), f"{t.name.name}.{col.name}")
            if col.type.length == 2 and cw & {"state", "st"}:
                ev.add({"US": 2}, f"{t.name.name}.{col.name} char(2)")
            labels = list(col.type.enum_labels)
            for check in t.checks:
                if col.name in check.columns:
                    labels += _literals(check.expression)
            named = {x for x in labels if x in by_place}
            ev.hints += [x for x in labels if x in by_place]
            for code in {by_place[x] for x in named}:  # a list of a country's provinces says more than one town
                many_named = sum(by_place[x] == code for x in named)
                ev.add({code: min(2 + many_named, 6)}, f"the places {t.name.name}.{col.name} lists")
        text = " ".join(filter(None, [t.comment, *(c.comment for c in t.columns)])).lower()
        for word in set(_WORD.findall(text)) & set(by_word):
            ev.add({by_word[word]: 4}, f"'{word}' in a comment of {t.name.name}")
    return ev


def _local_signs(schema: Any) -> tuple[list[str], list[str]]:
    """(words of a local business, words of a business serving a whole country) the schema has,
    each once (``courier`` and ``couriers`` are one word)."""
    from seedbed.generate.intent.tokens import singular

    v = _vocab()
    local: dict[str, str] = {}
    wide: dict[str, str] = {}
    for t in schema.tables:
        for w in _words(t.name.name):
            if w in v["local"]:
                local.setdefault(singular(w), w)
            if w in v["wide"]:
                wide.setdefault(singular(w), w)
        for col in t.columns:
            for w in _words(col.name):
                if w in v["local_columns"]:
                    local.setdefault(singular(w), w)
    return list(local.values()), list(wide.values())


def _draw(seed: int, tag: str, codes: list[str]) -> str:
    """One of ``codes`` weighted by population (countries.json), keyed by the seed."""
    c = countries()
    weights = np.diff(np.concatenate([[0.0], c.cumulative]))
    w = np.array([max(float(weights[c.index(code)]), 1e-3) for code in codes])
    rng = np.random.Generator(np.random.PCG64(digest(seed, "where", tag)))
    return codes[int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right").clip(0, len(codes) - 1))]


def metro(code: str, seed: int, hints: tuple[str, ...] = ()) -> tuple[int, ...]:
    """The cities of a metro area of country ``code``: a home city drawn from the seed (the first,
    bigger cities more often; only those the schema names, by name, region or time zone, when it
    names some: ``hints``), then the country's cities within ``_METRO_KM`` of it."""
    c = countries()
    k = c.index(code)
    first, count = int(c.city_offset[k]), int(c.city_count[k])
    if count == 0:
        return ()
    w = 1.0 / np.sqrt(np.arange(1, count + 1))
    rows = slice(first, first + count)
    named = np.isin(c.city[rows], hints) | np.isin(c.city_region[rows], hints) | np.isin(c.city_tz[rows], hints)
    if named.any():
        w = np.where(named, w, 0.0)
    rng = np.random.Generator(np.random.PCG64(digest(seed, "where", "metro", code)))
    home = first + int(np.searchsorted(np.cumsum(w) / w.sum(), rng.random(), side="right").clip(0, count - 1))
    lat0, lon0 = np.radians(c.city_lat[home]), np.radians(c.city_lon[home])
    lat, lon = np.radians(c.city_lat[first:first + count]), np.radians(c.city_lon[first:first + count])
    km = 6371.0 * np.hypot(lat - lat0, (lon - lon0) * np.cos((lat + lat0) / 2))
    near = [first + i for i in np.flatnonzero(km <= _METRO_KM).tolist() if first + i != home]
    return (home, *near)


def listed_cities(code: str, hints: tuple[str, ...]) -> tuple[int, ...]:
    """The cities of country ``code`` the schema names, by name or by region (a CHECK of a farmer's
    ``province``): where a business that serves more than one town lives; () when it names none."""
    c = countries()
    k = c.index(code)
    first, count = int(c.city_offset[k]), int(c.city_count[k])
    rows = slice(first, first + count)
    named = np.isin(c.city[rows], hints) | np.isin(c.city_region[rows], hints)
    return tuple(first + int(i) for i in np.flatnonzero(named).tolist())


def decide(schema: Any, seed: int, locale: str | None = None) -> Place:
    """The dataset's place (see the module docstring). ``locale`` (``--locale``) chooses the country
    (the row context then draws from it); the metro area still follows the schema."""
    from seedbed.generate.intent.languages import detect, language_name

    language, said = detect(schema)
    many = _many_signs(schema)
    if many and locale is None:
        return Place(many=True, reason="many countries: " + ", ".join(many[:4]) + (" ..." if len(many) > 4 else ""),
                     language=language)
    c = countries()
    ev = _country_evidence(schema)
    if language in _vocab()["languages"]:  # a schema named in German is a German-speaking business (r40)
        why = f"named in {language_name(language)} ({', '.join(said[:3])})"
        ev.add(_vocab()["languages"][language], why)
        for code in _vocab()["languages"][language]:
            ev.said[code].insert(0, ev.said[code].pop(ev.said[code].index(why)))
    hints = tuple(ev.hints)
    if locale is not None:
        served = [str(x) for x in c.codes[c.serving(locale)].tolist()]
        if len(served) != 1:
            return Place(many=True, reason=f"locale {locale} (asked for)", language=language)
        code, why = served[0], f"locale {locale} (asked for)"
    else:
        if ev.score:
            top = max(ev.score.values())
            best = sorted(k for k, s in ev.score.items() if s >= top - 1e-9)
            code = best[0] if len(best) == 1 else _draw(seed, "tie", best)
            why = "the schema says so: " + ", ".join(ev.said[code][:4]) + (" ..." if len(ev.said[code]) > 4 else "")
        else:
            code = _draw(seed, "english", list(_ENGLISH))
            why = "nothing in the schema says where: drawn from the seed among English-speaking countries"
    loc = c.locales[c.index(code)]
    name = str(c.names[c.index(code)])
    if c.name_locales[c.index(code)] != loc:  # no Faker locale of the country's own: say whose names it borrows
        why += f"; no person names of {loc}: borrowed from {c.name_locales[c.index(code)]}"
    local, wide = _local_signs(schema)
    if len(local) >= 2 and len(local) > len(wide):
        cities = metro(code, seed, hints)
        if cities:
            city = str(c.city[cities[0]])
            return Place(many=False, country=code, locale=loc, city=city, cities=cities, language=language,
                         reason=f"one place: {name}, the {city} area ({why}; a local business: "
                                f"{', '.join(local[:4])})")
    reach = f"; serves the whole country: {', '.join(wide[:3])}" if wide else ""
    listed = listed_cities(code, hints)
    if listed:  # the provinces or towns a CHECK lists: the business is there, not all over the country
        said = ", ".join(dict.fromkeys(h for h in hints if h in set(c.city[list(listed)]) | set(c.city_region[list(listed)])))
        return Place(many=False, country=code, locale=loc, cities=listed, language=language,
                     reason=f"one place: {name}, in the places the schema lists: {said[:80]} ({why}{reach})")
    return Place(many=False, country=code, locale=loc, reason=f"one place: {name} ({why}{reach})", language=language)
