"""A long word in no dictionary read as the one common noun it is one slip from (issue 11, brief sa of session 17).

People type table words in a hurry ("supliers", "perfromances", "donatoins", "colection"). ``rowscore._typo`` reads
a slip of a table's own word, but on a schema whose names are clipped (``supp``, ``perf``, ``dntn``) the table's word
is no spelling to compare with: the word as meant is. So a word of six letters or more that WordNet does not know
(in any form) is read as the common English noun one edit away from it (a letter left out, doubled, wrong, or two
letters swapped), when one such noun exists or one is far more frequent than the others (``_MARGIN``, by rank in
English text: "custmers" is customers, not Custer's); every reader of table words then weighs that noun. Shorter
words ("anual", "tix") have too many neighbours to say which was meant, and two nouns one edit away ("cabels":
cables, camels) say nothing: the word stays as typed and is quoted back.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.scope.inflect import plural, singular
from seedbed.thesaurus import senses

__all__ = ["MIN_LETTERS", "meant_noun"]

#: Shortest slip read (the brief's "typo tolerance for words of 6+ letters").
MIN_LETTERS = 6
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: A noun meant must be among this many most frequent English words (``clips._ranks``): rare words are no readings.
_COMMON = 60_000
#: The most frequent noun one edit away is read only when it ranks this many times higher than the next.
_MARGIN = 3.0


def _edits(word: str) -> set[str]:
    """Every spelling one edit from ``word``: a letter deleted, two neighbours swapped, one replaced, one inserted."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    out |= {a + c + b for a, b in cuts for c in _LETTERS}
    out.discard(word)
    return out


def _known(word: str) -> bool:
    return bool(senses(word, "n") or senses(word, "v") or senses(word, "a") or senses(singular(word), "n"))


@lru_cache(maxsize=4096)
def meant_noun(word: str) -> str | None:
    """The noun ``word`` (lower case, as typed: plural or not) is a slip for, in the same number, or None (module
    docstring)."""
    from seedbed.clips import _ranks

    if len(word) < MIN_LETTERS or not word.isalpha() or _known(word):
        return None
    one = singular(word)
    many = one != word
    ranks = _ranks()
    found = {e for e in _edits(one) if e[0] == one[0] and ranks.get(e, _COMMON + 1) <= _COMMON
             and senses(e, "n") and singular(e) == e}
    if many:  # "supliers": the slip may be in the plural's ending too ("donatoins")
        found |= {singular(e) for e in _edits(word) if e[0] == word[0] and singular(e) != e
                  and ranks.get(singular(e), _COMMON + 1) <= _COMMON and senses(singular(e), "n")}
    best = sorted(found, key=lambda e: (ranks[e], e))
    if not best or len(best) > 1 and ranks[best[1]] < _MARGIN * ranks[best[0]]:
        return None
    noun = best[0]
    return plural(noun) if many else noun
