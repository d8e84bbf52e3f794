"""A match's numbers (``seedbed.generate.intent.matches``): sides' scores and minutes of play."""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.quantities import bounds
from seedbed.generate.realistic.registry import register


@register("sport.score", "sport.tally", out="number")
def _score(call: Call) -> np.ndarray:
    mean, sigma = float(call.p("mean", 1.4)), float(call.p("sigma", 0.0))
    x = call.rng.poisson(mean, size=call.n) if sigma <= 0 else np.round(call.rng.normal(mean, sigma, size=call.n))
    lo, hi = bounds(call)
    return np.clip(x, 0 if lo is None else lo, np.inf if hi is None else hi).astype(float)


@register("sport.minute", "sport.ordinal", out="number")
def _minute(call: Call) -> np.ndarray:
    low, high, added = int(call.p("low", 1)), int(call.p("high", 90)), int(call.p("added", 0))
    lo, hi = bounds(call)
    low = max(low, int(np.ceil(lo))) if lo is not None else low
    top = high + added if hi is None else min(high + added, int(np.floor(hi)))
    high = max(min(high, top), low)
    x = call.rng.integers(low, high + 1, size=call.n)
    if top > high:  # a few events in stoppage time at the end of play
        late = call.rng.random(call.n) < 0.04
        x = np.where(late, call.rng.integers(high + 1, top + 1, size=call.n), x)
    return x.astype(float)


#: A prime stride through a unique column's combinations.
_STRIDE = 7919


def _years(call: Call, lmax: int | None) -> np.ndarray:
    """Season labels, the latest first: ``2025/26`` (``2025`` where the column is narrower)."""
    if call.unique:
        back = call.ranks("season", card=call.req.table_rows)
    else:
        back = np.minimum(call.rng.geometric(0.3, size=call.n) - 1, 60)
    year = 2025 - back
    if lmax is not None and lmax < 7:
        return year.astype(str).astype(object)
    return np.array([f"{y}/{(y + 1) % 100:02d}" for y in year.tolist()], dtype=object)


def _parts(call: Call, lists: list[list[str]]) -> np.ndarray:
    """One item of each list per row, joined by spaces; a UNIQUE column takes each combination
    once (by the row's rank) before numbering them."""
    sizes = [len(x) for x in lists]
    card = int(np.prod(sizes))
    if call.unique:
        r = call.ranks("sport", card=card)
        idx, rest = [], (r % card) * _STRIDE % card  # neighbouring ranks differ in every part
        if card % _STRIDE == 0:
            rest = r % card
        for k in sizes:
            idx.append(rest % k)
            rest //= k
        over = r // card
    else:
        idx = [call.rng.integers(0, k, size=call.n) for k in sizes]
        over = np.zeros(call.n, dtype=np.int64)
    arrays = [np.array(lst, dtype=object)[i] for lst, i in zip(lists, idx, strict=True)]
    out = arrays[0]
    for a in arrays[1:]:
        out = out + " " + a
    if over.any():
        out = np.where(over > 0, out + " " + (over + 1).astype(str).astype(object), out)
    return out


@register("sport.name", unique="native", cut="words")
def _sport_name(call: Call) -> np.ndarray:
    from seedbed.generate.realistic.vocab import load, pick

    data = load("sports")
    kind = str(call.p("kind", "side"))  # a side (a club's team) when the rule said nothing else
    if kind == "sport":
        return pick(call.rng, data["sports"], call.n)
    if kind == "nickname":
        return pick(call.rng, data["nicknames"], call.n)
    if kind == "season":
        return _years(call, call.lmax)
    if kind == "short":  # an abbreviation: a town's initials and the kind's letter (ADL, NSL)
        tail = {"side": ["FC", "AFC", "U", "R"], "league": ["L", "SL", "DL", "AL"], "cup": ["C", "CC", "T"],
                "division": ["D", "P", "1", "2"]}.get(str(call.p("of")), ["L"])
        letters = np.array(list("ABCDEFGHKLMNPRSTW"), dtype=object)
        first = letters[call.rng.integers(0, len(letters), size=call.n)]
        second = letters[call.rng.integers(0, len(letters), size=call.n)]
        out = first + second + pick(call.rng, tail, call.n)
        if call.unique:
            out = out + (call.ranks("short") + 1).astype(str).astype(object)
        return out
    spec = data["kinds"][kind]
    lists = [data[p] if isinstance(p, str) else p for p in spec["parts"]]
    return _parts(call, lists)


@register("sport.form", out="text", cut="hard")
def _form(call: Call) -> np.ndarray:
    """Up to five results, the latest last: W, D, L (no D where the record counts no draws)."""
    width = min(5, call.lmax or 5)
    letters = np.array(list("WDL") if call.p("draws") else list("WL"), dtype=object)
    p = [0.4, 0.25, 0.35] if call.p("draws") else [0.5, 0.5]
    picks = letters[call.rng.choice(len(letters), size=(call.n, width), p=p)]
    out = picks[:, 0]
    for i in range(1, width):
        out = out + picks[:, i]
    return out
