"""Brief s29 of session 13: a column said by a verb or a noun it does not hold, conditions between two moments of a
row said in words, framing around a request and learners' phrasing, on a schema made up here (a bakery) in a domain
unlike the tune set's (a moving company) and the held-out sets' (a tattoo studio, a solar cooperative, a food bank,
an escape-room chain).

- a column said by the word its name abbreviates ("quantity" of ``qty``, "temperature" of ``temp``), by a noun made
  of its word ("card payment" of ``pay_kind``), or by a unit its name ends with ("kilowatts" of ``power_kw``, "cubic
  meters" of ``capacity_m3``, "degrees" of ``oven_temp_deg``; "output ... kilowatts": the one column in kW);
- a flag said rare or uncommon, with its share after a colon or a comma ("icing is rare: only 5% of orders need
  icing"); a share "in N% of cases";
- a moment said by a present verb or its WordNet synonym ("orders complete within 6 hours": ``finished_at``), "the
  same day" between two moments (at most a day, shown so), a column's first word before the verb ("deposits paid
  within 2 days of placing": ``deposit_paid_at``);
- a count of another table after a participle and a preposition ("every baker is scheduled for 5 to 15 orders");
- framing by its shape: a schema word before an artefact noun ("oven module tests"), departments as people ("legal
  wants a clean demo"), a bare "Morning!"; "must to be", "5 order exactly".
"""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from tests.test_scope import brief, options_brief, schema_of

BAKERY = """
CREATE TABLE bakers (id serial PRIMARY KEY, full_name text NOT NULL, is_trainee boolean NOT NULL DEFAULT false,
                     hired_on date NOT NULL);
CREATE TABLE ovens (id serial PRIMARY KEY, label text NOT NULL, power_kw numeric(5,1) NOT NULL,
                    capacity_m3 numeric(4,2) NOT NULL);
CREATE TABLE orders (id serial PRIMARY KEY, baker_id int NOT NULL REFERENCES bakers, oven_id int REFERENCES ovens,
                     qty int NOT NULL CHECK (qty BETWEEN 1 AND 200),
                     pay_kind varchar(10) NOT NULL CHECK (pay_kind IN ('cash', 'card', 'voucher')),
                     placed_at timestamptz NOT NULL, baked_at timestamptz, finished_at timestamptz,
                     oven_temp_deg smallint CHECK (oven_temp_deg BETWEEN 100 AND 300),
                     needs_icing boolean NOT NULL DEFAULT false, deposit_paid_at timestamptz,
                     state varchar(10) NOT NULL CHECK (state IN ('booked', 'baked', 'collected')));
"""


@pytest.fixture(scope="module")
def bakery(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    yield schema_of(next(gen), BAKERY)
    next(gen, None)


@pytest.mark.parametrize(("text", "lines"), [
    # a column said by the word its name abbreviates, a noun made of its word, a unit its name ends with
    ("orders with a quantity from 1 to 20", ["col orders.qty range 1..20"]),
    ("card payment in 60% of cases", ["col orders.pay_kind mix card=0.6"]),
    ("60% card payments", ["col orders.pay_kind mix card=0.6"]),
    ("ovens with power from 5 to 30 kilowatts", ["col ovens.power_kw range 5..30"]),
    ("oven capacity between 0.5 and 2 cubic meters", ["col ovens.capacity_m3 range 0.5..2"]),
    ("oven temp must to be between 180 and 250 degrees", ["col orders.oven_temp_deg range 180..250"]),
    # a flag said rare, its share after a colon or a comma
    ("icing is rare: only 5% of orders need icing", ["col orders.needs_icing mix True=0.05"]),
    ("trainees are uncommon, about 10% of bakers", ["col bakers.is_trainee mix True=0.1"]),
    ("only 7% of orders need icing", ["col orders.needs_icing mix True=0.07"]),
    # two moments of a row
    ("orders are baked the same day they are placed", ["within orders.baked_at <= placed_at + 24h"]),
    ("orders complete within 6 hours of being placed", ["within orders.finished_at <= placed_at + 6h"]),
    ("deposits paid within 2 days of placing", ["within orders.deposit_paid_at <= placed_at + 48h"]),
    # a count of another table after a participle and a preposition
    # ("booked" is a value here too: the count after it is of the orders, never a value of the bakers)
    ("every baker should be booked for 5 to 15 orders", ["fk orders.baker_id fanout 5-15"]),
    # framing, asides, learners' phrasing
    ("20 bakers, legal wants a clean demo", ["rows bakers 20"]),
    ("Morning! 20 bakers please", ["rows bakers 20"]),
    ("only bakers and orders, oven module tests", ["tables bakers,orders"]),
    ("Prepping the order screen demo for the investors. 30 orders.", ["rows orders 30"]),
    ("I want have 3 ovens and 40 order exactly", ["rows ovens 3", "rows orders 40"]),
])
def test_read(text: str, lines: list[str], bakery) -> None:
    got = brief(text, bakery)
    for want in lines:
        assert any(all(w in line for w in want.split()) for line in got), (want, got)


def test_unit_names_the_column(bakery) -> None:
    """A range whose words name no column is in the one column measured in the unit said ("kilowatts": power_kw); the
    word nobody explained is still quoted back."""
    res = resolve(parse("an output from 5 to 30 kilowatts", bakery), bakery)
    assert "col ovens.power_kw range 5..30" in options_brief(res.options)
    assert all("output" in w for w in res.warnings), res.warnings


def test_aside_shown(bakery) -> None:
    """A department's wish is set aside and shown as such, not dropped."""
    scope = parse("20 bakers, compliance is nervous about it", bakery)
    assert any("compliance" in a for a in scope.aside), scope.aside


@pytest.mark.parametrize("text", [
    # a word before an artefact noun is set aside only when the clause asks for nothing: a count still counts
    "30 orders for the screen demo",
])
def test_still_counted(text: str, bakery) -> None:
    assert "rows orders 30" in options_brief(resolve(parse(text, bakery), bakery).options)


def test_same_day_said(bakery) -> None:
    """"The same day" is read as at most a day between the moments, and the plan says so."""
    res = resolve(parse("orders are baked the same day they are placed", bakery), bakery)
    assert any("at most 24 hours after" in u.meaning for u in res.understood), [u.meaning for u in res.understood]


def test_verb_that_is_no_moment(bakery) -> None:
    """A present verb before "within" that names no time column is not read as one ("bakers work within ...")."""
    items = parse("bakers work within 2 days of hiring", bakery).items
    assert not any(type(i).__name__ == "Within" and i.column == "work" for i in items), items
