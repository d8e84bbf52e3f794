"""When a row's event happens in the business's day (r37; blind review 10: a driving test at 01:59:42).

People book appointments, lessons, tests, visits and classes on slots of the working day (09:30, not
21:36:07), and deliveries, dispatches and call-outs happen in the daytime; logs, sign-ups, payments and
sensor readings stay around the clock. ``timeline`` already puts a planned start with an end
(``starts_at`` / ``ends_at``) and a lone planned start (``kickoff_at``) on a quarter hour; this reads the
rest: the moment a row's event happens when its name is the event's own (``test_at`` of
``driving_tests``, ``appointment_time``, ``attempted_at`` of ``delivery_attempts``, ``visited_at``).

A scored rule, not a list of tables: the table's noun says a booked event (+2) or a day's work (+2), a
sibling gives its length or slot (+1), a sibling names a person it is booked with (+1), one places it
where someone goes (+1), a moment is named by the event itself (``inspected_at``, +1), a status label says
it was booked (+1); a table or sibling of a machine's or a log's (``log``, ``reading``,
``user_agent``) takes 3 away. At 3 or more, the timestamps whose words are the event's (the table's
noun, a booked event's noun, or nothing but a time word) fall in the working day: on a quarter hour
when booked (``test_at``), at any second of the daytime when worked (a delivery) or when the name records
the moment it was done (``inspected_at``).
"""

from __future__ import annotations

from collections.abc import Iterable

from seedbed.generate.intent.tokens import singular, tokens
from seedbed.planning.labelled import same_word
from seedbed.model import Table, TypeKind

__all__ = ["event_clocks", "event_score"]

#: Events people book on a slot of the working day.
BOOKED = frozenset("""appointment lesson class exam examination test interview consultation meeting visit viewing
fitting treatment therapy hearing audition tutorial tasting inspection checkup screening rehearsal massage
haircut session assessment demo demonstration lecture seminar workshop""".split())
#: A day's work done at any minute of the daytime (not on a slot).
WORKED = frozenset("""delivery dispatch attempt callout pickup collection drop dropoff stop errand""".split())
#: Tables and siblings of machines, logs and the web: around the clock.
_AROUND = frozenset("""log logs audit reading readings sensor telemetry metric metrics heartbeat ping event events
signup login logon web browser api webhook request notification alert message email sms token device agent ip
payment transaction txn job build pipeline deploy deployment cron batch analyser analyzer instrument machine""".split())
#: Siblings that give the event's length or slot (``duration_mins``, ``slot_id``).
_LENGTH = frozenset("duration length slot mins minutes hours".split())
#: Siblings that name whom the event is booked with or for.
_PEOPLE = frozenset("""instructor teacher tutor trainer coach therapist doctor dentist nurse examiner assessor
clinician practitioner pupil student learner patient client customer candidate stylist technician engineer
driver courier agent counsellor counselor adviser advisor consultant""".split())
#: Siblings that place the event where someone goes (a delivery's GPS fix, a visit's postcode).
_PLACE = frozenset("lat lng lon latitude longitude gps postcode zip address location".split())
#: Status labels of a booked event.
_BOOKED_LABELS = frozenset("booked scheduled attended no_show noshow confirmed rescheduled".split())
#: Words of a moment's name that say only "when".
_TIME_WORDS = frozenset("at on time datetime ts timestamp when date scheduled slot planned booked for start starts".split())
_STAMPS = (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)


def _table_nouns(table: Table) -> set[str]:
    return {singular(w) for w in tokens(table.name.name)}


def event_score(table: Table, labels: Iterable[str] = ()) -> tuple[int, bool]:
    """(score, booked): how surely ``table``'s rows are events of the working day (see the module), and
    whether they are booked on slots (else worked at any minute of the daytime)."""
    own = _table_nouns(table)
    siblings = {w for c in table.columns for w in tokens(c.name)}
    booked = bool(own & BOOKED)
    score = 2 if own & (BOOKED | WORKED) else 0
    if siblings & _LENGTH:
        score += 1
    if {singular(w) for w in siblings} & _PEOPLE:
        score += 1
    if siblings & _PLACE:
        score += 1
    if {str(x).lower() for x in labels} & _BOOKED_LABELS:
        score += 1
    if any(c.type.kind in _STAMPS and any(_named_by(w, own & (BOOKED | WORKED)) for w in tokens(c.name))
           for c in table.columns):
        score += 1  # a moment named by the event itself: ``inspected_at`` of ``inspections``
    if own & _AROUND or siblings & _AROUND:
        score -= 3
    return score, booked


def _named_by(word: str, nouns: Iterable[str]) -> bool:
    """Whether ``word`` is one of ``nouns`` up to inflection (``attempted`` of ``attempt``, ``inspected`` of
    ``inspection``)."""
    return any(same_word(word, n) for n in nouns)


def _event_moment(name: str, own: set[str]) -> bool:
    """Whether a timestamp's name is the moment the row's event happens: its words are the table's noun,
    a booked or worked event's noun, or time words only (``test_at``, ``appointment_time``, ``attempted_at``,
    ``scheduled_for``)."""
    words = tokens(name)
    core = [w for w in words if w not in _TIME_WORDS]
    if not core:
        return bool(set(words) - {"at", "on", "date", "ts", "timestamp"})  # ``time``, ``scheduled_for``
    return all(_named_by(w, own | BOOKED | WORKED) for w in core)


def event_clocks(table: Table, temporal: Iterable[str], paired: set[str], roles: dict[str, str],
                 labels: Iterable[str] = ()) -> tuple[tuple[str, bool], ...]:
    """``(column, booked)`` for the timestamps of ``table`` that are the moment its event happens, where
    the table's rows are events of the working day (``event_score`` 3 or more): a booked one on a quarter
    hour, a worked one at a second of the daytime. ``paired``: columns another rule times already;
    ``roles``: each column's ``timewords._role`` (births, edits and steps keep their own clocks)."""
    score, booked = event_score(table, labels)
    if score < 3:
        return ()
    own = _table_nouns(table)
    out = []
    for n in temporal:
        col = table.column(n)
        if n in paired or col.type.kind not in _STAMPS or col.type.is_array:
            continue
        role = roles.get(n, "")
        if role not in ("", "start", "step", "born") or "actual" in tokens(n):
            continue
        if role == "born" and not any(_named_by(w, own | BOOKED | WORKED) for w in tokens(n)):
            continue  # the row's birth is the event's moment when named so (``attempted_at``), not ``created_at``
        if _event_moment(n, own):  # ``inspected_at`` records when the work was done: any minute, not a slot
            done = any(w.endswith("ed") and w not in _TIME_WORDS for w in tokens(n))
            out.append((n, booked and not done))
    return tuple(out)
