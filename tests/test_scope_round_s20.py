"""Brief s20 of session 10: requests written as sentences, on two schemas made up here (a tool library and
a ferry line).

Pronouns and "those X" / "each of them" / "every one of them" / "their" for the rows said before (read as
them, and shown: ``Scope.read_as``); obligations and modality around a readable clause ("should", "must",
"need to", "make sure", "I'd like"); conditions with a consequence said with a modal ("should never have");
"one" for the column said in the clause before; wrappers ("Task:", "data for A, B and C only -- nothing else
is needed", "And for every X, N Y"); a bare share after a count is about the rows just counted when they hold
the value ("300 members, mostly active": their flag, not another table's label).
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import explain, explain_lines, parse, resolve
from tests.test_scope import brief, schema_of

DDL = """
CREATE TABLE branches (id serial PRIMARY KEY, name text NOT NULL, open_weekends boolean NOT NULL DEFAULT false);
CREATE TABLE members (id serial PRIMARY KEY, full_name text NOT NULL, email text, phone text,
                      is_active boolean NOT NULL DEFAULT true, joined_at timestamptz NOT NULL);
CREATE TABLE tools (id serial PRIMARY KEY, branch_id int NOT NULL REFERENCES branches, name text NOT NULL,
                    state text NOT NULL CHECK (state IN ('new', 'usable', 'damaged', 'lost')),
                    is_powered boolean NOT NULL DEFAULT false, deposit numeric(7,2) NOT NULL CHECK (deposit >= 0));
CREATE TABLE loans (id bigserial PRIMARY KEY, member_id int NOT NULL REFERENCES members, tool_id int NOT NULL REFERENCES tools,
                    state text NOT NULL CHECK (state IN ('open', 'active', 'returned', 'lost')),
                    fee numeric(7,2) NOT NULL CHECK (fee >= 0), currency char(3) NOT NULL CHECK (currency IN ('EUR', 'SEK')),
                    lent_at timestamptz NOT NULL, returned_at timestamptz);
CREATE TABLE vouchers (id serial PRIMARY KEY, code text NOT NULL UNIQUE, discount_pct int NOT NULL CHECK (discount_pct BETWEEN 1 AND 90));
CREATE TABLE ferries (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE crossings (id bigserial PRIMARY KEY, ferry_id int NOT NULL REFERENCES ferries,
                        status text NOT NULL CHECK (status IN ('scheduled', 'departed', 'arrived', 'cancelled')),
                        departed_at timestamptz, arrived_at timestamptz);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, DDL)


YEAR = "2025-01-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"


@pytest.mark.parametrize(("text", "lines"), [
    # "they", "those X", "each of them", "every one of them", "their", "all of them" after the rows said
    ("600 loans -- they should all be from 2025", ["rows loans 600", f"col loans.lent_at range {YEAR}"]),
    ("8 branches with 10-20 tools each, and those tools must mostly be usable",
     ["fk tools.branch_id fanout 10-20", "col tools.state mix usable=0.8 new=0.0667 damaged=0.0667 lost=0.0667"]),
    ("Make 40 vouchers; each of them should have a discount_pct between 5 and 30", ["rows vouchers 40", "col vouchers.discount_pct range 5..30"]),
    ("90 members, every one of them with a phone filled in", ["rows members 90", "col members.phone nulls 0"]),
    ("70 members, and I'd like their emails filled in for all of them", ["col members.email nulls 0"]),
    ("30 tools and please make sure all of them are powered", ["rows tools 30", "col tools.is_powered mix True=1 False=0"]),
    ("50 members. Make sure none of them are inactive, and give each of them two or three loans",
     ["col members.is_active mix True=1 False=0", "fk loans.member_id fanout 2-3"]),
    ("400 loans. They should mostly be in SEK.", ["rows loans 400", "col loans.currency mix SEK=0.8 EUR=0.2"]),
    # obligations and conditions with a consequence
    ("loans above 50 should always be paid in EUR", ["rule loans: fee <= 50 OR currency = 'EUR'"]),
    ("powered tools should never be lost", ["rule tools: is_powered = FALSE OR state <> 'lost'"]),
    ("cancelled crossings should never have a departed_at", ["rule crossings: status <> 'cancelled' OR departed_at IS NULL"]),
    ("arrived crossings need an arrived_at, scheduled ones shouldn't have one",
     ["rule crossings: status <> 'arrived' OR arrived_at IS NOT NULL", "rule crossings: status <> 'scheduled' OR arrived_at IS NULL"]),
    # wrappers and scope words
    ("Task: 6 ferries; 20 crossings per ferry", ["rows ferries 6", "fk crossings.ferry_id fanout 20-20"]),
    ("Generate data for members, loans and tools only -- nothing else is needed", ["tables members,loans,tools"]),
    ("And for every branch, 12 tools", ["fk tools.branch_id fanout 12-12"]),
    # a bare share after a count: the rows just counted hold the value (their flag)
    ("300 members, mostly active", ["rows members 300", "col members.is_active mix True=0.8 False=0.2"]),
    ("300 loans, mostly active", ["rows loans 300", "col loans.state mix active=0.8 open=0.0667 returned=0.0667 lost=0.0667"]),
])
def test_reading(text: str, lines: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, got


def test_what_a_pronoun_was_read_as_is_shown(schema: Schema) -> None:
    scope = parse("600 loans -- they should all be from 2025", schema)
    lines = explain_lines(explain(scope, resolve(scope, schema)))
    said = lines.index('  "they should all be from 2025"')
    assert lines[said + 1].startswith('    read as "loans'), lines
    assert scope.to_dict()["read_as"] == [["they should all be from 2025", dict(scope.read_as)["they should all be from 2025"]]]


def test_a_readable_clause_is_not_read_anew(schema: Schema) -> None:
    # the plain reading is kept only where the clause as written leaves words unread
    assert parse("loans should be mostly returned", schema).brief() == parse("loans mostly returned", schema).brief()


@pytest.mark.parametrize(("text", "word"), [
    ("200 loans -- they should all be delivered by drone", "drone"),
    ("40 tools; make sure each of them has a barcode", "barcode"),
])
def test_what_is_not_understood_is_still_quoted(text: str, word: str, schema: Schema) -> None:
    from seedbed.errors import ScopeError

    try:
        said = resolve(parse(text, schema), schema).warnings
    except ScopeError as exc:  # an error that names it is as honest as a warning
        said = (exc.message,)
    assert any(word in w for w in said), said
