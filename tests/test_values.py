"""Value generation without a database: domains, uniqueness, determinism, encoding."""

from __future__ import annotations

import ipaddress
import json
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedbed.errors import DomainTooSmall, UnsatisfiableConstraint, UnsupportedType
from seedbed.generate.permute import permute
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.values import (
    ColumnData,
    GenRequest,
    array_literal,
    cardinality,
    encode,
    generate,
    merge_domains,
)
from seedbed.model import Bound, Column, ColumnDomain, ColumnType, DomainType, QualifiedName, TypeKind

K = TypeKind


def T(kind: TypeKind, sql_name: str = "", **kw: object) -> ColumnType:
    return ColumnType(kind=kind, sql_name=sql_name or kind.value, **kw)  # type: ignore[arg-type]


INT4 = T(K.INTEGER, "integer", bits=32)
INT2 = T(K.INTEGER, "smallint", bits=16)
TEXT = T(K.TEXT, "text")
TSTZ = T(K.TIMESTAMPTZ, "timestamp with time zone")
TS = T(K.TIMESTAMP, "timestamp without time zone")
DATE = T(K.DATE, "date")
MOOD = T(K.ENUM, "mood", enum_labels=("sad", "ok", "happy", "ecstatic"))
NUM52 = T(K.NUMERIC, "numeric(5,2)", precision=5, scale=2)


def gen(ctype: ColumnType, domain: ColumnDomain | None = None, *, n: int = 1000, start: int = 0,
        seed: int = 1, nullable: bool = True, name: str = "c", **kw: object) -> ColumnData:
    col = Column(name=name, type=ctype, nullable=nullable)
    req = GenRequest(column=col, domain=domain or ColumnDomain(),
                     index=np.arange(start, start + n, dtype=np.int64), **kw)  # type: ignore[arg-type]
    return generate(req, np.random.default_rng(seed))


def cells(ctype: ColumnType, data: ColumnData) -> list[str]:
    return encode(ctype, data)


def both_chunks(ctype: ColumnType, domain: ColumnDomain | None = None, **kw: object) -> list[str]:
    """Values of rows 0..1999 generated as two separate unique chunks (different rngs)."""
    a = gen(ctype, domain, n=1000, start=0, seed=1, unique=True, **kw)
    b = gen(ctype, domain, n=1000, start=1000, seed=2, unique=True, **kw)
    return cells(ctype, a) + cells(ctype, b)


# ------------------------------------------------------------------------------ permute


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=3000), key=st.integers(min_value=0, max_value=2**64 - 1))
def test_permute_is_a_bijection(n: int, key: int) -> None:
    out = permute(np.arange(n, dtype=np.int64), n, key)
    assert out.dtype == np.int64
    assert np.array_equal(np.sort(out), np.arange(n))


@settings(max_examples=50, deadline=None)
@given(n=st.integers(min_value=2**20, max_value=2**62), key=st.integers(min_value=0, max_value=2**32),
       seed=st.integers(min_value=0, max_value=1000))
def test_permute_large_domains_are_injective(n: int, key: int, seed: int) -> None:
    idx = np.unique(np.random.default_rng(seed).integers(0, n, size=2000))
    out = permute(idx, n, key)
    assert len(np.unique(out)) == len(idx)
    assert out.min() >= 0 and out.max() < n


def test_permute_depends_on_key_and_rejects_out_of_range() -> None:
    a = permute(np.arange(100), 100, 1)
    assert not np.array_equal(a, permute(np.arange(100), 100, 2))
    assert np.array_equal(a, permute(np.arange(100), 100, 1))
    with pytest.raises(ValueError):
        permute(np.array([100]), 100, 1)


# ------------------------------------------------------------------------------ numbers


def test_integer_bounds_and_exclusions() -> None:
    dom = ColumnDomain(low=Bound(value=10, inclusive=False), high=Bound(value=20), excluded=(15, 16))
    v = gen(INT4, dom).values
    assert v.dtype == np.int64
    assert v.min() >= 11 and v.max() <= 20
    assert not np.isin(v, [15, 16]).any()
    assert set(v.tolist()) == set(range(11, 21)) - {15, 16}
    assert cardinality(Column(name="c", type=INT4), dom) == 8


def test_integer_type_limits_and_far_bounds() -> None:
    v = gen(INT2, ColumnDomain(low=Bound(value=30_000))).values
    assert v.min() >= 30_000 and v.max() <= 32_767
    with pytest.raises(UnsatisfiableConstraint):  # an empty range is refused, not wrapped
        gen(INT2, ColumnDomain(low=Bound(value=40_000)))
    v = gen(INT4, ColumnDomain(high=Bound(value=-5000, inclusive=False))).values
    assert v.max() < -5000


def test_numeric_scale_precision_and_exclusive_bounds() -> None:
    data = gen(NUM52, n=2000)
    text = cells(NUM52, data)
    assert all(re.fullmatch(r"-?\d{1,3}\.\d\d", t) for t in text)
    dom = ColumnDomain(low=Bound(value=Decimal("0"), inclusive=False),
                       high=Bound(value=Decimal("1.5"), inclusive=False))
    vals = [Decimal(t) for t in cells(NUM52, gen(NUM52, dom))]
    assert min(vals) >= Decimal("0.01") and max(vals) <= Decimal("1.49")
    assert cardinality(Column(name="c", type=NUM52), dom) == 149
    wide = T(K.NUMERIC, "numeric(12,4)", precision=12, scale=4)
    assert all(re.fullmatch(r"-?\d+\.\d{4}", t) for t in cells(wide, gen(wide)))
    assert cardinality(Column(name="c", type=T(K.NUMERIC, "numeric(3,0)", precision=3, scale=0)),
                       ColumnDomain()) == 1999


def test_unconstrained_numeric_money_and_float() -> None:
    num = T(K.NUMERIC, "numeric")
    vals = [Decimal(t) for t in cells(num, gen(num))]
    assert all(Decimal(0) <= x <= Decimal(1000) for x in vals)
    money = T(K.MONEY, "money")
    assert all(re.fullmatch(r"-?\d+\.\d\d", t) for t in cells(money, gen(money)))
    real = T(K.FLOAT, "real", bits=32)
    tight = ColumnDomain(low=Bound(value=0.0, inclusive=False),
                         high=Bound(value=Decimal("0.001"), inclusive=False))
    v = gen(real, tight).values
    assert v.dtype == np.float64 and (v > 0).all() and (v < 0.001).all()
    assert len(np.unique(v)) > 100
    assert all(0 < float(t) < 0.001 for t in cells(real, gen(real, tight)))


def test_oid_is_small() -> None:
    v = gen(T(K.OID, "oid")).values
    assert v.min() >= 1 and v.max() <= 10_000


# ----------------------------------------------------------------------------- temporal


def _ref_naive() -> datetime:
    return REFERENCE_NOW.replace(tzinfo=None)


def test_timestamps_spread_over_three_years_before_reference() -> None:
    v = gen(TSTZ, n=5000).values
    assert v.dtype == np.dtype("M8[us]")
    lo = np.datetime64(_ref_naive() - timedelta(days=1100))
    assert (v >= lo).all() and (v < np.datetime64(_ref_naive())).all()
    text = cells(TSTZ, gen(TSTZ))
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00", t) for t in text)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", t) for t in cells(TS, gen(TS)))


def test_timestamp_bounds_with_aware_datetimes() -> None:
    dom = ColumnDomain(low=Bound(value=datetime(2030, 1, 1, 12, tzinfo=UTC), inclusive=False),
                       high=Bound(value=datetime(2030, 1, 1, 13, tzinfo=UTC)))
    v = gen(TSTZ, dom).values
    assert (v > np.datetime64("2030-01-01T12:00:00")).all()
    assert (v <= np.datetime64("2030-01-01T13:00:00")).all()
    text = cells(TSTZ, gen(TSTZ, dom))
    assert all(datetime.fromisoformat(t) > datetime(2030, 1, 1, 12, tzinfo=UTC) for t in text)


def test_dates_times_intervals() -> None:
    d = gen(DATE).values
    assert d.dtype == np.dtype("M8[D]")
    assert (d < np.datetime64(REFERENCE_NOW.date())).all()
    assert (d >= np.datetime64(REFERENCE_NOW.date() - timedelta(days=1096))).all()
    dom = ColumnDomain(low=Bound(value=date(2031, 5, 1)), high=Bound(value=date(2031, 5, 3), inclusive=False))
    assert set(cells(DATE, gen(DATE, dom))) == {"2031-05-01", "2031-05-02"}
    tm = T(K.TIME, "time without time zone")
    slot = ColumnDomain(low=Bound(value=time(9)), high=Bound(value="17:00"))
    text = cells(tm, gen(tm, slot))
    assert all("09:00:00" <= t <= "17:00:00" and len(t) == 8 for t in text)
    tz = T(K.TIMETZ, "time with time zone")
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d\+00", t) for t in cells(tz, gen(tz)))
    iv = T(K.INTERVAL, "interval")
    data = gen(iv, ColumnDomain(low=Bound(value=timedelta(hours=1), inclusive=False)))
    assert (data.values > np.timedelta64(3600, "s")).all()
    assert all(re.fullmatch(r"(\d+ days )?\d\d:\d\d:\d\d", t) for t in cells(iv, data))


def test_time_precision_is_respected() -> None:
    t0 = T(K.TIME, "time(0) without time zone", precision=0)
    text = cells(t0, gen(t0, unique=True, table_rows=1000))
    assert all(len(t) == 8 for t in text)
    ts0 = T(K.TIMESTAMP, "timestamp(0) without time zone", precision=0)
    assert all("." not in t for t in both_chunks(ts0))


# -------------------------------------------------------------------------- per-row bounds


def test_per_row_low_bound_for_timestamps() -> None:
    placed = gen(TSTZ, n=2000, seed=5)
    shipped = gen(TSTZ, n=2000, seed=6, low=placed, null_rate=0.0)
    delta = shipped.values - placed.values
    assert (delta >= np.timedelta64(0)).all()
    assert (delta >= np.timedelta64(5, "m")).mean() > 0.99
    assert (delta <= np.timedelta64(22, "D")).all()
    strict = gen(TSTZ, n=2000, seed=6, low=placed, low_inclusive=False)
    assert (strict.values > placed.values).all()


def test_per_row_bounds_for_numbers_and_dates_and_nulls_in_bound() -> None:
    lo = gen(INT4, n=500, seed=3, null_rate=0.2)
    hi_data = ColumnData(values=lo.values + 5, nulls=None)
    v = gen(INT4, n=500, seed=4, low=lo, low_inclusive=False, high=hi_data).values
    live = ~lo.nulls if lo.nulls is not None else np.ones(500, dtype=bool)
    assert (v[live] > lo.values[live]).all() and (v <= lo.values + 5).all()
    price = gen(NUM52, n=500, seed=3)
    dearer = gen(NUM52, n=500, seed=4, low=price, low_inclusive=False).values
    assert (dearer > price.values).all() and (dearer < 1000).all()
    start = gen(DATE, n=500, seed=3)
    end = gen(DATE, n=500, seed=4, low=start).values
    assert (end >= start.values).all()
    # a date column after a timestamp column: the next day when the timestamp has a time part
    ts = ColumnData(values=np.array(["2024-05-01T10:00:00"] * 3, dtype="M8[us]"))
    assert (gen(DATE, n=3, low=ts).values >= np.datetime64("2024-05-02")).all()
    # and the column's own bounds win where they can
    capped = gen(INT4, ColumnDomain(high=Bound(value=100)), n=500, seed=4,
                 low=ColumnData(values=np.full(500, 90, dtype=np.int64))).values
    assert capped.min() >= 90 and capped.max() <= 100


# --------------------------------------------------------------------------------- text


def test_text_is_readable_and_fits_lengths() -> None:
    text = cells(TEXT, gen(TEXT))
    assert all(re.fullmatch(r"[A-Z][a-z]+( [a-z]+)*", t) for t in text)
    assert len(set(text)) > 500
    v5 = T(K.TEXT, "character varying(5)", length=5)
    assert all(1 <= len(t) <= 5 and not t.endswith(" ") for t in cells(v5, gen(v5)))
    c3 = T(K.TEXT, "character(3)", length=3, fixed_length=True)
    assert all(1 <= len(t) <= 3 for t in cells(c3, gen(c3)))
    long = ColumnDomain(min_length=40, max_length=60)
    assert all(40 <= len(t) <= 60 and t.strip() == t for t in cells(TEXT, gen(TEXT, long)))
    exact = ColumnDomain(min_length=7, max_length=7)
    assert all(len(t) == 7 for t in cells(TEXT, gen(TEXT, exact)))


def test_text_case_exclusions_and_string_bounds() -> None:
    assert all(t == t.lower() for t in cells(TEXT, gen(TEXT, ColumnDomain(lowercase=True))))
    assert all(t == t.upper() for t in cells(TEXT, gen(TEXT, ColumnDomain(uppercase=True))))
    one = T(K.TEXT, "character varying(4)", length=4)
    dom = ColumnDomain(excluded=("Oak", "Moss", "Sage", "Sand", "Mist"))
    assert not set(cells(one, gen(one, dom, n=3000))) & set(dom.excluded)
    low = ColumnDomain(low=Bound(value="M"))
    assert all(t >= "M" for t in cells(TEXT, gen(TEXT, low)))


def test_allowed_sets() -> None:
    dom = ColumnDomain(allowed=("new", "paid", "shipped", "void"), excluded=("void",))
    text = cells(TEXT, gen(TEXT, dom))
    assert set(text) == {"new", "paid", "shipped"}
    assert cardinality(Column(name="c", type=TEXT), dom) == 3
    nums = gen(INT4, ColumnDomain(allowed=(1, 2, 3, 99)), n=500).values
    assert set(nums.tolist()) == {1, 2, 3, 99}
    short = T(K.TEXT, "character varying(3)", length=3)
    assert set(cells(short, gen(short, ColumnDomain(allowed=("abc", "abcd"))))) == {"abc"}
    dates = gen(DATE, ColumnDomain(allowed=(date(2024, 1, 1), date(2024, 2, 29))))
    assert set(cells(DATE, dates)) == {"2024-01-01", "2024-02-29"}
    assert set(gen(T(K.BOOL, "boolean"), ColumnDomain(allowed=(True,))).values.tolist()) == {True}
    labels = gen(MOOD, ColumnDomain(allowed=("ok", "happy", "nope"))).values
    assert set(labels.tolist()) == {"ok", "happy"}


def test_enum_bounds_and_exclusions() -> None:
    dom = ColumnDomain(low=Bound(value="ok"), excluded=("happy",))
    assert set(gen(MOOD, dom).values.tolist()) == {"ok", "ecstatic"}
    assert cardinality(Column(name="c", type=MOOD), dom) == 2


def test_regex_patterns() -> None:
    dom = ColumnDomain(patterns=(r"^[A-Z]{2}-\d{4}$",))
    text = cells(TEXT, gen(TEXT, dom))
    assert all(re.fullmatch(r"[A-Z]{2}-\d{4}", t) for t in text)
    assert cardinality(Column(name="c", type=TEXT), dom) == 26 * 26 * 10_000
    several = ColumnDomain(patterns=(r"^[a-z]{3,6}$", r"a"), not_patterns=(r"^x",))
    text = cells(TEXT, gen(TEXT, several))
    assert all(re.fullmatch(r"[a-z]{3,6}", t) and "a" in t and not t.startswith("x") for t in text)
    ci = ColumnDomain(case_insensitive_patterns=(r"^abc[0-9]$",))
    assert all(re.fullmatch(r"(?i)abc[0-9]", t) for t in cells(TEXT, gen(TEXT, ci)))
    like = ColumnDomain(likes=("%@%.com",), lowercase=True)
    assert all(re.fullmatch(r".*@.*\.com", t) and t == t.lower() for t in cells(TEXT, gen(TEXT, like)))
    sized = T(K.TEXT, "character varying(12)", length=12)
    dom = ColumnDomain(patterns=(r"^[A-Z]{2}[0-9]{3,5}$",), min_length=6)
    assert all(re.fullmatch(r"[A-Z]{2}[0-9]{4,5}", t) for t in cells(sized, gen(sized, dom)))


def test_alternatives_pick_one_branch_per_row() -> None:
    dom = ColumnDomain(alternatives=(ColumnDomain(allowed=("a", "b")), ColumnDomain(patterns=(r"^x[0-9]$",))))
    text = cells(TEXT, gen(TEXT, dom))
    assert all(t in ("a", "b") or re.fullmatch(r"x[0-9]", t) for t in text)
    assert {"a", "b"} <= set(text) and any(t.startswith("x") for t in text)
    assert cardinality(Column(name="c", type=TEXT), dom) == 12
    assert len(set(both_chunks(T(K.TEXT, "text"), ColumnDomain(
        alternatives=(ColumnDomain(allowed=("a", "b")), ColumnDomain(min_length=5))))) ) == 2000
    ranges = ColumnDomain(alternatives=(ColumnDomain(high=Bound(value=0, inclusive=False)),
                                        ColumnDomain(low=Bound(value=100))))
    v = gen(INT4, ranges).values
    assert ((v < 0) | (v >= 100)).all() and (v < 0).any() and (v >= 100).any()


def test_merge_domains() -> None:
    m = merge_domains(ColumnDomain(low=Bound(value=1), max_length=5, excluded=(3,)),
                      ColumnDomain(low=Bound(value=4, inclusive=False), max_length=9, excluded=(7,)))
    assert m.low == Bound(value=4, inclusive=False) and m.max_length == 5 and m.excluded == (3, 7)


def test_char_type() -> None:
    qchar = T(K.CHAR, '"char"')
    text = cells(qchar, gen(qchar))
    assert all(len(t) == 1 and t.isascii() and t.isalpha() for t in text)
    assert cardinality(Column(name="c", type=qchar), ColumnDomain(lowercase=True)) == 26


# ------------------------------------------------------------------------- other kinds


def test_misc_kinds_are_valid() -> None:
    for t in cells(T(K.UUID, "uuid"), gen(T(K.UUID, "uuid"))):
        assert uuid.UUID(t).version == 4 and str(uuid.UUID(t)) == t
    for t in cells(T(K.JSONB, "jsonb"), gen(T(K.JSONB, "jsonb"))):
        assert isinstance(json.loads(t), dict)
    for t in cells(T(K.XML, "xml"), gen(T(K.XML, "xml"))):
        ET.fromstring(t)
    for t in cells(T(K.CIDR, "cidr"), gen(T(K.CIDR, "cidr"))):
        ipaddress.ip_network(t, strict=True)  # raises if host bits are set
    for t in cells(T(K.INET, "inet"), gen(T(K.INET, "inet"))):
        ipaddress.ip_address(t)
    for t in cells(T(K.MACADDR, "macaddr"), gen(T(K.MACADDR, "macaddr"))):
        assert re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", t)
    for t in cells(T(K.MACADDR8, "macaddr8"), gen(T(K.MACADDR8, "macaddr8"))):
        assert re.fullmatch(r"([0-9a-f]{2}:){7}[0-9a-f]{2}", t)
    bit4 = T(K.BIT, "bit(4)", length=4, fixed_length=True)
    assert all(re.fullmatch(r"[01]{4}", t) for t in cells(bit4, gen(bit4)))
    vb = T(K.VARBIT, "bit varying(6)", length=6)
    assert all(re.fullmatch(r"[01]{1,6}", t) for t in cells(vb, gen(vb)))
    for t in cells(T(K.LINE, "line"), gen(T(K.LINE, "line"))):
        a, b, _ = (int(x) for x in t.strip("{}").split(","))
        assert (a, b) != (0, 0)
    for t in cells(T(K.CIRCLE, "circle"), gen(T(K.CIRCLE, "circle"))):
        assert float(t.rsplit(",", 1)[1].rstrip(">")) > 0
    bytea = T(K.BYTEA, "bytea")
    data = gen(bytea, ColumnDomain(min_length=2, max_length=4))
    assert all(isinstance(b, bytes) and 2 <= len(b) <= 4 for b in data.values)
    assert all(re.fullmatch(r"\\\\x([0-9a-f]{2}){2,4}", t) for t in cells(bytea, data))
    tsq = T(K.TSQUERY, "tsquery")
    shape = re.compile(r"[a-z]+( (&|\||&!|<->) [a-z]+)?")
    assert all(shape.fullmatch(t.replace("& !", "&! ")) for t in cells(tsq, gen(tsq)))


def test_ranges_and_multiranges_are_ordered() -> None:
    int4range = T(K.RANGE, "int4range", base_name="int4range", range_subtype=INT4)
    for t in cells(int4range, gen(int4range)):
        lo, hi = (int(x) for x in re.fullmatch(r"\[(-?\d+),(-?\d+)\)", t).groups())  # type: ignore[union-attr]
        assert lo < hi
    tstz = T(K.RANGE, "tstzrange", base_name="tstzrange")
    for t in cells(tstz, gen(tstz)):
        lo_s, hi_s = re.fullmatch(r'\["([^"]+)","([^"]+)"\)', t).groups()  # type: ignore[union-attr]
        assert datetime.fromisoformat(lo_s) < datetime.fromisoformat(hi_s)
    multi = T(K.MULTIRANGE, "datemultirange", base_name="datemultirange")
    for t in cells(multi, gen(multi)):
        bounds = [date.fromisoformat(x) for x in re.findall(r"\d{4}-\d\d-\d\d", t)]
        assert t.startswith("{[") and t.endswith(")}") and bounds == sorted(bounds)
        assert len(set(bounds)) == len(bounds)


def test_arrays() -> None:
    ints = T(K.INTEGER, "integer[]", bits=32, array_dims=1)
    data = gen(ints)
    assert all(isinstance(v, list) and 1 <= len(v) <= 3 for v in data.values)
    assert all(re.fullmatch(r"\{\d+(,\d+){0,2}\}", t) for t in cells(ints, data))
    two = T(K.INTEGER, "integer[]", bits=32, array_dims=2)
    for v in gen(two).values:
        assert len(v) == 2 and len(v[0]) == len(v[1]) >= 1
    weird = ColumnDomain(allowed=('a "b"', "c\\d", "NULL", "x,y", "z}", "tab\there"))
    arr = T(K.TEXT, "text[]", array_dims=1)
    literal = array_literal(['a "b"', "c\\d", "NULL", "x,y", "", None, "plain", "{z}"])
    assert literal == '{"a \\"b\\"","c\\\\d","NULL","x,y","",NULL,plain,"{z}"}'
    text = cells(arr, gen(arr, weird))
    assert all(t.startswith("{") and t.endswith("}") for t in text)
    assert any("\\t" in t for t in text) and not any("\t" in t for t in text)
    boxes = T(K.BOX, "box[]", array_dims=1)
    assert all(";" in t or t.count("(") == 2 for t in cells(boxes, gen(boxes)))


# ------------------------------------------------------------------------------ unique


@pytest.mark.parametrize("ctype,domain", [
    (INT4, ColumnDomain()),
    (INT2, ColumnDomain(low=Bound(value=1), high=Bound(value=2000))),
    (INT4, ColumnDomain(low=Bound(value=0), high=Bound(value=2005), excluded=(3, 1000, 2004))),
    (T(K.INTEGER, "bigint", bits=64), ColumnDomain(high=Bound(value=-10))),
    (NUM52, ColumnDomain()),
    (TEXT, ColumnDomain()),
    (T(K.TEXT, "character varying(3)", length=3), ColumnDomain()),
    (T(K.TEXT, "character(3)", length=3, fixed_length=True), ColumnDomain(excluded=("a", "zz", "b0c"))),
    (T(K.TEXT, "character varying(20)", length=20), ColumnDomain(min_length=18, uppercase=True)),
    (TEXT, ColumnDomain(patterns=(r"^[A-Z]{3}\d{2}$",))),
    (TEXT, ColumnDomain(likes=("user_%@example.com",), max_length=30)),
    (T(K.UUID, "uuid"), ColumnDomain()),
    (TSTZ, ColumnDomain()),
    (TS, ColumnDomain(low=Bound(value=datetime(2024, 1, 1)), high=Bound(value=datetime(2024, 1, 1, 0, 10)))),
    (DATE, ColumnDomain()),
    (T(K.TIME, "time without time zone"), ColumnDomain()),
    (T(K.INTERVAL, "interval"), ColumnDomain()),
    (T(K.INET, "inet"), ColumnDomain()),
    (T(K.CIDR, "cidr"), ColumnDomain()),
    (T(K.MACADDR, "macaddr"), ColumnDomain()),
    (T(K.BYTEA, "bytea"), ColumnDomain()),
    (T(K.BYTEA, "bytea"), ColumnDomain(max_length=2)),
    (T(K.BIT, "bit(12)", length=12, fixed_length=True), ColumnDomain()),
    (T(K.VARBIT, "bit varying(10)", length=10), ColumnDomain()),
    (T(K.JSONB, "jsonb"), ColumnDomain()),
    (T(K.TSVECTOR, "tsvector"), ColumnDomain()),
    (T(K.HSTORE, "hstore"), ColumnDomain()),
    (T(K.RANGE, "int4range", base_name="int4range"), ColumnDomain()),
    (T(K.INTEGER, "integer[]", bits=32, array_dims=1), ColumnDomain()),
    (TEXT, ColumnDomain(allowed=tuple(f"v{i}" for i in range(2000)))),
])
@pytest.mark.parametrize("table_rows", [2000, 0])
def test_unique_across_separate_chunks(ctype: ColumnType, domain: ColumnDomain, table_rows: int) -> None:
    values = both_chunks(ctype, domain, table_rows=table_rows)
    assert len(values) == 2000
    assert len(set(values)) == 2000, f"{ctype.sql_name}: {2000 - len(set(values))} duplicates"
    if domain.excluded:
        assert not set(values) & {str(v) for v in domain.excluded}
    if ctype.kind is K.INTEGER and not ctype.is_array:
        v = np.array(values, dtype=np.int64)
        lo, hi = domain.low, domain.high
        assert lo is None or v.min() >= lo.value
        assert hi is None or v.max() <= hi.value


def test_unique_values_depend_on_index_only() -> None:
    for ctype in (INT4, TEXT, T(K.UUID, "uuid"), TSTZ, T(K.INET, "inet")):
        whole = cells(ctype, gen(ctype, n=50, start=100, seed=1, unique=True, table_rows=500))
        part = cells(ctype, gen(ctype, n=10, start=120, seed=99, unique=True, table_rows=500))
        assert whole[20:30] == part


def test_unique_ints_look_scrambled_and_compact() -> None:
    v = gen(INT4, n=1000, unique=True, table_rows=1000).values
    assert sorted(v.tolist()) == list(range(1, 1001))
    assert not np.array_equal(v, np.arange(1, 1001))


def test_salt_changes_index_derived_values() -> None:
    a = cells(T(K.UUID, "uuid"), gen(T(K.UUID, "uuid"), n=10, unique=True, salt=1))
    b = cells(T(K.UUID, "uuid"), gen(T(K.UUID, "uuid"), n=10, unique=True, salt=2))
    assert set(a).isdisjoint(b)


def test_domain_too_small() -> None:
    with pytest.raises(DomainTooSmall, match="cannot make 10 unique values from 4 labels"):
        gen(MOOD, n=10, unique=True, name="status")
    with pytest.raises(DomainTooSmall, match="from 3 allowed values"):
        gen(TEXT, ColumnDomain(allowed=("a", "b", "c")), n=2, unique=True, table_rows=5)
    with pytest.raises(DomainTooSmall):
        gen(INT2, ColumnDomain(low=Bound(value=1), high=Bound(value=10)), n=11, unique=True)
    with pytest.raises(DomainTooSmall):
        gen(T(K.TEXT, "character(1)", length=1), n=40, unique=True)
    assert len(set(gen(MOOD, n=4, unique=True).values.tolist())) == 4


# ------------------------------------------------------------------------ determinism


ALL_KINDS = [
    INT4, NUM52, T(K.FLOAT, "real", bits=32), T(K.MONEY, "money"), TEXT, T(K.CHAR, '"char"'),
    T(K.BOOL, "boolean"), T(K.UUID, "uuid"), T(K.BYTEA, "bytea"), DATE, TS, TSTZ,
    T(K.TIME, "time"), T(K.TIMETZ, "timetz"), T(K.INTERVAL, "interval"), T(K.JSON, "json"),
    T(K.JSONB, "jsonb"), MOOD, T(K.INET, "inet"), T(K.CIDR, "cidr"), T(K.MACADDR, "macaddr"),
    T(K.MACADDR8, "macaddr8"), T(K.BIT, "bit(3)", length=3), T(K.VARBIT, "varbit"),
    T(K.TSVECTOR, "tsvector"), T(K.TSQUERY, "tsquery"), T(K.RANGE, "numrange", base_name="numrange"),
    T(K.MULTIRANGE, "int8multirange", base_name="int8multirange"), T(K.POINT, "point"),
    T(K.LINE, "line"), T(K.LSEG, "lseg"), T(K.BOX, "box"), T(K.PATH, "path"), T(K.POLYGON, "polygon"),
    T(K.CIRCLE, "circle"), T(K.HSTORE, "hstore"), T(K.XML, "xml"), T(K.OID, "oid"),
    T(K.TEXT, "text[]", array_dims=1),
]


@pytest.mark.parametrize("ctype", ALL_KINDS, ids=lambda t: t.sql_name)
def test_same_seed_same_output(ctype: ColumnType) -> None:
    a = cells(ctype, gen(ctype, n=300, seed=7, null_rate=0.3))
    b = cells(ctype, gen(ctype, n=300, seed=7, null_rate=0.3))
    c = cells(ctype, gen(ctype, n=300, seed=8, null_rate=0.3))
    assert a == b
    assert a != c
    assert 30 < a.count(r"\N") < 150


# ------------------------------------------------------------------------ nulls, errors


def test_null_rate_is_ignored_where_null_is_forbidden() -> None:
    assert gen(INT4, null_rate=0.5, nullable=False).nulls is None
    assert gen(INT4, ColumnDomain(not_null=True), null_rate=0.5).nulls is None
    dtype = T(K.INTEGER, "posint", bits=32,
              domain=DomainType(name=QualifiedName(schema="public", name="posint"), not_null=True))
    assert gen(dtype, null_rate=0.5).nulls is None
    nulls = gen(INT4, null_rate=0.25).nulls
    assert nulls is not None and 150 < nulls.sum() < 350


def test_other_kind_is_null_or_refused() -> None:
    other = T(K.OTHER, "tsm_handler")
    data = gen(other, n=5)
    assert data.nulls is not None and data.nulls.all()
    assert cells(other, data) == [r"\N"] * 5
    with pytest.raises(UnsupportedType, match=r"payload.*tsm_handler"):
        gen(other, n=5, nullable=False, name="payload")
    assert cardinality(Column(name="c", type=other), ColumnDomain()) == 0
