"""A trade's list for a bare head serves only a table of the trade's own things (issue 10, round 10, r35).

A pack lists a trade's values under a head of one word (``condition``, ``role``, ``format``,
``count``, ``duration``). Read wherever the trade leads the schema, such a head took the list in
every table: a dental schema's ``patients.condition`` (a medical condition) got tooth conditions,
a film schema's ``files.format`` a production's formats, a wildlife survey's ``staff_count`` a
count of animals. The head alone does not say which thing it qualifies; the table does.

So a one-word head that is not itself a word of the trade (``redshift`` or ``okta`` say the trade
alone) serves only where the table's name or the column's other words (``sherd_count``) say the
trade: one of its ``words``, or one of its ``nouns`` (trades.json packs: the trade's things whose
names are too plain to say the trade in a schema, ``chart``, ``scene``, ``target``), or a table of
the trade's own workforce (``staff.grade`` of an audit firm is its grade). Elsewhere the column is
left to the general rules (a patient's condition is a medical one).
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["bare_fits"]

#: Tables of the people who do the trade's work: their role, grade and level are the trade's own.
_WORKFORCE = frozenset("staff employee personnel worker crew team".split())


@lru_cache(maxsize=1)
def _own() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each trade's words (a head among them says the trade alone), and its words and nouns (what
    a table of its own things may be named by)."""
    from seedbed.generate.realistic.vocab import load

    out = {}
    for trade, spec in load("trades")["trades"].items():
        words = frozenset(spec.get("words", "").split())
        out[trade] = (words, words | frozenset(spec.get("nouns", "").split()))
    return out


def bare_fits(ctx: Ctx, trade: str, phrase: str) -> bool:
    """Whether the ``trade``'s list for ``phrase`` may serve ``ctx``'s column: always for a phrase of
    several words or one of the trade's own words; a bare head only in a table the trade's words or
    nouns name, or with a qualifier of the column that does (module docstring)."""
    if " " in phrase:
        return True
    if trade not in _own():
        return True
    words, own = _own()[trade]
    if phrase in words:
        return True
    qualifiers = {*ctx.table_toks, *(t for t in ctx.toks if t != phrase)}
    return bool(qualifiers & own) or bool(set(ctx.table_toks[-1:]) & _WORKFORCE)
