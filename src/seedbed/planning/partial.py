"""Partial unique indexes: unique only where their predicate holds (issue 16, class 3).

``CREATE UNIQUE INDEX ... (user_id) WHERE is_primary`` caps nothing it does not cover: treated as
a plain unique key it would cap the table at one row per user (or at 2 rows for
``(flag) WHERE flag``). When a plain unique key would cap the table, or could not be made
unique by construction at all, the index is kept row by row instead (:class:`PartialPlan`,
applied by ``seedbed.generate.partial``):

* the predicate is read with the CHECK machinery (``seedbed.solve.predicates``) into one
  conjunction of per-column domains (``flag``, ``kind = 'primary'``, ``deleted_at IS NULL``,
  ``x IS NOT NULL``, ``x <> c``, ``x IN (...)``, and ANDs of these);
* covered rows take distinct keys by construction (a keyed permutation of the row index into
  the key's mixed-radix space of parent rows and distinct values);
* covered rows past that space are *steered* out of the predicate by changing one column the
  predicate reads (flip a flag, choose another kind, set ``deleted_at``, clear a column).

Whatever is not understood (an OR, a function, a range test, append mode, a key column owned
by another constraint) returns ``None`` and the planner keeps the old, safe behaviour: the
index is unique everywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from seedbed.errors import SeedbedError
from seedbed.model import Column, ColumnDomain, Table, TableDomains, TypeKind, UniqueKey
from seedbed.planning.model import ColumnPlan, ComboPart, FkPlan, Gen, PartialPlan

__all__ = ["Predicate", "alternatives", "conflicts", "plan_partial", "read_predicate", "still_valid", "touched"]

#: One conjunction: (column, domain); a row is covered unless some domain says FALSE.
Predicate = tuple[tuple[str, ColumnDomain], ...]

#: Kinds whose values the predicate may compare with constants (their cells are exact text).
_COMPARABLE = frozenset({TypeKind.BOOL, TypeKind.INTEGER, TypeKind.TEXT, TypeKind.ENUM,
                         TypeKind.CHAR, TypeKind.UUID})


def read_predicate(predicate: str, table: Table) -> Predicate | None:
    """The predicate as one conjunction of simple per-column facts, or None if it is not one."""
    from seedbed.solve.predicates import Fact, Scope, parse_expression, to_dnf

    scope = Scope(types={c.name: c.type for c in table.columns if c.writable})
    try:
        dnf = to_dnf(parse_expression(predicate), scope)
    except (ValueError, KeyError, TypeError, SeedbedError):  # not read: the plain path, which is safe
        return None
    if len(dnf) != 1:
        return None
    out: list[tuple[str, ColumnDomain]] = []
    for atom in dnf[0]:
        if not isinstance(atom, Fact):
            return None
        d = atom.domain
        simple = ColumnDomain(not_null=d.not_null, allowed=d.allowed, excluded=d.excluded,
                              always_null=d.always_null)
        if d != simple:
            return None
        ctype = table.column(atom.column).type
        if (d.allowed is not None or d.excluded) and (ctype.kind not in _COMPARABLE or ctype.is_array):
            return None
        out.append((atom.column, d))
    return tuple(out) if out else None


def plan_partial(table: Table, key: UniqueKey, domains: TableDomains, *, rows: int, existing: int,
                 fk_plans: list[FkPlan], fk_of_column: Mapping[str, str], col_plans: Mapping[str, ColumnPlan],
                 cardinality: Callable[[Column], int | None]) -> PartialPlan | str | None:
    """How to keep a partial unique index row by row.

    Returns a :class:`PartialPlan`; a reason (``str``) when covered rows can never conflict
    (a key column the predicate holds NULL); or None to keep the old behaviour.
    """
    if not key.predicate or key.expressions or existing:
        return None
    predicate = read_predicate(key.predicate, table)
    if predicate is None:
        return None
    facts: dict[str, list[ColumnDomain]] = {}
    for col, dom in predicate:
        if col in col_plans and col_plans[col].gen is Gen.SKIP:
            return None  # left to its DEFAULT: coverage unknown before the insert
        facts.setdefault(col, []).append(dom)
    fks = {f.name: f for f in fk_plans}
    parts: list[ComboPart] = []
    for c in key.columns:
        mine = facts.get(c, [])
        if any(d.always_null for d in mine):
            if not key.nulls_not_distinct:
                return f"covered rows hold NULL in {c}: never equal"
            continue  # NULL in every covered row: one value
        if any(d.allowed is not None and len(d.allowed) == 1 for d in mine):
            continue  # one value in every covered row
        if c in col_plans:
            return None  # a sequence, a generated column or another key's tuple
        if c in fk_of_column:
            fk = fks[fk_of_column[c]]
            if not set(fk.columns) <= set(key.columns) or fk.self_reference or fk.broken or fk.distinct:
                return None
            if not any(p.fk == fk.name for p in parts):
                parts.append(ComboPart(fk=fk.name, radix=max(1, fk.parent_rows)))
            continue
        card = cardinality(table.column(c))
        if card is None:
            return None  # an unbounded column: the plain unique path makes it unique for free
        parts.append(ComboPart(column=c, radix=max(1, card)))
    # One digit order for every partial index of the table (FKs first, then columns, by name;
    # the first digit fastest), so that indexes sharing key columns give a row the same values.
    parts.sort(key=lambda p: (p.fk is None, p.fk or p.column or ""))
    space = math.prod(p.radix for p in parts)
    steer = _steer(table, predicate, domains, fk_plans, fk_of_column, col_plans)
    if steer is None and space < rows:
        return None
    return PartialPlan(key=key.name, columns=key.columns, predicate=predicate, parts=tuple(parts),
                       space=space, steer=steer)


def _steer(table: Table, predicate: Predicate, domains: TableDomains, fk_plans: list[FkPlan],
           fk_of_column: Mapping[str, str], col_plans: Mapping[str, ColumnPlan]) -> int | None:
    """The conjunct to make false in rows that must not be covered, the most natural first:
    flip a flag, pick another value, fill a column the predicate wants NULL last."""
    fks = {f.name: f for f in fk_plans}
    best: tuple[int, int] | None = None
    for i, (c, dom) in enumerate(predicate):
        col = table.column(c)
        if c in col_plans or col.generated or col.type.kind is TypeKind.OTHER:
            continue
        cdom = domains.column(c)
        fk = fks.get(fk_of_column[c]) if c in fk_of_column else None
        if fk is not None and (fk.broken or fk.distinct or fk.self_reference):
            continue
        rank = None
        if dom.allowed is not None and fk is None and alternatives(col, cdom, dom) != ():
            rank = 0 if col.type.kind is TypeKind.BOOL else 1
        elif dom.excluded and fk is None and (cdom.allowed is None or dom.excluded[0] in cdom.allowed):
            rank = 2
        elif dom.not_null and not dom.always_null and col.nullable and not cdom.not_null \
                and (fk is None or len(fk.columns) == 1):
            rank = 3
        elif dom.always_null and not cdom.always_null and (fk is None or len(fk.columns) == 1) \
                and (fk is None or fk.parent_rows > 0):
            rank = 4
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, i)
    return best[1] if best else None


def conflicts(new: PartialPlan, kept: list[PartialPlan], table: Table, domains: TableDomains) -> list[str]:
    """The indexes of ``kept`` that steering ``new`` could bring rows into while their own
    steering could bring rows back into ``new`` (``(p) WHERE flag`` next to ``(p) WHERE NOT
    flag``: no row can leave both). Both are then kept the plain way (unique everywhere), which
    is safe. One-way covering is fine: the other index steers the rows out in the next pass."""
    return [other.key for other in kept
            if _covers(new, other, table, domains) and _covers(other, new, table, domains)]


def _covers(a: PartialPlan, b: PartialPlan, table: Table, domains: TableDomains) -> bool:
    """Whether the values ``a`` writes when it steers may leave one of ``b``'s conjuncts not false."""
    if a.steer is None:
        return False
    col, dom = a.predicate[a.steer]
    facts = [d for c, d in b.predicate if c == col]
    if not facts:
        return False
    column = table.column(col)
    if dom.allowed is not None:
        alts = alternatives(column, domains.column(col), dom)
        writes: tuple | None = alts if alts else None  # None: unknown fresh values
    elif dom.excluded:
        writes = (dom.excluded[0],)
    elif dom.not_null and not dom.always_null:
        return not any(d.not_null for d in facts)  # NULL: false only for IS NOT NULL
    else:
        return not any(d.always_null for d in facts)  # a value: false only for IS NULL
    for d in facts:
        if d.always_null:
            return False
        if d.allowed is not None and writes is not None and not set(writes) & set(d.allowed):
            return False
        if d.excluded and writes is not None and set(writes) <= set(d.excluded):
            return False
    return True


def alternatives(col: Column, cdom: ColumnDomain, dom: ColumnDomain) -> tuple | None:
    """Values the column may take outside ``dom.allowed``: a tuple when the column's values are
    a finite list (possibly empty: no way out), None when they are not (a fresh value will do)."""
    assert dom.allowed is not None
    if col.type.kind is TypeKind.BOOL:
        finite: tuple = cdom.allowed if cdom.allowed is not None else (False, True)
    elif cdom.allowed is not None:
        finite = cdom.allowed
    elif col.type.kind is TypeKind.ENUM:
        finite = col.type.enum_labels
    else:
        return None
    return tuple(v for v in finite if v not in dom.allowed and v not in cdom.excluded)


def still_valid(plan: PartialPlan, col_plans: Mapping[str, ColumnPlan], fk_plans: list[FkPlan]) -> bool | None:
    """Re-check a partial plan against the table's final column plans.

    True: keep it; None: drop it quietly (a part column became unique, so the key is unique
    anyway); False: drop it and say so (a column it changes became part of another key's tuple).
    """
    if any(col_plans[p.column].unique for p in plan.parts if p.column):
        return None
    if any(col_plans[c].gen is Gen.SKIP for c, _ in plan.predicate):
        return False
    return all(col_plans[c].gen in (Gen.FK, Gen.VALUE) and not col_plans[c].unique
               for c in touched(plan, fk_plans))


def touched(plan: PartialPlan, fk_plans: list[FkPlan]) -> set[str]:
    """The columns keeping ``plan`` may write: its key parts and its steer column."""
    fks = {f.name: f for f in fk_plans}
    out = {p.column for p in plan.parts if p.column} | {c for p in plan.parts if p.fk for c in fks[p.fk].columns}
    if plan.steer is not None:
        out.add(plan.predicate[plan.steer][0])
    return out
