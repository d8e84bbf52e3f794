"""Diamonds: a row that references A directly and through B takes its A through B.

A payment references its user and its order, and the order references a user: the payment's
user is its order's user (DESIGN.md principle 9). An event's room is its parent event's room.
Applications check such agreements in triggers; picking the two FKs independently breaks them
on almost every row. For a child C with FK ``f1 -> A`` and FK ``f2 -> B`` where B has an FK
``g -> A`` over the same referenced columns, C's ``f1`` copies the A row of the B row it
picked (the engine reads B's picks from an attribute pool, keys without lookups; B rows that
existed before the seed, or a B that is not seeded, are read once from the database).

Where that would break something else, the FK keeps its own pick and the plan says why: the
columns of ``f1`` take part in a unique key that nothing else makes unique (copies would
collide), or the user pinned ``f1`` (fan-out, parent keys, a number of parents).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Diamond, FkPlan, Gen, TablePlan

__all__ = ["add_diamonds"]


def _pinned(fk: FkPlan) -> bool:
    """The user asked something of this FK's picks: the pin wins over the diamond."""
    return fk.parent_keys is not None or fk.fanout is not None or fk.parents is not None


def _picked(tp: TablePlan, fk: FkPlan, gens: tuple[Gen, ...]) -> bool:
    return all(tp.column(c).gen in gens for c in fk.columns)


def _collides(schema: Schema, tp: TablePlan, fk: FkPlan) -> str | None:
    """A unique key over some of the FK's columns that no column makes unique on its own."""
    table = schema.table(tp.name)
    for key in table.unique_keys:
        if set(key.columns) & set(fk.columns) and not any(tp.column(c).unique for c in key.columns
                                                           if c not in fk.columns):
            return key.name
    return None


def _same_target(fks: tuple[FkPlan, ...], f: FkPlan) -> list[FkPlan]:
    return [x for x in fks if x.parent == f.parent and x.ref_columns == f.ref_columns and not x.self_reference]


def _b_fks(schema: Schema, tables: dict[QualifiedName, TablePlan], b: QualifiedName) -> list[FkPlan]:
    """B's FKs as the plan made them, or as declared when B is not seeded (its rows exist)."""
    if b in tables:
        return [g for g in tables[b].fks if not g.broken and g.parent_keys is None
                and _picked(tables[b], g, (Gen.FK, Gen.COMBO))]
    return [FkPlan(name=f.name, columns=f.columns, parent=f.ref_table, ref_columns=f.ref_columns, parent_rows=0,
                   self_reference=f.ref_table == b) for f in schema.table(b).foreign_keys]


def _candidates(schema: Schema, tables: dict[QualifiedName, TablePlan], planned: set[QualifiedName],
                tp: TablePlan, f1: FkPlan) -> list[tuple[FkPlan, FkPlan, tuple[str, ...], int]]:
    """(f2, g, choices, flip): the child's FK to some B, and B's FK to f1's parent over the same
    columns (``choices`` empty), or B's several FKs to it to choose among per row.

    Where the child or B reference A more than once (a sender and a recipient, a buyer and a
    seller), an FK whose column names are the other one's pairs up: a message's sender and
    recipient both taken from its thread's owner would be the same person. Where none does, a
    child referencing A once takes one of B's (a message's sender is one of its match's two
    users), and a child referencing A twice as B does takes both, one each (``flip``).
    """
    same = _same_target(tp.fks, f1)
    several = len(same) > 1
    out = []
    for f2 in tp.fks:
        if f2 is f1 or f2.broken or f2.parent_keys is not None or set(f2.columns) & set(f1.columns):
            continue
        if f2.parent == f1.parent or not _picked(tp, f2, (Gen.FK, Gen.COMBO)):
            continue  # B is A itself (a user's manager): a different relation, not a diamond
        if f2.parent not in tables and (f2.parent in planned or f2.parent_rows == 0):
            continue  # B comes later (a cycle), or it is not seeded and empty
        gs = [g for g in _b_fks(schema, tables, f2.parent) if g.parent == f1.parent and g.ref_columns == f1.ref_columns]
        if f2.self_reference:
            # An earlier row of this table: the same FK, unless the row references A twice (a
            # status's account and the account it replies to): which one follows is not known.
            gs = [g for g in gs if g.name == f1.name and not several]
        elif several or len(gs) > 1:
            named = [g for g in gs if g.columns == f1.columns]
            if not named and len(gs) > 1 and (not several or len(same) == len(gs) == 2):
                out.append((f2, gs[0], tuple(g.name for g in gs), same.index(f1) if several else 0))
                continue
            gs = named
        out += [(f2, g, (), 0) for g in gs[:1]]
    return out


def add_diamonds(schema: Schema, tables: dict[QualifiedName, TablePlan], notes: list[str]) -> dict[QualifiedName, Any]:
    """The plan's tables with their ``diamonds`` set and the FK columns' reasons extended."""
    out: dict[QualifiedName, TablePlan] = {}
    for name, tp in tables.items():
        found: list[Diamond] = []
        reasons: dict[str, str] = {}
        for f1 in tp.fks:
            if f1.self_reference or f1.broken or not _picked(tp, f1, (Gen.FK,)):
                continue
            pairs = _candidates(schema, out | {name: tp}, set(tables), tp, f1)
            if not pairs:
                continue
            f2, g, choices, flip = pairs[0]
            b = f2.parent
            if _pinned(f1):
                notes.append(f"{name}: FK {f1.name} keeps the parents asked for, not those of its {b} row "
                             f"({b}.{','.join(g.columns)})")
                continue
            key = _collides(schema, tp, f1) if not f1.distinct else f1.name
            if key is not None:
                notes.append(f"{name}: FK {f1.name} picks its own {f1.parent} row, not the one of its {b} row: "
                             f"{','.join(f1.columns)} is part of UNIQUE {key}, copies would collide")
                continue
            found.append(Diamond(fk=f1.name, through=f2.name, parent=b, via=g.name, via_columns=g.columns,
                                 choices=choices, flip=flip))
            row = "parent row" if f2.self_reference else f"{b} row"
            why = f"through {b}.{','.join(g.columns)} of its {row} (FK {f2.name}), so the two agree" if not choices \
                else f"one of the {len(choices)} {f1.parent.name} rows of its {b} row (FK {f2.name})" + (
                    ", not the one its other reference takes" if len(_same_target(tp.fks, f1)) > 1 else "")
            for c in f1.columns:
                reasons[c] = why
        found = _ordered(found)
        if found:
            tp = replace(tp, diamonds=tuple(found), columns=tuple(
                replace(cp, reason=f"{cp.reason}; {reasons[cp.name]}") if cp.name in reasons else cp
                for cp in tp.columns))
        out[name] = tp
    return out


def _ordered(found: list[Diamond]) -> list[Diamond]:
    """Diamonds whose ``through`` FK is itself filled through another come after it; a loop of
    them (each FK through the other) is dropped: neither could go first."""
    by_fk = {d.fk: d for d in found}
    done: list[Diamond] = []
    placed: set[str] = set()
    remaining = list(found)
    while remaining:
        ready = [d for d in remaining if d.through not in by_fk or d.through in placed]
        if not ready:
            break
        for d in ready:
            done.append(d)
            placed.add(d.fk)
            remaining.remove(d)
    return done
