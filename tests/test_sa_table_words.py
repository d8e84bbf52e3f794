"""Brief sa of session 17 (issue 11): tables named by the business's words on schemas whose names are clipped.

Four kinds of evidence, each told in the reading and each refused where it is weak: a long word in no dictionary read
as the one common noun it is a slip for ("comittees" -> ``comm``, ``scope/wordslips.py``); a clip that is the word's
own first letters before one that keeps its letters here and there (``vend`` before ``rent_vdr``); a count of a value
of one table's kind column as that table's rows, all of that kind ("12 sopranos", ``scope/valuerows.py``); the one
table of a narrow kind of thing a word is ("30 pets": the one table of animals); and a clipped table
name read as the worker's or the customer's word it spells (``stdnt`` students, ``instr`` instructors) for the
everyday words of people ("customers", "employees"). The schemas are synthetic: a freight yard with its committees,
a market, a choir, an animal rescue and a driving school.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from seedbed.scope.wordslips import meant_noun
from tests.test_scope import options_brief, schemas_of

FREIGHT = """
CREATE TABLE comm (comm_id serial PRIMARY KEY, comm_nm text NOT NULL, formed_on date);
CREATE TABLE yrd (yrd_id serial PRIMARY KEY, yrd_nm text NOT NULL, city text);
CREATE TABLE shpmt (shpmt_id serial PRIMARY KEY, yrd_id int NOT NULL REFERENCES yrd, booked_on date NOT NULL,
                    wt_kg numeric(8,1) NOT NULL);
"""
MARKET = """
CREATE TABLE vend (vend_id serial PRIMARY KEY, vend_nm text NOT NULL, email text, phone text);
CREATE TABLE rent_vdr (rv_id serial PRIMARY KEY, pitch_no int NOT NULL, rent_amt numeric(8,2) NOT NULL);
"""
CHOIR = """
CREATE TABLE sngr (sngr_id serial PRIMARY KEY, full_nm text NOT NULL,
                   voice text NOT NULL CHECK (voice IN ('soprano', 'alto', 'tenor', 'bass')));
CREATE TABLE rehearsal (reh_id serial PRIMARY KEY, held_on date NOT NULL,
                        reh_stat text NOT NULL CHECK (reh_stat IN ('planned', 'held', 'paid')));
"""
RESCUE = """
CREATE TABLE rabbit (rabbit_id serial PRIMARY KEY, rabbit_nm text NOT NULL, breed text, dob date);
CREATE TABLE adopter (adopter_id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE adoption (adoption_id serial PRIMARY KEY, rabbit_id int NOT NULL REFERENCES rabbit,
                       adopter_id int NOT NULL REFERENCES adopter, adopted_on date NOT NULL);
"""
RESCUE2 = RESCUE + """
CREATE TABLE hamster (hamster_id serial PRIMARY KEY, hamster_nm text NOT NULL, dob date);
"""
DRIVING = """
CREATE TABLE instr (instr_id serial PRIMARY KEY, full_nm text NOT NULL, email text, hrly_rt numeric(6,2) NOT NULL);
CREATE TABLE stdnt (stdnt_id serial PRIMARY KEY, full_nm text NOT NULL, email text, dob date);
CREATE TABLE lsn (lsn_id serial PRIMARY KEY, instr_id int NOT NULL REFERENCES instr, stdnt_id int NOT NULL
                  REFERENCES stdnt, starts_at timestamptz NOT NULL, mins int NOT NULL CHECK (mins > 0));
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, freight=FREIGHT, market=MARKET, choir=CHOIR, rescue=RESCUE, rescue2=RESCUE2,
                          driving=DRIVING)


def _read(text: str, schema) -> tuple[list[str], tuple[str, ...], str]:
    scope = parse(text, schema)
    res = resolve(scope, schema)
    told = " ".join(how for _said, how in scope.read_as) + " " + " ".join(res.notes)
    return options_brief(res.options), res.warnings, told


@pytest.mark.parametrize(("word", "meant"), [
    ("shipmnets", "shipments"), ("supliers", "suppliers"), ("donatoins", "donations"), ("custmers", "customers"),
    ("colection", "collection"),
    ("shpis", None),  # five letters: too many neighbours to say which was meant
    ("cabels", None),  # cables or camels: two nouns one edit away, neither far more frequent
    ("shipments", None),  # a word the dictionary knows is no slip
])
def test_a_slip_is_the_one_noun_it_is_one_edit_from(word: str, meant: str | None) -> None:
    assert meant_noun(word) == meant


@pytest.mark.parametrize(("name", "text", "want", "why"), [
    # a slip of six letters or more, read as the noun meant, then as the table its clipped name is (the slip left
    # out a letter the clip keeps: "comittees" keeps no "comm")
    ("freight", "5 comittees", "rows comm 5", "'comittees' is comm"),
    # the clip that is the word's first letters leads the one keeping its letters here and there (rent_vdr)
    ("market", "30 vendors", "rows vend 30", "'vendors' is vend"),
    # the one table of animals, for a word of an animal's role
    ("rescue", "30 pets", "rows rabbit 30", "'pets' is rabbit"),
    # a clipped name read as the everyday word it spells: the one table of people served, the one of workers
    ("driving", "customers: 40", "rows stdnt 40", "'customers' is stdnt"),
    ("driving", "6 employees", "rows instr 6", "'employees' is instr"),
])
def test_a_table_said_by_the_business_word(name: str, text: str, want: str, why: str, schemas) -> None:
    lines, warnings, told = _read(text, schemas[name])
    assert want in lines, lines
    assert why in told, told
    assert not warnings, warnings


def test_a_count_of_a_kind_is_the_rows_of_that_kind(schemas) -> None:
    """"12 sopranos": 12 singers, every one a soprano (a count of one value of one table's kind column)."""
    lines, warnings, _told = _read("12 sopranos", schemas["choir"])
    assert "rows sngr 12" in lines and "col sngr.voice mix soprano=1" in lines and not warnings, (lines, warnings)


@pytest.mark.parametrize(("name", "text"), [
    ("choir", "12 paid"),  # no noun: a value, no rows
    ("rescue2", "30 pets"),  # two tables of animals: asked back
    ("freight", "40 shpis"),  # a short slip: asked back
])
def test_weak_evidence_is_no_reading(name: str, text: str, schemas) -> None:
    with pytest.raises(ScopeError):
        resolve(parse(text, schemas[name]), schemas[name])
