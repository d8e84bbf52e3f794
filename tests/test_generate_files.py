"""``seedbed generate``: the issue's spec in every format, SQL that loads with psql and verifies, DDL input."""

from __future__ import annotations

import copy
import csv
import json
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed import service
from seedbed.cli.main import app
from seedbed.demo import shop_sql
from seedbed.generate_files import generate
from seedbed.verify import verify
from tests.test_spec import ISSUE_SPEC

EXPECTED = {"users": 50, "orders": 200, "order_items": 50}
CYCLE_SPEC = {"count": 40, "seed": 3, "schema": {
    "users": {"columns": {
        "id": "serial", "manager_id": {"type": "foreign_key", "reference": "managers.id", "nullable": True},
        "email": {"type": "email", "unique": True},
        "born": {"type": "date_between", "start_date": "1950-01-01", "end_date": "2005-12-31"},
        "balance": {"type": "pydecimal", "left_digits": 4, "right_digits": 2},
        "bio": {"type": "text", "max_nb_chars": 80, "null_rate": 0.3}, "active": "bool",
        "meta": {"type": "profile", "fields": ["job", "blood_group"]}}},
    "managers": {"columns": {
        "id": "uuid", "owner_id": {"type": "foreign_key", "reference": "users.id"},
        "level": {"type": "random_element", "elements": {"junior": 0.7, "senior": 0.3}},
        "boss_id": {"type": "foreign_key", "reference": "managers.id", "nullable": True},
        "started": {"type": "datetime", "start": "2020-01-01T00:00:00", "end": "2024-12-31T00:00:00"},
        "ratio": {"type": "decimal", "min": 0, "max": 1, "scale": 3, "precision": 4}}}}}

runner = CliRunner()


def psql_load(dsn: str, script: Path) -> None:
    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql is not installed")
    proc = subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-f", str(script)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def verified(dsn: str, expected: dict[str, int]) -> None:
    with service.connect(dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        report = verify(conn, schema, expect_rows={t.name: expected[str(t.name)] for t in schema.tables},
                        require_nonempty=True)
    assert report.ok, [p.message for p in report.problems]


def check_fks(tables: dict[str, list[dict]]) -> None:
    assert {t: len(rows) for t, rows in tables.items()} == EXPECTED
    users = {r["id"] for r in tables["users"]}
    orders = {r["id"] for r in tables["orders"]}
    assert {r["user_id"] for r in tables["orders"]} <= users
    assert {r["order_id"] for r in tables["order_items"]} <= orders
    assert len({r["email"] for r in tables["users"]}) == 50


def test_csv(tmp_path: Path) -> None:
    result = generate(ISSUE_SPEC, "csv", tmp_path)
    assert [Path(f).name for f in result.files] == ["users.csv", "orders.csv", "order_items.csv"]
    tables = {Path(f).stem: list(csv.DictReader(open(f, newline=""))) for f in result.files}
    check_fks(tables)
    assert all(1000 <= int(r["total_cents"]) <= 200000 for r in tables["orders"])


def test_jsonl_and_json(tmp_path: Path) -> None:
    result = generate(ISSUE_SPEC, "jsonl", tmp_path / "l")
    check_fks({Path(f).stem: [json.loads(line) for line in open(f)] for f in result.files})
    doc = json.loads(Path(generate(ISSUE_SPEC, "json", tmp_path / "j").files[0]).read_text())
    assert doc["seed"] == 7
    check_fks(doc["tables"])
    assert all(isinstance(r["total_cents"], int) for r in doc["tables"]["orders"])


def test_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    result = generate(ISSUE_SPEC, "parquet", tmp_path)
    tables = {Path(f).stem: pq.read_table(f) for f in result.files}
    assert str(tables["orders"].schema.field("total_cents").type) == "int64"
    check_fks({name: t.to_pylist() for name, t in tables.items()})


@pytest.mark.parametrize("inserts", [False, True])
def test_sql_loads_into_an_empty_database_and_verifies(tmp_path: Path, fresh_dsn: str, inserts: bool) -> None:
    result = generate(ISSUE_SPEC, "sql", tmp_path, inserts=inserts)
    script = Path(result.files[0])
    text = script.read_text()
    assert ("INSERT INTO" in text) is inserts and ("FROM stdin" in text) is not inserts
    psql_load(fresh_dsn, script)
    verified(fresh_dsn, EXPECTED)


@pytest.mark.parametrize("inserts", [False, True])
def test_sql_with_a_cycle_self_reference_and_faker_types(tmp_path: Path, fresh_dsn: str, inserts: bool) -> None:
    result = generate(CYCLE_SPEC, "sql", tmp_path, inserts=inserts)
    script = Path(result.files[0])
    assert "UPDATE" in script.read_text()  # the nullable back-edge is filled after both tables exist
    psql_load(fresh_dsn, script)
    verified(fresh_dsn, {"users": 40, "managers": 40})
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        filled = conn.execute("SELECT count(manager_id) FROM users").fetchone()[0]
        owned = conn.execute("SELECT count(DISTINCT owner_id) FROM managers").fetchone()[0]
        own = conn.execute("SELECT count(*) FROM users u JOIN managers m ON m.id = u.manager_id"
                           " WHERE m.owner_id = u.id").fetchone()[0]
        nextval = conn.execute("SELECT nextval(pg_get_serial_sequence('users', 'id'))").fetchone()[0]
    # the back-edge goes to the user's own manager row (a cycle's partner belongs to the row);
    # users that own none keep NULL
    assert filled == own == owned > 0 and nextval == 41


def test_cycle_in_other_formats_has_every_value(tmp_path: Path) -> None:
    doc = json.loads(Path(generate(CYCLE_SPEC, "json", tmp_path).files[0]).read_text())["tables"]
    managers = {m["id"] for m in doc["managers"]}
    assert {u["manager_id"] for u in doc["users"]} - {None} <= managers
    assert {m["owner_id"] for m in doc["managers"]} <= {u["id"] for u in doc["users"]}
    assert all(isinstance(u["meta"], dict) and isinstance(u["active"], bool) for u in doc["users"])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "sql", "parquet"])
def test_same_spec_and_seed_same_bytes(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    a = generate(CYCLE_SPEC, fmt, tmp_path / "a")
    b = generate(CYCLE_SPEC, fmt, tmp_path / "b")
    c = generate(CYCLE_SPEC, fmt, tmp_path / "c", seed=4)
    read = lambda r: [Path(f).read_bytes() for f in r.files]  # noqa: E731
    assert read(a) == read(b)
    assert read(a) != read(c)


def test_csv_quoting_nulls_and_escapes(tmp_path: Path) -> None:
    odd = 'a,"b"\nc\\d\te'
    spec = {"count": 6, "seed": 1, "schema": {"t": {"columns": {
        "odd": {"type": "constant", "value": odd}, "empty": {"type": "pystr", "max_chars": 0},
        "maybe": {"type": "constant", "value": "x", "null_rate": 1.0}}}}}
    rows = list(csv.reader(open(generate(spec, "csv", tmp_path / "c").files[0], newline="")))
    assert rows[0] == ["odd", "empty", "maybe"]
    assert rows[1:] == [[odd, "", ""]] * 6
    raw = Path(tmp_path / "c" / "t.csv").read_text()
    assert ',"",\n' in raw  # the empty string is quoted, NULL is not
    doc = json.loads(Path(generate(spec, "json", tmp_path / "j").files[0]).read_text())
    assert doc["tables"]["t"][0] == {"odd": odd, "empty": "", "maybe": None}


def test_ddl_file_through_a_dsn_is_rolled_back(tmp_path: Path, fresh_dsn: str, other_dsn: str) -> None:
    ddl = tmp_path / "shop.sql"
    ddl.write_text(shop_sql())
    result = generate(str(ddl), "sql", tmp_path / "out", dsn=fresh_dsn, seed=11, rows=30)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        left = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
    assert left == 0  # the DDL was loaded inside a transaction that was rolled back
    psql_load(other_dsn, Path(result.files[0]))
    verified(other_dsn, result.tables)


def test_ddl_file_through_an_embedded_postgres(tmp_path: Path) -> None:
    ddl = tmp_path / "shop.sql"
    ddl.write_text(shop_sql())
    result = generate(str(ddl), "jsonl", tmp_path / "out", seed=11, rows_per_table={"users": 20})
    assert set(result.tables) >= {"users", "orders", "addresses"} and result.tables["users"] == 20


def test_cli_generate(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(ISSUE_SPEC))
    res = runner.invoke(app, ["generate", str(spec), "--format", "csv", "--out", str(tmp_path / "o"),
                              "--rows", "orders=20", "--output", "json"], catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["ok"] and doc["seed"] == 7 and {t["table"]: t["rows"] for t in doc["tables"]}["orders"] == 20
    assert "--seed 7" in doc["reproduce"]
    bad = copy.deepcopy(ISSUE_SPEC)
    bad["schema"]["orders"]["columns"]["user_id"]["reference"] = "user.id"
    bad["schema"]["orders"]["columns"]["status"]["type"] = "random_elemnt"
    spec.write_text(json.dumps(bad))
    res = runner.invoke(app, ["generate", str(spec), "--out", str(tmp_path / "x"), "--output", "json"])
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    errors = json.loads(res.stdout)["errors"]
    assert {e["code"] for e in errors} == {"SB101", "SB120"}
    cyc = {"schema": {"a": {"columns": {"id": "uuid", "b": {"type": "foreign_key", "reference": "b.id"}}},
                      "b": {"columns": {"id": "uuid", "a": {"type": "foreign_key", "reference": "a.id"}}}}}
    spec.write_text(json.dumps(cyc))
    res = runner.invoke(app, ["generate", str(spec), "--out", str(tmp_path / "y")])
    assert res.exit_code == 4 and "a.b -> b.id -> b.a -> a.id" in " ".join(res.stderr.split())
    assert "SB401" in res.stderr
