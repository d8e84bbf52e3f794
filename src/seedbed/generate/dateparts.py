"""Dates, timestamps and intervals moved to the parts their CHECKs ask (``seedbed.solve.dateparts``).

A drawn date goes to the nearest day that has every asked day part (the first of its month, the next Friday,
a weekday), searching outwards and keeping the column's bounds and its orders with columns of the row
already made; a timestamp's hour, minute and second go to the nearest allowed ones (sub-second digits
dropped where ``date_trunc`` asks); an interval's minutes go to the nearest allowed on the grid (its sign
kept); a range is shifted whole so that its lower bound has the parts (its span kept). A part tied to an
integer column of the row (``extract(day FROM starts_on) = collection_day``) takes that row's value. A quantity
capped at a rate over the row's span (``fit_rates``) takes at most what the span allows.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np

from seedbed.generate.values.data import ColumnData
from seedbed.model import Table, TypeKind
from seedbed.solve.dateparts import DateParts, RateCap, column_parts, rate_caps

__all__ = ["fit_parts", "fit_rates", "part_ties"]

_DAY_PARTS = ("day", "dow", "isodow", "month", "quarter", "doy", "week")
_CLOCK = {"hour": 3_600_000_000, "minute": 60_000_000, "second": 1_000_000}
_REACH = 800  # days searched either way for a day with the asked parts
_CACHE: dict[tuple, DateParts | None] = {}
_RATES: dict[tuple, list[RateCap]] = {}


def _day_part(d: dt.date, part: str) -> int:
    if part == "day":
        return d.day
    if part == "dow":
        return d.isoweekday() % 7
    if part == "isodow":
        return d.isoweekday()
    if part == "month":
        return d.month
    if part == "quarter":
        return (d.month - 1) // 3 + 1
    if part == "doy":
        return d.timetuple().tm_yday
    return d.isocalendar()[1]


def _nearest(x: int, allowed: frozenset[int]) -> int:
    return min(allowed, key=lambda v: (abs(v - x), v))


def _fix_clock(t: dt.datetime, parts: DateParts) -> dt.datetime:
    for part in ("hour", "minute", "second"):
        allowed = parts.allowed.get(part)
        if allowed and getattr(t, part) not in allowed:
            t = t.replace(**{part: _nearest(getattr(t, part), allowed)})
    return t.replace(microsecond=0) if parts.whole or "second" in parts.allowed else t  # extract(second) has them


def _within(v: Any, lo: list, hi: list) -> bool:
    try:
        return all(v > b if strict else v >= b for b, strict in lo) and all(v < b if strict else v <= b
                                                                            for b, strict in hi)
    except TypeError:
        return True


def _fix_moment(v: dt.date, parts: DateParts, tied: dict[str, int], lo: list, hi: list,
                free: Any = None) -> dt.date:
    """The nearest value to ``v`` with the asked parts: within the bounds and ``free`` (not taken by another
    row of a unique key) where one is in reach, else within the bounds, else any."""
    if isinstance(v, dt.datetime):
        v = _fix_clock(v, parts)
    wants = {p: parts.allowed[p] for p in _DAY_PARTS if p in parts.allowed}
    wants.update({p: frozenset({x}) for p, x in tied.items()})
    bounded = first = None
    for k in range(_REACH * (4 if free is not None else 1) + 1):
        for step in ((0,) if k == 0 else (-k, k)):
            try:
                c = v + dt.timedelta(days=step)
            except OverflowError:
                continue
            day = c.date() if isinstance(c, dt.datetime) else c
            if not all(_day_part(day, p) in a for p, a in wants.items()):
                continue
            first = first or c
            if _within(c, lo, hi):
                if free is None or free(c):
                    return c
                bounded = bounded or c
        if not wants and free is None:
            break
    return bounded or first or v


def _fix_interval(us: int, parts: DateParts) -> int:
    sign = -1 if us < 0 else 1
    days, rest = divmod(abs(us), 86_400_000_000)
    if "second" in parts.allowed or parts.whole:
        rest -= rest % 1_000_000
    for part in ("hour", "minute", "second"):
        allowed = parts.allowed.get(part)
        if not allowed:
            continue
        unit = _CLOCK[part]
        limit = 24 if part == "hour" else 60
        x = rest // unit % limit
        mine = frozenset(abs(a) for a in allowed if a == 0 or (a > 0) == (sign > 0))
        if x * sign not in allowed and mine:
            rest += (_nearest(x, mine) - x) * unit
    return sign * (days * 86_400_000_000 + rest)


_RANGE = re.compile(r'^([\[(])"?([^,"]*)"?,"?([^,"]*)"?([\])])$')


def _moment(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        return None


def _end(v: dt.date | None, raw: str) -> str:
    if v is None:
        return raw
    return f'"{v.isoformat(sep=" ")}"' if isinstance(v, dt.datetime) else v.isoformat()


def _fix_range(text: str, parts: DateParts, tied: dict[str, int]) -> str:
    """A range with its lower bound's parts (and its upper bound's, when asked). Where only the lower bound's
    are asked, the range is shifted whole (its span kept); where both are, each end is moved to its nearest
    (an order kept: two ranges that did not overlap still do not)."""
    m = _RANGE.match(text)
    if not m:
        return text
    low, up = _moment(m.group(2)), _moment(m.group(3))
    if low is None and up is None:
        return text
    has_low = bool(parts.allowed or parts.ties or parts.whole)
    new_low = _fix_moment(low, parts, tied, [], []) if low is not None and has_low else low
    if parts.upper is not None and up is not None:
        new_up = _fix_moment(up, parts.upper, {}, [], [])
        if new_low is None or new_up > new_low:
            return f"{m.group(1)}{_end(new_low, m.group(2))},{_end(new_up, m.group(3))}{m.group(4)}"
    if low is None or new_low == low:
        return text
    new_up = None if up is None else up + (new_low - low)
    return f"{m.group(1)}{_end(new_low, m.group(2))},{_end(new_up, m.group(3))}{m.group(4)}"


def _bounds(domains: Any, column: str, raw: dict, i: int) -> tuple[list, list]:
    lo: list = []
    hi: list = []
    if domains is None:
        return lo, hi
    dom = domains.column(column)
    if dom.low is not None:
        lo.append((dom.low.value, not dom.low.inclusive))
    if dom.high is not None:
        hi.append((dom.high.value, not dom.high.inclusive))
    for order in domains.orders:
        if column not in (order.left, order.right) or order.op in ("=", "<>"):
            continue
        other = order.right if order.left == column else order.left
        data = raw.get(other)
        if data is None or data.nulls is not None and data.nulls[i]:
            continue
        value = data.values[i].astype(object)
        try:
            if order.offset is not None:
                value = value + order.offset if order.left == column else value - order.offset
        except TypeError:
            continue
        op = order.op if order.left == column else {"<": ">", ">": "<", "<=": ">=", ">=": "<="}[order.op]
        (lo if op in (">", ">=") else hi).append((value, op in ("<", ">")))
    return lo, hi


def _parts(table: Table, column: str) -> DateParts | None:
    key = (table.name, column, tuple(c.expression for c in table.checks))
    if key not in _CACHE:
        _CACHE[key] = column_parts(table, column)
    return _CACHE[key]


def part_ties(table: Table) -> dict[str, set[str]]:
    """The integer columns each date column's parts are tied to (``extract(day FROM d) = n``): the date
    is made after them."""
    out: dict[str, set[str]] = {}
    for col in table.columns:
        if col.type.kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.RANGE) \
                and not col.type.is_array and any(col.name in c.columns or not c.columns for c in table.checks):
            parts = _parts(table, col.name)
            if parts is not None and parts.ties:
                out[col.name] = set(parts.ties.values())
    for cap in _rates(table):  # a distance after its start and its trip's two moments
        out.setdefault(cap.column, set()).update({cap.later, cap.earlier} | ({cap.base} if cap.base else set()))
    return out


def _rates(table: Table) -> list[RateCap]:
    key = (table.name, tuple(c.expression for c in table.checks))
    if key not in _RATES:
        _RATES[key] = rate_caps(table)
    return _RATES[key]


def fit_rates(table: Table, column: str, data: ColumnData, raw: dict) -> ColumnData:
    """A quantity made over a span of the row's time capped at the rate its CHECK says (``end_km - start_km
    <= 120 * extract(epoch FROM returned_at - departed_at) / 3600``): where it would exceed it, it takes the
    most the span allows (a whole number, at least its base)."""
    caps = [c for c in _rates(table) if c.column == column]
    if not caps or not len(data.values) or table.column(column).type.kind not in (TypeKind.INTEGER,
                                                                                   TypeKind.NUMERIC):
        return data
    values = data.values.copy()
    for cap in caps:
        need = [raw.get(c) for c in (cap.later, cap.earlier, *([cap.base] if cap.base else []))]
        if any(d is None for d in need):
            continue
        later, earlier = need[0].values, need[1].values
        secs = (later.astype("M8[us]") - earlier.astype("M8[us]")).astype(np.int64) / 1e6 \
            if later.dtype.kind == "M" else None
        if secs is None:
            continue
        base = need[2].values.astype(np.float64) if cap.base else 0.0
        most = np.floor(base + cap.per_second * secs - (1e-6 if cap.strict else 0.0))
        most = np.maximum(most, np.ceil(base) if cap.base else 0.0)
        missing = np.zeros(len(values), dtype=bool)
        for d in need:
            if d.nulls is not None:
                missing |= d.nulls
        over = (values > most) & ~missing & (secs >= 0)
        if over.any():
            values[over] = most[over].astype(values.dtype)
    return ColumnData(values=values, nulls=data.nulls)


def fit_parts(table: Table, column: str, data: ColumnData, raw: dict, domains: Any = None,
              cells: dict | None = None) -> ColumnData:
    """A date / timestamp / interval / range column's values moved to the parts its CHECKs ask (unchanged
    when no CHECK speaks of them). ``cells``: the row's values already encoded, by column: a value in a unique
    key with them is moved to one no other row of the chunk has beside the same others."""
    kind = table.column(column).type.kind
    if kind not in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.INTERVAL, TypeKind.RANGE):
        return data
    parts = _parts(table, column)
    if parts is None or not len(data.values):
        return data
    ties = {p: raw[c] for p, c in parts.ties.items() if c in raw}
    if parts.lower != (kind is TypeKind.RANGE):
        return data
    values = data.values.copy()
    keys = [tuple(c for c in k.columns if c != column) for k in table.unique_keys
            if column in k.columns and k.predicate is None and not k.expressions] \
        if kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ) and cells is not None else []
    keys = [k for k in keys if all(c in cells for c in k)]
    used: list[set] = [set() for _ in keys]
    for i in range(len(values)):
        if data.nulls is not None and data.nulls[i]:
            continue
        tied = {p: int(d.values[i]) for p, d in ties.items() if d.nulls is None or not d.nulls[i]}
        if kind is TypeKind.INTERVAL:
            us = int(values[i].astype("m8[us]").astype(np.int64))
            values[i] = np.timedelta64(_fix_interval(us, parts), "us")
        elif kind is TypeKind.RANGE:
            values[i] = _fix_range(values[i], parts, tied)
        else:
            lo, hi = _bounds(domains, column, raw, i)
            v = values[i].astype(object)
            rows = [tuple(cells[c][i] for c in k) for k in keys]

            def free(c: Any, rows: list = rows) -> bool:
                return not any((r, c) in u for r, u in zip(rows, used, strict=True))

            moved = _fix_moment(v, parts, tied, lo, hi, free if keys else None)
            for r, u in zip(rows, used, strict=True):
                u.add((r, moved))
            if moved != v:
                values[i] = np.datetime64(moved, "D" if kind is TypeKind.DATE else "us")
    return ColumnData(values=values, nulls=data.nulls)
