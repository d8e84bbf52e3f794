"""Issue 10, round 4 (r3): time, lifecycle and quantities as the data says them. Each class on a
small synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _day(cell: str) -> dt.date:
    return dt.date.fromisoformat(cell[:10])


def _moment(cell: str) -> dt.datetime:
    return dt.datetime.fromisoformat(cell)


def _with_check(t, name: str, expression: str, *cols: str):
    return replace(t, checks=(*t.checks, Check(name=name, expression=expression, columns=cols)))


# ------------------------------------------------------------------ calendar parts follow their date
def test_calendar_parts_are_the_parts_of_their_sibling_date() -> None:
    """``*_year``, ``*_month``, ``fiscal_quarter``, ``day_of_week``, ``*_hour`` restate a sibling moment:
    the one sharing their words, else the first required date; a plural (``years``) is no part."""
    t = table("kiln_logs", ("fired_date", "date", False), ("kiln_year", "smallint", False),
              ("kiln_month", "smallint", False), ("fiscal_quarter", "smallint", False),
              ("glazed_at", "ts", False), ("glaze_hour", "smallint"), ("day_of_week", "smallint", False),
              ("years", "smallint", False))
    t = _with_check(t, "dow", "day_of_week BETWEEN 1 AND 7", "day_of_week")
    got = generate(t)["kiln_logs"]
    rows = list(zip(got["fired_date"], got["kiln_year"], got["kiln_month"], got["fiscal_quarter"], strict=True))
    assert all(int(y) == _day(d).year and int(m) == _day(d).month and int(q) == (_day(d).month - 1) // 3 + 1
               for d, y, m, q in rows)
    hours = [(g, h) for g, h in zip(got["glazed_at"], got["glaze_hour"], strict=True) if g and h]
    assert hours and all(int(h) == _moment(g).hour for g, h in hours)
    # the row's first required date is fired_date (a DATE before a timestamp), ISO weekday by the CHECK
    assert all(int(w) == _day(d).isoweekday() for d, w in zip(got["fired_date"], got["day_of_week"], strict=True))
    assert len({int(y) for y in got["years"]}) > 1 and max(int(y) for y in got["years"]) < 1900


def test_a_day_column_is_the_day_of_the_rows_moment() -> None:
    """``visit_date`` beside the row's only required timestamp is that timestamp's day; a due date is not."""
    t = table("sauna_visits", ("entered_at", "ts", False), ("visit_date", "date", False), ("due_date", "date"))
    got = generate(t)["sauna_visits"]
    assert all(_day(d) == _moment(e).date() for e, d in zip(got["entered_at"], got["visit_date"], strict=True))
    assert sum(d is not None and _day(d) != _moment(e).date()
               for e, d in zip(got["entered_at"], got["due_date"], strict=True)) > 100


# ------------------------------------------------------------------ flags agree with their moments
def test_state_flags_agree_with_the_moment_they_record() -> None:
    """``is_shelved`` is true exactly where ``shelved_at`` is set; ``is_active`` exactly where the
    leaving moment (``left_on``) is NULL, which a minority of rows reached."""
    t = table("crew_members", ("joined_on", "date", False), ("left_on", "date"), ("is_active", "bool", False),
              ("shelved_at", "ts"), ("is_shelved", "bool", False))
    got = generate(t)["crew_members"]
    assert all((f == "t") == (m is not None) for f, m in zip(got["is_shelved"], got["shelved_at"], strict=True))
    assert all((f == "t") == (m is None) for f, m in zip(got["is_active"], got["left_on"], strict=True))
    left = sum(m is not None for m in got["left_on"]) / len(got["left_on"])
    assert 0.05 < left < 0.3


# ------------------------------------------------------------------ lifecycle words and exclusive outcomes
def test_lifecycle_verbs_chain_and_a_failed_row_has_no_success() -> None:
    """invited -> joined shortly after; drafted -> filed -> accepted gated by a status; a failure
    (``bounced_at`` is no word here, ``failed_at``) on a minority of rows, and no success moment there."""
    invites = table("guild_seats", ("invited_at", "ts"), ("joined_at", "ts"))
    filings = table("writ_filings", ("drafted_at", "ts", False), ("filed_at", "ts"), ("accepted_at", "ts"),
                    ("rejected_at", "ts"), ("status", "varchar(12)", False))
    filings = _with_check(filings, "status_check", "status IN ('draft', 'filed', 'accepted', 'rejected')", "status")
    tries = table("charge_tries", ("attempted_at", "ts", False), ("succeeded_at", "ts"), ("failed_at", "ts"))
    got = generate(invites, filings, tries)
    seats = [(_moment(i), _moment(j)) for i, j in zip(got["guild_seats"]["invited_at"], got["guild_seats"]["joined_at"],
                                                       strict=True) if i and j]
    assert seats and all(i <= j <= i + dt.timedelta(days=3, minutes=1) for i, j in seats)
    f = got["writ_filings"]
    for status, filed, accepted, rejected in zip(f["status"], f["filed_at"], f["accepted_at"], f["rejected_at"], strict=True):
        assert (filed is not None) == (status in ("filed", "accepted"))
        assert (accepted is not None) == (status == "accepted")
        assert (rejected is not None) == (status == "rejected")
        if filed and accepted:
            assert _moment(filed) <= _moment(accepted)
    c = got["charge_tries"]
    failed = [x is not None for x in c["failed_at"]]
    assert 0.05 < sum(failed) / len(failed) < 0.3
    assert all(s is None for s, x in zip(c["succeeded_at"], failed, strict=True) if x)


def test_an_archived_status_has_reached_every_step() -> None:
    """An archived row was closed first: its ``closed_on`` is set like a closed row's."""
    t = table("dossiers", ("created_at", "ts", False), ("closed_on", "date"), ("status", "varchar(12)", False))
    t = _with_check(t, "status_check", "status IN ('open', 'closed', 'archived')", "status")
    got = generate(t)["dossiers"]
    for status, closed in zip(got["status"], got["closed_on"], strict=True):
        assert (closed is not None) == (status in ("closed", "archived"))


# ------------------------------------------------------------------ an event's length
def test_an_events_end_follows_its_start_by_hours_and_its_duration_says_so() -> None:
    """``starts_at`` / ``ends_at`` of an event: at a quarter hour of the working day, 20 minutes to 4 hours
    apart, on whole five minutes, and
    ``length_minutes`` is that time; an actual start is minutes after the scheduled one; a period's end
    (``term_start`` / ``term_end``) keeps its long lag."""
    t = table("drum_lessons", ("starts_at", "ts", False), ("ends_at", "ts", False), ("length_minutes", "smallint", False),
              ("term_start", "ts", False), ("term_end", "ts"))
    runs = table("bus_runs", ("scheduled_start", "ts", False), ("scheduled_end", "ts", False), ("actual_start", "ts"),
                 ("actual_end", "ts"))
    both = generate(t, runs)
    got = {**both["drum_lessons"], **both["bus_runs"]}
    rows = [(_moment(s), _moment(e), int(m)) for s, e, m in zip(got["starts_at"], got["ends_at"], got["length_minutes"],
                                                                 strict=True)]
    gaps = [(e - s).total_seconds() / 60 for s, e, _m in rows]
    assert all(15 <= g <= 245 for g in gaps) and sum(g % 5 == 0 for g in gaps) > 0.9 * len(gaps)
    assert all(m == round((e - s).total_seconds() / 60) for s, e, m in rows)
    assert all(8 <= s.hour < 18 and s.minute % 15 == 0 and s.second == 0 for s, _e, _m in rows)  # working hours
    late = [(_moment(a) - _moment(s)).total_seconds() for s, a in zip(got["scheduled_start"], got["actual_start"],
                                                                     strict=True) if a]
    assert late and all(0 <= x <= 2 * 3600 + 300 for x in late)
    terms = [(_moment(e) - _moment(s)).days for s, e in zip(got["term_start"], got["term_end"], strict=True) if e]
    assert sum(d > 7 for d in terms) > len(terms) / 2


# ------------------------------------------------------------------ quantities by unit and role
def test_settings_take_round_values_and_worked_hours_are_an_entrys() -> None:
    """``poll_interval_sec`` is one of 5/10/15/30/60/.../86400 s, ``cooldown_minutes`` round minutes;
    ``billable_hours`` of an entry 0.1 to 10 in tenths (not 47 hours)."""
    t = table("chore_logs", ("poll_interval_sec", "int"), ("cooldown_minutes", "int"), ("billable_hours", "numeric"))
    got = generate(t)["chore_logs"]
    secs = {int(v) for v in got["poll_interval_sec"] if v}
    assert len(secs) > 4 and secs <= {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 86400}
    assert {int(v) for v in got["cooldown_minutes"] if v} <= {1, 5, 10, 15, 30, 60, 120, 240, 1440}
    hours = [float(v) for v in got["billable_hours"] if v]
    assert all(0.1 <= h <= 10 and round(h, 1) == h for h in hours) and sorted(hours)[len(hours) // 2] < 4


def test_a_done_part_is_at_most_its_whole() -> None:
    """``amount_settled`` <= ``amount_owed``, ``refunded_amount`` <= ``amount``, ``booked_count`` <= ``capacity``."""
    t = table("ferry_sailings", ("amount_owed", "numeric", False), ("amount_settled", "numeric", False),
              ("amount", "numeric", False), ("refunded_amount", "numeric"), ("capacity", "smallint", False),
              ("booked_count", "smallint", False))
    got = generate(t)["ferry_sailings"]
    for part, whole in (("amount_settled", "amount_owed"), ("refunded_amount", "amount"), ("booked_count", "capacity")):
        pairs = [(float(p), float(w)) for p, w in zip(got[part], got[whole], strict=True) if p and w]
        assert pairs and all(p <= w for p, w in pairs), part


def test_a_bill_is_sent_before_it_is_paid_and_paid_days_later() -> None:
    """In a table with a due moment, a ``sent`` / ``overdue`` status has no ``settled_on`` yet (an
    order is paid, then sent; a bill the other way round), and a date step comes days after its
    predecessor, not on the same day."""
    t = table("tuition_bills", ("issued_on", "date", False), ("due_on", "date", False), ("settled_on", "date"),
              ("paid_on", "date"), ("status", "varchar(12)", False))
    t = _with_check(t, "status_check", "status IN ('draft', 'sent', 'overdue', 'paid')", "status")
    got = generate(t)["tuition_bills"]
    lags = []
    for status, paid, issued in zip(got["status"], got["paid_on"], got["issued_on"], strict=True):
        assert (paid is not None) == (status == "paid")
        if paid:
            lags.append((_day(paid) - _day(issued)).days)
    assert lags and all(0 <= d <= 43 for d in lags) and sum(d == 0 for d in lags) < 0.1 * len(lags)  # 0: near "now"


def test_a_deadline_follows_the_rows_moment_and_may_be_ahead() -> None:
    """``due_on`` 3-90 days after the row's ``created_at`` (some past "now" for recent rows),
    ``keep_until`` (an expiry word) after it too; an ending ``valid_until`` after its ``valid_from``."""
    t = table("chores", ("created_at", "ts", False), ("due_on", "date", False), ("keep_until", "date"),
              ("valid_from", "date", False), ("valid_until", "date"))
    got = generate(t)["chores"]
    lags = [(_day(d) - _moment(c).date()).days for c, d in zip(got["created_at"], got["due_on"], strict=True)]
    assert all(2 <= x <= 91 for x in lags)
    assert any(_day(d) > dt.date(2026, 1, 1) for d in got["due_on"])
    assert all(_day(k) >= _moment(c).date() for c, k in zip(got["created_at"], got["keep_until"], strict=True) if k)
    assert all(_day(u) >= _day(f) for f, u in zip(got["valid_from"], got["valid_until"], strict=True) if u)


def test_a_column_named_after_a_label_is_set_only_on_rows_with_it() -> None:
    """``retainer_fee`` beside ``pricing IN ('retainer', 'hourly')`` is set on retainer rows only,
    ``voiding_note`` where ``state = 'voided'``; a column of no label (``memo``) keeps its NULLs."""
    t = table("gigs", ("pricing", "varchar(12)", False), ("retainer_fee", "numeric"), ("state", "varchar(12)", False),
              ("voiding_note", "text"), ("memo", "text"))
    t = _with_check(t, "pricing_check", "pricing IN ('retainer', 'hourly', 'other')", "pricing")
    t = _with_check(t, "state_check", "state IN ('open', 'voided', 'done')", "state")
    got = generate(t)["gigs"]
    assert all((f is not None) == (p == "retainer") for p, f in zip(got["pricing"], got["retainer_fee"], strict=True))
    assert all((n is not None) == (s == "voided") for s, n in zip(got["state"], got["voiding_note"], strict=True))
    assert 0 < sum(m is None for m in got["memo"]) < len(got["memo"]) / 3


def test_capacities_parties_discounts_and_rates_at_their_entitys_scale() -> None:
    """A class's ``capacity`` is a score of people and a venue's hundreds, a ``party_size`` a few, a
    ``discount_pct`` a round percent, an ``hourly_rate`` whole money (not 63.99) and a ``day_rate`` more."""
    classes = table("pottery_classes", ("capacity", "smallint", False), ("party_size", "smallint", False),
                    ("discount_pct", "smallint"), ("hourly_rate", "numeric"), ("day_rate", "numeric"))
    venues = table("concert_venues", ("capacity", "int", False))
    got = generate(classes, venues)
    c = got["pottery_classes"]
    caps = sorted(int(v) for v in c["capacity"])
    assert 8 <= caps[len(caps) // 2] <= 40 and caps[0] >= 2
    assert max(int(v) for v in c["party_size"]) <= 12
    assert {int(v) for v in c["discount_pct"] if v} <= {5, 10, 15, 20, 25, 30, 40, 50}
    hourly = [float(v) for v in c["hourly_rate"] if v]
    daily = [float(v) for v in c["day_rate"] if v]
    assert all(h == int(h) for h in hourly) and sorted(daily)[len(daily) // 2] > 3 * sorted(hourly)[len(hourly) // 2]
    venue = sorted(int(v) for v in got["concert_venues"]["capacity"])
    assert venue[len(venue) // 2] >= 100


def test_a_moment_restated_by_a_flag_is_set_on_the_flags_share_of_rows() -> None:
    """``is_shut`` / ``shut_at``: the moment is set on about the flag's share of rows (not 90%), and a
    year of another moment (``founded_year`` beside ``signed_on``) is no part of it."""
    t = table("kiosks", ("signed_on", "date", False), ("shut_at", "ts"), ("is_shut", "bool", False),
              ("founded_year", "smallint"))
    got = generate(t)["kiosks"]
    share = sum(v is not None for v in got["shut_at"]) / len(got["shut_at"])
    assert 0.15 < share < 0.45
    years = [int(y) for y in got["founded_year"] if y]
    assert min(years) < 2015


def test_money_by_what_it_pays_for() -> None:
    """A flat fee or a retainer is thousands, a contract's value tens of thousands, not a shop's 8.96."""
    t = table("engagements", ("flat_fee_amount", "numeric"), ("retainer", "numeric"), ("contract_value", "numeric"))
    got = generate(t)["engagements"]
    for col, floor in (("flat_fee_amount", 700), ("retainer", 800), ("contract_value", 5000)):
        vals = sorted(float(v) for v in got[col] if v)
        assert vals[len(vals) // 2] > floor, col


def test_an_event_without_a_creation_moment_follows_its_parent_and_keeps_its_clock() -> None:
    """A child row whose only required moments are its start and end (a rehearsal of a play) starts
    after its parent's creation, at a quarter hour of the working day even where it was moved."""
    plays = table("plays", ("created_at", "ts", False))
    rehearsals = table("rehearsals", ("scheduled_start", "ts", False), ("scheduled_end", "ts", False),
                       fks=(("play_id", "plays"),))
    got = generate(plays, rehearsals)
    made = [_moment(v) for v in got["plays"]["created_at"]]
    r = got["rehearsals"]
    for parent, start in zip(r["play_id"], r["scheduled_start"], strict=True):
        s = _moment(start)
        assert s >= made[int(parent) - 1]
        assert 8 <= s.hour < 18 and s.minute % 15 == 0 and s.second == 0


def test_an_arrival_is_in_the_daytime_at_any_minute() -> None:
    """``checked_in_at`` / ``checked_out_at`` of a visit: in at a second of 07:00-21:59 (not on
    quarter hours: nobody arrives on the quarter), out 20 minutes to 4 hours later."""
    t = table("sauna_entries", ("checked_in_at", "ts", False), ("checked_out_at", "ts"))
    got = generate(t)["sauna_entries"]
    ins = [_moment(v) for v in got["checked_in_at"]]
    assert all(7 <= m.hour < 22 for m in ins) and sum(m.second != 0 for m in ins) > len(ins) / 2
    outs = [(_moment(o) - _moment(i)).total_seconds() / 60 for i, o in zip(got["checked_in_at"], got["checked_out_at"],
                                                                         strict=True) if o]
    assert outs and all(15 <= x <= 245 for x in outs)


def test_a_child_of_an_event_is_not_forced_after_the_events_start() -> None:
    """Bookings of a class are made before it starts: the class's start (its anchor) is no floor
    for its children's moments, which stay spread (not all after the class)."""
    classes = table("spin_classes", ("starts_at", "ts", False), ("ends_at", "ts", False))
    bookings = table("spin_bookings", ("booked_at", "ts", False), fks=(("class_id", "spin_classes"),))
    got = generate(classes, bookings)
    starts = [_moment(v) for v in got["spin_classes"]["starts_at"]]
    b = got["spin_bookings"]
    after = sum(_moment(m) > starts[int(c) - 1] for c, m in zip(b["class_id"], b["booked_at"], strict=True))
    assert after < 0.75 * len(b["booked_at"])


def test_a_booking_of_an_event_is_made_before_it_starts() -> None:
    """A row that begins (``booked_at``) and points at an event (a class with a start and an end)
    comes an hour to a month before the event starts, and still after its member signed up (where
    the member signed up before the class, which independent parents cannot promise)."""
    members = table("climbers", ("created_at", "ts", False))
    classes = table("wall_sessions", ("starts_at", "ts", False), ("ends_at", "ts", False))
    bookings = table("wall_bookings", ("booked_at", "ts", False),
                     fks=(("session_id", "wall_sessions"), ("climber_id", "climbers")))
    got = generate(members, classes, bookings)
    starts = [_moment(v) for v in got["wall_sessions"]["starts_at"]]
    joined = [_moment(v) for v in got["climbers"]["created_at"]]
    b = got["wall_bookings"]
    before, room = 0, 0
    for s, c, m in zip(b["session_id"], b["climber_id"], b["booked_at"], strict=True):
        t, start, floor = _moment(m), starts[int(s) - 1], joined[int(c) - 1]
        assert t >= floor
        if start - floor > dt.timedelta(days=31):
            room += 1
            before += start - dt.timedelta(days=30, minutes=1) <= t < start
    assert room > 50 and before > 0.9 * room
