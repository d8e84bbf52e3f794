"""Wording of people who write English as a second language, or tersely, said the way the rules read it
(brief s23 of session 11).

- "20 until 30 visits", "5 till 15": a range ("20 to 30"); only between two numbers ("until 2025" is a time);
- "10 technician and for each one 3 to 8 visit": the rows counted before "and for each one" / "and each of them"
  have the children after it, as after a comma ("10 technicians, for each of them 3 to 8 visits");
- "the visits duration": a table's plural before a word of its column, without the apostrophe, is the column of
  that table ("the visit duration");
- "the engineers: 14": a table said as a head with its article is the table;
- "200 jobs for the techs": the children said for their parents ("visits for the technicians") are rows that
  each have a parent, which every row has: the words say no more than the count (the clause is shown as read).

Singular nouns after a number ("50 technician") and units in the singular ("120 minute") are read by the rules
as they are.
"""

from __future__ import annotations

import re

__all__ = ["article_head", "for_parents", "possessive", "ranges_said", "split_each"]

#: "20 until 30", "5 till 15", "3 untill 8": a range.
_UNTIL = re.compile(r"(?i)(?<=\d)\s+(?:until|untill|till|til)\s+(?=\d)")
#: "... and for each one 3 to 8 visits", "... and each of them has 2": a new clause about the rows counted before.
_AND_EACH = re.compile(r"(?i)(?<=[a-z_])\s+(?:and|&)\s+(?=(?:(?:for|with|on|in) )?(?:each|every)"
                       r" (?:one|of (?:them|those|these))\b)")


def ranges_said(text: str) -> str:
    """``text`` with "N until M" said as "N to M"."""
    return _UNTIL.sub(" to ", text)


def split_each(text: str) -> str:
    """``text`` with "X and for each one ..." cut as "X, for each one ..." (read by ``chatter.referred``)."""
    return _AND_EACH.sub(", ", text)


def possessive(norm: str, is_table, is_column, is_label) -> str:
    """``norm`` with "the visits duration" / "the visits' duration" said as "the visit duration"."""
    def one(m: re.Match[str]) -> str:
        table, word = m.group(1), m.group(3)
        if (not is_table(table) or is_table(word) or not is_column(word) or is_label(word) or table.endswith("ss")
                or word.endswith(("ed", "ing")) or not (m.group(2) or m.group(0).startswith("the "))):
            return m.group(0)
        return f"{table[:-1]} {word}"

    return re.sub(r"(?:\bthe |(?<![\w'])(?=[a-z_]+s' ))([a-z_]+s)('?) ([a-z_]+)\b", one, norm)


def article_head(norm: str, is_table) -> str:
    """``norm`` without the article before a table said as a head ("the engineers: 14, all active")."""
    m = re.match(r"^((?:and )?)the ([a-z_]+(?: [a-z_]+)?) ?(?=:)", norm)
    return m.group(1) + norm[m.start(2):] if m and is_table(m.group(2)) else norm


def for_parents(norm: str, refers, is_table, notes: list[str] | None = None) -> str:
    """``norm`` with "<N> <children> for (the) <parents>" said as "<N> <children>" when the children refer to the
    parents (each row has its parent already); anything else stays."""
    def one(m: re.Match[str]) -> str:
        child, parent = m.group(2), m.group(4)
        if is_table(child) and is_table(parent) and refers(child, parent):
            if notes is not None:
                notes.append(f"{m.group(0)[len(m.group(1)) + 1:]!r}: every row of {child} has its {parent} row")
            return m.group(1)
        return m.group(0)

    return re.sub(r"(\b\d+ ([a-z_]+)) (?:for|across|among|between|over) (the |all the |all |our )?([a-z_]+)(?= ?(?:,|$))",
                  lambda m: one(m) if m.group(4) else m.group(0), norm)
