"""The command line: exit codes, JSON on stdout, errors on stderr without a traceback."""

from __future__ import annotations

import json

import psycopg
from typer.testing import CliRunner

from seedbed.cli.main import app
from seedbed.demo import shop_sql

runner = CliRunner()


def invoke(code: int, *args: str, env: dict[str, str | None] | None = None):
    """Run the CLI and assert its exit code (sqlfluff's invoke_assert_code)."""
    result = runner.invoke(app, list(args), env=env or {}, catch_exceptions=False)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def test_seed_json_then_verify(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    res = invoke(0, "seed", "--dsn", fresh_dsn, "--rows", "users=40,orders=80", "--seed", "42", "--output", "json")
    doc = json.loads(res.stdout)
    assert doc["ok"] is True and doc["seed"] == 42 and doc["errors"] == []
    rows = {t["table"]: t["rows"] for t in doc["tables"]}
    assert rows["users"] == 40 and rows["orders"] == 80
    assert doc["verify"]["ok"] is True
    assert "--seed 42" in doc["reproduce"]
    invoke(0, "verify", "--dsn", fresh_dsn)
    # Break an FK behind seedbed's back: verify exits 1 and names it.
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey")
        conn.execute("UPDATE orders SET user_id = -1 WHERE id IN (SELECT id FROM orders LIMIT 3)")
        conn.execute("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users NOT VALID")
    res = invoke(1, "verify", "--dsn", fresh_dsn, "--output", "json")
    problems = json.loads(res.stdout)["problems"]
    assert any(p["kind"] == "fk_orphan" and p["count"] == 3 for p in problems)


def test_env_dsn_plan_and_inspect(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    env = {"SEEDBED_DSN": fresh_dsn}
    res = invoke(0, "plan", "--rows", "500", "--seed", "1", "--output", "json", env=env)
    plan = json.loads(res.stdout)
    assert plan["tables"]["users"]["columns"]["id"]["generator"] == "sequence"
    assert plan["tables"]["order_items"]["rows"] == 500
    assert any("users" in c["tables"] and "addresses" in c["tables"] for c in plan["cycles"])
    res = invoke(0, "inspect", "--format", "mermaid", env=env)
    assert res.stdout.startswith("flowchart LR") and "classDef cycle" in res.stdout
    res = invoke(0, "inspect", "--format", "dot", env=env)
    assert res.stdout.startswith("digraph")
    invoke(0, "inspect", env=env)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0  # plan writes nothing


def test_usage_errors_exit_2(fresh_dsn: str) -> None:
    res = invoke(2, "seed", "--dsn", fresh_dsn, "--rows", "lots")
    assert "SB100" in res.stderr and "hint" in res.stderr
    res = invoke(2, "seed", "--dsn", fresh_dsn, "--tables", "nope", "--output", "json")
    assert json.loads(res.stdout)["errors"][0]["code"] == "SB101"
    invoke(2, "seed", env={"SEEDBED_DSN": None, "DATABASE_URL": None})  # no DSN anywhere


def test_connection_error_exits_3() -> None:
    res = invoke(3, "inspect", "--dsn", "postgresql://nobody@127.0.0.1:1/none")
    assert "SB301" in res.stderr


def test_unsatisfiable_exits_4(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (x int CONSTRAINT impossible CHECK (x > 5 AND x < 3) NOT NULL)")
    res = invoke(4, "seed", "--dsn", fresh_dsn, "--rows", "5")
    assert "impossible" in res.stderr


def test_config_overrides_a_column(fresh_dsn: str, tmp_path) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    cfg = tmp_path / "seedbed.toml"
    cfg.write_text('[columns."orders.status"]\nweights = { delivered = 0.8, cancelled = 0.2 }\n\n'
                   '[columns."users.bio"]\nprovider = "text.bio"\n')
    res = invoke(0, "plan", "--dsn", fresh_dsn, "--rows", "20", "--config", str(cfg), "--output", "json")
    cols = json.loads(res.stdout)["tables"]["orders"]["columns"]
    assert cols["status"]["provider"] == "mix"
    invoke(0, "seed", "--dsn", fresh_dsn, "--rows", "200", "--seed", "3", "--config", str(cfg))
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        statuses = {r[0] for r in conn.execute("SELECT DISTINCT status::text FROM orders")}
    assert statuses == {"delivered", "cancelled"}
    cfg.write_text('[columns."orders.nope"]\nprovider = "text.bio"\n')
    res = invoke(2, "plan", "--dsn", fresh_dsn, "--config", str(cfg))
    assert "status" in res.stderr  # did-you-mean lists the real columns
