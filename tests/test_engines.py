"""The engine seam: a DSN picks its engine, a connection finds its own (seedbed.engines)."""

from __future__ import annotations

import pytest

from seedbed import service
from seedbed.engines import engine_for, engine_of, scheme_of
from seedbed.engines.base import DatabaseEngine
from seedbed.errors import UsageError


@pytest.mark.parametrize(("dsn", "scheme"), [
    ("postgresql://u@h/db", "postgresql"), ("postgres://h/db", "postgres"), ("host=h dbname=db", "postgresql"),
    ("mysql://root@127.0.0.1/db", "mysql"), ("MariaDB://h/db", "mariadb"), ("mysql+pymysql://h/db", "mysql"),
    ("sqlite:///tmp/x.db", "sqlite"),
])
def test_scheme_of(dsn: str, scheme: str) -> None:
    assert scheme_of(dsn) == scheme


def test_unknown_scheme_is_a_usage_error_with_the_forms() -> None:
    with pytest.raises(UsageError) as info:
        engine_for("oracle://scott@h/orcl")
    assert info.value.subject == "oracle" and "sqlite:///" in info.value.hint


def test_postgres_connection_finds_its_engine(fresh_dsn: str) -> None:
    engine = engine_for(fresh_dsn)
    assert isinstance(engine, DatabaseEngine) and engine.name == "postgresql"
    with service.connect(fresh_dsn, autocommit=True) as conn:
        assert engine_of(conn) is engine
        assert engine.describe(conn)["engine"] == "postgresql"


def test_engine_of_refuses_a_foreign_object() -> None:
    with pytest.raises(TypeError):
        engine_of(object())
