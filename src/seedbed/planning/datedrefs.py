"""A document's number carries the year of its own row, or none (issue 10, r47).

``id.document_number`` wrote ``PREFIX-YEAR-nnnnnn`` with a year drawn apart from the row: a manifest
shipped in 2024 had ``TRK-2021-004512``, a citation ``PAG-2025-...`` of a source read in 2022. The blind
review scored every one 0. The number is now ``PREFIX-nnnnnn`` and, where the row has a moment it
starts from (its timeline's anchor: ``raised_on``, ``booked_at``, ``opened_on``), ``Derived(column,
anchor, "dated")`` writes that moment's year into it (``CLM-2024-004512``), as files, claims and
batches are numbered by the year they were opened. A row with no date of its own keeps no year.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived

__all__ = ["dated_references"]

_MOMENTS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)


def dated_references(table: Table, intents: Mapping[str, str | None], anchor: str | None,
                     taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(number, anchor, "dated")`` per document number of a row that has an anchoring moment."""
    if anchor is None or (col := table.column(anchor)) is None or col.type.kind not in _MOMENTS or col.type.is_array:
        return ()
    return tuple(Derived(column=c.name, source=anchor, op="dated") for c in table.columns
                 if intents.get(c.name) == "id.document_number" and c.name not in taken
                 and c.type.kind is TypeKind.TEXT and not c.type.is_array)
