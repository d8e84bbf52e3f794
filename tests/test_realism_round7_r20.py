"""Issue 10, round 7 (r20): a row's state told by its dates, and its dates by its state, against
the reference "now" (``seedbed.generate.streams.REFERENCE_NOW``, 2026-01-01). Each class on a small
synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from seedbed.model import Column, ColumnType, TypeKind
from tests.test_realism_units import generate, table

_TRUE = ("t", "true", "True", "1")
_NOW = "2026-01-01"


def _null_share(cells: list[str | None]) -> float:
    return sum(c is None for c in cells) / len(cells)


def _past(cell: str | None) -> bool:
    return cell is not None and cell[:10] < _NOW


# ------------------------------------------------------------------ an ending most rows never reached
def test_an_undoing_of_a_beginning_or_a_standings_closure_is_a_rare_ending() -> None:
    """``unsubscribed_at`` was set on 92% of a mailing list's members, ``deregistered_on`` on 92% of
    aircraft, an account's ``closed_at`` on 87%: undoing a beginning (un-, de-, dis-, opted out), a
    revocation or a lapse, and the closing or end of a standing relation (an account, a membership,
    a policy) are endings most rows never reached; a ticket's ``closed_at`` stays common."""
    got = generate(table("glider_members", ("joined_at", "ts", False), ("unsubscribed_at", "ts"),
                         ("deregistered_on", "date"), ("opted_out_at", "ts"), ("disenrolled_on", "date"),
                         ("revoked_at", "ts"), ("lapsed_on", "date")),
                   table("savings_accounts", ("opened_at", "ts", False), ("closed_at", "ts")),
                   table("helpdesk_tickets", ("opened_at", "ts", False), ("closed_at", "ts")), rows=800)
    members = got["glider_members"]
    for col in ("unsubscribed_at", "deregistered_on", "opted_out_at", "disenrolled_on", "revoked_at", "lapsed_on"):
        assert _null_share(members[col]) > 0.75, col
    assert _null_share(got["savings_accounts"]["closed_at"]) > 0.75
    assert _null_share(got["helpdesk_tickets"]["closed_at"]) < 0.5


# ------------------------------------------------------------------ a flag its dates decide, against now
def test_a_flag_that_a_date_decides_agrees_with_it_against_now() -> None:
    """``is_expired`` beside ``expires_at`` was true on 4% of licence keys, 66% of which had expired;
    ``overdue`` beside a due date and a payment, ``is_minor`` beside a date of birth were drawn
    apart. Expired iff the expiry is before now, overdue iff due before now and not paid, a minor
    iff under 18 now, and a table that flags its minors has some."""
    got = generate(table("kayak_permits", ("issued_at", "ts", False), ("expires_at", "ts"),
                         ("is_expired", "bool", False)),
                   table("fishing_vouchers", ("issued_on", "date", False), ("valid_until", "date", False),
                         ("has_expired", "bool", False)),
                   table("toll_fines", ("issued_on", "date", False), ("due_date", "date", False),
                         ("paid_at", "ts"), ("overdue", "bool", False)),
                   table("swim_club_members", ("date_of_birth", "date", False), ("is_minor", "bool", False),
                         ("is_adult", "bool")), rows=600)
    permits = got["kayak_permits"]
    assert all((f in _TRUE) == _past(e) for f, e in zip(permits["is_expired"], permits["expires_at"], strict=True))
    vouchers = got["fishing_vouchers"]
    assert all((f in _TRUE) == _past(e) for f, e in zip(vouchers["has_expired"], vouchers["valid_until"], strict=True))
    assert 0 < sum(f in _TRUE for f in permits["is_expired"]) < len(permits["is_expired"])
    fines = got["toll_fines"]
    for f, due, paid in zip(fines["overdue"], fines["due_date"], fines["paid_at"], strict=True):
        assert (f in _TRUE) == (_past(due) and paid is None), (f, due, paid)
    assert any(f in _TRUE for f in fines["overdue"])
    pupils = got["swim_club_members"]
    for minor, adult, born in zip(pupils["is_minor"], pupils["is_adult"], pupils["date_of_birth"], strict=True):
        b = date.fromisoformat(born[:10])
        age = 2026 - b.year - ((1, 1) < (b.month, b.day))
        assert (minor in _TRUE) == (age < 18), (born, minor)
        assert adult is None or (adult in _TRUE) == (age >= 18), (born, adult)
    minors = sum(m in _TRUE for m in pupils["is_minor"]) / len(pupils["is_minor"])
    assert 0.03 < minors < 0.3, minors  # people of every age where a flag splits them by age


def test_an_active_flag_is_false_where_any_leaving_moment_has_passed() -> None:
    """``is_active`` beside both ``closed_at`` and ``churned_at`` was drawn apart from them (73
    accounts closed and active); ``is_valid`` beside a ``valid_to`` that may lie ahead and a
    ``revoked_at``: valid iff neither has passed."""
    got = generate(table("gym_accounts", ("created_at", "ts", False), ("closed_at", "ts"), ("churned_at", "ts"),
                         ("is_active", "bool", False)),
                   table("ferry_passes", ("issued_on", "date", False), ("valid_to", "date", False),
                         ("revoked_at", "ts"), ("is_valid", "bool", False)), rows=600)
    acc = got["gym_accounts"]
    for a, closed, churned in zip(acc["is_active"], acc["closed_at"], acc["churned_at"], strict=True):
        assert (a in _TRUE) == (not _past(closed) and not _past(churned)), (a, closed, churned)
    assert any(a not in _TRUE for a in acc["is_active"])
    passes = got["ferry_passes"]
    for v, to, rev in zip(passes["is_valid"], passes["valid_to"], passes["revoked_at"], strict=True):
        assert (v in _TRUE) == (not _past(to) and not _past(rev)), (v, to, rev)
    couriers = generate(table("bike_couriers", ("hired_on", "date", False), ("licence_expires", "date"),
                              ("is_active", "bool", False)), rows=600)["bike_couriers"]
    assert _null_share(couriers["licence_expires"]) < 0.3  # an expiry is on most rows, not the flag's share
    for a, exp in zip(couriers["is_active"], couriers["licence_expires"], strict=True):
        assert (a in _TRUE) == (not _past(exp)), (a, exp)


def test_an_end_moment_is_set_on_the_rows_whose_status_ended() -> None:
    """A subscription's ``ended_at`` was set on every row, active ones too: a nullable moment of an
    end (``ended_at``, ``terminated_on``) is set exactly where the status is an ending one
    (canceled, expired), and a status that holds now keeps its ``expires_at`` ahead of now."""
    t = table("cloud_subscriptions", ("started_at", "ts", False), ("ended_at", "ts"), ("canceled_at", "ts"))
    status = Column(name="status", nullable=False, type=ColumnType(
        kind=TypeKind.ENUM, sql_name="cloud_sub_state", enum_labels=("trialing", "active", "past_due", "canceled",
                                                                     "expired")))
    got = generate(replace(t, columns=(*t.columns, status)), rows=600)["cloud_subscriptions"]
    for s, end in zip(got["status"], got["ended_at"], strict=True):
        assert (end is not None) == (s in ("canceled", "expired")), (s, end)
        assert end is None or _past(end)
    assert got["status"].count("active") > got["status"].count("expired") > 0


# ------------------------------------------------------------------ dates a row's standing decides
def _enum(name: str, *labels: str) -> Column:
    return Column(name=name, nullable=False, type=ColumnType(kind=TypeKind.ENUM, sql_name=f"{name}_t",
                                                             enum_labels=labels))


def test_a_moment_that_runs_out_lies_on_the_side_of_now_its_status_says() -> None:
    """Every active subscription's ``current_period_end`` lay in the past (and every trialing one's
    ``trial_ends_at``), an 'open' bill was months past its due date: a status that holds today has
    its running-out moments ahead of now, one that ran out (expired, past due, overdue) behind."""
    subs = table("bakery_subscriptions", ("started_at", "ts", False), ("current_period_end", "ts", False),
                 ("trial_ends_at", "ts"))
    subs = replace(subs, columns=(*subs.columns, _enum("status", "trialing", "active", "past_due", "canceled",
                                                       "expired")))
    bills = table("bakery_bills", ("issued_on", "date", False), ("due_on", "date", False))
    bills = replace(bills, columns=(*bills.columns, _enum("status", "draft", "open", "paid", "overdue", "void")))
    got = generate(subs, bills, rows=800)
    s = got["bakery_subscriptions"]
    for st, start, end, trial in zip(s["status"], s["started_at"], s["current_period_end"], s["trial_ends_at"],
                                     strict=True):
        if st in ("active", "trialing"):
            assert not _past(end) and end[:10] <= "2026-02-02", (st, end)
        if st in ("expired", "past_due"):
            assert _past(end) and end >= start, (st, start, end)
        if trial is not None:
            assert _past(trial) == (st != "trialing"), (st, trial)
    assert "trialing" in s["status"] and "expired" in s["status"]
    b = got["bakery_bills"]
    for st, due in zip(b["status"], b["due_on"], strict=True):
        assert st not in ("open", "draft") or not _past(due), (st, due)
        assert st != "overdue" or _past(due), (st, due)
