"""Resolvers of where things are: addresses and their lines, countries, a message's or a trip's ends, locations
(a bin of a store, a place, the UN/LOCODE of a movement's five-character column) and coordinates.

Split from ``resolvers`` (session 13), which re-exports them for the rule table.
"""

from __future__ import annotations

import re

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.resolvers import Cand, cands

#: Words of a blockchain's tables and columns: an address there is a wallet's.
CRYPTO = frozenset("wallet tx blockchain chain crypto ethereum bitcoin eth btc gas nonce erc token_transfer".split())


def address_rule(ctx: Ctx) -> list[Cand]:
    """``address``: email / IP / MAC addresses, a street line beside city columns, else a full address."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    raw = ctx.column.name.lower()
    if q in ("email", "mail"):
        return cands("internet.email")
    if q in ("ip", "remote", "client", "server", "source", "host"):
        return cands("internet.ipv4")
    if q == "mac":
        return cands("internet.mac")
    if q in ("wallet", "contract", "from", "to", "sender", "recipient", "deposit", "withdrawal", "") and CRYPTO & (
            set(ctx.table_toks) | ctx.sibling_words) and not ctx.has_sibling("city", "postal", "street"):
        return cands("security.hex", "an address on a blockchain", bits=160, prefix="0x")
    if q in ("web", "website", "url") or q == "site" and _web_site(ctx):
        return cands("internet.url")  # a website's address; a farm's or a building site's is a place
    if re.search(r"(2|two|second)$", raw):
        return cands("address.line2")
    if ctx.has_sibling("city", "postal") or re.search(r"(1|line|one)$", raw):
        return cands("address.street", "address line, city in a sibling column")
    return cands("address.full", "a whole address in one column")


def _web_site(ctx: Ctx) -> bool:
    """Whether a ``site`` qualifier is a website: its column says web (``web_site_address``) or its
    table and columns are about the web; else the site is a place (``site_address`` of a farm, whose
    ``website`` column, if any, holds the URL)."""
    return "web" in ctx.toks or bool(set(ctx.table_toks) & _WEBSITE or ctx.sibling_words & _WEBSITE - _URL_HEADS)


_URL_HEADS = frozenset("web website url".split())


#: Words of tables and columns about websites (a site that is one).
_WEBSITE = frozenset("""url host hostname dns website web domain cookie ssl tls certificate cert page crawl crawler seo
visitor traffic server favicon sitemap robots subdomain""".split())


def line_rule(ctx: Ctx) -> list[Cand]:
    """``line1`` / ``line2`` of an address, else a sentence."""
    raw = ctx.column.name.lower()
    if ctx.address_context or "address" in ctx.toks:
        return cands("address.line2" if re.search(r"(2|two)$", raw) else "address.street")
    return cands("text.sentence", "", domain=ctx.pack)


def country_rule(ctx: Ctx) -> list[Cand]:
    """A country: ISO-2 / ISO-3 in two- or three-character columns, else its name."""
    n = ctx.length
    if n is not None and n <= 3:
        return cands("address.country_code", f"country in a {n}-character column", iso3=n == 3)
    return cands("address.country")


def recipient_rule(ctx: Ctx) -> list[Cand]:
    """``to`` / ``from`` / ``cc``: emails in message tables, airports in travel schemas."""
    if ctx.mail_context or ctx.toks[-1] in ("cc", "bcc"):
        return cands("internet.email", "recipient of a message")
    if ctx.pack == "travel":
        return cands("travel.airport_code", "origin / destination of a trip")
    return []


def location_rule(ctx: Ctx) -> list[Cand]:
    """``location``: a storage location of stock, else a place: "City, Country", or the UN/LOCODE a
    five-character column of a movement holds (a leg's ``from_loc char(5)``, a tracking event's ``location``)."""
    stock = ctx.noun in _STOCK or bool(set(ctx.table_toks) & _STOCK)
    moving = _movement(ctx)
    if stock or ctx.pack == "logistics" and not moving:
        return cands("entity.name", "storage location", noun="bin", domain="logistics")
    if ctx.is_text and ctx.length == 5 and moving:
        return cands("id.standard", "a UN/LOCODE: where a movement is", std="locode")
    if ctx.toks[-1] == "venue" and ctx.is_text and ctx.noun != "venue":  # an event's venue: a hall, not a city
        return cands("entity.text", "the venue of an event", role="name", noun="venue", cls="venue", topics=[],
                     html=False)
    return cands("address.location")


#: Tables whose locations are bins of a store: stock, its counts and its picks.
_STOCK = frozenset("bin inventory stock warehouse slot putaway pick picking replenishment lpn pallet".split())
#: Words of a row that moves goods or people between places (its locations are places, not bins).
_MOVES = frozenset("""leg route shipment consignment tracking trip journey voyage transit stop booking delivery
transfer haul lane sailing flight movement scan hop""".split())


def _movement(ctx: Ctx) -> bool:
    """A location of a movement: the column says from or to, or the table is a leg, a route, a tracking event."""
    return bool(set(ctx.toks) & {"from", "to", "origin", "destination", "via"} or set(ctx.table_toks) & _MOVES)


def coordinate_pair(ctx: Ctx) -> str:
    """The key a latitude shares with its longitude (``pickup_lat`` / ``pickup_lng``): missing in the same rows."""
    return "coordinates:" + "_".join(t for t in ctx.toks if t not in ("latitude", "longitude", "long", "e", "microdeg"))


def lat_rule(ctx: Ctx) -> list[Cand]:
    """A latitude."""
    return cands("geo.latitude", null_key=coordinate_pair(ctx))


def long_rule(ctx: Ctx) -> list[Cand]:
    """A longitude (a bare ``long`` only next to a latitude)."""
    if ctx.toks == ("long",) and not ctx.has_sibling("latitude"):
        return []
    return cands("geo.longitude", null_key=coordinate_pair(ctx))
