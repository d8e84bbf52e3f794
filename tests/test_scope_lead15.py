"""The lead's fixes of session 15 (issue 11): readings that were silent and wrong.

A word that only begins the one table it is part of names that table's owner: beside ``casework`` and ``case_note``
(notes of a case), "150 cases" are casework, never case_note; where the table refers to no table the word begins,
the reading is as before. The schemas here are synthetic: a union's casework, a surveyor's jobs.
"""

from __future__ import annotations

import pytest

from tests.test_scope import brief, schemas_of

CASEWORK = """
CREATE TABLE casework (case_id serial PRIMARY KEY, opened date NOT NULL);
CREATE TABLE case_note (note_id serial PRIMARY KEY, case_id int NOT NULL REFERENCES casework, body text);
"""
SURVEYS = """
CREATE TABLE survey_jobs (id serial PRIMARY KEY, site text NOT NULL);
CREATE TABLE job_photo (id serial PRIMARY KEY, job_id int NOT NULL REFERENCES survey_jobs, taken_at timestamptz);
CREATE TABLE job_sheet (id serial PRIMARY KEY, ref text NOT NULL);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, casework=CASEWORK, surveys=SURVEYS)


@pytest.mark.parametrize(("name", "text", "want"), [
    ("casework", "150 cases", "rows casework 150"),
    ("casework", "| thing | n |\n|---|---|\n| cases | 150 |", "rows casework 150"),
    ("casework", "40 case notes", "rows case_note 40"),
    ("surveys", "30 photos", "rows job_photo 30"),
    ("surveys", "12 jobs", "rows survey_jobs 12"),
])
def test_a_word_that_begins_a_table_names_its_owner(schemas, name: str, text: str, want: str) -> None:
    schema = schemas[name]
    assert want in brief(text, schema)
