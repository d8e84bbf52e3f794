"""Issue 10, time through FKs (session 8): what a row goes on to have happens within its life.

A child already came after its parent's anchor (a timesheet after the hire); it now also comes before
the moment the parent's life ends, when the parent has one: a timesheet before the employee left, a
race before the horse died, a transaction before the account closed. Before, a quarter of a leaver's
timesheets fell after the day they left. Deadlines and validity (``expires_at``, ``valid_until``) are
not an end of life, and a parent whose end is NULL (still employed) bounds nothing.
"""

from __future__ import annotations

from datetime import date

from seedbed.model import Schema
from seedbed.planning.planner import PlanOptions, plan_seed
from tests.test_realism_units import generate, table


def _day(v: str | None) -> date | None:
    return date.fromisoformat(v[:10]) if v is not None else None


def _within(parent: dict, child: dict, fk: str, start: str, end: str, moment: str) -> tuple[int, int, int]:
    """(children before the parent's start, children after its end, children of parents with an end)."""
    rows = {i: (_day(s), _day(e)) for i, s, e in zip(parent["id"], parent[start], parent[end], strict=True)}
    early = late = ended = 0
    for p, m in zip(child[fk], child[moment], strict=True):
        s, e = rows[p]
        m = _day(m)
        early += m < s
        if e is not None:
            ended += 1
            late += m > e
    return early, late, ended


def test_a_childs_moment_falls_within_its_parents_life() -> None:
    staff = table("employees", ("full_name", "text", False), ("hired_on", "date", False), ("left_on", "date"))
    sheets = table("timesheets", ("work_date", "date", False), ("hours", "numeric(4,1)", False),
                   fks=(("employee_id", "employees"),))
    got = generate(staff, sheets, rows=400)
    early, late, ended = _within(got["employees"], got["timesheets"], "employee_id", "hired_on", "left_on", "work_date")
    assert ended >= 20 and early == 0 and late == 0
    days = {_day(v) for v in got["timesheets"]["work_date"]}
    assert len(days) >= 200  # still spread, not piled on the last day of each life


def test_an_account_closed_ends_its_life_too() -> None:
    accounts = table("accounts", ("opened_at", "ts", False), ("closed_at", "ts"))
    moves = table("transactions", ("amount", "numeric(10,2)", False), ("posted_at", "ts", False),
                  fks=(("account_id", "accounts"),))
    got = generate(accounts, moves, rows=400)
    early, late, ended = _within(got["accounts"], got["transactions"], "account_id", "opened_at", "closed_at",
                                 "posted_at")
    assert ended >= 10 and early == 0 and late == 0


def test_deadlines_and_validity_are_no_end_of_life() -> None:
    subs = table("coupons", ("code", "text", False), ("created_at", "ts", False),
                 ("expires_at", "ts"))
    uses = table("redemptions", ("redeemed_at", "ts", False), fks=(("coupon_id", "coupons"),))
    plan = plan_seed(Schema(tables=(subs, uses)), PlanOptions(rows=50, seed=1))
    links = [k for tp in plan.tables.values() if tp.timeline for k in tp.timeline.links]
    assert links and all(k.until is None for k in links)
