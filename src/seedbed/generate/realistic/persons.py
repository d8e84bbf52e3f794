"""The people of one row (issue 10, r46): which person of the name pools a column names.

A row names its own person (``members.first_name``, ``email``) and, where columns say so, other people by role
(``groom_name``, ``bride_name``, ``witness_1``, ``witness_2``: ``planning.rowpeople``). Each role is a slot
(param ``person``): a person of the row's country drawn from the slot's own stream, never the row's own
person, so two witnesses are two people. A slot, or the row's own person, may have a sex (param ``sex``:
a groom is a man, a row of ``mothers`` a woman): its person is drawn among the pool's people of that sex.
Every column of one slot reads the same person, so a groom's first and last names and a sex column agree.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.geo import POOL, names

__all__ = ["gender", "who"]


@lru_cache(maxsize=2)
def _of_sex(sex: str) -> np.ndarray:
    """(countries, POOL) int64: per country, the pool positions of people of ``sex``, repeated to fill the row."""
    g = names().gender.reshape(-1, POOL)
    out = np.empty(g.shape, dtype=np.int64)
    for c in range(g.shape[0]):
        at = np.flatnonzero(g[c] == sex)
        out[c] = np.resize(at if len(at) else np.arange(POOL), POOL)
    return out


def _draw(call: Call, slot: str | None, sex: str | None) -> np.ndarray:
    p = call.row.person()
    own, ci = p["who"], p["country_index"]
    if slot is None and sex is None:
        return own
    rng = call.row.stream(f"person.{slot or ''}.{sex or ''}")
    pick = rng.integers(0, POOL, size=call.n)
    if sex is None:
        local = pick
        other = (pick + 1) % POOL
    else:
        table = _of_sex(sex)
        local, other = table[ci, pick], table[ci, (pick + 1) % POOL]
    drawn = ci * POOL + local
    if slot is None:  # the row's own person, of the table's sex: kept where already so
        return np.where(names().gender[own] == sex, own, drawn)
    return np.where(drawn == own, ci * POOL + other, drawn)  # someone else than the row's own person


def who(call: Call) -> np.ndarray:
    """The pool index of the person the column names (see the module docstring)."""
    slot, sex = call.p("person"), call.p("sex")
    if slot is None and sex is None:
        return call.row.person()["who"]
    return call.row.shared(f"who:{slot}:{sex}", lambda: _draw(call, slot, sex))


def gender(call: Call) -> np.ndarray:
    """'F' / 'M' of the person the column names."""
    return names().gender[who(call)]
