"""Never a silent misreading (issue 11, brief s5): classes of phrasing that were read wrong without a
word of warning, on a schema made up here (a tool library lending tools to members). No database.

- "no X without Y": every X has at least one Y (was: no X and no Y at all); said of some rows only
  ("no overdue loans without a fine"), quoted back as not applied.
- a hedge after a number or after a per-parent count ("a dozen or so", "10ish", "give or take",
  ", roughly"): an average, as "about N per X" (was: exactly N).
- a share of the rows in a time ("loans mostly from 2024"): quoted back whole (was: a mix of the
  value before "mostly" and a window on every table).
- rows (or none) only for the parents with a value ("no fines for returned loans", "fines only for
  overdue loans"): quoted back whole (was: the table emptied or every parent given the value).
- a negation no rule read ("not all loans are overdue"): nothing of its clause applied (was: the rest
  applied the other way round, only "not" quoted).
- a word of part or comparison no rule read ("more loans in December", "some members have no loans",
  "more than 2 per member"): nothing of its clause applied (was: the rest applied to every row); an
  inclusive bound left over ("at least half ...") is met by the value read, not quoted.
- a word for what a column holds where a table is named ("100 expensive tools", "members with large
  fines"): quoted (was: explained by the price / size concept and dropped).
- a value of the children in a fan-out ("every member has one open loan"): read as their value too
  (was: dropped); no table before "with" ("the oldest with 20 loans"): no parent, the words quoted.
- a rate in time left unread ("3 loans a week") and a zero count limited by words left unread or by a
  window / range / mix beside it ("no loans on weekends", "no fines in December"): nothing of the clause
  applied (was: 3 loans each in all; no loans at all; no fines and every table in December).
- a value before the table of a window or a range ("overdue loans from last year", "waived fines over
  20 dollars"): read as a value of those rows (was: dropped without a word).
- "half a million" (and a thousand, a hundred): a number (was: a million, "50%" quoted).
- "nearly all" / "almost every" at the head of a clause: a share of 95% (was: all, "nearly" quoted).
- a vague amount of children after "with" / "has" ("many", "several", "a couple of"): a range per
  parent (was: "many" dropped, 1-3 each; "a couple of orders" 2 orders in all).
- whatever a phrase leaves unread is quoted back on stderr by ``seedbed plan`` in text mode, even
  when the plan is made.
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import col, options_brief, table

ID = col("id", "integer", null=False)
LIBRARY = Schema(tables=(
    table("members", ID, col("full_name", null=False), col("joined_at", "timestamptz", null=False)),
    table("tools", ID, col("label", null=False), col("deposit", "numeric", precision=8, scale=2, null=False),
          col("condition", null=False), checks=("condition IN ('mint', 'worn', 'broken')",)),
    table("loans", ID, col("member_id", "integer", null=False), col("tool_id", "integer", null=False),
          col("state", null=False), col("lent_at", "timestamptz", null=False),
          fks=(("member_id", "members"), ("tool_id", "tools")),
          checks=("state IN ('open', 'returned', 'overdue')",)),
    table("fines", ID, col("loan_id", "integer", null=False), col("amount", "numeric", precision=8, scale=2, null=False),
          col("standing", null=False), fks=(("loan_id", "loans"),), checks=("standing IN ('due', 'settled', 'waived')",)),
))


def read(text: str) -> tuple[list[str], tuple[str, ...]]:
    res = resolve(parse(text, LIBRARY), LIBRARY)
    return options_brief(res.options), res.warnings


@pytest.mark.parametrize("text", ["no loans without fines", "there should be no loans without a fine",
                                  "not one loan without at least one fine", "no loan lacking a fine"])
def test_no_x_without_y_is_at_least_one_y_per_x(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings, warnings
    assert "fk fines.loan_id fanout 1-3" in opts
    assert not any(o.startswith("rows ") for o in opts), opts  # neither table emptied


@pytest.mark.parametrize("text", ["no overdue loans without a fine", "no loans without a discount"])
def test_no_x_without_y_of_some_rows_is_quoted_whole(text: str) -> None:
    opts, warnings = read(text)
    assert any("not applied yet" in w and "without" in w for w in warnings), warnings
    assert not any(o.startswith("rows ") or " mix " in o or o.startswith("exclude") for o in opts), opts


@pytest.mark.parametrize("text", ["a dozen or so loans per member", "12ish loans per member", "12-ish loans per member",
                                  "12 loans per member give or take", "12 loans per member, roughly",
                                  "members with 12 loans each, more or less"])
def test_a_hedge_makes_a_per_parent_count_an_average(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings, warnings
    fanout = next(o for o in opts if o.startswith("fk loans.member_id fanout"))
    low, high = map(int, fanout.rsplit(" ", 1)[1].split("-"))
    assert low < 12 < high, fanout


@pytest.mark.parametrize("text", ["300 members give or take", "members: 300 or so", "300ish members"])
def test_a_hedge_after_a_count_leaves_the_count(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings and "rows members 300" in opts, (opts, warnings)


@pytest.mark.parametrize("text", ["overdue loans mostly from 2024", "loans mainly in the summer", "loans mostly on weekends",
                                  "200 loans, mostly lent in December"])
def test_a_share_in_a_time_is_quoted_not_read_as_a_mix_and_a_window(text: str) -> None:
    opts, warnings = read(text)
    assert any("not applied yet" in w for w in warnings), warnings
    assert not any(" range " in o and ("lent_at" in o or "joined_at" in o) for o in opts), opts
    assert not any("overdue=0.8" in o for o in opts), opts


@pytest.mark.parametrize(("text", "low", "high"), [
    ("members with many loans", 5, 15), ("each member has lots of loans", 5, 15), ("members with several loans", 3, 6),
    ("members with multiple loans", 2, 4), ("tools with few loans", 0, 2), ("members with a couple of loans", 2, 2),
    ("members with a handful of loans", 3, 7)])
def test_a_vague_amount_of_children_is_per_parent_and_kept(text: str, low: int, high: int) -> None:
    """"members with many loans" were 1-3 loans each ("many" dropped) and "with a couple of loans" 2 loans in all."""
    opts, warnings = read(text)
    assert not warnings, warnings
    parent = "tool" if text.startswith("tools") else "member"
    assert f"fk loans.{parent}_id fanout {low}-{high}" in opts, opts
    assert not any(o.startswith("rows loans") for o in opts), opts


@pytest.mark.parametrize("text", ["no fines for returned loans", "fines only for overdue loans",
                                  "fines for overdue loans only", "fines from overdue or open loans"])
def test_rows_only_for_parents_with_a_value_are_quoted_whole(text: str) -> None:
    """"no fines for returned loans" emptied fines (the rest quoted), "fines for overdue loans only" made every
    loan overdue: a condition between rows, quoted back whole, no half of it applied."""
    opts, warnings = read(text)
    assert any("not applied yet" in w for w in warnings), warnings
    assert not any(o.startswith("rows ") or " mix " in o for o in opts), opts


@pytest.mark.parametrize("text", ["not every member has a loan", "not all loans are overdue", "not every loan has a fine",
                                  "200 loans, not all of them overdue"])
def test_an_unread_negation_voids_its_clause(text: str) -> None:
    """"not all loans are overdue" was every loan overdue, "not every member has a loan" one loan each: the
    negation left unread (quoted) and the rest applied the other way round. Nothing of such a clause is
    applied now; the clauses around it are."""
    opts, warnings = read(text)
    assert any("not applied yet" in w and "negation" in w for w in warnings), warnings
    assert not any(" mix " in o or " fanout " in o for o in opts), opts
    if text[0].isdigit():
        assert f"rows {text.split()[1].rstrip(',')} {text.split()[0]}" in opts, opts


@pytest.mark.parametrize(("text", "word"), [("more loans in December", "more"), ("some members have no loans", "some"),
                                            ("half the members have no loans", "50%"), ("the top 10 tools by loans", "top"),
                                            ("more than 2 loans per member", "more"), ("fewer than 3 fines per loan", "fewer")])
def test_an_unread_word_of_part_or_comparison_voids_its_clause(text: str, word: str) -> None:
    """"more loans in December" put every loan in December, "some members have no loans" emptied loans,
    "more than 2 loans per member" made it exactly 2: the word quoted, the rest applied to every row."""
    opts, warnings = read(text)
    assert any("not applied yet" in w and repr(word) in w for w in warnings), warnings
    assert not any(o.startswith("rows ") or " fanout " in o or " range " in o for o in opts), opts


@pytest.mark.parametrize(("text", "want"), [("at least half the loans overdue", "col loans.state mix overdue=0.5"),
                                            ("no more than 10% of loans overdue", "col loans.state mix overdue=0.1"),
                                            ("up to 300 members", "rows members 300")])
def test_an_inclusive_bound_left_over_is_met_by_the_value_read(text: str, want: str) -> None:
    opts, warnings = read(text)
    assert not warnings, warnings
    assert any(o.startswith(want) for o in opts), opts


@pytest.mark.parametrize(("text", "word"), [("members with expensive loans", "expensive"), ("100 expensive tools", "expensive"),
                                            ("50 big loans", "big"), ("members with large fines", "large")])
def test_a_word_for_what_a_column_holds_before_a_table_is_quoted(text: str, word: str) -> None:
    """"100 expensive tools" were 100 tools, "members with large fines" 1-3 fines each, with no word about
    "expensive" or "large": a word of a concept (price, size) explained the table's name."""
    opts, warnings = read(text)
    assert any(repr(word) in w for w in warnings), warnings


def test_a_value_before_a_table_is_still_read() -> None:
    opts, warnings = read("200 overdue loans")
    assert not warnings and "rows loans 200" in opts and any("overdue=1" in o for o in opts), (opts, warnings)


@pytest.mark.parametrize(("text", "label"), [("every member has one open loan", "open"), ("3 overdue loans per member", "overdue"),
                                             ("members with 2 returned loans each", "returned")])
def test_a_value_of_the_children_in_a_fan_out_is_read(text: str, label: str) -> None:
    """"every member has one open loan" was one loan each, "open" dropped without a word."""
    opts, warnings = read(text)
    assert not warnings, warnings
    assert any(o.startswith("fk loans.member_id fanout") for o in opts), opts
    assert f"col loans.state mix {label}=1" in opts, opts


def test_no_table_before_with_is_not_a_parent() -> None:
    """"50 members, the oldest with 20 loans": "the oldest" was taken for the parent and dropped."""
    opts, warnings = read("50 members, the oldest with 20 loans")
    assert any("oldest" in w for w in warnings), warnings
    assert "rows members 50" in opts and not any("loans" in o for o in opts), opts


@pytest.mark.parametrize("text", ["each member takes out 3 loans a week", "members borrow 2 tools per month",
                                  "5 fines daily"])
def test_a_rate_in_time_left_unread_voids_its_clause(text: str) -> None:
    """"3 loans a week" was 3 loans per member in all, the rate quoted."""
    opts, warnings = read(text)
    assert any("not applied yet" in w and "rate in time" in w for w in warnings), warnings
    assert not any(o.startswith("rows ") or " fanout " in o for o in opts), opts


@pytest.mark.parametrize("text", ["no loans on weekends", "no fines in December", "no loans by newcomers"])
def test_a_zero_count_limited_by_words_not_read_is_not_applied(text: str) -> None:
    """"no loans on weekends" emptied loans (and fines): none at all is not what was said."""
    opts, warnings = read(text)
    assert any("not applied yet" in w for w in warnings), warnings
    assert not any(o.startswith("rows ") for o in opts), opts


def test_a_zero_count_alone_is_still_read() -> None:
    opts, warnings = read("40 members, no loans")
    assert not warnings and "rows loans 0" in opts, (opts, warnings)


@pytest.mark.parametrize(("text", "want"), [
    ("overdue loans from last year", "col loans.lent_at range 2025-01-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
    ("returned loans in 2024", "col loans.lent_at range 2024-01-01T00:00:00+00:00..2025-01-01T00:00:00+00:00")])
def test_a_value_before_the_table_of_a_window_is_read(text: str, want: str) -> None:
    """"cancelled orders from last year" was every order from last year, "cancelled" dropped without a word."""
    opts, warnings = read(text)
    assert not warnings, warnings
    assert want in opts and any(o.startswith("col loans.state mix ") and "=1" in o for o in opts), opts


def test_a_value_before_the_table_of_a_range_is_read() -> None:
    """"delivered orders over 100 dollars" was every order over 100 dollars, "delivered" dropped."""
    opts, warnings = read("waived fines over 20 dollars")
    assert not warnings, warnings
    assert "col fines.amount range 20..-" in opts and "col fines.standing mix waived=1" in opts, opts


@pytest.mark.parametrize(("text", "want"), [("half a million loans", "rows loans 500000"),
                                            ("half a thousand members", "rows members 500"),
                                            ("half a hundred tools", "rows tools 50")])
def test_half_a_number_is_a_number(text: str, want: str) -> None:
    """"half a million reviews" was a million reviews, "50%" quoted back."""
    opts, warnings = read(text)
    assert not warnings and want in opts, (opts, warnings)


@pytest.mark.parametrize("text", ["nearly all loans returned", "almost every loan returned", "200 loans, nearly all of them returned",
                                  "virtually all loans returned"])
def test_nearly_all_is_a_large_share_never_all(text: str) -> None:
    """"nearly all orders delivered" was every order delivered, "nearly" quoted back."""
    opts, warnings = read(text)
    assert not warnings, warnings
    assert any(o.startswith("col loans.state mix returned=0.95") for o in opts), opts


@pytest.mark.parametrize(("text", "share"), [("exactly half the loans returned", "0.5"),
                                             ("precisely a quarter of loans overdue", "0.25")])
def test_exactly_before_a_share_is_read(text: str, share: str) -> None:
    """"exactly half the orders cancelled" was read with "exactly" quoted back (a share is exact already)."""
    opts, warnings = read(text)
    assert not warnings and any(f"={share}" in o for o in opts), (opts, warnings)
