"""Polymorphic references in a chunk (the ``Engine``'s part; the plan is ``seedbed.planning.polymorphic``).

Each row draws a target table (in proportion to the rows it holds), then a row of it (skewed
like an FK pick: a few popular posts get most comments), and copies that row's key from the
target's key pool; the type column takes the target's type value. NULL ids stay NULL and so do
their types where the column allows it. Keys without lookups, as for FKs.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.pools import NULL, cells
from seedbed.generate.streams import digest
from seedbed.generate.values import ColumnData, encode
from seedbed.model import Table
from seedbed.planning.model import TablePlan

__all__ = ["Polymorphs"]


class Polymorphs:
    """Polymorphic pairs; mixed into ``seedbed.generate.engine.Engine``."""

    @staticmethod
    def poly_keys(tp: TablePlan) -> set:
        return {(t, (key,)) for ref in tp.polymorphic for _, t, key in ref.targets}

    def _polymorphic(self, tp: TablePlan, table: Table, number: int, local: np.ndarray, raw: dict[str, ColumnData],
                     enc: dict[str, list[str]], only_free: bool, attempt: int) -> None:
        for ref in tp.polymorphic:
            n = len(local)
            rng = self._rng(tp, "poly:" + ref.id_column, number, attempt)
            sizes = np.array([self.pools.size((t, (key,))) for _, t, key in ref.targets], dtype=np.float64)
            if not sizes.sum():  # nothing to point at (the plan said so): no reference at all
                enc[ref.id_column] = [NULL] * n
                if table.column(ref.type_column).nullable:
                    enc[ref.type_column] = [NULL] * n
                raw.pop(ref.id_column, None)
                continue
            which = np.searchsorted(np.cumsum(sizes / sizes.sum()), rng.random(n), side="right")
            which = np.minimum(which, len(sizes) - 1)
            u = rng.random(n)
            ids = np.full(n, NULL, dtype=object)
            for i, (_, t, key) in enumerate(ref.targets):
                at = np.flatnonzero(which == i)
                size = int(sizes[i])
                if not len(at) or not size:
                    continue
                rows = np.minimum((u[at] ** 1.6 * size).astype(np.int64), size - 1)
                ids[at] = cells(self.pools.get((t, (key,)))[0], permute(rows, size, digest(self.plan.seed, t, "poly")))
            labels = np.array([v for v, _, _ in ref.targets], dtype=object)[which]
            old = raw.get(ref.id_column)
            null = np.zeros(n, dtype=bool) if old is None or old.nulls is None else old.nulls
            if table.column(ref.type_column).nullable:
                types = ColumnData(values=labels, nulls=null if null.any() else None)
            else:
                types, null = ColumnData(values=labels), np.zeros(n, dtype=bool)
            raw[ref.type_column] = types
            enc[ref.type_column] = encode(table.column(ref.type_column).type, types)
            ids[null] = NULL
            enc[ref.id_column] = ids.tolist()
            raw.pop(ref.id_column, None)
