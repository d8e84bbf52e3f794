"""The MCP server through the SDK's stdio client: list the tools, call each against a real database."""

from __future__ import annotations

import json
import sys
from typing import Any

import psycopg
import pytest

pytest.importorskip("mcp")

import anyio  # noqa: E402
from mcp import ClientSession, StdioServerParameters, stdio_client  # noqa: E402

from seedbed.demo import shop_sql  # noqa: E402
from seedbed.errors import SeedbedError  # noqa: E402
from seedbed.mcp_server import TOOL_NAMES  # noqa: E402
from seedbed.mcp_server.server import is_local  # noqa: E402
from tests.test_spec import ISSUE_SPEC  # noqa: E402

ERROR_KEYS = set(SeedbedError("x").to_dict())


def run_session(env: dict[str, str], calls: list[tuple[str, dict[str, Any]]]) -> tuple[list[Any], list[Any]]:
    """Start ``seedbed mcp`` over stdio, list the tools, make the calls; returns (tools, results)."""
    params = StdioServerParameters(command=sys.executable, args=["-m", "seedbed.cli.main", "mcp"], env=env)

    async def main() -> tuple[list[Any], list[Any]]:
        async with stdio_client(params) as streams, ClientSession(*streams) as session:
            await session.initialize()
            tools = (await session.list_tools()).tools
            results = [await session.call_tool(name, args) for name, args in calls]
            return tools, results

    return anyio.run(main)


def assert_tool_error(result: Any, code: str) -> dict:
    assert result.is_error
    body = result.structured_content
    assert body["ok"] is False and all(set(e) == ERROR_KEYS for e in body["errors"])
    assert json.loads(result.content[0].text) == body
    assert any(e["code"] == code for e in body["errors"]), body
    return body


def test_tools_against_a_real_database(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    calls = [
        ("inspect_schema", {}),  # the DSN from SEEDBED_DSN
        ("plan_seed", {"dsn": fresh_dsn, "rows_per_table": {"users": 30}, "seed": 5}),
        ("seed_database", {"dsn": fresh_dsn, "rows": 25, "seed": 5}),
        ("verify_database", {"dsn": fresh_dsn, "nonempty": True}),
        ("generate_data", {"spec": ISSUE_SPEC}),
        ("generate_data", {"spec": ISSUE_SPEC, "format": "sql"}),
        ("seed_database", {"dsn": "postgresql://app@db.example.com/prod"}),
        ("plan_seed", {"dsn": fresh_dsn, "tables": ["userz"]}),
        ("generate_data", {"spec": {"schema": {"a": {"columns": {"id": "uuid", "b": {"type": "foreign_key",
                                                                                       "reference": "b.id"}}},
                                               "b": {"columns": {"id": "uuid", "a": {"type": "foreign_key",
                                                                                       "reference": "a.id"}}}}}}),
    ]
    tools, results = run_session({"SEEDBED_DSN": fresh_dsn}, calls)
    assert sorted(t.name for t in tools) == sorted(TOOL_NAMES)
    for tool in tools:
        assert tool.input_schema["type"] == "object" and tool.description
    by_name = {t.name: t for t in tools}
    assert "allow_remote" in by_name["seed_database"].input_schema["properties"]
    assert "spec" in by_name["generate_data"].input_schema["required"]

    inspect, plan, seeded, verified, generated, script, remote, unknown, cycle = results
    assert not inspect.is_error and {t["table"] for t in inspect.structured_content["tables"]} >= {"users", "orders"}
    assert inspect.structured_content["cycles"]
    assert not plan.is_error and plan.structured_content["tables"]["users"]["rows"] == 30
    assert not seeded.is_error and seeded.structured_content["ok"] and seeded.structured_content["seed"] == 5
    assert seeded.structured_content["verify"]["ok"]
    assert not verified.is_error and verified.structured_content["ok"]
    assert verified.structured_content["row_counts"]["users"] == 25
    tables = generated.structured_content["tables"]
    assert {t: len(r) for t, r in tables.items()} == {"users": 50, "orders": 200, "order_items": 50}
    assert {o["user_id"] for o in tables["orders"]} <= {u["id"] for u in tables["users"]}
    assert script.structured_content["sql"].rstrip().endswith("COMMIT;")
    assert_tool_error(remote, "SB150")
    assert "allow_remote" in remote.structured_content["errors"][0]["hint"]
    assert "did you mean 'users'" in assert_tool_error(unknown, "SB101")["errors"][0]["hint"]
    assert "a.b -> b.id -> b.a -> a.id" in assert_tool_error(cycle, "SB401")["errors"][0]["message"]
    # plan_seed wrote nothing: only the seed_database call did (25 rows each).
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 25


def test_tools_on_a_sqlite_file(tmp_path) -> None:
    """The same tools on a SQLite file: a local file needs no allow_remote."""
    import os
    import sqlite3

    from seedbed.demo import shop_sql as shop

    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as raw:
        raw.executescript(shop("sqlite"))
    raw.close()
    dsn = f"sqlite:///{path}"
    env = {"PYTHONPATH": os.environ.get("PYTHONPATH", "")}  # the seedbed under test in the server too
    _, (inspect, seeded, verified) = run_session(env, [
        ("inspect_schema", {"dsn": dsn}), ("seed_database", {"dsn": dsn, "rows": 15, "seed": 2}),
        ("verify_database", {"dsn": dsn, "nonempty": True})])
    assert not inspect.is_error and {t["table"] for t in inspect.structured_content["tables"]} >= {"main.users"}
    assert not seeded.is_error and seeded.structured_content["verify"]["ok"]
    assert not verified.is_error and verified.structured_content["row_counts"]["main.users"] == 15


@pytest.mark.parametrize(("dsn", "local"), [
    ("sqlite:///app.db", True),
    ("postgresql://postgres@127.0.0.1:5432/x", True),
    ("postgresql://postgres@localhost/x", True),
    ("postgresql:///x", True),
    ("host=/var/run/postgresql dbname=x", True),
    ("postgresql://u@[::1]:5432/x", True),
    ("postgresql://u@db.internal/x", False),
    ("postgresql://u@10.0.0.5/x", False),
    ("host=localhost,db.example.com dbname=x", False),
])
def test_is_local(dsn: str, local: bool) -> None:
    assert is_local(dsn) is local
