"""How often a nullable column is NULL: the usual share, a reference's (the one asked of its column),
and a moment of a state most rows never reach (``deleted_at`` 93%, ``cancelled_at`` 85%)."""

from __future__ import annotations

from seedbed.model import Column, TypeKind
from seedbed.planning.options import ColumnSpec, FkSpec

__all__ = ["NULL_RATE", "fk_null_rate", "moment_null_rate"]

#: The NULL share of a nullable column nothing else speaks for.
NULL_RATE = 0.1


def fk_null_rate(nullable: bool, want: FkSpec, spec: ColumnSpec | None) -> float:
    """The NULL share of a nullable reference: the one asked of its column ("half the jobs have no
    recruiter"), else the usual one unless the FK is asked something else."""
    if not nullable:
        return 0.0
    if spec is not None and spec.null_rate is not None:
        return spec.null_rate
    return NULL_RATE if want == FkSpec() else 0.0


_TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
_RARE_NULL_RATE = 0.93
#: Endings a minority of rows reached (NULL on 85% where no status decides them: a status gate
#: sets them exactly on its rows instead): a cancellation, a failure, a leaving, an end of life.
_ENDING_MOMENTS = frozenset("""cancelled canceled cancellation voided rejected failed declined postponed left
resigned withdrawn refunded expelled churned dropped abandoned disputed bounced overturned retired decommissioned
scrapped disposed terminated deceased died discontinued dissolved deactivated""".split())
_ENDING_NULL_RATE = 0.85
_CLOSING = frozenset("closed closing closure shut".split())


def moment_null_rate(col: Column, rate: float, table: str = "") -> float:
    """The NULL share of a nullable date or timestamp of a state most rows never reach (issue 10,
    pattern 8): a rare state's (``deleted_at``) 93%, an ending's (``cancelled_at``, ``left_on``) 85%,
    a place of business's closing (``branches.closed_on``: most branches are still open) 85%."""
    from seedbed.generate.intent.numbers import rare_state
    from seedbed.generate.intent.tokens import tokens
    from seedbed.planning.spans import PLACES

    if col.type.kind in _TEMPORAL and set(tokens(col.name)) & _CLOSING and set(tokens(table)) & PLACES:
        return _ENDING_NULL_RATE

    if col.type.kind not in _TEMPORAL or col.type.is_array:
        return rate
    toks = tokens(col.name)
    if rare_state(toks):
        return _RARE_NULL_RATE
    return _ENDING_NULL_RATE if set(toks) & _ENDING_MOMENTS else rate
