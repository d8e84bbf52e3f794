"""Lay ranges out without overlap per key value (the plans of ``seedbed.planning.exclusion``).

Each key value (the cells of the plan's ``=`` columns) owns a timeline of equal, disjoint slots.
A row takes the slot ``rank * chunks + chunk``, where ``rank`` counts the earlier rows of the
same key in its chunk: chunks interleave, so rows of one key never share a slot whatever chunk
(or worker process) made them, and a key's slots stay close together. Inside its slot a row gets
a range of random length at a random offset, always ending at least one step before the next
slot begins (so an inclusive upper bound cannot touch it either). Lower < upper always.

Slots by subtype: a week with 1-5 days for dates, a day with 1-8 hours between 8:00 and 20:00
(quarter-hour steps) for timestamps, ten with 1-8 for numbers. Timelines start where the type's realistic window
does, or at the lower bound a CHECK puts on a period's first column.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np

from seedbed.generate.values import ColumnData, copy_escape, encode, literals
from seedbed.generate.values import numbers, temporal
from seedbed.generate.values.compound import range_subtype
from seedbed.generate.values.ordinal import Axis, limits
from seedbed.model import ColumnDomain, ColumnOrder, ColumnType, Table, TypeKind
from seedbed.planning.model import ExclusionPlan, Gen, TablePlan

if TYPE_CHECKING:
    from seedbed.generate.engine import Engine

__all__ = ["lay_out"]

_US_HOUR = 3_600_000_000


def lay_out(engine: Engine, tp: TablePlan, table: Table, number: int, index: np.ndarray,
            enc: dict[str, list[str]], raw: dict[str, ColumnData] | None, attempt: int) -> None:
    """Write every exclusion layout of the table into the chunk's cells ``enc``, in place.

    A period's columns keep their CHECK orders with the table's other columns: a column made
    after one of them (``checked_out_at >= ends_at``) is made again from the laid-out values,
    and a period that must follow another column (``starts_at >= created_at``) starts after
    that column's realistic window.
    """
    raw = {} if raw is None else raw
    for plan in tp.exclusions:
        written = [c for c in (plan.column, plan.lower, plan.upper) if c]
        if not all(c in enc for c in written):
            continue
        ends = _lay_out(engine, tp, table, plan, number, enc, raw, engine.redone(tp.name, number))
        orders = tp.domains.orders if tp.domains else ()
        inside = _inside(engine, tp, table, plan, number, attempt, enc, raw, ends) if ends else set()
        for o in orders:
            if o.right in written and o.left not in written and o.left in enc and o.op != "<>" \
                    and o.left not in inside:
                cp = tp.column(o.left)
                if cp.gen is Gen.VALUE and not cp.unique:
                    raw[o.left] = engine._value(tp, table, cp, index, raw, number, attempt)
                    enc[o.left] = encode(table.column(o.left).type, raw[o.left])


def _lay_out(engine: Engine, tp: TablePlan, table: Table, plan: ExclusionPlan, number: int,
             enc: dict[str, list[str]], raw: dict[str, ColumnData], redo: list[tuple[int, np.ndarray]]
             ) -> tuple[np.ndarray, np.ndarray] | None:
    """Lay the plan's range out; the (lower, upper) units of a range made of two columns."""
    first = plan.column or plan.lower
    assert first is not None
    n = len(enc[first])
    keys = [enc[k] for k in plan.keys if k in enc]
    seen: dict[tuple[str, ...], int] = {}
    rank = np.empty(n, dtype=np.int64)
    for i, key in enumerate(zip(*keys, strict=True) if keys else [()] * n):
        rank[i] = seen.get(key, 0)
        seen[key] = rank[i] + 1
    chunks = max(1, -(-(tp.rows) // max(engine.chunk_rows, 1)))
    slot = rank * chunks + number

    sub = _subtype(table, plan)
    axis = _axis(sub)
    width, span, shortest, longest, step = _slot(axis, sub.kind)
    start = _start(axis, sub.kind)
    if plan.lower is not None and tp.domains is not None:
        low = limits(axis, tp.domains.column(plan.lower))[0]
        start = max(start, -(-low // step) * step)
        for o in tp.domains.orders:  # the period comes after another column of the row
            if o.left in (plan.lower, plan.upper) and o.right not in (plan.lower, plan.upper) \
                    and o.op in (">", ">=") and table.column(o.right).type.kind is sub.kind:
                start = max(start, -(-(axis.window[1] + width) // width) * width)
    length, offset = _draw(engine, tp, plan, number, 0, n, shortest, longest, span, step)
    for attempt, rows in redo:  # rows the database refused: another length and offset in their slot
        again = _draw(engine, tp, plan, number, attempt, n, shortest, longest, span, step)
        length[rows], offset[rows] = again[0][rows], again[1][rows]
    lower = start + slot * width + offset
    upper = lower + length
    if plan.column is not None:
        lo_text = literals(sub, axis.to_values(lower))
        hi_text = literals(sub, axis.to_values(upper))
        enc[plan.column] = copy_escape([f"[{_quote(a)},{_quote(b)})" for a, b in zip(lo_text, hi_text, strict=True)])
        return None
    assert plan.lower is not None and plan.upper is not None
    for col, units in ((plan.lower, lower), (plan.upper, upper)):
        raw[col] = ColumnData(values=axis.to_values(units))
        enc[col] = encode(table.column(col).type, raw[col])
    return lower, upper


def _inside(engine: Engine, tp: TablePlan, table: Table, plan: ExclusionPlan, number: int, attempt: int,
            enc: dict[str, list[str]], raw: dict[str, ColumnData], ends: tuple[np.ndarray, np.ndarray]) -> set[str]:
    """Columns the CHECKs hold between the period's two ends (doors_at <= starts_at - 30 minutes,
    starts_at < ends_at <= starts_at + 14 hours), placed again inside the laid-out period.

    Each such column is drawn between its bounds from the ends; where the period is too short
    for the gaps, its upper end moves later (a slot leaves room after its span).
    """
    if tp.domains is None:
        return set()
    sub = _subtype(table, plan)
    axis = _axis(sub)
    step = _slot(axis, sub.kind)[4]
    end_of = {plan.lower: 0, plan.upper: 1}
    done: set[str] = set()
    for col in [c.name for c in table.columns if c.name in enc and c.name not in end_of]:
        cp = tp.column(col)
        if cp.gen is not Gen.VALUE or cp.unique or table.column(col).type.kind is not sub.kind:
            continue
        lows: list[tuple[int, int]] = []  # (end, gap): col >= end + gap
        highs: list[tuple[int, int]] = []  # (end, gap): col <= end - gap
        for o in tp.domains.orders:
            pair = _normal(o, axis, sub.kind)
            if pair is None:
                continue
            small, big, gap = pair
            if big == col and small in end_of:
                lows.append((end_of[small], gap))
            elif small == col and big in end_of:
                highs.append((end_of[big], gap))
        if not lows or not highs:
            continue
        lower, upper = ends
        lo = np.max([ends[e] + g for e, g in lows], axis=0)
        hi = np.min([ends[e] - g for e, g in highs], axis=0)
        short = hi < lo
        if short.any():  # too short a period: the upper end moves later by what is missing
            upper = upper.copy()
            upper[short] += lo[short] - hi[short]
            ends = (lower, upper)
            raw[plan.upper] = ColumnData(values=axis.to_values(upper))
            enc[plan.upper] = encode(table.column(plan.upper).type, raw[plan.upper])
            hi = np.min([ends[e] - g for e, g in highs], axis=0)
        rng = engine._rng(tp, "inside:" + col, number, attempt)
        room = np.maximum(hi - lo, 0) // step
        units = lo + rng.integers(0, room + 1) * step
        raw[col] = ColumnData(values=axis.to_values(units))
        enc[col] = encode(table.column(col).type, raw[col])
        done.add(col)
    return done


def _normal(o: ColumnOrder, axis: Axis, kind: TypeKind) -> tuple[str, str, int] | None:
    """``big >= small + gap`` (units) for one CHECK order, or None for ``<>``/``=``."""
    if o.op not in ("<", "<=", ">", ">="):
        return None
    off = 0
    if o.offset is not None:
        if isinstance(o.offset, dt.timedelta):
            off = o.offset.days if kind is TypeKind.DATE else int(o.offset / dt.timedelta(microseconds=1) / axis.res)
        else:
            off = int(o.offset / axis.res)
    strict = 1 if o.op in ("<", ">") else 0
    if o.op in (">", ">="):  # left >= right + offset
        return o.right, o.left, off + strict
    return o.left, o.right, -off + strict  # left <= right + offset: right >= left - offset


def _draw(engine: Engine, tp: TablePlan, plan: ExclusionPlan, number: int, attempt: int, n: int, shortest: int,
          longest: int, span: int, step: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's range length and offset inside its slot."""
    rng = engine._rng(tp, "exclusion:" + plan.names[0], number, attempt)
    length = rng.integers(shortest // step, longest // step, size=n, endpoint=True) * step
    offset = rng.integers(0, (span - length) // step, endpoint=True) * step
    return length, offset


def _subtype(table: Table, plan: ExclusionPlan) -> ColumnType:
    if plan.column is not None:
        sub = range_subtype(table.column(plan.column).type)
        assert sub is not None  # the planner lays out only ranges of a known subtype
        return sub
    assert plan.lower is not None
    return table.column(plan.lower).type


def _axis(sub: ColumnType) -> Axis:
    if sub.kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        return temporal.axis(sub)
    return numbers.axis(sub, ColumnDomain())


def _slot(axis: Axis, kind: TypeKind) -> tuple[int, int, int, int, int]:
    """(slot width, span used, shortest, longest, step) in the axis' units; span < width, so a
    range never reaches the next slot, even with an inclusive upper bound."""
    if kind is TypeKind.DATE:
        return 7, 6, 1, 5, 1
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        hour = max(int(_US_HOUR / axis.res), 1)
        quarter = max(hour // 4, 1)
        return 24 * hour, 12 * hour, hour, 8 * hour, quarter  # within a working day
    one = max(int(1 / axis.res), 1)
    return 10 * one, 9 * one, one, 8 * one, one


def _start(axis: Axis, kind: TypeKind) -> int:
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        day = 24 * max(int(_US_HOUR / axis.res), 1)
        return (axis.start // day) * day + 8 * (day // 24)  # mornings of the window's first day
    if kind is TypeKind.DATE:
        return axis.start
    return max(int(1 / axis.res), 1)


def _quote(text: str) -> str:
    """A range bound as range input reads it (timestamps hold spaces)."""
    if text and not any(ch in text for ch in '()[],"\\ '):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
