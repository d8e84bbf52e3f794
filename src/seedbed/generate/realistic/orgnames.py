"""``org.name``: an organisation named like real ones of its kind (issue 10, round 9, r26).

A table of ``shipping_lines``, ``law_firms``, ``breweries`` or ``charities`` named 'Shipping line F',
'Basic Brewery' or 'Northwind Digital Group' reads as nobody's. ``trades.json`` ``organisations``
gives each kind its recipe: forms over a distinctive word of the kind (``{mark}``: Nordhaven,
Saltmarsh), a family name, a place, and the kind's usual head noun or legal form (``{head}``: Line,
Brewing Co., LLP): 'Nordhaven Line', 'Saltmarsh Brewing Co.', 'Harlow & Reed LLP'.

Params ``kind`` and ``own`` (the column names its own table's organisation). In a UNIQUE column,
or the table's own name, each row's distinct rank is decoded into its own combination
(form by the rank's remainder, slots by mixed radix), so names are distinct without a number; a
number follows only when the rows outrun the combinations. Another table's column draws from a
few names, the same ones for every column of the kind.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import prod

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load

__all__ = ["recipe"]

_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=None)
def recipe(kind: str) -> dict | None:
    """The recipe of organisation ``kind`` (following ``same``), or None when there is none."""
    data = load("trades")["organisations"]
    spec = data.get(kind)
    while spec is not None and "same" in spec:
        spec = data.get(spec["same"])
    return spec


def _slots(spec: dict) -> dict[str, list[str]]:
    from seedbed.generate.realistic.entities import surnames

    return {"head": spec["heads"], "mark": spec.get("marks") or load("misc")["company"]["first"],
            "surname": surnames(), "place": load("trades")["org_places"]}


def _forms(spec: dict, lmax: int | None) -> list[tuple[str, list[list[str]]]]:
    """Each form with its slots' values, those too long for ``lmax`` left out (a form that cannot
    fit at all is dropped)."""
    slots = _slots(spec)
    out = []
    for form in dict.fromkeys(spec["forms"]):
        names = _SLOT.findall(form)
        lists = [slots[n] for n in names]
        if lmax is not None:
            fixed = len(_SLOT.sub("", form))
            shortest = [min(map(len, v)) for v in lists]
            room = [lmax - fixed - sum(shortest) + shortest[i] for i in range(len(lists))]
            lists = [[x for x in v if len(x) <= room[i]] for i, v in enumerate(lists)]
        if all(lists):
            out.append((form, lists))
    return out


def _fill(form: str, values: list[str]) -> str:
    it = iter(values)
    return _SLOT.sub(lambda _m: next(it), form)


@register("org.name", unique="native", cut="words")
def _org_name(call: Call) -> np.ndarray:
    spec = recipe(str(call.p("kind") or ""))
    forms = _forms(spec, call.lmax) if spec else []
    if not forms:
        from seedbed.generate.realistic.fit import GiveUp

        raise GiveUp("no organisation recipe fits the column")
    out = np.empty(call.n, dtype=object)
    if call.unique or call.p("own"):
        card = len(forms) * min(prod(len(v) for v in lists) for _f, lists in forms)
        ranks = call.ranks("org", card=card).tolist()  # the first rows within every form's combinations
        for i, r in enumerate(ranks):
            form, lists = forms[r % len(forms)]
            j = r // len(forms)
            size = prod(len(v) for v in lists)
            picks, rest = [], (j * _stride(size) + 3) % size  # a stride through all combinations, not the first few
            for v in lists:
                rest, k = divmod(rest, len(v))
                picks.append(v[k])
            name = _fill(form, picks)
            out[i] = name if j < size else f"{name} {j // size + 1}"
        return out
    pool = _pool(forms, max(_POOL, call.req.table_rows // 8))  # another table's: a few, each many times
    return pool[call.rng.integers(0, len(pool), size=call.n)]


@lru_cache(maxsize=None)
def _stride(n: int) -> int:
    """A step through ``n`` values that visits each once and spreads (near the golden section)."""
    from math import gcd

    step = max(1, round(n * 0.618))
    while gcd(step, n) != 1:
        step += 1
    return step


#: Organisations another table's column names, at least (a fleet's few shipping lines).
_POOL = 8


def _pool(forms: list[tuple[str, list[list[str]]]], k: int) -> np.ndarray:
    """``k`` distinct names, the same for every column of the kind (a vessel's line is a port call's)."""
    out: list[str] = []
    for r in range(k * 7):
        form, lists = forms[r % len(forms)]
        j = (r // len(forms)) * 7919
        picks = []
        for v in lists:
            j, i = divmod(j, len(v))
            picks.append(v[(i + r) % len(v)])
        out.append(_fill(form, picks))
    return np.array(list(dict.fromkeys(out))[:k], dtype=object)
