"""Engagement counters of one row that narrow one into the next (issue 10).

A mailing's ``recipients`` > ``opens`` > ``clicks`` > ``unsubscribes``, a page's ``views`` >
``unique_visitors`` > ``social_shares``, a boost's ``views_gained`` > ``likes_gained``: drawn
independently, half the rows had more unique opens than opens and more clicks than recipients.
The ladder of counter words lives in ``data/vocab/counters.json``; a counter follows the row's
nearest present counter of a wider level (the one sharing most of its other words), as a share of
it (``share:low:high``, drawn per row by ``seedbed.generate.derive``); a ``unique`` / ``distinct``
counter is a share of its plain sibling.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.counters import counter_words, counter_of

__all__ = ["funnel_shares"]


def funnel_shares(numeric: Mapping[str, str], usable: Mapping[str, bool], taken: set[str]) -> list[tuple[str, str, str]]:
    """(column, source, op) for each integer counter of ``numeric`` (name -> name, integer columns
    the engine draws) that narrows a wider counter of its row."""
    levels, shares, _, _ = counter_words()
    found = {n: c for n in numeric if (c := counter_of(n)) is not None}
    out: list[tuple[str, str, str]] = []
    for name, (word, uniq, rest) in sorted(found.items()):
        if not usable.get(name) or name in taken:
            continue
        if uniq:  # unique_opens is a share of opens
            plain = [o for o, (w, u, r) in found.items() if o != name and w == word and not u and r <= rest]
            if plain:
                lo, hi = shares["_unique"]
                out.append((name, sorted(plain)[0], f"share:{lo}:{hi}"))
                continue
        # the counter sharing most of its words (likes_earned under plays_earned), then the nearest level
        wider = sorted((-len(r), -levels[w], not u, o) for o, (w, u, r) in found.items()
                       if o != name and levels[w] < levels[word] and r <= rest)
        if not wider:
            continue
        source = wider[0][3]  # clicks under unique_opens rather than opens
        lo, hi = shares.get(word, shares["_default"])
        out.append((name, source, f"share:{lo}:{hi}"))
    return out
