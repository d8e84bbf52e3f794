"""Plan -> chunks of encoded rows, deterministically.

Every column of every chunk draws from its own keyed stream ``(seed, table, column, chunk)``,
so adding a column or a table changes nothing else, and a chunk can be made alone.

Keys without lookups: a child picks a parent *row index* and copies that row's key from the
parent's key pool (the encoded key columns of the rows generated so far, after any rows that
already existed). Unique keys are unique by construction: sequences (``start + i``), values
that are a function of the row index alone, and distinct tuples via a keyed permutation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import numpy as np

from seedbed.generate import cases as row_cases
from seedbed.generate.aggregates import Aggregates
from seedbed.generate.coherence import Coherence
from seedbed.generate.combos import Combos
from seedbed.generate.diamonds import existing_maps, follow_diamonds
from seedbed.generate.triggerpicks import Sifted, TriggerPicks, avoid_banned
from seedbed.generate.events import EventStreams
from seedbed.generate.grouped import grouped_rows
from seedbed.generate.exclusion import lay_out
from seedbed.generate.intent.legs import leg_gap
from seedbed.generate.mix import mix, provider_intent
from seedbed.generate.orphans import apply_fk_orphans, orphan_values
from seedbed.generate.partial import keep_partials
from seedbed.generate.partners import partner_fks
from seedbed.generate.picks import Picks
from seedbed.generate.polymorphic import Polymorphs
from seedbed.generate.repairs import Repairs
from seedbed.generate.dateparts import fit_parts, fit_rates, part_ties
from seedbed.generate.shaped import fit_shape
from seedbed.generate.pools import NULL, ExistingKeys, KeyPools, PoolKey, cells, pack, ref_key, unpack
from seedbed.generate.intent.languages import reading
from seedbed.generate.streams import digest, stream
from seedbed.generate.usual import apply_usual
from seedbed.generate.values import ColumnData, GenRequest, codes, copy_escape, encode, generate
from seedbed.generate.values.strings import int_strings
from seedbed.model import QualifiedName, Schema, Table
from seedbed.planning.model import ColumnPlan, FkPlan, Gen, Plan, TablePlan
from seedbed.planning.timewords import origin

__all__ = ["CHUNK_ROWS", "Chunk", "Engine", "ExistingKeys", "PoolKey", "ref_key"]

CHUNK_ROWS = 65536


@dataclass(slots=True)
class Chunk:
    """Encoded rows (COPY text per cell) of one table, ``columns`` in write order."""

    table: QualifiedName
    number: int
    start: int  # index of the first new row (0-based, before the existing-row offset)
    columns: dict[str, list[str]]
    pending: dict[str, np.ndarray]  # broken FK name -> parent row index per row (-1 = NULL)
    recorded: frozenset = frozenset()  # key pools this chunk already added itself to
    attrs: dict[str, np.ndarray] = field(default_factory=dict)  # '@anchor' / '@country' for children
    cases: dict[int, np.ndarray] = field(default_factory=dict)  # case group -> case per row

    @property
    def size(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0


def table_salt(seed: int, table: QualifiedName) -> int:
    """The salt of a table's index-derived values (``GenRequest.salt``); the planner's probes use it too."""
    return digest(seed, table.schema, table.name) & 0x7FFFFFFFFFFF

#: Intents whose makers read the row's hard bounds (a CHECK's ``closes_at > opens_at``) and return
#: None when their values would break one; others are drawn only where no bound applies.
_BOUND_AWARE = frozenset({"time.clock"})


def _bound_aware(name: str) -> bool:
    """Whether intent ``name`` honours per-row bounds: ``_BOUND_AWARE``, and every intent of plain
    numbers (``realistic.fit`` keeps them inside a CHECK's order, ``amount_awarded <= amount_requested``)."""
    from seedbed.generate.realistic import GENERATORS

    entry = GENERATORS.get(name)
    return name in _BOUND_AWARE or (entry is not None and entry[1].out == "number")


class Engine(Picks, Combos, Coherence, Aggregates, EventStreams, Polymorphs, Repairs, TriggerPicks):
    """Generates the chunks of each table of a plan, keeping the key pools children need."""

    def __init__(self, schema: Schema, plan: Plan, *, existing_keys: ExistingKeys | None = None,
                 chunk_rows: int = CHUNK_ROWS) -> None:
        self.schema = schema
        self.plan = plan
        self.chunk_rows = chunk_rows
        self._existing_keys = existing_keys
        self._row_key: tuple | None = None
        self._cache: dict[tuple, Any] = {}  # existing unique values; append-mode and grouped positions
        self._redo: dict[tuple, list[tuple[int, np.ndarray]]] = {}  # (table, chunk) -> oracle retries
        self.sifted = Sifted()  # the parents a trigger refused, learned from the oracle's sift
        self._row = None
        self._aggregate_setup()
        self.pools = KeyPools((k for tp in plan.tables.values() for k in self.pool_keys(tp.name)), existing_keys)
        #: parent table -> its country column, for the children that inherit it (``_attrs``)
        self._country_column = {tp.timeline.inherit.parent: tp.timeline.inherit.parent_column
                                for tp in plan.tables.values() if tp.timeline and tp.timeline.inherit}
        #: parent table -> its column that ends its rows' life, for the children that come before it
        self._life_end = {link.parent: link.until for tp in plan.tables.values() if tp.timeline
                          for link in tp.timeline.links if link.until}
        #: parent table -> its FKs whose picks diamond children read (``'@fk:<name>'`` pools)
        self._fk_attrs: dict[QualifiedName, set[str]] = {}
        for tp in plan.tables.values():
            for d in tp.diamonds:
                self._fk_attrs.setdefault(d.parent, set()).update((d.via, *d.choices))
        #: (table, broken cycle FK) -> (partner table, its FK back): a cycle's partner belongs to the row
        self.partners = partner_fks(plan)
        for partner, back in self.partners.values():
            self._fk_attrs.setdefault(partner, set()).add(back)
            self.pools.wanted.add((partner, ("@fk:" + back,)))

    # ----------------------------------------------------------------- key pools
    def pool_size(self, fk: FkPlan) -> int:
        return self.pools.size((fk.parent, fk.ref_columns))

    # -- key pools across processes (seedbed.generate.feed): a worker's engine gets the pools a
    # -- table reads, makes its chunks with make_chunk, and the parent records their key columns.
    def pool_keys(self, name: QualifiedName) -> set[PoolKey]:
        """The key pools the chunks of ``name`` read: its FKs' parents and its ``ref`` columns."""
        tp = self.plan.tables[name]
        keys = {(fk.parent, fk.ref_columns) for fk in tp.fks}  # _pick sizes the pool even with parent_keys
        keys |= {ref_key(cp.spec.params) for cp in tp.columns
                 if cp.spec is not None and cp.spec.provider == "ref" and cp.spec.params.get("keys") is None}
        keys |= self.poly_keys(tp)
        return keys | self._attr_keys(tp)

    @staticmethod
    def _attr_keys(tp: TablePlan) -> set[PoolKey]:
        """The parent attribute pools a table's timeline (anchors, countries) and its diamonds
        (the parent rows B's FK picked) read."""
        keys = {(d.parent, ("@fk:" + v,)) for d in tp.diamonds for v in (d.via, *d.choices)} \
            | Aggregates.aggregate_keys(tp) \
            | EventStreams.event_keys(tp) | {(fk.parent, (fk.state[0],)) for fk in tp.fks if fk.state} \
            | TriggerPicks.trigger_keys(tp)
        tl = tp.timeline
        if not tl:
            return keys
        keys |= {(link.parent, ("@anchor",)) for link in tl.links}
        keys |= {(link.parent, ("@end",)) for link in tl.links if link.until}
        fks = {f.name: f.parent for f in tp.fks}
        keys |= {(fks[fk], ("@set:" + col,)) for _c, fk, col in tl.needs_parent if fk in fks}
        if tl.inherit:
            keys.add((tl.inherit.parent, ("@country",)))
        return keys

    def recorded_columns(self, name: QualifiedName) -> tuple[str, ...]:
        """The columns of ``name`` that some key pool keeps (what ``record`` needs)."""
        return self.pools.columns_of(name)

    def export_pools(self, keys: set[PoolKey]) -> dict[PoolKey, list[np.ndarray]]:
        return self.pools.export(keys)

    def adopt_pools(self, pools: dict[PoolKey, list[np.ndarray]]) -> None:
        self.pools.adopt(pools)

    def record(self, name: QualifiedName, columns: dict[str, list[str]]) -> None:
        """Add rows of ``name`` made elsewhere to the key pools, as ``chunks`` does for its own."""
        self.pools.record(name, columns)

    def preload(self, name: QualifiedName) -> None:
        """Read now every existing row the chunks of ``name`` will consult (``existing_keys``),
        so that they can then be made on another thread while the connection is busy."""
        for key in self.pool_keys(name) | {k for k in self.pools.wanted if k[0] == name}:
            self.pools.get(key)
        tp = self.plan.tables[name]
        if tp.offset:
            for cp in tp.columns:
                if cp.unique and cp.gen is Gen.VALUE:
                    self._existing_values(name, cp.name)
            for i in range(len(tp.combos)):
                self._combo_positions(tp, self.schema.table(name), i)
            for fk in tp.fks:
                if fk.distinct and not fk.self_reference and fk.fanout is None and not fk.broken:
                    self._distinct_positions(tp, fk)
        for d in tp.diamonds:
            if d.parent not in self.plan.tables or self.plan.tables[d.parent].offset:
                existing_maps(self, tp, d)

    def lookup(self, fk: FkPlan, rows: np.ndarray) -> dict[str, list[str]]:
        """The FK columns' encoded values for parent row indexes (-1 gives NULL)."""
        if fk.parent_keys is not None and self._listed_rows(fk) is None:
            pool = [pack(copy_escape([str(k) for k in fk.parent_keys]))]
        else:
            pool = self.pools.get((fk.parent, fk.ref_columns))
        return {col: cells(values, rows) for col, values in zip(fk.columns, pool, strict=True)}

    # ----------------------------------------------------------------- chunks
    def chunks(self, name: QualifiedName) -> Iterator[Chunk]:
        tp = self.plan.tables[name]
        table = self.schema.table(name)
        for number, start in enumerate(range(0, tp.rows, self.chunk_rows)):
            n = min(self.chunk_rows, tp.rows - start)
            chunk = self.make_chunk(tp, table, number, start, n)
            yield chunk
            # Recorded once the caller is done with it: rows the database oracle regenerated
            # (``regenerate``) go into the pools as they were loaded.
            self.pools.record(name, {**chunk.columns, **chunk.attrs}, chunk.recorded)

    def _salt(self, tp: TablePlan) -> int:
        """Mixed into index-derived values so same-named columns of two tables differ."""
        return table_salt(self.plan.seed, tp.name)

    def _rng(self, tp: TablePlan, what: str, number: int, attempt: int = 0) -> np.random.Generator:
        path = (tp.name.schema, tp.name.name, what, number)
        return stream(self.plan.seed, *path, attempt) if attempt else stream(self.plan.seed, *path)

    def make_chunk(self, tp: TablePlan, table: Table, number: int, start: int, n: int,
                   attempt: int = 0, only_free: bool = False) -> Chunk:
        """One chunk; with ``only_free`` just the columns the oracle may regenerate. Names are read as the
        plan read them (r40: in the language the schema is named in)."""
        with reading(getattr(self.plan.place, "language", None)):
            return self._make_chunk(tp, table, number, start, n, attempt, only_free)

    def _make_chunk(self, tp: TablePlan, table: Table, number: int, start: int, n: int,
                    attempt: int, only_free: bool) -> Chunk:
        local = np.arange(start, start + n, dtype=np.int64)  # new-row index
        index = local + tp.offset  # global row index: unique values continue after existing rows
        raw: dict[str, ColumnData] = {}
        enc: dict[str, list[str]] = {}
        pending: dict[str, np.ndarray] = {}
        recorded: frozenset = frozenset()
        plans = {c.name: c for c in tp.columns}
        picked: dict[str, np.ndarray] = {}  # FK name -> parent row index per row
        cases = row_cases.draw(self.plan.seed, tp.name, tp.domains, number, n, attempt)

        # Index-derived keys come out the same in every attempt: a row drawn again (``only_free``) still
        # follows them (ends_on >= starts_on, starts_on part of UNIQUE (frequency, starts_on)).
        for cp in tp.columns:
            if cp.gen is Gen.SEQUENCE:
                raw[cp.name] = ColumnData(values=local + int(cp.start or 1), nulls=None)
                enc[cp.name] = int_strings(raw[cp.name].values)
        for i, combo in enumerate(tp.combos):
            picked.update(self._combo(tp, table, i, local, index, enc, raw))
        if not only_free:
            # Self-references need this chunk's own keys in the pool before picking.
            self_fks = [f for f in tp.fks if f.self_reference]
            if self_fks:
                recorded = self._self_keys(tp, table, number, index, enc, raw)
        for fk in tp.fks:
            if only_free and fk.distinct:
                continue
            cols = [plans[c] for c in fk.columns if c in plans and c not in fk.shared]
            if not cols or cols[0].gen is not Gen.FK:
                continue
            if fk.shared:  # a parent of the row's group (the table it combines with: one of its restaurant's)
                if fk.self_reference and not only_free:  # the group's keys are known now
                    recorded |= self._self_keys(tp, table, number, index, enc, raw, skip=recorded)
                picked[fk.name] = rows = grouped_rows(self, tp, fk, local, enc, picked, number, attempt)
                enc.update({c: v for c, v in self.lookup(fk, rows).items() if c not in fk.shared})
                continue
            rows = self._pick(tp, fk, local, number, attempt)
            if cases:
                rows = row_cases.case_rows(self, tp, fk, rows, cases, local, number, attempt)
            rows = self._apart(tp, fk, rows, picked)  # a couple's two dancers are two people (r46)
            if attempt and self.sifted.refused:  # parents a trigger never accepted (the oracle's retries)
                rows = avoid_banned(self, tp, fk, rows, number, attempt)
            picked[fk.name] = rows
            if fk.broken:
                pending[fk.name] = rows
                for c in fk.columns:
                    enc[c] = [NULL] * n
            else:
                enc.update(self.lookup(fk, rows))
        if tp.diamonds:
            follow_diamonds(self, tp, picked, enc, only_free, index)
        for fk in tp.fks:  # declared references asked to point nowhere for an exact share of rows
            if fk.orphans and fk.name in picked and not fk.broken:
                apply_fk_orphans(self, tp, fk, local, index, enc)
        tl = tp.timeline
        if tl and tl.inherit and tl.inherit.fk in picked:
            country = self._parent_attr(tp, tl.inherit.fk, "@country", picked[tl.inherit.fk], -1)
            self._row_context(tp, number, index, attempt).inherit_country(country)
        if tl and tl.product and tl.product.fk in picked:
            self._row_context(tp, number, index, attempt).inherit_product(tl.product.parent, picked[tl.product.fk])
        if tl and any(d.op.startswith("cumulative:") or d.op == "running" for d in tl.derived):
            raw.update(self._things(tp, index, picked))
        floors = self._floors(tp, picked) if tl and tl.links else None
        value_order = self._value_order(tp)
        leads = row_cases.leading_columns(tp.domains, [c.name for c in value_order],
                                          {c for f in tp.fks for c in f.columns}) if cases else {}
        for cp in value_order:
            if cp.name in enc:
                continue
            if cp.gen is Gen.NULL:
                enc[cp.name] = [NULL] * n
            elif cp.gen is Gen.VALUE:  # a UNIQUE one too: the oracle may redraw it (``Repairs.regenerate``)
                data = row_cases.cased_value(self, tp, table, cp, index, raw, number, attempt,
                                             {} if cp.name in leads else cases)
                if not cp.unique and not cases and (origin(cp.name) or tl is not None and cp.name == tl.anchor):
                    data = self._parents_first(tp, table, cp, index, raw, data, picked, start)  # a foal after its dam
                if tl is not None and not cp.unique:  # an anchor alone matters too (self-references)
                    data = self._settle(tp, table, cp, index, raw, data, floors, number, attempt)
                    data = self._with_parent(tp, table, cp, index, raw, data, picked)
                    data = self._derive(tp, table, cp, index, raw, data)
                    if cp.name == tl.anchor:
                        data = self._after_parents(tp, table, cp, index, raw, data, picked, start, number, attempt)
                        data = self._in_ordinal_order(tp, data, picked, raw)
                        data = self._derive(tp, table, cp, index, raw, data, "code_year:")  # a CHECK before time flow
                    if cases:  # a row's case (a CHECK) over a status gate: NULL or set as the case says
                        data = row_cases.keep_cased_nulls(tp.domains, cp.name, cases, data)
                elif tl is not None:  # a UNIQUE column follows a sibling only distinctly (numbered slugs)
                    data = self._derive(tp, table, cp, index, raw, data)
                data = fit_shape(table, cp.name, data, index, unique=cp.unique)  # a document's keys, a network
                data = fit_parts(table, cp.name, data, raw, tp.domains, enc)  # the first of a month, a Friday
                data = fit_rates(table, cp.name, data, raw)  # a distance the trip's hours allow
                cells = encode(table.column(cp.name).type, data)
                if cp.unique and tp.offset:
                    data, cells = self._avoid_existing(tp, table, cp, index, raw, number, data, cells)
                raw[cp.name] = data
                enc[cp.name] = cells
                if cp.name in leads:  # the rows' cases follow the value just drawn
                    data = row_cases.lead_cases(self, tp, table, cp, index, raw, number, attempt, cases, leads[cp.name],
                                                data)
                    raw[cp.name], enc[cp.name] = data, encode(table.column(cp.name).type, data)
                    row_cases.recase_fks(self, tp, leads[cp.name], cases, picked, enc, local, number, attempt)
        if tp.trigger_rules:  # parents a trigger's read condition accepts
            self.keep_trigger_rules(tp, local, picked, enc, number, attempt, only_free, index)
        if tp.events is not None:
            self._events(tp, table, local, picked, raw, enc, only_free)
        if tp.polymorphic:
            self._polymorphic(tp, table, number, local, raw, enc, only_free, attempt)
        amounts = self._aggregate(tp, table, local, picked, raw, enc, only_free) if tp.aggregates \
            or tp.name in self._amounts or tp.name in self._counts else {}
        self._keep_keys(tp, table, number, index, enc, raw, attempt)
        if tp.trigger_rules and tp.exclusions:  # the layout moved values the conditions read (a stay's dates)
            self.keep_trigger_rules(tp, local, picked, enc, number, attempt, only_free, index, settled=True)
        order = [c.name for c in tp.columns if c.name in enc]
        return Chunk(table=tp.name, number=number, start=start, columns={c: enc[c] for c in order},
                     pending=pending, recorded=recorded,
                     attrs={**self._attrs(tp, raw, enc, picked, only_free), **amounts}, cases=cases)

    def _keep_keys(self, tp: TablePlan, table: Table, number: int, index: np.ndarray, enc: dict[str, list[str]],
                   raw: dict[str, ColumnData] | None, attempt: int) -> None:
        """Partial unique indexes and exclusion constraints, kept on the chunk's finished cells."""
        if tp.partials:
            keep_partials(self, tp, table, number, index, enc, raw, attempt)
        if tp.exclusions:
            lay_out(self, tp, table, number, index, enc, raw, attempt)

    def redone(self, name: QualifiedName, number: int) -> list[tuple[int, np.ndarray]]:
        """(attempt, rows) the oracle asked to make again in a chunk, in order."""
        return self._redo.get((name, number), [])

    def _value_order(self, tp: TablePlan) -> list[ColumnPlan]:
        """Columns in table order, except that a ColumnOrder's left side follows its right side."""
        names = {cp.name for cp in tp.columns}
        deps: dict[str, set[str]] = tp.timeline.depends() if tp.timeline else {}
        case_orders = [o for g in (tp.domains.groups if tp.domains else ()) for c in g.cases for o in c.orders]
        for o in [*(tp.domains.orders if tp.domains else ()), *case_orders]:
            deps.setdefault(o.left, set()).add(o.right)
        for col, tied in part_ties(self.schema.table(tp.name)).items():  # a date after the day its row says
            deps.setdefault(col, set()).update(tied)
        done: list[ColumnPlan] = []
        placed: set[str] = set()
        remaining = list(tp.columns)
        while remaining:
            ready = [cp for cp in remaining if not ((deps.get(cp.name, set()) & names) - placed - {cp.name})]
            for cp in ready or remaining[:1]:  # a cycle of orders: take the next column as it is
                done.append(cp)
                placed.add(cp.name)
                remaining.remove(cp)
        return done

    def _request(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                 raw: dict[str, ColumnData], domain=None, orders: tuple = ()) -> GenRequest:
        """What to generate for a column of a chunk: its domain and the row's hard column orders."""
        from seedbed.model import ColumnDomain

        dom = domain if domain is not None else tp.domains.column(cp.name) if tp.domains else None
        low = high = gap = None
        low_inc = high_inc = True
        for o in (*(tp.domains.orders if tp.domains else ()), *orders):
            if o.left != cp.name or o.right not in raw:
                continue
            # Several bounds on one side (a show starts after its doors open and at most 14 hours
            # before it ends): the tightest per row.
            if o.op in (">=", ">"):
                bound = row_cases.shift(raw[o.right], o.offset)
                low, low_inc = (_tighter(low, bound, np.maximum), low_inc and o.op == ">=") if low is not None \
                    and _tighter(low, bound, np.maximum) is not None else (bound, o.op == ">=")
                gap = leg_gap(cp.name, o.right)
            elif o.op in ("<=", "<"):
                bound = row_cases.shift(raw[o.right], o.offset)
                high, high_inc = (_tighter(high, bound, np.minimum), high_inc and o.op == "<=") \
                    if high is not None and _tighter(high, bound, np.minimum) is not None else (bound, o.op == "<=")
        rows, salt, ks = tp.rows + tp.offset, self._salt(tp), cp.key_space
        if ks is not None:  # an index space shared with other tables (``KeySpace``)
            index, rows, salt = index - tp.offset + ks.offset, ks.total, table_salt(self.plan.seed, ks.owner)
        return GenRequest(column=table.column(cp.name), domain=dom or ColumnDomain(), index=index,
                          unique=cp.unique, null_rate=cp.null_rate, low=low, low_inclusive=low_inc,
                          high=high, high_inclusive=high_inc, table_rows=rows, salt=salt, gap=gap)

    def _value(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
               raw: dict[str, ColumnData], number: int, attempt: int, *, domain=None, orders: tuple = (),
               plain: bool = False, tag: str = "") -> ColumnData:
        """A column's values, then the orders that copy (``x = y``) and the array item counts."""
        req = self._request(tp, table, cp, index, raw, domain, orders)
        rng = self._rng(tp, cp.name + tag, number, attempt if not cp.unique else 0)
        data = generate(req, rng) if plain else self._draw(tp, cp, req, rng, number, index, attempt)
        if cp.usual is not None and not plain:  # a constant DEFAULT is what most rows hold
            usual_rng = self._rng(tp, cp.name + tag + ":usual", number, attempt)
            data = ColumnData(values=apply_usual(data.values, cp.usual, req.column.type, usual_rng,
                                                 closed=req.domain.allowed is not None,
                                                 low=_inclusive(req.domain.low, -1), high=_inclusive(req.domain.high, 1),
                                                 ranged=not (req.domain.alternatives or req.domain.excluded)),
                              nulls=data.nulls)
        for o in (*(tp.domains.orders if tp.domains else ()), *orders):
            if o.op == "=" and o.left == cp.name and o.right in raw:
                data = row_cases.copy_equal(data, raw[o.right], o.offset)
        if req.column.type.is_array and (req.domain.min_items is not None or req.domain.max_items is not None):
            data = row_cases.fit_items(data, req, rng)
        return data

    def _draw(self, tp: TablePlan, cp: ColumnPlan, req: GenRequest, rng: np.random.Generator, number: int,
              index: np.ndarray, attempt: int) -> ColumnData:
        low, high = req.low, req.high
        spec = cp.spec
        if spec is not None and spec.weights:
            return mix(req, spec.weights, rng)
        if spec is not None and spec.provider == "ref":
            return self._ref(req, spec.params, rng, unique=cp.unique)
        if spec is not None and spec.provider and spec.provider.startswith("faker."):
            from seedbed.generate.fakerprov import faker_values

            return faker_values(spec.provider[6:], spec.params, req, rng,
                                locale=self.plan.locale or (self.plan.place.locale if self.plan.place else None))
        if cp.provider == codes.PROVIDER:
            return codes.letter_codes(req)
        if cp.provider == codes.ALNUM_PROVIDER:
            return codes.alnum_codes(req)
        intent = cp.intent
        if spec is not None and spec.provider:
            intent = provider_intent(spec.provider, spec.params)
        if intent is not None and (low is None and high is None or _bound_aware(intent.name)):
            from seedbed.generate.realistic import generate_intent

            data = generate_intent(intent, req, rng, self._row_context(tp, number, index, attempt))
            if data is not None and not (cp.unique and _repeats(req.column, data)):
                return data
        return generate(req, rng)

    def _ref(self, req: GenRequest, params: dict, rng: np.random.Generator, *, unique: bool = False) -> ColumnData:
        """A reference without an FK constraint: keys of another table's rows (existing and
        seeded earlier), or given ``keys``; ``orphan_rate`` of them point at no row at all. A
        UNIQUE reference (one payment per order) takes each key once: row ``i`` gets the ``i``-th
        key of a permutation fixed by the table's salt, so chunks never repeat one another."""
        if params.get("keys") is not None:
            pool = np.array([str(k) for k in params["keys"]], dtype=object)
        else:
            pool = unpack(self.pools.get(ref_key(params))[0])
        n = req.n
        if unique and len(pool):
            order = np.random.default_rng(req.salt).permutation(len(pool))
            values = pool[order[np.asarray(req.index) % len(pool)]]
        else:
            values = pool[rng.integers(0, len(pool), size=n)] if len(pool) else np.full(n, "", dtype=object)
        orphan = rng.random(n) < float(params.get("orphan_rate", 0.0))
        if not len(pool):
            orphan[:] = True
        missing = orphan_values(req.column, pool, req.index[orphan], req.salt)
        if req.column.type.kind == "integer":
            ints = np.array([int(v) if v else 0 for v in values.tolist()], dtype=np.int64)
            ints[orphan] = missing
            return ColumnData(values=ints)
        values[orphan] = missing
        return ColumnData(values=values.astype(object))

    def _avoid_existing(self, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                        raw: dict[str, ColumnData], number: int, data: ColumnData,
                        cells: list[str]) -> tuple[ColumnData, list[str]]:
        """Append mode: a unique value that already exists in the table is remade from an
        index past every row index of this table (those map to values one-to-one and outside
        the scrambled span, so distinct from everything else this run makes)."""
        existing = self._existing_values(tp.name, cp.name)
        clash = np.array([c in existing for c in cells], dtype=bool) if existing else None
        shift = max(tp.offset + tp.rows, 1000)  # at least the unique generators' scrambling window
        for attempt in range(1, 4):
            if clash is None or not clash.any():
                break
            rows = np.flatnonzero(clash)
            fresh = self._value(tp, table, cp, index[rows] + attempt * shift, {k: v.take(rows) for k, v in raw.items()},
                                number, 0)
            fresh_cells = encode(table.column(cp.name).type, fresh)
            values = data.values.copy()
            values[rows] = fresh.values
            data = ColumnData(values=values, nulls=data.nulls)
            for r, c in zip(rows.tolist(), fresh_cells, strict=True):
                cells[r] = c
            clash[rows] = [c in existing for c in fresh_cells]
        return data, cells

    def _existing_values(self, table: QualifiedName, column: str) -> set[str]:
        if self._existing_keys is None:
            return set()
        key = (table, (column,))
        if key not in self._cache:
            found = self._existing_keys(table, (column,))
            self._cache[key] = set(found[0].tolist()) if found else set()
        return self._cache[key]

    def _row_context(self, tp: TablePlan, number: int, index: np.ndarray, attempt: int = 0):
        """What the columns of one row share (a person, a sentiment): one per chunk (and attempt)."""
        from seedbed.generate.realistic import RowContext, region_width

        key = (tp.name, number, len(index), attempt)
        if self._row_key != key:
            self._row_key = key
            self._row = RowContext(self.plan.seed, tp.name, number, index, self.plan.domain_pack,
                                   locale=self.plan.locale, theme=self.plan.theme,
                                   region_width=region_width(tp.columns, self.schema.table(tp.name)),
                                   place=self.plan.place)
        return self._row


    def _self_keys(self, tp: TablePlan, table: Table, number: int, index: np.ndarray,
                   enc: dict[str, list[str]], raw: dict[str, ColumnData], skip: frozenset = frozenset()) -> frozenset:
        """Generate the key columns self-FKs point at and add this chunk's keys to the pool (but ``skip``'s)."""
        recorded = set(skip)
        for fk in tp.fks:
            if not fk.self_reference:
                continue
            for c in fk.ref_columns:
                if c in enc:
                    continue
                cp = tp.column(c)
                if cp.gen is Gen.VALUE:
                    raw[c] = self._value(tp, table, cp, index, raw, number, 0)
                    enc[c] = encode(table.column(c).type, raw[c])
            key = (tp.name, fk.ref_columns)
            if key in self.pools.wanted and key not in recorded and all(c in enc for c in fk.ref_columns):
                self.pools.append(key, [enc[c] for c in fk.ref_columns])
                recorded.add(key)
        return frozenset(recorded)


def _repeats(column, data: ColumnData) -> bool:
    """Whether a unique column's chunk repeats a value (the last guard behind the planner's
    probe, ``seedbed.planning.unique``): the typed generator, unique by construction, then runs."""
    if data.values.dtype != object or not len(data.values):
        return False
    from seedbed.planning.unique import comparable

    values = [v for v in data.values.tolist() if isinstance(v, str)]
    return len(set(comparable(column, values))) < len(values)


def _inclusive(bound: Any, side: int) -> float | int | None:
    """A CHECK's numeric bound as an inclusive one (``side`` 1 for an upper bound, -1 for a lower): an integer
    one past an exclusive bound, a decimal the next float inside it; None when it is not a number."""
    value = None if bound is None else bound.value
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    if bound.inclusive:
        return value if isinstance(value, int) else float(value)
    if isinstance(value, int):
        return value - side
    return float(np.nextafter(float(value), -side * np.inf))


def _tighter(a: ColumnData, b: ColumnData, pick) -> ColumnData | None:
    """Two row-wise bounds as one (``np.maximum`` of lows, ``np.minimum`` of highs), or None when
    they cannot be combined (NULLs, different dtypes): then the later one is used alone."""
    if a.nulls is not None or b.nulls is not None or a.values.dtype != b.values.dtype \
            or a.values.dtype == object or len(a.values) != len(b.values):
        return None
    return ColumnData(values=pick(a.values, b.values))
