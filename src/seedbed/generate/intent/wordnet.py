"""Name words no list of seedbed's has, read through WordNet (issue 10, r39; ``seedbed.thesaurus``).

Schemas name columns and tables by everyday and trade words seedbed's vocabularies do not list
(``landline``, ``remuneration``, ``headcount``, ``lessees``). WordNet relates most of them to words
seedbed reads: a landline is a kind of telephone line, remuneration is wage, a headcount a count, a
lessee a person. Two mechanisms use that, and only where nothing else read the word:

* **a column** (``read_through``): a name token no reading uses (alone, in the column's table and type,
  it gets the neutral fallback) is replaced by a word WordNet relates it to, and the column is read
  again. The word comes from the token's first two senses, nearest first (the same synset, then one or
  two steps broader), in the sense's own lexicographer file, and only through a sense that is among the
  word's own first two (``country`` is a rare word for a rural "area": no reading of a berth). Its
  reading must be one a word of that file may have (``data/vocab/wordnet.json``: a person word reads as
  a person, money as money) and the one reading of the nearest level that has any; else nothing. A
  person word no related word reads is a person (``sibling``); an amount noun of a unit is an amount in
  that unit (``tonnage``: tons, as WordNet knows the ton as a unit); a thing that is a number before a
  word of form reads as itself (``landline_no``: a phone, not a registration number).
* **a table** (``table_kind``): what its rows are from its head noun's lexicographer file (people,
  groups, places, things, acts), when the noun's first senses agree and no hand list knows it: a
  ``lessees`` or ``therapists`` row is a person (``Ctx.person_table``: its name is a person's, its title a
  job title).

A word seedbed lists keeps its reading; a word WordNet relates only through a rare sense gets nothing
(a neutral value is better than a wrong one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from seedbed.generate.intent.model import Intent
from seedbed.model import Column, Table, TypeKind

__all__ = ["fallback", "first_senses", "links", "of_animals", "read_through", "table_kind", "unit_of"]

#: The inference without WordNet: a table and one of its columns -> the column's intent.
Reader = Callable[[Table, Column], "Intent | None"]

#: Words of a reason that say nothing was understood (``infer``'s neutral fallbacks).
_NOTHING = ("no known meaning", "unknown meaning", "no vocabulary of its own")
_SENSES = 2  # a word's first senses that count
_DEPTH = 2  # steps broader, at most
_WORD = re.compile(r"^[a-z][a-z -]*[a-z]$")


@dataclass(frozen=True)
class Link:
    """A word WordNet relates a token to: how far (0 the same synset), through which file, named how."""

    sense: int  # which of the token's senses (0 its most frequent)
    level: int
    lexname: str
    word: str  # the related word, as WordNet writes it ("telephone circuit")
    synset: str  # the related synset's first word, to say what it is ("telephone line")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    from seedbed.generate.realistic.vocab import load

    return load("wordnet")


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """Words seedbed's own name lists read (they keep their reading; WordNet never replaces them)."""
    from seedbed.generate.intent.tokens import _SYNONYMS, _WHOLE, _WORDS, PLACEHOLDERS
    from seedbed.generate.intent.context import COMPANY_NOUNS, PERSON_NOUNS, PRODUCT_NOUNS, STAT_WORDS
    from seedbed.generate.intent.matching import MODIFIERS, STRONG
    from seedbed.generate.intent.rules import PHRASES

    from seedbed.generate.realistic.vocab import load

    phrase_words = {w for key in PHRASES for w in key}
    heads = load("heads")  # sites and trades the head rules name (a depot, a subcontractor)
    phrase_words |= {w for k in (*heads["sites"], *heads["trades"]) for w in k.split("_")}
    return frozenset(_WORDS | set(_SYNONYMS) | _WHOLE | PLACEHOLDERS | phrase_words | PERSON_NOUNS
                     | COMPANY_NOUNS | PRODUCT_NOUNS | STAT_WORDS | set(STRONG) | MODIFIERS)


def fallback(found: Intent | None) -> bool:
    """Whether ``found`` is a reading of nothing: none, or a neutral label, count or measurement."""
    return found is None or found.name == "text.neutral" or any(w in found.reason for w in _NOTHING)


def _lemma(word: str) -> str:
    """``word`` as WordNet has it: a token seedbed made singular that WordNet keeps plural (``earnings``,
    ``arrears``, ``premises``) gets its ``s`` back."""
    from seedbed import thesaurus as th

    return word if th.base_forms(word) or not th.base_forms(word + "s") else word + "s"


def _proper(sense: Any, word: str) -> bool:
    """Whether ``sense`` is a person's or a place's own name (``anne sexton``, ``john ford``): WordNet lists them
    among a common noun's senses, often first. Such a synset names the word after a given name and has nothing
    narrower; a kind of people named so (``bell ringer``, ``police officer``) has kinds of its own."""
    from seedbed import thesaurus as th

    return sense.lexname in ("noun.person", "noun.location") and not th.has_narrower(sense.id) and any(
        " " in w and word in w.split()[1:] for w in sense.words)


@lru_cache(maxsize=8192)
def first_senses(word: str, limit: int = _SENSES) -> tuple[Any, ...]:
    """The word's first ``limit`` noun senses (through its WordNet form), leaving out proper names' senses: a
    sexton is a church's officer, not the poet Anne Sexton; a ford is a river's crossing, not John Ford."""
    from seedbed import thesaurus as th

    word = _lemma(word)
    return tuple(s for s in th.senses(word, "n") if not _proper(s, word))[:limit]


@lru_cache(maxsize=4096)
def _candidate(word: str) -> bool:
    """Whether ``word`` (a name token) is one WordNet may read: a noun seedbed lists nowhere, and a noun
    first (``found`` is a verb's past, ``high`` and ``common`` are adjectives more often than nouns)."""
    return word not in _listed() and _candidate_form(word)


@lru_cache(maxsize=4096)
def _candidate_form(word: str) -> bool:
    """Whether ``word`` is a word, and a noun before it is a verb or an adjective."""
    from seedbed import thesaurus as th

    if len(word) < 4 or not word.isalpha():
        return False
    noun = _lemma(word)
    nouns = len(th.senses(noun, "n"))
    if not nouns or any(f != noun for f in th.base_forms(noun, "v")):
        return False  # no noun, or an inflected verb (found, sold, paid)
    return len(th.senses(noun, "v")) <= nouns and len(th.senses(noun, "a")) < nouns


@lru_cache(maxsize=4096)
def links(word: str) -> tuple[Link, ...]:
    """The words ``word``'s first senses relate it to, nearest first: its synonyms, then the words one and
    two steps broader in the same lexicographer file, each through a sense among that word's own first two."""
    from seedbed import thesaurus as th

    own = set(th.base_forms(word)) | {word}
    out: list[Link] = []
    frontier = [(s.id, s.lexname, k) for k, s in enumerate(first_senses(word))]
    seen = {i for i, _, _ in frontier}
    for level in range(_DEPTH + 1):
        for i, lexname, k in frontier:
            synset = th.synset(i)
            if synset.lexname != lexname:
                continue  # another file: a telephone line's connection is no longer a line
            for w in synset.words:
                if w in own or not _WORD.match(w) or i not in {s.id for s in first_senses(w)}:
                    continue  # a word's rare sense: 'country' is an area outside cities only now and then
                out.append(Link(k, level, lexname, w, synset.words[0]))
        frontier = [(j, lexname, k) for i, lexname, k in frontier for j in th.synset(i).broader if j not in seen]
        seen |= {j for j, _, _ in frontier}
    return tuple(sorted(out, key=lambda lk: (lk.sense, lk.level)))


def _same_file(word: str) -> bool:
    """Whether the word's first two senses are of one lexicographer file (its second sense may then count)."""
    return len({s.lexname for s in first_senses(word)}) == 1


def _fits(lexname: str, got: Intent) -> bool:
    """Whether a word of ``lexname`` may read as ``got`` (a person word as a person; a share of one only for
    a quantity or an attribute: an allowance of money is no fraction)."""
    params = got.params or {}
    if params.get("high") == 1.0 and not params.get("low") and lexname not in _vocab()["fractions"]:
        return False
    return any(got.name.startswith(p) for p in _vocab()["readings"].get(lexname, ()))


def _renamed(table: Table, column: Column, name: str) -> tuple[Table, Column]:
    col = replace(column, name=name)
    return replace(table, columns=tuple(col if c.name == column.name else c for c in table.columns)), col


def _restore(value: Any, new: str, old: str) -> Any:
    """``value`` (an intent's params) with the stand-in column name put back."""
    if isinstance(value, str):
        return re.sub(rf"\b{re.escape(new)}\b", old, value)
    if isinstance(value, dict):
        return {k: _restore(v, new, old) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore(v, new, old) for v in value]
    return value


def _unread(table: Table, column: Column, token: str, read: Reader) -> bool:
    """Whether no reading uses ``token``: a column of the same type called by it alone gets a fallback."""
    return fallback(read(*_renamed(table, column, token)))


def _through(table: Table, column: Column, toks: tuple[str, ...], at: int, read: Reader, *, numbered: bool = False
             ) -> tuple[Intent, str] | None:
    """The column read with ``toks[at]`` replaced by the word WordNet relates it to, or None. ``numbered``: the
    words after ``toks[at]`` only say it is a number (``landline_no``), so the thing alone is read and must be
    a thing that is a number (a phone)."""
    from seedbed.generate.intent.tokens import tokens

    found: list[tuple[Intent, Link]] = []
    related = links(toks[at])
    for sense, level in ((k, n) for k in range(_SENSES) for n in range(_DEPTH + 1)):
        if sense and not _same_file(toks[at]):
            break  # a second sense of another kind: a basket of goods is no quantity
        for link in (lk for lk in related if (lk.sense, lk.level) == (sense, level)):
            tail = () if numbered else toks[at + 1:]
            name = "_".join((*toks[:at], *tokens(link.word.replace(" ", "_").replace("-", "_")), *tail))
            got = read(*_renamed(table, column, name))
            if numbered and got is not None and not got.name.startswith(tuple(_vocab()["numbered"])):
                continue
            if not fallback(got) and _fits(link.lexname, got) \
                    and not _by_its_head(table, column, toks, at, link, got, read):
                found.append((_named(got, name, column.name), link))
        if found:  # the first sense that reads, at its nearest level
            break
    if len({f[0].name for f in found}) != 1:
        return None  # nothing, or readings that disagree: no guess
    intent, link = found[0]
    return intent, f"the same as {link.word}" if link.level == 0 else f"a kind of {link.synset}"


def unit_of(word: str) -> str | None:
    """The unit an amount noun is made of (``tonnage``: ton, ``acreage``: acre, ``wattage``: watt): a word
    ending in ``-age`` whose stem's first senses are a unit of measure in WordNet; else None."""
    from seedbed import thesaurus as th

    if not word.endswith("age") or len(word) < 7:
        return None
    stem = word[:-3]
    for unit in (stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "", stem + "e"):
        if unit and any(s.lexname == "noun.quantity" and unit in s.words and _measures(s.id)
                        for s in th.senses(unit, "n", _SENSES)):
            return unit
    return None


def _measures(synset: int) -> bool:
    """Whether a quantity synset is a unit of measurement (a ton, an acre), not an indefinite amount (a pack)."""
    from seedbed import thesaurus as th

    return any("unit of measurement" in th.synset(i).words for i in th.ancestors(synset, depth=6))


def _unit_amount(table: Table, column: Column, toks: tuple[str, ...], at: int,
                 read: Reader) -> tuple[Intent, str] | None:
    """The column read as an amount in the unit its word is made of (``tonnage`` as tons), or None."""
    unit = unit_of(toks[at])
    if unit is None:
        return None
    name = "_".join((*toks[:at + 1], unit, *toks[at + 1:]))
    got = read(*_renamed(table, column, name))
    if fallback(got) or not got.name.startswith("number."):
        return None
    return _named(got, name, column.name), f"an amount in {unit} units"


def _by_its_head(table: Table, column: Column, toks: tuple[str, ...], at: int, link: Link, got: Intent,
                 read: Reader) -> bool:
    """Whether seedbed read a related phrase by its last word alone, in a sense WordNet does not give that word
    first (``land line`` read as a ``line`` of an address, ``musical note`` as a ``note``): no reading of it."""
    words = link.word.split()
    if len(words) < 2:
        return False
    head = words[-1]
    alone = read(*_renamed(table, column, "_".join((*toks[:at], head, *toks[at + 1:]))))
    if alone is None or alone.name != got.name:
        return False  # the phrase's other words read it (telephone circuit: a phone)
    synsets = {s.id for s in first_senses(link.word)}
    return not synsets & {s.id for s in first_senses(head)}


def _own_file(table: Table, column: Column, toks: tuple[str, ...], at: int, read: Reader
              ) -> tuple[Intent, str] | None:
    """The column read by the plain word of its head's own lexicographer file, where no related word reads it:
    a ``sibling`` or a ``classmate`` is a person (``wordnet.json``'s ``plain``: people only)."""
    files = {s.lexname for s in first_senses(toks[at])}
    lexname = files.pop() if len(files) == 1 else ""
    if lexname not in _vocab()["plain"]:
        return None
    word, say = _vocab()["plain"][lexname]
    name = "_".join((*toks[:at], word, *toks[at + 1:]))
    got = read(*_renamed(table, column, name))
    if fallback(got) or not _fits(lexname, got):
        return None
    return _named(got, name, column.name), say


def _named(got: Intent, stand_in: str, name: str) -> Intent:
    reason = got.reason.replace(f"column '{stand_in}'", f"column '{name}'", 1)
    return Intent(name=got.name, reason=reason, params=_restore(dict(got.params or {}), stand_in, name))


def read_through(table: Table, column: Column, found: Intent | None, read: Reader, *, listed: bool = False
                 ) -> Intent | None:
    """``found``, or the column's reading through a word WordNet relates one of its unread tokens to: where
    ``found`` read nothing, or where only a word of form read it (a ``landline_no`` is a phone, not a
    registration number). ``listed``: the column's values are listed (a CHECK's or an enum's): kept."""
    from seedbed.generate.intent.tokens import tokens

    if listed or column.type.is_array or column.type.kind not in _KINDS:
        return found
    toks = tokens(column.name)
    empty = fallback(found)
    if not empty and not _formal(toks, found):
        return found  # a word of the name read it: it keeps its reading
    for at in range(len(toks) - 1, -1, -1):
        tok = toks[at]
        if not _candidate(tok) or (not empty and at != len(toks) - 2):
            continue
        if (len(toks) > 1 or not empty) and not _unread(table, column, tok, read):
            continue  # a word some reading uses keeps it
        numbered = not empty and toks[-1] == "number"
        got = _unit_amount(table, column, toks, at, read) or _through(table, column, toks, at, read, numbered=numbered)
        if got is None and not numbered and (at == len(toks) - 1 or not empty):
            got = _own_file(table, column, toks, at, read)
        if got is None or got[0].name.startswith("person.") and of_animals(table):
            continue  # a horse's sire or dam is no person, whatever WordNet gives first
        intent, how = got
        params = dict(intent.params or {})
        if intent.name == "person.full_name" and tok not in tokens(table.name.name):
            params["other"] = True  # a sibling, a classmate: someone else than the row's own person
        name = "money.amount" if intent.name == "money.price" else intent.name  # a disbursement is a sum paid,
        return Intent(name=name, reason=f"{intent.reason}; {_lemma(tok)}: {how} (WordNet)", params=params)  # no shelf price
    return found


#: The last tokens that say how a thing is written, not what it is (``landline_no`` is a landline's), and
#: the readings each gives by itself (a number of a plausible width; a name built around the word before it).
_FORMS = {"number": ("id.number", "id.code"), "name": ("entity.name", "entity.text")}
#: Column kinds a word's reading can change (dates, flags and keys are read by their shape).
_KINDS = frozenset({TypeKind.TEXT, TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY})


def of_animals(table: Table) -> bool:
    """Whether the table's rows are animals (its head noun's first sense): its words are animals' words."""
    from seedbed.generate.intent.tokens import tokens

    toks = tokens(table.name.name)
    first = first_senses(toks[-1], 1) if toks else ()
    return bool(first) and (first[0].lexname == "noun.animal" or "animal" in first[0].words)


def _formal(toks: tuple[str, ...], found: Intent | None) -> bool:
    """Whether only the name's last word, a word of form, read the column (``landline_no``: a number of a
    plausible width; ``classmate_name``: a name built around 'classmate')."""
    return found is not None and len(toks) == 2 and found.name in _FORMS.get(toks[-1], ())


def table_kind(noun: str, table: Table | None = None) -> str | None:
    """What a table's rows are from its head noun (singular): ``person``, ``group``, ``place``, ``thing``,
    ``act`` or ``money``, when the noun's first senses are all of one lexicographer
    file and no list of seedbed's knows the noun; else None. A person by an agent noun (``-er``, ``-or``:
    a runner, a mapper, a provider are programs in software as often) is none in a ``table`` of software's
    columns (a token, a realm, a URL) unless a column is a person's (a surname, an email, a birth date)."""
    kind = _noun_kind(noun)
    if kind == "person" and noun.endswith(("er", "or")) and table is not None and not _has_person_column(table) \
            and _technical(table):
        return None
    return kind


def _technical(table: Table) -> bool:
    """Whether a column of ``table`` is software's (a token, a realm, a URL, a protocol): a runner or a mapper
    there is a program."""
    from seedbed.generate.intent.tokens import as_written

    words = set(_vocab()["technical_columns"])
    return any(set(as_written(c.name)) & words for c in table.columns)  # as written: a login is no username


def _has_person_column(table: Table) -> bool:
    from seedbed.generate.intent.tokens import tokens

    spec = _vocab()["person_columns"]
    words, pairs = set(spec["words"]), {tuple(p.split()) for p in spec["pairs"]}
    for c in table.columns:
        if c.type.kind in (TypeKind.TEXT, TypeKind.DATE) and not c.type.is_array:
            toks = tokens(c.name)
            if set(toks) & words or any(toks[i:i + 2] in pairs for i in range(len(toks) - 1)):
                return True
    return False


@lru_cache(maxsize=1)
def _table_nouns() -> frozenset[str]:
    """Table nouns seedbed's own lists give a kind or a vocabulary (a host, a client, a depot, a pack's nouns)."""
    from seedbed.generate.intent.context import COMPANY_NOUNS, PERSON_NOUNS, PRODUCT_NOUNS
    from seedbed.generate.intent.entities import pack_nouns
    from seedbed.generate.intent.tokens import _SYNONYMS, _WORDS
    from seedbed.generate.realistic.vocab import load

    heads = load("heads")
    return frozenset(_WORDS | set(_SYNONYMS) | PERSON_NOUNS | COMPANY_NOUNS | PRODUCT_NOUNS | pack_nouns()
                     | {w for k in (*heads["sites"], *heads["trades"]) for w in k.split("_")})


@lru_cache(maxsize=1024)
def _noun_kind(noun: str) -> str | None:

    if noun in _table_nouns():
        return None
    if not _candidate_form(noun):
        return None
    senses = first_senses(noun)
    files = {s.lexname for s in senses}
    if len(files) != 1:
        return None  # a berth is a job and a mooring: no kind
    return _vocab()["kinds"].get(files.pop())
