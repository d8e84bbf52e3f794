"""``text.neutral``: honest values for a column whose meaning is unknown, claiming no domain.

See ``seedbed.generate.intent.neutral`` for when a column gets them. Values never borrow
another domain's vocabulary, and never read as numbered placeholders either (r30: blind
reviewers scored every "Passage type 2" 0): a classifier takes the plain ordered labels of its
head (``plainsets.plain_set``: completed / in progress, good / fair / poor, low / high, A / B / C,
I / II / III); any other label a code of one series (``TL-210``, the way designations are
written); long free text short neutral sentences about the row's own noun. Unique columns
number the series (``TL-1041``).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.plainsets import classifier, code_series, letters, plain_set
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
        return _record_sentences(call, str(call.p("noun") or ""))
    if call.unique:
        ranks = call.ranks("neutral") + 100
        out = strings([f"{letters(stem)}-{r}" for r in ranks.tolist()])
        if lmax is not None and max((len(v) for v in out.tolist()), default=0) > lmax:
            out = strings([f"{letters(stem)}{r}" for r in ranks.tolist()])
        if lmax is not None and max((len(v) for v in out.tolist()), default=0) > lmax:
            raise GiveUp("numbered codes do not fit the column")
        return out
    k = int(call.p("k", 6))
    found = plain_set(stem, k, lmax) if style == "code" or classifier(stem) else None
    found = found or code_series(stem, k, lmax)
    options = strings(found or labels(stem, k, lmax))
    w = 1.0 / np.arange(1, len(options) + 1) ** 0.9
    cumulative = np.cumsum(w) / w.sum()
    return options[np.searchsorted(cumulative, call.rng.random(call.n), side="right").clip(0, len(options) - 1)]


def _record_sentences(call: Call, noun: str) -> np.ndarray:
    """One or two short sentences of a record's keeping about its own noun ("The cave was checked
    again. Values within the expected range."), no shop's, forum's or office's words."""
    spec = load("entities")["record_sentences"]
    thing = noun.replace("_", " ") or "record"
    first = [v.replace("{noun}", thing) for v in spec["about"]]
    return sentences(call.rng, first + spec["plain"], call.n, 1, 2)
