"""A document's number carries the year of its own row, or none (issue 10, r47).

``id.document_number`` wrote ``PREFIX-YEAR-nnnnnn`` with a year drawn apart from the row: a manifest
shipped in 2024 had ``TRK-2021-004512``, a citation ``PAG-2025-...`` of a source read in 2022. The blind
review scored every one 0. The number is now ``PREFIX-nnnnnn`` and, where the row has a moment it
starts from (its timeline's anchor: ``raised_on``, ``booked_at``, ``opened_on``; else its one moment,
a round's ``round_date``), ``Derived(column,
anchor, "dated")`` writes that moment's year into it (``CLM-2024-004512``), as files, claims and
batches are numbered by the year they were opened. A row with no date of its own keeps no year.

A year across two calendar years (``time.year_span``: a financial year, an academic year, a season) is
the one its row's moment falls in (``Derived(column, anchor, "dated_span:<month it starts>")``): a job
opened in May 2024 is of the financial year 2024-25, not 2018-19.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived
from seedbed.planning.spans import AHEAD

__all__ = ["dated_references"]

_MOMENTS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Moments that are not when a row's document was made: a deadline, an expiry, an expected or planned day
#: (``exp`` is clipped from either), a birth, a latest moment (a lot's ``last_counted_at``).
_AHEAD = AHEAD | frozenset("exp expected planned target estimated birth born dob".split()) | frozenset(
    "last lst latest recent updated modified changed edited synced counted".split())  # nor a latest moment
#: The month a span of two years starts in, by a word of its name: a school's year and a season in
#: September, a tax or financial year in April (the UK's; India's, Japan's and Canada's governments' too).
_STARTS = {"academic": 9, "school": 9, "season": 9, "term": 9, "tax": 4, "fiscal": 4, "financial": 4,
           "budget": 4, "accounting": 4}


def _moment(table: Table, anchor: str | None) -> str | None:
    """The row's anchor, else its one moment that is no birth, no deadline and no span's bound (a
    round's ``round_date``)."""
    from seedbed.planning.rowdates import _NOT_ROW_DATES

    if anchor is not None:
        return None if set(tokens(anchor)) & _AHEAD else anchor
    own = [c.name for c in table.columns if c.type.kind in _MOMENTS and not c.type.is_array
           and not set(tokens(c.name)) & (_NOT_ROW_DATES | _AHEAD)]  # a unique one too: read, not moved (a DB default: unread)
    return own[0] if len(own) == 1 else None


def dated_references(table: Table, intents: Mapping[str, str | None], anchor: str | None,
                     taken: frozenset[str], keyed: frozenset[str] = frozenset()) -> tuple[Derived, ...]:
    """``Derived(number, anchor, "dated")`` per document number, ``"dated_span:<month>"`` per span of
    two years, of a row that has an anchoring moment; ``keyed``: numbers of their own form (an issue's
    ``PROJ-123``), left as they are."""
    anchor = _moment(table, anchor)
    if anchor is None or (col := table.column(anchor)) is None or col.type.kind not in _MOMENTS or col.type.is_array:
        return ()
    out = []
    for c in table.columns:
        if c.name in taken or c.type.kind is not TypeKind.TEXT or c.type.is_array:
            continue
        if intents.get(c.name) == "id.document_number" and c.name not in keyed:
            out.append(Derived(column=c.name, source=anchor, op="dated"))
        elif intents.get(c.name) == "time.year_span":
            month = next((_STARTS[w] for w in tokens(c.name) if w in _STARTS), 1)
            out.append(Derived(column=c.name, source=anchor, op=f"dated_span:{month}"))
    return tuple(out)
