"""COPY text encoding and edge cases of the value generators (split from test_values.py)."""

from __future__ import annotations

import numpy as np
import pytest

from seedbed.generate.values import ColumnData, cardinality, encode, literals
from seedbed.model import Bound, Column, ColumnDomain, ColumnType
from tests.test_values import ALL_KINDS, INT4, K, NUM52, T, TEXT, TS, TSTZ, both_chunks, cells, gen

# ---------------------------------------------------------------------------- encoding


def test_copy_escaping() -> None:
    raw = ["a\tb", "line\nbreak", "back\\slash", "cr\r", "plain", "x"]
    data = ColumnData(values=np.array(raw, dtype=object), nulls=np.array([False] * 5 + [True]))
    assert encode(TEXT, data) == ["a\\tb", "line\\nbreak", "back\\\\slash", "cr\\r", "plain", r"\N"]
    bytea = ColumnData(values=np.array([b"\x00\xff"], dtype=object))
    assert encode(T(K.BYTEA, "bytea"), bytea) == ["\\\\x00ff"]
    assert literals(T(K.BYTEA, "bytea"), bytea.values) == ["\\x00ff"]


def test_encoding_of_numbers_and_times() -> None:
    ints = ColumnData(values=np.array([0, -5, 2**62], dtype=np.int64))
    assert encode(INT4, ints) == ["0", "-5", str(2**62)]
    nums = ColumnData(values=np.array([0.1, -0.0, 12.5, -0.29, 999.99]))
    assert encode(NUM52, nums) == ["0.10", "0.00", "12.50", "-0.29", "999.99"]
    ts = ColumnData(values=np.array(["2024-02-29T23:59:59", "0001-01-01T00:00:00.000001"], dtype="M8[us]"))
    assert encode(TSTZ, ts) == ["2024-02-29 23:59:59.000000+00", "0001-01-01 00:00:00.000001+00"]
    assert encode(TS, ColumnData(values=ts.values[:1])) == ["2024-02-29 23:59:59"]
    iv = ColumnData(values=np.array([90061, -3600, 5], dtype="m8[s]").astype("m8[us]"))
    assert encode(T(K.INTERVAL, "interval"), iv) == ["1 days 01:01:01", "-01:00:00", "00:00:05"]
    bools = ColumnData(values=np.array([True, False]))
    assert encode(T(K.BOOL, "boolean"), bools) == ["t", "f"]
    floats = ColumnData(values=np.array([1e-7, np.nan, np.inf]))
    assert encode(T(K.FLOAT, "double precision", bits=64), floats) == ["1e-07", "NaN", "Infinity"]


def test_encode_is_fast_enough_for_a_million_ints() -> None:
    """Not a timing assertion: just that a 1M-row column encodes (the benchmark lives in bench/)."""
    data = ColumnData(values=np.arange(1_000_000, dtype=np.int64))
    out = encode(INT4, data)
    assert len(out) == 1_000_000 and out[-1] == "999999"


def test_always_null_domain() -> None:
    data = gen(INT4, ColumnDomain(always_null=True), n=5)
    assert data.nulls is not None and data.nulls.all()
    assert encode(INT4, data) == [r"\N"] * 5


def test_interval_text_bounds_and_fields() -> None:
    iv = T(K.INTERVAL, "interval")
    dom = ColumnDomain(low=Bound(value="1 day"), high=Bound(value="@ 36 hours"))
    v = gen(iv, dom).values
    assert (v >= np.timedelta64(1, "D")).all() and (v <= np.timedelta64(36, "h")).all()
    day = T(K.INTERVAL, "interval day")
    text = both_chunks(day, table_rows=2000)
    assert len(set(text)) == 2000 and all(t.endswith("days 00:00:00") for t in text)
    assert cardinality(Column(name="c", type=day), ColumnDomain(low=Bound(value="1 day"),
                                                                high=Bound(value="10 days"))) == 10


@pytest.mark.parametrize("length", [8, 10, 13, 15])
def test_unique_fixed_width_codes_read_as_words(length: int) -> None:
    ctype = T(K.TEXT, f"character({length})", length=length, fixed_length=True)
    values = both_chunks(ctype, ColumnDomain(excluded=("a", "b")), table_rows=2000)
    assert len(set(values)) == 2000 and all(1 <= len(v) <= length for v in values)
    assert sum("-" in v for v in values) > 1500
    assert not {"a", "b"} & set(values)


def test_unique_padded_text_depends_on_index_only() -> None:
    ctype = T(K.TEXT, "character varying(30)", length=30)
    dom = ColumnDomain(min_length=25)
    whole = cells(ctype, gen(ctype, dom, n=40, start=0, unique=True, table_rows=100))
    part = cells(ctype, gen(ctype, dom, n=10, start=30, seed=5, unique=True, table_rows=100))
    assert whole[30:] == part and all(25 <= len(v) <= 30 for v in whole)


@pytest.mark.parametrize("ctype", ALL_KINDS, ids=lambda t: t.sql_name)
def test_empty_and_single_row_chunks(ctype: ColumnType) -> None:
    for n in (0, 1):
        unique = ctype.kind not in (K.BOOL, K.JSON, K.POINT, K.LINE, K.LSEG, K.BOX, K.PATH, K.POLYGON,
                                    K.CIRCLE, K.XML)
        assert len(cells(ctype, gen(ctype, n=n, unique=unique))) == n


def test_vectorised_number_text_matches_python_formatting() -> None:
    """``int_strings``, ``decimal_strings`` and ``fixed_decimals`` write what ``str`` / ``format`` write."""
    from seedbed.generate.values.numbers import fixed_decimals
    from seedbed.generate.values.strings import decimal_strings, int_strings

    rng = np.random.default_rng(7)
    for top in (9, 9_999, 10**6, 10**12, 2**62 - 1):
        v = rng.integers(-top, top, 5000)
        v[:3] = [0, top - 1, -top]
        assert int_strings(v) == list(map(str, v.tolist()))
        assert int_strings(np.abs(v)) == list(map(str, np.abs(v).tolist()))
    for scale in (1, 2, 3, 6):
        units = rng.integers(-10**9, 10**9, 5000)
        units[:3] = [0, 5, -5]
        expect = [("-" if u < 0 else "") + f"{abs(u) // 10**scale}.{abs(u) % 10**scale:0{scale}d}" for u in units.tolist()]
        assert decimal_strings(units, scale) == expect
        values = units / 10**scale
        assert fixed_decimals(values, scale) == [f"{v + 0.0:.{scale}f}" for v in values.tolist()]
    odd = np.array([np.nan, 1e20, -0.0, 2.5] * 1000)
    assert fixed_decimals(odd, 2) == [f"{v + 0.0:.2f}" for v in odd.tolist()]
