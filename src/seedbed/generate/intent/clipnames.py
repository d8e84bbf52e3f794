"""A column whose name is clipped, read again with its clips spelled out (issue 10, r45; ``seedbed.clips``).

Legacy schemas clip their names: ``fst_nm``, ``pst_cd``, ``eml``, ``cntct_nm``, ``wtr_tst.tmp_c``. Read as
written, such a column gets a neutral label (``eml``: 'Eml 3'), or only its word of form reads it (``fst_nm``:
a name built around 'fst', ``pst_cd``: a code). Where so, the column is read again with the clips of its and its
table's names spelled out (``clips.reading_clips``), and that reading is taken when it reads something: a first
name, a postcode, an email, a temperature. A column a reading understood as written keeps it: the readers that
know a clipped word as it is (``etd``, ``abv``, ``asn_no``) are never second-guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.generate.intent.model import Intent
from seedbed.generate.intent.wordnet import Reader, fallback
from seedbed.model import Column, Table

__all__ = ["read_clipped"]

#: Readings a name's word of form gives by itself: a name built around the word before it, a code, a number of a
#: plausible width, an identifier of the column's shape.
_FORMAL = frozenset({"entity.name", "entity.text", "id.code", "id.number", "id.opaque"})


def read_clipped(table: Table, column: Column, found: Intent | None, read: Reader, *, listed: bool = False
                 ) -> Intent | None:
    """``found``, or the column read with its clips spelled out where ``found`` read nothing or only a word of
    form and the names have a clip (the module's docstring). ``listed``: the column's values are listed: kept."""
    from seedbed.clips import reading_clips
    from seedbed.generate.intent.tokens import tokens

    if listed or not (fallback(found) or found is not None and found.name in _FORMAL) or _known_name(column.name):
        return found
    plain = tokens(column.name) + tokens(table.name.name)
    with reading_clips():
        spelled = tokens(column.name) + tokens(table.name.name)
        if spelled == plain:
            return found
        again = read(table, column)
    if fallback(again) or again is None or not fallback(found) and again.name in _FORMAL:
        return found
    return Intent(name=again.name, reason=f"{again.reason}; {_said(column, table)}", params=again.params)


def _known_name(name: str) -> bool:
    """Whether a vocabulary lists the name as written (``utm_source``: the values of its own)."""
    return name.lower().replace(" ", "_") in _vocabulary_keys()


@lru_cache(maxsize=1)
def _vocabulary_keys() -> frozenset[str]:
    """Every key of seedbed's vocabularies that names something in several words (``utm_source``, ``blood group``),
    written with underscores."""
    from importlib import resources

    from seedbed.generate.realistic.vocab import load

    out: set[str] = set()
    root = resources.files("seedbed.data").joinpath("vocab")
    for part in root.iterdir():
        if part.name.endswith(".json"):
            _keys(load(part.name[:-5]), out)
    return frozenset(out)


def _keys(data: object, out: set[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if not key.startswith("_"):
                if re.fullmatch(r"[a-z0-9]+(?:[ _][a-z0-9]+)+", key.lower()):
                    out.add(key.lower().replace(" ", "_"))
                _keys(value, out)
    elif isinstance(data, list):
        for value in data:
            _keys(value, out)


def _said(column: Column, table: Table) -> str:
    """How the clips were read ("'fst nm' as 'first name'")."""
    from seedbed.clips import reading_clips
    from seedbed.generate.intent.tokens import as_written, tokens

    with reading_clips():
        words = tokens(column.name)
    return f"'{' '.join(as_written(column.name))}' read as '{' '.join(words)}'"
