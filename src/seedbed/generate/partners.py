"""A cycle's partner belongs to the row (DESIGN.md principle 9).

In a two-table cycle such as ``users.primary_address_id -> addresses`` and
``addresses.user_id -> users``, the planner breaks one edge (its values are filled once both
tables exist). A uniform pick for that edge gives a user someone else's address. Here the
broken edge picks, for each row, a partner row whose own FK back to this table points at it:
the user's primary address is the first of that user's addresses.

The partner FK's picks are kept as an ``'@fk:<name>'`` attribute pool of the partner table
(the same pools diamonds read), indexed by the partner's new-row number. A row that no partner
points at keeps its uniform pick, or gets NULL when the FK may be NULL and the partner table is
the "many" side (a user without addresses has no primary address).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from seedbed.generate.cases import row_domain
from seedbed.model import QualifiedName

if TYPE_CHECKING:
    from seedbed.generate.engine import Chunk, Engine
    from seedbed.planning.model import FkPlan, Plan, TablePlan

__all__ = ["partner_fks", "partner_rows"]


def partner_fks(plan: Plan) -> dict[tuple[QualifiedName, str], tuple[QualifiedName, str]]:
    """``(child table, broken FK) -> (partner table, its FK back to the child)`` for every
    broken cycle edge whose parent has an FK back to the child (the first one by name)."""
    out: dict[tuple[QualifiedName, str], tuple[QualifiedName, str]] = {}
    for tp in plan.tables.values():
        for fk in tp.fks:
            if not fk.broken or fk.self_reference or fk.parent_keys is not None or fk.parent not in plan.tables:
                continue
            back = sorted((b for b in plan.tables[fk.parent].fks
                           if b.parent == tp.name and not b.self_reference and b.parent_keys is None),
                          key=lambda b: b.name)
            if back:
                out[(tp.name, fk.name)] = (fk.parent, back[0].name)
    return out


def partner_rows(engine: Engine, tp: TablePlan, fk: FkPlan, chunk: Chunk, rows: np.ndarray) -> np.ndarray:
    """The partner-pool rows a chunk's broken FK ``fk`` takes: for each row, the first partner
    row that points back at it, else its own pick (or -1, NULL, see the module docstring)."""
    link = engine.partners.get((tp.name, fk.name))
    if link is None or not len(rows):
        return rows
    partner, back = link
    picks = engine.pools.get((partner, ("@fk:" + back,)))[0]
    if not len(picks):
        return rows
    ptp = engine.plan.tables[partner]
    own = tp.offset + chunk.start + np.arange(len(rows), dtype=np.int64)  # these rows in the back FK's pool
    # first partner row per child row: unique() reports the first occurrence of each value
    targets, first = np.unique(np.asarray(picks, dtype=np.int64), return_index=True)
    keep = targets >= 0
    targets, first = targets[keep], first[keep]
    at = np.searchsorted(targets, own)
    at = np.minimum(at, max(len(targets) - 1, 0))
    found = (targets[at] == own) if len(targets) else np.zeros(len(own), dtype=bool)
    out = np.where(found, ptp.offset + first[at] if len(first) else -1, rows)
    if _may_be_null(engine, tp, fk, chunk) and ptp.rows >= tp.rows:
        out = np.where(found, out, -1)
    elif fk.distinct and not found.all():
        out = _distinct_rest(tp, ptp, chunk, targets, first, found, out)
    return out.astype(np.int64)


def _distinct_rest(tp: TablePlan, ptp: TablePlan, chunk: Chunk, targets: np.ndarray, first: np.ndarray,
                   found: np.ndarray, out: np.ndarray) -> np.ndarray:
    """A 1:1 FK: the rows without a partner of their own take, in row order, the partner rows no
    other row took (their own uniform picks could be another row's partner)."""
    own_all = tp.offset + np.arange(tp.rows, dtype=np.int64)
    rank = np.cumsum(~np.isin(own_all, targets)) - 1  # rank among the rows without a partner
    free = np.setdiff1d(ptp.offset + np.arange(ptp.rows, dtype=np.int64), ptp.offset + first)
    mine = rank[chunk.start + np.arange(len(out))]
    ok = ~found & (mine < len(free))
    return np.where(ok, free[np.minimum(mine, max(len(free) - 1, 0))] if len(free) else out, out)


def _may_be_null(engine: Engine, tp: TablePlan, fk: FkPlan, chunk: Chunk) -> bool:
    """Every column of the FK may be NULL: in the schema, and in the folded CHECKs of every
    case the chunk's rows drew."""
    table = engine.schema.table(tp.name)
    for c in fk.columns:
        if not table.column(c).nullable or row_domain(tp.domains, c, {}, 0).not_null:
            return False
        for gi, drawn in chunk.cases.items():
            for case in np.unique(drawn).tolist():
                if row_domain(tp.domains, c, {gi: np.array([case])}, 0).not_null:
                    return False
    return True
