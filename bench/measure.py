"""Timing, peak memory and fresh databases for the benchmark.

Every measured method runs as a child process, so wall time and peak RSS are measured the same way for
all of them. Peak RSS is the larger of two readings:

- ``ru_maxrss`` from ``os.wait4`` for exactly that child (``RUSAGE_CHILDREN`` deltas cannot give it once
  a larger child ran before): exact for one process, but a freshly forked child starts from the
  harness's own high-water mark, so a value at or below that floor is discarded as unknown;
- a sampler that sums ``VmRSS`` over the child's whole process tree every ``SAMPLE_S`` seconds (worker
  processes included, which ``ru_maxrss``, a maximum over processes, does not add up), and reads each
  member's ``VmHWM``.
"""

from __future__ import annotations

import json

import contextlib
import os
import re
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

DEFAULT_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"

#: Session setting applied to the harness's own connections and (through PGOPTIONS) to every child.
SESSION_OPTIONS = "-c synchronous_commit=off"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChildRun:
    """The outcome of one child process.

    Attributes:
        argv: The command that ran.
        returncode: Its exit status (negative: killed by that signal).
        seconds: Wall time from just before the process was started to just after it was reaped.
        peak_rss_kb: Peak resident set size in KiB: the larger of ``ru_maxrss`` (when above the harness's
            own floor) and the sampled peaks of the process tree (see the module docstring).
        stdout: Everything it printed on stdout.
        stderr: Everything it printed on stderr.
        timed_out: True when the harness killed it after its time limit.
    """

    argv: tuple[str, ...]
    returncode: int
    seconds: float
    peak_rss_kb: int
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def ok(self) -> bool:
        """True when it exited with status 0."""
        return self.returncode == 0 and not self.timed_out

    def failure(self, limit: int = 400) -> str:
        """A one-line ``failed: ...`` text with the tail of stderr (or stdout when stderr is empty).

        Args:
            limit: At most this many characters of output.

        Returns:
            The text, for a report row.
        """
        what = f"timed out after {self.seconds:.1f} s" if self.timed_out else f"exit {self.returncode}"
        tail = tail_lines(self.stderr.strip() or self.stdout.strip(), limit)
        return f"failed ({what}): {tail}" if tail else f"failed ({what})"


def seedbed_failure(run: ChildRun, doc: Mapping | None, limit: int = 400) -> str:
    """``failed: ...`` for a seedbed run, from its JSON errors when it printed them, else its output tail.

    Args:
        run: The seedbed process.
        doc: The JSON document it printed on stdout (``--output json``), if any.
        limit: At most this many characters of message.

    Returns:
        One line of text.
    """
    errors = doc.get("errors") if isinstance(doc, Mapping) else None
    if run.timed_out or not errors or not isinstance(errors, list):
        return run.failure(limit)
    parts = []
    for e in errors:
        if isinstance(e, Mapping):
            subject = f" [{e['subject']}]" if e.get("subject") else ""
            parts.append(f"{e.get('code', '?')} {e.get('message', '')}{subject}".strip())
        else:
            parts.append(str(e))
    text = re.sub(r"\s+", " ", "; ".join(parts))
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"failed (exit {run.returncode}): {text}"


def tail_lines(text: str, limit: int = 400) -> str:
    """The last lines of ``text`` that fit in ``limit`` characters, whitespace folded to one space.

    Whole lines are kept where possible (an error block reads from its start); a single last line
    longer than ``limit`` keeps its beginning.

    Args:
        text: Program output.
        limit: At most this many characters.

    Returns:
        One line of text.
    """
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    picked: list[str] = []
    size = 0
    for ln in reversed(lines):
        if picked and size + len(ln) + 1 > limit:
            break
        picked.insert(0, ln)
        size += len(ln) + 1
    out = " ".join(picked)
    return out if len(out) <= limit else out[: limit - 1] + "…"


#: Seconds between two samples of the child's process tree.
SAMPLE_S = 0.1


def _status_kb(pid: int | str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _descendants(root: int) -> list[int]:
    """``root`` and every process below it (scans /proc: no ``/proc/PID/task/TID/children`` needed)."""
    parent: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
            parent[int(entry.name)] = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parent.items() if ppid in frontier]
        tree += frontier
    return tree


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree in the background until ``stop()``.

    Attributes:
        max_tree_kb: Largest sum of ``VmRSS`` over the tree seen in one sample.
        max_hwm_kb: Largest ``VmHWM`` (a process's own high-water mark) of any member.
    """

    def __init__(self, pid: int, interval: float = SAMPLE_S) -> None:
        """Prepare a sampler (``start()`` runs it).

        Args:
            pid: The root of the tree.
            interval: Seconds between samples.
        """
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.max_tree_kb = self.max_hwm_kb = 0
        self._done = threading.Event()

    def run(self) -> None:
        """Sample until stopped (the first sample at once)."""
        while True:
            tree = _descendants(self.pid)
            self.max_tree_kb = max(self.max_tree_kb, sum(_status_kb(p, "VmRSS:") for p in tree))
            self.max_hwm_kb = max([self.max_hwm_kb, *(_status_kb(p, "VmHWM:") for p in tree)])
            if self._done.wait(self.interval):
                return

    def stop(self) -> None:
        """Stop sampling and wait for the thread."""
        self._done.set()
        self.join()


def run_child(argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float | None = None,
              cwd: str | None = None) -> ChildRun:
    """Run a command, timing it from start to exit and reading its peak RSS.

    Output goes to temporary files (no pipe can fill up and stall the child). Never raises for a
    failing child: the caller reads ``ChildRun.ok``.

    Args:
        argv: The command.
        env: Its environment (default: the harness's, with ``PGOPTIONS`` set to ``SESSION_OPTIONS``).
        timeout: Kill it (and report ``timed_out``) after this many seconds.
        cwd: Its working directory.

    Returns:
        The outcome.
    """
    if env is None:
        env = child_env()
    floor_kb = _status_kb("self", "VmHWM:")  # a forked child starts from the harness's high-water mark
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(list(argv), stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=dict(env), cwd=cwd)
        except OSError as exc:
            return ChildRun(argv=tuple(argv), returncode=127, seconds=0.0, peak_rss_kb=0, stdout="",
                            stderr=f"{type(exc).__name__}: {exc}")
        sampler = TreeSampler(proc.pid)
        sampler.start()
        killed = threading.Event()

        def _kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, _kill) if timeout else None
        if timer:
            timer.daemon = True
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)  # blocks: the exit is seen at once
        finally:
            seconds = time.perf_counter() - t0
            if timer:
                timer.cancel()
            sampler.stop()
        timed_out = killed.is_set()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: keep Popen from waiting again
        exact_kb = int(usage.ru_maxrss) if usage.ru_maxrss > floor_kb else 0
        out.seek(0)
        err.seek(0)
        return ChildRun(argv=tuple(argv), returncode=proc.returncode, seconds=seconds,
                        peak_rss_kb=max(exact_kb, sampler.max_tree_kb, sampler.max_hwm_kb),
                        stdout=out.read().decode(errors="replace"), stderr=err.read().decode(errors="replace"),
                        timed_out=timed_out)


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a child: the harness's, plus the session options in ``PGOPTIONS``.

    Args:
        extra: More variables to set.

    Returns:
        A new environment mapping.
    """
    env = dict(os.environ)
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " " + SESSION_OPTIONS).strip()
    for key in ("SEEDBED_DSN", "DATABASE_URL"):  # the harness always passes --dsn
        env.pop(key, None)
    if extra:
        env.update(extra)
    return env


def dsn_for(dsn: str, dbname: str) -> str:
    """The same connection string, pointing at another database.

    Args:
        dsn: A ``postgresql://`` URL or a ``key=value`` conninfo string.
        dbname: The database to point at.

    Returns:
        A connection string of the same form.
    """
    if dsn.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(dsn)
        return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))
    return psycopg.conninfo.make_conninfo(dsn, dbname=dbname)


def connect(dsn: str, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection with the benchmark's session settings (``synchronous_commit=off``).

    Args:
        dsn: Where to connect.
        autocommit: Autocommit mode (needed for CREATE/DROP DATABASE).

    Returns:
        An open connection.
    """
    return psycopg.connect(dsn, autocommit=autocommit, options=SESSION_OPTIONS)


@contextlib.contextmanager
def fresh_database(maintenance_dsn: str, label: str) -> Iterator[str]:
    """Create an empty database, yield its DSN, drop it afterwards (even on error).

    A ``CHECKPOINT`` runs before the yield, so the previous measurement's dirty pages are not written
    back during the next one (skipped quietly if the role may not run it).

    Args:
        maintenance_dsn: A database to connect to for CREATE/DROP DATABASE.
        label: Part of the database name (letters, digits, underscores).

    Yields:
        The DSN of the new database.
    """
    name = f"seedbed_bench_{re.sub(r'[^a-z0-9_]', '_', label.lower())}_{uuid.uuid4().hex[:8]}"
    with connect(maintenance_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        with contextlib.suppress(psycopg.Error):
            conn.execute("CHECKPOINT")
    try:
        yield dsn_for(maintenance_dsn, name)
    finally:
        with connect(maintenance_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def execute_all(dsn: str, statements: Sequence[sql.Composable | str]) -> None:
    """Run statements in one transaction (untimed set-up work).

    Args:
        dsn: The database.
        statements: What to run, in order.
    """
    with connect(dsn) as conn:
        for stmt in statements:
            conn.execute(stmt)


def row_counts(dsn: str, tables: Sequence[str]) -> dict[str, int]:
    """``count(*)`` of each table (untimed check after a load).

    Args:
        dsn: The database.
        tables: Table names in schema ``public``.

    Returns:
        ``{table: rows}``; a missing table counts -1.
    """
    out: dict[str, int] = {}
    with connect(dsn, autocommit=True) as conn:
        for t in tables:
            try:
                out[t] = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()[0]
            except psycopg.Error:
                out[t] = -1
    return out


def median(values: Sequence[float]) -> float:
    """The median (the mean of the middle two for an even count).

    Args:
        values: At least one number.

    Returns:
        The median.
    """
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def last_json(text: str) -> dict | None:
    """The JSON document a child printed on stdout (the whole of it, else its last line)."""
    text = text.strip()
    for cand in (text, text.splitlines()[-1] if text else ""):
        try:
            doc = json.loads(cand)
        except ValueError:
            continue
        if isinstance(doc, dict):
            return doc
    return None
