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
import os
import string
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


# ------------------------------------------------------------------------------ names


def _provider(locale: str) -> type:
    for loc in (locale, _LANGUAGE_LOCALE.get(locale[:2], "en_US"), "en_US"):
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
    first_ascii: np.ndarray
    last: np.ndarray
    last_ascii: np.ndarray
    gender: np.ndarray  # 'F' / 'M'
    middle: np.ndarray  # another first name of the same gender


@lru_cache(maxsize=1)
def names() -> Names:
    """Name pools for every country: built from Faker's lists once per Faker version and kept in
    the user's cache directory (``_names_cache``), so a process starts without importing Faker."""
    path = _names_cache()
    if path is not None and path.exists():
        try:
            with np.load(path, allow_pickle=False) as data:
                return Names(**{f: np.array(data[f].tobytes().decode().split("\n"), dtype=object)
                                for f in Names.__dataclass_fields__})
        except (OSError, ValueError, KeyError, UnicodeDecodeError):
            pass  # unreadable: rebuilt (and rewritten) below
    built = _build_names()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
            # each list as one newline-joined UTF-8 buffer: ~1 MB, split in a few ms
            joined = {f: "\n".join(getattr(built, f).tolist()) for f in Names.__dataclass_fields__}
            if not any(t.count("\n") != len(built.first) - 1 for t in joined.values()):
                np.savez(tmp, **{f: np.frombuffer(t.encode(), dtype=np.uint8) for f, t in joined.items()})
                os.replace(tmp, path)
        except OSError:
            pass  # a read-only home: built again next time
    return built


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
    key = digest("names", 1, faker_version, POOL, "|".join(countries().locales)) & 0xFFFFFFFFFFFF
    return base / f"names-{key:012x}.npz"


def _build_names() -> Names:
    """Name pools from Faker's person providers, sampled with fixed seeds (about 0.3 s with the import)."""
    parts: list[tuple[np.ndarray, ...]] = []
    for locale in countries().locales:
        p = _provider(locale)
        rng = np.random.Generator(np.random.PCG64(digest("name-pool", locale)))
        gender = np.where(rng.random(POOL) < 0.5, "F", "M")
        first, middle, last = (np.empty(POOL, dtype=object) for _ in range(3))
        for g in ("F", "M"):
            rows = np.flatnonzero(gender == g)
            firsts, fw = _weighted(getattr(p, "first_names_female" if g == "F" else "first_names_male"))
            lasts, lw = _last_names(p, g)
            fa, la = np.array(firsts, dtype=object), np.array(lasts, dtype=object)
            first[rows] = fa[rng.choice(len(fa), size=len(rows), p=fw)]
            middle[rows] = fa[rng.choice(len(fa), size=len(rows), p=fw)]
            last[rows] = la[rng.choice(len(la), size=len(rows), p=lw)]
        parts.append((first, middle, last, gender))
    first, middle, last, gender = (np.concatenate([p[i] for p in parts]) for i in range(4))
    memo: dict[str, str] = {}

    def plain(values: np.ndarray) -> np.ndarray:
        plain_ = [memo.get(v) or memo.setdefault(v, ascii_slug(v) or "x") for v in values.tolist()]
        return np.array(plain_, dtype=object)

    return Names(first=first, first_ascii=plain(first), last=last, last_ascii=plain(last),
                 gender=gender.astype(object), middle=middle)


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
def streets() -> tuple[np.ndarray, np.ndarray]:
    """(street names ``STREETS`` per country, house number first? per country)."""
    styles = load("streets")
    c = countries()
    out, first = [], []
    for code, lang in zip(c.codes.tolist(), c.languages.tolist(), strict=True):
        style = styles.get(lang, styles["en"])
        rng = np.random.Generator(np.random.PCG64(digest("street-pool", code)))
        names_ = rng.choice(style["names"], size=STREETS)
        types = rng.choice(style["types"], size=STREETS)
        fmt = style["format"]
        out.extend(fmt.format(name=n, type=t).replace("  ", " ").strip() for n, t in zip(names_, types, strict=True))
        first.append(bool(style["number_first"]))
    return np.array(out, dtype=object), np.array(first)


# ------------------------------------------------------------------------------ formats


def digits_format(pattern: str, n: int, rng: np.random.Generator, letters: bytes = _LETTERS,
                  fixed_tail: np.ndarray | None = None, tail_digits: int = 6) -> list[str]:
    """``n`` strings of ``pattern``: ``#`` a digit, ``N`` 2-9, ``@`` a letter of ``letters``.

    ``fixed_tail`` (int64 below ``10**tail_digits``, optional) overwrites the last
    ``tail_digits`` ``#`` digits, so that values derived from distinct row indexes stay distinct.
    """
    code = np.frombuffer(pattern.encode(), dtype=np.uint8)
    m = np.tile(code, (n, 1))
    hashes = np.flatnonzero(code == ord("#"))
    if hashes.size:
        m[:, hashes] = 48 + rng.integers(0, 10, size=(n, hashes.size))
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
