"""Aggregates add up where the names say so, on every row (issues 10 and 13).

Synthetic schemas with names other than the shop's: invoices and their lines (quantity * unit
price), a 1:1 payment per invoice and refunds of payments; carts whose entries (a composite key)
add up to ``amount_cents``; bookings whose items cost what their catalogue product costs (the
total then follows the lines). Chunks are made small so that a parent's lines cross chunks.
"""

from __future__ import annotations

import psycopg
import pytest

import seedbed
from seedbed.generate.engine import Engine

SCHEMA = """
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE invoices (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers,
                       total numeric(10,2) NOT NULL CHECK (total >= 0), issued_at timestamptz NOT NULL);
CREATE TABLE invoice_lines (id serial PRIMARY KEY, invoice_id int NOT NULL REFERENCES invoices,
                            description text, qty int NOT NULL CHECK (qty > 0),
                            unit_price numeric(10,2) NOT NULL CHECK (unit_price > 0 AND unit_price < 5000));
CREATE TABLE invoice_payments (id bigserial PRIMARY KEY, invoice_id int NOT NULL UNIQUE REFERENCES invoices,
                               amount numeric(12,2) NOT NULL, paid_at timestamptz NOT NULL);
CREATE TABLE refunds (id serial PRIMARY KEY, payment_id bigint NOT NULL REFERENCES invoice_payments,
                      amount numeric(12,2) NOT NULL CHECK (amount > 0), created_at timestamptz NOT NULL);
CREATE TABLE carts (id uuid PRIMARY KEY, amount_cents bigint NOT NULL CHECK (amount_cents > 0));
CREATE TABLE cart_entries (cart_id uuid NOT NULL REFERENCES carts, sku text NOT NULL,
                           price_cents int NOT NULL CHECK (price_cents BETWEEN 1 AND 100000),
                           PRIMARY KEY (cart_id, sku));
CREATE TABLE catalog_products (id serial PRIMARY KEY, product_name text NOT NULL, price numeric(10,2) NOT NULL);
CREATE TABLE bookings (id bigserial PRIMARY KEY, grand_total numeric(12,2) NOT NULL CHECK (grand_total > 0),
                       booked_at timestamptz NOT NULL);
CREATE TABLE booking_items (id bigserial PRIMARY KEY, booking_id bigint NOT NULL REFERENCES bookings,
                            product_id int NOT NULL REFERENCES catalog_products,
                            quantity smallint NOT NULL CHECK (quantity BETWEEN 1 AND 5),
                            unit_price numeric(10,2) NOT NULL, line_total numeric(12,2) NOT NULL);
CREATE TABLE checkouts (id serial PRIMARY KEY, subtotal numeric(10,2) NOT NULL, tax numeric(10,2) NOT NULL,
                        shipping_cost numeric(8,2) NOT NULL, discount numeric(8,2),
                        total numeric(10,2) NOT NULL CHECK (total >= 0));
CREATE TABLE checkout_items (id serial PRIMARY KEY, checkout_id int NOT NULL REFERENCES checkouts,
                             quantity int NOT NULL, unit_price numeric(10,2) NOT NULL);
CREATE TABLE charges (id serial PRIMARY KEY, checkout_id int NOT NULL REFERENCES checkouts,
                      amount numeric(10,2) NOT NULL);
"""

ROWS = {"customers": 50, "invoices": 400, "invoice_lines": 1300, "invoice_payments": 400, "refunds": 150,
        "carts": 300, "cart_entries": 800, "catalog_products": 60, "bookings": 250, "booking_items": 900,
        "checkouts": 200, "checkout_items": 500, "charges": 260}


@pytest.fixture(scope="module")
def seeded(module_dsn: str) -> str:
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    mp = pytest.MonkeyPatch()
    mp.setitem(Engine.__init__.__kwdefaults__, "chunk_rows", 97)  # a parent's lines cross chunks
    try:
        result = seedbed.seed(module_dsn, rows=ROWS, seed=11)
    finally:
        mp.undo()
    assert result.ok, result.verify.problems
    return module_dsn


def one(dsn: str, query: str) -> tuple:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchone()


CHECKS = [
    ("an invoice's total is the sum of qty * unit_price of its lines",
     "SELECT count(*) FILTER (WHERE i.total <> coalesce(s.s, 0)), count(*) FROM invoices i LEFT JOIN "
     "(SELECT invoice_id, sum(qty * unit_price) s FROM invoice_lines GROUP BY 1) s ON s.invoice_id = i.id", 400),
    ("every invoice has a line",
     "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT FROM invoice_lines l WHERE l.invoice_id = i.id)), count(*) "
     "FROM invoices i", 400),
    ("a payment's amount is its invoice's total",
     "SELECT count(*) FILTER (WHERE p.amount <> i.total), count(*) FROM invoice_payments p "
     "JOIN invoices i ON i.id = p.invoice_id", 400),
    ("a refund is at most its payment",
     "SELECT count(*) FILTER (WHERE r.amount > p.amount), count(*) FROM refunds r "
     "JOIN invoice_payments p ON p.id = r.payment_id", 150),
    ("a refund follows its payment",
     "SELECT count(*) FILTER (WHERE r.created_at < p.paid_at), count(*) FROM refunds r "
     "JOIN invoice_payments p ON p.id = r.payment_id", 150),
    ("a cart's amount_cents is the sum of its entries' price_cents",
     "SELECT count(*) FILTER (WHERE c.amount_cents <> coalesce(s.s, 0)), count(*) FROM carts c LEFT JOIN "
     "(SELECT cart_id, sum(price_cents) s FROM cart_entries GROUP BY 1) s ON s.cart_id = c.id", 300),
    ("a booking's grand_total is the sum of its items' line totals",
     "SELECT count(*) FILTER (WHERE b.grand_total <> coalesce(s.s, 0)), count(*) FROM bookings b LEFT JOIN "
     "(SELECT booking_id, sum(line_total) s FROM booking_items GROUP BY 1) s ON s.booking_id = b.id", 250),
    ("a line total is quantity * unit_price",
     "SELECT count(*) FILTER (WHERE line_total <> quantity * unit_price), count(*) FROM booking_items", 900),
    ("a checkout's subtotal is the sum of its items",
     "SELECT count(*) FILTER (WHERE c.subtotal <> (SELECT sum(quantity * unit_price) FROM checkout_items i "
     "WHERE i.checkout_id = c.id)), count(*) FROM checkouts c", 200),
    ("its total is subtotal + tax + shipping - discount",
     "SELECT count(*) FILTER (WHERE total <> subtotal + tax + shipping_cost - coalesce(discount, 0) "
     "OR discount > subtotal * 0.3 OR tax > subtotal * 0.2), count(*) FROM checkouts", 200),
    ("a charge is its checkout's total (several per checkout)",
     "SELECT count(*) FILTER (WHERE p.amount <> c.total), count(*) FROM charges p "
     "JOIN checkouts c ON c.id = p.checkout_id", 260),
    ("an item costs what its product costs",
     "SELECT count(*) FILTER (WHERE i.unit_price <> p.price), count(*) FROM booking_items i "
     "JOIN catalog_products p ON p.id = i.product_id", 900),
]


@pytest.mark.parametrize(("what", "query", "rows"), CHECKS, ids=[c[0] for c in CHECKS])
def test_every_row_adds_up(seeded: str, what: str, query: str, rows: int) -> None:
    bad, total = one(seeded, query)
    assert (bad, total) == (0, rows), what


def test_amounts_stay_plausible(seeded: str) -> None:
    """Shares vary (not one price per order), quantities are mostly 1, refunds are often whole."""
    distinct, = one(seeded, "SELECT count(DISTINCT unit_price) FROM invoice_lines")
    assert distinct > 600
    ones, = one(seeded, "SELECT avg((qty = 1)::int) FROM invoice_lines")
    assert 0.4 < ones < 0.95
    whole, = one(seeded, "SELECT avg((r.amount = p.amount)::int) FROM refunds r "
                         "JOIN invoice_payments p ON p.id = r.payment_id")
    assert 0.4 < whole < 0.8


def _plan(dsn: str, **columns):
    from seedbed import service
    from seedbed.planning.options import PlanOptions

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
        schema = service.load_schema(conn)
        return service.make_plan(conn, schema, PlanOptions(rows=50, seed=3, columns=columns))


def _table(plan, name: str):
    return next(tp for n, tp in plan.tables.items() if n.name == name)


def test_the_plan_says_why(fresh_dsn: str) -> None:
    plan = _plan(fresh_dsn)
    assert "sum of its lines" in _table(plan, "invoice_lines").column("unit_price").reason
    assert "invoices row's total" in _table(plan, "invoice_payments").column("amount").reason
    assert "at most its invoice_payments row's amount" in _table(plan, "refunds").column("amount").reason


def test_a_pinned_line_column_wins(fresh_dsn: str) -> None:
    """A unit price range asked for is kept; the total is then not forced to be their sum."""
    from seedbed.model import Bound, ColumnDomain
    from seedbed.planning.options import ColumnSpec

    plan = _plan(fresh_dsn, **{"invoice_lines.unit_price": ColumnSpec(
        domain=ColumnDomain(low=Bound(value=1), high=Bound(value=50)))})
    assert not any(a.kind == "sum" for a in _table(plan, "invoice_lines").aggregates)
    assert any("unit_price as asked" in n for n in plan.notes)


def test_existing_parents_keep_their_totals(seeded: str) -> None:
    """Append mode: the parents' rows exist, their totals are not rewritten: no sum is planned."""
    plan = seedbed.plan(seeded, rows=ROWS, seed=11)
    assert not _table(plan, "invoice_lines").aggregates
