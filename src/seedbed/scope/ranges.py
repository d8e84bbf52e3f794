"""Ranges of a column's values said in words (issue 11): "ratings of 4 or 5 stars", "films 90-120
minutes long", "seats: 1-10", "5 stars or more", "10 min or less", "prescriptions with at most 2
refills", "attachments no bigger than 2 MB". ``seedbed.scope.rules`` runs ``range_rules`` at its
place in its order; ``seedbed.scope.relations`` uses the builders for its early rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.ground import known_verb
from seedbed.scope.lexicon import MEASURE_UNITS
from seedbed.scope.measures import MEASURE_VERBS, PEOPLE
from seedbed.scope.model import Item, Range
from seedbed.scope.ordinals import ordinal_rules
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import NOUN, NUM, W, _fanout, _g

__all__ = ["exact_value_rules", "range_item", "range_or", "range_rules", "range_star"]


def range_item(ctx: Context, m: re.Match[str], low: float | None, high: float | None, column: str) -> list[Item]:
    if low is not None and high is not None and low > high:
        low, high = high, low
    return [Range(phrase=ctx.phrase, table=_g(m, "t"), column=column, low=low, high=high)]


def range_or(m: re.Match[str], ctx: Context) -> list[Item] | None:
    lo, hi = float(m.group("lo")), float(m.group("hi"))
    if " or " in m.group(0) and hi != lo + 1:
        return None  # "2 or 5 stars": two values, not what lies between (``mixes.number_set`` reads it)
    return range_item(ctx, m, lo, hi, m.group("col"))


def range_star(m: re.Match[str], ctx: Context) -> list[Item]:
    lo = float(m.group("lo"))
    return range_item(ctx, m, lo, lo, m.group("col"))


def _range_after(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"inventory between 0 and 500 units on hand": the column named after the numbers."""
    col, t, verb = m.group("col"), _g(m, "t"), _g(m, "verb")
    g = ctx.ground
    if g is not None and verb and t and g.is_table(t) and g.is_table(col) and g.is_quantity(verb) and not g.is_table(verb):
        # "rooms that hold 20 to 40 students": the verb names the column (capacity), the table after is its unit
        return range_item(ctx, m, float(m.group("lo")), float(m.group("hi")), verb)
    if g is None or not g.is_column(col) or g.is_table(col) or (t is not None and not g.is_table(t)):
        return None
    if verb is not None and (g.is_table(verb) or g.is_column(verb)):
        return None
    if verb is not None and not known_verb(verb, g):
        ctx.unread.append(verb)  # "courses worth 2-4 credits" is read; "courses zorblax 2-4 credits" quotes it
    return range_item(ctx, m, float(m.group("lo")), float(m.group("hi")), col)


def _bound_after(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """One bound of a column named after its number (a table there is a count or a fan-out)."""
    col, t, g = m.group("col"), _g(m, "t"), ctx.ground
    least = m.group("bound") in ("at least", "over", "more than")
    if g is not None and t is not None and g.is_table(t) and g.is_table(col) and m.group("n").isdigit():
        n = int(m.group("n"))  # "courses with at least 10 students": children per row, as "each course has ..."
        return _fanout(ctx, col, t, str(n), str(max(3 * n, n + 2))) if least else _fanout(ctx, col, t, "0", str(n))
    if g is None or g.is_table(col) or not g.is_quantity(col) or (t is not None and not g.is_table(t)):
        return None
    n = float(m.group("n"))
    low = n if least else None
    return range_item(ctx, m, low, None if low is not None else n, col)


def _range_colon(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"seats: 1-10", "products in stock: 10 to 80": a column's values (a table there is a count or a fan-out)."""
    g, col, t = ctx.ground, m.group("col"), _g(m, "t")
    if g is None or g.is_table(col) or not g.is_quantity(col) or (t is not None and not g.is_table(t)):
        return None
    return range_item(ctx, m, float(m.group("lo")), float(m.group("hi")), col)


def _range_up(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"5 stars or more", "10 min or less", "3 refills or fewer": one bound."""
    col, what, g = _g(m, "col"), _g(m, "what"), ctx.ground
    lo = _g(m, "lo")
    low, high = (float(lo), None) if lo else (None, float(m.group("hi")))
    if _g(m, "after") and (g is None or g.is_table(col) or not g.is_quantity(col)):
        return None  # "3 orders or fewer": rows, not a column's values
    if col and what and g is not None and g.is_table(col) and not _g(m, "t"):
        # "appointments of 10 min or less": the table, then the unit that names its column
        return [Range(phrase=ctx.phrase, table=col, column=what, low=low, high=high)]
    if col and what and g is not None and _g(m, "t") and g.is_table(f"{m.group('t')} {col}"):
        # "housekeeping tasks of 30 minutes or less": a table of two words, then the unit
        return [Range(phrase=ctx.phrase, table=f"{m.group('t')} {col}", column=what, low=low, high=high)]
    return range_item(ctx, m, low, high, col or what or "")


_UPPER_BOUND = ("at most", "under", "below", "up to", "less than", "max", "maximum", "tops")
#: The last word of a bound said after the number that makes it an upper one ("3 refills or fewer").
_UPPER_AFTER = frozenset("less fewer under below lower most maximum".split())


def _range_bound_unit(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"attachments no bigger than 2 MB" ("at most 2097152 bytes"), "films over 120 minutes": a
    bound on the table's column that the unit names (``size_bytes``, ``length``)."""
    if ctx.ground is None or not ctx.ground.is_table(m.group("t")) or m.group("what").startswith(("hour", "day")):
        return None  # "2 hours" on a column of minutes would be a silent misreading: not read here
    n = float(m.group("n"))
    low, high = (None, n) if m.group("b") in _UPPER_BOUND else (n, None)
    return range_item(ctx, m, low, high, m.group("what") + (" long" if _g(m, "long") else ""))


def _measured_bound(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"plans running at most 12 months" (``contract_months``), "courses taking no more than 25 students"
    (``max_students``), "rooms holding no more than 30 students" (``capacity``): one bound of the column
    the unit after the number names (a word of a number column's name), else of the column the verb of
    measure names, the unit then a table or people ("students", "guests") said as what is counted."""
    g, t, verb, unit = ctx.ground, m.group("t"), _g(m, "verb"), m.group("unit")
    if verb in ("with", "having", "of"):  # "courses with 3 credits or fewer" (a table after: children, not read here)
        verb = None
    if g is None or not g.is_table(t) or (verb is not None and verb not in MEASURE_VERBS and not known_verb(verb, g)):
        return None
    n = float(m.group("n"))
    upper = m.group("b") in _UPPER_BOUND if _g(m, "b") else m.group("after").split()[-1] in _UPPER_AFTER
    low, high = (None, n) if upper else (n, None)
    if g.names_number_column(unit, t) and (verb is not None or not g.is_table(unit)):
        return range_item(ctx, m, low, high, unit)
    if verb is not None and (g.is_table(unit) or unit in PEOPLE) and g.is_quantity(verb) and not g.is_table(verb):
        return range_item(ctx, m, low, high, verb)
    return None


def _range_unit(m: re.Match[str], ctx: Context) -> list[Item]:
    what = " ".join(w for w in (_g(m, "cw"), m.group("what")) if w) + (" long" if _g(m, "long") else "")
    return range_item(ctx, m, float(m.group("lo")), float(m.group("hi")), what)


def _exact_after(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"prescriptions with no refills", "with 2 refills": one value of a column named after its number (a
    table there is a count or a fan-out, another rule's)."""
    col, t, g = m.group("col"), _g(m, "t"), ctx.ground
    if g is None or g.is_table(col) or not g.is_number_column(col) or (t is not None and not g.is_table(t)):
        return None
    n = 0.0 if m.group("n") in ("no", "zero") else float(m.group("n"))
    return range_item(ctx, m, n, n, col)


def _range_percent(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"availability between 85 and 100 percent", "turnout 30-70%", "waste on print jobs 1-8%": a range of a number
    column said in percent (brief s35), scaled to the column when it holds fractions (``values.percent_factor``). Only
    a word that names a number column and no table: "orders 10-30% cancelled" is a share of rows, read elsewhere."""
    g, col, t = ctx.ground, m.group("col"), _g(m, "t")
    if g is not None and t is not None and not g.is_table(t):
        col, t = f"{t} {col}", None  # "oxygen sat 70-100%": the column's words, no table
    joined = col.replace(" ", "_")  # "est ir": est_ir_pct, a column's name but its unit
    if g is None or g.is_table(col) or g.is_label(col) or not (g.is_quantity(col) or g.is_quantity(joined)
                                                               or any(c.startswith(f"{joined}_") for c in g.number_columns)):
        return None
    low, high = sorted((float(m.group("lo")), float(m.group("hi"))))
    return [Range(phrase=ctx.phrase, table=t, column=col, low=low, high=high, unit="percent")]


def exact_value_rules() -> Iterable[Rule]:
    """Before the fan-outs ("with 2 orders"): a number, or "no", before a column of the table."""
    yield rule("exact value", rf"^(?:(?P<t>{NOUN}) )?(?:with|having) (?:(?:only|just|exactly) )?(?P<n>no|zero|{NUM}) "
                              rf"(?P<col>{W})$", _exact_after)


def range_rules() -> Iterable[Rule]:
    """Ranges said with a unit or as two values (before the general range rules)."""
    yield from ordinal_rules()
    between = r"(?:(?:should be|must be|are|is|of|at|ranging|range|varying|within|in the range) )?(?:(?:from|between) )?"
    percent = rf"(?P<lo>{NUM})-(?P<hi>{NUM})%(?= ?(?:,|;|$|and\b))"
    yield rule("range", rf"(?:(?P<t>{NOUN}) (?:(?:with|having|whose) (?:(?:an?|the|their|its) )?)?)?(?P<col>{W}(?: {W})?) "
                        rf"{between}{percent}", _range_percent)
    yield rule("range", rf"(?P<col>{W}) (?:on|of|for|in) (?:(?:the|all|their) )?(?P<t>{NOUN}) {between}{percent}", _range_percent)
    measures = "|".join(sorted(MEASURE_UNITS, key=len, reverse=True))  # "prescriptions 5-500 mg": dosage_mg
    unit = rf"(?P<what>stars?|points?|minutes?|mins|hours?|seats?|pages|bytes|days?|{measures})"
    column = rf"(?:(?P<t>{NOUN}) (?:(?:with|having|whose) (?:(?:an?|the|their|its) )?)?)?(?P<col>{W}) "  # "reviews with a rating of 3 or more"
    yield rule("range", rf"{column}(?:(?:are|is|of|with|rated|should be) )?(?P<lo>{NUM}) or (?P<hi>{NUM})"
                        rf"(?: {unit})?(?: only)?", range_or)
    yield rule("range", rf"^(?:(?P<t>{NOUN}) (?:: )?)?(?:(?:with|having|of|(?:that |which )?(?P<verb>{W})) )?(?:(?:between|from) )?"
                        rf"(?P<lo>{NUM})-(?P<hi>{NUM})"
                        rf"(?: (?:units?|items?|pieces?|pcs))? (?P<col>(?!(?:units?|items?|pieces?|pcs)$)[a-z]+(?: [a-z]+)?)$",
               _range_after)
    # "prescriptions with at most 2 refills": one bound, the column named after the number
    yield rule("range", rf"^(?:(?P<t>{NOUN}) )?(?:with|having|of) (?P<bound>at most|up to|under|at least|over|more than)"
                        rf" (?P<n>{NUM}) (?P<col>{W})$", _bound_after)
    yield rule("range", rf"^(?:(?P<t>{NOUN}) (?:(?:in|with|of) )?)?(?P<col>{W}) (?::|=) (?:(?:between|from) )?(?P<lo>{NUM})-"
                        rf"(?P<hi>{NUM})(?: (?:units?|items?|pieces?|pcs))?$", _range_colon)  # "seats: 1-10"
    bound = r"(?P<b>at most|at least|under|over|below|above|up to|less than|more than|max|maximum|min|minimum)"
    yield rule("range", rf"(?P<t>{NOUN}) (?:: )?(?:(?:that are|which are|are|is|of|with|should be|must be|lasting|running) )?"
                        rf"{bound} (?P<n>{NUM}) {unit}(?P<long> long| in length)?", _range_bound_unit,
               keep=("t",))  # "40 classes, each at most 45 minutes": the count reads the table too
    yield rule("range", rf"(?P<t>{NOUN}) (?:(?:that|which|who) )?(?:(?P<verb>[a-z]+) )?{bound} (?P<n>{NUM}) (?P<unit>[a-z]+)"
                        rf"(?: long| in length)?$", _measured_bound)
    more = r"(?:or more|or above|or higher|and up|and above|or better|\+|at least|minimum)"
    less = r"(?:or less|or fewer|or under|or below|or lower|and under|and below|at most|maximum)"
    yield rule("range", rf"(?P<t>{NOUN}) (?:(?:that|which|who) )?(?:(?P<verb>[a-z]+) )?(?P<n>{NUM}) (?P<unit>[a-z]+) "
                        rf"(?P<after>{more}|{less})$", _measured_bound)  # "courses worth 3 credits or more"
    yield rule("range", rf"{column}(?:(?:are|is|of|with|rated|should be) )?(?P<lo>{NUM})(?: {unit})? {more}", _range_up)
    yield rule("range", rf"{column}(?:(?:are|is|of|with|rated|should be) )?(?P<hi>{NUM})(?: {unit})? {less}", _range_up)
    yield rule("range", rf"(?:(?P<t>{NOUN}) (?:with|having) )?(?P<hi>{NUM}) (?P<after>(?P<col>{W})) {less}", _range_up)
    # the column said before the numbers and a unit ("prescriptions with dosages of 5-500 mg")
    said = rf"(?:(?:with|having|whose) (?:(?:an?|the|their|its) )?(?P<cw>{W}) )?"
    yield rule("range", rf"(?:(?P<t>{NOUN}) )?{said}(?:(?:that |which )?(?:lasting|lasts|last|running|runs|run|taking|takes|take|"
                        rf"that are|are|is|being|of) )?(?:(?:ranging |varying )?(?:from|between) |(?:ranging|varying) )?"
                        rf"(?P<lo>{NUM})-(?P<hi>{NUM}) {unit}(?P<long> long| in length)?", _range_unit, keep=("t",))
