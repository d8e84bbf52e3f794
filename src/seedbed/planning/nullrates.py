"""How often a nullable column is NULL: the usual share, a reference's (the one asked of its column),
and a moment of a state most rows never reach (``deleted_at`` 93%, ``cancelled_at`` 85%)."""

from __future__ import annotations

from seedbed.model import Column, TypeKind
from seedbed.planning.options import ColumnSpec, FkSpec

__all__ = ["NULL_RATE", "STANDING", "detail_null_rate", "fk_null_rate", "moment_null_rate", "undoes_a_beginning"]

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
scrapped disposed terminated deceased died discontinued dissolved deactivated revoked revocation lapsed annulled
invalidated repossessed forfeited""".split())
_ENDING_NULL_RATE = 0.85
_CLOSING = frozenset("closed closing closure shut".split())
#: Beginnings whose undoing (``unsubscribed``, ``deregistered``, ``disenrolled``, ``delisted``) ends a row's
#: standing: a prefix of undoing before one of these is an ending, whatever the domain.
_BEGINNINGS = frozenset("""subscribed registered enrolled listed installed published activated linked followed
provisioned assigned authorized authorised commissioned certified licensed licenced accredited affiliated
boarded verified paired bonded""".split())
_UNDOING = ("un", "de", "dis", "off")
#: Nouns of a standing relation a closing ends (an account, a membership, a policy): most are still open,
#: unlike a ticket or a case, which is opened to be closed.
STANDING = frozenset("""account accounts membership memberships member members subscription subscriptions
subscriber subscribers policy policies licence licences license licenses registration registrations enrolment
enrolments enrollment enrollments card cards mandate mandates agreement agreements contract contracts wallet
wallets customer customers user users client clients tenancy""".split())


def undoes_a_beginning(toks: tuple[str, ...] | list[str]) -> bool:
    """Whether a name's words undo a beginning (``unsubscribed_at``, ``deregistered_on``,
    ``opted_out_at``, ``disenrolled``): the end of a standing most rows still have."""
    if {"opted", "opt"} & set(toks) and "out" in toks or {"optout", "optedout"} & set(toks):
        return True
    return any(w.startswith(p) and w[len(p):] in _BEGINNINGS for w in toks for p in _UNDOING)


def moment_null_rate(col: Column, rate: float, table: str = "") -> float:
    """The NULL share of a nullable date or timestamp of a state most rows never reach (issue 10,
    pattern 8): a rare state's (``deleted_at``) 93%, an ending's or an adverse outcome's
    (``cancelled_at``, ``left_on``, ``deferred_until``, ``revoked_at``, an undoing such as
    ``unsubscribed_at``) 85%, a place of business's or a standing relation's closing
    (``branches.closed_on``, ``accounts.closed_at``: most are still open) 85%."""
    from seedbed.generate.intent.numbers import rare_state
    from seedbed.generate.intent.tokens import tokens
    from seedbed.planning.spans import PLACES

    if col.type.kind in _TEMPORAL and set(tokens(col.name)) & _CLOSING and set(tokens(table)) & (PLACES | STANDING):
        return _ENDING_NULL_RATE

    if col.type.kind not in _TEMPORAL or col.type.is_array:
        return rate
    from seedbed.generate.intent.outcomes import polarity

    toks = tokens(col.name)
    if rare_state(toks):
        return _RARE_NULL_RATE
    if undoes_a_beginning(toks):
        return _ENDING_NULL_RATE
    found = polarity(toks)  # an adverse outcome's moment: deferred_until, escalated_at, flagged_at
    return _ENDING_NULL_RATE if set(toks) & _ENDING_MOMENTS or found is not None and found[0] != "good" else rate


#: Nouns of an ending or a refusal a detail explains (``cancellation_reason``, ``deferral_reason``).
_ENDING_NOUNS = frozenset("""cancellation termination suspension rejection refusal deferral withdrawal dismissal
denial revocation dispute chargeback exception incident""".split())
_DETAIL_NULL_RATE = 0.9


def detail_null_rate(col: Column, rate: float, table: str = "") -> float:
    """The NULL share of a nullable detail of an outcome few rows have (``suspended_reason``,
    ``failure_code``, ``error_message``): 90%, where no flag or status of its row gates it (those
    set it exactly on their rows: planning.outcomes, planning.labelled). Not in a table of that
    outcome (``defects.defect_type``, ``errors.error_message``: every row is one)."""
    from seedbed.generate.intent.numbers import rare_state
    from seedbed.generate.intent.outcomes import polarity
    from seedbed.generate.intent.tokens import singular, tokens
    from seedbed.planning.outcomes import DETAIL_HEADS

    toks = tokens(col.name)
    if col.type.kind in _TEMPORAL or col.type.kind is TypeKind.BOOL or len(toks) < 2 or toks[-1] not in DETAIL_HEADS:
        return rate
    found = polarity(toks)
    if set(toks) & {singular(w) for w in tokens(table)}:
        return rate
    bad = found is not None and found[0] != "good"
    return _DETAIL_NULL_RATE if bad or rare_state(toks) or set(toks) & (_ENDING_MOMENTS | _ENDING_NOUNS) else rate
