"""The Faker baselines: the seed scripts people write today.

Both scripts draw every value from Faker, row by row, against the constrained tables, in one
transaction, and let ``bigserial`` assign the ids (1..n in a fresh database, so children can name their
parents). They differ only in how rows reach the server:

- ``faker_executemany`` (the usual script): ``cursor.executemany("INSERT ... VALUES (%s, ...)", rows)``
  per table (psycopg 3 pipelines executemany, so this is already its fast form);
- ``faker_copy`` (a careful user's script): ``copy.write_row(row)`` inside ``cursor.copy("COPY ...")``.

Timed: from connect to commit, Faker generation included; interpreter start, imports and
``Faker()`` construction excluded (generous to the baselines).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone

from faker import Faker
from psycopg import sql

from bench import workload
from bench.measure import connect

_START = datetime(2023, 1, 1, tzinfo=timezone.utc)
_END = datetime(2026, 1, 1, tzinfo=timezone.utc)

Rows = Iterator[tuple[object, ...]]


def _faker(seed: int) -> Faker:
    Faker.seed(seed)
    return Faker()


def _users(fake: Faker, counts: dict[str, int]) -> Rows:
    for _ in range(counts["users"]):
        yield (fake.unique.email(), fake.name(), fake.country_code(),
               fake.date_time_between(start_date=_START, end_date=_END, tzinfo=timezone.utc))


def _products(fake: Faker, counts: dict[str, int]) -> Rows:
    for i in range(counts["products"]):
        yield (f"SKU-{i + 1:07d}", fake.catch_phrase(),
               fake.pydecimal(left_digits=3, right_digits=2, min_value=1, max_value=999), fake.random_int(0, 500))


def _orders(fake: Faker, counts: dict[str, int]) -> Rows:
    n_users = counts["users"]
    for _ in range(counts["orders"]):
        yield (fake.random_int(1, n_users), fake.random_element(workload.ORDER_STATUSES), fake.random_int(0, 500_000),
               fake.date_time_between(start_date=_START, end_date=_END, tzinfo=timezone.utc))


def _order_items(fake: Faker, counts: dict[str, int]) -> Rows:
    n_orders, n_items, n_products = counts["orders"], counts["order_items"], counts["products"]
    base, extra = divmod(n_items, n_orders)
    products = range(1, n_products + 1)
    for order_id in range(1, n_orders + 1):
        k = base + (1 if order_id <= extra else 0)
        for product_id in fake.random.sample(products, k):  # distinct within an order (composite PK)
            yield (order_id, product_id, fake.random_int(1, 10),
                   fake.pydecimal(left_digits=3, right_digits=2, min_value=1, max_value=999))


#: ``(table, columns without the serial id, row generator)`` in foreign-key order.
_PLAN: tuple[tuple[str, tuple[str, ...], Callable[[Faker, dict[str, int]], Rows]], ...] = (
    ("users", ("email", "full_name", "country", "created_at"), _users),
    ("products", ("sku", "name", "price", "stock"), _products),
    ("orders", ("user_id", "status", "total_cents", "placed_at"), _orders),
    ("order_items", ("order_id", "product_id", "quantity", "unit_price"), _order_items),
)


def faker_executemany(dsn: str, counts: dict[str, int], *, seed: int = 1) -> dict[str, float]:
    """Faker values per row, ``executemany(INSERT ...)`` per table, one transaction.

    Args:
        dsn: A database holding ``workload.constrained_ddl()``.
        counts: Rows per table.
        seed: Faker's seed.

    Returns:
        ``{"seconds": ...}``, connect to commit.
    """
    fake = _faker(seed)
    t0 = time.perf_counter()
    with connect(dsn) as conn, conn.cursor() as cur:
        for table, cols, rows in _PLAN:
            stmt = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols)),
                sql.SQL(", ").join(sql.Placeholder() * len(cols)))
            cur.executemany(stmt, rows(fake, counts))
        conn.commit()
    return {"seconds": time.perf_counter() - t0}


def faker_copy(dsn: str, counts: dict[str, int], *, seed: int = 1) -> dict[str, float]:
    """Faker values per row, ``copy.write_row`` per table, one transaction.

    Args:
        dsn: A database holding ``workload.constrained_ddl()``.
        counts: Rows per table.
        seed: Faker's seed.

    Returns:
        ``{"seconds": ...}``, connect to commit.
    """
    fake = _faker(seed)
    t0 = time.perf_counter()
    with connect(dsn) as conn, conn.cursor() as cur:
        for table, cols, rows in _PLAN:
            stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols)))
            with cur.copy(stmt) as cp:
                for row in rows(fake, counts):
                    cp.write_row(row)
        conn.commit()
    return {"seconds": time.perf_counter() - t0}

