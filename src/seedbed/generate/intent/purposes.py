"""Money by what it is for, and counts of a unit at that unit's scale (issue 10, round 4).

A fee is not one amount: a library fine or a late fee is a few units of money (0.10-75), a tip a
few, a deposit hundreds, an annual membership fee tens to hundreds, an insurance excess hundreds;
an ``outstanding_*`` balance is a small multiple of such a charge, zero for most rows (paid up).
A count of a unit reads at the unit's scale: a book's ``page_count`` is hundreds, an album's
``track_count`` about twelve, a text's ``word_count`` thousands. Read by ``scales.scale_rule``
before the phrase table (which would make them a generic amount or a count of a few).
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular
from seedbed.model import TypeKind

__all__ = ["purpose_rule"]

#: (words that must all appear in the name, words of which one must appear in the name, table or
#: siblings (empty: none needed), what, median, log-sigma, low, high, decimals); the first match wins.
_MONEY: tuple[tuple[frozenset[str], frozenset[str], str, float, float, float, float, int], ...] = (
    (frozenset({"late", "fee"}), frozenset(), "a late fee", 6, 0.8, 0.1, 75, 2),
    (frozenset({"overdue", "fee"}), frozenset(), "a late fee", 6, 0.8, 0.1, 75, 2),
    (frozenset({"fine"}), frozenset({"amount", "fine", "fee", "paid", "charged", "due"}), "a fine", 3, 0.9, 0.1, 60, 2),
    (frozenset({"penalty"}), frozenset(), "a penalty", 40, 1.0, 1, 5_000, 2),
    (frozenset({"deposit"}), frozenset(), "a deposit", 250, 0.7, 20, 5_000, 0),
    (frozenset({"tip"}), frozenset({"amount", "tip", "order", "bill", "ride", "delivery", "payment"}), "a tip",
     4, 0.6, 0.5, 150, 2),
    (frozenset({"gratuity"}), frozenset(), "a tip", 4, 0.6, 0.5, 150, 2),
    (frozenset({"annual", "fee"}), frozenset(), "an annual fee", 90, 0.7, 10, 2_000, 0),
    (frozenset({"yearly", "fee"}), frozenset(), "an annual fee", 90, 0.7, 10, 2_000, 0),
    (frozenset({"membership", "fee"}), frozenset(), "a membership fee", 60, 0.8, 5, 2_000, 0),
    (frozenset({"monthly", "fee"}), frozenset(), "a monthly fee", 15, 0.6, 1, 500, 2),
    (frozenset({"monthly", "charge"}), frozenset(), "a monthly charge", 15, 0.6, 1, 500, 2),
    (frozenset({"basic", "charge"}), frozenset(), "a fixed charge of a period", 15, 0.6, 1, 500, 2),
    (frozenset({"consultation", "fee"}), frozenset(), "a consultation fee", 65, 0.35, 15, 500, 0),
    (frozenset({"fee"}), frozenset({"registration", "entry", "enrolment", "enrollment", "signup", "admission",
                                    "sign"}), "a registration or entry fee", 35, 0.6, 2, 600, 0),
    (frozenset({"excess"}), frozenset({"charged", "amount", "fee", "claim", "insurance", "damage", "policy"}),
     "an insurance excess", 500, 0.5, 50, 5_000, 0),
    # a price of one small unit of goods (``price_per_kg``, ``cost_per_litre``): a few units of money
    *((frozenset({"per", unit}), frozenset({"price", "cost", "rate", "paid", "value"}), f"a price per {unit}",
       median, 0.8, median / 50, median * 60, 3)
      for unit, median in (("kg", 2.5), ("kilo", 2.5), ("kilogram", 2.5), ("lb", 1.2), ("pound", 1.2), ("litre", 1.8),
                           ("liter", 1.8), ("gallon", 4), ("item", 8), ("piece", 5), ("dozen", 6), ("gram", 0.05),
                           ("ton", 250), ("tonne", 250), ("bushel", 8))),
)
#: Words that make an amount a balance owed (a small multiple of a charge, zero where paid up).
_OWED = frozenset("outstanding owed owing arrears unpaid".split())
def _units() -> dict[str, list[float]]:
    """A unit -> (median, log-sigma, low, high) of a count of it (``page_count``, ``num_pages``,
    ``fingerling_count``): ``measures.json``'s ``counts``."""
    from seedbed.generate.realistic.vocab import load

    return load("measures")["counts"]


_COUNT = frozenset("count num number total".split())
#: Words of a percentage: such a column is a share of the money it names, never the money.
_PERCENT = frozenset("pct percent percentage".split())
#: A column that is only "the amount" of its row: what kind of money its table says.
_BARE_AMOUNT = frozenset("amount value sum charged due".split())
#: Verbs of money changing hands: ``total_charged``, ``total_paid`` are sums of money, not counts.
_MONEY_VERBS = frozenset("charged paid billed spent invoiced refunded collected earned owed raised donated".split())
#: Words that, beside "amount", say only how the amount came about (``amount_requested`` of a grant
#: is the grant's amount): the table then says what kind of money it is.
_ASKED = frozenset("requested awarded granted approved pledged offered received committed".split())
#: Words of giving (a charity, a fundraiser, a grant-maker) in a name, its table or its siblings.
_GIVING = frozenset("""donor donation gift pledge appeal campaign charity fundraising fundraiser giving sponsor
sponsorship tribute grant funder bequest legacy bursary scholarship endowment""".split())
#: (nouns of which one names the money, what, median, log-sigma, low, high, share of round sums): money
#: of giving, where round sums (10, 25, 50, 100) are most gifts and a few large ones make the total.
_GIFTS: tuple[tuple[frozenset[str], str, float, float, float, float, float], ...] = (
    (frozenset("goal target".split()), "a fundraising target", 20_000, 1.2, 500, 10_000_000, 1.0),
    (frozenset("grant bursary scholarship endowment".split()), "a grant", 12_000, 1.1, 250, 2_000_000, 0.9),
    (frozenset("instalment installment recurring monthly pledge standing subscription".split()),
     "a regular gift", 12, 0.6, 2, 1_000, 0.85),
    (frozenset("donation gift contribution tribute bequest legacy".split()), "a gift", 25, 1.25, 1, 250_000, 0.75),
    (frozenset("giving".split()), "a supporter's giving so far", 180, 1.4, 1, 5_000_000, 0.3),
)
#: Vehicles, kit and rooms hired by the day: tens of money a day, not a consultant's day rate.
_HIRED = frozenset("""vehicle car van truck bike scooter rental hire fleet model equipment tool room boat
kayak locker""".split())


def purpose_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A money amount by its purpose, or a count of a unit, at its scale (see the module docstring)."""
    toks, words = ctx.toks, set(ctx.toks)
    pieces = tuple(singular(p) for p in ctx.column.name.lower().split("_"))  # fingerling_count, as written
    counted = pieces if len(pieces) == 2 and pieces[0] not in _COUNT and pieces[0] in _units() else toks
    if ctx.kind is TypeKind.INTEGER and len(counted) == 2 and (counted[0] in _COUNT) != (counted[1] in _COUNT):
        unit = counted[1] if counted[0] in _COUNT else counted[0]
        if unit in _units():
            median, sigma, low, high = _units()[unit]
            return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high}, \
                f"a count of {unit}s at their scale"
    around = words | set(ctx.table_toks) | ctx.sibling_words
    if ctx.kind is not TypeKind.INTEGER and words & _OWED:
        return "number.measure", {"median": 25, "sigma": 1.0, "low": 0.5, "high": 5_000, "decimals": 2,
                                  "zero": 0.6}, "a balance owed: a few charges, zero where paid up"
    if ctx.kind is not TypeKind.INTEGER and words & _MONEY_VERBS and words & {"total", "sum", "amount", "grand"}:
        return "number.measure", {"median": 120, "sigma": 0.9, "low": 1, "high": 100_000, "decimals": 2}, \
            "a sum of money charged or paid"
    # a bare amount of a table of one kind of charge ("fines.amount", "deposits.amount"): the table's kind
    named = words | {singular(t) for t in ctx.table_toks} if words <= _BARE_AMOUNT | _ASKED \
        and ctx.kind is not TypeKind.INTEGER else words
    gift = _gift(ctx, named, around)
    if gift is not None:
        return gift
    for need, context, what, median, sigma, low, high, decimals in _MONEY:
        if need <= named and (not context or around & context) and not words & _PERCENT:  # a deposit_pct: a share
            return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                                      "decimals": decimals}, f"{what} at its usual scale"
    one = _one_unit(ctx)
    if one is not None:
        return one
    if "rate" in words and words & {"daily", "day", "nightly", "night"} and ctx.kind is not TypeKind.INTEGER \
            and around & _HIRED:
        return "number.measure", {"median": 65, "sigma": 0.5, "low": 10, "high": 1_500, "decimals": 0}, \
            "a daily rate of a hired thing (a car, a room), in whole money"
    return None


#: Money words before ``per`` (``rate_per_word``, ``cost_per_page``, ``fee_per_hour``).
_PER_MONEY = frozenset("price cost rate fee charge tariff".split())
#: The price of one unit of time (median, log-sigma, high): an hour's fee, a day's, a night's.
_TIME_PRICES = {"minute": (1.0, 0.7, 50), "min": (1.0, 0.7, 50), "hour": (45, 0.6, 1_000), "hr": (45, 0.6, 1_000),
                "day": (250, 0.8, 20_000), "night": (120, 0.6, 5_000), "shift": (250, 0.6, 5_000),
                "week": (900, 0.7, 50_000), "month": (1_500, 0.8, 200_000)}


def _one_unit(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Money per one unit the known prices do not list (``rate_per_word``, ``cost_per_page``, ``fee_per_hour``):
    the price of one unit, small (a unit of time at a worker's or a hire's scale), not a sum of its width (r29)."""
    pieces = [singular(p) for p in ctx.column.name.lower().split("_")]
    if ctx.kind is TypeKind.INTEGER or "per" not in pieces[:-1] or not set(pieces[:pieces.index("per")]) & _PER_MONEY \
            or set(pieces) & {"pay", "wage", "salary", "paid"}:  # a pay rate is a wage: the wage rules'
        return None
    unit = pieces[pieces.index("per") + 1]
    from seedbed.generate.intent.units import UNITS

    from seedbed.generate.realistic.vocab import load

    if unit in UNITS and not UNITS[unit].ambiguous or unit in load("tariffs")["per_unit"]:
        return None  # a price per MWh, per kg, per ccf: the measured units' and the tariffs' rules
    median, sigma, high = _TIME_PRICES.get(unit, (1.5, 1.0, 500))
    from seedbed.generate.intent.magnitudes import fit_bounds

    low, high = fit_bounds(ctx, median / 100, high)
    if low >= high:
        return None
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    return "number.measure", {"median": min(median, high), "sigma": sigma, "low": low, "high": high,
                              "decimals": 2 if scale is None else min(scale, 3)}, f"the price of one {unit}"


def _gift(ctx: Ctx, named: set[str], around: set[str]) -> tuple[str, dict, str] | None:
    """Money of giving (``_GIFTS``) where the name, table or siblings speak of giving."""
    if ctx.kind is TypeKind.INTEGER or not ({singular(w) for w in around} & _GIVING or ctx.pack == "nonprofit"):
        return None
    for nouns, what, median, sigma, low, high, nice in _GIFTS:
        if named & nouns:
            return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high, "decimals": 2,
                                      "nice": "money", "nice_share": nice}, f"{what} at its usual scale"
    return None
