"""CHECK forms real schemas use, seeded on a real database (brief b1, session 16).

Each table is one class of form a blind writer used and seedbed failed on: ``SIMILAR TO`` (deparsed through
``similar_to_escape``), a regex on a ``char(n)`` column (the padding is part of the matched value), ...
Every row is checked by PostgreSQL (the load) and again here in Python where the form is easy to restate.
"""

from __future__ import annotations

import re

import psycopg

from seedbed import service
from seedbed.planning.planner import PlanOptions

PATTERNS = """
CREATE TABLE badge_t (id serial PRIMARY KEY,
                      badge varchar(8) NOT NULL UNIQUE CHECK (badge SIMILAR TO 'E[0-9]{5,7}'),
                      mime text CHECK (mime SIMILAR TO '(image|video)/%'));
CREATE TABLE carrier (id serial PRIMARY KEY, scac char(4) NOT NULL UNIQUE CHECK (scac ~ '^[A-Z]{2,4}$'));
"""


def _seed(dsn: str, ddl: str, rows: int = 200) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)
    result = service.seed(dsn, PlanOptions(rows=rows, seed=5))
    assert result.ok, result.verify


def test_similar_to_and_padded_char_patterns_are_generated(fresh_dsn: str) -> None:
    _seed(fresh_dsn, PATTERNS)
    with psycopg.connect(fresh_dsn) as conn:
        badges = conn.execute("SELECT badge, mime FROM badge_t").fetchall()
        scacs = [r[0] for r in conn.execute("SELECT scac::text FROM carrier")]
    assert len(badges) == len(scacs) == 200
    assert all(re.fullmatch(r"E[0-9]{5,7}", b) for b, _ in badges)
    assert all(m is None or re.fullmatch(r"(image|video)/.*", m, re.S) for _, m in badges)
    assert all(re.fullmatch(r"[A-Z]{4}", s) for s in scacs)  # a shorter one would be padded and fail
