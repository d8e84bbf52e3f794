"""Rows said again inside one clause (brief s25 of session 11): "10 technicians and for each one 3 to 8 visits",
"the visits duration is between 30 and 120 minutes".

- "for each one" after a table said in the same clause, before a count, stands for that table: "for each technician";
- a table said in the plural after "the", right before a word of one of its number columns, is that column's owner,
  as people write it without the apostrophe ("the visits duration"): "visit duration", which the range rules read
  with its table;
- a table then one of its columns by its whole name is that column ("crates weight_kg 5-40 kg": "crates.weight_kg");
- a dash between a table and a number is a colon ("products table - 25 rows": "products: 25 rows"), not a range.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from seedbed.scope.inflect import singular

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["rows_again"]

#: A table, then one of its columns by its whole name ("crates weight_kg 5-40 kg"): "crates.weight_kg".
_NAMED = re.compile(r"(?:^|(?<= ))(?P<t>[a-z_]+) (?P<c>[a-z]+_[a-z0-9_]+)(?= )")

_DASH = re.compile(r"(?:^|(?<=: )|(?<=, ))(?P<t>[a-z_]+)(?: table)? - (?=\d)")

#: "for each one" before the count of children ("and for each one 3-8 visits"; "20 products in each one" ends the clause
#: that said its rows: left as said)
_EACH_ONE = re.compile(r"\b(?P<q>for|with|in|on) (?P<e>each|every) one(?= (?:about |around |roughly |between |up to |at least |at most )?\d)")
#: "the visits duration is ...": after "the", a noun that is no verb's form ("the sales' totals" reads as it is typed;
#: "products priced ..." is a verb of its rows).
_OWNER = re.compile(r"(?<=\bthe )(?P<t>[a-z_]+s) (?P<c>[a-z_]+(?<!ed)(?<!ing))(?= (?:is|are|should|must|between|from|of|at|under|"
                    r"over|below|above|up|no|not|\d))")


def rows_again(norm: str, ground: Grounding, unread: Callable[[str], bool]) -> str:
    """``norm`` with the rows said again spelled out (see the module docstring); the owner of a column only when the
    words as typed leave some unread (``unread``: "the sales totals under 80" is read as typed)."""
    def each_one(m: re.Match[str]) -> str:
        before = re.findall(r"[a-z_]+", norm[:m.start()])
        tables = [w for w in before if ground.is_table(w) and not ground.is_label(w)]
        return f"{m.group('q')} {m.group('e')} {singular(tables[-1])}" if tables else m.group(0)

    def owner(m: re.Match[str]) -> str:
        t, c = m.group("t"), m.group("c")
        if not ground.is_table(t) or ground.is_table(c) or singular(t) == t or not ground.names_number_column(c, t):
            return m.group(0)
        return f"{singular(t)} {c}"

    def dash(m: re.Match[str]) -> str:
        return f"{m.group('t')}: " if ground.is_table(m.group("t")) else m.group(0)

    def named(m: re.Match[str]) -> str:
        t, c = m.group("t"), m.group("c")
        return f"{t}.{c}" if ground.is_table(t) and not ground.is_table(c) and ground.is_column(c) else m.group(0)

    said = _DASH.sub(dash, _EACH_ONE.sub(each_one, norm))
    owned = _NAMED.sub(named, _OWNER.sub(owner, said))
    return owned if owned != said and unread(said) else said
