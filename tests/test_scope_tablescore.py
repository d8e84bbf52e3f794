"""A table said by any word, anywhere (issue 11, s32): ``scope/tablescore.py`` and what it shares with ``rowscore``.

A word no name reader knows is weighed by the one scorer wherever a table is named: a heading, a markdown table, a
list ("only X, Y and Z", "except X"), not only after a count. The evidence added here: a table's naming column
(``title_name`` says its rows are titles), a clipped name kept without its vowels (``hve`` of hives), a clip said in two
words (``ap_insp`` is "apiary inspections"), the one table of people for a person's word, clipped name columns
(``fst_nm``) saying a table holds people. A column's word, a value or a verb's form is never read as a table.

The schema is synthetic: a beekeeping co-operative whose legacy names are clipped.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

BEES = """
CREATE TABLE kpr (kpr_id serial PRIMARY KEY, fst_nm text NOT NULL, lst_nm text NOT NULL, eml text,
                  joined_on date NOT NULL);
CREATE TABLE yard (yard_id serial PRIMARY KEY, kpr_id int NOT NULL REFERENCES kpr, yard_nm text NOT NULL,
                   postcode text);
CREATE TABLE hve (hve_id serial PRIMARY KEY, yard_id int NOT NULL REFERENCES yard, colony_strength smallint,
                  hve_kind text NOT NULL CHECK (hve_kind IN ('national', 'langstroth', 'warre', 'top_bar')));
CREATE TABLE ap_insp (insp_id serial PRIMARY KEY, hve_id int NOT NULL REFERENCES hve, inspected_on date NOT NULL,
                      queen_seen boolean NOT NULL DEFAULT false, varroa_count int);
CREATE TABLE prod (prod_id serial PRIMARY KEY, title_name text NOT NULL, jar_g int NOT NULL, price numeric(6,2));
CREATE TABLE harvest (harvest_id serial PRIMARY KEY, hve_id int NOT NULL REFERENCES hve, taken_on date NOT NULL,
                      kg numeric(6,2) NOT NULL);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, bees=BEES)


@pytest.mark.parametrize(("text", "want"), [
    ("## Seed request\n- **Beekeepers:** 40\n- **Hives:** 300", ["rows kpr 40", "rows hve 300"]),  # a heading's list
    ("| what | how many |\n|---|---|\n| hives | 120 |\n| yards | 15 |", ["rows hve 120", "rows yard 15"]),
    ("only beekeepers and their yards. 20 beekeepers", ["tables kpr,yard", "rows kpr 20"]),  # a list
    ("Seed everything except the apiary inspections", ["exclude ap_insp"]),  # a clip said in two words
])
def test_a_table_said_in_any_place_where_tables_are_named(text: str, want: list[str], schemas) -> None:
    lines = brief(text, schemas["bees"])
    assert all(w in lines for w in want), lines


def test_a_naming_column_says_what_its_rows_are(schemas) -> None:
    # prod's rows are named by their title_name: "titles" are prod (the word is a column's word, said for rows)
    res = resolve(scope := parse("only titles, nothing else", schemas["bees"]), schemas["bees"])
    assert res.options.tables == ("prod",)
    assert any("'titles' is prod" in note for note in res.notes), (res.notes, scope.read_as)


def test_clipped_name_columns_say_a_table_of_people() -> None:
    from seedbed.scope.rowwords import _spelled

    assert [_spelled(p) for p in ("fst", "lst", "nm", "eml", "kg")] == ["first", "last", "name", "eml", "kg"]


@pytest.mark.parametrize("text", [
    "keep queen seen on 80% of inspections, testing the varroa screen",  # a verb's form
    "kg between 5 and 40 on the harvests",  # a unit, a column's word
])
def test_a_word_that_says_something_else_is_no_table(text: str, schemas) -> None:
    schema = schemas["bees"]
    try:
        res = resolve(parse(text, schema), schema)
    except ScopeError as err:
        assert "testing" not in str(err) and "'kg'" not in str(err)
        return
    assert not any("'testing' is" in n or "'kg' is" in n for n in res.notes), res.notes
