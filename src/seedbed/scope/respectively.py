"""Lists said respectively, and "everything else" left out (brief s27, issue 11).

``respectively`` reads a list of counts after a list of tables as one count per table, in order: "only recruiters
and clients, 10 and 40", "exhibitions and loans, 12 and 50 respectively", "depots and buses: 3 and 40 in that
order" (the tables said alone before are then the counted ones; said with "only", the selection stays). The two lists
must be as long as each other and every word of the first must name a table; anything else is left as typed (the
rules quote it back).

``counted_next`` reads a table said alone and counted at the start of the next clause as one clause ("submission
funnel, 300 in all: ..." -> "300 submission : ..."), and "for each of the 10 ports, 2-4 ships" as "2-4 ships for each
of the 10 ports" (never two counts).

``everything_else`` reads "skip everything else" ("ignore the rest", "drop all other tables", "exclude the others")
after tables were said as leaving out every table of the schema not said, except the parents the said ones need
(a NOT NULL reference): "skip a and b ...", shown as read.
"""

from __future__ import annotations

import re

from seedbed.scope.ground import Grounding
from seedbed.scope.inflect import inflections
from seedbed.scope.rephrase import plain

__all__ = ["counted_next", "everything_else", "respectively", "respective_text"]

Clauses = list[tuple[str, str]]

_N = r"\d+(?:\.\d+)?k?"
#: A list of counts and nothing else: "10 and 40", "10,40", "12 , 50 respectively", "3 and 40 in that order".
_COUNTS = re.compile(rf"^(?:(?:and|with|so|i\.e\.?|that is|:) )?(?:(?P<ns>{_N}(?:(?: ,| and| , and|,| &) ?{_N})+)"
                     r"(?: (?:rows )?(?:respectively|resp\.?|in that order|in order))?"
                     rf"|(?P<one>{_N}) (?:rows )?(?P<each>each|apiece|of each|for each|per table|for both|for all(?: of them)?))"
                     r"(?P<tail> , keep everything else)?$")
#: A list of tables said alone, maybe selected: "only recruiters and clients", "exhibitions and loans", "seed A, B".
_TABLES = re.compile(r"^(?P<head>(?:(?:please|only|just|seed|fill|populate|generate|create|make)(?: only)? )*)(?:the )?"
                     r"(?P<list>[a-z_][\w ,&-]*?)(?: tables?)?(?: :)?$")
_SPLIT = re.compile(r" ?(?:, and|,|and|&) ?")


def respectively(pairs: Clauses, ground: Grounding) -> tuple[Clauses, list[tuple[str, str]]]:
    """The clauses with each list of counts after a list of tables read as one count per table (the module's
    docstring), and (said, read) for each clause read so."""
    out: Clauses = []
    shown: list[tuple[str, str]] = []
    for original, norm in pairs:
        at = re.search(r"(?:^| )(?=\d)", norm)
        if at and at.start() and _COUNTS.match(norm[at.end():]) and _tables(norm[:at.start()].rstrip(" :-"), ground)[1]:
            out.append((original, norm[:at.start()].rstrip(" :-")))  # "recruiters and clients: 10 and 40 respectively"
            norm = norm[at.end():]
        m = _COUNTS.match(norm)
        if m is None or not out:
            out.append((original, norm))
            continue
        prev_orig, prev = out[-1]
        head, tables = _tables(prev, ground)
        counts = [n for n in _SPLIT.split((m.group("ns") or m.group("one")).replace(" ", "")) if n]
        if m.group("each") and tables:  # "ships and ports: 6 each"
            counts = counts * len(tables)
        while tables and not head.strip() and len(tables) < len(counts) and len(out) > 1 and _tables(out[-2][1], ground, 1)[1]:
            popped = out.pop(-2)  # "ships, ports and passengers: 5, 10 and 300": the list cut at its comma
            more = _tables(popped[1], ground, 1)
            head, tables, prev_orig = more[0], more[1] + tables, f"{popped[0]}, {prev_orig}"
        if not tables or len(tables) != len(counts):
            out.append((original, norm))
            continue
        said = " and ".join(f"{n} {t}" for n, t in zip(counts, tables)) + (m.group("tail") or "")
        if head.strip():  # "only recruiters and clients, 10 and 40": the selection, then the counts
            out.append((original, said))
            shown.append((original, said))
        else:  # "exhibitions and loans, 12 and 50 respectively": the tables said once, counted
            out[-1] = (f"{prev_orig}, {original}" if prev_orig != original else original, said)
            shown.append((out[-1][0], said))
    return out, shown


_WORD = r"[A-Za-z_][\w-]*"
#: Counts said before their tables: "6 and 12 ships and ports respectively" (read before the numbers are normalised:
#: "6 and 12" alone would be a range).
_COUNTS_FIRST = re.compile(rf"(?i)\b(?P<ns>\d[\d,.]*k?(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)\d[\d,.]*k?)+)\s+"
                           rf"(?:of\s+)?(?:the\s+)?(?P<ts>{_WORD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_WORD})+)\s+respectively\b")
#: Counts in brackets after their tables: "ships and ports (6 and 12)".
_COUNTS_BRACKET = re.compile(rf"(?i)\b(?P<ts>{_WORD}(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_WORD})+)\s*\(\s*"
                             r"(?P<ns>\d[\d,.]*k?(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*/\s*)\d[\d,.]*k?)+)"
                             r"(?:\s*,?\s*respectively)?\s*\)")
#: Tables and counts said with slashes: "ships/ports: 6/12".
_SLASHED = re.compile(rf"(?i)\b(?P<ts>{_WORD}(?:\s*/\s*{_WORD})+)\s*(?::|=|-)?\s*(?P<ns>\d[\d,.]*k?(?:\s*/\s*\d[\d,.]*k?)+)\b")


def respective_text(text: str, ground: Grounding) -> str:
    """The request with counts said respectively in other orders put after their tables ("6 and 12 ships and ports
    respectively", "ships and ports (6 and 12)", "ships/ports: 6/12" -> "ships and ports, 6 and 12"), when every word
    of the list names a table and the lists are as long as each other; else as typed."""
    def put(m: re.Match[str]) -> str:
        tables = [t for t in re.split(r"\s*(?:,\s*and|,|/|\band\b)\s*", m.group("ts")) if t.strip()]
        counts = [n for n in re.split(r"\s*(?:,\s*and|,(?!\d{3}\b)|/|\band\b)\s*", m.group("ns")) if n.strip()]
        if len(tables) != len(counts) or not all(ground.is_table(t) for t in tables):
            return m.group(0)
        return f"{' and '.join(tables)}, {' and '.join(counts)}"
    for pattern in (_COUNTS_FIRST, _COUNTS_BRACKET, _SLASHED):
        text = pattern.sub(put, text)
    return text


def _tables(norm: str, ground: Grounding, least: int = 2) -> tuple[str, list[str]]:
    """The words before a list of tables ("only ") and its tables, in order, when every word of the list names one
    (at least ``least`` of them)."""
    m = _TABLES.match(norm)
    if m is None:
        return "", []
    words = [w.strip() for w in _SPLIT.split(m.group("list")) if w.strip()]
    return (m.group("head"), words) if len(words) >= least and all(ground.is_table(w) for w in words) else ("", [])


#: "skip everything else", "ignore the rest", "drop all the other tables", "exclude the others", "leave the rest out".
_ELSE = re.compile(r"^(?:(?:and|but|then|,) )*(?:please )?(?P<verb>skip|ignore|exclude|drop|omit|forget|leave out|leave)"
                   r" (?:everything else|all else|(?:all )?the rest|(?:all )?(?:the )?other tables|(?:all )?the others|"
                   r"every other table|anything else)(?: (?:out|empty|alone))?(?: (?:entirely|completely|altogether|too|"
                   r"for now|please))?$")


def everything_else(pairs: Clauses, ground: Grounding) -> tuple[Clauses, list[tuple[str, str]]]:
    """The clauses with "skip everything else" read as leaving out each table not said before it (nor needed by
    one said), and (said, read) for each clause read so; none said before: left as typed."""
    out: Clauses = []
    shown: list[tuple[str, str]] = []
    for original, norm in pairs:
        m = _ELSE.match(norm)
        if m is None or (m.group("verb") == "leave" and not re.search(r" (?:out|alone)\b", norm)):
            out.append((original, norm))
            continue
        said = _said_tables(" ".join(n for _o, n in out), ground)
        others = [t for t in ground.names if t not in _needed(said, ground)] if said else []
        if not others:
            out.append((original, norm))
            continue
        read = "skip " + " and ".join(others)
        out.append((original, read))
        shown.append((original, read))
    return out, shown


def _said_tables(text: str, ground: Grounding) -> set[str]:
    """The schema's tables (names) that the words of ``text`` name, one word or two."""
    words = re.findall(r"[a-z_][\w-]*", text)
    said: set[str] = set()
    for i, w in enumerate(words):
        for form in (f"{w}_{words[i + 1]}" if i + 1 < len(words) else None, w):
            if form and ground.is_table(form):
                forms = inflections(form)
                said |= {n for n in ground.names if n in forms or any(n.endswith(f"_{f}") for f in forms)}
    return said


def _needed(said: set[str], ground: Grounding) -> set[str]:
    """The tables said and every parent they need rows in (a NOT NULL reference), transitively."""
    need, todo = set(said), list(said)
    required = ground.refs - ground.optional_refs
    while todo:
        t = todo.pop()
        for child, parent in required:
            if child == t and parent not in need:
                need.add(parent)
                todo.append(parent)
    return need


#: A count pointing back at the start of a clause: "300 in all: ...", "60 of them , ...".
_COUNT_FIRST = re.compile(r"^(?:(?:about|around|roughly|some|like|maybe) )?(?P<n>\d+) (?:of (?:them|those|these)|in all|in total|total|"
                          r"overall|altogether)(?P<rest>(?: ?:| ,) .+)?$")
#: The parents said first: "for each of the 10 ports", "and for each of our 25 clients".
_EACH_OF_FIRST = re.compile(r"^(?:(?:and|then|also) )?(?:for|in|on) (?:each|every one) of (?:the |our |those |these )?(?P<n>\d+) "
                            r"(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)$")
#: The rows the next clause is about, said first: "for searches", "as for the clients", "regarding invoices".
_FOR_HEAD = re.compile(r"^(?:(?:and|then|also) )?(?:for|as for|about|regarding|as regards|concerning|on) (?:the |all |all the )?"
                       r"(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)$")
#: A clause that says which tables are seeded, never about the rows said before it.
_SELECTS = re.compile(r"^(?:(?:and|but|then|please) )*(?:skip|only|just|exclude|ignore|omit|drop|seed|fill|generate|populate|"
                      r"no|don't|do not|nothing|everything)\b")
#: The children after them: "2 ships", "between 2-4 ships", "about 3 bookings".
_CHILDREN = re.compile(r"^(?:(?:between|from|about|around|roughly|exactly|some) )?\d+(?:-\d+)? [a-z_][\w-]*(?: [a-z_][\w-]*)?$")


def counted_next(pairs: Clauses, ground: Grounding) -> tuple[Clauses, list[tuple[str, str]]]:
    """A table said alone (maybe with a collective noun: "submission funnel") and counted at the start of the next
    clause ("300 in all: sourced 40% , ...") as one clause ("300 submission : sourced 40% , ..."); the parents of
    "for each of N X" said before their children ("for each of the 10 ports, 2 ships") as "2 ships for each of the 10
    ports"; the rows said first with "for" ("for searches, leave the retainer empty on most of them") as the head of
    the next clause. And (said, read) for each clause read so."""
    out: Clauses = []
    shown: list[tuple[str, str]] = []
    for original, norm in pairs:
        head = _FOR_HEAD.match(out[-1][1]) if out else None
        if head and ground.is_table(head.group("t")) and not ground.is_table(norm) and not _SELECTS.match(norm):
            # "for searches, leave the retainer empty on most of them": the head of the next clause
            out[-1] = (f"{out[-1][0]}, {original}", f"{head.group('t')} : {norm}")
            shown.append(out[-1])
            continue
        each = _EACH_OF_FIRST.match(out[-1][1]) if out else None
        if each and ground.is_table(each.group("t")) and _CHILDREN.match(norm):
            out[-1] = (f"{out[-1][0]}, {original}", f"{norm} for each of {each.group('n')} {each.group('t')}")
            shown.append(out[-1])
            continue
        m = _COUNT_FIRST.match(norm)
        table = re.sub(r"^(?:the|our|all|all the) ", "", plain(out[-1][1], ground)) if out else ""
        if not ground.is_table(table) or re.search(r"\d", table):
            out.append((original, norm))
            continue
        if m is not None:
            norm = f"{m.group('n')} {table}{m.group('rest') or ''}"
        elif not re.match(rf"\d+ {re.escape(table)}(?: |$)", norm):  # "300 of them" read already as "300 candidate"
            out.append((original, norm))
            continue
        out[-1] = (f"{out[-1][0]}, {original}", norm)
        shown.append(out[-1])
    return out, shown
