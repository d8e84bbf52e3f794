"""The code of a column no standard claims (round 9, r25): one shape per column, filling its width.

``depot_code varchar(6)`` was 'DEP-81' (a hundred values for a column of any size),
``kennel_code char(5)`` 'KEN-7' (ten), a unique ``route_code`` 'ROU-0000', 'ROU-0001' (a counter),
``bisac_code`` 'BIS-59137' (the column's own abbreviation). Now: a prefix from the thing's word
(its first letter and next consonants: ``DPT``, ``KNL``, ``RT``; the table's word when the column
says only a code scheme's name), then digits filling the width (``DPT481``, ``KN042``,
``RT-004213``), spread over the whole digit space, distinct when the column is unique.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.vocab import cat

__all__ = ["plain_code", "word_prefix"]

_VOWELS = frozenset("aeiouy")


def word_prefix(word: str, letters: int = 3) -> str:
    """``depot`` -> ``DPT``, ``kennel`` -> ``KNL``, ``route`` -> ``RT``: the first letter and the
    next distinct consonants, as many a trade abbreviates its things."""
    word = "".join(ch for ch in word.lower() if ch.isalpha())
    if not word:
        return ""
    out = [word[0]]
    for ch in word[1:]:
        if len(out) >= letters:
            break
        if ch not in _VOWELS and ch != out[-1]:
            out.append(ch)
    return "".join(out).upper()


def _english(word: str) -> bool:
    from seedbed.generate.intent.tokens import _english_words

    return len(word) >= 4 and word in _english_words()[0]


def code_prefix(noun: str, table_noun: str) -> str:
    """The prefix of a column's codes: an abbreviation of at most three letters as it is (``WO``,
    ``MFR``); a word's consonants (``depot`` -> ``DPT``); for a name no dictionary knows (``bisac``,
    a scheme's name), the table's word; ``CD`` when neither has letters."""
    noun = "".join(ch for ch in noun.lower() if ch.isalpha())
    if noun and len(noun) <= 3:
        return noun.upper()
    if noun and _english(noun):
        return word_prefix(noun)
    return word_prefix(table_noun) or word_prefix(noun) or "CD"


def plain_code(call: Call, prefix: str, width: int) -> np.ndarray:
    """``prefix`` and digits filling ``width``: ``P-dddddd`` when four digits or more fit after a
    hyphen, else ``Pddd`` (three or more), else a shorter prefix; distinct when unique."""
    from seedbed.generate.permute import permute
    from seedbed.generate.values.data import column_key

    for lead in (prefix, prefix[:2], prefix[:1]):
        room = width - len(lead)
        if room - 1 >= 4:
            sep, size = "-", min(room - 1, 6)
            break
        if room >= 3:
            sep, size = "", min(room, 6)
            break
    else:
        raise GiveUp(f"no code of a prefix and digits fits {width} characters")
    space = 10**size
    if call.unique:
        rank = permute(call.ranks_within("plain", space), space, column_key(call.req, "plain"))
    else:
        rank = call.rng.integers(0, space, size=call.n, dtype=np.int64)
    body = np.array([f"{int(v):0{size}d}" for v in rank.tolist()], dtype=object)
    return cat(lead, sep, body)
