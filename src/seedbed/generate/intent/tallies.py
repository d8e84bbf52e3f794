"""Points a person or an account gathers over time (issue 10, the lead's session 11).

A game's ``xp`` was 1-10, a loyalty scheme's ``loyalty_points`` a median of 5, a forum's ``reputation`` 4: read
as small counts of unknown meaning. Points, experience, karma and reputation pile up as a member keeps going: most
hold hundreds to a few thousand, a long tail far more (log-normal). Sports tables' points (``points_for``, a
``points`` per match) are the match rules' and come first; points per something (``points_per_game``) are a rate;
data points and decimal points are no tally.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.magnitudes import fit_bounds
from seedbed.model import TypeKind

__all__ = ["tally_rule"]

#: Words of a tally and its typical holding (median, log spread).
_TALLIES = {"xp": (2_500.0, 1.4), "experience": (2_500.0, 1.4), "point": (1_200.0, 1.2), "karma": (150.0, 1.6),
            "reputation": (150.0, 1.6), "kudos": (60.0, 1.3), "honor": (800.0, 1.2), "honour": (800.0, 1.2)}
#: Words that make "points" something else: a rate, a place, a sports result, a statistic's points.
_NOT = frozenset("""per data sample decimal pick drop pickup collection meeting access entry exit reference
match game win draw loss against for scored conceded deducted penalty bonus gps control story mondo""".split())


def tally_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``number.measure`` of a tally (module docstring), or None."""
    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or not ctx.toks:
        return None
    words = set(ctx.toks)
    if words & _NOT:
        return None
    head = next((t for t in reversed(ctx.toks) if t in _TALLIES), None)
    if head is None or (head == "point" and ctx.toks[-1] != "point"):
        return None  # point_of_sale, points_value: not a holding of points
    median, sigma = _TALLIES[head]
    low, high = fit_bounds(ctx, 0.0, median * 200)
    if low >= high:
        return None
    return "number.measure", {"median": min(max(median, low), high), "sigma": sigma, "low": low, "high": high,
                              "decimals": 0}, f"{head} a member gathers over time: hundreds to thousands"
