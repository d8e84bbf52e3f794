"""A number column said with what it is counted per (issue 11; session 17's blind sets): "unit cost per kg between
0.5 and 400", "price per gallon between 3.29 and 4.19", "nightly rate per pet between 18 and 40", "juice 300 to 2000
litres per pressing", "bottle counts between 600 and 4000 per run".

- Words joined by "per" whose initials are a number column's name are that column ("price per gallon": ``ppg``,
  "cost per unit": ``cpu``), as a clipped name is said in full (``columnwords``).
- Otherwise "per X" next to a range is the measure's denominator, a row of something ("per pet", "per run") or a
  unit ("per kg"): it says no more than "each row's", so it is set aside and the column is read from the words before
  it. Told in the notes.

"per" after a table is a fan-out or a frequency ("2 to 5 bookings per client", "visits per week") and stays as said; so does "per" in a clause
without a range. Only applied where the words as typed leave some unread (``parse._plainer``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["per_said"]

_NUM = r"\d+(?:\.\d+)?"
#: A range or a one-sided bound said with numbers, as ``lexicon.normalise`` writes them ("0.5-400", "at most 40").
_BOUNDED = re.compile(rf"{_NUM}-{_NUM}|(?:at most|at least|under|over|up to|below|above|less than|more than) {_NUM}")
#: "per X" (X one word) as typed: the word before it, the word after it.
_PER = re.compile(r"(?P<pre>\b[a-z][a-z_]*) per (?P<x>[a-z][a-z_]*)\b")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words)


def _initialism(norm: str, numbers: frozenset[str], notes: list[str]) -> str:
    """"price per gallon" -> ``ppg``: two or three words around "per" whose initials name one number column."""
    def named(m: re.Match[str]) -> str:
        words = m.group(0).split()
        for take in (words, words[1:]):  # "unit price per litre" (uppl), then "price per litre" (ppl)
            name = _initials(take)
            if len(take) >= 3 and name in numbers:
                cut = " ".join(words[:len(words) - len(take)])
                notes.append(f"{' '.join(take)!r} is {name}")
                return f"{cut} {name}".strip()
        return m.group(0)

    return re.sub(r"\b(?:[a-z]+ )?[a-z]+ per [a-z]+\b", named, norm)


def per_said(norm: str, ground: Grounding, notes: list[str] | None = None) -> str:
    """``norm`` with a number column's "per X" read as the module says."""
    if " per " not in norm or not _BOUNDED.search(norm):
        return norm
    told: list[str] = []
    out = _initialism(norm, ground.number_columns, told)

    def aside(m: re.Match[str]) -> str:
        pre, x = m.group("pre"), m.group("x")
        if ground.is_table(pre):
            return m.group(0)  # "bookings per client", "visits per week": a fan-out or a frequency
        told.append(f"'per {x}' is each row's")
        return pre

    out = _PER.sub(aside, out)
    def trailing(m: re.Match[str]) -> str:  # "... 600-4000 per run"; "5 to 20 per WTG" is a fan-out
        if ground.is_table(m.group("x")):
            return m.group(0)
        told.append(f"'per {m.group('x')}' is each row's")
        return ""

    out = re.sub(r"(?<=\d) per (?P<x>[a-z][a-z_]*)$", trailing, out)
    if out != norm and notes is not None:
        notes.extend(told)
    return out
