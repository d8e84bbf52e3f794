"""Declared references inside one database (issue 13): columns with no FK constraint, kept by
``[references]`` of seedbed.toml as if they had one, verified by anti-join, orphans on request."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed import service
from seedbed.cli.main import app
from seedbed.errors import ReferenceProblem, UnknownColumnError, UnknownTableError
from seedbed.planning.options import PlanOptions

SERVICES = (Path(__file__).parent / "data" / "scope_services.sql").read_text()
REFS = {
    "orders.user_id": "users.id",
    "order_items.product_id": "products.id",
    "payments.order_id": "orders.id",
    "payments.user_id": "users.id",
    "notifications.order_id": "orders.id",
    "notifications.product_sku": "products.sku",  # a unique column, not the primary key
}
runner = CliRunner()


def _toml(refs: dict) -> str:
    lines = ["[references]"]
    for k, v in refs.items():
        if isinstance(v, dict):
            inner = ", ".join(f"{a} = {json.dumps(b)}" for a, b in v.items())
            lines.append(f'"{k}" = {{ {inner} }}')
        else:
            lines.append(f'"{k}" = "{v}"')
    return "\n".join(lines) + "\n"


def _orphans(conn: psycopg.Connection, child: str, col: str, parent: str, key: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {child} c WHERE c.{col} IS NOT NULL AND NOT EXISTS "
                        f"(SELECT FROM {parent} p WHERE p.{key} = c.{col})").fetchone()[0]


@pytest.fixture
def services(fresh_dsn: str) -> str:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SERVICES)
    return fresh_dsn


def test_cli_seed_keeps_declared_references_and_asked_orphans(services: str, tmp_path: Path) -> None:
    config = tmp_path / "seedbed.toml"
    config.write_text(_toml(REFS | {"notifications.user_id": {"to": "users.id", "orphans": 0.1}}))
    res = runner.invoke(app, ["seed", "--dsn", services, "--config", str(config), "--rows", "users=80,orders=400",
                              "--seed", "5", "--output", "json"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)["verify"]
    assert report["ok"] and report["references"]["notifications.user_id -> users(id)"] > 0
    with psycopg.connect(services) as conn:
        for child, parent in REFS.items():
            (ct, cc), (pt, pc) = child.split("."), parent.split(".")
            assert _orphans(conn, ct, cc, pt, pc) == 0, child
        rows = conn.execute("SELECT count(*) FROM notifications").fetchone()[0]
        assert _orphans(conn, "notifications", "user_id", "users", "id") == round(0.1 * rows)  # exact, not a coin
        # Agreements that hold for real FKs hold for declared ones: a payment's user is its order's user,
        # a payment comes after its order.
        same, after, total = conn.execute(
            "SELECT count(*) FILTER (WHERE p.user_id = o.user_id), count(*) FILTER (WHERE p.paid_at >= o.placed_at), "
            "count(*) FROM payments p JOIN orders o ON o.id = p.order_id").fetchone()
        assert total == 400 and same == total and after == total
        sku = conn.execute("SELECT count(*) FROM notifications WHERE product_sku IS NOT NULL").fetchone()[0]
        assert sku > 0
    # An orphan nobody asked for is found, named as a declared reference, exit 1.
    with psycopg.connect(services, autocommit=True) as conn:
        conn.execute("UPDATE orders SET user_id = -5 WHERE id = (SELECT min(id) FROM orders)")
    res = runner.invoke(app, ["verify", "--dsn", services, "--config", str(config)], catch_exceptions=False)
    assert res.exit_code == 1
    assert "orders.user_id" in res.output and "declared reference" in res.output


def test_scope_orphans_on_a_declared_reference(services: str, tmp_path: Path) -> None:
    config = tmp_path / "seedbed.toml"
    config.write_text(_toml(REFS))
    res = runner.invoke(app, ["seed", "--dsn", services, "--config", str(config), "--scope",
                              "200 orders, 10% with user IDs that don't exist", "--seed", "2"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    with psycopg.connect(services) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 200
        assert _orphans(conn, "orders", "user_id", "users", "id") == 20


def test_declared_references_order_inserts_and_bulk_keeps_them(services: str) -> None:
    # orders are declared children of users; with no constraint at all, only the reference orders them.
    fks_sql = "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
    with psycopg.connect(services) as conn:
        before = conn.execute(fks_sql).fetchone()[0]
    r = service.seed(services, PlanOptions(rows_per_table={"users": 30, "orders": 90}, seed=3, references=REFS),
                     bulk=True)
    assert r.ok, r.verify.problems
    order = list(r.tables)
    assert order.index("users") < order.index("orders") < order.index("payments")
    assert order.index("products") < order.index("notifications")
    with psycopg.connect(services) as conn:  # bulk mode dropped and re-created only real constraints
        assert conn.execute(fks_sql).fetchone()[0] == before == 8
        assert _orphans(conn, "payments", "order_id", "orders", "id") == 0


@pytest.mark.parametrize(("refs", "error", "said"), [
    ({"orderz.user_id": "users.id"}, UnknownTableError, "orders"),
    ({"orders.usr_id": "users.id"}, UnknownColumnError, "user_id"),
    ({"notifications.product_sku": "products.name"}, ReferenceProblem, "not a unique key"),
    ({"order_items.product_id": "users.id"}, ReferenceProblem, "uuid"),
    ({"refunds.payment_id": "products.id"}, ReferenceProblem, "already has a foreign key"),
    ({"orders.user_id": {"to": "users.id", "orphans": 1.5}}, ReferenceProblem, "share"),
])
def test_reference_errors_name_the_reference(services: str, refs: dict, error: type, said: str) -> None:
    with service.connect(services, autocommit=True) as conn, pytest.raises(error) as exc:
        service.load_schema(conn, None, refs)
    assert said in (exc.value.message + " " + (exc.value.hint or ""))


def test_every_bad_reference_at_once(services: str) -> None:
    refs = {"orders.usr_id": "users.id", "notifications.product_sku": "products.name"}
    with service.connect(services, autocommit=True) as conn, pytest.raises(ReferenceProblem) as exc:
        service.load_schema(conn, None, refs)
    assert exc.value.code == "SB140" and "usr_id" in exc.value.message and "products" in exc.value.message


def test_phases_put_roots_first_and_a_cycle_in_one_phase() -> None:
    from seedbed.workspace.phases import phases

    edges = [("orders", "users"), ("orders", "products"), ("payments", "orders"), ("notifs", "orders"),
             ("notifs", "products")]
    assert phases(["users", "products", "orders", "payments", "notifs"], edges) == \
        [["users", "products"], ["orders"], ["payments", "notifs"]]
    assert phases(["a", "b", "c"], [("a", "b"), ("b", "a"), ("c", "a")]) == [["a", "b"], ["c"]]
    assert phases(["x", "y"], []) == [["x", "y"]]


def test_composite_and_quoted_reference_sides() -> None:
    from seedbed.references import _side

    assert _side("shipments.(order_id, line_no)") == ("shipments", ("order_id", "line_no"))
    assert _side('public."Order Items".product_id') == ('public."Order Items"', ("product_id",))
    with pytest.raises(ReferenceProblem):
        _side("user_id")


def test_a_composite_declared_reference(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE lines (order_id int, line_no int, sku text NOT NULL, PRIMARY KEY (order_id, line_no));"
                     "CREATE TABLE returns (id serial PRIMARY KEY, order_id int NOT NULL, line_no int NOT NULL, "
                     "reason text NOT NULL)")
    r = service.seed(fresh_dsn, PlanOptions(rows_per_table={"lines": 50, "returns": 120}, seed=1,
                                            references={"returns.(order_id, line_no)": "lines.(order_id, line_no)"}))
    assert r.ok and list(r.tables) == ["lines", "returns"]
    with psycopg.connect(fresh_dsn) as conn:
        assert conn.execute("SELECT count(*) FROM returns r WHERE NOT EXISTS (SELECT FROM lines l "
                            "WHERE (l.order_id, l.line_no) = (r.order_id, r.line_no))").fetchone()[0] == 0
