"""What a row's thing costs and what it sells for (``seedbed.planning.derived``'s price pairs).

* ``margin``: a row's cost is a share of its price (``unit_cost`` below ``list_price``; a ``cost`` below
  its ``retail``), where the row has exactly one of each;
* ``discount``: a reduced price is its regular price less a usual discount (``discounted_price`` of
  ``price``, ``sale_price`` of ``list_price``, ``member_rate`` of ``rate``): 10% to half off, in the
  steps shops use, never a cent below it nor above it.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.planning.derived import Derived

__all__ = ["prices"]

#: What a row's thing costs to buy and what it sells for (``unit_cost`` below ``list_price``).
_COSTS = (("unit", "cost"), ("cost",), ("cost", "price"), ("purchase", "price"), ("wholesale", "price"),
          ("buy", "price"), ("standard", "cost"), ("avg", "cost"), ("average", "cost"), ("landed", "cost"),
          ("wholesale",), ("purchase", "cost"), ("acquisition", "cost"), ("cogs",), ("buying", "price"))
_PRICES = (("price",), ("list", "price"), ("retail", "price"), ("sale", "price"), ("selling", "price"),
           ("sell", "price"), ("unit", "price"), ("msrp",), ("base", "price"), ("retail",), ("rrp",),
           ("srp",), ("shelf", "price"))
#: Words of a price after a reduction, and of the price it was reduced from.
_REDUCED = frozenset("""discounted discount sale promo promotional special reduced offer clearance member deal markdown
outlet marked""".split())
_REGULAR = frozenset("regular list original full standard normal base retail rrp msrp usual".split())
#: What a price is called (the head of ``discounted_price``, ``member_rate``, ``promo_fare``).
_PRICE_HEADS = frozenset("price rate fare fee cost amount charge".split())
_UNITS = ("cent", "cents", "amount", "usd", "eur")


def prices(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """The row's reduced prices after their regular ones, then its cost as a share of its price."""
    out = _discounts(numeric, usable, taken)
    return out + _costs(numeric, usable, taken, frozenset(d.column for d in out))


def _core(t: tuple[str, ...]) -> tuple[str, ...]:
    return t[:-1] if len(t) > 1 and t[-1] in _UNITS else t


def _discounts(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """``discount`` for a price named by a word of reduction (``discounted_price``, ``sale_price``) whose
    regular price is the row's column of the same name without that word, or with a word of the regular
    price in its place (``price``, ``list_price``, ``regular_rate``)."""
    out: list[Derived] = []
    for name, toks in numeric.items():
        core = _core(toks)
        cut = [i for i, w in enumerate(core) if w in _REDUCED]
        if not usable.get(name) or name in taken or len(cut) != 1 or not set(core) & _PRICE_HEADS:
            continue
        rest = core[:cut[0]] + core[cut[0] + 1:]
        regular = [o for o, ot in numeric.items() if o != name and ("cent" in ot) == ("cent" in toks)
                   and (_core(ot) == rest or (len(_core(ot)) == len(core) and _core(ot)[cut[0]] in _REGULAR
                                               and _core(ot)[:cut[0]] + _core(ot)[cut[0] + 1:] == rest))]
        if len(regular) == 1:
            taken.add(name)
            out.append(Derived(column=name, source=regular[0], op="discount"))
    return out


def _costs(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str],
           reduced: frozenset[str]) -> list[Derived]:
    """A row's cost is a share of its price (``margin``: 35-80%), where the row has exactly one of
    each (``unit_cost`` and ``list_price``; a ``cost_price`` and a ``selling_price``), a reduced price
    (``reduced``) not counted."""
    costs = [n for n, t in numeric.items() if _core(t) in _COSTS and usable.get(n) and n not in taken]
    found = [n for n, t in numeric.items() if _core(t) in _PRICES and n not in costs and n not in reduced]
    if len(costs) != 1 or len(found) != 1 or ("cent" in numeric[costs[0]]) != ("cent" in numeric[found[0]]):
        return []
    taken.add(costs[0])
    return [Derived(column=costs[0], source=found[0], op="margin")]
