"""The ``year_code`` and ``code_year`` derivations (``seedbed.planning.yearcodes``): a code's digits and its
row's year agree, one written from the other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["code_year", "year_code"]


def _spec(op: str) -> tuple[int, int, int]:
    start, digits, modulus = (int(x) for x in op.split(":")[1:4])
    return start - 1, digits, modulus


def _years(source: ColumnData) -> np.ndarray | None:
    vals = np.asarray(source.values)
    if vals.dtype.kind == "M":
        return vals.astype("M8[Y]").astype(np.int64) + 1970
    if vals.dtype.kind in "iu":
        return vals.astype(np.int64)
    return None


def year_code(req: GenRequest, data: ColumnData, source: ColumnData, op: str,
              fits: Callable[[Any, str], bool]) -> ColumnData:
    """Codes whose characters at the CHECK's place are the row's year (its last digits), where the result
    still satisfies the column's regex CHECKs; elsewhere the drawn code stays."""
    at, digits, modulus = _spec(op)
    years = _years(source)
    if years is None:
        return data
    vals = data.values.copy()
    missing = source.nulls if source.nulls is not None else np.zeros(len(vals), dtype=bool)
    for i, v in enumerate(vals.tolist()):
        if missing[i] or not isinstance(v, str) or len(v) < at + digits:
            continue
        y = int(years[i]) % modulus if modulus else int(years[i])
        text = str(y).zfill(digits)
        if len(text) != digits:
            continue
        code = v[:at] + text + v[at + digits:]
        if fits(req.domain, code):
            vals[i] = code
    return ColumnData(values=vals, nulls=data.nulls)


def code_year(req: GenRequest, data: ColumnData, source: ColumnData, op: str) -> ColumnData:
    """A date (or an integer year) in the year the row's code says: the whole year, or the one with the
    code's last digits nearest the drawn year inside the column's bounds. A date keeps its month and day (the
    29th of February becomes the 28th out of leap years); a time of day stays."""
    at, digits, modulus = _spec(op)
    vals = np.asarray(data.values)
    drawn = _years(data)
    if drawn is None:
        return data
    lo, hi = _bounds(req, vals)
    out = vals.copy()
    nulls = data.nulls if data.nulls is not None else np.zeros(len(vals), dtype=bool)
    src_null = source.nulls if source.nulls is not None else np.zeros(len(vals), dtype=bool)
    for i, code in enumerate(np.asarray(source.values).tolist()):
        if nulls[i] or src_null[i] or not isinstance(code, str):
            continue
        part = code[at:at + digits]
        if len(part) != digits or not part.isdigit():
            continue
        year = _nearest(int(part), modulus, int(drawn[i]), lo, hi)
        if year is None:
            continue
        out[i] = _with_year(vals[i], year) if vals.dtype.kind == "M" else year
    if vals.dtype.kind == "M":  # a date's bounds are exact days: one moved past them keeps its drawn value
        keep = np.ones(len(out), dtype=bool)
        if lo is not None:
            keep &= out >= lo
        if hi is not None:
            keep &= out <= hi
        out = np.where(keep, out, vals)
    return ColumnData(values=out, nulls=data.nulls)


def _nearest(value: int, modulus: int, drawn: int, lo: Any, hi: Any) -> int | None:
    """The year the digits say: ``value`` itself, or the year ``value (mod modulus)`` nearest ``drawn`` whose
    value fits the bounds (years when the column is an integer, dates' years otherwise)."""
    ylo = lo if isinstance(lo, int) else (int(np.datetime64(lo, "Y").astype(np.int64)) + 1970 if lo is not None
                                          else 1)
    yhi = hi if isinstance(hi, int) else (int(np.datetime64(hi, "Y").astype(np.int64)) + 1970 if hi is not None
                                          else 9999)
    if not modulus:
        return value if ylo <= value <= yhi and value >= 1 else None
    base = drawn - drawn % modulus + value
    found = [y for y in (base - modulus, base, base + modulus) if ylo <= y <= yhi and y >= 1]
    return min(found, key=lambda y: (abs(y - drawn), y)) if found else None


def _with_year(moment: np.datetime64, year: int) -> np.datetime64:
    unit = np.datetime_data(moment.dtype)[0]
    day = moment.astype("M8[D]")
    month = int(day.astype("M8[M]").astype(np.int64) % 12)
    dom = int((day - day.astype("M8[M]").astype("M8[D]")).astype(np.int64))
    first = np.datetime64(f"{year:04d}-{month + 1:02d}-01", "D")
    length = int(((first.astype("M8[M]") + 1).astype("M8[D]") - first).astype(np.int64))
    new_day = first + np.timedelta64(min(dom, length - 1), "D")
    return (new_day.astype(f"M8[{unit}]") + (moment - day.astype(f"M8[{unit}]"))).astype(moment.dtype)


def _bounds(req: GenRequest, vals: np.ndarray) -> tuple[Any, Any]:
    """The column's inclusive bounds from its domain: integers for a year column, moments of the column's
    dtype for dates; None where there is none."""
    dom = req.domain
    out = []
    for b, up in ((dom.low, False), (dom.high, True)):
        if b is None:
            out.append(None)
            continue
        v = b.value
        if vals.dtype.kind in "iu" and isinstance(v, int) and not isinstance(v, bool):
            out.append(v if b.inclusive else v + (-1 if up else 1))
        elif vals.dtype.kind == "M":
            try:
                out.append(np.datetime64(v, np.datetime_data(vals.dtype)[0]))
            except (TypeError, ValueError):
                out.append(None)
        else:
            out.append(None)
    return out[0], out[1]


def reduced_pieces(domain: Any, lmin: int, lmax: int | None, at: int, digits: int) -> tuple[Any, list] | None:
    """(the sampler, its pieces without the year's places) of the code's first pattern: per piece (width, charset
    ids), deduplicated by what is left when the year's places are set, so that two codes of different pieces
    never agree once their years are written; None when the code has no pattern the sampler reads."""
    from seedbed.generate.values.patterns import _sampler, has_patterns

    if not has_patterns(domain):
        return None
    try:
        sampler = _sampler(domain, lmin, lmax)
    except ValueError:
        return None
    seen: set[tuple] = set()
    out = []
    for width in sorted(sampler._nth):
        if width < at + digits:
            continue
        for cids in sampler._nth[width].tolist():
            rest = (width, tuple(c for p, c in enumerate(cids) if not at <= p < at + digits))
            if rest not in seen:
                seen.add(rest)
                out.append((width, cids))
    return sampler, out


def capacity(domain: Any, lmin: int, lmax: int | None, at: int, digits: int) -> int:
    """How many codes differ outside the year's places (0 when unknown)."""
    got = reduced_pieces(domain, lmin, lmax, at, digits)
    if got is None:
        return 0
    sampler, pieces = got
    size = sampler._full.size
    return sum(int(np.prod([size[c] for p, c in enumerate(cids) if not at <= p < at + digits], dtype=object))
               for _w, cids in pieces)


def unique_year_code(req: GenRequest, data: ColumnData, source: ColumnData, op: str,
                     fits: Callable[[Any, str], bool]) -> ColumnData:
    """UNIQUE codes holding their row's year: the row's index picks (scrambled) one of the codes that differ
    outside the year's places, and the year is written in, so that rows never share a code whatever their years
    (and a row made again for another year keeps its own code's other characters)."""
    from seedbed.generate.values.data import column_key
    from seedbed.generate.values.ordinal import scrambled_ranks
    from seedbed.generate.values.text import length_limits

    at, digits, modulus = _spec(op)
    years = _years(source)
    lmin, lmax = length_limits(req.column.type, req.domain)
    got = reduced_pieces(req.domain, lmin, lmax, at, digits)
    if years is None or got is None:
        return data
    sampler, pieces = got
    flat = sampler._full
    places = [[p for p in range(w) if not at <= p < at + digits] for w, _c in pieces]
    cards = [int(np.prod([flat.size[cids[p]] for p in ps], dtype=object)) for (_w, cids), ps in zip(pieces, places)]
    total = sum(cards)
    if not total:
        return data
    ranks = scrambled_ranks(np.asarray(req.index), total, column_key(req, "year_code"), req.table_rows).tolist()
    starts = np.cumsum([0, *cards]).tolist()
    vals = data.values.copy()
    missing = source.nulls if source.nulls is not None else np.zeros(len(vals), dtype=bool)
    for i, rank in enumerate(ranks):
        if missing[i]:
            continue
        y = int(years[i]) % modulus if modulus else int(years[i])
        text = str(y).zfill(digits)
        k = next(j for j in range(len(cards)) if rank < starts[j + 1])
        (width, cids), off = pieces[k], rank - starts[k]
        chars = [""] * width
        for p in reversed(places[k]):  # the last place varies fastest, as ``PatternSampler.nth``
            off, digit = divmod(off, int(flat.size[cids[p]]))
            chars[p] = chr(int(flat.codes[int(flat.offset[cids[p]]) + digit]))
        chars[at:at + digits] = list(text)
        code = "".join(chars)
        if len(text) == digits and fits(req.domain, code):
            vals[i] = code
    return ColumnData(values=vals, nulls=data.nulls)
