"""How facts are joined in a clause (brief s27, issue 11): a clause the rules leave partly unread is read again as the
facts it joins, each of which the rules read whole on its own.

``joined`` runs once over the clauses of a request (``parse.parse``), after they are grounded and merged, and only on a
clause whose words the rules leave unread as typed. It tries, in order, the readings below, and keeps the first one
that leaves no word unread (a split that leaves a word unread is no split: the clause stays as typed, and the rules
quote it back):

- a share that points back at the rows said before ("phone empty for a fifth of them", "anonymous for half of
  those"): "of the <rows>";
- two facts in one clause, joined by "and" or a comma ("leave phone empty for a fifth of them and linkedin missing
  for 40%", "members: phone missing for 30% and newsletter off for half"): one clause per fact, each read after the
  one before (its rows are the subject of the next);
- the readings of ``joinwords`` (a count after its noun, "everyone has X", lists said respectively, "for each of N
  X", a pipeline under its total).

Every clause read this way is shown as read (``Scope.read_as``), so the split is seen in ``plan --scope``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from seedbed.generate.realistic.vocab import load
from seedbed.scope.chatter import antecedent
from seedbed.scope.ground import Grounding
from seedbed.scope.inflect import singular
from seedbed.scope.model import Count, Fanout, Unsupported

__all__ = ["joined"]

Clauses = list[tuple[str, str]]

#: Where two facts meet: "and" (or "but", "while", "plus") or a comma, maybe both.
_JOINT = re.compile(r" (?:, (?:and |but |while |plus )?|and |but |while |plus |; )|,(?=\d+ of (?:them|those|these)$)"
                    r"|(?<=\d) (?=(?:all|mostly|most|half|some|none|nearly all|almost all|\d+(?:\.\d+)?%) [a-z])")
#: A share pointing back at the rows said before: "a fifth of them", "20% of those" (at the end or before "and").
_OF_THEM = re.compile(r"\b(?P<q>\d+(?:\.\d+)?%|half|most|all|none|some|a few|many) of (?:them|those|these)\b")
#: A count pointing back at the rows said before: "60 of them", "about 300 of those".
_N_OF_THEM = re.compile(r"^(?:(?:and|with|so) )?(?:(?P<q>about|around|roughly|some|like|maybe) )?(?P<n>\d+) (?:of (?:them|those|these)"
                        r"(?: (?:in all|in total|total|overall))?|in all|in total|total|overall|altogether)(?=$| :| ,)")
#: A count pointing back at the start of a clause: "300 in all: ...", "60 of them , ...".
_COUNT_FIRST = re.compile(r"^(?:(?:about|around|roughly|some|like|maybe) )?(?P<n>\d+) (?:of (?:them|those|these)|in all|in total|total|"
                          r"overall|altogether)(?P<rest>(?: ?:| ,) .+)?$")
#: Rows counted, then said of them with a relative word: "around 350 candidates with 5-30 years of experience".
_COUNTED_THEN = re.compile(r"^(?:(?:please )?(?:make|create|generate|add|seed|insert|give me|get me|(?:i |we )?(?:need|want)) )?"
                           r"(?P<head>(?:(?:about|around|roughly|approximately|some|maybe|exactly|like) )?\d+ "
                           r"(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)) (?P<rest>(?:with|where|whose|who|that|which|having) .+)$")
#: The most points a clause is split at (a request of many facts is split at its commas already).
_MOST = 4


def joined(pairs: Clauses, ground: Grounding) -> tuple[Clauses, list[tuple[str, str]]]:
    """The clauses with each one the rules leave partly unread read as the facts it joins (the module's docstring),
    and (said, read) for each clause read so. The clauses are read in order, as ``parse`` reads them (what one says
    is known to the next: the rows said, the values of a mix)."""
    from seedbed.scope.clause import Context

    ctx = Context(ground=ground)
    out: Clauses = []
    shown: list[tuple[str, str]] = []
    rows: str | None = None
    for original, norm in _counted_next(pairs, ground, shown):
        ctx.phrase = original
        parts = None
        had = _quantified(norm, rows)
        if had is not None and has_column(norm, ground):
            parts = had  # "each with a nationality": said of the rows, never children (quoted back if not read)
            _whole(ctx, had)
        elif had is not None and _whole(ctx, had):
            parts = had  # "every one of them has an email": said of the rows
        elif not _whole(ctx, [norm]):
            parts = next((r for c in [[norm], *_splits(norm)] if (r := _greedy(ctx, c, rows, ground)) not in (None, [norm])),
                         None)
            if parts is None:
                _whole(ctx, [norm], keep=True)
        if parts is None:
            out.append((original, norm))
        else:
            out += [(original, p) for p in parts]
            shown.append((original, " | ".join(parts)))
        for n in parts or [norm]:
            rows = antecedent(n, ground) or rows
    return out, shown


def _counted_next(pairs: Clauses, ground: Grounding, shown: list[tuple[str, str]]) -> Clauses:
    """A table said alone (maybe with a collective noun: "submission funnel") and counted at the start of the next
    clause ("300 in all: sourced 40% , ..."): one clause, "300 submission : sourced 40% , ..."."""
    out: Clauses = []
    for original, norm in pairs:
        m = _COUNT_FIRST.match(norm)
        table = re.sub(r"^(?:the|our|all|all the) ", "", _plain(out[-1][1], ground)) if out else ""
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
    return out


def _greedy(ctx: object, parts: list[str], rows: str | None, ground: Grounding) -> list[str] | None:
    """The parts read in turn, each the first of its readings (``_readings``) that the rules read whole after the
    parts before it; None (``ctx`` as it was) when one of them has none."""
    first, subject = len(ctx.items), ctx.subject
    out: list[str] = []
    for p in parts:
        said = next((r for r in _readings(p, rows, ground) if _whole(ctx, r)), None)
        if said is None:
            del ctx.items[first:]
            ctx.subject = subject
            return None
        out += said
        for n in said:
            rows = antecedent(n, ground) or rows
    return out


def _readings(part: str, rows: str | None, ground: Grounding) -> Iterator[list[str]]:
    """A part as typed, then in other words (``_variants``), then as its count and what is said of the rows counted
    ("around 350 candidates with 5-30 years of experience": "around 350 candidates", "candidates with ...")."""
    for v in _variants(part, rows, ground):
        yield [v]
        m = _COUNTED_THEN.match(v)
        if m and ground.is_table(m.group("t")):
            yield [m.group("head"), f"{m.group('t')} {m.group('rest')}"]


def _whole(ctx: object, parts: list[str], *, keep: bool = False) -> bool:
    """Read ``parts`` in ``ctx`` as ``parse`` reads clauses; whether each is read whole (``misread`` says none is
    partly unread). Its readings stay in ``ctx`` when so (or with ``keep``), else ``ctx`` is as it was."""
    from seedbed.scope.parse import _read

    first, subject, said = len(ctx.items), ctx.subject, list(ctx.unread)
    whole = True
    for p in parts:
        k = len(ctx.items)
        clause, _ = _read(p, ctx.phrase, ctx)
        whole = whole and not _misread(clause, ctx, k)
        ctx.unread.clear()
    if not whole and not keep:
        del ctx.items[first:]
        ctx.subject = subject
    ctx.unread[:] = said
    return whole


def _variants(part: str, rows: str | None, ground: Grounding) -> Iterator[str]:
    """A part as typed, then: its share or count pointing back said of the rows; said of the rows as "every X has";
    in the words the rules read (a range without its preposition, a table without a collective noun after it, a
    vague count of a value as its number)."""
    yield part
    pointed = _pointed(part, rows)
    if pointed != part:
        yield pointed
    had = _quantified(part, rows)
    if had is not None and len(had) == 1:
        yield had[0]
    plain = _plain(pointed, ground)
    if plain != pointed:
        yield plain


def _plain(norm: str, ground: Grounding) -> str:
    """``norm`` in the words the rules read: "between 2-4 contacts" -> "2-4 contacts", "submissions pipeline" ->
    "submissions", "a couple blacklisted" -> "2 blacklisted", "a handful of benefactors" -> "a handful benefactors"
    (a value, not a table)."""
    norm = _BARE_RANGE.sub("", norm)
    norm = _COLLECTIVE.sub(lambda m: m.group("t") if ground.is_table(m.group("t")) else m.group(0), norm)

    def counted(m: re.Match[str]) -> str:
        v = m.group("v")
        if ground.is_table(v) or not ground.label_for(v):
            return m.group(0)
        n = _VALUE_COUNTS.get(m.group("q"))
        return f"{n} {v}" if n is not None else f"{m.group('q').removesuffix(' of')} {v}"
    return _VAGUE_OF.sub(counted, norm)


def _pointed(norm: str, rows: str | None) -> str:
    """"a fifth of them" as "20% of the <rows>", when rows were said before."""
    if rows is None:
        return norm
    norm = _N_OF_THEM.sub(lambda m: f"{m.group('n')} {rows}", norm)  # "..., 60 of them": that many of the rows
    return _OF_THEM.sub(lambda m: f"{m.group('q')} of the {rows}", norm)


#: A range said with its preposition where the rules read it bare ("between 2-4 contacts for each of 25 clients"),
#: and rows said with a possessive ("for each of our 25 clients").
_BARE_RANGE = re.compile(r"(?:^|(?<= ))(?:(?:anywhere|somewhere) )?(?:between|from) (?=\d+(?:\.\d+)?-\d)|(?<=\bof )our (?=\d)")
_VOCAB = load("joins")
#: A table's name and a noun that says its rows as a whole: "submissions pipeline", "order backlog".
_COLLECTIVE = re.compile(r"\b(?P<t>[a-z_][\w-]*) (?:" + "|".join(map(re.escape, _VOCAB["collective"])) + r")\b")
_VALUE_COUNTS: dict[str, int] = _VOCAB["value_counts"]
#: A vague count before one word: "a couple blacklisted", "a handful of benefactors", "a few of cancelled".
_VAGUE_OF = re.compile(r"\b(?P<q>" + "|".join(sorted(map(re.escape, [*_VALUE_COUNTS, "a handful of", "a few of", "lots of",
                                                                        "plenty of", "a lot of"]), key=len, reverse=True))
                       + r") (?P<v>[a-z_][\w-]*)\b")
#: "everyone has an email", "each with a nationality", "all of them have a phone": each row has a value.
_ALL_HAVE = re.compile(r"^(?:(?:and|but|also) )?(?:everyone|everybody|every one|each(?: one)?|all|they all|all of them)"
                       r"(?: of (?:them|those|these))? (?:(?:should|must|will|would|need to) )?(?:also )?"
                       r"(?:has|have|with|having|gets?|comes? with|needs?) (?:(?:a|an|1|one|their|its|the|own|valid) )*"
                       r"(?P<col>[a-z_][\w-]*(?: (?:[a-z_][\w-]*|,))*)$")
#: "no one has a phone", "none of them with a sponsor", "nobody gets a discount": no row has a value.
_NONE_HAVE = re.compile(r"^(?:(?:and|but|also) )?(?:no one|nobody|none|not one|not a single one)(?: of (?:them|those|these))? "
                        r"(?:(?:should|must|will|would) )?(?:has|have|with|having|gets?|comes? with) (?:(?:a|an|1|one|any) )*"
                        r"(?P<col>[a-z_][\w-]*(?: (?:[a-z_][\w-]*|,))*)$")


def _quantified(norm: str, rows: str | None) -> list[str] | None:
    """A clause that says every row (or none) of the rows before has a value, said of them ("every <row> has a X",
    "no <row> has a X"), one clause per value said ("each with a nationality and a date of birth"); None when it is
    no such clause (the rules read it as typed)."""
    if rows is None:
        return None
    row = " ".join([*rows.split(" ")[:-1], singular(rows.split(" ")[-1])])
    for pattern, word in ((_ALL_HAVE, "every"), (_NONE_HAVE, "no")):
        m = pattern.match(norm)
        if m:
            cols = [re.sub(r"^(?:an?|1|one|any|their|its) ", "", c) for c in re.split(r" (?:, and|,|and|or) ", m.group("col"))]
            return [f"{word} {row} has a {c}" for c in cols if c]
    return None


def has_column(norm: str, ground: Grounding) -> bool:
    """Whether a clause says each row has a value of a column, not child rows ("each with a nationality", not "each
    with 3 searches"): its noun names no table (``parse`` then reads it alone, never as a fan-out)."""
    m = _ALL_HAVE.match(norm)
    if m is None:
        return False
    words = m.group("col").split(" ")
    return not any(ground.is_table(w) for w in words) and not any(ground.is_table(f"{a} {b}") for a, b in zip(words, words[1:]))


def _splits(norm: str) -> list[list[str]]:
    """The clause cut at every joint, then at each joint alone (first to last): lists of two or more parts."""
    cuts = [m for m in _JOINT.finditer(norm)][:_MOST]
    if not cuts:
        return []
    out = [_cut(norm, cuts)]
    if len(cuts) > 1:
        out += [_cut(norm, [c]) for c in cuts]
    return out


def _cut(norm: str, cuts: list[re.Match[str]]) -> list[str]:
    parts, start = [], 0
    for c in cuts:
        parts.append(norm[start:c.start()])
        start = c.end()
    parts.append(norm[start:])
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def _misread(clause: object, ctx: object, first: int) -> bool:
    """Whether a clause just read is partly unread: words no rule reads, nothing read at all, a reading not applied
    ("a few" read with nothing), or rows of a table the schema does not have ("a handful of benefactors" read as a
    count of a table "benefactors")."""
    from seedbed.scope.leftover import met_bound
    from seedbed.scope.lexicon import FILLER

    g, new = ctx.ground, ctx.items[first:]
    left = [w for run in clause.leftover() if not met_bound(run) for w in run.split() if w not in FILLER]
    if not new or ctx.unread or left:
        return True
    return any(isinstance(i, Unsupported) or isinstance(i, Count) and i.table and not g.is_table(i.table)
               or isinstance(i, Fanout) and not (g.is_table(i.child) and g.is_table(i.parent)) for i in new)
