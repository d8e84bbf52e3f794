"""Vague amounts, each with the one value it stands for (brief s10, session 7; README "Vague amounts").

People count loosely: "a handful of branches", "hundreds of loans", "several holds for each item",
"reviews: a few per product". A vague word means one of two things, and what follows it says which:

- before a per-parent marker ("per", "each", "for each", "in each", "apiece") or after "with" /
  "has" it is how many children each parent gets: a range (``CHILDREN``), so the rows vary as they
  would in life ("a few" is 2 to 4 each, never exactly 3);
- before anything else it is a count of rows (``ROWS``: "a few branches" is 3).

Shares of a set said loosely ("most", "a few", "hardly any") are ``lexicon.FUZZY_SHARES`` and the
rules that read them; the README table lists all three side by side. ``vague_amounts`` runs once,
inside ``numbers.numbers``, so every later rule reads digits.
"""

from __future__ import annotations

import re

__all__ = ["CHILDREN", "ROWS", "VAGUE_COUNTS", "vague_amounts"]

#: A vague count of rows, as the number it stands for ("a few hundred" is 300, so "hundreds of" is too).
ROWS = {"a couple of": 2, "a few": 3, "a handful of": 5, "several": 5, "dozens of": 36, "dozens": 36,
        "scores of": 60, "hundreds of": 300, "thousands of": 3000, "tens of thousands of": 30000,
        "hundreds of thousands of": 300000, "millions of": 3_000_000}
#: Children per parent said loosely (after "with" / "has", or before "per" / "each"): low-high.
CHILDREN = {"a couple of": "2-2", "a couple": "2-2", "a few": "2-4", "a handful of": "3-7", "a handful": "3-7",
            "several": "3-6", "multiple": "2-4", "many": "5-15", "lots of": "5-15", "a lot of": "5-15",
            "lots": "5-15", "plenty of": "5-15", "tons of": "10-30", "loads of": "10-30", "dozens of": "24-60",
            "dozens": "24-60", "few": "0-2", "very few": "0-2", "only a few": "1-3", "hundreds of": "100-900",
            "hundreds": "100-900"}

_WORDS = "|".join(sorted(map(re.escape, CHILDREN), key=len, reverse=True))
#: The vague counts that are counts whatever follows ("a few" and "several" are counts only before a
#: table: ``rules`` asks the schema; else they are shares, "a few overdue").
VAGUE_COUNTS = ("a few", "several", "a couple of")
_SURE = [w for w in ROWS if w not in VAGUE_COUNTS]
_ROW_WORDS = "|".join(sorted(map(re.escape, _SURE), key=len, reverse=True))
#: Before the vague word: a verb of having ("users with many orders", "each user has several addresses").
_HAVING = r"(?:with|having|who have|that have|has|have|gets|get|should have|with only|with just|each with|each having)"
#: After it (one or two words of the child between): a per-parent marker ("several holds for each item").
_PER = r"(?:(?: [a-z_][\w-]*){0,2}) (?:per|each|apiece|a piece|for each|for every|in each|on each|in every|on every)\b"


def vague_amounts(s: str) -> str:
    """The vague amounts of ``s`` in digits: a range of children where a parent is in view, else a count."""
    s = re.sub(rf"\b{_HAVING} ({_WORDS}) (?=[a-z_])", lambda m: f"{m.group(0)[:m.start(1) - m.start()]}"
               f"{CHILDREN[m.group(1)]} ", s)
    s = re.sub(rf"(?<![\w-])({_WORDS})(?={_PER})", lambda m: CHILDREN[m.group(1)], s)
    # "a few hundred" and "several thousand" stay numbers ("3 hundred"); "hundreds of thousands of" too
    s = re.sub(rf"\b({_ROW_WORDS})(?= [a-z_])(?! (?:hundred|thousand|million|percent|them|those|these|which|whom)\b)",
               lambda m: str(ROWS[m.group(1)]), s)
    return s
