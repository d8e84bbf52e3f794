"""``seedbed plan`` names the engine and says how its cycles go in, in that engine's terms (issue 14).

On MySQL a NOT NULL cycle is "FOREIGN_KEY_CHECKS=0 then an anti-join check" and a nullable one
"NULL then UPDATE"; on SQLite every cycle goes in under deferred foreign keys; PostgreSQL's
"writable CTE" appears on neither. The JSON form keeps the stable ``strategy`` value and adds the
engine's ``how`` and its ``describe()``.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from seedbed.cli.main import app
from tests.mysql_fixtures import load_sql
from tests.test_engine_mysql import CYCLES_DDL
from tests.test_engine_sqlite import CYCLE, make_db

runner = CliRunner()


def _plan(dsn: str, *extra: str):
    result = runner.invoke(app, ["plan", "--dsn", dsn, "--rows", "10", "--seed", "1", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def _cycles(dsn: str) -> tuple[dict, dict[str, str]]:
    data = json.loads(_plan(dsn, "--output", "json"))
    return data["engine"], {" <-> ".join(c["tables"]): (c["strategy"], c["how"]) for c in data["cycles"]}


def test_plan_on_mysql_names_the_engine_and_its_cycle_strategies(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, CYCLES_DDL)
    engine, cycles = _cycles(mysql_dsn)
    assert engine["engine"] == "mysql" and engine["server_version"]
    assert "LOAD DATA LOCAL INFILE" in engine["load"]
    not_null = next(v for k, v in cycles.items() if "store" in k)
    assert not_null[0] == "writable_cte" and "FOREIGN_KEY_CHECKS=0 then an anti-join check" in not_null[1]
    nullable = next(v for k, v in cycles.items() if "team" in k)
    assert nullable[0] == "null_then_update" and "UPDATE" in nullable[1]
    text = _plan(mysql_dsn)
    assert "engine: mysql" in text and "LOAD DATA LOCAL INFILE" in text
    assert "FOREIGN_KEY_CHECKS=0 then an anti-join check" in text
    assert "writable-CTE" not in text and "COPY" not in text


def test_plan_on_sqlite_names_the_engine_and_deferred_foreign_keys(tmp_path: Path) -> None:
    dsn = make_db(tmp_path / "p.db", CYCLE)
    engine, cycles = _cycles(dsn)
    assert engine["engine"] == "sqlite" and engine["server_version"] and "executemany" in engine["load"]
    assert cycles and all("deferred foreign keys" in how for _, how in cycles.values())
    text = _plan(dsn)
    assert "engine: sqlite" in text and "deferred foreign keys" in text
    assert "writable-CTE" not in text and "COPY" not in text
