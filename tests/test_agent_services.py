"""Saved plans, background runs (cancel rolls back, idempotency keys) and doctor, on a real database."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from seedbed import doctor, plans
from seedbed.demo import shop_sql
from seedbed.errors import UsageError
from seedbed.runs import IdempotencyConflict, RunNotFound, RunRegistry


def _count(dsn: str, table: str) -> int:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - a fixed test table


# ----------------------------------------------------------------------------- saved plans

def test_saved_plans_round_trip(tmp_path) -> None:
    path = tmp_path / "seedbed.toml"
    path.write_text('[columns."users.bio"]\nnull_rate = 0.5\n')
    plans.create("ci", plans.SavedPlan(scope="10 users with 1-3 orders each", seed=7), path)
    plans.create("load", plans.SavedPlan(rows=100_000, tables=["orders"]), path)
    assert sorted(plans.list_plans(path)) == ["ci", "load"]
    assert plans.get("ci", path).scope == "10 users with 1-3 orders each"
    plans.update("ci", {"seed": 8, "description": "small"}, path)
    assert plans.get("ci", path).seed == 8 and plans.get("ci", path).description == "small"
    plans.delete("load", path)
    assert list(plans.list_plans(path)) == ["ci"]
    assert 'null_rate = 0.5' in path.read_text()  # the file's other tables are kept


def test_saved_plan_errors(tmp_path) -> None:
    path = tmp_path / "seedbed.toml"
    plans.create("ci", plans.SavedPlan(rows=5), path)
    with pytest.raises(plans.PlanExists):
        plans.create("ci", plans.SavedPlan(rows=6), path)
    with pytest.raises(plans.PlanNotFound) as info:
        plans.get("cj", path)
    assert "ci" in info.value.hint
    with pytest.raises(UsageError):
        plans.update("ci", {"rows": -1}, path)
    with pytest.raises(UsageError):
        plans.create("../evil", plans.SavedPlan(), path)
    path.write_text("[plans.x]\nrowz = 5\n")
    with pytest.raises(UsageError) as bad:
        plans.list_plans(path)
    assert bad.value.code == "SB160" and "rowz" in bad.value.message


# ----------------------------------------------------------------------------- runs

def test_run_reports_progress_and_result() -> None:
    registry = RunRegistry()

    def job(progress):
        for i in range(3):
            progress("users", i + 1, 3)
        return {"ok": True, "rows": 3}

    run = registry.start(job)
    run.thread.join(5)
    status = registry.get(run.id).to_dict()
    assert status["state"] == "succeeded" and status["result"] == {"ok": True, "rows": 3}
    assert status["tables"] == [{"table": "users", "done": 3, "total": 3}]


def test_idempotency_key_returns_the_first_run() -> None:
    registry = RunRegistry()
    started = []

    def job(progress):
        started.append(1)
        return {"ok": True}

    first = registry.start(job, key="k1", arguments={"rows": 5})
    again = registry.start(job, key="k1", arguments={"rows": 5})
    first.thread.join(5)
    assert again.id == first.id and len(started) == 1
    with pytest.raises(IdempotencyConflict):
        registry.start(job, key="k1", arguments={"rows": 6})
    with pytest.raises(RunNotFound):
        registry.get("nope")


def test_cancel_mid_load_rolls_back(db, fresh_dsn: str) -> None:
    from seedbed import service
    from seedbed.planning.options import PlanOptions

    db.execute(shop_sql())
    registry = RunRegistry()
    loading = threading.Event()

    def job(progress):
        def report(table, done, total):
            if done:
                loading.set()
            progress(table, done, total)
        return service.seed(fresh_dsn, PlanOptions(rows=60_000, seed=3), progress=report).to_dict()

    run = registry.start(job)
    assert loading.wait(120), "the seed never reported progress"
    registry.cancel(run.id, wait=120)
    status = run.to_dict()
    assert status["state"] == "cancelled", status
    assert status["errors"][0]["code"] == "SB190"
    assert status["rows_done"] > 0
    for table in ("users", "products", "orders", "order_items"):
        assert _count(fresh_dsn, table) == 0
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:  # sequences untouched too
        assert conn.execute("SELECT last_value, is_called FROM users_id_seq").fetchone() == (1, False)


def test_cancel_after_finish_says_so() -> None:
    registry = RunRegistry()
    run = registry.start(lambda progress: {"ok": True})
    run.thread.join(5)
    time.sleep(0.01)
    assert registry.cancel(run.id).to_dict()["note"] == "the run had already succeeded; nothing to cancel"


# ----------------------------------------------------------------------------- doctor

def test_doctor_on_a_healthy_database(db, fresh_dsn: str) -> None:
    db.execute(shop_sql())
    report = doctor.diagnose(fresh_dsn).to_dict()
    assert report["ok"] is True
    checks = {f["check"] for f in report["findings"]}
    assert {"connect", "bulk", "plan"} <= checks
    assert report["server"]["tables"] >= 4


def test_doctor_finds_blockers(db, fresh_dsn: str) -> None:
    db.execute(shop_sql())
    role = "sb_doctor_" + fresh_dsn.rsplit("sbtest_", 1)[-1][:8]
    db.execute(f"DROP ROLE IF EXISTS {role}")
    db.execute(f"CREATE ROLE {role} LOGIN")
    try:
        db.execute(f"GRANT USAGE ON SCHEMA public TO {role}")
        db.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
        db.execute(f"GRANT INSERT ON users TO {role}")
        db.execute("CREATE FUNCTION no_bots() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$BEGIN IF NEW.email LIKE 'bot%' THEN RAISE 'no bots'; END IF; RETURN NEW; END$$")
        db.execute("CREATE TRIGGER users_no_bots BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION no_bots()")
        db.execute("ALTER TABLE orders ENABLE ROW LEVEL SECURITY")
        limited = psycopg.conninfo.make_conninfo(fresh_dsn, user=role)
        report = doctor.diagnose(limited)
        assert not report.ok
        by_check = {}
        for f in report.findings:
            by_check.setdefault(f.check, []).append(f)
        blocker = next(f for f in by_check["privileges"] if f.level == "blocker")
        assert "no INSERT privilege on" in blocker.message and "orders" in blocker.message
        assert blocker.hint
        assert any("users_no_bots" in f.message for f in by_check["triggers"])
        assert any("orders" in f.message for f in by_check["row_security"])
        assert any(f.level == "warning" for f in by_check["bulk"])
    finally:
        db.execute(f"DROP OWNED BY {role}")
        db.execute(f"DROP ROLE {role}")


def test_doctor_cannot_connect() -> None:
    report = doctor.diagnose("postgresql://nobody@127.0.0.1:1/none")
    assert not report.ok and report.findings[0].check == "connect"


# ----------------------------------------------------------------------------- CLI

def test_cli_doctor_and_saved_plan(db, fresh_dsn: str, tmp_path) -> None:
    import json

    from tests.test_cli import invoke

    db.execute(shop_sql())
    report = json.loads(invoke(0, "doctor", "--dsn", fresh_dsn, "-o", "json").stdout)
    assert report["ok"] is True and report["server"]["tables"] >= 4
    config = tmp_path / "seedbed.toml"
    plans.create("tiny", plans.SavedPlan(scope="6 users with 2 orders each", seed=3), config)
    seeded = json.loads(invoke(0, "seed", "--dsn", fresh_dsn, "--plan", "tiny", "--config", str(config),
                               "-o", "json").stdout)
    assert seeded["seed"] == 3 and _count(fresh_dsn, "users") == 6 and _count(fresh_dsn, "orders") == 12
    invoke(2, "plan", "--dsn", fresh_dsn, "--plan", "tinz", "--config", str(config))
    from psycopg import sql

    name = psycopg.conninfo.conninfo_to_dict(fresh_dsn)["dbname"]
    db.execute(sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on").format(sql.Identifier(name)))
    assert json.loads(invoke(1, "doctor", "--dsn", fresh_dsn, "-o", "json").stdout)["findings"][1]["check"] == "read_only"
