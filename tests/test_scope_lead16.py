"""The lead's fixes of session 16 (issue 11), found on a blind set (27_h9) and made general here.

- A wish between "only" and the tables ("I only need the beacons and their repair jobs", "we only want to seed the
  beacons") is no table: the selection is the tables after it.
- A word read as one table by the whole-request scorer (``tablescore``) where a table is named ("we only want the
  beacons" on a schema of ``bcn``) is not quoted back as "could not place" too.
- In a per-parent slot ("40 ships, each with a mascot"), a person's word guessed as the one table of people that
  no said table is the parent, child or link of is no reading: it is quoted back (a CI failure of session 15).
The schema is synthetic: a coastal trust's beacons (clipped names) and its visitors.
"""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

BEACONS = """
CREATE TABLE bcn (bcn_id serial PRIMARY KEY, bcn_nm text NOT NULL, built_yr int NOT NULL);
CREATE TABLE rpr_job (job_id serial PRIMARY KEY, bcn_id int NOT NULL REFERENCES bcn, raised_on date NOT NULL);
CREATE TABLE visitor (vis_id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE visit (id serial PRIMARY KEY, bcn_id int NOT NULL REFERENCES bcn, vis_id int NOT NULL REFERENCES visitor);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, beacons=BEACONS)


@pytest.mark.parametrize("text", [
    "I only need the beacons and their rpr jobs",
    "only need beacons and rpr jobs",
    "we only want to seed the beacons and the rpr jobs",
])
def test_a_wish_after_only_is_no_table(schemas, text: str) -> None:
    schema = schemas["beacons"]
    res = resolve(parse(text, schema), schema)
    assert any(line.startswith("tables ") and "bcn" in line and "rpr_job" in line for line in brief(text, schema))
    assert not any("'need'" in w or "'want'" in w for w in res.warnings), res.warnings


def test_a_table_read_by_the_request_is_not_also_quoted_back(schemas) -> None:
    schema = schemas["beacons"]
    res = resolve(parse("we only want the beacons", schema), schema)
    assert not any("beacons" in w for w in res.warnings), res.warnings


def test_a_guess_no_said_table_relates_to_is_no_per_parent_reading(schemas) -> None:
    schema = schemas["beacons"]
    res = resolve(parse("20 beacons, each with a mascot", schema), schema)
    assert any("mascot" in w for w in res.warnings), res.warnings
    assert res.options.rows_per_table == {"bcn": 20}
