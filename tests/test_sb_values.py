"""Brief sb of session 17: values said in the business's words, and words that are no value, on a schema made up
here (a community tool library) in a domain unlike the tune sets' and the held-out set's (narrowboat hire, parking
enforcement: tests/data/scope_heldout28_sb.txt).

- a value said in full words for a clipped code (``labelspell``): the label of one part several words clip in turn
  ("in repair": ``INRPR``, "written off": ``WOFF``, "on hold": ``ONHLD``), a share a linking word away ("30% still
  out"), the rest's share ("the rest returned"), the most specific of several labels ("repaired": 'RPRD' beside
  'RPR'), a conventional clip ("cancelled": ``CXL``);
- "<value> on N%" read as the value's share (``plainer.on_share``), never "on" as the value;
- a word no column holds, read as a value of a column the reader chose, is quoted back and the rest applies
  (``unheld``): never "<table>.<column> cannot hold 'each'"; "the rest whatever" leaves the rest to any value, and
  "A and B at 25% each" is 25% of each (``plainer.each_share``);
- a scale of 'L', 'M', 'H' is low, medium and high whatever its column's name; a flag is said by a clip of its word
  ("85% active": ``is_actv``); a value's column by a word its name clips ("condition poor": ``cond_cd``).
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from seedbed.scope.labelspell import _chunked, _most_specific, said_labels
from seedbed.scope.plainer import each_share, on_share, rest_anyone
from tests.test_scope import options_brief, schema_of

TOOLS = """
CREATE TABLE tl (tl_id serial PRIMARY KEY, tl_nm text NOT NULL,
                 tl_cond varchar(4) NOT NULL CHECK (tl_cond IN ('GOOD', 'WORN', 'RPR', 'RPRD', 'RTRD')),
                 tl_stat varchar(5) NOT NULL CHECK (tl_stat IN ('AVL', 'ONHLD', 'INRPR', 'LOST')),
                 risk_rtg char(1) NOT NULL CHECK (risk_rtg IN ('L', 'M', 'H')));
CREATE TABLE mbr (mbr_id serial PRIMARY KEY, full_nm text NOT NULL,
                  tier varchar(4) NOT NULL CHECK (tier IN ('STD', 'CONC', 'SPNS')),
                  is_actv boolean NOT NULL DEFAULT true);
CREATE TABLE loan (ln_id serial PRIMARY KEY, tl_id int NOT NULL REFERENCES tl, mbr_id int NOT NULL REFERENCES mbr,
                 out_dt date NOT NULL, dep_amt numeric(6,2),
                 ln_stat varchar(5) NOT NULL CHECK (ln_stat IN ('OUT', 'RTND', 'OVRD', 'WOFF', 'CXL')));
"""


@pytest.fixture(scope="module")
def tools(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    yield schema_of(next(gen), TOOLS)
    next(gen, None)


def _read(text: str, schema) -> tuple[list[str], tuple[str, ...]]:
    res = resolve(parse(text, schema), schema)
    return options_brief(res.options), res.warnings


@pytest.mark.parametrize(("words", "label", "fits"), [
    ("in progress", "inprg", True), ("written off", "woff", True), ("no shows", "noshw", True),
    ("clawed back", "clawbk", True), ("on hold", "onhld", True),
    ("some experience", "some", False), ("per day", "pd", False), ("bank transfer", "banktransfer", False),
    ("any notes", "ants", False), ("waste on", "won", False), ("room temp", "rt", False),  # two letters: initials, read by ``_says`` on their own terms
])
def test_a_label_clips_several_words_in_turn(words: str, label: str, fits: bool) -> None:
    assert _chunked(words.split(), label) is fits


def test_the_most_specific_label_wins() -> None:
    assert _most_specific({"rpr", "rprd"}, frozenset()) == "rprd"
    assert _most_specific({"wd", "wvd"}, frozenset()) == "wvd"
    assert _most_specific({"chk", "chq"}, frozenset()) is None  # as specific: neither
    assert _most_specific({"chk", "chq"}, frozenset({"chq"})) == "chq"  # the clause's table holds one


def test_values_said_in_full_beside_a_share() -> None:
    labels = frozenset({"schd", "rpr", "rprd", "defrd", "inprg"})
    other = lambda w: w in {"of", "in"}  # noqa: E731
    assert said_labels("30% still scheduled", labels, other) == "30% schd"
    assert said_labels("15% under repair", labels, other) == "15% rpr"
    assert said_labels("35% repaired", labels, other) == "35% rprd"
    assert said_labels("rest% deferred", labels, other) == "rest% defrd"
    assert said_labels("10% in progress", labels, other) == "10% inprg"
    assert said_labels("still scheduled", labels, other) == "still scheduled"  # no share: a word as typed


def test_on_a_share_and_the_rest_to_anyone() -> None:
    values = lambda w: w in {"low", "poor", "steel"}  # noqa: E731
    assert on_share("severity low on 60%, medium 30%", values) == "severity low 60%, medium 30%"
    assert on_share("condition poor on 15%", values) == "condition poor 15%"
    assert on_share("steel on 85% of the boats", values) == "steel on 85% of the boats"  # "of the T": as typed
    assert on_share("notice issued on 10%", values) == "notice issued on 10%"  # no value before: as typed
    assert on_share("phone blank on 50%", values) == "phone blank on 50%"  # no value: read by ``blanks``
    assert rest_anyone("60% card, 30% cash, the rest whatever") == "60% card, 30% cash"
    assert rest_anyone("- 5% faulted\n- rest whatever") == "- 5% faulted"
    assert rest_anyone("the rest phone/web whatever") == "the rest phone/web whatever"  # values said: kept


def test_one_share_for_each_of_two_values() -> None:
    """ "pony club and group lessons at 25% each" once read 'each' as a value."""
    values = lambda w: w in {"card", "cheque", "pony club", "group"}  # noqa: E731
    assert each_share("I want pony club and group lessons at 25% each", values) == "I want lessons 25% pony club, 25% group"
    assert each_share("paid by card or cheque, 45% each", values) == "paid by 45% card, 45% cheque"
    assert each_share("users and posts with 10% each", values) == "users and posts with 10% each"  # no values


@pytest.mark.parametrize(("text", "lines"), [
    ("loans: 60% returned, 25% overdue, 10% cancelled, 5% written off",
     ["col loan.ln_stat mix RTND=0.6 OVRD=0.25 CXL=0.1 WOFF=0.05"]),
    ("tools: 50% available, 30% on hold, 20% in repair", ["col tl.tl_stat mix AVL=0.5 ONHLD=0.3 INRPR=0.2"]),
    ("tool condition good on 70%, worn on 20%, repaired on 10%", ["col tl.tl_cond mix GOOD=0.7 WORN=0.2 RPRD=0.1"]),
    ("members: 70% standard, 20% concession, the rest whatever", ["col mbr.tier mix STD=0.7 CONC=0.2 SPNS=0.1"]),
    ("tools: 50% low risk, 30% medium, 20% high", ["col tl.risk_rtg mix L=0.5 M=0.3 H=0.2"]),
    ("300 members, 85% active", ["col mbr.is_actv mix True=0.85 False=0.15"]),
])
def test_values_said_in_the_business_words(tools, text: str, lines: list[str]) -> None:
    got, warnings = _read(text, tools)
    assert not warnings, warnings
    for line in lines:
        assert line in got, got


def test_a_word_no_column_holds_is_quoted_and_the_rest_applies(tools) -> None:
    """ "20% each" once ended the request with "tl.tl_stat cannot hold 'each'"."""
    got, warnings = _read("200 tools: 50% available, 20% each", tools)
    assert "rows tl 200" in got and any(line.startswith("col tl.tl_stat mix AVL=0.5") for line in got), got
    assert any("'each'" in w for w in warnings), warnings


def test_a_word_alone_is_not_applied_and_says_so(tools) -> None:
    got, warnings = _read("loans 40% whenever", tools)
    assert not any(line.startswith("col ") for line in got), got
    assert any("whenever" in w for w in warnings), warnings


def test_a_value_of_a_column_named_stays_an_error(tools) -> None:
    with pytest.raises(ScopeError, match="exploded"):
        resolve(parse("loan status: 50% exploded, 50% returned", tools), tools)
