"""MySQL / MariaDB sessions (PyMySQL): DSN, connect, quoting, the state of the tables.

DSN forms: ``mysql://user:password@host:port/database`` and ``mariadb://...`` (the same), query
parameters ``unix_socket``, ``charset``, ``ssl_ca`` and ``local_infile=0`` (load with INSERTs,
never LOAD DATA LOCAL); the database is required (MySQL's "schema").
Identifiers are quoted by ``quote`` only (backticks doubled), never formatted by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import numpy as np
import pymysql

from seedbed.engines.base import cannot_connect, consented, missing_in_batches
from seedbed.engines.mysql.errors import translated
from seedbed.errors import UsageError
from seedbed.generate.values import copy_escape
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import TableState
from seedbed.security import redact_dsn

#: Existing parent keys read back for FK picks in append mode (per referenced key).
EXISTING_KEYS_LIMIT = 1_000_000


def quote(*parts: str) -> str:
    """A (qualified) identifier, backtick-quoted: the one place MySQL names become SQL."""
    return ".".join("`" + p.replace("`", "``") + "`" for p in parts)


#: The schema of the DSN's database's tables in the model: the engine-neutral default namespace
#: (as PostgreSQL's ``public``), so names print bare, ``--tables film`` and config references
#: resolve as everywhere, and a seed makes the same rows whatever the database is called.
DEFAULT = "public"


def to_mysql(expression: str) -> str:
    """A PostgreSQL-syntax expression of seedbed's own (a type-range check, a rule of the seed) in MySQL
    syntax:
    double-quoted identifiers become backticked."""
    out, i, quote_char = [], 0, None
    while i < len(expression):
        ch = expression[i]
        if quote_char:
            out.append(ch)
            if ch == quote_char:
                quote_char = None
        elif ch == "'":
            quote_char = "'"
            out.append(ch)
        elif ch == '"':
            end = expression.index('"', i + 1)
            out.append(quote(expression[i + 1:end]))
            i = end
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def model_name(database: str, table: str, current: str) -> QualifiedName:
    """A table of ``database`` as the model names it (the connection's database: ``DEFAULT``)."""
    return QualifiedName(schema=DEFAULT if database == current else database, name=table)


def table_sql(name: QualifiedName) -> str:
    """The table in SQL: unqualified in the connection's database, else ``db``.``table``."""
    return quote(name.name) if name.schema == DEFAULT else quote(name.schema, name.name)


def columns_sql(columns: Iterable[str]) -> str:
    return ", ".join(quote(c) for c in columns)


def parse_dsn(dsn: str) -> dict[str, Any]:
    """PyMySQL connect arguments from a ``mysql://`` / ``mariadb://`` URL."""
    url = urlsplit(dsn)
    database = unquote(url.path.lstrip("/"))
    if not database:
        raise UsageError(f"the DSN {redact_dsn(dsn)} names no database",
                         subject=redact_dsn(dsn), hint="add it to the path: mysql://user@host:3306/mydb")
    args: dict[str, Any] = {"host": url.hostname or "127.0.0.1", "port": url.port or 3306,
                            "user": unquote(url.username or "root"), "password": unquote(url.password or ""),
                            "database": database}
    query = {k: v[-1] for k, v in parse_qs(url.query).items()}
    if "unix_socket" in query:
        args["unix_socket"] = query.pop("unix_socket")
    if "ssl_ca" in query:
        args["ssl"] = {"ca": query.pop("ssl_ca")}
    args["charset"] = query.pop("charset", "utf8mb4")
    args["local_infile"] = query.pop("local_infile", "1").lower() not in ("0", "false", "off", "no")
    if query:
        raise UsageError(f"unknown DSN parameter(s): {', '.join(sorted(query))}", subject=redact_dsn(dsn),
                         hint="supported: unix_socket, charset, ssl_ca, local_infile=0")
    return args


def connect(dsn: str, *, autocommit: bool = False, check: Callable[[Any], None] | None = None) -> Any:
    args = parse_dsn(dsn)
    try:
        conn = pymysql.connect(**args, autocommit=autocommit, connect_timeout=10,
                               init_command="SET time_zone = '+00:00'")
    except pymysql.MySQLError as exc:
        raise cannot_connect(dsn, str(exc)) from None
    return consented(conn, check)


def query(conn: Any, statement: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(statement, params)
        return list(cur.fetchall())


def read_state(conn: Any, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
    """Existing rows and the maxima of the integer key columns (append mode continues after them)."""
    out: dict[QualifiedName, TableState] = {}
    for name in names:
        table = schema.table(name)
        pk = set(table.primary_key.columns) if table.primary_key else set()
        ints = [c.name for c in table.columns if c.type.kind == "integer" and (c.identity or c.name in pk)]
        exprs = ["count(*)"] + [f"max({quote(c)})" for c in ints]
        with translated(name, "counting its existing rows"):
            row = query(conn, f"SELECT {', '.join(exprs)} FROM {table_sql(name)}")[0]
        out[name] = TableState(rows=int(row[0]), max_values={c: int(v) for c, v in zip(ints, row[1:], strict=True)
                                                             if v is not None})
    return out


def existing_keys_reader(conn: Any, state: dict[QualifiedName, TableState], truncate: set[QualifiedName]):
    """Existing parent keys as COPY text cells (what the generator compares and writes)."""
    owner = threading.current_thread()

    def read(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        if threading.current_thread() is not owner:
            raise RuntimeError(f"existing keys of {table} read off the loading thread (Engine.preload misses it)")
        st = state.get(table)
        if table in truncate or st is None or st.rows == 0:
            return []
        cols = ", ".join(quote(c) for c in columns)
        where = " AND ".join(f"{quote(c)} IS NOT NULL" for c in columns)
        with translated(table, "reading its existing keys"):
            rows = query(conn, f"SELECT {cols} FROM {table_sql(table)} WHERE {where} ORDER BY {cols} "
                               f"LIMIT {EXISTING_KEYS_LIMIT:d}")
        return [np.array(copy_escape([_text(r[i]) for r in rows]), dtype=object) for i in range(len(columns))]
    return read


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return "\\x" + value.hex()
    return str(value)


def missing_keys(conn: Any, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
    """The given keys (as text) no row of ``table`` holds in ``column``, in their order."""
    def found_among(part: list[str]) -> list[Any]:
        return [r[0] for r in query(conn, f"SELECT DISTINCT CAST({quote(column)} AS CHAR) FROM {table_sql(table)} "
                                          f"WHERE CAST({quote(column)} AS CHAR) IN ({', '.join(['%s'] * len(part))})",
                                    part)]

    with translated(table, f"checking the keys of {table}.{column}"):
        return missing_in_batches(keys, found_among)
