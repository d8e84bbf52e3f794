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
- one of its first three senses as a verb or an adjective, or its first as a noun ("bushes": ``shrub``), is a
  synset of exactly one value among those of the
  tables the clause names (all the schema's values when it names none). A broader verb is not enough: to
  reschedule is a kind of to schedule, but a rescheduled visit is no scheduled one.

Several values, or none, leave the word as typed (it is quoted back). Each reading is told with the clause
('"called off" is cancelled (WordNet)').

The same holds for a verb the schema's names say (``said_verbs``): "each candidate put forward to two roles" where
``submissions.submitted_by`` says "submitted" is "each candidate submitted to two roles", which the rules read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.thesaurus import base_forms, senses

__all__ = ["related_words", "said_values", "said_verbs"]

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
    for pos, limit in (("v", 3), ("a", 3), ("n", 1)):  # a noun by its first sense only ("bushes": shrub)
        for s in senses(phrase, pos, limit):
            out.update(s.words)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _label_forms(label: str) -> frozenset[str]:
    said = label.lower().replace("_", " ")
    return frozenset({said, *base_forms(said, "v"), *base_forms(said, "a"), *base_forms(said, "n")})


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


@lru_cache(maxsize=256)
def _schema_verbs(words: frozenset[str]) -> dict[str, str]:
    """The verbs the schema's names say in the past participle (``submitted_by``: submit -> "submitted")."""
    out: dict[str, set[str]] = {}
    for w in words:
        if len(w) >= 5 and w.endswith("ed"):
            for base in base_forms(w, "v"):
                if base != w:
                    out.setdefault(base, set()).add(w)
    return {base: next(iter(forms)) for base, forms in out.items() if len(forms) == 1}


def said_verbs(norm: str, words: frozenset[str], is_known, notes: list[str] | None = None) -> str:
    """``norm`` with a verb the schema does not use said as the schema's verb it is a synonym of, in the schema's
    own form: "put forward to two roles" as "submitted to two roles" where a column is ``submitted_by``.

    Only a verb and its particle ("put forward", "signed up", "turned down": WordNet's own entries, specific enough)
    or a past participle nobody reads otherwise ("employed" for a ``hired_on``), through its first senses (one for a
    single word), and only when exactly one of the schema's verbs is among their synonyms."""
    verbs = _schema_verbs(words)
    if not verbs:
        return norm
    out, at = [], 0
    for m in _PHRASE.finditer(norm):
        if m.start() < at:
            continue
        word, particle = m.group(1), m.group(2)
        phrase, limit, end = (f"{word} {particle}", 3, m.end()) if particle else (word, 1, m.end())
        if particle and not base_forms(phrase, "v"):
            phrase, limit, end = word, 1, m.start() + len(word)
        if is_known(phrase) or (" " not in phrase and not (phrase.endswith("ed") and len(phrase) >= 5)):
            continue
        said = {w for s in senses(phrase, "v", limit) for w in s.words} - {phrase, *base_forms(phrase, "v")}
        hits = {verbs[b] for b in said if b in verbs}
        if len(hits) != 1:
            continue
        form = next(iter(hits))
        if notes is not None:
            notes.append(f"{phrase!r} is {form} (WordNet)")
        out.append(norm[at:m.start()] + form)
        at = end
    return "".join(out) + norm[at:]
