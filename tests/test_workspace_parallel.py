"""The databases of one workspace phase load at the same time (issue 13), shown without a clock.

The test holds a SHARE lock on ``users.users`` (reads pass, writes wait): the users lane's first
COPY blocks on it. While that write is still waiting in the server (an ungranted lock in
``pg_locks``), the products lane, in the same phase, must already be writing (its transaction
holds ROW EXCLUSIVE locks on its tables). A loader that ran the databases of a phase one after
the other would never get there: the condition is awaited, never timed. Then the lock is
released and the seed must finish as usual.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg

from seedbed.workspace import seed_workspace
from tests.test_workspace import ALIASES, _counts, _toml, five_databases

#: How long to wait for a state that a parallel loader reaches in well under a second.
PATIENCE = 120.0


def _waiting_to_write(conn: psycopg.Connection, table: str) -> bool:
    """Whether another session of this database waits for a lock on ``table`` (a blocked write)."""
    return conn.execute("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                        "WHERE NOT l.granted AND c.relname = %s AND l.database = "
                        "(SELECT oid FROM pg_database WHERE datname = current_database())",
                        (table,)).fetchone()[0] > 0


def _writing(conn: psycopg.Connection) -> set[str]:
    """Tables of this database that another session's transaction holds for writing."""
    rows = conn.execute("SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                        "WHERE l.granted AND l.mode = 'RowExclusiveLock' AND c.relkind = 'r' "
                        "AND l.pid <> pg_backend_pid() AND l.database = "
                        "(SELECT oid FROM pg_database WHERE datname = current_database())").fetchall()
    return {r[0] for r in rows}


def test_databases_of_one_phase_load_at_the_same_time(server_dsn: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns))
        outcome: dict[str, object] = {}

        def seed() -> None:
            try:
                outcome["result"] = seed_workspace(str(path), "ci", seed=5)
            except BaseException as exc:  # noqa: BLE001 - reported by the test thread
                outcome["error"] = exc

        blocker = psycopg.connect(dsns["users"])
        watch_users = psycopg.connect(dsns["users"], autocommit=True)
        watch_products = psycopg.connect(dsns["products"], autocommit=True)
        worker = threading.Thread(target=seed, daemon=True)
        try:
            blocker.execute("LOCK TABLE users IN SHARE MODE")  # held until the commit below
            worker.start()
            seen: set[str] = set()
            deadline = time.monotonic() + PATIENCE
            while time.monotonic() < deadline and worker.is_alive():
                if _waiting_to_write(watch_users, "users"):
                    seen = _writing(watch_products)
                    # still blocked: both lanes of phase 1 are inside their loads at this moment
                    if seen and _waiting_to_write(watch_users, "users"):
                        break
                    seen = set()
                time.sleep(0.05)
            assert worker.is_alive(), outcome  # the seed cannot finish while users is locked
            assert seen & {"categories", "products", "inventory"}, \
                "products did not load while users waited: the phase ran its databases one by one"
        finally:
            blocker.commit()  # releases the lock: the users lane goes on
            blocker.close()
            watch_users.close()
            watch_products.close()
            worker.join(PATIENCE)
        assert not worker.is_alive()
        assert "error" not in outcome, outcome.get("error")
        assert outcome["result"].ok
        assert _counts(dsns)["users.users"] == 100 and _counts(dsns)["products.products"] == 50
