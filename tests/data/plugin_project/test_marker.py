"""The marker picks what the database holds; seedbed_rows adds rows a test asserts on."""

import psycopg
import pytest


@pytest.mark.seedbed(scope="10 users with 1-3 orders each", seed=7)
def test_scope(seedbed_db):
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 10
        per_user = conn.execute("SELECT count(*) FROM orders GROUP BY user_id").fetchall()
        assert per_user and all(1 <= n <= 3 for (n,) in per_user)


@pytest.mark.seedbed(scope="10 users with 1-3 orders each", seed=7)
def test_same_recipe_same_data(seedbed_db):
    with psycopg.connect(seedbed_db) as conn:
        first = conn.execute("SELECT email FROM users ORDER BY id LIMIT 1").fetchone()[0]
    assert "@" in first


def test_rows_with_values(seedbed_db, seedbed_rows):
    user = seedbed_rows("users", email="vip@example.com", is_admin=True)
    assert user["email"] == "vip@example.com" and user["is_admin"] is True
    assert user["full_name"] and len(user["country"]) == 2
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 21
        assert conn.execute("SELECT id FROM users WHERE email = 'vip@example.com'").fetchone()[0] == user["id"]


def test_rows_pick_existing_parents(seedbed_db, seedbed_rows):
    orders = seedbed_rows("orders", 3, status="shipped")
    assert len(orders) == 3 and all(o["status"] == "shipped" for o in orders)
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 20  # no parent made
        ids = [r[0] for r in conn.execute("SELECT id FROM users")]
    assert all(o["user_id"] in ids for o in orders)


def test_rows_named_parent(seedbed_db, seedbed_rows):
    vip = seedbed_rows("users", email="buyer@example.com")
    order = seedbed_rows("orders", user_id=vip["id"])
    assert order["user_id"] == vip["id"]


def test_rows_reject_what_the_schema_forbids(seedbed_db, seedbed_rows):
    from seedbed.errors import SeedbedError

    with pytest.raises(SeedbedError) as info:
        seedbed_rows("products", price_cents=-5)
    assert "price_cents" in str(info.value) or "check" in str(info.value).lower()
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM products").fetchone()[0] == 20  # nothing written
