"""Row cases (``seedbed.model.domain.CaseGroup``) on the generator's side, and column arithmetic.

Each row of a chunk takes one case per group, drawn from the stream ``(seed, table, "@case",
group, chunk, attempt)``: deterministic, and a regenerated row may take another case. A
column a case constrains is generated per bucket of rows that share its effective domain and
orders; an FK column takes NULL where its case says NULL and a parent where it says set.

Also here, because orders of the folder may now carry an offset (``end_date >= start_date +
1``) or be an equality (``x IS NOT DISTINCT FROM y``): :func:`shift` moves a column's values by
an offset, and array item counts (``cardinality(tags) = 0``) are fitted by :func:`fit_items`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from seedbed.generate.streams import stream
from seedbed.generate.values import ColumnData, GenRequest
from seedbed.model import CaseGroup, ColumnDomain, ColumnOrder, QualifiedName, Table, TableDomains

if TYPE_CHECKING:
    from seedbed.generate.engine import Engine
    from seedbed.planning.model import ColumnPlan, FkPlan, TablePlan

__all__ = ["buckets", "case_rows", "cased_value", "draw", "fit_items", "keep_cased_nulls", "lead_cases", "leading_columns",
           "merge", "nullable_in", "pick_by_value", "recase_fks", "row_domain", "shift"]


def draw(seed: int, table: QualifiedName, domains: TableDomains | None, number: int, n: int,
         attempt: int) -> dict[int, np.ndarray]:
    """The case index per row, for every group of the table."""
    if domains is None or not domains.groups:
        return {}
    out = {}
    for gi, group in enumerate(domains.groups):
        rng = stream(seed, table.schema, table.name, "@case", gi, number, attempt)
        out[gi] = rng.integers(0, len(group.cases), size=n, dtype=np.int64)
    return out


def _group_of(domains: TableDomains | None, column: str) -> int | None:
    if domains is None:
        return None
    for gi, group in enumerate(domains.groups):
        if column in group.columns:
            return gi
    return None


def buckets(domains: TableDomains | None, column: str, cases: dict[int, np.ndarray]
            ) -> list[tuple[np.ndarray, ColumnDomain | None, tuple[ColumnOrder, ...]]] | None:
    """Rows grouped by the domain and orders their case gives ``column``; None if no case does.

    Each bucket is ``(rows, domain or None for the table's, extra orders on the column)``.
    """
    gi = _group_of(domains, column)
    if gi is None or gi not in cases:
        return None
    group = domains.groups[gi]
    keyed: dict[Any, list[int]] = {}
    shape: dict[Any, tuple[ColumnDomain | None, tuple[ColumnOrder, ...]]] = {}
    for ci, case in enumerate(group.cases):
        dom = case.columns.get(column)
        orders = tuple(o for o in case.orders if o.left == column)
        key = repr((dom, orders))
        keyed.setdefault(key, []).append(ci)
        shape[key] = (dom, orders)
    if len(keyed) == 1 and next(iter(shape.values())) == (None, ()):
        return None
    chosen = cases[gi]
    out = []
    for key, cis in keyed.items():
        rows = np.flatnonzero(np.isin(chosen, cis))
        if len(rows):
            out.append((rows, *shape[key]))
    return out


def leading_columns(domains: TableDomains | None, order: list[str], fk_columns: set[str]) -> dict[str, int]:
    """Groups whose case a row can take from its own value: column -> group index.

    ``CHECK (status <> 'pending' OR shipped_at IS NULL)`` reads "a pending order has no shipped
    date". Drawn blindly, half the rows would take "shipped_at IS NULL" whatever their status. When
    the group's first column (in generation order) is a plain value that some cases narrow simply
    (a set, bounds, NULL or not), it is drawn from its whole domain first and then each row takes a
    case its value already satisfies (``pick_by_value``): the CHECK becomes the implication it says,
    and the column keeps its own mix. A foreign-key column of the group was picked before (FKs come
    first) and is picked again where the row's new case asks it NULL or set."""
    if domains is None or not domains.groups:
        return {}
    out: dict[str, int] = {}
    for gi, group in enumerate(domains.groups):
        cols = group.columns
        first = next((c for c in order if c in cols and c not in fk_columns), None)
        if first is None or any(o.left == first or o.right == first for c in group.cases for o in c.orders):
            continue
        narrowed = [c.columns[first] for c in group.cases if first in c.columns]
        if narrowed and all(_simple(d) for d in narrowed):
            out[first] = gi
    return out


def _simple(dom: ColumnDomain) -> bool:
    """A case domain whose admission of a value this module can tell (``_admits``)."""
    return not (dom.patterns or dom.case_insensitive_patterns or dom.not_patterns or dom.likes or dom.alternatives
                or dom.min_length is not None or dom.max_length is not None or dom.lowercase or dom.uppercase
                or dom.nonblank or dom.min_items is not None or dom.max_items is not None)


def _admits(dom: ColumnDomain, data: ColumnData) -> np.ndarray:
    """Per row: whether the value satisfies ``dom`` (a simple one): NULL only an ``always_null``."""
    n = len(data.values)
    nulls = data.nulls if data.nulls is not None else np.zeros(n, dtype=bool)
    if dom.always_null:
        return nulls.copy()
    ok = ~nulls
    vals = data.values
    as_obj = vals.astype(object)
    if dom.allowed is not None:
        ok &= np.isin(as_obj, np.array(list(dom.allowed), dtype=object))
    if dom.excluded:
        ok &= ~np.isin(as_obj, np.array(list(dom.excluded), dtype=object))
    for bound, above in ((dom.low, True), (dom.high, False)):
        if bound is None:
            continue
        try:
            cmp = [(v >= bound.value if bound.inclusive else v > bound.value) if above else
                   (v <= bound.value if bound.inclusive else v < bound.value) for v in vals.tolist()]
        except TypeError:  # values of another representation than the bound: not told here
            return np.zeros(n, dtype=bool)
        ok &= np.array(cmp, dtype=bool)
    return ok


def pick_by_value(group: CaseGroup, column: str, data: ColumnData, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's case after its ``column`` value (``leading_columns``), and the rows no case admits.

    Among the cases the value satisfies, a row takes one that constrains the fewest other columns
    (none at all: the value alone keeps the CHECK), the blind draw when it is one of them. A row
    whose value no case admits keeps its blind case; the caller draws its value again in it."""
    n = len(data.values)
    k = len(group.cases)
    admits = np.ones((k, n), dtype=bool)
    cost = np.zeros(k, dtype=np.int64)
    for ci, case in enumerate(group.cases):
        dom = case.columns.get(column)
        if dom is not None:
            admits[ci] = _admits(dom, data)
        cost[ci] = len(set(case.columns) - {column}) + len(case.orders)
    costs = np.where(admits, cost[:, None], np.iinfo(np.int64).max)
    best = costs.min(axis=0)
    candidates = admits & (costs == best[None, :])
    placed = admits.any(axis=0)
    rows = np.arange(n)
    keep = candidates[chosen, rows]
    out = np.where(keep | ~placed, chosen, candidates.argmax(axis=0))
    return out, ~placed


def lead_cases(engine: Engine, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
               raw: dict[str, ColumnData], number: int, attempt: int, cases: dict[int, np.ndarray], gi: int,
               data: ColumnData) -> ColumnData:
    """Each row's case of group ``gi`` picked after its value of ``cp`` (``leading_columns``);
    a row whose value no case admits is drawn again in its blind case."""
    cases[gi], lost = pick_by_value(tp.domains.groups[gi], cp.name, data, cases[gi])
    if not lost.any():
        return data
    rows = np.flatnonzero(lost)
    sub = {c: v.take(rows) for c, v in raw.items()}
    again = cased_value(engine, tp, table, cp, index[rows], sub, number, attempt, {g: c[rows] for g, c in cases.items()})
    kept = np.flatnonzero(~lost)
    return merge([(kept, data.take(kept)), (rows, again)], len(index))


def recase_fks(engine: Engine, tp: TablePlan, gi: int, cases: dict[int, np.ndarray], picked: dict[str, np.ndarray],
               enc: dict[str, list[str]], local: np.ndarray, number: int, attempt: int) -> None:
    """A foreign key of case group ``gi``, picked before its rows' cases were: NULL or a parent again
    where the case the row now takes says so."""
    cols = tp.domains.groups[gi].columns
    for fk in tp.fks:
        if fk.name not in picked or fk.broken or not set(fk.columns) & cols:
            continue
        rows = case_rows(engine, tp, fk, picked[fk.name], cases, local, number, attempt)
        if not np.array_equal(rows, picked[fk.name]):
            picked[fk.name] = rows
            enc.update(engine.lookup(fk, rows))


def row_domain(domains: TableDomains | None, column: str, cases: dict[int, np.ndarray],
               row: int) -> ColumnDomain:
    """The domain ``column`` has on one row (the table's, or its case's)."""
    base = domains.column(column) if domains is not None else ColumnDomain()
    gi = _group_of(domains, column)
    if gi is None or gi not in cases:
        return base
    return domains.groups[gi].cases[int(cases[gi][row])].columns.get(column, base)


def nullable_in(domains: TableDomains | None, column: str, cases: dict[int, np.ndarray],
                n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row: whether ``column`` must be NULL, and whether it must be set (its case says so)."""
    must_null = np.zeros(n, dtype=bool)
    must_set = np.zeros(n, dtype=bool)
    gi = _group_of(domains, column)
    if gi is None or gi not in cases:
        return must_null, must_set
    for ci, case in enumerate(domains.groups[gi].cases):
        dom = case.columns.get(column)
        if dom is None:
            continue
        rows = cases[gi] == ci
        if dom.always_null:
            must_null |= rows
        elif dom.not_null:
            must_set |= rows
    return must_null, must_set


def keep_cased_nulls(domains: TableDomains | None, column: str, cases: dict[int, np.ndarray],
                     data: ColumnData) -> ColumnData:
    """``data`` NULL where the row's case says NULL and set where it says set, whatever a soft rule
    (a status gate, a derived value) made of it since: a CHECK outranks a lifecycle's guess. A row
    a case keeps set had a value drawn for it, so clearing its NULL shows a real value."""
    must_null, must_set = nullable_in(domains, column, cases, len(data.values))
    if not (must_null.any() or must_set.any()):
        return data
    nulls = data.nulls if data.nulls is not None else np.zeros(len(data.values), dtype=bool)
    nulls = (nulls & ~must_set) | must_null
    return ColumnData(values=data.values, nulls=nulls if nulls.any() else None)


def merge(parts: list[tuple[np.ndarray, ColumnData]], n: int) -> ColumnData:
    """One column's data from the data of disjoint row subsets covering ``0..n-1``."""
    typed = [d for _, d in parts if d.nulls is None or not d.nulls.all()]
    dtype = typed[0].values.dtype if typed else np.dtype(object)
    values = np.zeros(n, dtype=dtype) if dtype != object else np.full(n, None, dtype=object)
    nulls = np.zeros(n, dtype=bool)
    for rows, d in parts:
        part_nulls = d.nulls if d.nulls is not None else np.zeros(len(rows), dtype=bool)
        if d.values.dtype == dtype or dtype == object:
            values[rows] = d.values
        else:  # an all-NULL part of another dtype: placeholders stay
            part_nulls = np.ones(len(rows), dtype=bool)
        nulls[rows] = part_nulls
    return ColumnData(values=values, nulls=nulls if nulls.any() else None)


def shift(data: ColumnData, offset: Any) -> ColumnData:
    """``data + offset`` (an int, Decimal or timedelta), in the dtype of ``data``."""
    if offset is None:
        return data
    vals = data.values
    kind = vals.dtype.kind
    if isinstance(offset, dt.timedelta):
        if kind == "m":  # a time of day (or an interval) plus a span
            return ColumnData(values=vals + np.timedelta64(offset // dt.timedelta(microseconds=1), "us"),
                              nulls=data.nulls)
        if kind != "M":
            return data
        unit = np.datetime_data(vals.dtype)[0]
        step = np.timedelta64(offset // dt.timedelta(microseconds=1), "us")
        if unit == "D":
            step = np.timedelta64(offset.days, "D")
        return ColumnData(values=vals + step, nulls=data.nulls)
    if kind in "iu" and isinstance(offset, int):
        return ColumnData(values=vals + offset, nulls=data.nulls)
    if kind == "f" and isinstance(offset, int | float | Decimal):
        return ColumnData(values=vals + float(offset), nulls=data.nulls)
    return data


def copy_equal(data: ColumnData, source: ColumnData, offset: Any) -> ColumnData:
    """``x = y (+ offset)``: rows where y is set take its value; the others keep theirs."""
    src = shift(source, offset)
    if src.values.dtype != data.values.dtype:
        return data
    have = np.ones(len(src.values), dtype=bool) if src.nulls is None else ~src.nulls
    values = data.values.copy()
    values[have] = src.values[have]
    nulls = None if data.nulls is None else data.nulls & ~have
    return ColumnData(values=values, nulls=nulls if nulls is not None and nulls.any() else None)


def fit_items(data: ColumnData, req: GenRequest, rng: np.random.Generator) -> ColumnData:
    """Arrays cut or grown to the request's item counts (1-D arrays): a short array takes
    elements of the chunk's other arrays, or fresh ones when there are none."""
    lo, hi = req.domain.min_items, req.domain.max_items
    if (lo is None and hi is None) or data.values.dtype != object:
        return data
    values = data.values.copy()
    pool = [e for v in values.tolist() if isinstance(v, list) for e in v if not isinstance(e, list)]
    if not pool and lo:
        pool = _elements(req, max(lo, 1), rng)
    for i, v in enumerate(values.tolist()):
        if not isinstance(v, list):
            continue
        items = list(v)
        if hi is not None and len(items) > hi:
            items = items[:hi]
        if lo is not None and len(items) < lo:
            need = lo - len(items)
            items += [pool[int(k)] for k in rng.integers(0, len(pool), size=need)]
        values[i] = items
    return ColumnData(values=values, nulls=data.nulls)


def _elements(req: GenRequest, k: int, rng: np.random.Generator) -> list:
    """``k`` element literals of an array column's element type."""
    from seedbed.generate.values import generate, literals
    from seedbed.generate.values.compound import element_domain

    etype = replace(req.column.type, array_dims=0)
    col = replace(req.column, type=etype, nullable=False)
    dom = replace(element_domain(req.domain), min_items=None, max_items=None)
    return literals(etype, generate(GenRequest(column=col, domain=dom, index=np.arange(k, dtype=np.int64),
                                               salt=req.salt), rng).values)


def case_rows(engine: Engine, tp: TablePlan, fk: FkPlan, rows: np.ndarray, cases: dict[int, np.ndarray],
              local: np.ndarray, number: int, attempt: int) -> np.ndarray:
    """Parent rows after the rows' cases: NULL where a case says NULL, a parent where it says set."""
    must_null = np.zeros(len(rows), dtype=bool)
    must_set = np.zeros(len(rows), dtype=bool)
    for c in fk.columns:
        mn, ms = nullable_in(tp.domains, c, cases, len(rows))
        must_null |= mn
        must_set |= ms
    if not (must_null.any() or must_set.any()):
        return rows
    rows = rows.copy()
    gap = must_set & (rows < 0)
    if gap.any():
        rows[gap] = engine._pick(tp, replace(fk, null_rate=0.0), local, number, attempt)[gap]
    rows[must_null] = -1
    return rows


def cased_value(engine: Engine, tp: TablePlan, table: Table, cp: ColumnPlan, index: np.ndarray,
                raw: dict[str, ColumnData], number: int, attempt: int,
                cases: dict[int, np.ndarray]) -> ColumnData:
    """A column's values, generated per bucket of rows whose cases give it one domain."""
    parts = buckets(tp.domains, cp.name, cases) if cases and not cp.unique else None
    if parts is None:
        data = engine._value(tp, table, cp, index, raw, number, attempt)
        # A UNIQUE column's values are one set over the table (not drawn per case), but a case's
        # NULL or set holds on it too (``num_nonnulls(a, b) = 1`` over two unique codes).
        return keep_cased_nulls(tp.domains, cp.name, cases, data) if cases and cp.unique else data
    base = tp.domains.column(cp.name)
    loose = replace(base, not_null=False, always_null=False)
    out = []
    for k, (rows, dom, orders) in enumerate(parts):
        sub = {c: v.take(rows) for c, v in raw.items()}
        # a case that narrows the values (not just NULL or set) bypasses intents
        plain = dom is not None and replace(dom, not_null=False, always_null=False) != loose
        out.append((rows, engine._value(tp, table, cp, index[rows], sub, number, attempt, domain=dom,
                                        orders=orders, plain=plain, tag=f"#case{k}")))
    return merge(out, len(index))
