"""The schema's own SQL functions that CHECKs call, read from ``pg_proc`` and inlined for the folder.

``introspect`` reads with an empty ``search_path``, so every call of a user function in a deparsed
CHECK is schema-qualified (``public.luhn_ok(...)``): the names are matched as ``schema.name`` and
argument count. Only ``LANGUAGE sql`` functions returning one value are read; their body is
``prosrc`` or, for a SQL-standard body (``RETURN ...``, PostgreSQL 14+), ``pg_get_function_sqlbody``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import psycopg
from psycopg.rows import dict_row

from seedbed.model.schema import Check, Column, Table
from seedbed.solve.inline import SqlFunction, called_functions, function_body, inline

__all__ = ["with_inlined_checks"]

_SQLBODY_VERSION = 140000

_FUNCTIONS = """
SELECT n.nspname || '.' || p.proname AS name, p.pronargs::int AS nargs,
       coalesce(p.proargnames, '{{}}'::text[]) AS argnames, {body} AS body
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname = 'sql' AND p.prokind = 'f' AND NOT p.proretset
  AND n.nspname || '.' || p.proname = ANY(%(names)s::text[])
"""


def _fetch(conn: psycopg.Connection[Any], names: list[str]) -> dict[tuple[str, int], SqlFunction]:
    body = ("CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) ELSE p.prosrc END"
            if conn.info.server_version >= _SQLBODY_VERSION else "p.prosrc")
    with conn.cursor(row_factory=dict_row) as cur:
        # The statement is fixed text plus one of two fixed expressions: no identifier is spliced in.
        cur.execute(_FUNCTIONS.format(body=body), {"names": names})  # type: ignore[arg-type]
        rows = cur.fetchall()
    out: dict[tuple[str, int], SqlFunction] = {}
    for row in rows:
        expr = function_body(row["body"] or "")
        if expr is None:
            continue
        params = tuple(row["argnames"][: row["nargs"]]) + ("",) * max(0, row["nargs"] - len(row["argnames"]))
        out[(row["name"], row["nargs"])] = SqlFunction(name=row["name"], params=params, body=expr)
    return out


def _inlined(check: Check, functions: dict[tuple[str, int], SqlFunction]) -> Check:
    text = inline(check.expression, functions)
    return check if text is None else replace(check, inlined=text)


def _column(col: Column, functions: dict[tuple[str, int], SqlFunction]) -> Column:
    domain = col.type.domain
    if domain is None or not domain.checks:
        return col
    checks = tuple(_inlined(c, functions) for c in domain.checks)
    if checks == domain.checks:
        return col
    return replace(col, type=replace(col.type, domain=replace(domain, checks=checks)))


def with_inlined_checks(conn: psycopg.Connection[Any], tables: tuple[Table, ...]) -> tuple[Table, ...]:
    """The tables, their CHECKs (and their columns' domain CHECKs) carrying ``inlined`` where they
    call a one-expression SQL function."""
    names: set[str] = set()
    for t in tables:
        for c in t.checks:
            names |= called_functions(c.expression)
        for col in t.columns:
            if col.type.domain is not None:
                for c in col.type.domain.checks:
                    names |= called_functions(c.expression)
    if not names:
        return tables
    functions = _fetch(conn, sorted(names))
    if not functions:
        return tables
    return tuple(replace(t, checks=tuple(_inlined(c, functions) for c in t.checks),
                         columns=tuple(_column(col, functions) for col in t.columns)) for t in tables)
