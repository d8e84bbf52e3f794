"""The embedded server: starts from pip-installed or local binaries, stops, leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest

from seedbed import pgbinaries
from seedbed.embedded import EmbeddedPostgres, find_candidates
from seedbed.errors import DatabaseError, UsageError


def _run_once(pg: EmbeddedPostgres) -> Path:
    with psycopg.connect(pg.dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (id int PRIMARY KEY, note text NOT NULL)")
        conn.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')")
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (2,)
        assert conn.execute("SHOW fsync").fetchone() == ("off",)
        assert conn.execute("SELECT current_user").fetchone() == ("postgres",)
        row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
        assert row == (True,)
    assert pg.data_dir is not None and (pg.data_dir / "PG_VERSION").is_file()
    return pg.data_dir


def test_start_create_stop_removes_data_dir() -> None:
    with EmbeddedPostgres() as pg:
        data_dir = _run_once(pg)
        assert pg.source in ("pgserver", "binaries")
        assert pg.server_version >= 120000
        assert "plpgsql" in pg.available_extensions
        if os.name == "posix":
            assert pg.socket_dsn is not None
            with psycopg.connect(pg.socket_dsn) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
    assert not data_dir.exists()
    assert pg.dsn == ""


@pytest.mark.parametrize("prefer", ["pgserver", "binaries"])
def test_each_source(prefer: str) -> None:
    if not any(c.source == prefer for c in find_candidates(prefer)):
        pytest.skip(f"no {prefer} server binaries on this machine")
    with EmbeddedPostgres(prefer=prefer) as pg:
        assert pg.source == prefer
        data_dir = _run_once(pg)
    assert not data_dir.exists()


def test_given_data_dir_is_kept_and_reused() -> None:
    # Not pytest's tmp_path: run as root, the server user must reach the directory (0700 there).
    parent = Path(tempfile.mkdtemp(prefix="seedbed-test-"))
    parent.chmod(0o755)
    data = parent / "cluster"
    try:
        with EmbeddedPostgres(data) as pg, psycopg.connect(pg.dsn, autocommit=True) as conn:
            conn.execute("CREATE TABLE kept (x int)")
        assert (data / "PG_VERSION").is_file()
        with EmbeddedPostgres(data, prefer=pg.source) as pg2, psycopg.connect(pg2.dsn) as conn:
            assert conn.execute("SELECT to_regclass('kept') IS NOT NULL").fetchone() == (True,)
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def test_missing_extension_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError) as info:
        EmbeddedPostgres(extensions=("no_such_extension_xyz",)).__enter__()
    assert "no_such_extension_xyz" in str(info.value)
    assert info.value.hint


def test_unknown_preference() -> None:
    with pytest.raises(UsageError):
        EmbeddedPostgres(prefer="docker")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="staging happens only as root")
def test_pgserver_staged_when_server_user_cannot_reach_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pgbinaries._pgserver_bindir()
    if real is None:
        pytest.skip("pgserver is not installed")
    site = real.parent.parent.parent
    hidden = Path(tempfile.mkdtemp(prefix="seedbed-test-"))  # 0700 root: unreachable for the server user
    try:
        for part in (real.parent.relative_to(site), Path("pgserver.libs")):
            if (site / part).is_dir():
                shutil.copytree(site / part, hidden / part, symlinks=True)
        moved = hidden / real.relative_to(site)
        monkeypatch.setattr(pgbinaries, "_pgserver_bindir", lambda: moved)
        with EmbeddedPostgres(prefer="pgserver") as pg:
            assert pg.staged and pg.bindir == moved
            _run_once(pg)
    finally:
        shutil.rmtree(hidden, ignore_errors=True)
