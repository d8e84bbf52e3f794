"""A unique citext column built from a pattern: distinct as the column compares (case folded).

``work_email citext UNIQUE CHECK (work_email LIKE '%@corp.example')`` was filled with local
parts mixing cases (``AE@...`` and ``ae@...``), distinct as text but equal to citext: the load
failed on the unique key (SB310). The pattern is sampled with one case of each letter when the
column compares case-insensitively.
"""

from __future__ import annotations

import psycopg

import seedbed


def test_unique_citext_from_like_and_regex(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS citext")
        conn.execute("""
            CREATE TABLE staff (
                id int PRIMARY KEY,
                work_email citext NOT NULL UNIQUE CHECK (work_email LIKE '%@corp.example'),
                handle citext NOT NULL UNIQUE CHECK (handle ~ '^[A-Za-z]{2,3}$')
            )""")
    result = seedbed.seed(fresh_dsn, rows={"staff": 600}, seed=7)
    assert result.ok, [p.message for p in result.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        n, emails, handles = conn.execute(
            "SELECT count(*), count(DISTINCT lower(work_email::text)), count(DISTINCT lower(handle::text)) "
            "FROM staff").fetchone()
    assert n == emails == handles == 600
