"""Brief s37 of session 16: values and columns said in the business's words, on a schema made up here (a dog
boarding kennel) in a domain unlike the tune sets' and the held-out set's (a self-storage operator).

- a value said in full words is the label it clips, spells by initials or joins (``labelspell.said_labels``):
  "bank transfer" for ``bank_xfer``, "credit card" for ``CC``, "walk-ins" for ``walkin``, "written off" for ``wo``,
  "checks" for ``CHK``; a code of two letters from one word only beside a share ("30% small", never "some");
- a clipped column said in full words, in any order (``columnwords.said_clipped_columns``): "weekly rate" for
  ``wkly_rate``, "gallons delivered" style pairs, "deposits" for ``dep_amt`` (a type part left unsaid); a phrase two
  columns fit is left as said; every reading is told in read_as.
"""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from seedbed.scope.columnwords import clip_of, said_clipped_columns
from seedbed.scope.labelspell import said_labels
from tests.test_scope import brief, schema_of

KENNEL = """
CREATE TABLE owner (owner_id serial PRIMARY KEY, full_nm text NOT NULL, mob_no text,
                    src text CHECK (src IN ('web', 'walkin', 'vet_referral')));
CREATE TABLE dog (dog_id serial PRIMARY KEY, owner_id int NOT NULL REFERENCES owner, dog_nm text NOT NULL,
                  size_cd text NOT NULL CHECK (size_cd IN ('SM', 'MD', 'LG')), wt_kg numeric(5,1));
CREATE TABLE stay (stay_id serial PRIMARY KEY, dog_id int NOT NULL REFERENCES dog, chkin_dt date NOT NULL,
                   nightly_chg numeric(8,2) NOT NULL, dep_amt numeric(8,2) NOT NULL DEFAULT 0,
                   stay_stat text NOT NULL CHECK (stay_stat IN ('booked', 'done', 'no_show', 'wo')));
CREATE TABLE pmt (pmt_id serial PRIMARY KEY, stay_id int NOT NULL REFERENCES stay, amt numeric(8,2) NOT NULL,
                  pay_mthd text NOT NULL CHECK (pay_mthd IN ('CC', 'CHK', 'bank_xfer', 'cash')));
"""


@pytest.fixture(scope="module")
def kennel(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    yield schema_of(next(gen), KENNEL)
    next(gen, None)


@pytest.mark.parametrize(("part", "word", "how"), [
    ("wkly", "weekly", "clip"), ("rcvd", "received", "clip"), ("chk", "checks", "clip"), ("gal", "gallons", "clip"),
    ("xfer", "transfer", "clip"), ("duplicate", "dupes", "short"), ("foal", "foaled", "same"),
    ("wkly", "walks", None), ("pmt", "pm", None), ("cc", "cash", None),
])
def test_a_word_said_for_a_part(part: str, word: str, how: str | None) -> None:
    assert clip_of(part, word) == how


def test_values_said_in_full_words() -> None:
    labels = frozenset({"cc", "chk", "bank_xfer", "walkin", "wo", "sm", "md"})
    other = lambda w: w in {"payments", "of"}  # noqa: E731
    coded = frozenset({"cc", "chk", "sm", "md"})
    assert said_labels("30% by credit card", labels, other, coded=coded) == "30% by cc"
    assert said_labels("25% bank transfer", labels, other, coded=coded) == "25% bank_xfer"
    assert said_labels("checks 50%", labels, other, coded=coded) == "chk 50%"
    assert said_labels("20% walk-ins", labels, other, coded=coded) == "20% walkin"
    assert said_labels("10% written off", labels, other, coded=coded) == "10% wo"
    assert said_labels("30% small, 40% medium.", labels, other, coded=coded) == "30% sm, 40% md."
    # a two-letter code from one word only beside a share; initials never of a verb's inflection
    assert said_labels("some small dogs", labels, other, coded=coded) == "some small dogs"
    assert said_labels("customers came in", labels, other, coded=coded) == "customers came in"


def test_a_clipped_column_said_in_full_words() -> None:
    cols = (("wkly_rate", "mthly_fee", "dep_amt"), ("gal_dlvd", "gal_ordered"))
    other = lambda w: False  # noqa: E731
    assert said_clipped_columns("weekly rate 10-20", cols, other) == "wkly_rate 10-20"
    assert said_clipped_columns("the monthly fee", cols, other) == "the mthly_fee"
    assert said_clipped_columns("rate weekly", cols, other) == "wkly_rate"
    assert said_clipped_columns("deposits 0-200", cols, other) == "dep_amt 0-200"
    assert said_clipped_columns("gallons delivered", cols, other) == "gal_dlvd"
    # two columns fit "gallons": left as said
    assert said_clipped_columns("gallons 100-900", cols, other) == "gallons 100-900"


@pytest.mark.parametrize(("text", "lines"), [
    ("pmt: 50% credit card, 30% checks, 20% bank transfer",
     ["col pmt.pay_mthd mix CC=0.5", "col pmt.pay_mthd mix CHK=0.3", "col pmt.pay_mthd mix bank_xfer=0.2"]),
    ("dogs 30% small, 50% medium, 20% large",
     ["col dog.size_cd mix SM=0.3", "col dog.size_cd mix MD=0.5", "col dog.size_cd mix LG=0.2"]),
    ("nightly charge between 20 and 60", ["col stay.nightly_chg range 20..60"]),
])
def test_said_in_the_business_words(kennel, text: str, lines: list[str]) -> None:
    got = brief(text, kennel)
    for line in lines:
        assert any(all(w in g.split() for w in line.split()) for g in got), (line, got)


def test_the_reading_is_told(kennel) -> None:
    said = parse("pmt: 50% credit card, 50% cash", kennel)
    assert any("'credit card' is the value 'cc'" in r for _o, r in said.read_as), said.read_as
