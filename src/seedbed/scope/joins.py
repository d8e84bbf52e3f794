"""How facts are joined in a clause (brief s27, issue 11): a clause the rules leave partly unread is read again as the
facts it joins, each of which the rules read whole on its own.

``joined`` runs once over the clauses of a request (``parse.parse``), after they are grounded and merged (and after
``respectively``'s readings across clauses). Each clause is read in order, as ``parse`` reads it; one the rules leave
partly unread as typed (``_misread``: words no rule reads, a reading not applied, rows of a table the schema does not
have, a verb read as a value) is cut at its joints (``_JOINT``: "leave phone empty for a fifth of them and linkedin
missing for 40%", "recruiters: 8 (all active)"; never the "and" of a range still open: "between March and May") and
each part is read in turn, as typed or in another wording (``rephrase``: pointing back at the rows, "everyone has X",
a predicate two columns share, ...); a table said alone before a colon is the rows of the part after it. The first
reading that leaves no word unread is kept; a split that leaves a word unread is no split (the clause stays as typed
and the rules quote it back). A clause that says each row has a column's value ("each with a nationality") is always read so, never
as children of a table the schema does not have; a clause of shares the rules do not read alone ("the rest confirmed"
after "200 bookings: a few held") is read with the clause before it, as one list of shares.

Every clause read this way is shown as read (``Scope.read_as``), so the split is seen in ``plan --scope``.
"""

from __future__ import annotations

import re
from typing import Any

from seedbed.scope.chatter import antecedent
from seedbed.scope.ground import Grounding
from seedbed.scope.model import Count, Fanout, Mix, Unsupported
from seedbed.scope.rephrase import has_column, quantified, readings

__all__ = ["has_column", "joined"]

Clauses = list[tuple[str, str]]

#: Where two facts meet: "and" (or "but", "while", "plus", "as well as") or a comma, maybe both, a semicolon, a spaced
#: dash or a colon; a count glued to what follows by a comma ("june 2025,60 of them", "crossings: 100,5 delayed"); a
#: count and a share of its rows after it ("recruiters: 8 all active").
_JOINT = re.compile(r" (?:, (?:and |but |while |plus )?|and |but |while |plus |as well as |; |- |\u2014 |\u2013 )"
                    r"|,(?=\d+ (?:of (?:them|those|these)$|[a-z]))|:? : ?|: "
                    r"|(?<=\d) (?=(?:all|mostly|most|half|some|none|nearly all|almost all|\d+(?:\.\d+)?%) [a-z])")
#: A clause that only goes on with the shares of the one before: "rest% confirmed", "and 10% held".
_GOES_ON = re.compile(r"^(?:(?:and|but|with) )?(?:rest%|\d+(?:\.\d+)?%) [a-z_][\w-]*(?: (?:,|and|or) [a-z_][\w-]*)*$")
#: A "between" whose "and" is still to come: that "and" joins a range's ends, never two facts.
_BETWEEN_OPEN = re.compile(r"\bbetween\b(?! \S+-\S)(?!.*\band\b)")
#: The most points a clause is cut at (a request of many facts is cut at its commas already).
_MOST = 4
#: Words read as a value that no value is: a verb of having or being ("30% have a retainer" read as a value "have").
_NO_VALUE = frozenset("have has had are is be were was get gets with without do does only just also both".split())


def joined(pairs: Clauses, ground: Grounding) -> tuple[Clauses, list[tuple[str, str]]]:
    """The clauses with each one the rules leave partly unread read as the facts it joins (the module's docstring),
    and (said, read) for each clause read so."""
    from seedbed.scope.clause import Context

    ctx = Context(ground=ground)
    out: Clauses = []
    shown: list[tuple[str, str]] = []
    rows: str | None = None
    before: tuple[int, str | None, str | None] | None = None  # ctx and rows before the clause last out, when it is one
    for original, norm in pairs:
        ctx.phrase = original
        parts = None
        mark = (len(ctx.items), ctx.subject, rows)
        if before is not None and _GOES_ON.match(norm) and not _whole(ctx, [norm]):
            prev_orig, prev = out[-1]  # "200 bookings: a few held" then "rest% confirmed": the shares go on
            del ctx.items[before[0]:]
            ctx.subject, ctx.phrase = before[1], f"{prev_orig}, {original}"
            if _whole(ctx, [f"{prev} , {norm}"]):
                out[-1] = (ctx.phrase, f"{prev} , {norm}")
                shown.append(out[-1])
                rows = antecedent(out[-1][1], ground) or before[2]
                continue
            ctx.phrase = prev_orig
            _whole(ctx, [prev], keep=True)
            ctx.phrase = original
        had = quantified(norm, rows)
        if had is not None and has_column(norm, ground):
            parts = had  # "each with a nationality": said of the rows, never children (quoted back if not read)
            _whole(ctx, had, keep=True)
        elif _whole(ctx, [norm]):
            pass
        elif had is not None and _whole(ctx, had):
            parts = had  # "every one of them has an email": said of the rows
        else:
            parts = next((r for c in [[norm], *_splits(norm)] if (r := _greedy(ctx, c, rows, ground)) not in (None, [norm])),
                         None)
            if parts is None:
                _whole(ctx, [norm], keep=True)
        if parts is None:
            out.append((original, norm))
        else:
            out += [(original, p) for p in parts]
            shown.append((original, " | ".join(parts)))
        before = mark if parts is None or len(parts) == 1 else None
        for n in parts or [norm]:
            rows = antecedent(n, ground) or rows
    return out, shown


def _greedy(ctx: Any, parts: list[str], rows: str | None, ground: Grounding) -> list[str] | None:
    """The parts read in turn, each the first of its readings (``rephrase.readings``) that the rules read whole after
    the parts before it; None (``ctx`` as it was) when one of them has none."""
    first, subject = len(ctx.items), ctx.subject
    out: list[str] = []
    head = None
    for p in parts:
        if ground.is_table(p) and re.fullmatch(r"[a-z_][\w-]*(?: [a-z_][\w-]*)?", p):
            head = rows = p  # "passengers : email for everyone": the rows the next part is about
            continue
        ways = list(readings(p, rows, ground))
        if head is not None:  # the head kept with the part where the part's own words do not name the rows
            ways = [[f"{head} : {w[0]}", *w[1:]] for w in ways if not w[0].startswith(("every ", "no "))] + ways
        said = next((r for r in ways if _whole(ctx, r)), None)
        if said is None:
            del ctx.items[first:]
            ctx.subject = subject
            return None
        out += said
        head = None
        for n in said:
            rows = antecedent(n, ground) or rows
    return out if head is None else None


def _whole(ctx: Any, parts: list[str], *, keep: bool = False) -> bool:
    """Read ``parts`` in ``ctx`` as ``parse`` reads clauses; whether each is read whole (``_misread``). Its readings
    stay in ``ctx`` when so (or with ``keep``), else ``ctx`` is as it was."""
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


def _misread(clause: Any, ctx: Any, first: int) -> bool:
    """Whether a clause just read is partly unread: words no rule reads, nothing read at all, a reading not applied
    ("a few" read with nothing), rows of a table the schema does not have ("a handful of benefactors" read as a
    count of a table "benefactors"), or a verb read as a value ("30% have a retainer")."""
    from seedbed.scope.leftover import met_bound
    from seedbed.scope.lexicon import FILLER

    g, new = ctx.ground, ctx.items[first:]
    left = [w for run in clause.leftover() if not met_bound(run) for w in run.split() if w not in FILLER]
    if not new or ctx.unread or left:
        return True
    return any(isinstance(i, Unsupported) or isinstance(i, Count) and i.table and not g.is_table(i.table)
               or isinstance(i, Fanout) and not (g.is_table(i.child) and g.is_table(i.parent))
               or isinstance(i, Mix) and any(str(label).lower() in _NO_VALUE for label, _w in i.weights) for i in new)


def _splits(norm: str) -> list[list[str]]:
    """The clause cut at every joint, then at each joint alone (first to last): lists of two or more parts."""
    cuts = [c for c in _JOINT.finditer(norm) if not _BETWEEN_OPEN.search(norm[:c.start()]) or "and" not in c.group(0)][:_MOST]
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
