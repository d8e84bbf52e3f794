"""The lead's scope classes of session 11 (issue 11), from the blind set written for it (an executive-search
firm), each on a schema made up here (a dog-grooming chain):

* a JSON object an agent pastes is its pairs ("dogs: 90", "appointments per dog: 1-2");
* "3/owner", "2-4 / groomer": a count per a parent written with a slash;
* "1/2 of them", "3/4 of the dogs": a fraction written with a slash is a share;
* a hedge on a per-parent count makes it an average in every word order ("each groomer has about 8
  appointments" was exactly 8; "about 8 appointments per groomer" was already 3-13).
"""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.layout import unpacked
from seedbed.scope.numbers import numbers
from tests.test_scope import brief, options_brief, schema_of

SALONS = """
CREATE TABLE salons (id serial PRIMARY KEY, town text NOT NULL);
CREATE TABLE groomers (id serial PRIMARY KEY, salon_id int NOT NULL REFERENCES salons, full_name text NOT NULL,
                       is_senior boolean NOT NULL DEFAULT false);
CREATE TABLE owners (id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE dogs (id serial PRIMARY KEY, owner_id int NOT NULL REFERENCES owners, name text NOT NULL,
                   coat text NOT NULL CHECK (coat IN ('short', 'long', 'curly', 'wire')), is_nervous boolean NOT NULL);
CREATE TABLE appointments (id bigserial PRIMARY KEY, dog_id int NOT NULL REFERENCES dogs,
                           groomer_id int NOT NULL REFERENCES groomers, starts_at timestamptz NOT NULL,
                           price numeric(8,2) NOT NULL);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, SALONS)


@pytest.mark.parametrize(("text", "lines"), [
    ('{"owners": 40, "dogs_per_owner": "1-3", "groomers": 6}',
     ["rows owners 40", "fk dogs.owner_id fanout 1-3", "rows groomers 6"]),
    ('seed this: {"salons": 3, "groomers": {"rows": 12}}', ["rows salons 3", "rows groomers 12"]),
    ("owners 20, dogs 2/owner", ["rows owners 20", "fk dogs.owner_id fanout 2-2"]),
    ("groomers 5, appointments 10-20/groomer", ["rows groomers 5", "fk appointments.groomer_id fanout 10-20"]),
    ("80 dogs, 1/4 of them nervous", ["rows dogs 80", "col dogs.is_nervous mix True=0.25 False=0.75"]),
])
def test_pasted_shapes_are_read(schema: Schema, text: str, lines: list[str]) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, (line, got)


def test_what_is_not_json_or_a_table_after_a_slash_stays_as_it_was() -> None:
    assert unpacked("ids {a, b} and {\"x\": 1") == "ids {a, b} and {\"x\": 1"
    assert numbers("visits on 3/4/2024") == "visits on 3/4/2024"
    assert numbers("3/4 of the visits") == "75% of the visits"


def test_a_slash_before_a_word_that_is_no_table_is_quoted_not_read(schema: Schema) -> None:
    res = resolve(parse("owners 20, dogs 2/week", schema), schema)
    assert not any("fanout" in line for line in options_brief(res.options))


@pytest.mark.parametrize("text", ["each groomer has about 8 appointments", "every groomer should have approximately 8 appointments",
                                  "groomers have around 8 appointments", "about 8 appointments per groomer"])
def test_a_hedged_count_per_parent_is_an_average_in_every_word_order(schema: Schema, text: str) -> None:
    got = brief(text, schema)
    fan = next(line for line in got if line.startswith("fk appointments.groomer_id fanout "))
    low, high = (int(x) for x in fan.rsplit(" ", 1)[1].split("-"))
    assert low < 8 < high, got


@pytest.mark.parametrize("text", ["each groomer has 8 appointments", "each groomer has exactly 8 appointments",
                                  "about 20 groomers, each with 8 appointments"])
def test_a_plain_count_per_parent_stays_exact(schema: Schema, text: str) -> None:
    assert "fk appointments.groomer_id fanout 8-8" in brief(text, schema)


FIRMS = """
CREATE TABLE accounts (id serial PRIMARY KEY, business_name text NOT NULL, vat_no text);
CREATE TABLE account_people (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts, full_name text NOT NULL,
                             company_name text);
CREATE TABLE bookings (id bigserial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts, booked_for date NOT NULL);
"""


@pytest.fixture(scope="module")
def firms(module_dsn: str) -> Schema:
    return schema_of(module_dsn, FIRMS)


def test_a_tables_rows_are_called_by_its_name_columns_word(firms: Schema) -> None:
    """``accounts.business_name``: "40 businesses" are 40 accounts; a person's ``company_name`` names nothing."""
    got = brief("40 businesses, 2 bookings each", firms)
    assert "rows accounts 40" in got and "fk bookings.account_id fanout 2-2" in got, got
    assert "rows accounts 12" in brief("12 businesses with 1-3 account people each", firms)
    with pytest.raises(Exception):
        resolve(parse("30 companies", firms), firms)


def test_a_slash_between_counted_tables_is_a_list(schema: Schema) -> None:
    got = brief("owners 40 / groomers 5", schema)
    assert "rows owners 40" in got and "rows groomers 5" in got, got
