"""Moments on their row's grid (issue 10, round 6).

A meter's ``interval_start`` beside ``interval_minutes`` (15, 30, 60) starts on that grid
(``10:15:00``, ``10:30:00``), not at ``14:37:07``: op ``grid`` floors the moment to the row's step
(``seedbed.generate.ranges.on_grid``). The step column is an integer count of minutes whose name says
a step (``interval_minutes``, ``resolution_min``, ``slot_length_minutes``); the moments are the row's
timestamps whose name says an interval's, slot's or bucket's moment; not where an end moment makes
the step the span between two moments.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, TypeKind

__all__ = ["grid_derivations"]

_STEP = frozenset("interval resolution granularity slot bucket step period length duration".split())
_MINUTE = frozenset("minute min mins minutes".split())
_GRIDDED = frozenset("interval slot bucket".split())
_MOMENTS = (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
_ENDS = frozenset("end stop finish until to".split())


def grid_derivations(cols: Mapping[str, Column], usable: Mapping[str, bool], sources: frozenset[str],
                     taken: set[str]) -> list:
    """``grid`` derivations: each interval moment of the row floored to its step in minutes."""
    from seedbed.planning.derived import Derived

    step = next((n for n, c in sorted(cols.items()) if c.type.kind is TypeKind.INTEGER and n in sources
                 and (t := tokens(n)) and t[-1] in _MINUTE and set(t) & _STEP), None)
    ends = [n for n, c in cols.items() if c.type.kind in _MOMENTS and set(tokens(n)) & _GRIDDED
            and set(tokens(n)) & _ENDS]
    if step is None or ends:  # slot_start, slot_end and slot_minutes: the step is the span (moments.py)
        return []
    return [Derived(column=n, source=step, op="grid") for n, c in sorted(cols.items())
            if c.type.kind in _MOMENTS and usable.get(n) and n not in taken and set(tokens(n)) & _GRIDDED]
