"""The schema of ``seedbed.toml``: the whole file validated at once, every problem reported.

A config file is edited by hand and versioned; a wrong type deep inside it must not surface as
a traceback at generation time, nor a nonsense value (``null_rate = 7``, ``rows = -5``) be
accepted silently. pydantic checks the shape and the types; a few bounds and cross-field rules
are added per scope item. Each problem names the file and the key path
(``columns."users.bio".null_rate``, ``scope.items[2].rows``); all of them are raised together
as one :class:`ConfigProblems` (SB160, exit 2), one error object per problem in JSON output.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
from functools import cache
from typing import Annotated, Any, Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from seedbed.errors import UsageError

__all__ = ["ConfigProblems", "validate"]

CODE = "SB160"
_FORBID = ConfigDict(extra="forbid")
_BARE = re.compile(r"[A-Za-z0-9_-]+")

Share = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Weight = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0)]


class ConfigProblems(UsageError):
    """Every problem of a config file at once; ``problems`` are UsageErrors with their own subject."""

    code = CODE

    def __init__(self, path: str, problems: list[UsageError]) -> None:
        if len(problems) == 1:
            super().__init__(problems[0].message, subject=problems[0].subject, hint=problems[0].hint)
        else:
            lines = [p.message for p in problems]
            super().__init__(f"{path} has {len(problems)} problems:\n  " + "\n  ".join(lines),
                             subject=path, hint="fix every problem listed (README \"Realistic data\", "
                                                "\"Scope language\" for the format)")
        self.problems = tuple(problems)

    def to_dicts(self) -> list[dict[str, Any]]:
        """One error object per problem (the shared JSON error shape)."""
        return [p.to_dict() for p in self.problems]


class ColumnConfig(BaseModel):
    """``[columns."table.column"]``: one column's generator override."""

    model_config = _FORBID
    provider: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    weights: dict[str, Weight] | None = None
    null_rate: Share | None = None
    unique: bool | None = None


class ScopeConfig(BaseModel):
    """``[scope]``: the saved scope; ``items`` are checked one by one against their kind."""

    model_config = _FORBID
    text: str = ""
    items: list[dict[str, Any]] = Field(default_factory=list)
    unplaced: list[str] = Field(default_factory=list)
    aside: list[str] = Field(default_factory=list)  # words about the request, not the data (shown, not applied)
    read_as: list[list[str]] = Field(default_factory=list)  # a clause as said and as read ("they" -> the rows said before)


class EventsConfig(BaseModel):
    """``[events]``: tables seeded as event streams (``table`` or ``tables``), and the event
    types in lifecycle order when the type column does not list them."""

    model_config = _FORBID
    table: str | None = None
    tables: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)


class PolymorphicConfig(BaseModel):
    """``[polymorphic."table.stem"]``: the ``stem_type`` / ``stem_id`` pair; ``types`` maps each
    type value to the table it names."""

    model_config = _FORBID
    types: dict[str, str] = Field(min_length=1)


class ReferenceConfig(BaseModel):
    """``[references]`` value as a table: ``{ to = "users.id", orphans = 0.1 }``."""

    model_config = _FORBID
    to: str
    orphans: Annotated[float, Field(ge=0, lt=1, allow_inf_nan=False)] = 0.0


class DatabaseConfig(BaseModel):
    """``[databases.ALIAS]`` of a workspace: where the database is, what to seed in it."""

    model_config = _FORBID
    dsn: str | None = None
    dsn_env: str | None = None
    schemas: list[str] | None = None
    scope: ScopeConfig | None = None


class ProfileConfig(BaseModel):
    """``[profiles.NAME]`` of a workspace: every count scaled, or some tables' counts given."""

    model_config = _FORBID
    scale: Annotated[float, Field(gt=0, allow_inf_nan=False)] | None = None
    rows: dict[str, Count] = Field(default_factory=dict)
    seed: int | None = None


class ConfigFile(BaseModel):
    """The file: other top-level tables belong to other tools (``save_scope`` keeps them)."""

    model_config = ConfigDict(extra="allow")
    columns: dict[str, ColumnConfig] = Field(default_factory=dict)
    scope: ScopeConfig | None = None
    events: EventsConfig | None = None
    polymorphic: dict[str, PolymorphicConfig] = Field(default_factory=dict)
    references: dict[str, str | ReferenceConfig] = Field(default_factory=dict)
    #: rules the rows keep that the database does not declare: table -> SQL boolean expressions (``seedbed.rules``)
    rules: dict[str, list[Annotated[str, Field(min_length=1)]]] = Field(default_factory=dict)
    databases: dict[str, DatabaseConfig] = Field(default_factory=dict)
    profiles: dict[str, ProfileConfig] = Field(default_factory=dict)


#: Bounds of scope item fields beyond their type: (kind, field) -> constrained type.
_BOUNDS: dict[tuple[str, str], Any] = {
    ("count", "rows"): Count,
    ("fanout", "low"): Count,
    ("fanout", "high"): Count,
    ("fanout", "average"): Annotated[float, Field(ge=0, allow_inf_nan=False)] | None,
    ("spread", "parents"): Count,
    ("mix", "share"): Share | None,
    ("mix", "weights"): dict[str, Weight],
    ("orphans", "rate"): Share,
    ("nulls", "share"): Share,
}


@cache
def _item_model(kind: str) -> type[BaseModel]:
    """A pydantic model of one scope item kind, built from its frozen dataclass."""
    from seedbed.scope.model import ITEM_KINDS

    cls = ITEM_KINDS[kind]
    hints = get_type_hints(cls)
    spec: dict[str, Any] = {"kind": (Literal[kind], ...)}  # type: ignore[valid-type]
    for f in dataclasses.fields(cls):
        typ = _BOUNDS.get((kind, f.name), hints[f.name])
        if f.name == "weights" and (kind, f.name) not in _BOUNDS:
            typ = dict[str, Weight]
        default = f.default if f.default is not dataclasses.MISSING else ...
        spec[f.name] = (typ, default)
    return create_model(f"{cls.__name__}Item", __config__=_FORBID, **spec)


def _key(parts: tuple[Any, ...]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            text = str(p)
            name = text if _BARE.fullmatch(text) else '"' + text.replace('"', '\\"') + '"'
            out += ("." if out else "") + name
    return out


def _problem(path: str, loc: tuple[Any, ...], message: str, hint: str | None = None) -> UsageError:
    key = _key(loc)
    return UsageError(f"{path}: {key or '(top level)'}: {message}", subject=f"{path}: {key}" if key else path,
                      hint=hint, code=CODE)


def _from_pydantic(path: str, prefix: tuple[Any, ...], exc: ValidationError) -> list[UsageError]:
    out = []
    for e in exc.errors(include_url=False):
        loc = prefix + tuple(e["loc"])
        if e["type"] == "extra_forbidden":
            out.append(_problem(path, loc, "unknown key", hint=_known_keys(prefix + tuple(e["loc"][:-1]))))
            continue
        shown = repr(e["input"]) if not isinstance(e["input"], dict | list) else type(e["input"]).__name__
        out.append(_problem(path, loc, f"{e['msg']} (got {shown[:80]})"))
    return out


def _known_keys(loc: tuple[Any, ...]) -> str | None:
    if not loc:
        return ("the file holds [columns.\"table.column\"] tables, a [scope] table, [references], [rules] and, for a "
                "workspace, [databases.ALIAS] and [profiles.NAME]")
    if loc[0] == "columns" and len(loc) == 2:
        return "allowed: " + ", ".join(ColumnConfig.model_fields)
    if loc[0] == "scope" and len(loc) == 1:
        return "allowed: " + ", ".join(ScopeConfig.model_fields)
    return None


def _check_item(path: str, i: int, item: Any) -> list[UsageError]:
    from seedbed.scope.model import ITEM_KINDS

    loc = ("scope", "items", i)
    if not isinstance(item, dict):
        return [_problem(path, loc, f"a scope item must be a table, not {type(item).__name__}")]
    kind = item.get("kind")
    if kind not in ITEM_KINDS:
        return [_problem(path, (*loc, "kind"), f"unknown scope item kind {kind!r}",
                         hint="one of: " + ", ".join(ITEM_KINDS))]
    try:
        model = _item_model(kind).model_validate(item)
    except ValidationError as exc:
        return _from_pydantic(path, loc, exc)
    problems = []
    low, high = getattr(model, "low", None), getattr(model, "high", None)
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        problems.append(_problem(path, loc, f"low ({low}) is greater than high ({high})"))
    weights = getattr(model, "weights", None)
    # In a scope mix a zero weight says "none of these" ("no refunded payments"): all zero is fine there.
    if kind != "mix" and isinstance(weights, dict) and weights and not any(w > 0 for w in weights.values()):
        problems.append(_problem(path, (*loc, "weights"), "every weight is zero", hint="give one value a share > 0"))
    return problems


def validate(path: str, data: Any) -> dict[str, Any]:
    """``data`` (a parsed TOML document) if it fits the schema, else :class:`ConfigProblems`."""
    problems: list[UsageError] = []
    try:
        ConfigFile.model_validate(data)
    except ValidationError as exc:
        problems += _from_pydantic(path, (), exc)
    for key in data:
        known = ["columns", "scope", "events", "polymorphic", "references", "rules", "databases", "profiles"]
        close = difflib.get_close_matches(str(key).lower(), known, n=1, cutoff=0.7)
        if key not in known and close:
            problems.append(_problem(path, (key,), f"unknown table (did you mean [{close[0]}]?)"))
    for key, table in (data.get("columns") or {}).items() if isinstance(data.get("columns"), dict) else ():
        weights = table.get("weights") if isinstance(table, dict) else None
        if isinstance(weights, dict) and weights and all(
                isinstance(w, int | float) and not math.isnan(w) and w == 0 for w in weights.values()):
            problems.append(_problem(path, ("columns", key, "weights"), "every weight is zero",
                                     hint="give one value a share > 0"))
    scope = data.get("scope")
    if isinstance(scope, dict) and isinstance(scope.get("items"), list):
        for i, item in enumerate(scope["items"]):
            problems += _check_item(path, i, item)
    if problems:
        raise ConfigProblems(path, problems)
    return data
