"""Phones, addresses, coordinates, time zones, locales, languages and currencies of the row's person.

Formats follow the person's country: a French row gets ``+33 6 ...`` / ``06 12 34 56 78``, a
``75xxx`` postal code in Paris and the ``Europe/Paris`` time zone; a US row in San Francisco
gets a ``(415)`` area code and a ``941xx`` ZIP code.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.streams import digest
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.geo import countries, digits_format
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, cat, digits, lengths, load, pick
from seedbed.generate.values.data import ColumnData, column_key, may_be_null, object_array

__all__ = ["national_regex", "phones", "postal_codes", "postal_regex"]

_NOT_DIGIT_OR_SLOT = re.compile(r"[^0-9#N]")


def postal_codes(ci: np.ndarray, city: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A postal code per row, in its country's format, starting with its city's prefix."""
    c = countries()
    out = np.empty(len(ci), dtype=object)
    for k in np.unique(ci).tolist():
        rows = np.flatnonzero(ci == k)
        lead, _, rest = c.postal[k].rpartition("{p}")  # a literal may come first: "AZ {p}##", "L-{p}###"
        body = digits_format(rest, len(rows), rng, c.postal_letters[k])
        out[rows] = [lead + a + b for a, b in zip(c.city_prefix[city[rows]].tolist(), body, strict=True)]
    return out


def postal_regex(code: str) -> str:
    """A regex every postal code of country ``code`` matches (for tests and validation)."""
    c = countries()
    k = c.index(code)
    prefixes = sorted({str(p) for p in c.city_prefix[c.city_offset[k]:c.city_offset[k] + c.city_count[k]]})
    lead, _, rest = c.postal[k].rpartition("{p}")
    rest = re.escape(rest).replace("\\#", "#").replace("\\@", "@")
    rest = rest.replace("#", r"\d").replace("%", "[1-9]").replace("@", "[A-Z]")
    return "^" + re.escape(lead) + "(" + "|".join(map(re.escape, prefixes)) + ")" + rest + "$"


def _nsn_pattern(k: int) -> str:
    return countries().phone_nsn[k]


def national_regex(code: str) -> str:
    """A regex every national-format phone number of country ``code`` matches."""
    c = countries()
    k = c.index(code)
    pat = re.escape(c.phone_trunk[k] + _nsn_pattern(k)).replace(r"\{a\}", "{a}")
    pat = pat.replace("\\#", "#").replace("#", r"\d").replace("N", "[2-9]").replace("{a}", r"\d{2,3}")
    if c.phone_digits[k]:  # the area code's length varies: only the digit count is fixed
        return "^" + re.escape(c.phone_trunk[k]) + r"[\d ]+$"
    return "^" + pat + "$"


def phones(call: Call, form: str = "e164") -> np.ndarray:
    """The rows' people's phone numbers, ``form`` ``'e164'`` or ``'national'``; distinct when unique."""
    p = call.row.person()
    c = countries()
    ci, city = p["country_index"], p["city_index"]
    rng = call.rng
    tail = None
    if call.unique:
        tail = permute(call.req.index % 1_000_000, 1_000_000, column_key(call.req, "phone"))
    out = np.empty(call.n, dtype=object)
    for k in np.unique(ci).tolist():
        rows = np.flatnonzero(ci == k)
        pattern = _nsn_pattern(k)
        if "{a}" in pattern:
            pre, post = pattern.split("{a}", 1)
            area = c.city_area[city[rows]]
            blank = area == ""
            if blank.any():
                area = area.copy()
                area[blank] = digits_format("N##", int(blank.sum()), rng)
        else:
            pre, post, area = "", pattern, None
        alens = lengths(area) if area is not None else np.zeros(len(rows), dtype=np.int64)
        lead = ("+" + c.phone_cc[k]) if form == "e164" else c.phone_trunk[k] + pre
        for alen in np.unique(alens).tolist():
            sub = np.flatnonzero(alens == alen)
            post_k, want = post, c.phone_digits[k]
            while want and alen + sum(ch in "#N" for ch in post_k) > want and "#" in post_k:
                post_k = post_k.replace("#", "", 1)
            if form == "e164":
                post_k = _NOT_DIGIT_OR_SLOT.sub("", post_k)
            body = digits_format(post_k, len(sub), rng, fixed_tail=None if tail is None else tail[rows[sub]],
                                 tail_digits=6)
            parts = [lead] + ([area[sub]] if area is not None else []) + [body]
            out[rows[sub]] = cat(*parts) if len(parts) > 1 else body
    return out


@register("phone.e164", unique="native", cut="never")
def _e164(call: Call) -> np.ndarray | None:
    if call.unique and call.req.table_rows > 1_000_000:
        return None
    return phones(call, "e164")


@register("phone.national", unique="native", cut="never")
def _national(call: Call) -> np.ndarray | None:
    if call.unique and call.req.table_rows > 1_000_000:
        return None
    national = phones(call, "national")
    lmax = call.lmax
    if lmax is not None and (lengths(national) > lmax).any():
        return phones(call, "e164")
    return national


# ------------------------------------------------------------------------------ addresses


@register("address.street", unique="suffix", cut="never")
def _street(call: Call) -> np.ndarray:
    return call.row.address()["street"]


@register("address.street_name", cut="words")
def _street_name(call: Call) -> np.ndarray:
    return call.row.address()["street_name"]


@register("address.line2", cut="hard")
def _line2(call: Call) -> np.ndarray:
    return call.row.address()["line2"]


@register("address.building_number", out="text", cut="never")
def _building(call: Call) -> np.ndarray:
    return call.row.address()["building"]


@register("address.city", cut="words", unique="native")
def _city(call: Call) -> np.ndarray:
    if call.unique:  # a unique (or part of a unique key) city name: distinct real cities while they last
        return _distinct_cities(call)
    return call.row.person()["city"]


def _distinct_cities(call: Call) -> np.ndarray:
    """Distinct real city names. When the call holds the whole table (one chunk), each row takes the
    next city of its own country (the one its FK points at, say) while that country has any left,
    the others the cities no row took; otherwise distinct cities by rank, whatever the country."""
    from seedbed.generate.realistic.iso import unique_real

    every = _unique_cities()
    if call.n != call.req.table_rows or call.n > len(every):
        return unique_real(call, every, len(every), "city")
    geo = countries()
    used: set[str] = set()
    nxt: dict[int, int] = {}
    out: list[str | None] = []
    for k in call.row.person()["country_index"].tolist():
        j, end = nxt.get(k, 0), int(geo.city_count[k])
        while j < end and geo.city[geo.city_offset[k] + j] in used:
            j += 1
        nxt[k] = j + 1
        name = str(geo.city[geo.city_offset[k] + j]) if j < end else None
        if name is not None:
            used.add(name)
        out.append(name)
    rest = iter([c for c in every.tolist() if c not in used])
    return np.array([v if v is not None else next(rest) for v in out], dtype=object)


@lru_cache(maxsize=1)
def _unique_cities() -> np.ndarray:
    """Every city of the country table once, the most usual countries' first."""
    return np.array(list(dict.fromkeys(countries().city.tolist())), dtype=object)


@register("address.region", cut="words")
def _region(call: Call) -> np.ndarray:
    return call.row.person()["region"]


@register("address.region_code", cut="never")
def _region_code(call: Call) -> np.ndarray:
    return call.row.person()["region_code"]


@register("address.postal_code", cut="never")
def _postal(call: Call) -> np.ndarray:
    """The row's postal code. One too wide for the column (a Brazilian CEP ``01310-100`` in a
    ``varchar(8)``) is written without its space or hyphen, as forms often keep it
    (``01310100``), and cut to the width only when even that is wider: the whole column never
    falls back to words ('Heron') because a few of its countries' codes are long."""
    codes = call.row.address()["postal_code"]
    lmax = call.lmax
    if lmax is None or not len(codes) or int(lengths(codes).max()) <= lmax:
        return codes
    return apply(lambda v: v if len(v) <= lmax else v.replace(" ", "").replace("-", "")[:lmax], codes)


@register("address.country", cut="never", unique="native")
def _country(call: Call) -> np.ndarray:
    lmax = call.lmax
    if call.unique:  # a country table's unique name: distinct real countries, its codes' countries
        from seedbed.generate.realistic.countries import unique_country_codes, unique_country_names

        return unique_country_codes(call, lmax == 3) if lmax is not None and lmax <= 3 else unique_country_names(call)
    p = call.row.person()
    if lmax is not None and lmax <= 3:
        return p["country"] if lmax == 2 else p["iso3"]
    if call.p("language"):  # a schema named in Spanish: 'Alemania' (r40)
        from seedbed.generate.intent.nativewords import country_names

        return country_names(p["country"], p["country_name"], call.p("language"), lmax)
    return p["country_name"]


@register("address.country_code", cut="never", unique="native")
def _country_code(call: Call) -> np.ndarray:
    if call.unique:  # a country table's key: distinct real ISO codes, not AAA, AAB (r1)
        from seedbed.generate.realistic.countries import unique_country_codes

        return unique_country_codes(call, bool(call.p("iso3")) or call.lmax == 3)
    p = call.row.person()
    return p["iso3"] if call.p("iso3") or call.lmax == 3 else p["country"]


@register("address.full", unique="suffix", cut="words")
def _full(call: Call) -> np.ndarray:
    p, a = call.row.person(), call.row.address()
    us_like = np.isin(p["country"].astype(str), ["US", "CA", "AU"])
    local = np.where(us_like, cat(p["city"], ", ", p["region_code"], " ", a["postal_code"]),
                     cat(a["postal_code"], " ", p["city"]))
    return cat(a["street"], ", ", local, ", ", p["country_name"])


@register("address.location", cut="words")
def _location(call: Call) -> np.ndarray:
    p = call.row.person()
    return cat(p["city"], ", ", p["country_name"])


@register("address.neighborhood", cut="words")
def _neighborhood(call: Call) -> np.ndarray:
    return pick(call.rng, load("misc")["neighborhoods"], call.n)


@register("geo.latitude", out="number")
def _lat(call: Call) -> np.ndarray:
    return call.row.address()["lat"]


@register("geo.longitude", out="number")
def _lon(call: Call) -> np.ndarray:
    return call.row.address()["lon"]


@register("geo.scaled_latitude", out="number")
def _scaled_lat(call: Call) -> np.ndarray:
    """Degrees x ``scale`` as an integer (OpenStreetMap's ``latitude integer`` is degrees x 10^7)."""
    return _scaled(call, "lat")


@register("geo.scaled_longitude", out="number")
def _scaled_lon(call: Call) -> np.ndarray:
    return _scaled(call, "lon")


def _scaled(call: Call, axis: str) -> np.ndarray:
    """The row's place in degrees x scale, its last digits filled (the place has six decimals)."""
    scale = float(call.p("scale", 10**7))
    fill = call.rng.integers(0, max(int(scale // 10**6), 1), size=call.n)
    return np.round(np.asarray(call.row.address()[axis], dtype=float) * scale) + fill


@register("geo.coordinates", cut="never")
def _coords(call: Call) -> np.ndarray:
    a = call.row.address()
    return cat(apply("{:.6f}".format, a["lat"].tolist()), ",", apply("{:.6f}".format, a["lon"].tolist()))


@register("geo.point", out="data")
def _point(call: Call) -> ColumnData | None:
    """A ``point`` as PostgreSQL writes it, ``(longitude,latitude)``: the row's city, a few km off."""
    if call.unique:
        return None
    a = call.row.address()
    lon = a["lon"] + call.rng.normal(0, 0.05, size=call.n)
    lat = np.clip(a["lat"] + call.rng.normal(0, 0.05, size=call.n), -90, 90)
    values = object_array([f"({x:.6f},{y:.6f})" for x, y in zip(lon.tolist(), lat.tolist(), strict=True)])
    req = call.req
    nulls = None
    if req.null_rate > 0 and may_be_null(req.column, req.domain):
        mask = call.rng.random(call.n) < req.null_rate
        nulls = mask if mask.any() else None
    return ColumnData(values=values, nulls=nulls)


@register("address.continent", cut="words")
def _continent(call: Call) -> np.ndarray:
    """The continent of the row's country (from its time zone), so a row's country and continent agree."""
    from seedbed.generate.realistic.countries import continent_of

    p = call.row.person()
    out = [continent_of(tz, cc) for tz, cc in zip(p["timezone"].tolist(), p["country"].tolist(), strict=True)]
    names = np.array(out, dtype=object)
    if call.lmax is not None and call.lmax <= 3:  # a code: EU, NA, SA, AS, AF, OC, AN
        from seedbed.generate.realistic.countries import CONTINENT_CODES

        return apply(lambda v: CONTINENT_CODES[v], names)
    return names


@register("locale.timezone", cut="never")
def _timezone(call: Call) -> np.ndarray:
    return call.row.person()["timezone"]


@register("locale.code", cut="never")
def _locale(call: Call) -> np.ndarray:
    loc = call.row.person()["locale"]
    lmax = call.lmax
    if lmax is not None and lmax < 5:
        return apply(lambda v: v[:2], loc)
    return apply(lambda v: v.replace("_", "-"), loc)


@register("locale.language", cut="never", unique="native")
def _language(call: Call) -> np.ndarray:
    lmax = call.lmax
    as_code = call.p("code") or (lmax is not None and lmax < 7)
    if call.unique:  # a language table's key, a country's languages: distinct real ISO 639 languages
        from seedbed.generate.realistic.iso import languages, unique_real

        alpha2, alpha3, names, head = languages()
        values = (alpha3 if lmax == 3 else alpha2) if as_code else names
        return unique_real(call, values, head, "language")
    code = call.row.person()["language"]
    if as_code:
        return code
    names = dict(load("misc")["languages"])
    return apply(lambda c: names.get(c, c), code)


@register("money.currency", cut="never", unique="native")
def _currency(call: Call) -> np.ndarray:
    if call.unique:  # a currency table's key: distinct real ISO 4217 currencies
        from seedbed.generate.realistic.iso import currencies, unique_real

        real, names, head = currencies()
        return unique_real(call, real if call.p("code", True) else names, head, "currency")
    codes = call.row.person()["currency"]
    if call.p("code", True):
        return codes
    names = {c[0]: c[1] for c in load("misc")["currencies"]}
    return apply(lambda c: names.get(c, c), codes)


# ------------------------------------------------------------------------------ travel and science


@lru_cache(maxsize=1)
def airport_codes() -> tuple[np.ndarray, int]:
    """(IATA codes, how many of them are the curated busy airports at the front).

    The curated list first; then every other IATA code of the ``airportsdata`` package (MIT) whose
    ICAO code is a regular four-letter one (airports, not landing strips), sorted: a unique airport
    column of more rows than the curated list takes real codes, not invented ones.
    """
    curated = list(load("misc")["airports"])
    try:
        import airportsdata

        seen = set(curated)
        more = sorted(code for code, a in airportsdata.load("IATA").items()
                      if code not in seen and len(a.get("icao") or "") == 4 and a["icao"].isalpha())
    except ImportError:  # an install without the data package: the curated list only
        more = []
    # A fixed shuffle: the extra airports a table takes are spread over the alphabet, not AAA, AAB...
    order = permute(np.arange(len(more), dtype=np.int64), max(len(more), 1), digest("airport-codes"))
    more = [more[i] for i in order.tolist()]
    return np.array(curated + more, dtype=object), len(curated)


def unique_ranks(call: Call, tag: str, head: int, space: int) -> np.ndarray:
    """Distinct ranks for a unique column drawn from a code space of ``space`` values whose first
    ``head`` are the usual ones: a table that fits takes only those, a bigger one as few of the
    others as it needs (``GiveUp`` when even ``space`` is too small)."""
    capacity = head if call.req.table_rows <= head else min(space, max(call.req.table_rows, head))
    # spread over the whole capacity (a keyed permutation keeps them distinct): flight 4711, not 1-100
    return permute(call.ranks_within(tag, capacity), capacity, digest("unique-ranks", tag))


@register("travel.airport_code", cut="never", unique="native")
def _airport(call: Call) -> np.ndarray:
    codes, head = airport_codes()
    if call.unique:
        return codes[unique_ranks(call, "airport", head, len(codes))]
    return pick(call.rng, codes[:head], call.n)


@register("travel.flight_number", cut="never", unique="native")
def _flight(call: Call) -> np.ndarray:
    airlines = load("misc")["airline_codes"]
    if call.unique:  # airline x number (1-9999): a rank is one flight
        r = unique_ranks(call, "flight", len(airlines) * 999, len(airlines) * 9999)
        return cat(np.array(airlines, dtype=object)[r % len(airlines)], digits(1 + r // len(airlines)))
    number = digits(np.exp(call.rng.uniform(np.log(10), np.log(9999), size=call.n)).astype(np.int64))
    return cat(pick(call.rng, airlines, call.n), number)


@register("travel.aircraft_code", cut="never", unique="native")
def _aircraft(call: Call) -> np.ndarray:
    """An IATA aircraft type code (320, 77W, CR2), distinct real codes when unique: the common
    types, then the rarer ones (``aircraft_codes_more``), then codes no real type uses."""
    misc = load("misc")
    codes = np.array(misc["aircraft_codes"], dtype=object)
    if call.unique:
        from seedbed.generate.realistic.iso import unique_real

        every = np.concatenate([codes, np.array(misc["aircraft_codes_more"], dtype=object)])
        return unique_real(call, every, len(codes), "aircraft")
    return pick(call.rng, codes, call.n)


_SEAT_LETTERS = np.array(list("ABCDEFGHJK"), dtype=object)


@register("travel.seat", cut="never", unique="native")
def _seat(call: Call) -> np.ndarray:
    if call.unique:  # row x letter: rows 1-40 of six seats first, then wider and longer cabins
        r = unique_ranks(call, "seat", 40 * 6, 99 * len(_SEAT_LETTERS))
        width = 6 if call.req.table_rows <= 240 else len(_SEAT_LETTERS)
        return cat(digits(1 + r // width), _SEAT_LETTERS[r % width])
    row = digits(call.rng.integers(1, 41, size=call.n))
    return cat(row, pick(call.rng, ["A", "B", "C", "D", "E", "F"], call.n))


@register("science.species", cut="words")
def _species(call: Call) -> np.ndarray:
    return pick(call.rng, load("misc")["species"], call.n)
