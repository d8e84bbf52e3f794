"""How long a stay or a journey lasts between its arrival and its departure (issue 10; blind reviews 10-12:
a port visit's departure 3-25 minutes after its arrival, a leg of a shipment 1-2 years long, a sea shipment
arriving the day it leaves).

``timeline`` orders an arrival and a departure by what the row is (``timewords.stays``: a guest arrives,
then leaves; a trip leaves, then arrives); this gives the pair its lag, where nothing else did:

* a stay at a place (a port call, a visit, an admission): its departure hours to days after its arrival;
* a journey (a leg, a voyage, a shipment, a flight): its arrival hours to days after it left, as
  timestamps; as dates, a day to a month;
* an actual moment after the estimated or scheduled one of the same kind (``ata`` after ``eta``):
  minutes to hours late, the names' initials and clipped words spelled out (``momentnames``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.model import Table, TypeKind
from seedbed.planning.momentnames import moment_words
from seedbed import thesaurus
from seedbed.planning.spans import _PERIODS, PLACES
from seedbed.planning.timewords import _TRIPS, stays
from seedbed.generate.intent.tokens import singular, tokens

__all__ = ["LATER_STEP_SPAN", "brief_row", "travel_span"]

_H = 3_600_000_000
_D = 24 * _H
_ARRIVE = frozenset("arrival arrive arrived arriving".split())
_DEPART = frozenset("departure depart departed departing".split())
_PLANS = frozenset("estimated scheduled planned expected projected".split())
#: A stay's length: three hours to four days (a ship alongside, a patient admitted, a guest in a room).
_STAY_SPAN = (3 * _H, 4 * _D)
#: A journey's length: an hour to ten days as timestamps (a flight, a truck's leg, a short sea leg);
#: a day to a month as dates (a shipment by sea or by road, counted in days).
_TRIP_SPAN = (_H, 10 * _D)
_TRIP_DAYS = (_D, 30 * _D)
#: An actual moment after its estimate: a minute to five hours late.
_LATE_SPAN = (60_000_000, 5 * _H)


#: An optional later moment of a brief row (a customs entry released, a survey certified, an appeal heard):
#: five minutes to three weeks after the row's moment, not any time until now.
LATER_STEP_SPAN = (5 * 60_000_000, 21 * _D)
#: What a row that lasts is, by WordNet: a person, a group, a thing, or a broader agreement, document or period.
_LASTING_LEX = frozenset(("noun.person", "noun.group", "noun.artifact", "noun.possession", "noun.state"))
_LASTING_KINDS = frozenset(("agreement", "contract", "legal document", "document", "time period", "period"))


def brief_row(table: Table) -> bool:
    """Whether ``table``'s rows are acts or events that run their course in days (an entry lodged and
    released, a survey certified, an appeal heard), by WordNet's first senses of the table's noun: not a
    person, a group, a thing, an agreement, a document or a period, which last years (a client checked,
    a contract, a membership), nor a period or a place by the schema's words."""
    words = tokens(table.name.name)
    if not words or {singular(w) for w in words} & (_PERIODS | PLACES):
        return False
    noun = singular(words[-1])
    senses = thesaurus.senses(noun, "n", 2)
    if not senses or senses[0].lexname in _LASTING_LEX:
        return False
    return not thesaurus.broader(noun, "n", limit=2, depth=3) & _LASTING_KINDS


def _trip(table: Table) -> bool:
    words = {singular(w) for w in tokens(table.name.name)} | set(tokens(table.name.name))
    return bool(words & _TRIPS) and not stays(table)


def travel_span(table: Table, a: Any) -> Any:
    """``a`` (a ``timeline.After``) with the lag of a stay's or a journey's arrival and departure, or of an
    actual moment after its estimate, where it has none yet (see the module)."""
    if a.span_us or a.within_us or a.before:
        return a
    late, early = set(moment_words(a.column)), set(moment_words(a.right))
    kinds = {table.column(a.column).type.kind, table.column(a.right).type.kind}
    stamps = kinds <= {TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ}
    if "actual" in late and early & _PLANS and not early & {"actual"} and stamps \
            and (late - {"actual"}) & (early - _PLANS):
        return replace(a, near=True, span_us=_LATE_SPAN)
    if (late & {"actual"}) != (early & {"actual"}) or (late & _PLANS) != (early & _PLANS):
        return a  # an actual departure after an estimated arrival: the pairs of one kind give the lag
    if stays(table) and late & _DEPART and early & _ARRIVE and stamps:
        return replace(a, near=True, span_us=_STAY_SPAN, ahead=bool(late & _PLANS))
    if _trip(table) and late & _ARRIVE and early & _DEPART:
        span = _TRIP_SPAN if stamps else _TRIP_DAYS if kinds == {TypeKind.DATE} else None
        if span is not None:
            return replace(a, near=True, span_us=span, ahead=bool(late & _PLANS))
    return a
