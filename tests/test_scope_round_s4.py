"""Scope classes of brief s4 (session 6) on a schema made up here (a conference: venues, rooms, events,
talks, speakers, attendees, tickets, feedback), none of the phrase files' schemas: a count per parent
when the rows reach the parent only through another table (one chain read, several said back), a share
of a nullable column said by what the rows lack, a relative clause with a fan-out ("who each give 2 to
4 talks"), a share "from" a value, a unit "of" a noun naming its column ("years of experience"), and
counts after their nouns in a list without commas. No database.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import col, options_brief, table

ID = col("id", "integer", null=False)
CONF = Schema(tables=(
    table("venues", ID, col("name", null=False), col("city", null=False)),
    table("rooms", ID, col("venue_id", "integer", null=False), col("label", null=False), fks=(("venue_id", "venues"),)),
    table("events", ID, col("venue_id", "integer", null=False), col("title", null=False),
          col("starts_at", "timestamptz", null=False), col("price_min", "numeric", precision=8, scale=2),
          col("price_max", "numeric", precision=8, scale=2), col("status", null=False), fks=(("venue_id", "venues"),),
          checks=("status IN ('planned', 'live', 'over')",)),
    table("speakers", ID, col("full_name", null=False), col("email"), col("phone"), col("bio"),
          col("years_speaking", "integer")),
    table("talks", ID, col("event_id", "integer", null=False), col("room_id", "integer", null=False),
          col("speaker_id", "integer", null=False), col("minutes", "integer", null=False), col("host_id", "integer"),
          fks=(("event_id", "events"), ("room_id", "rooms"), ("speaker_id", "speakers"), ("host_id", "speakers"))),
    table("attendees", ID, col("full_name", null=False), col("email"), col("mobile_number"), col("company"),
          col("joined_at", "timestamptz", null=False), col("source", null=False), col("years_experience", "integer"),
          col("referral_code"),
          checks=("source IN ('newsletter', 'referral', 'ad')",)),
    table("tickets", ID, col("event_id", "integer", null=False), col("attendee_id", "integer", null=False),
          col("seat"), col("fee_waived", "bool", null=False), col("room_id", "integer"),
          fks=(("event_id", "events"), ("attendee_id", "attendees"), ("room_id", "rooms"))),
    table("feedback", ID, col("ticket_id", "integer", null=False), col("rating", "integer"), col("comment"),
          fks=(("ticket_id", "tickets"),), uniques=(("ticket_id",),)),
))


def res(text: str):
    return resolve(parse(text, CONF), CONF)


def lines(text: str) -> list[str]:
    r = res(text)
    assert not r.warnings, r.warnings
    return options_brief(r.options)


# ---- a count per parent through another table


@pytest.mark.parametrize("text", ["200 attendees, 3 feedback per attendee", "3 feedback per attendee, 200 attendees",
                                  "200 attendees with 3 feedback each"])
def test_a_count_through_one_chain_is_a_ratio_of_rows(text: str) -> None:
    got = lines(text)  # feedback -> tickets -> attendees: the one chain
    assert "rows attendees 200" in got and "rows feedback 600" in got, got
    # one feedback per ticket at most (UNIQUE): the tickets in between hold them
    assert "rows tickets 600" in got, got


def test_the_parent_count_follows_from_the_child_count() -> None:
    got = lines("600 tickets, 2 tickets per venue")
    assert "rows tickets 600" in got and "rows venues 300" in got, got


def test_a_parent_without_a_count_gets_the_one_the_ratio_was_taken_on() -> None:
    # tickets -> events -> venues, and tickets -> rooms -> venues through a nullable room_id: every
    # ticket takes the first chain, the one read
    r = res("2 tickets per venue")
    assert any("through tickets -> events -> venues" in u.meaning for u in r.understood), r.understood
    got = options_brief(r.options)
    venues = next(int(x.split()[-1]) for x in got if x.startswith("rows venues "))
    assert f"rows tickets {2 * venues}" in got and not r.warnings


def test_bounds_through_a_table_are_said_to_be_an_average() -> None:
    r = res("every attendee has 2 to 4 feedback")
    assert any(x.startswith("rows feedback ") for x in options_brief(r.options))  # read, and said to be an average
    assert any("on average" in w and "2-4" in w for w in r.warnings), r.warnings


def test_several_chains_are_said_back_never_one_picked() -> None:
    r = res("5 talks per venue")  # talks -> events -> venues and talks -> rooms -> venues
    assert any("2 ways" in w and "rooms" in w and "events" in w for w in r.warnings), r.warnings
    assert not any(x.startswith("rows talks") for x in options_brief(r.options))


def test_no_chain_at_all_is_an_error() -> None:
    with pytest.raises(ScopeError):
        res("3 venues per attendee")


# ---- a share of a nullable column said by what the rows lack


@pytest.mark.parametrize(("text", "want"), [
    ("30% of speakers without an email", ["col speakers.email nulls 0.3"]),
    ("a fifth of attendees have no mobile number", ["col attendees.mobile_number nulls 0.2"]),
    ("most events have no price range", ["col events.price_min nulls 0.8", "col events.price_max nulls 0.8"]),
    ("a third of the feedback has no rating", ["col feedback.rating nulls 0.3333"]),
    ("speakers: 40% without a bio", ["col speakers.bio nulls 0.4"]),
    ("200 attendees, half of them without a company", ["rows attendees 200", "col attendees.company nulls 0.5"]),
    ("200 attendees, 10% without a company", ["rows attendees 200", "col attendees.company nulls 0.1"]),
    ("attendees with no company: 15%", ["col attendees.company nulls 0.15"]),
    ("most feedback has no comment given", ["col feedback.comment nulls 0.8"]),
    ("no speaker should be missing an email", ["col speakers.email nulls 0"]),
    ("only a quarter of attendees have a company", ["col attendees.company nulls 0.75"]),
    ("seat left blank for 10% of tickets", ["col tickets.seat nulls 0.1"]),
    ("25% of speakers have no years of speaking", ["col speakers.years_speaking nulls 0.25"]),
    ("half the talks have no host", ["col talks.host_id nulls 0.5"]),  # a nullable reference
    ("most tickets have no room", ["col tickets.room_id nulls 0.8"]),  # named by the table it refers to
])
def test_a_share_said_by_absence_is_a_null_share(text: str, want: list[str]) -> None:
    got = lines(text)
    assert all(w in got for w in want), got


@pytest.mark.parametrize(("text", "want"), [
    ("no attendees without tickets", "fk tickets.attendee_id fanout 1-3"),  # each has one at least, never none at all
    ("no events with no talks", "fk talks.event_id fanout 1-3"),
    ("no speakers without an email", "col speakers.email nulls 0"),
    ("no talks without a host", "col talks.host_id nulls 0"),
    ("a quarter of speakers shouldn't have a phone", "col speakers.phone nulls 0.25"),
])
def test_none_without_is_each_with(text: str, want: str) -> None:
    got = lines(text)
    assert want in got and not any(x.endswith(" 0") and x.startswith("rows ") for x in got), got


def test_none_without_unrelated_or_far_children_is_never_two_zero_counts() -> None:
    assert "fk tickets.event_id fanout 1-3" in lines("no events without attendees")  # through the link, tickets
    r = res("no venues without tickets")  # tickets -> events -> venues: an average, said
    assert r.warnings and not any(x.startswith("rows ") and x.endswith(" 0") for x in options_brief(r.options))
    with pytest.raises(ScopeError):
        res("no speakers without feedback")  # no chain: an error, never no speakers at all


def test_a_flag_said_by_having_or_lacking_it_is_its_share() -> None:
    assert "col tickets.fee_waived mix True=0.25 False=0.75" in lines("a quarter of tickets with fee waived")
    got = lines("400 tickets, fee waived on a tenth of them")
    assert {"rows tickets 400", "col tickets.fee_waived mix True=0.1 False=0.9"} <= set(got), got
    assert "col attendees.company nulls 0.6" in lines("company given for 40% of attendees")
    # a value word is the value, never a column it is part of; with another column's word, that column
    assert "col attendees.referral_code nulls 0.5" in lines("half of attendees have a referral code")
    # a value word is the value, never a column it is part of
    assert any(x.startswith("col attendees.source mix referral=0.4") for x in lines("referral for 40% of attendees"))


def test_absence_of_a_required_column_is_an_error_and_of_children_a_zero_count() -> None:
    with pytest.raises(ScopeError):
        res("30% of speakers without a full name")  # NOT NULL: never another column
    assert "rows tickets 0" in options_brief(res("attendees without tickets").options)  # children: none (as before)


# ---- a relative clause with a fan-out


@pytest.mark.parametrize("text", ["10 speakers who each give 2 to 4 talks", "10 speakers who give 2-4 talks each",
                                  "10 speakers that each give between 2 and 4 talks", "10 speakers, who each give 2 to 4 talks"])
def test_a_relative_clause_with_each_is_a_fan_out_of_the_rows_counted(text: str) -> None:
    got = lines(text)
    assert "rows speakers 10" in got and "fk talks.speaker_id fanout 2-4" in got, got


def test_a_relative_clause_keeps_the_count_before_it() -> None:
    assert {"rows speakers 20", "fk talks.speaker_id fanout 5-5"} <= set(lines("20 speakers that each have 5 talks"))


def test_a_relative_clause_without_each_is_no_fan_out() -> None:
    r = res("10 speakers who give talks")
    assert not any("fanout 2-4" in x for x in options_brief(r.options))


# ---- a value a share comes from; a unit "of" a noun that names the column


@pytest.mark.parametrize("text", ["60% of attendees come from the newsletter and the rest from referrals",
                                  "attendees: 60% from newsletter, 40% from referral"])
def test_a_share_from_a_value_is_a_mix(text: str) -> None:
    assert "col attendees.source mix newsletter=0.6 referral=0.4" in lines(text)


@pytest.mark.parametrize(("text", "want"), [("attendees with 2 to 15 years of experience", "2..15"),
                                            ("attendees with at most 10 years of experience", "-..10")])
def test_a_unit_of_a_noun_names_the_column(text: str, want: str) -> None:
    assert f"col attendees.years_experience range {want}" in lines(text)


# ---- counts after their nouns in a list


@pytest.mark.parametrize("text", ["venues: 4, events: 12, tickets: 900", "venues: 4 events: 12 tickets: 900",
                                  "venues 4 events 12 tickets 900", "venues - 4, events - 12, tickets - 900",
                                  "seed venues 4 events 12 tickets 900"])
def test_counts_after_their_nouns(text: str) -> None:
    got = lines(text)
    assert {"rows venues 4", "rows events 12", "rows tickets 900"} <= set(got), got


# ---- a share "are in" a value; "an average of N" before a per-parent count


def test_a_share_that_is_in_a_value_and_an_average_of() -> None:
    assert any(x.startswith("col events.status mix live=0.8 ") for x in lines("80% of events are still in live"))
    assert "fk tickets.event_id fanout 2-6" in lines("an average of 4 tickets per event")


def test_a_value_named_like_a_table_after_its_preposition_stays_a_value() -> None:
    # "feedback" is a table; here it is no value, so a made-up status: talks in review or in feedback
    schema = Schema(tables=(*CONF.tables[:4], table("talks", ID, col("event_id", "integer", null=False),
                                                        col("stage", null=False), fks=(("event_id", "events"),),
                                                        checks=("stage IN ('draft', 'review', 'feedback')",)),
                            *CONF.tables[5:]))
    r = resolve(parse("talks: 80% in review, the rest in feedback", schema), schema)
    assert not r.warnings and "col talks.stage mix review=0.8 feedback=0.2" in options_brief(r.options)
