"""The plan is data: printable (``seedbed plan``), serialisable, testable without a database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Any

from seedbed.model import ColumnOrder, QualifiedName, TableDomains
from seedbed.planning.graph import Component, Graph


class Gen(StrEnum):
    """How one column's values are made."""

    SKIP = "skip"  # generated column, or left to its DEFAULT
    SEQUENCE = "sequence"  # start + row index (identity, serial, integer keys)
    FK = "fk"  # a parent row's key, picked per row
    COMBO = "combo"  # part of a UNIQUE key made of FKs and small domains: distinct tuples
    VALUE = "value"  # a typed value from the column's domain
    NULL = "null"  # always NULL (a type seedbed cannot produce, on a nullable column)


@dataclass(frozen=True, slots=True, kw_only=True)
class TableState:
    """What the target database already holds for a table (append mode)."""

    rows: int = 0
    max_values: dict[str, int] = field(default_factory=dict)  # integer key columns: current max


@dataclass(frozen=True, slots=True, kw_only=True)
class KeySpace:
    """One index space for a key spread over several tables (an inheritance tree keyed by text or
    UUIDs): this table's new rows take indexes ``offset + i`` of ``total``, and their values are
    made as ``owner``'s would be, so index-derived unique values never meet across the tables."""

    owner: QualifiedName
    offset: int
    total: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnPlan:
    name: str
    gen: Gen
    reason: str  # why this generator: shown by ``seedbed plan``
    provider: str = ""  # the value generator's name, e.g. 'integer', 'text.pattern'
    unique: bool = False
    null_rate: float = 0.0
    fk: str | None = None  # FK constraint name for Gen.FK / Gen.COMBO parts
    start: int | None = None  # Gen.SEQUENCE: first value
    order: ColumnOrder | None = None  # generated relative to another column of the row
    combo: int | None = None  # Gen.COMBO: which ComboPlan of the table
    intent: Any = None  # seedbed.generate.intent.Intent: what the column means
    spec: Any = None  # seedbed.planning.options.ColumnSpec: what the user asked of it
    key_space: KeySpace | None = None  # row indexes shared with other tables (an inheritance tree's key)
    usual: str | None = None  # a constant DEFAULT most rows hold (``seedbed.generate.usual``)


@dataclass(frozen=True, slots=True, kw_only=True)
class ComboPart:
    """One digit of a distinct tuple: an FK (a parent row) or a column (its n-th distinct value)."""

    fk: str | None = None
    column: str | None = None
    radix: int = 0
    ordinal: bool = False  # a column counting the row's place within its parent: 1, 2, ... (planning.ordinals)
    step: int = 1  # an ordinal's step: 10, 20, 30 for a routing's operations


@dataclass(frozen=True, slots=True, kw_only=True)
class ComboPlan:
    key: str  # the UNIQUE key it satisfies
    parts: tuple[ComboPart, ...]
    space: int  # number of distinct tuples


@dataclass(frozen=True, slots=True, kw_only=True)
class PartialPlan:
    """A partial unique index kept by row: rows outside its predicate are free, rows inside it
    get distinct keys (``seedbed.generate.partial``).

    ``predicate`` is the index predicate as one conjunction of per-column domains; a row is
    covered unless one of them is false for it. A covered row takes the key at its position
    (a keyed permutation of the row index, the same for every partial index of the table) of
    the mixed-radix space ``parts`` span (first part fastest), when the position is below
    ``space``; a covered row past it is made uncovered through ``steer`` (the predicate's
    conjunct whose column can be changed to make it false).
    """

    key: str
    columns: tuple[str, ...]
    predicate: tuple[tuple[str, Any], ...]  # (column, ColumnDomain)
    parts: tuple[ComboPart, ...]
    space: int
    steer: int | None  # index into ``predicate``; None when no column can make it false


@dataclass(frozen=True, slots=True, kw_only=True)
class ExclusionPlan:
    """Ranges laid out without overlap per key value (``seedbed.generate.exclusion``).

    The range is a range column (``during``) or a period of two scalar columns
    (``lower``, ``upper``: ``daterange(valid_from, valid_to)``, or the same constant added to
    both: ``tsrange(d + opens_at, d + closes_at)``), or a start and a length column (``lower``,
    ``length``: ``int4range(position_u, position_u + height_u)``), or a ``network`` (an inet / cidr
    column compared with ``&&``: one /24 per row of a key, never overlapping). Rows whose ``keys`` cells are
    equal share one timeline of disjoint slots; ``keys`` empty means the whole table. Rows outside
    ``predicate`` (the constraint's WHERE, read as in partial unique indexes) are left as made.
    """

    names: tuple[str, ...]  # the exclusion constraints it keeps
    keys: tuple[str, ...]
    column: str | None = None
    lower: str | None = None
    upper: str | None = None
    length: str | None = None
    upper_inclusive: bool = False
    predicate: str | None = None
    network: str | None = None  # an inet / cidr column WITH && (inet_ops): disjoint /24 networks
    fixed: str | None = None  # a constant length after ``lower`` (``tsrange(t, t + interval '3 hours')``), SQL text


@dataclass(frozen=True, slots=True, kw_only=True)
class FkPlan:
    """How a table's FK picks parents."""

    name: str
    columns: tuple[str, ...]
    parent: QualifiedName
    ref_columns: tuple[str, ...]
    parent_rows: int  # rows the parent will hold after the seed (existing + new)
    self_reference: bool = False
    broken: bool = False  # parent loaded later: value filled after (deferred / UPDATE / CTE)
    null_rate: float = 0.0
    distinct: bool = False  # a 1:1 FK (its columns are UNIQUE): each parent at most once
    fanout: tuple[int, int] | None = None  # children per parent, when asked
    parent_keys: tuple[str, ...] | None = None  # existing parent keys to pick from, when asked
    parents: int | None = None  # spread over this many parents, when asked
    orphans: float = 0.0  # a declared reference: this exact share of rows points at no parent row
    state: tuple[str, str] | None = None  # (parent column, label): picks parents in that state (planning.states)
    #: columns another FK of the row fills: the parent row is one whose referenced columns agree with them
    #: (``seedbed.generate.grouped``), and only the other columns are written
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerRule:
    """A trigger raises when ``raise_when`` (SQL over ``new.<column>`` and ``p.<column>``, the row
    FK ``fk`` points at) is true: the FK picks parent rows for which it is not (``generate.triggerpicks``)."""

    fk: str  # an FK of the row, or ``@<parent>(<columns>)``: a lookup by columns no FK of the row holds alone
    trigger: str
    raise_when: str
    parent_columns: tuple[str, ...] = ()  # the parent's columns it reads (their pools are kept)
    #: a lookup by a parent key no FK of the row is (a post's site through its author's site_id): the parent
    #: row is fixed by the row's columns, only the row's values can be redrawn to agree with it
    parent: QualifiedName | None = None
    key: tuple[tuple[str, str], ...] = ()  # (parent column, row column)


@dataclass(frozen=True, slots=True, kw_only=True)
class Diamond:
    """A row that references A directly and through B takes its A through B (DESIGN.md
    principle 9): FK ``fk`` copies the A row that the B row picked by ``through`` points at
    with B's FK ``via``. The engine reads it from B's ``'@fk:<via>'`` attribute pool."""

    fk: str  # the child's FK to A, filled through B
    through: str  # the child's FK to B
    parent: QualifiedName  # B
    via: str  # B's FK to A (same referenced columns as ``fk``)
    via_columns: tuple[str, ...] = ()  # its columns in B
    #: B references A more than once (a match's two users): per row, one of these FKs of B (``via``
    #: first); two child FKs to A (a message's sender and recipient) take different ones (``flip``).
    choices: tuple[str, ...] = ()
    flip: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Aggregate:
    """A child's amount columns follow its parent row's amount (``seedbed.planning.aggregates``).

    ``kind``: ``'sum'`` (the lines of a parent add up to its ``total``: ``quantity *
    unit_price``, or ``amount``), ``'copy'`` (``amount`` is the parent's ``total``), ``'cap'``
    (``amount`` is at most the parent's ``total``), ``'count'`` (the parent's ``total`` is the number
    of its child rows), ``'one'`` (the child's ``own`` flag is true on one row per parent: its primary
    address, its current version), ``'rank'`` (the child's ``own`` number is its place among its
    parent's rows: a version number, a sort order). Values are split and compared in integer
    multiples of ``unit`` (natural value: 0.01 for cents), the coarsest scale involved. A sum
    with ``follow`` adds up lines priced by their product (the total follows the lines); one
    without splits the parent's total among its lines.
    """

    kind: str
    fk: str  # the child's FK to the parent
    parent: QualifiedName
    total: str  # the parent's column
    amount: str | None = None  # the child's amount (a line's total)
    quantity: str | None = None
    unit_price: str | None = None
    unit: Fraction = Fraction(1, 100)
    follow: str | None = None  # a sum whose lines cost what their product costs: the FK to it
    grand: str | None = None  # a sum into a subtotal: the parent's total = subtotal + plus - minus
    plus: tuple[str, ...] = ()  # tax (a rate of the subtotal), shipping, fees
    minus: tuple[str, ...] = ()  # discounts (at most 30% of the subtotal)
    own: str | None = None  # the child's own column ('total' unused): kind 'one' a flag true on one row
    # per parent, kind 'rank' the row's place among its parent's rows (1, 2, 3 ...; 10, 20 ... by ``step``)
    latest: bool = False  # kind 'one': on the parent's last child (current, latest), else its first
    step: int = 1  # kind 'rank': the step between places


@dataclass(frozen=True, slots=True, kw_only=True)
class EventStream:
    """An event store seeded as streams (``seedbed.planning.events``): ``aggregates`` aggregates
    of 1..``per`` events, ``version`` 1, 2, ... per aggregate, ``time`` increasing, ``types`` in
    lifecycle order (event ``i`` of an aggregate has type ``types[i]``)."""

    aggregate: str  # the aggregate's id column
    fk: str | None  # its FK when the aggregate is a row of another table
    version: str
    type_column: str | None
    types: tuple[str, ...]
    payload: str | None
    time: str | None
    aggregate_type: str | None  # a column naming the aggregate's kind
    kind: str  # 'Order'
    aggregates: int
    per: int
    amount: str | None = None  # the aggregate row's amount column, carried by payloads


@dataclass(frozen=True, slots=True, kw_only=True)
class PolyRef:
    """A polymorphic reference (``seedbed.planning.polymorphic``): each row's ``type_column``
    holds one of the ``targets``' type values and its ``id_column`` a key of that table."""

    type_column: str
    id_column: str
    targets: tuple[tuple[str, QualifiedName, str], ...]  # (type value, table, its key column)


@dataclass(frozen=True, slots=True, kw_only=True)
class TablePlan:
    name: QualifiedName
    rows: int
    rows_reason: str
    offset: int = 0  # existing rows: generated row indexes start here (append mode)
    columns: tuple[ColumnPlan, ...] = ()
    fks: tuple[FkPlan, ...] = ()
    combos: tuple[ComboPlan, ...] = ()
    partials: tuple[PartialPlan, ...] = ()  # partial unique indexes kept row by row
    exclusions: tuple[ExclusionPlan, ...] = ()
    domains: TableDomains | None = None
    pulled_in: str | None = None  # why the table was added to the selection
    timeline: Any = None  # seedbed.planning.timeline.Timeline: soft time orders, status gates, inherited country
    diamonds: tuple[Diamond, ...] = ()  # FKs whose parent follows another FK's parent row
    aggregates: tuple[Aggregate, ...] = ()  # amounts that follow the parent row's (sums, copies, caps)
    events: EventStream | None = None  # an event store: rows are streams of events per aggregate
    polymorphic: tuple[PolyRef, ...] = ()  # type + id pairs pointing into the table the type names
    trigger_rules: tuple[TriggerRule, ...] = ()  # trigger conditions on the parent row, read (``planning.triggers``)

    def column(self, name: str) -> ColumnPlan:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def written_columns(self) -> tuple[ColumnPlan, ...]:
        return tuple(c for c in self.columns if c.gen is not Gen.SKIP)


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    seed: int
    graph: Graph
    tables: dict[QualifiedName, TablePlan]  # in load order
    notes: tuple[str, ...] = ()  # caps, pulled-in parents, decisions a user should see
    truncate: bool = False
    domain_pack: str = "generic"  # vocabulary for realistic values (ecommerce, saas, ...)
    domain_reason: str = ""  # which pack and trade lead the schema, from which words (``--explain``)
    locale: str | None = None
    #: where the rows live (``seedbed.generate.realistic.where.Place``): one country and metro area, or many
    place: Any = None
    theme: tuple[str, ...] = ()  # product categories of the e-commerce vocabulary ('electronics'); () = all

    @property
    def components(self) -> tuple[Component, ...]:
        return self.graph.components

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables.values())

    def to_dict(self, cycles_how: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The JSON form of ``seedbed plan --output json``; ``cycles_how`` (an engine's
        ``describe()["cycles"]``) adds to each cycle what that engine does for its strategy."""
        comps = []
        for c in self.components:
            if c.is_cycle or any(e.child == e.parent for e in self.graph.edges if e.child in c.tables):
                strategy = str(c.strategy) if c.strategy else "self_reference"
                comps.append({
                    "tables": [str(t) for t in c.tables],
                    "strategy": strategy,
                    **({"how": cycles_how[strategy]} if cycles_how and strategy in cycles_how else {}),
                    "broken_edges": [f"{e.child}.{','.join(e.fk.columns)} -> {e.parent} ({e.kind})"
                                     for e in c.broken],
                })
        return {
            "seed": self.seed,
            "domain_pack": self.domain_pack,
            **({"theme": list(self.theme)} if self.theme else {}),
            **({"place": {"country": self.place.country, "city": self.place.city, "reason": self.place.reason}}
               if self.place is not None else {}),
            "total_rows": self.total_rows,
            "order": [str(t) for t in self.tables],
            "cycles": comps,
            "notes": list(self.notes),
            "tables": {
                str(name): {
                    "rows": tp.rows,
                    "rows_reason": tp.rows_reason,
                    "existing_rows": tp.offset,
                    "pulled_in": tp.pulled_in,
                    "columns": {
                        c.name: {k: v for k, v in {
                            "generator": str(c.gen), "provider": c.provider or None, "reason": c.reason,
                            "unique": c.unique or None, "null_rate": c.null_rate or None, "fk": c.fk,
                            "start": c.start}.items() if v is not None}
                        for c in tp.columns
                    },
                    "residual_checks": [ch.name for ch in tp.domains.residual] if tp.domains else [],
                    "row_cases": [{"checks": list(g.checks), "cases": len(g.cases)}
                                  for g in (tp.domains.groups if tp.domains else ())],
                }
                for name, tp in self.tables.items()
            },
        }
