"""Ordinals as values of a number column (issue 11, brief s2): "students in their first or second
year" (``year_level`` 1..2), "300 first-year students", "departments on the 3rd to 5th floor". The
word after the ordinals names the column; where it names none, these rules read nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.measures import ORDINALS, ordinal_value
from seedbed.scope.model import Item, Range
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import NOUN, W, _g

__all__ = ["ordinal_rules"]

_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"


def _ordinal(word: str) -> float:
    return float(ordinal_value(word))


def _range_ordinal(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"students in their first or second year", "3rd-floor rooms": ordinals are values of the number
    column named by the word after them (``year_level``, ``floor``); no such column: not this rule."""
    col, t, g = m.group("col"), _g(m, "t"), ctx.ground
    if g is None or g.is_table(col) or not g.is_column(col) or (t is not None and not g.is_table(t)):
        return None
    lo = _ordinal(m.group("lo"))
    hi = _ordinal(m.group("hi")) if _g(m, "hi") else lo
    return [Range(phrase=ctx.phrase, table=t, column=col, low=min(lo, hi), high=max(lo, hi))]


def ordinal_rules() -> Iterable[Rule]:
    """The ordinal rules, a table after them first ("first-year students"), then before them."""
    for col in (rf"{W} {W}", rf"{W}|years?"):  # "belt level" (belt_level) before "year" (year_level)
        ordinals = rf"(?P<lo>{_ORDINAL})(?:(?: or| to| through| and|-| , or| ,) (?P<hi>{_ORDINAL}))?[- ](?P<col>{col})"
        yield rule("range", rf"(?P<ords>{ordinals}) (?P<t>{NOUN})", _range_ordinal, keep=("t",),
                   hide=("ords",))  # "300 first-year students": the count rule reads "300 students" after
        yield rule("range", rf"(?:(?P<t>{NOUN}) )?(?:(?:in|on|at|of) )?(?:(?:their|its|the) )?{ordinals}", _range_ordinal,
                   keep=("t",))
