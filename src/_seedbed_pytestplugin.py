"""pytest plugin: a seeded, private database per test, cloned from a template (README "Testing with pytest").

Registered through the ``pytest11`` entry point; it lives outside the ``seedbed`` package so that
pytest loads it without importing seedbed, and importing seedbed never imports pytest. The work is
done by ``seedbed.testing`` (templates and clones) and ``seedbed.rows`` (rows a test asserts on),
imported when a test first asks for a fixture.

Fixtures:
    seedbed_db: the DSN of a fresh database, seeded, private to the test, dropped after it.
    seedbed_rows: ``seedbed_rows("users", email="vip@example.com")`` inserts one row (``seedbed_rows(
        "users", 5, country="JP")`` five) into the test's database, every other column and parent
        filled as seedbed would, and returns it as a dict (a list of dicts for a count).
    seedbed_schema: where the schema comes from; override it in a conftest to return a DDL path,
        a migration callable taking a DSN, or a ``seedbed.testing.SchemaSource``.
    seedbed_server: the maintenance DSN of the server templates and clones live on.

Marker: ``@pytest.mark.seedbed(scope="10 users with 1-3 orders each", rows=20, seed=7, tables=[...])``.

Options (command line / ini): ``--seedbed-dsn`` / ``seedbed_dsn`` (else ``SEEDBED_TEST_DSN``, else a
server on 127.0.0.1:5432 (``SEEDBED_TEST_LOCAL_DSN``), else an embedded one), ``--seedbed-schema`` / ``seedbed_schema`` (a .sql
file, or ``module:function``), ``seedbed_rows`` (default 10), ``seedbed_seed`` (default 1),
``seedbed_scope``, ``--seedbed-rebuild``.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from pathlib import Path
from typing import Any

import pytest

_LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres"
_STATS = pytest.StashKey[dict[str, list[Any]]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("seedbed", "seeded test databases (seedbed)")
    group.addoption("--seedbed-dsn", default=None,
                    help="server for test databases; a DSN naming a database (not 'postgres') with no "
                         "seedbed_schema set uses that database's schema and rows as the starting point")
    group.addoption("--seedbed-schema", default=None,
                    help="the test schema: a .sql file, or module:function (a migration taking a DSN)")
    group.addoption("--seedbed-rebuild", action="store_true", default=False,
                    help="rebuild the seeded template databases even when their hash has not changed")
    parser.addini("seedbed_dsn", "server DSN for test databases (see --seedbed-dsn)", default="")
    parser.addini("seedbed_schema", "the test schema: a .sql file (relative to the rootdir) or module:function",
                  default="")
    parser.addini("seedbed_rows", "rows per table of a seeded test database", default="10")
    parser.addini("seedbed_seed", "random seed of the seeded test databases", default="1")
    parser.addini("seedbed_scope", "a scope (plain English) for every seeded test database", default="")
    parser.addini("seedbed_spares", "make the next test's database while a test runs (true/false)", default="true")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "seedbed(scope=None, rows=None, seed=None, tables=()): what the "
                                       "seedbed_db of this test holds (one template per distinct recipe)")
    config.stash[_STATS] = {"clone": [], "build": []}


def _setting(config: pytest.Config, option: str, ini: str) -> str:
    return config.getoption(option) or config.getini(ini) or ""


def _given_dsn(config: pytest.Config) -> str:
    """``--seedbed-dsn``, else ``seedbed_dsn`` in the ini, else ``SEEDBED_TEST_DSN`` ('' for none)."""
    return _setting(config, "--seedbed-dsn", "seedbed_dsn") or os.environ.get("SEEDBED_TEST_DSN", "")


@pytest.fixture(scope="session")
def seedbed_server(request: pytest.FixtureRequest) -> Any:
    """The maintenance DSN of the server (given, local, or an embedded one for the session)."""
    import psycopg

    given = _given_dsn(request.config)
    if given:
        yield psycopg.conninfo.make_conninfo(given, dbname="postgres")
        return
    local = os.environ.get("SEEDBED_TEST_LOCAL_DSN", _LOCAL)  # a closed port forces the embedded server
    try:
        with psycopg.connect(local, connect_timeout=2, autocommit=True):
            pass
        yield local
        return
    except psycopg.Error:
        pass
    from seedbed.embedded import EmbeddedPostgres

    with EmbeddedPostgres() as pg:
        yield pg.dsn


@pytest.fixture(scope="session")
def seedbed_schema(request: pytest.FixtureRequest) -> Any:
    """Where the test schema comes from (override in a conftest: a path, a callable, a SchemaSource)."""
    import psycopg

    value = _setting(request.config, "--seedbed-schema", "seedbed_schema")
    if value:
        if value.endswith(".sql"):
            path = Path(value)
            return path if path.is_absolute() else Path(request.config.rootpath) / path
        return value  # module:function
    given = _given_dsn(request.config)
    dbname = psycopg.conninfo.conninfo_to_dict(given).get("dbname") if given else None
    if dbname and dbname not in ("postgres", "template1"):
        return {"database": dbname}
    pytest.fail("seedbed: no test schema: set seedbed_schema (a .sql file or module:function) in the pytest "
                "ini, pass --seedbed-schema, override the seedbed_schema fixture, or pass --seedbed-dsn "
                "naming a database", pytrace=False)


def _source(value: Any) -> Any:
    from seedbed.testing import SchemaSource

    if isinstance(value, SchemaSource):
        return value
    if isinstance(value, dict):
        return SchemaSource(**value)
    if isinstance(value, (str, Path)) and str(value).endswith(".sql"):
        return SchemaSource(ddl=value)
    if isinstance(value, str) or callable(value):
        return SchemaSource(migrate=value)
    raise TypeError(f"seedbed_schema returned {value!r}: a .sql path, a migration callable or a SchemaSource")


@pytest.fixture(scope="session")
def _seedbed_caches(request: pytest.FixtureRequest, seedbed_server: str) -> Any:
    """One template cache per schema source (conftests of different folders may name different ones)."""
    caches: dict[str, Any] = {}
    yield caches
    for cache in caches.values():
        cache.close()


def _cache_for(request: pytest.FixtureRequest, caches: dict[str, Any], server: str, schema: Any) -> Any:
    from seedbed.testing import TemplateCache

    source = _source(schema)
    label = source.label()
    if label not in caches:
        spares = str(request.config.getini("seedbed_spares")).strip().lower() not in ("false", "0", "no", "off")
        caches[label] = TemplateCache(server, source, rebuild=request.config.getoption("--seedbed-rebuild"),
                                      spares=spares)
        request.config.stash[_STATS].setdefault("caches", []).append(caches[label])
    return caches[label]


def _recipe(request: pytest.FixtureRequest) -> Any:
    from seedbed.testing import Recipe

    config = request.config
    marker = request.node.get_closest_marker("seedbed")
    kw = dict(marker.kwargs) if marker else {}
    unknown = sorted(set(kw) - {"scope", "rows", "seed", "tables"})
    if unknown:
        pytest.fail(f"seedbed marker: unknown argument(s) {', '.join(unknown)} (scope, rows, seed, tables)",
                    pytrace=False)
    return Recipe(rows=int(kw.get("rows") or config.getini("seedbed_rows")),
                  scope=kw.get("scope") or config.getini("seedbed_scope") or None,
                  seed=int(kw["seed"] if kw.get("seed") is not None else config.getini("seedbed_seed")),
                  tables=tuple(kw.get("tables") or ()))


@pytest.fixture
def seedbed_db(request: pytest.FixtureRequest, _seedbed_caches: Any, seedbed_server: str,
               seedbed_schema: Any) -> Any:
    """The DSN of a fresh seeded database private to this test (dropped after it)."""
    from seedbed.errors import SeedbedError

    stats = request.config.stash[_STATS]
    recipe = _recipe(request)
    try:
        cache = _cache_for(request, _seedbed_caches, seedbed_server, seedbed_schema)
        started = time.perf_counter()
        known = recipe in cache._built
        template = cache.template(recipe)
        if not known:
            stats["build"].append(time.perf_counter() - started)
        started = time.perf_counter()
        dsn = cache.clone(template)
        stats["clone"].append(time.perf_counter() - started)
    except SeedbedError as exc:
        pytest.fail(f"seedbed [{exc.code}] {exc.message}" + (f"\n  hint: {exc.hint}" if exc.hint else ""),
                    pytrace=False)
    try:
        yield dsn
    finally:
        cache.drop(dsn)


@pytest.fixture
def seedbed_rows(request: pytest.FixtureRequest, seedbed_db: str) -> Any:
    """``seedbed_rows(table, **values)`` -> one row dict; ``seedbed_rows(table, n, **values)`` -> n dicts."""
    from seedbed.rows import insert_rows

    calls = [0]

    def make(table: str, count: int | None = None, /, **values: Any) -> Any:
        calls[0] += 1
        # A seed per test and call: the same test gets the same rows in any order, on any worker.
        digest = hashlib.blake2b(f"{request.node.nodeid}|{calls[0]}".encode(), digest_size=4).digest()
        rows = insert_rows(seedbed_db, table, count or 1, values, seed=int.from_bytes(digest, "big") + 1)
        return rows if count is not None else rows[0]

    return make


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    stats = config.stash.get(_STATS, None)
    if not stats or not stats["clone"]:
        return
    clones = stats["clone"]
    caches = stats.get("caches", [])
    built = sum(len(c.built) for c in caches)
    reused = sum(len(c.reused) for c in caches)
    terminalreporter.write_line(
        f"seedbed: {len(clones)} test databases handed out, median {statistics.median(clones) * 1000:.1f} ms, "
        f"max {max(clones) * 1000:.1f} ms; templates: {built} built, {reused} reused "
        f"({sum(stats['build']):.2f} s)")
