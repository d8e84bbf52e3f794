"""A column said by what it measures (brief s8): the pure rewrites of ``seedbed.scope.measures`` as
``normalise`` applies them, and the antonyms of flags. The phrases against real schemas are in
``tests/data/scope_phrases.txt`` (``@ schema gym`` and the brief s8 block).
"""

from __future__ import annotations

import pytest

from seedbed.scope.flagwords import opposed
from seedbed.scope.lexicon import normalise
from seedbed.scope.measures import ordinal_nouns, possessives


@pytest.mark.parametrize(("text", "want"), [
    # a comparative keeps its quantity's noun, for the rules to ground against the table's columns
    ("products pricier than 50", "products price over 50"),
    ("plans cheaper than 30 a month", "plans price under 30 a month"),
    ("no more expensive than 20", "price at most 20"),
    ("members no heavier than 120", "members weight at most 120"),
    ("clubs larger than 2000", "clubs size over 2000"),
    # a unit after the number names the column itself: the bound alone, as before
    ("tasks shorter than 30 minutes", "tasks under 30 minutes"),
    ("equipment heavier than 20 kg", "equipment at least 20 kg"),
    ("clubs bigger than 2000 square metres", "clubs at least 2000 sqm"),
    # an age is a bound on the birth date ("now" is 2026-01-01); a time since is left to the time rules
    ("members older than 50", "members born before 1976"),
    ("students younger than 20 years old", "students born since 2006"),
    ("no notifications older than 30 days", "notifications in the last 30 days"),
    # "the X of every T", "every T's X": T's column X
    ("the stock of every product under 20", "product stock under 20"),
    ("keep the monthly fee of each plan below 80", "plan monthly fee below 80"),
    ("every product's stock above 5", "product stock above 5"),
    # "none of them" before a comparative: the bound of each row just counted
    ("90 products, none of them pricier than 200", "90 products, each price at most 200"),
    ("40 classes, none of them longer than 45 minutes", "40 classes, each at most 45 minutes"),
])
def test_measure_rewrites(text: str, want: str) -> None:
    assert normalise(text) == want


def test_of_every_needs_a_column_word() -> None:
    """"the rest of each order", "the number of each": no column, left as said."""
    assert possessives("the rest of each order") == "the rest of each order"
    assert possessives("the number of each user") == "the number of each user"


@pytest.mark.parametrize(("word", "flag", "want"), [
    ("indoors", "outdoor", True), ("outdoor", "indoor", True), ("deactivated", "active", True),
    ("active", "archived", True), ("archived", "active", True), ("working", "out_of_order", True),
    ("private", "public", True), ("active", "outdoor", False), ("certified", "certified", False),
])
def test_flag_antonyms_both_ways(word: str, flag: str, want: bool) -> None:
    assert opposed(word, flag) is want


def test_ordinal_nouns() -> None:
    """"mostly second years": a value of the number column named by the noun; a noun after it is the
    ordinal rules' ("first-year students": every student in year 1)."""
    assert ordinal_nouns("mostly second years", "year", "year_level") == "mostly 2 year_level"
    assert ordinal_nouns("half 3rd-years", "year", "year_level") == "half 3 year_level"
    assert ordinal_nouns("300 first-year students", "year", "year_level") == "300 first-year students"
