"""What a table's short name, and its trade, say of a business's word for its rows (brief s36 of session 16).

Evidence ``rowscore.scores`` weighs with the rest, each piece told in the reading: a table's name that is an
initialism of the word said with the words before it or with a word of a neighbour the request names ("wind farms"
and "turbines": ``wtgs``; "hire contracts": ``hc``; "breakdowns": ``bd``); a short name that is a dictionary word and
the word's beginning (``sub`` of "subscriptions"); a trade's words that a table's columns say ("vehicles" and
``odometer_km``: a transit operator's); a person's word in a later sense (an operator is first a symbol).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from seedbed.clips import clipped
from seedbed.scope.flagwords import stem
from seedbed.thesaurus import senses

if TYPE_CHECKING:
    from seedbed.scope.rowscore import Profile

__all__ = ["initialism", "person_in_later_sense", "prefix", "trade_tables"]


def prefix(word: str, profile: Profile) -> str | None:
    """The table's last word, a dictionary word of three letters or more, that is the word's beginning, the word
    three letters longer at least (``sub`` of "subscriptions", ``pub`` of "publications"): a clip that happens to be
    a word, which ``_clips`` leaves out (its letters are no clip by themselves)."""
    w = profile.spelled[-1] if profile.spelled else ""
    return w if len(w) >= 3 and len(word) >= len(w) + 3 and word.startswith(w) and senses(w, "n") else None


def _parts(word: str) -> tuple[str, ...]:
    """A word as the words it is made of, when it is two English words joined ("breakdown": break + down,
    "timesheet": time + sheet), else the word alone."""
    for i in range(3, len(word) - 2):
        if senses(word[:i], "n") or senses(word[:i], "v"):
            if senses(word[i:], "n") or senses(word[i:], "a") or word[i:] in ("down", "up", "out", "off", "over"):
                return word[:i], word[i:]
    return (word,)


def initialism(word: str, profile: Profile, said: frozenset[str]) -> str | None:
    """The table's word that is an initialism of the word said with words before it ("hire contracts": ``hc``), of
    the word with a word of a neighbour the request names ("wind farms" and "turbines": ``wtg``, a wind turbine
    generator, which refers to wind_farms) or of the word's own parts ("breakdowns": ``bd``), or None. The initialism
    is no word and its letters are initials: the word's (or its parts') where the word stands, words of ``said``
    before it, and at most one letter after that nothing said explains (the ``g`` of ``wtg``) when a word of
    ``said`` explains one before (never "titles" for ``pmt`` by a promo and a mandate said elsewhere)."""
    own = "".join(p[0] for p in _parts(word))
    names = (*profile.spelled, *profile.words)
    for w in dict.fromkeys((*names, *(n[:-1] for n in names if n.endswith("s") and len(n) > 2))):  # ``hpus``: hpu
        if not 2 <= len(w) <= 4 or len(w) > 2 and senses(w, "n") and not clipped(w):  # two letters: never a word
            continue
        for i in range(len(w) - len(own) + 1):
            rest = w[i + len(own):]
            if w[i:i + len(own)] != own or len(rest) > 1 or rest and i == 0 or len(w) - len(rest) < 2:
                continue
            if all(any(t[0] == c and t != word for t in said) for c in w[:i]):
                return w
    return None


def trade_tables(word: str, table_profiles: tuple[Profile, ...]) -> dict[str, list[str]]:
    """The tables whose columns say words a trade says with the word (seedbed's trades and sectors: "vehicle",
    "fleet" and "odometer" are a transit operator's, so ``units(odometer_km)`` may hold vehicles), and those words.
    A table named by one of the trade's own words is no clue: it holds that thing (a generic name such as ``units``
    may hold the trade's thing its columns say)."""
    from seedbed.generate.intent.sectors import sectors_of

    out: dict[str, list[str]] = {}
    for words in sectors_of(word):
        stems = {stem(w): w for w in words if w != word and len(w) >= 4}
        for p in table_profiles:
            if any(stem(x) in stems for x in p.words):
                continue  # a table the trade's own word names holds that thing ("moorings" are no vessels(hull))
            hits = sorted(stems[s] for s in p.column_stems & stems.keys())
            if hits:
                out[p.name] = sorted({*out.get(p.name, []), *hits})
    return out


def person_in_later_sense(word: str) -> bool:
    """Whether one of the word's first three senses is a person (WordNet): the table's own name said by it, a table of
    people is no clash ("operators" for ``opr``, whose first sense is a mathematical symbol)."""
    return any(s.lexname == "noun.person" for s in senses(word, "n", 3))
