"""The structures of issue 11 end to end: scope text -> options -> seed on a real database -> SQL checks.

Numbers as people write them, per-parent counts in any word order, relative sizes, negation and
zero counts, shares of a counted set, counts in brackets, "with their addresses", a window between
two columns of a row, words grounded through stems and meanings, keys of any type (UUIDs, from a
file), and warnings on stderr.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.test_scope_e2e import counts, invoke, one, scoped, shares

DATA = Path(__file__).parent / "data"


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    from seedbed.demo import shop_sql

    db.execute(shop_sql())
    return db


@pytest.fixture
def billing(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_billing.sql").read_text())
    return db


@pytest.fixture
def tracker(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_tracker.sql").read_text())
    return db


def per_parent(db: psycopg.Connection, table: str, fk: str, parent: str) -> tuple[int, int, int]:
    """(min, max, parents) children per parent row, parents without children counted as 0."""
    return one(db, f"SELECT min(coalesce(n, 0)), max(coalesce(n, 0)), count(*) FROM {parent} p "
                   f"LEFT JOIN (SELECT {fk} AS k, count(*) n FROM {table} GROUP BY 1) c ON c.k = p.id")


def test_numbers_as_people_write_them(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "a hundred and fifty products, half a dozen categories, two thousand five "
                                     "hundred reviews")
    assert counts(shop, "products", "categories", "reviews") == {"products": 150, "categories": 6, "reviews": 2500}
    assert not expl.warnings


def test_per_parent_counts_in_every_word_order(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "10 categories with 20 products in each; every user places between 2 and 4 orders; "
                      "each order should contain 2 to 6 line items; 30 users")
    assert counts(shop, "categories", "products") == {"categories": 10, "products": 200}
    assert per_parent(shop, "products", "category_id", "categories") == (20, 20, 10)
    assert per_parent(shop, "orders", "user_id", "users")[:2] == (2, 4)
    low, high, _ = one(shop, "SELECT min(n), max(n), count(*) FROM (SELECT count(*) n FROM order_items GROUP BY order_id) x")
    assert (low, high) == (2, 6) and one(shop, "SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                              "(SELECT 1 FROM order_items i WHERE i.order_id = o.id)")[0] == 0


def test_at_least_and_at_most(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "40 products, every product gets at least one review and at most three")
    assert per_parent(shop, "reviews", "product_id", "products")[:2] == (1, 3)


def test_relative_sizes(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, _ = scoped(fresh_dsn, "50 users and twice as many orders")
    assert counts(shop, "users", "orders") == {"users": 50, "orders": 100}


def test_negation_keeps_the_table(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "no refunded payments; without cancelled orders; 200 orders")
    got = shares(shop, "payments", "status")
    assert counts(shop, "payments")["payments"] > 0 and "refunded" not in got and len(got) == 3
    assert "cancelled" not in shares(shop, "orders", "status")


def test_zero_empties_the_dependants_and_nothing_else(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "40 users, 0 orders")
    got = counts(shop, "users", "orders", "order_items", "payments", "addresses", "products", "reviews")
    assert got["users"] == 40 and got["orders"] == got["order_items"] == got["payments"] == 0
    assert got["addresses"] > 0 and got["products"] > 0 and got["reviews"] > 0
    assert not expl.warnings and any("order_items: 0 rows" in n for n in expl.notes)


def test_shares_of_a_counted_set(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "1000 orders: 70% delivered, 20% shipped, 10% cancelled")
    got = shares(shop, "orders", "status")
    assert counts(shop, "orders")["orders"] == 1000
    assert abs(got["delivered"] - 0.7) < 0.05 and abs(got["shipped"] - 0.2) < 0.05 and set(got) <= {
        "delivered", "shipped", "cancelled"}
    shop.execute("TRUNCATE users, addresses, orders, order_items, payments, reviews, products, categories RESTART IDENTITY")
    scoped(fresh_dsn, "400 orders, half of them cancelled and the rest delivered", seed=8)
    got = shares(shop, "orders", "status")
    assert counts(shop, "orders")["orders"] == 400 and set(got) == {"cancelled", "delivered"}
    assert abs(got["cancelled"] - 0.5) < 0.08


def test_count_in_brackets_and_required_parents(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "just reviews (300 of them) plus whatever they depend on")
    got = counts(shop, "reviews", "products", "users", "categories", "orders")
    assert got["reviews"] == 300 and got["products"] > 0 and got["users"] > 0 and got["orders"] == 0
    assert not expl.warnings


def test_with_their_addresses_keeps_the_addresses(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "30 users from Japan with their addresses")
    assert shares(shop, "users", "country") == {"JP": 1.0}
    assert per_parent(shop, "addresses", "user_id", "users") == (1, 3, 30)


def test_grounded_words(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "products priced between 20 and 80 dollars; stock levels from 0 to 50; "
                                     "ratings of 4 or 5 stars only; users who signed up in 2022; "
                                     "payments mostly by card; 300 orders")
    assert not expl.warnings
    assert one(shop, "SELECT min(price) >= 20 AND max(price) <= 80, min(stock) >= 0 AND max(stock) <= 50 FROM products") \
        == (True, True)
    assert one(shop, "SELECT min(rating), max(rating) FROM reviews") == (4, 5)
    assert one(shop, "SELECT min(created_at) >= '2022-01-01' AND max(created_at) < '2023-01-01' FROM users")[0]
    assert shares(shop, "payments", "method")["card"] > 0.7


def test_within_days_of_another_column(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "300 orders, orders shipped within 2 days of being placed")
    n, late = one(shop, "SELECT count(shipped_at), count(*) FILTER (WHERE shipped_at > placed_at + interval '2 days') "
                        "FROM orders")
    assert n > 0 and late == 0


def test_boolean_flag_negation(tracker: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "no archived projects, 30 projects")
    assert one(tracker, "SELECT count(*), count(*) FILTER (WHERE is_archived) FROM projects") == (30, 0)


def _uuids(db: psycopg.Connection, n: int) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT id::text FROM customers ORDER BY id LIMIT {n}").fetchall()]


@pytest.mark.parametrize("style", ["comma", "space", "quoted"])
def test_uuid_keys_all_used(billing: psycopg.Connection, fresh_dsn: str, style: str) -> None:
    scoped(fresh_dsn, "60 customers, 0 subscriptions")
    keys = _uuids(billing, 50)
    listed = {"comma": ", ".join(keys), "space": " ".join(keys), "quoted": ",".join(f"'{k}'" for k in keys)}[style]
    result, expl = scoped(fresh_dsn, f"200 subscriptions for customers with IDs: {listed}", seed=9)
    used = {r[0] for r in billing.execute("SELECT DISTINCT customer_id::text FROM subscriptions").fetchall()}
    assert counts(billing, "subscriptions")["subscriptions"] == 200 and used == set(keys)
    assert not expl.warnings


def test_keys_from_a_file_and_warnings_on_stderr(billing: psycopg.Connection, fresh_dsn: str, tmp_path: Path) -> None:
    scoped(fresh_dsn, "60 customers, 0 subscriptions")
    keys = _uuids(billing, 5)
    ids = tmp_path / "ids.txt"
    ids.write_text("\n".join(keys) + "\n")
    res = invoke(0, "seed", "--dsn", fresh_dsn, "--seed", "4", "--scope", "40 subscriptions, blorp",
                 "--scope-ids", f"customers=@{ids}", "--output", "json")
    assert "could not place 'blorp'" in res.stderr  # JSON on stdout, the warning said on stderr too
    used = {r[0] for r in billing.execute("SELECT DISTINCT customer_id::text FROM subscriptions").fetchall()}
    assert used <= set(keys) and counts(billing, "subscriptions")["subscriptions"] == 40
    res = invoke(0, "plan", "--dsn", fresh_dsn, "--seed", "4", "--scope", "40 invoices, blorp")
    assert "scope warning: could not place 'blorp'" in res.stderr
    invoke(2, "plan", "--dsn", fresh_dsn, "--strict", "--scope", "40 invoices, blorp")


def test_value_sets_and_per_parent_after_a_count(shop: psycopg.Connection, fresh_dsn: str) -> None:
    """"by card or paypal" (these values only, evenly), "300 products, 30 per category" and
    "each user has an address"."""
    _, expl = scoped(fresh_dsn, "payments by card or paypal; 300 products, 30 per category; 40 users; "
                                "each user has an address")
    assert not expl.warnings, expl.warnings
    assert per_parent(shop, "addresses", "user_id", "users") == (1, 1, 40)
    assert counts(shop, "products", "categories") == {"products": 300, "categories": 10}
    assert per_parent(shop, "products", "category_id", "categories") == (30, 30, 10)
    methods = dict(shop.execute("SELECT method, count(*) FROM payments GROUP BY 1").fetchall())
    assert set(methods) == {"card", "paypal"} and min(methods.values()) > 0.3 * sum(methods.values())


@pytest.mark.parametrize("sep", [" ", ", "])
def test_uuid_keys_without_the_word_ids(billing: psycopg.Connection, fresh_dsn: str, sep: str) -> None:
    """"subscriptions for customers <uuid> <uuid> ...": the keys of the table named before them."""
    scoped(fresh_dsn, "60 customers, 0 subscriptions")
    keys = _uuids(billing, 12)
    _, expl = scoped(fresh_dsn, f"100 subscriptions for customers {sep.join(keys)}", seed=9)
    used = {r[0] for r in billing.execute("SELECT DISTINCT customer_id::text FROM subscriptions").fetchall()}
    assert counts(billing, "subscriptions")["subscriptions"] == 100 and used == set(keys)
    assert not expl.warnings, expl.warnings


def test_shares_of_the_rows_said_before(shop: psycopg.Connection, fresh_dsn: str) -> None:
    """Phrasings of the second held-out set (brief s1) on the data: "most of which", "none of them"
    with a negated flag, "one in ten", one value for every row, two mixes of one column together,
    a column after "with a"."""
    _, expl = scoped(fresh_dsn, "Could you please create around two hundred orders, most of which should be delivered? "
                                "40 users; none of them should be inactive. payments: one in ten failed, no refunded "
                                "payments; orders in EUR only; products with a stock of 0 to 20 units")
    assert not expl.warnings, expl.warnings
    assert counts(shop, "orders", "users") == {"orders": 200, "users": 40}
    assert 0.7 <= shares(shop, "orders", "status")["delivered"] <= 0.9
    assert one(shop, "SELECT count(*) FILTER (WHERE NOT is_active) FROM users")[0] == 0
    status = shares(shop, "payments", "status")
    assert 0.03 <= status["failed"] <= 0.2 and "refunded" not in status
    assert shares(shop, "orders", "currency") == {"EUR": 1.0}
    assert one(shop, "SELECT min(stock) >= 0 AND max(stock) <= 20 FROM products")[0]

