"""The service-layer entry of the scope language: text (or a saved scope) -> ``PlanOptions``.

Every interface calls ``scope_options`` before ``service.make_plan`` / ``service.seed``. It
reads the row counts the scope needs ("at least 500 orders"), checks that explicit parent keys
exist (one query per foreign key, by the connection's engine) and combines the scope with the
flag options (the flags win on a conflict, and the explanation says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.planning.options import PlanOptions
from seedbed.scope.explain import Explanation, explain
from seedbed.scope.model import ParentKeys, Scope
from seedbed.scope.parse import parse
from seedbed.scope.combine import combine
from seedbed.scope.resolve import KeyCheck, resolve

__all__ = ["Requested", "check_keys", "scope_ids", "enforce_strict", "reproduce_with_scope", "requested_scope", "scope_options"]

#: Missing keys named in the error message (the count is always given).
SHOWN_MISSING = 10


@dataclass(frozen=True, slots=True)
class Requested:
    """The scope a command was given, before it meets the schema: a saved scope and / or text.
    The text is parsed against the schema (``parse(text, schema)``: its words grounded first)."""

    saved: Scope | None = None
    text: str | None = None

    def scope(self, schema: Schema | None = None) -> Scope:
        parts = ([self.saved] if self.saved is not None else []) + ([parse(self.text, schema)] if self.text else [])
        out = parts[0]
        for more in parts[1:]:
            out = out + more
        return out


def scope_options(conn: Any, schema: Schema, scope: str | Scope | Requested,
                  base: PlanOptions) -> tuple[PlanOptions, Explanation]:
    """The options a scope asks for, combined with ``base`` (the flags), and how it was understood.

    Raises:
        ScopeError: an unknown table or column (with a did-you-mean hint), explicit parent keys
            that do not exist (naming them), orphans asked of a column whose FK forbids them.
    """
    from seedbed.service import read_state

    if isinstance(scope, str):
        scope = Requested(text=scope)
    parsed = scope.scope(schema) if isinstance(scope, Requested) else scope
    state = read_state(conn, schema, [t.name for t in schema.tables])
    existing = {name: (0 if base.truncate else s.rows) for name, s in state.items()}
    resolution = resolve(parsed, schema, existing=existing, base=base)
    check_keys(conn, resolution.key_checks)
    options, notes = combine(schema, base, resolution.options)
    return options, explain(parsed, resolution, notes)


def check_keys(conn: Any, checks: tuple[KeyCheck, ...] | list[KeyCheck]) -> None:
    """Every explicit parent key exists; else a ``ScopeError`` naming the missing ones (the
    connection's engine reads them: ``DatabaseEngine.missing_keys``)."""
    from seedbed.engines import engine_of

    for check in checks:
        _refuse_missing(check, engine_of(conn).missing_keys(conn, check.table, check.column, list(check.keys)))


def _refuse_missing(check: KeyCheck, missing: list[str]) -> None:
    if missing:
        shown = ", ".join(missing[:SHOWN_MISSING]) + (", ..." if len(missing) > SHOWN_MISSING else "")
        raise ScopeError(
            f"{check.subject}: {len(missing)} of the {len(check.keys)} given {check.table} keys do not exist: {shown}",
            subject=check.subject,
            hint=f"use keys that exist in {check.table}.{check.column}, or seed {check.table} first")


def requested_scope(text: str | None, config: str | None, ids: list[str] | None = None) -> Requested | None:
    """The scope a command was given: ``--config seedbed.toml`` first, then ``--scope TEXT``
    (parsed once the schema is known, by ``scope_options``), then ``--scope-ids``."""
    from seedbed.scope.config import load_scope

    from seedbed.config import has_scope

    saved = load_scope(config) if config and has_scope(config) else None
    if ids:
        more = Scope(text="", items=tuple(scope_ids(spec) for spec in ids))
        saved = more if saved is None else saved + more
    if saved is None and not text:
        return None
    return Requested(saved=saved, text=text or None)


def scope_ids(spec: str) -> ParentKeys:
    """``--scope-ids users=@ids.txt`` (a file: one key per line, or comma / space separated) or
    ``users=3,5,8``: every table with a foreign key to ``users`` picks among these existing keys."""
    parent, sep, keys = spec.partition("=")
    if not sep or not parent.strip() or not keys.strip():
        raise ScopeError(f"--scope-ids {spec!r}: expected TABLE=@FILE or TABLE=KEY,KEY,...", subject=spec,
                         hint="e.g. --scope-ids users=@ids.txt")
    phrase = f"--scope-ids {spec}"
    keys = keys.strip()
    if keys.startswith("@"):
        return ParentKeys(phrase=phrase, parent=parent.strip(), file=keys[1:])
    return ParentKeys(phrase=phrase, parent=parent.strip(),
                      keys=tuple(k.strip("'\" ") for k in keys.replace(" ", ",").split(",") if k.strip("'\" ")))


def enforce_strict(expl: Explanation) -> None:
    """``--strict``: anything not placed or not applied is an error (exit 2)."""
    if expl.warnings:
        raise ScopeError(f"--strict: {len(expl.warnings)} part(s) of the scope would not be applied: "
                         + "; ".join(expl.warnings), subject=expl.scope.text,
                         hint="rephrase or remove them (see README, \"Scope language\"), or drop --strict")


def reproduce_with_scope(command: str, text: str | None, config: str | None) -> str:
    """The reproduce command of a scoped run: the flags plus ``--config`` / ``--scope``."""
    import shlex

    if config:
        command += f" --config {shlex.quote(config)}"
    if text:
        command += f" --scope {shlex.quote(text)}"
    return command
