"""Conditions no option holds, read whole instead of half (issue 11, brief s5).

A negation with a condition: "no orders without payments".

"no X without Y" says every X has at least one Y: a lower bound of one child per parent, never
"no X and no Y" (the zero-count rules would read each half alone and empty both tables). Said of
some rows only ("no cancelled orders without payments"), it is a condition on other rows that no
option can hold: the whole clause is quoted back as not applied, never half read. These rules run
before the negation rules of ``seedbed.scope.relations``.

A share of the rows in a time ("orders mostly from 2024", "rentals mainly in the summer"): a window
holds every row, so the share is quoted back whole, never read as a value mix ("mostly" of the
value before it) and a window on every table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.model import Fanout, Item, Ratio, Unsupported
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import LABEL, NOUN, NUM, _g

__all__ = ["condition_rules"]

_NONE = r"(?:there (?:should be|must be|are|is|will be) )?(?:no|not a single|not (?:1|one)|not any|zero|never an?|never any)"
_LACKING = (r"(?:without|with no|with zero|lacking|missing|that lacks?|which lacks?|that (?:has|have|had) no|"
            r"which (?:has|have) no|having no|who (?:has|have) no)")
_ADJ = rf"(?P<labels>{LABEL}(?:(?: or| and| ,) {LABEL})*)"


def _none_without(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """Every parent has at least one child; with values before the parent, not applied (quoted)."""
    g, parent, child = ctx.ground, m.group("p"), m.group("c")
    if g is None:
        return None  # without a schema the older reading stands
    if _g(m, "labels") is None and g.is_table(parent) and g.is_table(child):
        return [Fanout(phrase=ctx.phrase, child=child, parent=parent, low=1, high=3)]
    return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                        reason="a condition between rows ('no X without Y' of some rows only, or of what is no "
                               "table) is understood, not applied: say 'every X has at least one Y'")]


_MOSTLY = r"(?P<q>mostly|mainly|largely|primarily|predominantly|chiefly|overwhelmingly|the majority|most of them)"
_WHEN = r"(?:from|in|during|since|on|over|around|at|before|after|between|within|throughout|towards?|near)"
#: Words that make what follows a time: years, months, decades, seasons, days, parts of a period.
_TIME = re.compile(r"\b(?:(?:19|20)\d\d|\d0s|q[1-4]|january|february|march|april|may|june|july|august|september|october|"
                   r"november|december|spring|summer|autumn|fall|winter|weekends?|weekdays?|mondays?|tuesdays?|"
                   r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?|mornings?|evenings?|nights?|holidays?|christmas|"
                   r"black friday|days?|weeks?|months?|quarters?|years?|hours?|season|end|start|beginning)\b")


def _share_in_time(m: re.Match[str], ctx: Context) -> list[Item] | None:
    if _TIME.search(m.group("when")) is None:
        return None
    return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                        reason="a share of the rows in a time is understood, not applied (a window holds every row of "
                               "its table: say 'orders from 2024')")]


def _rows_of_some_parents(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"no payments for cancelled orders", "reviews only from active users": rows (or none) only for the
    parents with a value. No option holds that; read in halves it emptied the table or gave every
    parent the value. Quoted back whole."""
    g = ctx.ground
    labels = re.split(r" (?:or|and|,) ", m.group("labels"))
    if g is None or not g.is_table(m.group("c")) or not g.is_table(m.group("p")) or g.is_table(m.group("labels")) \
            or not all(g.is_label(x) for x in labels):
        return None
    return [Unsupported(phrase=ctx.phrase, text=m.group(0),
                        reason="rows only for the parents with a value (a condition between rows) are understood, not "
                               "applied")]


def _rows_for_share_of_parents(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"refunds for a tenth of payments": as many rows as that share of the parents' rows (one each), a
    relative size like "a tenth as many refunds as payments"; only for a table that refers to the other."""
    g, child, parent = ctx.ground, m.group("c"), m.group("p")
    share = float(m.group("pct")) / 100
    if g is None or not g.is_table(child) or not g.is_table(parent) or not g.refers(child, parent) or not 0 < share <= 1:
        return None
    return [Ratio(phrase=ctx.phrase, table=child, base=parent, factor=share)]


def condition_rules() -> Iterable[Rule]:
    """First of all rules: negations whose condition is another table's rows."""
    yield rule("at least one", rf"{_NONE} (?:{_ADJ} )?(?P<p>{NOUN}) {_LACKING} (?:an? |any |at least (?:1|one) |(?:1|one) |a single )?"
                               rf"(?P<c>{NOUN})$", _none_without)
    yield rule("rows for a share of parents", rf"^(?P<c>{NOUN}) (?:for|on|against|covering|of) (?P<pct>{NUM})% of "
                                              rf"(?:the |all |our )?(?P<p>{NOUN})$", _rows_for_share_of_parents)
    yield rule("rows of some parents", rf"(?:(?P<no>{_NONE}) )?(?P<c>{NOUN}) (?:only )?(?:for|on|from|of|by|to|about|under) "
                                       rf"(?:only )?(?:the |any |our )?{_ADJ} (?P<p>{NOUN})(?: only)?$",
               _rows_of_some_parents)
    yield rule("share in a time", rf"{_MOSTLY} (?:[a-z_]+ )?"
                                  rf"(?P<when>{_WHEN} .+)$", _share_in_time)
