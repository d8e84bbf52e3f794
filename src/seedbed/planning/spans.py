"""How long after its predecessor a moment comes, by what the pair is (issue 10, pattern 4).

``timeline`` orders a row's moments; this says the lag of the pairs whose names say it:

* an event's end after its start (``starts_at`` / ``ends_at``, ``scheduled_start`` /
  ``scheduled_end`` of a hearing, a class, a meeting): 20 minutes to 4 hours (an appointment 15-75
  minutes, a lesson 30-120, an exam 30-180: r37), where both are timestamps and nothing makes the pair a
  period (a term, a subscription, a lease);
* an actual moment after its scheduled one: a minute to two hours late;
* a deadline or an expiry after the row's moment (``due_on``, ``expires_at``,
  ``retention_until``): days to years, past "now" for recent rows;
* a step of the row's life kept as a date (``paid_on``): one day to six weeks later;
* a season's or a semester's end after its start: three to ten months;
* a period's end after its start by what the period is (``noun_span``): a car hire or a stay of
  days, a sprint of two weeks, a bill's month, a lease of months, a warranty of years, a rate in force
  (``eff_from`` / ``eff_to``) a year or a few; a rented car checked in days after it was checked out, a
  board or a piece of equipment hired between timestamps back (and due) hours later (r50: ``hired_by_the_hour``);
* a row that spans days (r34): a thing set out and taken back (``placed_at`` / ``collected_at`` of a
  camera trap, ``installed_at`` / ``removed_at``), a loan, a survey, an exhibition: days to months, by
  the pair's verbs and the table's noun, unless the row is one day (a shift, a night, a visit, a match).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import Table, TypeKind

__all__ = ["AHEAD", "EVENT_SPAN", "EVENT_SPANS", "PLACES", "SPAN_END", "SPAN_START", "hired_by_the_hour", "noun_span",
           "sign_up_by", "spanned"]

#: Words of a pair's later / earlier column that make it an event's end and start.
SPAN_END = frozenset("end ends ended finish finished stop stopped out".split())
SPAN_START = frozenset("start starts started begin began in".split())
#: Words of a table or pair that make it a period of days to years, not an event of hours.
_PERIODS = frozenset("""period term contract subscription trial lease valid validity effective employment membership
season campaign project sprint program programme course semester rental coverage policy billing plan promotion
offer sale license licence warranty tenancy stay trip vacation holiday leave freeze suspension ban block absence
assignment engagement tenure residency enrollment enrolment loan reservation booking window""".split())
_TIMESTAMPS = (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: An event's length (a hearing, a class, a meeting, a session): 20 minutes to 4 hours; an actual
#: moment after its scheduled one: a minute to two hours late.
EVENT_SPAN = (20 * 60_000_000, 4 * 3_600_000_000)
#: How long a booked event of a named kind runs (r37: a lesson is not four hours), in minutes.
_EVENT_KINDS = ((frozenset("appointment consultation checkup viewing fitting haircut visit".split()), (15, 75)),
                (frozenset("lesson tutorial class treatment therapy massage".split()), (30, 120)),
                (frozenset("exam examination test".split()), (30, 180)))
#: Every event's span, the kinds' and the general one (``timeline`` puts their starts on a clock).
EVENT_SPANS = frozenset({EVENT_SPAN} | {(lo * 60_000_000, hi * 60_000_000) for _, (lo, hi) in _EVENT_KINDS})


def event_span(table: Table) -> tuple[int, int]:
    """The span of an event of ``table``'s kind (a lesson 30-120 min), else ``EVENT_SPAN``."""
    own = {singular(w) for w in tokens(table.name.name)}
    return next(((lo * 60_000_000, hi * 60_000_000) for words, (lo, hi) in _EVENT_KINDS if own & words), EVENT_SPAN)
_LATE_SPAN = (60_000_000, 2 * 3_600_000_000)
#: Deadlines and expiries: a day to a year after the row's moment (a due date 3-90 days, a
#: retention one to ten years), in the future for recent rows.
AHEAD = frozenset("due deadline expires expire expiry expiration until renewal renews renew lapses lapse retention".split())
#: What expires years after it was issued (a card, a licence, a passport), and what within days (a hold,
#: a quote, an invitation); the word before the expiry says which (``card_expires_on``, ``hold_expires_on``).
_LONG_LIVED = frozenset("""card licence license passport document id identity visa permit certificate certification
warranty guarantee
registration accreditation credential badge""".split())
_SHORT_LIVED = frozenset("hold quote offer invite invitation reservation tentative provisional".split())
_YEAR_SPAN = (86_400_000_000, 365 * 86_400_000_000)
_KEPT_SPAN = (365 * 86_400_000_000, 3650 * 86_400_000_000)
_DUE_SPAN = (3 * 86_400_000_000, 90 * 86_400_000_000)  # payment terms, a task's deadline
_CARD_SPAN = (365 * 86_400_000_000, 6 * 365 * 86_400_000_000)
_HOLD_SPAN = (86_400_000_000, 14 * 86_400_000_000)
#: Tables of a season of play or of study: their end three to ten months after their start (a
#: league season from August to May, not eleven days).
_SEASONS = frozenset("season semester trimester".split())
_SEASON_SPAN = (90 * 86_400_000_000, 300 * 86_400_000_000)
#: A step of a row's life kept as a date (paid_on after issued_on): one day to six weeks later.
_DAYS_SPAN = (86_400_000_000, 42 * 86_400_000_000)
#: Words of a payment made against a bill: beside a due date it comes days later, not minutes.
_PAID = frozenset("paid settled remitted".split())


#: Words of the two ends of a period (``pickup_date`` / ``return_date``, ``checked_out_at`` / ``checked_in_at``).
_ENDS = SPAN_START | SPAN_END | frozenset("""from to pickup return returned dropoff checkin checkout arrival opened
closed picked dropped borrowed rented lent loaned handed""".split()) | frozenset(
    "placed deployed installed mounted fitted set collected retrieved removed recovered lifted dismantled uninstalled".split())
_D = 86_400_000_000
#: Kinds of period whose length the names alone do not say in timestamps (a booking of a desk for two
#: hours, of a hotel room for nights): days between dates; between timestamps, nights where the table says
#: one (``_overnight``), else hours (``_BOOKED_SPAN``).
_BOOKED = frozenset("booking reservation".split())
#: Places of business: opened, then (rarely) closed years later.
PLACES = frozenset("branch store shop office site facility location depot warehouse plant clinic outlet".split())
#: How long a period of each kind of thing lasts, in days (the first kind the pair's names, then its
#: table's name, say): a car hired for days, a sprint of two weeks, a lease of months, a bill's month.
_NOUN_SPANS = (
    (frozenset("""stay night nights booking reservation rental rent trip holiday vacation tour leave absence pickup
dropoff""".split()), (1, 14)),  # a car picked up, returned days later
    (frozenset("hire hiring".split()), (1, 28)),
    (frozenset("sprint iteration".split()), (7, 21)),
    (frozenset("trial suspension ban".split()), (7, 30)),
    (frozenset("promotion promo sale discount campaign".split()), (7, 60)),
    (frozenset("billing invoice bill statement payroll payslip payout timesheet".split()), (28, 31)),
    (frozenset("subscription membership".split()), (30, 365)),
    (frozenset("lease tenancy".split()), (180, 730)),
    (frozenset("contract agreement engagement".split()), (180, 1095)),
    (frozenset("warranty guarantee".split()), (365, 1095)),
    # a rate, a price list, a tariff in force from one date to the next: a year or a few, not days (r50)
    (frozenset("effective eff valid validity".split()), (180, 1825)),
    # a place of business opened, then closed years later (not a ticket's days)
    (PLACES, (365, 3650)),
)
#: Rows that span days to months (r34): a thing set out and taken back (a camera trap, a detector, a
#: seismometer), a loan, a survey, an exhibition; by the table's noun, with a pair of its ends.
_SPANNING = (
    (frozenset("deployment deploy placement installation monitoring trap detector logger survey expedition".split()),
     (1, 90)),
    (frozenset("loan loans lending borrowing".split()), (1, 42)),
    (frozenset("exhibition exhibit exhibitions residency secondment".split()), (14, 180)),
)
#: A pair's verbs of setting a thing out and taking it back: days apart by themselves (a camera placed,
#: then collected), unless the row is one day (``_ONE_DAY``).
_SET_OUT = frozenset("placed deployed installed mounted fitted set lent loaned".split())
_TAKEN_BACK = frozenset("collected retrieved removed recovered lifted dismantled uninstalled returned".split())
#: Rows that are one day or less: a shift, a night, a visit, a match, a session.
_ONE_DAY = frozenset("""shift night visit match session day daily game fixture lesson class meeting appointment
call watch run flight sortie""".split())
#: How long a one-day row runs from its start to its end: a shift's working hours, else an event's
#: (``EVENT_SPAN``: a visit's, a lesson's, a session's 20 minutes to 4 hours, on whole minutes).
_SHIFT_SPAN = (4 * 3_600_000_000, 12 * 3_600_000_000)


#: A turn of duty between its ``*_on`` and ``*_off`` moments (booked on / booked off a callout, signed on / off):
#: half an hour to twelve hours.
_TURN_SPAN = (30 * 60_000_000, 12 * 3_600_000_000)


#: What a trip is ridden on or between (its columns' or its references' words): a ride of minutes (the lead, session 11).
_RIDDEN = frozenset("bike bicycle ebike scooter taxi cab car vehicle driver rider station dock stop kiosk".split())
_RIDE_SPAN = (3 * 60_000_000, 90 * 60_000_000)


def _around(table: Table) -> set[str]:
    """The words of a table's columns and of the tables it refers to: what its rows are ridden on, booked for."""
    return {w for c in table.columns for w in tokens(c.name)} | {w for f in table.foreign_keys
                                                                  for w in tokens(f.ref_table.name)}


def _ridden(table: Table) -> bool:
    return bool(_around(table) & _RIDDEN)


#: A booking of timestamps that no night is said of (a hall, a desk, a court, a meeting room): an hour to ten hours.
_BOOKED_SPAN = (3_600_000_000, 10 * 3_600_000_000)
#: Words of a booking's table, columns or parents that say it runs overnight (a hotel's guest, a cabin's berth).
_OVERNIGHT = frozenset("""hotel hotels night nights nightly guest guests stay stays lodging accommodation cabin cabins berth
berths bed beds campsite pitch pitches hostel motel apartment villa checkin checkout""".split())


def _overnight(table: Table) -> bool:
    return bool((set(tokens(table.name.name)) | _around(table)) & _OVERNIGHT)


#: A hire between timestamps of a thing carried by hand (a board, a piece of equipment): hours, not days (r50).
_HIRE_HOURS = (3_600_000_000, 8 * 3_600_000_000)
_HIRES = frozenset("hire hiring".split())
#: WordNet's broader things of what is hired for days (a car, a canoe, a van; a hut, a locker).
_HIRED_FOR_DAYS = frozenset("vehicle craft conveyance structure building".split())


def hired_by_the_hour(table: Table) -> bool:
    """Whether ``table`` is a hire of a thing WordNet knows as an artifact (its parents' or its own head nouns,
    first sense) that is no vehicle, craft or building (``equipment_hire`` of a board: hours); a thing it does not
    place keeps a hire's days (a ``van``'s first sense is a vanguard)."""
    from seedbed import thesaurus

    own = [singular(w) for w in tokens(table.name.name)]
    if not set(own) & _HIRES:
        return False
    found = False
    for noun in [singular(w) for fk in table.foreign_keys for w in tokens(fk.ref_table.name)[-1:]] + own:
        first = thesaurus.senses(noun, "n", limit=1)
        if not first or first[0].lexname != "noun.artifact":
            continue
        broader = {w for i in thesaurus.ancestors(first[0].id, "n", depth=8) for w in thesaurus.synset(i).words}
        if broader & _HIRED_FOR_DAYS:
            return False
        found = True
    return found


def noun_span(table: Table, later: str, earlier: str) -> tuple[int, int] | None:
    """The lag in microseconds between the end and the start of a period, by what the period is
    (see ``_NOUN_SPANS``): where both names are a period's ends and a kind is named."""
    late, early = set(tokens(later)), set(tokens(earlier))
    if late & SPAN_END and not early & _ENDS:  # the end of a period its own name says (contract_end after
        named = next((span for kinds, span in _NOUN_SPANS[2:] if late & kinds), None)  # go-live, r49)
        return (named[0] * _D, named[1] * _D) if named else None
    if not (late & _ENDS and early & _ENDS) or late & _ENDS == early & _ENDS:
        return None
    stamps = {table.column(later).type.kind, table.column(earlier).type.kind} & set(_TIMESTAMPS)
    own = {singular(w) for w in tokens(table.name.name)} | set(tokens(table.name.name))
    if not own & _ONE_DAY:  # a detector placed then collected, a loan, an exhibition: days to months
        found = next((span for kinds, span in _SPANNING if own & kinds), None)
        if found is None and early & _SET_OUT and late & _TAKEN_BACK:
            found = _SPANNING[0][1]
        if found is not None:
            return found[0] * _D, found[1] * _D
    if "trip" in own | late | early and _ridden(table):  # a bike's, a taxi's trip: minutes, not a holiday's days
        return _RIDE_SPAN
    for words in (late | early, set(tokens(table.name.name))):
        for kinds, (lo, hi) in _NOUN_SPANS:
            if words & kinds:  # a booking of a room for the night, or of a meeting room for an hour
                if stamps and words & kinds <= _HIRES and hired_by_the_hour(table):
                    return _HIRE_HOURS  # a board hired for the afternoon, not for a fortnight
                if stamps and words & kinds <= _BOOKED:  # a hall, a desk, a court for hours; a room for nights
                    return (lo * _D, hi * _D) if _overnight(table) else _BOOKED_SPAN
                return lo * _D, hi * _D
    return None


def spanned(table: Table, a: Any, step: bool) -> Any:
    """``a`` with its lag (``_spanned``), no longer than the row's duration of the pair allows (``hrs <= 24``
    beside ``from_ts`` and ``to_ts``: ``planning.moments.duration_bound``)."""
    from seedbed.planning.moments import duration_bound
    b = _spanned(table, a, step)
    if b.within_us or b.before or b.column not in {c.name for c in table.columns} or b.right is None:
        return b
    top = duration_bound(table, b.column, b.right)
    if top is None or top <= 0:
        return b
    lo, hi = b.span_us if b.near and b.span_us else (top // 8, top)
    hi = min(hi, top)
    return replace(b, near=True, span_us=(min(lo, hi // 4), hi))


def _spanned(table: Table, a: Any, step: bool) -> Any:
    """``a`` with the lag of a deadline after the row's moment (days to a year, maybe past now),
    of an event's end after its start, or of an actual moment after its scheduled one, where
    both are timestamps (dates and periods keep their lags). ``a`` is a ``timeline.After``;
    ``step``: its column is a step of the row's life (``paid_on``)."""
    words = set(tokens(a.column))
    if not a.within_us and "due" in words and table.column(a.column).type.kind in _TIMESTAMPS \
            and hired_by_the_hour(table):
        return replace(a, near=True, ahead=True, span_us=_HIRE_HOURS)  # a board due back hours after it went out
    if not a.within_us and words & AHEAD:
        span = _KEPT_SPAN if "retention" in words else _HOLD_SPAN if {"due", "back"} <= words \
            else _DUE_SPAN if words & {"due", "deadline"} else _CARD_SPAN if words & _LONG_LIVED \
            else _HOLD_SPAN if words & _SHORT_LIVED else _YEAR_SPAN  # due back: a hire's days
        return replace(a, near=True, ahead=True, span_us=span)
    period = None if a.within_us else noun_span(table, a.column, a.right)
    if period is not None:  # a car hired for days, not for minutes or for years; a date may be planned
        planned = table.column(a.column).type.kind is TypeKind.DATE and not any(w.endswith("ed") for w in words)
        return replace(a, near=True, span_us=period, ahead=planned)  # ahead (hire_end), not what happened (closed_on)
    kinds = {table.column(a.column).type.kind, table.column(a.right).type.kind}
    if not a.within_us and not a.ahead and kinds == {TypeKind.DATE} and _done_of_plan(a.column, a.right):
        return replace(a, near=True, span_us=_SLIP_SPAN)  # started a day or a week after the planned start
    if not a.within_us and words & SPAN_END and set(tokens(a.right)) & SPAN_START \
            and set(tokens(table.name.name)) & _SEASONS:
        return replace(a, near=True, ahead=True, span_us=_SEASON_SPAN)  # months later, maybe still to come
    if not a.within_us and a.near and step and (table.column(a.column).type.kind is TypeKind.DATE or (
            words & _PAID and any("due" in tokens(c.name) for c in table.columns))):
        return replace(a, span_us=_DAYS_SPAN)  # paid_on after issued_on, a bill with a due date: days later
    if not a.within_us and not a.near and kinds == {TypeKind.DATE} and _planned_pair(table, a.column, a.right):
        return replace(a, near=True, span_us=_PLANNED_SPAN)  # a job planned to run days, not two years
    if a.within_us or not kinds <= set(_TIMESTAMPS):
        return a
    late, early = set(tokens(a.column)), set(tokens(a.right))
    if "actual" in late and early & {"scheduled", "planned", "estimated", "expected"}:
        return replace(a, near=True, span_us=_LATE_SPAN)
    if "off" in late and "on" in early and late - {"off"} == early - {"on"}:  # booked on, booked off: a turn (r49)
        return replace(a, near=True, span_us=_TURN_SPAN)
    own = {singular(w) for w in tokens(table.name.name)}
    if late & (SPAN_END | {"finished"}) and early & SPAN_START and own & _ONE_DAY and not (own | late | early) & _PERIODS:
        return replace(a, near=True, span_us=_SHIFT_SPAN if "shift" in own else event_span(table))  # within its day
    if a.near or not (late & SPAN_END and early & SPAN_START) \
            or (late | early | set(tokens(table.name.name))) & _PERIODS:
        return a
    return replace(a, near=True, span_us=event_span(table))


#: Words of a moment that was planned, and how long a planned piece of work of no named kind runs (days).
_PLANS = frozenset("planned plan scheduled sched target estimated est expected projected proposed forecast".split())
_PLANNED_SPAN = (86_400_000_000, 30 * 86_400_000_000)


def _planned_pair(table: Table, later: str, earlier: str) -> bool:
    """Both ends of a pair planned (``sched_start`` / ``sched_end``, ``planned_start`` / ``planned_finish``)
    where nothing makes it a period (a project, a contract, a term: those run months)."""
    late, early = set(tokens(later)), set(tokens(earlier))
    return bool(late & _PLANS and early & _PLANS and late & (SPAN_END | {"completion", "complete", "due"})
                and early & SPAN_START) and not (late | early | set(tokens(table.name.name))) & _PERIODS


_SLIP_SPAN = (86_400_000_000, 10 * 86_400_000_000)


def _done_of_plan(later: str, earlier: str) -> bool:
    """``started_on`` after ``sched_start``, ``actual_end`` after ``planned_end``: the same end of a
    piece of work, done and planned."""
    late, early = set(tokens(later)), set(tokens(earlier))
    ends = SPAN_END | {"finished", "completed", "completion"}
    starts = SPAN_START | {"started", "commenced", "began"}
    return bool(early & _PLANS) and not late & _PLANS and (
        bool(late & ends and early & ends) or bool(late & starts and early & starts))


#: Words of what a deadline closes that precedes the thing's start (``registration_deadline`` of a
#: season, ``entry_cutoff`` of a race): signing up ends before play begins.
_SIGN_UP = frozenset("registration register entry enrolment enrollment signup sign application apply booking".split())


def sign_up_by(a: Any) -> Any:
    """A sign-up deadline placed after its row's start (``registration_deadline`` after
    ``starts_on``) comes before it instead (``a`` is a ``timeline.After``)."""
    words = set(tokens(a.column))
    if words & {"deadline", "cutoff", "closes", "close"} and words & _SIGN_UP and set(tokens(a.right)) & SPAN_START:
        return replace(a, before=True, near=False, span_us=None, ahead=False, within_us=None)
    return a
