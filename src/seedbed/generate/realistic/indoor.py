"""``place.indoor``: shelf, bin, aisle and room codes (``A3-12``, ``214``, ``Studio B``) from the
templates of ``data/vocab/indoor.json`` (see ``seedbed.generate.intent.indoor``)."""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import compose, load

_SLOTS = {"L": list("ABCDEFGH"), "a": [str(v) for v in range(1, 31)], "floor": [str(v) for v in range(1, 7)],
          "nnn": [str(v) for v in range(100, 1000)], "nnnn": [str(v) for v in range(1000, 10000)],
          # a store's racking (r47): forty bays an aisle, six levels a bay, four positions a level (A-01-03-B)
          "bay": [f"{v:02d}" for v in range(1, 41)], "level": [f"{v:02d}" for v in range(1, 7)], "pos": list("ABCD")}


@register("place.indoor", cut="never", unique="suffix")
def _indoor(call: Call) -> np.ndarray:
    data = load("indoor")
    key = str(call.p("key") or "location")
    chosen = data["homes"]["templates"] if key == "homes" else data["templates"].get(key, data["templates"]["location"])
    return compose(chosen, _SLOTS.get, call.rng, call.n)
