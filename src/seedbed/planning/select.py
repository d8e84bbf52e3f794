"""Resolve the table names a user types (``users``, ``auth.users``, ``"Order Items"``) to the schema."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from seedbed.errors import UnknownTableError, UsageError
from seedbed.model import QualifiedName, Schema


def name_parts(text: str) -> list[str]:
    """Dot-separated parts of a name, SQL-style: a part in double quotes may hold dots, and ``""``
    inside it is one quote (``public."a.b"``, ``"my schema"."Order Items"``)."""
    parts, current, quoted, i = [], [], False, 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            if quoted and text[i + 1:i + 2] == '"':
                current.append('"')
                i += 2
                continue
            quoted = not quoted
        elif ch == "." and not quoted:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current).strip())
    return parts


def _split(text: str) -> tuple[str | None, str]:
    parts = name_parts(text.strip())
    if len(parts) == 2:
        return parts[0], parts[1]
    if len(parts) == 1:
        return None, parts[0]
    return None, text.strip()  # more dots than a qualified name has: try it whole


def find_table(schema: Schema, text: str) -> QualifiedName:
    """One table by name; unqualified names prefer ``public``; case-insensitive as a fallback.

    Quote a name holding a dot: ``"a.b"`` or ``public."a.b"``; an unquoted ``a.b`` that names no
    table in a schema ``a`` is tried as a table named ``a.b``.
    """
    sch, name = _split(text)
    candidates = [t.name for t in schema.tables if t.name.name == name and (sch is None or t.name.schema == sch)]
    if not candidates and sch is not None and '"' not in text:
        candidates = [t.name for t in schema.tables if t.name.name == text.strip()]
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
    explicit: dict[QualifiedName, int] = {}
    for t, n in rows_per_table.items():
        name = find_table(schema, t)
        if name in explicit and explicit[name] != n:
            raise UsageError(f"two row counts for {name} ({explicit[name]} and {n})", subject=str(name),
                             hint="give each table one count")
        explicit[name] = n
    if wanted:
        selected = list(dict.fromkeys(wanted))
    else:
        selected = [t.name for t in schema.tables]
    selected = [t for t in selected if t not in excluded]
    return selected, explicit
