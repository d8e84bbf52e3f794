"""Rows said again inside one clause (brief s25 of session 11): "10 technicians and for each one 3 to 8 visits",
"the visits duration is between 30 and 120 minutes".

- "for each one" after a table said in the same clause stands for that table: "for each technician";
- a table said in the plural right before a word of one of its number columns is that column's owner, as people
  write it without the apostrophe ("the visits duration", "bookings deposit"): "visit duration", which the range
  rules read with its table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seedbed.scope.inflect import singular

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["rows_again"]

_EACH_ONE = re.compile(r"\b(?P<q>for|with|in|on) (?P<e>each|every) one\b")
_OWNER = re.compile(r"(?:^|(?<=\bthe )|(?<=\band )|(?<=, )|(?<=: ))(?P<t>[a-z_]+s)(?:'s?)? (?P<c>[a-z_]+)(?= (?:is|are|should|must|"
                    r"between|from|of|at|under|over|below|above|up|no|not|\d))")


def rows_again(norm: str, ground: Grounding) -> str:
    """``norm`` with the rows said again spelled out (see the module docstring)."""
    def each_one(m: re.Match[str]) -> str:
        before = re.findall(r"[a-z_]+", norm[:m.start()])
        tables = [w for w in before if ground.is_table(w) and not ground.is_label(w)]
        return f"{m.group('q')} {m.group('e')} {singular(tables[-1])}" if tables else m.group(0)

    def owner(m: re.Match[str]) -> str:
        t, c = m.group("t"), m.group("c")
        if not ground.is_table(t) or ground.is_table(c) or singular(t) == t or not ground.names_number_column(c, t):
            return m.group(0)
        return f"{singular(t)} {c}"

    return _OWNER.sub(owner, _EACH_ONE.sub(each_one, norm))
