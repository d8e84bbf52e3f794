"""A call sign (issue 10, r5): a broadcaster's (``KQED``, ``WNYC``) beside stations, frequencies and
broadcasts, an aircraft's (a flight number, ``BAW117``) beside flights, a ship's (``9HA2954``) beside vessels, an amateur's (``DL3ABC``)
otherwise; never random letters."""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["call_sign_rule"]

_BROADCAST = frozenset("station radio broadcast broadcaster frequency mhz khz fm am tv television channel "
                       "market transmitter network".split())
_AIR = frozenset("flight aircraft airline plane pilot tail squawk atc airport".split())
_SEA = frozenset("vessel ship boat imo mmsi yacht tanker port voyage flag".split())


def call_sign_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``radio.call_sign`` of the kind the table's and siblings' words say."""
    if not ctx.is_text:
        return []
    words = set(ctx.table_toks) | ctx.sibling_words
    if words & _AIR:
        return [("travel.flight_number", {}, "an aircraft's call sign")]
    kind = "maritime" if words & _SEA else "broadcast" if words & _BROADCAST else "amateur"
    return [("radio.call_sign", {"kind": kind}, f"a {kind} call sign")]
