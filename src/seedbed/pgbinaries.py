"""Where PostgreSQL server binaries come from: the ``pgserver`` wheel, then local installs.

Used by ``seedbed.embedded`` (see its docstring for the order and why); kept apart because
finding binaries is a question of the machine, running them one of the cluster.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from seedbed.errors import UsageError

PREFER_CHOICES = ("auto", "pgserver", "binaries")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A directory of PostgreSQL server binaries seedbed could start a cluster with.

    Attributes:
        source: ``"pgserver"`` or ``"binaries"``.
        bindir: The directory holding ``initdb``, ``pg_ctl`` and ``postgres``.
    """

    source: str
    bindir: Path

    def exe(self, name: str) -> str:
        """Return the full path of the program ``name`` in this candidate's bindir."""
        suffix = ".exe" if os.name == "nt" else ""
        return str(self.bindir / f"{name}{suffix}")

    def extensions(self) -> frozenset[str]:
        """Return the extensions this installation ships (names of ``*.control`` files)."""
        sharedir = _sharedir(self)
        if sharedir is None:
            return frozenset()
        return frozenset(p.stem for p in (sharedir / "extension").glob("*.control"))

    @property
    def label(self) -> str:
        return f"{self.source} ({self.bindir})"


def _has_server(bindir: Path) -> bool:
    suffix = ".exe" if os.name == "nt" else ""
    return all((bindir / f"{n}{suffix}").is_file() for n in ("initdb", "pg_ctl", "postgres"))


def _sharedir(cand: Candidate) -> Path | None:
    """Find the installation's share directory (``pg_config --sharedir`` when it is there)."""
    try:
        out = subprocess.run([cand.exe("pg_config"), "--sharedir"], capture_output=True, text=True,
                             timeout=10, check=True).stdout.strip()
        if out and Path(out, "extension").is_dir():
            return Path(out)
    except (OSError, subprocess.SubprocessError):
        pass
    root = cand.bindir.parent
    for guess in (root / "share" / "postgresql", root / "share"):
        if (guess / "extension").is_dir():
            return guess
    # Debian keeps server binaries in /usr/lib/postgresql/N/bin and data in /usr/share/postgresql/N.
    if root.parent.name == "postgresql" and root.parent.parent.name == "lib":
        guess = root.parent.parent.parent / "share" / "postgresql" / root.name
        if (guess / "extension").is_dir():
            return guess
    return None


def _pgserver_bindir() -> Path | None:
    """Locate the binaries of the ``pgserver`` wheel without importing it.

    Importing ``pgserver`` creates lock objects in the user runtime directory and warns when
    ``XDG_RUNTIME_DIR`` is unset; seedbed only needs the files.
    """
    try:
        spec = importlib.util.find_spec("pgserver")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        bindir = Path(loc) / "pginstall" / "bin"
        if _has_server(bindir):
            return bindir
    return None


def _version_key(path: str) -> tuple[int, ...]:
    nums = re.findall(r"\d+", path)
    return tuple(int(n) for n in nums) or (0,)


def _local_bindirs() -> list[Path]:
    """Directories of locally installed server binaries, most likely first."""
    found: list[Path] = []
    env = os.environ.get("SEEDBED_PG_BINDIR")
    if env:
        found.append(Path(env))
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10,
                                 check=True).stdout.strip()
            if out:
                found.append(Path(out))
        except (OSError, subprocess.SubprocessError):
            pass
    patterns = [
        "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
        "/usr/pgsql-*/bin",  # PGDG RPMs
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
        "/Library/PostgreSQL/*/bin",  # EDB installer
        "/Applications/Postgres.app/Contents/Versions/*/bin",
    ]
    for pattern in patterns:
        found.extend(Path(p) for p in sorted(glob.glob(pattern), key=_version_key, reverse=True))
    found.extend(Path(p) for p in ("/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"))
    initdb = shutil.which("initdb")
    if initdb:
        found.append(Path(initdb).resolve().parent)
    return found


def find_candidates(prefer: str = "auto") -> list[Candidate]:
    """List the binary installations ``EmbeddedPostgres`` would try, in order.

    Args:
        prefer: ``"auto"`` (pgserver, then local binaries), ``"pgserver"`` or ``"binaries"``.

    Returns:
        The candidates with a complete server (``initdb``, ``pg_ctl``, ``postgres``), without
        duplicates (directories compared after resolving symlinks).
    """
    if prefer not in PREFER_CHOICES:
        raise UsageError(f"unknown embedded server preference {prefer!r}",
                         hint=f"use one of: {', '.join(PREFER_CHOICES)}")
    out: list[Candidate] = []
    seen: set[Path] = set()

    def add(source: str, bindir: Path | None) -> None:
        if bindir is None or not _has_server(bindir):
            return
        real = Path(Candidate(source, bindir).exe("postgres")).resolve()  # /usr/local/bin symlinks
        if real in seen:
            return
        seen.add(real)
        out.append(Candidate(source, bindir))

    if prefer in ("auto", "pgserver"):
        add("pgserver", _pgserver_bindir())
    if prefer in ("auto", "binaries"):
        for bindir in _local_bindirs():
            add("binaries", bindir)
    return out
