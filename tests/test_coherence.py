"""A seeded database reads as one story: checked with SQL on the shop schema, every row.

Within a row: the email follows the name, phone and postal code follow the country, the
rating follows the review's tone, ``shipped_at`` is set exactly when the status says so.
Across tables: an order comes after its user signed up, a payment shortly after its order,
a review after both the reviewer's sign-up and the product's listing, an address is in its
user's country. Nothing happens after the reference "now".
"""

from __future__ import annotations

import re

import psycopg
import pytest

import seedbed
from seedbed.demo import shop_sql
from seedbed.generate.realistic.places import national_regex, postal_regex
from seedbed.generate.realistic.vocab import ascii_slug, load
from seedbed.generate.streams import REFERENCE_NOW

ROWS = 1500


@pytest.fixture(scope="module")
def shop(module_dsn: str) -> str:
    """The shop schema seeded once for the module."""
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    result = seedbed.seed(module_dsn, rows=ROWS, seed=5)
    assert result.ok, result.verify.problems
    return module_dsn


def rows(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def one(dsn: str, query: str):
    return rows(dsn, query)[0][0]


# ------------------------------------------------------------------------------ within a row
def test_email_local_part_follows_the_name(shop: str) -> None:
    checked = 0
    for full_name, email in rows(shop, "SELECT full_name, email FROM users"):
        local = re.sub(r"[^a-z]", "", email.split("@")[0])
        parts = [ascii_slug(p) for p in full_name.split()]
        first, last = parts[0], parts[-1]
        assert last in local and (first in local or local.startswith(first[:1])), (full_name, email)
        checked += 1
    assert checked == ROWS


def test_phone_and_postal_code_follow_the_country(shop: str) -> None:
    phones = rows(shop, "SELECT country, phone FROM users WHERE phone IS NOT NULL")
    assert len(phones) > ROWS // 2
    for country, phone in phones:
        assert re.match(national_regex(country), phone), (country, phone)
    postal = rows(shop, "SELECT country, postal_code FROM addresses")
    for country, code in postal:
        assert re.match(postal_regex(country), code), (country, code)
    assert len({c for c, _ in postal}) >= 10


def test_rating_follows_the_review_text(shop: str) -> None:
    openers = load("reviews")["openers"]
    negative, positive = set(openers[0] + openers[1]), set(openers[3] + openers[4])
    seen = 0
    for rating, body in rows(shop, "SELECT rating, body FROM reviews WHERE body IS NOT NULL"):
        opener = next(o for level in openers for o in level if body.startswith(o))
        assert opener in (negative if rating <= 2 else positive if rating >= 4 else opener), (rating, body)
        seen += 1
    assert seen > ROWS // 2


def test_shipped_at_is_set_exactly_when_the_status_says_shipped(shop: str) -> None:
    by_status = dict((s, (n, shipped)) for s, n, shipped in rows(
        shop, "SELECT status::text, count(*), count(shipped_at) FROM orders GROUP BY 1"))
    for status in ("pending", "paid", "cancelled"):
        assert by_status[status][0] > 0 and by_status[status][1] == 0, status
    for status in ("shipped", "delivered", "refunded"):
        n, shipped = by_status[status]
        assert n > 0 and shipped == n, status
    assert by_status["delivered"][0] > ROWS / 3  # most orders are delivered


# ------------------------------------------------------------------------------ across tables
ORDERS = [
    ("users.updated_at >= users.created_at",
     "SELECT count(*) FROM users WHERE updated_at < created_at"),
    ("orders after their user signed up",
     "SELECT count(*) FROM orders o JOIN users u ON u.id = o.user_id WHERE o.placed_at < u.created_at"),
    ("shipped after placed",
     "SELECT count(*) FROM orders WHERE shipped_at < placed_at"),
    ("a payment after its order",
     "SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.paid_at < o.placed_at"),
    ("a payment within three days of its order",
     "SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id "
     "WHERE p.paid_at > o.placed_at + interval '3 days'"),
    ("a review after the reviewer signed up",
     "SELECT count(*) FROM reviews r JOIN users u ON u.id = r.user_id WHERE r.created_at < u.created_at"),
    ("a review after the product was listed",
     "SELECT count(*) FROM reviews r JOIN products p ON p.id = r.product_id WHERE r.created_at < p.created_at"),
    ("a line item costs what its product costs",
     "SELECT count(*) FROM order_items i JOIN products p ON p.id = i.product_id "
     "WHERE i.unit_price_cents <> round(p.price * 100)"),
    ("an address in its user's country",
     "SELECT count(*) FROM addresses a JOIN users u ON u.id = a.user_id WHERE a.country <> u.country"),
]


@pytest.mark.parametrize(("what", "query"), ORDERS, ids=[o[0] for o in ORDERS])
def test_every_row_keeps_the_order(shop: str, what: str, query: str) -> None:
    assert one(shop, query) == 0, what


def test_nothing_happens_after_now(shop: str) -> None:
    now = REFERENCE_NOW
    for table, column in (("users", "created_at"), ("users", "updated_at"), ("orders", "placed_at"),
                          ("orders", "shipped_at"), ("payments", "paid_at"), ("reviews", "created_at"),
                          ("products", "created_at")):
        assert one(shop, f"SELECT count(*) FROM {table} WHERE {column} > '{now.isoformat()}'") == 0, (table, column)


def test_orders_spread_over_the_time_after_sign_up(shop: str) -> None:
    """Orders are not all bunched right after sign-up: a user's orders spread until now."""
    median_gap = one(shop, "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.placed_at - u.created_at)) "
                           "FROM orders o JOIN users u ON u.id = o.user_id")
    assert median_gap > 30 * 86400


def test_plan_explains_the_timeline(shop: str) -> None:
    plan = seedbed.plan(shop, rows=10, seed=5)
    cols = plan.to_dict()["tables"]
    assert "after users.created_at" in cols["orders"]["columns"]["placed_at"]["reason"]
    assert "set only when status is" in cols["orders"]["columns"]["shipped_at"]["reason"]
    assert "shortly" in cols["payments"]["columns"]["paid_at"]["reason"]
    assert "country of its users row" in cols["addresses"]["columns"]["country"]["reason"]
    assert "product of its products row" in cols["reviews"]["columns"]["body"]["reason"]


def test_review_text_is_about_the_reviewed_product(shop: str) -> None:
    """A review's aspect sentences come from one product category (or the generic bank), the
    same one for every review of a product: the category of the product it reviews."""
    cats = load("commerce")["categories"]
    owner: dict[str, set[str]] = {}
    for key, c in cats.items():
        for sentence in c.get("aspects_good", []) + c.get("aspects_bad", []):
            owner.setdefault(sentence.lower(), set()).add(key)
    unique = {s: next(iter(k)) for s, k in owner.items() if len(k) == 1}
    per_product: dict[str, set[str]] = {}
    checked = 0
    for body, product in rows(shop, "SELECT lower(body), product_id::text FROM reviews WHERE body IS NOT NULL"):
        found = {key for sentence, key in unique.items() if sentence in body}
        assert len(found) <= 1, (body, found)
        per_product.setdefault(product, set()).update(found)
        checked += bool(found)
    assert checked > ROWS // 3
    assert all(len(found) <= 1 for found in per_product.values()), per_product


def test_primary_address_is_one_of_the_users_own(shop: str) -> None:
    """The users <-> addresses cycle: a user's primary address is one of that user's addresses
    (it was anyone's before: 0 of 88), in the user's country; a user without any has none."""
    own, with_primary, with_any, same_country = rows(shop, """
        SELECT count(*) FILTER (WHERE a.user_id = u.id), count(u.primary_address_id),
               (SELECT count(DISTINCT user_id) FROM addresses), count(*) FILTER (WHERE a.country = u.country)
        FROM users u LEFT JOIN addresses a ON a.id = u.primary_address_id""")[0]
    assert own == with_primary == with_any == same_country > ROWS // 3
