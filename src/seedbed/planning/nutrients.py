"""A dish's energy follows from its macros (issue 10, round 6): where a row holds calories beside
protein, carbohydrate and fat, the calories are 4 kcal per gram of protein and of carbohydrate and
9 per gram of fat (the Atwater factors), so ``calories_per_serving`` 492 beside 28 g / 50 g / 20 g,
never 8. A ``sum_known`` derivation (``seedbed.generate.derive``): protein once plus the signed terms,
where all three are known (else the drawn energy of a serving).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from seedbed.planning.derived import Derived

__all__ = ["energy"]

_ENERGY = frozenset("calorie calories calory kcal energy".split())
#: A macro's words and its kcal per gram.
_MACROS: tuple[tuple[str, frozenset[str], int], ...] = (
    ("protein", frozenset("protein proteins".split()), 4),
    ("carb", frozenset("carb carbs carbohydrate carbohydrates".split()), 4),
    ("fat", frozenset("fat fats".split()), 9),
)
#: Parts of a macro that are not the macro itself (saturated fat, net carbs).
_PARTS = frozenset("saturated sat trans net added".split())


def energy(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """The energy column of a row with protein, carbohydrate and fat (``numeric``: name -> tokens)."""
    free = {n: (*t, *re.split(r"[^a-z]+", n.lower())) for n, t in numeric.items() if n not in taken}
    grams: dict[str, str] = {}
    for key, words, _ in _MACROS:
        grams[key] = next((n for n, t in free.items() if set(t) & words and not set(t) & _PARTS
                           and not set(t) & _ENERGY), "")
    if not all(grams.values()):
        return []
    per100 = {n: "100" in n for n in grams.values()}
    target = next((n for n, t in free.items() if set(t) & _ENERGY and usable.get(n)
                   and ("100" in n) == next(iter(per100.values()))), None)
    if target is None or len(set(per100.values())) > 1:
        return []
    first = grams["protein"]
    terms = ["+" + first] * 3
    for key, _words, factor in _MACROS[1:]:
        terms += ["+" + grams[key]] * factor
    taken.add(target)
    return [Derived(column=target, source=first, op="sum_known", terms=tuple(terms))]
