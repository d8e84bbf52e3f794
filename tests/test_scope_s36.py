"""Brief s36 of session 16 (issue 11): a table said by the business's word, from what the table holds.

The blind sets' largest class of misses: a word for rows ("turbines", "vehicles", "subscriptions", "breakdowns")
where the table's name says it otherwise (``wtgs``, ``units``, ``sub``, ``bd``). ``scope/rowscore.py`` weighs new
evidence a person uses, each told in the reading, each weighed with the others (never a reading alone where it is
weak): an initialism whose letters are the word's initial and initials of words the request says ("hydro plants" and
"pumps": ``hpu``) or of the word's own parts ("breakdowns": ``bd``); a short table name that is the word's beginning
(``sub``); a trade's words the table's columns say ("vehicles" and ``odometer_km``, never where the table is named
by the trade's own word); and a word in a list of tables is none of the tables the list names by their own names.
The schemas are synthetic: a hydro operator, a plant workshop, a courier's depots, a newsletter.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import options_brief, schemas_of

HYDRO = """
CREATE TABLE hydro_plants (plant_id serial PRIMARY KEY, plant_name text NOT NULL, river text);
CREATE TABLE hpus (hpu_id serial PRIMARY KEY, plant_id int NOT NULL REFERENCES hydro_plants, serial_no text NOT NULL,
                   rated_kw int NOT NULL);
CREATE TABLE operators (op_id serial PRIMARY KEY, plant_id int REFERENCES hydro_plants, full_name text NOT NULL);
"""
WORKSHOP = """
CREATE TABLE machines (machine_id serial PRIMARY KEY, machine_name text NOT NULL, bought_on date);
CREATE TABLE bd (bd_id serial PRIMARY KEY, machine_id int NOT NULL REFERENCES machines, reported_at timestamptz NOT NULL,
                 fixed_at timestamptz);
CREATE TABLE opr (opr_id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE sls_inv (inv_id serial PRIMARY KEY, issued_on date NOT NULL, total numeric(10,2) NOT NULL);
"""
COURIER = """
CREATE TABLE depots (depot_id serial PRIMARY KEY, depot_name text NOT NULL);
CREATE TABLE units (unit_id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots, reg_no text NOT NULL UNIQUE,
                    odometer_km int NOT NULL CHECK (odometer_km >= 0));
CREATE TABLE drivers (driver_id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots, first_name text NOT NULL,
                      last_name text NOT NULL);
"""
NEWSLETTER = """
CREATE TABLE readers (reader_id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL);
CREATE TABLE sub (sub_id serial PRIMARY KEY, reader_id int NOT NULL REFERENCES readers, start_dt date NOT NULL,
                  auto_renew boolean NOT NULL DEFAULT true);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, hydro=HYDRO, workshop=WORKSHOP, courier=COURIER, newsletter=NEWSLETTER)


def _read(text: str, schema) -> tuple[list[str], tuple[str, ...], str]:
    scope = parse(text, schema)
    res = resolve(scope, schema)
    told = " ".join(how for _said, how in scope.read_as) + " " + " ".join(res.notes)
    return options_brief(res.options), res.warnings, told


@pytest.mark.parametrize(("name", "text", "want", "why"), [
    # an initialism: the word's initial, after initials of words the request says, one letter left unexplained
    ("hydro", "4 hydro plants, 2 to 3 pumps per plant", "fk hpus.plant_id fanout 2-3", "'pumps' is hpus"),
    # an initialism of the word's own parts, beside the table it refers to
    ("workshop", "12 machines, each with 0 to 3 breakdowns", "fk bd.machine_id fanout 0-3", "'breakdowns' is bd"),
    # a short table name that is a dictionary word and the word's beginning
    ("newsletter", "400 subscriptions", "rows sub 400", "'subscriptions' is sub"),
    # a trade's words: vehicles and an odometer, beside the depots the units refer to
    ("courier", "6 depots, each with 10 vehicles", "fk units.depot_id fanout 10-10", "'vehicles' is units"),
    # a listed word is no table the list names by its own name (depots also says vehicles' kind: an artifact)
    ("courier", "only depots, vehicles and drivers", "tables depots,units,drivers", "'vehicles' is units"),
    # a clipped name of a table of people said by a word whose first sense is no person
    ("workshop", "30 operators", "rows opr 30", "'operators' is opr"),
])
def test_a_table_said_by_the_business_word(name: str, text: str, want: str, why: str, schemas) -> None:
    lines, warnings, told = _read(text, schemas[name])
    assert want in lines, lines
    assert why in told, told  # told, never silent (the evidence, or "as read before in the request")
    assert not warnings, warnings


def test_a_word_read_as_a_table_is_not_quoted_as_unread(schemas) -> None:
    """"500 invoices" read as ``sls_inv`` (its name clipped) while resolving: no warning that says it was dropped."""
    lines, warnings, told = _read("500 invoices", schemas["workshop"])
    assert "rows sls_inv 500" in lines and not warnings, (lines, warnings)
    assert "'invoices' is sls_inv" in told


@pytest.mark.parametrize(("name", "text"), [
    ("courier", "40 vehicles"),  # a trade's words alone: too little evidence, asked back
    ("hydro", "40 pumps"),  # an initialism with nothing said for its first letter
])
def test_weak_evidence_alone_is_no_reading(name: str, text: str, schemas) -> None:
    with pytest.raises(ScopeError):
        resolve(parse(text, schemas[name]), schemas[name])
