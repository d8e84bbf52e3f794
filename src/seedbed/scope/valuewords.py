"""A value said by a verb or a synonym WordNet relates to it (brief s26 of session 11).

"10% called off" where a status holds ``cancelled``, "a quarter turned down" where it holds ``rejected``, "a tenth
running late" where it holds ``delayed``: the user's word is no value of the schema, but WordNet (``seedbed.thesaurus``)
puts it in one synset with the value's verb or adjective ("call off" and "cancel"), or says it is a kind of it ("fall
through" is a way to fail: not read, see below). Such a word (or a verb and its particle: "called off", "turned down") is read as the value
when:

- it stands where a value is said: after a share ("10%", "a fifth", "the rest") or a word of how many ("most",
  "none", "a few"), maybe with "of them", "are", "still" between;
- it means nothing else here (no table, column, value or word the rules read), and is no verb the rules read
  between rows (``lexicon``);
- one of its first three senses as a verb or an adjective is a synset of exactly one value among those of the
  tables the clause names (all the schema's values when it names none). A broader verb is not enough: to
  reschedule is a kind of to schedule, but a rescheduled visit is no scheduled one.

Several values, or none, leave the word as typed (it is quoted back). Each reading is told with the clause
('"called off" is cancelled (WordNet)').
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.thesaurus import base_forms, senses

__all__ = ["related_words", "said_values"]

_PARTICLES = "up|down|off|out|through|over|in|on|away|back|forward|aside"
#: Where a value is said: after a share or a word of how many, maybe with "of them", a verb "to be", "still".
_AFTER_SHARE = re.compile(r"(?:(?<![\w.])(?:\d+(?:\.\d+)?|rest)%|\b(?:most|mostly|mainly|all|none|some|few|several|many|"
                          r"a couple|the others|others))(?: of (?:them|those|these|the [a-z_]+))?"
                          r"(?: (?:are|is|were|was|be|being|been|got|get|gets|still|already|now|just|currently))* $")
_PHRASE = re.compile(rf"(?<![\w-])([a-z]{{3,}})(?: ({_PARTICLES}))?(?![\w-])")


@lru_cache(maxsize=4096)
def related_words(phrase: str) -> frozenset[str]:
    """The verbs and adjectives a phrase means in its first senses: their synonyms (a broader verb is not the
    value: to reschedule is a kind of to schedule, but a rescheduled visit is no scheduled one)."""
    out: set[str] = set()
    for pos in ("v", "a"):
        for s in senses(phrase, pos, 3):
            out.update(s.words)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _label_forms(label: str) -> frozenset[str]:
    said = label.lower().replace("_", " ")
    return frozenset({said, *base_forms(said, "v"), *base_forms(said, "a")})


def _value_for(phrase: str, labels: tuple[str, ...]) -> str | None:
    words = related_words(phrase)
    if not words:
        return None
    hits = [label for label in labels if _label_forms(label) & words]
    return hits[0] if len(hits) == 1 else None


def said_values(norm: str, labels_of, is_known, notes: list[str] | None = None) -> str:
    """``norm`` with each word WordNet relates to exactly one value read as that value (module docstring).

    Args:
        norm: a normalised clause.
        labels_of: the values (lower case) of the tables a clause names, or all the schema's when it names none.
        is_known: whether a word means something here already (a table, a column, a value, a rule's word).
        notes: where each reading is told.
    """
    labels = tuple(sorted(labels_of(norm)))
    if not labels:
        return norm
    out, at = [], 0
    for m in _PHRASE.finditer(norm):
        if m.start() < at or not _AFTER_SHARE.search(norm[:m.start()]) or norm[m.end():m.end() + 1] == "%":
            continue
        word, particle = m.group(1), m.group(2)
        phrase = f"{word} {particle}" if particle else word
        found = None
        if particle and base_forms(phrase, "v") and not is_known(phrase):
            found = _value_for(phrase, labels)
        end = m.end()
        if found is None and not is_known(word) and len(word) >= 4:
            found, phrase, end = _value_for(word, labels), word, m.start() + len(word)
        if found is None or found == phrase:
            continue
        if notes is not None:
            notes.append(f"{phrase!r} is {found} (WordNet)")
        out.append(norm[at:m.start()] + found)
        at = end
    return "".join(out) + norm[at:]
