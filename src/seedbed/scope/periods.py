"""Periods of the calendar as people say them (brief s30 of session 14): "dated across Q1 2025", "Q4 FY24",
"Q2-Q3 2025", "Jan-Mar 2025", "March to May 2025", "from 1 to 15 October 2025 (inclusive)", "between 1 Jan 2023 and
the end of June 2024", "from the start of 2025 until the end of May 2025", "early / mid / late 2024", "H1 2026
(January through June)".

``said_periods`` (run by ``lexicon.normalise`` before ``spans.typed_spans``) spells each such period, or a range of
two, as the one form the rules read for days: "D1-D2", both days included (``spans.date_span``). What the older rules
already read as typed is left as typed: a year, a month of a year, "Q1 2025" after "in", "between 2010 and 2024",
"from March to June 2025" (their plans say them by name).

Decisions written down here (the README says them too):

- a fiscal year is the calendar year ("Q4 FY24" is October to December 2024; "FY2025" is 2025) unless the
  request says otherwise (no other reading is made);
- "early", "mid" and "late" a year are its thirds (January-April, May-August, September-December), as "early 30s"
  is the first third of a decade (``measures``);
- "the start / beginning of" a period is its first day, "the end of" its last; "middle of" is its middle third;
- the end of a range is included whatever joins the two ("to", "-", "through", "until", "and"), and the words that
  say so ("inclusive", "(both inclusive)", "(both years inclusive)", "both included") say nothing more;
- a range whose start has no year takes the end's ("Jan-Mar 2025", "1 Jan and 31 Mar 2025"; "Nov-Feb 2025" starts
  in November 2024); a start that is a day alone takes the end's month too ("from 1 to 15 October 2025");
- a period said again in brackets right after one ("H1 2026 (January through June)") is the same period: dropped.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["glued", "said_periods"]

_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
        r"|nov(?:ember)?|dec(?:ember)?)\.?")
_Y = r"(?:19|20)\d\d"
_YR = rf"(?:{_Y}|fy ?(?:{_Y}|\d\d))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ISO = r"(?:19|20)\d\d-[01]\d-[0-3]\d"
_NTH = r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
#: One period, most specific first (no groups: the pattern is used for both ends of a range).
_BASE = (rf"(?:{_ISO}|{_DAY} (?:of )?{_MON}(?:,? {_YR})?|{_MON} {_DAY}(?:,? {_YR})?(?![\w-])"
         rf"|q[1-4](?: (?:of )?{_YR})?|{_YR} q[1-4]|h[12](?: (?:of )?{_YR})?|{_YR} h[12]"
         rf"|(?:the )?(?:first|second|1st|2nd) half(?: of|,)?(?: {_YR})?|(?:the )?{_NTH} quarter(?: of|,)?(?: {_YR})?"
         rf"|(?:early|mid|late)[- ](?:{_YR}|{_MON}(?: {_YR})?)|{_MON}(?: (?:of )?{_YR})?|{_YR}|{_DAY})")
_POINT = rf"(?:(?:the )?(?:start|beginning|end|middle) of (?:the )?(?:year )?)?{_BASE}"
_PREP = r"(?:from|between|in|during|across|over|throughout|within|for)"
_JOIN = r"(?: ?- ?| to | through | thru | until | till | up to | up until | and )"
_INCL = r"(?: \(?(?:both )?(?:[a-z]+ )?(?:inclusive|included|incl\.?)\)?| \((?:both )?(?:[a-z]+ )?(?:inclusive|included)\))?"
_RANGE = re.compile(rf"(?<![\w/-])(?:(?P<prep>{_PREP}) (?:the )?)?(?P<a>{_POINT}){_JOIN}(?P<b>{_POINT})(?![\w/-]){_INCL}")
_SINGLE = re.compile(rf"(?<![\w/-])(?:(?P<prep>{_PREP}) (?:the )?)?(?P<a>{_POINT})(?![\w/-]){_INCL}")
_AGAIN = re.compile(rf"(?<![\w-])(?P<p>{_POINT}) ?\((?P<a>{_POINT}){_JOIN}(?P<b>{_POINT})\)")
#: "Q1 2026 - 150 of them": a dash after a period of a year, then a number, starts another clause.
_DASH = re.compile(rf"(?<![\w-])(?P<p>(?:q[1-4]|h[12]|{_MON}) {_Y}) - (?=\d)")
_SAID_INCLUDED = re.compile(r"(?<=\d)(?: \((?:both )?(?:[a-z]+ )?(?:inclusive|included|incl\.?)\)"
                            r"| (?:both )?(?:years |dates |days |months |ends )?(?:inclusive|included))(?![\w-])")
#: An open end: "until the end of June 2024", "through June 2024", "by the end of 2024"; an open start: "since the
#: start of 2025" (after "until", "by", "before" only with "the end of": "before June 2024" is read as typed).
_UNTIL = re.compile(rf"(?<![\w-])(?P<w>until|till|through|thru|by|up to|up until|before|no later than) "
                    rf"(?P<p>(?:the end of (?:the )?(?:year )?)?{_BASE})(?![\w-])")
_SINCE = re.compile(rf"(?<![\w-])(?:since|from|starting|starting from) (?:the )?(?:start|beginning) of (?:the )?(?:year )?"
                    rf"(?P<p>{_BASE})(?![\w-])")
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

Span = tuple[date, date]


def _year(text: str) -> int | None:
    m = re.search(rf"\bfy ?({_Y}|\d\d)\b|\b({_Y})\b", text)
    if not m:
        return None
    y = m.group(1) or m.group(2)
    return int(y) if len(y) == 4 else 2000 + int(y)


def _month(text: str) -> int | None:
    m = re.search(rf"\b({_MON})(?![\w-])", text)
    return _MONTHS.index(m.group(1)[:3]) + 1 if m else None


def _last(y: int, month: int) -> date:
    return date(y, month, calendar.monthrange(y, month)[1])


def _months(y: int, first: int, last: int) -> Span:
    return date(y, first, 1), _last(y, last)


def _base(text: str, year: int | None, month: int | None) -> tuple[Span, str] | None:
    """The days of one period (``year`` / ``month``: those of the other end, for what this one leaves unsaid) and
    its kind: day, month, quarter, half, third, year."""
    t = re.sub(r"^the ", "", text)
    if re.fullmatch(_ISO, t):
        d = date.fromisoformat(t)
        return (d, d), "day"
    y = _year(t) or year
    if y is None:
        return None
    q = re.search(r"\bq([1-4])\b", t) or re.search(rf"\b({_NTH}) quarter\b", t)
    if q:
        n = int(q.group(1)) if q.group(1).isdigit() else "first second third fourth".split().index(
            {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "last": "fourth"}.get(q.group(1), q.group(1))) + 1
        return _months(y, 3 * n - 2, 3 * n), "quarter"
    h = re.search(r"\bh([12])\b", t) or re.search(r"\b(first|second|1st|2nd) half\b", t)
    if h:
        n = 1 if h.group(1) in ("1", "first", "1st") else 2
        return _months(y, 6 * n - 5, 6 * n), "half"
    third = re.match(r"(early|mid|late)[- ]", t)
    mon = _month(t)
    if third:
        i = ("early", "mid", "late").index(third.group(1))
        if mon is None:
            return _months(y, 4 * i + 1, 4 * i + 4), "third"
        last = _last(y, mon).day  # "early June": days 1-10, "mid June" 11-20, "late June" 21 to the end
        return (date(y, mon, 10 * i + 1), date(y, mon, last if i == 2 else 10 * i + 10)), "third"
    day = re.search(r"(?<![\d-])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d-])", re.sub(_Y, "", t))
    mon = mon or (month if day else None)
    if mon is not None and day is not None:
        try:
            d = date(y, mon, int(day.group(1)))
        except ValueError:
            return None
        return (d, d), "day"
    if mon is not None:
        return _months(y, mon, mon), "month"
    if day is not None:
        return None
    return _months(y, 1, 12), "year"


def _point(text: str, year: int | None = None, month: int | None = None) -> tuple[Span, str] | None:
    """A period with its edge ("the end of June 2024": 30 June; "the middle of 2025": its middle third)."""
    edge = re.match(r"(?:the )?(start|beginning|end|middle) of (?:the )?(?:year )?", text)
    got = _base(text[edge.end():] if edge else text, year, month)
    if got is None or edge is None:
        return got
    (first, last), kind = got
    if edge.group(1) == "middle":
        days = (last - first).days + 1
        return (date.fromordinal(first.toordinal() + days // 3), date.fromordinal(first.toordinal() + 2 * days // 3 - 1)), kind
    return ((last, last) if edge.group(1) == "end" else (first, first)), "day"


def _plain(text: str) -> bool:
    """A year alone or a month (of a year) alone: what the older rules read as typed."""
    return re.fullmatch(rf"(?:{_Y}|{_MON}(?: (?:of )?{_Y})?)", text) is not None


def _range(m: re.Match[str]) -> str:
    a, b, prep = m.group("a"), m.group("b"), m.group("prep") or ""
    join = m.group(0)[m.end("a") - m.start(0):m.start("b") - m.start(0)].strip()
    if join == "and" and prep != "between":
        return m.group(0)
    if _plain(a) and _plain(b) and (prep in ("from", "between") or re.fullmatch(_Y, a) and re.fullmatch(_Y, b)):
        return m.group(0)  # "between 2010 and 2024", "from March to June 2025": read as typed (year columns too)
    if re.fullmatch(_DAY, a) and re.fullmatch(_DAY, b):
        return m.group(0)
    end = _point(b, _year(a))
    if end is None:
        return m.group(0)
    (_, last), kind_b = end
    start = _point(a, last.year, last.month if kind_b == "day" and re.fullmatch(_DAY, a) else None)
    if start is None:
        return m.group(0)
    (first, _), kind_a = start
    if _year(a) is None and first > last and kind_a == "month":  # "Nov-Feb 2025": from the November before
        first = first.replace(year=first.year - 1)
    if kind_a == "day" and _year(a) is None and re.fullmatch(_DAY, a) is None and _month(a) is None:
        return m.group(0)
    if first > last or not any(c.isalpha() for c in a + b) and "-" not in a:
        return m.group(0)
    lead = f"{prep} " if prep in ("in", "during", "from", "between", "within", "throughout") else ""
    return f"{lead}{first.isoformat()}-{last.isoformat()}"


def _single(m: re.Match[str]) -> str:
    a, prep = m.group("a"), m.group("prep") or ""
    if _plain(a) or re.fullmatch(rf"{_DAY}|{_ISO}", a) or _year(a) is None:
        return m.group(0)
    if re.fullmatch(rf"q[1-4](?: (?:of )?{_Y})?|(?:the )?{_NTH} quarter(?: of)? {_Y}", a) and prep in ("in", "during", "for", "from", ""):
        return m.group(0)  # "in Q1 2025": read as typed (plans say "Q1 2025")
    if re.fullmatch(rf"(?:the )?(?:first|second|1st|2nd) half(?: of)? {_Y}|h[12] {_Y}", a) and prep in ("in", "during", ""):
        return m.group(0)  # read as typed ("from january to june 2025")
    got = _point(a)
    if got is None or got[1] == "day":
        return m.group(0)  # "5 March 2025", "the end of June 2024" alone: a day (``spans``, the rules of "after")
    (first, last), _ = got
    lead = f"{prep} " if prep in ("in", "during", "from", "within", "throughout") else ""
    return f"{lead}{first.isoformat()}-{last.isoformat()}"


_COMMA_YEAR = re.compile(rf"(?i)\b((?:quarter|half|q[1-4]|h[12]|{_MON})),\s+((?:19|20)\d\d|fy ?\d\d)\b")


def glued(text: str) -> str:
    """"the first quarter, 2025", "March, 2024": a period and its year, which a comma must not cut into clauses."""
    return _COMMA_YEAR.sub(r"\1 \2", text)


def said_periods(s: str) -> str:
    """``s`` (lower case) with its periods spelled as "D1-D2" (see the module docstring)."""
    # "H1 2026 (January through June)": the same period said again in brackets
    s = _AGAIN.sub(lambda m: m.group("p") if _same(m) else m.group(0), s)
    s = _DASH.sub(r"\g<p>, ", s)
    s = _RANGE.sub(_range, s)
    s = _UNTIL.sub(lambda m: _until(m, s), s)
    s = _SINCE.sub(_since, s)
    s = _SINGLE.sub(_single, s)
    # "between 2010 and 2024 (both years inclusive)": the end is included whatever joins them; the words say no more
    return _SAID_INCLUDED.sub("", s)


def _until(m: re.Match[str], s: str) -> str:
    """"until the end of June 2024", "through June 2024": before the month (or year) after, as the rules read it."""
    said, word = m.group("p"), m.group("w")
    if not said.startswith("the end of") and word not in ("through", "thru") or re.fullmatch(_DAY, said):
        return m.group(0)
    if re.search(rf"(?:{_BASE}) ?$", s[:m.start()]):  # "2018 through 2024": a range (read by the rules of ranges)
        return m.group(0)
    got = _point(said)
    if got is None:
        return m.group(0)
    nxt = date.fromordinal(got[0][1].toordinal() + 1)
    if nxt.day != 1:
        return m.group(0)
    return f"before {nxt.year}" if nxt.month == 1 else f"before {_NAMES[nxt.month - 1]} {nxt.year}"


def _since(m: re.Match[str]) -> str:
    """"since the start of 2025", "from the beginning of March 2024": since that month (or year)."""
    got = _point(m.group("p"))
    if got is None or got[0][0].day != 1:
        return m.group(0)
    first = got[0][0]
    return f"since {first.year}" if first.month == 1 else f"since {_NAMES[first.month - 1]} {first.year}"


def _same(m: re.Match[str]) -> bool:
    said = _point(m.group("p"))
    if said is None or _year(m.group("a")) or _year(m.group("b")):
        return False
    (first, last), _ = said
    a, b = _point(m.group("a"), first.year), _point(m.group("b"), last.year)
    return a is not None and b is not None and a[0][0] == first and b[0][1] == last
