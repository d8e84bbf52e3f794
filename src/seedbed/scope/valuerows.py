"""Rows counted by a value their table's kind column holds: "20 musicals", "5 juniors" (issue 11, brief sa).

A business names its rows by their kind as often as by the table: a theatre's "musicals" are productions whose
genre is 'musical', a lab's "juniors" chemists at the junior level. ``mixes._split_counts`` reads several such counts
("8 mechanics, 2 managers"); this reads one alone, said as the whole clause: N, then a plural noun (a noun WordNet
knows, or a word it does not know at all: "groomers"; "200 paid" is no count of rows) whose singular is a label of
one column of one table only, and no table's word itself; a person's word counts rows of a table of people only
("150 temps" are no job orders of type 'temp'). The rows are the count and every one of them holds that value (a
mix of 1.0, said in the plan like "200 cancelled orders"). Two tables holding the label, or a word that is also a
table's, leave the clause to the other readers: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.inflect import singular
from seedbed.scope.model import Item, Mix
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import _count
from seedbed.thesaurus import senses

__all__ = ["value_row_rules"]


def _value_rows(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g = ctx.ground
    word = m.group("w")
    one = singular(word)
    if g is None or one == word or g.is_table(word) or g.is_column(word) or not (senses(one, "n") or not (
            senses(one, "v") or senses(one, "a"))):
        return None
    held = g.holders_of(one)
    if len({t for t, _c in held}) != 1 or len(held) != 1:
        return None
    table = next(iter(held))[0]
    person = senses(one, "n", 1)
    if person and person[0].lexname == "noun.person" and not any(p.people for p in g.profiles if p.name == table):
        return None  # "150 temps" where job orders may be of type 'temp': people, counted (``rowscore``)
    return _count(ctx, table, m.group("n")) + [Mix(phrase=ctx.phrase, table=table, weights=((one, 1.0),))]


def value_row_rules() -> Iterable[Rule]:
    """The rule, run with ``mixes.value_only_rules`` (before a count reads the word as a table)."""
    yield rule("value rows", r"^(?P<n>\d+) (?P<w>[a-z][a-z-]*[a-z])$", _value_rows)
