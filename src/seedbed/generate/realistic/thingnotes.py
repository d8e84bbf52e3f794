"""``text.note`` about a trade's thing (r48): the plain notes of a row no pack or trade writes for.

A deployment's ``dmg_note``, a barrel's ``cellar_notes`` or a compliance record's ``comments`` drew a
contact's remarks ("Called, no answer; will try again.", "Prefers to be contacted by email.") or a social
comment ("This made my day."); blind reviews (sessions 13, 14) scored them 0 as office filler. A note of a
thing says what its column records when its words say so (``dmg_note``: "No damage.", "Minor damage
noted."), else a short neutral note, some naming the row's thing ("Barrel in good order.").
``seedbed.generate.intent.tradetext`` decides which notes are a thing's (``remarks.json`` ``thing_notes``).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.vocab import load, pick

__all__ = ["thing_notes"]


def _filled(bank: list[str], slot: str, word: str) -> list[str]:
    return [t.replace("{" + slot + "}", word).replace("{" + slot.capitalize() + "}", word[:1].upper() + word[1:])
            for t in bank]


def thing_notes(call: Call) -> np.ndarray:
    """One short note a row: of the column's problem word when it has one, else plain or about the thing."""
    spec = load("remarks")["thing_notes"]
    problem, thing = str(call.p("problem") or ""), str(call.p("thing") or "")
    if problem:
        return pick(call.rng, _filled(spec["problem"], "problem", problem), call.n)
    bank = list(spec["plain"]) + (_filled(spec["about"], "noun", thing) if thing else [])
    return pick(call.rng, bank, call.n)
