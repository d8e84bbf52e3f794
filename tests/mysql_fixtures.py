"""MySQL / MariaDB fixtures (imported by conftest.py).

The server: ``SEEDBED_TEST_MYSQL_DSN`` when set (a ``mysql://`` DSN whose user may create
databases), else MariaDB/MySQL on 127.0.0.1:3306 as root without a password when it answers, else
a throwaway server started for the session from local binaries (``mariadb-install-db`` /
``mysqld --initialize-insecure`` into a temporary directory, a free port, root without a password).
When none of these is possible every MySQL test is skipped with the reason, which pytest's ``-ra``
prints in the summary; never silently.

Each test gets its own database ``sbtest_<random>``, dropped afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

LOCAL = os.environ.get("SEEDBED_TEST_MYSQL_LOCAL_DSN", "mysql://root@127.0.0.1:3306/mysql")


def _pymysql():
    return pytest.importorskip("pymysql", reason="PyMySQL is not installed (pip install 'seedbed[mysql]')")


def _connect(dsn: str, database: str | None = None):
    from seedbed.engines.mysql.session import parse_dsn

    args = parse_dsn(dsn)
    if database is not None:
        args["database"] = database
    return _pymysql().connect(**args, autocommit=True, connect_timeout=3)


def _answers(dsn: str) -> bool:
    try:
        _connect(dsn).close()
        return True
    except Exception:  # noqa: BLE001 - anything: the server is not usable
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Throwaway:
    """A MariaDB / MySQL server in a temporary directory, root without a password."""

    def __init__(self) -> None:
        self.server = shutil.which("mariadbd") or shutil.which("mysqld") or \
            next((p for p in ("/usr/sbin/mariadbd", "/usr/sbin/mysqld") if os.access(p, os.X_OK)), None)
        self.installer = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
        self.dir: str | None = None
        self.proc: subprocess.Popen | None = None

    def start(self) -> str:
        if self.server is None:
            raise RuntimeError("no MySQL/MariaDB server answers on 127.0.0.1:3306 and no mariadbd/mysqld binary "
                               "is installed to start one (set SEEDBED_TEST_MYSQL_DSN, or install mariadb-server)")
        self.dir = tempfile.mkdtemp(prefix="seedbed-mysql-")
        data = os.path.join(self.dir, "data")
        user = ["--user=" + os.environ.get("USER", "root")] if os.geteuid() == 0 else []
        if self.installer and "mariadb" in os.path.basename(self.server):
            cmd = [self.installer, "--no-defaults", f"--datadir={data}", "--auth-root-authentication-method=normal",
                   "--skip-test-db", *user]
        else:
            cmd = [self.server, "--no-defaults", "--initialize-insecure", f"--datadir={data}", *user]
        init = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if init.returncode != 0:
            raise RuntimeError(f"could not initialise a throwaway server ({' '.join(cmd[:1])}): "
                               f"{init.stderr.strip()[-300:]}")
        port = _free_port()
        self.proc = subprocess.Popen(
            [self.server, "--no-defaults", f"--datadir={data}", f"--port={port}", "--bind-address=127.0.0.1",
             f"--socket={self.dir}/sock", f"--pid-file={self.dir}/pid", "--local-infile=1", "--skip-log-bin",
             f"--log-error={self.dir}/err.log", *user], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dsn = f"mysql://root@127.0.0.1:{port}/mysql"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the throwaway server exited: {Path(self.dir, 'err.log').read_text()[-300:]}")
            if _answers(dsn):
                return dsn
            time.sleep(0.3)
        raise RuntimeError("the throwaway MySQL server did not answer within 60 s")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def mysql_server() -> Iterator[str]:
    """A ``mysql://`` DSN of a server this session may create databases on (or a skip with why)."""
    _pymysql()
    dsn = os.environ.get("SEEDBED_TEST_MYSQL_DSN")
    if dsn:
        yield dsn
        return
    if _answers(LOCAL):
        yield LOCAL
        return
    server = _Throwaway()
    try:
        dsn = server.start()
    except RuntimeError as exc:
        server.stop()
        pytest.skip(f"MySQL tests skipped: {exc}")
    try:
        yield dsn
    finally:
        server.stop()


def with_database(dsn: str, database: str) -> str:
    head, _, tail = dsn.partition("://")
    netloc, _, rest = tail.partition("/")
    query = rest.partition("?")[2]
    return f"{head}://{netloc}/{database}" + (f"?{query}" if query else "")


def new_database(server: str) -> Iterator[str]:
    name = f"sbtest_{uuid.uuid4().hex[:12]}"
    conn = _connect(server)
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        yield with_database(server, name)
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        conn.close()


@pytest.fixture
def mysql_dsn(mysql_server: str) -> Iterator[str]:
    """A DSN of a brand-new empty MySQL database, dropped after the test."""
    yield from new_database(mysql_server)


def mysql_client() -> str:
    found = shutil.which("mariadb") or shutil.which("mysql")
    if not found:
        pytest.skip("the mariadb/mysql command-line client is not installed (it runs the corpus' DDL files)")
    return found


def load_sql(dsn: str, text: str, *, rename: str | None = None) -> None:
    """Run a DDL script with the command-line client into the DSN's database. A script that
    creates and enters its own database (``CREATE DATABASE x; USE x;``) runs in the DSN's instead:
    those lines are dropped and ``rename``'s qualified references are pointed at it."""
    from seedbed.engines.mysql.session import parse_dsn

    args = parse_dsn(dsn)
    text = re.sub(r"(?im)^\s*(?:DROP|CREATE)\s+(?:DATABASE|SCHEMA)\b.*$|^\s*USE\s+.*$", "", text)
    if rename:
        text = re.sub(rf"\b`?{re.escape(rename)}`?\.", f"`{args['database']}`.", text)
    cmd = [mysql_client(), "--no-defaults", "-h", args["host"], "-P", str(args["port"]), "-u", args["user"],
           args["database"]]
    env = dict(os.environ, MYSQL_PWD=args["password"]) if args["password"] else None
    proc = subprocess.run(cmd, input=text, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"the client failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")


class Rows:
    """``rows(statement)``: every row of a statement, over one autocommit connection."""

    def __init__(self, dsn: str) -> None:
        from seedbed.engines.mysql.session import parse_dsn

        self.conn = _connect(dsn, parse_dsn(dsn)["database"])

    def __call__(self, statement: str, params: tuple | None = None) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(statement, params)  # None: no %-formatting (a CHECK may hold a LIKE 'x%')
            return list(cur.fetchall())

    def __enter__(self) -> Rows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


def mysql_rows(dsn: str, statement: str, params: tuple | None = None) -> list[tuple]:
    with Rows(dsn) as rows:
        return rows(statement, params)
