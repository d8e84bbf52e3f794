"""The layout of a pasted request (brief s17 of session 9): lists, headings and tables, as lines.

Agents and tickets lay a request out: numbered items on one line ("1) 5 marinas 2) each with 20-30
berths 3) 150 owners", "(1) ... (2) ..."), markdown headings over the lines about one table ("## Boats"
then "- 150 total" and "- mostly monohull"), markdown tables of counts ("| boats | 150 |"), bold
words and task boxes ("- [ ] **50 users**"). Each becomes the lines a person would have typed: one
clause per item, the heading's table said at the start of each of its lines ("boats: 150 total"), a
table's row as "first cell: the others". A heading that names no table stays a line of its own (read,
or quoted back); nothing is dropped but the marks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["laid_out"]

#: A number that starts an item inside a line: "1) ", "(2) ", "3. " (a space after it, a space or the start before).
_INLINE_MARK = re.compile(r"(?:(?<=\s)|^)\(?(\d{1,2}|[a-h](?=\)))(?:\)|\.(?=\s))\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<h>.+?)\s*#*\s*:?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: Emphasis and task boxes: "**50 users**", "__only__", "- [ ] ", "- [x] ".
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_TASK_BOX = re.compile(r"(?m)^(\s*(?:[-*+\u2022]\s+)?)\[[ xX]\]\s+")


def _numbered(line: str) -> str:
    """Items numbered 1, 2, 3 ... (or lettered a), b), c) ...) inside one line, each on a line of its own (only a run
    that counts from the first)."""
    marks = list(_INLINE_MARK.finditer(line))
    run: list[re.Match[str]] = []
    for m in marks:  # a run that counts 1, 2, 3 ... or a), b), c) ...
        said = m.group(1)
        if (int(said) if said.isdigit() else ord(said) - ord("a") + 1) == len(run) + 1 and (
                not run or said.isdigit() == run[0].group(1).isdigit()):
            run.append(m)
    if len(run) < 2 or (run[0].start() > 0 and line[:run[0].start()].strip() and not line[:run[0].start()].rstrip().endswith(":")):
        return line
    out, pos = [], 0
    for m in run:
        out.append(line[pos:m.start()].rstrip())
        pos = m.end()
    out.append(line[pos:])
    return "\n".join(p for p in out if p.strip())


def _row(line: str) -> list[str]:
    m = _TABLE_ROW.match(line)
    return [c.strip() for c in m.group("cells").split("|")] if m else []


def _names_table(line: str, ground: Grounding | None) -> bool:
    """Whether a line starts with a table's name (maybe after its count): "ticket_sales: 200", "40 films"."""
    first = re.match(r"\s*(?:\d[\d,.]*k?\s+)?([A-Za-z_][\w.]*)", line)
    return ground is not None and first is not None and ground.is_table(first.group(1).lower().rpartition(".")[2])


#: A line that is a table's name and a colon, over the bulleted lines about it ("pilots:" then "- 12", "- ...").
_TABLE_HEAD = re.compile(r"^\s*(?P<h>[A-Za-z_][\w .]*?)\s*:\s*$")
_BULLET = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*+\u2022\u00b7])\s+\S")


def _table_head(line: str, after: str, ground: Grounding | None) -> re.Match[str] | None:
    """"pilots:" right over a bulleted line: a heading that names its table, as "## Pilots"."""
    m = _TABLE_HEAD.match(line)
    return m if m and ground is not None and _BULLET.match(after) and ground.is_table(m.group("h").lower()) else None


def laid_out(text: str, ground: Grounding | None = None) -> str:
    """``text`` with its layout made lines (module docstring); text with no layout is unchanged."""
    if not re.search(r"[#|*_\[]|\d[.)]\s|\(\d\)|\b[a-h]\)\s", text):
        return text
    text = _TASK_BOX.sub(r"\1", _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text))
    lines = text.split("\n")
    out: list[str] = []
    head: str | None = None  # the table a heading names, said before each line under it
    for i, line in enumerate(lines):
        if _TABLE_RULE.match(line) and "|" in line:
            if out and _row(lines[i - 1]) and not re.search(r"\d", lines[i - 1]):
                out.pop()  # the header row ("| table | rows |") says what the columns are, nothing of the data
            continue
        cells = [c for c in _row(line) if c]
        if cells:
            line = cells[0] + (": " + ", ".join(cells[1:]) if len(cells) > 1 else "")
        heading = _HEADING.match(line) or _table_head(line, lines[i + 1] if i + 1 < len(lines) else "", ground)
        if heading:
            said = heading.group("h").strip()
            head = said if ground is not None and ground.is_table(said.lower()) else None
            if head is None:
                out.append(said + ".")
            continue
        if head is not None and line.strip():
            mark = re.match(r"\s*(?:\d{1,2}[.)]|[-*+\u2022\u00b7])?\s*", line)
            if mark.end() == 0 and _names_table(line, ground):
                head = None  # a line of its own after the heading's list: "ticket_sales: 200"
            else:
                line = f"{head}: {line[mark.end():]}"
        out.extend(_numbered(line).split("\n"))
    return "\n".join(out)
