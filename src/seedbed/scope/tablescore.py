"""A table named by a word no name reader knows, wherever a table is named (issue 11, s32).

``rowscore`` reads a word for rows where rows are counted ("200 temps"); the same word in a heading ("**Temps:**
300"), a markdown table ("| vehicles | 40 |"), a list ("only temps + their compliance docs", "except rentals") or
after a verb ("make 200 readers") reaches ``names.match_table`` as typed, and its readers (a table's own name, a
synonym, an initialism, WordNet, a column's word) each know one kind of evidence. What they all refuse is weighed
here by the one scorer (``rowscore.scores``: the word's spelling against a table's clipped name, WordNet, a person's
word, the values and column words the request says, the tables beside it), against the whole request, so a word is
read the same way wherever it stands. The reading is accepted only when one table clearly leads (``rowscore``'s
thresholds) and is told.

A word is never read here when it is a column's word, a value, a unit or a verb's form ("testing", "filled"): a
table's place in a clause is sometimes a column said by its words ("lapsed date", "field start"), and those are the
column readers' to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from seedbed.model import QualifiedName, Schema
from seedbed.scope.inflect import singular
from seedbed.thesaurus import senses

__all__ = ["request", "scored_table"]

_REQUEST: ContextVar[str] = ContextVar("seedbed_scope_request", default="")


@contextmanager
def request(text: str) -> Iterator[None]:
    """The whole request, for the tables a word is read against while its phrases are resolved."""
    token = _REQUEST.set(text)
    try:
        yield
    finally:
        _REQUEST.reset(token)


def _not_rows(word: str, ground) -> bool:
    """A word that says something else where a table is named: a column's word, a value, a unit, a verb's form."""
    from seedbed.scope.lexicon import CENT_UNITS, FILLER, MONEY_UNITS, TIME_UNITS
    from seedbed.scope.rowscore import _PLAIN, _STOP, names_rows

    one = singular(word)
    named = any(names_rows(one, p) for p in ground.profiles)  # "titles" of title_nm: a column's word, said for rows
    return (ground.is_column(word) and not named or ground.is_label(word) or word in FILLER
            or word in _STOP or one in _PLAIN or one in TIME_UNITS or word in MONEY_UNITS or word in CENT_UNITS
            or word.endswith(("ing", "ed")) and bool(senses(word, "v")) or not (senses(one, "n") or _unknown(one)))


def _unknown(word: str) -> bool:
    return not (senses(word, "v") or senses(word, "a"))


def scored_table(schema: Schema, word: str, among: frozenset[str] | None = None) -> tuple[QualifiedName, str] | None:
    """The table the request points to for ``word`` (normalised: ``temps``, ``dive_logs``) and the reading told, or
    None when nothing leads (module docstring). A word of several is read as one ("dive logs": ``dlog``), else by
    its last word. ``among``: the tables (names, lower case) whose names the word is part of, one of which it names
    ("parts": spare_parts or wo_parts); the request may name them all."""
    from seedbed.scope.ground import grounding
    from seedbed.scope.rowscore import _accepted, _named, clipped_names, scores

    ground = grounding(schema)
    text = _REQUEST.get().lower()
    parts = [p for p in word.replace("-", "_").split("_") if p]
    if not parts or any(_not_rows(p, ground) for p in parts[-1:]) or len(parts) > 1 and _not_rows(word, ground):
        return None
    said = frozenset(_named(text, ground.profiles))
    read = frozenset(w for n in said for w in n.split("_")) | clipped_names(text, ground.profiles)
    for one in dict.fromkeys((singular("".join(parts)), singular(parts[-1]))):
        ranked = scores(one, text, text, ground.profiles, read)
        if among is not None:
            ranked, said = [r for r in ranked if r.table in among], frozenset()
        elif ranked and ranked[0].table not in said:  # "only stations, vehicles and staff": a table the request names
            ranked = ranked[:1] + [r for r in ranked[1:] if r.table not in said]  # by its own name is not this word
        if ranked and _accepted(ranked, said):
            best = ranked[0]
            found = next(t.name for t in schema.tables if t.name.name.lower() == best.table)
            return found, f"{word.replace('_', ' ')!r} is {found} ({'; '.join(best.why)})"
    return None
