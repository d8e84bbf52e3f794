"""Scope classes of brief s6 (session 6), found on the lead's set 10 and tested on a schema no phrase
file was written for (a music school): a bound after a fan-out, a negated place, a relative clause whose
verb names a column (with unit words), the values of a numeric column said with its plural noun, a
participle after a fan-out, a value said as the person it makes ("violinists"), "among X" naming the
table, "for the most part", a hedge before a number ("say 5%"), values before their column's noun, a
currency's name, "X that V: none", "all rated X" after a count. No database.
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.inflect import practitioners
from seedbed.scope.sayings import everyday, joined_clause, relative_verbs
from tests.test_scope import col, options_brief, table

ID = col("id", "integer", null=False)
MUSIC = Schema(tables=(
    table("teachers", ID, col("full_name", null=False), col("discipline", null=False),
          checks=("discipline IN ('violin', 'percussion', 'theory', 'acoustics')",)),
    table("halls", ID, col("name", null=False), col("seats", "integer", null=False)),
    table("pupils", ID, col("full_name", null=False), col("grade_level", "integer", null=False),
          col("country", null=False), col("tier", null=False), col("joined_at", "timestamptz", null=False),
          checks=("grade_level BETWEEN 1 AND 8", "tier IN ('novice', 'regular', 'master')")),
    table("lessons", ID, col("teacher_id", "integer", null=False), col("pupil_id", "integer", null=False),
          col("status", null=False), col("price", "numeric", precision=8, scale=2, null=False),
          col("currency", null=False), col("tempo", null=False), col("practice_points", "integer"),
          fks=(("teacher_id", "teachers"), ("pupil_id", "pupils")),
          checks=("status IN ('held', 'missed', 'cancelled')", "currency IN ('USD', 'EUR', 'GBP')",
                  "tempo IN ('slow', 'medium', 'fast')")),
))


def lines(text: str) -> list[str]:
    res = resolve(parse(text, MUSIC), MUSIC)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("text", "fanout"), [("about two lessons per pupil, never more than five", "0-5"),
                                              ("3 lessons per pupil, at least 2", "2-4"),
                                              ("roughly one lesson per pupil, but at most 3", "0-3")])
def test_a_bound_after_a_fanout_bounds_it(text: str, fanout: str) -> None:
    assert f"fk lessons.pupil_id fanout {fanout}" in lines(text)


def test_a_bound_after_a_fanout_keeps_the_average() -> None:
    assert joined_clause("2 lessons per pupil", "at most 5") == ("0-5 lessons per pupil", None)
    assert joined_clause("2 lessons per pupil", "at most 1") is None  # a bound under the average: read alone


@pytest.mark.parametrize("text", ["no pupils outside France", "no pupils based outside of France"])
def test_no_rows_outside_a_place_is_all_in_it(text: str) -> None:
    assert "col pupils.country mix FR=1" in lines(text)


@pytest.mark.parametrize("text", ["lessons that cost less than 40 bucks", "lessons which cost under 40 dollars"])
def test_a_relative_clause_verb_names_its_column(text: str) -> None:
    assert "col lessons.price range -..40" in lines(text)


def test_a_relative_clause_verb_with_persons_counted() -> None:
    assert "col halls.seats range 200..-" in lines("halls that hold at least 200 people")
    assert relative_verbs("rooms that hold at least 5") == "rooms holding at least 5"
    assert relative_verbs("users that have 3 orders") == "users that have 3 orders"  # a fan-out's "that have" stays


@pytest.mark.parametrize("text", ["no lesson is worth more than 12 practice points",
                                  "lessons with at most 12 practice points"])
def test_a_bound_before_a_column_of_several_words(text: str) -> None:
    assert "col lessons.practice_points range -..12" in lines(text)


@pytest.mark.parametrize("text", ["pupils in grades 2 and 3 only", "pupils in grade 2 to 3"])
def test_values_of_a_numeric_column_said_with_its_noun(text: str) -> None:
    assert "col pupils.grade_level range 2..3" in lines(text)


def test_a_participle_after_a_fanout_says_nothing_more() -> None:
    assert "fk lessons.pupil_id fanout 3-8" in lines("give every pupil 3 to 8 lessons booked")


@pytest.mark.parametrize("text", ["40 teachers, all violinists", "40 teachers, every one a violinist"])
def test_a_value_said_as_the_person_it_makes(text: str) -> None:
    assert {"rows teachers 40", "col teachers.discipline mix violin=1"} <= set(lines(text))


def test_practitioners_of_a_field() -> None:
    assert "acousticians" in practitioners("acoustics") and "theorist" in practitioners("theory")
    assert "percussionists" in practitioners("percussion") and "practitioner" in practitioners("practice")
    assert {
        "col teachers.discipline mix theory=0.5 acoustics=0.5"} <= set(lines("teachers: 50% theorists, 50% acousticians"))


def test_a_share_among_a_table_said_last() -> None:
    assert "col lessons.status mix cancelled=0.2" in " ".join(lines("about twenty percent cancelled among lessons"))


def test_for_the_most_part_is_mostly() -> None:
    assert any(line.startswith("col lessons.currency mix EUR=0.8") for line in lines("lessons paid in euros for the most part"))


def test_a_rare_value_with_a_hedged_share() -> None:
    assert any(line.startswith("col pupils.tier mix master=0.05") for line in lines("masters should be rare, say 5%"))
    assert everyday("say 5%") == "5%"


def test_values_before_their_columns_noun() -> None:
    assert "col lessons.tempo mix slow=0.5 medium=0.5" in lines("only slow and medium tempo lessons")


@pytest.mark.parametrize(("text", "code"), [("lessons in pounds only", "GBP"), ("all lessons in euros", "EUR")])
def test_a_currency_said_by_its_name(text: str, code: str) -> None:
    assert f"col lessons.currency mix {code}=1" in lines(text)


def test_a_currency_name_after_an_amount_stays_a_unit() -> None:
    assert "col lessons.price range -..40" in lines("lessons under 40 euros")


@pytest.mark.parametrize("text", ["lessons that were missed: none", "lessons that missed: zero"])
def test_rows_with_a_value_then_none(text: str) -> None:
    assert any(line.startswith("col lessons.status mix missed=0 ") for line in lines(text))


@pytest.mark.parametrize("text", ["30 lessons, all marked fast", "30 lessons, all fast"])
def test_all_of_a_value_after_a_count(text: str) -> None:
    assert {"rows lessons 30", "col lessons.tempo mix fast=1"} <= set(lines(text))
