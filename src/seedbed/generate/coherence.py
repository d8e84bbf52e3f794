"""Rows that agree with other rows: time orders, status gates, derived columns (the ``Engine``'s part).

A chunk leaves behind what its children read (``_attrs``: anchor times, countries, the parent
rows its FKs picked, for timelines and diamonds); a child's values then settle after its
parents' and its own earlier columns (``seedbed.generate.lifecycle``), follow its status gate,
and copy what a derived column takes from its source (``seedbed.generate.derive``). A mixin of
``Engine``: it reads the engine's pools, requests and streams.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from seedbed.generate.budgets import fit_budget
from seedbed.generate.derive import derive
from seedbed.generate.lifecycle import (BEFORE, MISSING, UNTIL, after_parents, anchor_us, country_indexes, gate, parent_values,
                                        parents_first, set_with, settle)
from seedbed.generate.moments import null_with, on_working_quarter, working_hours
from seedbed.generate.values import ColumnData
from seedbed.model import Table
from seedbed.planning.model import ColumnPlan, TablePlan

__all__ = ["Coherence"]



def _floor(tl: Any, column: str, raw: dict[str, ColumnData], depth: int = 0) -> np.ndarray:
    """``column``'s moments, and where it is NULL its own predecessor's (a ``delivered_at`` after a
    ``shipped_at`` that is NULL in a row still comes after the row's ``ordered_at``)."""
    us = anchor_us(raw[column])
    if depth < 8 and (us == MISSING).any():
        prev = next((a.right for a in tl.after if a.column == column and a.right in raw), None)
        if prev is not None:
            us = np.where(us == MISSING, _floor(tl, prev, raw, depth + 1), us)
    return us

class Coherence:
    """Timelines, gates and derived columns; mixed into ``seedbed.generate.engine.Engine``."""

    def _attrs(self, tp: TablePlan, raw: dict[str, ColumnData], enc: dict[str, list[str]],
               picked: dict[str, np.ndarray], only_free: bool = False) -> dict[str, np.ndarray]:
        """What children read of this chunk: its anchor times and countries (timelines), the
        parent rows its FKs picked (diamonds)."""
        out: dict[str, np.ndarray] = {}
        n = len(next(iter(enc.values()))) if enc else 0
        for name in self._fk_attrs.get(tp.name, ()):
            if name in picked:
                out["@fk:" + name] = np.asarray(picked[name], dtype=np.int64)
            elif not only_free:  # no pick (an empty parent): no A row to follow
                out["@fk:" + name] = np.full(n, -1, dtype=np.int64)
        if only_free:
            return out
        if (tp.name, ("@anchor",)) in self.pools.wanted:
            anchor = tp.timeline.anchor if tp.timeline is not None else None
            out["@anchor"] = anchor_us(raw[anchor]) if anchor in raw else np.full(n, MISSING, dtype=np.int64)
        if (tp.name, ("@end",)) in self.pools.wanted:  # the moment a row's life ends (NULL: it goes on)
            end = self._life_end.get(tp.name)
            out["@end"] = anchor_us(raw[end]) if end in raw else np.full(n, MISSING, dtype=np.int64)
        for attr in self.pools.columns_of(tp.name):  # whether a row's gated moment is set (its children's acts)
            if attr.startswith("@set:"):
                nulls = raw[attr[5:]].nulls if attr[5:] in raw else None
                out[attr] = np.ones(n, dtype=np.int64) if nulls is None else (~nulls).astype(np.int64)
        if (tp.name, ("@country",)) in self.pools.wanted:
            col = self._country_column.get(tp.name)
            out["@country"] = country_indexes(enc[col]) if col in enc else np.full(n, -1, dtype=np.int16)
        return out

    def _parent_attr(self, tp: TablePlan, fk_name: str, attr: str, rows: np.ndarray, missing: int) -> np.ndarray:
        fk = next(f for f in tp.fks if f.name == fk_name)
        values = self.pools.get((fk.parent, (attr,)))[0]
        return parent_values(values, self.pool_size(fk), rows, missing)

    def _floors(self, tp: TablePlan, picked: dict[str, np.ndarray]) -> list[tuple[np.ndarray, bool]]:
        """Per link of the table's timeline: the picked parent rows' anchors, and ``near``."""
        fks = {f.name: f for f in tp.fks}
        links = [link for link in tp.timeline.links if link.fk in picked
                 and (fks[link.fk].parent_keys is None or self._listed_rows(fks[link.fk]) is not None)]
        return [(self._parent_attr(tp, link.fk, "@anchor", picked[link.fk], MISSING), BEFORE if link.before else link.near)
                for link in links] + [(self._parent_attr(tp, link.fk, "@end", picked[link.fk], MISSING), UNTIL)
                                      for link in links if link.until]

    def _with_parent(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                     raw: dict[str, ColumnData], data: ColumnData, picked: dict[str, np.ndarray]) -> ColumnData:
        """NULL where the parent row has not got to the act this moment is (a party's signature of a draft
        deed: ``Timeline.needs_parent``)."""
        for col, fk, pcol in tp.timeline.needs_parent:
            if col == cp.name and fk in picked:
                done = self._parent_attr(tp, fk, "@set:" + pcol, picked[fk], 1)
                data = null_with(self._request(tp, table, cp, index, raw), data,
                                 ColumnData(values=done, nulls=done == 0))
        return data

    def _settle(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray, raw: dict[str, ColumnData],
                data: ColumnData, floors: list | None, number: int, attempt: int) -> ColumnData:
        """A column's values after its soft time orders and its status gate (``lifecycle``)."""
        tl = tp.timeline
        clock = dict(tl.clocks).get(cp.name)
        if clock is not None:  # before its floors: a row moved after a parent keeps that order
            data = working_hours(self._request(tp, table, cp, index, raw), data,
                                 self._rng(tp, "clock:" + cp.name, number, attempt), planned=clock)
        mine = [(_floor(tl, a.right, raw), BEFORE if a.before else (*a.span_us, a.ahead) if a.span_us
                 else a.within_us or a.near) for a in tl.after if a.column == cp.name and a.right in raw]
        if cp.name == tl.anchor and floors:
            mine += floors
        gate_of = next((g for g in tl.gates if g.column == cp.name), None)
        if not mine and gate_of is None:
            return data
        req = self._request(tp, table, cp, index, raw)
        if mine:
            data = settle(req, data, mine, self._rng(tp, "after:" + cp.name, number, attempt))
            if clock is not None:  # a start moved after its floors: on the next working quarter hour
                data = on_working_quarter(req, data, self._rng(tp, "quarter:" + cp.name, number, attempt),
                                          planned=clock)
        by = gate_of and (gate_of.source or tl.status)
        if gate_of is not None and by in raw:  # a status's labels, a party's kind, or a moment set
            data = gate(req, data, raw[by], gate_of.labels) if gate_of.labels else set_with(req, data, raw[by])
        for a in tl.after:  # no arrival without its departure
            if a.column == cp.name and a.needs and a.right in raw:
                data = null_with(req, data, raw[a.right])
        return data

    def _things(self, tp: TablePlan, index: np.ndarray, picked: dict[str, np.ndarray]) -> dict[str, ColumnData]:
        """Keyed identities of the rows (``@row``) and of the parents their FKs picked (``@fk:<name>``),
        the same for a parent row and its children: what a cumulative reading is a function of
        (``seedbed.generate.readings``)."""
        from seedbed.generate.permute import mix64
        from seedbed.generate.streams import digest

        def ident(rows: np.ndarray, parent: Any) -> ColumnData:
            rows = np.asarray(rows, dtype=np.int64)
            missing = rows < 0
            ids = mix64(np.maximum(rows, 0).astype(np.uint64), digest(self.plan.seed, "thing", str(parent)))
            return ColumnData(values=ids, nulls=missing if missing.any() else None)

        out = {"@row": ident(index, tp.name)}
        for fk in tp.fks:
            if fk.name in picked and not fk.self_reference:
                out[f"@fk:{fk.name}"] = ident(picked[fk.name], fk.parent)
        return out

    def _derive(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                raw: dict[str, ColumnData], data: ColumnData, only: str | None = None) -> ColumnData:
        """A derived column's values following its source (``seedbed.generate.derive``); ``only``: the ops
        starting so."""
        for d in tp.timeline.derived:
            if d.budget is not None:  # a column's room in a linear CHECK (``seedbed.generate.budgets``)
                if only is None and d.column == cp.name and all(s in raw for s in d.sources):
                    data = fit_budget(self._request(tp, table, cp, index, raw), data, raw, d.budget)
            elif d.column == cp.name and all(s in raw for s in d.sources) and (only is None or d.op.startswith(only)):
                data = derive(self._request(tp, table, cp, index, raw), data, raw[d.source], d.op,
                              raw[d.other] if d.other else None, terms=[(t[0], raw[t[1:]]) for t in d.terms])
        return data

    @staticmethod
    def _self_picks(tp: TablePlan, picked: dict[str, np.ndarray], start: int) -> list[np.ndarray]:
        """Per self-reference, the chunk position of each row's parent (outside the chunk: none here)."""
        return [picked[f.name] - tp.offset - start for f in tp.fks if f.self_reference and f.name in picked]

    def _parents_first(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                       raw: dict[str, ColumnData], data: ColumnData, picked: dict[str, np.ndarray],
                       start: int) -> ColumnData:
        """A self-referencing table's anchors in row order, parents first (``lifecycle.parents_first``)."""
        picks = self._self_picks(tp, picked, start)
        return parents_first(self._request(tp, table, cp, index, raw), data, picks) if picks else data

    def _after_parents(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                       raw: dict[str, ColumnData], data: ColumnData, picked: dict[str, np.ndarray], start: int,
                       number: int, attempt: int) -> ColumnData:
        """A self-referencing row's anchor after its parent row's (``lifecycle.after_parents``)."""
        picks = self._self_picks(tp, picked, start)
        if not picks:
            return data
        return after_parents(self._request(tp, table, cp, index, raw), data, picks,
                             lambda tag: self._rng(tp, f"self:{cp.name}:{tag}", number, attempt))

    def _in_ordinal_order(self, tp: TablePlan, data: ColumnData, picked: dict[str, np.ndarray],
                          raw: dict[str, ColumnData]) -> ColumnData:
        """A row numbered within its parent (revision 1, 2, 3 of an article) comes in that order: the
        chunk's moments of one parent's rows are handed out by their number, earliest to the first."""
        vals = data.values
        if vals.dtype.kind != "M":
            return data
        # the rows that have the moment (a leg not yet departed has none): ranked among themselves
        have = np.flatnonzero(~data.nulls) if data.nulls is not None else np.arange(len(vals))
        for combo in tp.combos:
            fk = next((p.fk for p in combo.parts if p.fk), None)
            num = next((p.column for p in combo.parts if p.ordinal), None)
            if fk is None or num is None or fk not in picked or num not in raw or len(picked[fk]) != len(vals):
                continue
            parent, rank, mine = picked[fk][have], raw[num].values[have], vals[have]
            by_number = np.lexsort((rank, parent))
            by_time = np.lexsort((mine.astype(np.int64), parent))
            out = vals.copy()
            out[have[by_number]] = mine[by_time]
            return ColumnData(values=out, nulls=data.nulls)
        return data
