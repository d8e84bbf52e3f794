"""The agent tools over stdio with the SDK's client: doctor, saved plans, background runs, resources."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import psycopg
import pytest

pytest.importorskip("mcp")

import anyio  # noqa: E402
from mcp import ClientSession, StdioServerParameters, stdio_client  # noqa: E402

from seedbed.demo import shop_sql  # noqa: E402
from tests.test_mcp import assert_tool_error  # noqa: E402


def session(env: dict[str, str], script: Any) -> Any:
    """Run ``await script(session)`` against a fresh ``seedbed mcp`` over stdio."""
    params = StdioServerParameters(command=sys.executable, args=["-m", "seedbed.cli.main", "mcp"], env=env)

    async def main() -> Any:
        async with stdio_client(params) as streams, ClientSession(*streams) as s:
            await s.initialize()
            return await script(s)

    return anyio.run(main)


def counts(dsn: str) -> dict[str, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
                for t in ("users", "products", "orders", "order_items")}


def test_doctor_plans_and_resources(fresh_dsn: str, tmp_path) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    config = str(tmp_path / "seedbed.toml")

    async def script(s: ClientSession) -> dict[str, Any]:
        out = {"doctor": await s.call_tool("doctor", {})}
        out["create"] = await s.call_tool("plan_create", {"name": "ci", "scope": "12 users with 2 orders each",
                                                          "seed": 4, "config": config})
        out["dup"] = await s.call_tool("plan_create", {"name": "ci", "config": config})
        out["update"] = await s.call_tool("plan_update", {"name": "ci", "description": "small", "config": config})
        out["list"] = await s.call_tool("plans_list", {"config": config})
        out["get"] = await s.call_tool("plan_get", {"name": "ci", "config": config})
        out["seed"] = await s.call_tool("seed_database", {"plan": "ci", "config": config})
        out["delete"] = await s.call_tool("plan_delete", {"name": "ci", "config": config})
        out["missing"] = await s.call_tool("plan_get", {"name": "ci", "config": config})
        out["typo"] = await s.call_tool("plan_get", {"nam": "ci"})
        out["resources"] = [r.uri for r in (await s.list_resources()).resources]
        out["schema"] = await s.read_resource("seedbed://schema")
        out["graph"] = await s.read_resource("seedbed://fk-graph")
        return out

    out = session({"SEEDBED_DSN": fresh_dsn}, script)
    doctor = out["doctor"].structured_content
    assert not out["doctor"].is_error and doctor["ok"] is True
    assert {f["check"] for f in doctor["findings"]} >= {"connect", "bulk", "plan"}
    assert not out["create"].is_error and out["create"].structured_content["plan"]["seed"] == 4
    assert_tool_error(out["dup"], "SB171")
    assert out["update"].structured_content["plan"]["description"] == "small"
    assert [p["name"] for p in out["list"].structured_content["plans"]] == ["ci"]
    assert out["get"].structured_content["plan"]["scope"] == "12 users with 2 orders each"
    seeded = out["seed"].structured_content
    assert not out["seed"].is_error and seeded["ok"] and seeded["seed"] == 4, seeded
    assert counts(fresh_dsn)["users"] == 12 and counts(fresh_dsn)["orders"] == 24
    assert out["delete"].structured_content == {"ok": True, "deleted": "ci"}
    assert_tool_error(out["missing"], "SB170")
    assert_tool_error(out["typo"], "SB103")
    assert {str(u) for u in out["resources"]} == {"seedbed://schema", "seedbed://fk-graph"}
    schema = json.loads(out["schema"].contents[0].text)
    assert {t["table"] for t in schema["tables"]} >= {"users", "orders"}
    assert out["graph"].contents[0].text.lstrip().startswith(("graph", "flowchart"))


def test_background_run_cancel_rolls_back(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())

    async def script(s: ClientSession) -> dict[str, Any]:
        started = await s.call_tool("seed_database", {"rows": 80_000, "seed": 2, "wait": False})
        run_id = started.structured_content["run_id"]
        deadline = time.monotonic() + 120
        status = None
        while time.monotonic() < deadline:
            status = (await s.call_tool("run_status", {"run_id": run_id})).structured_content
            if status["rows_done"] > 0 or status["state"] != "running":
                break
            await anyio.sleep(0.05)
        mid = dict(status)
        cancelled = await s.call_tool("run_cancel", {"run_id": run_id, "wait_seconds": 120})
        after = await s.call_tool("run_status", {"run_id": run_id})
        unknown = await s.call_tool("run_status", {"run_id": "nope"})
        return {"started": started, "mid": mid, "cancelled": cancelled, "after": after, "unknown": unknown}

    out = session({"SEEDBED_DSN": fresh_dsn}, script)
    assert out["started"].structured_content["state"] == "running"
    assert out["mid"]["state"] == "running" and out["mid"]["rows_done"] > 0, out["mid"]
    final = out["cancelled"].structured_content
    assert final["state"] == "cancelled", final
    assert "rolled back" in final["note"]
    assert out["after"].structured_content["state"] == "cancelled"
    assert_tool_error(out["unknown"], "SB180")
    assert counts(fresh_dsn) == {"users": 0, "products": 0, "orders": 0, "order_items": 0}


def test_idempotency_key(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())

    async def script(s: ClientSession) -> list[Any]:
        args = {"rows": 15, "seed": 9, "idempotency_key": "deploy-42"}
        first = await s.call_tool("seed_database", args)
        retried = await s.call_tool("seed_database", args)
        other = await s.call_tool("seed_database", args | {"rows": 16})
        return [first, retried, other]

    first, retried, other = session({"SEEDBED_DSN": fresh_dsn}, script)
    assert not first.is_error and first.structured_content["ok"]
    assert retried.structured_content["run_id"] == first.structured_content["run_id"]
    assert_tool_error(other, "SB181")
    assert counts(fresh_dsn)["users"] == 15  # seeded once
