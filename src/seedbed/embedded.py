"""A throwaway PostgreSQL server that needs nothing but ``pip install seedbed``.

``EmbeddedPostgres`` starts a private cluster in a temporary directory, hands out a superuser
DSN, and on exit stops the server and deletes the directory::

    with EmbeddedPostgres() as pg:
        with psycopg.connect(pg.dsn) as conn:
            ...

Where the server binaries come from, in order (``prefer="auto"``):

1. ``pgserver``: the wheel ships a relocatable PostgreSQL build (16.x, no contrib extensions:
   only ``plpgsql`` and ``vector``). Only its binaries are used; seedbed drives them itself
   (see *Running as root* below for why not ``pgserver.get_server``).
2. Local server binaries: ``$SEEDBED_PG_BINDIR``, ``pg_config --bindir``,
   ``/usr/lib/postgresql/<newest first>/bin`` (Debian, Ubuntu), common Homebrew / EDB / source
   install prefixes, then ``initdb`` on ``PATH``.

A candidate that lacks an extension named in ``extensions=`` is passed over, so
``EmbeddedPostgres(extensions=("citext",))`` picks the local binaries when only they ship contrib.

Every cluster is made with ``initdb -A trust -U postgres -E UTF8 --locale=C --no-sync`` and runs
with ``fsync=off``, ``synchronous_commit=off`` and ``full_page_writes=off`` (nothing in it is
meant to survive a crash), listening on a free TCP port on 127.0.0.1 and on a unix socket in
its own temporary directory.

Running as root:
    ``initdb`` and ``postgres`` refuse to run as root. ``pgserver.get_server`` handles that by
    creating a system user ``pgserver`` with ``useradd`` and making every parent directory of
    the data directory and of its own package world-readable. seedbed does neither: it runs
    ``initdb``, ``pg_ctl`` and the server as an existing unprivileged user (``run_as=``, else
    ``$SEEDBED_EMBEDDED_USER``, else ``postgres`` if that user exists, else ``nobody``) by
    dropping privileges in the child process only, and hands that user the temporary directory.
    The binaries must then be reachable by that user. When the pgserver binaries are not (a
    virtualenv under a ``0700`` directory, say), its relocatable installation is staged into the
    temporary directory (hard links, else a 34 MB copy); local binaries that are not reachable
    are passed over with a note. A ``data_dir`` you pass must be reachable by that user too.

If the Python process is killed (SIGKILL) the server outlives it; ``atexit`` covers normal exits.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from seedbed.errors import DatabaseError, UsageError
from seedbed.pgbinaries import PREFER_CHOICES, Candidate, find_candidates

__all__ = ["EmbeddedPostgres", "find_candidates", "Candidate"]

_IS_POSIX = os.name == "posix"
_CONF_NAME = "seedbed.conf"
_SERVER_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "logging_collector": "off",
    "log_min_messages": "warning",
    "max_connections": "200",
}


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _conf_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


class _StartFailed(Exception):
    """One candidate could not start; the message says why (the next candidate is tried)."""


@dataclass(frozen=True, slots=True)
class _RunAs:
    """The unprivileged account the server runs as when seedbed itself runs as root."""

    name: str
    uid: int
    gid: int
    home: str


def _pick_user(run_as: str | None) -> _RunAs | None:
    if not _IS_POSIX or os.geteuid() != 0:
        return None
    import pwd

    names = [run_as] if run_as else (
        [os.environ["SEEDBED_EMBEDDED_USER"]] if os.environ.get("SEEDBED_EMBEDDED_USER")
        else ["postgres", "nobody"])
    for name in names:
        try:
            ent = pwd.getpwnam(name)
        except KeyError:
            continue
        if ent.pw_uid == 0:
            continue
        return _RunAs(name=ent.pw_name, uid=ent.pw_uid, gid=ent.pw_gid, home=ent.pw_dir)
    raise DatabaseError(
        f"running as root, and no unprivileged user ({', '.join(names)}) exists to run PostgreSQL as",
        hint="PostgreSQL refuses to run as root: create a user (useradd postgres), name one with "
             "SEEDBED_EMBEDDED_USER, or run seedbed as a normal user",
        )


class EmbeddedPostgres:
    """A private PostgreSQL cluster for the life of a ``with`` block.

    Args:
        data_dir: Where to keep the cluster. ``None`` (the default) makes a temporary directory
            that is deleted on exit. A given directory is kept on exit and reused on the next
            start when it already holds a cluster of the same major version.
        prefer: ``"auto"`` (pgserver first, then local binaries), ``"pgserver"`` or
            ``"binaries"``: restricts which candidates are tried.
        extensions: Extensions the cluster must offer (e.g. ``("citext", "hstore")``);
            candidates that do not ship them all are passed over.
        run_as: When running as root, the unprivileged user to run the server as.
        startup_timeout: Seconds to wait for the server to accept connections.
        settings: More server settings (``{"max_prepared_transactions": "10"}``: a workspace
            then commits its databases with two-phase commit).

    Attributes:
        dsn: A ``postgresql://`` superuser DSN over TCP (set by ``__enter__``).
        socket_dsn: The same over the unix socket (``None`` on Windows).
        port: The TCP port on 127.0.0.1.
        source: ``"pgserver"`` or ``"binaries"``: which candidate started.
        bindir: The binaries used (where they are installed).
        staged: True when, run as root, the pgserver binaries were not reachable by the server
            user and were staged (hard-linked or copied) into the temporary directory.
        server_version: ``server_version_num``, e.g. ``160002``.
        available_extensions: Names from ``pg_available_extensions``.
        startup_seconds: Wall time of ``__enter__`` (initdb included).
        attempts: ``(candidate label, reason)`` for every candidate passed over.

    Raises:
        seedbed.errors.DatabaseError: From ``__enter__`` when no candidate could start; the
            message lists what each one said and the hint what to install.
    """

    def __init__(self, data_dir: Path | None = None, *, prefer: str = "auto",
                 extensions: tuple[str, ...] | list[str] = (), run_as: str | None = None,
                 startup_timeout: float = 30.0, settings: dict[str, str] | None = None) -> None:
        if prefer not in PREFER_CHOICES:
            raise UsageError(f"unknown embedded server preference {prefer!r}",
                             hint=f"use one of: {', '.join(PREFER_CHOICES)}")
        self._given_dir = Path(data_dir).expanduser().resolve() if data_dir is not None else None
        self.prefer = prefer
        self.extensions = tuple(extensions)
        self.run_as = run_as
        self.startup_timeout = startup_timeout
        self.settings = dict(settings or {})
        self.dsn: str = ""
        self.socket_dsn: str | None = None
        self.port: int = 0
        self.source: str = ""
        self.bindir: Path | None = None
        self.server_version: int = 0
        self.available_extensions: frozenset[str] = frozenset()
        self.startup_seconds: float = 0.0
        self.attempts: list[tuple[str, str]] = []
        self.staged = False
        self._run_dir: Path | None = None
        self._data_dir: Path | None = None
        self._candidate: Candidate | None = None
        self._user: _RunAs | None = None
        self._running = False

    # -- public -----------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path | None:
        """The cluster's data directory (``PGDATA``) while it runs."""
        return self._data_dir

    def __enter__(self) -> EmbeddedPostgres:
        if self._running:
            raise UsageError("this EmbeddedPostgres is already running")
        started = time.perf_counter()
        self._user = _pick_user(self.run_as)
        candidates = find_candidates(self.prefer)
        self.attempts = []
        for cand in candidates:
            missing = sorted(set(self.extensions) - cand.extensions())
            if missing:
                self.attempts.append((cand.label, f"does not ship extension(s) {', '.join(missing)}"))
                continue
            try:
                self._start(cand)
            except _StartFailed as exc:
                self.attempts.append((cand.label, str(exc)))
                self.stop()  # a server that started but failed the connection check is stopped too
                continue
            except BaseException:
                self.stop()
                raise
            self.startup_seconds = time.perf_counter() - started
            atexit.register(self._atexit)
            return self
        raise self._no_server_error(candidates)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        atexit.unregister(self._atexit)
        self.stop()

    def stop(self) -> None:
        """Stop the server (fast shutdown, then immediate, then SIGKILL) and remove temporary files."""
        if self._running and self._candidate is not None and self._data_dir is not None:
            for mode in ("fast", "immediate"):
                try:
                    self._run([self._candidate.exe("pg_ctl"), "-D", str(self._data_dir), "-m", mode,
                               "-w", "-t", "30", "stop"], timeout=40)
                    break
                except _StartFailed:
                    continue
            else:
                self._kill_postmaster()
        self._running = False
        self._discard()
        self.dsn = ""
        self.socket_dsn = None

    # -- starting ---------------------------------------------------------------------------

    def _start(self, cand: Candidate) -> None:
        self._run_dir = Path(tempfile.mkdtemp(prefix="seedbed-pg-"))
        self._give_to_user(self._run_dir)
        self._data_dir = self._given_dir if self._given_dir is not None else self._run_dir / "data"
        origin = cand
        cand, version = self._reachable(cand)
        self._candidate = cand
        self.staged = cand is not origin
        data = self._data_dir
        if (data / "PG_VERSION").is_file():
            have = (data / "PG_VERSION").read_text().strip()
            if have != str(version):
                raise _StartFailed(f"{data} holds a PostgreSQL {have} cluster, these binaries are {version}")
        else:
            if data.exists() and any(data.iterdir()):
                raise _StartFailed(f"{data} is not empty and holds no PostgreSQL cluster")
            if self._given_dir is not None:
                data.mkdir(parents=True, exist_ok=True)
                self._give_to_user(data)
            self._run([cand.exe("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                       "-E", "UTF8", "--locale=C", "--no-sync"], timeout=120)
        last = ""
        for _ in range(3):  # a free port can be taken between finding it and binding it
            self.port = _free_port()
            self._write_conf(data)
            log = self._run_dir / "postgres.log"
            try:
                self._run([cand.exe("pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                           "-t", str(int(self.startup_timeout)), "start"],
                          timeout=self.startup_timeout + 10)
            except _StartFailed as exc:
                last = f"{exc}\n{self._log_tail(log)}".strip()
                if "in use" in last or "could not bind" in last:
                    continue
                raise _StartFailed(last) from None
            break
        else:
            raise _StartFailed(last)
        self._running = True
        self._connect_check(origin)

    def _write_conf(self, data: Path) -> None:
        conf = data / "postgresql.conf"
        text = conf.read_text() if conf.is_file() else ""
        include = f"include_if_exists = {_conf_quote(_CONF_NAME)}"
        if include not in text:
            with conf.open("a") as fh:
                fh.write(f"\n# added by seedbed.embedded\n{include}\n")
        settings = dict(_SERVER_SETTINGS) | self.settings
        settings["listen_addresses"] = _conf_quote("127.0.0.1")
        settings["port"] = str(self.port or 5432)
        assert self._run_dir is not None
        settings["unix_socket_directories"] = _conf_quote(str(self._run_dir) if _IS_POSIX else "")
        body = "".join(f"{k} = {v}\n" for k, v in settings.items())
        path = data / _CONF_NAME
        path.write_text("# written by seedbed.embedded at every start\n" + body)
        self._give_to_user(path)

    def _connect_check(self, cand: Candidate) -> None:
        import psycopg

        self.dsn = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.socket_dsn = (f"postgresql://postgres@/postgres?host={self._run_dir}&port={self.port}"
                           if _IS_POSIX else None)
        try:
            with psycopg.connect(self.dsn, connect_timeout=10, autocommit=True) as conn:
                version = conn.execute("SHOW server_version_num").fetchone()
                self.server_version = int(version[0]) if version else 0
                rows = conn.execute("SELECT name FROM pg_available_extensions").fetchall()
        except psycopg.Error as exc:
            raise _StartFailed(f"the server started but refused a connection: {exc}") from None
        self.available_extensions = frozenset(r[0] for r in rows)
        self.source = cand.source
        self.bindir = cand.bindir

    def _reachable(self, cand: Candidate) -> tuple[Candidate, int]:
        """The candidate as the server user can run it, and its major version.

        Run as root, the server user may not reach a pip-installed ``pgserver`` (a virtualenv
        under a ``0700`` home directory). Its installation is relocatable, so it is then staged
        into the run directory: hard links where the filesystem allows, else a copy (34 MB).
        """
        try:
            return cand, self._binary_version(cand)
        except _StartFailed as exc:
            if self._user is None or cand.source != "pgserver" or "ermission denied" not in str(exc):
                raise
        assert self._run_dir is not None

        def link_or_copy(src: str, dst: str) -> None:
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)

        # site-packages/pgserver/pginstall/bin, and the libraries auditwheel put beside the
        # package (RPATH $ORIGIN/../../../pgserver.libs): keep that layout.
        install = cand.bindir.parent
        site = install.parent.parent
        stage = self._run_dir / "stage"
        for src in (install, site / f"{install.parent.name}.libs"):
            if src.is_dir():
                shutil.copytree(src, stage / src.relative_to(site), symlinks=True,
                                copy_function=link_or_copy)
        for d in (stage, stage / install.parent.name):
            d.chmod(0o755)
        staged_cand = Candidate(cand.source, stage / cand.bindir.relative_to(site))
        return staged_cand, self._binary_version(staged_cand)

    def _binary_version(self, cand: Candidate) -> int:
        """Major version of the candidate's ``postgres``, run as the server user (checks access)."""
        out = self._run([cand.exe("postgres"), "--version"], timeout=30)
        match = re.search(r"(\d+)(?:\.\d+)?", out)
        if not match:
            raise _StartFailed(f"cannot read the version from {out.strip()!r}")
        return int(match.group(1))

    # -- processes --------------------------------------------------------------------------

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        env["LANG"] = "C"
        if self._user is not None:
            env["HOME"] = str(self._run_dir) if self._run_dir else "/"
            env["USER"] = env["LOGNAME"] = self._user.name
        return env

    def _run(self, cmd: list[str], *, timeout: float) -> str:
        """Run one PostgreSQL program (as the unprivileged user when root); return its stdout.

        Output goes through temporary files, not pipes: the postmaster that ``pg_ctl start``
        leaves behind must not inherit a pipe we wait on.
        """
        kwargs: dict[str, Any] = {}
        if self._user is not None:
            kwargs.update(user=self._user.uid, group=self._user.gid, extra_groups=[])
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            try:
                proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                      env=self._env(), cwd=self._run_dir or None, timeout=timeout,
                                      text=True, **kwargs)
            except subprocess.TimeoutExpired:
                raise _StartFailed(f"{Path(cmd[0]).name} did not finish within {timeout:.0f}s") from None
            except OSError as exc:
                raise _StartFailed(f"cannot run {cmd[0]}: {exc}") from None
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        if proc.returncode != 0:
            who = f" as user {self._user.name}" if self._user else ""
            detail = (stderr.strip() or stdout.strip()).splitlines()[-5:]
            raise _StartFailed(f"{Path(cmd[0]).name}{who} exited with {proc.returncode}: "
                               + " | ".join(detail))
        return stdout

    def _give_to_user(self, path: Path) -> None:
        if self._user is not None:
            os.chown(path, self._user.uid, self._user.gid)

    def _log_tail(self, log: Path, lines: int = 8) -> str:
        try:
            return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _kill_postmaster(self) -> None:
        if self._data_dir is None:
            return
        pidfile = self._data_dir / "postmaster.pid"
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int(pidfile.read_text().splitlines()[0])
            os.kill(pid, 9)

    def _discard(self) -> None:
        """Remove the run directory (and with it a temporary data directory)."""
        if self._run_dir is not None:
            shutil.rmtree(self._run_dir, ignore_errors=True)
        self._run_dir = None
        self._data_dir = None  # a given data_dir is kept on disk (owned by the server user)

    def _atexit(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()

    def _no_server_error(self, candidates: list[Candidate]) -> DatabaseError:
        if not candidates:
            where = {"pgserver": "the pgserver package is not installed (or ships no server)",
                     "binaries": "no local PostgreSQL server binaries were found",
                     "auto": "neither the pgserver package nor local PostgreSQL server binaries were found"}
            message = f"cannot start an embedded PostgreSQL: {where[self.prefer]}"
        else:
            lines = "; ".join(f"{label}: {reason.splitlines()[0] if reason else '?'}"
                              for label, reason in self.attempts)
            message = f"cannot start an embedded PostgreSQL: {lines}"
        install = ("install the PostgreSQL server package (Debian: apt-get install postgresql; "
                   "macOS: brew install postgresql@16) or set SEEDBED_PG_BINDIR; or point seedbed at a "
                   "running server with --dsn / SEEDBED_DSN")
        if self.extensions:
            hint = (f"extensions {', '.join(self.extensions)} need a server with contrib (the pgserver "
                    f"wheel ships none): {install}")
        else:
            hint = f"pip install pgserver, or {install}"
        if self._user is not None and any("ermission denied" in r for _, r in self.attempts):
            hint += (f". Running as root, the server runs as {self._user.name!r}, which must be able to "
                     "read and execute the binaries and reach the data directory")
        return DatabaseError(message, hint=hint)

    def __repr__(self) -> str:
        state = f"{self.source} on {self.dsn}" if self._running else "stopped"
        return f"<EmbeddedPostgres {state}>"


def main(argv: list[str] | None = None) -> int:
    """Start a cluster, print its DSN and timings, wait for Enter (a manual smoke test)."""
    prefer = (argv or sys.argv[1:] or ["auto"])[0]
    with EmbeddedPostgres(prefer=prefer) as pg:
        print(f"{pg.source} {pg.bindir} v{pg.server_version} {pg.dsn} in {pg.startup_seconds:.2f}s")
        print("extensions:", ", ".join(sorted(pg.available_extensions)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
