"""How long a journey's leg lasts between two moments of one row whose names say departure and
arrival (``scheduled_departure`` / ``scheduled_arrival``, ``takeoff_at`` / ``landed_at``).

A CHECK ``arrival > departure`` only says the order; the typed generator would put the arrival a
few minutes or three weeks later (issue 10: a flight of 9 minutes). A leg lasts 45 minutes to
12 hours, around two hours, like scheduled flights, ferries and coach journeys.
"""

from __future__ import annotations

from seedbed.generate.intent.tokens import tokens

__all__ = ["LEG_SECONDS", "leg_gap"]

_DEPART = frozenset("departure departures depart departs departed takeoff dep etd atd sailing boarding".split())
_ARRIVE = frozenset("arrival arrivals arrive arrives arrived landing landed land lands arr eta ata".split())
#: (shortest, usual, longest) leg in seconds.
LEG_SECONDS = (45 * 60, 2 * 3600, 12 * 3600)


def leg_gap(later: str, earlier: str) -> tuple[int, int, int] | None:
    """``LEG_SECONDS`` when column ``later`` names an arrival and ``earlier`` the departure it
    follows, with the same qualifiers otherwise (``scheduled_``, ``actual_``); else None."""
    a, d = tokens(later), tokens(earlier)
    if not (set(a) & _ARRIVE and set(d) & _DEPART):
        return None
    if {t for t in a if t not in _ARRIVE} != {t for t in d if t not in _DEPART}:
        return None  # actual_arrival after scheduled_departure: a delay, not a leg
    return LEG_SECONDS
