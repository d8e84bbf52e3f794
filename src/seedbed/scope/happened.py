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

from seedbed.scope.absence import _value_of_column
from seedbed.scope.model import Item, Mix, Nulls
from seedbed.scope.parse import Context, Rule, rule

__all__ = ["happened_rules"]

#: Words that say a value is there or not without naming it: dropped when the rest names the column.
_FILLED = frozenset("""recorded assigned given set filled entered known provided listed ticked checked populated captured
stored logged noted completed supplied kept held added attached allocated""".split())
#: Words that say the value is absent.
_ABSENT = frozenset("no not never without missing blank empty null withheld unknown unset unassigned unallocated "
                    "unrecorded vacant none".split())
_ARTICLES = frozenset("a an the any their its his her".split())
_SHARE = r"(?P<q>\d+(?:\.\d+)?)%"
_ROWS = r"(?: of (?:(?P<pron>them|those|these|which)|(?:(?:the|our|all) )?(?P<t>{noun})))?"
_WORDS = r"(?P<col>[a-z][\w-]*(?: [a-z][\w-]*){0,4}?)"


def _columns(words: list[str], ctx: Context) -> tuple[str, bool] | None:
    """The column words and whether they say the value is absent, or None when a word means nothing here or is
    a value a column lists."""
    g = ctx.ground
    absent = any(w in _ABSENT or (w.startswith("un") and w.endswith("ed") and w[2:] in _FILLED) for w in words)
    said = [w for w in words if w not in _ABSENT and w not in _ARTICLES and not (w.startswith("un") and w[2:] in _FILLED)]
    while len(said) > 1 and said[-1] in _FILLED:
        said = said[:-1]
    if not said or g is None:
        return None
    if any(w in g.labels and not g.is_column(w) for w in said) or " ".join(said) in g.labels \
            or _value_of_column(g, " ".join(words)):
        return None  # "grade A on 30% of inspections": a value of the column said
    said = [p for w in said for p in ([w] if g.explains(w) else w.split("-")) if p]  # "opt-in": opt, in
    if not all(g.explains(w) for w in said):
        return None
    return " ".join(said), absent


def _valued(words: list[str], ctx: Context) -> tuple[str, str] | None:
    """A column and its value said side by side ("grade A", "priority high"): (column words, value)."""
    g = ctx.ground
    if g is None or len(words) < 2 or not _value_of_column(g, " ".join(words)):
        return None
    held = dict(g.said_with)
    for n, w in enumerate(words):
        rest = [o for o in words[:n] + words[n + 1:] if o not in _ARTICLES]
        if w in held and rest and " ".join(rest) in held[w]:
            return " ".join(rest), w
    return None


def _read(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g = ctx.ground
    table = m.group("t") or ctx.subject
    if g is None or table is None or not g.is_table(table) or (m.group("t") is None and m.group("pron") is None
                                                                  and ctx.subject is None):
        return None
    words = [w for w in m.group("col").split() if w not in ("and", "but")]
    if m.groupdict().get("neg"):
        words = ["not", *words]
    if (value := _valued(words, ctx)) is not None:  # "grade A on 30% of inspections"
        ctx.subject = table
        return [Mix(phrase=ctx.phrase, table=table, column=value[0], weights=((value[1], float(m.group("q")) / 100),))]
    found = _columns(words, ctx)
    if found is None or g.is_table(found[0]) and not g.refers_optionally(table, found[0]):
        return None
    col, absent = found
    share = float(m.group("q")) / 100
    ctx.subject = table
    return [Nulls(phrase=ctx.phrase, table=table, column=col, share=share if absent else 1.0 - share)]


def happened_rules() -> Iterable[Rule]:
    """"WORDS on/for N% of ROWS" and "N% of ROWS (have) WORDS": before the value mixes, which would read the
    preposition or the participle as a value (``absence.absence_rules`` yields these last)."""
    from seedbed.scope.rules import NOUN

    rows = _ROWS.format(noun=NOUN)
    yield rule("event share", rf"^(?:(?:and|but) )?{_WORDS} (?:on|for|in) {_SHARE}{rows}$", _read, keep=("t",))
    yield rule("event share", rf"^(?:(?:and|but) )?{_SHARE} of (?:(?:the|our|all) )?(?P<t>{NOUN})(?P<pron>)"
                              rf" (?:(?:have|has|had|were|are|was|is|got) )?(?:(?:been|got) )?(?P<neg>not |never )?{_WORDS}"
                              rf"(?: (?:yet|already|so far))?$", _read, keep=("t",))
