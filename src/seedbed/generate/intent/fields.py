"""No other field's words (r38): a vocabulary chosen from a column's name alone is checked against the field
the schema is of, and a choice the schema contradicts is not taken.

The blind review of session 10 found a column's real vocabulary of another field as its largest class of 0s:
a game's items named like a shop's products (a hiking backpack) with retail SKUs, its currencies ISO fiat
codes, its inventory's source a marketing channel (organic, facebook), its currency transactions' reason a
back office's ('Requested by manager'), a driving lesson's notes coursework ('Due 11:59 pm Friday'), a failed
delivery's note a handling instruction ('Keep refrigerated'). Each vocabulary knows its field
(``data/vocab/fields.json``):

* a field recognised by its own words (``fields``: a game says xp, lvl, gems, quests, loot, rarity) gets
  its own words: its items, currencies (code and name of one row agree), item codes, sources and reasons;
* a marketing channel is a person's, an account's or an order's source (``licence.marketing``); an event's
  source elsewhere is how it came in (phone, email, app), a holding's how it was acquired;
* a back office's reason ('Policy violation') is for a record nobody says more of: an event's reason
  speaks of the event and the schema's own nouns ('Lift fault reported', 'Requested by owner'), a ledger
  entry's of what moved ('Exchange completed', 'Transfer in'), a line's of the part ('Worn', 'Broken');
* a shop's SKU needs a shop (``licence.retail``): elsewhere it is a code of the row's own noun;
* a pack's notes are about its central rows (``subjects``): on an event row of another noun (a lesson, a
  delivery attempt) they are not taken and the row's own values make the note (``planning.remarks``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular, tokens

__all__ = ["field_gate", "schema_field"]

Cand = tuple[str, dict, str]

#: Last words of tables whose rows are things a game sells or drops (their name is an item's).
_ITEM_NOUNS = frozenset("item loot weapon gear equipment skin cosmetic reward consumable".split())
#: Last words of tables of a game's currencies.
_CURRENCY_NOUNS = frozenset("currency coin gem resource".split())
#: Column heads naming a row (its title) and coding it.
_NAME_HEADS = frozenset("name title label".split())
_CODE_HEADS = frozenset("code sku key slug".split())
#: Column words of where a holding came from.
_SOURCE_WORDS = frozenset("source origin via obtained acquired acquisition channel".split())
#: Words of a name a person shows to others (a game's players show a tag, not their full name).
_HANDLE_WORDS = frozenset("display screen nick nickname tag handle gamertag".split())
#: Words of a real-money row (an app store's receipt): its currency stays a real one.
_REAL_MONEY = frozenset("iap receipt payment purchase invoice refund local usd eur fiat price_local".split())


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    from seedbed.generate.realistic.vocab import load

    return load("fields")


def schema_field(terms: tuple[str, ...] | frozenset[str]) -> str | None:
    """The field of a schema whose names say ``terms`` (``schema_terms``), when one of ``fields`` is said by
    ``min_words`` of its signature words, one of them its own (``strong``); else None."""
    said = {singular(t) for t in terms} | set(terms)
    for field, spec in _words()["fields"].items():
        hit = said & set(spec["signature"])
        if len(hit) >= spec["min_words"] and hit & set(spec["strong"]):
            return field
    return None


def _noun(name: str) -> str:
    return (tokens(name) or ("",))[-1]


def _row_kind(ctx: Ctx) -> str | None:
    """``ledger``, ``event`` or ``holding`` by the last word of the table's name (a repair's lines are no
    repair), else None."""
    rows = _words()["rows"]
    noun = _noun(ctx.table.name.name)
    return next((kind for kind in ("ledger", "event", "holding") if noun in rows[kind]), None)


def _licensed(ctx: Ctx, licence: str, *, row_only: bool = False) -> bool:
    words = set(_words()["licence"][licence])
    own = set(tokens(ctx.table.name.name))
    if row_only:
        return bool(own & words)
    return bool(own & words or set(ctx.schema_terms) & words)


def _labels(bank: list[str], ctx: Ctx, why: str, table_names: tuple[str, ...]) -> Cand:
    """``status.type`` over ``bank`` with its slots filled from the row's own nouns (``{event}``, ``{Thing}``,
    ``{client}``, ``{Event}``); templates whose slot has no noun are left out, and so are labels wider
    than the column."""
    slots = _slots(ctx, table_names)
    out: list[str] = []
    for template in bank:
        try:
            value = template.format(**slots)
        except KeyError:
            continue
        if (ctx.length is None or len(value) <= ctx.length) and value not in out:
            out.append(value)
    return "status.type", {"labels": out}, why


def _slots(ctx: Ctx, table_names: tuple[str, ...]) -> dict[str, str]:
    """Nouns of the row: the event (the table's own noun, or the event table it references), the thing it
    is about (the first parent that is no person), and the schema's client (an owner, a member)."""
    events = set(_words()["rows"]["event"])
    clients = _words()["clients"]
    own = _noun(ctx.table.name.name)
    parents = [_noun(fk.ref_table.name) for fk in ctx.table.foreign_keys if fk.ref_table != ctx.table.name]
    slots: dict[str, str] = {}
    event = own if own in events else next((p for p in parents if p in events), None)
    if event:
        slots["event"], slots["Event"] = event.replace("_", " "), event.replace("_", " ").capitalize()
    from seedbed.generate.intent.context import PERSON_NOUNS

    thing = next((p for p in parents if p not in PERSON_NOUNS and p not in clients and p not in events), None)
    if thing:
        slots["Thing"] = thing.replace("_", " ").capitalize()
    nouns = [_noun(n) for n in table_names]
    client = next((c for c in clients if c in nouns), None)
    if client:
        slots["client"] = client
    return slots


def _reason_family(ctx: Ctx) -> bool:
    """Whether the column's or table's words ask for a family of reasons (a cancellation, a return)."""
    from seedbed.generate.realistic.prose import _REASON_WORDS

    return any(w in _REASON_WORDS for w in (*tokens(ctx.column.name), *tokens(ctx.table.name.name)))


def field_gate(ctx: Ctx, cand: Cand, table_names: tuple[str, ...]) -> Cand | None:
    """``cand`` replaced by words of the schema's own field when its vocabulary is another field's, else None.

    Args:
        ctx: the column under inference (``schema_terms`` set: every word the schema names).
        cand: the chosen candidate ``(intent, params, why)``.
        table_names: the schema's table names (its client noun for a reason).
    """
    if not ctx.is_text or ctx.column.type.is_array:
        return None
    name, params = cand[0], cand[1]
    field = schema_field(ctx.schema_terms)
    words = _words()
    toks = set(ctx.toks) | set(tokens(ctx.column.name))
    head = (tokens(ctx.column.name) or ("",))[-1]
    tnoun = _noun(ctx.table.name.name)
    tword = set(tokens(ctx.table.name.name))
    if field == "game":
        spec = words["fields"]["game"]
        if tword & _CURRENCY_NOUNS and not tword & _REAL_MONEY and (head in _NAME_HEADS | _CODE_HEADS
                                                                     or name == "money.currency"):
            code = head in _CODE_HEADS or (name == "money.currency" and params.get("code", True))
            return "field.currency", {"code": bool(code)}, "a game's currency (the row's code and name agree)"
        if name == "money.currency" and not toks & _REAL_MONEY and not tword & _REAL_MONEY and (ctx.length or 99) > 3:
            return "field.currency", {"code": True}, "a game's currency code"
        if "iap" in toks | tword and name == "id.opaque" and params.get("style") == "product":
            return "field.iap_product", {}, "an app store's product id of the game (com.studio.game.gems_500)"
        item_row = tnoun in _ITEM_NOUNS or bool(tword & _ITEM_NOUNS)
        if name == "commerce.product_name" or (item_row and head in _NAME_HEADS):
            return "field.item", {}, "a game item's name"
        if name == "commerce.sku" or (item_row and head in _CODE_HEADS):
            return "field.item_code", {}, "a game item's code, from its name"
        if toks & _HANDLE_WORDS and (name == "person.full_name" or name == "entity.text"
                                     and params.get("role") == "name"):  # a player shows a gamer tag
            return "person.username", {}, "a player's display name: a gamer tag"
        if toks & _SOURCE_WORDS and _row_kind(ctx) in ("holding", "ledger") and (
                name == "status.type" and params.get("noun") == "source" or name == "text.neutral"):
            return "status.type", {"labels": list(spec["sources"])}, "where a player got it: the game's sources"
        if name == "text.reason" and not _reason_family(ctx):
            return "status.type", {"labels": list(spec["reasons"])}, "a game's sources and sinks of currency"
        if name == "text.note" and params.get("domain", ctx.pack) not in (None, "generic"):
            return "text.note", {"domain": "generic"}, f"a note on the {tnoun} (no {ctx.pack} pack's: a game)"
    if name == "status.type" and params.get("noun") == "source" and not params.get("labels") \
            and not _licensed(ctx, "marketing", row_only=True):
        kind = _row_kind(ctx)
        if kind == "holding":
            return "status.type", {"labels": list(words["acquired"])}, "how the thing held was acquired"
        if kind in ("event", "ledger"):
            return "status.type", {"labels": list(words["channels"])}, f"how the {tnoun} came in (no marketing channel)"
        return None
    if name == "text.reason" and not _reason_family(ctx):
        kind = _row_kind(ctx)
        if kind == "ledger":
            return _labels(words["ledger_reasons"], ctx, "what moved the entry, in the schema's nouns", table_names)
        if kind == "event":
            return _labels(words["event_reasons"], ctx, f"why the {tnoun} happened, in the schema's nouns", table_names)
        parents = {_noun(fk.ref_table.name) for fk in ctx.table.foreign_keys}
        if parents & set(words["rows"]["event"]):  # a part used on a repair: why it was fitted
            return _labels(words["line_reasons"], ctx, "why the line was needed, in the schema's nouns", table_names)
        return None
    if name == "commerce.sku" and not _licensed(ctx, "retail") and ctx.pack != "ecommerce":
        return "id.code", {"noun": tnoun}, f"a {tnoun}'s code (no shop's SKU)"
    if name == "text.note" and params.get("domain", ctx.pack) not in (None, "generic"):
        pack = params.get("domain", ctx.pack)
        subjects = words["subjects"].get(pack)
        if subjects and _row_kind(ctx) == "event" and not tword & set(subjects):
            return "text.note", {"domain": "generic"}, f"a note on the {tnoun} (not a {pack} {subjects[0]}'s)"
    return None
