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

__all__ = ["article_head", "each_share", "for_parents", "on_share", "possessive", "ranges_said", "rest_anyone", "split_each"]

#: "20 until 30", "5 till 15", "3 untill 8": a range.
_UNTIL = re.compile(r"(?i)(?<=\d)\s+(?:until|untill|till|til)\s+(?=\d)")
#: "... and for each one 3 to 8 visits", "... and each of them has 2": a new clause about the rows counted before.
_AND_EACH = re.compile(r"(?i)(?<=[a-z_])\s+(?:and|&)\s+(?=(?:(?:for|with|on|in) )?(?:each|every)"
                       r" (?:one|of (?:them|those|these))\b)")


#: "severity low on 60%", "condition poor on 15%": a value said "on" a share of the rows, which the rules read without
#: the "on" ("severity low 60%"); only after a value (``on_share``) and at the clause's end or before a comma: "notice
#: issued on 10% of them", "grade A on 30% of inspections" and "blank on half" are read as typed.
_ON_SHARE = re.compile(r"(?<![\w-])(?P<w>[a-z][\w-]*) on (?=(?:\d+(?:\.\d+)?|rest)%(?:$|[,;]| ,))")


def on_share(norm: str, is_value) -> str:
    """``norm`` with "<value> on N%" said as "<value> N%" where ``is_value`` says the word is a value (``_ON_SHARE``,
    brief sb: the "on" was read as the value)."""
    return _ON_SHARE.sub(lambda m: m.group("w") + " " if is_value(m.group("w")) else m.group(0), norm)


#: "..., the rest whatever", "- rest: anything", "the other half random": the rest left to any value, which is what a
#: mix that does not add up to 100% does; the words say nothing more (brief sb: 'whatever' was read as a value).
_REST_ANYONE = re.compile(r"(?i)\s*[,;]?\s*(?:[-*\u2022]\s+)?(?:and |but )?(?:the )?(?:rest|others|remainder|other half)\s*:?\s*"
                          r"(?:can be |is |are |-\s*)?(?:whatever|anything|random|whichever)(?: you like)?(?=\s*(?:[,;.!)]|$))",
                          re.MULTILINE)


def rest_anyone(text: str) -> str:
    """``text`` without a clause that leaves the rest to any value (``_REST_ANYONE``)."""
    return _REST_ANYONE.sub("", text)


#: "pony club and group lessons at 25% each", "card or cheque, 45% each": two values, then the rows maybe, then one
#: share said once for each value.
_EACH_SHARE = re.compile(r"(?i)(?<![\w-])(?P<a>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:and|or|&) (?P<b>[a-z][\w-]*)"
                         r"(?P<t> (?!(?:at|with|on)\b)[a-z][\w-]*)?,? (?:at |with |on )?(?P<n>\d+(?:\.\d+)?) ?(?:%|percent) each\b")


def each_share(text: str, is_value) -> str:
    """``text`` with two values and one share "each" said as a share of each value, the rows first ("lessons 25% pony
    club, 25% group", brief sb: 'each' was read as a value); only where ``is_value`` says both words are values (the
    first may be two words) and the word after them, if any, is none (the rows, read as the rules read them)."""
    def one(m: re.Match[str]) -> str:
        first, b, rows, n = m.group("a"), m.group("b"), (m.group("t") or "").strip(), m.group("n")
        if rows and is_value(rows.lower()) or not is_value(b.lower()):
            return m.group(0)
        head, _, last = first.rpartition(" ")
        a = first if is_value(first.lower()) else last if head and is_value(last.lower()) else None
        if a is None:
            return m.group(0)
        before = head + " " if a == last and head else ""
        return f"{before}{rows + ' ' if rows else ''}{n}% {a}, {n}% {b}"
    return _EACH_SHARE.sub(one, text)


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
