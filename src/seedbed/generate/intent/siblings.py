"""Values that follow a sibling column's declaration (issue 10, round 4).

A review's ``sound_rating`` beside ``overall_rating CHECK (overall_rating BETWEEN 1 AND 10)`` is
scored 1-10 too, not on a default 1-5 scale: a rating without bounds of its own takes the range
its rated siblings' CHECKs give. Read by ``infer`` after the intent is chosen.
"""

from __future__ import annotations

import re
from collections import Counter

from seedbed.generate.intent.model import Intent
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, Table

__all__ = ["follow_siblings"]

_RATED = frozenset("rating score star stars grade mark rate".split())
_BOUND = re.compile(r"(>=|<=|>|<)\s*\(?'?(-?\d+(?:\.\d+)?)")


def follow_siblings(table: Table, column: Column, domain: ColumnDomain, intent: Intent | None) -> Intent | None:
    """``intent`` with what the siblings say added (a rating's scale), or ``intent`` itself."""
    if intent is None or intent.name != "number.rating" or domain.low is not None or domain.high is not None:
        return intent
    scale = _sibling_scale(table, column.name)
    if scale is None:
        return intent
    low, high = scale
    return Intent(name=intent.name, reason=f"{intent.reason}; on its siblings' {low:g}-{high:g} scale",
                  params={**intent.params, "low": low, "high": high})


def _sibling_scale(table: Table, name: str) -> tuple[float, float] | None:
    """The most common ``(low, high)`` that one-column CHECKs give the table's other ratings."""
    ranges: Counter = Counter()
    for check in table.checks:
        if len(check.columns) != 1 or check.columns[0] == name or not set(tokens(check.columns[0])) & _RATED:
            continue
        lows = [float(v) for op, v in _BOUND.findall(check.expression) if op.startswith(">")]
        highs = [float(v) for op, v in _BOUND.findall(check.expression) if op.startswith("<")]
        if len(lows) == 1 and len(highs) == 1 and 0 <= lows[0] < highs[0] <= 100:
            ranges[(lows[0], highs[0])] += 1
    return ranges.most_common(1)[0][0] if ranges else None
