"""The lead's fixes of session 17 (issue 11): number columns said in the business's words, found on the tune sets
(27_h9, 26_h7) and made general here.

- "per X" beside a range is the measure's denominator ("unit cost per kg", "nightly rate per pet", "600 to 4000 per
  run"): the column is read from the words before it; words joined by "per" whose initials name a number column are
  that column ("price per gallon": ``ppg``). "per" after a table stays a fan-out ("5 to 20 per truck").
- A money noun said of a table ("vet bills", "hire charges") is the table's one amount column.
- A clipped column's type part said in the plural ("version numbers": ``ver_no``).
- A unit said after the numbers ("2 to 6 hours") is the range's unit, not a clipped column (``hrs``).
The schema is synthetic: a tool hire depot with clipped names.
"""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

DEPOT = """
CREATE TABLE truck (trk_id serial PRIMARY KEY, reg_no varchar(10) NOT NULL, ppl numeric(5,3) NOT NULL);
CREATE TABLE tool (tool_id serial PRIMARY KEY, tool_nm text NOT NULL, unit_cost numeric(9,2) NOT NULL,
                   rev_no smallint NOT NULL);
CREATE TABLE hire (hire_id serial PRIMARY KEY, tool_id int NOT NULL REFERENCES tool, hire_dt date NOT NULL,
                   hrs numeric(4,1) NOT NULL, chrg_amt numeric(8,2) NOT NULL, day_rt numeric(6,2) NOT NULL);
CREATE TABLE run (run_id serial PRIMARY KEY, trk_id int NOT NULL REFERENCES truck, drops_cnt smallint NOT NULL);
CREATE TABLE drop_pt (drop_id serial PRIMARY KEY, trk_id int NOT NULL REFERENCES truck, addr text NOT NULL);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, depot=DEPOT)


@pytest.mark.parametrize(("text", "line"), [
    ("unit cost per kg between 2 and 400", "col tool.unit_cost range 2..400"),
    ("day rate per tool between 15 and 90", "col hire.day_rt range 15..90"),
    ("price per litre between 1.2 and 1.9", "col truck.ppl range 1.2..1.9"),
    ("drops counts between 5 and 40 per outing", "col run.drops_cnt range 5..40"),
    ("hire charges between 20 and 600", "col hire.chrg_amt range 20..600"),
    ("revision numbers from 1 to 9", "col tool.rev_no range 1..9"),
    ("hire lengths 2 to 8 hours", "col hire.hrs range 2..8"),
])
def test_number_columns_in_business_words(schemas, text: str, line: str) -> None:
    assert line in brief(text, schemas["depot"])


def test_per_after_a_table_stays_a_fan_out(schemas) -> None:
    schema = schemas["depot"]
    got = brief("10 trucks, 5 to 20 drop points per truck", schema)
    assert "rows truck 10" in got and any(g.startswith("fk drop_pt.trk_id fanout 5-20") for g in got), got


def test_a_per_word_no_table_holds_is_told(schemas) -> None:
    schema = schemas["depot"]
    res = resolve(parse("unit cost per kg between 2 and 400", schema), schema)
    assert not res.warnings
    assert any("per kg" in b for _, b in parse("unit cost per kg between 2 and 400", schema).read_as)
