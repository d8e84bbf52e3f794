"""Remarks around a request's items (brief s25 of session 11): "visits per technician: 0 to 40 (some new guys haven't
done any yet)", "Please create seed data with the following constraints: (1) ...", "## Seed plan" over a table.

- People explain a number in brackets after it. A bracket of several words, no number, that the rules read nothing
  from when it stands alone is such a remark ("(some new guys haven't done any yet)", "(deposit plus final)").
- A list is introduced by a line ending in a colon right before its first item ("Requirements:", "Please create
  seed data with the following constraints:"), a table of counts by a markdown heading ("## Seed plan").
  One that names nothing of the schema and that the rules read nothing from is the list's title.
- A tracker's key starts a ticket pasted as the request ("SEED-212: products table - 25 rows").

Each is set aside and shown with the reading ("set aside (about the request, not the data)"), never applied and
never silently dropped. What the rules read ("(mostly cancelled)", "(3 per teacher)", "customers:" before its
items, "## Boats") stays where it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["bracket_remarks", "without_remarks"]

#: A bracket of at least three words and no digit ("(sorry, make that 150)" corrects a number: not a remark).
_BRACKET = re.compile(r"\s*\((?P<r>[^()\d\n]*[a-z][^()\d\n]*)\)")
#: The first item of a list: a number or a letter with its mark, a bullet.
_ITEM = r"(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[-*+\u2022])\s"
#: A line (or the sentence ending it) that ends in a colon right before the list's first item.
_INTRO = re.compile(rf"(?im)(?:^|(?<=[.!?] ))[ \t]*(?P<r>[a-z][^:\n.!?]{{0,120}}?)[ \t]*:(?=[ \t]*(?:\n[ \t]*)?{_ITEM})")
#: A markdown heading line.
_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(?P<r>[^\n#]+?)[ \t]*#*[ \t]*:?[ \t]*$\n?")


#: A tracker's key before a ticket's words ("SEED-212: products table - 25 rows").
_TICKET = re.compile(r"(?m)^[ \t]*(?P<r>[A-Z][A-Z0-9]{1,9}-\d{1,6})[ \t]*:[ \t]*")


def _remarks(text: str) -> list[tuple[re.Match[str], int]]:
    """Every candidate, with the fewest words it must have to be one (a bracket explains in several words)."""
    return [(m, 3) for m in _BRACKET.finditer(text)] + [(m, 1) for m in _INTRO.finditer(text)] \
        + [(m, 1) for m in _HEADING.finditer(text)] + [(m, 1) for m in _TICKET.finditer(text)]


def _remark(m: re.Match[str], least: int, reads: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z][\w'-]*", m.group("r").lower())
    return len(words) >= least and not reads(m.group("r"))


def bracket_remarks(text: str, reads: Callable[[str], bool]) -> tuple[str, ...]:
    """The remarks of ``text``, as said (``reads``: whether words alone name the schema or say what the rules read)."""
    found = sorted((m.start(), m.group("r").strip()) for m, least in _remarks(text) if _remark(m, least, reads))
    return tuple(dict.fromkeys(r for _, r in found))


def without_remarks(text: str, reads: Callable[[str], bool]) -> str:
    """``text`` without its remarks (a list's title leaves the list)."""
    cuts = sorted((m.start(), m.end()) for m, least in _remarks(text) if _remark(m, least, reads))
    out, pos = [], 0
    for start, end in cuts:
        if start >= pos:
            out.append(text[pos:start])
            pos = end
    out.append(text[pos:])
    return "".join(out)
