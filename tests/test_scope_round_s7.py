"""Brief s7 (issue 11, the lead's set 11): classes of phrasing that were warned about and not read, on a
schema made up here (a rowing club: crews, rowers, outings, fees). No database.

- a value for all the rows just counted said "every one of them" ("60 outings, every one of them
  cancelled"): all of them (was: "each" before a value, quoted); before a count it stays a fan-out.
- a share of people said as people ("70% women", "mostly men"): the value of their sex, also a one-letter
  code (was: an error, no table holds "women").
- a value (then maybe its column) said before the table, with "only" ("novice grade rowers only", "only
  weekly fees"; an adjective in -ly or "annual" for its value): every row has it (was: the table selected, the
  value quoted).
- countries joined by "and" / "or" after "from" / "in" ("rowers from Norway and Denmark"): the country
  column evenly over them, names from the default locales (was: the first country only, the rest quoted).
- a value alone after a share, said with "still" / "i.e." ("a fifth of the fees unsettled, still due"): the
  same share of that value (was: quoted); without such a word it is not read ("..., due": quoted).
- "no" (or a number) before a number column ("rowers with no medals", "with 2 medals"): that value
  (was: quoted, or a count of a table "medals"); before a text column it is not read here.
- a range of percents with "between ... and" / "from ... to" ("sponsors giving between 5 and 15 percent
  off"): a range of the column (was: "15% off", a share of a value "off", an error).
- rows for a share of another table's rows ("fees for a tenth of rowers"): that share of the parents'
  count, for a table that refers to the parent (was: quoted).
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import col, options_brief, table

ID = col("id", "integer", null=False)
CLUB = Schema(tables=(
    table("crews", ID, col("name", null=False)),
    table("rowers", ID, col("crew_id", "integer", null=False), col("gender", "char", length=1, null=False),
          col("grade", null=False), col("country", "char", length=2, null=False), col("medals", "integer", null=False),
          col("nickname"), fks=(("crew_id", "crews"),),
          checks=("gender IN ('F', 'M', 'X')", "grade IN ('novice', 'senior', 'masters')")),
    table("outings", ID, col("crew_id", "integer", null=False), col("state", null=False),
          col("rowed_at", "timestamptz", null=False), fks=(("crew_id", "crews"),),
          checks=("state IN ('planned', 'rowed', 'cancelled')",)),
    table("fees", ID, col("rower_id", "integer", null=False), col("period", null=False), col("standing", null=False),
          col("settled_at", "timestamptz"), fks=(("rower_id", "rowers"),),
          checks=("period IN ('week', 'month', 'season', 'year')", "standing IN ('due', 'settled', 'waived')")),
    table("sponsors", ID, col("name", null=False), col("percent_off", "integer", null=False)),
))


def read(text: str) -> tuple[list[str], tuple[str, ...]]:
    res = resolve(parse(text, CLUB), CLUB)
    return options_brief(res.options), res.warnings


@pytest.mark.parametrize("text", ["60 outings, every one of them cancelled", "60 outings, each one of them cancelled",
                                  "60 outings, every single one of them is cancelled"])
def test_every_one_of_them_value(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings and "rows outings 60" in opts and "col outings.state mix cancelled=1" in opts


def test_every_one_of_them_before_a_count_stays_a_fanout() -> None:
    opts, warnings = read("10 crews, every one of them with 4 outings")
    assert not warnings and "fk outings.crew_id fanout 4-4" in opts


@pytest.mark.parametrize(("text", "want"), [("80 rowers, 70% women", "col rowers.gender mix F=0.7"),
                                            ("rowers mostly men", "col rowers.gender mix M=0.8"),
                                            ("rowers: half of them girls", "col rowers.gender mix F=0.5")])
def test_people_as_values(text: str, want: str) -> None:
    opts, warnings = read(text)
    assert not warnings and any(o.startswith(want) for o in opts), (opts, warnings)


@pytest.mark.parametrize(("text", "want"), [("novice grade rowers only", "col rowers.grade mix novice=1"),
                                            ("only masters rowers", "col rowers.grade mix masters=1"),
                                            ("weekly fees only", "col fees.period mix week=1"),
                                            ("only monthly fees", "col fees.period mix month=1"),
                                            ("annual fees only", "col fees.period mix year=1")])
def test_value_before_table_only(text: str, want: str) -> None:
    opts, warnings = read(text)
    assert not warnings and want in opts, (opts, warnings)


def test_table_only_still_selects() -> None:
    opts, warnings = read("rowers only")
    assert not warnings and opts == ["tables rowers"]


@pytest.mark.parametrize(("text", "want"), [("rowers from Norway and Denmark", "col rowers.country mix NO=0.5 DK=0.5"),
                                            ("rowers in Germany or Austria", "col rowers.country mix DE=0.5 AT=0.5")])
def test_countries_joined(text: str, want: str) -> None:
    opts, warnings = read(text)
    assert not warnings and want in opts and not any(o.startswith("locale") for o in opts), (opts, warnings)


def test_one_country_keeps_its_locale() -> None:
    opts, warnings = read("rowers from Norway")
    assert "col rowers.country mix NO=1" in opts and any(o.startswith("locale ") for o in opts), (opts, warnings)


@pytest.mark.parametrize("text", ["a fifth of the fees unsettled, still due", "a fifth of the fees unsettled, i.e. due"])
def test_restated_value(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings and any(o.startswith("col fees.standing mix due=0.2") for o in opts), (opts, warnings)


def test_lone_value_without_a_restating_word_is_quoted() -> None:
    opts, warnings = read("a fifth of the fees unsettled, due")
    assert warnings and not any("standing" in o for o in opts)


@pytest.mark.parametrize(("text", "want"), [("rowers with no medals", "col rowers.medals range 0..0"),
                                            ("rowers with zero medals", "col rowers.medals range 0..0"),
                                            ("rowers with 2 medals", "col rowers.medals range 2..2")])
def test_number_column_value(text: str, want: str) -> None:
    opts, warnings = read(text)
    assert not warnings and want in opts, (opts, warnings)


def test_no_before_a_text_column_is_no_number() -> None:
    opts, _ = read("rowers with no nickname")
    assert not any("range" in o for o in opts)


@pytest.mark.parametrize("text", ["sponsors giving between 5 and 15 percent off", "sponsors with from 5% to 15% off"])
def test_percent_range(text: str) -> None:
    opts, warnings = read(text)
    assert not warnings and "col sponsors.percent_off range 5..15" in opts, (opts, warnings)


def test_rows_for_a_share_of_parents() -> None:
    opts, warnings = read("300 rowers, fees for a tenth of rowers")
    assert not warnings and "rows fees 30" in opts, (opts, warnings)


def test_rows_for_a_share_of_an_unrelated_table_is_not_a_ratio() -> None:
    opts, warnings = read("sponsors for a tenth of crews")
    assert warnings and not any(o.startswith("rows sponsors") for o in opts)
