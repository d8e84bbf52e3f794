"""Per-column overrides from a project's ``seedbed.toml``.

```toml
[columns."users.bio"]
provider = "text.bio"            # an intent name (``seedbed plan --explain`` lists them) or "faker.<method>"

[columns."orders.status"]
weights = { delivered = 0.7, shipped = 0.2, cancelled = 0.1 }

[columns."products.sku"]
provider = "faker.bothify"
params = { text = "???-####" }
null_rate = 0.0
```

The ``[scope]`` table of the same file is the saved scope (``seedbed.scope.config``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from seedbed.errors import UsageError
from seedbed.planning.options import ColumnSpec

_KEYS = {"provider", "params", "weights", "null_rate", "unique"}


def read(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        return tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no config file {str(p)!r}", subject=str(p)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{p}: not valid TOML: {exc}", subject=str(p)) from None


def column_overrides(path: str | Path) -> dict[str, ColumnSpec]:
    """``[columns."table.column"]`` tables as ColumnSpecs (unknown keys are an error)."""
    out: dict[str, ColumnSpec] = {}
    for key, table in read(path).get("columns", {}).items():
        if not isinstance(table, dict):
            raise UsageError(f"{path}: [columns.{key!r}] must be a table", subject=key)
        unknown = set(table) - _KEYS
        if unknown:
            raise UsageError(f"{path}: [columns.{key!r}] has unknown keys {sorted(unknown)}", subject=key,
                             hint=f"allowed: {', '.join(sorted(_KEYS))}")
        out[key] = ColumnSpec(provider=table.get("provider"), params=dict(table.get("params", {})),
                              weights=table.get("weights"), null_rate=table.get("null_rate"),
                              unique=table.get("unique"))
    return out


def has_scope(path: str | Path) -> bool:
    return "scope" in read(path)
