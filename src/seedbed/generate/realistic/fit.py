"""Fitting raw intent values to a column: type, length, CHECK domain, uniqueness and NULLs.

A generator returns plain values (strings, natural-unit numbers, dates); ``finish`` turns them
into the ``ColumnData`` the column's kind expects, or gives up (returns None) when they cannot
honour the column: a pattern or allowed set the values do not match, a length that would cut
an email, bounds far from the intent's natural range. The typed generator then takes over, so
an intent never produces a value the database would reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from seedbed.generate.intent import Intent
from seedbed.generate.realistic.context import RowContext
from seedbed.generate.realistic.vocab import apply, lengths, strings
from seedbed.generate.values.data import ColumnData, GenRequest, column_key, may_be_null, object_array
from seedbed.generate.values.ordinal import limits, scrambled_ranks
from seedbed.generate.values.patterns import checker
from seedbed.generate.values.text import length_limits
from seedbed.model import ColumnDomain, TypeKind

__all__ = ["Call", "GiveUp", "Policy", "finish"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
_TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Share of rows allowed to fail a CHECK before the whole column falls back to the typed generator.
_REPAIRABLE = 0.1
_STRIP = " ,;:-–—/("


class GiveUp(Exception):
    """Raised by a generator that cannot honour the column (caught: the typed generator runs)."""


@dataclass(frozen=True, slots=True)
class Policy:
    """How a generator's raw values are finished.

    Attributes:
        out: what the generator returns: ``text`` (str), ``number`` (float, natural units),
            ``date`` (datetime64[D]), ``seconds`` (float durations), ``json`` (str), ``data``
            (a finished ``ColumnData``).
        unique: ``native`` (the generator makes distinct values itself when ``call.unique``),
            ``suffix`` (an index-derived suffix is appended), ``none`` (give up when unique).
        cut: ``words`` (cut at a word boundary), ``hard`` (cut anywhere), ``never`` (give up).
    """

    out: str = "text"
    unique: str = "none"
    cut: str = "words"


@dataclass(slots=True)
class Call:
    """One ``generate_intent`` call: the intent, the request, the column's stream and the row context."""

    intent: Intent
    req: GenRequest
    rng: np.random.Generator
    row: RowContext

    @property
    def n(self) -> int:
        return self.req.n

    @property
    def kind(self) -> TypeKind:
        return self.req.column.type.kind

    @property
    def unique(self) -> bool:
        return self.req.unique

    @property
    def lmax(self) -> int | None:
        return length_limits(self.req.column.type, self.req.domain)[1] if self.kind is TypeKind.TEXT else None

    def p(self, name: str, default: Any = None) -> Any:
        return self.intent.params.get(name, default)

    def ranks(self, tag: str = "", *, shared: bool = False, card: int | None = None) -> np.ndarray:
        """Distinct, scrambled int64 ranks of the chunk's rows (a function of the row index).

        With ``shared`` the scramble is the table's, not the column's, so two columns of a row
        (a category's name and its slug) get the same rank. With ``card`` the first ``card``
        rows get ranks below ``card`` (a small readable space is used up before suffixes).
        """
        key = self.row.key(tag) if shared else column_key(self.req, "intent", tag)
        return scrambled_ranks(self.req.index, card, key, self.req.table_rows, window=1000 if card is None else 1)

    def ranks_within(self, tag: str, capacity: int) -> np.ndarray:
        """Distinct ranks below ``capacity`` (a code space of that size), or ``GiveUp``."""
        ranks = self.ranks(tag, card=capacity)
        if self.req.table_rows > capacity or (len(ranks) and int(ranks.max()) >= capacity):
            rows = max(self.req.table_rows, int(ranks.max()) + 1)
            raise GiveUp(f"{capacity} distinct codes cannot cover {rows} rows")
        return ranks

    @property
    def pack(self) -> str:
        return self.intent.params.get("domain") or self.row.domain_pack


def _nulls(call: Call) -> np.ndarray | None:
    req = call.req
    if req.null_rate <= 0 or not may_be_null(req.column, req.domain):  # (a UNIQUE column: only an asked share)
        return None
    key = call.p("null_key")  # a pair (width/height, latitude/longitude) is missing in the same rows
    u = call.row.stream(f"nulls:{key}").random(req.n) if key else call.rng.random(req.n)
    mask = u < req.null_rate
    return mask if mask.any() else None


def _cut_one(value: str, lmax: int, words: bool) -> str:
    cut = value[:lmax]
    end = cut.rfind(". ") if words and len(value) > lmax else -1
    if end >= lmax // 3:  # prose too long for its column ends at a sentence, not mid-phrase
        return cut[:end + 1]
    if words and len(value) > lmax and value[lmax] != " ":
        space = cut.rfind(" ")
        if space >= lmax // 2:
            cut = cut[:space]
    return cut.rstrip(_STRIP) or cut


def _cut(values: np.ndarray, lmax: int, mode: str) -> np.ndarray | None:
    long = np.flatnonzero(lengths(values) > lmax)
    if not long.size:
        return values
    if mode == "never":
        return None
    values = values.copy()
    for i in long.tolist():
        values[i] = _cut_one(values[i], lmax, mode == "words")
    return values


def _suffix(call: Call, values: np.ndarray, lmax: int | None) -> np.ndarray | None:
    """``value + " " + rank``: distinct by the rank, the value cut to leave it room (None: no room)."""
    token = (call.ranks("suffix") + 1).tolist()
    vals = values.tolist()
    if lmax is not None:
        if lmax - 1 - len(str(max(token, default=0))) < 2:
            return None
        vals = [_cut_one(v, lmax - 1 - len(str(t)), True) for v, t in zip(vals, token, strict=True)]
    return apply(lambda vt: f"{vt[0]} {vt[1]}", list(zip(vals, token, strict=True)))


def _text(call: Call, values: Any, policy: Policy) -> ColumnData | None:
    req, domain = call.req, call.req.domain
    if req.column.type.is_array:
        return None
    vals = object_array(values) if isinstance(values, list) else strings(values)
    lmin, lmax = length_limits(req.column.type, domain)
    if call.kind is TypeKind.CHAR:
        lmin, lmax = 1, 1
    if req.unique and policy.unique == "suffix":
        suffixed = _suffix(call, vals, lmax)
        if suffixed is None:
            return None
        vals = suffixed
    if lmax is not None:
        cut = _cut(vals, lmax, "never" if req.unique else policy.cut)
        if cut is None:
            return None
        vals = cut
    if domain.lowercase:
        vals = apply(str.lower, vals)
    elif domain.uppercase:
        vals = apply(str.upper, vals)
    good = _valid(domain, lmin, lmax, vals.tolist())
    if good is not None and not good.all():
        if req.unique or good.mean() < 1 - _REPAIRABLE or not good.any():
            return None
        donors = np.flatnonzero(good)  # a few rows fail a CHECK: they copy a passing row's value
        bad = np.flatnonzero(~good)
        vals = vals.copy()
        vals[bad] = vals[donors[call.rng.integers(0, len(donors), size=len(bad))]]
    return ColumnData(values=vals, nulls=_nulls(call))


def _regexes(domain: ColumnDomain) -> list[tuple[re.Pattern[str], bool]] | None:
    """The domain's checks as (compiled regex, must match) pairs, if that is all it asks."""
    string_bounds = isinstance(getattr(domain.low, "value", None), str) or isinstance(
        getattr(domain.high, "value", None), str)
    if (domain.lowercase or domain.uppercase or domain.nonblank or domain.excluded or domain.allowed is not None
            or string_bounds):
        return None
    from seedbed.solve.dialect import are_to_python, like_to_regex

    out = []
    try:
        for p in domain.patterns:
            out.append((re.compile(are_to_python(p)), True))
        for p in domain.case_insensitive_patterns:
            out.append((re.compile(are_to_python(p), re.IGNORECASE), True))
        for p in domain.not_patterns:
            out.append((re.compile(are_to_python(p)), False))
        for p in domain.likes:
            out.append((re.compile(are_to_python(like_to_regex(p)), re.DOTALL), True))
    except (ValueError, re.error):
        return None
    return out


def _valid(domain: ColumnDomain, lmin: int, lmax: int | None, values: list[str]) -> np.ndarray | None:
    """Which values satisfy everything the domain asks (None: it asks nothing)."""
    if domain.alternatives:  # an OR of branches (`x LIKE '%a%' OR x LIKE '%b%'`): any branch will do
        from seedbed.generate.values.dispatch import merge_domains

        base = replace(domain, alternatives=())
        good = np.zeros(len(values), dtype=bool)
        for branch in domain.alternatives:
            hit = _valid(merge_domains(base, branch), lmin, lmax, values)
            if hit is None:
                return _valid(base, lmin, lmax, values)  # a branch that asks nothing beyond the base
            good |= hit
        return good
    rx = _regexes(domain)
    if rx is not None:  # the common case (patterns only): one C-level pass per regex
        good = np.ones(len(values), dtype=bool) if rx or lmin > 1 else None
        for pattern, must in rx:
            hit = np.fromiter(map(bool, map(pattern.search, values)), dtype=bool, count=len(values))
            good &= hit if must else ~hit
        if lmin > 1 and good is not None:
            good &= lengths(values) >= lmin
        return good
    ok = checker(domain, lmin, lmax, constructed=False)
    allowed = None if domain.allowed is None else set(domain.allowed)
    if ok is None and allowed is None and lmin <= 1:
        return None
    return np.array([len(v) >= lmin and (ok is None or ok(v)) and (allowed is None or v in allowed)
                     for v in values], dtype=bool)


def _number_text(call: Call, x: np.ndarray) -> list[str]:
    decimals = call.intent.params.get("decimals")
    if decimals is None:
        decimals = next((d for d in (0, 1) if np.allclose(x, np.round(x, d))), 2)
    return [f"{v:.{decimals}f}" for v in x.tolist()]


def _number(call: Call, x: np.ndarray) -> ColumnData | None:
    req = call.req
    if call.kind is TypeKind.TEXT:
        return _text(call, _number_text(call, x), Policy(cut="never"))
    if call.kind not in _NUMERIC or req.unique or req.domain.allowed is not None:
        return None
    from seedbed.generate.values.numbers import axis

    ax = axis(req.column.type, req.domain)
    lo, hi = limits(ax, req.domain)
    if lo > hi:
        return None
    units = np.rint(x / float(ax.res))
    signed = call.intent.params.get("signed")
    if signed and lo < 0:  # a change (delta, price_change) goes down as well as up (intent.changes)
        units = np.where(call.rng.random(len(units)) < signed, -np.abs(units), np.abs(units))
    inside = (units >= lo) & (units <= hi) & np.isfinite(units)
    if not inside.all():
        if inside.mean() < 0.75:
            return None
        donors = units[inside]
        units = np.where(inside, units, donors[call.rng.integers(0, len(donors), size=len(units))])
    units = units.astype(np.int64)
    for v in req.domain.excluded:  # rare: nudge an excluded value to its neighbour
        try:
            u = int(round(float(v) / float(ax.res)))
        except (TypeError, ValueError):
            continue
        units = np.where(units == u, np.where(u + 1 <= hi, u + 1, u - 1), units)
    if req.low is not None or req.high is not None:
        units = _within_rows(req, ax, units, lo, hi, call.rng.random(len(units)) < 0.5)
        if units is None:
            return None
    return ColumnData(values=ax.to_values(units), nulls=_nulls(call))


def _within_rows(req: GenRequest, ax: Any, units: np.ndarray, lo: int, hi: int,
                 meet: np.ndarray) -> np.ndarray | None:
    """The intent's values kept inside a CHECK's per-row order (``amount_awarded <= amount_requested``):
    a row past its sibling takes the sibling's value where ``meet`` (awarded in full), else its value
    reflected inside (a part of it), never "just under" it; None when a row's bounds leave no room
    or a bound cannot be read (the typed generator then runs)."""
    from seedbed.generate.values.ordinal import row_units

    top = np.full(len(units), hi, dtype=np.int64)
    bottom = np.full(len(units), lo, dtype=np.int64)
    for bound, up, strict, into in ((req.high, False, not req.high_inclusive, top),
                                    (req.low, True, not req.low_inclusive, bottom)):
        if bound is None:
            continue
        found = row_units(ax, bound, up=up, strict=strict)
        if found is None:
            return None
        b, valid = found
        into[valid] = np.minimum(into[valid], b[valid]) if not up else np.maximum(into[valid], b[valid])
    if (bottom > top).any():
        return None
    reflected = np.where(units > top, 2 * top - units, np.where(units < bottom, 2 * bottom - units, units))
    drawn = (reflected >= units.min()) & (reflected <= units.max())  # within the intent's own range
    inside = (reflected >= bottom) & (reflected <= top) & drawn
    return np.where(meet | ~inside, np.clip(units, bottom, top), reflected)


def _date(call: Call, days: np.ndarray) -> ColumnData | None:
    req = call.req
    if call.kind is TypeKind.TEXT:
        return _text(call, np.datetime_as_string(days.astype("M8[D]"), unit="D").astype(object), Policy(cut="never"))
    if call.kind not in _TEMPORAL or req.unique or req.low is not None or req.high is not None:
        return None
    from seedbed.generate.values.temporal import axis

    ax = axis(req.column.type)
    if call.kind is TypeKind.DATE:
        units = days.astype("M8[D]").astype(np.int64)
    else:
        us = days.astype("M8[D]").astype("M8[us]").astype(np.int64)
        us = us + call.rng.integers(6 * 3600, 22 * 3600, size=len(us)) * 1_000_000
        units = us // int(ax.res)
    lo, hi = limits(ax, req.domain)
    if lo > hi or ((units < lo) | (units > hi)).mean() > 0.25:
        return None
    return ColumnData(values=ax.to_values(np.clip(units, lo, hi)), nulls=_nulls(call))


def _seconds(call: Call, secs: np.ndarray) -> ColumnData | None:
    kind = call.kind
    if kind is TypeKind.TEXT:
        s = np.rint(secs).astype(np.int64)
        h, rest = np.divmod(s, 3600)
        m, sec = np.divmod(rest, 60)
        if call.intent.params.get("clock"):
            text = [f"{a * 60 + b:02d}:{c:02d}" for a, b, c in zip(h.tolist(), m.tolist(), sec.tolist(), strict=True)]
        else:
            text = [f"{a:02d}:{b:02d}:{c:02d}" for a, b, c in zip(h.tolist(), m.tolist(), sec.tolist(), strict=True)]
        return _text(call, text, Policy(cut="never"))
    if kind is TypeKind.INTERVAL:
        req = call.req
        if req.unique or req.low is not None or req.high is not None:
            return None
        from seedbed.generate.values.temporal import axis

        ax = axis(req.column.type)
        units = (np.rint(secs * 1_000_000 / float(ax.res) / ax.grid) * ax.grid).astype(np.int64)
        lo, hi = limits(ax, req.domain)
        if lo > hi or ((units < lo) | (units > hi)).mean() > 0.25:
            return None
        return ColumnData(values=ax.to_values(np.clip(units, lo, hi)), nulls=_nulls(call))
    per = {"minute": 60.0, "hour": 3600.0, "ms": 0.001, "millisecond": 0.001, "day": 86400.0}
    unit = next((v for k, v in per.items() if k in call.req.column.name.lower()), 1.0)
    return _number(call, secs / unit)


def finish(call: Call, raw: Any, policy: Policy) -> ColumnData | None:
    """Turn a generator's raw values into the column's ``ColumnData`` (None: cannot fit)."""
    if raw is None:
        return None
    if call.req.unique and policy.unique == "none":
        return None
    if policy.out == "data":
        return raw
    if policy.out == "number":
        return _number(call, np.asarray(raw, dtype=float))
    if policy.out == "date":
        return _date(call, np.asarray(raw))
    if policy.out == "seconds":
        return _seconds(call, np.asarray(raw, dtype=float))
    if call.kind in (TypeKind.JSON, TypeKind.JSONB):
        return ColumnData(values=object_array(list(raw)), nulls=_nulls(call))
    if call.kind is TypeKind.INTEGER and policy.out == "text":  # digit codes in a bigint (EAN, MCC)
        text = [str(v) for v in raw]
        if call.req.unique or not all(t.isdigit() and len(t) <= 15 for t in text):
            return None
        return _number(call, np.array(text, dtype=np.int64).astype(float))
    if call.kind not in (TypeKind.TEXT, TypeKind.CHAR):
        return None
    return _text(call, raw, policy)
