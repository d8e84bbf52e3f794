"""Brief s31 of session 14: asides, chatter and counts said with any verb, on a schema made up here (a bike-repair
co-op) in a domain unlike the tune sets' (staffing, ambulance, wind farm, agency) and the held-out one's (a choir, a
car-wash chain).

- a part is an instruction only if it carries something a plan applies: a number, a word of quantity, a word of
  the schema, a verb that leaves out, a word we cannot read, an order (a verb in its own form first). With none it
  is chatter, set aside and shown, never quoted back: brackets of any length ("(peak season)", "(gross)"), heads
  ("Structure:"), a reason said after a pronoun for the rows ("those come in from the franchise import"), an
  inflected noun first ("billing run hasn't happened yet"), "make it look messy", marks alone ("--");
- a bracket that says a column is empty after a share said in other words is read with that share ("40% still open
  (no closed time)"); a table's name alone as a heading over a clause that names it again ("Repairs:");
- a verb in its own form after a helper between a parent and a count of its children ("each repair should consume
  1 to 4 part lines");
- what names the schema, or asks for what we do not know, is still quoted back (no silent misreading).
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

COOP = """
CREATE TABLE workshops (id serial PRIMARY KEY, name text NOT NULL, city text NOT NULL, opened_on date NOT NULL);
CREATE TABLE mechanics (id serial PRIMARY KEY, workshop_id int NOT NULL REFERENCES workshops, full_name text NOT NULL,
                        day_rate numeric(7,2) NOT NULL CHECK (day_rate > 0), is_volunteer boolean NOT NULL DEFAULT false);
CREATE TABLE repairs (id serial PRIMARY KEY, workshop_id int NOT NULL REFERENCES workshops,
                      mechanic_id int REFERENCES mechanics, opened_at timestamptz NOT NULL, closed_at timestamptz,
                      kind varchar(12) NOT NULL CHECK (kind IN ('puncture', 'brakes', 'gears', 'wheel', 'frame')),
                      labour_cost numeric(8,2) NOT NULL CHECK (labour_cost >= 0));
CREATE TABLE part_lines (id serial PRIMARY KEY, repair_id int NOT NULL REFERENCES repairs, part_name text NOT NULL,
                         qty int NOT NULL CHECK (qty > 0));
"""


@pytest.fixture(scope="module")
def coop(server_dsn: str):
    yield from schemas_of(server_dsn, coop=COOP)


@pytest.mark.parametrize(("text", "lines", "aside"), [
    # brackets of any length that carry nothing a plan applies
    ("each mechanic takes 10-20 repairs (peak season)", ["fk repairs.mechanic_id fanout 10-20"], "peak season"),
    ("labour cost 20 to 90 (gross)", ["col repairs.labour_cost range 20..90"], "gross"),
    # heads, reasons, fillers
    ("Structure: 6 workshops, every workshop employs 3-8 mechanics",
     ["rows workshops 6", "fk mechanics.workshop_id fanout 3-8"], "Structure"),
    ("zero repairs please, billing run hasn't happened yet", ["rows repairs 0"], "billing run"),
    ("each repair gets 0 to 3 part lines, so make it look a bit messy", ["fk part_lines.repair_id fanout 0-3"], "messy"),
    ("a fifth of the mechanics are volunteers, those come in from the partner charity",
     ["col mechanics.is_volunteer mix True=0.2"], "partner charity"),
    ("-- mechanics: day rate 80 to 200", ["col mechanics.day_rate range 80..200"], None),
    # a bracket saying a column is empty, read with the share before it
    ("300 repairs, 40% still waiting (no closed time)", ["rows repairs 300", "col repairs.closed_at nulls 0.4"], None),
    # a table's name alone as a heading over a clause that names it again
    ("Repairs:\n300 repairs, 10% frame", ["rows repairs 300", "col repairs.kind mix frame=0.1"], "Repairs"),
    # a verb in its own form after a helper between a parent and its children's count
    ("each repair should consume 1 to 4 part lines", ["fk part_lines.repair_id fanout 1-4"], None),
    ("every workshop will host 2 to 6 mechanics", ["fk mechanics.workshop_id fanout 2-6"], None),
])
def test_chatter_is_set_aside(text: str, lines: list[str], aside: str | None, coop) -> None:
    schema = coop["coop"]
    got = brief(text, schema)
    assert all(any(set(line.split()) <= set(g.split()) for g in got) for line in lines), got
    if aside is not None:
        scope = parse(text, schema)
        assert any(aside.lower() in a.lower() for a in scope.aside), scope.aside


@pytest.mark.parametrize(("text", "quoted"), [
    ("40 workshops (the frame specialists)", "frame"),  # names a value: never dropped
    ("200 repairs (mostly walk-ins)", "walk-ins"),  # a word of quantity: an instruction, its value unknown
    ("each repair should lose 1 to 4 part lines", "lose"),  # a verb that takes away
    ("each repair should blorp 1 to 4 part lines", "blorp"),  # a word we cannot read
    ("300 repairs, those are premium", "premium"),  # a value said of the rows: no sentence of its own
    ("300 repairs, shiny", "shiny"),  # a part with no verb describes the rows
    ("300 repairs opened in 2024 and painted blue", "painted blue"),  # a participle goes on about them
    ("run the migrations first, then 20 workshops", "migrations"),  # an order seedbed does not carry out
    ("20 workshops, we also need vans", "vans"),  # asks for something unknown
])
def test_what_names_the_schema_or_asks_is_still_quoted(text: str, quoted: str, coop) -> None:
    schema = coop["coop"]
    try:
        said = resolve(parse(text, schema), schema).warnings
    except ScopeError as e:  # an error that quotes it is as good
        said = (str(e),)
    assert any(quoted in w.lower() for w in said), said
