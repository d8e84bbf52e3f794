"""The readings of brief s5 (never a silent misreading) on the data: scope text -> options -> seed on
a real database -> SQL checks of the rows; and the CLI's warnings on stderr when a plan is made."""

from __future__ import annotations

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped
from tests.test_scope_e2e_more import invoke, per_parent

LIBRARY = """
CREATE TABLE members (id bigserial PRIMARY KEY, full_name text NOT NULL, joined_at timestamptz NOT NULL);
CREATE TABLE tools (id bigserial PRIMARY KEY, label text NOT NULL, deposit numeric(8, 2) NOT NULL CHECK (deposit > 0));
CREATE TABLE loans (id bigserial PRIMARY KEY, member_id bigint NOT NULL REFERENCES members,
                    tool_id bigint NOT NULL REFERENCES tools,
                    state text NOT NULL CHECK (state IN ('open', 'returned', 'overdue')), lent_at timestamptz NOT NULL);
CREATE TABLE fines (id bigserial PRIMARY KEY, loan_id bigint NOT NULL REFERENCES loans,
                    amount numeric(8, 2) NOT NULL CHECK (amount > 0));
"""


@pytest.fixture
def library(db: psycopg.Connection) -> psycopg.Connection:
    db.execute(LIBRARY)
    return db


def test_no_x_without_y_gives_every_x_a_y(library: psycopg.Connection, fresh_dsn: str) -> None:
    """"no loans without fines" was read as no loans and no fines at all."""
    _, expl = scoped(fresh_dsn, "40 members, 60 loans; no loans without fines")
    assert not expl.warnings, expl.warnings
    assert counts(library, "members", "loans")["loans"] == 60
    low, _, loans = per_parent(library, "fines", "loan_id", "loans")
    assert low >= 1 and loans == 60


def test_hedged_and_vague_per_parent_counts_on_the_data(library: psycopg.Connection, fresh_dsn: str) -> None:
    """"a dozen or so loans per member" is an average near 12, not exactly 12; "tools with many loans" many each."""
    _, expl = scoped(fresh_dsn, "50 members; a dozen or so loans per member")
    assert not expl.warnings, expl.warnings
    low, high, members = per_parent(library, "loans", "member_id", "members")
    assert members == 50 and low < 12 < high
    mean = one(library, "SELECT count(*)::float / 50 FROM loans")[0]
    assert 9 <= mean <= 15, mean


def test_unread_words_are_on_stderr_when_the_plan_is_made(library: psycopg.Connection, fresh_dsn: str) -> None:
    """Text mode, exit 0: the parts not understood are quoted back on stderr; --strict exits 2."""
    for text, quoted in (("30 members with gmail addresses", "gmail"), ("loans mostly from 2024", "mostly from 2024"),
                         ("no overdue loans without a fine", "without a fine")):
        res = invoke(0, "plan", "--dsn", fresh_dsn, "--scope", text)
        assert "scope warning" in res.stderr and quoted in res.stderr, res.stderr
        invoke(2, "plan", "--dsn", fresh_dsn, "--strict", "--scope", text)


def test_a_value_of_the_children_on_the_data(library: psycopg.Connection, fresh_dsn: str) -> None:
    """"every member has 2 open loans": the value was dropped; "tools with many loans" was 1-3 each."""
    _, expl = scoped(fresh_dsn, "40 members; every member has 2 open loans; 10 tools")
    assert not expl.warnings, expl.warnings
    assert per_parent(library, "loans", "member_id", "members") == (2, 2, 40)
    assert one(library, "SELECT count(*) FILTER (WHERE state <> 'open') FROM loans")[0] == 0


def test_a_vague_amount_of_children_on_the_data(library: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "20 tools with many loans", seed=3)
    assert not expl.warnings, expl.warnings
    low, high, tools = per_parent(library, "loans", "tool_id", "tools")
    assert tools == 20 and low >= 5 and high <= 15
