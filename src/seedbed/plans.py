"""Saved plans: named seeds (scope, rows, seed, tables) kept in the project's ``seedbed.toml``.

```toml
[plans.ci]
description = "small and fast, for CI"
scope = "10 users with 1-3 orders each"
rows = 20
seed = 7
tables = ["users", "orders"]
```

``seedbed seed --plan ci`` runs one; the MCP tools ``plans_list``, ``plan_get``, ``plan_create``,
``plan_update`` and ``plan_delete`` manage them, so an agent and a person share the same named
seeds, versioned with the code. The file is ``--config`` / ``SEEDBED_CONFIG`` / ``./seedbed.toml``;
writing keeps the file's other tables (its comments are not kept: the writer is
``seedbed.scope.config.dumps``).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from seedbed.errors import UsageError

__all__ = ["PlanNotFound", "SavedPlan", "config_path", "create", "delete", "get", "list_plans", "update"]

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class PlanNotFound(UsageError):
    code = "SB170"


class PlanExists(UsageError):
    code = "SB171"


class SavedPlan(BaseModel):
    """One ``[plans.NAME]`` table; every field optional (a plan of nothing is a default seed)."""

    model_config = ConfigDict(extra="forbid")
    description: str | None = Field(default=None, max_length=2000)
    scope: str | None = Field(default=None, max_length=100_000)
    rows: int | None = Field(default=None, ge=0)
    rows_per_table: dict[str, int] = Field(default_factory=dict)
    seed: int | None = Field(default=None, ge=0)
    tables: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)

    def to_toml(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True, exclude_defaults=True)

    def options(self) -> Any:
        """The plan options (the scope, if any, is applied by the caller: it needs the schema)."""
        from seedbed.planning.options import PlanOptions

        return PlanOptions(rows=self.rows, rows_per_table=dict(self.rows_per_table), tables=tuple(self.tables),
                           exclude=tuple(self.exclude), seed=self.seed or 0)


def config_path(path: str | Path | None = None) -> Path:
    """``path``, else ``SEEDBED_CONFIG``, else ``seedbed.toml`` in the working directory."""
    return Path(path or os.environ.get("SEEDBED_CONFIG") or "seedbed.toml")


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}", subject=str(path), code="SB160") from None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}", subject=str(path)) from None


def _plans(path: Path) -> dict[str, SavedPlan]:
    raw = _read(path).get("plans", {})
    if not isinstance(raw, dict):
        raise UsageError(f"{path}: [plans] must be a table of named plans", subject=f"{path}:plans", code="SB160")
    return {name: _validated(body, name, f"{path}: ", "SB160") for name, body in raw.items()}


def _validated(body: Any, name: str, prefix: str, code: str) -> SavedPlan:
    """``body`` as a plan, or the first problem as a coded error naming ``plans.NAME.field``."""
    try:
        return SavedPlan.model_validate(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise UsageError(f"{prefix}plans.{name}{'.' + where if where else ''}: {first['msg']}",
                         subject=f"plans.{name}", code=code,
                         hint="fields: description, scope, rows, rows_per_table, seed, tables, exclude") from None


def _check_name(name: str) -> str:
    if not NAME.fullmatch(name or ""):
        raise UsageError(f"not a plan name: {name[:80]!r}", subject="name",
                         hint="letters, digits, '_', '-', '.'; at most 64 characters")
    return name


def list_plans(path: str | Path | None = None) -> dict[str, SavedPlan]:
    return _plans(config_path(path))


def get(name: str, path: str | Path | None = None) -> SavedPlan:
    p = config_path(path)
    return _find(_plans(p), name, p)


def _find(plans: dict[str, SavedPlan], name: str, p: Path) -> SavedPlan:
    if name not in plans:
        import difflib

        close = difflib.get_close_matches(name, list(plans), n=1)
        raise PlanNotFound(f"no saved plan {name[:80]!r} in {p}", subject=name,
                           hint=f"did you mean {close[0]!r}?" if close else
                           ("saved plans: " + ", ".join(plans) if plans else "create one first (plan_create)"))
    return plans[name]


def _write(path: Path, plans: dict[str, SavedPlan]) -> None:
    from seedbed.scope.config import dumps

    data = _read(path)
    data["plans"] = {n: p.to_toml() for n, p in sorted(plans.items())}
    if not data["plans"]:
        data.pop("plans")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dumps(data), encoding="utf-8")
    tmp.replace(path)  # never a half-written config


def create(name: str, plan: SavedPlan, path: str | Path | None = None) -> SavedPlan:
    p = config_path(path)
    plans = _plans(p)
    if _check_name(name) in plans:
        raise PlanExists(f"a plan named {name!r} exists in {p}", subject=name, hint="use plan_update to change it")
    plans[name] = plan
    _write(p, plans)
    return plan


def update(name: str, changes: dict[str, Any], path: str | Path | None = None) -> SavedPlan:
    """Change the given fields of a saved plan (``None`` clears a field)."""
    p = config_path(path)
    plans = _plans(p)
    merged = _find(plans, name, p).model_dump() | changes
    plan = _validated({k: v for k, v in merged.items() if v is not None}, name, "", "SB100")
    plans[name] = plan
    _write(p, plans)
    return plan


def delete(name: str, path: str | Path | None = None) -> None:
    p = config_path(path)
    plans = _plans(p)
    _find(plans, name, p)
    plans.pop(name)
    _write(p, plans)
