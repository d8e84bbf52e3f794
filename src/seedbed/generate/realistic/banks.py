"""``company.bank``: the bank a row's person or business banks with, one of their own country (r52).

A Zimbabwean grower's ``bank`` read 'BN-170' and a member's ``bank_name`` 'Crescent Works International':
a code or a company of no trade where a bank's name belongs. Here the name is a bank of the row's country
(the dataset's one place, ``realistic.where``): the country's own banks where ``banks.json`` lists them
('CBZ Bank', 'Stanbic Bank Zimbabwe'), else a name composed from the country's name and towns ('Kenya
Commercial Bank', 'Nakuru Savings Bank'). A few big banks hold most accounts: the first of a list more often.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.geo import countries
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load

__all__: list[str] = []


@lru_cache(maxsize=256)
def _banks(code: str) -> tuple[str, ...]:
    """The banks of country ``code``: its own list, else names composed from its name and towns."""
    data = load("banks")
    if code in data and not code.startswith("_") and code != "forms":
        return tuple(data[code])
    c = countries()
    try:
        k = c.index(code)
    except ValueError:
        return ("Commercial Bank", "Savings Bank", "Cooperative Bank")
    name = str(c.names[k])
    towns = list(dict.fromkeys(c.city[c.city_offset[k]:c.city_offset[k] + c.city_count[k]].tolist()))[:3] or [name]
    out: list[str] = []
    for form in data["forms"]:
        for town in (towns if "{city}" in form else towns[:1]):
            out.append(form.format(country=name, city=town))
    return tuple(dict.fromkeys(out))


@register("company.bank", cut="words")
def _bank(call: Call) -> np.ndarray:
    countries_of_rows = call.row.person()["country"].astype(str)
    out = np.empty(call.n, dtype=object)
    width = call.lmax or 99
    for code in np.unique(countries_of_rows).tolist():
        rows = np.flatnonzero(countries_of_rows == code)
        names = [b for b in _banks(code) if len(b) <= width] or [b[:width] for b in _banks(code)]
        w = 1.0 / np.sqrt(np.arange(1, len(names) + 1))  # the big banks first, more often
        out[rows] = np.array(names, dtype=object)[call.rng.choice(len(names), size=len(rows), p=w / w.sum())]
    return out
