"""The pytest plugin as a user meets it: a project of its own (tests/data/plugin_project) run by pytest.

The project has its own pytest.ini (a DDL file), a folder whose conftest gives a migration
callable instead, 100 tests that each write to their private database, the marker, and
``seedbed_rows``. It runs in a subprocess through the ``pytest11`` entry point, as installed.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from seedbed.testing import drop_templates

PROJECT = Path(__file__).parent / "data" / "plugin_project"
SUMMARY = re.compile(r"seedbed: (\d+) test databases handed out, median ([\d.]+) ms, max [\d.]+ ms; "
                     r"templates: (\d+) built, (\d+) reused")


def _run(project: Path, server_dsn: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           "--seedbed-dsn", server_dsn, *args], cwd=project, env=env, capture_output=True,
                          text=True, timeout=600, check=False)


def _summary(proc: subprocess.CompletedProcess[str]) -> tuple[int, float, int, int]:
    found = SUMMARY.search(proc.stdout)
    assert found, proc.stdout[-3000:] + proc.stderr[-2000:]
    return int(found[1]), float(found[2]), int(found[3]), int(found[4])


@pytest.fixture
def project(tmp_path: Path, server_dsn: str):
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy)
    schema = copy / "schema.sql"  # templates are named by content: make this run's its own
    schema.write_text(schema.read_text() + f"\n-- test run {uuid.uuid4().hex}\n")
    drop_templates(server_dsn, source_contains="migrate:conftest:migrate")  # left by an earlier run
    yield copy
    drop_templates(server_dsn, source_contains=str(copy))
    drop_templates(server_dsn, source_contains="migrate:conftest:migrate")


def test_entry_point_is_declared() -> None:
    names = {e.name: e.value for e in importlib.metadata.entry_points(group="pytest11")}
    assert names.get("seedbed") == "_seedbed_pytestplugin"


def test_importing_seedbed_does_not_import_pytest() -> None:
    code = "import sys, seedbed, seedbed.testing, seedbed.rows; print('pytest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_project_runs_and_reuses_templates(project: Path, server_dsn: str) -> None:
    first = _run(project, server_dsn)
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-2000:]
    assert re.search(r"\b108 passed\b", first.stdout)
    handed, median_ms, built, _ = _summary(first)
    assert handed == 108 and built == 3  # the DDL, the scope marker, the migrated folder
    # The same recipes again: nothing is seeded, every template is reused.
    again = _run(project, server_dsn, "-k", "scope or migrated")
    assert again.returncode == 0, again.stdout[-4000:]
    _, _, built, reused = _summary(again)
    assert (built, reused) == (0, 2)
    # --seedbed-rebuild seeds them again.
    rebuilt = _run(project, server_dsn, "-k", "test_scope", "--seedbed-rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout[-4000:]
    assert _summary(rebuilt)[2:] == (1, 0)


def test_changed_schema_gets_a_new_template(project: Path, server_dsn: str) -> None:
    import psycopg

    def templates() -> set[str]:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            return {r[0] for r in conn.execute(
                "SELECT d.datname FROM pg_database d JOIN pg_shdescription s ON s.objoid = d.oid "
                "WHERE strpos(s.description, %s) > 0", (str(project),))}

    assert _run(project, server_dsn, "-k", "test_private_seeded_database and 1").returncode == 0
    before = templates()
    schema = project / "schema.sql"
    schema.write_text(schema.read_text() + "\nALTER TABLE users ADD COLUMN nickname text;\n")
    proc = _run(project, server_dsn, "-k", "test_private_seeded_database and 1")
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert _summary(proc)[2] == 1
    after = templates()
    assert len(before) == len(after) == 1 and before != after  # the old template was replaced, not kept


def test_marker_rejects_unknown_arguments(project: Path, server_dsn: str) -> None:
    (project / "test_bad.py").write_text(
        "import pytest\n\n@pytest.mark.seedbed(rowz=5)\ndef test_bad(seedbed_db):\n    pass\n")
    proc = _run(project, server_dsn, "test_bad.py")
    assert proc.returncode == 1
    assert "unknown argument(s) rowz" in proc.stdout


def test_parallel_processes_build_each_template_once(project: Path, server_dsn: str) -> None:
    """Two test processes at once (as pytest-xdist workers are): one seeds, the other waits and reuses."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--seedbed-dsn", server_dsn,
           "-k", "test_scope or test_same_recipe"]
    procs = [subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    summaries = [_summary(subprocess.CompletedProcess(cmd, 0, out, err)) for out, err in outs]
    assert sorted((built, reused) for _, _, built, reused in summaries) == [(0, 1), (1, 0)]


def test_embedded_server_when_none_answers(project: Path) -> None:
    """No DSN and nothing on the local port: the plugin starts an embedded server for the session."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_") and k != "SEEDBED_TEST_DSN"}
    env["SEEDBED_TEST_LOCAL_DSN"] = "postgresql://postgres@127.0.0.1:1/postgres"
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k",
                           "test_private_seeded_database and 7"], cwd=project, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    handed, _, built, _ = _summary(proc)
    assert handed >= 1 and built == 1
