"""100 tests, each with a private seeded database: a write in one is never seen by another."""

import psycopg
import pytest


@pytest.mark.parametrize("n", range(100))
def test_private_seeded_database(seedbed_db, n):
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 20
        assert conn.execute("SELECT count(*) FROM products").fetchone()[0] == 20
        conn.execute("DELETE FROM order_items")
        conn.execute("INSERT INTO products (sku, name, price_cents) VALUES (%s, 'Test', 100)", (f"T-{n}",))
        assert conn.execute("SELECT count(*) FROM products").fetchone()[0] == 21
