"""Brief s38 of session 16: counts and per-parent counts said with a verb or a frame, and framing around a request,
on a schema made up here (an orchard) in a domain unlike the tune sets' and the held-out set's (a film festival).

- a share said "K out of the N" (``numbers``);
- a child said by a word that is a column's only as a key ("trees" of ``tree_id``): rows of the table the key
  names, never a range of that key (``Grounding.counts_values``);
- a second child under the parent just read ("each gets 2-4 inspections and 1-3 pickers"), a participle that places
  the children at it ("pickers based there (home orchard)") (``perparent``);
- a question before what it asks for: the one table it names heads what follows, one that names nothing is set
  aside, one that names a column is quoted back; a purpose that ends a head ("for the yield dashboard") is set aside
  only when it names an artefact (``framing``); "only" before one of the request's own words ("only testing the
  picking side") selects no table (``rules``).
"""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from tests.test_scope import brief, options_brief, schema_of

ORCHARD = """
CREATE TABLE orchards (id serial PRIMARY KEY, name text NOT NULL, region text NOT NULL CHECK (region IN ('north', 'south')));
CREATE TABLE pickers (picker_id serial PRIMARY KEY, full_name text NOT NULL,
                      crew text NOT NULL CHECK (crew IN ('day', 'night')),
                      home_orchard_id int REFERENCES orchards);
CREATE TABLE trs (tree_id serial PRIMARY KEY, orchard_id int NOT NULL REFERENCES orchards,
                  variety text NOT NULL CHECK (variety IN ('gala', 'fuji', 'braeburn')), planted_on date);
CREATE TABLE crates (crate_id serial PRIMARY KEY, tree_id int NOT NULL REFERENCES trs(tree_id),
                     picker_id int NOT NULL REFERENCES pickers, weight_kg numeric(5,1) NOT NULL,
                     grade text NOT NULL CHECK (grade IN ('premium', 'standard', 'juice')));
CREATE TABLE inspections (id serial PRIMARY KEY, orchard_id int NOT NULL REFERENCES orchards, passed boolean NOT NULL);
"""


@pytest.fixture(scope="module")
def orchard(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    yield schema_of(next(gen), ORCHARD)
    next(gen, None)


@pytest.mark.parametrize(("text", "lines"), [
    ("20 crates, 5 out of the 20 are premium", ["rows crates 20", "premium=0.25"]),
    ("every orchard holds 50 to 80 trees", ["fk trs.orchard_id fanout 50-80"]),
    ("10 orchards, each gets 2-4 inspections and 1-3 pickers",
     ["rows orchards 10", "fk inspections.orchard_id fanout 2-4", "fk pickers.home_orchard_id fanout 1-3"]),
    ("5 orchards, every orchard has 4-10 pickers based there (home orchard)",
     ["rows orchards 5", "fk pickers.home_orchard_id fanout 4-10"]),
    ("What about crates? 60% premium, 30% standard, 10% juice", ["col crates.grade mix premium=0.6 standard=0.3 juice=0.1"]),
    ("Why does this matter? 40 crates", ["rows crates 40"]),
    ("crates for the yield dashboard: 40 crates, 70% premium", ["rows crates 40", "premium=0.7"]),
    # "only" before one of the request's own words selects no table ("testing"): the list after it does
    ("we're only testing the picking side, so just pickers and crates", ["tables pickers,crates"]),
])
def test_read(orchard, text: str, lines: list[str]) -> None:
    got = brief(text, orchard)
    for line in lines:
        assert any(line in g for g in got), got


@pytest.mark.parametrize(("text", "quoted"), [
    ("What weight? 40 crates", "weight"),  # a question that names a column: quoted back, never set aside
    ("crates for the final round: 40", "round"),  # a purpose that names no artefact stays with the head
])
def test_not_set_aside(orchard, text: str, quoted: str) -> None:
    try:
        res = resolve(parse(text, orchard), orchard)
    except Exception as exc:  # an error that names the words is as good as a warning
        assert quoted in str(exc).lower()
        return
    assert any(quoted in w.lower() for w in res.warnings), (res.warnings, options_brief(res.options))
