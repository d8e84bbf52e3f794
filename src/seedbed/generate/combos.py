"""Composite keys and 1:1 FKs: the distinct tuples a chunk's rows take (the ``Engine``'s part).

A *combo* is a unique key over several columns or FKs (``planning.model.Combo``): each row takes
one position of the key's space (a keyed permutation, or grouped per parent for a fan-out) and
the position decodes into the tuple (``seedbed.generate.tuples``). In append mode the positions
skip the tuples the table already holds. A mixin of ``Engine``: it reads the engine's pools,
caches and streams.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate import tuples
from seedbed.generate.permute import permute
from seedbed.generate.streams import digest
from seedbed.generate.values import ColumnData, GenRequest, encode, generate
from seedbed.model import Table
from seedbed.planning.model import FkPlan, TablePlan
from seedbed.planning.wishes import fanout_counts

__all__ = ["Combos"]


class Combos:
    """Distinct tuples for combos and 1:1 FKs; mixed into ``seedbed.generate.engine.Engine``."""

    def _combo(self, tp: TablePlan, table: Table, i: int, local: np.ndarray, index: np.ndarray,
               enc: dict[str, list[str]], raw: dict[str, ColumnData]) -> dict[str, np.ndarray]:
        """Fill the columns of a combo for the chunk (``seedbed.generate.tuples``); returns the
        parent row picked per FK part."""
        combo = tp.combos[i]
        fks = {f.name: f for f in tp.fks}
        fan = next((p for p in combo.parts if p.fk and fks[p.fk].fanout is not None), None)
        lead = fan or tuples.leading_fk_part(table, combo, fks)
        if tp.offset:
            k = self._combo_positions(tp, table, i)[local]
        elif lead is not None:
            fk = fks[lead.fk]
            if fan is not None:
                parent, rank = self._fanout_parents(tp, fk, local, lead.radix)
            else:
                key = (tp.name, "#grouped", fk.name)
                if key not in self._cache:
                    self._cache[key] = self.line_ends(tp, fk) if self.laid_fk(tp, fk.name) else \
                        self.stream_ends(tp) if self.stream_fk(tp, fk.name) else tuples.grouped_ends(
                            self.plan.seed, tp.name, fk.name, lead.radix, tp.rows, combo.space // lead.radix)
                parent, rank = tuples.parents_of(self._cache[key], local)
            k = tuples.within_parent(self.plan.seed, tp.name, combo, lead, parent, rank)
        else:
            k = permute(local, combo.space, digest(self.plan.seed, tp.name, combo.key))
        return self._combo_decode(tp, table, i, k, enc, raw)

    def _fanout_parents(self, tp: TablePlan, fk: FkPlan, local: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(parent row, rank among that parent's children) per row, for an FK with a fan-out:
        row i belongs to the parent whose running total of children passes i."""
        parents = min(size, fk.parents or size)
        counts = fanout_counts(self.plan.seed, tp.name, fk.name, parents, *fk.fanout)
        rows, rank = tuples.parents_of(np.cumsum(counts), local)
        if parents < size:
            rows = permute(rows, size, digest(self.plan.seed, tp.name, fk.name, "spread"))
        return rows, rank

    def _combo_decode(self, tp: TablePlan, table: Table, i: int, k: np.ndarray,
                      enc: dict[str, list[str]], raw: dict[str, ColumnData]) -> dict[str, np.ndarray]:
        """The tuples at positions ``k`` of a combo's space (``tuples.combo_digits``)."""
        fks = {f.name: f for f in tp.fks}
        picked: dict[str, np.ndarray] = {}
        for part, digit in tuples.combo_digits(tp.combos[i], k):
            if part.fk:
                enc.update(self.lookup(fks[part.fk], digit))
                picked[part.fk] = digit
            elif part.ordinal:  # the row's place within its parent: 1, 2, 3, ...
                col = table.column(part.column)
                raw[part.column] = ColumnData(values=(digit.astype(np.int64) + 1) * part.step, nulls=None)
                enc[part.column] = encode(col.type, raw[part.column])
            else:
                # The digit-th distinct value of the column: generate each distinct digit once.
                from seedbed.model import ColumnDomain

                col = table.column(part.column)
                digits, inverse = np.unique(digit, return_inverse=True)
                req = GenRequest(column=col, domain=tp.domains.column(part.column) if tp.domains else ColumnDomain(),
                                 index=digits, unique=True, table_rows=part.radix, salt=self._salt(tp))
                raw[part.column] = generate(req, self._rng(tp, part.column, 0)).take(inverse)
                enc[part.column] = encode(col.type, raw[part.column])
        return picked

    def _combo_positions(self, tp: TablePlan, table: Table, i: int) -> np.ndarray:
        """Append mode: the positions of a combo's space the new rows take (``tuples.unused_positions``)."""
        combo = tp.combos[i]
        fks = {f.name: f for f in tp.fks}
        cols = tuple(c for p in combo.parts for c in (fks[p.fk].columns if p.fk else (p.column,)))

        def known(k: np.ndarray) -> np.ndarray:
            ok = np.ones(len(k), dtype=bool)
            for part, digit in tuples.combo_digits(combo, k):
                if part.fk:
                    ok &= digit < self.pool_size(fks[part.fk])
            return ok

        def decode(k: np.ndarray) -> dict[str, list[str]]:
            enc: dict[str, list[str]] = {}
            self._combo_decode(tp, table, i, k, enc, {})
            return enc

        return self._unused(tp, f"UNIQUE {combo.key}", combo.space, digest(self.plan.seed, tp.name, combo.key),
                            cols, known, decode)

    def _distinct_positions(self, tp: TablePlan, fk: FkPlan) -> np.ndarray:
        """Append mode: the parent rows a 1:1 FK's new rows take, none already referenced."""
        return self._unused(tp, f"the 1:1 FK {fk.name}", fk.parent_rows, digest(self.plan.seed, tp.name, fk.name),
                            fk.columns, lambda k: k < self.pool_size(fk), lambda k: self.lookup(fk, k))

    def _unused(self, tp: TablePlan, what: str, space: int, key: int, cols: tuple[str, ...], known, decode) -> np.ndarray:
        """Positions for the new rows that skip the table's existing tuples: computed once, cached."""
        cache_key = (tp.name, "#unused", what)
        if cache_key not in self._cache:
            found = self._existing_keys(tp.name, cols) if self._existing_keys is not None else []
            existing = zip(*(a.tolist() for a in found), strict=True) if found and len(found[0]) else ()
            self._cache[cache_key] = tuples.unused_positions(tp.name, what, tp.rows, space, key, cols, existing,
                                                             known, decode, step=max(self.chunk_rows, 1024))
        return self._cache[cache_key]
