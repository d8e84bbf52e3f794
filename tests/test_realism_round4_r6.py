"""Issue 10, round 4 (r6): states, dates and amounts that agree with each other in any domain. Each
class on a small synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from seedbed.model import ColumnType, TypeKind

from tests.test_realism_round4_r3 import _day, _moment, _with_check
from tests.test_realism_units import generate, table


def _set_by_label(got: dict, status: str, column: str) -> dict[str, tuple[int, int]]:
    """label -> (rows, rows with ``column`` set)."""
    rows, seen = Counter(got[status]), Counter(s for s, v in zip(got[status], got[column], strict=True) if v)
    return {lab: (n, seen[lab]) for lab, n in rows.items()}


# ------------------------------------------------------------------ a status label gates its moment
def test_a_status_label_naming_a_moments_verb_gates_that_moment() -> None:
    """``lending_status`` of a ``tool_checkouts`` table (not the table's own ``status``) still gates
    ``returned_at``: set on every 'returned' row, NULL on 'active', 'overdue', 'lost'."""
    t = table("tool_checkouts", ("borrowed_at", "ts", False), ("lending_status", "varchar(12)", False),
              ("returned_at", "ts"))
    t = _with_check(t, "st", "lending_status IN ('active', 'returned', 'overdue', 'lost')", "lending_status")
    got = _set_by_label(generate(t)["tool_checkouts"], "lending_status", "returned_at")
    assert got["returned"][0] > 0 and got["returned"][1] == got["returned"][0]
    assert all(got[lab][1] == 0 for lab in ("active", "overdue", "lost"))


def test_labels_no_list_knows_take_their_place_from_the_moment_they_name() -> None:
    """'picked_up' beside ``picked_up_at`` and 'vetted' beside ``vetted_at``: each moment is
    set on its label and on the labels after it in the lifecycle (an overdue hire was picked up),
    never on earlier ones; two labels at one step keep the enum's order (approved, then paid)."""
    t = table("kayak_hires", ("hire_status", "varchar(12)", False), ("due_back_at", "ts", False),
              ("picked_up_at", "ts"), ("returned_at", "ts"), ("cancelled_at", "ts"))
    t = _with_check(t, "st", "hire_status IN ('reserved', 'picked_up', 'returned', 'overdue', 'cancelled')",
                    "hire_status")
    got = generate(t)["kayak_hires"]
    picked = _set_by_label(got, "hire_status", "picked_up_at")
    assert all(picked[lab][1] == picked[lab][0] for lab in ("picked_up", "returned", "overdue"))
    assert picked["reserved"][1] == 0 and picked["cancelled"][1] == 0
    back = _set_by_label(got, "hire_status", "returned_at")
    assert back["returned"][1] == back["returned"][0] and back["overdue"][1] == 0
    c = table("grant_claims", ("claim_status", "varchar(12)", False), ("lodged_at", "ts", False),
              ("vetted_at", "ts"), ("approved_at", "ts"), ("paid_at", "ts"))
    c = _with_check(c, "st", "claim_status IN ('open', 'vetted', 'approved', 'paid', 'rejected')", "claim_status")
    got = generate(c)["grant_claims"]
    vetted = _set_by_label(got, "claim_status", "vetted_at")
    assert vetted["open"][1] == 0 and all(vetted[lab][1] == vetted[lab][0] for lab in ("vetted", "approved", "paid"))
    paid = _set_by_label(got, "claim_status", "paid_at")
    assert paid["approved"][1] == 0 and paid["paid"][1] == paid["paid"][0]


def test_another_status_does_not_gate_moments_its_labels_do_not_name() -> None:
    """A ``payment_status`` beside the table's own moments gates ``paid_at`` only, not ``shipped_at``."""
    t = table("parcel_orders", ("placed_at", "ts", False), ("payment_status", "varchar(10)", False),
              ("paid_at", "ts"), ("shipped_at", "ts"))
    t = _with_check(t, "st", "payment_status IN ('pending', 'paid', 'refunded')", "payment_status")
    got = generate(t)["parcel_orders"]
    paid = _set_by_label(got, "payment_status", "paid_at")
    assert paid["pending"][1] == 0 and paid["paid"][1] == paid["paid"][0]
    shipped = _set_by_label(got, "payment_status", "shipped_at")
    assert shipped["pending"][1] > 0


# ------------------------------------------------------------------ expiries and what a booking books
def test_an_expiry_follows_the_rows_moment_at_the_scale_of_what_expires() -> None:
    """``card_expires_on`` comes one to six years after ``registered_on``; ``hold_expires_on`` days
    after ``placed_at``; ``renews_on`` within a year after ``starts_on``; and a required pickup of a
    CHECK-ordered pickup / dropoff pair comes after the booking was placed."""
    m = table("library_members", ("registered_on", "date", False), ("card_expires_on", "date", False))
    got = generate(m)["library_members"]
    gaps = [(_day(e) - _day(r)).days for r, e in zip(got["registered_on"], got["card_expires_on"], strict=True)]
    assert min(gaps) >= 365 and max(gaps) <= 6 * 366
    h = table("boat_holds", ("placed_at", "ts", False), ("hold_expires_on", "date", False),
              ("pickup_at", "ts", False), ("dropoff_at", "ts", False))
    h = _with_check(h, "ord", "dropoff_at > pickup_at", "dropoff_at", "pickup_at")
    got = generate(h)["boat_holds"]
    gaps = [(_day(e) - _moment(p).date()).days for p, e in zip(got["placed_at"], got["hold_expires_on"], strict=True)]
    assert min(gaps) >= 1 and max(gaps) <= 15
    assert all(_moment(u) > _moment(p) for p, u in zip(got["placed_at"], got["pickup_at"], strict=True))
    s = table("gym_plans", ("starts_on", "date", False), ("renews_on", "date", False))
    got = generate(s)["gym_plans"]
    gaps = [(_day(e) - _day(r)).days for r, e in zip(got["starts_on"], got["renews_on"], strict=True)]
    assert min(gaps) >= 1 and max(gaps) <= 366


# ------------------------------------------------------------------ a CHECK-ordered pair keeps its span
def test_a_check_ordered_event_keeps_the_length_of_an_event() -> None:
    """``CHECK (ends_at > starts_at)`` on a talk: 20 minutes to 4 hours, as without the CHECK (the
    CHECK alone drew any gap up to weeks); ``CHECK (closes_at > opens_at)`` on times of day: whole
    quarter hours of a working day, not 11:01:06.399143."""
    t = table("poetry_readings", ("starts_at", "ts", False), ("ends_at", "ts", False))
    t = _with_check(t, "ord", "ends_at > starts_at", "ends_at", "starts_at")
    got = generate(t)["poetry_readings"]
    mins = [(_moment(e) - _moment(s)).total_seconds() / 60 for s, e in zip(got["starts_at"], got["ends_at"], strict=True)]
    assert min(mins) >= 20 and max(mins) <= 240
    clock = ColumnType(kind=TypeKind.TIME, sql_name="time without time zone")
    k = table("kiosks", ("opens_at", "ts", False), ("closes_at", "ts", False))
    k = replace(k, columns=tuple(replace(c, type=clock) if c.name != "id" else c for c in k.columns))
    k = _with_check(k, "ord", "closes_at > opens_at", "closes_at", "opens_at")
    got = generate(k)["kiosks"]
    assert all(c > o and c.endswith(("00:00", "15:00", "30:00", "45:00")) for o, c in zip(got["opens_at"], got["closes_at"], strict=True))


# ------------------------------------------------------------------ money by purpose, counts by unit, years
def test_money_reads_at_the_scale_of_what_it_is_for() -> None:
    """A late fee is a few units, a deposit hundreds, an annual fee tens to hundreds, a balance owed
    a few charges and zero on most rows; ``total_charged`` is money, not a count."""
    t = table("bike_loans", ("late_fee", "numeric", False), ("security_deposit", "numeric", False),
              ("annual_fee", "numeric", False), ("outstanding_balance", "numeric", False),
              ("total_charged", "numeric", False))
    got = {c: [float(v) for v in vals] for c, vals in generate(t)["bike_loans"].items() if c != "id"}
    med = {c: sorted(v)[len(v) // 2] for c, v in got.items()}
    assert max(got["late_fee"]) <= 75 and 1 <= med["late_fee"] <= 15
    assert 100 <= med["security_deposit"] <= 600
    assert 30 <= med["annual_fee"] <= 250
    owed = got["outstanding_balance"]
    assert sum(v == 0 for v in owed) > len(owed) / 3 and max(owed) <= 5_000
    assert med["total_charged"] > 20 and any(v != int(v) for v in got["total_charged"])


def test_counts_of_a_unit_read_at_that_units_scale() -> None:
    """A book's ``page_count`` is hundreds, an album's ``track_count`` about twelve."""
    t = table("paperbacks", ("page_count", "int", False), ("track_count", "int", False))
    got = generate(t)["paperbacks"]
    pages = sorted(int(v) for v in got["page_count"])
    tracks = sorted(int(v) for v in got["track_count"])
    assert 120 <= pages[len(pages) // 2] <= 600 and pages[-1] <= 2_000
    assert 6 <= tracks[len(tracks) // 2] <= 20


def test_an_institutions_year_spreads_over_its_history_inside_the_check() -> None:
    """``opened_year`` with ``CHECK (opened_year BETWEEN 1850 AND 2026)``: decades apart, some before
    1950, none outside the CHECK."""
    t = table("lighthouses", ("opened_year", "smallint"))
    t = _with_check(t, "yr", "opened_year BETWEEN 1850 AND 2026", "opened_year")
    years = [int(v) for v in generate(t)["lighthouses"]["opened_year"] if v is not None]
    assert min(years) >= 1850 and max(years) <= 2026
    assert min(years) < 1950 and max(years) - min(years) > 80


def test_a_branch_is_a_git_branch_only_beside_code() -> None:
    """``branches.name`` of a company (a city beside it) is a branch office's name; the ``branch`` of
    a pull request (it points at a repository) stays a git branch."""
    offices = table("branches", ("name", "varchar(100)", False), ("city", "varchar(80)"))
    repos = table("repositories", ("name", "varchar(100)", False))
    prs = table("pull_requests", ("branch", "varchar(60)", False), fks=(("repository_id", "repositories"),))
    got = generate(offices, repos, prs)
    assert not any("/" in v or v in ("main", "develop") for v in got["branches"]["name"])
    assert any("/" in v or v in ("main", "develop") for v in got["pull_requests"]["branch"])


def test_an_end_of_life_moment_is_reached_by_a_minority() -> None:
    """``retired_on`` of a fleet's boat, ``decommissioned_at``: NULL on most rows (in service)."""
    t = table("sailboats", ("acquired_on", "date", False), ("retired_on", "date"), ("decommissioned_at", "ts"))
    got = generate(t)["sailboats"]
    for col in ("retired_on", "decommissioned_at"):
        assert sum(v is None for v in got[col]) > len(got[col]) * 0.7


def test_a_deadline_without_a_birth_moment_follows_the_rows_first_step() -> None:
    """A hire's ``due_back_at`` (no created_at) comes days after its ``picked_up_at`` where set."""
    t = table("canoe_hires", ("picked_up_at", "ts"), ("due_back_at", "ts", False), ("returned_at", "ts"))
    got = generate(t)["canoe_hires"]
    days = [(_moment(d) - _moment(p)).total_seconds() / 86_400
            for p, d in zip(got["picked_up_at"], got["due_back_at"], strict=True) if p]
    assert days and min(days) >= 0.9 and max(days) <= 15


def test_a_counter_read_twice_grows_between_its_readings() -> None:
    """``odometer_in`` (the car came back) is ``odometer_out`` plus a trip, never less."""
    t = table("van_hires", ("odometer_out", "int", False), ("odometer_in", "int", False))
    got = generate(t)["van_hires"]
    trips = [int(b) - int(a) for a, b in zip(got["odometer_out"], got["odometer_in"], strict=True)]
    assert min(trips) >= 1 and max(trips) <= 5_000


def test_an_events_length_is_round_minutes_at_its_kinds_scale() -> None:
    """A talk's ``duration_minutes`` is 15, 30, 45 or 60-ish, not 9 or 155."""
    t = table("lightning_talks", ("duration_minutes", "smallint", False))
    mins = [int(v) for v in generate(t)["lightning_talks"]["duration_minutes"]]
    assert set(mins) <= {5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480}
    assert 15 <= sorted(mins)[len(mins) // 2] <= 60


def test_a_nullable_birth_moment_named_by_a_label_is_gated_too() -> None:
    """A bill's ``issued_at`` (its own moment, nullable) is NULL on drafts, set once it was issued."""
    t = table("tuition_bills", ("status", "varchar(10)", False), ("issued_at", "ts"), ("due_on", "date", False),
              ("paid_at", "ts"))
    t = _with_check(t, "st", "status IN ('draft', 'issued', 'paid', 'overdue')", "status")
    got = generate(t)["tuition_bills"]
    issued = _set_by_label(got, "status", "issued_at")
    assert issued["draft"][1] == 0 and all(issued[lab][1] == issued[lab][0] for lab in ("issued", "paid", "overdue"))
