"""A categorical column in the words of the schema's own trade (issue 10, round 9, r26).

One word of a column's name matched a list of another trade: a port's ``crane_type`` read as a
building site's (tower, crawler, Franna), a customs ``inspection_type`` as framing and plumbing
rough-in, a lift's ``hold_reason`` as an office's 'Duplicate entry'. The trade is scored from every
name the schema uses (``sectors.sector``, whose sectors ``trades.json`` extends: ports, rail,
haulage, ground handling, utilities, courts, insurance, trials, charities, funeral homes ...); each
trade lists its own words for the common heads (``crane type``, ``hold reason``, ``outcome``,
``plea``). A column whose head the leading trade lists gets that list, before any rule that reads
one word alone; a trade that does not lead, or that lists no such head, leaves the column to them.

``foreign``: whether a list of one trade (a section of ``kinds.json`` tagged in ``sectors.json``
``sections``) would be another trade's words here: the table's trade is another one, or none leads
and the list's own trade has no evidence in the schema beyond the column's own name (the column
then takes a neutral label from its name).
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["foreign", "foreign_type", "trade_kind_rule"]

Cand = tuple[str, dict, str]

#: Last words that name "one of a set": ``crane_category`` reads as ``crane type``.
_TYPELIKE = frozenset("type kind category class classification group sort".split())
#: Heads that, alone (or after the table's own noun), take the table's noun: ``holds.reason`` is a
#: ``hold reason``, ``claims.outcome`` a ``claim outcome``.
_BARE = frozenset((*_TYPELIKE, "reason", "outcome", "result", "method", "disposition", "cause", "role", "level",
                   "rank", "decision", "manufacturer", "make"))
#: Words of a table of software's events (an audit log, a webhook's deliveries): its ``event_type`` is
#: created / updated, no trade's event.
_MACHINE = frozenset("audit webhook analytics tracking telemetry outbox payload actor session ip".split())


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, list[str]]]:
    from seedbed.generate.realistic.vocab import load

    data = load("trades")
    out: dict[str, dict[str, list[str]]] = {}
    for trade, spec in data["trades"].items():
        out[trade] = {k: v.split("|") for k, v in spec.get("kinds", {}).items()}
    for trade, kinds in data["kinds"].items():
        if not trade.startswith("_"):
            out.setdefault(trade, {}).update({k: v.split("|") for k, v in kinds.items()})
    return out


def _phrases(ctx: Ctx) -> list[str]:
    """The phrases the column's head may be listed under, the most specific first: its own last
    three, two words (a ``kind`` / ``category`` read as ``type``), then the table's noun and a bare
    head (``holds.reason``: ``hold reason``), then the head alone when nothing but the table's noun
    qualifies it."""
    from seedbed.generate.intent.tokens import tokens

    toks = tokens(ctx.column.name, segment=False) or ctx.toks
    tt = ctx.table_toks
    out: list[str] = []

    def add(words: tuple[str, ...]) -> None:
        out.append(" ".join(words))
        if words[-1] in _TYPELIKE:
            out.append(" ".join((*words[:-1], "type")))

    for k in range(min(len(toks), 3), 1, -1):
        add(toks[-k:])
    before = toks[:-1]
    own = not before or before == tt[-len(before):]
    if toks and toks[-1] in _BARE and own and tt:
        for noun in dict.fromkeys((tt[-2:], tt[-1:])):
            add((*noun, toks[-1]))
    if toks and own:
        add(toks[-1:])
    return list(dict.fromkeys(out))


def trade_kind_rule(ctx: Ctx) -> list[Cand]:
    """The leading trade's own values for the column's head (a port's ``crane_type``: STS, RTG,
    RMG; a court's ``plea``), or ``[]``: no trade leads, or it lists no such head."""
    from seedbed.generate.intent.attributes import fitting_labels
    from seedbed.generate.intent.bareheads import bare_fits
    from seedbed.generate.intent.kinds import polymorphic
    from seedbed.generate.intent.sectors import sector

    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks or polymorphic(ctx):
        return []
    top = sector(ctx)
    kinds = _lists().get(top or "")
    if not kinds:
        return []
    machine = bool((set(ctx.table_toks) | ctx.sibling_words) & _MACHINE)
    from seedbed.generate.intent.corroboration import generic_table, table_sector

    led = f" ({table_sector(ctx)[1]})" if generic_table(ctx) else ""  # r32: a generic table's sector, and why
    for phrase in _phrases(ctx):
        if phrase in kinds and not (machine and phrase.startswith("event")) and bare_fits(ctx, top, phrase):
            return fitting_labels(ctx, kinds[phrase], f"a {phrase} in the words of {top.replace('_', ' ')}{led}")
    return []


def foreign_type(ctx: Ctx, cand: Cand) -> Cand | None:
    """A neutral label from the column's name for a set of labels that is one trade's words
    (``trades.json`` ``type_lists``: a position is a player's) where the schema does not name that
    trade beyond the column itself (a port's ``yard_slots.position``); None: the reading stands."""
    from seedbed.generate.intent.kinds import neutral_codes
    from seedbed.generate.realistic.vocab import load

    lists = load("trades")["type_lists"]
    if cand[0] not in ("status.type", "entity.text") or not ctx.is_text or not ctx.toks:
        return None
    head = ctx.toks[-1]  # r30: a caving club's gear.tool (power tools), a sensor's component (software's)
    if cand[0] == "entity.text" and (cand[1].get("role") != "category" or head not in lists):
        return None
    if cand[1].get("labels") and (head not in lists or "in the words of" in cand[2]):  # a leading trade's list stands
        return None
    owner = lists.get(str(cand[1].get("noun", ""))) or lists.get(head)
    if owner is None or not foreign(ctx, owner, strict=True):
        return None
    return neutral_codes(ctx)[0]


def foreign(ctx: Ctx, list_sector: str | None, head: str = "", strict: bool = False) -> bool:
    """Whether a list of ``list_sector`` for ``head`` would be another trade's words in ``ctx``'s
    column: a trade leads and is neither it nor near it; or none leads, ``head`` means different
    things in different trades (some trade of ``trades.json`` lists it too: a crane, an
    inspection) and nothing in the schema but the column's and its table's own names says the
    list's trade (a lone ``cranes.crane_type`` is no building site's). ``strict``: a list of one
    trade whatever its head; nothing but the column's own name says that trade."""
    from seedbed.generate.intent.sectors import evidence, fits, sector

    if not list_sector:
        return False
    if sector(ctx) is not None:
        return not fits(ctx, list_sector)
    if strict:  # a list of one trade's only: that trade named by two words but the column's own (r30: one
        return len(evidence(ctx, list_sector) - set(ctx.toks)) < 2  # email does not make a caving club software)
    shared = any(head in kinds for trade, kinds in _lists().items() if trade != list_sector)
    return shared and not evidence(ctx, list_sector) - {*ctx.toks, *ctx.table_toks}
