"""The scope's number normaliser (issue 11): numbers as people write them become one spelling."""

from __future__ import annotations

import pytest

from seedbed.scope.lexicon import normalise
from seedbed.scope.numbers import numbers, parse_number, words_value


@pytest.mark.parametrize(("text", "want"), [
    ("a hundred and fifty products", "150 products"),
    ("one hundred fifty products", "150 products"),
    ("two thousand five hundred users", "2500 users"),
    ("one thousand and twenty-five orders", "1025 orders"),
    ("1.5k orders", "1500 orders"),
    ("2m users", "2000000 users"),
    ("3 million rows", "3000000 rows"),
    ("a dozen users", "12 users"),
    ("two dozen users", "24 users"),
    ("half a dozen categories", "6 categories"),
    ("a couple hundred products", "200 products"),
    ("a couple of users", "2 users"),
    ("two and a half thousand orders", "2500 orders"),
    ("half of them cancelled", "50% of them cancelled"),
    ("a third of the payments refunded", "33.3333% of the payments refunded"),
    ("two thirds delivered", "66.6667% delivered"),
    ("a quarter of them by card", "25% of them by card"),
    ("three quarters shipped", "75% shipped"),
    ("a fifth of them urgent", "20% of them urgent"),
    ("50 users and twice as many orders", "50 users and 2x as many orders"),
    ("three times as many orders as users", "3x as many orders as users"),
    ("half as many payments", "0.5x as many payments"),
    ("10x more orders", "10x more orders"),
    ("10 times more orders", "10x more orders"),
    ("40 users, 0 orders", "40 users, 0 orders"),
    ("at least one review and at most three", "at least 1 review and at most 3"),
    ("a few hundred users", "300 users"),
    ("several thousand orders", "5000 orders"),
    ("as many orders as users", "1x as many orders as users"),
])
def test_numbers(text: str, want: str) -> None:
    assert numbers(text) == want


@pytest.mark.parametrize("text", [
    "orders in the last quarter", "twice a week", "half an hour", "users and orders", "2 minutes",
    "between 100 and 200", "a user", "20 products in each one",
])
def test_what_is_not_a_number_stays(text: str) -> None:
    got = numbers(text)
    assert got == text or text == "between 100 and 200" and got == text


def test_a_run_is_one_number_or_none() -> None:
    # Issue 11: "a hundred and fifty" was read as 100, then "and 50" was left over.
    assert normalise("a hundred and fifty products") == "150 products"
    assert words_value("a hundred and fifty") == 150
    assert words_value("hundred and") is None
    assert words_value("a users") is None


@pytest.mark.parametrize(("text", "value"), [
    ("1,000", 1000), ("5k", 5000), ("2.5k", 2500), ("1_000", 1000), ("ten", 10), ("two hundred", 200),
    ("a hundred and fifty", 150), ("a dozen", 12), ("2M", 2_000_000), ("0", 0), ("zero", 0),
])
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_normalise_keeps_lists_and_ranges() -> None:
    assert normalise("between one and five reviews per product") == "between 1-5 reviews per product"
    assert normalise("IDs: 3, 5 and 8") == "ids 3,5,8"
    assert normalise("a hundred users and one thousand two hundred posts") == "100 users and 1200 posts"
