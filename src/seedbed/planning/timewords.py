"""What a date or time column's name says of its row's life: the words of a row's birth, its
lifecycle steps, its endings, later changes and deadlines; pairs of names one word apart (``valid_from``
/ ``valid_to``); each name's role (``_role``) and the column saying when a row came to be
(``anchor_of``). ``seedbed.planning.timeline`` orders a row's moments by them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seedbed.generate.intent.ages import ORIGINS
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.eventverbs import verb_stage
from seedbed.planning.momentnames import moment_words
from seedbed.planning.spans import SPAN_START
from seedbed.planning.stages import STAGES

__all__ = ["TEMPORAL", "anchor_of", "first_moment", "lends", "life_end", "name_pairs", "origin", "stays"]

TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)

#: Words that say a row came to be at this moment (priority order).
_BORN = ("created", "creation", "inserted", "drafted", "invited", "applied", "registered", "registration", "signup", "signed", "joined",
         "placed", "ordered", "submitted", "requested", "booked", "enrolled", "opened", "issued", "posted",
         "published", "recorded", "logged", "occurred", "happened", "received", "attempted",
         # a thing a business owns came to be when it was bought (equipment's purchase_date)
         "purchased", "purchase", "acquired", "acquisition", "bought")
#: Lifecycle steps of an order-like row, in order; a column named after step ``s`` follows the
#: nearest earlier step present.
_STEPS: dict[str, float] = {
    # a filing is lodged, then accepted; a ticket acknowledged, a candidate screened, a field sown
    **dict.fromkeys(("filed", "lodged", "acknowledged", "triaged", "screened", "assigned", "contacted", "sown"), 0.5),
    **dict.fromkeys(("succeeded", "paid", "payed", "confirmed", "approved", "accepted", "authorized", "authorised",
                     "captured", "verified", "reviewed", "interviewed", "inspected", "assessed", "evaluated",
                     "responded", "response", "answered", "quoted", "tested"), 1),
    **dict.fromkeys(("offered", "offer", "decided", "decision", "planted", "renewed", "escalated"), 1.5),
    **dict.fromkeys(("processed", "processing", "packed", "prepared", "picked", "started"), 2),
    **dict.fromkeys(("shipped", "dispatched", "sent", "transit", "departed", "departure", "hired", "harvested"), 3),
    **dict.fromkeys(("delivered", "completed", "fulfilled", "resolved", "finished", "done", "returned", "ended",
                     "arrived", "arrival", "landed", "sold", "discharged", "graduated", "settled"), 4),
    "read": 4.2, "replied": 4.4, "closed": 4.6,  # a message read once delivered; a ticket closed once resolved
}
#: A person's birth: never moved after the row's moment (``born_on`` paired with ``died_on``).
_BIRTH = frozenset("birth born dob birthday".split())
#: Words of a row's birth that, beside lifecycle steps, are the step of going public (a submission
#: reviewed, decided, then published).
_PUBLISHED = frozenset("published released".split())
_PUBLISHED_STEP = 3.5
#: Words of a moment a booking or a request is for (``scheduled_for`` beside ``booked_at``): after
#: the row's birth by an hour to a month, maybe past "now".
_BOOKED_FOR = frozenset("scheduled planned appointment preferred".split())
_BOOKED_SPAN = (3_600_000_000, 30 * 86_400_000_000)
#: Columns set only when the status is one of these families.
_ENDINGS = {"cancelled": "cancel", "canceled": "cancel", "voided": "cancel", "rejected": "cancel",
            "declined": "cancel", "failed": "cancel", "refunded": "refund", "deleted": None, "archived": None,
            "cancellation": "cancel", "rejection": "cancel", "refund": "refund"}
#: Later changes: anywhere between the anchor and now.
_LATER = ("updated", "modified", "changed", "edited", "last", "seen", "viewed", "accessed", "synced", "expired")
#: Later changes that come after every step of the row's life, not only after its start.
_EDITED = frozenset("updated modified changed edited".split())
#: Words of the day a person, an animal or a company came to be (a birth; ``intent.ages.ORIGINS``): long before
#: the row was made.
_ORIGINS = frozenset("birth born dob birthday".split()) | frozenset(ORIGINS)
#: Not a moment of the row's life.
_NOT_EVENTS = {*_ORIGINS, "expire", "expiry", "expiration", "due", "deadline",
               "scheduled", "until", "valid", "effective", "planned", "estimated", "eta"}

#: Words of a start that was set in advance: it falls on a quarter hour of the working day (an
#: arrival, ``checked_in_at``, at any minute of the daytime).
_PLANNED = frozenset("start starts begin begins scheduled planned".split())
#: Words of the planned start of play (a match's kick-off), with or without an end beside it.
_KICKOFF = frozenset("kickoff tipoff faceoff puckdrop".split())
#: Words of a pair of names that differ in one word only: the first family comes before the
#: second (``rental_date`` / ``return_date``, ``valid_from`` / ``valid_to``, ``pinned_at`` /
#: ``pinned_until``, ``scheduled_departure`` / ``actual_departure``). General, not a list of names.
_EARLY = frozenset("""start starts started begin begins began beginning from open opened opening first min
minimum earliest in departure depart departed departing issued issue birth born rental rent rented borrowed
borrow checkin hired hire admission admitted enrolled enrollment pickup scheduled planned estimated at on
since effective created creation sent requested request submitted booked activated signed""".split())
_LATE = frozenset("""end ends ended ending finish finishes finished stop stopped to until close closes closed
closing last max maximum latest out arrival arrive arrived arriving due expiry expire expires expired
expiration death died return returned checkout terminated termination discharge discharged graduated
dropoff delivery delivered actual completed resolved received approved deactivated cancelled canceled
withdrawn left off""".split())
#: Words of a life's end, the only late moment a birth pairs with (``birth_date`` / ``death_date``).
_DEATHS = frozenset("death died deceased".split())
#: Pairs whose later moment follows shortly (a flight lands hours after it leaves, an actual
#: departure minutes after the scheduled one), as (early, late) word pairs.
_NEAR_PAIRS = frozenset({("scheduled", "actual"), ("planned", "actual"), ("estimated", "actual"),
                         ("departure", "arrival"), ("depart", "arrive"), ("departed", "arrived"),
                         ("in", "out"), ("checkin", "checkout"), ("pickup", "dropoff"), ("pickup", "delivery"),
                         ("sent", "received"), ("rental", "return"), ("rent", "return"),
                         ("borrowed", "returned")})


#: Tables of things lent out and brought back (a car hired, a book borrowed, a tool rented): an item
#: is checked out before it is checked in, the reverse of a guest's stay.
_LENDING = frozenset("rental rent renting hire hiring loan lending lend borrow borrowing checkout circulation".split())
_OUT_FIRST = {"in": "out", "out": "in", "checkin": "checkout", "checkout": "checkin"}


#: Tables of stays at a place (a hotel reservation, a port call, a visit, an admission): a guest arrives
#: before departing, the reverse of a trip's departure and arrival; a table of trips says so itself.
_STAYS = frozenset("""stay reservation booking visit call admission guest occupancy tenancy residence boarding lodging
visitor encounter berthing sojourn""".split())
_TRIPS = frozenset("""flight trip journey voyage leg segment route shipment transfer ride sailing train bus transport
movement itinerary""".split())
_ARRIVE_FIRST = {"arrival": "departure", "departure": "arrival", "arrive": "depart", "depart": "arrive",
                 "arrived": "departed", "departed": "arrived", "arriving": "departing", "departing": "arriving"}


def stays(table: Table | str) -> bool:
    """Whether ``table``'s rows are stays at a place (``reservations``, ``port_calls``, ``visits``): their
    arrival comes before their departure."""
    words = set(tokens(table if isinstance(table, str) else table.name.name))
    return bool(words & _STAYS) and not words & _TRIPS


def lends(table: Table | str) -> bool:
    """Whether ``table`` (or a table so named) lends a thing out and takes it back (``rental_agreements``,
    ``equipment_hires``, ``book_loans``): its ``*_out`` moments and readings come before its ``*_in``."""
    return bool(set(tokens(table if isinstance(table, str) else table.name.name)) & _LENDING)


def _moment_words(name: str) -> tuple[str, ...]:
    """A moment's name as words, its initials and clipped heads spelled out (``ata`` -> actual arrival,
    ``dep_at`` -> departure at: ``momentnames``)."""
    return moment_words(name)


def name_pairs(names: Sequence[str], *, lending: bool = False, staying: bool = False) -> list[tuple[str, str, bool]]:
    """``(later, earlier, near)`` for every two names that differ in one word only, that word
    saying which comes first (``_EARLY`` / ``_LATE``); with ``lending`` (see ``lends``) out before in, with
    ``staying`` (see ``stays``) an arrival before its departure."""
    if lending or staying:  # the words swapped, the pairs read, the names given back
        swap = {**(_OUT_FIRST if lending else {}), **(_ARRIVE_FIRST if staying else {})}
        swapped = [(n, "_".join(swap.get(w, w) for w in _moment_words(n))) for n in names]
        back = {s: n for n, s in swapped}
        if len(back) < len(names):  # two names the same once swapped: read them as they are
            return name_pairs(names)
        return [(back[a], back[b], near) for a, b, near in name_pairs([s for _n, s in swapped])]
    toks = {n: _moment_words(n) for n in names}
    out: list[tuple[str, str, bool]] = []
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            ta, tb = toks[a], toks[b]
            if len(ta) != len(tb) or not ta:
                continue
            diff = [k for k in range(len(ta)) if ta[k] != tb[k]]
            if len(diff) != 1:
                continue
            wa, wb = ta[diff[0]], tb[diff[0]]
            if (wa in _ORIGINS and wb not in _DEATHS) or (wb in _ORIGINS and wa not in _DEATHS):
                continue  # a birth pairs with a death only: an expiry_date is no end of a life
            if wa in _EARLY and wb in _LATE and not (wa in _LATE and wb in _EARLY):
                out.append((b, a, (wa, wb) in _NEAR_PAIRS))
            elif wb in _EARLY and wa in _LATE:
                out.append((a, b, (wb, wa) in _NEAR_PAIRS))
    return out


def _temporal_columns(table: Table, usable: Mapping[str, bool] | None) -> list[str]:
    """The date and timestamp columns of ``table`` (only the ``usable`` ones when given)."""
    return [c.name for c in table.columns
            if c.type.kind in TEMPORAL and not c.type.is_array and (usable is None or usable.get(c.name, False))]


def _role(name: str) -> tuple[str, int | str | None]:
    """('born', priority) / ('step', n) / ('ending', family) / ('later', None) / ('start'|'end', stem) / ('', None)."""
    words = tokens(name)
    if not words or set(words) & _NOT_EVENTS:
        return "", None
    for i, w in enumerate(_BORN):
        if w in words:
            return "born", i
    for w in words:
        if w in _ENDINGS:
            return "ending", _ENDINGS[w]
    if "start" in words or "begin" in words or "from" in words:
        return "start", "_".join(w for w in words if w not in ("start", "begin", "from", "at", "date", "time", "on"))
    if "end" in words or "to" in words or "finish" in words:
        return "end", "_".join(w for w in words if w not in ("end", "to", "finish", "at", "date", "time", "on"))
    if words[0] in ("last", "latest"):  # last_inspected_at: the latest of many, not the row's first step
        return "later", None
    for w in words:
        if w in _STEPS:
            return "step", _STEPS[w]
    for w in words:  # another domain's verb or noun of the same stage (raised, assignment, rectified)
        if w in STAGES:
            return "step", STAGES[w]
    if set(words) & set(_LATER):
        return "later", None
    stage = verb_stage(words)  # another trade's verb of a step (cleared, ack, on_scene): r49
    return ("step", stage) if stage is not None else ("", None)


#: Steps that settle a period: a payout of a period is paid, an invoice for it issued, after it ends.
_SETTLING = frozenset("paid payout invoiced billed issued settled reconciled reported disbursed remitted".split())


def _settled_after(step: str, anchor: str | None, temporal: list[str]) -> str | None:
    """What a row's first step follows: its anchor, or the end of the period the row is about when
    the anchor is that period's start and the step settles it (``paid_on`` after ``period_end``)."""
    if anchor is None or _role(anchor)[0] != "start" or not set(tokens(step)) & _SETTLING:
        return anchor
    what = _role(anchor)[1]
    ends = [n for n in temporal if _role(n) == ("end", what)]
    return ends[0] if len(ends) == 1 else anchor


def foreign_birth(table: Table, name: str) -> bool:
    """Whether ``name`` is the birth of a document the row holds, not of the row: a customer's
    ``licence_issued_date``, a driver's ``permit_issued_on`` (issued years before the row was
    made); a ``licences`` table's own ``issued_on`` and a ``registration_date`` stay births."""
    from seedbed.planning.spans import _LONG_LIVED

    words = set(tokens(name))
    if _role(name)[0] != "born":
        return False
    docs = words & _LONG_LIVED - set(_BORN)
    return bool(docs - set(tokens(table.name.name)))


def _anchor(table: Table, temporal: list[str]) -> str | None:
    born = [(p, i, n) for i, n in enumerate(temporal) for role, p in [_role(n)] if role == "born"
            and not foreign_birth(table, n)]
    if born:
        # NOT NULL first, then by word priority, then column order
        best = min(born, key=lambda b: (table.column(b[2]).nullable, b[0], b[1]))[2]
        return _earlier_step(table, temporal, best) or best
    events = [n for n in temporal if not (set(tokens(n)) & _NOT_EVENTS)]
    if len(temporal) == 1 and events:  # the table's only moment: payments.paid_at, logs.at
        return events[0]
    first = _first_end(table, temporal)
    if first is not None:  # a stay came to be when it arrived, a journey when it left
        return first
    required = [n for n in events if not table.column(n).nullable]
    if len(required) == 1 and _role(required[0])[0] in ("step", "later", ""):
        # The one moment every row has (notifications.sent_at beside a nullable read_at): when
        # the row came to be, the others follow it.
        return required[0]
    starts = [n for n in temporal if not table.column(n).nullable and set(tokens(n)) & SPAN_START
              and "actual" not in tokens(n)]
    if starts:  # an event came to be when it was set to start (a hearing's scheduled_start)
        return starts[0]
    from seedbed.planning.moments import check_orders
    ordered = check_orders(table.checks, required)
    firsts = {b for _a, b in ordered} - {a for a, _b in ordered}
    if len(firsts) == 1 and len(required) == 2:  # a haul came to be when it was shot (hauled_at > shot_at)
        return firsts.pop()
    return None


def _earlier_step(table: Table, temporal: list[str], born: str) -> str | None:
    """A step every row has that comes before ``born``, an optional birth word that is a later step of the
    life (``BORN_STAGES``: a removal ``quoted_at``, then maybe ``booked_at``): the row came to be at that
    step (r49); None where there is none."""
    from seedbed.planning.stages import BORN_STAGES

    stage = next((BORN_STAGES[w] for w in tokens(born) if w in BORN_STAGES), None)
    if stage is None or not table.column(born).nullable:
        return None
    steps = [(r[1], n) for n in temporal if not table.column(n).nullable
             for r in [_role(n)] if r[0] == "step" and r[1] < stage]
    return min(steps)[1] if steps else None


#: The words of a stay's or a journey's two ends, and of a moment planned or estimated beforehand.
_ARRIVALS = frozenset("arrival arrive arrived".split())
_DEPARTURES = frozenset("departure depart departed".split())
_FORESEEN = frozenset("estimated scheduled planned expected projected".split())


def _ends(table: Table, temporal: Sequence[str], first: bool) -> str | None:
    """A stay's arrival or a journey's departure (``first``), else its departure or its arrival: the
    foreseen one where both are kept (``eta`` over ``ata``: every row has its estimate), if one name says it."""
    if not (stays(table) or set(tokens(table.name.name)) & _TRIPS):
        return None
    want = (_ARRIVALS if stays(table) else _DEPARTURES) if first else (_DEPARTURES if stays(table) else _ARRIVALS)
    found = [n for n in temporal if set(moment_words(n)) & want]
    if len(found) > 1:
        found = [n for n in found if set(moment_words(n)) & _FORESEEN] or found
    return found[0] if len(found) == 1 else None


def _first_end(table: Table, temporal: Sequence[str]) -> str | None:
    """The moment a stay (a port call: its arrival) or a journey (a leg: its departure) began."""
    return _ends(table, temporal, True)


def first_moment(table: Table, usable: Mapping[str, bool] | None = None) -> str | None:
    """The first moment of a row's life by its names: a moment of it that no name pair puts after another
    (``departed_at`` of ``departed_at`` / ``arrived_at``), where exactly one is."""
    # a foreseen moment is a moment of the row too (a stop's eta); a birth, a deadline or a validity is not
    temporal = [n for n in _temporal_columns(table, usable) if not set(tokens(n)) & (_NOT_EVENTS - _FORESEEN - {"eta"})]
    laters = {later for later, _e, _n in name_pairs(temporal, lending=lends(table), staying=stays(table))}
    firsts = [n for n in temporal if n not in laters]
    return firsts[0] if len(firsts) == 1 else None


def anchor_of(table: Table, usable: Mapping[str, bool] | None = None, *, forced: bool = False) -> str | None:
    """The column saying when a row of ``table`` came to be (see ``timeline``); with ``forced``
    (a scope asked for it), else the first date or timestamp that is a moment of the row's life."""
    temporal = _temporal_columns(table, usable)
    found = _anchor(table, temporal)
    if found is None and forced:
        found = next((n for n in temporal if not (set(tokens(n)) & _NOT_EVENTS)), None)
    return found


#: Words of the moment a row's life ends: its person leaves, its animal dies or is sold, its account
#: closes, its product is discontinued. What the row goes on to have (a timesheet, a race, a
#: transaction) happens before it. Steps a row's children may follow ("completed": a course's
#: reviews), deadlines and validity ("expires", "until") are not endings of a life.
_LIFE_ENDS = frozenset("""left leaving terminated termination died death deceased sold retired retirement closed
closure ended end discontinued decommissioned dissolved deactivated churned disposed scrapped demolished
withdrawn resigned resignation offboarded exited deleted removed cancelled canceled cancellation""".split())


def life_end(table: Table, usable: Mapping[str, bool], anchor: str | None) -> str | None:
    """The date or time column of ``table`` that ends its rows' life (``left_on`` of an employee,
    ``died_on`` of an animal, ``closed_at`` of an account), when exactly one does and the row has an
    anchor it follows; the children of a row come before it (``timeline.TimeLink.until``)."""
    if anchor is None:
        return None
    ends = [n for n in _temporal_columns(table, usable) if n != anchor and set(tokens(n)) & _LIFE_ENDS
            and not set(tokens(n)) & _NOT_EVENTS]
    if not ends and anchor == _first_end(table, _temporal_columns(table, usable)):
        # what happens during a stay or a journey (a crane's move during a port call) comes before its end
        last = _ends(table, _temporal_columns(table, usable), False)
        return last if last is not None and not table.column(last).nullable else None
    return ends[0] if len(ends) == 1 else None


def origin(name: str) -> bool:
    """Whether ``name`` is the day its row's person, animal or company came to be (``birth_date``,
    ``foaled_on``, ``date_founded``): no event of the row's timeline, yet a self-referencing row's comes
    after its parent's (a foal after its sire and dam)."""
    return bool(set(tokens(name)) & _ORIGINS)
