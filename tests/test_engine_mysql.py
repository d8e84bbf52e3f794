"""The MySQL / MariaDB engine against a real server (``tests.mysql_fixtures``: each test its own
database; skipped with the reason when no server can be had).

Acceptance: every schema of ``../shared/corpus/mysql`` seeds at ``--rows 100`` with exit 0, every
table non-empty, zero FK orphans / CHECK / UNIQUE / NOT NULL problems by checks written here from
information_schema (not seedbed's model or verify), and the constraints unchanged.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from seedbed import service
from tests.corpus import CORPUS
from tests.mysql_fixtures import Rows, load_sql

MYSQL_CORPUS = CORPUS / "mysql"
#: The database name each corpus script creates for itself (its qualified references point there).
OWN_DATABASE = {"sakila": "sakila", "employees": "employees", "classicmodels": "classicmodels"}

CONSTRAINTS = [
    "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3",
    "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
    "WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2",
    "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 4",
    "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME "
    "FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2, 3",
    "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS "
    "WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1, 2",
    "SELECT TRIGGER_NAME, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() "
    "ORDER BY 1",
]


def q(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def constraints(dsn: str) -> list[list[tuple]]:
    with Rows(dsn) as rows:
        return [rows(s) for s in CONSTRAINTS]


def problems(dsn: str) -> list[str]:
    """FK orphans, CHECK failures, duplicate unique keys, NULLs in NOT NULL columns and empty
    tables, found from information_schema alone."""
    with Rows(dsn) as rows:
        return _problems(rows)


def _problems(rows: Rows) -> list[str]:
    out: list[str] = []
    tables = [r[0] for r in rows("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
                                            "TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")]
    for t in tables:
        if not rows(f"SELECT 1 FROM {q(t)} LIMIT 1"):
            out.append(f"{t}: empty")
    fks: dict[tuple[str, str], list[tuple]] = {}
    for t, c, col, rt, rc in rows("SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, "
                                             "REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE "
                                             "TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL "
                                             "ORDER BY ORDINAL_POSITION"):
        fks.setdefault((t, c), []).append((col, rt, rc))
    for (t, c), parts in fks.items():
        on = " AND ".join(f"p.{q(rc)} = x.{q(col)}" for col, _, rc in parts)
        set_ = " AND ".join(f"x.{q(col)} IS NOT NULL" for col, _, _ in parts)
        n = rows(f"SELECT count(*) FROM {q(t)} x WHERE {set_} AND NOT EXISTS "
                            f"(SELECT 1 FROM {q(parts[0][1])} p WHERE {on})")[0][0]
        if n:
            out.append(f"{t}.{c}: {n} orphans")
    for t, c, clause in rows("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                                        "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"):
        n = rows(f"SELECT count(*) FROM {q(t)} WHERE NOT ({clause})")[0][0]
        if n:
            out.append(f"{t}.{c}: {n} rows fail CHECK {clause}")
    keys: dict[tuple[str, str], list[str]] = {}
    for t, i, col, sub in rows("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART FROM "
                                          "information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND "
                                          "NON_UNIQUE = 0 ORDER BY SEQ_IN_INDEX"):
        keys.setdefault((t, i), []).append(f"LEFT({q(col)}, {int(sub)})" if sub else q(col))
    for (t, i), exprs in keys.items():
        where = " AND ".join(f"{e} IS NOT NULL" for e in exprs)
        n = rows(f"SELECT count(*) FROM (SELECT 1 FROM {q(t)} WHERE {where} GROUP BY {', '.join(exprs)} "
                            f"HAVING count(*) > 1) d")[0][0]
        if n:
            out.append(f"{t}.{i}: {n} duplicated keys")
    for t, col in rows("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE "
                                  "TABLE_SCHEMA = DATABASE() AND IS_NULLABLE = 'NO'"):
        if t in tables and rows(f"SELECT count(*) FROM {q(t)} WHERE {q(col)} IS NULL")[0][0]:
            out.append(f"{t}.{col}: NULL in a NOT NULL column")
    return out


def seed_cli(dsn: str, *args: str):
    from seedbed.cli.main import app

    return CliRunner().invoke(app, ["seed", "--dsn", dsn, *args])


def _corpus() -> list[Path]:
    files = sorted(MYSQL_CORPUS.glob("*.sql"))
    if not files:
        pytest.skip(f"no MySQL corpus in {MYSQL_CORPUS} (SEEDBED_CORPUS points at a directory with mysql/*.sql)")
    return files


#: Seeds to run every schema with (``SEEDBED_CORPUS_SEEDS=1,2,3``); 7 by default, as test_corpus.
SEEDS = [int(s) for s in os.environ.get("SEEDBED_CORPUS_SEEDS", "7").split(",") if s.strip()]


@pytest.mark.corpus
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: f"seed{s}")
@pytest.mark.parametrize("stem", ["classicmodels", "sakila", "employees", "kanboard", "dolibarr"])
def test_mysql_corpus_schema_seeds_clean(mysql_dsn: str, stem: str, seed: int) -> None:
    path = next((p for p in _corpus() if p.stem == stem), None)
    if path is None:
        pytest.skip(f"{stem}.sql is not in {MYSQL_CORPUS}")
    load_sql(mysql_dsn, path.read_text(), rename=OWN_DATABASE.get(stem))
    before = constraints(mysql_dsn)
    result = seed_cli(mysql_dsn, "--rows", os.environ.get("SEEDBED_CORPUS_ROWS", "100"), "--seed", str(seed))
    assert result.exit_code == 0, result.output
    assert problems(mysql_dsn) == []
    assert constraints(mysql_dsn) == before


KINDS_DDL = """
CREATE TABLE kinds (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tiny TINYINT UNSIGNED NOT NULL,
  signed_tiny TINYINT NOT NULL,
  flag TINYINT(1) NOT NULL,
  status ENUM('new','paid','it''s shipped') NOT NULL,
  tags SET('a','b','c'),
  price DECIMAL(8,2) UNSIGNED NOT NULL,
  born YEAR,
  seen TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  doc JSON,
  raw VARBINARY(16),
  nibble BIT(4),
  code VARCHAR(3) NOT NULL COLLATE utf8mb4_general_ci,
  town VARCHAR(40) CHARACTER SET latin1,
  slug VARCHAR(200),
  twice INT AS (tiny * 2) STORED,
  UNIQUE KEY code_key (code),
  UNIQUE KEY slug_prefix (slug(6)),
  CONSTRAINT cheap CHECK (price < 1000),
  CONSTRAINT code_shape CHECK (code REGEXP '^[a-z]+$')
) ENGINE=InnoDB;
"""


def _schema(dsn: str):
    with service.connect(dsn) as conn:
        return service.load_schema(conn)


def test_types_map_onto_the_model(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, KINDS_DDL)
    table = _schema(mysql_dsn).tables[0]
    kind = {c.name: c.type.kind.value for c in table.columns}
    assert kind == {"id": "integer", "tiny": "integer", "signed_tiny": "integer", "flag": "bool", "status": "enum",
                    "tags": "enum", "price": "numeric", "born": "integer", "seen": "timestamp", "doc": "json",
                    "raw": "bytea", "nibble": "bit", "code": "text", "town": "text", "slug": "text", "twice": "integer"}
    assert table.column("status").type.enum_labels == ("new", "paid", "it's shipped")
    assert table.column("id").identity.value == "by_default"
    assert table.column("twice").generated and not table.column("twice").writable
    assert table.column("code").type.case_insensitive and table.column("code").type.length == 3
    checks = {c.name: c.expression for c in table.checks}
    assert checks["(tiny tinyint(3) unsigned)"] == '(("tiny" >= 0) AND ("tiny" <= 255))'
    assert checks["(slug unique prefix 6)"] == '(char_length("slug") <= 6)'
    assert checks["code_shape"] == "\"code\"  ~*  '^[a-z]+$'"  # a _ci column: REGEXP ignores case


def test_every_kind_seeds_and_the_counter_moves_past_the_keys(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, KINDS_DDL)
    result = seed_cli(mysql_dsn, "--rows", "300", "--seed", "3")
    assert result.exit_code == 0, result.output
    assert problems(mysql_dsn) == []
    with Rows(mysql_dsn) as rows:
        assert rows("SELECT count(*), max(id) FROM kinds")[0] == (300, 300)
        assert rows("SELECT count(*) FROM kinds WHERE twice <> tiny * 2")[0][0] == 0
        assert rows("SELECT count(*) FROM kinds WHERE doc IS NOT NULL AND NOT json_valid(doc)")[0][0] == 0
        assert rows("SELECT count(DISTINCT flag) FROM kinds")[0][0] == 2
        taken = {r[0].lower() for r in rows("SELECT code FROM kinds")}
        free = next(c for c in ("a", "b", "c", "zz", "zzz", "qq") if c not in taken)
        rows("INSERT INTO kinds (tiny, signed_tiny, flag, status, price, code) VALUES (1, 1, 1, 'new', 1, %s)", (free,))
        assert rows("SELECT max(id) FROM kinds")[0][0] == 301  # AUTO_INCREMENT went past the seeded keys


CYCLES_DDL = """
CREATE TABLE store (id INT PRIMARY KEY AUTO_INCREMENT, manager_id INT NOT NULL, name VARCHAR(40) NOT NULL);
CREATE TABLE staff (id INT PRIMARY KEY AUTO_INCREMENT, store_id INT NOT NULL, boss_id INT NULL,
  FOREIGN KEY (store_id) REFERENCES store (id), FOREIGN KEY (boss_id) REFERENCES staff (id));
ALTER TABLE store ADD CONSTRAINT store_manager FOREIGN KEY (manager_id) REFERENCES staff (id);
CREATE TABLE team (id INT PRIMARY KEY, lead_id INT NULL, name VARCHAR(20) NOT NULL);
CREATE TABLE member (id INT PRIMARY KEY, team_id INT NOT NULL, FOREIGN KEY (team_id) REFERENCES team (id));
ALTER TABLE team ADD CONSTRAINT team_lead FOREIGN KEY (lead_id) REFERENCES member (id);
CREATE TABLE pair (a INT NOT NULL, b INT NOT NULL, member_id INT NOT NULL, PRIMARY KEY (a, b),
  FOREIGN KEY (member_id) REFERENCES member (id));
CREATE TABLE note (id INT PRIMARY KEY AUTO_INCREMENT, a INT NOT NULL, b INT NOT NULL,
  FOREIGN KEY (a, b) REFERENCES pair (a, b));
"""


def test_cycles_and_composite_keys_seed_clean_and_append(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, CYCLES_DDL)
    for seed in ("1", "2"):  # the second run appends after the first's keys
        result = seed_cli(mysql_dsn, "--rows", "50", "--seed", seed)
        assert result.exit_code == 0, result.output
    assert problems(mysql_dsn) == []
    with Rows(mysql_dsn) as rows:
        assert rows("SELECT count(*) FROM store")[0][0] == 100
        assert rows("SELECT count(*) FROM team WHERE lead_id IS NOT NULL")[0][0] > 0  # the NULL-first edge was filled


def test_a_failure_leaves_the_database_as_it_was(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, CYCLES_DDL + """
        INSERT INTO team VALUES (1, NULL, 'kept');
        DELIMITER ;;
        CREATE TRIGGER refuse BEFORE INSERT ON note FOR EACH ROW BEGIN
          IF NEW.id = 40 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no note 40'; END IF;
        END;;
        DELIMITER ;
    """)
    with Rows(mysql_dsn) as rows:
        before = {t: rows(f"SELECT count(*) FROM {t}")[0][0] for t in ("store", "staff", "team", "member", "note")}
    result = seed_cli(mysql_dsn, "--rows", "50", "--seed", "1")
    assert result.exit_code == 3, result.output
    said = " ".join(result.output.split())
    assert "SB310" in said and "no note 40" in said and "the database is as it was" in said
    with Rows(mysql_dsn) as rows:
        assert {t: rows(f"SELECT count(*) FROM {t}")[0][0] for t in before} == before == \
            {"store": 0, "staff": 0, "team": 1, "member": 0, "note": 0}


def test_rows_orphaned_with_fk_checks_off_refuse_the_load(mysql_dsn: str) -> None:
    from seedbed.engines.mysql.sink import MySQLSink
    from seedbed.errors import LoadError
    from seedbed.generate.engine import Chunk

    load_sql(mysql_dsn, CYCLES_DDL)
    schema = _schema(mysql_dsn)
    store = next(t.name for t in schema.tables if t.name.name == "store")
    with service.connect(mysql_dsn) as conn:
        sink = MySQLSink(conn, schema, {})
        chunk = Chunk(table=store, number=0, start=0, columns={"id": ["1"], "manager_id": ["99"], "name": ["x"]},
                      pending={})
        with pytest.raises(LoadError, match="store_manager"):
            sink.insert_all_at_once({store: [chunk]})
        conn.rollback()
    with Rows(mysql_dsn) as rows:
        assert rows("SELECT count(*) FROM store")[0][0] == 0


def test_without_load_data_local_rows_go_in_with_inserts(mysql_dsn: str) -> None:
    load_sql(mysql_dsn, KINDS_DDL)
    result = seed_cli(mysql_dsn + "?local_infile=0", "--rows", "120", "--seed", "5")
    assert result.exit_code == 0, result.output
    assert "multi-row INSERT" in result.output
    assert problems(mysql_dsn) == []


def test_same_seed_same_rows(mysql_dsn: str, mysql_server: str) -> None:
    from tests.mysql_fixtures import new_database

    other = new_database(mysql_server)
    second = next(other)
    try:
        sums = []
        for dsn in (mysql_dsn, second):
            load_sql(dsn, CYCLES_DDL)
            assert seed_cli(dsn, "--rows", "40", "--seed", "11").exit_code == 0
            with Rows(dsn) as rows:
                sums.append([rows(f"CHECKSUM TABLE {t}")[0][1] for t in ("store", "staff", "member", "pair", "note")])
        assert sums[0] == sums[1]
    finally:
        other.close()


def test_dsn_and_option_errors_are_usage_errors(mysql_dsn: str) -> None:
    from seedbed.cli.main import app

    runner = CliRunner()
    no_db = runner.invoke(app, ["plan", "--dsn", mysql_dsn.rsplit("/", 1)[0] + "/"])
    assert no_db.exit_code == 2 and "names no database" in no_db.output
    load_sql(mysql_dsn, CYCLES_DDL)
    bulk = runner.invoke(app, ["seed", "--dsn", mysql_dsn, "--rows", "5", "--bulk"])
    assert bulk.exit_code == 2 and "--bulk is not supported by the MySQL engine" in bulk.output
    with Rows(mysql_dsn) as rows:
        assert rows("SELECT count(*) FROM store")[0][0] == 0


def test_values_differing_only_by_case_collide_under_a_ci_collation(mysql_dsn: str) -> None:
    """``Ab`` and ``ab`` are one key to a ``_ci`` unique index (and to its REGEXP): the domain is
    the 676 codes of one case, not 2,704 (``~*`` patterns keep one case of each letter)."""
    load_sql(mysql_dsn, """
        CREATE TABLE tag (id INT AUTO_INCREMENT PRIMARY KEY,
          code CHAR(2) NOT NULL COLLATE utf8mb4_general_ci UNIQUE CHECK (code REGEXP '^[A-Za-z]{2}$'),
          exact CHAR(2) NOT NULL COLLATE utf8mb4_bin UNIQUE);
    """)
    table = _schema(mysql_dsn).tables[0]
    assert table.column("code").type.case_insensitive and not table.column("exact").type.case_insensitive
    assert next(c.expression for c in table.checks if c.columns == ("code",) and "~" in c.expression) == \
        "\"code\"  ~*  '^[A-Za-z]{2}$'"
    result = seed_cli(mysql_dsn, "--rows", "1000", "--seed", "4")
    assert result.exit_code == 0, result.output
    assert "capped at 676" in " ".join(result.output.split())
    assert problems(mysql_dsn) == []
    with Rows(mysql_dsn) as rows:
        assert rows("SELECT count(*), count(DISTINCT LOWER(code)) FROM tag")[0] == (676, 676)


def test_verify_reports_what_the_server_was_told_to_let_through(mysql_dsn: str) -> None:
    from seedbed.cli.main import app

    load_sql(mysql_dsn, CYCLES_DDL + """
        CREATE TABLE price (id INT PRIMARY KEY, cents INT NOT NULL, CONSTRAINT positive CHECK (cents > 0));
        SET SESSION foreign_key_checks = 0;
        SET SESSION check_constraint_checks = 0;
        INSERT INTO member VALUES (1, 42), (2, 43);
        INSERT INTO price VALUES (1, -5), (2, 10);
    """)
    result = CliRunner().invoke(app, ["verify", "--dsn", mysql_dsn, "--output", "json"])
    assert result.exit_code == 1, result.output
    found = {(p["kind"], p["table"], p["constraint"], p["count"]) for p in json.loads(result.output)["problems"]}
    assert ("fk_orphan", "member", "member_ibfk_1", 2) in found
    assert ("check", "price", "positive", 1) in found


def test_scope_keys_are_checked_on_mysql(mysql_dsn: str) -> None:
    """Explicit parent keys (``--scope-ids``, a scope's IDs) are read by the MySQL engine: a key no
    row holds is refused (exit 2, naming it); keys that exist are used."""
    load_sql(mysql_dsn, """
        CREATE TABLE store (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40) NOT NULL) ENGINE=InnoDB;
        CREATE TABLE sale (id INT AUTO_INCREMENT PRIMARY KEY, store_id INT NOT NULL,
                           FOREIGN KEY (store_id) REFERENCES store (id)) ENGINE=InnoDB;
    """)
    assert seed_cli(mysql_dsn, "--rows", "5", "--seed", "1").exit_code == 0
    missing = seed_cli(mysql_dsn, "--tables", "sale", "--rows", "3", "--scope-ids", "store=1,2,999")
    assert missing.exit_code == 2 and "999" in missing.output
    ok = seed_cli(mysql_dsn, "--tables", "sale", "--rows", "30", "--scope-ids", "store=1,2")
    assert ok.exit_code == 0, ok.output
    from tests.mysql_fixtures import mysql_rows

    assert {r[0] for r in mysql_rows(mysql_dsn, "SELECT DISTINCT store_id FROM sale WHERE id > 5")} <= {1, 2}
