"""Times of a row that has a date of its own fall on that date (issue 10, r29).

A night's ``sunset_utc`` drawn anywhere in three years beside its ``night_date``, a shift's ``clock_in`` a
month after its ``shift_date``: the blind review scored them 0. A row whose one date column is the day
it is about (no birth, no deadline, no span's bound: the structure decides, not a list of names) holds
its times on that day:

* the first of them at a time of that day: the working day (07:00-18:00), a round's morning (06:00-11:00:
  a route sets off early), or, in a night's row (its table or date says night), the evening (18:00-23:00);
* a time named by the evening (sunset, dusk) in the evening of the date, a time named by the morning
  (sunrise, dawn) in the morning, the next morning in a night's row, so a night's sunset comes
  before its sunrise;
* the times that follow another of them (an end after its start; else the one declared before it, as
  people write a day's times in the order they happen) a few minutes to ten hours after it (a round's
  return two to ten hours, a shift's end four to twelve), unless their names already give a length (a watch of 20-240 minutes);
* in a day's work (r37: a route dispatched, then completed), the steps of going out and coming back are
  times of that day too, not "shortly after" its midnight or months later.

Steps of a process (paid, shipped, approved), births (``created_at``), edits and latest moments
(``last_login_at``) keep their own orders: they are not times *of* the day. ``numbers._one_day`` reads
the same date: hours of such a row fit in a day.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.spans import AHEAD, SPAN_END, SPAN_START

__all__ = ["on_date_times", "row_date"]

_HOUR_US = 3_600_000_000
#: Words of the night a row may be (its table's or its date's).
_NIGHT = frozenset("night nightly overnight nocturnal evening".split())
_EVENING = frozenset("sunset dusk evening twilight nightfall moonrise".split())
_MORNING = frozenset("sunrise dawn morning daybreak moonset".split())
#: Dates that are no day the row is about: a birth, a deadline, an expiry, a span's bound.
_NOT_ROW_DATES = frozenset("birth born dob birthday valid effective expected planned target".split()) | AHEAD \
    | SPAN_START | SPAN_END | frozenset("from to since".split())
#: Times that are not times of the row's day: edits and latest moments.
_NOT_OF_DAY = frozenset("updated modified changed edited last latest recent synced imported exported".split())


def row_date(table: Table) -> str | None:
    """The one date column a row is about (``night_date``, ``shift_date``, ``trap_night``), when the row
    has timestamps to put on it; None otherwise."""
    dates = [c for c in table.columns if c.type.kind is TypeKind.DATE and not c.type.is_array]
    stamps = [c for c in table.columns if c.type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
              and not c.type.is_array]
    if len(dates) != 1 or not stamps or set(tokens(dates[0].name)) & _NOT_ROW_DATES:
        return None
    return dates[0].name


#: Rows that are a day's work (r37): a delivery route, a collection round, a shift, a lesson; their steps of
#: going out and coming back (``dispatched_at``, ``completed_at``) are times of the row's day.
_DAY_WORK = frozenset("""route round run shift lesson class session visit appointment patrol beat dispatch sortie
watch""".split())
#: Rows that are a round of many stops (a delivery route, a collection round, a patrol): back hours after setting
#: off, not in twenty minutes; and the words of coming back or finishing.
_ROUNDS = frozenset("route round patrol beat".split())
_BACK = frozenset("completed finished returned ended back end finish off out".split())
#: A round's return and a shift's end after its start: hours, not the twenty minutes of any two times.
_ROUND_LAG = (2 * _HOUR_US, 10 * _HOUR_US)
_SHIFT_LAG = (4 * _HOUR_US, 12 * _HOUR_US)
#: Steps of a day's work: going out, arriving, coming back, finishing.
_DAY_STEPS = frozenset("""dispatched departed left started arrived loaded unloaded completed finished returned
ended clocked signed""".split())


def _of_day(name: str, role: str, table: Table | None = None) -> bool:
    """Whether a timestamp is a time of the row's day: not a birth, an edit, a latest moment, a deadline,
    or a step of a process other than starting and ending (or, in a day's work, going out and coming back)."""
    words = set(tokens(name))
    if words & (_NOT_OF_DAY | AHEAD) or role in ("born", "later"):
        return False
    if role == "step" and table is not None and words & _DAY_STEPS \
            and {singular(w) for w in tokens(table.name.name)} & _DAY_WORK:
        return True
    return role != "step" or bool(words & (SPAN_START | SPAN_END))


def night_row(table: Table, date: str) -> bool:
    return bool((set(tokens(table.name.name)) | set(tokens(date))) & _NIGHT)


def on_date_times(table: Table, temporal: Sequence[str], roles: dict[str, str],
                  follows: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]],
                                                    dict[str, tuple[str, int, int]]] | None:
    """``(date, {column: (earliest, latest) after the date's midnight}, {column: (the column it follows,
    shortest, longest after it)})`` for a row with a date of its own, or None.

    ``roles``: each temporal column's role (``timewords._role``); ``follows``: a column -> the column it
    comes after in the row, where the names pair them (an end after its start)."""
    date = row_date(table)
    if date is None or date not in temporal:
        return None
    stamps = [n for n in temporal if table.column(n).type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
              and _of_day(n, roles.get(n, ""), table)]
    if not stamps:
        return None
    from seedbed.planning.timewords import lends, name_pairs

    # a moved time that its names order after one that stays (an event's end_at after its created_at) could
    # fall before it: the row's date is drawn on its own. Such a row keeps its times as they were.
    if any(later in stamps and earlier not in stamps for later, earlier, _ in name_pairs(temporal, lending=lends(table))):
        return None
    night = night_row(table, date)
    windows: dict[str, tuple[int, int]] = {}
    lags: dict[str, tuple[str, int, int]] = {}
    previous = None
    for n in stamps:  # in the order the table declares them: people write a day's times as they happen
        words = set(tokens(n))
        if words & _EVENING:
            windows[n] = (16 * _HOUR_US, 21 * _HOUR_US)
        elif words & _MORNING:
            windows[n] = ((28 if night else 4) * _HOUR_US, (32 if night else 9) * _HOUR_US)
        elif follows.get(n) in stamps or previous is not None:
            right = follows[n] if follows.get(n) in stamps else previous
            own = {singular(w) for w in tokens(table.name.name)}
            lags[n] = (right, *(_SHIFT_LAG if "shift" in own and words & _BACK else _ROUND_LAG
                                if own & _ROUNDS and words & _BACK else (15 * 60_000_000, 10 * _HOUR_US)))
        else:
            windows[n] = (18 * _HOUR_US, 23 * _HOUR_US) if night else (6 * _HOUR_US, 11 * _HOUR_US) \
                if {singular(w) for w in tokens(table.name.name)} & _ROUNDS else (7 * _HOUR_US, 18 * _HOUR_US)
        if n not in windows or not words & (_EVENING | _MORNING):
            previous = n
    return date, windows, lags
