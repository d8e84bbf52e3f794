"""Whole requests as AI agents and chatty people write them (brief s11, ``seedbed.scope.chatter``).

Each class has a text-level test of its mechanism and a test that the request, read against a real
schema, resolves to what the user meant with no warning; the last test seeds such a request and looks at
the rows. The phrase forms are also in tests/data/scope_phrases.txt (the block of brief s11). All of these
failed on fd67caf (checked).
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.demo import shop_sql
from seedbed.planning.planner import PlanOptions
from seedbed.scope import parse, resolve
from seedbed.scope.chatter import retold, unframed
from seedbed.scope.combine import combine
from tests.test_scope import options_brief


@pytest.fixture(scope="module")
def shop(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    dsn = next(gen)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
        schema = service.load_schema(conn)
    yield dsn, schema
    next(gen, None)


def _read(text: str, schema) -> list[str]:
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("said", "meant"), [
    ("100 couriers, actually make it 80", "80 couriers"),
    ("300 orders, actually 400, all of them paid", "400 orders, all of them paid"),
    ("I want 150 orders. Wait, no, 250 orders instead.", "I want 250 orders."),
    ("45 couriers -- actually, make that 35.", "35 couriers."),
    ("100 customers. Actually no -- 120. Each of them from Berlin.", "120 customers. Each of them from Berlin."),
    ("10 users with 2 orders each -- I mean 5 orders each", "10 users with 5 orders each"),
    ("I actually need 50 users", "I actually need 50 users"),  # no number after it: no correction
    ("20 products. Make it 50 users", "20 products. Make it 50 users"),  # other rows: no correction
])
def test_a_number_said_again_replaces_the_last_one(said: str, meant: str) -> None:
    assert retold(said) == meant


@pytest.mark.parametrize(("said", "meant"), [
    ("Hi! For a demo I'd like around 300 customers. Thanks!", "I'd like around 300 customers."),
    ("Please create 200 customers for testing purposes.", "Please create 200 customers."),
    ("As an AI agent I'm seeding a staging DB: please insert 1,000 orders", ": please insert 1,000 orders"),
    ("I need the following:\n50 users", "50 users"),
    ("could you set up 100 users for me?", "could you create 100 users?"),
    ("500 orders -- no more -- and a quarter of them cancelled", "500 orders, and a quarter of them cancelled"),
    ("payments - nothing via paypal", "payments - nothing via paypal"),  # no count before: a head, as it was
])
def test_what_is_said_around_a_request_goes(said: str, meant: str) -> None:
    assert unframed(said) == meant


class _Ground:
    """A schema that holds the value 'staging' (a deployments table's environment)."""

    def is_label(self, word: str) -> bool:
        return word == "staging"

    def is_table(self, word: str) -> bool:
        return word == "deployments"


def test_a_purpose_word_the_schema_holds_stays() -> None:
    assert unframed("40 deployments for staging", _Ground()) == "40 deployments for staging"
    assert unframed("40 deployments for testing purposes", _Ground()) == "40 deployments"


@pytest.mark.parametrize(("text", "wants"), [
    # pronouns for the rows said before, in the next sentence or bullet
    ("Hello! Could you set up 60 users for our QA environment? Each of them should have 2 to 4 orders.",
     ["rows users 60", "fk orders.user_id fanout 2-4"]),
    ("12 categories. Put 8 products in each of them.", ["rows categories 12", "fk products.category_id fanout 8-8"]),
    ("I need the following:\n- 120 users\n- most of them from France\n- none of them inactive",
     ["rows users 120", "col users.is_active mix True=1 False=0", "locale fr_FR"]),
    ("200 users. 50% of them should be from Germany", ["rows users 200", "locale de_DE"]),
    # the antecedent is the rows counted (or named first), not the last table said
    ("50 users with addresses. Most of them should be from Spain", ["locale es_ES"]),
    # corrections over clauses
    ("250 products, actually make it 300", ["rows products 300"]),
    ("I need 40 users. Wait, no, 45 users instead.", ["rows users 45"]),
    # tables said as tables, quoted or not
    ('"payments" should be 90 rows and the "orders" table 120 rows', ["rows payments 90", "rows orders 120"]),
    # "each" floated after the rows, a purpose said before a colon
    ("We're testing the checkout: 80 users, and their orders should each contain 1-4 items.",
     ["rows users 80", "fk order_items.order_id fanout 1-4"]),
    # an aside in brackets about the rows, "let us", "their" before a column and a colon
    ("Create 100 users (around 20% of them without a phone).", ["rows users 100", "col users.phone nulls 0.2"]),
    ("Let us go with 1000 orders. Of these, 5% should be cancelled.", ["rows orders 1000", "cancelled=0.05"]),
    ("Seed 30 payments. Their methods: mostly card.", ["rows payments 30", "col payments.method mix card=0.8"]),
    # "each one" after a preposition, "ones" after a value, an en dash, an interjection
    ("I would like 10 categories; for each one, 2-3 products", ["rows categories 10", "fk products.category_id fanout 2-3"]),
    ("Need 300 orders \u2013 actually 350 \u2013 and no cancelled ones. Oh, and 40 users.",
     ["rows orders 350", "col orders.status mix cancelled=0", "rows users 40"]),
    # a greeting before a dash and a colon, the rows then their count, "for every one of them", "Like, N exactly"
    ("Hey team \u2014 quick one: seed 50 users, 20 categories. Cheers", ["rows users 50", "rows categories 20"]),
    ("Generate users. About 500 of them.", ["rows users 500"]),
    ("300 orders please, and for every one of them, one payment", ["rows orders 300", "fk payments.order_id"]),
    ("Can we get 100 users? Like, 100 exactly.", ["rows users 100"]),
    # an aside between dashes
    ("products (roughly 120) -- prices between 5 and 80 dollars", ["rows products 120", "col products.price range 5..80"]),
])
def test_a_chatty_request_reads_as_the_terse_one(shop, text: str, wants: list[str]) -> None:
    got = _read(text, shop[1])
    for want in wants:
        assert any(want in line for line in got), f"{want!r} not in {got}"


def test_made_up_words_in_a_chatty_request_are_still_quoted(shop) -> None:
    """The frames are closed classes: a word outside them is quoted back, never dropped."""
    res = resolve(parse("Hi! Could you set up 60 zorblax users? Each of them should have 2 to 4 orders.", shop[1]), shop[1])
    assert any("zorblax" in w for w in res.warnings)
    res = resolve(parse("As an AI agent I'm florping a staging DB: 20 users", shop[1]), shop[1])
    assert any("florping" in w for w in res.warnings)


@pytest.mark.parametrize(("text", "rule"), [
    # a value said with a verb of coming and a preposition, on either side
    ("payments made by paypal are never refunded", "method <> 'paypal' OR status <> 'refunded'"),
    ("cancelled payments should never come through paypal", None),  # no such value 'cancelled' of payments: no rule
    # a value whose column is the condition's own: the moment it names
    ("refunded orders are never shipped", "status <> 'refunded' OR shipped_at IS NULL"),
    # "orders over $N": the row's own total
    ("orders over $100 are never cancelled", "total_cents <= 10000 OR status <> 'cancelled'"),
])
def test_conditions_said_as_people_say_them(shop, text: str, rule: str | None) -> None:
    res = resolve(parse(text, shop[1]), shop[1])
    if rule is None:
        assert not res.options.rules and res.warnings
    else:
        assert [e for _t, e in res.options.rules] == [rule], (res.options.rules, res.warnings)


def test_a_chatty_request_seeds_what_it_says(shop) -> None:
    dsn, schema = shop
    text = ("Hi! For testing purposes I need 40 users -- actually make it 30. Each of them should have 2 to 3 "
            "orders. Make sure that refunded orders are never shipped. Thanks!")
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    options, _ = combine(schema, PlanOptions(seed=5, tables=("users", "orders", "addresses")), res.options)
    result = service.seed(dsn, options)
    assert result.ok, result.verify
    with psycopg.connect(dsn) as conn:
        users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
        per = conn.execute("SELECT min(n), max(n) FROM (SELECT count(*) n FROM orders GROUP BY user_id) x").fetchone()
        bad = conn.execute("SELECT count(*) FROM orders WHERE status = 'refunded' AND shipped_at IS NOT NULL").fetchone()[0]
    assert users == 30 and per == (2, 3) and bad == 0
