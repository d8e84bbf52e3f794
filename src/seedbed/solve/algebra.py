"""Set operations on :class:`ColumnDomain`: intersection, union, and proofs of emptiness.

Semantics (three-valued, as CHECK evaluates): a domain admits NULL unless ``not_null``; a
non-NULL value must satisfy every field, and one of ``alternatives`` when there are any.
``always_null`` admits only NULL. Functions return ``None`` for a domain with no non-NULL
value (a CHECK that only NULL could pass is reported as unsatisfiable: it is a schema bug,
not an intent), except for an explicit ``always_null``.

Domains are kept canonical so that equal constraints compare equal: discrete bounds
(integers, dates) are inclusive, a finite ``allowed`` set absorbs the fields it was filtered
by, enum and boolean domains become ``allowed`` label sets, and an ``alternatives`` tuple
with a single surviving branch is merged into the top level.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from seedbed.errors import UnsatisfiableConstraint
from seedbed.model.domain import Bound, ColumnDomain
from seedbed.model.schema import ColumnType, TypeKind
from seedbed.solve.dialect import are_to_python, like_to_regex
from seedbed.solve.literals import NotFoldable
from seedbed.solve.regex import PatternLengthError, compile_pattern

__all__ = ["TEXT_KINDS", "admits", "intersect", "normalize", "type_limits", "union"]

TEXT_KINDS = frozenset({TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM})
MAX_ALTERNATIVES = 64
_INT_LIMITS = {16: 2**15 - 1, 32: 2**31 - 1, 64: 2**63 - 1}
_STEP = {TypeKind.INTEGER: 1, TypeKind.DATE: dt.timedelta(days=1)}
_LIST_FIELDS = ("excluded", "patterns", "case_insensitive_patterns", "not_patterns", "likes")


def intersect(a: ColumnDomain, b: ColumnDomain, ctype: ColumnType) -> ColumnDomain | None:
    """Values admitted by both domains, or None if there is no non-NULL one.

    Raises:
        NotFoldable: when the cross product of two ``alternatives`` tuples is too large.
    """
    return normalize(_merge(a, b), ctype)


def _merge(a: ColumnDomain, b: ColumnDomain) -> ColumnDomain:
    not_null = a.not_null or b.not_null
    if a.always_null or b.always_null:
        return ColumnDomain(always_null=True, not_null=not_null)
    if a.allowed is not None and b.allowed is not None:
        allowed: tuple[Any, ...] | None = tuple(v for v in a.allowed if v in b.allowed)
    else:
        allowed = a.allowed if a.allowed is not None else b.allowed
    if a.alternatives and b.alternatives:
        if len(a.alternatives) * len(b.alternatives) > MAX_ALTERNATIVES:
            raise NotFoldable("too many alternative branches")
        alts = tuple(_merge(x, y) for x in a.alternatives for y in b.alternatives)
    else:
        alts = a.alternatives or b.alternatives
    lists = {f: _unique(getattr(a, f) + getattr(b, f)) for f in _LIST_FIELDS}
    return ColumnDomain(
        not_null=not_null, allowed=allowed, low=_tighter(a.low, b.low, low=True),
        high=_tighter(a.high, b.high, low=False),
        min_length=_pick(a.min_length, b.min_length, max),
        max_length=_pick(a.max_length, b.max_length, min), alternatives=alts,
        lowercase=a.lowercase or b.lowercase, uppercase=a.uppercase or b.uppercase,
        nonblank=a.nonblank or b.nonblank, min_items=_pick(a.min_items, b.min_items, max),
        max_items=_pick(a.max_items, b.max_items, min), span_low=_tighter(a.span_low, b.span_low, low=True),
        span_high=_tighter(a.span_high, b.span_high, low=False), **lists)


def _unique(values: tuple[Any, ...]) -> tuple[Any, ...]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return tuple(out)


def _pick(x: int | None, y: int | None, fn: Any) -> int | None:
    return y if x is None else x if y is None else fn(x, y)


def _tighter(x: Bound | None, y: Bound | None, *, low: bool) -> Bound | None:
    if x is None or y is None:
        return x or y
    if x.value == y.value:
        return Bound(value=x.value, inclusive=x.inclusive and y.inclusive)
    return (x if x.value > y.value else y) if low else (x if x.value < y.value else y)


def union(branches: list[ColumnDomain], ctype: ColumnType) -> ColumnDomain | None:
    """A domain admitting what any branch admits (same-column OR).

    Equality-only branches merge into one ``allowed`` set, an ``always_null`` branch makes
    the result nullable, anything else becomes ``alternatives``.
    """
    nullable = any(b.always_null for b in branches)
    values = [b for b in branches if not b.always_null]
    if not values:
        return ColumnDomain(always_null=True) if nullable else None
    not_null = all(b.not_null for b in values) and not nullable
    stripped = [replace(b, not_null=False) for b in values]
    if any(s == ColumnDomain() for s in stripped):
        return ColumnDomain(not_null=not_null)
    flat: list[ColumnDomain] = []
    for s in stripped:
        if s.alternatives:
            top = replace(s, alternatives=())
            flat.extend(_merge(top, alt) for alt in s.alternatives)
        else:
            flat.append(s)
    if len(flat) > MAX_ALTERNATIVES:
        raise NotFoldable("too many alternative branches")
    return normalize(ColumnDomain(not_null=not_null, alternatives=_unique(tuple(flat))), ctype)


def normalize(d: ColumnDomain, ctype: ColumnType) -> ColumnDomain | None:
    """Canonical form of ``d`` for a column of type ``ctype``; None if provably empty."""
    if d.always_null:
        return None if d.not_null else ColumnDomain(always_null=True)
    d = _inclusive(d, ctype.kind)
    if not _range_ok(d, ctype) or not _lengths_ok(d, ctype) or not _patterns_ok(d, ctype):
        return None
    if d.min_items is not None and d.max_items is not None and d.min_items > d.max_items:
        return None
    if not _spans_ok(d):
        return None
    if d.allowed is None and ctype.kind in (TypeKind.ENUM, TypeKind.BOOL) \
            and d != ColumnDomain(not_null=d.not_null):
        labels = ctype.enum_labels if ctype.kind is TypeKind.ENUM else (False, True)
        d = replace(d, allowed=tuple(labels))
    if d.allowed is not None:
        return _finite(d, ctype)
    excluded = tuple(v for v in d.excluded if admits(replace(d, excluded=()), v, ctype))
    d = replace(d, excluded=excluded)
    if ctype.kind is TypeKind.INTEGER and d.low and d.high and excluded \
            and d.high.value - d.low.value < len(excluded) \
            and all(v in excluded for v in range(d.low.value, d.high.value + 1)):
        return None
    if not d.alternatives:
        return d
    top = replace(d, alternatives=())
    alts = [a for a in d.alternatives if normalize(_merge(top, a), ctype) is not None]
    if not alts:
        return None
    if len(alts) == 1:
        return normalize(_merge(top, alts[0]), ctype)
    if all(a == ColumnDomain(allowed=a.allowed) and a.allowed is not None for a in alts):
        merged = _unique(tuple(v for a in alts for v in a.allowed or ()))
        return normalize(replace(top, allowed=merged), ctype)
    return replace(top, alternatives=tuple(alts))


def _inclusive(d: ColumnDomain, kind: TypeKind) -> ColumnDomain:
    step = _STEP.get(kind)
    if step is None:
        return d
    low, high = d.low, d.high
    if low is not None and not low.inclusive:
        low = Bound(value=low.value + step)
    if high is not None and not high.inclusive:
        high = Bound(value=high.value - step)
    return replace(d, low=low, high=high) if (low, high) != (d.low, d.high) else d


def _spans_ok(d: ColumnDomain) -> bool:
    """A range column's length bounds leave some length."""
    low, high = d.span_low, d.span_high
    if low is None or high is None:
        return True
    try:
        return low.value < high.value or low.value == high.value and low.inclusive and high.inclusive
    except TypeError:
        return True


def _range_ok(d: ColumnDomain, ctype: ColumnType) -> bool:
    low, high = d.low, d.high
    try:
        if low is not None and high is not None:
            if low.value > high.value:
                return False
            if low.value == high.value and not (low.inclusive and high.inclusive):
                return False
        limits = type_limits(ctype)
        if limits is not None:
            smallest, largest = limits
            if low is not None and low.value > largest:
                return False
            if high is not None and high.value < smallest:
                return False
    except TypeError:
        return True  # mixed types: cannot tell
    return True


def type_limits(ctype: ColumnType) -> tuple[Any, Any] | None:
    """The smallest and largest value the column type can store, when bounded."""
    if ctype.kind is TypeKind.INTEGER and ctype.bits in _INT_LIMITS:
        top = _INT_LIMITS[ctype.bits]
        return -top - 1, top
    if ctype.kind is TypeKind.NUMERIC and ctype.precision is not None:
        scale = ctype.scale or 0
        top = Decimal(10) ** (ctype.precision - scale) - Decimal(10) ** -scale
        return -top, top
    return None


def _max_len(d: ColumnDomain, ctype: ColumnType) -> int | None:
    limits = [x for x in (d.max_length, ctype.length if ctype.kind in TEXT_KINDS else None)
              if x is not None]
    return min(limits) if limits else None


def _lengths_ok(d: ColumnDomain, ctype: ColumnType) -> bool:
    hi = _max_len(d, ctype)
    if hi is None:
        return True
    if hi < 0 or (d.min_length is not None and d.min_length > hi):
        return False
    return not (d.nonblank and hi == 0)


def _patterns_ok(d: ColumnDomain, ctype: ColumnType) -> bool:
    hi = _max_len(d, ctype)
    lo = d.min_length
    checks = [(p, False, False) for p in d.patterns]
    checks += [(p, True, False) for p in d.case_insensitive_patterns]
    checks += [(p, False, True) for p in d.likes]
    return all(_pattern_fits(p, ci, like, lo, hi) for p, ci, like in checks)


@lru_cache(maxsize=1024)
def _pattern_fits(pattern: str, ci: bool, like: bool, lo: int | None, hi: int | None) -> bool:
    try:
        if like:
            compile_pattern(like_to_regex(pattern), min_length=lo, max_length=hi)
        else:
            compile_pattern(pattern, min_length=lo, max_length=hi, case_insensitive=ci)
    except (UnsatisfiableConstraint, PatternLengthError):
        return False
    except ValueError:
        return True  # unsupported construct: nothing proven
    return True


def _finite(d: ColumnDomain, ctype: ColumnType) -> ColumnDomain | None:
    """Filter ``allowed`` by every other field; keep only what could not be evaluated."""
    rest = replace(d, allowed=None, not_null=False)
    values = _unique(tuple(v for v in d.allowed or () if admits(rest, v, ctype)))
    if ctype.kind in (TypeKind.TEXT, TypeKind.CHAR) and ctype.length is not None:
        values = tuple(v for v in values if not isinstance(v, str) or len(v) <= ctype.length)  # never storable
    if ctype.kind is TypeKind.ENUM:
        values = tuple(v for v in values if v in ctype.enum_labels)
    if not values:
        return None
    kept = {f: tuple(p for p in getattr(d, f) if _py(p) is None)
            for f in ("patterns", "case_insensitive_patterns", "not_patterns")}
    if ctype.is_array:  # the list is of elements; the item counts still bound each array
        kept.update(min_items=d.min_items, max_items=d.max_items)
    return ColumnDomain(not_null=d.not_null, allowed=values, **kept)


@lru_cache(maxsize=1024)
def _py(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(are_to_python(pattern))
    except (ValueError, re.error):
        return None


def admits(d: ColumnDomain, v: Any, ctype: ColumnType) -> bool:
    """Whether the non-NULL value ``v`` satisfies ``d`` (unknowable parts count as satisfied)."""
    try:
        return _admits(d, v)
    except TypeError:
        return True


def _admits(d: ColumnDomain, v: Any) -> bool:
    if d.always_null:
        return False
    if d.allowed is not None and v not in d.allowed:
        return False
    if v in d.excluded:
        return False
    if d.low is not None and (v < d.low.value or (v == d.low.value and not d.low.inclusive)):
        return False
    if d.high is not None and (v > d.high.value or (v == d.high.value and not d.high.inclusive)):
        return False
    if isinstance(v, str) and not _admits_text(d, v):
        return False
    return not d.alternatives or any(_admits(a, v) for a in d.alternatives)


def _admits_text(d: ColumnDomain, v: str) -> bool:
    if d.min_length is not None and len(v) < d.min_length:
        return False
    if d.max_length is not None and len(v) > d.max_length:
        return False
    if (d.lowercase and v != v.lower()) or (d.uppercase and v != v.upper()):
        return False
    if d.nonblank and not v.strip():
        return False
    for p in d.patterns:
        rx = _py(p)
        if rx is not None and not rx.search(v):
            return False
    for p in d.case_insensitive_patterns:
        rx = _py(p)
        if rx is not None and not re.search(rx.pattern, v, re.IGNORECASE):
            return False
    for p in d.not_patterns:
        rx = _py(p)
        if rx is not None and rx.search(v):
            return False
    return all(re.fullmatch(are_to_python(like_to_regex(p)), v, re.DOTALL) for p in d.likes)
