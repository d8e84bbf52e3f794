"""The words people use for a schema's things (brief s12, ``seedbed.scope.mentions``).

Each class on a small schema of its own (no table or column of it is in the phrase sets): a table by its
initialism, a child by a plain noun for rows under its parent, a column by a paraphrase (a concept, a
capacity said by what fits, the column's words said again around a range), the length of rows between the
moment they are called by and the one they came to be, a value after a verb. The last test seeds such a
request on PostgreSQL and looks at the rows. All failed on 4c655de (checked).
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.errors import ScopeError
from seedbed.planning.planner import PlanOptions
from seedbed.scope import parse, resolve
from seedbed.scope.combine import combine
from seedbed.scope.mentions import initialisms, names_column
from tests.test_scope import options_brief

DDL = """
CREATE TABLE request_for_quotes (id serial PRIMARY KEY, title text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE rfq_items (id serial PRIMARY KEY, request_for_quote_id int NOT NULL REFERENCES request_for_quotes,
                        qty int NOT NULL CHECK (qty > 0));
CREATE TABLE service_tickets (id serial PRIMARY KEY, opened_at timestamptz NOT NULL);
CREATE TABLE support_teams (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE depots (id serial PRIMARY KEY, city text NOT NULL, capacity_vans int NOT NULL CHECK (capacity_vans > 0),
                     staff_count int CHECK (staff_count > 0),
                     service_level text NOT NULL CHECK (service_level IN ('standard', 'express', 'same_day')));
CREATE TABLE vans (id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots,
                   fuel text NOT NULL CHECK (fuel IN ('diesel', 'electric', 'petrol')));
CREATE TABLE shipments (id serial PRIMARY KEY, van_id int REFERENCES vans, packed_at timestamptz NOT NULL,
                        loaded_at timestamptz, delivered_at timestamptz);
CREATE TABLE repairs (id serial PRIMARY KEY, van_id int NOT NULL REFERENCES vans, reported_at timestamptz NOT NULL,
                      fixed_at timestamptz, CHECK (fixed_at IS NULL OR fixed_at >= reported_at));
"""


@pytest.fixture(scope="module")
def fleet(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    dsn = next(gen)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(DDL)
        schema = service.load_schema(conn)
    yield dsn, schema
    next(gen, None)


def _read(text: str, schema) -> list[str]:
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


def test_initialisms_of_a_table_name() -> None:
    assert {"po", "pos"} <= initialisms("purchase_orders")
    assert {"bom", "boms"} <= initialisms("bills_of_materials")
    assert initialisms("users") == frozenset()
    assert "on" not in initialisms("order_notes")  # a word of the language is read as that word


@pytest.mark.parametrize(("text", "line"), [
    ("40 RFQs", "rows request_for_quotes 40"),
    ("40 rfq's", "rows request_for_quotes 40"),
    ("each RFQ has 2-5 lines", "fk rfq_items.request_for_quote_id fanout 2-5"),
    ("every RFQ gets 1 to 3 entries", "fk rfq_items.request_for_quote_id fanout 1-3"),
    ("depots with room for 50 to 80 vans", "col depots.capacity_vans range 50..80"),
    ("depots with a headcount of 5 to 20", "col depots.staff_count range 5..20"),
    ("vans mostly running on diesel", "col vans.fuel mix diesel=0.8"),
    ("service level mostly express", "col depots.service_level mix express=0.8"),
    ("deliveries take 2 to 4 days", "span shipments.delivered_at - packed_at 48h..96h"),
    ("repairs take 1 to 3 days", "span repairs.fixed_at - reported_at 24h..72h"),
])
def test_the_schema_said_in_users_words(fleet, text: str, line: str) -> None:
    lines = _read(text, fleet[1])
    assert any(set(line.split()) <= set(said.split()) for said in lines), lines


def test_two_tables_of_one_initialism_are_quoted_back(fleet) -> None:
    with pytest.raises(ScopeError) as err:
        resolve(parse("30 STs", fleet[1]), fleet[1])
    assert "service_tickets" in err.value.message and "support_teams" in err.value.message


def test_words_that_say_the_column_again() -> None:
    assert names_column("stock on", "hand")
    assert names_column("in stock", "units")
    assert not names_column("in red", "units")


def test_a_request_in_users_words_seeds_what_it_says(fleet) -> None:
    dsn, schema = fleet
    text = "12 RFQs, each RFQ has 2-5 lines; 30 repairs taking 1 to 3 days; vans mostly running on diesel"
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    options, _ = combine(schema, PlanOptions(seed=3, rows=30), res.options)
    result = service.seed(dsn, options)
    assert result.ok, result.verify
    with psycopg.connect(dsn) as conn:
        rfqs = conn.execute("SELECT count(*) FROM request_for_quotes").fetchone()[0]
        per = conn.execute("SELECT min(n), max(n) FROM (SELECT count(*) n FROM rfq_items GROUP BY request_for_quote_id) x").fetchone()
        span = conn.execute("SELECT min(fixed_at - reported_at), max(fixed_at - reported_at) FROM repairs "
                            "WHERE fixed_at IS NOT NULL").fetchone()
        diesel = conn.execute("SELECT avg((fuel = 'diesel')::int) FROM vans").fetchone()[0]
    assert rfqs == 12 and 2 <= per[0] and per[1] <= 5
    assert span[0].total_seconds() >= 86400 and span[1].total_seconds() <= 3 * 86400
    assert diesel >= 0.6


def test_how_a_table_was_named_is_said(fleet) -> None:
    res = resolve(parse("40 RFQs, each RFQ has 2-5 lines", fleet[1]), fleet[1])
    assert any("initialism" in n and "request_for_quotes" in n for n in res.notes), res.notes
