"""The structures of brief s2 round B end to end, on the clinic and school schemas (domains no rule was
written for): scope text -> options -> seed on a real database -> SQL checks of the rows."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped, shares

DATA = Path(__file__).parent / "data"


@pytest.fixture
def clinic(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_clinic.sql").read_text())
    return db


@pytest.fixture
def school(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_school.sql").read_text())
    return db


def test_clinic_ratios_value_counts_units_and_negated_windows(clinic: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "4 departments; one doctor for every 25 patients, 500 patients; 300 appointments: "
                                "200 completed, 100 scheduled; prescriptions with dosages between 5 and 500 mg; "
                                "no appointments before 2024")
    assert not expl.warnings
    assert counts(clinic, "departments", "doctors", "patients", "appointments") == {
        "departments": 4, "doctors": 20, "patients": 500, "appointments": 300}
    got = shares(clinic, "appointments", "status")
    assert set(got) <= {"completed", "scheduled"} and abs(got["completed"] - 2 / 3) < 0.1, got
    assert one(clinic, "SELECT min(dosage_mg) >= 5 AND max(dosage_mg) <= 500 FROM prescriptions")[0]
    assert one(clinic, "SELECT min(booked_at) >= '2024-01-01' AND min(scheduled_for) >= '2024-01-01' FROM appointments")[0]


def test_school_ordinals_capacity_bound_parent_verb_and_span_window(school: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "10 teachers, each teacher teaches 2 or 3 courses; no room should have a capacity "
                                "above 150; 300 first-year students; class sessions in Q1 2025")
    assert not expl.warnings
    assert counts(school, "teachers", "students") == {"teachers": 10, "students": 300}
    low, high = one(school, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM courses GROUP BY teacher_id) x")
    assert (low, high) == (2, 3) and one(school, "SELECT count(DISTINCT teacher_id) FROM courses")[0] == 10
    assert one(school, "SELECT count(*) > 0 AND max(capacity) <= 150 FROM rooms")[0]
    assert shares(school, "students", "year_level") == {"1": 1.0}
    assert one(school, "SELECT min(starts_at) >= '2025-01-01' AND max(starts_at) < '2025-04-01' FROM class_sessions")[0]
