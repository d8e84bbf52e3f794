"""Issue 10, round 7 (r17): time in order and in measure, whatever the domain's verbs. Synthetic
tables with invented names (no database: plan + engine), each failing on 616810f:

* steps named by any domain's verbs and nouns (raised, assignment, rectification, closure) follow
  each other; a unit ``received_at`` after it was ``dispatched_at`` though "received" can say a
  row's birth;
* a thing lent out is checked out before it is checked in, days later;
* a period's end follows its start by what the period is (a sprint of weeks, a van hire of days, a
  subscription of months) and what a booking books is an hour to a month after the booking, not
  "the day of" it;
* a permit's issue date on a driver's row is not the row's creation;
* what an event yields (a sample taken at a tasting) comes after the event starts;
* a day of the month something recurs on is 1..28; payment terms, notice and retention in days
  are the round values contracts use; opening and closing hours are a working day's.
"""

from __future__ import annotations

from datetime import date, datetime

from tests.test_realism_units import generate, table


def _t(v: str) -> datetime:
    return datetime.fromisoformat(v)


def _pairs(got: dict, a: str, b: str) -> list[tuple[str, str]]:
    return [(x, y) for x, y in zip(got[a], got[b], strict=True) if x is not None and y is not None]


def _days(later: str, earlier: str) -> float:
    return (_t(later) - _t(earlier)).total_seconds() / 86400


def test_steps_named_by_other_verbs_and_nouns_are_in_order() -> None:
    t = table("pipeline_faults", ("raised_at", "ts", False), ("closure_at", "ts"), ("rectification_time", "ts"),
              ("assignment_date", "ts"), ("notes", "text"))
    got = generate(t)["pipeline_faults"]
    chain = ("raised_at", "assignment_date", "rectification_time", "closure_at")
    for early, late in zip(chain, chain[1:]):
        rows = _pairs(got, early, late)
        assert len(rows) > 200
        assert all(_t(y) >= _t(x) for x, y in rows), (early, late)


def test_a_unit_is_received_after_it_was_dispatched() -> None:
    t = table("serum_transfers", ("requested_at", "ts", False), ("received_at", "ts"), ("dispatched_at", "ts"))
    got = generate(t)["serum_transfers"]
    rows = _pairs(got, "dispatched_at", "received_at")
    assert len(rows) > 200 and all(_t(r) >= _t(d) for d, r in rows)


def test_a_thing_lent_out_comes_back_days_later() -> None:
    t = table("bike_rentals", ("checked_out_at", "ts", False), ("checked_in_at", "ts"), ("odometer_out", "int"),
              ("odometer_in", "int"))
    got = generate(t)["bike_rentals"]
    rows = _pairs(got, "checked_out_at", "checked_in_at")
    assert len(rows) > 200
    assert all(1 <= _days(i, o) <= 14.01 for o, i in rows)
    # a hotel still checks its guests in before it checks them out
    h = table("guest_stays", ("check_in", "date", False), ("check_out", "date", False))
    got = generate(h)["guest_stays"]
    assert all(date.fromisoformat(o) > date.fromisoformat(i) for i, o in _pairs(got, "check_in", "check_out"))


def test_a_period_lasts_as_long_as_its_kind() -> None:
    s = table("team_sprints", ("goal", "text"), ("start_date", "date", False), ("end_date", "date", False))
    got = generate(s)["team_sprints"]
    assert all(7 <= (date.fromisoformat(e) - date.fromisoformat(b)).days <= 21
               for b, e in _pairs(got, "start_date", "end_date"))
    m = table("magazine_subscriptions", ("created_at", "ts", False), ("period_start", "date"), ("period_end", "date"))
    got = generate(m)["magazine_subscriptions"]
    rows = _pairs(got, "period_start", "period_end")
    assert len(rows) > 200 and all(30 <= (date.fromisoformat(e) - date.fromisoformat(b)).days <= 365 for b, e in rows)


def test_what_a_booking_books_is_ahead_of_it_not_the_same_day() -> None:
    t = table("van_bookings", ("booked_at", "ts", False), ("pickup_date", "date", False),
              ("dropoff_date", "date", False))
    got = generate(t)["van_bookings"]
    booked = [_t(b).date() for b in got["booked_at"]]
    pickup = [date.fromisoformat(p) for p in got["pickup_date"]]
    dropoff = [date.fromisoformat(d) for d in got["dropoff_date"]]
    assert all(0 <= (p - b).days <= 31 for b, p in zip(booked, pickup, strict=True))
    assert sum(p == b for b, p in zip(booked, pickup, strict=True)) < len(booked) / 3  # not "the day of" it
    assert all(1 <= (d - p).days <= 14 for p, d in zip(pickup, dropoff, strict=True))


def test_a_documents_issue_is_not_the_rows_birth() -> None:
    t = table("couriers", ("full_name", "text"), ("created_at", "ts", False), ("permit_issued_date", "date"),
              ("permit_expiry_date", "date"))
    got = generate(t)["couriers"]
    rows = _pairs(got, "created_at", "permit_issued_date")
    shortly = sum(0 <= (date.fromisoformat(i) - _t(c).date()).days <= 3 for c, i in rows)
    assert len(rows) > 200 and shortly < len(rows) / 10
    assert all(date.fromisoformat(e) > date.fromisoformat(i) for i, e in _pairs(got, "permit_issued_date",
                                                                               "permit_expiry_date"))


def test_what_an_event_yields_comes_after_it_starts() -> None:
    ev = table("tastings", ("title", "text"), ("starts_at", "ts", False), ("ends_at", "ts", False))
    sm = table("cask_samples", ("taken_at", "ts", False), ("grade", "text"), fks=(("tasting_id", "tastings"),))
    got = generate(ev, sm)
    start = dict(zip(got["tastings"]["id"], got["tastings"]["starts_at"], strict=True))
    rows = list(zip(got["cask_samples"]["tasting_id"], got["cask_samples"]["taken_at"], strict=True))
    assert all(_t(taken) >= _t(start[t]) for t, taken in rows if t in start)


def test_days_hours_and_terms_have_real_values() -> None:
    t = table("water_accounts", ("opened_at", "ts", False), ("billing_day", "smallint"), ("rent_due_day", "int"),
              ("statement_day_of_month", "smallint"), ("payment_terms_days", "int"), ("notice_period_days", "int"),
              ("retention_days", "int"), ("opening_hour", "smallint"), ("closing_hour", "smallint"))
    got = generate(t)["water_accounts"]

    def ints(c: str) -> set[int]:
        return {int(v) for v in got[c] if v is not None}

    for c in ("billing_day", "rent_due_day", "statement_day_of_month"):
        assert ints(c) and ints(c) <= set(range(1, 29)), c
    assert ints("payment_terms_days") <= {7, 14, 30, 45, 60, 90}
    assert ints("notice_period_days") <= {14, 30, 60, 90}
    assert min(ints("retention_days")) >= 30
    assert ints("opening_hour") <= set(range(6, 11)) and ints("closing_hour") <= set(range(16, 23))


def test_a_warranty_runs_years_from_purchase_and_a_last_check_is_recent() -> None:
    t = table("drill_presses", ("serial_no", "text"), ("purchase_date", "date"), ("warranty_expires", "date"),
              ("last_inspected_at", "ts"))
    got = generate(t)["drill_presses"]
    rows = _pairs(got, "purchase_date", "warranty_expires")
    assert len(rows) > 200 and all((date.fromisoformat(w) - date.fromisoformat(p)).days >= 365 for p, w in rows)
    checked = _pairs(got, "purchase_date", "last_inspected_at")
    soon = sum(0 <= (_t(c).date() - date.fromisoformat(p)).days <= 3 for p, c in checked)
    assert all(_t(c).date() >= date.fromisoformat(p) for p, c in checked) and soon < len(checked) / 4


def test_a_date_of_birth_fits_the_role() -> None:
    from tests.test_realism_units import intent_of

    def ages(name: str) -> list[float]:
        t = table(name, ("full_name", "text"), ("date_of_birth", "date", False))
        got = generate(t)[name]
        return sorted((date(2026, 1, 1) - date.fromisoformat(d)).days / 365.25 for d in got["date_of_birth"])

    pupils, staff, infants = ages("school_pupils"), ages("depot_staff"), ages("kindergarten_children")
    assert 4 <= pupils[0] and pupils[-1] <= 19.5
    assert 17 <= staff[0] and staff[-1] <= 69
    assert infants[-1] <= 7.5
    assert intent_of(table("lodgers", ("birth_date", "date")), "birth_date") == "date.birth"


def test_a_due_date_is_its_issue_date_plus_the_terms() -> None:
    t = table("freight_bills", ("issue_date", "date", False), ("due_date", "date", False),
              ("payment_terms_days", "int"), ("amount", "numeric(10,2)"))
    got = generate(t)["freight_bills"]
    rows = [(i, d, int(n)) for i, d, n in zip(got["issue_date"], got["due_date"], got["payment_terms_days"], strict=True)
            if n is not None]
    assert len(rows) > 200
    assert all((date.fromisoformat(d) - date.fromisoformat(i)).days == n for i, d, n in rows)


def test_a_place_of_business_is_rarely_closed_and_open_for_years() -> None:
    t = table("depot_sites", ("site_name", "text"), ("opened_on", "date", False), ("closed_on", "date"))
    got = generate(t)["depot_sites"]
    rows = _pairs(got, "opened_on", "closed_on")
    assert len(rows) < len(got["closed_on"]) / 4  # most depots are still open
    assert rows and all(date.fromisoformat(c) > date.fromisoformat(o) for o, c in rows)


def test_a_bill_with_a_due_date_is_paid_days_later() -> None:
    t = table("toll_bills", ("issued_on", "date", False), ("due_on", "date", False), ("paid_at", "ts"))
    got = generate(t)["toll_bills"]
    rows = _pairs(got, "issued_on", "paid_at")
    assert len(rows) > 200
    assert sum(_t(p).date() == date.fromisoformat(i) for i, p in rows) < len(rows) / 10
    assert all(_t(p).date() >= date.fromisoformat(i) for i, p in rows)
