"""A column said by what happened to the row, with the share of rows it happened to (brief s34, issue 11):
"refunded on 2% of them", "reminder sent on a quarter of rent payments", "stood down on 15% of dispatches",
"no mechanic assigned on 15% of them", "repair cost not recorded on a quarter of repairs", "15% of tenants
have left", "inspector not recorded for 40% of inspections", "marketing opt-in ticked for 40% of riders".

The words are a column's (a participle or a noun of the event: ``refunded_at``, ``reminder_sent_at``,
``stood_down``, ``mechanic_id``); a word that says nothing of the column but that it was filled ("recorded",
"assigned", "ticked") is dropped when the rest names it. A negation or a word of absence ("not", "no",
"missing", "withheld", "unassigned") says the share is the empty one, else the share is the one set. The item
is a ``Nulls`` (``absence.resolve_nulls``: a NULL share, or a flag's share of true). Read only when every word
means something here and none is a value a column lists ("grade A on 30%" and "8% of rides abandoned" are
value mixes, read by ``mixes``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.absence import _SHARE, _share, value_of_column
from seedbed.scope.model import Item, Mix, Nulls
from seedbed.scope.parse import Context, Rule, rule

__all__ = ["happened_rules"]

#: Words that say a value is there or not without naming it: dropped when the rest names the column.
_FILLED = frozenset("""recorded assigned given set filled entered known provided listed ticked checked populated captured
stored logged noted completed supplied kept held added attached allocated available present switched turned on
enabled activated""".split())
#: Words that say the value is absent.
_ABSENT = frozenset("no not never without missing blank empty null withheld unknown unset unassigned unallocated "
                    "unrecorded vacant none".split())
#: First words after "N% of ROWS" that say no event: a modal, a preposition (a value or a child, read elsewhere).
_NOT_EVENTS = frozenset("should must will would can could may might with without be to from by of for in on at as "
                        "have has get gets".split())
_ARTICLES = frozenset("a an the any their its his her".split())
_ROWS = r"(?: of (?:(?P<pron>them|those|these|which)|(?:(?:the|our|all) )?(?P<t>{noun})))?"
_WORDS = r"(?P<col>[a-z][\w-]*(?: [a-z\d][\w-]*){0,4}?)"


def _columns(words: list[str], ctx: Context) -> tuple[str, bool] | None:
    """The column words and whether they say the value is absent, or None when a word means nothing here or is
    a value a column lists."""
    g = ctx.ground
    absent = any(w in _ABSENT or (w.startswith("un") and w.endswith("ed") and w[2:] in _FILLED) for w in words)
    said = [w for w in words if w not in _ABSENT and w not in _ARTICLES and not (w.startswith("un") and w[2:] in _FILLED)]
    while len(said) > 1 and said[-1] in _FILLED:
        said = said[:-1]
    if not said or g is None or any(ch.isdigit() for w in said for ch in w):
        return None  # "30% have a retainer between 15k and 50k": a range too, read elsewhere
    if any(w in g.labels and not g.is_column(w) for w in said) or " ".join(said) in g.labels \
            or value_of_column(g, " ".join(words)):
        return None  # "grade A on 30% of inspections": a value of the column said
    said = [p for w in said for p in ([w] if g.explains(w) else [w.replace("-", "")] if g.explains(w.replace("-", ""))
                                      else w.split("-")) if p]  # "check-off": checkoff; "opt-in": opt, in
    if not all(g.explains(w) for w in said):
        return None
    return " ".join(said), absent


def _valued(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """A column and its value said side by side ("grade A", "priority high"): (column words, value)."""
    g = ctx.ground
    if g is not None and len(words) >= 2 and re.fullmatch(r"\d+", words[-1]) and "_".join(words[:-1]) in g.number_columns:
        return " ".join(words[:-1]), words[-1]  # "priority 1 on 5% of them": a number of a number column
    if g is None or len(words) < 2 or not value_of_column(g, " ".join(words)):
        return None
    held = dict(g.said_with)
    for n, w in enumerate(words):
        rest = [o for o in words[:n] + words[n + 1:] if o not in _ARTICLES]
        if w in held and rest and " ".join(rest) in held[w]:
            return " ".join(rest), w
    return None


def _read(m: re.Match[str], ctx: Context, *, absent: bool = False, lead: bool = False) -> list[Item] | None:
    """The item of a match; ``absent``: the share said is the empty one; ``lead``: the share came first."""
    g = ctx.ground
    table = m.groupdict().get("t") or ctx.subject
    if g is None or table is None or not g.is_table(table):
        return None
    words = [w for w in m.group("col").split() if w != "but"]
    if lead and words[0] in _NOT_EVENTS:
        return None  # "a fifth of those items should be vegetarian", "every other one with a coupon": read elsewhere
    if m.groupdict().get("neg") or absent:
        words = ["not", *words]
    while words and words[0] == "and":
        words = words[1:]
    share = _share(m.group("q")) if m.group("q") else 1.0  # "no outcome recorded": on every row
    if (value := _valued(words, ctx)) is not None:  # "grade A on 30% of inspections"
        ctx.subject = table
        return [Mix(phrase=ctx.phrase, table=table, column=value[0], weights=((value[1], share),))]
    # "email & mobile blank for 15% of members": each column with the words said after the last one
    parts = [p.split() for p in " ".join(words).split(" and ")]
    tail = [w for w in parts[-1] if w in _ABSENT or w in _FILLED]
    found = [_columns(p if p is parts[-1] else p + tail, ctx) for p in parts]
    if lead and len(found) == 1 and found[0] and " " not in found[0][0] and g.is_label(found[0][0]):
        # "5% of users deactivated", "15% of tenants have left": a flag's word, a value mix (``values._flag_columns``)
        ctx.subject = table
        word = ("non" if found[0][1] else "") + found[0][0]
        return [Mix(phrase=ctx.phrase, table=table, column=None, weights=((word, share),))]
    if not all(found) or any(g.is_table(f[0]) and not g.refers_optionally(table, f[0]) for f in found if f):
        return None
    again = {w for p in parts for w in p} | _ABSENT | _FILLED
    if m.groupdict().get("rest") and not all(w in again or w.removeprefix("non") in again or w.removeprefix("un") in again
                                             for w in m.group("rest").split()):
        return None  # "refunded on 3% of them, the rest not refunded" ("nonrefunded"): the same said again
    ctx.subject = table
    return [Nulls(phrase=ctx.phrase, table=table, column=col, share=share if empty else round(1.0 - share, 6))
            for col, empty in filter(None, found)]


def happened_rules() -> Iterable[Rule]:
    """"WORDS on/for N% of ROWS" and "N% of ROWS (have) WORDS": before the value mixes, which would read the
    preposition or the participle as a value (``absence.absence_rules`` yields these last); "WORDS should be
    filled for everyone except N%"."""
    from seedbed.scope.rules import NOUN

    rows = _ROWS.format(noun=NOUN)
    rest = r"(?: ?,)? (?:and )?(?:the (?:rest|others)|rest%) (?P<rest>[a-z ]+?)"
    yield rule("event share", rf"^(?:(?:and|but) )?{_WORDS} (?:on|for|in|at) {_SHARE}{rows}(?: each| either| too)?(?:{rest})?$",
               _read, keep=("t",))
    yield rule("event share", rf"^(?:(?:and|but) )?{_SHARE} of (?:(?:the|our|all) )?(?P<t>{NOUN})"
                              rf" (?:(?:have|has|had|were|are|was|is|got) )?(?:(?:been|got) )?(?P<neg>not |never )?{_WORDS}"
                              rf"(?: (?:yet|already|so far))?(?:{rest})?$", lambda m, ctx: _read(m, ctx, lead=True), keep=("t",))
    # "no outcome recorded either": none of the rows said before
    yield rule("event share", rf"^(?:(?:and|but) )?(?P<col>no [a-z][\w-]*(?: [a-z][\w-]*){{0,3}}? (?:{'|'.join(sorted(_FILLED))}))"
                              rf"(?P<q>)(?: (?:either|too|at all|yet))?$", _read)
    yield rule("event share", rf"^(?:(?:and|but) )?{_WORDS} (?:should|must|will|is|are) be (?:{'|'.join(sorted(_FILLED))})"
                              rf"(?: in)? for (?:everyone|everybody|every one|all(?: of them)?|all rows) (?:except|but) "
                              rf"(?:(?:about|around|roughly) )?{_SHARE}(?: (?:who|which|that) (?:are|is) (?:still )?[a-z ]+)?$",
               lambda m, ctx: _read(m, ctx, absent=True))
