"""Aggregates that add up where the names say so (DESIGN.md principle 9; issues 10 and 13).

Three relations between a parent row's amount and its children's, recognised by column names
and the FK structure, never by the shop's table names:

* ``sum``: the parent's total (``total``, ``total_amount``, ``grand_total``, ``subtotal``,
  ``amount``, ``*_cents``, ...) is the sum of its line rows' amounts. A child is a line of the
  parent when it has a quantity and a unit price (``quantity * unit_price``), a line total
  (``line_total``, ``line_amount``, ``extended_price``), or when the table is named like lines
  (``*_items``, ``*_lines``, ``*_entries``, ``*_details``, ``*_positions``) and has an amount
  or a price. ``invoices``/``invoice_lines``, ``carts``/``cart_entries``,
  ``bookings``/``booking_items`` alike.
* ``copy``: a payment's amount is its parent's amount (a table named like payments, charges,
  transactions, settlements, receipts, with an amount column, referencing a row with one).
* ``cap``: a refund's amount is at most its parent's (tables named like refunds, chargebacks,
  reversals, credit notes). Its time after its parent's is the timeline's (children after
  parents through every FK).

How it holds although a parent is generated before its children (``seedbed.generate.aggregates``):
the parent decides. A sum's child rows are laid out per parent (consecutive, a count per parent
row that both sides compute from the seed: a fan-out asked, or skewed counts of at least one),
so the parent knows how many lines each row has and keeps its drawn total inside what that many
lines can hold; it leaves the final total in an attribute pool (``'@amount:<column>'``), and
each line reads it with its rank and splits it exactly (integer units of the coarsest scale
involved). Memory is one int64 per parent row, like a key pool; chunks stay independent.

What the user pinned wins: a line column given a range, a mix or a provider keeps it (the
relation is dropped, with a note); a total given a range is split within it.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.model import ColumnDomain, QualifiedName, Schema, TypeKind
from seedbed.planning.childcounts import counts_children, one_of_siblings
from seedbed.planning.model import Aggregate, ColumnPlan, FkPlan, Gen, TablePlan

__all__ = ["add_aggregates", "money_res", "row_total_parts", "total_of"]

_NUMBER = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.MONEY, TypeKind.FLOAT})
#: A row's total, most specific first; a ``subtotal`` beside it is what its lines add up to.
_TOTALS = (("total", "amount"), ("amount", "total"), ("grand", "total"), ("total", "price"), ("total",),
           ("amount",), ("total", "cost"), ("sum",))
_SUBTOTALS = (("subtotal",), ("sub", "total"), ("item", "total"), ("items", "total"), ("net", "amount"))
#: What a total adds to its subtotal, and what it takes off.
_PLUS = (("tax",), ("tax", "amount"), ("vat",), ("sales", "tax"), ("tax", "total"), ("shipping",),
         ("shipping", "cost"), ("shipping", "amount"), ("shipping", "fee"), ("freight",), ("delivery", "fee"),
         ("handling",), ("service", "fee"), ("fee",))
_MINUS = (("discount",), ("discount", "amount"), ("discount", "total"))
#: Words that make an amount something else than the row's total.
_NOT_TOTAL = frozenset(("tax", "discount", "shipping", "fee", "paid", "refunded", "due", "balance", "count",
                        "quantity", "unit", "outstanding", "tip", "deposit", "weight", "number", "limit",
                        "min", "max", "average", "avg", "percent", "rate"))
_LINE_TABLE = frozenset(("item", "line", "entry", "detail", "position", "lineitem"))
_PAYMENT_TABLE = frozenset(("payment", "charge", "transaction", "settlement", "receipt", "capture",
                            "remittance"))
_REFUND_TABLE = frozenset(("refund", "chargeback", "reversal", "credit", "return"))
_QUANTITY = (("quantity",), ("units",), ("unit", "count"), ("count",))
_UNIT_PRICE = (("unit", "price"), ("unit", "amount"), ("unit", "cost"), ("price",), ("rate",))
_LINE_TOTAL = (("line", "total"), ("line", "amount"), ("extended", "price"), ("total",), ("amount",),
               ("subtotal",), ("total", "price"))
_AMOUNT = (("amount",), ("total",), ("paid", "amount"), ("amount", "paid"), ("total", "amount"),
           ("amount", "refunded"), ("refund", "amount"), ("value",))
#: What a payment's parent row charges when it has no amount: its fare, fee, charge or price (a trip's ``fare_cents``).
_DUE = (("fare",), ("fee",), ("charge",), ("price",))
#: The finest unit an amount attribute carries (``'@amount:<column>'`` pools are micro-units).
MICRO = Fraction(1, 10**6)


def money_res(table: Any, column: str, domain: ColumnDomain) -> Fraction:
    """The natural value of one unit of an amount column: ``numeric(10,2)`` 0.01, an integer
    ``*_cents`` column 0.01 too (its name says cents), a plain integer 1."""
    from seedbed.generate.values.dispatch import axis_for

    col = table.column(column)
    res = axis_for(col.type, domain).res
    words = tokens(column)
    return res / 100 if "cent" in words or "penny" in words else res


def _core(name: str) -> tuple[str, ...]:
    """A column's tokens without a trailing currency unit (``amount_cents`` -> ``('amount',)``)."""
    words = tokens(name)
    return words[:-1] if len(words) > 1 and words[-1] in ("cent", "penny", "usd", "eur") else words


def _usable(tp: TablePlan, table: Any, cp: ColumnPlan) -> bool:
    return (cp.gen is Gen.VALUE and not cp.unique and table.column(cp.name).type.kind in _NUMBER
            and not table.column(cp.name).type.is_array and not any(cp.name in k.columns for k in table.unique_keys))


def _pinned(cp: ColumnPlan) -> bool:
    spec = cp.spec
    return spec is not None and bool(spec.weights or spec.provider or spec.domain is not None)


def _shaped(name: str, shape: tuple[str, ...], exclude: frozenset) -> bool:
    """Whether a column's name ends with ``shape`` (one word before it at most, none of ``exclude``)."""
    core = _core(name)
    return core[-len(shape):] == shape and not (set(core) & exclude - set(shape)) and len(core) <= len(shape) + 1


def _find(tp: TablePlan, table: Any, shapes: tuple[tuple[str, ...], ...], *, exclude: frozenset = frozenset(),
          taken: tuple[str | None, ...] = ()) -> ColumnPlan | None:
    for shape in shapes:
        for cp in tp.columns:
            if cp.name not in taken and _usable(tp, table, cp) and _shaped(cp.name, shape, exclude):
                return cp
    return None


def total_of(tp: TablePlan, table: Any) -> ColumnPlan | None:
    """A row's total: the most specific total-like amount column (its subtotal when alone)."""
    return _find(tp, table, _TOTALS, exclude=_NOT_TOTAL | {"sub", "subtotal"}) or _find(tp, table, _SUBTOTALS)


def _summed(tp: TablePlan, table: Any) -> tuple[ColumnPlan | None, ColumnPlan | None, list, list]:
    """(what the lines add up to, the total when that is a subtotal, what it adds, takes off)."""
    sub = _find(tp, table, _SUBTOTALS)
    grand = _find(tp, table, _TOTALS, exclude=_NOT_TOTAL | {"sub", "subtotal"})
    if sub is None or grand is None:
        return sub or grand, None, [], []
    taken = [sub.name, grand.name]
    plus, minus = [], []
    for shapes, out in ((_PLUS, plus), (_MINUS, minus)):
        for shape in shapes:
            c = _find(tp, table, (shape,), taken=tuple(taken))
            if c is not None and not _pinned(c):
                out.append(c)
                taken.append(c.name)
    return sub, grand, plus, minus


def row_total_parts(numeric: dict[str, tuple[str, ...]], usable: Any) -> tuple[str, str, list[str], list[str]] | None:
    """(subtotal, total, what the total adds, what it takes off) among a row's ``numeric`` columns
    (name -> tokens) by the shapes a parent's total has above (``subtotal_cents``, ``total_cents``,
    ``tax_cents``, ``discount``), all in one unit (cents with cents), the total ``usable``; None when
    the row has no subtotal, no total, or nothing between them."""
    def find(shapes: tuple[tuple[str, ...], ...], exclude: frozenset = frozenset(), taken: tuple[str, ...] = ()):
        return next((name for shape in shapes for name in numeric
                     if name not in taken and _shaped(name, shape, exclude)), None)

    def cents(name: str) -> bool:
        return "cent" in numeric[name] or "penny" in numeric[name]

    sub = find(_SUBTOTALS)
    grand = find(_TOTALS, exclude=_NOT_TOTAL | {"sub", "subtotal"}, taken=(sub,) if sub else ())
    if sub is None or grand is None or not usable.get(grand):
        return None
    taken = [sub, grand]
    plus: list[str] = []
    minus: list[str] = []
    for shapes, out in ((_PLUS, plus), (_MINUS, minus)):
        for shape in shapes:
            c = find((shape,), taken=tuple(taken))
            if c is not None and cents(c) == cents(grand):
                out.append(c)
                taken.append(c)
    if cents(sub) != cents(grand) or not (plus or minus):
        return None
    return sub, grand, plus, minus


def _table_words(name: QualifiedName) -> set[str]:
    return set(tokens(name.name))


def _fk_usable(tables: dict[QualifiedName, TablePlan], tp: TablePlan, fk: FkPlan) -> bool:
    parent = tables.get(fk.parent)
    return (parent is not None and not fk.self_reference and not fk.broken and fk.parent_keys is None
            and fk.parents is None and parent.offset == 0 and tp.offset == 0 and fk.parent != tp.name)


def _lead_ok(schema: Schema, tp: TablePlan, fk: FkPlan) -> bool:
    """The child's picks of ``fk`` can be laid out per parent: a plain FK, or the leading FK of a
    composite key (its rows already come grouped per parent); not one a partial unique index keys (its
    covered rows take their keys from it)."""
    if any(set(fk.columns) & set(p.columns) for p in tp.partials):
        return False
    gens = {tp.column(c).gen for c in fk.columns}
    if gens == {Gen.FK}:
        return not fk.distinct
    if gens != {Gen.COMBO}:
        return False
    from seedbed.generate.tuples import leading_fk_part

    combo = tp.combos[tp.column(fk.columns[0]).combo]
    fks = {f.name: f for f in tp.fks}
    lead = leading_fk_part(schema.table(tp.name), combo, fks)
    return lead is not None and lead.fk == fk.name


def _unit(schema: Schema, tables: dict[QualifiedName, TablePlan], cols: list[tuple[QualifiedName, str]]) -> Fraction | None:
    """The coarsest unit of the columns (every one a multiple of the finer ones), or None."""
    res = []
    for name, col in cols:
        tp = tables[name]
        res.append(money_res(schema.table(name), col, tp.domains.column(col) if tp.domains else ColumnDomain()))
    unit = max(res)
    if unit < MICRO or any((unit / r).denominator != 1 for r in res):
        return None
    return unit


def _sum_of(schema: Schema, tables: dict[QualifiedName, TablePlan], tp: TablePlan, fk: FkPlan,
            total: ColumnPlan, notes: list[str]) -> Aggregate | None:
    """A line child's columns: quantity and unit price, a line total, or a line-table's amount."""
    table = schema.table(tp.name)
    qty = _find(tp, table, _QUANTITY)
    price = _find(tp, table, _UNIT_PRICE, exclude=frozenset(("total", "list", "original", "compare")),
                  taken=(qty.name if qty else None,))
    line = _find(tp, table, _LINE_TOTAL, exclude=_NOT_TOTAL, taken=(qty.name if qty else None,
                                                                      price.name if price else None))
    lined = bool(_table_words(tp.name) & _LINE_TABLE)
    if qty is not None and price is not None:
        pass  # quantity * unit price, and the line total when there is one
    elif line is not None and (lined or _core(line.name)[0] in ("line", "extended")):
        qty = price = None
    elif price is not None and lined:
        qty, line, price = None, price, None
    else:
        return None
    pinned = [c.name for c in (qty, price, line) if c is not None and _pinned(c)]
    if pinned:
        notes.append(f"{tp.name}: {', '.join(pinned)} as asked, so {fk.parent}.{total.name} is not their sum")
        return None
    if qty is not None:
        dom = tp.domains.column(qty.name) if tp.domains else ColumnDomain()
        from seedbed.generate.values.dispatch import axis_for
        from seedbed.generate.values.ordinal import limits

        lo, hi = limits(axis_for(table.column(qty.name).type, dom), dom)
        if not (lo <= 1 <= hi) or dom.allowed is not None:
            notes.append(f"{tp.name}: {qty.name} cannot be 1, so {fk.parent}.{total.name} is not the sum of its lines")
            return None
    cols = [(fk.parent, total.name)] + [(tp.name, c.name) for c in (price, line) if c is not None]
    unit = _unit(schema, tables, cols)
    if unit is None:
        return None
    link = tp.timeline.product if tp.timeline is not None else None
    priced = price or line
    # A total given a range keeps it: its lines split it (their prices are then not their products').
    follow = link.fk if link is not None and priced.name in link.columns and _pure(tp, link.fk, fk) \
        and not _pinned(total) else None
    return Aggregate(kind="sum", fk=fk.name, parent=fk.parent, total=total.name, amount=line.name if line else None,
                     quantity=qty.name if qty else None, unit_price=price.name if price else None, unit=unit,
                     follow=follow)


def _pure(tp: TablePlan, name: str, lines: FkPlan) -> bool:
    """Whether the line's pick of FK ``name`` (its product) is a function of the line alone, so
    that the parent can price its lines: the other part of a key led by the lines' FK, or a
    plain FK (then picked by a hash of the row, ``Aggregates.product_rows``)."""
    fk = next(f for f in tp.fks if f.name == name)
    if any(d.fk == name for d in tp.diamonds) or fk.self_reference or fk.broken:
        return False
    gens = {tp.column(c).gen for c in fk.columns}
    if gens == {Gen.FK}:
        return not fk.distinct and fk.fanout is None and fk.parent_keys is None and fk.parents is None
    if gens == {Gen.COMBO} and all(tp.column(c).gen is Gen.COMBO for c in lines.columns):
        return tp.column(fk.columns[0]).combo == tp.column(lines.columns[0]).combo
    return False


def _child_counts(schema: Schema, tables: dict[QualifiedName, TablePlan], tp: TablePlan, aggs: list[Aggregate],
                  counted: set[tuple[QualifiedName, str]]) -> list[Aggregate]:
    """Counts of ``tp``'s rows kept by its parents (``planning.childcounts``), through the one FK whose
    rows are laid out per parent (a sum's, when there is one)."""
    laid = {a.fk for a in aggs if a.kind == "sum"}
    out: list[Aggregate] = []
    for fk in tp.fks:
        if laid and fk.name not in laid or not _fk_usable(tables, tp, fk) or not _lead_ok(schema, tp, fk):
            continue
        parent, ptable = tables[fk.parent], schema.table(fk.parent)
        for cp in parent.columns:
            if (fk.parent, cp.name) in counted or not _usable(parent, ptable, cp) or _pinned(cp) \
                    or ptable.column(cp.name).type.kind is not TypeKind.INTEGER or not counts_children(cp.name, tp.name):
                continue
            rivals = {t.name for t in schema.tables if t.name != tp.name and counts_children(cp.name, t.name)
                      and any(f.ref_table == fk.parent for f in t.foreign_keys)}
            if rivals:  # act_ru_job, act_ru_timer_job, act_ru_deadletter_job: which one it counts is unsaid
                continue
            counted.add((fk.parent, cp.name))
            out.append(Aggregate(kind="count", fk=fk.name, parent=fk.parent, total=cp.name, unit=Fraction(1)))
            laid.add(fk.name)
        if out:
            break
    return out


def _owner(schema: Schema, tables: dict[QualifiedName, TablePlan], tp: TablePlan, aggs: list[Aggregate]) -> FkPlan | None:
    """The FK whose parent owns ``tp``'s rows as a group: the one they are laid out by (a sum's or a
    count's), else its only usable FK, or the one whose parent's name is in the table's
    (``product_images`` -> products); None when that is unsaid."""
    laid = [fk for fk in tp.fks if any(a.fk == fk.name and a.kind in ("sum", "count") for a in aggs)]
    usable = laid or [fk for fk in tp.fks if _fk_usable(tables, tp, fk) and _lead_ok(schema, tp, fk)]
    if len(usable) > 1:
        mine = _table_words(tp.name)
        usable = [fk for fk in usable if tokens(fk.parent.name)[-1:] and tokens(fk.parent.name)[-1] in mine]
    return usable[0] if len(usable) == 1 else None


def _one_by_parent(schema: Schema, tables: dict[QualifiedName, TablePlan], tp: TablePlan) -> TablePlan:
    """``UNIQUE (user_id) WHERE is_primary`` on a flag that marks one row among its siblings: the flag is
    then true on exactly one row per parent (``_among_siblings``), which keeps the index; the row-by-row
    plan of the index is dropped, so the rows can be laid out per parent (and counted)."""
    for p in tp.partials:
        fk = next((f for f in tp.fks if f.columns == p.columns), None)
        flag = p.predicate[0][0] if len(p.predicate) == 1 else None
        if fk is None or flag is None or p.predicate[0][1].allowed != (True,) or not one_of_siblings(flag):
            continue
        trial = replace(tp, partials=tuple(q for q in tp.partials if q is not p))
        # only where the flag is then surely kept one per parent, through that very FK
        if any(a.kind == "one" and a.own == flag and a.fk == fk.name for a in _among_siblings(schema, tables, trial, [])):
            tp = trial
    return tp


def _among_siblings(schema: Schema, tables: dict[QualifiedName, TablePlan], tp: TablePlan,
                    aggs: list[Aggregate]) -> list[Aggregate]:
    """Columns of ``tp`` that say a row's standing among its parent's rows: a flag true on one of them
    (``planning.childcounts.one_of_siblings``) and a number that is its place (``planning.ordinals``,
    where no unique key numbers it already)."""
    from seedbed.planning.ordinals import ordinal_named, ordinal_step

    table = schema.table(tp.name)
    in_partial = {c for p in tp.partials for c, _ in p.predicate}
    free = [cp.name for cp in tp.columns if cp.gen is Gen.VALUE and not cp.unique and not _pinned(cp)
            and cp.name not in in_partial and not table.column(cp.name).type.is_array]
    flags = [(c, one_of_siblings(c)) for c in free if table.column(c).type.kind is TypeKind.BOOL]
    flags = [(c, which) for c, which in flags if which]
    places = [c for c in free if table.column(c).type.kind is TypeKind.INTEGER and ordinal_named(c)
              and not any(c in k.columns for k in table.unique_keys)]
    if not flags and not places:
        return []
    fk = _owner(schema, tables, tp, aggs)
    if fk is None:
        return []
    out = [Aggregate(kind="one", fk=fk.name, parent=fk.parent, total="", own=c, latest=which == "last",
                     unit=Fraction(1)) for c, which in flags]
    for c in places:
        dom = tp.domains.column(c) if tp.domains else ColumnDomain()
        if dom.allowed is None and not dom.excluded and not dom.alternatives:
            out.append(Aggregate(kind="rank", fk=fk.name, parent=fk.parent, total="", own=c, unit=Fraction(1),
                                 step=ordinal_step(table.column(c), dom, 12)))
    return out


def _amount_of(tp: TablePlan, table: Any, *, due: bool = False) -> ColumnPlan | None:
    """A table's amount (``due``: as a payment of the row sees it, a trip's fare or a booking's price too)."""
    return _find(tp, table, _AMOUNT + (_DUE if due else ()), exclude=_NOT_TOTAL - {"paid", "refunded"})


def add_aggregates(schema: Schema, tables: dict[QualifiedName, TablePlan], notes: list[str]) -> dict[QualifiedName, TablePlan]:
    """The plan's tables with their ``aggregates`` set (as children), in load order."""
    tables = dict(tables)
    found: dict[QualifiedName, list[Aggregate]] = {}
    summed: set[tuple[QualifiedName, str]] = set()
    amount_col: dict[QualifiedName, str] = {}  # a table's amount as its children see it
    counted: set[tuple[QualifiedName, str]] = set()  # parent columns that count their children
    for name, tp in tables.items():
        table = schema.table(name)
        words = _table_words(name)
        aggs: list[Aggregate] = []
        for fk in tp.fks:
            if not _fk_usable(tables, tp, fk):
                continue
            parent = tables[fk.parent]
            ptable = schema.table(fk.parent)
            total, grand, plus, minus = _summed(parent, ptable)
            if grand is not None and _pinned(grand):
                total, grand, plus, minus = grand, None, [], []  # the total asked wins: its lines split it
            if total is not None and (fk.parent, total.name) not in summed and _lead_ok(schema, tp, fk) \
                    and not (total.spec is not None and (total.spec.weights or total.spec.provider)):
                agg = _sum_of(schema, tables, tp, fk, total, notes)
                if agg is not None and grand is not None:
                    unit = _unit(schema, tables, [(fk.parent, c.name) for c in (grand, *plus, *minus)] +
                                 [(fk.parent, agg.total)])
                    if unit is not None:
                        agg = replace(agg, grand=grand.name, plus=tuple(c.name for c in plus),
                                      minus=tuple(c.name for c in minus), unit=max(unit, agg.unit))
                if agg is not None:
                    aggs.append(agg)
                    summed.add((fk.parent, total.name))
                    amount_col.setdefault(fk.parent, agg.grand or total.name)
                    continue
            kind = "cap" if words & _REFUND_TABLE else "copy" if words & _PAYMENT_TABLE else None
            mine = _amount_of(tp, table) if kind else None
            theirs = amount_col.get(fk.parent) or next(
                (c.name for c in (_amount_of(parent, ptable, due=kind == "copy"), total) if c is not None), None)
            if mine is None or theirs is None or _pinned(mine) or any(a.amount == mine.name for a in aggs):
                continue
            unit = _unit(schema, tables, [(tp.name, mine.name)])
            if unit is None:
                continue
            aggs.append(Aggregate(kind=kind, fk=fk.name, parent=fk.parent, total=theirs, amount=mine.name, unit=unit))
        tp = tables[name] = _one_by_parent(schema, tables, tp)
        aggs += _child_counts(schema, tables, tp, aggs, counted)
        aggs += _among_siblings(schema, tables, tp, aggs)
        if aggs:
            found[name] = aggs
            for a in aggs:
                if a.kind in ("copy", "cap"):
                    amount_col.setdefault(name, a.amount)
    why: dict[QualifiedName, dict[str, str]] = {}
    for name, aggs in found.items():
        for a in aggs:
            if a.kind == "count":
                why.setdefault(a.parent, {})[a.total] = f"the number of its {name.name} rows"
                continue
            if a.kind == "one":
                which = "last" if a.latest else "first"
                why.setdefault(name, {})[a.own] = f"true on one row per {a.parent.name} row (its {which})"
                continue
            if a.kind == "rank":
                why.setdefault(name, {})[a.own] = f"its place among its {a.parent.name} row's rows"
                continue
            what = {"sum": f"a line of its {a.parent.name} row, whose {a.total} is the sum of its lines",
                    "copy": f"its {a.parent.name} row's {a.total}",
                    "cap": f"at most its {a.parent.name} row's {a.total}"}[a.kind]
            for c in (a.amount, a.quantity, a.unit_price):
                if c:
                    why.setdefault(name, {})[c] = what
    out: dict[QualifiedName, TablePlan] = {}
    for name, tp in tables.items():
        mine = why.get(name, {})
        if name not in found and not mine:
            out[name] = tp
            continue
        out[name] = replace(tp, aggregates=tuple(found.get(name, tp.aggregates)), columns=tuple(
            replace(cp, reason=f"{cp.reason}; {mine[cp.name]}") if cp.name in mine else cp for cp in tp.columns))
    return out
