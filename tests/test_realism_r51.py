"""r51 (issue 10): a row that agrees with itself: a duration column is the time between the row's two moments
when only its unit names it, the two moments no further apart than the duration's CHECK allows, and a measure
bounded by a CHECK does not pile on the bounds (blind review h9r: an NPT event's ``hrs`` not its ``to_ts -
from_ts``, a mud weight at exactly 8.30 or 18.00 on a third of the checks).

Synthetic tables of other trades than the review's, planned and generated without a database.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _checked(t, *checks: tuple[str, tuple[str, ...]]):
    return dataclasses.replace(t, checks=tuple(Check(name=f"{t.name.name}_{i}_check", expression=e, columns=cols)
                                               for i, (e, cols) in enumerate(checks)))


def _hours(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600


def test_a_duration_named_by_its_unit_is_the_time_a_check_ordered_pair_spans() -> None:
    """A kiln firing: lit and drawn, ordered only by a CHECK (no start/end words), ``hrs`` at most 30."""
    t = _checked(table("firings", ("lit_at", "ts", False), ("drawn_at", "ts", False), ("hrs", "numeric(4,1)", False)),
                 ("(drawn_at > lit_at)", ("drawn_at", "lit_at")),
                 ("((hrs > (0)::numeric) AND (hrs <= (30)::numeric))", ("hrs",)))
    got = generate(t, rows=300)["firings"]
    for lit, drawn, hrs in zip(got["lit_at"], got["drawn_at"], got["hrs"], strict=True):
        span = _hours(lit, drawn)
        assert 0 < span <= 30, (lit, drawn)
        assert abs(float(hrs) - span) <= 0.06, (lit, drawn, hrs)


def test_a_duration_of_another_name_pair_in_days_is_their_difference() -> None:
    t = table("voyages", ("departed_at", "ts", False), ("returned_at", "ts"), ("days_at_sea", "numeric(4,1)"))
    got = generate(t, rows=200)["voyages"]
    checked = 0
    for dep, ret, days in zip(got["departed_at"], got["returned_at"], got["days_at_sea"], strict=True):
        if dep and ret and days is not None:
            checked += 1
            assert abs(float(days) - _hours(dep, ret) / 24) <= 0.06, (dep, ret, days)
    assert checked > 50


def test_a_time_that_is_not_the_rows_span_keeps_its_own_value() -> None:
    """A break, an estimate, two durations in one row: none is read as the span of the row's pair."""
    from seedbed.planning.moments import moment_derivations
    for cols in ((("break_mins", "int"),), (("estimated_hrs", "numeric(4,1)"),),
                 (("drive_hrs", "numeric(4,1)"), ("wait_hrs", "numeric(4,1)"))):
        t = _checked(table("jobs", ("arrived_at", "ts", False), ("left_at", "ts", False), *cols),
                     ("(left_at > arrived_at)", ("left_at", "arrived_at")))
        names = frozenset(c.name for c in t.columns)
        got = moment_derivations(t, {n: True for n in names}, names, None)
        assert not [d for d in got if d.op.startswith("span:")], (cols, got)


def test_a_measure_bounded_by_a_narrow_check_does_not_pile_on_its_bounds() -> None:
    """A glaze's specific gravity of no known meaning, CHECK BETWEEN 1.30 AND 1.90."""
    t = _checked(table("glaze_batches", ("sg_reading", "numeric(4,2)", False)),
                 ("((sg_reading >= 1.30) AND (sg_reading <= 1.90))", ("sg_reading",)))
    vals = [float(v) for v in generate(t, rows=400)["glaze_batches"]["sg_reading"]]
    assert all(1.30 <= v <= 1.90 for v in vals)
    at_bounds = sum(v in (1.30, 1.90) for v in vals)
    assert at_bounds <= 0.05 * len(vals), at_bounds
    assert len(set(vals)) > 20


def test_a_running_total_adds_up_its_rows_amount_along_its_parent() -> None:
    """A canal boat's lock-keeper log: each passage numbered within its boat, its toll and the tolls to date."""
    from seedbed.model import UniqueKey
    boats = table("boats", ("boat_name", "varchar(40)", False))
    passages = dataclasses.replace(
        table("passages", ("passage_no", "int", False), ("toll_gbp", "numeric(8,2)", False),
              ("cumulative_toll_gbp", "numeric(10,2)", False), fks=(("boat_id", "boats"),)),
        uniques=(UniqueKey(name="passages_boat_no", columns=("boat_id", "passage_no")),))
    got = generate(boats, passages, rows=200)["passages"]
    runs: dict[str, list[tuple[int, float, float]]] = {}
    for boat, no, toll, cum in zip(got["boat_id"], got["passage_no"], got["toll_gbp"], got["cumulative_toll_gbp"],
                                   strict=True):
        runs.setdefault(boat, []).append((int(no), float(toll), float(cum)))
    assert any(len(r) > 1 for r in runs.values())
    for rows in runs.values():
        rows.sort()
        total = 0.0
        for _no, toll, cum in rows:
            total += toll
            assert abs(cum - total) < 0.02, rows


def test_a_label_that_says_the_row_never_got_there_sets_no_moment() -> None:
    """A driving-test booking: 'no show' has no arrival, 'not passed' no pass moment."""
    from seedbed.planning.gates import status_stage
    assert status_stage("no show")[1] == "cancel" and status_stage("not sold")[1] == "cancel"
    assert status_stage("withdrawn")[1] == "cancel"
    t = _checked(table("test_slots", ("booked_at", "ts", False), ("arrived_at", "ts"), ("status", "varchar(12)", False)),
                 ("((status)::text = ANY ((ARRAY['booked'::character varying, 'arrived'::character varying, "
                  "'no show'::character varying])::text[]))", ("status",)))
    got = generate(t, rows=300)["test_slots"]
    shows = [a for a, s in zip(got["arrived_at"], got["status"], strict=True) if s == "no show"]
    assert shows and all(a is None for a in shows)


def test_a_rows_first_moment_by_a_check_follows_its_parent() -> None:
    """A survey cruise's casts: lowered then recovered (ordered by a CHECK alone), each after its cruise sailed."""
    cruises = table("cruises", ("created_at", "ts", False))
    casts = _checked(table("casts", ("lowered_at", "ts", False), ("recovered_at", "ts", False),
                           fks=(("cruise_id", "cruises"),)),
                     ("(recovered_at > lowered_at)", ("recovered_at", "lowered_at")))
    got = generate(cruises, casts, rows=200)
    sailed = dict(zip(got["cruises"]["id"], got["cruises"]["created_at"], strict=True))
    rows = list(zip(got["casts"]["cruise_id"], got["casts"]["lowered_at"], strict=True))
    assert all(datetime.fromisoformat(low) >= datetime.fromisoformat(sailed[c]) for c, low in rows)
