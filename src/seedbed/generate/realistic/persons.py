"""The people of one row (issue 10, r46): which person of the name pools a column names.

A row names its own person (``members.first_name``, ``email``) and, where columns say so, other people by role
(``groom_name``, ``bride_name``, ``witness_1``, ``witness_2``: ``planning.rowpeople``). Each role is a slot
(param ``slot``, 1, 2, ...; ``person`` names its role): the slot-th person of its sex (drawn per row where the
role has none) of the row's country after a position drawn once per row, so two witnesses are two people, and
never the row's own person. A slot, or the row's own person, may have a sex (param ``sex``:
a groom is a man, a row of ``mothers`` a woman): its person is drawn among the pool's people of that sex.
Every column of one slot reads the same person, so a groom's first and last names and a sex column agree.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.geo import POOL, names

__all__ = ["gender", "who"]

#: More slots than a row has people: the positions past them are free for a slot that met the row's own person.
_SLOTS = 64


@lru_cache(maxsize=2)
def _of_sex(sex: str) -> np.ndarray:
    """(countries, POOL) int64: per country, the pool positions of people of ``sex``, repeated to fill the row."""
    g = names().gender.reshape(-1, POOL)
    out = np.empty(g.shape, dtype=np.int64)
    for c in range(g.shape[0]):
        at = np.flatnonzero(g[c] == sex)
        out[c] = np.resize(at if len(at) else np.arange(POOL), POOL)
    return out


def _draw(call: Call, slot: int | None, sex: str | None) -> np.ndarray:
    p = call.row.person()
    own, ci = p["who"], p["country_index"]
    if not slot and sex is None:
        return own
    base = call.row.shared("persons.base", lambda: call.row.stream("persons").integers(0, POOL, size=call.n))
    if sex:
        female = np.full(call.n, sex == "F")
    else:  # a role of either sex: a man or a woman per row, from the slot's own stream
        female = call.row.stream(f"persons.{slot}").random(call.n) < 0.5

    def at(position: np.ndarray) -> np.ndarray:
        position = position % POOL
        return ci * POOL + np.where(female, _of_sex("F")[ci, position], _of_sex("M")[ci, position])

    if not slot:  # the row's own person, of the table's sex: kept where already so
        return np.where(names().gender[own] == sex, own, at(base))
    # slot k takes the k-th person of its sex after the row's base: two slots are two people; one that is
    # the row's own person takes one past every slot instead
    drawn = at(base + slot)
    return np.where(drawn == own, at(base + slot + _SLOTS), drawn)


def who(call: Call) -> np.ndarray:
    """The pool index of the person the column names (see the module docstring)."""
    slot, sex = call.p("slot"), call.p("sex")
    if not slot and sex is None:
        return call.row.person()["who"]
    return call.row.shared(f"who:{slot}:{sex}", lambda: _draw(call, slot, sex))


def gender(call: Call) -> np.ndarray:
    """'F' / 'M' of the person the column names."""
    return names().gender[who(call)]
