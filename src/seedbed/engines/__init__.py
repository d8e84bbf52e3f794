"""Database engines behind one seam (``seedbed.engines.base.DatabaseEngine``).

``engine_for(dsn)`` picks the engine from the DSN's scheme (``postgresql://``, ``mysql://`` /
``mariadb://``, ``sqlite:///path.db``; a libpq key=value DSN is PostgreSQL); ``engine_of(conn)``
finds the engine of an open connection, so code handed a connection needs no engine argument.
Engines are imported on first use: a PostgreSQL user never imports a MySQL driver.
"""

from __future__ import annotations

import importlib
from typing import Any

from seedbed.engines.base import DatabaseEngine
from seedbed.errors import UsageError

__all__ = ["DatabaseEngine", "engine_for", "engine_of", "scheme_of", "ENGINES"]

#: scheme -> (module, class); the module is imported only when a DSN names it.
ENGINES: dict[str, tuple[str, str]] = {
    "postgresql": ("seedbed.engines.postgres.engine", "PostgresEngine"),
    "postgres": ("seedbed.engines.postgres.engine", "PostgresEngine"),
    "mysql": ("seedbed.engines.mysql.engine", "MySQLEngine"),
    "mariadb": ("seedbed.engines.mysql.engine", "MySQLEngine"),
    "sqlite": ("seedbed.engines.sqlite.engine", "SQLiteEngine"),
}
_loaded: dict[tuple[str, str], DatabaseEngine] = {}


def scheme_of(dsn: str) -> str:
    """The DSN's scheme, lower-cased, without a driver suffix (``mysql+pymysql`` -> ``mysql``);
    ``postgresql`` for a libpq key=value string."""
    head, sep, _ = dsn.partition("://")
    if not sep:
        return "postgresql"
    return head.split("+", 1)[0].strip().lower()


def _instance(key: tuple[str, str]) -> DatabaseEngine:
    if key not in _loaded:
        module = importlib.import_module(key[0])
        _loaded[key] = getattr(module, key[1])()
    return _loaded[key]


def engine_for(dsn: str) -> DatabaseEngine:
    scheme = scheme_of(dsn)
    key = ENGINES.get(scheme)
    if key is None:
        raise UsageError(f"no engine for DSN scheme {scheme!r}", subject=scheme,
                         hint="use postgresql://..., mysql://... (or mariadb://...), or sqlite:///path/to/file.db")
    try:
        return _instance(key)
    except ModuleNotFoundError as exc:
        raise UsageError(f"the {scheme} engine needs a driver that is not installed ({exc.name})", subject=scheme,
                         hint=f"pip install 'seedbed[{scheme if scheme != 'mariadb' else 'mysql'}]'") from None


def engine_of(conn: Any) -> DatabaseEngine:
    """The engine an open connection belongs to (already imported: it made the connection)."""
    for engine in _loaded.values():
        if engine.owns(conn):
            return engine
    postgres = _instance(ENGINES["postgresql"])
    if postgres.owns(conn):
        return postgres
    raise TypeError(f"not a connection of any seedbed engine: {type(conn).__name__}")
