"""The scope language end to end: scope text -> options -> seed on a real database -> SQL checks.

One test per structure of issue 4 (selection, counts, fan-out, value mixes, ranges, time windows,
domain and locale, existing keys, deliberate orphans), on the bundled shop schema or the small
``CHECKOUT`` schema below, and the CLI (``--scope``, ``--strict``, ``--save-scope``, ``--config``).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed import service
from seedbed.cli.main import app
from seedbed.demo import shop_sql
from seedbed.errors import ScopeError
from seedbed.generate.realistic.catalog import subcategories
from seedbed.generate.realistic.context import company_table
from seedbed.generate.realistic.vocab import load
from seedbed.planning.options import PlanOptions
from seedbed.scope.apply import scope_options

CHECKOUT = """
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, country char(2) NOT NULL,
                    created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE products (id bigserial PRIMARY KEY, category_id int NOT NULL REFERENCES categories,
                       name text NOT NULL, price numeric(10, 2) NOT NULL CHECK (price > 0));
CREATE TABLE carts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, created_at timestamptz NOT NULL);
CREATE TABLE cart_items (id bigserial PRIMARY KEY, cart_id bigint NOT NULL REFERENCES carts,
                         product_id bigint NOT NULL REFERENCES products,
                         quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 10));
CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users,
                     status text NOT NULL CHECK (status IN ('pending', 'processing', 'completed', 'shipped', 'cancelled')),
                     placed_at timestamptz NOT NULL);
CREATE TABLE reviews (id bigserial PRIMARY KEY, product_id bigint NOT NULL REFERENCES products,
                      rating int NOT NULL CHECK (rating BETWEEN 1 AND 5));
CREATE TABLE audit_logs (id bigserial PRIMARY KEY, user_id bigint, action text NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE system_events (id bigserial PRIMARY KEY, user_id bigint, kind text NOT NULL, occurred_at timestamptz NOT NULL);
CREATE TABLE billing_invoices (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users,
                               amount_cents int NOT NULL CHECK (amount_cents > 0));
CREATE SCHEMA hr;
CREATE TABLE hr.departments (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE hr.employees (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES hr.departments,
                           hired_on date NOT NULL, salary numeric(10, 2));
"""

runner = CliRunner()


def scoped(dsn: str, text: str, *, seed: int = 7, **base):
    """Resolve ``text`` against the database, seed with it, and return (result, explanation)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        opts, expl = scope_options(conn, service.load_schema(conn), text, PlanOptions(seed=seed, **base))
    result = service.seed(dsn, opts)
    assert result.ok, result.verify.problems
    return result, expl


def one(db: psycopg.Connection, query: str):
    return db.execute(query).fetchone()


def counts(db: psycopg.Connection, *tables: str) -> dict[str, int]:
    return {t: one(db, f"SELECT count(*) FROM {t}")[0] for t in tables}


def shares(db: psycopg.Connection, table: str, column: str) -> dict[str, float]:
    rows = db.execute(f"SELECT {column}::text, count(*) FROM {table} GROUP BY 1").fetchall()
    total = sum(n for _, n in rows)
    return {v: n / total for v, n in rows}


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    db.execute(shop_sql())
    return db


@pytest.fixture
def checkout(db: psycopg.Connection) -> psycopg.Connection:
    db.execute(CHECKOUT)
    return db


def dsn_of(db: psycopg.Connection) -> str:
    return db.info.dsn


# ------------------------------------------------------------------ selection
def test_selection_pulls_in_required_parents(checkout: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "seed only the checkout flow: carts, cart_items, products, users")
    assert set(result.tables) == {"carts", "cart_items", "products", "users", "categories"}
    assert any("pulled in categories: required parent of products.category_id" in n for n in result.notes)
    assert "categories (products.category_id -> categories)" in expl.understood[0].meaning
    got = counts(checkout, "carts", "cart_items", "products", "users", "categories", "orders", "audit_logs")
    assert all(got[t] > 0 for t in ("carts", "cart_items", "products", "users", "categories"))
    assert got["orders"] == 0 and got["audit_logs"] == 0


def test_exclusion_and_schema_selection(checkout: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "everything except the audit and billing tables; skip system_events", rows=5)
    got = counts(checkout, "audit_logs", "billing_invoices", "system_events", "orders", "hr.employees")
    assert got == {"audit_logs": 0, "billing_invoices": 0, "system_events": 0, "orders": 5, "hr.employees": 5}
    scoped(fresh_dsn, "HR schema only", rows=3, seed=8)
    assert counts(checkout, "hr.employees", "hr.departments", "orders") == \
        {"hr.employees": 8, "hr.departments": 8, "orders": 5}


# --------------------------------------------------------------------- counts
def test_counts(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, _ = scoped(fresh_dsn, "1,000 users, 5k orders, twenty rows in products")
    assert result.tables["users"] == 1000 and result.tables["orders"] == 5000 and result.tables["products"] == 20
    assert counts(shop, "users", "orders", "products") == {"users": 1000, "orders": 5000, "products": 20}
    shop.execute("TRUNCATE users, addresses, orders, order_items, payments, reviews, products, categories RESTART IDENTITY")
    result, _ = scoped(fresh_dsn, "seed the users and categories tables with 30 rows each, 40 products", seed=8)
    assert result.tables == {"users": 30, "categories": 30, "products": 40}


def test_at_least_keeps_everything_else(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "50 users, 200 orders")
    before = counts(shop, "users", "orders", "addresses", "products", "reviews")
    result, expl = scoped(fresh_dsn, "at least 500 orders, keep everything else the same", seed=9)
    after = counts(shop, "users", "orders", "addresses", "products", "reviews")
    assert after["orders"] == 500 and result.tables == {"orders": 300}
    assert {k: v for k, v in after.items() if k != "orders"} == {k: v for k, v in before.items() if k != "orders"}
    assert "200 exist, 300 more" in expl.understood[0].meaning


# -------------------------------------------------------------------- fan-out
def test_fanout_bounds(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, _ = scoped(fresh_dsn, "50 users with 1-5 orders each")
    low, high, parents = one(shop, "SELECT min(n), max(n), count(*) FROM (SELECT count(*) n FROM orders GROUP BY user_id) x")
    assert (low, high, parents) == (1, 5, 50)
    assert 50 <= result.tables["orders"] <= 250


def test_fanout_through_a_suffix_name_and_on_average(checkout: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "40 carts with 1-5 items per cart; 30 products, 3 reviews per product on average")
    low, high, carts = one(checkout, "SELECT min(n), max(n), count(*) FROM (SELECT count(*) n FROM cart_items GROUP BY cart_id) x")
    assert low >= 1 and high <= 5 and carts == 40
    low, high, avg = one(checkout, "SELECT min(n), max(n), avg(n) FROM (SELECT count(*) n FROM reviews GROUP BY product_id) x")
    assert low >= 1 and high <= 5 and 2.4 <= float(avg) <= 3.6


def test_fanout_through_an_fk_inside_a_composite_key(shop: psycopg.Connection, fresh_dsn: str) -> None:
    """order_items' key is (order_id, product_id): each order still gets 1-5 distinct products."""
    result, expl = scoped(fresh_dsn, "300 orders with 1-5 items per order, 50 products")
    assert all(u.applied for u in expl.understood), expl.understood
    low, high, orders = one(shop, "SELECT min(n), max(n), count(*) FROM (SELECT count(*) n FROM order_items GROUP BY order_id) x")
    assert (low, high, orders) == (1, 5, 300)
    assert 300 <= result.tables["order_items"] <= 1500
    assert one(shop, "SELECT count(DISTINCT product_id) FROM order_items")[0] > 40


SHIPMENTS = """
    CREATE TABLE orders (id serial PRIMARY KEY, placed_at timestamptz NOT NULL);
    CREATE TABLE shipments (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders,
                            label_printed timestamptz NOT NULL, handed_over timestamptz NOT NULL);
"""


def test_timestamps_after_the_corresponding_parent(db: psycopg.Connection, fresh_dsn: str, other_dsn: str) -> None:
    """Names alone do not tie shipments.handed_over to its order; the scope does, for every row."""
    late = ("SELECT count(*) FROM shipments s JOIN orders o ON o.id = s.order_id "
            "WHERE s.handed_over < o.placed_at")
    db.execute(SHIPMENTS)
    with psycopg.connect(other_dsn, autocommit=True) as other:
        other.execute(SHIPMENTS)
        service.seed(other_dsn, PlanOptions(seed=7, rows=400))
        assert one(other, late)[0] > 0  # the control: without the phrase some come before their order
    _, expl = scoped(fresh_dsn, "400 orders, 400 shipments, handed_over after the corresponding order dates")
    assert all(u.applied for u in expl.understood) and not expl.warnings, (expl.understood, expl.warnings)
    assert one(db, late)[0] == 0
    assert one(db, "SELECT count(*) FROM shipments")[0] == 400


def test_spread(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "200 users, 300 orders across 10 customers")
    assert one(shop, "SELECT count(DISTINCT user_id), count(*) FROM orders") == (10, 300)


def test_implied_fanout(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, _ = scoped(fresh_dsn, "10 users with addresses, only users and addresses", seed=11)
    assert set(result.tables) == {"users", "addresses"}
    low, high, n = one(shop, "SELECT min(c), max(c), count(*) FROM (SELECT count(*) c FROM addresses GROUP BY user_id) x")
    assert low >= 1 and high <= 3 and n == 10


def test_products_across_categories(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, _ = scoped(fresh_dsn, "1,000 users with 1-5 orders each, 200 products across 10 categories")
    assert result.tables["products"] == 200 and result.tables["categories"] == 10
    assert one(shop, "SELECT count(DISTINCT category_id) FROM products")[0] == 10
    assert one(shop, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM orders GROUP BY user_id) x") == (1, 5)


# ----------------------------------------------------------------- value mixes
def test_value_mixes_within_tolerance(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "1000 orders, 90% captured 5% authorized 3% refunded 2% failed")
    got = shares(shop, "payments", "status")
    for label, want in {"captured": 0.9, "authorized": 0.05, "refunded": 0.03, "failed": 0.02}.items():
        assert abs(got.get(label, 0) - want) < 0.03, got


def test_status_distribution_and_vague_mix(checkout: psycopg.Connection, fresh_dsn: str, other_dsn: str) -> None:
    scoped(fresh_dsn, "1000 orders, status distribution of 60% completed 25% shipped 10% processing 5% cancelled")
    got = shares(checkout, "orders", "status")
    for label, want in {"completed": 0.6, "shipped": 0.25, "processing": 0.1, "cancelled": 0.05}.items():
        assert abs(got.get(label, 0) - want) < 0.04, got
    assert "pending" not in got
    with psycopg.connect(other_dsn, autocommit=True) as other:
        other.execute(CHECKOUT)
        scoped(other_dsn, "1000 orders; orders should be mostly completed or shipped", seed=12)
        got = shares(other, "orders", "status")
    assert abs(got["completed"] + got["shipped"] - 0.8) < 0.04 and got.get("pending", 0) > 0.02


# ---------------------------------------------------------------------- ranges
def test_ranges(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "prices ranging from 5 to 500 dollars, quantities between 1 and 3, 300 order items")
    low, high = one(shop, "SELECT min(price), max(price) FROM products")
    assert Decimal(5) <= low and high <= Decimal(500)
    assert one(shop, "SELECT min(quantity), max(quantity) FROM order_items") == (1, 3)


# ----------------------------------------------------------------- time windows
def test_time_windows(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "200 orders, spread across the last 12 months")
    lo, hi = one(shop, "SELECT least(min(placed_at), min(shipped_at)), greatest(max(placed_at), max(shipped_at)) FROM orders")
    assert datetime(2025, 1, 1, tzinfo=UTC) <= lo and hi < datetime(2026, 1, 1, tzinfo=UTC)
    lo, hi = one(shop, "SELECT min(created_at), max(coalesce(updated_at, created_at)) FROM users")
    assert datetime(2025, 1, 1, tzinfo=UTC) <= lo and hi < datetime(2026, 1, 1, tzinfo=UTC)
    shop.execute("TRUNCATE users, addresses, orders, order_items, payments, reviews, products, categories RESTART IDENTITY")
    scoped(fresh_dsn, "100 orders in 2024; users created in the last 30 days", seed=13)
    lo, hi = one(shop, "SELECT min(placed_at), max(placed_at) FROM orders")
    assert datetime(2024, 1, 1, tzinfo=UTC) <= lo and hi < datetime(2025, 1, 1, tzinfo=UTC)
    assert one(shop, "SELECT min(created_at) FROM users")[0] >= datetime(2025, 12, 2, tzinfo=UTC)


def test_time_window_on_dates(checkout: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "HR schema only, 50 employees hired in 2024, timestamps after the corresponding order dates")
    lo, hi = checkout.execute("SELECT min(hired_on), max(hired_on) FROM hr.employees").fetchone()
    assert date(2024, 1, 1) <= lo and hi < date(2025, 1, 1)
    assert any("not applied yet" in w and "corresponding order dates" in w for w in expl.warnings)


# ------------------------------------------------------------- domain, locale
def test_domain_and_locale(shop: psycopg.Connection, fresh_dsn: str) -> None:
    result, expl = scoped(fresh_dsn, "an e-commerce store with electronics products, 100 German customers")
    assert shares(shop, "users", "country") == {"DE": 1.0}
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        opts, _ = scope_options(conn, schema, "Japanese users; a SaaS app", PlanOptions(seed=1))
        plan = service.make_plan(conn, schema, opts)
    assert plan.locale == "ja_JP" and plan.domain_pack == "saas"
    assert not expl.warnings and all(u.applied for u in expl.understood)


# ---------------------------------------------------------------- product themes
def _vocab(key: str) -> dict:
    return load("commerce")["categories"][key]


def test_product_theme_electronics(shop: psycopg.Connection, fresh_dsn: str, other_dsn: str) -> None:
    text = "an e-commerce store with electronics products, 300 products, 40 categories"
    result, expl = scoped(fresh_dsn, text)
    assert not expl.warnings and "Electronics category" in expl.understood[1].meaning
    v = _vocab("electronics")
    medians = {p: float(price) for p, price in v["products"]}
    rows = shop.execute("SELECT name, sku, price, description, attributes FROM products").fetchall()
    assert len(rows) == 300 and len({r[0] for r in rows}) == 300
    for name, sku, price, description, attributes in rows:
        assert name.split(" ")[0] in {b.split(" ")[0] for b in v["brands"]}, name
        noun = next((p for p in medians if name.endswith(p) or f" {p} (" in name), None)
        assert noun is not None, name  # every product is an electronics product
        assert medians[noun] / 3 <= float(price) <= medians[noun] * 3, (name, price)
        assert sku.startswith("EL"), sku
        assert description is None or noun in description
        assert attributes is None or attributes["category"] == "Electronics"
    allowed = set(subcategories(("electronics",)))
    names = [r[0] for r in shop.execute("SELECT name FROM categories")]
    assert len(names) == 40 and all(re.sub(r" \d+$", "", n) in allowed for n in names), names
    # every category in the catalogue stays reachable, and the same seed gives the same products
    with psycopg.connect(other_dsn, autocommit=True) as other:
        other.execute(shop_sql())
        scoped(other_dsn, text)
        again = other.execute("SELECT name, price FROM products ORDER BY sku").fetchall()
    assert again == shop.execute("SELECT name, price FROM products ORDER BY sku").fetchall()


def test_product_theme_books_and_unknown_words(shop: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "a bookstore, 60 products")
    formats = tuple(f"({p})" for p, _ in _vocab("books")["products"])
    skus = [r[0] for r in shop.execute("SELECT sku FROM products")]
    assert all(r[0].endswith(formats) for r in shop.execute("SELECT name FROM products"))
    assert len(skus) == 60 and all(s.startswith("BK") for s in skus)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        _, expl = scope_options(conn, service.load_schema(conn), "an e-commerce store with toy products",
                                PlanOptions(seed=1))
    assert any("'toy'" in w for w in expl.warnings)
    invoke(2, "plan", "--dsn", fresh_dsn, "--strict", "--scope", "an e-commerce store with toy products")


# ---------------------------------------------------------------- company rows
CUSTOMERS = """
CREATE TYPE plan_t AS ENUM ('free', 'pro', 'team', 'enterprise');
CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL UNIQUE, contact_first_name text, email text,
    country char(2) NOT NULL, employees int CHECK (employees > 0),
    company_size text CHECK (company_size IN ('1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+')),
    plan plan_t NOT NULL, segment text,
    customer_type text NOT NULL CHECK (customer_type IN ('individual', 'business')),
    is_business boolean NOT NULL DEFAULT false);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers, total numeric(10, 2));
"""


def _company_name(name: str) -> bool:
    return re.sub(r" \d+$", "", name) in set(company_table()[0].tolist())


def test_enterprise_customers_get_company_names_and_sizes(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute(CUSTOMERS)
    _, expl = scoped(fresh_dsn, "make customers US-based enterprise companies, 200 customers")
    assert not expl.warnings
    meaning = expl.understood[1].meaning
    assert "customers.name: company names" in meaning and "customers.plan = 'enterprise'" in meaning
    rows = db.execute("SELECT name, country, employees, company_size, plan::text, segment, customer_type, is_business "
                      "FROM customers").fetchall()
    assert len(rows) == 200
    assert all(_company_name(r[0]) for r in rows), [r[0] for r in rows[:5]]
    assert {r[1] for r in rows} == {"US"}
    employees = [r[2] for r in rows if r[2] is not None]
    assert employees and min(employees) >= 1000 and max(employees) <= 50000 and len(set(employees)) > 50
    assert {r[3] for r in rows} - {None} <= {"201-1000", "1001-5000", "5000+"}
    assert {(r[4], r[6], r[7]) for r in rows} == {("enterprise", "business", True)}
    assert {r[5] for r in rows} - {None} == {"enterprise"}


def test_small_businesses_and_a_schema_without_size_columns(db: psycopg.Connection, fresh_dsn: str,
                                                            other_dsn: str) -> None:
    db.execute(CUSTOMERS)
    _, expl = scoped(fresh_dsn, "customers are small businesses; 100 customers")
    assert "customers.plan left alone" in expl.understood[0].meaning
    lo, hi = one(db, "SELECT min(employees), max(employees) FROM customers")
    assert 1 <= lo and hi <= 99
    assert {r[0] for r in db.execute("SELECT DISTINCT company_size FROM customers")} - {None} <= {"1-10", "11-50", "51-200"}
    # The shop's users have no size column: company names, and the explanation says what was not.
    with psycopg.connect(other_dsn, autocommit=True) as shop:
        shop.execute(shop_sql())
        _, expl = scoped(other_dsn, "make customers US-based enterprise companies, 50 users")
        names = [r[0] for r in shop.execute("SELECT full_name FROM users")]
        countries = {r[0] for r in shop.execute("SELECT DISTINCT country FROM users")}
    assert len(names) == 50 and all(_company_name(n) for n in names) and countries == {"US"}
    assert "users.full_name: company names" in expl.understood[1].meaning
    assert "no company-size, employees, tier, plan or segment column" in expl.understood[1].meaning


# ---------------------------------------------------------------- existing keys
def test_existing_parent_keys(shop: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "only users, 20 users")
    with pytest.raises(ScopeError) as exc:
        scoped(fresh_dsn, "orders for user IDs 1-1000", seed=15)
    assert "980 of the 1000 given users keys do not exist: 21, 22, 23" in exc.value.message
    assert exc.value.subject == "orders.user_id"
    with pytest.raises(ScopeError, match="1 of the 3 given users keys do not exist: 99$"):
        scoped(fresh_dsn, "orders for users with ids 3, 5 and 99", seed=15)
    result, _ = scoped(fresh_dsn, "200 orders for users with IDs: 3,5,8, only orders", seed=14)
    assert result.tables == {"orders": 200}
    assert {r[0] for r in shop.execute("SELECT DISTINCT user_id FROM orders")} == {3, 5, 8}
    assert counts(shop, "users")["users"] == 20


# -------------------------------------------------------------------- orphans
def test_deliberate_orphans(checkout: psycopg.Connection, fresh_dsn: str) -> None:
    scoped(fresh_dsn, "1000 system events, 10% with user IDs that don't exist", rows=50)
    orphans, total = one(checkout, "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = e.user_id)), "
                                   "count(*) FROM system_events e")
    assert total == 1000 and abs(orphans / total - 0.1) < 0.03


def test_orphans_when_the_target_loads_later(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute("CREATE TABLE users (id bigserial PRIMARY KEY, name text); "
               "CREATE TABLE events (id bigserial PRIMARY KEY, user_id bigint, kind text)")
    scoped(fresh_dsn, "200 events, 10% with user IDs that don't exist, 50 users")
    orphans = one(db, "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = e.user_id)")[0]
    assert abs(orphans / 200 - 0.1) < 0.05


def test_orphans_forbidden_by_a_foreign_key(shop: psycopg.Connection, fresh_dsn: str) -> None:
    with pytest.raises(ScopeError) as exc:
        scoped(fresh_dsn, "100 orders, 10% with user IDs that don't exist")
    assert "orders.user_id has a foreign key" in exc.value.message and "forbids" in exc.value.message
    assert counts(shop, "orders")["orders"] == 0


# ------------------------------------------------------------------------ CLI
def invoke(code: int, *args: str):
    result = runner.invoke(app, list(args), env={}, catch_exceptions=False)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def test_cli_plan_scope_json_save_and_seed_from_config(shop: psycopg.Connection, fresh_dsn: str, tmp_path: Path) -> None:
    toml = tmp_path / "seedbed.toml"
    res = invoke(0, "plan", "--dsn", fresh_dsn, "--seed", "3", "--output", "json", "--save-scope", str(toml),
                 "--scope", "1,000 users with 1-5 orders each, 200 products across 10 categories, blorp")
    doc = json.loads(res.stdout)
    assert doc["tables"]["users"]["rows"] == 1000 and doc["tables"]["products"]["rows"] == 200
    scope = doc["scope"]
    assert scope["structured"]["items"][1] == {"kind": "fanout", "phrase": "1,000 users with 1-5 orders each",
                                               "child": "orders", "parent": "users", "low": 1, "high": 5}
    assert scope["phrases"][0]["understood"][1]["meaning"].startswith("orders: 1-5 per users row")
    assert scope["unplaced"] == ["blorp"] and "could not place 'blorp'" in scope["warnings"]
    assert toml.exists()
    res = invoke(0, "seed", "--dsn", fresh_dsn, "--seed", "3", "--config", str(toml), "--rows", "users=30")
    assert "--rows users=30 wins over the scope's 1000 rows for users" in res.stderr
    assert "--config" in res.stderr  # the reproduce command names the saved scope
    assert counts(shop, "users", "products")["users"] == 30


def test_cli_text_and_strict(shop: psycopg.Connection, fresh_dsn: str) -> None:
    res = invoke(0, "plan", "--dsn", fresh_dsn, "--seed", "3", "--scope",
                 "German customers, timestamps before the corresponding order dates, blorp")
    assert '"German customers"' in res.stdout and "users.country = 'DE'" in res.stdout
    assert "(not applied yet)" in res.stdout and "could not place 'blorp'" in res.stdout
    res = invoke(2, "seed", "--dsn", fresh_dsn, "--strict", "--scope", "100 users, blorp", "--output", "json")
    assert json.loads(res.stdout)["errors"][0]["code"] == "SB110"
    assert counts(shop, "users")["users"] == 0  # --strict wrote nothing
    res = invoke(2, "plan", "--dsn", fresh_dsn, "--scope", "1000 usres")
    assert "did you mean 'users'" in res.stderr
    res = invoke(0, "seed", "--dsn", fresh_dsn, "--seed", "5", "--scope", "40 users, only users", "--output", "json")
    doc = json.loads(res.stdout)
    assert doc["ok"] and doc["scope"]["phrases"] and "--scope" in doc["reproduce"]
    assert counts(shop, "users")["users"] == 40
