"""Results: the rows of the comparison, the console table, and ``bench/RESULTS.md``.

RESULTS.md is made of sections between markers (``<!-- bench:NAME -->`` ... ``<!-- /bench:NAME -->``);
writing one section replaces only that section and keeps every other one, so results of other
workloads (and hand-written notes outside the markers) survive a run.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import psycopg

#: Server settings reported with every run (read with SHOW; never changed).
SETTINGS = ("fsync", "synchronous_commit", "full_page_writes", "wal_level", "shared_buffers", "max_wal_size",
            "checkpoint_timeout", "maintenance_work_mem", "work_mem")


@dataclass(slots=True, kw_only=True)
class Result:
    """One measured method.

    Attributes:
        key: Short identifier (``ceiling``, ``bare``, ``seedbed``, ``faker-executemany``, ``faker-copy``).
        label: What the report calls it.
        rows: Rows loaded (counted in the database after the run).
        seconds: Timed seconds (the median over repeats).
        peak_rss_kb: Peak RSS of the child process (the largest over repeats), KiB.
        error: Empty when it worked, else ``failed: ...``.
        notes: Remarks for the report (what was timed, scale, split timings).
        timings: Seconds of every repeat.
        internal: For seedbed, the seconds it reported itself (start-up excluded), per repeat.
    """

    key: str
    label: str
    rows: int = 0
    seconds: float = 0.0
    peak_rss_kb: int = 0
    error: str = ""
    notes: list[str] = field(default_factory=list)
    timings: list[float] = field(default_factory=list)
    internal: list[float] = field(default_factory=list)  # seedbed: its own reported seconds per repeat

    @property
    def ok(self) -> bool:
        """True when the method ran and loaded rows."""
        return not self.error and self.seconds > 0

    @property
    def rows_per_s(self) -> float:
        """Rows per wall second (0 when it failed)."""
        return self.rows / self.seconds if self.ok else 0.0


def ratio(result: Result, reference: Result | None) -> str:
    """``result`` rows/s divided by ``reference`` rows/s, as ``0.93×`` (``–`` when not comparable).

    Args:
        result: The method.
        reference: What it is compared with.

    Returns:
        The ratio text.
    """
    if reference is None or not result.ok or not reference.ok:
        return "–"
    return f"{result.rows_per_s / reference.rows_per_s:.2f}×"


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB" if kb else "–"


#: Reference methods for the ratio columns: (result key, column title).
REFERENCES = (("ceiling", "× ceiling"), ("bare", "× Lb"), ("faker-executemany", "× Faker+executemany"),
              ("faker-copy", "× Faker+COPY"))


def table_rows(results: Sequence[Result]) -> tuple[list[str], list[list[str]]]:
    """The comparison table as header and cells (shared by the console and Markdown forms).

    Args:
        results: Every measured method.

    Returns:
        ``(header, rows)``.
    """
    by_key = {r.key: r for r in results}
    header = ["method", "rows", "seconds", "rows/s", *(title for _, title in REFERENCES), "peak RSS", "status"]
    rows = []
    for r in results:
        if r.ok:
            cells = [r.label, f"{r.rows:,}", f"{r.seconds:.2f}", f"{r.rows_per_s:,.0f}",
                     *(ratio(r, by_key.get(k)) for k, _ in REFERENCES), _mb(r.peak_rss_kb), "ok"]
        else:
            cells = [r.label, f"{r.rows:,}" if r.rows else "–", "–", "–", *("–" for _ in REFERENCES),
                     _mb(r.peak_rss_kb), r.error or "failed"]
        rows.append(cells)
    return header, rows


def console_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, width: int = 60) -> str:
    """A plain-text table, columns aligned, long cells cut to ``width`` characters.

    Args:
        header: Column titles.
        rows: Cells.
        width: Longest cell shown.

    Returns:
        The text.
    """
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in [list(header), *rows]]
    widths = [max(len(row[i]) for row in cut) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cut]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def failure_lines(items: Sequence[tuple[str, str]]) -> str:
    """Full failure texts for the console (the table cuts long cells).

    Args:
        items: ``(what, status)`` pairs; statuses that do not start with ``failed`` are skipped.

    Returns:
        ``"failures:"`` and one line per failure, or ``""`` when none failed.
    """
    lines = [f"  {what}: {status}" for what, status in items if status.startswith("failed")]
    return "\n".join(["failures:", *lines]) if lines else ""


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (``|`` inside cells escaped).

    Args:
        header: Column titles.
        rows: Cells.

    Returns:
        The Markdown text.
    """
    esc = [[c.replace("|", "\\|").replace("\n", " ") for c in row] for row in rows]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in esc]
    return "\n".join(out)


def machine_info() -> dict[str, str]:
    """Cores, memory, CPU model, kernel and the load average when the run started.

    Returns:
        Name to text.
    """
    info = {"nproc": str(os.cpu_count() or "?")}
    try:
        info["nproc"] = subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    info["cpu"] = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "?"
    mem = _proc_field("/proc/meminfo", "MemTotal")
    info["memory"] = f"{int(mem.split()[0]) / 1024 / 1024:.1f} GiB" if mem else "?"
    info["kernel"] = f"{platform.system()} {platform.release()}"
    try:
        info["load average"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        info["load average"] = "?"
    return info


def _proc_field(path: str, name: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def server_settings(conn: psycopg.Connection) -> dict[str, str]:
    """The reported server settings, read with SHOW.

    Args:
        conn: Any connection to the server.

    Returns:
        Setting name to value.
    """
    out = {}
    for name in SETTINGS:
        try:
            out[name] = conn.execute("SELECT current_setting(%s)", (name,)).fetchone()[0]
        except psycopg.Error:
            out[name] = "?"
    return out


def versions(conn: psycopg.Connection, seedbed: str, repo: Path) -> dict[str, str]:
    """Versions of Python, PostgreSQL, psycopg, numpy, Faker and seedbed (with its git commit).

    Args:
        conn: A connection to the server.
        seedbed: The seedbed executable that is measured.
        repo: The seedbed checkout (for ``git rev-parse``; read-only).

    Returns:
        Name to version text.
    """
    out = {"Python": sys.version.split()[0]}
    out["PostgreSQL"] = conn.execute("SELECT current_setting('server_version')").fetchone()[0]
    for name, dist in (("psycopg", "psycopg"), ("numpy", "numpy"), ("Faker", "faker")):
        try:
            out[name] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[name] = "?"
    try:
        ver = metadata.version("seedbed")
    except metadata.PackageNotFoundError:
        ver = "?"
    rev = _git(repo, "rev-parse", "--short", "HEAD")
    if rev and _git(repo, "status", "--porcelain", "--untracked-files=no"):
        rev += "+uncommitted changes"
    out["seedbed"] = f"{ver} ({rev}, {seedbed})" if rev else f"{ver} ({seedbed})"
    return out


def _git(repo: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def now_utc() -> str:
    """The current time, ISO 8601 to the minute, UTC."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def bullet_list(items: Mapping[str, str]) -> str:
    """``- **name**: value`` lines.

    Args:
        items: Name to value.

    Returns:
        The Markdown text.
    """
    return "\n".join(f"- **{k}**: {v}" for k, v in items.items())


_HEADER = """# seedbed benchmark results

Written by `bench/run.py` (`make bench`). Each section below is replaced by the run that measures it;
text outside the `<!-- bench:... -->` markers is kept.
"""


def write_section(path: Path, name: str, body: str) -> None:
    """Replace (or append) the section ``name`` of a results file, keeping everything else.

    Args:
        path: The Markdown file (created when missing).
        name: Section name, used in the markers.
        body: The section's Markdown, without markers.
    """
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{body.strip()}\n{end}"
    text = path.read_text() if path.exists() else _HEADER
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text.endswith("\n") else text + "\n")
