"""Round 11 (r37): times of day, lifecycles and people as the business has them.

Blind review 10 found a driving test at 01:59:42, a route dispatched at 00:05 and completed months later,
learner drivers aged 8-12, every delivery attempt numbered 1, a 1-2 h lesson of 106-239 km, a last-mile route
of 431 km, 9 serious faults on a test failed at 1 and 41.6 hours left of a package of hour-long lessons. Each
test is one class, on synthetic schemas of made-up trades (a piano-tuning service, a bin-collection round, a
falconry school, a kayak club's juniors); no database."""

from __future__ import annotations

import statistics
from dataclasses import replace
from datetime import datetime

from seedbed.model import Column, ColumnType, TypeKind
from tests.test_realism_units import generate, table


def _times(values: list[str | None]) -> list[datetime]:
    return [datetime.fromisoformat(v) for v in values if v is not None]


def _enum(name: str, *labels: str) -> Column:
    return Column(name=name, nullable=False, type=ColumnType(kind=TypeKind.ENUM, sql_name=f"{name}_t",
                                                             enum_labels=labels))


# ------------------------------------------------------------------ 1. bookable and worked events in the day
def test_a_booked_event_named_by_its_table_falls_on_a_working_quarter_hour() -> None:
    t = table("tuning_appointments", ("appointment_time", "ts", False), ("duration_mins", "smallint"),
              ("technician_name", "text"))
    got = _times(generate(t, rows=300)["tuning_appointments"]["appointment_time"])
    assert all(7 <= x.hour <= 18 and x.minute % 15 == 0 and x.second == 0 for x in got), \
        [x for x in got if not 7 <= x.hour <= 18 or x.minute % 15][:5]


def test_an_exam_at_a_moment_named_after_the_table_is_a_daytime_slot() -> None:
    t = table("falconry_exams", ("exam_at", "ts", False), ("examiner", "text"), ("candidate_name", "text"),
              ("result", "text"))
    got = _times(generate(t, rows=300)["falconry_exams"]["exam_at"])
    assert all(7 <= x.hour <= 18 and x.minute % 15 == 0 and x.second == 0 for x in got)


def test_a_worked_attempt_happens_in_the_daytime_and_a_log_stays_around_the_clock() -> None:
    attempts = table("pickup_attempts", ("attempted_at", "ts", False), ("gps_lat", "numeric(9,6)"),
                     ("gps_lng", "numeric(9,6)"))
    logs = table("pickup_logs", ("logged_at", "ts", False), ("device_id", "text"), ("message", "text"))
    got = generate(attempts, logs, rows=300)
    worked = _times(got["pickup_attempts"]["attempted_at"])
    assert all(7 <= x.hour <= 21 for x in worked)
    logged = _times(got["pickup_logs"]["logged_at"])
    assert any(x.hour < 6 or x.hour >= 22 for x in logged)  # a log is written at night too


def test_a_visit_booked_at_a_moment_takes_place_after_the_booking() -> None:
    t = table("valuation_visits", ("visit_at", "ts", False), ("booked_at", "ts", False), ("length_min", "smallint"),
              ("surveyor_name", "text"))
    got = generate(t, rows=300)["valuation_visits"]
    pairs = list(zip(_times(got["visit_at"]), _times(got["booked_at"]), strict=True))
    assert all(v > b for v, b in pairs)
    assert all(v.minute % 15 == 0 for v, _ in pairs)


# ------------------------------------------------------------------ 2. a day's work on its date, of hours
def test_a_rounds_going_out_and_coming_back_fall_on_its_date_hours_apart() -> None:
    t = table("bin_rounds", ("round_date", "date", False), ("set_off_at", "ts"), ("finished_at", "ts"),
              ("crew_size", "smallint"))
    got = generate(t, rows=300)["bin_rounds"]
    for day, out, back in zip(got["round_date"], got["set_off_at"], got["finished_at"], strict=True):
        if out is None:
            continue
        left = datetime.fromisoformat(out)
        assert left.date().isoformat() == day and 6 <= left.hour <= 11, (day, out)
        if back is not None:
            hours = (datetime.fromisoformat(back) - left).total_seconds() / 3600
            assert 2 <= hours <= 10, (out, back)


# ------------------------------------------------------------------ 3. people's ages by who they are
def _ages(values: list[str | None]) -> list[float]:
    now = datetime(2026, 1, 1)
    return [(now - datetime.fromisoformat(v)).days / 365.25 for v in values if v is not None]


def test_a_driving_schools_pupils_are_learner_drivers_not_children() -> None:
    pupils = table("pupils", ("first_name", "text"), ("dob", "date", False))
    tests = table("driving_tests", ("test_at", "ts"), fks=(("pupil_id", "pupils"),))
    ages = _ages(generate(pupils, tests, rows=300)["pupils"]["dob"])
    assert min(ages) >= 16.5 and max(ages) <= 75, (min(ages), max(ages))


def test_people_with_a_guardian_beside_them_are_children_and_a_youth_clubs_members_teenagers() -> None:
    kids = table("falconry_students", ("full_name", "text"), ("date_of_birth", "date", False),
                 ("guardian_name", "text"), ("guardian_phone", "text"))
    juniors = table("youth_members", ("full_name", "text"), ("birth_date", "date", False))
    got = generate(kids, juniors, rows=300)
    kid_ages = _ages(got["falconry_students"]["date_of_birth"])
    assert max(kid_ages) < 18.5 and statistics.median(kid_ages) < 14, (max(kid_ages), statistics.median(kid_ages))
    junior = _ages(got["youth_members"]["birth_date"])
    assert 9 <= min(junior) and max(junior) < 19.5


def test_people_hired_on_a_date_are_of_working_age() -> None:
    t = table("piano_tuners", ("full_name", "text"), ("date_of_birth", "date", False), ("hired_on", "date"))
    ages = _ages(generate(t, rows=300)["piano_tuners"]["date_of_birth"])
    assert min(ages) >= 17.5 and max(ages) <= 68.5, (min(ages), max(ages))


# ------------------------------------------------------------------ 4. tries numbered within their parent
def test_attempts_count_one_to_a_few_within_their_parent_in_time_order() -> None:
    parcels = table("hampers", ("label", "text"))
    attempts = table("hamper_delivery_attempts", ("attempt_no", "smallint", False), ("attempted_at", "ts", False),
                     fks=(("hamper_id", "hampers"),))
    got = generate(parcels, attempts, rows=300)["hamper_delivery_attempts"]
    nos = [int(v) for v in got["attempt_no"]]
    assert set(nos) >= {1, 2} and max(nos) <= 3 and nos.count(1) > nos.count(2)
    by: dict[str, list[tuple[datetime, int]]] = {}
    for parent, no, at in zip(got["hamper_id"], nos, _times(got["attempted_at"]), strict=True):
        by.setdefault(parent, []).append((at, no))
    for rows in by.values():
        assert [n for _, n in sorted(rows)] == list(range(1, len(rows) + 1)), rows


def test_a_session_number_counts_within_its_course() -> None:
    courses = table("falconry_courses", ("title", "text"))
    sessions = table("course_sessions", ("session_number", "smallint", False), ("starts_at", "ts", False),
                     fks=(("course_id", "falconry_courses"),))
    got = generate(courses, sessions, rows=300)["course_sessions"]
    by: dict[str, list[int]] = {}
    for parent, no in zip(got["course_id"], got["session_number"], strict=True):
        by.setdefault(parent, []).append(int(no))
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in by.values())
    assert any(len(v) > 1 for v in by.values())


# ------------------------------------------------------------------ 5. distances and counts on the row's scale
def test_a_driving_lessons_distance_and_a_local_rounds_length_are_local() -> None:
    lessons = table("lessons", ("starts_at", "ts"), ("distance_km", "numeric(5,1)"),
                    fks=(("vehicle_id", "cars"),))
    cars = table("cars", ("reg_plate", "text"))
    rounds = table("routes", ("route_date", "date"), ("planned_km", "numeric(6,1)"), fks=(("depot_id", "depots"),))
    depots = table("depots", ("name", "text"))
    got = generate(cars, lessons, depots, rounds, rows=300)
    km = [float(v) for v in got["lessons"]["distance_km"] if v is not None]
    assert max(km) <= 120 and statistics.median(km) <= 60, (statistics.median(km), max(km))
    route = [float(v) for v in got["routes"]["planned_km"] if v is not None]
    assert max(route) <= 250 and statistics.median(route) <= 120, (statistics.median(route), max(route))


def test_serious_faults_are_one_to_three_where_a_test_failed_and_none_where_pending() -> None:
    t = table("hawk_flight_tests", ("flown_at", "ts"), ("serious_faults", "smallint"), ("minor_faults", "smallint"))
    t = replace(t, columns=(*t.columns, _enum("result", "pending", "pass", "fail", "cancelled")))
    got = generate(t, rows=400)["hawk_flight_tests"]
    rows = list(zip(got["result"], got["serious_faults"], got["minor_faults"], strict=True))
    assert all(s is None or 1 <= int(s) <= 3 for r, s, _m in rows if r == "fail")
    assert all(s is None or int(s) == 0 for r, s, _m in rows if r == "pass")
    assert all(s is None and m is None for r, s, m in rows if r in ("pending", "cancelled"))
    assert all(m is None or int(m) <= 15 for r, _s, m in rows if r == "pass")
    assert any(m is not None and int(m) > 0 for r, _s, m in rows if r == "pass")  # a pass with minor faults


def test_hours_left_of_a_block_are_in_half_hours() -> None:
    t = table("lesson_blocks", ("hours_remaining", "numeric(4,1)"), ("purchased_at", "ts"))
    vals = [float(v) for v in generate(t, rows=300)["lesson_blocks"]["hours_remaining"] if v is not None]
    assert all((v * 2) == int(v * 2) for v in vals) and max(vals) <= 40


def test_a_shifts_sign_out_is_hours_after_its_sign_in_on_its_day() -> None:
    t = table("kennel_rota_shifts", ("shift_day", "date", False), ("signed_in_at", "ts"), ("signed_out_at", "ts"))
    got = generate(t, rows=300)["kennel_rota_shifts"]
    spans = [(datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600
             for a, b in zip(got["signed_in_at"], got["signed_out_at"], strict=True) if a and b]
    assert spans and all(4 <= h <= 12 for h in spans), sorted(spans)[:5]
    assert all(a[:10] == d for d, a in zip(got["shift_day"], got["signed_in_at"], strict=True) if a)


def test_a_lessons_end_is_a_lessons_length_after_its_start_not_four_hours() -> None:
    t = table("falconry_lessons", ("starts_at", "ts", False), ("ends_at", "ts"), ("instructor_name", "text"))
    got = generate(t, rows=300)["falconry_lessons"]
    mins = [(datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 60
            for a, b in zip(got["starts_at"], got["ends_at"], strict=True) if a and b]
    assert mins and all(30 <= m <= 120 for m in mins), (min(mins), max(mins))
    assert all(datetime.fromisoformat(a).minute % 15 == 0 for a in got["starts_at"])
