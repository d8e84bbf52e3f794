"""A verb that names a dimension wins over a unit alone (brief s25 of session 11): "vans weighing under 3000 kg" is
about a weight column of the van, never ``payload_kg`` because both are in kilograms; "crates weighing under 30 kg"
is ``weight_kg``, not ``capacity_kg`` too.

A range read from "<verb> <bound> <number> <unit>" names its column by the unit when nothing else is said. When the
phrase's verb names a dimension (``verbcols``: weigh -> weight, cost -> price, cover -> distance, carry -> load) the
columns the unit found must say that dimension (``ground.CONCEPTS``: a weight is a ``weight`` or a ``mass``); when
none does, the phrase is quoted back with the verb (an error, as for any range no column matches).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedbed.errors import ScopeError
from seedbed.generate.realistic.vocab import load
from seedbed.model import Column, Table
from seedbed.scope.ground import CONCEPTS, stem
from seedbed.scope.verbcols import VERB_WORDS

__all__ = ["of_said_dimension"]


def _units() -> frozenset[str]:
    from seedbed.scope.lexicon import MEASURE_UNITS

    return frozenset(MEASURE_UNITS) | frozenset(load("verbcols")["units"].split())


def _dimension(phrase: str, unit: str) -> tuple[str, str] | None:
    """(verb as said, concept) of the verb of ``phrase`` that names a dimension ("weighing": weight): of several, the
    last one said before ``unit`` ("weighing under 30 kg and costing under 50 dollars": kg is weighed)."""
    text = phrase.lower()
    at = re.search(rf"(?<![\w-]){re.escape(unit)}(?![\w-])", text)
    end = at.start() if at else len(text)
    best: tuple[int, str, str] | None = None
    for verb, word in VERB_WORDS.items():
        if word not in CONCEPTS:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", text[:end]):
            if best is None or m.start() > best[0] or (m.start() == best[0] and len(verb) > len(best[1])):
                best = (m.start(), verb, word)
    return (best[1], best[2]) if best else None


def _says(col: Column, concept: str) -> bool:
    wanted = {stem(w) for w in CONCEPTS[concept][1]}
    return bool({stem(p) for p in col.name.lower().split("_") if p} & wanted)


def of_said_dimension(column: str, phrase: str, hits: Sequence[tuple[Table, Column]]) -> list[tuple[Table, Column]]:
    """``hits`` of a range whose column was said by a unit alone (``column``: "kg", "weight kg"), kept to the ones of the
    dimension the phrase's verb names; an error quoting the verb when the unit found only columns of another one."""
    words = column.lower().split()
    said = _dimension(phrase, words[-1]) if words else None
    if said is None or not hits:
        return list(hits)
    verb, concept = said
    units = _units()
    if not all(w in units or VERB_WORDS.get(w) == concept or stem(w) in {stem(c) for c in CONCEPTS[concept][1]} | {stem(concept)}
               for w in words) \
            or not any(w in units for w in words):
        return list(hits)
    kept = [(t, c) for t, c in hits if _says(c, concept)]
    if kept:
        return kept
    tables = sorted({str(t.name.name) for t, _ in hits})
    found = ", ".join(f"{t.name.name}.{c.name}" for t, c in hits)
    raise ScopeError(f"no {concept} column in {', '.join(tables)} for {verb!r}", subject=phrase,
                     hint=f"{found} is in {words[-1]} but says no {concept}; name the column to use it")
