"""Countries, cities, streets and name pools: built once per process, picked with numpy.

``countries()`` flattens ``data/vocab/countries.json`` into parallel arrays (one row per
country, one row per city with ``city_offset``/``city_count`` per country), so a chunk picks its
cities with one gather. ``names()`` builds, per country, a pool of ``POOL`` people (first name,
gender, last name and their ASCII forms) from Faker's name lists, read directly from its
provider classes and sampled with a fixed seed: no Faker call per cell, and the pools do not
depend on call order. ``streets()`` composes a pool of street names per country from our own
``streets.json``. ``digits_format`` writes phone numbers and postal codes from a pattern with a
``uint8`` matrix.
"""

from __future__ import annotations

import importlib
import json
import os
import string
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from seedbed.generate.realistic.vocab import ascii_slug, cat, load
from seedbed.generate.streams import digest
from seedbed.generate.values.strings import ascii_rows

__all__ = ["Countries", "Names", "POOL", "countries", "digits_format", "names", "pool_format", "streets"]

#: People per country pool; streets per country pool.
POOL = 2000
STREETS = 256
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LANGUAGE_LOCALE = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "nl": "nl_NL"}


@dataclass(frozen=True)
class Countries:
    """Parallel arrays: per country (``codes`` ...) and per city (``city_*``)."""

    codes: np.ndarray
    iso3: np.ndarray
    names: np.ndarray
    locales: tuple[str, ...]
    name_locales: tuple[str, ...]  # the Faker locale people's names come from (usually ``locales``)
    languages: np.ndarray
    currencies: np.ndarray
    timezones: np.ndarray
    cumulative: np.ndarray  # cumulative weights, last = 1.0
    phone_cc: tuple[str, ...]
    phone_trunk: tuple[str, ...]
    phone_nsn: tuple[str, ...]
    phone_digits: tuple[int, ...]
    postal: tuple[str, ...]
    postal_letters: tuple[bytes, ...]
    city_offset: np.ndarray
    city_count: np.ndarray
    city: np.ndarray
    city_region: np.ndarray
    city_region_code: np.ndarray
    city_lat: np.ndarray
    city_lon: np.ndarray
    city_prefix: np.ndarray
    city_area: np.ndarray
    city_tz: np.ndarray

    def index(self, code: str) -> int:
        return self.codes.tolist().index(code)

    def regions_within(self, width: int) -> np.ndarray:
        """The countries (bool per country) every city of which has a region code of at most
        ``width`` characters (a ``state char(2)`` holds 'CA' and 'BY', not 'IDF' or 'ENG')."""
        fit = np.array([len(str(code)) <= width for code in self.city_region_code.tolist()])
        return np.array([bool(fit[o:o + n].all()) and n > 0
                         for o, n in zip(self.city_offset.tolist(), self.city_count.tolist(), strict=True)])

    def serving(self, locale: str, *, by_language: bool = True) -> np.ndarray:
        """The countries (bool per country) whose people ``locale`` asks for: the locale itself
        (``ja_JP``); else its country (``hi_IN`` -> India, ``fr_CH`` -> Switzerland); else its
        language (``de`` -> Germany, Austria, Switzerland, ...; not with ``by_language=False``
        when the locale names a region). None of them: all False."""
        want = locale.replace("-", "_")
        lang, _, region = want.partition("_")
        exact = np.array([loc.lower() == want.lower() for loc in self.locales])
        if exact.any():
            return exact
        if region:
            country = self.codes == region.upper()
            if country.any() or not by_language:
                return country
        return np.array([loc.split("_")[0].lower() == lang.lower() for loc in self.locales])


#: Country codes that are English words or common abbreviations in a name (``in_stock``, ``is_active``,
#: ``pt`` points, ``id``): never read as a country qualifier of a table.
_NOT_QUALIFIERS = frozenset("""in is it at be no my me am an as to do so id pt ma pa ar co la tv md ms pr ad ai al cc im
io hr pe ph st sh ps ba bo by ch gl nu re sa tm""".split())


@lru_cache(maxsize=512)
def table_locale(name: str) -> str | None:
    """The locale of the one country a table's name says its rows are in (``us_states``, ``uk_customers``,
    ``german_cities``, ``stores_japan``): by the country's code, its name or its demonym; None when the name
    says none or several."""
    from seedbed.generate.intent.tokens import tokens

    words = set(tokens(name))
    found = set()
    for code, row in ((k, v) for k, v in load("countries").items() if not k.startswith("_")):
        said = {row["name"].lower(), *(d.lower() for d in row.get("demonyms", ()))}
        codes = {code.lower()} | ({"uk"} if code == "GB" else set())
        if words & said or words & (codes - _NOT_QUALIFIERS):
            found.add(row["locale"])
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def countries() -> Countries:
    """The country and city tables."""
    data = {k: v for k, v in load("countries").items() if not k.startswith("_")}
    codes = list(data)
    weights = np.array([data[c]["weight"] for c in codes], dtype=float)
    offsets, counts, cities = [], [], []
    for c in codes:
        offsets.append(len(cities))
        counts.append(len(data[c]["cities"]))
        for row in data[c]["cities"]:
            name, region, rcode, lat, lon, prefix, area, tz = row
            cities.append((name, region, rcode, lat, lon, prefix, area or "", tz or data[c]["timezone"]))
    col = list(zip(*cities, strict=True))

    def obj(items: list | tuple) -> np.ndarray:
        return np.array(items, dtype=object)

    return Countries(
        codes=obj(codes), iso3=obj([data[c]["iso3"] for c in codes]),
        names=obj([data[c]["name"] for c in codes]), locales=tuple(data[c]["locale"] for c in codes),
        name_locales=tuple(data[c].get("names_locale", data[c]["locale"]) for c in codes),
        languages=obj([data[c]["language"] for c in codes]),
        currencies=obj([data[c]["currency"] for c in codes]),
        timezones=obj([data[c]["timezone"] for c in codes]),
        cumulative=np.cumsum(weights) / weights.sum(),
        phone_cc=tuple(data[c]["phone"]["cc"] for c in codes),
        phone_trunk=tuple(data[c]["phone"]["trunk"] for c in codes),
        phone_nsn=tuple(data[c]["phone"]["nsn"] for c in codes),
        phone_digits=tuple(int(data[c]["phone"].get("digits", 0)) for c in codes),
        postal=tuple(data[c]["postal"] for c in codes),
        postal_letters=tuple(data[c].get("postal_letters", "ABCDEFGHIJKLMNOPQRSTUVWXYZ").encode() for c in codes),
        city_offset=np.array(offsets, dtype=np.int64), city_count=np.array(counts, dtype=np.int64),
        city=obj(col[0]), city_region=obj(col[1]), city_region_code=obj(col[2]),
        city_lat=np.array(col[3], dtype=float), city_lon=np.array(col[4], dtype=float),
        city_prefix=obj(col[5]), city_area=obj(col[6]), city_tz=obj(col[7]),
    )


@lru_cache(maxsize=1)
def mix_cities() -> np.ndarray:
    """The cities of the countries of the mixed population (weight > 0): names a template in
    English may use ("San Diego International Airport"), not ``高雄市``."""
    c = countries()
    weighted = np.diff(np.concatenate([[0.0], c.cumulative])) > 0
    return np.concatenate([c.city[c.city_offset[k]:c.city_offset[k] + c.city_count[k]]
                           for k in np.flatnonzero(weighted).tolist()])


# ------------------------------------------------------------------------------ names


def _provider(locale: str) -> type:
    """Faker's person provider of ``locale``; else of another locale of the same language
    (``ar_AE`` -> ``ar_SA``, ``es_VE`` -> ``es``); else ``en_US``."""
    from faker.config import AVAILABLE_LOCALES

    lang = locale.split("_")[0]
    same = sorted((x for x in AVAILABLE_LOCALES if x.split("_")[0] == lang and x != locale),
                  key=lambda x: ("_" in x, x))  # the bare language first ("es"), then its locales
    for loc in (locale, _LANGUAGE_LOCALE.get(lang, ""), *same, "en_US"):
        if not loc:
            continue
        try:
            return importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ModuleNotFoundError:
            continue
    raise LookupError(locale)


def _weighted(items: object) -> tuple[list[str], np.ndarray]:
    if isinstance(items, dict):
        names = list(items)
        w = np.array([float(items[k]) for k in names])
    else:
        names = list(items)  # type: ignore[call-overload]
        w = np.ones(len(names))
    return names, w / w.sum()


def _polish_female(last: str) -> str:
    for male, female in (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")):
        if last.endswith(male):
            return last[: -len(male)] + female
    return last


def _last_names(p: type, gender: str) -> tuple[list[str], np.ndarray]:
    gendered = getattr(p, f"last_names_{'female' if gender == 'F' else 'male'}", None)
    if gendered:
        return _weighted(gendered)
    male = getattr(p, "male_last_names", None)
    if male:  # pl_PL: male forms plus unisex ones; the female form is derived
        names, w = _weighted(list(male) + list(getattr(p, "unisex_last_names", ())))
        return ([_polish_female(x) for x in names] if gender == "F" else names), w
    return _weighted(getattr(p, "last_names"))


@dataclass(frozen=True)
class Names:
    """``POOL`` people per country, country ``i`` at ``[i * POOL, (i + 1) * POOL)``."""

    first: np.ndarray
    first_ascii: np.ndarray  # romanised (Faker's own romanisation where it has one, else anyascii)
    last: np.ndarray
    last_ascii: np.ndarray
    gender: np.ndarray  # 'F' / 'M'
    middle: np.ndarray  # another first name of the same gender
    full: np.ndarray  # the name as the country writes it: "Anna Schmidt", "佐藤 明美", "김민준"


@lru_cache(maxsize=1)
def names() -> Names:
    """Name pools for every country: built from Faker's lists once per Faker version and kept in
    the user's cache directory (``_names_cache``), so a process starts without importing Faker."""
    path = _names_cache()
    if path is not None and path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                parts = {f: _unpack(data[f + ".words"], data[f + ".index"]) for f in _STORED}
                order = data["order"].tobytes().decode().split("\n")
                return Names(**parts, full=_full_names(parts["first"], parts["last"], order))
        except (OSError, ValueError, KeyError, UnicodeDecodeError):
            pass  # unreadable: rebuilt (and rewritten) below
    built = _build_names()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
            packed = {"order": np.frombuffer("\n".join(_orders()).encode(), dtype=np.uint8)}
            for f in _STORED:
                words, index = np.unique(getattr(built, f).astype(str), return_inverse=True)
                text = "\n".join(words.tolist())
                if any("\n" in w for w in words.tolist()):
                    raise OSError("a name with a newline")  # never from Faker's lists; not cached then
                packed[f + ".words"] = np.frombuffer(text.encode(), dtype=np.uint8)
                packed[f + ".index"] = index.astype(np.uint16 if len(words) <= 1 << 16 else np.int32)
            np.savez(tmp, **packed)
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: built again next time
    return built


#: The fields the cache keeps (``full`` is rebuilt from them and each country's name order).
_STORED = ("first", "first_ascii", "last", "last_ascii", "gender", "middle")


def _orders() -> list[str]:
    """Per country: the separator between family and given name when the family name comes
    first (``""`` for ko/zh, ``" "`` for ja/hu), or ``"-"`` for given name first."""
    data = load("countries")
    out = []
    for code, name_locale in zip(countries().codes.tolist(), countries().name_locales, strict=True):
        family_first, sep = _order(_provider(name_locale))
        if "family_name_first" in data[code]:  # where Faker's format has the order wrong
            family_first, sep = True, data[code]["family_name_first"]
        out.append(sep if family_first else "-")
    return out


def _full_names(first: np.ndarray, last: np.ndarray, order: list[str]) -> np.ndarray:
    full = np.empty(len(first), dtype=object)
    for k, sep in enumerate(order):
        rows = slice(k * POOL, (k + 1) * POOL)
        full[rows] = cat(first[rows], " ", last[rows]) if sep == "-" else cat(last[rows], sep, first[rows])
    return full


def _unpack(words: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Distinct values (one newline-joined UTF-8 buffer) and an index: a gather shares one
    string object per distinct name, so the pools of 70+ countries stay a few MB."""
    distinct = np.array(words.tobytes().decode().split("\n"), dtype=object)
    return distinct[index]


def _names_cache() -> Path | None:
    """``$SEEDBED_CACHE_DIR`` (else ``$XDG_CACHE_HOME/seedbed``, else ``~/.cache/seedbed``)
    ``/names-<key>.npz``; the key covers the Faker version, the pool size and our country
    table. ``SEEDBED_CACHE_DIR=off`` disables it. Nothing but these derived name lists is kept."""
    root = os.environ.get("SEEDBED_CACHE_DIR")
    if root == "off":
        return None
    try:
        from importlib.metadata import version

        faker_version = version("Faker")
    except Exception:  # noqa: BLE001 - no metadata: no cache
        return None
    base = Path(root) if root else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "seedbed"
    c = countries()
    data = load("countries")
    orders = "|".join(str(data[code].get("family_name_first")) for code in c.codes.tolist())
    key = digest("names", 5, faker_version, POOL, "|".join(c.locales), "|".join(c.name_locales), orders,
                 json.dumps(load("romanised"), sort_keys=True), _anyascii_version()) & 0xFFFFFFFFFFFF
    return base / f"names-{key:012x}.npz"


def _anyascii_version() -> str:
    try:
        from importlib.metadata import version

        return version("anyascii")
    except Exception:  # noqa: BLE001 - not installed: names in other scripts fold to "x"
        return ""


def _romanised(p: type, locale: str) -> dict[str, str]:
    """Name -> romanised name: the customary forms of ``romanised.json`` (``박`` -> Park), then
    Faker's own romanisation where it publishes one (``ja_JP``'s ``(kanji, kana, romaji)`` pairs)."""
    out: dict[str, str] = dict(load("romanised").get(locale, {}))
    for attr in dir(p):
        if not attr.endswith("_pairs"):
            continue
        for item in getattr(p, attr):
            if isinstance(item, tuple) and len(item) >= 3 and all(isinstance(x, str) for x in item):
                out.setdefault(item[0], item[-1])
    return out


def _to_ascii(text: str, roman: dict[str, str]) -> str:
    """A name in ASCII letters for emails and usernames: Faker's romanisation, else anyascii's
    transliteration (Cyrillic, Greek, Hangul, Han, Arabic, ...), else the accents dropped."""
    if text in roman:
        return ascii_slug(roman[text]) or "x"
    if any(ord(ch) >= 0x250 for ch in text):  # past Latin Extended-B: another script
        try:
            from anyascii import anyascii

            text = anyascii(text)
        except ImportError:
            pass
    return ascii_slug(text) or "x"


def _order(p: type) -> tuple[bool, str]:
    """(family name first?, separator) of a locale's usual full name, from Faker's first format:
    ``{{last_name}}{{first_name}}`` (ko, zh) -> (True, ""), ``{{last_name}} {{first_name}}`` (ja, hu)."""
    formats = getattr(p, "formats_female", None) or getattr(p, "formats", ())
    first = max(formats.items(), key=lambda kv: kv[1])[0] if isinstance(formats, dict) else next(iter(formats), "")
    i, j = first.find("{{last_name"), first.find("{{first_name")
    if i < 0 or j < 0 or i > j:
        return False, " "
    between = first[first.index("}}", i) + 2:j]
    return True, between if between.strip() == "" else " "


def _build_names() -> Names:
    """Name pools from Faker's person providers, sampled with fixed seeds (about 1 s with the import)."""
    parts: list[tuple[np.ndarray, ...]] = []
    c = countries()
    for locale, name_locale in zip(c.locales, c.name_locales, strict=True):
        p = _provider(name_locale)
        rng = np.random.Generator(np.random.PCG64(digest("name-pool", locale)))
        gender = np.where(rng.random(POOL) < 0.5, "F", "M")
        first, middle, last = (np.empty(POOL, dtype=object) for _ in range(3))
        for g in ("F", "M"):
            rows = np.flatnonzero(gender == g)
            # a locale without gendered lists (lt_LT, en_PK) has one list for both
            firsts, fw = _weighted(getattr(p, "first_names_female" if g == "F" else "first_names_male", None)
                                   or getattr(p, "first_names"))
            lasts, lw = _last_names(p, g)
            fa, la = np.array(firsts, dtype=object), np.array(lasts, dtype=object)
            first[rows] = fa[rng.choice(len(fa), size=len(rows), p=fw)]
            middle[rows] = fa[rng.choice(len(fa), size=len(rows), p=fw)]
            last[rows] = la[rng.choice(len(la), size=len(rows), p=lw)]
        roman = _romanised(p, name_locale)
        memo: dict[str, str] = {}

        def plain(values: np.ndarray, roman: dict[str, str] = roman, memo: dict[str, str] = memo) -> np.ndarray:
            return np.array([memo[v] if v in memo else memo.setdefault(v, _to_ascii(v, roman))
                             for v in values.tolist()], dtype=object)

        parts.append((first, middle, last, gender, plain(first), plain(last)))
    first, middle, last, gender, first_ascii, last_ascii = (np.concatenate([p[i] for p in parts]) for i in range(6))
    return Names(first=first, first_ascii=first_ascii, last=last, last_ascii=last_ascii,
                 gender=gender.astype(object), middle=middle, full=_full_names(first, last, _orders()))


@lru_cache(maxsize=64)
def pool_format(fmt: str) -> np.ndarray:
    """``fmt`` (``"{f}.{l}"``, ``"{first} {last}"``...) applied to every pooled person, once.

    Fields: ``first``, ``last`` (as written), ``f``, ``l``, ``i`` (ASCII first, last, initial).
    A row's value is then one gather: ``pool_format(fmt)[person['who']]``.
    """
    p = names()
    fields = {"first": lambda: p.first, "last": lambda: p.last, "f": lambda: p.first_ascii,
              "l": lambda: p.last_ascii, "i": lambda: _prefix(p.first_ascii, 1),
              "l1": lambda: _prefix(p.last_ascii, 1), "l5": lambda: _prefix(p.last_ascii, 5)}
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        parsed = None
    if parsed is not None and all(f is None or (f in fields and not spec and not conv) for _, f, spec, conv in parsed):
        # Literal text and plain fields only: one str.join per person instead of a format call.
        parts: list[np.ndarray | str] = []
        for literal, field, _, _ in parsed:
            if literal:
                parts.append(literal)
            if field is not None:
                parts.append(fields[field]())
        if any(not isinstance(x, str) for x in parts):
            return cat(*parts)
    out = np.empty(len(p.first), dtype=object)
    out[:] = [fmt.format(first=a, last=b, f=c, l=d, i=c[:1], l1=d[:1], l5=d[:5])
              for a, b, c, d in zip(p.first.tolist(), p.last.tolist(), p.first_ascii.tolist(), p.last_ascii.tolist(),
                                    strict=True)]
    return out


def _prefix(values: np.ndarray, k: int) -> np.ndarray:
    return np.array([v[:k] for v in values.tolist()], dtype=object)


# ------------------------------------------------------------------------------ streets


@lru_cache(maxsize=1)
def _street_table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(street names, ``STREETS`` per country; house number first? per country; built? per
    country). Countries with a style in ``streets.json`` are built now; the others on demand."""
    styles = load("streets")
    c = countries()
    pool = np.empty(len(c.codes) * STREETS, dtype=object)
    first = np.zeros(len(c.codes), dtype=bool)
    built = np.zeros(len(c.codes), dtype=bool)
    for k, (code, lang, locale) in enumerate(zip(c.codes.tolist(), c.languages.tolist(), c.locales, strict=True)):
        style = styles.get(locale) or styles.get(lang)
        if style is None:
            continue
        rng = np.random.Generator(np.random.PCG64(digest("street-pool", code)))
        names_ = rng.choice(style["names"], size=STREETS)
        types = rng.choice(style["types"], size=STREETS)
        fmt = style["format"]
        pool[k * STREETS:(k + 1) * STREETS] = [fmt.format(name=n, type=t).replace("  ", " ").strip()
                                               for n, t in zip(names_, types, strict=True)]
        first[k], built[k] = bool(style["number_first"]), True
    return pool, first, built


def streets(needed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(street names ``STREETS`` per country, house number first? per country).

    ``needed`` (country indexes) makes sure those countries' pools exist: a language without a
    style in ``streets.json`` takes ``STREETS`` street names from Faker's address provider of
    the country's locale (seeded, once per process; the number's place from its address
    format), else the English style.
    """
    pool, first, built = _street_table()
    todo = [] if needed is None else [k for k in np.unique(needed).tolist() if not built[k]]
    for k in todo:
        with _STREETS_LOCK:
            if not built[k]:
                names_, first[k] = _faker_streets(k)
                pool[k * STREETS:(k + 1) * STREETS] = names_
                built[k] = True
    return pool, first


_STREETS_LOCK = threading.Lock()


def _faker_streets(k: int) -> tuple[list[str], bool]:
    """Street names of country ``k`` from Faker's address provider of its locale."""
    c = countries()
    code, locale = c.codes[k], c.locales[k]
    try:
        module = importlib.import_module(f"faker.providers.address.{locale}")
    except ModuleNotFoundError:
        module = None
    if module is None:
        style = load("streets")["en"]
        rng = np.random.Generator(np.random.PCG64(digest("street-pool", code)))
        names_ = [style["format"].format(name=n, type=t) for n, t in zip(
            rng.choice(style["names"], size=STREETS), rng.choice(style["types"], size=STREETS), strict=True)]
        return names_, bool(style["number_first"])
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(digest("street-pool", code))
    names_ = [fake.street_name() for _ in range(STREETS)]
    formats = getattr(module.Provider, "street_address_formats", None) or ("{{street_name}} {{building_number}}",)
    fmt = next(iter(formats))
    number_first = 0 <= fmt.find("{{building_number}}") < fmt.find("{{street")
    return names_, number_first


# ------------------------------------------------------------------------------ formats


def digits_format(pattern: str, n: int, rng: np.random.Generator, letters: bytes = _LETTERS,
                  fixed_tail: np.ndarray | None = None, tail_digits: int = 6) -> list[str]:
    """``n`` strings of ``pattern``: ``#`` a digit, ``N`` 2-9, ``%`` 1-9, ``@`` a letter of ``letters``.

    ``fixed_tail`` (int64 below ``10**tail_digits``, optional) overwrites the last
    ``tail_digits`` ``#`` digits, so that values derived from distinct row indexes stay distinct.
    """
    code = np.frombuffer(pattern.encode(), dtype=np.uint8)
    m = np.tile(code, (n, 1))
    hashes = np.flatnonzero(code == ord("#"))
    if hashes.size:
        m[:, hashes] = 48 + rng.integers(0, 10, size=(n, hashes.size))
    nonzero = np.flatnonzero(code == ord("%"))  # a UK postcode's district: SW1, never SW0
    if nonzero.size:
        m[:, nonzero] = 48 + rng.integers(1, 10, size=(n, nonzero.size))
    big = np.flatnonzero(code == ord("N"))
    if big.size:
        m[:, big] = 48 + rng.integers(2, 10, size=(n, big.size))
    at = np.flatnonzero(code == ord("@"))
    if at.size:
        alphabet = np.frombuffer(letters, dtype=np.uint8)
        m[:, at] = alphabet[rng.integers(0, len(alphabet), size=(n, at.size))]
    if fixed_tail is not None and hashes.size:
        v = fixed_tail.astype(np.int64, copy=True)
        for pos in hashes[::-1][:tail_digits]:
            v, d = np.divmod(v, 10)
            m[:, pos] = 48 + d
    return ascii_rows(m)
