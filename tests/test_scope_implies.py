"""Conditions across columns (issue 11): "shipped orders have a shipping address", "orders over $100 are
never cancelled", "if an order is pending, it has no shipped date". Each becomes a rule of the seed
(``seedbed.rules``) the data keeps and verify checks; the phrase forms are in tests/data/scope_phrases.txt.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.demo import shop_sql
from seedbed.errors import ScopeError, UsageError
from seedbed.planning.planner import PlanOptions
from seedbed.rules import rule_columns, with_rules
from seedbed.scope import parse, resolve
from seedbed.scope.combine import combine
from seedbed.scope.model import Implies, Scope

SCOPE = ("orders over $100 are never cancelled; if an order is pending, it has no shipped date; "
         "shipped orders must have a shipping address; inactive users have no phone")


@pytest.fixture
def shop(fresh_dsn: str):
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
        schema = service.load_schema(conn)
    return fresh_dsn, schema


def test_the_rules_hold_on_the_data_and_verify_checks_them(shop) -> None:
    dsn, schema = shop
    res = resolve(parse(SCOPE, schema), schema)
    assert not res.warnings, res.warnings
    assert len(res.options.rules) == 4
    options, _ = combine(schema, PlanOptions(rows=300, seed=21), res.options)
    result = service.seed(dsn, options)
    assert result.ok, result.verify
    with psycopg.connect(dsn) as conn:
        orders = conn.execute("SELECT status::text, total_cents, shipped_at, shipping_address_id FROM orders").fetchall()
        users = conn.execute("SELECT is_active, phone FROM users").fetchall()
    assert all(o[1] <= 10000 for o in orders if o[0] == "cancelled")
    assert all(o[2] is None for o in orders if o[0] == "pending")
    assert all(o[3] is not None for o in orders if o[0] == "shipped")
    assert all(u[1] is None for u in users if not u[0])
    # the rows a rule does not touch keep their values: big orders, phones of active users
    assert any(o[1] > 10000 for o in orders) and any(u[1] is not None for u in users if u[0])
    statuses = {o[0] for o in orders}
    assert {"pending", "shipped", "delivered"} <= statuses


def test_verify_reports_a_row_that_breaks_a_rule(shop) -> None:
    """The rules are asked of the data by verify, as CHECKs are: a row changed afterwards is reported."""
    dsn, schema = shop
    opts = PlanOptions(rows=50, seed=4, rules=(("orders", "status <> 'pending' OR shipped_at IS NULL"),))
    assert service.seed(dsn, opts).ok
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE orders SET status = 'pending', shipped_at = placed_at + interval '1 day' "
                     "WHERE id = (SELECT min(id) FROM orders)")
        report = service.verify_rows(conn, with_rules(service.load_schema(conn), opts.rules))
    assert [p.constraint for p in report.problems if p.kind == "check"] == ["seedbed rule 1"]


def test_a_side_that_names_nothing_is_not_a_rule(shop) -> None:
    _, schema = shop
    # a count of children (another table), not a column of users: left to the other rules
    scope = parse("inactive users have no orders", schema)
    assert not any(isinstance(i, Implies) for i in scope.items)
    # one column on both sides is no implication: said back, never applied
    res = resolve(parse("if a payment is refunded, it is never captured", schema), schema)
    assert not res.options.rules and res.warnings
    # unless the value is also a moment the row reaches (brief s11): "never shipped" is no shipped_at
    res = resolve(parse("if an order is cancelled, it is never shipped", schema), schema)
    assert res.options.rules == (("orders", "status <> 'cancelled' OR shipped_at IS NULL"),) and not res.warnings


def test_a_not_null_column_asked_empty_is_an_error(shop) -> None:
    _, schema = shop
    with pytest.raises(ScopeError, match="NOT NULL"):
        resolve(parse("cancelled orders have no total", schema), schema)


def test_rules_name_columns_of_their_table(shop) -> None:
    _, schema = shop
    assert rule_columns("status <> 'it''s OR x' OR \"Shipped At\" IS NOT NULL AND total IN (1, 2)") == \
        ["status", "Shipped At", "total"]
    with pytest.raises(UsageError, match="no column 'shiped_at'") as exc:
        with_rules(schema, [("orders", "status <> 'pending' OR shiped_at IS NULL")])
    assert "shipped_at" in (exc.value.hint or "")
    once = with_rules(with_rules(schema, [("orders", "total_cents > 0")]), [("orders", "total_cents > 0")])
    assert [c.name for c in once.table(once.tables[0].name).checks].count("seedbed rule 1") <= 1


def test_the_structured_form_round_trips(shop) -> None:
    """seedbed.toml keeps the item (``--save-scope``), so a saved scope reads back the same rule."""
    _, schema = shop
    scope = parse("orders over $100 are never cancelled", schema)
    again = Scope.from_dict(scope.to_dict())
    assert again.items == scope.items
    assert resolve(again, schema).options.rules == (("orders", "total_cents <= 10000 OR status <> 'cancelled'"),)


def test_sqlite_keeps_and_verifies_a_rule_its_file_does_not_hold(tmp_path) -> None:
    """SQLite is the oracle only for the CHECKs its file holds: a rule of the seed is asked of the candidate
    rows by seedbed (``json_each``), and verify asks it of the data."""
    import sqlite3

    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(shop_sql("sqlite"))
    dsn = f"sqlite:///{path}"
    rules = (("orders", "total_cents <= 10000 OR status <> 'cancelled'"), ("users", "is_active = TRUE OR phone IS NULL"))
    result = service.seed(dsn, PlanOptions(rows=200, seed=8, rules=rules))
    assert result.ok and result.verify.checked["check"] >= 2
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM orders WHERE status = 'cancelled' AND total_cents > 10000").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM users WHERE NOT is_active AND phone IS NOT NULL").fetchone() == (0,)
        conn.execute("UPDATE users SET phone = '+1 555 0100' WHERE id = (SELECT min(id) FROM users WHERE NOT is_active)")
    with service.connect(dsn) as conn:
        from seedbed.rules import with_rules as add

        report = service.verify_rows(conn, add(service.load_schema(conn), rules))
    assert [p.constraint for p in report.problems if p.kind == "check"] == ["seedbed rule 2"]


def test_rules_written_in_seedbed_toml(shop, tmp_path) -> None:
    """A team writes its rules in SQL in ``[rules]``; a column the table lacks is a config error (exit 2)."""
    from typer.testing import CliRunner

    from seedbed.cli.main import app

    dsn, _ = shop
    cfg = tmp_path / "seedbed.toml"
    cfg.write_text("[rules]\norders = [\"status <> 'pending' OR shipped_at IS NULL\", "
                   "\"status NOT IN ('shipped', 'delivered') OR shipping_address_id IS NOT NULL\"]\n")
    res = CliRunner().invoke(app, ["seed", "--dsn", dsn, "--rows", "200", "--seed", "3", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT count(*) FROM orders WHERE status = 'pending' AND shipped_at IS NOT NULL "
                            "OR status IN ('shipped', 'delivered') AND shipping_address_id IS NULL").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM orders WHERE status = 'delivered'").fetchone()[0] > 0
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE orders SET shipped_at = placed_at WHERE id = (SELECT min(id) FROM orders WHERE status = 'pending')")
    res = CliRunner().invoke(app, ["verify", "--dsn", dsn, "--config", str(cfg)])
    assert res.exit_code == 1 and "seedbed rule 1" in res.output, res.output
    cfg.write_text("[rules]\norders = [\"status <> 'pending' OR shiped_at IS NULL\"]\n")
    res = CliRunner().invoke(app, ["plan", "--dsn", dsn, "--config", str(cfg)])
    assert res.exit_code == 2 and "SB160" in res.output and "shipped_at" in res.output, res.output


def test_mysql_keeps_and_verifies_rules(mysql_dsn: str) -> None:
    """MySQL / MariaDB: the rules fold like its CHECKs, and verify asks them of the data."""
    from tests.mysql_fixtures import load_sql

    load_sql(mysql_dsn, "CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, status ENUM('pending', 'paid', "
                        "'shipped', 'cancelled') NOT NULL, total_cents INT NOT NULL CHECK (total_cents >= 0), "
                        "placed_at DATETIME NOT NULL, shipped_at DATETIME NULL, is_gift TINYINT(1) NOT NULL DEFAULT 0);")
    rules = (("orders", "total_cents <= 10000 OR status <> 'cancelled'"), ("orders", "status <> 'pending' OR shipped_at IS NULL"),
             ("orders", "is_gift = FALSE OR total_cents >= 2000"))
    result = service.seed(mysql_dsn, PlanOptions(rows=300, seed=2, rules=rules))
    assert result.ok and result.verify.checked["check"] == 4
    with service.connect(mysql_dsn) as conn:
        schema = with_rules(service.load_schema(conn), rules)
        report = service.verify_rows(conn, schema)
        assert report.ok
        rows = _rows(conn, "SELECT status, total_cents, shipped_at, is_gift FROM orders")
        assert len(rows) == 300
        assert not [r for r in rows
                    if (r[0] == "cancelled" and r[1] > 10000) or (r[0] == "pending" and r[2] is not None)
                    or (r[3] and r[1] < 2000)]


def _rows(conn, query: str) -> list[tuple]:
    cur = conn.raw.cursor() if hasattr(conn, "raw") else conn.cursor()
    cur.execute(query)
    return list(cur.fetchall())


def test_mysql_reads_a_rule_on_a_column_that_needs_quoting(mysql_dsn: str) -> None:
    """A rule names ``"shippedAt"`` in seedbed's own (PostgreSQL) syntax; MySQL without ANSI_QUOTES reads
    a double-quoted word as a string, so verify must hand it over backticked, or it checks a constant."""
    from tests.mysql_fixtures import load_sql

    load_sql(mysql_dsn, "CREATE TABLE parcels (id BIGINT AUTO_INCREMENT PRIMARY KEY, status ENUM('pending', 'sent') "
                        "NOT NULL, shippedAt DATETIME NULL);")
    rules = (("parcels", "status <> 'pending' OR \"shippedAt\" IS NULL"),)
    result = service.seed(mysql_dsn, PlanOptions(rows=200, seed=4, rules=rules))
    assert result.ok
    with service.connect(mysql_dsn) as conn:
        schema = with_rules(service.load_schema(conn), rules)
        assert service.verify_rows(conn, schema).ok
        cur = conn.raw.cursor() if hasattr(conn, "raw") else conn.cursor()
        cur.execute("UPDATE parcels SET shippedAt = '2025-01-01' WHERE status = 'pending' LIMIT 1")
        report = service.verify_rows(conn, schema)
        assert not report.ok and [p.count for p in report.problems if p.kind == "check"] == [1]
