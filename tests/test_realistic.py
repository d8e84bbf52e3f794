"""Realistic, coherent values (``seedbed.generate.realistic``), checked without a database."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import numpy as np
import pytest

from seedbed.generate.intent import CATALOG, Intent
from seedbed.generate.realistic import GENERATORS, RowContext, generate_intent
from seedbed.generate.realistic.places import national_regex, postal_regex
from seedbed.generate.realistic.vocab import ascii_slug, load
from seedbed.generate.streams import stream
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.model import Bound, Column, ColumnDomain, ColumnType, QualifiedName, TypeKind

SEED = 7
N = 600


def ctype(spec: str) -> ColumnType:
    if spec.startswith(("varchar(", "char(")):
        n = int(spec.split("(")[1].rstrip(")"))
        return ColumnType(kind=TypeKind.TEXT, sql_name=spec, length=n, fixed_length=spec.startswith("char"))
    table = {"text": (TypeKind.TEXT, "text"), "int": (TypeKind.INTEGER, "integer"),
             "smallint": (TypeKind.INTEGER, "smallint"), "bigint": (TypeKind.INTEGER, "bigint"),
             "numeric": (TypeKind.NUMERIC, "numeric(10,2)"), "numeric(3,1)": (TypeKind.NUMERIC, "numeric(3,1)"),
             "float": (TypeKind.FLOAT, "double precision"), "money": (TypeKind.MONEY, "money"),
             "date": (TypeKind.DATE, "date"), "timestamptz": (TypeKind.TIMESTAMPTZ, "timestamptz"),
             "timestamp": (TypeKind.TIMESTAMP, "timestamp"), "interval": (TypeKind.INTERVAL, "interval"),
             "json": (TypeKind.JSON, "json"), "jsonb": (TypeKind.JSONB, "jsonb"), "char": (TypeKind.CHAR, '"char"'),
             "text[]": (TypeKind.TEXT, "text[]")}
    kind, sql = table[spec]
    bits = {"int": 32, "smallint": 16, "bigint": 64}.get(spec)
    precision, scale = {"numeric": (10, 2), "numeric(3,1)": (3, 1)}.get(spec, (None, None))
    return ColumnType(kind=kind, sql_name=sql, bits=bits, precision=precision, scale=scale,
                      array_dims=1 if spec.endswith("[]") else 0)


def row_context(*, table: str = "users", chunk: int = 0, start: int = 0, n: int = N, pack: str = "ecommerce",
                seed: int = SEED) -> RowContext:
    return RowContext(seed, QualifiedName(schema="public", name=table), chunk, np.arange(start, start + n), pack)


def gen(intent: str, spec: str = "text", row: RowContext | None = None, *, column: str = "c", unique: bool = False,
        null_rate: float = 0.0, domain: ColumnDomain | None = None, nullable: bool = True, table_rows: int = 10_000,
        **params: Any) -> ColumnData | None:
    row = row or row_context()
    col = Column(name=column, type=ctype(spec), nullable=nullable)
    req = GenRequest(column=col, domain=domain or ColumnDomain(), index=row.index, unique=unique,
                     null_rate=null_rate, table_rows=table_rows)
    rng = stream(row.seed, row.table.name, column, row.chunk)
    return generate_intent(Intent(name=intent, reason="test", params=params), req, rng, row)


def values(data: ColumnData | None) -> list[Any]:
    assert data is not None
    return data.values.tolist()


# ---------------------------------------------------------------------------- independent validators


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def gtin_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def isbn10_ok(code: str) -> bool:
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(code))
    return total % 11 == 0


EMAIL = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
SHOP_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")  # shop.sql's email_address domain


# ---------------------------------------------------------------------------- people


def test_emails_are_valid_and_unique_across_chunks() -> None:
    first = values(gen("internet.email", unique=True, row=row_context(chunk=0, start=0)))
    second = values(gen("internet.email", unique=True, row=row_context(chunk=1, start=N)))
    everything = first + second
    assert len(set(everything)) == 2 * N
    assert all(EMAIL.match(e) and SHOP_EMAIL.match(e) for e in everything)
    assert all(e.split("@")[1].endswith(("example.com", "example.net", "example.org")) for e in everything)


def test_email_local_part_matches_the_rows_name() -> None:
    row = row_context()
    p = row.person()
    names = values(gen("person.full_name", row=row, column="full_name"))
    firsts = values(gen("person.first_name", row=row, column="first_name"))
    lasts = values(gen("person.last_name", row=row, column="last_name"))
    assert names == [f"{f} {la}" for f, la in zip(firsts, lasts, strict=True)]
    assert firsts == p["first"].tolist()
    for unique in (False, True):
        emails = values(gen("internet.email", row=row, column="email", unique=unique))
        for first, last, email in zip(firsts, lasts, emails, strict=True):
            local = re.sub(r"[^a-z]", "", email.split("@")[0])
            f, l_ = ascii_slug(first), ascii_slug(last)
            assert l_ in local and (f in local or local.startswith(f[0])), (first, last, email)


def test_unique_emails_fit_a_short_varchar() -> None:
    got = values(gen("internet.email", "varchar(24)", unique=True, row=row_context(start=100_000)))
    assert len(set(got)) == N and all(len(e) <= 24 and EMAIL.match(e) for e in got)


def test_phone_and_postal_formats_follow_the_rows_country() -> None:
    row = row_context(n=3000)
    country = row.person()["country"].tolist()
    cc = {c: load("countries")[c]["phone"]["cc"] for c in set(country)}
    e164 = values(gen("phone.e164", row=row, column="phone"))
    national = values(gen("phone.national", row=row, column="phone_local"))
    postal = values(gen("address.postal_code", row=row, column="postal_code"))
    fixed = {"US": r"^\d{5}$", "DE": r"^\d{5}$", "FR": r"^\d{5}$", "CA": r"^[A-Z]\d[A-Z] \d[A-Z]\d$",
             "NL": r"^\d{4} [A-Z]{2}$", "BR": r"^\d{5}-\d{3}$", "PL": r"^\d{2}-\d{3}$",
             "GB": r"^[A-Z]{1,2}\d \d[A-Z]{2}$", "IN": r"^\d{6}$", "SE": r"^\d{3} \d{2}$"}
    phones = {"US": r"^\(\d{3}\) \d{3}-\d{4}$", "GB": r"^07\d{3} \d{6}$", "FR": r"^0\d( \d{2}){4}$",
              "DE": r"^01\d{2} \d{7}$"}
    for c, e, nat, p in zip(country, e164, national, postal, strict=True):
        assert e.startswith("+" + cc[c]) and e[1:].isdigit() and 9 <= len(e) <= 16, (c, e)
        assert re.match(national_regex(c), nat), (c, nat)
        assert re.match(postal_regex(c), p), (c, p)
        if c in fixed:
            assert re.match(fixed[c], p), (c, p)
        if c in phones:
            assert re.match(phones[c], nat), (c, nat)
    assert len(set(country)) >= 15


def test_us_area_code_and_zip_follow_the_city() -> None:
    row = row_context(n=2000)
    p = row.person()
    national = values(gen("phone.national", row=row))
    postal = values(gen("address.postal_code", row=row))
    for i in np.flatnonzero(p["city"] == "San Francisco").tolist():
        if p["country"][i] == "US":
            assert national[i].startswith("(415)") and postal[i].startswith("941")


def test_country_columns_take_the_rows_country() -> None:
    row = row_context()
    p = row.person()
    assert values(gen("address.country_code", "char(2)", row=row)) == p["country"].tolist()
    assert values(gen("address.country", "char(3)", row=row)) == p["iso3"].tolist()
    assert values(gen("address.country", row=row)) == p["country_name"].tolist()


def test_row_context_does_not_depend_on_column_order() -> None:
    a, b = row_context(), row_context()
    email_first = values(gen("internet.email", row=a, column="email"))
    name_a = values(gen("person.full_name", row=a, column="name"))
    name_b = values(gen("person.full_name", row=b, column="name"))
    assert name_a == name_b
    assert values(gen("internet.email", row=b, column="email")) == email_first


# ---------------------------------------------------------------------------- reviews and ratings


def test_rating_matches_review_sentiment() -> None:
    row = row_context(table="reviews", n=2000)
    ratings = values(gen("number.rating", "smallint", row=row, column="rating",
                         domain=ColumnDomain(low=Bound(value=1), high=Bound(value=5))))
    reviews = values(gen("text.review", row=row, column="body"))
    openers = load("reviews")["openers"]
    negative = {o for o in openers[0] + openers[1]}
    positive = {o for o in openers[3] + openers[4]}
    assert set(ratings) <= {1, 2, 3, 4, 5}
    for r, text in zip(ratings, reviews, strict=True):
        opener = next(o for level in openers for o in level if text.startswith(o))
        if r <= 2:
            assert opener in negative, (r, text)
        if r >= 4:
            assert opener in positive, (r, text)
    counts = Counter(ratings)
    assert counts[5] > counts[4] > counts[2] and counts[1] > counts[2]  # J-shaped


@pytest.mark.parametrize(("spec", "low", "high"),
                         [("smallint", 1, 5), ("int", 0, 10), ("numeric(3,1)", 1, 5), ("int", 1, 100)])
def test_ratings_stay_inside_the_check_bounds(spec: str, low: int, high: int) -> None:
    got = values(gen("number.rating", spec, domain=ColumnDomain(low=Bound(value=low), high=Bound(value=high))))
    assert min(got) >= low and max(got) <= high and len(set(got)) >= 4


# ---------------------------------------------------------------------------- lengths, CHECKs, NULLs


TEXT_INTENTS = [n for n, s in CATALOG.items() if TypeKind.TEXT in s.kinds and n != "status.mix"]


@pytest.mark.parametrize("limit", [4, 8, 12, 20, 40])
def test_text_values_fit_varchar(limit: int) -> None:
    for name in TEXT_INTENTS:
        for unique in (False, True):
            data = gen(name, f"varchar({limit})", unique=unique, column="x")
            if data is None:
                continue
            got = values(data)
            assert all(isinstance(v, str) and 1 <= len(v) <= limit for v in got), (name, limit, got[:3])
            if unique:
                assert len(set(got)) == len(got), (name, limit)


def test_a_pattern_is_honoured_or_the_intent_gives_up() -> None:
    sku = ColumnDomain(patterns=(r"^[A-Z]{3}-[0-9]{4}$",))
    first = values(gen("commerce.sku", "varchar(12)", row=row_context(table="products"), unique=True, domain=sku))
    second = values(gen("commerce.sku", "varchar(12)", row=row_context(table="products", chunk=1, start=N),
                        unique=True, domain=sku))
    assert all(re.match(r"^[A-Z]{3}-[0-9]{4}$", v) for v in first + second)
    assert len(set(first + second)) == 2 * N
    assert gen("internet.email", domain=ColumnDomain(patterns=(r"^[0-9]+$",))) is None
    assert gen("address.city", domain=ColumnDomain(allowed=("Paris", "Lyon"))) is None


def test_nulls_follow_the_null_rate_but_never_on_not_null_columns() -> None:
    data = gen("person.full_name", null_rate=0.3)
    assert data is not None and data.nulls is not None and 0.2 < data.nulls.mean() < 0.4
    # a UNIQUE column gets a null rate from the planner only when one is asked (NULLs are distinct)
    emails = gen("internet.email", null_rate=0.3, unique=True)
    assert emails is not None and emails.nulls is not None and 0.2 < emails.nulls.mean() < 0.4
    kept = [v for v, null in zip(values(emails), emails.nulls) if not null]
    assert len(set(kept)) == len(kept)
    assert gen("person.full_name", null_rate=0.3, nullable=False).nulls is None  # type: ignore[union-attr]
    not_null = gen("person.full_name", null_rate=0.3, domain=ColumnDomain(not_null=True))
    assert not_null is not None and not_null.nulls is None


# ---------------------------------------------------------------------------- check digits


def test_card_numbers_are_luhn_valid_test_numbers() -> None:
    prefixes = tuple(c[1] for c in load("misc")["cards"])
    for unique in (False, True):
        got = values(gen("money.card_number", "varchar(19)", unique=unique))
        assert all(luhn_ok(v) and v.startswith(prefixes) and len(v) in (15, 16) for v in got)
        if unique:
            assert len(set(got)) == N


def test_card_brand_matches_the_card_number() -> None:
    row = row_context(table="payments")
    brands = values(gen("money.card_brand", row=row, column="brand"))
    numbers = values(gen("money.card_number", row=row, column="number"))
    first = {"Visa": "4", "Mastercard": ("5", "2"), "American Express": "3", "Discover": "6"}
    assert all(n.startswith(first[b]) for b, n in zip(brands, numbers, strict=True))


@pytest.mark.parametrize("unique", [False, True])
def test_gtin_isbn_and_iban_check_digits(unique: bool) -> None:
    ean = values(gen("commerce.ean13", "varchar(13)", unique=unique))
    upc = values(gen("commerce.upc", "varchar(12)", unique=unique))
    isbn = values(gen("commerce.isbn", unique=unique))
    isbn10 = values(gen("commerce.isbn", "varchar(10)", unique=unique))
    assert all(len(v) == 13 and gtin_ok(v) for v in ean)
    assert all(len(v) == 12 and gtin_ok(v) for v in upc)
    assert all(v.startswith("978-") and gtin_ok(v.replace("-", "")) for v in isbn)
    assert all(len(v) == 10 and isbn10_ok(v) for v in isbn10)
    if unique:
        assert len(set(ean)) == len(set(upc)) == len(set(isbn)) == N
    if not unique:
        ibans = values(gen("money.iban", "varchar(34)"))
        assert all(iban_ok(v) and 15 <= len(v) <= 34 for v in ibans)


def test_ean_in_a_bigint_column() -> None:
    got = values(gen("commerce.ean13", "bigint"))
    assert all(gtin_ok(str(v).zfill(13)) for v in got)


# ---------------------------------------------------------------------------- determinism


def test_same_seed_same_values_and_other_chunks_differ() -> None:
    for name in ("internet.email", "person.full_name", "commerce.product_name", "text.review", "money.iban"):
        a = values(gen(name, row=row_context(chunk=0)))
        b = values(gen(name, row=row_context(chunk=0)))
        c = values(gen(name, row=row_context(chunk=1, start=N)))
        d = values(gen(name, row=row_context(chunk=0, seed=SEED + 1)))
        assert a == b, name
        assert a != c and a != d, name


# ---------------------------------------------------------------------------- products and documents


def test_products_are_coherent_and_distinct() -> None:
    row = row_context(table="products", n=2000)
    names = values(gen("commerce.product_name", row=row, column="name", unique=True))
    desc = values(gen("text.description", row=row, column="description", product=True))
    prices = values(gen("money.price", "numeric", row=row, column="price", product=True))
    assert len(set(names)) == len(names)
    bases = row.product()["base"].tolist()
    assert all(n.startswith(b) and b in d for n, b, d in zip(names, bases, desc, strict=True))
    cats = row.product()["category"]
    labels = [c["label"] for c in load("commerce")["categories"].values()]
    by_cat = {labels[k]: np.median(np.array(prices)[cats == k]) for k in np.unique(cats).tolist()}
    assert by_cat["Electronics"] > 3 * by_cat["Grocery"]
    cents = Counter(round(p * 100) % 100 for p in prices)
    assert cents[99] > len(prices) * 0.2


def test_category_name_and_slug_agree() -> None:
    row = row_context(table="categories", n=40)
    names = values(gen("commerce.category", row=row, column="name", unique=True))
    slugs = values(gen("internet.slug", row=row, column="slug", unique=True,
                       domain=ColumnDomain(patterns=(r"^[a-z0-9-]+$",))))
    assert len(set(names)) == len(set(slugs)) == 40
    assert [ascii_slug(n, "-") for n in names] == slugs


@pytest.mark.parametrize("shape", ["settings", "metadata", "attributes", "payload", "headers", "list", "address"])
def test_json_documents_parse(shape: str) -> None:
    for spec in ("jsonb", "text"):
        for unique in (False, True):
            docs = values(gen("tech.json", spec, row=row_context(table="products"), unique=unique, shape=shape))
            parsed = [json.loads(d) for d in docs]
            if unique:
                assert len({json.dumps(p, sort_keys=True) for p in parsed}) == N


def test_status_mix_keeps_the_labels_and_skews() -> None:
    labels = ("pending", "paid", "shipped", "delivered", "cancelled", "refunded")
    col_type = ColumnType(kind=TypeKind.ENUM, sql_name="order_status", enum_labels=labels)
    row = row_context(table="orders", n=4000)
    req = GenRequest(column=Column(name="status", type=col_type), domain=ColumnDomain(), index=row.index)
    data = generate_intent(Intent(name="status.mix", reason="", params={"noun": "order"}), req, stream(1, "s"), row)
    got = Counter(values(data))
    assert set(got) <= set(labels) and got.most_common(1)[0][0] == "delivered"
    allowed = ColumnDomain(allowed=("captured", "authorized", "refunded", "failed"))
    pay = Counter(values(gen("status.mix", domain=allowed, noun="payment", row=row)))
    assert set(pay) <= set(allowed.allowed) and pay["captured"] > pay["failed"]  # type: ignore[arg-type]


def test_tags_fill_text_arrays() -> None:
    got = values(gen("text.tags", "text[]", row=row_context(table="products")))
    assert all(isinstance(v, list) and 1 <= len(v) <= 3 and len(set(v)) == len(v) for v in got)


# ---------------------------------------------------------------------------- every intent, every kind


_DTYPES = {TypeKind.TEXT: object, TypeKind.JSON: object, TypeKind.JSONB: object, TypeKind.ENUM: object,
           TypeKind.CHAR: object, TypeKind.INTEGER: np.int64, TypeKind.NUMERIC: np.float64,
           TypeKind.FLOAT: np.float64, TypeKind.MONEY: np.float64, TypeKind.DATE: np.dtype("M8[D]"),
           TypeKind.TIMESTAMP: np.dtype("M8[us]"), TypeKind.TIMESTAMPTZ: np.dtype("M8[us]"),
           TypeKind.INTERVAL: np.dtype("m8[us]")}
_SPEC = {TypeKind.TEXT: "text", TypeKind.INTEGER: "int", TypeKind.NUMERIC: "numeric", TypeKind.FLOAT: "float",
         TypeKind.MONEY: "money", TypeKind.DATE: "date", TypeKind.TIMESTAMP: "timestamp",
         TypeKind.TIMESTAMPTZ: "timestamptz", TypeKind.INTERVAL: "interval", TypeKind.JSON: "json",
         TypeKind.JSONB: "jsonb", TypeKind.CHAR: "char"}


def test_every_catalog_intent_has_a_generator_and_the_right_dtypes() -> None:
    assert set(CATALOG) == set(GENERATORS)
    made = 0
    for name, spec in CATALOG.items():
        for kind in spec.kinds:
            if kind not in _SPEC:
                continue
            data = gen(name, _SPEC[kind], column="value")
            if data is None:
                continue
            made += 1
            assert len(data) == N and data.values.dtype == _DTYPES[kind], (name, kind)
            if data.values.dtype == object:
                assert all(isinstance(v, str) for v in data.values.tolist()), (name, kind)
    assert made >= 150


@pytest.mark.parametrize("only", [None, (0,), (1, 4), (2, 3, 5, 6)])
def test_price_medians_match_the_decoded_products(only: tuple[int, ...] | None) -> None:
    """Price columns read ``catalog.medians`` (no names): the same category and median as ``decode``."""
    from seedbed.generate.realistic.catalog import decode, medians

    index = np.concatenate([np.arange(0, 20_000), np.random.default_rng(3).integers(0, 50_000_000, 5000)])
    for key in (1, 2**61 + 7):
        products = decode(index, key, only)
        category, median = medians(index, key, only)
        assert (products.category == category).all()
        assert (products.median == median).all()


def test_name_pools_cache_round_trips(tmp_path, monkeypatch) -> None:
    """The cached name pools are exactly the built ones; an unreadable cache is rebuilt."""
    from seedbed.generate.realistic import geo

    monkeypatch.setenv("SEEDBED_CACHE_DIR", str(tmp_path))
    geo.names.cache_clear()
    try:
        built = geo.names()  # builds and writes
        files = list(tmp_path.glob("names-*.npz"))
        assert len(files) == 1 and files[0].stat().st_size < 5_000_000
        geo.names.cache_clear()
        loaded = geo.names()  # reads
        for f in geo.Names.__dataclass_fields__:
            assert getattr(loaded, f).tolist() == getattr(built, f).tolist(), f
        files[0].write_bytes(b"not a zip")
        geo.names.cache_clear()
        assert geo.names().first.tolist() == built.first.tolist()
        monkeypatch.setenv("SEEDBED_CACHE_DIR", "off")
        assert geo._names_cache() is None
    finally:
        geo.names.cache_clear()


def test_review_sentences_start_with_a_capital() -> None:
    reviews = values(gen("text.review", row=row_context(table="reviews", n=2000), column="body"))
    for text in reviews:
        for sentence in text.split(". "):
            assert not sentence[:1].isalpha() or sentence[:1].isupper(), text
