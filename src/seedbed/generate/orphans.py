"""Deliberate orphans: values that exist in no parent row, for references without a constraint.

Two users: a declared reference asked for ``orphans = 0.1`` (exactly that share of the rows,
chosen by a keyed permutation of the row index, so the count is exact whatever the chunking),
and the scope's ``ref`` provider ("10% with user IDs that don't exist", a per-row share).
The values are made from the row index, so they are distinct from each other and, for integer
keys, far past every parent key.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.pools import unpack
from seedbed.generate.streams import digest
from seedbed.generate.values.strings import int_strings
from seedbed.model import Column, TypeKind

__all__ = ["INT_MARGIN", "apply_fk_orphans", "orphan_values"]

#: Integer orphans start this far past the largest parent key (new parent rows stay clear of them).
INT_MARGIN = 1_000_000
_INT_MAX = {16: 2**15 - 1, 32: 2**31 - 1, 64: 2**63 - 1}


def orphan_values(column: Column, pool: np.ndarray, index: np.ndarray, salt: int) -> np.ndarray:
    """One value per ``index`` that is none of ``pool`` (the parent keys as text or ints).

    Integers: past the largest key by ``INT_MARGIN`` (below the smallest when that would
    overflow the column); UUIDs: seeded from the index; text: ``missing-<index>``.
    """
    kind = column.type.kind
    if kind == TypeKind.INTEGER:
        keys = [int(v) for v in pool.tolist() if v not in ("", None, r"\N")]
        top, low = max(keys, default=0), min(keys, default=0)
        limit = _INT_MAX.get(column.type.bits or 64, 2**63 - 1)
        if top + INT_MARGIN + int(index.max(initial=0)) <= limit:
            return top + INT_MARGIN + index.astype(np.int64)
        return min(low, 0) - 1 - index.astype(np.int64)
    if kind == TypeKind.UUID:
        from seedbed.generate.values import seeded_uuids

        return np.asarray(seeded_uuids(digest("orphan", salt), index), dtype=object)
    return np.array([f"missing-{i}" for i in index.tolist()], dtype=object)


def apply_fk_orphans(engine: Any, tp: Any, fk: Any, local: np.ndarray, index: np.ndarray,
                     enc: dict[str, list[str]]) -> None:
    """Give ``round(fk.orphans * rows)`` rows of the table (the same ones however it is chunked)
    a first FK column that no parent row holds; ``enc`` is updated in place."""
    want = round(fk.orphans * tp.rows)
    if want <= 0 or not len(local):
        return
    chosen = permute(local, tp.rows, digest(engine.plan.seed, tp.name.schema, tp.name.name, fk.name, "orphans")) < want
    if not chosen.any():
        return
    col = fk.columns[0]
    column = engine.schema.table(tp.name).column(col)
    pool = unpack(engine.pools.get((fk.parent, fk.ref_columns))[0])
    values = orphan_values(column, pool, index[chosen], digest(engine.plan.seed, tp.name.name, fk.name))
    text = int_strings(values) if values.dtype.kind in "iu" else [str(v) for v in values.tolist()]
    cells = list(enc[col])
    for pos, value in zip(np.flatnonzero(chosen).tolist(), text, strict=True):
        cells[pos] = value
    enc[col] = cells
