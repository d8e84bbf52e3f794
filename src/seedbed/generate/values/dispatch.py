"""``generate`` and ``cardinality``: route a request to its kind's generator, honour the domain.

The steps every kind shares live here: refusing ``OTHER`` columns that need a value, the
capacity check of unique columns (``DomainTooSmall`` before anything is made), arrays,
``alternatives`` (each row picks one OR branch, merged with the rest of the domain), ``allowed``
sets, exclusions for kinds without a dedicated rule, and the NULL mask.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from seedbed.errors import DomainTooSmall, UnsatisfiableConstraint, UnsupportedType
from seedbed.generate.values import compound, geometry, misc, network, numbers, ordinal, temporal, text
from seedbed.generate.values.data import ColumnData, GenRequest, column_key, may_be_null, object_array
from seedbed.generate.values.ordinal import Axis, scrambled_ranks
from seedbed.model import Bound, Column, ColumnDomain, ColumnType, TypeKind

__all__ = ["cardinality", "generate", "merge_domains"]

_NUMBER_KINDS = frozenset({TypeKind.INTEGER, TypeKind.OID, TypeKind.NUMERIC, TypeKind.MONEY,
                           TypeKind.FLOAT})
_TEMPORAL_KINDS = frozenset({TypeKind.DATE, TypeKind.TIME, TypeKind.TIMETZ, TypeKind.TIMESTAMP,
                             TypeKind.TIMESTAMPTZ, TypeKind.INTERVAL})
_ORDINAL_KINDS = _NUMBER_KINDS | _TEMPORAL_KINDS
_OTHER_GENERATORS = {**misc.GENERATORS, **network.GENERATORS, **geometry.GENERATORS}
_RETRIES = 16


def axis_for(ctype: ColumnType, domain: ColumnDomain) -> Axis:
    """The unit axis of an ordered kind."""
    if ctype.kind in _NUMBER_KINDS:
        return numbers.axis(ctype, domain)
    return temporal.axis(ctype)


# ------------------------------------------------------------------------------ domains


def _tighter(a: Bound | None, b: Bound | None, *, low: bool) -> Bound | None:
    if a is None or b is None:
        return a or b
    try:
        if a.value == b.value:
            return a if not a.inclusive else b
        return (a if a.value > b.value else b) if low else (a if a.value < b.value else b)
    except TypeError:
        return b


def merge_domains(base: ColumnDomain, branch: ColumnDomain) -> ColumnDomain:
    """Both domains at once (an AND): sets intersected, bounds tightened, patterns combined."""
    if base.allowed is not None and branch.allowed is not None:
        allowed: tuple[Any, ...] | None = tuple(v for v in base.allowed if v in branch.allowed)
    else:
        allowed = base.allowed if base.allowed is not None else branch.allowed
    lows = [x for x in (base.min_length, branch.min_length) if x is not None]
    highs = [x for x in (base.max_length, branch.max_length) if x is not None]
    return ColumnDomain(
        not_null=base.not_null or branch.not_null,
        allowed=allowed,
        excluded=base.excluded + tuple(v for v in branch.excluded if v not in base.excluded),
        low=_tighter(base.low, branch.low, low=True),
        high=_tighter(base.high, branch.high, low=False),
        min_length=max(lows) if lows else None,
        max_length=min(highs) if highs else None,
        patterns=base.patterns + branch.patterns,
        case_insensitive_patterns=base.case_insensitive_patterns + branch.case_insensitive_patterns,
        not_patterns=base.not_patterns + branch.not_patterns,
        likes=base.likes + branch.likes,
        alternatives=branch.alternatives,
        lowercase=base.lowercase or branch.lowercase,
        uppercase=base.uppercase or branch.uppercase,
        nonblank=base.nonblank or branch.nonblank,
        always_null=base.always_null or branch.always_null,
    )


def _branches(domain: ColumnDomain) -> list[ColumnDomain]:
    base = replace(domain, alternatives=())
    return [merge_domains(base, b) for b in domain.alternatives]


# -------------------------------------------------------------------------- cardinality


def _allowed_items(column: Column, domain: ColumnDomain) -> np.ndarray:
    """The allowed set as a values array of the column's kind (deduplicated, filtered)."""
    ctype = column.type
    kind = ctype.kind
    assert domain.allowed is not None
    if kind in _ORDINAL_KINDS:
        ax = axis_for(ctype, domain)
        return ax.to_values(ordinal.allowed_units(ax, domain, domain.allowed))
    excluded = set(domain.excluded)
    items = [v for v in dict.fromkeys(domain.allowed) if v not in excluded and v is not None]
    if kind is TypeKind.BOOL:
        return np.array(sorted({bool(v) for v in items}), dtype=bool)
    if kind in (TypeKind.TEXT, TypeKind.CHAR):
        lmin, lmax = text.length_limits(ctype, domain)
        if kind is TypeKind.CHAR:
            lmin, lmax = 1, 1
        items = [str(v) for v in items]
        items = [v for v in dict.fromkeys(items) if lmin <= len(v) and (lmax is None or len(v) <= lmax)]
    elif kind is TypeKind.BYTEA:
        items = [v if isinstance(v, bytes) else str(v) for v in items]
    else:
        items = list(dict.fromkeys(str(v) for v in items))
    return object_array(items)


def cardinality(column: Column, domain: ColumnDomain) -> int | None:
    """How many distinct non-NULL values ``generate`` can make for ``column`` under ``domain``.

    Returns:
        A count (0 when the domain is empty or the type unsupported), or None when effectively
        unbounded (more than 2**62).
    """
    ctype = column.type
    if _unsupported(ctype) or domain.always_null:
        return 0
    if ctype.is_array:
        element = replace(column, type=replace(ctype, array_dims=0))
        return compound.array_cardinality(cardinality(element, compound.element_domain(domain)))
    if domain.alternatives:
        total = 0
        for b in _branches(domain):
            c = cardinality(column, b)
            if c is None:
                return None
            total += c
        return total if total <= 2**62 else None
    kind = ctype.kind
    if domain.allowed is not None and kind is not TypeKind.ENUM:
        return len(_allowed_items(column, domain))
    if kind in _ORDINAL_KINDS:
        return ordinal.cardinality(axis_for(ctype, domain), domain)
    if kind is TypeKind.TEXT:
        return text.cardinality(column, domain)
    if kind is TypeKind.CHAR:
        return len(text.char_letters(domain))
    if kind in (TypeKind.RANGE, TypeKind.MULTIRANGE):
        sub = compound.range_subtype(ctype)
        if sub is None:
            return None
        return cardinality(Column(name=column.name, type=sub, nullable=False), ColumnDomain())
    if kind in (TypeKind.MACADDR,):
        return network.cardinality(column, domain)
    return misc.cardinality(column, domain)


def _describe(column: Column, domain: ColumnDomain) -> str:
    if column.type.kind is TypeKind.ENUM and domain.allowed is None and not domain.alternatives:
        return "labels"
    if domain.allowed is not None:
        return "allowed values"
    return f"possible {column.type.sql_name} values"


def _check_capacity(req: GenRequest) -> None:
    card = cardinality(req.column, req.domain)
    if card is None:
        return
    top = int(req.index.max()) + 1 if req.n else 0
    need = max(req.table_rows, req.n, top)
    if need > card:
        what = _describe(req.column, req.domain)
        raise DomainTooSmall(
            f"cannot make {need} unique values from {card} {what} of column {req.column.name}",
            subject=req.column.name,
            hint="lower the row count, drop the UNIQUE constraint, or widen the allowed values")


# ----------------------------------------------------------------------------- generate


def _pick_allowed(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    items = _allowed_items(req.column, req.domain)
    if not len(items):
        raise UnsatisfiableConstraint(
            f"none of the allowed values of {req.column.name} fits its type and constraints",
            subject=req.column.name, hint="check the column's IN list against its other CHECKs")
    if req.unique:
        return items[scrambled_ranks(req.index, len(items), column_key(req, "allowed"), 0, len(items))]
    return items[rng.integers(0, len(items), size=req.n)]


def _sub(req: GenRequest, rows: np.ndarray, **changes: Any) -> GenRequest:
    return replace(req, index=req.index[rows],
                   low=req.low.take(rows) if req.low is not None else None,
                   high=req.high.take(rows) if req.high is not None else None, **changes)


def _assemble(n: int, parts: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    dtypes = {p.dtype for _, p in parts}
    dtype = dtypes.pop() if len(dtypes) == 1 else np.dtype(object)
    out = np.empty(n, dtype=dtype)
    for rows, values in parts:
        out[rows] = values
    return out


def _alternatives(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    branches = _branches(req.domain)
    cards = [cardinality(req.column, b) for b in branches]
    live = [i for i, c in enumerate(cards) if c != 0]
    if not live:
        raise UnsatisfiableConstraint(f"no branch of the OR on {req.column.name} can be satisfied",
                                      subject=req.column.name)
    parts = []
    if not req.unique:
        choice = rng.integers(0, len(live), size=req.n)
        for j, b in enumerate(live):
            rows = np.flatnonzero(choice == j)
            if rows.size:
                parts.append((rows, _values(_sub(req, rows, domain=branches[b]), rng)))
        return _assemble(req.n, parts)
    # unique: branches take consecutive blocks of indexes, finite ones first
    order = sorted(live, key=lambda i: (cards[i] is None, i))
    start = 0
    for b in order:
        cap = cards[b]
        end = None if cap is None else start + cap
        inside = req.index >= start
        if end is not None:
            inside &= req.index < end
        rows = np.flatnonzero(inside)
        if rows.size:
            rows_tr = cap if cap is not None else max(req.table_rows - start, 0)
            sub = _sub(req, rows, domain=branches[b], table_rows=rows_tr)
            sub = replace(sub, index=req.index[rows] - start)
            parts.append((rows, _values(sub, rng)))
        if end is None:
            break
        start = end
    return _assemble(req.n, parts)


def _exclude(req: GenRequest, values: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Redraw rows equal to an excluded value (kinds without their own exclusion rule)."""
    excluded = {str(v) for v in req.domain.excluded}
    for _ in range(_RETRIES):
        bad = np.flatnonzero([str(v) in excluded for v in values.tolist()])
        if not bad.size:
            break
        values[bad] = _kind_values(_sub(req, bad), rng)
    return values


def _kind_values(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    ctype = req.column.type
    kind = ctype.kind
    if kind in _ORDINAL_KINDS:
        ax = axis_for(ctype, req.domain)
        return ax.to_values(ordinal.generate_units(ax, req, rng))
    if kind is TypeKind.TEXT:
        return text.generate(req, rng)
    if kind is TypeKind.CHAR:
        return text.generate_char(req, rng)
    if kind in (TypeKind.RANGE, TypeKind.MULTIRANGE):
        return compound.range_values(req, rng, _values)
    gen = _OTHER_GENERATORS.get(kind)
    if gen is None:
        raise UnsupportedType(f"column {req.column.name} has type {ctype.sql_name}, which seedbed "
                              "cannot generate", subject=req.column.name,
                              hint="make the column nullable or give it a default and leave it out")
    return gen(req, rng)


def _values(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    """Values (no NULL mask) for any request: arrays, OR branches, allowed sets, kinds."""
    ctype = req.column.type
    if _unsupported(ctype):
        _refuse(req.column)
    if ctype.is_array:
        return compound.array_values(req, rng, _values)
    domain = req.domain
    if domain.alternatives:
        return _alternatives(req, rng)
    if domain.allowed is not None and ctype.kind is not TypeKind.ENUM:
        return _pick_allowed(req, rng)
    values = _kind_values(req, rng)
    if (domain.excluded and not req.unique and ctype.kind not in _ORDINAL_KINDS
            and ctype.kind not in (TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM)):
        values = _exclude(req, values, rng)
    return values


def _unsupported(ctype: ColumnType) -> bool:
    """``OTHER``, or a range over a subtype seedbed does not generate."""
    if ctype.kind is TypeKind.OTHER:
        return True
    if ctype.kind in (TypeKind.RANGE, TypeKind.MULTIRANGE):
        sub = compound.range_subtype(ctype)
        return sub is not None and sub.kind is TypeKind.OTHER
    return False


def _refuse(column: Column) -> None:
    raise UnsupportedType(
        f"column {column.name} has type {column.type.sql_name}, which seedbed cannot generate, "
        "and it needs a value (NOT NULL)",
        subject=column.name,
        hint="give the column a DEFAULT and leave it out of the seed, make it nullable, "
             "or register a provider for the type")


def generate(req: GenRequest, rng: np.random.Generator) -> ColumnData:
    """Values for one column and one chunk of rows.

    Deterministic in ``(req, rng)``: unique values depend on ``req.index`` only; everything
    else draws from ``rng``.

    Args:
        req: the column, its domain, the chunk's row indexes and the options.
        rng: the chunk's keyed stream.

    Returns:
        ``ColumnData`` with one value per row and the NULL mask.

    Raises:
        UnsupportedType: the column's type is not generated and the column is NOT NULL.
        DomainTooSmall: ``unique`` and more rows than distinct values.
        UnsatisfiableConstraint: the domain leaves no value at all.
    """
    column = req.column
    n = req.n
    nullable = may_be_null(column, req.domain)
    if _unsupported(column.type) or req.domain.always_null:
        if nullable:
            return ColumnData(values=np.full(n, None, dtype=object), nulls=np.ones(n, dtype=bool))
        _refuse(column)
    if req.unique:
        _check_capacity(req)
    values = _values(req, rng)
    nulls = None
    if nullable and req.null_rate > 0 and n:
        mask = rng.random(n) < req.null_rate
        nulls = mask if mask.any() else None
    return ColumnData(values=values, nulls=nulls)
