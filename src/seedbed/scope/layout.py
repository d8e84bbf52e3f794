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

__all__ = ["laid_out", "unpacked"]

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


#: "3/client", "5-8 / search": a count per a parent written with a slash.
_SLASH_PER = re.compile(r"(\d(?:[\d.,]*)(?:\s*(?:-|to|\u2013)\s*\d[\d.,]*)?)\s*/\s*([A-Za-z][A-Za-z_]*)\b")


#: Keys of a nested object that give its table's count.
_COUNT_KEYS = frozenset("rows count n total number size".split())
#: "appointments 10-20 per groomer": a table, then a count of it per another table.
_TABLE_THEN_PER = re.compile(r"(?i)\b([a-z_][\w]*) (\d[\d.,]*(?:\s*(?:-|to|\u2013)\s*\d[\d.,]*)?) per ([a-z_][\w]*)\b")


def _said(key: str) -> str:
    return key.strip().replace("_", " ") if " " not in key.strip() and "." not in key else key.strip()


def _object_lines(obj: dict, inner: bool = False) -> list[str] | None:
    """A JSON object's pairs as the lines a person would type ("candidates: 90", "searches per client: 1-2");
    a nested object's pairs after its key ("clients: status active 80%"); None for a shape not read here."""
    lines = []
    for key, value in obj.items():
        said = _said(str(key))
        if isinstance(value, dict):
            pairs = None if inner else _object_lines(value, inner=True)
            if pairs is None:
                return None
            lines.append(f"{said}: " + ", ".join(pairs))
        elif isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            lines.append(f"{said}: " + " or ".join(str(v) for v in value))
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            if inner and said in _COUNT_KEYS:
                lines.append(f"{value} rows")  # {"groomers": {"rows": 12}}: 12 groomers
            else:
                lines.append(f"{said} {value}" if inner else f"{said}: {value}")
        elif isinstance(value, bool):
            lines.append(f"{said}: {'yes' if value else 'no'}")
        else:
            return None
    return lines


def unpacked(text: str) -> str:
    """Each outermost JSON object of ``text`` as lines of its pairs (``_object_lines``); what is no JSON stays.
    Read before anything else touches the quotes and colons."""
    import json

    if "{" not in text:
        return text
    out, pos, depth, start = [], 0, 0, -1
    for i, ch in enumerate(text):
        if ch == "{":
            depth, start = depth + 1, i if depth == 0 else start
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                try:
                    obj = json.loads(text[start:i + 1])
                except ValueError:
                    continue
                got = _object_lines(obj) if isinstance(obj, dict) else None
                if got:
                    out += [text[pos:start], "\n" + "\n".join(got) + "\n"]
                    pos = i + 1
    return "".join(out) + text[pos:]


def _slash_per(text: str, ground: Grounding | None) -> str:
    """"3/client" is "3 per client" where the word after the slash is one of the schema's tables."""
    if ground is None or "/" not in text:
        return text
    def per(m: re.Match[str]) -> str:  # "members 40 / trainers 5": a list of counts, not 40 per trainer
        counted = re.match(r"\s*[:=]?\s*\d", text[m.end():]) is not None
        return f"{m.group(1)} per {m.group(2)}" if ground.is_table(m.group(2).lower()) and not counted else m.group(0)
    return _SLASH_PER.sub(per, text)


def _table_then_per(text: str, ground: Grounding | None) -> str:
    """"appointments 10-20 per groomer" is "appointments: 10-20 per groomer" (the count is of the first table,
    per the second), where both words are tables."""
    if ground is None or " per " not in text:
        return text
    return _TABLE_THEN_PER.sub(lambda m: f"{m.group(1)}: {m.group(2)} per {m.group(3)}"
                               if ground.is_table(m.group(1).lower()) and ground.is_table(m.group(3).lower())
                               else m.group(0), text)


#: A line that is a table's name and a colon, over the bulleted lines about it ("pilots:" then "- 12", "- ...").
_TABLE_HEAD = re.compile(r"^\s*(?P<h>[A-Za-z_][\w .]*?)\s*:\s*$")
_BULLET = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*+\u2022\u00b7])\s+\S")


def _table_head(line: str, after: str, ground: Grounding | None) -> re.Match[str] | None:
    """"pilots:" right over a bulleted line: a heading that names its table, as "## Pilots"."""
    m = _TABLE_HEAD.match(line)
    return m if m and ground is not None and _BULLET.match(after) and ground.is_table(m.group("h").lower()) else None


def laid_out(text: str, ground: Grounding | None = None) -> str:
    """``text`` with its layout made lines (module docstring); text with no layout is unchanged."""
    text = _table_then_per(_slash_per(text, ground), ground)
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
