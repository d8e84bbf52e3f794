"""Where a moment stands in its row's life and how long after its predecessor it comes (issue 10).

``timeline`` orders a row's moments; this says, of one moment, the step of the life it is (a step word's
place, or a birth word's that is a later step beside another birth) and, for a step between timestamps,
its lag (r49): a row is taken up within the hour, and a step a CHECK orders after its predecessor comes
shortly, not at the CHECK's any gap.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.eventverbs import ACK_STAGE
from seedbed.planning.stages import BORN_STAGES
from seedbed.planning.timewords import _role

__all__ = ["stage", "step_lag"]


def stage(name: str, anchor: str | None) -> float | None:
    """The step of the row's life ``name`` is: a step word's (``shipped_at``, ``rectified_on``), or a
    birth word's that is a later step beside another birth (``received_at`` after ``requested_at``
    and its ``dispatched_at``: a unit is received once dispatched, not as it is requested)."""
    role, what = _role(name)
    if role == "step":
        return what
    if role == "born" and anchor is not None and name != anchor:
        return next((BORN_STAGES[w] for w in tokens(name) if w in BORN_STAGES), None)
    return None


#: How long after its predecessor a step of a row's life comes, as timestamps: a row is taken up (acknowledged,
#: assigned, triaged) within the hour; any other step shortly (``lifecycle``'s "shortly": up to three days).
_ACK_WITHIN = 3_600_000_000
_STEP_WITHIN = 3 * 86_400_000_000


def step_lag(table: Table, a: Any, hard_pairs: set[frozenset[str]]) -> Any:
    """``a`` with the lag of a step of the row's life between timestamps (r49): taking a row up within the hour,
    and a step a CHECK orders after its predecessor shortly too, not at the CHECK's any gap (an alarm
    acknowledged days after it opened, closed days after it was acknowledged)."""
    if a.span_us or a.within_us or not a.near or a.ahead or a.before or _role(a.column)[0] != "step":
        return a
    if not {table.column(a.column).type.kind, table.column(a.right).type.kind} <= {TypeKind.TIMESTAMP,
                                                                                  TypeKind.TIMESTAMPTZ}:
        return a
    if _role(a.column)[1] <= ACK_STAGE:
        return replace(a, within_us=_ACK_WITHIN)
    return replace(a, within_us=_STEP_WITHIN) if frozenset((a.column, a.right)) in hard_pairs else a
