"""What one sale of a service costs (``data/vocab/tickets.json``): a bike-share trip's fare is a few euros, a
driving lesson's fee about forty, a hotel night's price about a hundred and thirty, not a shop's 39 or 49.

A money column of a row whose thing is a sale of a service (the table's words or the column's: ``trips``,
``lesson_fee``) priced for a subject the table, its parents or the schema name (``Trip`` of a ``Bike``) reads as
that service's typical price; a payment-like table (``payments``, ``charges``) of such a row takes its parent's
thing (a bike trip's payment is a bike trip's price). The first row of the vocabulary that fits wins, most
specific first; nothing fits: the reading stays as it was.
"""
from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular, tokens

__all__ = ["ticket_money", "ticket_price"]

#: Words of money no phrase of seedbed reads alone (a bare ``fare``, ``toll``): an amount, when nothing else is.
_BARE_MONEY = frozenset("fare toll tariff fee charge".split())


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], tuple]:
    from seedbed.generate.realistic.vocab import load  # realistic imports intent: read when first asked

    data = load("tickets")
    rows = tuple((frozenset(things.split()), None if subjects is None else frozenset(subjects.split()), *figures)
                 for things, subjects, *figures in data["rows"])
    return frozenset(data["money"].split()), frozenset(data["sales"].split()), rows


def _parents(ctx: Ctx) -> list[tuple[str, ...]]:
    return [tokens(fk.ref_table.name) for fk in ctx.table.foreign_keys] \
        + [tokens(c) for fk in ctx.table.foreign_keys for c in fk.columns]


def ticket_price(ctx: Ctx, cand: tuple[str, dict, str]) -> tuple[str, dict, str] | None:
    """``cand`` (a price, an amount, money in cents) read as one sale of the service the row is, else None."""
    name, params, why = cand
    if not (name in ("money.price", "money.amount") or name == "number.measure" and why == "money in cents"):
        return None
    money, sales, rows = _vocab()
    toks = [singular(t) for t in ctx.toks]
    if not money & set(toks):
        return None
    table = {singular(t) for t in ctx.table_toks}
    parents = [singular(t) for ts in _parents(ctx) for t in ts]
    things = set(toks) | table | (set(parents) if table & sales else set())
    if params.get("product"):  # a catalogue's price: a service only where the table names it (a lesson_product, r50)
        things = table
    subjects = table | set(parents) | set(toks) | set(ctx.schema_words) | {singular(w) for w in ctx.schema_words}
    for thing, subject, median, sigma, low, high in rows:
        if thing & things and (subject is None or subject & subjects):
            said = sorted(thing & things)[0]
            of = "" if subject is None else f"{sorted(subject & subjects)[0]} "
            return "money.amount", {"median": median, "sigma": sigma, "low": low, "high": high}, \
                f"one {of}{said}'s price: about {median:g}" + (f" ({why})" if why else "")
    return None


def ticket_money(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A number column nothing read whose name is money (a bare ``fare``): one sale's price where the row is a
    sale of a service, else an amount of money; None for any other name."""
    if not ctx.numeric or not {singular(t) for t in ctx.toks} & _BARE_MONEY:
        return None
    return ticket_price(ctx, ("money.amount", {}, "")) or ("money.amount", {}, "a fare, fee or toll: money")
