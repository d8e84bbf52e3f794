"""Issue 10 (time as the data says it): a step that settles a period comes after the period ends
(a payout of a period is paid, a statement for it settled, once it is over). Synthetic tables."""

from __future__ import annotations

import pytest

from tests.test_realism_units import generate, table


@pytest.mark.parametrize(("name", "start", "end", "step"), [
    ("grower_payouts", "period_start", "period_end", "paid_on"),
    ("usage_statements", "billing_period_start", "billing_period_end", "settled_on"),
])
def test_a_settling_step_follows_the_end_of_its_period(name: str, start: str, end: str, step: str) -> None:
    parent = table("growers", ("joined_on", "date", False))
    t = table(name, (start, "date", False), (end, "date", False), ("amount", "numeric", False), (step, "date"),
              fks=(("grower_id", "growers"),))
    got = generate(parent, t)[name]
    rows = [(s, e, p) for s, e, p in zip(got[start], got[end], got[step], strict=True) if p is not None]
    assert rows and all(s <= e <= p for s, e, p in rows)


def test_a_step_that_settles_nothing_still_follows_the_start() -> None:
    """A check-in during a stay is not moved past the stay's end."""
    t = table("cabin_stays", ("stay_start", "date", False), ("stay_end", "date", False), ("checked_in_on", "date"))
    got = generate(t)["cabin_stays"]
    rows = [(s, e, c) for s, e, c in zip(got["stay_start"], got["stay_end"], got["checked_in_on"], strict=True) if c]
    assert rows and all(s <= c for s, _e, c in rows) and any(c < e for _s, e, c in rows)


def test_time_used_between_a_rows_start_and_end_is_that_span() -> None:
    """``hours_used`` of a booking with ``starts_at`` / ``ends_at`` is the hours between them (was 977.5)."""
    t = table("kiln_bookings", ("starts_at", "ts", False), ("ends_at", "ts", False), ("hours_used", "numeric"))
    got = generate(t)["kiln_bookings"]
    from datetime import datetime

    def hours(a: str, b: str) -> float:
        return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600

    rows = [(s, e, float(h)) for s, e, h in zip(got["starts_at"], got["ends_at"], got["hours_used"], strict=True) if h]
    assert rows and all(abs(hours(s, e) - h) <= 0.5 for s, e, h in rows)  # a numeric of no scale: whole hours


def test_returned_is_how_a_loan_ends_but_rare_for_an_order() -> None:
    """A loan's status ('active', 'returned', 'overdue', 'lost') is mostly returned; beside a sale's
    labels ('delivered', 'returned') a returned order stays rare."""
    from collections import Counter

    from tests.test_realism_round4_r3 import _with_check

    loans = _with_check(table("tool_loans", ("lent_at", "ts", False), ("status", "varchar(10)", False)),
                        "st", "status IN ('active', 'returned', 'overdue', 'lost')", "status")
    got = Counter(generate(loans)["tool_loans"]["status"])
    assert got.most_common(1)[0][0] == "returned"
    sales = _with_check(table("parcel_sales", ("placed_at", "ts", False), ("status", "varchar(10)", False)),
                        "st", "status IN ('pending', 'delivered', 'returned')", "status")
    got = Counter(generate(sales)["parcel_sales"]["status"])
    assert got["returned"] < got["delivered"]
