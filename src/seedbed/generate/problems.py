"""Counts of problems on a row with an outcome (``planning.labelled.problem_counts``): none where it passed, at
least one where it failed; one grave problem fails a row (a driving test's serious faults: 1, sometimes 2 or 3,
not 9, r37), and a row not held yet or called off (a test pending, cancelled) counted none (NULL where it may)."""

from __future__ import annotations

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.moments import within_bounds
from seedbed.generate.permute import uniform64
from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["problems"]


def problems(req: GenRequest, data: ColumnData, outcome: ColumnData, passing: frozenset[str],
             failing: frozenset[str]) -> ColumnData:
    """No problems counted on a row that passed, at least one on a row that failed (within bounds)."""
    mine = data.values
    if mine.dtype.kind not in "iuf" or req.domain.allowed is not None or req.domain.excluded:
        return data
    labels = np.where(outcome.values, "true", "false").astype(object) if outcome.values.dtype == bool \
        else outcome.values.astype(object)  # an outcome flag (passed): its labels are true / false
    passed = np.isin(labels, np.array(sorted(passing), dtype=object))
    failed = np.isin(labels, np.array(sorted(failing), dtype=object))
    if outcome.nulls is not None:
        passed &= ~outcome.nulls
        failed &= ~outcome.nulls
    worst = mine
    if set(tokens(req.column.name)) & _GRAVE:  # one serious fault fails a test: 1, sometimes 2 or 3
        u = uniform64(np.asarray(req.index), req.salt ^ 0x6EA7)
        worst = np.where(u < 0.72, 1, np.where(u < 0.93, 2, 3)).astype(mine.dtype)
    if set(tokens(req.column.name)) & _SLIGHT:  # minor faults: a test passes with a few of them, not dozens
        few = np.where(passed & (mine > _FEW), mine % (_FEW + 1), mine).astype(mine.dtype)
        ok = within_bounds(req, few.astype(np.float64), np.ones(len(mine), dtype=bool))
        return ColumnData(values=np.where(ok, few, mine), nulls=_unheld(req, data, labels, outcome))
    got = np.where(passed, 0, np.where(failed, np.maximum(worst, 1), mine))
    ok = within_bounds(req, got.astype(np.float64), np.ones(len(mine), dtype=bool))
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=_unheld(req, data, labels, outcome))


def _unheld(req: GenRequest, data: ColumnData, labels: np.ndarray, outcome: ColumnData) -> np.ndarray | None:
    """The nulls of a count that a row still pending or called off has not got (where it may be NULL)."""
    nulls = data.nulls
    if req.column.nullable and not req.domain.not_null:
        unheld = np.isin(labels, np.array([x for x in set(labels.tolist()) if isinstance(x, str)
                                           and set(tokens(x)) & _UNHELD], dtype=object))
        if outcome.nulls is not None:
            unheld &= ~outcome.nulls
        if unheld.any():
            nulls = unheld if nulls is None else nulls | unheld
    return nulls


#: Words of a problem grave enough that one fails the row (r37: up to 9 serious faults on a test failed at 1).
_GRAVE = frozenset("serious dangerous major critical fatal severe".split())
#: Words of a problem a row passes with (a test's minor faults, an inspection's advisories).
_SLIGHT = frozenset("minor slight advisory advisories cosmetic".split())
_FEW = 15
#: Outcome words of a row not held yet or called off: it counted no problems.
_UNHELD = frozenset("pending scheduled booked planned awaiting cancelled canceled postponed noshow upcoming".split())
