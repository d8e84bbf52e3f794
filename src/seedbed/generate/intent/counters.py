"""Engagement counters by name (``data/vocab/counters.json``): ``views``, ``unique_opens``,
``like_count``, ``clicks`` and the level of the funnel each sits on (the widest audience first).
Read by the number scales (a funnel's widest counter is an audience, not a small count) and by
``seedbed.planning.funnels`` (a narrower counter is a share of a wider one).
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.tokens import tokens

__all__ = ["counter_of", "counter_words", "funnel_head"]


@lru_cache(maxsize=1)
def counter_words() -> tuple[dict[str, int], dict[str, tuple[float, float]], frozenset[str], frozenset[str]]:
    from seedbed.generate.realistic.vocab import load

    data = load("counters")
    levels = {w: i for i, words in enumerate(data["levels"]) for w in words}
    shares = {w: (float(r[0]), float(r[1])) for w, r in data["shares"].items()}
    return levels, shares, frozenset(data["unique"]), frozenset(data["qualifiers"])


def _plural(word: str) -> str:
    levels = counter_words()[0]
    if word in levels:
        return word
    for cand in (word + "s", word[:-1] + "ies" if word.endswith("y") else None, word + "es"):
        if cand and cand in levels:
            return cand
    return word


def counter_of(name: str) -> tuple[str, bool, frozenset[str]] | None:
    """(the counter word, whether it is counted uniquely, the other words) of a counter's name."""
    levels, _, unique, qualifiers = counter_words()
    toks = tokens(name)
    words = [_plural(t) for t in toks if t not in qualifiers and t not in unique]
    found = [w for w in words if w in levels]
    if len(found) != 1:
        return None
    rest = frozenset(w for w in words if w != found[0])
    return found[0], bool(set(toks) & unique), rest


def funnel_head(name: str, siblings: list[str]) -> bool:
    """Whether the counter ``name`` is the widest of a funnel among ``siblings`` (another counter of
    the row narrows it, and none widens it): ``recipients`` beside ``opens``, ``views`` beside ``likes``."""
    mine = counter_of(name)
    if mine is None:
        return False
    levels = counter_words()[0]
    others = [c for s in siblings if s != name and (c := counter_of(s)) is not None]
    narrower = any(levels[w] > levels[mine[0]] or (w == mine[0] and u and not mine[1]) for w, u, _ in others)
    wider = any(levels[w] < levels[mine[0]] or (w == mine[0] and mine[1] and not u) for w, u, _ in others)
    return narrower and not wider
