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


@register("sport.minute", out="number")
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
