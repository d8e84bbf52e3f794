"""The lead's class of session 13 (issue 11): a word for any person ("people", "person") is no customer's synonym.

"50 people" on a pottery studio of ``members`` and ``instructors`` read ``members`` silently (a synonym group of
customers held "people"): a silent misreading, found on s28's held-out set. A word for anyone now names a table of
people only where one fits, and is asked back where two do.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

STUDIO = """
CREATE TABLE members (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, joined_on date NOT NULL);
CREATE TABLE instructors (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                          hourly_rate numeric(6,2) NOT NULL);
CREATE TABLE courses (id serial PRIMARY KEY, instructor_id int NOT NULL REFERENCES instructors, title text NOT NULL);
"""
CLUB = """
CREATE TABLE members (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, joined_on date NOT NULL);
CREATE TABLE courts (id serial PRIMARY KEY, court_no int NOT NULL, surface text NOT NULL);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, studio=STUDIO, club=CLUB)


@pytest.mark.parametrize("word", ["people", "person"])
def test_a_word_for_anyone_is_asked_back_where_two_tables_hold_people(word: str, schemas) -> None:
    schema = schemas["studio"]
    with pytest.raises(ScopeError) as err:
        resolve(parse(f"50 {word}", schema), schema)
    assert "instructors" in err.value.message and "members" in err.value.message


def test_a_word_for_anyone_names_the_one_table_of_people(schemas) -> None:
    schema = schemas["club"]
    assert "rows members 50" in brief("50 people", schema)
