"""The foreign-key graph: strongly connected components and a load strategy per cycle.

Postgres checks an immediate FK at the end of each statement, so:

- a self-reference loads inside one COPY (each row points at an earlier row, or itself);
- a cycle with a DEFERRABLE edge loads in any order once ``SET CONSTRAINTS ALL DEFERRED``;
- a cycle with a nullable edge loads that edge as NULL and fills it with one bulk UPDATE;
- a cycle of NOT NULL, non-deferrable edges loads through one writable-CTE statement
  (``WITH a AS (INSERT ...), b AS (INSERT ...) SELECT``) from staging tables;
- a cycle is refused only when even that cannot work (it always can, for FKs alone), so the
  refusals come from elsewhere (a CHECK that forbids the NULL, a missing key for the UPDATE).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from seedbed.errors import UnsatisfiableConstraint
from seedbed.model import ForeignKey, QualifiedName, Schema, Table


class EdgeKind(StrEnum):
    HARD = "hard"  # NOT NULL, not deferrable
    DEFERRABLE = "deferrable"
    NULLABLE = "nullable"


@dataclass(frozen=True, slots=True, kw_only=True)
class Edge:
    child: QualifiedName
    parent: QualifiedName
    fk: ForeignKey
    kind: EdgeKind


class CycleStrategy(StrEnum):
    DEFER = "defer"  # every broken edge is deferrable: load in any order, constraints deferred
    NULL_THEN_UPDATE = "null_then_update"  # nullable back-edges: NULL first, one bulk UPDATE after
    WRITABLE_CTE = "writable_cte"  # NOT NULL cycle: one INSERT statement for the whole component


def fk_nullable(table: Table, fk: ForeignKey) -> bool:
    """Whether a row may leave this FK unset (all its NULL-able columns NULL)."""
    nullable = [table.column(c).nullable for c in fk.columns]
    # MATCH SIMPLE accepts the row when any FK column is NULL; MATCH FULL needs all NULL.
    return all(nullable) if fk.match_full else any(nullable)


def edge_kind(table: Table, fk: ForeignKey) -> EdgeKind:
    """How an FK edge can be broken: deferred, loaded NULL first, or not at all.

    A declared reference has no constraint to check: like a deferred one, its values may be
    filled in before the load in any order (nothing to relax)."""
    if fk.deferrable or fk.declared:
        return EdgeKind.DEFERRABLE
    return EdgeKind.NULLABLE if fk_nullable(table, fk) else EdgeKind.HARD


@dataclass(frozen=True, slots=True, kw_only=True)
class Component:
    """One strongly connected component, its load order and how its cycle is broken."""

    tables: tuple[QualifiedName, ...]  # in load order
    strategy: CycleStrategy | None = None  # None: a single table (self-references need nothing)
    broken: tuple[Edge, ...] = ()  # edges whose values are not known when the child row is loaded

    @property
    def is_cycle(self) -> bool:
        return len(self.tables) > 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Graph:
    nodes: tuple[QualifiedName, ...]
    edges: tuple[Edge, ...]  # child -> parent, self-references included
    components: tuple[Component, ...]  # topological: parents before children

    def parents(self, table: QualifiedName) -> tuple[QualifiedName, ...]:
        return tuple(dict.fromkeys(e.parent for e in self.edges if e.child == table and e.parent != table))

    def children(self, table: QualifiedName) -> tuple[QualifiedName, ...]:
        return tuple(dict.fromkeys(e.child for e in self.edges if e.parent == table and e.child != table))

    @property
    def order(self) -> tuple[QualifiedName, ...]:
        return tuple(t for c in self.components for t in c.tables)

    @property
    def cycles(self) -> tuple[Component, ...]:
        return tuple(c for c in self.components if c.is_cycle)

    def self_references(self) -> tuple[Edge, ...]:
        return tuple(e for e in self.edges if e.child == e.parent)


def tarjan(nodes: list[QualifiedName], succ: dict[QualifiedName, list[QualifiedName]]) -> list[list[QualifiedName]]:
    """Strongly connected components, iteratively (deep FK chains must not hit the recursion limit).

    Returned in reverse topological order of ``succ`` (a component before those pointing at it).
    """
    index: dict[QualifiedName, int] = {}
    low: dict[QualifiedName, int] = {}
    on_stack: set[QualifiedName] = set()
    stack: list[QualifiedName] = []
    out: list[list[QualifiedName]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ[nxt])))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == node:
                        break
                out.append(sorted(comp))
    return out


def _toposort(nodes: list[QualifiedName], edges: Iterable[Edge]) -> list[QualifiedName] | None:
    """Parents first; None when the edges still contain a cycle."""
    deps = {n: set() for n in nodes}
    for e in edges:
        if e.child != e.parent:
            deps[e.child].add(e.parent)
    order: list[QualifiedName] = []
    ready = sorted(n for n in nodes if not deps[n])
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in nodes:
            if n in deps[m]:
                deps[m].discard(n)
                if not deps[m] and m not in order and m not in ready:
                    ready.append(m)
                    ready.sort()
    return order if len(order) == len(nodes) else None


def _component(tables: list[QualifiedName], edges: list[Edge]) -> Component:
    if len(tables) == 1:
        return Component(tables=tuple(tables))
    inner = [e for e in edges if e.child != e.parent]
    hard = [e for e in inner if e.kind is EdgeKind.HARD]
    order = _toposort(tables, hard)
    if order is None:
        # One statement loads every table; the values of edges to tables generated later are
        # filled in once the whole component is generated.
        pos = {t: i for i, t in enumerate(tables)}
        later = tuple(e for e in inner if pos[e.parent] > pos[e.child])
        return Component(tables=tuple(tables), strategy=CycleStrategy.WRITABLE_CTE, broken=later)
    pos = {t: i for i, t in enumerate(order)}
    broken = tuple(e for e in inner if e.kind is not EdgeKind.HARD and pos[e.parent] > pos[e.child])
    strategy = (CycleStrategy.NULL_THEN_UPDATE if any(e.kind is EdgeKind.NULLABLE for e in broken)
                else CycleStrategy.DEFER)
    return Component(tables=tuple(order), strategy=strategy, broken=broken)


def _ordered(nodes: list[QualifiedName], plain: dict[QualifiedName, list[QualifiedName]],
             hints: list[tuple[QualifiedName, QualifiedName]]) -> list[list[QualifiedName]]:
    """Components of the FK graph in an order that keeps the ordering hints it can: a hint that
    closes a cycle of FKs and hints is dropped (every hint inside such a merged component), the
    others are kept (many polymorphic references, a few of them circular, in one schema)."""
    own = {n: i for i, comp in enumerate(tarjan(nodes, plain)) for n in comp}
    for _ in range(16):
        succ = {n: list(v) for n, v in plain.items()}
        for child, parent in hints:
            succ[child].append(parent)
        comps = tarjan(nodes, succ)
        at = {n: i for i, comp in enumerate(comps) for n in comp}
        merged = {i for i, comp in enumerate(comps) if len({own[n] for n in comp}) > 1}
        if not merged:
            return comps
        hints = [(c, p) for c, p in hints if not (at[c] == at[p] and at[c] in merged)]
    return tarjan(nodes, plain)


def build_graph(schema: Schema, tables: Iterable[QualifiedName] | None = None,
                after: Iterable[tuple[QualifiedName, QualifiedName]] = ()) -> Graph:
    """The FK graph restricted to ``tables`` (default: all), components in load order.

    FKs to tables outside the selection are not edges: their parents are existing rows.
    ``after`` holds ``(child, parent)`` pairs that only order the load (a reference without
    an FK constraint: the child picks keys of rows the parent got earlier in the same seed).
    """
    selected = sorted(tables if tables is not None else (t.name for t in schema.tables))
    chosen = set(selected)
    edges: list[Edge] = []
    for name in selected:
        table = schema.table(name)
        for fk in table.foreign_keys:
            if fk.ref_table in chosen:
                edges.append(Edge(child=name, parent=fk.ref_table, fk=fk, kind=edge_kind(table, fk)))
    # Successors point child -> parent, so Tarjan emits parents' components first.
    succ: dict[QualifiedName, list[QualifiedName]] = {n: [] for n in selected}
    for e in edges:
        if e.child != e.parent:
            succ[e.child].append(e.parent)
    plain = {n: list(v) for n, v in succ.items()}
    comps = _ordered(selected, plain, [(c, p) for c, p in after if c in succ and p in succ and c != p])
    components = []
    for comp in comps:
        members = set(comp)
        comp_edges = [e for e in edges if e.child in members and e.parent in members]
        components.append(_component(comp, comp_edges))
    return Graph(nodes=tuple(selected), edges=tuple(edges), components=tuple(components))


def required_parents(schema: Schema, tables: Iterable[QualifiedName],
                     populated: Iterable[QualifiedName] = ()) -> dict[QualifiedName, str]:
    """Tables that must be seeded too because a selected table has a NOT NULL FK to them.

    Returns each pulled-in table with the reason, e.g. ``"orders.user_id -> users"``. A parent
    reached only through nullable FKs is not pulled in (the FK is left NULL), nor one that
    already has rows (``populated``: the FK points at existing rows).
    """
    has_rows = set(populated)
    chosen = set(tables)
    pulled: dict[QualifiedName, str] = {}
    queue = sorted(chosen)
    while queue:
        name = queue.pop(0)
        table = schema.table(name)
        for fk in table.foreign_keys:
            parent = fk.ref_table
            if parent in chosen or not schema.has(parent) or parent in has_rows:
                continue
            if fk_nullable(table, fk):
                continue
            chosen.add(parent)
            pulled[parent] = f"{name}.{','.join(fk.columns)} -> {parent}"
            queue.append(parent)
    return pulled



def without_dependants(schema: Schema, selected: Iterable[QualifiedName], excluded: Iterable[QualifiedName],
                       populated: Iterable[QualifiedName] = ()) -> tuple[list[QualifiedName], list[str]]:
    """``selected`` without the tables that need rows of an excluded table through a NOT NULL FK, directly or
    through parents they would pull in (``--exclude payslips`` leaves out ``deductions``): an excluded table is
    never pulled back in. An excluded table that already has rows (``populated``) keeps its children: they
    point at its rows. Returns the tables kept and a note for each table left out."""
    out = set(excluded) - set(populated)
    keep = list(selected)
    notes: list[str] = []
    while out:
        candidates = keep + [p for p in required_parents(schema, keep, populated) if p not in keep]
        needs = {}
        for name in candidates:
            table = schema.table(name)
            parent = next((fk.ref_table for fk in table.foreign_keys if fk.ref_table in out and fk.ref_table != name
                           and not fk_nullable(table, fk)), None)
            if parent is not None and name not in out:
                needs[name] = parent
        if not needs:
            break
        for name, parent in needs.items():
            out.add(name)
            if name in keep:
                notes.append(f"left out {name}: it needs rows in {parent}, which is excluded")
        keep = [t for t in keep if t not in needs]
    return keep, notes


def refuse_late_keys(schema: Schema, components: Iterable[Component]) -> None:
    """Refuse a cycle whose FK holds its table's own primary key column (``UnsatisfiableConstraint``).

    ``organizations FOREIGN KEY (owner_id, id) REFERENCES users (id, org_id)`` with ``users.org_id REFERENCES
    organizations``: the FK copies ``organizations.id`` from the user it picks, whose ``org_id`` is copied from
    ``organizations.id``: no column of the cycle gives the key a value. Loaded, the key went in NULL (SB310);
    said here, before anything is generated, naming the FK.
    """
    for comp in components:
        if not comp.is_cycle:
            continue
        inside = set(comp.tables)
        for name in comp.tables:
            table = schema.table(name)
            pk = set(table.primary_key.columns) if table.primary_key else set()
            for fk in table.foreign_keys:
                if fk.ref_table not in inside or fk.ref_table == name:
                    continue
                back = {(p, k) for f in schema.table(fk.ref_table).foreign_keys if f.ref_table == name
                        for p, k in zip(f.columns, f.ref_columns, strict=True)}  # parent column <- our column
                if any(k in pk and (p, k) in back for k, p in zip(fk.columns, fk.ref_columns, strict=True)):
                    raise late_key(table, fk)


def late_key(table: Table, fk: ForeignKey) -> UnsatisfiableConstraint:
    """The refusal of :func:`refuse_late_keys` for ``fk`` of ``table``."""
    key = ", ".join(c for c in fk.columns if table.primary_key and c in table.primary_key.columns)
    return UnsatisfiableConstraint(
        f"{table.name}: FK {fk.name} ({', '.join(fk.columns)}) -> {fk.ref_table}({', '.join(fk.ref_columns)}) "
        f"copies {key}, the primary key of {table.name}, from a row of {fk.ref_table}, which takes it back from "
        f"{table.name} through a cycle: nothing gives the key a value, and seedbed does not generate such a cycle",
        subject=f"{table.name}.{fk.name}",
        hint=f"seed {table.name} and {fk.ref_table} apart (--exclude one of them), or drop {fk.name} for the seed "
             f"and re-add it after")
