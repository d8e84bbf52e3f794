"""What the plan says about user triggers: the tables whose INSERT triggers may reject rows.

seedbed cannot read a trigger's body, so it cannot generate rows that satisfy it by
construction (except the agreements it makes anyway, ``seedbed.planning.diamonds``). The
database is the oracle: a rejected chunk is bisected to the rejected rows, which are
regenerated with a bounded budget (``seedbed.engines.postgres.triggers``). The plan says so up front.
"""

from __future__ import annotations

from collections.abc import Iterable

from seedbed.model import QualifiedName, Schema

__all__ = ["trigger_notes"]


def trigger_notes(schema: Schema, tables: Iterable[QualifiedName]) -> list[str]:
    """One note per seeded table with an enabled trigger that fires on INSERT."""
    notes = []
    for name in tables:
        triggers = schema.table(name).insert_triggers
        if triggers:
            named = ", ".join(f"{t.name} ({t.timing} INSERT, {t.function})" for t in triggers)
            notes.append(f"{name}: trigger{'s' if len(triggers) > 1 else ''} {named} may reject rows: "
                         "rejected rows are found by the database and regenerated")
    return notes
