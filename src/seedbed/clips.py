"""A clipped word of a name read as the word it clips (issue 10, r45): ``fst`` first, ``cntct`` contact.

Legacy schemas clip their names (``fst_nm``, ``pst_cd``, ``eml``, ``cntct_nm``, ``spcs.cmn_nm``, ``tnk.sys_cd``,
``lv_btch``, ``rtl_ea``). Hand lists (``intent.tokens``, ``data/vocab/clipped.json``) know the usual ones; this
module reads the rest by one rule, for the readers of column meaning and of the scope alike:

* a token is a clip when it is no word: letters only, three to six of them, and no vowel after its first letter
  (``y`` at the end or between consonants counts as one only where WordNet knows the token: ``sky``, not ``sys``),
  nor a unit (``ppm``, ``mph``);
* it clips a word that starts with its first letter and whose consonant skeleton (first letter, then its
  consonants, doubled ones once) it is: the whole skeleton (``cntct`` contact, ``btch`` batch, ``eml`` email) or
  its beginning (``tmp`` temperature, ``rtl`` retail), where a clip may leave out an ``r``, ``l``, ``h``, ``w`` or
  ``y`` (``fst`` first, ``wthdrl`` withdrawal) at a cost;
* the word is the one of the schema's own words whose letters it keeps in order (``own``, ``the_one``: a table
  spelled ``farms`` beside a column ``frm_cd``; the scope reads its words so too, ``scope.compounds``), and none
  where two of them do; where none does, it is looked for among seedbed's column words (``known_words``, the hand lists' words: counted as more frequent)
  and common English words WordNet knows as written (no plural, no place name); a word that makes a compound with
  the token's neighbour (``lst`` + name: "last name", ``pst`` + code: "postcode", ``tmp`` + c: a temperature) wins,
  else the most frequent (a whole skeleton before a beginning, a left-out letter and a mostly-verb word counted
  against) when it is clearly more frequent than the next; two words that tie give nothing.

Everything is a pure function of its arguments, cached.
"""

from __future__ import annotations

import gzip
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["clipped", "current_words", "expand", "keeps", "own_words", "reading_clips", "schema_words", "spelled_out",
           "the_one"]

_VOWELS = frozenset("aeiou")
#: Letters a clip may leave out of a word's skeleton (``fst`` first, ``wthdrl`` withdrawal), each at a cost.
_SOFT = frozenset("rlhwy")
_SKIP_COST = 4  # a left-out letter counts as a word this many times rarer
_PREFIX_COST = 3  # a skeleton's beginning counts as a word this many times rarer than the whole skeleton
_LEXICON_BONUS = 3  # a word of seedbed's column words counts as a word this many times more frequent
_VERB_COST = 3  # a word WordNet knows mostly as a verb counts as a word this many times rarer
_MARGIN = 2.5  # the winner must be this many times more frequent than the next word
_COMMON = 30_000  # the most frequent English words (wordninja's list, by Wikipedia frequency) a clip may stand for

_SCHEMA: ContextVar[frozenset[str]] = ContextVar("seedbed_schema_words", default=frozenset())
_SPELLED: ContextVar[bool] = ContextVar("seedbed_clips_spelled", default=False)


@lru_cache(maxsize=1)
def _ranks() -> dict[str, int]:
    """Each English word's frequency rank (1 the most frequent)."""
    import wordninja

    path = Path(wordninja.__file__).with_name("wordninja") / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        words = f.read().split()
    ranks: dict[str, int] = {}
    for i, w in enumerate(words):
        ranks.setdefault(w, i + 1)
    return ranks


def _in_wordnet(word: str) -> bool:
    """Whether WordNet knows ``word`` as written (no inflection undone)."""
    from seedbed.thesaurus import listed

    return listed(word)


def _lemma(word: str) -> bool:
    """Whether ``word`` is a dictionary form in WordNet (``species``, ``batch``; not ``batches``, ``seats``)."""
    from seedbed.generate.intent.tokens import singular

    return _in_wordnet(word) and (singular(word) == word or not _in_wordnet(singular(word)))


@lru_cache(maxsize=1)
def _by_letter() -> dict[str, tuple[str, ...]]:
    """Common English words WordNet knows as written, by first letter."""
    out: dict[str, list[str]] = {}
    for word, rank in _ranks().items():
        if rank <= _COMMON and word.isalpha() and len(word) >= 3 and _lemma(word):
            out.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def _place(word: str) -> bool:
    """Whether WordNet knows ``word`` only as a place (``nantes``, ``tampa``): a name, never what a clip stands for."""
    from seedbed.thesaurus import senses

    nouns = senses(word, "n")
    return bool(nouns) and all(s.lexname == "noun.location" for s in nouns) and not senses(word, "v") \
        and not senses(word, "a")


def _skeleton(word: str) -> str:
    """The first letter, then the consonants, a doubled one once (``community`` -> ``cmnty``)."""
    out = word[0]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out


def _fit(clip: str, word: str) -> tuple[int, bool] | None:
    """(letters left out, whether ``clip`` is ``word``'s whole skeleton) when it is the skeleton or its beginning."""
    if word[0] != clip[0] or len(word) <= len(clip):
        return None
    if any(a == b and a + b not in word for a, b in zip(clip, clip[1:])):
        return None  # a doubled letter is the word's (prss: press, not person)
    clip = _skeleton(clip)
    skel = _skeleton(word)
    i, skipped = 1, 0
    for ch in clip[1:]:
        while i < len(skel) and skel[i] != ch:
            if skel[i] not in _SOFT:
                return None
            i, skipped = i + 1, skipped + 1
        if i >= len(skel):
            return None
        i += 1
    return skipped, i == len(skel)


def clipped(token: str) -> bool:
    """Whether ``token`` is a clip (the module's docstring): no word, no unit, three to six letters, no vowel after
    its first letter."""
    if not (token.isalpha() and token.isascii() and 3 <= len(token) <= 6) or set(token[1:]) & _VOWELS \
            or len(_skeleton(token)) < 3:
        return False  # not 'arr': too few letters left to say which word
    if "y" in token[1:] and _in_wordnet(token):
        return False  # sky, gym, dry
    from seedbed.generate.intent.units import UNITS

    return token not in UNITS and not (token.endswith("s") and token[:-1] in UNITS)


def _compound(word: str, before: str | None, after: str | None, unit: str | None = None) -> bool:
    """Whether ``word`` makes a known compound with a neighbour: a WordNet lemma of two words ("last name",
    "postal code"), one run-together word seedbed reads (``postcode``, ``lastname``), a measure before its unit."""
    from seedbed.generate.intent.units import UNITS
    from seedbed.thesaurus import senses

    if any(u in UNITS and UNITS[u].dimension == word for u in (after, unit)):
        return True  # a measure before its unit: tmp_c is a temperature
    pairs = [(word, after)] if after else []
    pairs += [(before, word)] if before else []
    for a, b in pairs:
        if senses(f"{a} {b}") or f"{a}{b}" in _joined():
            return True
    return False


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """seedbed's column words: those the name reader knows and the expansions of the hand lists of clips."""
    from seedbed.generate.intent.tokens import known_words
    ranks = _ranks()
    spelled = {w for full in _table().values() for w in full.split()}
    return known_words() | frozenset(w for w in spelled if w in ranks and len(w) >= 3)


def _table() -> dict[str, str]:
    """The hand list of clips and the words they stand for (``data/vocab/clipped.json``, ``colabbrev.json``)."""
    from seedbed.generate.realistic.vocab import load

    out = dict(load("clipped")["clipped"])
    out.update({k: v.split()[0].replace("+", " ") for k, v in load("colabbrev")["words"].items()})
    return out


@lru_cache(maxsize=1)
def _joined() -> frozenset[str]:
    """Run-together words the name reader spells out (``postcode``, ``lastname``)."""
    from seedbed.generate.intent.tokens import run_together

    return run_together()


def expand(token: str, *, before: str | None = None, after: str | None = None, unit: str | None = None,
           own: Iterable[str] = ()) -> str | None:
    """The word the clip ``token`` stands for (the module's docstring), or None when it is no clip or two words tie.
    ``before`` and ``after`` are its neighbours in the name, read; ``own`` the schema's own words (default: those of
    the schema being read, ``schema_words``); ``unit`` a unit later in the name (``tmp_min_c``)."""
    return _expand(token, before, after, unit, frozenset(own) or _SCHEMA.get())


def keeps(clip: str, word: str) -> bool:
    """Whether ``clip`` keeps letters of ``word`` in order, its first one first, and leaves two or more out
    ("dmg": damage, "bldg": building)."""
    rest = iter(word[1:])
    return word[0] == clip[0] and len(word) >= len(clip) + 2 and all(ch in rest for ch in clip[1:])


def the_one(clip: str, words: Iterable[str]) -> str | None:
    """The one word of ``words`` (a schema's own) whose letters ``clip`` keeps, or None when none or several do
    ("dpt" of department and deposit): the reading by a schema's own words, for the scope's words and for names."""
    hits = {w for w in words if keeps(clip, w)}
    return next(iter(hits)) if len(hits) == 1 else None


@lru_cache(maxsize=8192)
def _expand(token: str, before: str | None, after: str | None, unit: str | None,
            own: frozenset[str]) -> str | None:
    if clipped(token) and any(keeps(token, w) for w in own):
        return the_one(token, own)  # the schema's own word, or none where two of its words fit
    ranked = _ranked(token, before, after, unit, frozenset())
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[1][0] >= _MARGIN * ranked[0][0]:
        return ranked[0][1]
    return None


def _ranked(token: str, before: str | None, after: str | None, unit: str | None,
            own: frozenset[str]) -> list[tuple[float, str]]:
    """The words ``token`` may clip, by cost (the least first); only those making a compound with a neighbour
    when any does."""
    if not clipped(token):
        return []
    ranks = _ranks()
    lexicon = _lexicon()
    fits = {w: fit for w in own if w[0] == token[0] and (fit := _fit(token, w)) is not None}
    if not fits:  # seedbed's and common English words
        fits = {w: fit for w in lexicon | set(_by_letter().get(token[0], ()))
                if w[0] == token[0] and w.isalpha() and (fit := _fit(token, w)) is not None and not _place(w)}
    joined = {w for w in fits if _compound(w, before, after, unit)}
    if joined:
        fits = {w: fits[w] for w in joined}

    def cost(word: str) -> float:
        skipped, whole = fits[word]
        c = ranks.get(word, 10 * _COMMON) * _SKIP_COST ** skipped * (1 if whole else _PREFIX_COST)
        if word in lexicon:
            c /= _LEXICON_BONUS
        return c * (_VERB_COST if _verb(word) else 1)
    return sorted((cost(w), w) for w in fits)


def _verb(word: str) -> bool:
    """Whether WordNet knows ``word`` mostly as a verb (``think``; names are nouns and their qualifiers)."""
    from seedbed.thesaurus import senses

    return len(senses(word, "v")) > 2 * (len(senses(word, "n")) + len(senses(word, "a")))


def own_words(names: Iterable[str]) -> frozenset[str]:
    """The words of a schema's names that are words (three letters or more, common English or WordNet's)."""
    from seedbed.generate.intent.tokens import as_written, singular

    ranks = _ranks()
    out = set()
    for name in names:
        for tok in as_written(name):
            word = singular(tok)
            if len(word) >= 3 and word.isalpha() and not clipped(word) and (ranks.get(word, _COMMON + 1) <= _COMMON
                                                                           or _in_wordnet(word)):
                out.add(word)
    return frozenset(out)


def current_words() -> frozenset[str]:
    """The own words of the schema being read (``schema_words``), or none."""
    return _SCHEMA.get()


@contextmanager
def schema_words(words: frozenset[str]) -> Iterator[None]:
    """Read clips inside the block preferring ``words`` (``own_words`` of the schema being planned)."""
    token = _SCHEMA.set(words)
    try:
        yield
    finally:
        _SCHEMA.reset(token)


def spelled_out() -> bool:
    """Whether names are read with their clips spelled out (``reading_clips``)."""
    return _SPELLED.get()


@contextmanager
def reading_clips() -> Iterator[None]:
    """Read names with their clips spelled out inside the block (``intent.tokens``: ``fst_nm`` first name). A
    reader asks for it where the name as written read nothing (``intent.clipnames``): outside, a clip stays as
    written, for the readers that know it so (``etd``, ``abv``, ``cpt``)."""
    token = _SPELLED.set(True)
    try:
        yield
    finally:
        _SPELLED.reset(token)
