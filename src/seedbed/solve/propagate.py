"""Column bounds carried across a table's CHECK orders: ``target_og > target_fg + 0.010`` with both at most 1.200
leaves ``target_fg`` below 1.190.

A column drawn inside its own bounds and then made to follow another (``left >= right + offset``) has no room
where the other was drawn too near its end: the generator keeps the value it can (above the bound) and the row
reached the load, where a domain CHECK refused it (SB310, a brewery's gravity domain). Narrowing each side by the
other's bound is exact (a row outside it cannot satisfy both), so it is done on the folded domains: the right side's
top is the left side's top less the offset, the left side's bottom the right side's bottom plus it (and the mirror
for ``<=``), for two passes (chains of three columns).
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from typing import Any

from seedbed.model.domain import Bound, ColumnDomain, ColumnOrder
from seedbed.model.schema import ColumnType, TypeKind
from seedbed.solve.algebra import intersect
from seedbed.solve.literals import NotFoldable

__all__ = ["narrow_by_orders"]

_ORDERED = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY, TypeKind.DATE,
                      TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME})
#: A time of day lies in one day: ``closes_at > opens_at + '4 hours'`` leaves opens_at before 20:00 (time + interval
#: wraps past midnight, so a later opening would need a closing before it: not what the CHECK means).
_DAY = (Bound(value=dt.time(0)), Bound(value=dt.time(23, 59, 59, 999999)))


def _shift(b: Bound, delta: Any, strict: bool, kind: TypeKind, *, upper: bool) -> Bound | None:
    """``b`` moved by ``delta`` (None: not at all), rounded inwards for an integer column."""
    value = b.value
    try:
        if delta is not None and isinstance(value, dt.time):  # a time of day: never across midnight
            moved = dt.datetime.combine(dt.date(2000, 1, 1), value) + delta
            if moved.date() != dt.date(2000, 1, 1):
                return None
            value = moved.time()
        elif delta is not None:
            value = value + delta
    except TypeError:
        return None
    if kind is TypeKind.INTEGER and isinstance(value, (Decimal, float)):
        value = math.floor(value) if upper else math.ceil(value)
    if kind is TypeKind.DATE and isinstance(value, dt.datetime):
        return None
    return Bound(value=value, inclusive=b.inclusive and not strict)


def _narrow(state: dict[str, ColumnDomain], col: str, extra: ColumnDomain, ctype: ColumnType) -> bool:
    current = state.get(col, ColumnDomain())
    try:
        got = intersect(current, extra, ctype)
    except (NotFoldable, TypeError):
        return False
    if got is None or got == current:
        return False  # an empty result is left to the database (the CHECK is reported there)
    state[col] = got
    return True


def narrow_by_orders(state: dict[str, ColumnDomain], orders: list[ColumnOrder], types: dict[str, ColumnType]) -> None:
    """Narrow ``state`` in place by the bounds each order carries from one side to the other (module docstring)."""
    for _ in range(2):
        changed = False
        for o in orders:
            lt, rt = types.get(o.left), types.get(o.right)
            if lt is None or rt is None or lt.kind != rt.kind or lt.kind not in _ORDERED \
                    or o.op not in (">", ">=", "<", "<="):
                continue
            strict = o.op in (">", "<")
            try:  # big >= small + d
                big, small, d = (o.left, o.right, o.offset) if o.op in (">", ">=") else \
                    (o.right, o.left, None if o.offset is None else -o.offset)
            except TypeError:
                continue
            neg = None if d is None else -d
            day = lt.kind is TypeKind.TIME and d is not None
            top = state.get(big, ColumnDomain()).high or (_DAY[1] if day else None)
            if top is not None and (bound := _shift(top, neg, strict, lt.kind, upper=True)) is not None:
                changed |= _narrow(state, small, ColumnDomain(high=bound), types[small])
            bottom = state.get(small, ColumnDomain()).low or (_DAY[0] if day else None)
            if bottom is not None and (bound := _shift(bottom, d, strict, lt.kind, upper=False)) is not None:
                changed |= _narrow(state, big, ColumnDomain(low=bound), types[big])
        if not changed:
            break
