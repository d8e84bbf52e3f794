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

from typing import TYPE_CHECKING

import numpy as np

from seedbed.generate.values import ColumnData, copy_escape, encode, literals
from seedbed.generate.values import numbers, temporal
from seedbed.generate.values.compound import range_subtype, span_units
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
        written = [c for c in (plan.column, plan.lower, plan.upper, plan.length, plan.network) if c]
        if not all(c in enc for c in written + list(plan.keys)):
            continue  # a chunk of the oracle's fresh values only: laid out again once merged
        _lay_out(engine, tp, table, plan, number, enc, raw, engine.redone(tp.name, number))
        orders = tp.domains.orders if tp.domains else ()
        mirrored = _mirrored(orders, written)
        if not all(c in raw for c in written):
            continue  # rows outside a WHERE kept their cells: nothing is remade from the layout
        redo = dict.fromkeys(o.left for o in (*orders, *mirrored)
                             if o.right in written and o.left not in written and o.left in enc and o.op != "<>")
        for name in redo:
            cp = tp.column(name)
            if cp.gen is Gen.VALUE and not cp.unique:
                raw[name] = engine._value(tp, table, cp, index, raw, number, attempt, orders=mirrored)
                enc[name] = encode(table.column(name).type, raw[name])


_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}


def _mirrored(orders: tuple[ColumnOrder, ...], written: list[str]) -> tuple[ColumnOrder, ...]:
    """Orders whose left side the layout wrote, turned round: a column between a period's bounds
    (``doors_at <= starts_at - 30 min``, ``ends_at > starts_at``: ``starts_at`` after the doors
    open and before the show ends) is made again between the laid-out values."""
    out = []
    for o in orders:
        if o.left in written and o.right not in written and o.op in _MIRROR:
            offset = -o.offset if o.offset is not None else None
            out.append(ColumnOrder(left=o.right, op=_MIRROR[o.op], right=o.left, offset=offset))
    return tuple(out)


def _covered(table: Table, plan: ExclusionPlan, enc: dict[str, list[str]], n: int) -> np.ndarray:
    """Rows the constraint's WHERE may cover (all when it has none); the others are left as made."""
    from seedbed.generate.partial import covered_rows
    from seedbed.planning.partial import read_predicate

    predicate = read_predicate(plan.predicate, table) if plan.predicate else None
    if not predicate or not all(c in enc for c, _ in predicate):
        return np.ones(n, dtype=bool)
    return covered_rows(table, predicate, enc, n)


def _lay_out(engine: Engine, tp: TablePlan, table: Table, plan: ExclusionPlan, number: int,
             enc: dict[str, list[str]], raw: dict[str, ColumnData], redo: list[tuple[int, np.ndarray]]) -> None:
    first = plan.column or plan.lower or plan.network
    assert first is not None
    n = len(enc[first])
    cover = _covered(table, plan, enc, n)
    keys = [enc[k] for k in plan.keys if k in enc]
    seen: dict[tuple[str, ...], int] = {}
    rank = np.zeros(n, dtype=np.int64)
    row_keys = list(zip(*keys, strict=True)) if keys else [()] * n
    for i, key in enumerate(row_keys):
        if cover[i]:
            rank[i] = seen.get(key, 0)
            seen[key] = rank[i] + 1
    chunks = max(1, -(-(tp.rows) // max(engine.chunk_rows, 1)))
    slot = rank * chunks + number
    if plan.network is not None:  # the n-th /24 from 10.0.0.0: distinct networks never overlap
        at = slot + (10 << 16)
        cells = [f"{a}.{b}.{c}.0/24" for a, b, c in zip((at >> 16).tolist(), ((at >> 8) & 255).tolist(),
                                                         (at & 255).tolist(), strict=True)]
        enc[plan.network] = _merge(enc[plan.network], cells, cover)
        raw.pop(plan.network, None)
        return

    sub = _subtype(table, plan)
    axis = _axis(sub)
    width, span, shortest, longest, step = _slot(axis, sub.kind)
    start = _start(axis, sub.kind)
    if plan.lower is not None and tp.domains is not None:
        low = limits(axis, tp.domains.column(plan.lower))[0]
        if sub.kind is TypeKind.TIME and low > axis.tmin:  # the day starts where a CHECK opens it
            start = -(-low // step) * step
        start = max(start, -(-low // step) * step)
        for o in tp.domains.orders:  # the period comes after another column of the row
            if o.left == plan.lower and o.right not in (plan.lower, plan.upper) \
                    and o.op in (">", ">=") and table.column(o.right).type.kind is sub.kind:
                start = max(start, -(-(axis.window[1] + width) // width) * width)
    if sub.kind is TypeKind.TIME and chunks == 1 and n:  # a day is bounded: narrower slots when a key needs many
        high = axis.tmax
        if plan.upper is not None and tp.domains is not None:
            high = min(high, limits(axis, tp.domains.column(plan.upper))[1])
        room = (high - start) // (int(slot.max()) + 1) // step * step
        if shortest + step <= room < width:
            width, span = room, room - step
            longest = min(longest, span)
    if plan.length is not None:  # the length column's own bounds (duration BETWEEN 30 min AND 4 h)
        shortest, longest, span, width = _fit(_length_bounds(tp, table, plan, axis), shortest, longest, span,
                                              width, step)
    elif plan.column is not None and tp.domains is not None:  # upper(r) - lower(r) BETWEEN 28 AND 1100
        shortest, longest, span, width = _fit(span_units(sub, axis, tp.domains.column(plan.column)), shortest,
                                              longest, span, width, step)
    fixed = _fixed_units(plan.fixed, axis, sub.kind) if plan.fixed is not None else None
    if fixed is not None:  # every range as long as the constant (kickoff + 3 hours): slots that hold it
        shortest = longest = -(-fixed // step) * step
        if longest + step > span:
            width, span = width + (longest + step - span) * 2, longest + step
    length, offset = _draw(engine, tp, plan, number, 0, n, shortest, longest, span, step)
    for attempt, rows in redo:  # rows the database refused: another length and offset anywhere in their slot
        again = _draw(engine, tp, plan, number, attempt, n, shortest, longest, max(span, width - step), step)
        length[rows], offset[rows] = again[0][rows], again[1][rows]
    if fixed is not None:
        length[:] = fixed
    lower = start + slot * width + offset
    if chunks == 1 and sub.kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT):
        # One chunk holds every row of a key: stack them (rack units, shelf slots) with gaps of
        # 0-2 steps, so a key's rows stay low where a CHECK caps the top (position + height <= 52).
        gap = (offset // step) % 3 * step
        end: dict[tuple[str, ...], int] = {}
        for i, key in enumerate(row_keys):
            if cover[i]:
                lower[i] = end.get(key, start) + gap[i]
                end[key] = int(lower[i] + length[i]) + (step if plan.upper_inclusive else 0)
    upper = lower + length
    if plan.column is not None:
        lo_text = literals(sub, axis.to_values(lower))
        hi_text = literals(sub, axis.to_values(upper))
        cells = copy_escape([f"[{_quote(a)},{_quote(b)})" for a, b in zip(lo_text, hi_text, strict=True)])
        enc[plan.column] = _merge(enc[plan.column], cells, cover)
        return
    assert plan.lower is not None
    written: list[tuple[str, ColumnData]] = [(plan.lower, ColumnData(values=axis.to_values(lower)))]
    if plan.upper is not None:
        written.append((plan.upper, ColumnData(values=axis.to_values(upper))))
    elif plan.length is not None:
        laxis = _axis(table.column(plan.length).type)
        ratio = axis.res / laxis.res  # lower units to length units
        units = length * ratio.numerator // ratio.denominator
        written.append((plan.length, ColumnData(values=laxis.to_values(units.astype(np.int64)))))
    for col, data in written:
        cells = encode(table.column(col).type, data)
        old = raw.get(col)
        if cover.all():
            raw[col] = data
        elif old is not None and old.values.dtype == data.values.dtype:  # rows outside the WHERE keep theirs
            nulls = None if old.nulls is None else old.nulls & ~cover
            raw[col] = ColumnData(values=np.where(cover, data.values, old.values), nulls=nulls)
        else:
            raw.pop(col, None)  # later steps read the cells
        enc[col] = _merge(enc[col], cells, cover)


def _merge(old: list[str], new: list[str], cover: np.ndarray) -> list[str]:
    if cover.all():
        return new
    return [b if c else a for a, b, c in zip(old, new, cover.tolist(), strict=True)]


def _length_bounds(tp: TablePlan, table: Table, plan: ExclusionPlan, axis: Axis) -> tuple[int | None, int | None]:
    """The bounds a CHECK puts on the length column, in the lower column's units."""
    assert plan.length is not None
    if tp.domains is None:
        return None, None
    laxis = _axis(table.column(plan.length).type)
    lo, hi = limits(laxis, tp.domains.column(plan.length))
    ratio = laxis.res / axis.res
    return int(-(-(lo * ratio) // 1)), int((hi * ratio) // 1)


def _fit(bounds: tuple[int | None, int | None], shortest: int, longest: int, span: int, width: int,
         step: int) -> tuple[int, int, int, int]:
    """(shortest, longest, span, width) in the lower column's units, within the length bounds a
    CHECK asks; the slot grows when the shortest length asked does not fit. A shortest length
    above the usual ones leaves room for half as much again, so rows do not all sit on it."""
    lo, hi = bounds
    usual = longest
    if lo is not None:
        shortest = max(shortest, -(-max(lo, 1) // step) * step)
        if shortest > usual:
            longest = shortest + max(shortest // 2 // step * step, usual)
    if hi is not None:
        longest = min(longest, hi // step * step)
    longest = max(longest, shortest)
    if longest > span:
        width, span = width + (longest - span) * 2, longest
    return shortest, longest, span, width


def _fixed_units(text: str, axis: Axis, kind: TypeKind) -> int | None:
    """A constant length (``interval '3 hours'``, ``7``, ``'02:30'::interval``) in the lower column's units,
    at least one; None when it cannot be read (the database then refuses the overlapping rows)."""
    import re
    from fractions import Fraction

    from seedbed.generate.values.temporal import _interval_text_us

    quoted = re.search(r"'((?:[^']|'')*)'", text)
    body = quoted.group(1).replace("''", "'") if quoted else text.strip("() ")
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        us = _interval_text_us(body)
        return None if us is None else max(int(-(-us // Fraction(axis.res))), 1)
    try:
        value = Fraction(body)
    except (ValueError, ZeroDivisionError):
        return None
    if kind is TypeKind.DATE:  # a date plus an integer: days
        return max(int(-(-value // 1)), 1)
    return max(int(-(-value // Fraction(axis.res))), 1)


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
    if sub.kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME, TypeKind.INTERVAL):
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
    if kind is TypeKind.TIME:  # a day holds few: two-hour slots of 1-1.75 hours (eight from 6:00)
        hour = max(int(_US_HOUR / axis.res), 1)
        quarter = max(hour // 4, 1)
        return 2 * hour, 7 * quarter, hour, 7 * quarter, quarter
    one = max(int(1 / axis.res), 1)
    return 10 * one, 9 * one, one, 8 * one, one


def _start(axis: Axis, kind: TypeKind) -> int:
    if kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        day = 24 * max(int(_US_HOUR / axis.res), 1)
        return (axis.start // day) * day + 8 * (day // 24)  # mornings of the window's first day
    if kind is TypeKind.DATE:
        return axis.start
    if kind is TypeKind.TIME:
        return 8 * max(int(_US_HOUR / axis.res), 1)  # 8:00, or later when a CHECK says so
    return max(int(1 / axis.res), 1)


def _quote(text: str) -> str:
    """A range bound as range input reads it (timestamps hold spaces)."""
    if text and not any(ch in text for ch in '()[],"\\ '):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
