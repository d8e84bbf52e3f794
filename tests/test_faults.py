"""Fault injection: every fault during a seed ends with a coded error, the documented exit code and
the database unchanged (rows, sequences, catalog).

Each test runs the real CLI in a subprocess (the exit code and stderr are what a user sees) and
injects one fault from outside: the seed's backend terminated mid-COPY, a statement timeout, a
deferred trigger failing at COMMIT, a role without the privilege, a read-only database, a full
disk (a tablespace on a small tmpfs, where this machine can mount one), a killed generation
worker, the parent killed under its workers, Ctrl-C during the verification.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

import seedbed

SRC = str(Path(seedbed.__file__).resolve().parents[1])

SCHEMA = """
    CREATE TABLE categories (id serial PRIMARY KEY, name text NOT NULL);
    CREATE TABLE products (id serial PRIMARY KEY, category_id int NOT NULL REFERENCES categories,
                           title text NOT NULL, price numeric(10, 2) NOT NULL CHECK (price > 0));
    CREATE TABLE notes (id bigserial PRIMARY KEY, body text, n int);
    INSERT INTO categories (name) VALUES ('existing');
"""


# ---------------------------------------------------------------------------- helpers

def run_sql(dsn: str, text: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(text)


def snapshot(dsn: str) -> dict:
    """Rows (a digest per table), every sequence's state, and the catalog of the user schemas."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")
        tables = conn.execute("""
            SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1, 2""").fetchall()
        rows = {}
        for schema, name in tables:
            rows[f"{schema}.{name}"] = conn.execute(sql.SQL(
                "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM {} AS t").format(
                sql.Identifier(schema, name))).fetchone()
        sequences = {}
        for schema, name in conn.execute("""
                SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'S' ORDER BY 1, 2""").fetchall():
            sequences[f"{schema}.{name}"] = conn.execute(sql.SQL("SELECT last_value, is_called FROM {}").format(
                sql.Identifier(schema, name))).fetchone()
        catalog = conn.execute("""
            SELECT 'con', conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
            UNION ALL SELECT 'idx', indrelid::regclass::text, indexrelid::regclass::text, pg_get_indexdef(indexrelid)
            FROM pg_index WHERE indrelid::regclass::text NOT LIKE 'pg\\_%'
            UNION ALL SELECT 'trg', tgrelid::regclass::text, tgname, tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
            UNION ALL SELECT 'rel', relnamespace::regnamespace::text, relname, relkind::text FROM pg_class
            WHERE relnamespace = 'public'::regnamespace
            ORDER BY 1, 2, 3""").fetchall()
    return {"rows": rows, "sequences": sequences, "catalog": catalog}


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PGAPPNAME", None)
    env.update(extra)
    return env


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "seedbed.cli.main", *args], capture_output=True, text=True,
                          env=env or cli_env(), timeout=timeout, check=False)


def start_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "seedbed.cli.main", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env or cli_env())


def assert_failed_cleanly(proc: subprocess.CompletedProcess | tuple[int, str], code: int, sb: str) -> str:
    rc, stderr = (proc.returncode, proc.stderr) if isinstance(proc, subprocess.CompletedProcess) else proc
    assert "Traceback" not in stderr, stderr
    assert rc == code, (rc, stderr)
    assert sb in stderr, stderr
    return stderr


def dbname(dsn: str) -> str:
    return psycopg.conninfo.conninfo_to_dict(dsn)["dbname"]


def wait_for(predicate, what: str, timeout: float = 120, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the CLI ended (exit {proc.returncode}) before {what}: {proc.stderr.read()}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def seedbed_backend(dsn: str, like: str = "%") -> int | None:
    """The pid of the other backend on this (fresh) database, seedbed's, whose last query matches ``like``."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute("""
            SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()
              AND query ILIKE %s LIMIT 1""", (dbname(dsn), like)).fetchone()
    return row[0] if row else None


def sleeping(dsn: str) -> bool:
    """Whether seedbed's session on this database waits in a ``pg_sleep`` (of a CHECK or a trigger)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        return bool(conn.execute("""
            SELECT 1 FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()
              AND wait_event = 'PgSleep'""", (dbname(dsn),)).fetchone())


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if not path.exists():
        return []
    return [int(p) for p in path.read_text().split()]


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its parent to reap it counts as dead)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.fixture
def shop(fresh_dsn: str) -> Iterator[str]:
    run_sql(fresh_dsn, SCHEMA)
    yield fresh_dsn


@pytest.fixture
def role(shop: str) -> Iterator[tuple[str, str]]:
    """A login role with no privileges (name, DSN), dropped after the test."""
    name = f"sb_fault_{uuid.uuid4().hex[:8]}"
    run_sql(shop, sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)).as_string(None))
    yield name, psycopg.conninfo.make_conninfo(shop, user=name)
    with psycopg.connect(shop, autocommit=True) as conn:
        conn.execute(sql.SQL("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = {}").format(
            sql.Literal(name)))
        conn.execute(sql.SQL("DROP OWNED BY {r}; DROP ROLE {r}").format(r=sql.Identifier(name)))


# ---------------------------------------------------------------------------- faults

def test_connection_killed_mid_copy(shop: str) -> None:
    before = snapshot(shop)
    proc = start_cli("seed", "--dsn", shop, "--tables", "notes", "--rows", "3000000", "--seed", "1", "--plain",
                     "--no-verify")
    try:
        pid = wait_for(lambda: seedbed_backend(shop, "COPY%"), "the first COPY", proc=proc)
        with psycopg.connect(shop, autocommit=True) as conn:
            assert conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
        _, stderr = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert_failed_cleanly((proc.returncode, stderr), 3, "SB302")
    assert snapshot(shop) == before


def test_statement_timeout(shop: str) -> None:
    run_sql(shop, """
        CREATE FUNCTION slow_statement() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(20); RETURN NULL; END $$;
        CREATE TRIGGER slow BEFORE INSERT ON products FOR EACH STATEMENT EXECUTE FUNCTION slow_statement();
    """)
    before = snapshot(shop)
    proc = cli("seed", "--dsn", shop, "--rows", "20", "--seed", "1",
               env=cli_env(PGOPTIONS="-c statement_timeout=3000"))
    stderr = assert_failed_cleanly(proc, 3, "SB304")
    assert "statement_timeout" in stderr and "products" in stderr
    assert snapshot(shop) == before


def test_statement_timeout_reading_existing_keys(shop: str) -> None:
    """A timeout while the existing parent keys are read names that table (in-process: the lock
    held by another session makes the read wait deterministically)."""
    from seedbed.engines.postgres.session import existing_keys_reader
    from seedbed.errors import StatementTimeout
    from seedbed.model import QualifiedName
    from seedbed.planning.model import TableState

    name = QualifiedName(schema="public", name="categories")
    with psycopg.connect(shop) as holder, psycopg.connect(shop) as conn:
        holder.execute("LOCK TABLE categories IN ACCESS EXCLUSIVE MODE")
        conn.execute("SET statement_timeout = 300")
        read = existing_keys_reader(conn, {name: TableState(rows=1)}, set())
        with pytest.raises(StatementTimeout) as info:
            read(name, ("id",))
    assert info.value.subject == "categories" and "existing keys" in info.value.message


def test_trigger_failing_at_commit_leaves_sequences(shop: str) -> None:
    run_sql(shop, """
        CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
        CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON products DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION refuse();
    """)
    before = snapshot(shop)
    proc = cli("seed", "--dsn", shop, "--rows", "30", "--seed", "1")
    # A trigger's rule refused the rows (issue 16): exit 4 naming the trigger, its function, its message.
    stderr = assert_failed_cleanly(proc, 4, "SB403")
    assert "refused at commit" in stderr and "at_commit" in stderr and "refuse" in stderr
    assert "subject: products" in stderr  # the table whose deferred trigger raised
    after = snapshot(shop)
    assert after["sequences"] == before["sequences"]  # setval is not transactional: put back
    assert after == before


def test_sequences_restored_through_the_python_api(shop: str) -> None:
    run_sql(shop, """
        CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$;
        CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON notes DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION refuse();
    """)
    before = snapshot(shop)
    with pytest.raises(seedbed.SeedbedError) as info:
        seedbed.seed(shop, rows=10, seed=2)
    assert info.value.code == "SB403" and info.value.exit_code == 4 and "at_commit" in info.value.message
    assert snapshot(shop) == before


def test_role_granted_only_the_tables_it_seeds(shop: str, role: tuple[str, str]) -> None:
    name, dsn = role
    run_sql(shop, sql.SQL("GRANT SELECT, INSERT ON categories TO {r}; "
                          "GRANT USAGE, SELECT, UPDATE ON SEQUENCE categories_id_seq TO {r}").format(
        r=sql.Identifier(name)).as_string(None))
    proc = cli("seed", "--dsn", dsn, "--tables", "categories", "--rows", "5", "--seed", "1")
    assert proc.returncode == 0, proc.stderr
    assert snapshot(shop)["rows"]["public.categories"][0] == 6

    before = snapshot(shop)
    proc = cli("seed", "--dsn", dsn, "--tables", "categories", "--rows", "5", "--seed", "1", "--truncate")
    stderr = assert_failed_cleanly(proc, 3, "SB303")
    assert "categories" in stderr and "TRUNCATE" in stderr
    assert snapshot(shop) == before

    proc = cli("seed", "--dsn", dsn, "--tables", "products", "--rows", "5", "--seed", "1")
    stderr = assert_failed_cleanly(proc, 3, "SB303")
    assert "products" in stderr
    assert snapshot(shop) == before


@pytest.mark.parametrize("flag", ["--truncate", "--bulk", None])
def test_read_only_database(shop: str, flag: str | None) -> None:
    run_sql(shop, sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on").format(
        sql.Identifier(dbname(shop))).as_string(None))
    before = snapshot(shop)
    proc = cli("seed", "--dsn", shop, "--rows", "5", "--seed", "1", *([flag] if flag else []))
    stderr = assert_failed_cleanly(proc, 3, "SB306")
    assert "read-only" in stderr
    assert snapshot(shop) == before


def _mount_small_tmpfs(path: Path, size: str) -> str | None:
    """Mount a tmpfs of ``size``; the reason it cannot be done, or None."""
    if not sys.platform.startswith("linux"):
        return "tmpfs mounts need Linux"
    path.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                              capture_output=True, text=True, check=False, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"cannot run mount: {exc}"
    if proc.returncode != 0:
        return f"cannot mount a tmpfs here: {proc.stderr.strip() or proc.returncode}"
    return None


def test_disk_full(server_dsn: str) -> None:
    """A tablespace on a 4 MB tmpfs: the load fills it (SQLSTATE 53100)."""
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        local = conn.execute("SELECT inet_server_addr() IS NULL OR host(inet_server_addr()) IN ('127.0.0.1', '::1')"
                             ).fetchone()[0]
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
        data_dir = conn.execute("SHOW data_directory").fetchone()[0] if superuser else None
    if not local or not superuser or not data_dir or not os.path.isdir(data_dir):
        pytest.skip("disk full: needs a local server this test can create a tablespace on (superuser, "
                    "data directory on this machine)")
    mount = Path(tempfile.mkdtemp(prefix="seedbed-tiny-"))  # the server's user must reach it
    why = _mount_small_tmpfs(mount, "4m")
    if why:
        mount.rmdir()
        print(f"skipping disk full: {why}")
        pytest.skip(f"disk full: {why}")
    space = f"sb_tiny_{uuid.uuid4().hex[:8]}"
    db = f"sbtest_full_{uuid.uuid4().hex[:8]}"
    dsn = psycopg.conninfo.make_conninfo(server_dsn, dbname=db)
    try:
        st = os.stat(data_dir)
        os.chown(mount, st.st_uid, st.st_gid)
        os.chmod(mount, 0o700)
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE TABLESPACE {} LOCATION {}").format(sql.Identifier(space),
                                                                           sql.Literal(str(mount))))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db)))
        run_sql(dsn, SCHEMA + sql.SQL("ALTER TABLE notes SET TABLESPACE {}").format(
            sql.Identifier(space)).as_string(None))
        before = snapshot(dsn)
        proc = cli("seed", "--dsn", dsn, "--tables", "notes", "--rows", "200000", "--seed", "1", "--plain")
        stderr = assert_failed_cleanly(proc, 3, "SB305")
        assert "notes" in stderr
        assert snapshot(dsn) == before
    finally:
        with psycopg.connect(server_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db)))
            conn.execute(sql.SQL("DROP TABLESPACE IF EXISTS {}").format(sql.Identifier(space)))
        subprocess.run(["umount", str(mount)], check=False, capture_output=True)
        mount.rmdir()


def test_worker_killed(shop: str) -> None:
    before = snapshot(shop)
    proc = start_cli("seed", "--dsn", shop, "--tables", "notes", "--rows", "3000000", "--seed", "1", "--plain",
                     "--workers", "2", "--no-verify")
    try:
        wait_for(lambda: seedbed_backend(shop, "COPY%"), "the first COPY", proc=proc)
        workers = wait_for(lambda: children(proc.pid), "the workers", proc=proc)
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert_failed_cleanly((proc.returncode, stderr), 3, "SB309")
    assert snapshot(shop) == before


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_workers_die_with_their_parent(shop: str, sig: signal.Signals) -> None:
    before = snapshot(shop)
    proc = start_cli("seed", "--dsn", shop, "--tables", "notes", "--rows", "3000000", "--seed", "1", "--plain",
                     "--workers", "2", "--no-verify")
    try:
        wait_for(lambda: seedbed_backend(shop, "COPY%"), "the first COPY", proc=proc)
        workers = wait_for(lambda: children(proc.pid), "the workers", proc=proc)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        wait_for(lambda: not any(alive(w) for w in workers), "the workers to die", timeout=20)
    finally:
        proc.kill()
        for w in children(proc.pid):
            os.kill(w, signal.SIGKILL)
    wait_for(lambda: seedbed_backend(shop) is None, "the server to end the session", timeout=60)
    assert snapshot(shop) == before


def test_interrupt_during_verification_says_it_committed(shop: str) -> None:
    # The CHECK sleeps only in a read-only transaction: the verification's, not the load's.
    run_sql(shop, """
        CREATE FUNCTION slow_when_read_only(v int) RETURNS boolean LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('transaction_read_only') = 'on' THEN PERFORM pg_sleep(60); END IF;
            RETURN true;
        END $$;
        ALTER TABLE notes ADD CONSTRAINT notes_slow CHECK (slow_when_read_only(n));
    """)
    proc = start_cli("seed", "--dsn", shop, "--tables", "notes", "--rows", "50", "--seed", "1")
    try:
        wait_for(lambda: sleeping(shop), "the verification", proc=proc)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "nothing was committed" not in stderr and "committed" in stderr, stderr
    assert snapshot(shop)["rows"]["public.notes"][0] == 50


def test_one_mapping_for_every_interface(shop: str) -> None:
    """The CLI (above), the Python API and the MCP server give the same coded error."""
    run_sql(shop, sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on").format(
        sql.Identifier(dbname(shop))).as_string(None))
    before = snapshot(shop)
    with pytest.raises(seedbed.SeedbedError) as info:
        seedbed.seed(shop, rows=5, seed=1)
    assert (info.value.code, info.value.exit_code) == ("SB306", 3)
    pytest.importorskip("mcp")
    from seedbed.mcp_server.server import seed_database

    result = seed_database(dsn=shop, rows=5, seed=1)
    body = getattr(result, "structured_content", None) or getattr(result, "structuredContent", None) or result
    assert body["ok"] is False and body["errors"][0]["code"] == "SB306", body
    assert snapshot(shop) == before


def test_worker_watchdog_without_pdeathsig() -> None:
    """Where PR_SET_PDEATHSIG is not used (not Linux, or not the main thread), the watchdog still
    ends a worker whose parent died."""
    script = """
import os, sys, time
from seedbed.generate.feed import _die_with_parent
me = os.getpid()  # as WorkerPool does: the parent's pid, taken before the fork
pid = os.fork()
if pid == 0:
    _die_with_parent(False, me)
    time.sleep(60)
    os._exit(0)
print(pid, flush=True)
os._exit(0)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=cli_env(), timeout=60,
                         check=True)
    child = int(out.stdout.split()[0])
    try:
        wait_for(lambda: not alive(child), "the orphaned worker to exit", timeout=20)
    finally:
        if alive(child):
            os.kill(child, signal.SIGKILL)


@pytest.mark.parametrize(("setup", "statement", "code"), [
    ("SET statement_timeout = 50", "SELECT pg_sleep(5)", "SB304"),
    ("SET TRANSACTION READ ONLY", "INSERT INTO notes (body) VALUES ('x')", "SB306"),
    ("SET ROLE {role}", "SELECT * FROM notes", "SB303"),
    ("SELECT 1", "INSERT INTO categories (id, name) VALUES (1, 'dup')", "SB310"),
    ("SELECT 1", "DO $$ BEGIN RAISE EXCEPTION 'raised'; END $$", "SB310"),
    ("SELECT 1", "SELECT * FROM no_such_table", "SB300"),
], ids=["timeout", "read-only", "permission", "duplicate", "raise", "other"])
def test_sqlstate_classes_map_to_codes(shop: str, role: tuple[str, str], setup: str, statement: str,
                                      code: str) -> None:
    """Real server errors of each SQLSTATE class get their code and a hint of their own."""
    from seedbed.engines.postgres.errors import from_psycopg

    name, _ = role
    with psycopg.connect(shop) as conn:
        conn.execute(setup.format(role=sql.Identifier(name).as_string(conn)))
        with pytest.raises(psycopg.Error) as info:
            conn.execute(statement)
    err = from_psycopg(info.value, table="public.notes", doing="testing")
    assert (err.code, err.exit_code) == (code, 3)
    assert err.hint and err.message.startswith(("public.", "categories"))


def test_sigterm_at_commit_rolls_back_and_puts_the_sequences_back(shop: str) -> None:
    """SIGTERM (a CI timeout, ``kill``) ends a seed the way Ctrl-C does. The window that matters is
    between the sequences' ``setval`` (not transactional) and the end of COMMIT: a deferred trigger
    that sleeps at COMMIT holds the seed there while the signal arrives."""
    run_sql(shop, """
        CREATE FUNCTION sleep_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_sleep(60); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER categories_sleep AFTER INSERT ON categories
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sleep_at_commit();
    """)
    before = snapshot(shop)
    proc = start_cli("seed", "--dsn", shop, "--tables", "categories", "--rows", "3", "--seed", "1", "--no-verify")
    try:
        wait_for(lambda: sleeping(shop), "the COMMIT", proc=proc)
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted during COMMIT" in stderr, stderr
    wait_for(lambda: seedbed_backend(shop) is None, "the server to end the session", timeout=60)
    assert snapshot(shop) == before
