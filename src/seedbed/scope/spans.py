"""Ranges as people type them (brief s25 of session 11): "hired_on 2015-01-01..2024-12-31", "visits scheduled between
2024-03-01 and 2024-08-31", "purchased from 2019-06-01 up to 2024-05-31", "approved 2024-09-01 - 2024-12-31",
"restocked March 1, 2025 until April 15, 2025", "20 until 30 visits", "from 45 up to 480".

``typed_spans`` (run first by ``lexicon.normalise``) spells every such range one way: a calendar date as ISO
("March 1, 2025", "1 march 2025", "2025/03/01" -> "2025-03-01"), two dates joined by any of the words or marks
people put between them as "D1-D2" (as the number rules join a range), and two numbers joined by "until", "till",
"through" or "up to" after "from" as "a to b" (which the number rules read as every other range), a unit said on
both ends once after them ("120 EUR until 300 EUR": "120 to 300 eur"). The rule
``date_span`` reads "D1-D2" after its table, column or verb ("requested", "joined_on") as a time window whose
end day is included: ``[D1, D2 + 1 day)``, as the other windows say it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from seedbed.scope.model import Item, Window

__all__ = ["DATE_SPAN", "YEAR_SPAN", "date_span", "typed_spans", "year_span"]

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH = r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?" \
         r"|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<{}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"
#: "March 1, 2025", "mar 1st 2025", "1 March 2025", "1st of march, 2025", "2025/03/01", "2025-3-1".
_CALENDAR = re.compile(
    rf"(?i)\b(?:{_MONTH.format('m1')} {_DAY.format('d1')},? {_YEAR.format('y1')}"
    rf"|{_DAY.format('d2')} (?:of )?{_MONTH.format('m2')},? {_YEAR.format('y2')}"
    rf"|{_YEAR.format('y3')}[/-](?P<m3>1[0-2]|0?[1-9])[/-](?P<d3>[12]\d|3[01]|0?[1-9]))\b(?![/-]?\d|:)")
_ISO = r"(?:19|20)\d\d-[01]\d-[0-3]\d"
#: Two ISO dates and what people put between them ("..", "-", "to", "until", "and" after "between", "up to").
_JOIN = r"\s*(?:\.\.\.?|-|/|\bto\b|\btill\b|\buntil\b|\bthrough\b|\bthru\b|\bup to\b|(?<=(?P<bw>between) (?P=a)) and\b)\s*"
_DATES = re.compile(rf"(?i)(?<![\w-])(?P<a>{_ISO})(?:T[\d:]+)?{_JOIN}(?P<b>{_ISO})(?:T[\d:]+)?(?![\w-])")
#: "20 until 30 visits", "from 45 up to 480": a range of numbers said with a word other than "to".
_NUMBERS = re.compile(r"(?i)(?<![\w.-])(?P<a>\d+(?:\.\d+)?)(?P<u> [a-z]{1,12})? (?:until|till|til|through|thru|to|-) "
                      r"(?P<b>\d+(?:\.\d+)?)(?P<v> [a-z]{1,12})?(?![\w-])")
_FROM_UP_TO = re.compile(r"(?i)\bfrom (?P<a>\d+(?:\.\d+)?)(?P<u> [a-z]+)? up to (?P<b>\d+(?:\.\d+)?)(?![\w-])")
#: Two years after a verb or a column of time, with no preposition ("balloons bought 2019-2021").
YEAR_SPAN = r"(?P<y>(?:19|20)\d\d)-(?P<y2>(?:19|20)\d\d)(?![\w-])"
#: A date range as the rules read it ("D1-D2": the number rules join any range with a hyphen).
DATE_SPAN = rf"(?P<d1>{_ISO})-(?P<d2>{_ISO})"


def _iso(m: re.Match[str]) -> str:
    """The ISO spelling of a calendar date said in words or with slashes (the match as said when no such day)."""
    for n in "123":
        if m.group("y" + n):
            month = m.group("m" + n)
            month_no = int(month) if month.isdigit() else next(
                i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(month.lower().rstrip(".")[:3]))
            try:
                return date(int(m.group("y" + n)), month_no, int(m.group("d" + n))).isoformat()
            except ValueError:  # "February 30, 2025": no such day; left as said (the rules quote it back)
                return m.group(0)
    return m.group(0)


def typed_spans(text: str) -> str:
    """``text`` with its typed ranges spelled one way (see the module docstring)."""
    s = _CALENDAR.sub(_iso, text)
    s = _DATES.sub(lambda m: f"{m.group('a')}-{m.group('b')}" if m.group("a") <= m.group("b") else m.group(0), s)
    s = _FROM_UP_TO.sub(lambda m: f"from {m.group('a')} to {m.group('b')}{m.group('u') or ''}"
                        if m.group("u") else f"from {m.group('a')} to {m.group('b')}", s)
    return _NUMBERS.sub(_numbers, s)


def _numbers(m: re.Match[str]) -> str:
    """"20 until 30": "20 to 30"; "120 EUR until 300 EUR": "120 to 300 eur" (a unit said twice is said once after)."""
    u, v = m.group("u"), m.group("v")
    if u is None and re.fullmatch(r"(?i)(?<![\w.-])\S+ (?:to|-) \S+(?: [a-z]+)?", m.group(0)):
        return m.group(0)  # "20 to 30", "20 - 30": the number rules read them as typed
    if u is not None and (v is None or u.lower() != v.lower()):
        return m.group(0)  # "3 orders to 5 customers": no range of one thing
    return f"{m.group('a')} to {m.group('b')}{v or ''}"


def date_span(m: re.Match[str], ctx) -> list[Item]:  # noqa: ANN001 (a parse.Context; parse imports the rules)
    """"D1-D2" after its table, column or verb: the days from D1 to D2, both included."""
    from seedbed.scope.timewords import _where

    try:
        start, last = date.fromisoformat(m.group("d1")), date.fromisoformat(m.group("d2"))
    except ValueError:  # "2025-02-30": no such day (left unread: the words are quoted back)
        return None  # type: ignore[return-value]
    table, col = _where(m)
    return [Window(phrase=ctx.phrase, table=table, column=col, start=start.isoformat(),
                   end=(last + timedelta(days=1)).isoformat(), label=f"{start.isoformat()} to {last.isoformat()}")]


def year_span(m: re.Match[str], ctx) -> list[Item] | None:  # noqa: ANN001 (a parse.Context)
    """"bought 2019-2021", "hired_on 2015-2020": the years from the first to the last, both included; only after
    the verb or the column it narrows (two years alone may be a range of a number column)."""
    from seedbed.scope.timewords import _where

    table, col = _where(m)
    first, last = int(m.group("y")), int(m.group("y2"))
    if col is None or last < first:
        return None
    return [Window(phrase=ctx.phrase, table=table, column=col, start=date(first, 1, 1).isoformat(),
                   end=date(last + 1, 1, 1).isoformat(), label=f"{first} to {last}")]
