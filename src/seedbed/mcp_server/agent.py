"""The MCP tools for agents that drive seeds over time: doctor, saved plans, background runs.

``seed_database`` (in ``server``) starts a background run when asked (``wait: false``) and
takes an idempotency key; the tools here report on runs and cancel them, diagnose a database
before a seed, and manage the named plans of the project's ``seedbed.toml`` (shared with
``seedbed seed --plan NAME``). Every error is the one JSON error shape (``server._failure``).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from seedbed.mcp_server.server import (AllowRemote, Config, Dsn, Exclude, Rows, RowsPerTable, Schemas, Seed,
                                       Tables, _consent, _dsn, _guard)
from seedbed.mcp_server.server import ScopeText as Scope
from seedbed.runs import RunRegistry

#: The runs of this server process (a run lives as long as the server).
RUNS = RunRegistry()

PlanName = Annotated[str, Field(description="The plan's name: letters, digits, '_', '-', '.'.")]
RunId = Annotated[str, Field(description="The run_id seed_database returned.")]
Description = Annotated[str | None, Field(description="What the plan is for.")]


def doctor(dsn: Dsn = None, schemas: Schemas = None, allow_remote: AllowRemote = False) -> dict[str, Any]:
    """Would a seed work here? Connection and role, read-only or standby, timeouts, INSERT/sequence privileges
    per table, whether --truncate and --bulk would be allowed, triggers and row-level security that may reject
    rows, extensions, and whether a small seed plans cleanly. Every finding has a level and a hint. Writes nothing."""
    def body() -> dict[str, Any]:
        from seedbed.doctor import diagnose

        return diagnose(_dsn(dsn, allow_remote), schemas=schemas or None, connect_check=_consent(allow_remote)).to_dict()
    return _guard(body)


def run_status(run_id: RunId) -> dict[str, Any]:
    """A background seed's state (running, succeeded, failed, cancelled), rows done per table, and its result
    or error once finished."""
    return _guard(lambda: {"ok": True} | RUNS.get(run_id).to_dict())


def run_cancel(run_id: RunId,
               wait_seconds: Annotated[float, Field(ge=0, le=300, description="How long to wait for the rollback.")] = 30
               ) -> dict[str, Any]:
    """Cancel a background seed. It ROLLS EVERYTHING BACK: a seed is one transaction, stopped before its commit,
    so the database is left exactly as it was. A seed that already committed cannot be cancelled (the run says so)."""
    return _guard(lambda: {"ok": True} | RUNS.cancel(run_id, wait=wait_seconds).to_dict())


def _plan_dict(name: str, plan: Any) -> dict[str, Any]:
    return {"name": name} | plan.model_dump()


def plans_list(config: Config = None) -> dict[str, Any]:
    """The saved plans of the project's seedbed.toml (name, scope, rows, seed, tables)."""
    def body() -> dict[str, Any]:
        from seedbed import plans

        path = plans.config_path(config)
        return {"ok": True, "config": str(path),
                "plans": [_plan_dict(n, p) for n, p in plans.list_plans(path).items()]}
    return _guard(body)


def plan_get(name: PlanName, config: Config = None) -> dict[str, Any]:
    """One saved plan."""
    def body() -> dict[str, Any]:
        from seedbed import plans

        return {"ok": True, "plan": _plan_dict(name, plans.get(name, config))}
    return _guard(body)


def plan_create(name: PlanName, description: Description = None, scope: Scope = None, rows: Rows = None,
                rows_per_table: RowsPerTable = None, seed: Seed = None, tables: Tables = None,
                exclude: Exclude = None, config: Config = None) -> dict[str, Any]:
    """Save a named plan in seedbed.toml (refused if the name exists). Run it with seed_database(plan=NAME) or
    `seedbed seed --plan NAME`."""
    def body() -> dict[str, Any]:
        from seedbed import plans

        plan = plans.SavedPlan(description=description, scope=scope, rows=rows,
                               rows_per_table=dict(rows_per_table or {}), seed=seed, tables=list(tables or ()),
                               exclude=list(exclude or ()))
        plans.create(name, plan, config)
        return {"ok": True, "plan": _plan_dict(name, plan)}
    return _guard(body)


def plan_update(name: PlanName, description: Description = None, scope: Scope = None, rows: Rows = None,
                rows_per_table: RowsPerTable = None, seed: Seed = None, tables: Tables = None,
                exclude: Exclude = None,
                clear: Annotated[list[str] | None, Field(description="Fields to clear, e.g. [\"scope\"].")] = None,
                config: Config = None) -> dict[str, Any]:
    """Change the given fields of a saved plan; fields not given are kept, fields in `clear` are removed."""
    def body() -> dict[str, Any]:
        from seedbed import plans
        from seedbed.errors import UsageError

        given = {"description": description, "scope": scope, "rows": rows, "rows_per_table": rows_per_table,
                 "seed": seed, "tables": tables, "exclude": exclude}
        changes = {k: v for k, v in given.items() if v is not None}
        for field in clear or ():
            if field not in given:
                raise UsageError(f"no plan field {field[:40]!r} to clear", subject=field[:40],
                                 hint="fields: " + ", ".join(given))
            changes[field] = None
        return {"ok": True, "plan": _plan_dict(name, plans.update(name, changes, config))}
    return _guard(body)


def plan_delete(name: PlanName, config: Config = None) -> dict[str, Any]:
    """Delete a saved plan from seedbed.toml."""
    def body() -> dict[str, Any]:
        from seedbed import plans

        plans.delete(name, config)
        return {"ok": True, "deleted": name}
    return _guard(body)


AGENT_TOOLS = (doctor, run_status, run_cancel, plans_list, plan_get, plan_create, plan_update, plan_delete)
READ_ONLY = {"doctor", "run_status", "plans_list", "plan_get"}
