"""Words read as values that no column of the schema holds (brief sb of session 17).

A mix's words are the reader's guess at values: "maintenance jobs: ... empty on 60% of jobs" once gave a mix of
'on', "the rest whatever" one of 'whatever', "45% each" one of 'each'. When the column was not named (the reader
chose it by the words) and a word is no value of any column of the schema (no listed value, no flag it names, no
word for "no value", no number), the word is quoted back as not understood and the mix keeps the words that are
values; a mix left with none is not applied, and says so. Never an error for such a word, never a silent reading:

- a word that says the rest is anyone's ("the rest whatever", "rest random") leaves that share to the column's other
  values, as a mix that does not add up to 100% does, and is told with the reading;
- a value said for a column named ("status 50% exploded"), or a share said of several values together ("mostly
  completed or deliverd"), stays an error: the user said what the column is, or the share cannot be cut;
- a word that is a value of another table stays the error ``values.mix_columns`` raises (the value was said).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope.blanks import NO_VALUE
from seedbed.scope.model import Mix

__all__ = ["ANYONE", "guarded_mix", "held_anywhere"]

#: Words that give a share to any value ("the rest whatever"): no value of their own.
ANYONE = frozenset("whatever anything any random whichever misc various".split())


def held_anywhere(label: str, schema: Schema, fold: Any) -> bool:
    """Whether some column of the schema can hold the word as a value: one its CHECK or enum lists (as
    ``values._fit_labels`` fits it), a flag or a moment it names, a word for "no value", a number."""
    from seedbed.scope import values

    key = values._label_key(label)
    if key in NO_VALUE or values._is_number(label):
        return True
    for table in schema.tables:
        for col in table.columns:
            allowed = values.allowed_values(table, col, fold)
            if allowed is not None and not values._fit_labels([label], allowed, col.name)[1]:
                return True
    return bool(values._flag_columns(list(schema.tables), schema, label))


def _column_named(item: Mix, schema: Schema) -> bool:
    """Whether the user named the mix's column: as its column, or by a column's own name where a table's stands
    ("ln_stat: 50% exploded")."""
    from seedbed.scope import values
    from seedbed.scope.names import column_matches

    if item.column is not None:
        return True
    word = item.table
    return bool(word) and not values._is_table(schema, word) and any(
        column_matches(t, word, exact_only=True) for t in schema.tables)


def guarded_mix(item: Mix, schema: Schema, concerned: Any, fold: Any) -> tuple[dict, str, list[str], bool]:
    """``values.mix_columns`` for a mix whose words may not all be values (module docstring): the columns found, the
    reading, the warnings quoting the words left out, and whether anything is applied."""
    from seedbed.scope import values

    try:
        found, text = values.mix_columns(item, schema, concerned, fold)
        return found, text, [], True
    except ScopeError as exc:
        if _column_named(item, schema) or (item.share is not None and len(item.weights) > 1):
            raise
        unheld = [(label, share) for label, share in item.weights if not held_anywhere(label, schema, fold)]
        if not unheld:
            raise
        error = exc
    kept = tuple((label, share) for label, share in item.weights if (label, share) not in unheld)
    anyone = [label for label, _ in unheld if values._label_key(label) in ANYONE]
    warnings = [f"could not place {label!r} (in {item.phrase!r}): no column holds it as a value"
                for label, _ in unheld if label not in anyone]
    if not kept:
        return {}, f"no value of the schema in {', '.join(label for label, _ in item.weights)}", warnings, False
    try:
        found, text = values.mix_columns(replace(item, weights=kept), schema, concerned, fold)
    except ScopeError:
        raise error from None
    if anyone:
        text += f" (the rest {anyone[0]!r}: any value)"
    return found, text, warnings, True
