"""Event stores as streams (the ``Engine``'s part; the plan is ``seedbed.planning.events``).

Rows are laid out per aggregate (``stream_ends``: consecutive rows, 1..``per`` per aggregate,
skewed counts from the seed), so every value of an event is a function of (aggregate, rank):

* the aggregate id: the parent row's key when the column references a table (the FK picks the
  aggregate's row), else a seeded UUID, a number or a code of the aggregate index;
* the version ``rank + 1`` and the type ``types[rank]`` (a lifecycle prefix per aggregate);
* the time: the aggregate's start (after its parent row's anchor time when there is one), then
  gaps of a minute to three days, never after the reference "now";
* the payload: a JSON object shaped by the event type (``*Created`` the amount, ``*Paid`` /
  ``*Captured`` the amount and a method, ``*Shipped`` a carrier and tracking number,
  ``*Cancelled`` a reason) carrying the aggregate's id; the amount is the aggregate row's
  (``'@amount:<column>'``, as the sums of ``seedbed.generate.aggregates`` leave it) or one per
  aggregate, so every event of a stream says the same amount.
"""

from __future__ import annotations

import json

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.lifecycle import MISSING, parent_values
from seedbed.generate.permute import mix64
from seedbed.generate.streams import REFERENCE_NOW, digest
from seedbed.generate.values import ColumnData, encode
from seedbed.model import Table, TypeKind
from seedbed.planning.model import TablePlan

__all__ = ["EventStreams"]

US = 1_000_000
_DAY = 86_400 * US
_NOW = int(REFERENCE_NOW.timestamp()) * US
_PAID = frozenset(("payment", "paid", "captured", "charged", "authorized", "invoiced", "billed", "settled"))
_REFUND = frozenset(("refunded", "refund", "chargeback", "reversed"))
_OPENED = frozenset(("created", "placed", "opened", "submitted", "registered", "started", "initiated", "requested"))
_SHIPPED = frozenset(("shipped", "dispatched", "delivered", "fulfilled", "sent"))
_CANCELLED = frozenset(("cancelled", "canceled", "rejected", "failed", "declined", "voided", "expired", "closed"))
_CARRIERS = ("UPS", "FedEx", "DHL", "USPS")
_METHODS = ("card", "card", "card", "paypal", "bank_transfer")
_REASONS = ("customer_request", "payment_failed", "out_of_stock", "duplicate", "fraud_suspected")
_FIELDS = (["status"], ["name"], ["email", "phone"], ["description"], ["notes"], ["settings"])
#: Events that move money of their own (each its own amount, not the aggregate's total).
_FUNDS = frozenset(("deposited", "withdrawn", "transferred", "credited", "debited", "funded", "topped", "withdrew"))


def _unit(h: np.ndarray) -> np.ndarray:
    return (h >> np.uint64(11)).astype(np.float64) / 2.0**53


class EventStreams:
    """Event stores seeded as streams; mixed into ``seedbed.generate.engine.Engine``."""

    @staticmethod
    def event_keys(tp: TablePlan) -> set:
        ev = tp.events
        if ev is None or ev.fk is None:
            return set()
        fk = next(f for f in tp.fks if f.name == ev.fk)
        return {(fk.parent, ("@amount:" + ev.amount,))} if ev.amount else set()

    def stream_fk(self, tp: TablePlan, fk_name: str) -> bool:
        return tp.events is not None and tp.events.fk == fk_name

    def stream_ends(self, tp: TablePlan) -> np.ndarray:
        """Running totals of events per aggregate."""
        from seedbed.generate.tuples import grouped_ends

        key = (tp.name, "#events")
        if key not in self._cache:
            ev = tp.events
            self._cache[key] = grouped_ends(self.plan.seed, tp.name, "events", ev.aggregates, tp.rows, ev.per,
                                            at_least=1)
        return self._cache[key]

    def _events(self, tp: TablePlan, table: Table, local: np.ndarray, picked: dict[str, np.ndarray],
                raw: dict[str, ColumnData], enc: dict[str, list[str]], only_free: bool) -> None:
        ev = tp.events
        mine = [c for c in (ev.aggregate, ev.version, ev.type_column, ev.payload, ev.time, ev.aggregate_type) if c]
        if only_free:  # a stream's columns follow its layout: a regenerated row keeps them
            for c in mine:
                enc.pop(c, None)
            return
        from seedbed.generate.tuples import parents_of

        ends = self.stream_ends(tp)
        if not len(ends):
            return
        agg, rank = parents_of(ends, local)
        n = len(local)
        key = digest(self.plan.seed, tp.name, "stream")

        def put(column: str | None, values: np.ndarray) -> None:
            if column is None or column in (ev.aggregate if ev.fk else None,):
                return
            data = ColumnData(values=values)
            raw[column] = data
            enc[column] = encode(table.column(column).type, data)

        if ev.fk is None:
            put(ev.aggregate, self._aggregate_ids(tp, table, agg))
        vtype = table.column(ev.version).type
        put(ev.version, (rank + 1).astype(np.float64) if vtype.kind is TypeKind.NUMERIC else rank + 1)
        types = np.array(ev.types, dtype=object)
        kinds = types[np.minimum(rank, len(types) - 1)]
        put(ev.type_column, kinds)
        if ev.aggregate_type:
            put(ev.aggregate_type, np.full(n, ev.kind, dtype=object))
        fk = next((f for f in tp.fks if f.name == ev.fk), None)
        if ev.time:
            start = _NOW - 30 * _DAY - (_unit(mix64(agg, key)) * 700 * _DAY).astype(np.int64)
            if fk is not None and (fk.parent, ("@anchor",)) in self.pools.wanted:
                anchor = parent_values(self.pools.get((fk.parent, ("@anchor",)))[0], self.pool_size(fk), agg, MISSING)
                start = np.where(anchor != MISSING, np.maximum(start, anchor + 60 * US), start)
            t = start.copy()
            for j in range(1, ev.per):
                gap = np.exp(np.log(60.0 * US) + _unit(mix64(agg * 64 + j, key + 1)) * np.log(3 * _DAY / (60.0 * US)))
                t += np.where(rank >= j, gap.astype(np.int64), 0)
            t = np.minimum(t // US * US, _NOW - (ev.per - rank) * US)  # whole seconds, before "now"
            kind = table.column(ev.time).type.kind
            values = t.astype("datetime64[us]")
            put(ev.time, values.astype("datetime64[D]") if kind is TypeKind.DATE else values)
        if ev.payload:
            put(ev.payload, self._payloads(tp, table, agg, rank, kinds, enc, fk))

    def _aggregate_ids(self, tp: TablePlan, table: Table, agg: np.ndarray) -> np.ndarray:
        col = table.column(tp.events.aggregate)
        if col.type.kind is TypeKind.INTEGER:
            return agg + 1
        from seedbed.generate.values import seeded_uuids

        ids = seeded_uuids(digest(self.plan.seed, tp.name, "aggregate"), agg)
        if col.type.kind is TypeKind.UUID or col.type.length is None or col.type.length >= 36:
            return np.array(ids, dtype=object)
        prefix = tp.events.kind.lower()[:4]
        return np.array([f"{prefix}-{a + 1}" for a in agg.tolist()], dtype=object)

    def _stream_amounts(self, tp: TablePlan, agg: np.ndarray, fk) -> np.ndarray:
        """One amount per aggregate: its row's total, or a seeded one (dollars)."""
        ev = tp.events
        key = digest(self.plan.seed, tp.name, "amount")
        z = np.sqrt(-2 * np.log1p(-_unit(mix64(agg, key)))) * np.cos(2 * np.pi * _unit(mix64(agg, key + 1)))
        own = np.round(np.exp(np.log(85.0) + 0.9 * z), 2)
        if fk is None or not ev.amount:
            return own
        micro = parent_values(self.pools.get((fk.parent, ("@amount:" + ev.amount,)))[0], self.pool_size(fk), agg,
                              MISSING)
        return np.where(micro == MISSING, own, micro / 1e6)

    def _payloads(self, tp: TablePlan, table: Table, agg: np.ndarray, rank: np.ndarray, kinds: np.ndarray,
                  enc: dict[str, list[str]], fk) -> np.ndarray:
        ev = tp.events
        id_key = "_".join(tokens(ev.kind) or ("aggregate",)) + "_id"
        ids = enc.get(ev.aggregate) or [str(a) for a in agg.tolist()]
        if table.column(ev.aggregate).type.kind is TypeKind.INTEGER:
            ids = [int(i) if i.lstrip("-").isdigit() else i for i in ids]
        amounts = self._stream_amounts(tp, agg, fk).tolist()
        h = mix64(agg, digest(self.plan.seed, tp.name, "payload")).tolist()
        u = _unit(mix64(agg * 64 + rank, digest(self.plan.seed, tp.name, "moved")))
        moved = np.round(120.0 * np.exp((2 * u - 1) * 1.5), 2).tolist()  # about 27 to 540, log-uniform
        money = ev.amount is not None or any(set(tokens(t)) & _PAID for t in ev.types)
        out = []
        for i, (kind, a) in enumerate(zip(kinds.tolist(), agg.tolist(), strict=True)):
            words = set(tokens(kind))
            body: dict = {id_key: ids[i]}
            if words & _FUNDS:
                body.update(amount=moved[i], currency="USD")
            elif words & (_PAID | _REFUND):
                body.update(amount=amounts[i], currency="USD", payment_method=_METHODS[h[i] % len(_METHODS)])
            elif words & _OPENED:
                if money:
                    body.update(total=amounts[i], currency="USD")
            elif words & _SHIPPED:
                body.update(carrier=_CARRIERS[h[i] % 4], tracking_number=f"1Z{h[i] % 10**12:012d}")
            elif words & _CANCELLED:
                body.update(reason=_REASONS[h[i] % len(_REASONS)])
            else:
                body.update(changed_fields=_FIELDS[(h[i] + int(rank[i])) % len(_FIELDS)])
            body["version"] = int(rank[i]) + 1
            out.append(json.dumps(body, separators=(", ", ": ")))
        return np.array(out, dtype=object)
