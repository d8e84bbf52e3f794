"""Dates that follow a row's state against the reference now (issue 10, round 7).

A status says where a row stands today (``seedbed.generate.streams.REFERENCE_NOW``), and the
moments at which its standing runs out must agree: an active subscription's ``current_period_end``
and an active licence's ``expires_at`` lie ahead of now, a trialing one's ``trial_ends_at`` too; an
expired one's lie behind it, and so does an overdue bill's ``due_on`` (an open bill's is ahead).
Drawn alone those moments were all in the past, so every active row had run out. Found from names:
a status-like column with labels of both kinds, and a moment that runs out (an expiry, the end of a
validity, a due date, the end of a period or a trial).
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived

__all__ = ["standing_moments"]

_DATES = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Labels of a row whose standing holds today (its running-out moments are ahead of now), and those of
#: a bill or a loan not yet due (only its due date: an issued blood unit may be past its expiry).
_HOLDING = frozenset("active trialing trial current valid open live enabled available".split())
_NOT_YET_DUE = frozenset("pending draft sent issued unpaid outstanding scheduled upcoming borrowed".split())
#: Labels of a row whose standing ran out (its running-out moments are behind now).
_RAN_OUT = frozenset("expired overdue lapsed late delinquent".split())
_STATUS = frozenset("status state lifecycle standing".split())
#: Words of a moment at which a standing runs out, and how far ahead of now such a moment lies at most.
_EXPIRY = frozenset("expires expiry expiration expire expiring".split())
_ENDS = frozenset("end ends ending until till thru through to".split())
_PERIODS = frozenset("period cycle billing term".split())


def _runs_out(toks: tuple[str, ...], table: tuple[str, ...]) -> int | None:
    """Days ahead of now at most of a moment that runs out (None for any other moment). The end of
    a period runs out where it is the current one or the table's is a standing (a subscription's
    ``period_end``), not a bill's (the period it bills is over)."""
    from seedbed.planning.nullrates import STANDING

    words = set(toks)
    if "trial" in words and words & (_ENDS | _EXPIRY):
        return 14
    if words & _PERIODS and words & _ENDS:
        return 31 if words & {"current", "next"} or set(table) & STANDING else None
    if words & {"due", "deadline"}:
        return 30
    if words & _EXPIRY or words & {"valid", "validity"} and words & _ENDS:
        return 365
    return None


def _label_words(label: str) -> set[str]:
    words = set(tokens(label))
    return words | {"".join(tokens(label))}  # past_due: also pastdue


def standing_moments(table: Table, usable: Mapping[str, bool], labels: Mapping[str, tuple[str, ...]],
                     anchor: str | None, taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(moment, status, "by_now:<ahead labels>|<behind labels>:<days>", other=anchor)``
    per moment that runs out, where a status of the row has labels saying its standing holds or
    ran out (see the module docstring). A trial's end is ahead only while the row is in its trial."""
    statuses = {c: [str(x) for x in v] for c, v in labels.items()
                if set(tokens(c)[-1:]) & _STATUS and not any("," in str(x) or "|" in str(x) for x in v)}
    out: list[Derived] = []
    words = tuple(tokens(table.name.name))
    for c in table.columns:
        toks = tokens(c.name)
        days = _runs_out(toks, words) if c.type.kind in _DATES and not c.type.is_array else None
        if days is None or not usable.get(c.name) or c.name in taken or c.name == anchor:
            continue
        for status, labs in statuses.items():
            if "trial" in toks:
                ahead = [x for x in labs if {"trial", "trialing", "trialling"} & _label_words(x)]
                behind = [x for x in labs if x not in ahead]
            else:
                holding = _HOLDING | _NOT_YET_DUE if set(toks) & {"due", "deadline"} else _HOLDING
                ahead = [x for x in labs if _label_words(x) & holding]
                behind = [x for x in labs if _label_words(x) & (_RAN_OUT | {"pastdue"})]
            if ahead and behind:
                other = anchor if anchor and anchor != c.name else None
                out.append(Derived(column=c.name, source=status, op=f"by_now:{','.join(ahead)}|{','.join(behind)}:{days}",
                                   other=other))
                break
    return tuple(out)
