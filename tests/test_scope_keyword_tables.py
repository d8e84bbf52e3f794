"""Tables named by a word the scope language keeps for itself, or by a value some column holds (issue 11).

A lab's ``samples`` and ``tests``, a records office's ``records``, an insurer's ``agents`` beside a channel
that may be 'agent': each was misread (silently: "3 tests per sample" as 3 tests in all, "300 records" as 300
rows in every table) or not placed ("200-300 agents"). Schemas made up here; each reading once, one on the data.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed.model import Schema
from tests.test_scope import brief, schema_of
from tests.test_scope_e2e import counts, one, scoped

LAB = """
CREATE TABLE patients (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE samples (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients,
                      collected_at timestamptz NOT NULL, volume_ml numeric(6,2));
CREATE TABLE tests (id serial PRIMARY KEY, sample_id int NOT NULL REFERENCES samples, result numeric(8,3),
                    status text NOT NULL CHECK (status IN ('pending', 'done', 'failed')));
CREATE TABLE records (id serial PRIMARY KEY, patient_id int REFERENCES patients, value numeric(8,2));
CREATE TABLE agents (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE claims (id serial PRIMARY KEY, agent_id int REFERENCES agents,
                     channel text NOT NULL CHECK (channel IN ('phone', 'web', 'agent')));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, LAB)


@pytest.mark.parametrize(("text", "lines"), [
    ("3 tests per sample", ["fk tests.sample_id fanout 3-3"]),
    ("each sample has 2-4 tests", ["fk tests.sample_id fanout 2-4"]),
    ("3 tests for each sample", ["fk tests.sample_id fanout 3-3"]),
    ("100 samples with 1 to 5 tests each", ["rows samples 100", "fk tests.sample_id fanout 1-5"]),
    ("test data: 50 patients", ["rows patients 50"]),  # a word about the request stays one
    ("50 patients, 2 samples each, sample data please", ["rows patients 50", "rows samples 100",  # (the count implied: s33)
                                                         "fk samples.patient_id fanout 2-2"]),
    ("300 records", ["rows records 300"]),  # the table, not 300 rows everywhere
    ("200-300 agents", ["rows agents 250"]),  # the table, though a channel may be 'agent'
    ("between two and three hundred agents", ["rows agents 250"]),
    ("agents: 40", ["rows agents 40"]),
])
def test_reading(text: str, lines: list[str], schema: Schema) -> None:
    assert brief(text, schema) == lines


def test_rows_everywhere_without_such_a_table(schema: Schema) -> None:
    from seedbed.model import Schema as S
    plain = S(tables=tuple(t for t in schema.tables if t.name.name not in ("records",)))
    assert brief("300 records", plain) == ["rows * 300"]


def test_on_the_data(module_dsn: str, schema: Schema) -> None:
    scoped(module_dsn, "20 samples, 3 tests per sample, 300 records")
    with psycopg.connect(module_dsn) as db:
        assert counts(db, "samples", "records")["samples"] == 20
        assert one(db, "SELECT count(*) FROM records")[0] == 300
        assert one(db, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM tests GROUP BY sample_id) t") == (3, 3)
