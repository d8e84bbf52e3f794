"""Keep partial unique indexes row by row (the plans of ``seedbed.planning.partial``).

Run on a chunk once its columns are made (and again after the oracle replaced some rows), on
the encoded cells: a deterministic function of the chunk's content and of the rows' global
indexes, so chunks made apart (worker processes) still agree.

* A row is *covered* unless one conjunct of the predicate is false for its cells (NULL counts as
  covered, which is conservative: never fewer rows kept unique than the index covers).
* A covered row whose key has no NULL (or any, under ``NULLS NOT DISTINCT``) takes position
  ``p = permute(row index)`` of the key's space: below ``space`` it gets the key at that
  position (distinct positions, distinct keys, whatever chunk the row is in); at or past it the
  row is steered out of the predicate.

Several partial indexes of one table share the row positions and one digit order, so indexes
over the same key columns give a covered row the same values; a row an earlier index already
gave other values leaves the later index instead (through its steer). Passes repeat until nothing
changes, so that one index's steering and another's keys settle together.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.permute import permute
from seedbed.generate.pools import NULL
from seedbed.generate.streams import digest
from seedbed.generate.values import ColumnData, GenRequest, copy_escape, encode, generate
from seedbed.model import Column, ColumnDomain, Table, TypeKind
from seedbed.planning.model import ComboPart, PartialPlan, TablePlan
from seedbed.planning.partial import Predicate, alternatives

if TYPE_CHECKING:
    from seedbed.generate.engine import Engine

__all__ = ["covered_rows", "keep_partials"]

#: Fresh draws tried for a steered value that must leave an unbounded column's allowed set.
_REDRAWS = 4


def keep_partials(engine: Engine, tp: TablePlan, table: Table, number: int, index: np.ndarray,
                  enc: dict[str, list[str]], raw: dict[str, ColumnData] | None, attempt: int) -> None:
    """Make the chunk's cells ``enc`` keep every partial unique index of the table, in place."""
    pos = permute(index, max(tp.rows + tp.offset, 1), digest(engine.plan.seed, tp.name.schema, tp.name.name,
                                                               "partial"))
    n = len(index)
    locked: dict[str, np.ndarray] = {}  # cells an index gave its covered rows: later ones keep them
    for _ in range(len(tp.partials) + 2):
        changed = False
        for plan in tp.partials:
            if all(c in enc for c in _columns(tp, plan)):
                changed |= _keep(engine, tp, table, plan, number, index, pos, enc, raw, attempt, locked, n)
        if not changed:
            return
    names = ", ".join(p.key for p in tp.partials)
    raise UnsatisfiableConstraint(
        f"{tp.name}: the partial unique indexes {names} could not be kept together on chunk {number}",
        subject=f"{tp.name}.{tp.partials[0].key}",
        hint=f"ask for fewer rows of {tp.name}, or leave the table out with --exclude {tp.name}")


def _columns(tp: TablePlan, plan: PartialPlan) -> set[str]:
    fks = {f.name: f for f in tp.fks}
    return (set(plan.columns) | {c for c, _ in plan.predicate}
            | {c for p in plan.parts if p.fk for c in fks[p.fk].columns})


def covered(table: Table, plan: PartialPlan, enc: dict[str, list[str]]) -> np.ndarray:
    """Rows for which no conjunct of the predicate is false."""
    return covered_rows(table, plan.predicate, enc, len(enc[plan.columns[0]]))


def covered_rows(table: Table, predicate: Predicate, enc: dict[str, list[str]], n: int) -> np.ndarray:
    """Rows of the cells ``enc`` for which no conjunct of ``predicate`` is false (a NULL is covered)."""
    out = np.ones(n, dtype=bool)
    for col, dom in predicate:
        cells = np.asarray(enc[col], dtype=object)
        null = cells == NULL
        if dom.always_null:
            out &= null
            continue
        if dom.not_null:
            out &= ~null
        column = table.column(col)
        if dom.allowed is not None:
            out &= null | _isin(column, cells, dom.allowed)
        if dom.excluded:
            out &= null | ~_isin(column, cells, dom.excluded)
    return out


def _isin(column: Column, cells: np.ndarray, values: tuple[Any, ...]) -> np.ndarray:
    wanted = set(_cells(column, values))
    if column.type.case_insensitive:
        wanted = {w.lower() for w in wanted}
        return np.array([c.lower() in wanted for c in cells.tolist()], dtype=bool)
    return np.array([c in wanted for c in cells.tolist()], dtype=bool)


def _cells(column: Column, values: tuple[Any, ...] | list[Any]) -> list[str]:
    """COPY cells of Python values of a comparable kind (bool, integer, text-like)."""
    kind = column.type.kind
    if kind is TypeKind.BOOL:
        return ["t" if v else "f" for v in values]
    if kind is TypeKind.INTEGER:
        return [str(int(v)) for v in values]
    return copy_escape([str(v) for v in values])


def _keep(engine: Engine, tp: TablePlan, table: Table, plan: PartialPlan, number: int, index: np.ndarray,
          pos: np.ndarray, enc: dict[str, list[str]], raw: dict[str, ColumnData] | None, attempt: int,
          locked: dict[str, np.ndarray], n: int) -> bool:
    cand = covered(table, plan, enc)
    nnd = next((k.nulls_not_distinct for k in table.unique_keys if k.name == plan.key), False)
    if not nnd:
        for c in plan.columns:
            cand &= np.asarray(enc[c], dtype=object) != NULL
    if not cand.any():
        return False
    inside = np.flatnonzero(cand & (pos < plan.space))
    outside = cand & (pos >= plan.space)
    changed = False
    if len(inside) and plan.parts:
        wanted = _key_cells(engine, tp, table, plan, pos[inside])
        # A row another index already gave other values leaves this one instead, when it can.
        clash = np.zeros(len(inside), dtype=bool)
        for col, cells in wanted.items():
            if col in locked:
                mine = np.asarray(enc[col], dtype=object)[inside]
                clash |= locked[col][inside] & (mine != np.asarray(cells, dtype=object))
        if plan.steer is not None:
            outside[inside[clash]] = True
            keep = ~clash
        else:
            keep = np.ones(len(inside), dtype=bool)
        rows = inside[keep]
        for col, cells in wanted.items():
            changed |= _write(enc, col, rows, [c for c, k in zip(cells, keep.tolist(), strict=True) if k])
            locked.setdefault(col, np.zeros(n, dtype=bool))[rows] = True
    out = np.flatnonzero(outside)
    if len(out):
        if plan.steer is None:  # the planner sized the space for every row: cannot happen
            raise UnsatisfiableConstraint(f"{tp.name}: covered rows of {plan.key} exceed its keys",
                                          subject=f"{tp.name}.{plan.key}",
                                          hint=f"ask for fewer rows of {tp.name}")
        _steer(engine, tp, table, plan, number, index, enc, raw, attempt, out)
        changed = True
    return changed


def _write(enc: dict[str, list[str]], col: str, rows: np.ndarray, cells: list[str]) -> bool:
    target = enc[col]
    changed = False
    for r, c in zip(rows.tolist(), cells, strict=True):
        if target[r] != c:
            target[r] = c
            changed = True
    return changed


def _digits(plan: PartialPlan, pos: np.ndarray) -> list[tuple[ComboPart, np.ndarray]]:
    """Position as one digit per part, the first part fastest (the order every partial index of
    a table shares, so a row gets the same parent in each)."""
    out = []
    for part in plan.parts:
        out.append((part, pos % part.radix))
        pos = pos // part.radix
    return out


def _key_cells(engine: Engine, tp: TablePlan, table: Table, plan: PartialPlan, pos: np.ndarray) -> dict[str, list[str]]:
    """The key at each position (a parent row, the n-th distinct value), as cells per column."""
    fks = {f.name: f for f in tp.fks}
    out: dict[str, list[str]] = {}
    for part, digit in _digits(plan, pos):
        if part.fk:
            out.update(engine.lookup(fks[part.fk], digit))
            continue
        col = table.column(part.column)
        digits, inverse = np.unique(digit, return_inverse=True)
        req = GenRequest(column=col, domain=tp.domains.column(col.name) if tp.domains else ColumnDomain(),
                         index=digits, unique=True, table_rows=part.radix, salt=engine._salt(tp))
        data = generate(req, engine._rng(tp, col.name, 0)).take(inverse)
        out[col.name] = encode(col.type, data)
    return out


def _steer(engine: Engine, tp: TablePlan, table: Table, plan: PartialPlan, number: int, index: np.ndarray,
           enc: dict[str, list[str]], raw: dict[str, ColumnData] | None, attempt: int, rows: np.ndarray) -> None:
    """Make the conjunct ``plan.steer`` false in ``rows``."""
    assert plan.steer is not None
    name, dom = plan.predicate[plan.steer]
    col = table.column(name)
    cdom = tp.domains.column(name) if tp.domains else ColumnDomain()
    rng = engine._rng(tp, "steer:" + plan.key, number, attempt)
    fk = next((f for f in tp.fks if name in f.columns), None)
    if dom.allowed is not None:
        choices = alternatives(col, cdom, dom)
        if choices:
            picks = [choices[i] for i in rng.integers(0, len(choices), size=len(rows)).tolist()]
            _write(enc, name, rows, _cells(col, picks))
            return
        _redraw(engine, tp, table, plan, number, index, enc, raw, attempt, rows)
    elif dom.excluded:
        _write(enc, name, rows, _cells(col, [dom.excluded[0]] * len(rows)))
    elif dom.not_null and not dom.always_null:
        _write(enc, name, rows, [NULL] * len(rows))
    elif fk is not None:  # IS NULL on an FK column: point at some parent
        size = engine.pool_size(fk)
        picks = rng.integers(0, max(size, 1), size=len(rows))
        for c, cells in engine.lookup(fk, picks).items():
            _write(enc, c, rows, cells)
    else:  # IS NULL on a value column: the value it would have had without NULLs
        cp = replace(tp.column(name), null_rate=0.0)
        data = engine._value(tp, table, cp, index, raw or {}, number, attempt)
        cells = encode(col.type, data)
        _write(enc, name, rows, [cells[r] for r in rows.tolist()])


def _redraw(engine: Engine, tp: TablePlan, table: Table, plan: PartialPlan, number: int, index: np.ndarray,
            enc: dict[str, list[str]], raw: dict[str, ColumnData] | None, attempt: int, rows: np.ndarray) -> None:
    """An unbounded column out of a few allowed values: fresh draws until none is allowed."""
    assert plan.steer is not None
    name, dom = plan.predicate[plan.steer]
    col = table.column(name)
    cp = replace(tp.column(name), null_rate=0.0)
    left = rows
    for k in range(1, _REDRAWS + 1):
        data = engine._value(tp, table, cp, index, raw or {}, number, attempt + 1000 * k)
        cells = encode(col.type, data)
        fresh = [cells[r] for r in left.tolist()]
        ok = ~_isin(col, np.asarray(fresh, dtype=object), dom.allowed or ())
        _write(enc, name, left[ok], [c for c, good in zip(fresh, ok.tolist(), strict=True) if good])
        left = left[~ok]
        if not len(left):
            return
