"""Dates, times, timestamps and intervals: their axes and their text form.

Values spread over the three years before ``REFERENCE_NOW`` (dates and timestamps), the whole
day (times) or one minute to thirty days (intervals), in whole seconds unless the bounds or a
unique column need finer steps. ``timestamptz`` and ``timetz`` values are UTC and written with an
explicit ``+00``. A per-row lower bound moves a timestamp minutes to a few weeks later.

Representation: ``date`` -> datetime64[D]; ``timestamp``/``timestamptz`` -> datetime64[us];
``time``/``timetz`` -> timedelta64[us] since midnight; ``interval`` -> timedelta64[us].
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from functools import partial
from typing import Any

import numpy as np

from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.values.ordinal import Axis
from seedbed.generate.values.strings import ascii_rows, put_digits
from seedbed.model import ColumnType, TypeKind

__all__ = ["axis", "literals"]

US = 1_000_000
DAY_US = 86_400 * US
_EPOCH = datetime(1970, 1, 1)
_MIN_US = (datetime(1, 1, 1) - _EPOCH) // timedelta(microseconds=1)
_MAX_US = (datetime(9999, 12, 31, 23, 59, 59, 999999) - _EPOCH) // timedelta(microseconds=1)
REF_US = (REFERENCE_NOW.replace(tzinfo=None) - _EPOCH) // timedelta(microseconds=1)
_SPREAD_US = 1096 * DAY_US  # three years


def _naive_utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo is not None else dt


def absolute_us(value: Any) -> Fraction | None:
    """A date / datetime (aware ones in UTC) / ISO string as microseconds since 1970-01-01."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else Fraction(int(value.astype("M8[us]").astype(np.int64)))
    if isinstance(value, datetime):
        return Fraction((_naive_utc(value) - _EPOCH) // timedelta(microseconds=1))
    if isinstance(value, date):
        return Fraction((value - _EPOCH.date()).days * DAY_US)
    return None


def time_of_day_us(value: Any) -> Fraction | None:
    """A time (aware ones moved to UTC) / timedelta / ISO string as microseconds since midnight."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value.strip())
        except ValueError:
            return None
    if isinstance(value, timedelta):
        return Fraction(value // timedelta(microseconds=1))
    if isinstance(value, time):
        us = ((value.hour * 60 + value.minute) * 60 + value.second) * US + value.microsecond
        off = value.utcoffset()
        if off is not None:
            us = (us - off // timedelta(microseconds=1)) % DAY_US
        return Fraction(us)
    return None


_UNIT_US = {
    "microsecond": 1, "millisecond": 1000, "second": US, "minute": 60 * US, "hour": 3600 * US,
    "day": DAY_US, "week": 7 * DAY_US, "month": 30 * DAY_US, "year": 360 * DAY_US,
    "decade": 3600 * DAY_US, "century": 36_000 * DAY_US, "millennium": 360_000 * DAY_US,
}
_UNIT_ALIASES = {
    "us": "microsecond", "usec": "microsecond", "usecs": "microsecond", "ms": "millisecond",
    "msec": "millisecond", "msecs": "millisecond", "s": "second", "sec": "second", "secs": "second",
    "m": "minute", "min": "minute", "mins": "minute", "h": "hour", "hr": "hour", "hrs": "hour",
    "d": "day", "w": "week", "mon": "month", "mons": "month", "y": "year", "yr": "year", "yrs": "year",
    "millennia": "millennium", "centuries": "century",
}
_INTERVAL_PART = re.compile(r"([+-]?\d+(?:\.\d+)?)\s*([a-z]+)|([+-]?)(\d+):(\d+)(?::(\d+(?:\.\d+)?))?")


def _interval_text_us(text: str) -> Fraction | None:
    """PostgreSQL interval text (``'1 day 02:00'``, ``'90 minutes'``, ``'@ 1 hour ago'``) in µs.

    Months count 30 days and years 360, as PostgreSQL compares intervals.
    """
    t = text.strip().lower().lstrip("@").strip()
    ago = t.endswith(" ago")
    t = t.removesuffix(" ago")
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", t):  # a bare number is seconds
        return Fraction(t) * US * (-1 if ago else 1)
    total = Fraction(0)
    pos = 0
    for m in _INTERVAL_PART.finditer(t):
        if t[pos:m.start()].strip(" ,"):
            return None
        pos = m.end()
        if m.group(1) is not None:
            unit = m.group(2)
            unit = _UNIT_ALIASES.get(unit, unit.rstrip("s") if unit.rstrip("s") in _UNIT_US else unit)
            if unit not in _UNIT_US:
                return None
            total += Fraction(m.group(1)) * _UNIT_US[unit]
        else:
            clock = int(m.group(4)) * 3600 + int(m.group(5)) * 60 + Fraction(m.group(6) or 0)
            total += (-clock if m.group(3) == "-" else clock) * US
    if t[pos:].strip() or pos == 0:
        return None
    return -total if ago else total


def duration_us(value: Any) -> Fraction | None:
    """A timedelta, numpy timedelta64 or interval text as microseconds."""
    if isinstance(value, timedelta):
        return Fraction(value // timedelta(microseconds=1))
    if isinstance(value, np.timedelta64) and not np.isnat(value):
        return Fraction(int(value.astype("m8[us]").astype(np.int64)))
    if isinstance(value, str):
        return _interval_text_us(value)
    return None


def _to_dates(units: np.ndarray) -> np.ndarray:
    return units.astype("M8[D]")


def _to_datetimes(res: int, units: np.ndarray) -> np.ndarray:
    return (units * res).astype("M8[us]")


def _to_durations(res: int, units: np.ndarray) -> np.ndarray:
    return (units * res).astype("m8[us]")


def _res(ctype: ColumnType) -> int:
    p = ctype.precision
    return 10 ** (6 - p) if p is not None and 0 <= p < 6 else 1


def _interval_step_us(sql_name: str) -> int:
    """Interval fields (``interval day``, ``interval hour to minute``) truncate finer parts.

    ``year`` / ``month`` fields are not modelled (values are days and clock times, which such
    a column truncates to zero months): leave those columns to a default or a provider.
    """
    name = sql_name.lower()
    if "second" in name:
        return US
    for word, step in (("minute", 60 * US), ("hour", 3600 * US), ("day", DAY_US)):
        if name.endswith(word):
            return step
    return US


def axis(ctype: ColumnType) -> Axis:
    """The unit axis of a date, time, timetz, timestamp, timestamptz or interval column."""
    kind = ctype.kind
    if kind is TypeKind.DATE:
        ref = REF_US // DAY_US
        return Axis(res=Fraction(DAY_US), tmin=_MIN_US // DAY_US, tmax=_MAX_US // DAY_US,
                    window=(ref - 1096, ref - 1), start=ref - 1096, delta=(0, 30),
                    natural=absolute_us, to_values=_to_dates, temporal=True, absolute=True, seasonal=True)
    res = _res(ctype)
    second = max(US // res, 1)
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        return Axis(res=Fraction(res), tmin=-(-_MIN_US // res), tmax=_MAX_US // res,
                    window=((REF_US - _SPREAD_US) // res, (REF_US - US) // res),
                    start=(REF_US - _SPREAD_US) // res, grid=second,
                    delta=(300 * second, 21 * 86_400 * second), log_delta=True,
                    natural=absolute_us, to_values=partial(_to_datetimes, res),
                    temporal=True, absolute=True, seasonal=True)
    if kind in (TypeKind.TIME, TypeKind.TIMETZ):
        top = (DAY_US - 1) // res
        return Axis(res=Fraction(res), tmin=0, tmax=top, window=(0, top), start=0, grid=second,
                    delta=(0, 4 * 3600 * second), natural=time_of_day_us,
                    to_values=partial(_to_durations, res), temporal=True)
    if kind is TypeKind.INTERVAL:
        step = _interval_step_us(ctype.sql_name)
        if step > US:  # 'interval day', 'interval hour to minute': finer parts are truncated
            res, second = step, 1
        return Axis(res=Fraction(res), tmin=-(10**17) // res, tmax=10**17 // res,
                    window=(max(60 * US // res, 1), 30 * DAY_US // res), start=max(60 * US // res, 1),
                    grid=second, delta=(0, 7 * DAY_US // res), natural=duration_us,
                    to_values=partial(_to_durations, res), temporal=True)
    raise ValueError(f"not a temporal kind: {kind}")


# ---------------------------------------------------------------------------- text form


def _civil(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Days since 1970-01-01 -> (year, month, day), proleptic Gregorian (H. Hinnant's algorithm)."""
    z = days + 719_468
    era = np.floor_divide(z, 146_097)
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = np.where(mp < 10, mp + 3, mp - 9)
    y = yoe + era * 400 + (m <= 2)
    return y, m, d


def _clock(matrix: np.ndarray, col: int, us_of_day: np.ndarray, fraction: bool) -> int:
    """Write ``HH:MM:SS[.ffffff]`` at ``col``; returns the next free column."""
    secs, frac = np.divmod(us_of_day, US)
    hh, rest = np.divmod(secs, 3600)
    mm, ss = np.divmod(rest, 60)
    put_digits(matrix, col, hh, 2)
    matrix[:, col + 2] = ord(":")
    put_digits(matrix, col + 3, mm, 2)
    matrix[:, col + 5] = ord(":")
    put_digits(matrix, col + 6, ss, 2)
    col += 8
    if fraction:
        matrix[:, col] = ord(".")
        put_digits(matrix, col + 1, frac, 6)
        col += 7
    return col


def _zone(matrix: np.ndarray, col: int) -> None:
    matrix[:, col:col + 3] = np.frombuffer(b"+00", dtype=np.uint8)


def _calendar(matrix: np.ndarray, days: np.ndarray) -> None:
    """Write ``YYYY-MM-DD`` (days since 1970-01-01, years 1..9999) in the first 10 columns."""
    y, m, d = _civil(days)
    put_digits(matrix, 0, y, 4)
    matrix[:, 4] = ord("-")
    put_digits(matrix, 5, m, 2)
    matrix[:, 7] = ord("-")
    put_digits(matrix, 8, d, 2)


def date_literals(values: np.ndarray) -> list[str]:
    """``YYYY-MM-DD`` for datetime64 dates."""
    days = values.astype("M8[D]").astype(np.int64)
    out = np.empty((len(days), 10), dtype=np.uint8)
    _calendar(out, days)
    return ascii_rows(out)


def timestamp_literals(values: np.ndarray, *, tz: bool) -> list[str]:
    """``YYYY-MM-DD HH:MM:SS[.ffffff][+00]`` for datetime64 values of years 1..9999."""
    us = values.astype("M8[us]").astype(np.int64)
    days, rest = np.divmod(us, DAY_US)
    fraction = bool((rest % US).any())
    width = 19 + (7 if fraction else 0) + (3 if tz else 0)
    out = np.empty((len(us), width), dtype=np.uint8)
    _calendar(out, days)
    out[:, 10] = ord(" ")
    col = _clock(out, 11, rest, fraction)
    if tz:
        _zone(out, col)
    return ascii_rows(out)


def time_literals(values: np.ndarray, *, tz: bool) -> list[str]:
    """``HH:MM:SS[.ffffff][+00]`` for timedelta64 times of day."""
    us = values.astype("m8[us]").astype(np.int64) % DAY_US
    fraction = bool((us % US).any())
    out = np.empty((len(us), 8 + (7 if fraction else 0) + (3 if tz else 0)), dtype=np.uint8)
    col = _clock(out, 0, us, fraction)
    if tz:
        _zone(out, col)
    return ascii_rows(out)


def interval_literals(values: np.ndarray) -> list[str]:
    """``N days HH:MM:SS[.ffffff]`` (both parts negated for a negative interval)."""
    us = values.astype("m8[us]").astype(np.int64)
    negative = us < 0
    days, rest = np.divmod(np.abs(us), DAY_US)
    clock = np.empty((len(us), 15), dtype=np.uint8)
    end = _clock(clock, 0, rest, bool((rest % US).any()))
    clocks = ascii_rows(clock[:, :end])
    if not negative.any():
        return [f"{d} days {c}" if d else c for d, c in zip(days.tolist(), clocks, strict=True)]
    return [(f"-{d} days -{c}" if d else f"-{c}") if neg else (f"{d} days {c}" if d else c)
            for d, c, neg in zip(days.tolist(), clocks, negative.tolist(), strict=True)]


def literals(ctype: ColumnType, values: np.ndarray) -> list[str]:
    """Text input form of temporal values of ``ctype``."""
    kind = ctype.kind
    if kind is TypeKind.DATE:
        return date_literals(values)
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        return timestamp_literals(values, tz=kind is TypeKind.TIMESTAMPTZ)
    if kind in (TypeKind.TIME, TypeKind.TIMETZ):
        return time_literals(values, tz=kind is TypeKind.TIMETZ)
    if kind is TypeKind.INTERVAL:
        return interval_literals(values)
    raise ValueError(f"not a temporal kind: {kind}")
