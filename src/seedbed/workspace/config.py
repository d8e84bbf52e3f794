"""The workspace file: several databases seeded as one (``seedbed ... --workspace seedbed.toml``).

```toml
[databases.users]                  # an alias: its tables are users.<table> in the merged model
dsn_env = "USERS_DB_URL"           # or dsn = "postgresql://..."
[databases.orders]
dsn_env = "ORDERS_DB_URL"
[databases.orders.scope]
text = "8,000 orders with 1-5 items per order"

[references]                       # child column -> parent key (any unique key), across databases
"orders.orders.user_id" = "users.users.id"

[profiles.ci]
scale = 0.1                        # every count times 0.1 (children follow their parents)
rows = { "users.users" = 100 }     # or some tables' counts
```

The file is validated whole first (``seedbed.config.read``: every problem at once, SB160).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seedbed.errors import WorkspaceError

__all__ = ["Database", "Profile", "WorkspaceConfig", "read_workspace"]

_ALIAS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Database:
    alias: str
    dsn: str
    schemas: tuple[str, ...] | None = None
    scope: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    name: str
    scale: float | None = None
    rows: Mapping[str, int] = field(default_factory=dict)
    seed: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceConfig:
    path: str
    databases: tuple[Database, ...]
    references: Mapping[str, Any] = field(default_factory=dict)
    profile: Profile | None = None

    def database(self, alias: str) -> Database:
        return next(d for d in self.databases if d.alias == alias)


def _dsn(path: str, alias: str, table: Mapping[str, Any], env: Mapping[str, str]) -> str:
    dsn = _given_dsn(path, alias, table, env)
    from seedbed.engines import scheme_of

    if scheme_of(dsn) not in ("postgresql", "postgres"):
        raise WorkspaceError(f"{path}: [databases.{alias}] is a {scheme_of(dsn)} database: a workspace seeds "
                             "PostgreSQL databases only (for now)", subject=f"databases.{alias}",
                             hint="seed that database on its own with `seedbed seed --dsn ...`, declaring its "
                                  "references in its own seedbed.toml")
    return dsn


def _given_dsn(path: str, alias: str, table: Mapping[str, Any], env: Mapping[str, str]) -> str:
    if table.get("dsn") and table.get("dsn_env"):
        raise WorkspaceError(f"{path}: [databases.{alias}] gives both dsn and dsn_env", subject=f"databases.{alias}",
                             hint="keep one: dsn_env keeps passwords out of the file")
    if table.get("dsn"):
        return str(table["dsn"])
    var = table.get("dsn_env")
    if not var:
        raise WorkspaceError(f"{path}: [databases.{alias}] says nowhere to connect", subject=f"databases.{alias}",
                             hint='add dsn_env = "ENV_VAR" (or dsn = "postgresql://...")')
    value = env.get(str(var))
    if not value:
        raise WorkspaceError(f"{path}: [databases.{alias}]: the environment variable {var} is not set",
                             subject=f"databases.{alias}.dsn_env",
                             hint=f"export {var}=postgresql://user@host/db")
    return value


def read_workspace(path: str | Path, profile: str | None = None,
                   env: Mapping[str, str] | None = None) -> WorkspaceConfig:
    """The workspace of ``path`` with ``profile`` chosen; DSNs read from the environment."""
    from seedbed.config import read

    p = str(path)
    data = read(path)
    env = os.environ if env is None else env
    dbs = data.get("databases") or {}
    if not dbs:
        raise WorkspaceError(f"{p} declares no database", subject=p,
                             hint='a workspace lists its databases: [databases.users] dsn_env = "USERS_DB_URL"')
    databases = []
    for alias, table in dbs.items():
        if not _ALIAS.fullmatch(alias):
            raise WorkspaceError(f"{p}: database alias {alias!r} must be a plain name (letters, digits, _)",
                                 subject=f"databases.{alias}")
        scope = (table.get("scope") or {}).get("text", "")
        databases.append(Database(alias=alias, dsn=_dsn(p, alias, table, env),
                                  schemas=tuple(table["schemas"]) if table.get("schemas") else None, scope=scope))
    chosen = None
    if profile is not None:
        profiles = data.get("profiles") or {}
        if profile not in profiles:
            raise WorkspaceError(f"{p}: no profile {profile!r}", subject=f"profiles.{profile}",
                                 hint=("profiles: " + ", ".join(profiles)) if profiles else
                                 "add one: [profiles.ci] scale = 0.1")
        raw = profiles[profile]
        chosen = Profile(name=profile, scale=raw.get("scale"), rows=dict(raw.get("rows") or {}), seed=raw.get("seed"))
    return WorkspaceConfig(path=p, databases=tuple(databases), references=dict(data.get("references") or {}),
                           profile=chosen)
