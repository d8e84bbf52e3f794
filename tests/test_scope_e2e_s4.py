"""The structures of brief s4 (session 6) end to end on the recruiting schema (tests/data/
scope_recruiting.sql): scope text -> options -> seed on a real database -> SQL checks of the rows.
A count per parent through another table, NULL shares said by absence, a relative clause with a
fan-out, counts after their nouns."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped, shares

DATA = Path(__file__).parent / "data"


@pytest.fixture
def recruiting(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_recruiting.sql").read_text())
    return db


def test_counts_after_nouns_a_relative_fan_out_and_a_count_through_a_table(recruiting: psycopg.Connection,
                                                                           fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "companies 3 departments 9 jobs 30; 10 interviewers who each run 2 to 4 interviews; "
                                "200 candidates, 2 offers per candidate")
    assert not expl.warnings, expl.warnings
    assert counts(recruiting, "companies", "departments", "jobs", "interviewers") == {
        "companies": 3, "departments": 9, "jobs": 30, "interviewers": 10}
    low, high = one(recruiting, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM interviews GROUP BY interviewer_id) x")
    assert 2 <= low and high <= 4, (low, high)
    # offers reach candidates only through applications (one offer per application at most)
    n_offers, n_cands = one(recruiting, "SELECT (SELECT count(*) FROM offers), (SELECT count(*) FROM candidates)")
    assert (n_offers, n_cands) == (400, 200)
    assert one(recruiting, "SELECT count(*) FROM applications")[0] >= 400


def test_null_shares_said_by_absence(recruiting: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "400 candidates, 30% of them without an email; a fifth of candidates have no phone; "
                                "50 jobs, most jobs have no salary range; half the jobs have no recruiter; "
                                "no candidate should be missing a city")
    assert not expl.warnings, expl.warnings
    def null_share(tab: str, col: str) -> float:
        return one(recruiting, f"SELECT avg(({col} IS NULL)::int)::float FROM {tab}")[0]
    assert abs(null_share("candidates", "email") - 0.3) < 0.08
    assert abs(null_share("candidates", "phone") - 0.2) < 0.08
    assert abs(null_share("jobs", "salary_min") - 0.8) < 0.15 and abs(null_share("jobs", "salary_max") - 0.8) < 0.15
    assert abs(null_share("jobs", "recruiter_id") - 0.5) < 0.15
    assert null_share("candidates", "city") == 0.0


def test_a_share_from_a_value_years_of_a_noun_and_a_flag_share(recruiting: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "300 candidates; 60% of candidates come from linkedin and the rest from referrals; "
                                "candidates with 2 to 12 years of experience; 100 referrals, bonus paid on a quarter of them")
    assert not expl.warnings, expl.warnings
    got = shares(recruiting, "candidates", "source")
    assert set(got) == {"linkedin", "referral"} and abs(got["linkedin"] - 0.6) < 0.08, got
    assert one(recruiting, "SELECT min(years_experience) >= 2 AND max(years_experience) <= 12 FROM candidates")[0]
    assert abs(shares(recruiting, "referrals", "bonus_paid")["true"] - 0.25) < 0.1


def test_no_parent_without_children(recruiting: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "100 candidates; no candidates without applications; no jobs with no recruiter")
    assert not expl.warnings, expl.warnings
    assert one(recruiting, "SELECT count(*) FROM candidates")[0] == 100
    assert one(recruiting, "SELECT count(*) FROM candidates c WHERE NOT EXISTS "
                           "(SELECT 1 FROM applications a WHERE a.candidate_id = c.id)")[0] == 0
    assert one(recruiting, "SELECT count(*) FROM jobs WHERE recruiter_id IS NULL")[0] == 0
