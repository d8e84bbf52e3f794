"""Test fixtures: a real PostgreSQL, a fresh database per test.

The server comes from ``SEEDBED_TEST_DSN`` when set, else the local server on 127.0.0.1:5432
when one answers, else a throwaway cluster started for the session (see ``seedbed.embedded``).

Environment:
    SEEDBED_TEST_DSN: a maintenance-database DSN on a server the tests may create databases on.
    SEEDBED_TEST_LOCAL_DSN: the local server probed when ``SEEDBED_TEST_DSN`` is unset (default
        ``postgresql://postgres@127.0.0.1:5432/postgres``). Point it at a closed port to force the
        embedded fallback, e.g. ``SEEDBED_TEST_LOCAL_DSN=postgresql://postgres@127.0.0.1:1/postgres``.
    SEEDBED_TEST_EMBEDDED: ``auto`` (default), ``pgserver`` or ``binaries``: which embedded server
        to start. The embedded cluster first asks for a server with the contrib extensions the
        corpus uses (local binaries have them, the pgserver wheel does not), then takes any.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

LOCAL_DSN = os.environ.get("SEEDBED_TEST_LOCAL_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
# Contrib extensions the corpus schemas create; preferred, not required, of an embedded server.
CORPUS_EXTENSIONS = ("citext", "hstore", "btree_gist", "pg_trgm", "uuid-ossp", "tablefunc",
                     "tsm_system_rows")


def _answers(dsn: str) -> bool:
    try:
        with psycopg.connect(dsn, connect_timeout=3, autocommit=True) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    """A DSN for a maintenance database on a server this session may create databases on."""
    dsn = os.environ.get("SEEDBED_TEST_DSN")
    if dsn:
        yield dsn
        return
    if _answers(LOCAL_DSN):
        yield LOCAL_DSN
        return
    from seedbed.embedded import EmbeddedPostgres
    from seedbed.errors import DatabaseError

    prefer = os.environ.get("SEEDBED_TEST_EMBEDDED", "auto")
    try:
        pg = EmbeddedPostgres(prefer=prefer, extensions=CORPUS_EXTENSIONS).__enter__()
    except DatabaseError:
        pg = EmbeddedPostgres(prefer=prefer).__enter__()  # raises (never skips) when nothing starts
    try:
        yield pg.dsn
    finally:
        pg.__exit__(None, None, None)


def with_dbname(dsn: str, dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(dsn, dbname=dbname)


def _new_database(server_dsn: str) -> Iterator[str]:
    name = f"sbtest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield with_dbname(server_dsn, name)
    finally:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def fresh_dsn(server_dsn: str) -> Iterator[str]:
    """A DSN of a brand-new empty database, dropped after the test."""
    yield from _new_database(server_dsn)


@pytest.fixture(scope="module")
def module_dsn(server_dsn: str) -> Iterator[str]:
    """A brand-new database shared by the tests of one module (seed once, check many ways)."""
    yield from _new_database(server_dsn)


@pytest.fixture
def other_dsn(server_dsn: str) -> Iterator[str]:
    """A second brand-new database, for comparing two seeds."""
    yield from _new_database(server_dsn)


@pytest.fixture
def db(fresh_dsn: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to a fresh database."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        yield conn

# A user's project that tests/test_pytest_plugin.py runs in a subprocess; not tests of this suite.
collect_ignore = ["data/plugin_project"]

# The MySQL / MariaDB server and per-test databases (skipped with the reason when none can be had).
from tests.mysql_fixtures import mysql_dsn, mysql_server  # noqa: E402, F401
