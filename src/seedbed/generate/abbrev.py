"""Codes made from their row's own name (issue 10, r18): ``Technical Defect`` -> ``TD``, ``Faro
Branch`` -> ``FAR``, ``Sheffield West`` -> ``SHW``.

A lookup code beside a name is, in real data, the name's abbreviation: its initials when the
name has several words, else its first letters, and, where two names would clash, other letters
of the name in their order (how airports and airlines got ``LHR`` and ``BAW``), then a digit.
Words every name of the table shares (its head noun, ``Ltd``, ``of``) are skipped. Codes are
distinct across distinct names when the width allows; the same name gets the same code.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import combinations

__all__ = ["abbreviations"]

#: Words no code keeps a letter of.
_STOP = frozenset("""of the and for de la le du des del da di van von a an at on in to by y et und
ltd limited inc plc llc gmbh co company corp corporation group sa ag bv""".split())
_VOWELS = frozenset("AEIOU")
#: Letters of a name a candidate may take (a long name's later letters are never needed).
_SPAN = 12


def _words(name: str, drop: frozenset[str]) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    found = re.findall(r"[A-Za-z0-9]+", plain)
    kept = [w for w in found if w.lower() not in _STOP and w.lower() not in drop]
    return tuple(w.upper() for w in (kept or found))


def _width(words: tuple[str, ...], width: int, fixed: bool) -> int:
    """A fixed ``char(n)`` code has n letters; a free one the initials of a name of several words
    (``TD``, ``AP``), else three letters (``FAR``)."""
    if fixed:
        return width
    if 2 <= len(words) <= width:
        return len(words)
    return min(width, 3)


@lru_cache(maxsize=65536)
def _candidates(name: str, width: int, fixed: bool, drop: frozenset[str]) -> tuple[str, ...]:
    """Codes for ``name``, best first: initials, then letters in name order that keep the most
    word starts, repeat no letter, skip vowels and come earliest (``SHW`` before ``SHE``,
    ``HTR`` for Heathrow), then the first letters and a digit."""
    words = _words(name, drop)
    if not words:
        return ()
    k = _width(words, width, fixed)
    letters = "".join(words)[:_SPAN]
    starts, at = set(), 0
    for w in words:
        starts.add(at)
        at += len(w)
    out: list[str] = []
    if len(words) >= k:
        out.append("".join(w[0] for w in words[:k]))
    if k > 4:  # a long code: the name's first letters and a number (SHEF01), no search over C(11, k-1) orders
        lead = letters[:k - 2]
        return tuple(f"{lead}{d:0{k - len(lead)}d}" for d in range(1, 100))
    if len(letters) >= k:
        def score(p: tuple[int, ...]) -> tuple[int, int, int, int]:
            chosen = letters[0] + "".join(letters[i] for i in p)
            return (-sum(i in starts for i in p), len(chosen) - len(set(chosen)),
                    sum(letters[i] in _VOWELS for i in p), sum(p))

        picks = sorted(combinations(range(1, len(letters)), k - 1), key=score)
        out += [letters[0] + "".join(letters[i] for i in p) for p in picks]
    head = letters[:k - 1]
    out += [f"{head}{d}" for d in range(1, 10)] + [f"{letters[:max(k - 2, 1)]}{d:02d}" for d in range(10, 100)]
    return tuple(dict.fromkeys(c for c in out if len(c) == k))


def abbreviations(names: list[str | None], *, width: int, fixed: bool, drop: frozenset[str] = frozenset(),
                  distinct: bool = True, unique: bool = False) -> list[str | None]:
    """A code per name (None where the name is missing or no code is left): the same name, the same
    code; with ``distinct`` different names take different codes, the next candidate on a clash;
    with ``unique`` every row does (two depots named alike get two codes)."""
    given: dict[str, str | None] = {}
    used: set[str] = set()
    out: list[str | None] = []
    for name in names:
        if name is None:
            out.append(None)
            continue
        if unique or name not in given:
            cands = _candidates(name, width, fixed, drop)
            code = next((c for c in cands if c not in used), None) if distinct else (cands[0] if cands else None)
            given[name] = code
            if code is not None:
                used.add(code)
        out.append(given[name])
    return out
