"""A table said alone before a comma heads the clause after it (issue 11): "patients, 70% male" is the
patients' share, as "patients: 70% male" is, never every table whose column holds 'male' (it was both, with
"could not place 'patients'"). Schema made up here (a clinic and a club); each reading once, one on the data.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import brief, options_brief, schema_of
from tests.test_scope_e2e import scoped, shares

CLINIC = """
CREATE TABLE patients (id serial PRIMARY KEY, name text NOT NULL, sex char(1) NOT NULL CHECK (sex IN ('M', 'F')));
CREATE TABLE members (id serial PRIMARY KEY, gender text CHECK (gender IN ('male', 'female', 'other')));
CREATE TABLE visits (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients,
                     status text NOT NULL CHECK (status IN ('booked', 'done', 'missed')));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, CLINIC)


@pytest.mark.parametrize(("text", "lines"), [
    ("patients, 70% male", ["col patients.sex mix M=0.7 F=0.3"]),
    ("members, mostly women", ["col members.gender mix female=0.8 male=0.1 other=0.1"]),
    ("visits, mostly done", ["col visits.status mix done=0.8 booked=0.1 missed=0.1"]),
    ("patients, 300 of them", ["rows patients 300"]),
])
def test_reading(text: str, lines: list[str], schema: Schema) -> None:
    assert brief(text, schema) == lines


def test_a_list_of_tables_is_not_a_head(schema: Schema) -> None:
    res = resolve(parse("patients, 20 members", schema), schema)
    assert "rows members 20" in options_brief(res.options)
    assert not any("members.gender" in line for line in options_brief(res.options))


def test_on_the_data(module_dsn: str, schema: Schema) -> None:
    scoped(module_dsn, "100 patients, 70% male")
    with psycopg.connect(module_dsn) as db:
        assert abs(shares(db, "patients", "sex")["M"] - 0.7) < 0.05
