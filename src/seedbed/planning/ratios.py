"""Counters of one row that measure one thing two ways keep their ratio (issue 10, round 7): a
document's characters are five to seven times its words, a file's bytes tens of kilobytes a page,
a workout's kilocalories five to twelve a minute, a flight log's cycles (landings) one every one to
three hours flown. Drawn apart, ``word_count`` 12 sat beside ``char_count`` 4,000.

Found from names alone, among the freely drawn numeric columns (``RATIOS``: the words of the
column, of the counter it follows, and the band of the ratio); a ``part_of:lo:hi`` derivation
(``seedbed.generate.derive``), kept where it fits the column's bounds. A count of a text's own words
is the text's (``seedbed.planning.textcounts``) and comes first.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.planning.derived import Derived

__all__ = ["RATIOS", "related_counters"]

#: (words one of which names the column, words one of which names the counter it follows, its
#: words that must not be there, the ratio's band).
RATIOS: tuple[tuple[frozenset[str], frozenset[str], frozenset[str], float, float], ...] = (
    (frozenset("char character chars characters".split()), frozenset("word words".split()), frozenset(), 5.0, 7.0),
    (frozenset("byte bytes".split()), frozenset("page pages".split()), frozenset(), 30_000.0, 300_000.0),
    (frozenset("kb kilobyte".split()), frozenset("page pages".split()), frozenset(), 30.0, 300.0),
    (frozenset("kcal calorie calories".split()), frozenset("minute min duration".split()),
     frozenset("per rate avg average".split()), 5.0, 12.0),
    (frozenset("cycle landing".split()), frozenset("hour hr".split()),
     frozenset("per rate total since cumulative lifetime".split()), 0.34, 1.0),
)


#: Settings, not measures: a limit on bytes is no size of pages (``diff_max_patch_bytes``, ``max_pages_size``).
_BOUNDS = frozenset("max min maximum minimum limit quota threshold allowed cap".split())


def related_counters(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool],
                     taken: set[str], defaulted: frozenset[str] = frozenset()) -> list[Derived]:
    """``part_of`` derivations of the counters of ``numeric`` (name -> tokens) that another one of the
    row measures (see ``RATIOS``); a column with a DEFAULT keeps it (a flight log's ``cycles DEFAULT 1``
    says its usual value already)."""
    out: list[Derived] = []
    for name, toks in numeric.items():
        if not usable.get(name) or name in taken or name in defaulted or set(toks) & _BOUNDS:
            continue
        for mine, theirs, never, lo, hi in RATIOS:
            if not set(toks) & mine or set(toks) & never:
                continue
            source = next((n for n, t in numeric.items() if n != name and set(t) & theirs and not set(t) & never
                           and not set(t) & (mine | _BOUNDS)), None)
            if source is not None:
                out.append(Derived(column=name, source=source, op=f"part_of:{lo:g}:{hi:g}"))
                taken.add(name)
                break
    return out
