"""The time words of the scope language: windows ("in 2024", "the last 12 months", "since March
2025", "after 2024") and a row's time after its parent's ("payments after the order dates").

Builders for ``seedbed.scope.rules``: each turns a rule's match into ``Window`` / ``TimeAfter``
items, relative to the fixed reference "now" (``seedbed.generate.streams.REFERENCE_NOW``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from seedbed.generate.streams import REFERENCE_NOW
from seedbed.scope.lexicon import MONTHS, PARTICIPLES, PHRASAL_COLUMN, TIME_UNITS
from seedbed.planning.spans import AHEAD, SPAN_START
from seedbed.scope.model import Item, TimeAfter, Unsupported, Window
from seedbed.scope.parse import Build, Context

__all__ = ["time_relation", "time_relation_row", "window_after", "window_before", "window_last", "window_months", "window_next",
           "window_ago", "window_period", "window_quarter", "window_since", "window_year", "of_subject"]

_WHEN_WORDS = frozenset("distributed spaced scattered spread generated seeded inserted populated filled dated based".split())


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime) and (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
        return value.date().isoformat()
    return value.isoformat()


def _minus(now: datetime, n: int, unit: str) -> datetime:
    unit = unit.rstrip("s")
    if unit == "hour":
        return now - timedelta(hours=n)
    days, months = TIME_UNITS[unit]
    if months:
        total = now.year * 12 + (now.month - 1) - n * months
        year, month = divmod(total, 12)
        day = min(now.day, calendar.monthrange(year, month + 1)[1])
        return now.replace(year=year, month=month + 1, day=day)
    return now - timedelta(days=n * days)


def _where(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(table, column hint) of a time phrase; "created" is a column hint, "orders" a table."""
    table, col = _g(m, "t"), _g(m, "col")
    hint = re.compile(rf"[a-z]+ed|{PARTICIPLES}|[a-z]{{3,}}ing|[a-z_]+_(?:at|on|date|time)|{PHRASAL_COLUMN}"
                      r"|dates|timestamps|times")
    if table and not col and hint.fullmatch(table):
        table, col = None, table
    if col in _WHEN_WORDS and col != "dated":  # "dated": the table's date (``windows``)
        col = None
    if col in ("dates", "timestamps", "times"):
        col = None
    return table, col


def window_last(m: re.Match[str], ctx: Context) -> list[Item]:
    n = int(m.group("n") or 1)
    unit = m.group("unit")
    start = _minus(REFERENCE_NOW, n, unit)
    table, col = _where(m)
    label = f"last {n} {unit}" if m.group("n") else f"last {unit}"
    return [Window(phrase=ctx.phrase, table=table, column=col, start=_iso(start), end=_iso(REFERENCE_NOW), label=label)]


def _period_start(now: datetime, unit: str) -> date:
    """The first day of the calendar ``unit`` (week from Monday, month, quarter, year) holding ``now``."""
    today = now.date()
    if unit == "week":
        return today - timedelta(days=today.weekday())
    if unit == "year":
        return date(today.year, 1, 1)
    months = TIME_UNITS[unit][1]
    return date(today.year, (today.month - 1) // months * months + 1, 1)


def _plus(day: date, n: int, unit: str) -> date:
    days, months = TIME_UNITS[unit]
    if months:
        year, month = divmod(day.year * 12 + day.month - 1 + n * months, 12)
        return date(year, month + 1, 1)
    return day + timedelta(days=n * days)


#: Words of a moment that may lie after "now": a deadline, an expiry, a planned start.
_AHEAD_WORDS = AHEAD | SPAN_START | frozenset("scheduled planned starting expiring check_in".split())


def _ahead(col: str | None) -> bool:
    """Whether a column hint is a moment that may come after "now" ("expiring", "due", "check_in")."""
    words = (col or "").replace(" ", "_").split("_")
    return any(w in _AHEAD_WORDS or (len(w) >= 5 and any(len(a) >= 5 and w[:5] == a[:5] for a in _AHEAD_WORDS))
               for w in words) or col in _AHEAD_WORDS


def window_period(m: re.Match[str], ctx: Context) -> list[Item]:
    """"expiring next month", "checking in this quarter": a calendar period (weeks from Monday) from the
    one holding "now" (``REFERENCE_NOW``), whole for a moment that may lie ahead (a deadline, a planned
    start). For a moment of the past, "this year" is up to "now" and "next month" nothing: quoted back
    when that is empty (as it is for "this year" at seedbed's reference "now", 1 January)."""
    unit = m.group("unit")
    shift = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}[m.group("which")]
    start = _plus(_period_start(REFERENCE_NOW, unit), shift, unit)
    end = _plus(start, 1, unit)
    table, col = _where(m)
    label = f"{m.group('which')} {unit}"
    if not _ahead(col):
        if start >= REFERENCE_NOW.date():
            return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                                reason=f"'{label}' holds no past moment: \"now\" is seedbed's fixed reference "
                                       f"{REFERENCE_NOW.date().isoformat()}; say a year or 'the last 3 months'")]
        return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=_iso(REFERENCE_NOW),
                       label=label)]
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=end.isoformat(), label=label)]


def window_next(m: re.Match[str], ctx: Context) -> list[Item]:
    """"due in the next 30 days", "over the coming 2 weeks": from "now" on, that long."""
    n, unit = int(m.group("n") or 1), m.group("unit").rstrip("s")
    start = REFERENCE_NOW.date()
    end = start + timedelta(hours=n) if unit == "hour" else _plus(start, n, unit)
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=_iso(REFERENCE_NOW), end=end.isoformat(),
                   label=f"next {n} {unit}")]


def window_ago(m: re.Match[str], ctx: Context) -> list[Item]:
    """"hired more than 10 years ago" (until then), "less than 3 days ago" (since then), "2 weeks ago"
    (that week): a moment that far before "now"."""
    n = 1 if m.group("n") in (None, "a", "an", "one") else int(m.group("n"))
    unit = m.group("unit").rstrip("s")
    point = _minus(REFERENCE_NOW, n, unit)
    table, col = _where(m)
    bound = _g(m, "b") or ""
    label = f"{bound} {n} {unit} ago".strip()
    if bound in ("more than", "over", "at least", "longer than"):
        start, end = "", _iso(point)
    elif bound in ("less than", "under", "within", "at most", "up to"):
        start, end = _iso(point), _iso(REFERENCE_NOW)
    else:
        start, end = _iso(_minus(REFERENCE_NOW, n + 1, unit)), _iso(point)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start, end=end, label=label)]


def _month(name: str | None) -> int:
    return MONTHS.index(name) + 1 if name else 1


def _year_of(m: re.Match[str]) -> int:
    """The year said, else the year of the latest start of the month said before "now" ("since March")."""
    if _g(m, "y"):
        return int(m.group("y"))
    month = _month(_g(m, "month"))
    now = REFERENCE_NOW.date()
    return now.year if date(now.year, month, 1) < now else now.year - 1


def window_year(m: re.Match[str], ctx: Context) -> list[Item]:
    y = _year_of(m)
    m1 = _g(m, "month")
    start = date(y, _month(m1), 1)
    y2 = int(_g(m, "y2") or y)
    m2 = _g(m, "month2") or (m1 if not _g(m, "y2") else None)
    if m2:
        end = date(y2 + (_month(m2) == 12), _month(m2) % 12 + 1, 1)
    else:
        end = date(y2 + 1, 1, 1)
    if end <= start:
        return None  # type: ignore[return-value]
    table, col = _where(m)
    label = " ".join(x for x in (m1, str(y)) if x)
    if _g(m, "y2") or _g(m, "month2"):
        label += " to " + " ".join(x for x in (m2, str(y2)) if x)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=end.isoformat(),
                   label=label)]


def window_months(m: re.Match[str], ctx: Context) -> list[Item]:
    y2 = int(m.group("y2"))
    y = int(_g(m, "y") or y2)
    start = date(y, _month(m.group("month")), 1)
    m2 = _month(m.group("month2"))
    end = date(y2 + (m2 == 12), m2 % 12 + 1, 1)
    if end <= start:
        return None  # type: ignore[return-value]
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=end.isoformat(),
                   label=f"{m.group('month')} {y} to {m.group('month2')} {y2}")]


def window_before(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"registered before 2024": everything until that year (or month) began; no start."""
    y, month = int(m.group("y")), _g(m, "month")
    end = date(y, _month(month), 1)
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start="", end=end.isoformat(),
                   label=f"before {' '.join(x for x in (month, str(y)) if x)}")]


def window_after(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"placed after 2024": from the first day after that year (or month) until now."""
    y, month = int(m.group("y")), _g(m, "month")
    start = date(y + 1, 1, 1) if month is None else date(y + (_month(month) == 12), _month(month) % 12 + 1, 1)
    if datetime(start.year, start.month, start.day) >= REFERENCE_NOW.replace(tzinfo=None):
        return None
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=_iso(REFERENCE_NOW),
                   label=f"after {' '.join(x for x in (month, str(y)) if x)}")]


def window_quarter(m: re.Match[str], ctx: Context) -> list[Item]:
    """"orders in Q1 2025": the three months of that quarter; "in Q4" without a year: the latest
    one that began before "now" (as "in June")."""
    q = int(m.group("q"))
    y = int(_g(m, "y") or (REFERENCE_NOW.year if date(REFERENCE_NOW.year, 3 * q - 2, 1) < REFERENCE_NOW.date()
                           else REFERENCE_NOW.year - 1))
    start, end = date(y, 3 * q - 2, 1), date(y + (q == 4), (3 * q) % 12 + 1, 1)
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=end.isoformat(),
                   label=f"Q{q} {y}")]


def window_since(m: re.Match[str], ctx: Context) -> list[Item]:
    start = date(_year_of(m), _month(_g(m, "month")), 1)
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(), end=_iso(REFERENCE_NOW),
                   label=f"since {start.isoformat()}")]


_GENERIC_STAMPS = frozenset(("timestamp", "timestamps", "date", "dates", "time", "times", "dated"))


def _names_column(said: str | None, ctx: Context) -> bool:
    from seedbed.scope.flagwords import stem

    words = (said or "").replace(" ", "_").split("_")
    return ctx.ground.is_column(said or "") or any(stem(w) in ctx.ground.column_stems for w in words if w)


def of_subject(build: Build) -> Build:
    """"Invoices: 250, dated across Q1 2025", "1000 incidents, all received during Jan 2025": a clause that starts
    with the verb of a time is about the rows said before it (not every table with such a time)."""
    def built(m: re.Match[str], ctx: Context) -> Iterable[Item] | None:
        items = build(m, ctx)
        if items is None:
            return items
        table = ctx.subject if m.start() == 0 else None
        if not table:
            return items
        if ctx.ground is not None and any(isinstance(i, Window) and i.column != "dated" and _names_column(i.column, ctx)
                                          for i in items):
            return items  # "300 orders, shipped in 2024": the verb names a column (of any table): read as before
        return [replace(i, table=table) if isinstance(i, Window) and i.table is None and i.column else i
                for i in items]
    return built


def time_relation_row(m: re.Match[str], ctx: Context) -> list[Item]:
    """"payments after the order dates": the table's rows (the moment they came to be) after the parent's."""
    table = m.group("t")
    if re.fullmatch(r"(?:timestamps?|dates?|times?|[a-z_]+_(?:at|on|date|time))", table) or (
            ctx.ground is not None and not ctx.ground.is_table(table)):
        return None
    if m.group("rel") in ("before", "earlier than", "preceding"):
        return time_relation(m, ctx)
    return [TimeAfter(phrase=ctx.phrase, table=m.group("t"), parent=m.group("other"), column=None)]


def time_relation(m: re.Match[str], ctx: Context) -> list[Item]:
    if m.group("rel") in ("before", "earlier than", "preceding"):
        return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                            reason="a row's times before its parent's is not applied: children follow their parents")]
    stamp = m.group("stamp")
    return [TimeAfter(phrase=ctx.phrase, table=_g(m, "t") or ctx.subject, parent=m.group("other"),
                      column=None if stamp in _GENERIC_STAMPS else stamp)]


def time_relation_verb(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"comments posted after the issue was opened", "payments made after their orders": the table's
    time the verb names (``posted_at``; a word for "came to be": the moment its rows came to be) after
    the parent row's, with a schema only (both must be tables)."""
    g = ctx.ground
    if g is None or not g.is_table(m.group("t")) or not g.is_table(m.group("other")):
        return None
    if m.group("rel") in ("before", "earlier than", "preceding"):
        return time_relation(m, ctx)
    stamp = m.group("stamp")
    return [TimeAfter(phrase=ctx.phrase, table=m.group("t"), parent=m.group("other"),
                      column=None if stamp in _GENERIC_STAMPS | _WHEN_WORDS else stamp)]
