"""Rows made again: a cycle's back-edge FKs filled once every parent exists, and rows a check refused drawn anew
(the ``Engine``'s part, split from ``engine.py``). A mixin of ``Engine``: it reads the engine's plan, schema and
pools and calls its ``make_chunk``, ``lookup`` and ``_keep_keys``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from seedbed.generate import cases as row_cases
from seedbed.generate.partners import partner_rows
from seedbed.generate.pools import NULL
from seedbed.planning.model import Gen

if TYPE_CHECKING:
    from seedbed.generate.engine import Chunk

__all__ = ["Repairs"]


class Repairs:
    """Filling pending FKs and regenerating refused rows of a chunk."""

    def resolve_pending(self, chunk: Chunk) -> dict[str, list[str]]:
        """The values of a chunk's broken FKs, once every parent of its component exists."""
        tp = self.plan.tables[chunk.table]
        out: dict[str, list[str]] = {}
        for fk in tp.fks:
            if fk.name in chunk.pending:
                rows = partner_rows(self, tp, fk, chunk, chunk.pending[fk.name])
                size = self.pool_size(fk)
                rows = np.where(rows >= 0, np.minimum(rows, max(size - 1, 0)), -1) if size else np.full_like(rows, -1)
                out.update(self.lookup(fk, rows))
        return out

    @staticmethod
    def _redraw_unique(tp, chunk: Chunk, col: str, values: Sequence[str], positions: Sequence[int]) -> None:
        """A UNIQUE column's refused rows take their fresh values (a case's NULL or set, a new draw)
        where no other row of the chunk holds the value; a key the chunk's own rows reference
        (a self-FK) or a shared key space stays as it is."""
        cp = tp.column(col)
        if cp.gen is not Gen.VALUE or cp.key_space is not None \
                or any(fk.self_reference and col in fk.ref_columns for fk in tp.fks):
            return
        target = chunk.columns[col]
        redo = set(positions)
        held = {v for i, v in enumerate(target) if i not in redo and v != NULL}
        for p in positions:
            v = values[p]
            if v == NULL or v == target[p] or v not in held:
                target[p] = v
                if v != NULL:
                    held.add(v)
            else:
                held.add(target[p])

    def regenerate(self, chunk: Chunk, positions: Sequence[int], attempt: int, *, null_fks: bool = False) -> None:
        """Replace the free columns (non-key values, plain FK picks) of some rows, in place.

        With ``null_fks`` the rows' nullable FKs are set NULL too: the last resort when no
        parent row satisfies a CHECK or partition bound on the FK columns.
        """
        tp = self.plan.tables[chunk.table]
        table = self.schema.table(chunk.table)
        fresh = self.make_chunk(tp, table, chunk.number, chunk.start, chunk.size, attempt=attempt, only_free=True)
        # A cycle's back-edge columns may be filled in already (``resolve_pending``): they stay.
        broken = {c for fk in tp.fks if fk.broken for c in fk.columns}
        # a UNIQUE code holding its row's year follows the year made again: it stays the row's own by its index
        dated = {d.column for d in tp.timeline.derived if d.op.startswith("year_code:")} if tp.timeline else set()
        # FKs sharing a column (a fixture's home and away teams of one season) keep their picks: made again
        # alone, one would leave the other's group, or repeat a pair the rest of the chunk holds
        grouped = {c for fk in tp.fks if fk.shared for c in fk.shared}
        kept = {c for fk in tp.fks if set(fk.columns) & grouped for c in fk.columns}
        for col, values in fresh.columns.items():
            if col not in chunk.columns or col in broken or col in kept:
                continue
            cp = tp.column(col)
            if cp.gen in (Gen.SEQUENCE, Gen.COMBO):
                continue
            if cp.unique and col not in dated:
                self._redraw_unique(tp, chunk, col, values, positions)
                continue
            target = chunk.columns[col]
            for p in positions:
                target[p] = values[p]
        for name, rows in fresh.pending.items():
            for p in positions:
                chunk.pending[name][p] = rows[p]
        for gi, chosen in fresh.cases.items():
            if gi in chunk.cases:
                chunk.cases[gi][list(positions)] = chosen[list(positions)]
        for attr, values in fresh.attrs.items():  # the picks diamond children follow
            if attr.startswith("@fk:") and attr in chunk.attrs:
                chunk.attrs[attr][list(positions)] = values[list(positions)]
        if null_fks:
            for fk in tp.fks:
                if fk.null_rate <= 0 or fk.distinct or any(tp.column(c).gen is not Gen.FK for c in fk.columns):
                    continue
                # Never a NULL the folded CHECKs forbid (an "exactly one is set" CHECK, a case
                # that needs the FK): a retry must not make a row less likely to pass.
                free = [p for p in positions
                        if not any(row_cases.row_domain(tp.domains, c, fresh.cases, p).not_null for c in fk.columns)]
                for c in fk.columns:
                    if table.column(c).nullable:
                        for p in free:
                            chunk.columns[c][p] = NULL
                if fk.name in chunk.pending:
                    for p in free:
                        chunk.pending[fk.name][p] = -1
        if tp.partials or tp.exclusions:  # rows replaced above may now clash with the others
            if tp.exclusions:
                self._redo.setdefault((tp.name, chunk.number), []).append(
                    (attempt, np.asarray(positions, dtype=np.int64)))
            index = np.arange(chunk.start, chunk.start + chunk.size, dtype=np.int64) + tp.offset
            self._keep_keys(tp, table, chunk.number, index, chunk.columns, None, attempt)
