"""A conftest whose schema comes from a migration callable (raw SQL migrations, applied in order)."""

import psycopg
import pytest

MIGRATIONS = [
    "CREATE TABLE accounts (id serial PRIMARY KEY, name text NOT NULL UNIQUE)",
    "CREATE TABLE invoices (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts,"
    " total_cents int NOT NULL CHECK (total_cents >= 0))",
    "ALTER TABLE invoices ADD COLUMN paid boolean NOT NULL DEFAULT false",
]


def migrate(dsn):
    with psycopg.connect(dsn) as conn:
        for step in MIGRATIONS:
            conn.execute(step)


@pytest.fixture(scope="session")
def seedbed_schema():
    return migrate
