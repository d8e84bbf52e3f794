"""The forms of brief s2 end to end (issue 11): a pasted list, a second child and a second bound
after "and", a share left to "the rest", a correction, a cap on the rows of one value, and a
reference that must resolve ("payments for orders with IDs matching the order service")."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped, shares
from tests.test_scope_e2e_more import per_parent

DATA = Path(__file__).parent / "data"


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    from seedbed.demo import shop_sql

    db.execute(shop_sql())
    return db


def test_pasted_list_second_child_and_second_bound(shop: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "- 30 users\n- each user has 1-2 addresses and 0-4 orders\n"
                                "- 40 products; at most 5 reviews per product and at least 1")
    assert not expl.warnings
    assert counts(shop, "users", "products") == {"users": 30, "products": 40}
    assert per_parent(shop, "addresses", "user_id", "users")[:2] == (1, 2)
    low, high, _ = per_parent(shop, "orders", "user_id", "users")
    assert 0 <= low and high <= 4
    assert per_parent(shop, "reviews", "product_id", "products")[:2] == (1, 5)


def test_the_rest_after_a_share_and_a_correction(shop: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "300 orders: 40% delivered, rest shipped... I mean cancelled")
    assert not expl.warnings
    got = shares(shop, "orders", "status")
    assert counts(shop, "orders")["orders"] == 300 and set(got) == {"delivered", "cancelled"}
    assert abs(got["delivered"] - 0.4) < 0.08


def test_a_cap_on_the_rows_of_one_value(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute((DATA / "scope_tracker.sql").read_text())
    _, expl = scoped(fresh_dsn, "2 admins max out of 20 accounts")
    assert not expl.warnings
    assert counts(db, "accounts")["accounts"] == 20
    assert one(db, "SELECT count(*) FROM accounts WHERE role = 'admin'")[0] <= 2


def test_references_matching_another_service_resolve(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute((DATA / "scope_services.sql").read_text())
    _, expl = scoped(fresh_dsn, "50 users; 120 orders; 100 payments for orders with IDs matching the order service")
    assert not expl.warnings
    assert counts(db, "orders", "payments") == {"orders": 120, "payments": 100}
    assert one(db, "SELECT count(*) FROM payments p WHERE NOT EXISTS "
                   "(SELECT 1 FROM orders o WHERE o.id = p.order_id)")[0] == 0
