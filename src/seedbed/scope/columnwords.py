"""A column said by the words its name abbreviates or reorders (brief s26 of session 11).

"salary minimum" and "minimum salary" are ``salary_min``, "fee percentages" ``fee_pct``, "acquisition dates"
``acq_date``: the schema writes a column in short, the user says it in full, in either order. Every column's name is
spelled out word by word:

- an abbreviation of ``data/vocab/colabbrev.json`` (and the clipped forms of ``clipped.json``) by the words it stands
  for; one whose meaning depends on a sibling ("min" beside a "max" of the same other words is a minimum, else
  minutes) by the sibling's presence;
- a word of a name of two or three words by its WordNet synonyms in its first sense ("minimum wage" for
  ``salary_min``), never a name of one word (too loose alone);

and the spelled-out names are said in the name's order, the other order ("minimum salary") and, for two words,
"B of A" ("date of acquisition"), with the last word plural too. A phrase is read as the column only when it names
exactly one column name of the schema and is not itself a table, a value or another column's own name
(``Grounding.rewrite`` asks); its reading is the column's own name, which every rule then reads as typed.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from seedbed.generate.realistic.vocab import load
from seedbed.model import Column, TypeKind
from seedbed.scope.flagwords import stem
from seedbed.scope.inflect import plural, singular
from seedbed.scope.lexicon import MEASURE_UNITS
from seedbed.thesaurus import listed, synonyms

__all__ = ["bare", "clip_of", "column_phrases", "derived", "part_words", "said_clipped_columns", "said_column_words", "typed_times"]

_DATA = load("colabbrev")
_WORDS: dict[str, tuple[str, ...]] = {k: tuple(v.replace("+", " ") for v in s.split()) for k, s in _DATA["words"].items()}
_CLIPS = load("clipped")  # the clips a scope spells out (not those of names only: "no", "dt")
_WORDS.update({k: (v,) for k, v in _CLIPS["clipped"].items() if k not in _WORDS and k not in _CLIPS["names_only"]})
_PAIRED: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    k: (v[0], tuple(v[1].split()), tuple(v[2].split())) for k, v in _DATA["paired"].items()}
#: Name parts of flags and keys, whose columns are read by other readers (``flagwords``, the key rules).
_SILENT = frozenset("is has id".split())


def _spelled(part: str, others: tuple[str, ...], siblings: frozenset[str], wordnet: bool) -> tuple[str, ...]:
    """The ways a user may say one word of a column's name."""
    out = [part]
    if part in _PAIRED:
        mate, with_mate, alone = _PAIRED[part]
        sibling = "_".join(mate if p == part else p for p in others)
        out += with_mate if sibling in siblings else alone
    out += _WORDS.get(part, ())
    if wordnet and len(part) >= 4 and part not in _WORDS:
        out += sorted(w for w in synonyms(part, "n", 1) if re.fullmatch(r"[a-z]+(?: [a-z]+)?", w))[:4]
    return tuple(dict.fromkeys(out))


def part_words(part: str) -> tuple[str, ...]:
    """One word of a column's name and the single words it abbreviates ("qty": quantity, "amt": amount, "lvl":
    level), for the readers that match a word said against a column's name parts (``ground.ground_columns``)."""
    return (part, *(w for w in _WORDS.get(part, ()) if " " not in w))


#: Endings that make a noun of a verb, English's commonest ("payment" of pay, "storage" of store, "arrival" of
#: arrive); none that makes another thing of a short word ("carry" is no car, "busy" no bus, "carer" no car).
_DERIVING = ("ment", "ments", "age", "ages", "al", "als", "ation", "ations", "ion", "ions", "ance", "ence", "ee", "ees",
             "ity", "ure")


def derived(said: str, part: str) -> bool:
    """Whether the stem ``said`` is the stem ``part`` with a deriving ending ("payment" of ``pay_method``'s pay): a
    short part (three letters) is related only so, never by a shared start alone ("pays" is no "paying" of payee)."""
    return len(part) >= 3 and said.startswith(part) and said[len(part):] in _DERIVING


#: Words for the type of a time column, said after its own word ("guarantee date", "delivery time").
_TIME_TYPES = frozenset("date dates time times timestamp timestamps day days datetime".split())
_MOMENT_KINDS = frozenset((TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ))


def typed_times(cols: list[Column], said: list[str]) -> list[str]:
    """The time columns named by words and the type said after them ("guarantee date" of ``guarantee_until``): every
    word but the type is a word of the column's name (by stem)."""
    if len(said) < 2 or said[-1] not in _TIME_TYPES:
        return []
    words = {stem(w) for w in said[:-1]}
    return [c.name for c in cols if c.type.kind in _MOMENT_KINDS and words <= {stem(p) for p in c.name.lower().split("_") if p}]


def _phrases(name: str, siblings: frozenset[str]) -> set[str]:
    parts = tuple(p for p in name.split("_") if p)
    said = tuple(p for p in parts if p not in _SILENT)
    if not said or len(said) > 3 or said != parts:  # a flag (``is_fraud_suspected``) is read by its own words
        return set()
    options = [_spelled(p, parts, siblings, wordnet=len(said) > 1) for p in said]
    out: set[str] = set()
    for combo in itertools.product(*options):
        orders = [combo] + ([combo[::-1]] if len(combo) == 2 else [])
        for words in orders:
            out.add(" ".join(words))
            out.add(" ".join((*words[:-1], plural(words[-1]))))
        if len(combo) == 2:
            out.add(f"{combo[1]} of {combo[0]}")
            out.add(f"{plural(combo[1])} of {combo[0]}")
    out.discard(" ".join(said))
    out.discard(" ".join((*said[:-1], plural(said[-1]))))
    return out


@lru_cache(maxsize=64)
def column_phrases(columns: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, str], ...]:
    """(phrase, column name) for every phrase that names exactly one column name, longest first; ``columns`` holds
    each table's column names (lower case)."""
    found: dict[str, set[str]] = {}
    for names in columns:
        siblings = frozenset(names)
        for name in names:
            for phrase in _phrases(name, siblings):
                found.setdefault(phrase, set()).add(name)
    own = {f for names in columns for n in names for f in (n.replace("_", " "), plural(n).replace("_", " "))}
    # a phrase of one word is too loose ("number" for a ``num`` column): two words at least ("date of birth" for ``dob``)
    pairs = [(p, next(iter(c))) for p, c in found.items() if len(c) == 1 and p not in own and " " in p]
    return tuple(sorted(pairs, key=lambda pc: (-len(pc[0]), pc[0])))


def said_column_words(norm: str, phrases: tuple[tuple[str, str], ...], is_other, notes: list[str] | None = None) -> str:
    """``norm`` with each phrase of ``column_phrases`` replaced by its column's name, unless ``is_other`` says the
    phrase means something else here (a table, a value)."""
    for phrase, name in phrases:
        if phrase not in norm or is_other(phrase):
            continue
        new = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", name, norm)
        if new != norm and notes is not None:
            notes.append(f"{phrase!r} is {name}")
        norm = new
    return norm


def clip_of(part: str, word: str) -> str | None:
    """How the word said stands for ``part``, one word of a name or a label (brief s37): "same" (the word, its
    singular or its stem), "clip" (``part`` keeps the word's letters in order from its first, as ``wkly`` weekly,
    ``rcvd`` received, ``chk`` checks, ``gal`` gallons, leaving two letters out at least, as ``clips.keeps``: "from"
    is no ``frm``; or spells it out, ``xfer`` transfer) or "short" (the word
    keeps the part's, "dupes" of ``duplicate``); None when it stands for nothing of it."""
    word, part = word.lower(), part.lower()
    if not word.isalpha() or not part.isalpha():
        return None
    if part == word or part == singular(word) or stem(part) == stem(word):
        return "same"
    if any(w in (word, singular(word)) for w in part_words(part)[1:]):
        return "clip"
    if part[0] != word[0] or len(word) < 4 or len(part) < 2:
        return None
    rest = iter(word[1:])
    doubled = any(a == b and a + b not in word for a, b in zip(part, part[1:]))  # "cc" is no clip of "checks"
    word_itself = len(part) >= 4 and listed(part)  # a word is no clip: ``born_on`` is not "boarding"
    if len(word) >= len(part) + 2 and not doubled and not word_itself and all(ch in rest for ch in part[1:]):
        return "clip"
    short = singular(word)
    if len(short) >= 4 and len(part) > len(short) + 2 and part.startswith(short[:-1]) \
            and all(ch in iter(part[len(short) - 1:]) for ch in short[-1:]):
        return "short"
    return None


#: Name parts that say a column's type or unit, left unsaid with the column's own word ("deposits": ``dep_amt``,
#: "received": ``rcvd_dt``, "the age": ``age_yrs``).
_TYPE_PARTS = frozenset("dt date at ts on amt no num nbr cd code yrs yr".split())
#: The type parts a column's own word may leave unsaid: its moment, its amount, its age ("deposits": ``dep_amt``); never
#: its number or code ("inventory" is no ``inv_no``, "the check" no ``chk_no``).
_UNSAID = frozenset("dt date at ts on amt yrs yr".split())
_JOINS = frozenset("of the".split())
#: Words that say how, when or whether, never a column's word unless hyphened into one ("opt-in"): "no inactive crew"
#: is no ``inv_no``, "after" no ``at``.
_FUNCTION = frozenset("no not nor on at in to by for from after before per with off up out over under into than".split())


def _fits(said: list[str], parts: list[str]) -> bool:
    """Whether the words said name the column of ``parts`` in any order: every word one part, every part said but
    one type part, and one word at least a clip (what the name says as typed other readers read)."""
    if not said or len(said) > len(parts):
        return False
    left, clips = list(parts), 0
    for w in said:
        # a type part only as said or spelled out ("about" is no ``at``), never a word's start ("rest": restocked_on)
        hit = next(((p, how) for p in left if (how := clip_of(p, w)) is not None and how != "short"
                    and (p not in _TYPE_PARTS or how == "same" or {w, singular(w)} & set(part_words(p)))), None)
        if hit is None:
            return False
        left.remove(hit[0])
        clips += hit[1] != "same"
    return clips > 0 and (not left or (len(left) == 1 and left[0] in _UNSAID and len(parts) > 1))


def _unit_word(word: str) -> bool:
    """A unit of time or measure said after a number ("2 to 6 hours"): the range's unit, which the range rules read
    with the column it measures (``units``), not a clipped column (``hrs``)."""
    return singular(word) in _TIME_WORDS or word in MEASURE_UNITS


_TIME_WORDS = frozenset("second sec minute min hour hr day week fortnight month year night".split())


def bare(token: str) -> tuple[str, str, str]:
    """A token's punctuation before, its word, its punctuation after ("card," -> "", "card", ",")."""
    m = re.fullmatch(r"([(\"']*)(.*?)([,;:.!?)\"']*)", token)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", token, "")


def said_clipped_columns(norm: str, columns: tuple[tuple[str, ...], ...], is_other, notes: list[str] | None = None,
                         is_value=lambda w: False) -> str:
    """``norm`` with words that name one clipped column of the schema in any order ("weekly rate": ``wkly_rate``,
    "gallons delivered": ``gal_dlvd``, "year of birth": ``birth_yr``, "payments received": ``rcvd_dt``) replaced by
    its name (brief s37); a phrase that two column names fit, or that ``is_other`` says is a table, a value or a
    column as typed, is left as said, so is one word ``is_value`` says spells a value ("checks": 'CHK', not
    ``chk_no``); every reading is told in ``notes``."""
    names = {n for t in columns for n in t}
    parted = [(n, [p for p in n.split("_") if p]) for n in sorted(names)
              if n != "id" and not n.endswith("_id") and not n.startswith(("is_", "has_"))]  # keys and flags: their rules
    raw = norm.split(" ")
    tokens = [bare(t)[1] for t in raw]
    out, i = [], 0
    while i < len(tokens):
        done = False
        for size in (3, 2, 1):
            window = tokens[i:i + size]
            words = [w for t in window if t not in _JOINS for w in t.split("-") if w]  # "opt-in": sms_opt_in
            if len(window) < size or not words or window[0] in _JOINS or any(bare(t)[2] for t in raw[i:i + size - 1]) \
                    or any(bare(t)[0] for t in raw[i + 1:i + size]) or window[-1] in _JOINS \
                    or any(not re.fullmatch(r"[a-z]+", w) for w in words) or is_other(" ".join(window)) \
                    or any(t in _FUNCTION for t in window) \
                    or any(w in names or (len(words) == 1 and is_other(w)) for w in words) \
                    or (len(window) == 1 and is_value(window[0])) \
                    or (len(window) == 1 and i and re.fullmatch(r"[\d.-]+", tokens[i - 1]) and _unit_word(window[0])):
                continue
            hits = {n for n, parts in parted if _fits(words, parts)
                    or (len(words) > 1 and any("-" in t for t in window) and "_".join(words) == n)}  # "sms opt-in"
            if len(hits) == 1:
                name = hits.pop()
                if notes is not None:
                    notes.append(f"{' '.join(window)!r} is {name}")
                out.append(bare(raw[i])[0] + name + bare(raw[i + size - 1])[2])
                i, done = i + size, True
                break
        if not done:
            out.append(raw[i])
            i += 1
    return " ".join(out)
