"""Money at the scale of who holds or owes it, people at the size of where they work, and places or
parts counted at the size of the thing (issue 10, round 9).

A shipping line's ``credit_limit`` of 370, a supplier's ``turnover`` of 19.77, a passenger's penalty
fare of 0.74, a company of 0-18 ``employees``, a bus of 900 ``seats``: each number had its unit right
(money, people, seats) and the size of nothing in particular. Here who the row is decides it:

- a *holder* (``bykind.json``'s ``holders``): a person, a household, a small business, a company, a
  bank, a government, read from the column's words, then the table's, then a company-name sibling
  (``legal_name``, ``company_name``), then the parents' tables;
- *money* by holder (``money``): a credit limit (a person's few thousand, a company's hundreds of
  thousands), a turnover or revenue (a year's, of the table's own holder only: an order's
  ``revenue`` is the order's), a budget, a fine, an insurance cover, share capital, total assets;
  drawn log-normally around the holder's typical figure, in the steps people set them in;
- *headcounts* (``heads``): a company's hundreds, a shop's few, a depot's or a hospital's by the
  place (``magnitudes``' subjects);
- *counts of places or parts* (``counts``): seats of a bus, a train, an aircraft, a stadium; a
  train's cars, a hospital's beds, a building's floors, a ship's TEU, a bridge's spans.

Read by ``scales.scale_rule`` first among its rules.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import TypeKind

__all__ = ["held_rule"]


@lru_cache(maxsize=1)
def _data() -> dict:
    from seedbed.generate.realistic.vocab import load

    return load("bykind")


@lru_cache(maxsize=1)
def _holder_of() -> dict[str, str]:
    """Each word of a holder -> its holder, the first listed winning (a government's ``agency``)."""
    found: dict[str, str] = {}
    for holder, words in _data()["holders"].items():
        for w in words.split():
            found.setdefault(w, holder)
    return found


#: Words that make a number a share, a rate, a count or a change of money, not an amount held.
_NOT = frozenset("""pct percent percentage rate ratio share growth change margin per count number days months
years minutes hours score rank index utilisation utilization used usage remaining available""".split())
#: Words of an amount of money (a fine or a penalty is money only beside one, or with cents).
_MONEY = frozenset("amount value fee sum charge charged paid payable due usd eur gbp cad aud chf jpy".split())
#: Money a holder counts over its year (or holds at its year's end): of the holder's own table only.
_YEARLY = frozenset("turnover revenue sale takings income budget asset".split())
#: Periods of a revenue other than a year: such a column is not the holder's annual figure.
_SHORT = frozenset("daily weekly monthly quarterly day week month quarter hourly".split())
#: Columns naming what a company is called: a table with one is a company's.
_COMPANY_NAMES = frozenset({("company", "name"), ("legal", "name"), ("trading", "name"), ("registered", "name"),
                            ("company",), ("business", "name"), ("vat", "number"), ("company", "number")})


def _holder(ctx: Ctx, own_only: bool, column: bool = True) -> str | None:
    """Who holds the row's money: the column's words (unless not ``column``: an ``employee_count`` names
    who is counted, not who employs them), the table's, a company name among its columns, a person's
    word among them (a penalty fare's ``passenger_age``), then (unless ``own_only``) the parents' tables."""
    holder_of = _holder_of()
    table = [singular(w) for w in ctx.table_toks]
    table += [a + b for a, b in zip(table, table[1:])]  # shipping_lines: a shippingline
    for words in ((ctx.toks, table) if column else (table,)):
        found = [holder_of[w] for w in reversed(words) if w in holder_of]
        if found:
            return found[0]
    if any(tuple(tokens(c.name)) in _COMPANY_NAMES for c in ctx.table.columns):
        return "company"
    if any(holder_of.get(w) == "person" for w in ctx.sibling_words):
        return "person"
    if own_only:
        return None
    for fk in ctx.table.foreign_keys:
        found = [holder_of[singular(w)] for w in reversed(tokens(fk.ref_table.name)) if singular(w) in holder_of]
        if found:
            return found[0]
    return None


def _draw(ctx: Ctx, row: list, why: str, step: float | None = None) -> tuple[str, dict, str] | None:
    from seedbed.generate.intent.magnitudes import decimals_for, fit_bounds

    median, sigma, low, high = (float(v) for v in row[:4])
    low, high = fit_bounds(ctx, low, high)
    if low > high:
        return None
    median = min(max(median, low), high)
    params = {"median": median, "sigma": sigma, "low": low, "high": high, "decimals": decimals_for(ctx, median)}
    if step and median >= 20 * step:
        params["step"] = step
    return "number.measure", params, why


def _money(ctx: Ctx, words: set[str]) -> tuple[str, dict, str] | None:
    for row in _data()["money"]:
        if not words & set(row["words"].split()) or "need" in row and not words & set(row["need"].split()):
            continue
        yearly = bool(words & _YEARLY)
        if yearly and words & _SHORT:
            return None
        fine = bool(words & {"fine", "fines", "penalty", "penalties"})
        if fine and not (words & _MONEY or ctx.kind is TypeKind.NUMERIC and (ctx.column.type.scale or 0) == 2):
            return None  # penalties of a match: a count
        holder = _holder(ctx, own_only=yearly)
        by = row["by"]
        values = by.get(holder) if holder else None
        if values is None:
            if yearly:
                return None  # an order's revenue, a campaign's budget: not a holder's year
            holder, values = "any", by.get("any")
            if values is None:
                return None
        what = " ".join(w for w in ctx.toks if w in set(row["words"].split()) | set(row.get("need", "").split()))
        return _draw(ctx, values, f"the {what} of a {holder if holder != 'any' else 'holder'}", float(values[4]))
    return None


def _heads(ctx: Ctx, words: set[str]) -> tuple[str, dict, str] | None:
    heads = _data()["heads"]
    named = words & set(heads["words"].split())
    plural = len(ctx.toks) == 1 or ctx.column.name.lower().endswith("s")  # employees, staff: how many
    if not named or named <= {"staff", "personnel", "employee"} and not words & {"count", "number", "total", "size"} \
            and not plural:
        return None  # an employee's own number, a staff_member
    if words & (_NOT - {"count", "number"}) or ctx.kind is TypeKind.NUMERIC and (ctx.column.type.scale or 0):
        return None  # staff_turnover_rate, fte 0.5
    from seedbed.generate.intent.magnitudes import _subjects

    holder = _holder(ctx, own_only=True, column=False)
    by = heads["by"]
    kind = holder if holder in by and holder not in ("person", "household") else \
        next((s for s in _subjects(ctx)[0] if s in by), None) or (holder if holder in by else None) or "any"
    return _draw(ctx, by[kind], f"people working for a {kind if kind != 'any' else 'workplace'}")


def _counts(ctx: Ctx, words: set[str]) -> tuple[str, dict, str] | None:
    from seedbed.generate.intent.magnitudes import _subjects
    from seedbed.generate.intent.units import column_unit

    if ctx.kind is TypeKind.NUMERIC and (ctx.column.type.scale or 0) or column_unit(ctx.column.name, ctx.toks):
        return None  # seat_width_cm, a fraction: not a count
    if words & (_NOT - {"count", "number"}) or words & {"id", "code", "no", "label", "row"}:
        return None  # seat_no, seat_row: one seat
    own, parents = _subjects(ctx)
    kinds = own + parents
    holder = _holder(ctx, own_only=True)
    for row in _data()["counts"]:
        if not words & set(row["words"].split()) or "need_any" in row and not words & set(row["need_any"].split()):
            continue
        kind = next((k for k in kinds + [holder] if k in row["by"]), None)
        if kind is None:
            continue
        return _draw(ctx, row["by"][kind], f"{' '.join(sorted(words & set(row['words'].split())))} of a {kind}")
    return None


def held_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Money by its holder, a headcount by the workplace, places or parts by the thing (module
    docstring), else None."""
    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or not ctx.toks:
        return None
    words = set(ctx.toks)
    if words & _NOT - {"count", "number", "per"} and not words & {"limit"}:
        return None
    return (None if "per" in words else _money(ctx, words)) or _heads(ctx, words) or _counts(ctx, words)
