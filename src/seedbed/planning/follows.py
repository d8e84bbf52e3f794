"""Numbers that follow other numbers of their row by the arithmetic their names say (issue 10, round 9).

Drawn on their own, a storage invoice's ``amount_due`` was 10.09 for 40 days at 985 a day, a tax
was 494.29 of a net 413.29, a balance 594.34 on an invoice of 103.92 paid in full, 0.6 labour hours
for a job estimated at 14.1. Found from the names alone (``planning.derived`` takes the plainer
shapes first: one ``qty``, one ``unit_price``, one ``amount``; ``subtotal`` + ``tax`` = ``total``):

* ``times``: a charge is a rate times the quantity counted in the rate's unit (``rental_charge`` =
  ``days_charged`` x ``rate_per_day``, ``line_amount`` = ``nights`` x ``price_per_night``,
  ``labour_cost`` = ``labour_hours`` x ``labour_rate``, ``fee`` = ``head_count`` x ``per_head``); the
  units and their words are ``data/vocab/follows.json``'s ``per``;
* ``pct_of``: a tax is its base times the row's tax rate (``vat_amount`` = ``net_amount`` x ``vat_rate`` %);
* ``sum``: a gross is the net plus the tax; a balance is the total less what was paid;
* ``paid_of:<full>|<part>|<none>``: what was paid of a total is all of it, a part or nothing, by the
  row's payment status where it has one (``seedbed.generate.follow``);
* ``part_of``: an actual near its estimate where the names differ in more than one word
  (``labour_hours`` of ``est_hours``, ``hours_worked`` of ``rostered_hours``);
* ``sum``: what was used between a counter's two readings (``km_driven`` = ``odometer_in`` - ``odometer_out``);
* ``part_of``: a longer period's rate a discounted multiple of the shorter one's (``weekly_rate`` of ``daily_rate``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived

__all__ = ["follows", "row_follows"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
#: Heads of a row's charge, and words that make a money column something else than a charge.
_CHARGE = frozenset("amount total subtotal cost charge fee value pay price sum".split())
_NOT_CHARGE = frozenset("""tax vat gst discount paid balance refund refunded deposit tip outstanding credit
unit per rate rates hourly daily nightly weekly monthly pct percent percentage ratio parts part deductible
excess fine penalty cancellation late min max minimum maximum avg average estimated est budget budgeted quoted
planned""".split())
_MEAN = frozenset("avg average mean median typical min max minimum maximum".split())
_RATE = frozenset("rate price cost fee charge pay tariff".split())
_PCT = frozenset("pct percent percentage ratio share".split())
_TAXES = frozenset("tax vat gst hst pst".split())
_NOT_RATE = _TAXES | frozenset("""interest exchange fx conversion discount commission success error failure heart
growth birth death churn bounce open click return response utilisation utilization occupancy tax""".split())
#: Quantities that are no part of what was charged (what was lost, left or given back).
_NOT_BILLED = frozenset("""returned remaining left broken damaged lost missing rejected scrapped refunded cancelled
free unused max maximum min minimum capacity""".split())
_PLAN = frozenset("""planned plan target scheduled expected estimated est estimate budgeted budget forecast forecasted
projected quoted rostered booked allocated""".split())
_ACHIEVED_FIRST = frozenset("actual worked charged billed used spent actual labour labor served".split())
_BASE = frozenset("net subtotal subtot excl exclusive pretax pre".split())  # subtot: its clip (r50)
_GROSS = frozenset("gross incl inclusive grand".split())
_BALANCE = frozenset("balance outstanding remaining owing owed".split())
_PAID = frozenset("paid settled received collected".split())
_WHOLES = frozenset("gross total invoiced billed amount charged".split())
#: Measures an actual and its estimate share (``hours`` of ``est_hours`` and ``labour_hours``).
_MEASURE = frozenset("""hour minute day week cost duration time km mile distance weight kg tonne litre quantity
move lift guest cover head visitor attendee participant meal unit""".split())
_OVERRUN = frozenset("hour minute day week cost duration time".split())
#: Words of a stock level: what is held, not what came of a plan.
_STOCK = frozenset("onhand hand oh stock available remaining balance".split())


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    from seedbed.generate.realistic.vocab import load

    return {u: (frozenset(e["rate"]), frozenset(e["quantity"])) for u, e in load("follows")["per"].items()}


_PERIODIC = {"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month"}


def _rate_unit(toks: tuple[str, ...]) -> str | None:
    """The unit a rate column is per (``rate_per_day`` -> day, ``hourly_rate`` -> hour, ``labour_rate``
    -> hour, ``per_head`` -> head, ``unit_price`` -> unit), ``""`` for a rate that does not say its unit
    (``pay_rate``), None for a column that is no rate per a unit."""
    words = set(toks)
    if words & _NOT_RATE or words & _PCT:
        return None
    if "per" in toks:
        after = toks[toks.index("per") + 1:]
        return next((u for u, (rate_words, _q) in _units().items() if after and after[0] in rate_words), None)
    if words & _PERIODIC.keys() and words & _RATE:
        return _PERIODIC[sorted(words & _PERIODIC.keys())[0]]
    if words & {"rate", "tariff"}:
        return next((u for u, (rate_words, _q) in _units().items() if u != "unit" and words & rate_words), "")
    if words & _RATE and words & {"unit", "each", "item"}:
        return "unit"
    return None


def row_follows(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                categories: Mapping[str, tuple[str, ...]], derived: tuple[Derived, ...],
                sources: frozenset[str]) -> tuple[Derived, ...]:
    """The row's arithmetic (``follows``) and its values of one kind of row (``planning.applies``),
    for the columns no earlier derivation took."""
    from seedbed.generate.intent.tokens import tokens
    from seedbed.planning.applies import kind_columns

    # a refund's amount where refunded; a machine's hours run between two meter readings, not its running total
    taken = {d.column for d in derived if not d.op.startswith(("only_if:", "cumulative:"))}
    numeric = {c.name: tokens(c.name) for c in table.columns if c.type.kind in _NUMERIC and c.name in sources
               and not c.type.is_array}
    out = follows(numeric, usable, taken, categories)
    return (*out, *kind_columns(table, usable, nullable, categories, frozenset(taken | {d.column for d in derived})))


def follows(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str],
            categories: Mapping[str, tuple[str, ...]]) -> list[Derived]:
    """The derivations above among a row's ``numeric`` columns (name -> tokens) not ``taken``."""
    out = _charges(numeric, usable, taken)
    out += _taxes(numeric, usable, taken)
    out += _balances(numeric, usable, taken, categories)
    out += _estimates(numeric, usable, taken)
    out += _travelled(numeric, usable, taken)
    out += _period_rates(numeric, usable, taken)
    return out


#: A longer period's rate as the shorter one's times (a week's hire 4.9-6.65 days' rates: a discount
#: for the longer period, never above the sum of the shorter ones).
_PERIOD_FACTORS = {("hour", "day"): (6.0, 7.6), ("day", "week"): (4.9, 6.65), ("night", "week"): (4.9, 6.65),
                   ("week", "month"): (3.2, 4.1), ("day", "month"): (15.0, 24.0), ("night", "month"): (15.0, 24.0)}


def _period_rates(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """``weekly_rate`` 5-6.6 x ``daily_rate``, ``day_rate`` 6-7.6 x ``hourly_rate``: rates of two periods
    of one thing (their other words the same) follow each other (a weekly rate was below the daily one)."""
    def rest(t: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(w for w in t if w not in _PERIODIC and w not in {"per", "day", "night", "hour", "week", "month"})

    rates = {n: u for n, t in numeric.items() if not set(t) & _PCT and (u := _rate_unit(t))}
    out: list[Derived] = []
    for (short, long_), (lo, hi) in _PERIOD_FACTORS.items():
        a = [n for n, u in rates.items() if u == short]
        b = [n for n, u in rates.items() if u == long_ and usable.get(n) and n not in taken]
        pairs = [(x, y) for x in a for y in b if rest(numeric[x]) == rest(numeric[y])]
        if len(pairs) == 1:
            out.append(Derived(column=pairs[0][1], source=pairs[0][0], op=f"part_of:{lo}:{hi}"))
            taken.add(pairs[0][1])
    return out


_READ = frozenset("odometer mileage meter counter reading hubometer hour_meter".split())
_READ_OUT = frozenset("out start begin before opening open initial first pickup".split())
_READ_IN = frozenset("in end finish after closing close final last return dropoff".split())
_USED = frozenset("driven travelled traveled covered used run consumed done distance".split())


def _travelled(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """``km_driven`` = ``odometer_in`` - ``odometer_out``: what was used between a counter's two readings."""
    early = [n for n, t in numeric.items() if set(t) & _READ and set(t) & _READ_OUT]
    late = [n for n, t in numeric.items() if set(t) & _READ and set(t) & _READ_IN]
    used = [n for n, t in numeric.items() if set(t) & _USED and not set(t) & (_READ | _PLAN | _RATE | _PCT | {"per"})
            and usable.get(n) and n not in taken]
    if len(early) != 1 or len(late) != 1 or len(used) != 1:
        return []
    taken.add(used[0])
    return [Derived(column=used[0], source=late[0], op="sum", terms=(f"-{early[0]}",))]


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> set[str]:
    return set(a) & set(b) - _RATE - _CHARGE - {"per", "unit"}


def _charges(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    out: list[Derived] = []
    rates = {n: u for n, t in numeric.items() if (u := _rate_unit(t)) is not None}
    for n, u in list(rates.items()):  # pay_rate beside hours_worked: per hour
        if not u:
            units = {v for v, (_r, q) in _units().items() if v != "unit" for t in numeric.values()
                     if set(t) & q and not set(t) & (_RATE | _PCT | {"per"})}
            rates[n] = units.pop() if len(units) == 1 else None
    rates = {n: u for n, u in rates.items() if u}
    measured = {w for u, (_r, q) in _units().items() if u not in ("unit", "head") for w in q} \
        - _CHARGE - {"labour", "labor"}  # a total weight is no charge, a labour cost is
    charges = [n for n, t in numeric.items() if set(t) & _CHARGE and not set(t) & (_NOT_CHARGE | measured)
               and n not in rates and usable.get(n) and n not in taken]
    for rate, unit in sorted(rates.items()):
        qwords = _units()[unit][1]
        other = {w for u, (r, _q) in _units().items() if u != unit for w in r} - qwords - _units()[unit][0]
        qty = [n for n, t in numeric.items() if n != rate and n not in rates and n not in charges
               and set(t) & qwords and not set(t) & (_NOT_BILLED | _RATE | _PCT | _MEAN | other | {"per"})]
        if len(qty) > 1:  # labour_hours before est_hours, hours_worked before rostered_hours
            qty = [n for n in qty if _shared(numeric[n], numeric[rate])] or \
                  [n for n in qty if set(numeric[n]) & _ACHIEVED_FIRST] or \
                  [n for n in qty if not set(numeric[n]) & _PLAN]
        mine = [c for c in charges if _shared(numeric[c], numeric[rate])]
        if not mine and len([r for r in rates if r not in taken]) == 1:
            mine = charges if len(charges) == 1 else []
        if len(qty) != 1 or len(mine) != 1 or mine[0] in taken:
            continue
        out.append(Derived(column=mine[0], source=qty[0], op="times", other=rate))
        taken.add(mine[0])
    return out


def _taxes(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """``vat_amount`` = ``net_amount`` x ``vat_rate`` %, ``gross_amount`` = ``net_amount`` + ``vat_amount``."""
    def one(pred) -> str | None:
        found = [n for n, t in numeric.items() if pred(set(t))]
        return found[0] if len(found) == 1 else None

    base = one(lambda w: bool(w & _BASE) and not w & (_TAXES | _PCT | {"rate"}))
    tax = one(lambda w: bool(w & _TAXES) and not w & (_PCT | {"rate", "number", "code", "id"} | _BASE | _GROSS))
    if base is None or tax is None:
        return []
    out: list[Derived] = []
    rate = one(lambda w: bool(w & _TAXES) and bool(w & (_PCT | {"rate"})))
    if usable.get(tax) and tax not in taken:
        out.append(Derived(column=tax, source=base, op="pct_of", other=rate) if rate
                   else Derived(column=tax, source=base, op="rate"))
        taken.add(tax)
    gross = one(lambda w: bool(w & _GROSS) and not w & (_TAXES | _PCT | _PAID)) \
        or one(lambda w: "total" in w and w <= {"total", "amount", "grand", "invoice", "bill", "order"})
    if gross is not None and usable.get(gross) and gross not in taken:
        out.append(Derived(column=gross, source=base, op="sum", terms=(f"+{tax}",)))
        taken.add(gross)
    return out


def _balances(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str],
              categories: Mapping[str, tuple[str, ...]]) -> list[Derived]:
    """``balance_due`` = the total less ``amount_paid``; what was paid all of the total, a part or none."""
    paid = [n for n, t in numeric.items() if set(t) & _PAID and not set(t) & (_BALANCE | _PCT | {"count", "number"})]
    wholes = [n for n, t in numeric.items() if set(t) & _WHOLES and not set(t) & (_PAID | _BALANCE | _TAXES | _PCT
                                                                                    | _BASE | _RATE - {"charge"})]
    if not wholes:  # a claim paid of its cost: the actual one, not the estimate
        wholes = [n for n, t in numeric.items() if "cost" in t and not set(t) & (_PLAN | _PCT | {"per", "unit"})]
    if len(paid) != 1 or not wholes:
        return []
    whole = next((w for w in wholes if set(numeric[w]) & _GROSS), None) or (wholes[0] if len(wholes) == 1 else None)
    if whole is None:
        return []
    out: list[Derived] = []
    if usable.get(paid[0]) and paid[0] not in taken:
        status, labels = _paid_labels(categories)
        out.append(Derived(column=paid[0], source=whole, op="paid_of:" + labels, other=status))
        taken.add(paid[0])
    for n, t in numeric.items():
        if set(t) & _BALANCE and not set(t) & (_PCT | _PAID) and usable.get(n) and n not in taken:
            out.append(Derived(column=n, source=whole, op="sum", terms=(f"-{paid[0]}",)))
            taken.add(n)
            break
    return out


def _paid_labels(categories: Mapping[str, tuple[str, ...]]) -> tuple[str | None, str]:
    """The row's payment status and its ``full|part|none`` labels (``paid`` / ``part_paid`` /
    ``unpaid``); ``(None, "||")`` where it has none (the engine then draws mostly paid in full)."""
    from seedbed.generate.intent.tokens import tokens

    for name, labels in categories.items():
        full, part, none = [], [], []
        for lab in map(str, labels):
            w = set(tokens(lab))
            if w & {"unpaid", "overdue", "outstanding", "due", "open", "pending", "issued", "sent", "draft"} \
                    or lab.lower().startswith("not"):
                none.append(lab)
            elif w & {"part", "partial", "partially", "partly"}:
                part.append(lab)
            elif w & {"paid", "settled", "refunded", "closed"}:
                full.append(lab)
        if full and (part or none) and ("pay" in name or "status" in name or "state" in name):
            return name, f"{','.join(full)}|{','.join(part)}|{','.join(none)}"
    return None, "||"


def _estimates(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """An actual near its estimate where the names share a measure but differ in more than one word."""
    out: list[Derived] = []
    for measure in sorted(_MEASURE):
        cols = {n: t for n, t in numeric.items() if measure in t and _rate_unit(t) is None
                and not set(t) & (_PCT | _NOT_BILLED | _TAXES | _PAID | _BALANCE | {"per", "max", "min", "unit"})}
        plans = [n for n, t in cols.items() if set(t) & _PLAN]
        # stock on hand is no outcome of what is allocated of it (qty_oh holds qty_alloc: a CHECK says so)
        done = [n for n, t in cols.items() if not set(t) & _PLAN and not set(t) & _STOCK]
        if len(plans) != 1 or len(done) != 1 or not usable.get(done[0]) or done[0] in taken:
            continue
        op = "part_of:0.75:1.35" if measure in _OVERRUN else "part_of:0.85:1.03"
        out.append(Derived(column=done[0], source=plans[0], op=op))
        taken.add(done[0])
    return out
