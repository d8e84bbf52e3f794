"""A number that records a change takes either sign (issue 10, the lead's session 11).

A game's ``currency_txns.delta`` was 1-14 on every row (no spend ever), a stock ledger's ``qty_delta`` never
took stock out, a ``price_change`` never fell. A change of a quantity goes both ways: ``delta``,
``<quantity>_change``, ``<quantity>_diff``, ``adjustment``, ``variance``, ``movement``, ``net_change``. The
column keeps the scale its quantity has (a balance's delta is a balance's size, a count's delta a count's),
and takes a minus sign on ``SHARE`` of the rows where its CHECK allows it (``generate.realistic.fit``).

Not a change: a count of changes (``change_count``, ``num_adjustments``), the change a till gives back
(``change_given``, ``change_due``), a ``changed_at`` time, and anything whose CHECK keeps it >= 0.
"""

from __future__ import annotations

from seedbed.model import Column, ColumnDomain, TypeKind

__all__ = ["SHARE", "signed_change"]

#: Share of a change's rows that go down (spends, stock out, a price cut).
SHARE = 0.4
#: Heads that are a change of whatever comes before them (``qty_delta``) or alone (``delta``).
_ALONE = frozenset("delta deltas diff difference adjustment adjustments variance movement swing pnl".split())
#: ``change`` is a change only after the quantity it changes (``price_change``, ``net_change``).
_CHANGED = frozenset("""price cost value amount qty quantity stock balance point points score rating rank position
level weight count net total level volume rate fx inventory credit credits""".split())
#: Words that make it a count of changes, or a till's change, not a change of a quantity.
_NOT = frozenset("count cnt num number given due tendered returned log history type reason note id".split())
_NUMERIC = frozenset((TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY))


def signed_change(column: Column, toks: tuple[str, ...], domain: ColumnDomain) -> bool:
    """True when ``column`` records a change of a quantity and its CHECK lets it go below zero."""
    if column.type.kind not in _NUMERIC or column.type.is_array or not toks or set(toks) & _NOT:
        return False
    if domain.low is not None:
        try:
            if float(domain.low.value) >= 0:
                return False
        except (TypeError, ValueError):
            return False
    if domain.allowed is not None:
        return False
    head = toks[-1]
    if head in _ALONE or toks[0] in ("delta", "diff"):
        return True
    return head == "change" and len(toks) > 1 and toks[-2] in _CHANGED
