"""Real code domains for unique columns: languages (ISO 639, ``pycountry``, LGPL-2.1), currencies
(ISO 4217, same package) and any fixed list (IATA aircraft types).

A unique column whose meaning has a real domain draws distinct values from that domain while it
lasts (issue 10: a language table's key was ``falcon-m6``, an aircraft type code ``AAG``): the
usual values first (the languages seedbed makes people speak, the curated currencies), then the
rest of the domain in a fixed shuffle. Past the domain's end, short codes continue with letter
codes of the column's width that no real value uses, so the enumeration only starts once the real
domain is exhausted; names continue with ``GiveUp`` (the planner's unique fallback).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.vocab import load
from seedbed.generate.streams import digest
from seedbed.generate.values.strings import ascii_rows, base_n

__all__ = ["currencies", "languages", "unique_real"]

_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _ordered(usual: list[str], every: list[str], tag: str) -> list[str]:
    seen = set(usual)
    rest = sorted(v for v in dict.fromkeys(every) if v not in seen)
    order = permute(np.arange(len(rest), dtype=np.int64), max(len(rest), 1), digest("iso-order", tag))
    return list(dict.fromkeys(usual)) + [rest[i] for i in order.tolist()]


@lru_cache(maxsize=1)
def languages() -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(ISO 639-1 codes, ISO 639-3 codes, English names, how many usual ones lead): the languages
    with a two-letter code, the usual ones first."""
    import pycountry

    by2 = {lang.alpha_2: lang for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    usual = [c for c, _name in load("misc")["languages"] if c in by2]
    codes = _ordered(usual, list(by2), "language")
    names = [by2[c].name.split(";")[0].split(" (")[0] for c in codes]
    alpha3 = [by2[c].alpha_3 for c in codes]
    return (np.array(codes, dtype=object), np.array(alpha3, dtype=object), np.array(names, dtype=object),
            len(usual))


@lru_cache(maxsize=1)
def currencies() -> tuple[np.ndarray, np.ndarray, int]:
    """(ISO 4217 codes, names, how many usual ones lead), funds and metals left out."""
    import pycountry

    real = {c.alpha_3: c.name for c in pycountry.currencies if not c.alpha_3.startswith("X")}
    usual = [c[0] for c in load("misc")["currencies"] if c[0] in real]
    codes = _ordered(usual, list(real), "currency")
    return np.array(codes, dtype=object), np.array([real[c] for c in codes], dtype=object), len(usual)


def unique_real(call: Call, values: np.ndarray, head: int, tag: str) -> np.ndarray:
    """Distinct values of ``values`` for the chunk's rows (a table that fits takes only the first
    ``head``); short codes past the end continue with unused letter codes of the column's width.

    Ranks are the table's (``shared``): two unique columns of one row drawing the same domain (a
    language's code and its name) pick the same entry.
    """
    if call.lmax is not None and max(map(len, values.tolist()), default=0) > call.lmax:  # the ones that fit
        fits = np.array([len(v) <= call.lmax for v in values.tolist()], dtype=bool)
        head, values = int(fits[:head].sum()), values[fits]
    rows = call.req.table_rows
    capacity = head if rows <= head else max(rows, head)
    ranks = call.ranks(tag, shared=True, card=capacity)
    inside = ranks < len(values)
    if inside.all():
        return values[ranks]
    width = call.lmax
    if width is None or width > 4 or not all(len(v) == width and v.isalnum() and v.upper() == v for v in values.tolist()):
        raise GiveUp(f"{len(values)} real values cannot cover {rows} rows")
    spare = _spare_codes(tuple(values.tolist()), width)
    over = ranks[~inside] - len(values)
    if len(over) and int(over.max()) >= len(spare):
        raise GiveUp(f"{len(values) + len(spare)} codes cannot cover {rows} rows")
    out = np.empty(len(ranks), dtype=object)
    out[inside] = values[ranks[inside]]
    out[~inside] = spare[over]
    return out


@lru_cache(maxsize=32)
def _spare_codes(real: tuple[str, ...], width: int) -> np.ndarray:
    """Every upper-case letter code of ``width`` that is no real value, in a fixed shuffle."""
    space = len(_LETTERS) ** width
    order = permute(np.arange(space, dtype=np.int64), space, digest("spare-codes", width))
    codes = np.array(ascii_rows(base_n(order, _LETTERS, width)), dtype=object)
    taken = set(real)
    return codes[np.array([c not in taken for c in codes.tolist()], dtype=bool)]
