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

The ``[scope]`` table of the same file is the saved scope (``seedbed.scope.config``); ``[rules]`` holds
rules the rows keep that the database does not declare (``seedbed.rules``)::

    [rules]
    orders = ["status <> 'pending' OR shipped_at IS NULL", "total_cents <= 10000 OR status <> 'cancelled'"]
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from seedbed.errors import UsageError
from seedbed.planning.options import ColumnSpec



def read(path: str | Path) -> dict[str, Any]:
    """The whole file, checked against the schema (``seedbed.config_schema``): every problem of
    it at once (SB160, exit 2), never a traceback later."""
    from seedbed.config_schema import ConfigProblems, validate

    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"no config file {str(p)!r}", subject=str(p)) from None
    except OSError as exc:
        raise UsageError(f"cannot read the config file {str(p)!r}: {exc.strerror}", subject=str(p)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigProblems(str(p), [UsageError(
            f"{p}: not UTF-8 text (byte {raw[exc.start]:#04x} at line {line}, offset {exc.start})",
            subject=str(p), hint="save the file as UTF-8", code="SB160")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigProblems(str(p), [UsageError(f"{p}: not valid TOML: {exc}", subject=str(p), code="SB160")]) from None
    return validate(str(p), data)


def column_overrides(path: str | Path) -> dict[str, ColumnSpec]:
    """``[columns."table.column"]`` tables as ColumnSpecs (the file is validated first)."""
    out: dict[str, ColumnSpec] = {}
    for key, table in read(path).get("columns", {}).items():
        out[key] = ColumnSpec(provider=table.get("provider"), params=dict(table.get("params", {})),
                              weights=table.get("weights"), null_rate=table.get("null_rate"),
                              unique=table.get("unique"))
    return out


def declarations(path: str | Path) -> dict[str, Any]:
    """What ``[events]``, ``[polymorphic."table.stem"]`` and ``[rules]`` declare, as the ``PlanOptions``
    fields ``events`` ((table, types) pairs), ``polymorphic`` ((table, stem, types)) and ``rules``
    ((table, expression): ``orders = ["status <> 'pending' OR shipped_at IS NULL"]``)."""
    data = read(path)
    events = data.get("events") or {}
    tables = [*([events["table"]] if events.get("table") else []), *events.get("tables", [])]
    types = tuple(str(t) for t in events.get("types", ()))
    poly = tuple((key.rpartition(".")[0], key.rpartition(".")[2], dict(v["types"]))
                 for key, v in (data.get("polymorphic") or {}).items())
    rules = tuple((table, str(e)) for table, exprs in (data.get("rules") or {}).items() for e in exprs)
    return {"events": tuple((t, types) for t in tables), "polymorphic": poly, "rules": rules}


def has_scope(path: str | Path) -> bool:
    return "scope" in read(path)


def references(path: str | Path) -> dict[str, Any]:
    """``[references]``: declared references, child column -> parent key (``seedbed.references``)."""
    return dict(read(path).get("references", {}))
