"""Amounts that add up across rows: sums of lines, copies, caps (the ``Engine``'s part).

The plan says which (``seedbed.planning.aggregates``). The parent decides, so chunks stay
independent and every sink (COPY, files, workers) sees final values:

* A sum's lines are laid out per parent (``line_ends``: consecutive rows, counts from the seed,
  at least one per parent when there are enough lines). The parent's chunk knows each row's
  line count ``k``, keeps its drawn total within what ``k`` lines can hold (each line between
  the smallest and half the largest amount the line columns allow), and leaves the final total
  in ``'@amount:<column>'`` (int64 micro-units).
* A line reads its parent's total, its rank and ``k``, and takes its exact share: the total in
  integer units is cut at ``k`` points of a monotone warp ``G(x) = x + a x (1 - x)`` (``a`` per
  parent, ``|a| < 1``, so no share is more than twice the mean), in a per-parent rotation of the
  ranks; the shares telescope to the total. A quantity keeps its drawn value when it divides the
  share (else the largest smaller one that does, at worst 1); the unit price is the share over it.
* A copy takes the parent's amount; a cap a share of it (the whole in 60% of rows).

Regenerated rows (``only_free``, the database oracle) keep these columns: they follow the
parent, not a stream.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.lifecycle import parent_values
from seedbed.generate.derive import TAX_RATES
from seedbed.generate.permute import mix64, permute, uniform64
from seedbed.generate.streams import digest
from seedbed.generate.values import ColumnData, encode
from seedbed.generate.values.dispatch import axis_for
from seedbed.generate.values.ordinal import limits
from seedbed.model import ColumnDomain, QualifiedName, Table
from seedbed.planning.aggregates import MICRO, money_res
from seedbed.planning.model import Aggregate, FkPlan, Gen, TablePlan
from seedbed.planning.wishes import fanout_counts

__all__ = ["Aggregates"]

MISSING = np.iinfo(np.int64).min
#: Units are clipped to this (ten billion in cents): products of units stay inside int64.
_TOP = 10**12
#: Share of capped rows (refunds) that take the whole parent amount.
WHOLE = 0.6


class _Col:
    """One amount column's scale: column units <-> integer multiples of a common ``unit``."""

    def __init__(self, tp: TablePlan, table: Table, name: str) -> None:
        dom = tp.domains.column(name) if tp.domains else ColumnDomain()
        self.type = table.column(name).type
        self.axis = axis_for(self.type, dom)
        self.res = money_res(table, name, dom)
        lo, hi = limits(self.axis, dom)
        self.lo, self.hi = max(lo, -_TOP), min(hi, _TOP)

    def units(self, data: ColumnData) -> np.ndarray:
        values = np.asarray(data.values)
        if values.dtype.kind in "iu":
            return values.astype(np.int64) if self.axis.res == 1 else np.rint(values / float(self.axis.res)).astype(np.int64)
        return np.rint(values.astype(np.float64) / float(self.axis.res)).astype(np.int64)

    def to_common(self, units: np.ndarray, unit: Fraction, up: bool = False) -> np.ndarray:
        r = self.res / unit
        num = units * r.numerator
        return -((-num) // r.denominator) if up else num // r.denominator

    def from_common(self, common: np.ndarray, unit: Fraction) -> ColumnData:
        r = unit / self.res  # an integer: ``unit`` is the coarsest scale
        return ColumnData(values=self.axis.to_values(common * int(r)))

    def bounds(self, unit: Fraction) -> tuple[int, int]:
        """Inclusive common-unit bounds of the column's own limits."""
        lo = int(self.to_common(np.array([self.lo]), unit, up=True)[0])
        hi = int(self.to_common(np.array([self.hi]), unit)[0])
        return lo, hi

    def micro(self, data: ColumnData) -> np.ndarray:
        out = self.to_common(self.units(data), MICRO)
        return out if data.nulls is None else np.where(data.nulls, MISSING, out)


class Aggregates:
    """Sums, copies and caps of amounts; mixed into ``seedbed.generate.engine.Engine``."""

    def _aggregate_setup(self) -> None:
        #: parent -> (child plan, sum) of the lines that add up to one of its columns
        self._sums: dict[QualifiedName, list[tuple[TablePlan, Aggregate]]] = {}
        #: table -> its columns children read as '@amount:<column>'
        self._amounts: dict[QualifiedName, set[str]] = {}
        #: parent -> (child plan, count) of the children it counts (``planning.childcounts``)
        self._counts: dict[QualifiedName, list[tuple[TablePlan, Aggregate]]] = {}
        for tp in self.plan.tables.values():
            for a in tp.aggregates:
                if a.kind == "count":
                    self._counts.setdefault(a.parent, []).append((tp, a))
                if a.kind in ("count", "one", "rank"):
                    continue
                self._amounts.setdefault(a.parent, set()).add(a.total)
                if a.kind == "sum":
                    self._sums.setdefault(a.parent, []).append((tp, a))
            for parent, (column,) in self.event_keys(tp):  # event payloads carry the amount
                self._amounts.setdefault(parent, set()).add(column.removeprefix("@amount:"))

    @staticmethod
    def aggregate_keys(tp: TablePlan) -> set:
        return {(a.parent, ("@amount:" + a.total,)) for a in tp.aggregates if a.kind not in ("count", "one", "rank")}

    def laid_fk(self, tp: TablePlan, fk_name: str) -> Aggregate | None:
        """The sum or count whose child rows are laid out per parent through FK ``fk_name``."""
        return next((a for a in tp.aggregates if a.kind in ("sum", "count", "one", "rank") and a.fk == fk_name), None)

    def line_ends(self, tp: TablePlan, fk: FkPlan) -> np.ndarray:
        """Running totals of a sum's lines per parent row (both sides compute them)."""
        from seedbed.generate.tuples import grouped_ends
        from seedbed.planning.ordinals import ordinal_cap

        key = (tp.name, "#lines", fk.name)
        if key not in self._cache:
            parents = fk.parent_rows
            if fk.fanout is not None:
                ends = np.cumsum(fanout_counts(self.plan.seed, tp.name, fk.name, parents, *fk.fanout))
            else:
                per = tp.rows
                cp = tp.column(fk.columns[0])
                if cp.gen is Gen.COMBO and parents:
                    per = tp.combos[cp.combo].space // parents
                # a sum's lines: no order without one; a place alone (attempt 1, 2 of a parcel): a parent
                # may have none, so that as many rows as parents still number some of them 2 and 3
                mine = [a for a in tp.aggregates if a.fk == fk.name]
                ranked = all(a.kind in ("rank", "one") for a in mine)
                caps = [ordinal_cap(a.own) for a in mine if a.kind == "rank"]
                if ranked and caps and all(caps) and parents * max(caps) >= tp.rows:
                    per = min(per, max(caps))  # tries at one thing: 1-3 per parent
                ends = grouped_ends(self.plan.seed, tp.name, fk.name, parents, tp.rows, max(per, 1),
                                    at_least=0 if ranked and tp.rows < 2 * parents else 1)
            self._cache[key] = ends
        return self._cache[key]

    def _col(self, tp: TablePlan, name: str) -> _Col:
        key = (tp.name, "#amount", name)
        if key not in self._cache:
            self._cache[key] = _Col(tp, self.schema.table(tp.name), name)
        return self._cache[key]

    def _line_bounds(self, tp: TablePlan, a: Aggregate) -> tuple[int, int, int, int]:
        """(smallest line, largest line, smallest unit price, largest unit price) in units."""
        lo, hi = 1, _TOP
        ulo, uhi = 1, _TOP
        if a.unit_price:
            ulo, uhi = self._col(tp, a.unit_price).bounds(a.unit)
            ulo = max(ulo, 1)
            lo, hi = max(lo, ulo), min(hi, uhi)
        if a.amount:
            alo, ahi = self._col(tp, a.amount).bounds(a.unit)
            lo, hi = max(lo, alo), min(hi, ahi)
        return lo, hi, ulo, uhi

    def _aggregate(self, tp: TablePlan, table: Table, local: np.ndarray, picked: dict[str, np.ndarray],
                   raw: dict[str, ColumnData], enc: dict[str, list[str]], only_free: bool) -> dict[str, np.ndarray]:
        """Apply the table's aggregates to a chunk (as a line, a copy, a cap, then as a parent);
        returns the '@amount:<column>' attributes its children read."""
        mine = [c for a in tp.aggregates for c in (a.amount, a.quantity, a.unit_price, a.own) if c]
        mine += [c for _, a in self._sums.get(tp.name, ()) for c in (a.total, a.grand, *a.plus, *a.minus) if c]
        mine += [a.total for _, a in self._counts.get(tp.name, ())]
        if only_free:  # they follow the parent row, not a stream: a regenerated row keeps them
            for c in mine:
                enc.pop(c, None)
            return {}
        for a in tp.aggregates:
            if a.fk in picked and a.kind != "count":  # a counted child only has its rows laid out
                getattr(self, "_as_" + a.kind)(tp, table, a, local, picked[a.fk], raw, enc)
        for child, a in self._counts.get(tp.name, ()):
            if a.total in raw:
                self._as_counter(tp, table, child, a, local, raw, enc)
        for child, a in self._sums.get(tp.name, ()):
            if a.total in raw:
                self._as_total(tp, table, child, a, local, raw, enc)
        return {"@amount:" + c: self._col(tp, c).micro(raw[c]) for c in self._amounts.get(tp.name, ()) if c in raw}

    def _set(self, tp: TablePlan, table: Table, name: str, data: ColumnData, ok: np.ndarray,
             raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """Column ``name`` takes ``data`` on rows ``ok`` (the others keep theirs)."""
        old = raw.get(name)
        if old is not None and not ok.all():
            values = np.where(ok, data.values, old.values.astype(data.values.dtype))
            nulls = None if old.nulls is None else old.nulls & ~ok
            data = ColumnData(values=values, nulls=nulls if nulls is not None and nulls.any() else None)
        raw[name] = data
        enc[name] = encode(table.column(name).type, data)

    def _parent_total(self, tp: TablePlan, a: Aggregate, rows: np.ndarray) -> np.ndarray:
        """The parent rows' amounts in units of ``a.unit`` (MISSING where unknown)."""
        fk = next(f for f in tp.fks if f.name == a.fk)
        attr = self.pools.get((a.parent, ("@amount:" + a.total,)))[0]
        micro = parent_values(attr, self.pool_size(fk), rows, MISSING)
        step = int(a.unit / MICRO)
        return np.where(micro == MISSING, MISSING, micro // step)

    def _as_total(self, tp: TablePlan, table: Table, child: TablePlan, a: Aggregate, local: np.ndarray,
                  raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A parent's total kept within what its lines can hold (0 without lines)."""
        fk = next(f for f in child.fks if f.name == a.fk)
        ends = self.line_ends(child, fk)
        rows = local + tp.offset
        if a.follow:
            self._total_of_lines(tp, table, child, a, rows, ends, raw, enc)
            return
        k = self._children(tp, child, a, rows)
        col = self._col(tp, a.total)
        plo, phi = col.bounds(a.unit)
        lo, hi, _, _ = self._line_bounds(child, a)
        total = col.to_common(col.units(raw[a.total]), a.unit)
        low = np.maximum(k * lo, plo)
        high = np.minimum(k * (lo + (hi - lo) // 2), phi)
        fits = (low <= high) & (k > 0)
        total = np.where(fits, np.clip(total, low, np.maximum(low, high)), total)
        empty = k == 0
        if plo <= 0 <= phi:
            total = np.where(empty, 0, total)
        self._set(tp, table, a.total, col.from_common(total, a.unit), fits | (empty & (plo <= 0 <= phi)), raw, enc)
        self._grand(tp, table, a, rows, raw, enc)

    def _children(self, tp: TablePlan, child: TablePlan, a: Aggregate, rows: np.ndarray) -> np.ndarray:
        """How many rows of ``child`` each parent row (``rows``, pool positions) has (0 past the layout)."""
        fk = next(f for f in child.fks if f.name == a.fk)
        ends = self.line_ends(child, fk)
        inside = rows < len(ends)
        at = np.minimum(rows, max(len(ends) - 1, 0))
        if not len(ends):
            return np.zeros(len(rows), dtype=np.int64)
        return np.where(inside, ends[at] - np.where(at > 0, ends[np.maximum(at - 1, 0)], 0), 0).astype(np.int64)

    def _as_counter(self, tp: TablePlan, table: Table, child: TablePlan, a: Aggregate, local: np.ndarray,
                    raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A parent's count of its children: their number, where the column can hold it."""
        k = self._children(tp, child, a, local + tp.offset)
        col = self._col(tp, a.total)
        ok = (k >= col.lo) & (k <= col.hi)
        self._set(tp, table, a.total, ColumnData(values=col.axis.to_values(np.clip(k, int(col.lo), int(col.hi)))),
                  ok, raw, enc)

    def _siblings(self, tp: TablePlan, a: Aggregate, local: np.ndarray) -> tuple[np.ndarray, ...] | None:
        """(rank among its parent's rows, how many they are, the parent) per row of a laid-out child."""
        from seedbed.generate.tuples import parents_of

        ends = self.line_ends(tp, next(f for f in tp.fks if f.name == a.fk))
        if not len(ends):
            return None
        parent, rank = parents_of(ends, local + tp.offset)
        return rank, ends[parent] - np.where(parent > 0, ends[np.maximum(parent - 1, 0)], 0), parent

    def _as_one(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, rows: np.ndarray,
                raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A flag true on one row of each parent's children: the first laid out (in time), or the last."""
        got = self._siblings(tp, a, local)
        if got is not None:
            rank, k = _in_time_order(tp, got[0].astype(np.int64), got[2], local, raw), got[1]
            on = rank == (k - 1 if a.latest else 0)
            self._set(tp, table, a.own, ColumnData(values=on), np.ones(len(local), dtype=bool), raw, enc)

    def _as_rank(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, rows: np.ndarray,
                 raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A row's place among its parent's rows (1, 2, 3 ..., or 10, 20 ...), where the column holds it."""
        got = self._siblings(tp, a, local)
        if got is not None:
            col = self._col(tp, a.own)
            rank = _in_time_order(tp, got[0].astype(np.int64), got[2], local, raw)
            place = (rank + 1) * a.step
            ok = (place >= col.lo) & (place <= col.hi)
            self._set(tp, table, a.own, ColumnData(values=col.axis.to_values(np.clip(place, int(col.lo), int(col.hi)))),
                      ok, raw, enc)

    def _as_sum(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, rows: np.ndarray,
                raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A line's exact share of its parent's total."""
        from seedbed.generate.tuples import parents_of

        fk = next(f for f in tp.fks if f.name == a.fk)
        ends = self.line_ends(tp, fk)
        if not len(ends):
            return
        parent, rank = parents_of(ends, local)
        if a.follow:
            self._priced_lines(tp, table, a, local, parent, rank, raw, enc)
            return
        k = ends[parent] - np.where(parent > 0, ends[np.maximum(parent - 1, 0)], 0)
        total = self._parent_total(tp, a, rows)
        lo, hi, ulo, uhi = self._line_bounds(tp, a)
        spare = total - k * lo
        ok = (total != MISSING) & (k > 0) & (spare >= 0) & (parent == rows)
        k = np.maximum(k, 1)
        key = digest(self.plan.seed, tp.name, a.fk, "lines")
        h = mix64(parent, key)
        slot = ((rank + (h % np.uint64(1 << 20)).astype(np.int64)) % k).astype(np.float64)
        warp = ((mix64(parent, key + 1) % np.uint64(1801)).astype(np.float64) - 900.0) / 1000.0

        def cut(x: np.ndarray) -> np.ndarray:
            g = x + warp * x * (1.0 - x)
            return np.floor(np.where(ok, spare, 0).astype(np.float64) * g).astype(np.int64)

        share = lo + cut((slot + 1.0) / k) - cut(slot / k)
        if a.quantity:
            qcol = raw.get(a.quantity)
            drawn = np.ones(len(local), dtype=np.int64) if qcol is None else np.maximum(
                np.nan_to_num(np.asarray(qcol.values, dtype=np.float64), nan=1.0).astype(np.int64), 1)
            if qcol is not None and qcol.nulls is not None:
                drawn = np.where(qcol.nulls, 1, drawn)
            qty = np.ones(len(local), dtype=np.int64)
            for d in range(min(int(drawn.max(initial=1)), 100), 1, -1):
                fit = (qty == 1) & (drawn >= d) & (share % d == 0) & (share // d >= ulo) & (share // d <= uhi)
                qty[fit] = d
            qaxis = self._col(tp, a.quantity).axis
            step = 1 / qaxis.res  # quantity 1 in the column's units (100 for numeric(10,2))
            if step.denominator == 1:
                self._set(tp, table, a.quantity, ColumnData(values=qaxis.to_values(qty * int(step))), ok, raw, enc)
            if a.unit_price:
                self._set(tp, table, a.unit_price, self._col(tp, a.unit_price).from_common(share // qty, a.unit),
                          ok, raw, enc)
        if a.amount:
            self._set(tp, table, a.amount, self._col(tp, a.amount).from_common(share, a.unit), ok, raw, enc)

    def _as_copy(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, rows: np.ndarray,
                 raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """The parent's amount, where the column can hold it."""
        total = self._parent_total(tp, a, rows)
        col = self._col(tp, a.amount)
        lo, hi = col.bounds(a.unit)
        ok = (total != MISSING) & (total >= lo) & (total <= hi)
        self._set(tp, table, a.amount, col.from_common(np.where(ok, total, lo), a.unit), ok, raw, enc)

    def _as_cap(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, rows: np.ndarray,
                raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """At most the parent's amount: the whole of it, or a share."""
        total = self._parent_total(tp, a, rows)
        col = self._col(tp, a.amount)
        lo, hi = col.bounds(a.unit)
        key = digest(self.plan.seed, tp.name, a.fk, "cap")
        u = (mix64(local + tp.offset, key) % np.uint64(10**6)).astype(np.float64) / 1e6
        part = np.where(u < WHOLE, 1.0, 0.05 + 0.95 * (u - WHOLE) / (1 - WHOLE))
        cap = np.minimum(np.where(total == MISSING, 0, total), hi)
        amount = np.minimum(np.maximum(np.floor(cap * part).astype(np.int64), max(lo, 1)), cap)
        ok = (total != MISSING) & (cap >= max(lo, 1))
        self._set(tp, table, a.amount, col.from_common(np.where(ok, amount, lo), a.unit), ok, raw, enc)

    # ------------------------------------------------------------ lines priced by their product
    def follows(self, tp: TablePlan, fk_name: str) -> Aggregate | None:
        """The sum whose lines pick their product through ``fk_name`` (a hash of the row)."""
        return next((a for a in tp.aggregates if a.kind == "sum" and a.follow == fk_name), None)

    def product_rows(self, tp: TablePlan, fk: FkPlan, local: np.ndarray) -> np.ndarray:
        """A line's product row, skewed like ``Engine._pick`` (a few products in many orders)
        but a function of the row alone, so the parent can price its lines."""
        size = fk.parent_rows
        if size <= 0:
            return np.full(len(local), -1, dtype=np.int64)
        u = uniform64(local + tp.offset, digest(self.plan.seed, tp.name, fk.name, "line"))
        rows = np.minimum((u ** 1.6 * size).astype(np.int64), size - 1)
        return permute(rows, size, digest(self.plan.seed, tp.name, fk.name, "spread"))

    def _line_products(self, tp: TablePlan, a: Aggregate, local: np.ndarray, parent: np.ndarray,
                       rank: np.ndarray) -> np.ndarray:
        from seedbed.generate.tuples import combo_digits, leading_fk_part, within_parent

        fks = {f.name: f for f in tp.fks}
        fk = fks[a.follow]
        cp = tp.column(fk.columns[0])
        if cp.gen is Gen.COMBO:  # the same positions ``Combos._combo`` gives the line
            combo = tp.combos[cp.combo]
            lead = leading_fk_part(self.schema.table(tp.name), combo, fks)
            k = within_parent(self.plan.seed, tp.name, combo, lead, parent, rank)
            return next(d for part, d in combo_digits(combo, k) if part.fk == fk.name)
        return self.product_rows(tp, fk, local)

    def _line_values(self, tp: TablePlan, a: Aggregate, local: np.ndarray, parent: np.ndarray,
                     rank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(quantity, unit price in units) of lines: the price of the product each picked, a
        quantity from a hash of the line (geometric, mostly 1, inside the column's bounds)."""
        products = self._line_products(tp, a, local, parent, rank)
        if len(products) and products.min() < 0:  # a line without a product prices its own
            price = self._price_units(tp, a, local + tp.offset, products)
        else:
            price = self._product_prices(tp, a, int(products.max()) + 1 if len(products) else 0)[products]
        _, _, ulo, uhi = self._line_bounds(tp, a)
        price = np.clip(price, ulo, uhi)
        qty = np.ones(len(local), dtype=np.int64)
        if a.quantity:
            col = self._col(tp, a.quantity)
            lo, hi = max(int(col.lo), 1), min(int(col.hi), 20)
            u = uniform64(local + tp.offset, digest(self.plan.seed, tp.name, a.quantity, "line"))
            qty = np.clip(1 + np.floor(np.log1p(-u) / np.log(0.45)).astype(np.int64), lo, max(lo, hi))
        return qty, price

    def _product_prices(self, tp: TablePlan, a: Aggregate, upto: int) -> np.ndarray:
        """The unit price (in ``a.unit``) of product rows ``0 .. upto-1``: a function of the product
        alone (``quantities.product_price``), so it is made once per product and indexed per line
        (a parent's total and its lines read the same prices, and a million lines cost a lookup)."""
        key = ("prices", tp.name, a.follow)
        cached = self._cache.get(key)
        if cached is None or len(cached) < upto:
            index = np.arange(max(upto, 2 * len(cached) if cached is not None else 0, 1024), dtype=np.int64)
            cached = self._cache[key] = self._price_units(tp, a, index, index)
        return cached

    def _price_units(self, tp: TablePlan, a: Aggregate, index: np.ndarray, products: np.ndarray) -> np.ndarray:
        """``quantities.product_price`` of lines ``index`` whose products are rows ``products``
        (-1: the line's own), in ``a.unit``."""
        from seedbed.generate.realistic import RowContext
        from seedbed.generate.realistic.quantities import product_price

        ctx = RowContext(self.plan.seed, tp.name, -1, index, self.plan.domain_pack,
                         locale=self.plan.locale, theme=self.plan.theme)
        ctx.inherit_product(tp.timeline.product.parent, products)
        return np.rint(product_price(ctx) / float(a.unit)).astype(np.int64)

    def _priced_lines(self, tp: TablePlan, table: Table, a: Aggregate, local: np.ndarray, parent: np.ndarray,
                      rank: np.ndarray, raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        qty, price = self._line_values(tp, a, local, parent, rank)
        ok = np.ones(len(local), dtype=bool)
        if a.quantity:
            step = 1 / self._col(tp, a.quantity).axis.res
            self._set(tp, table, a.quantity, ColumnData(values=self._col(tp, a.quantity).axis.to_values(
                qty * int(step))), ok, raw, enc)
        if a.unit_price:
            self._set(tp, table, a.unit_price, self._col(tp, a.unit_price).from_common(price, a.unit), ok, raw, enc)
        if a.amount:
            self._set(tp, table, a.amount, self._col(tp, a.amount).from_common(qty * price, a.unit), ok, raw, enc)

    def _total_of_lines(self, tp: TablePlan, table: Table, child: TablePlan, a: Aggregate, rows: np.ndarray,
                        ends: np.ndarray, raw: dict[str, ColumnData], enc: dict[str, list[str]]) -> None:
        """A parent's total: the sum of its lines as they will be made."""
        from seedbed.generate.tuples import parents_of

        if not len(rows) or not len(ends):
            return
        first = int(ends[rows[0] - 1]) if rows[0] > 0 else 0
        last = int(ends[min(int(rows[-1]), len(ends) - 1)])
        lines = np.arange(first, last, dtype=np.int64)
        parent, rank = parents_of(ends, lines)
        qty, price = self._line_values(child, a, lines, parent, rank)
        sums = np.bincount(parent - rows[0], weights=(qty * price).astype(np.float64), minlength=len(rows))
        total = np.rint(sums[:len(rows)]).astype(np.int64)
        col = self._col(tp, a.total)
        plo, phi = col.bounds(a.unit)
        ok = (total >= plo) & (total <= phi)
        self._set(tp, table, a.total, col.from_common(np.clip(total, plo, phi), a.unit), ok, raw, enc)
        self._grand(tp, table, a, rows, raw, enc)

    def _grand(self, tp: TablePlan, table: Table, a: Aggregate, rows: np.ndarray, raw: dict[str, ColumnData],
               enc: dict[str, list[str]]) -> None:
        """The total of a row whose lines add up to its subtotal: the subtotal, plus its tax (a
        rate of it per row), shipping and fees as drawn, less a discount of at most 30% of it."""
        if not a.grand or a.total not in raw:
            return
        sub = self._col(tp, a.total).to_common(self._col(tp, a.total).units(raw[a.total]), a.unit)
        total = sub.copy()
        for name, sign in [(c, 1) for c in a.plus] + [(c, -1) for c in a.minus]:
            col = self._col(tp, name)
            if name not in raw:
                continue
            lo, hi = col.bounds(a.unit)
            if {"tax", "vat"} & set(tokens(name)):
                pick = mix64(rows, digest(self.plan.seed, tp.name, name)) % np.uint64(len(TAX_RATES))
                part = np.floor(sub * TAX_RATES[pick]).astype(np.int64)
            else:
                part = col.to_common(col.units(raw[name]), a.unit)
                part = np.where(raw[name].nulls, 0, part) if raw[name].nulls is not None else part
                if sign < 0:
                    part = np.minimum(part, sub * 3 // 10)
            part = np.clip(part, max(lo, 0), max(hi, 0))
            self._set(tp, table, name, col.from_common(part, a.unit), np.ones(len(rows), dtype=bool), raw, enc)
            total += sign * part
        col = self._col(tp, a.grand)
        lo, hi = col.bounds(a.unit)
        ok = (total >= lo) & (total <= hi)
        self._set(tp, table, a.grand, col.from_common(np.clip(total, lo, hi), a.unit), ok, raw, enc)


def _in_time_order(tp: TablePlan, rank: np.ndarray, parent: np.ndarray, local: np.ndarray,
                   raw: dict[str, ColumnData]) -> np.ndarray:
    """The ranks of a parent's rows in the order of the row's moment (r37: visit 2 after visit 1), where the
    row has one (its timeline's anchor, else its first clocked moment); the ranks a chunk holds of a parent
    are shuffled among themselves only, so a parent split over two chunks keeps distinct places."""
    tl = tp.timeline
    names = ([tl.anchor] if tl is not None and tl.anchor else []) + [c for c, _ in (tl.clocks if tl is not None else ())]
    data = next((raw[c] for c in names if c in raw and raw[c].values.dtype.kind == "M"), None)
    if data is None or not len(rank):
        return rank
    t = data.values.astype("M8[us]").astype(np.int64)
    t = np.where(np.isnat(data.values) | (data.nulls if data.nulls is not None else False), np.iinfo(np.int64).max, t)
    order = np.lexsort((local, t, parent))
    grouped = parent[order]
    starts = np.r_[0, np.flatnonzero(np.diff(grouped)) + 1]
    sizes = np.diff(np.r_[starts, len(order)])
    base = np.repeat(np.minimum.reduceat(rank[order], starts), sizes)
    out = np.empty_like(rank)
    out[order] = base + np.arange(len(order)) - np.repeat(starts, sizes)
    return out
