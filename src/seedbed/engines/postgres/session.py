"""PostgreSQL sessions: connect, read the schema and the state of the tables (psycopg 3)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import psycopg
from psycopg import sql

from seedbed.engines.base import cannot_connect, consented
from seedbed.engines.postgres.errors import translated
from seedbed.errors import UsageError
from seedbed.generate.values import copy_escape
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import TableState
from seedbed.engines.postgres.sink import own_rows

#: Existing parent keys read back for FK picks in append mode (per referenced key).
EXISTING_KEYS_LIMIT = 1_000_000


def connect(dsn: str, *, autocommit: bool = False,
            check: Callable[[psycopg.Connection], None] | None = None) -> psycopg.Connection:
    """Connect; ``check`` runs on the open connection before anything else is sent (the MCP
    server's consent for a database not on this machine), and a refusal closes it."""
    target = dsn
    extra = {}
    try:  # name the session (pg_stat_activity) unless the DSN or PGAPPNAME does
        if "application_name" not in psycopg.conninfo.conninfo_to_dict(target) and not os.environ.get("PGAPPNAME"):
            extra["application_name"] = "seedbed"
    except psycopg.Error:
        pass  # psycopg.connect reports the malformed DSN
    try:
        conn = psycopg.connect(target, autocommit=autocommit, connect_timeout=10, **extra)
    except psycopg.Error as exc:
        raise cannot_connect(target, str(exc).strip().splitlines()[0]) from None
    return consented(conn, check)


def introspect(conn: psycopg.Connection, schemas: Sequence[str] | None = None) -> Schema:
    from seedbed.engines.postgres.introspect import introspect as read_catalog

    with translated(doing="reading the schema"):
        schema = read_catalog(conn, schemas=schemas)
    require_schemas(conn, schema, schemas)
    return schema


def read_state(conn: psycopg.Connection, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
    """Existing rows and integer key maxima of the given tables (append mode starts after them)."""
    from seedbed.planning.inheritance import tree_key_columns

    out: dict[QualifiedName, TableState] = {}
    tree_keys = tree_key_columns(schema)
    for name in names:
        table = schema.table(name)
        ints = [c.name for c in table.columns if c.type.kind == "integer" and not c.type.is_array
                and (c.sequence is not None or c.identity or (table.primary_key and c.name in table.primary_key.columns)
                     or tree_keys.get(name) == c.name)]
        exprs = [sql.SQL("count(*)")] + [sql.SQL("max({})::bigint").format(sql.Identifier(c)) for c in ints]
        with translated(name, "counting its existing rows"):
            row = conn.execute(sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(exprs),
                                                                   _own_rows(schema, name))).fetchone()
        out[name] = TableState(rows=row[0], max_values={c: v for c, v in zip(ints, row[1:], strict=True) if v is not None})
    return out


def _own_rows(schema: Schema | None, name: QualifiedName) -> sql.Composable:
    """A table's own rows, not its inheritance children's (an FK sees only those); a table the
    schema does not know is read whole."""
    known = schema is not None and schema.has(name)
    return own_rows(name, partitioned=not known or bool(schema.table(name).partition_key))


def existing_keys_reader(conn: psycopg.Connection, state: dict[QualifiedName, TableState], truncate: set[QualifiedName],
                         schema: Schema | None = None):
    owner = threading.current_thread()

    def read(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        if threading.current_thread() is not owner:  # the connection may be in a COPY: it would wait forever
            raise RuntimeError(f"existing keys of {table} read off the loading thread (Engine.preload misses it)")
        st = state.get(table)
        if table in truncate or st is None or st.rows == 0:
            return []
        cols = sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in columns)
        order = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
        with translated(table, "reading its existing keys"):
            rows = conn.execute(sql.SQL("SELECT {} FROM {} WHERE {} ORDER BY {} LIMIT {}").format(
                cols, _own_rows(schema, table), sql.SQL(" AND ").join(sql.SQL("{} IS NOT NULL").format(sql.Identifier(c))
                                                        for c in columns),
                order, sql.Literal(EXISTING_KEYS_LIMIT))).fetchall()
        return [np.array(copy_escape([r[i] for r in rows]), dtype=object) for i in range(len(columns))]
    return read


def require_schemas(conn: psycopg.Connection, schema: Schema, schemas: Sequence[str] | None) -> None:
    """``--schema`` names that hold no table are an error naming the schemas that do (a typo
    would otherwise seed nothing and exit 0)."""
    if not schemas:
        return
    present = {t.name.schema for t in schema.tables}
    missing = [s for s in schemas if s not in present]
    if not missing:
        return
    with translated(doing="listing the schemas"):
        rows = conn.execute("""
            SELECT DISTINCT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1""").fetchall()
    have = [r[0] for r in rows]
    raise UsageError(f"--schema: no table in schema {', '.join(repr(s) for s in missing)}",
                     subject=", ".join(missing),
                     hint=("schemas with tables: " + ", ".join(have)) if have else "the database has no tables")


def missing_keys(conn: psycopg.Connection, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
    """The given keys (as text) no row of ``table`` holds in ``column``, in their order."""
    query = sql.SQL(
        "SELECT u.k FROM unnest({keys}::text[]) WITH ORDINALITY AS u(k, i) "
        "LEFT JOIN (SELECT DISTINCT {col}::text AS k FROM {table}) AS t ON t.k = u.k "
        "WHERE t.k IS NULL ORDER BY u.i").format(
            keys=sql.Placeholder(), col=sql.Identifier(column), table=sql.Identifier(table.schema, table.name))
    with translated(table, f"checking the keys of {table}.{column}"):
        return [r[0] for r in conn.execute(query, [list(keys)]).fetchall()]
