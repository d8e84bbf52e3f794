"""Test fixtures: a real PostgreSQL, a fresh database per test.

The server comes from ``SEEDBED_TEST_DSN`` when set, else the local server on 127.0.0.1:5432
when one answers, else a throwaway cluster started for the session (see ``seedbed.embedded``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

LOCAL_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"


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

    with EmbeddedPostgres() as pg:
        yield pg.dsn


def with_dbname(dsn: str, dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(dsn, dbname=dbname)


@pytest.fixture
def fresh_dsn(server_dsn: str) -> Iterator[str]:
    """A DSN of a brand-new empty database, dropped after the test."""
    name = f"sbtest_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield with_dbname(server_dsn, name)
    finally:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def db(fresh_dsn: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to a fresh database."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        yield conn
