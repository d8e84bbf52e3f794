"""Clipped words of legacy names read as the words they clip (r45, ``seedbed.clips``)."""

from __future__ import annotations

import pytest

from seedbed.clips import clipped, expand, own_words, reading_clips, schema_words
from seedbed.generate.intent.tokens import tokens


@pytest.mark.parametrize(("token", "after", "word"), [
    ("cntct", "name", "contact"),  # the whole consonant skeleton
    ("eml", None, "email"),
    ("spcs", None, "species"),
    ("fst", "name", "first"),  # a left-out r
    ("lst", "name", "last"),  # last, list, lost tie: "last name" is the compound
    ("tmp", "c", "temperature"),  # a measure before its unit
    ("wtr", "test", "water"),
])
def test_a_clip_reads_as_its_word(token: str, after: str | None, word: str) -> None:
    assert expand(token, after=after) == word


def test_two_words_that_tie_give_nothing() -> None:
    assert expand("btch") is None  # batch, bitch, butch
    assert expand("crt", after="date") is None  # court, created


def test_words_units_and_short_tokens_are_no_clips() -> None:
    assert not clipped("sky") and not clipped("name") and not clipped("ppm") and not clipped("nm")
    assert clipped("cntct") and clipped("sys")


def test_a_doubled_letter_is_the_words() -> None:
    assert expand("prss") != "person"


def test_a_place_is_no_reading() -> None:
    assert expand("nts") is None  # not Nantes


def test_the_schemas_own_words_come_first() -> None:
    words = own_words(["frame_orders", "frame_id"])
    assert "frame" in words and "order" in words
    with schema_words(words):
        assert expand("frm") == "frame"
    assert expand("frm", own=["format"]) == "format"
    assert expand("dpt", own=["department", "deposit"]) is None  # two of its words keep its letters


@pytest.mark.parametrize(("name", "words"), [
    ("fst_nm", ("first", "name")),
    ("ownr_lst_nm", ("owner", "last", "name")),
    ("pst_cd", ("postal", "code")),  # post code, run together a postcode
    ("eml", ("email",)),
    ("cntct_nm", ("contact", "name")),
    ("tmp_min_c", ("temperature", "min", "c")),
    ("upc", ("upc",)),  # a word the rules read as it is
    ("given_name", ("given", "name")),  # words are never joined
])
def test_names_read_their_clips(name: str, words: tuple[str, ...]) -> None:
    with reading_clips():
        assert tokens(name) == words


def test_outside_a_clipped_reading_names_are_read_as_written() -> None:
    assert tokens("fst_nm") == ("fst", "name") and tokens("etd") == ("etd",)


def test_column_meaning_reads_the_expanded_words() -> None:
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain, Schema
    from tests.test_realism_units import table

    t = table("custmr", ("fst_nm", "varchar(40)"), ("lst_nm", "varchar(40)"), ("pst_cd", "varchar(10)"),
              ("eml", "varchar(80)"), ("cntct_nm", "varchar(60)"))
    kinds = {c: infer(Schema(tables=(t,)), t, t.column(c), ColumnDomain()).name
             for c in ("fst_nm", "lst_nm", "pst_cd", "eml", "cntct_nm")}
    assert kinds == {"fst_nm": "person.first_name", "lst_nm": "person.last_name", "pst_cd": "address.postal_code",
                     "eml": "internet.email", "cntct_nm": "person.full_name"}


def test_a_reading_of_the_name_as_written_is_kept() -> None:
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain, Schema
    from tests.test_realism_units import table

    t = table("rcpt_hdr", ("asn_no", "varchar(20)"))
    assert infer(Schema(tables=(t,)), t, t.column("asn_no"), ColumnDomain()).name == "id.document_number"


def test_a_plan_and_its_rows_read_clips_alike() -> None:
    from tests.test_realism_units import generate, table

    got = generate(table("custmr", ("eml", "varchar(80)"), ("fst_nm", "varchar(40)")), rows=20)
    assert all("@" in v for v in got["custmr"]["eml"] if v)


def test_one_table_of_clips_for_both_sides() -> None:
    from seedbed.generate.intent.tokens import _SYNONYMS
    from seedbed.generate.realistic.vocab import load
    from seedbed.scope.compounds import CLIPPED

    table = load("clipped")
    assert not set(table["names_only"]) & set(table["speech_only"])
    assert set(CLIPPED) == set(table["clipped"]) - set(table["names_only"])  # the scope: not 'no', 'dt'
    assert CLIPPED["dept"] == "department" and "nm" not in CLIPPED and "no" not in CLIPPED
    assert _SYNONYMS["nm"] == ("name",) and _SYNONYMS["fname"] == ("first", "name")  # names read the same table
    assert "inv" not in _SYNONYMS and "attr" not in _SYNONYMS  # speech only: an invoice or inventory; a placeholder
