"""Save the structured scope to ``seedbed.toml`` and read it back, so a team can version it.

The file holds a ``[scope]`` table (the text it came from, what could not be placed) and one
``[[scope.items]]`` table per item; editing an item changes the seed without re-parsing any
text. Reading uses ``tomllib``; writing uses the small writer below (no ``tomli_w``
dependency). Other tables of an existing file are kept; its comments are not.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from seedbed.errors import ScopeError
from seedbed.scope.model import Scope

__all__ = ["dumps", "load_scope", "save_scope"]

HEADER = "# seedbed.toml: the scope of `seedbed seed --config seedbed.toml` (see README, \"Scope language\")\n"
_BARE = re.compile(r"[A-Za-z0-9_-]+")


def load_scope(path: str | Path) -> Scope:
    """The ``[scope]`` of a ``seedbed.toml`` (the whole file validated: ``seedbed.config.read``)."""
    from seedbed.config import read

    p = Path(path)
    if not p.exists():
        raise ScopeError(f"no config file {str(p)!r}", subject=str(p),
                         hint="write one with `seedbed plan --scope '...' --save-scope seedbed.toml`")
    data = read(p)
    if "scope" not in data:
        raise ScopeError(f"{p} has no [scope] table", subject=str(p),
                         hint="write one with `seedbed plan --scope '...' --save-scope seedbed.toml`")
    return Scope.from_dict(data["scope"])


def save_scope(path: str | Path, scope: Scope) -> None:
    """Write ``scope`` as the ``[scope]`` table of ``path``, keeping the file's other tables."""
    p = Path(path)
    data: dict[str, Any] = {}
    if p.exists():
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ScopeError(f"{p}: not valid TOML, not overwriting it: {exc}", subject=str(p)) from None
    data["scope"] = scope.to_dict()
    p.write_text(HEADER + dumps(data), encoding="utf-8")


# ------------------------------------------------------------------ writer
def _key(k: str) -> str:
    return k if _BARE.fullmatch(k) else _string(k)


def _string(s: str) -> str:
    out = []
    for ch in s:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, datetime | date):
        return v.isoformat()
    if isinstance(v, Mapping):
        return "{ " + ", ".join(f"{_key(str(k))} = {_value(x)}" for k, x in v.items()) + " }" if v else "{}"
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def _is_table_array(v: Any) -> bool:
    return isinstance(v, list | tuple) and bool(v) and all(isinstance(x, Mapping) for x in v)


def _table(lines: list[str], path: list[str], table: Mapping[str, Any], *, array: bool = False) -> None:
    scalars = {k: v for k, v in table.items() if v is not None and not isinstance(v, Mapping) and not _is_table_array(v)}
    subtables = {k: v for k, v in table.items() if isinstance(v, Mapping)}
    arrays = {k: v for k, v in table.items() if _is_table_array(v)}
    if path:
        header = ".".join(_key(p) for p in path)
        lines.append(f"\n[[{header}]]" if array else f"\n[{header}]")
    for k, v in scalars.items():
        lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in subtables.items():
        if array:  # a table inside an array item: written inline
            lines.append(f"{_key(k)} = {_value(v)}")
        else:
            _table(lines, path + [k], v)
    for k, v in arrays.items():
        for item in v:
            _table(lines, path + [k], item, array=True)


def dumps(data: Mapping[str, Any]) -> str:
    """TOML for nested mappings of strings, numbers, booleans, dates, lists and tables."""
    lines: list[str] = []
    _table(lines, [], data)
    return "\n".join(lines).lstrip("\n") + "\n"
