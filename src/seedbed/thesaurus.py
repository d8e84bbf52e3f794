"""An offline English thesaurus: WordNet 3.0's nouns, verbs and adjectives (``data/wordnet.json.gz``).

Words a user or a schema uses that no list of seedbed's names are often in WordNet: a headhunter is a kind of
recruiter, a patron is a customer, a pupil is a student, to put forward is to submit. This module answers such
questions and nothing else; the readers that use it decide when an answer is strong enough (a word's first
senses only, a target that exists in the schema, one target only).

The data is built by ``tools/build_wordnet.py`` from Debian's ``wordnet-base`` and committed; it is read on first
use (about 0.3 s) and kept. WordNet 3.0 Copyright 2006 by Princeton University (``data/WORDNET_LICENSE``).

    >>> relation("headhunter", "recruiter")
    'kind'
    >>> relation("pupils", "students")
    'same'
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

POS = ("n", "v", "a")

# WordNet's detachment rules (morphy): an inflected ending and what replaces it
_ENDINGS = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}


@dataclass(frozen=True)
class Sense:
    """One synset: its part of speech, lexicographer file (``noun.person``), words and broader synsets."""

    pos: str
    id: int
    lexname: str
    words: tuple[str, ...]
    broader: tuple[int, ...]  # hypernyms (nouns, verbs); similar-to sets (adjectives)


@lru_cache(maxsize=1)
def _data() -> dict:
    with resources.files("seedbed").joinpath("data/wordnet.json.gz").open("rb") as fh:
        return json.loads(gzip.decompress(fh.read()))


def _sense(pos: str, i: int) -> Sense:
    lex, words, links = _data()["synsets"][pos][i]
    return Sense(pos, i, _data()["lexnames"][lex], tuple(words), tuple(links))


def base_forms(word: str, pos: str = "n") -> list[str]:
    """The word's dictionary forms in WordNet (``mice`` -> ``mouse``, ``submitted`` -> ``submit``), the word
    itself first when WordNet has it; several words keep their spaces ("put forward")."""
    word = word.lower().strip().replace("_", " ").replace("-", " ")
    index = _data()["index"][pos]
    out = [word] if word in index else []
    head, _, last = word.rpartition(" ")  # "land lines": the last word inflects; "put forward": the first one
    first, _, rest = word.partition(" ")
    candidates = [_data()["exceptions"][pos].get(word, "")]
    for end, new in _ENDINGS[pos]:
        if last.endswith(end) and len(last) > len(end) + 1:
            candidates.append(f"{head} {last[:-len(end)] + new}".strip())
        if rest and pos == "v" and first.endswith(end) and len(first) > len(end) + 1:
            candidates.append(f"{first[:-len(end)] + new} {rest}")
    if rest and pos == "v":
        candidates.append(f"{_data()['exceptions']['v'].get(first, first)} {rest}")  # "fell through" -> "fall through"
    out += [c for c in candidates if c and c in index and c not in out]
    return out


def listed(word: str) -> bool:
    """Whether WordNet has ``word`` as written, in any part of speech (``batch``; not ``batches``)."""
    return any(word in _data()["index"][pos] for pos in POS)


def senses(word: str, pos: str = "n", limit: int | None = None) -> list[Sense]:
    """The word's senses, most frequent first, through its base forms; ``limit`` keeps the first few of each."""
    seen: dict[int, Sense] = {}
    for form in base_forms(word, pos):
        for i in _data()["index"][pos][form][:limit]:
            seen.setdefault(i, _sense(pos, i))
    return list(seen.values())


def synonyms(word: str, pos: str = "n", limit: int | None = 3) -> set[str]:
    """Words that share one of the word's first ``limit`` senses (the word's own forms left out)."""
    own = set(base_forms(word, pos)) | {word.lower()}
    return {w for s in senses(word, pos, limit) for w in s.words} - own


def broader(word: str, pos: str = "n", limit: int | None = 3, depth: int = 1) -> set[str]:
    """Words of the synsets ``depth`` steps above the word's first ``limit`` senses ("recruiter" of headhunter)."""
    out: set[str] = set()
    for s in senses(word, pos, limit):
        for i in _ancestors(pos, s.id, depth):
            out.update(_sense(pos, i).words)
    return out


def _ancestors(pos: str, i: int, depth: int) -> set[int]:
    found: set[int] = set()
    frontier = {i}
    for _ in range(depth):
        frontier = {j for k in frontier for j in _sense(pos, k).broader} - found
        found |= frontier
    return found


def synset(i: int, pos: str = "n") -> Sense:
    """The synset of id ``i`` (a ``Sense``'s ``id`` or one of its ``broader``)."""
    return _sense(pos, i)


def ancestors(i: int, pos: str = "n", depth: int = 2) -> set[int]:
    """The ids of the synsets at most ``depth`` steps broader than synset ``i``."""
    return _ancestors(pos, i, depth)


def has_narrower(i: int, pos: str = "n") -> bool:
    """Whether some synset is a kind (or an instance) of synset ``i``: a proper name's synset has none."""
    return i in _narrowed(pos)


@lru_cache(maxsize=3)
def _narrowed(pos: str) -> frozenset[int]:
    return frozenset(j for _lex, _words, links in _data()["synsets"][pos] for j in links)


def relation(word: str, other: str, pos: str = "n", limit: int | None = 3, depth: int = 2) -> str | None:
    """How ``word`` relates to ``other`` through one of ``word``'s first ``limit`` senses: ``"same"`` (a shared
    synset: pupil, student), ``"kind"`` (``other`` is at most ``depth`` steps broader: headhunter, recruiter), or
    None. ``other`` counts through any of its senses, so the caller's ``other`` should be the schema's word."""
    targets = {s.id for s in senses(other, pos)}
    if not targets:
        return None
    mine = senses(word, pos, limit)
    if any(s.id in targets for s in mine):
        return "same"
    if any(_ancestors(pos, s.id, depth) & targets for s in mine):
        return "kind"
    return None


def lexnames(word: str, pos: str = "n", limit: int | None = 3) -> set[str]:
    """The lexicographer files of the word's first senses: {"noun.person"} for recruiter."""
    return {s.lexname for s in senses(word, pos, limit)}


#: Files of the senses that can say a sex: people, and forms of address (Mrs).
_SEXED = ("noun.person", "noun.communication")


def sex(word: str) -> str | None:
    """'M' or 'F' when the word's first sense about a person (or a form of address) is a man's or a woman's,
    by its words ('male person') or its gloss ("a man participant in his own marriage ceremony": groom; "a form
    of address for a married woman": Mrs); else None (a witness, a chairman, a word WordNet does not know).
    ``Ms`` is read through ``Ms.``, a form of address, before the abbreviation's other senses."""
    word = word.lower().strip()
    index = _data()["index"]["n"]
    forms = [f"{word}."] if len(word) <= 3 and f"{word}." in index else base_forms(word)
    given = _data().get("sex", {}).get("n", {})
    for i in index[forms[0]] if forms else ():
        if _sense("n", i).lexname in _SEXED:
            return given.get(str(i))
    return None
