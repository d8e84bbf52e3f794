"""A number that counts a row's place within its parent: ``PRIMARY KEY (tour_id, day_number)``,
``UNIQUE (order_id, line_no)``, ``(voyage_id, sequence_no)``.

Such a key is distinct by its parent and the number together, so the number runs 1, 2, 3 within
each parent (day 1, day 2 of a tour) instead of being unique over the whole table (issue 10: day
392 of a tour). The planner makes the key a combo whose number part is an *ordinal*: the engine
gives each parent's rows the ranks 1..k (``seedbed.generate.combos``).
"""

from __future__ import annotations

import math

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, TypeKind
from seedbed.planning.model import ColumnPlan, Gen

__all__ = ["keyed_number", "numbering_plan", "ordinal_cap", "ordinal_named", "ordinal_radix", "ordinal_step"]

#: Names that are a place in a sequence by themselves (``position``, ``seq``, ``day``).
_ALONE = frozenset("""ordinal position pos seq sequence idx index rank line day step stop leg hop round
revision rev version attempt iteration instalment installment lap turn""".split())
#: Number words after a thing counted within its parent (``line_no``, ``day_number``, ``stop_seq``).
_NUMBER = frozenset("number no num nr nbr seq sequence index idx position pos ordinal order".split())
_COUNTED = frozenset("""line day step stop leg hop item page row sort segment episode chapter track part round week
lesson slot sequence seq call visit sort display revision rev version edition attempt try retry iteration
instalment installment lap turn heat question slide frame scene shot paragraph reply message photo image
op oper opr operation find entry task activity phase stage section clause period sheet boarding queue copy dose
inning game run sample box pallet piece chunk session trip cycle treatment birth""".split())
#: Number words that mean "place in a sequence" whatever they follow (``op_seq``, ``route_position``).
_ORDER = frozenset("seq sequence ordinal position pos idx".split())
#: What is numbered in steps of ten by habit, to leave room for an insert (a routing's operations
#: 10, 20, 30; a bill of materials' find numbers): ``op_seq``, ``operation_no``, ``find_number``.
_TENS = frozenset("op oper opr operation find".split())


def ordinal_named(name: str) -> bool:
    """Whether ``name`` numbers a row's place (``line_no``, ``day_number``, ``position``)."""
    toks = tokens(name)
    if not toks:
        return False
    if len(toks) == 1:
        return toks[0] in _ALONE
    return toks[-1] in _NUMBER and (toks[-2] in _COUNTED or toks[-1] in _ORDER)


#: Places that count tries at one thing (a parcel's delivery attempts, a job's visits): a few, rarely more.
_TRIES = frozenset("""attempt try retry redelivery visit callout""".split())
TRIES_CAP = 3


def ordinal_cap(name: str) -> int | None:
    """At most how many rows a parent has when ``name`` numbers tries at one thing (``attempt_no``,
    ``visit_number``: 1-3, a parcel is not tried seven times); None for other places (lines, stops)."""
    return TRIES_CAP if ordinal_named(name) and set(tokens(name)) & _TRIES else None


def ordinal_step(column: Column, dom: ColumnDomain, radix: int) -> int:
    """The step between a parent's ranks: 10 for what is numbered in tens by habit (operation 10, 20,
    30 of a routing) where the column's bounds leave room, else 1."""
    toks = tokens(column.name)
    if len(toks) < 2 or toks[-2] not in _TENS:
        return 1
    if dom.high is not None and (not isinstance(dom.high.value, int) or dom.high.value < 10 * radix):
        return 1
    return 10


def keyed_number(name: str) -> bool:
    """Whether ``name``, the one number of a key beside its parent's FK, numbers the parent's rows by the key's
    shape alone: it ends with a number word (``ln_no`` of ``(rcpt_id, ln_no)``, ``receipt_no`` of ``(store_id,
    receipt_no)``: line 1, 2, 3 of a receipt, not 163-995), whatever the clipped word before it."""
    toks = tokens(name)
    return len(toks) > 1 and toks[-1] in _NUMBER and toks[-1] != "order"


def ordinal_radix(column: Column, dom: ColumnDomain, rows: int, parents: int, card: int | None,
                  keyed: bool = False) -> int | None:
    """How many ranks a parent's rows may take (the number part's radix) when ``column`` counts a
    row's place within its parent (``keyed``: it is the one number of a key beside the parent's FK, see
    ``keyed_number``); None when it does not (or its CHECKs leave no 1..k run)."""
    named = ordinal_named(column.name) or keyed and keyed_number(column.name)
    if column.type.kind is not TypeKind.INTEGER or column.type.is_array or not named:
        return None
    if dom.allowed is not None or dom.excluded or dom.alternatives:
        return None
    low = dom.low.value if dom.low is not None else None
    if low is not None and (not isinstance(low, int) or low > 1 or (low == 1 and not dom.low.inclusive)):
        return None
    per = math.ceil(max(rows, 1) / max(parents, 1))
    radix = max(12, 6 * per)
    if dom.high is not None and isinstance(dom.high.value, int):
        radix = min(radix, dom.high.value - (0 if dom.high.inclusive else 1))
    if card is not None:
        radix = min(radix, card)
    return radix if radix * max(parents, 1) >= rows and radix >= 1 else None


def numbering_plan(column: Column, dom: ColumnDomain, existing_max: int, key: str) -> ColumnPlan | None:
    """A sequence 1, 2, 3 ... (after the rows that exist) for an integer column that numbers the rows
    of a key and is made unique by itself (``episode_number`` of ``(show_id, season, episode_number)``:
    1..n, not 684); None for other types or a column with an upper bound."""
    if column.type.kind is not TypeKind.INTEGER or column.type.is_array or dom.high is not None:
        return None
    low = dom.low
    start = max(1, existing_max + 1, int(low.value) + (0 if low.inclusive else 1) if low is not None else 1)
    return ColumnPlan(name=column.name, gen=Gen.SEQUENCE, provider="sequence", start=start, unique=True,
                      reason=f"numbers the rows of UNIQUE {key}: {start}, {start + 1}, ...")
