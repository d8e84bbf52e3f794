"""Resolve the table names a user types (``users``, ``auth.users``, ``"Order Items"``) to the schema."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from seedbed.errors import UnknownTableError
from seedbed.model import QualifiedName, Schema


def _split(text: str) -> tuple[str | None, str]:
    text = text.strip()
    if "." in text and not (text.startswith('"') and text.endswith('"')):
        schema, _, name = text.partition(".")
        return schema.strip('"'), name.strip('"')
    return None, text.strip('"')


def find_table(schema: Schema, text: str) -> QualifiedName:
    """One table by name; unqualified names prefer ``public``; case-insensitive as a fallback."""
    sch, name = _split(text)
    candidates = [t.name for t in schema.tables if t.name.name == name and (sch is None or t.name.schema == sch)]
    if not candidates:
        candidates = [t.name for t in schema.tables
                      if t.name.name.lower() == name.lower() and (sch is None or t.name.schema.lower() == sch.lower())]
    if len(candidates) > 1:
        public = [c for c in candidates if c.schema == "public"]
        if len(public) == 1:
            return public[0]
        raise UnknownTableError(f"table name {text!r} is ambiguous: {', '.join(map(str, candidates))}",
                                subject=text, hint="qualify it with its schema, e.g. " + str(candidates[0].schema) + "." + name)
    if not candidates:
        known = [str(t.name) for t in schema.tables]
        close = difflib.get_close_matches(text, known, n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else "run `seedbed inspect` to list the tables"
        raise UnknownTableError(f"unknown table {text!r}", subject=text, hint=hint)
    return candidates[0]


def resolve_tables(schema: Schema, tables: Iterable[str], exclude: Iterable[str],
                   rows_per_table: Mapping[str, int]) -> tuple[list[QualifiedName], dict[QualifiedName, int]]:
    """The selected tables (before required parents are added) and explicit row counts."""
    wanted = [find_table(schema, t) for t in tables]
    excluded = {find_table(schema, t) for t in exclude}
    explicit = {find_table(schema, t): n for t, n in rows_per_table.items()}
    if wanted:
        selected = list(dict.fromkeys(wanted))
    else:
        selected = [t.name for t in schema.tables]
    selected = [t for t in selected if t not in excluded]
    return selected, explicit
