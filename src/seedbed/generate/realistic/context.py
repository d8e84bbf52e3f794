"""``RowContext``: the attributes a chunk's rows share across columns, so that a row is one story.

A person's country drives the name, email, phone and address columns of the same row; a
review's star rating drives both its ``rating`` column and the tone of its text; a product's
combination drives its name, description, price and attributes. Each attribute group is
computed lazily, once per chunk, from the row context's own keyed stream
``stream(seed, 'row', schema, table, kind, chunk)``, so it does not depend on which columns
exist or in which order they are generated. Index-derived attributes (products, companies)
use chunk-independent keys, so they can back unique columns.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.catalog import decode, theme_indexes
from seedbed.generate.realistic.geo import POOL, STREETS, countries, names, streets, table_locale
from seedbed.generate.realistic.vocab import cat, digits
from seedbed.generate.streams import digest, stream
from seedbed.model import QualifiedName

__all__ = ["RowContext", "STARS", "company_table"]

#: Share of 1..5-star ratings: J-shaped like real review sites.
STARS = np.array([0.10, 0.06, 0.10, 0.24, 0.50])


#: House numbers as strings (a gather instead of a ``str()`` per row).
_NUMBERS = np.array([str(i) for i in range(1000)], dtype=object)


class _Lazy(dict):
    """A dict whose values are computed on first access, a group of keys at a time."""

    def __init__(self, builders: dict[str, Any]) -> None:
        super().__init__()
        self._builders = builders

    def __missing__(self, key: str) -> np.ndarray:
        self.update(self._builders[key]())
        return dict.__getitem__(self, key)


class RowContext:
    """Per-chunk shared attributes so a row is one story: computed lazily, once per chunk, from its own keyed stream.

    Args:
        seed: the run's seed.
        table: the table the rows belong to.
        chunk: the chunk number (streams differ per chunk).
        index: int64 global row numbers of the chunk.
        domain_pack: the schema's domain pack (``'ecommerce'``, ``'saas'``, ... ``'generic'``).
        locale: people come only from this locale's country (``'ja_JP'``, ``'hi_IN'`` -> India) or
            language (``'de'``: Germany, Austria, Switzerland, ...; ``Countries.serving``); None
            draws from the mixed population (countries of weight > 0), weighted.
        theme: product category keys (``("electronics",)``): products come only from them;
            empty: from every category.
        place: where the dataset's rows live (``where.Place``): its country after ``locale`` and the
            table's own name (``us_states``), and, for a local business, its metro area's cities.
    """

    def __init__(self, seed: int, table: QualifiedName, chunk: int, index: np.ndarray, domain_pack: str,
                 *, locale: str | None = None, theme: tuple[str, ...] = (),
                 region_width: int | None = None, place: Any = None) -> None:
        self.seed = seed
        self.table = table
        self.chunk = chunk
        self.index = np.asarray(index, dtype=np.int64)
        self.domain_pack = domain_pack or "generic"
        home = place.locale if place is not None and not place.many else None
        self.locale = locale or table_locale(table.name) or home  # a us_states table: its rows are in the US
        # a local business: its people live in its metro area (the home city most, its neighbours some)
        self.cities = np.asarray(place.cities if home and place.cities else (), dtype=np.int64)
        self.region_width = region_width  # the narrowest region-code column: people from countries it holds
        self.theme = tuple(theme)
        self._cache: dict[str, Any] = {}
        self._country: np.ndarray | None = None  # per row: a country index given from outside, -1 = draw
        self._product_from: tuple[QualifiedName, np.ndarray] | None = None  # (products table, its rows)

    def place_cities(self) -> np.ndarray | None:
        """The city names of the rows' one place (the metro area's, else those of the one country
        the locale serves), for templates that name a city; None where rows live in many countries."""
        c = countries()
        if len(self.cities):
            return np.array(list(dict.fromkeys(c.city[self.cities].tolist())), dtype=object)
        if self.locale is None or self._country is not None:
            return None
        same = np.flatnonzero(c.serving(self.locale))
        if len(same) != 1:
            return None
        k = int(same[0])
        return np.array(list(dict.fromkeys(c.city[c.city_offset[k]:c.city_offset[k] + c.city_count[k]].tolist())),
                        dtype=object)

    def inherit_country(self, country: np.ndarray) -> None:
        """People of these rows live in the given countries (index into ``geo.countries()``,
        -1 to draw as usual): an address in its user's country. Call before any column."""
        self._country = np.asarray(country, dtype=np.int64)
        self._cache.pop("person", None)
        self._cache.pop("address", None)

    def inherit_product(self, table: QualifiedName, rows: np.ndarray) -> None:
        """The rows' product is the one of row ``rows[i]`` of the products table ``table`` (an FK
        picked it; -1: a product of their own): a review talks about the product it reviews, a
        line item costs what its product costs. Call before any column."""
        self._product_from = (table, np.asarray(rows, dtype=np.int64))
        self._cache.pop("product", None)

    def product_source(self) -> tuple[np.ndarray, int]:
        """(row indexes, key) the rows' products decode from (``catalog.decode``): this table's
        own, or those of the product rows an FK picked (``inherit_product``)."""
        if self._product_from is None or len(self._product_from[1]) != self.n:
            return self.index, self.key("product")
        table, rows = self._product_from
        key = digest(self.seed, "row", table.schema, table.name, "product") & ((1 << 62) - 1)
        return np.where(rows >= 0, rows, self.index), key

    @property
    def n(self) -> int:
        return len(self.index)

    def stream(self, kind: str) -> np.random.Generator:
        """The row context's stream for one attribute group of this chunk."""
        return stream(self.seed, "row", self.table.schema, self.table.name, kind, self.chunk)

    def key(self, kind: str) -> int:
        """A chunk-independent key (for attributes that are functions of the row index)."""
        return digest(self.seed, "row", self.table.schema, self.table.name, kind) & ((1 << 62) - 1)

    def _once(self, kind: str, build: Any) -> Any:
        if kind not in self._cache:
            self._cache[kind] = build()
        return self._cache[kind]

    def shared(self, kind: str, build: Any) -> Any:
        """``build()``, made once per chunk for every column that asks for ``kind`` (a person of the row's)."""
        return self._once(kind, build)

    # ---------------------------------------------------------------- people
    def person(self) -> dict[str, np.ndarray]:
        """One person per row: ``country`` (ISO-2), ``locale``, names, ``gender``, city, timezone, ...

        Keys: ``country``, ``country_index``, ``iso3``, ``country_name``, ``locale``, ``language``,
        ``currency``, ``timezone``, ``first``, ``middle``, ``last``, ``first_ascii``, ``last_ascii``,
        ``gender`` ('F'/'M'), ``city_index``, ``city``, ``region``, ``region_code``, and ``who``
        (the person's index in the name pools, for ``geo.pool_format``).
        """
        return self._once("person", self._person)

    def _person(self) -> dict[str, np.ndarray]:
        rng = self.stream("person")
        c, pool = countries(), names()
        n = self.n
        cumulative = _cumulative(self.locale, self.region_width)
        ci = np.minimum(np.searchsorted(cumulative, rng.random(n), side="right"), len(c.codes) - 1)
        if self._country is not None and len(self._country) == n:
            ci = np.where(self._country >= 0, self._country, ci)
        who = ci * POOL + rng.integers(0, POOL, size=n)
        city = c.city_offset[ci] + (rng.random(n) * c.city_count[ci]).astype(np.int64)
        if len(self.cities):
            city = _in_metro(city, self.cities, rng)
        by_country = {"iso3": c.iso3, "country_name": c.names, "locale": np.array(c.locales, dtype=object),
                      "language": c.languages, "currency": c.currencies}
        by_city = {"timezone": c.city_tz, "city": c.city, "region": c.city_region, "region_code": c.city_region_code}
        by_who = {"first": pool.first, "middle": pool.middle, "last": pool.last, "first_ascii": pool.first_ascii,
                  "last_ascii": pool.last_ascii, "gender": pool.gender}
        builders: dict[str, Any] = {"country": lambda: {"country": c.codes[ci]}}
        for table, index in ((by_country, ci), (by_city, city), (by_who, who)):
            for key, values in table.items():  # a gather when a column asks for it, not before
                builders[key] = lambda key=key, values=values, index=index: {key: values[index]}
        person = _Lazy(builders)
        person.update({"who": who, "country_index": ci, "city_index": city})
        return person

    def address(self) -> _Lazy:
        """The person's address, each part computed on first use from its own stream:
        ``street`` (with number), ``street_name``, ``building``, ``line2``, ``postal_code``,
        ``lat``, ``lon``."""
        return self._once("address", lambda: _Lazy({
            "street": self._street, "street_name": self._street, "building": self._street,
            "line2": self._line2, "postal_code": self._postal, "lat": self._point, "lon": self._point}))

    def _street(self) -> dict[str, np.ndarray]:
        p = self.person()
        rng = self.stream("address.street")
        ci = p["country_index"]
        pool, number_first = streets(ci)
        street = pool[ci * STREETS + rng.integers(0, STREETS, size=self.n)]
        # house numbers: mostly small (a log-uniform spread), some long streets into the hundreds
        spread = np.where(rng.random(self.n) < 0.6, rng.uniform(1, 120, size=self.n),
                          np.exp(rng.uniform(0, np.log(len(_NUMBERS) - 1), size=self.n)))
        building = _NUMBERS[np.clip(spread, 1, len(_NUMBERS) - 1).astype(np.int64)]
        first = number_first[ci].tolist()
        line = [f"{b} {s}" if nf else f"{s} {b}"
                for b, s, nf in zip(building.tolist(), street.tolist(), first, strict=True)]
        return {"street": np.array(line, dtype=object), "street_name": street, "building": building}

    def _line2(self) -> dict[str, np.ndarray]:
        rng = self.stream("address.line2")
        kind = rng.integers(0, 3, size=self.n)
        unit = rng.integers(1, 40, size=self.n)
        forms = np.array(["Apt {}", "Suite {}0", "Floor {}"], dtype=object)[kind]
        line2 = [f.format(u) for f, u in zip(forms.tolist(), unit.tolist(), strict=True)]
        return {"line2": np.array(line2, dtype=object)}

    def _postal(self) -> dict[str, np.ndarray]:
        from seedbed.generate.realistic.places import postal_codes

        p = self.person()
        return {"postal_code": postal_codes(p["country_index"], p["city_index"], self.stream("address.postal"))}

    def _point(self) -> dict[str, np.ndarray]:
        c, city, rng = countries(), self.person()["city_index"], self.stream("address.point")
        return {"lat": np.round(c.city_lat[city] + rng.normal(0, 0.04, size=self.n), 6),
                "lon": np.round(c.city_lon[city] + rng.normal(0, 0.05, size=self.n), 6)}

    # ---------------------------------------------------------------- reviews
    def sentiment(self) -> np.ndarray:
        """Star rating 1..5 per row (int64), J-shaped; review text and ratings both follow it."""
        return self._once("sentiment", lambda: 1 + np.searchsorted(
            np.cumsum(STARS), self.stream("sentiment").random(self.n), side="right").clip(0, 4))

    # ---------------------------------------------------------------- commerce
    def product(self) -> dict[str, np.ndarray]:
        """The row's product (a function of the row index): ``category`` (int), ``name``, ``brand``,
        ``noun``, ``median`` (typical price)."""
        def build() -> dict[str, np.ndarray]:
            p = decode(*self.product_source(), theme_indexes(self.theme) if self.theme else None)
            return {"category": p.category, "name": p.name, "brand": p.brand, "noun": p.noun,
                    "median": p.median, "edition": p.edition, "variant": p.variant, "base": p.base}

        return self._once("product", build)

    def company(self) -> dict[str, np.ndarray]:
        """A company per row (a function of the row index): ``name``, ``legal_name``, ``slug``."""
        return self._once("company", self._company)

    def _company(self) -> dict[str, np.ndarray]:
        names, slugs, _ = company_table()
        space = len(names)
        block, local = np.divmod(self.index, space)
        r = permute(local, space, self.key("company"))
        name = names[r]
        if (block > 0).any():
            name = np.where(block > 0, cat(name, " ", digits(block + 1)), name)
        return _Lazy({"name": lambda: {"name": name}, "slug": lambda: {"slug": slugs[r]},
                      "legal_name": lambda: {"legal_name": self._legal(name)}})

    def _legal(self, name: np.ndarray) -> np.ndarray:
        legal = company_table()[2]
        forms = legal[self.person()["country_index"]].tolist()
        k = self.stream("company.legal").integers(0, 1 << 30, size=self.n).tolist()
        return np.array([f"{a} {f[j % len(f)]}" for a, f, j in zip(name.tolist(), forms, k, strict=True)], dtype=object)


def _in_metro(city: np.ndarray, metro: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Rows whose city is in the metro area's country live in the metro: the home city (``metro[0]``)
    for most of them, a neighbouring city of the area for the others."""
    c = countries()
    k = int(np.searchsorted(c.city_offset, metro[0], side="right") - 1)
    ours = (city >= c.city_offset[k]) & (city < c.city_offset[k] + c.city_count[k])
    if not ours.any():
        return city
    w = np.where(np.arange(len(metro)) == 0, 3.0, 1.0)
    pick = metro[np.searchsorted(np.cumsum(w) / w.sum(), rng.random(len(city)), side="right").clip(0, len(metro) - 1)]
    return np.where(ours, pick, city)


def region_width(columns: Any, table: Any) -> int | None:
    """The width of the narrowest text column among ``columns`` (column plans of ``table``) that
    holds a region code (``billing_state char(2)``): the rows' people then come from countries
    whose codes it holds, rather than 'IDF' cut to 'ID' or a neutral label."""
    widths = [table.column(cp.name).type.length for cp in columns
              if cp.intent is not None and cp.intent.name == "address.region_code"]
    return min((w for w in widths if w), default=None)


@lru_cache(maxsize=32)
def _cumulative(locale: str | None, region_width: int | None = None) -> np.ndarray:
    """Cumulative country weights, restricted to a locale's country (or language) when given, and
    to the countries whose region codes fit ``region_width`` characters when given (where none of
    the locale's countries fits, the locale wins: its rows' codes are then cut or neutral)."""
    c = countries()
    weights = np.diff(np.concatenate([[0.0], c.cumulative]))
    changed = False
    if locale:
        same = c.serving(locale)
        if same.any():
            # countries only served on request (weight 0) share equally when they alone are asked for
            w = np.where(same, weights, 0.0)
            weights, changed = (w if w.sum() else same.astype(float)), True
    if region_width is not None:
        fit = np.where(c.regions_within(region_width), weights, 0.0)
        if fit.sum() and not np.array_equal(fit, weights):
            weights, changed = fit, True
    return np.cumsum(weights) / weights.sum() if changed else c.cumulative


@lru_cache(maxsize=1)
def company_table() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(every company name, its domain word, the legal forms of each country): built once."""
    from seedbed.generate.realistic.vocab import ascii_slug, load

    data = load("misc")["company"]
    names, slugs = [], []
    for form in data["forms"]:
        for f in data["first"]:
            for s in data["second"]:
                names.append(form.format(f=f, s=s))
                slugs.append(ascii_slug(f))
    legal = np.empty(len(countries().codes), dtype=object)
    legal[:] = [data["legal"].get(code, ["Inc."]) for code in countries().codes.tolist()]
    return np.array(names, dtype=object), np.array(slugs, dtype=object), legal
