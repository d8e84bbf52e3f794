"""Classes of phrasings the scope language reads (issue 11, brief s1 of session 5), each checked on
a small schema no phrase file uses (a library: branches, members, books, loans, fines), so a rule
tuned to one phrase of the phrase files cannot pass here by accident."""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import ID, col, options_brief, table

TIERS = ("basic", "silver", "gold", "platinum")
LIBRARY = Schema(tables=(
    table("branches", ID, col("name", null=False), col("opened_on", "date")),
    table("members", ID, col("branch_id", "integer", null=False), col("country", length=2, fixed_length=True), col("tier", "enum", enum_labels=TIERS, null=False),
          col("is_banned", "bool", null=False), col("joined_at", "timestamptz", null=False),
          fks=(("branch_id", "branches"),)),
    table("shelves", ID, col("branch_id", "integer", null=False), fks=(("branch_id", "branches"),)),
    table("books", ID, col("title", null=False), col("pages", "integer"), col("published_year", "integer"),
          col("grade", "integer", null=False), checks=("grade BETWEEN 1 AND 12",)),
    table("loans", ID, col("member_id", "integer", null=False), col("book_id", "integer", null=False),
          col("status", null=False), col("borrowed_at", "timestamptz", null=False), col("returned_at", "timestamptz"),
          fks=(("member_id", "members"), ("book_id", "books")),
          checks=("status IN ('active', 'returned', 'overdue', 'lost')",)),
    table("inventory", ID, col("book_id", "integer", null=False), col("branch_id", "integer", null=False),
          fks=(("book_id", "books"), ("branch_id", "branches"))),
    table("fines", ID, col("loan_id", "integer", null=False), col("amount", "numeric", precision=6, scale=2),
          col("issued_at", "timestamptz"), col("expires_on", "date"), col("paid_at", "timestamptz"),
          fks=(("loan_id", "loans"),)),
))


def read(text: str) -> list[str]:
    """The resolved options of ``text``; a warning fails the test (nothing may be misread silently)."""
    res = resolve(parse(text, LIBRARY), LIBRARY)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


# ----------------------------------------------------------- "each X has A and B"
@pytest.mark.parametrize("text", [
    "every branch has 2-4 shelves and a dozen members",
    "each branch should have 3 shelves and 12 members",
    "For each branch: 1 to 2 shelves and twelve members",
])
def test_each_parent_holds_for_every_child_after_and(text: str) -> None:
    got = read(text)
    assert any(line.startswith("fk members.branch_id fanout 12-12") for line in got), got
    assert not any(line.startswith("rows members") for line in got), got


def test_a_counted_parent_leaves_the_second_number_a_count() -> None:
    got = read("5 branches with 2-4 shelves and 40 members")
    assert "rows members 40" in got and "rows branches 5" in got


# ------------------------------------------------------ "the rest" over several values
@pytest.mark.parametrize(("text", "want"), [
    ("members: 10% platinum, 30% gold, the rest basic or silver", "col members.tier mix platinum=0.1 gold=0.3 basic=0.3 silver=0.3"),
    ("40% of members gold, the rest split between basic and silver", "col members.tier mix gold=0.4 basic=0.3 silver=0.3"),
    ("loans: 50% returned, the remainder divided evenly among active, overdue and lost",
     "col loans.status mix returned=0.5 active=0.1667 overdue=0.1667 lost=0.1667"),
])
def test_the_rest_over_several_values(text: str, want: str) -> None:
    assert want in read(text)


# ------------------------------------------------------------------ sets of numbers
@pytest.mark.parametrize(("text", "want"), [
    ("grades 1, 4, 8 or 12", "col books.grade mix 1=0.25 4=0.25 8=0.25 12=0.25"),
    ("books with a grade of 3 or 9 only", "col books.grade mix 3=0.5 9=0.5"),
    ("fines: 0.5, 1.25 or 2.5 amounts", "col fines.amount mix 0.5=0.3333 1.25=0.3333 2.5=0.3333"),
    ("fine amounts of 0.5, 1.25 or 2.5", "col fines.amount mix 0.5=0.3333 1.25=0.3333 2.5=0.3333"),
    ("books with 300 or 500 pages", "col books.pages mix 300=0.5 500=0.5"),
])
def test_a_set_of_numbers_is_those_values_only(text: str, want: str) -> None:
    assert want in read(text)


def test_two_numbers_with_a_gap_are_no_range() -> None:
    """"2 or 11" was read as 2..11 (every number between): two values, never a range."""
    got = read("grade 2 or 11 only")
    assert "col books.grade mix 2=0.5 11=0.5" in got and not any("range" in line for line in got)


@pytest.mark.parametrize(("text", "want"), [
    ("books: mostly 5 and 6 grades", "col books.grade mix 5=0.4 6=0.4"),
    ("half of the books grade 12", "col books.grade mix 12=0.5"),
])
def test_a_share_on_numbers_spreads_the_rest_over_the_columns_other_numbers(text: str, want: str) -> None:
    got = read(text)
    line = next(x for x in got if x.startswith(want))
    assert len(line.split()) == 3 + 12  # col, name, "mix", then 1..12: every number the CHECK allows


def test_a_share_on_numbers_of_an_unbounded_column_is_an_error() -> None:
    """The rest of "mostly 0.5 or 1.25" has no values to go to: said, not guessed."""
    from seedbed.errors import ScopeError

    with pytest.raises(ScopeError, match="leaves 20%"):
        resolve(parse("fine amounts: mostly 0.5 or 1.25", LIBRARY), LIBRARY)


# ------------------------------------------------------ a bound, a number and its unit
@pytest.mark.parametrize(("text", "want"), [
    ("books no longer than 400 pages", "col books.pages range -..400"),
    ("books shorter than 250 pages", "col books.pages range -..250"),
    ("books of at least 100 pages", "col books.pages range 100..-"),
    ("books longer than 120 pages", "col books.pages range 120..-"),
])
def test_a_bound_on_the_column_a_unit_names(text: str, want: str) -> None:
    assert want in read(text)


def test_at_most_is_no_share() -> None:
    """"at most 400 pages" holds "most": it is a bound, never 80% of the rows on 400."""
    got = read("books at most 400 pages")
    assert got == ["col books.pages range -..400"], got


# ------------------------------------------------------------ open-ended years, decades
@pytest.mark.parametrize(("text", "want"), [
    ("members who joined in 2023 or later", "col members.joined_at range 2023-01-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
    ("members joined from 2024 onwards", "col members.joined_at range 2024-01-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
    ("members joined June 2025 or after", "col members.joined_at range 2025-06-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
    ("members joined in 2020 or earlier", "col members.joined_at range -..2021-01-01T00:00:00+00:00"),
])
def test_a_year_or_later_is_open_ended(text: str, want: str) -> None:
    assert want in read(text)


@pytest.mark.parametrize(("text", "want"), [
    ("books from the 80s", "col books.published_year range 1980..1989"),
    ("books published in the 2010s", "col books.published_year range 2010..2019"),
    ("books from the '60s", "col books.published_year range 1960..1969"),
])
def test_a_decade_on_the_tables_year(text: str, want: str) -> None:
    """A table's own year column, not its other times, takes a year window said of the table."""
    assert want in read(text)


def test_a_number_before_s_is_no_decade() -> None:
    """Only "the 90s", "'90s" or four digits are decades: "30s" alone is quoted back."""
    res = resolve(parse("30s grades", LIBRARY), LIBRARY)
    assert res.warnings and not any("range" in line for line in options_brief(res.options))


# ------------------------------------------- "N of them", "each of whom", hedges, "nothing by"
@pytest.mark.parametrize("text", [
    "300 loans, with each member taking between 1 and 5 of them",
    "300 loans; every member gets 1 to 5 of them",
])
def test_each_parent_takes_some_of_the_table_counted_before(text: str) -> None:
    assert "fk loans.member_id fanout 1-5" in read(text)


def test_each_of_whom_is_every_row_said_before() -> None:
    got = read("40 members, each of whom has 2 to 6 loans")
    assert "rows members 40" in got and "fk loans.member_id fanout 2-6" in got


@pytest.mark.parametrize("text", ["loans per member: somewhere between 2 and 9", "each member has anywhere from 2 to 9 loans"])
def test_a_hedge_before_a_range_is_no_column(text: str) -> None:
    assert "fk loans.member_id fanout 2-9" in read(text)


@pytest.mark.parametrize("text", ["loans: nothing lost", "loans: none marked lost", "loans - nothing in lost"])
def test_nothing_with_a_value_is_a_zero_share(text: str) -> None:
    assert any(line.startswith("col loans.status mix lost=0") for line in read(text))


# ----------------------------------------------------------- counts of values in a count
@pytest.mark.parametrize(("text", "want"), [
    ("50 members: 5 platinum, 10 gold and the rest basic", "col members.tier mix platinum=0.1 gold=0.2 basic=0.7"),
    ("200 loans - 150 returned, 40 active and 10 lost", "col loans.status mix returned=0.75 active=0.2 lost=0.05"),
    ("40 members with 4 platinum and 8 gold", "col members.tier mix platinum=0.1 gold=0.2"),
])
def test_counts_of_values_are_their_shares_of_the_count(text: str, want: str) -> None:
    got = read(text)
    assert any(line.startswith(want) for line in got), got
    assert not any(line.startswith("rows") and "members" not in line and "loans" not in line for line in got), got


def test_counts_of_tables_stay_counts() -> None:
    got = read("20 members, 5 branches, 10 books")
    assert {"rows members 20", "rows branches 5", "rows books 10"} <= set(got)


# ------------------------------------------------- what an agent writes around a request
@pytest.mark.parametrize("text", [
    "Seed 80 members, ensuring that approximately 25% of their loans are in an 'overdue' state.",
    "80 members; make sure 25% of the loans have a status of overdue",
    "80 members and 25% of loans with status 'overdue'",
])
def test_an_agents_sentence_reads_as_the_request(text: str) -> None:
    got = read(text)
    assert "rows members 80" in got and any(line.startswith("col loans.status mix overdue=0.25") for line in got), got


def test_quoted_keys_stay_keys() -> None:
    """Quotes come off values, never off a list of keys."""
    got = read("loans for members with ids 'a1', 'b2'")
    assert any("keys a1,b2" in line for line in got), got


# ------------------------------------------------- a row's time after its parent's, said with verbs
@pytest.mark.parametrize(("text", "want"), [
    ("loans borrowed after the member joined", "after loans.borrowed_at > members"),
    ("fines issued after their loans were borrowed", "after fines.issued_at > loans"),
])
def test_a_verb_after_the_parent_is_a_time_order(text: str, want: str) -> None:
    assert want in read(text)


def test_a_verb_before_the_parent_is_said_not_applied() -> None:
    res = resolve(parse("fines issued before the loan was borrowed", LIBRARY), LIBRARY)
    assert any("not applied" in w for w in res.warnings)


# ------------------------------------------------------------------- copies of a parent
@pytest.mark.parametrize("text", ["2 to 4 copies per book", "inventory: 2 to 4 copies per book",
                                  "each book has 2-4 copies", "30 books, 2-4 copies of each"])
def test_copies_are_rows_of_the_table_that_holds_copies(text: str) -> None:
    assert "fk inventory.book_id fanout 2-4" in read(text)


# ------------------------------------------------------------ a locale for a share of rows
@pytest.mark.parametrize(("text", "share"), [("members mostly from France", 0.8), ("60% of members from Italy", 0.6),
                                             ("half of the members from Spain", 0.5)])
def test_a_locale_for_a_share_of_the_rows(text: str, share: float) -> None:
    got = read(text)
    line = next(x for x in got if x.startswith("col members.country mix "))
    first = line.split()[3]
    assert first.endswith(f"={share:g}") and len(line.split()) > 5, got


def test_a_locale_share_is_saved_and_read_back(tmp_path) -> None:
    from seedbed.scope import load_scope, save_scope

    scope = parse("members mostly from France", LIBRARY)
    save_scope(tmp_path / "seedbed.toml", scope)
    assert load_scope(tmp_path / "seedbed.toml").items == scope.items


# ------------------------------------------------ the rows just named, again ("where every X is", ", all")
@pytest.mark.parametrize(("text", "want"), [
    ("300 loans where every loan is returned within 3 weeks", "within loans.returned_at <= borrowed_at + 504h"),
    ("books, all under 300 pages", "col books.pages range -..300"),
    ("books, each of at least 50 pages", "col books.pages range 50..-"),
])
def test_the_rows_just_named_again(text: str, want: str) -> None:
    assert want in read(text)


# ---------------------------------------------- a state said by its opposite flag, adverbs of state
@pytest.mark.parametrize(("text", "want"), [
    ("all members active", "col members.is_banned mix True=0 False=1"),
    ("every member still active", "col members.is_banned mix True=0 False=1"),
    ("no active members", "col members.is_banned mix True=1 False=0"),
    ("no loans stuck in overdue", "col loans.status mix overdue=0"),
])
def test_a_state_by_its_opposite_flag(text: str, want: str) -> None:
    got = read(text)
    assert any(line.startswith(want) for line in got), got


# ------------------------------------- "no X above N", "N of them" after a reading, the rest's list
@pytest.mark.parametrize(("text", "want"), [
    ("no books over 900 pages", "col books.pages range -..900"),
    ("no fines below 0.5 dollars", "col fines.amount range 0.5..-"),
    ("members in gold or silver only, 30 of them", "rows members 30"),
    ("members: 10% platinum, remainder split among basic, silver and gold",
     "col members.tier mix platinum=0.1 basic=0.3 silver=0.3 gold=0.3"),
])
def test_bounds_counts_and_lists_after_a_reading(text: str, want: str) -> None:
    assert want in read(text)


# ------------------------------------------------ "each with roughly N": per parent, an average
@pytest.mark.parametrize(("text", "want"), [
    ("5 branches, each with roughly 30 members", "fk members.branch_id fanout"),
    ("5 branches with about 30 members each", "fk members.branch_id fanout"),
    ("5 branches, each with 30 members", "fk members.branch_id fanout 30-30"),
])
def test_each_with_a_hedged_number_is_per_parent(text: str, want: str) -> None:
    """"each with roughly 30 members" was 30 members in all (silently): per branch, about 30."""
    got = read(text)
    assert any(line.startswith(want) for line in got) and "rows members 30" not in got, got


def test_a_share_word_starts_the_next_share() -> None:
    """"mostly gold, some silver": "some" is no value of a list that "mostly" began."""
    got = read("members: mostly gold, some silver, no platinum")
    assert any(line.startswith("col members.tier mix gold=0.8 silver=0.2 platinum=0") for line in got), got


@pytest.mark.parametrize(("text", "want"), [
    ("fines expiring in 2026", "col fines.expires_on range 2026-01-01..2027-01-01"),
    ("loans borrowing in 2025", "col loans.borrowed_at range 2025-01-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
])
def test_an_ing_verb_names_the_time_column(text: str, want: str) -> None:
    assert want in read(text)


@pytest.mark.parametrize(("text", "want"), [
    ("half of the fines paid", "col fines.paid_at nulls 0.5"),
    ("fines: 30% paid", "col fines.paid_at nulls 0.7"),
    ("no unpaid fines", "col fines.paid_at nulls 0"),
    ("half of the loans returned", "col loans.status mix returned=0.5"),  # a value of the table wins
])
def test_a_moment_word_is_a_share_of_its_time_set(text: str, want: str) -> None:
    """A nullable time a row reaches or not (paid_at): "paid" is that time set, on the share said."""
    assert any(line.startswith(want) for line in read(text))
