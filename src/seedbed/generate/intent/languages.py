"""Names in the business's own language read as the English words seedbed's inference knows (r40).

Many schemas are not named in English: ``kunden(vorname, nachname, plz, ort, geburtsdatum)``,
``clientes(nombre, apellido, fecha_alta, importe)``, ``pedidos(valor_total, data_criacao, cpf)``. The words of
``data/vocab/translations.json`` (German, Dutch, Spanish, Portuguese, French, Italian) turn such names into the
English tokens the rest of inference reads: ``geburtsdatum`` -> birth date, ``fecha_nacimiento`` -> birth date
(the head comes first in Romance languages: its words are read in English order), ``rechnungsnummer`` ->
invoice number (a compound of the list's words, joined by a linking ``s``), ``imoveis`` -> property (a plural).
Accents and umlauts are folded first (``teléfono`` is ``telefono``, ``straße`` is ``strasse``, ``fällig`` is
``faellig``).

A word that is English too (``data``, ``land``, ``alter``, ``fine``, ``via``) is read in the other language only
where that language is sure: the schema is named in it (``detect``, set for the planning of a schema by
``reading``) or the same name has a word of that language that is no English word (``data_nascimento``). An
English schema's ``data`` column stays data.

Pure functions of the name and the schema's language; cached.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Entry", "current", "detect", "fold", "language_name", "listed", "reading", "read_words", "statuses"]

_CURRENT: ContextVar[str | None] = ContextVar("seedbed_name_language", default=None)
_UMLAUT = re.compile(r"([aou])e")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
#: Words that stay at the end of a Romance name read in English order: an English suffix (``cliente_id``),
#: a 'when' word (``criado_em``), a unit (``duracion_minutos`` is a duration in minutes).
_ANCHORS = frozenset("""id at on minutes hours days seconds weeks months years km kg grams meters percent liters
m cm mm m2 m3 usd eur gbp brl mxn chf""".split())


def fold(name: str) -> str:
    """``name`` in ASCII letters: umlauts as ae/oe/ue, ß as ss, accents dropped (``Straße`` -> ``Strasse``)."""
    if name.isascii():
        return name
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class _Language:
    code: str
    name: str
    head_first: bool
    compounds: bool
    links: tuple[str, ...]
    plurals: tuple[tuple[str, str], ...]
    stop: frozenset[str]
    before: frozenset[str]
    words: dict[str, tuple[str, ...]]
    phrases: dict[tuple[str, ...], tuple[str, ...]]
    statuses: dict[str, str]


@lru_cache(maxsize=1)
def _languages() -> dict[str, _Language]:
    from seedbed.generate.realistic.vocab import load

    out = {}
    for code, sec in load("translations").items():
        if code.startswith("_"):
            continue
        words: dict[str, tuple[str, ...]] = {}
        phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, english in sec["words"].items():
            (phrases if "_" in key else words)[tuple(key.split("_")) if "_" in key else key] = tuple(english.split())
            bare = _UMLAUT.sub(r"\1", key) if code == "de" else key  # faellig is written fallig too
            if bare != key and "_" not in key:
                words.setdefault(bare, tuple(english.split()))
        plurals = tuple((p.partition(":")[0], p.partition(":")[2]) for p in sec.get("plurals", ()))
        out[code] = _Language(code=code, name=sec["name"], head_first=sec["head"] == "first",
                              compounds=bool(sec.get("compounds")), links=tuple(sec.get("links", ())),
                              plurals=plurals, stop=frozenset(sec.get("stop", ())),
                              before=frozenset(sec.get("before", ())), words=words, phrases=phrases,
                              statuses=dict(sec.get("labels", {})))
    return out


def language_name(code: str | None) -> str | None:
    """``'de'`` -> ``'German'`` (None for a language the list does not have)."""
    lang = _languages().get(code or "")
    return lang.name if lang else None


@lru_cache(maxsize=8192)
def _english(word: str) -> bool:
    """Whether ``word`` is an English word too (one of the common English words, one seedbed's names know,
    or one WordNet has): read in another language only where that language is sure."""
    from seedbed.generate.intent.tokens import _english_words, _known
    from seedbed.thesaurus import base_forms

    return word in _english_words()[0] or _known(word) or any(base_forms(word, pos) for pos in "nva")


def _plain(lang: _Language, word: str) -> tuple[str, ...] | None:
    """The English reading of one word of ``lang`` (as listed, or a plural of a listed word)."""
    found = lang.words.get(word)
    if found is not None:
        return found
    for ending, instead in lang.plurals:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found = lang.words.get(word[: len(word) - len(ending)] + instead)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=8192)
def listed(word: str) -> bool:
    """Whether ``word`` is a listed word of another language (or its plural): read whole, never cut into
    English words (``agendamento`` is no 'agenda mento')."""
    return any(_plain(lang, word) is not None for lang in _languages().values())


@lru_cache(maxsize=8192)
def _compound(code: str, word: str) -> tuple[str, ...] | None:
    """A German or Dutch compound of the list's words (``geburtsdatum`` -> birth date, ``leeftijdscategorie``),
    its pieces joined by a linking letter or none; the reading with the fewest pieces, or None."""
    lang = _languages()[code]
    if not lang.compounds or len(word) < 6:
        return None
    n = len(word)
    best: list[tuple[tuple[str, ...], int] | None] = [None] * (n + 1)  # (English words, pieces) up to i
    best[0] = ((), 0)
    for end in range(3, n + 1):
        for start in range(0, end - 2):
            prev = best[start]
            if prev is None:
                continue
            piece = word[start:end]
            reading = _plain(lang, piece) if end == n else lang.words.get(piece)
            if reading is None:
                continue
            cand = (prev[0] + reading, prev[1] + 1)
            if best[end] is None or cand[1] < best[end][1]:
                best[end] = cand
            if end < n:  # a linking letter after a piece that is not the last (rechnung + s + nummer)
                for link in lang.links:
                    if word.startswith(link, end) and end + len(link) < n:
                        j = end + len(link)
                        if best[j] is None or cand[1] < best[j][1]:
                            best[j] = cand
    done = best[n]
    return done[0] if done is not None and done[1] >= 2 else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One word of a name in one language: its English reading and whether it is an English word too."""

    english: tuple[str, ...]
    shared: bool


@lru_cache(maxsize=16384)
def _entries(word: str) -> dict[str, Entry]:
    """Every language's reading of one lower-case folded word: as listed, a plural, or a compound."""
    out: dict[str, Entry] = {}
    if len(word) < 2 or word.isdigit():
        return out
    for code, lang in _languages().items():
        found = _plain(lang, word)
        if found is None and not _english(word):
            found = _compound(code, word)
        if found is not None:
            out[code] = Entry(english=found, shared=found != (word,) and (_english(word) or len(word) <= _SHORT))
    return out


def _sure(word: str, code: str) -> bool:
    """Whether ``word`` is a word of language ``code`` that no English reader would take for English (nor
    for an English abbreviation: ``gsm`` is a Belgian mobile and a paper's grams per square metre)."""
    e = _entries(word).get(code)
    return e is not None and not e.shared and not _english(word) and len(word) > _SHORT


#: Words this short are abbreviations that may mean anything in another language (``cp``, ``ht``, ``gsm``).
_SHORT = 3


def _language_of(words: list[str], schema_language: str | None) -> str | None:
    """The language a name is written in: the schema's where the name has a word of it, else the language
    with the most words of the name that are no English words (none: an English name)."""
    if schema_language in _languages() and any(schema_language in _entries(w) for w in words):
        return schema_language
    votes = Counter(code for w in words for code in _entries(w) if _sure(w, code))
    if not votes:
        return None
    top = max(votes.values())
    best = sorted(c for c, v in votes.items() if v == top)
    return best[0] if len(best) == 1 else (schema_language if schema_language in best else best[0])


@lru_cache(maxsize=8192)
def read_words(words: tuple[str, ...], schema_language: str | None = None) -> tuple[tuple[str, bool], ...] | None:
    """The English reading of a name's words (folded, lower case, as written): ``(word, translated)`` pairs in
    English order, a translated word already English, an untranslated one to be read as English words are
    (segmented, spelled out). None when no word of the name is another language's."""
    code = _language_of(list(words), schema_language)
    if code is None:
        return None
    lang = _languages()[code]
    units: list[_Unit] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2):
            span = words[i:i + size]
            bare = tuple(w for k, w in enumerate(span) if k == 0 or w not in lang.stop)  # fecha_de_nacimiento
            key = span if span in lang.phrases else bare
            if len(span) == size and key in lang.phrases:
                units.append(_Unit(lang.phrases[key], True, changed=True))
                i += size
                break
        else:
            w = words[i]
            entry = _entries(w).get(code)
            if entry is not None:
                units.append(_Unit(entry.english, True, w in lang.before, changed=entry.english != (w,)))
            elif not (w in lang.stop and 0 < i < len(words) - 1):  # data_de_nascimento: 'de' joins two words
                units.append(_Unit((w,), False))
            i += 1
    if not any(u.translated for u in units):
        return None
    if lang.head_first:
        units = _english_order(units)
    out: list[tuple[str, bool]] = []
    for u in units:  # numero_colegiado: 'license number', not 'license number number'
        if u.translated and out and out[-1][0] == u.words[-1] and len(u.words) == 1:
            continue
        out += [(w, u.translated) for w in u.words]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Unit:
    """Words of a name read as one: a listed word's English reading, or a word left as written."""

    words: tuple[str, ...]
    translated: bool
    before: bool = False  # an adjective that stands before its noun (ultima_visita)
    changed: bool = False  # read as other words than written (nombre -> name; not total -> total)


def _english_order(units: list[_Unit]) -> list[_Unit]:
    """A head-first name's words in English order: the head last (``fecha_nacimiento`` -> birth date),
    an adjective that stands before its noun kept before it (``ultima_visita`` -> last visit), a leading
    ``id`` (``id_cliente``) and a trailing one, a 'when' word or a unit (``cliente_id``, ``criado_em``,
    ``area_m2``) at the end, an English word before the first translated one left where it is; a name whose
    words are all English as written (``total_price`` in a Spanish schema) is an English name."""
    if len(units) > 1 and units[0].words == ("id",):
        units = units[1:] + units[:1]
    merged: list[_Unit] = []
    for unit in units:
        if merged and merged[-1].before and unit.translated:
            merged[-1] = _Unit(merged[-1].words + unit.words, True, changed=True)
        else:
            merged.append(unit)
    end = len(merged)
    while end > 1 and merged[end - 1].words in _ANCHOR_UNITS:  # cliente_id, criado_em, duracion_minutos
        end -= 1
    start = 0
    while start < end and merged[start].words in _LEADING:  # es_repetidor: 'is' stays first
        start += 1
    first = next((k for k in range(start, end) if merged[k].translated), None)
    if first is None or end - first < 2 or not any(u.changed for u in merged[first:end]):
        return merged  # total_price, email_verified: English names in a Spanish schema keep their order
    return merged[:first] + merged[first:end][::-1] + merged[end:]


_ANCHOR_UNITS = frozenset((a,) for a in _ANCHORS)
#: Words that stay first: a flag's verb (``es_repetidor``, ``ist_aktiv``).
_LEADING = frozenset({("is",), ("has",)})


# ------------------------------------------------------------------ the schema's language
def current() -> str | None:
    """The language of the schema being planned (``reading``), or None."""
    return _CURRENT.get()


@contextmanager
def reading(language: str | None) -> Iterator[None]:
    """Read names as written in ``language`` (ISO 639-1) inside the block: its words that are English too
    (``data``, ``land``) are read in it."""
    token = _CURRENT.set(language)
    try:
        yield
    finally:
        _CURRENT.reset(token)


#: A schema is in a language when this many of its different words are that language's and no English.
_LEAST_WORDS = 3


def detect(schema: Any) -> tuple[str | None, tuple[str, ...]]:
    """The language a schema's table and column names are written in, and the words that say so (the first
    few): the language with the most different words of its own that are no English words, at least
    ``_LEAST_WORDS`` and more than any other's; (None, ()) for a schema named in English."""
    from seedbed.generate.intent.tokens import as_written

    seen: dict[str, list[str]] = {}
    words = {w for t in schema.tables for n in (t.name.name, *(c.name for c in t.columns))
             for w in as_written(fold(n))}
    for w in sorted(words):
        codes = [c for c in _entries(w) if _sure(w, c)]
        for c in codes:
            seen.setdefault(c, []).append(w)
    if not seen:
        return None, ()
    ranked = sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    code, said = ranked[0]
    if len(said) < _LEAST_WORDS or (len(ranked) > 1 and len(ranked[1][1]) >= len(said)):
        return None, ()
    return code, tuple(said[:6])


def statuses(code: str | None) -> dict[str, str]:
    """English status label -> the language's word for it (empty for English or a language without them)."""
    lang = _languages().get(code or "")
    return lang.statuses if lang else {}
