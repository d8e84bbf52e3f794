"""Counts of things a row holds and fees of things that are hired (issue 10, r34).

A lock's ``gate_count`` drew up to 93, a session's ``number_of_actors`` 387-998 (an actor is a person, so the
count rule passed it by), a film location's ``location_fee`` 14 and a crane's hire 11. What the name says
fixes the scale:

* a count of things a row holds (``*_count``, ``num_*``, ``number_of_*``), where no child table counts them
  (``planning.childcounts`` does that): a small skewed count, mostly 1-12, rarely more; a count of events or
  of an audience (downloads, views, triggers, detections) keeps its wider draw;
* a fee, a cost or a rental of a thing that is hired (a location, a venue, equipment, a crane, a rig): hundreds
  to thousands.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular
from seedbed.model import TypeKind

__all__ = ["held_count", "hire_fee"]

#: Counted nouns that are events or an audience, not things a row holds.
_EVENTS = frozenset("""download view click hit visit play stream trigger detection event error call message request
impression sale order vote like follower subscriber listener reader viewer share comment reply login attempt retry
failure transaction page record row byte packet frame sample reading""".split())
_COUNT_HEADS = frozenset("count cnt".split())
_COUNT_LEADS = (("number", "of"), ("no", "of"), ("num",), ("nr", "of"))
#: Things that are hired for a day or a job, and the words of hiring.
_HIRED = frozenset("""location venue hall equipment crane rig plant marquee studio scaffold scaffolding skip generator
hire rental""".split())
_FEES = frozenset("fee fees cost charge hire rental".split())


def _counted(ctx: Ctx) -> str | None:
    """The noun a count names (``gate_count`` -> gate, ``number_of_actors`` -> actor), else None."""
    pieces = ctx.column.name.lower().split("_")
    toks = ctx.toks
    if len(toks) > 1 and toks[-1] in _COUNT_HEADS:
        return singular(toks[-2])
    for lead in _COUNT_LEADS:
        if tuple(pieces[:len(lead)]) == lead and len(pieces) > len(lead):
            return singular(pieces[-1])
    return None


def held_count(ctx: Ctx, name: str | None, params: dict | None) -> tuple[str, dict, str] | None:
    """A small skewed count for a count of things a row holds that got a plain count or nothing."""
    if ctx.kind is not TypeKind.INTEGER or ctx.column.type.is_array or name not in (None, "number.count"):
        return None
    if params and params.get("style"):
        return None
    noun = _counted(ctx)
    if noun is None or noun in _EVENTS or noun + "s" in _EVENTS:
        return None
    return "number.count", {**(params or {}), "style": "held"}, f"a count of {noun}s a row holds: a few"


def hire_fee(ctx: Ctx, name: str | None) -> tuple[str, dict, str] | None:
    """A fee of a hired thing (module docstring) where a money or a plain number rule chose a small price."""
    from seedbed.generate.intent.magnitudes import fit_bounds

    if ctx.kind not in (TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.INTEGER) or ctx.column.type.is_array:
        return None
    if name not in ("money.amount", "money.price", "number.measure"):
        return None
    words = {singular(w) for w in ctx.toks} | set(ctx.toks)
    head = {singular(w) for w in ctx.table_toks[-1:]}
    if not words & _FEES or not (words | head) & _HIRED or words & {"per", "deposit", "late", "percent", "pct"}:
        return None
    low, high = fit_bounds(ctx, 50.0, 50_000.0)
    if low >= high:
        return None
    return "number.measure", {"median": min(max(800.0, low), high), "sigma": 0.9, "low": low, "high": high,
                              "decimals": 0 if ctx.kind is TypeKind.INTEGER else 2}, \
        "the fee of a hired thing (a location, a venue, equipment): hundreds to thousands"
