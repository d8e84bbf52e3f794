"""Brief s24 of session 11: states and shares said in a clause, on a schema made up here (a coworking space).

A boolean said by its meaning through a verb or a noun phrase, and its negation ("two in five spaces have a window,
the rest don't", "tag 1 in 4 bookings as requiring catering", "newsletter" of ``wants_newsletter``); shares in every
form on such a state; a value as a modifier of the rows' noun or in a relative clause ("mostly hot desk spaces",
"40 spaces that are meeting rooms or phone booths only", "members, all of them corporate or full time"); missing
values said of a column in any order ("phone missing for 5%", "no booking has an end time yet", "open-ended").
What the schema does not explain is quoted back, never read as something else.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.explain import explain, explain_lines
from tests.test_scope import brief, options_brief, schema_of

COWORK = """
CREATE TABLE spaces (id serial PRIMARY KEY, name text NOT NULL,
  space_kind text NOT NULL CHECK (space_kind IN ('hot_desk', 'private_office', 'meeting_room', 'phone_booth')),
  has_window boolean NOT NULL DEFAULT false, is_accessible boolean NOT NULL DEFAULT true, floor int NOT NULL, notes text);
CREATE TABLE members (id serial PRIMARY KEY, full_name text NOT NULL, email text, phone text,
  plan text NOT NULL CHECK (plan IN ('day_pass', 'part_time', 'full_time', 'corporate')),
  wants_newsletter boolean NOT NULL DEFAULT false, has_key_card boolean NOT NULL DEFAULT false, joined_on date NOT NULL,
  left_on date);
CREATE TABLE bookings (id bigserial PRIMARY KEY, space_id int NOT NULL REFERENCES spaces,
  member_id int NOT NULL REFERENCES members, starts_at timestamptz NOT NULL, ends_at timestamptz,
  status text NOT NULL CHECK (status IN ('held', 'confirmed', 'cancelled', 'no_show')),
  catering_required boolean NOT NULL DEFAULT false, deposit_paid boolean NOT NULL DEFAULT false,
  duration_min int CHECK (duration_min > 0), reminder_set boolean NOT NULL DEFAULT false);
CREATE TABLE invoices (id bigserial PRIMARY KEY, member_id int NOT NULL REFERENCES members, issued_on date NOT NULL,
  amount numeric(10,2) NOT NULL, paid_on date, state text NOT NULL CHECK (state IN ('open', 'settled', 'written_off')));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, COWORK)


@pytest.mark.parametrize(("text", "lines"), [
    # a boolean by its meaning: a verb or a noun phrase, a share in any form, its negation and "the rest don't"
    ("two in five spaces have a window, the rest don't", ["col spaces.has_window mix True=0.4 False=0.6"]),
    ("tag 1 in 4 bookings as requiring catering", ["col bookings.catering_required mix True=0.25 False=0.75"]),
    ("a tenth of the members want the newsletter", ["col members.wants_newsletter mix True=0.1 False=0.9"]),
    ("1 out of 3 members wants newsletters", ["col members.wants_newsletter mix True=0.3333 False=0.6667"]),
    ("most bookings need catering, the others don't", ["col bookings.catering_required mix True=0.8 False=0.2"]),
    ("members who want the newsletter: 10%", ["col members.wants_newsletter mix True=0.1 False=0.9"]),
    ("15% of bookings have no deposit paid", ["col bookings.deposit_paid mix True=0.85 False=0.15"]),
    ("spaces, 3 in 10 with windows", ["col spaces.has_window mix True=0.3 False=0.7"]),
    ("window owners: 40% of spaces", ["col spaces.has_window mix True=0.4 False=0.6"]),
    ("not a single booking needs catering", ["col bookings.catering_required mix True=0 False=1"]),
    ("windowless spaces: 25%", ["col spaces.has_window mix True=0.75 False=0.25"]),
    ("catering on 1 booking in 5", ["col bookings.catering_required mix True=0.2 False=0.8"]),
    # a flag of several words said as one ("key card" of has_key_card), its state participle said or not
    ("a third of members have had a key card", ["col members.has_key_card mix True=0.3333 False=0.6667"]),
    ("reminder set on most bookings", ["col bookings.reminder_set mix True=0.8 False=0.2"]),
    ("300 bookings, 1 in 4 with a reminder", ["rows bookings 300", "col bookings.reminder_set mix True=0.25 False=0.75"]),
    # the rows not said: the one table whose columns explain the words; a fraction; a share alone after a comma
    ("70% key-card holders", ["col members.has_key_card mix True=0.7 False=0.3"]),
    ("1/4 of bookings need catering", ["col bookings.catering_required mix True=0.25 False=0.75"]),
    ("we want members with key cards, like 70 percent", ["col members.has_key_card mix True=0.7 False=0.3"]),
    # a value as a modifier of the rows' noun, in a relative clause, with "only" / "all of them"
    ("mostly hot desk spaces please", ["col spaces.space_kind mix hot_desk=0.8 private_office=0.0667 "
                                       "meeting_room=0.0667 phone_booth=0.0667"]),
    ("40 spaces that are meeting rooms or phone booths only", ["rows spaces 40",
                                                              "col spaces.space_kind mix meeting_room=0.5 phone_booth=0.5"]),
    ("members, all of them corporate or full time", ["col members.plan mix corporate=0.5 full_time=0.5"]),
    # a missing value said of a column, in any order
    ("members: 200, a quarter with no email, phone missing for 5%", ["rows members 200", "col members.email nulls 0.25",
                                                                     "col members.phone nulls 0.05"]),
    ("no booking has an end time yet", ["col bookings.ends_at nulls 1"]),
    ("bookings are all open-ended", ["col bookings.ends_at nulls 1"]),
    ("bookings with no duration for 10%", ["col bookings.duration_min nulls 0.1"]),
    ("email address unknown for a third of the members", ["col members.email nulls 0.3333"]),
])
def test_state_said_in_a_clause(text: str, lines: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, (text, got)


def test_a_value_no_column_holds_is_quoted(schema: Schema) -> None:
    """ "in waitlisted status": the status column cannot hold it, and that is said, as an error or (since session
    17, ``scope.unheld``) a warning quoting the word with nothing applied (not 'create' of "put")."""
    try:
        res = resolve(parse("put 10% of bookings in waitlisted status", schema), schema)
    except ScopeError as exc:
        assert "waitlisted" in exc.message
        return
    assert any("waitlisted" in w for w in res.warnings), res.warnings
    assert not any(k.startswith("col ") for k in options_brief(res.options)), options_brief(res.options)


@pytest.mark.parametrize("text, word", [
    ("one in three spaces has a balcony", "balcony"),
    ("2 in 10 members are vegans", "vegans"),
])
def test_a_state_the_schema_does_not_explain_is_quoted_back(text: str, word: str, schema: Schema) -> None:
    """No column says it: the whole clause is quoted back, never an error about the rows' name read as a value."""
    res = resolve(parse(text, schema), schema)
    assert any(word in w for w in res.warnings), res.warnings
    assert not any(k.startswith("col ") for k in options_brief(res.options))


def test_the_reading_is_shown(schema: Schema) -> None:
    scope = parse("two in five spaces have a window, the rest don't", schema)
    lines = explain_lines(explain(scope, resolve(scope, schema)))
    assert any("read as" in line and "40% window" in line for line in lines), lines


def test_a_clause_read_as_typed_is_kept(schema: Schema) -> None:
    """A clause the rules already read is not rewritten (no reading shown for it)."""
    scope = parse("half the bookings cancelled", schema)
    assert not scope.read_as
    assert "col bookings.status mix cancelled=0.5" in " ".join(options_brief(resolve(scope, schema).options))
