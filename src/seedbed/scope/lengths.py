"""The rules of lengths, ages and clock words (issue 11, brief s9); what they mean is
``seedbed.scope.durations``.

- "treatments of 60 minutes", "appointments lasting under an hour", "stays of 3 nights or more": a
  ``Range`` of the unit's word (after the range rules, before the counts);
- "owners aged 18 to 30", "older than 65", "guests over 60" (a table with a birth date), "65 or older":
  an ``Age`` (before the ranges: "aged 18-30" is no column named aged);
- "on weekends", "during business hours", "in the evenings", "over Christmas": understood, not applied,
  quoted back (seedbed spreads times over every day and hour).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.durations import UNIT, UNITS
from seedbed.scope.measures import UNITS as MEASURES  # "no heavier than 120 kg" is no age
from seedbed.scope.model import Age, Item, Range, Unsupported
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import INT, NOUN, NUM, _g

__all__ = ["age_rules", "clock_rules", "duration_rules"]


def _duration(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """A length in a time unit, as a range of the unit's word ("of 60 minutes", "under an hour")."""
    if ctx.ground is None:
        return None  # without a schema the older readings stand
    t = _g(m, "t")
    if t is not None and not ctx.ground.is_table(t):
        return None
    lo = m.group("lo")
    n = 1.0 if lo in ("a", "an", "one") else float(lo)
    hi = float(m.group("hi")) if _g(m, "hi") else None
    b, more = _g(m, "b") or "", _g(m, "more") or ""
    if hi is not None:
        low, high = n, hi
    elif b in ("at most", "under", "below", "up to", "less than", "max", "maximum", "no more than") \
            or more in ("or less", "or shorter", "or under", "or fewer", "and under", "at most", "max", "maximum", "tops"):
        low, high = None, n
    elif b in ("at least", "over", "above", "more than", "min", "minimum", "no less than") \
            or more in ("or more", "or longer", "or over", "or above", "plus", "and up", "and over", "at least", "minimum"):
        low, high = n, None
    else:
        low = high = n
    unit = m.group("unit")
    return [Range(phrase=ctx.phrase, table=t or ctx.subject, column=unit, low=low, high=high, unit=unit)]


def duration_rules() -> Iterable[Rule]:
    """Lengths the range rules leave: after them, before the counts ("treatments of 60 minutes" is
    no count of minutes)."""
    lead = rf"(?:(?P<t>{NOUN}) (?:, )?)?(?:(?:each|all|every one) )?"
    verb = (r"(?:(?:that are |which are |are |is |should be |must be |being )?(?:of|lasting|that last|which last|last|lasts|"
            r"running|that run|runs|taking|that take|which take|takes|take|(?:for|with) (?:stays?|visits?|sessions?) of|"
            r"with an? (?:duration|length) of|(?:with )?(?:durations?|lengths?) of) )")
    bound = (r"(?:(?P<b>at most|at least|under|over|below|above|up to|less than|more than|max|maximum|min|minimum) )?")
    count = rf"(?P<lo>{NUM}|an?|one)(?:-(?P<hi>{NUM}))?"
    more = (r"(?: (?P<more>or more|or longer|or over|or above|plus|and up|and over|or less|or shorter|or under|or fewer|"
            r"and under|at most|at least|max|maximum|minimum|tops))?(?: only)?")
    yield rule("duration", rf"{lead}{verb}{bound}{count} {UNIT}(?: long| in length| each| apiece)?{more}", _duration)
    yield rule("duration", rf"{lead}{bound}{count} {UNIT} (?:long|in length){more}", _duration)
    # "45-minute treatments", "3-night boarding stays", "30-60 minute calls": the length said before the rows
    yield rule("duration", rf"(?:(?:an?|some|only) )?(?P<lo>{NUM})(?:-(?P<hi>{NUM}))?[- ](?P<unit>seconds?|minutes?|mins?|hours?|hrs?|"
                           rf"days?|nights?|weeks?)[- ](?:long )?(?P<t>{NOUN})", _duration)
    yield rule("duration", rf"(?P<t>{NOUN}) (?:: )?{bound}{count} {UNIT}{more}(?<=[a-z])", _bounded)  # "stays: 7 nights max"


def _bounded(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"appointments under an hour", "stays 3 nights or more": a bound is said, else no length."""
    if not (_g(m, "b") or _g(m, "more")):
        return None
    return _duration(m, ctx)


def _age(m: re.Match[str], ctx: Context) -> list[Item] | None:
    t = _g(m, "t") or ctx.subject
    if ctx.ground is None or t is None or not ctx.ground.is_table(t):
        return None
    lo, hi, b = _g(m, "lo"), _g(m, "hi"), _g(m, "b") or _g(m, "more") or _g(m, "plus") or ""
    if lo is not None and hi is not None:
        low, high = int(lo), int(hi)
    else:
        n = int(_g(m, "n") or lo)
        if b in ("older than", "over", "above", "more than"):
            low, high = n + 1, None
        elif b in ("at least", "or older", "or over", "or above", "and older", "and over", "and up", "+", "plus"):
            low, high = n, None
        elif b in ("younger than", "under", "below", "less than"):
            low, high = 0, n - 1
        elif b in ("at most", "or younger", "or under", "and younger", "and under"):
            low, high = 0, n
        else:
            low = high = n
    return [Age(phrase=ctx.phrase, table=t, low=low, high=high)]


def age_rules() -> Iterable[Rule]:
    """Ages, before the ranges ("aged 18-30" is no column named aged)."""
    lead = rf"(?P<t>{NOUN})(?: (?:who are|that are|which are|are|is|being|should be|must be))?"
    years = r"(?: (?:years?|yrs?|y/?o)(?: old| of age)?| year olds?)"
    yield rule("age", rf"{lead} (?:aged|ages?|of ages?|age range) (?:between |from )?(?P<lo>{INT})-(?P<hi>{INT}){years}?", _age)
    yield rule("age", rf"{lead} (?:aged |between |from )?(?P<lo>{INT})-(?P<hi>{INT}){years}", _age)
    yield rule("age", rf"{lead} (?:aged )?(?P<b>older than|younger than|over|under|above|below|at least|at most) "
                      rf"(?P<n>{INT})(?:{years})?(?! (?:{UNITS}|{MEASURES}|dollars|euros|pounds)\b)(?!%)", _age_bound)
    yield rule("age", rf"{lead} (?:aged )?(?P<n>{INT})(?:{years})?(?: (?P<more>or older|or over|or above|and older|and over|"
                      rf"and up|or younger|or under|and younger|and under)|(?P<plus>\+))", _age_more)
    yield rule("age", rf"{lead} aged (?P<n>{INT}){years}?", _age)
    yield rule("age", rf"{lead}(?: (?:aged|all|mostly|mainly))? in (?:their|his|her|its) (?P<part>early |mid |mid-|late )?"
                      rf"(?P<d>[1-9]0)s", _age_decade)  # "patients in their 30s": 30 to 39


def _age_decade(m: re.Match[str], ctx: Context) -> list[Item] | None:
    d, part = int(m.group("d")), (_g(m, "part") or "").strip(" -")
    low, high = {"early": (d, d + 3), "mid": (d + 3, d + 6), "late": (d + 6, d + 9)}.get(part, (d, d + 9))
    t = _g(m, "t") or ctx.subject
    if ctx.ground is None or t is None or not ctx.ground.is_table(t):
        return None
    return [Age(phrase=ctx.phrase, table=t, low=low, high=high)]


def _age_bound(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"older than 65" is an age anywhere; "over 60", "under 18" only said of a table with a birth date or
    an age ("invoices over 60" is an amount) or with "years" / "aged" said."""
    said = m.group("b") in ("older than", "younger than") or re.search(r"\b(?:aged|years?|yrs?|y/?o)\b", m.group(0))
    t = _g(m, "t") or ctx.subject
    if not said and (ctx.ground is None or t is None or not ctx.ground.has_age(t)):
        return None
    return _age(m, ctx)


def _age_more(m: re.Match[str], ctx: Context) -> list[Item] | None:
    t = _g(m, "t") or ctx.subject
    if not re.search(r"years|yrs|y/?o|aged", m.group(0)) and (ctx.ground is None or t is None or not ctx.ground.has_age(t)):
        return None  # "orders 100+", "refills 3 or under" are no ages
    return _age(m, ctx)


_CLOCK = (r"(?:week ?ends?|week ?days?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|"
          r"(?:business|office|working|opening|work|school|peak|off-peak|evening|night|daytime) hours|nights?|night ?time|"
          r"(?:the )?(?:early )?mornings?|(?:the )?afternoons?|(?:the )?evenings?|lunch ?time|lunch|midnight|noon|dawn|"
          r"christmas(?: eve| day)?|xmas|easter|thanksgiving|new year'?s?(?: eve| day)?|halloween|black friday|"
          r"(?:the )?(?:public |bank |school )?holidays?)")


def _clock(m: re.Match[str], ctx: Context) -> list[Item] | None:
    if re.search(r"\b(?:no|none|zero|never|without|0)\b", m.string[:m.start()]):
        return None  # "no loans on weekends": left unread, the zero count is voided with it (scope.leftover)
    return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                        reason="a weekday, a time of day or a holiday is not applied: times are spread over every day "
                               "and hour")]


def clock_rules() -> Iterable[Rule]:
    """Weekdays, times of day and holidays: understood, not applied, quoted back (never dropped)."""
    yield rule("clock", rf"(?:(?:only|mostly|mainly|just) )?(?:on|during|at|in|over|outside(?: of)?|around|through|"
                        rf"throughout) (?:the )?{_CLOCK}(?: only)?", _clock)
