"""``text.neutral``: honest placeholder values derived from the column's own name.

See ``seedbed.generate.intent.neutral`` for when a column gets them. Values never borrow
another domain's vocabulary: ``Fare conditions 3`` (a code, a handful of labels, skewed like
real data), ``FC3`` or ``C`` when the column is narrow, ``Header match 17`` (a label), or a
neutral sentence for long free text. Unique columns number their rows (``Header match 1041``).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.prose import sentences
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load, strings

__all__ = ["labels"]


def _display(stem: str) -> str:
    return stem[:1].upper() + stem[1:]


def labels(stem: str, k: int, lmax: int | None) -> list[str]:
    """``k`` distinct labels for a column named ``stem`` that fit ``lmax`` characters."""
    name = _display(stem)
    if lmax is None or len(name) + 1 + len(str(k)) <= lmax:
        return [f"{name} {i}" for i in range(1, k + 1)]
    initials = "".join(w[0] for w in stem.split() if w).upper() or "X"
    if len(initials) + len(str(k)) <= lmax:
        return [f"{initials}{i}" for i in range(1, k + 1)]
    if lmax >= 2:
        return [f"{initials[0]}{i}" for i in range(1, min(k, 9) + 1)]
    return [chr(ord("A") + i) for i in range(min(k, 26))]


@register("text.neutral", unique="native", cut="hard")
def _neutral(call: Call) -> np.ndarray:
    style = call.p("style", "label")
    stem = str(call.p("stem") or call.req.column.name)
    lmax = call.lmax
    if style == "sentence" and not call.unique:
        return sentences(call.rng, load("entities")["attributes"]["remark"], call.n, 1, 2)  # a record's remarks
    if call.unique:
        name = _display(stem)
        ranks = call.ranks("neutral") + 1
        out = strings([f"{name} {r}" for r in ranks.tolist()])
        if lmax is not None and max((len(v) for v in out.tolist()), default=0) > lmax:
            raise GiveUp("numbered labels do not fit the column")
        return out
    options = strings(labels(stem, int(call.p("k", 6)), lmax))
    w = 1.0 / np.arange(1, len(options) + 1) ** 0.9
    cumulative = np.cumsum(w) / w.sum()
    return options[np.searchsorted(cumulative, call.rng.random(call.n), side="right").clip(0, len(options) - 1)]
