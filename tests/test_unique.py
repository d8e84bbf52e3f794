"""Issue 16, class 1: uniqueness wins over intent.

A key column named like a small vocabulary (a ``letter``, a ``grade``, a country or currency
code) got the intent's few dozen values and the load failed with a duplicate key, while
``seedbed generate`` wrote the duplicates to files without a word. A unique column now keeps
its intent only when the intent can fill it; else it gets unique codes of the same shape
(``char(2)``: two letters), or the typed generator's whole domain, and the plan says so. When
even that is too small for rows asked explicitly, the plan fails (exit 4) naming the column.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed import service
from seedbed.cli.main import app
from seedbed.errors import DomainTooSmall
from seedbed.generate_files import generate
from seedbed.planning.planner import PlanOptions

# Key columns whose names suggest a small vocabulary; every one took duplicates of its
# intent somewhere between 30 and 700 rows, or depends on the rule under test.
DDL = """
CREATE TABLE letter_grades (letter char(2) PRIMARY KEY, description text);
CREATE TABLE alphabet (letter varchar(3) PRIMARY KEY, sound text);
CREATE TABLE labels (letter text NOT NULL, lang char(2) NOT NULL, UNIQUE (letter, lang));
CREATE TABLE countries (country char(2) PRIMARY KEY, name text);
CREATE TABLE currencies (currency_code char(3) PRIMARY KEY, name text UNIQUE);
CREATE TABLE units (unit varchar(2) PRIMARY KEY);
CREATE TABLE grades (grade varchar(4) PRIMARY KEY CHECK (grade = upper(grade)));
"""
KEYS = {"letter_grades": ("letter",), "alphabet": ("letter",), "labels": ("letter", "lang"),
        "countries": ("country",), "currencies": ("currency_code",), "units": ("unit",), "grades": ("grade",)}

runner = CliRunner()


def duplicates(rows: list[tuple]) -> int:
    return sum(n - 1 for n in Counter(rows).values() if n > 1)


@pytest.mark.parametrize("rows", [30, 300, 650])
def test_small_vocabulary_keys_seed_without_duplicates(fresh_dsn: str, rows: int) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(DDL)
    result = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=11))
    assert result.ok, [p.message for p in result.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM letter_grades").fetchone()[0] == rows
        letters = [r[0] for r in conn.execute("SELECT letter FROM letter_grades")]
    # the same shape as the letters the name suggests: two upper-case letters
    assert all(len(v) == 2 and v.isalpha() and v.isupper() for v in letters)


def test_the_plan_says_uniqueness_won(db: psycopg.Connection) -> None:
    db.execute(DDL)
    plan = service.make_plan(db, service.load_schema(db), PlanOptions(rows=300, seed=1))
    cp = next(t for t in plan.tables.values() if t.name.name == "letter_grades").column("letter")
    assert cp.provider == "code.letters" and cp.intent is None
    assert "UNIQUE:" in cp.reason and "676" in cp.reason
    # --explain shows it
    out = runner.invoke(app, ["plan", "--dsn", db.info.dsn, "--rows", "300", "--seed", "1", "--explain"])
    assert out.exit_code == 0, out.output
    assert "2-letter codes (676 of them)" in out.output


def test_file_sinks_never_write_a_duplicate_key(tmp_path: Path, fresh_dsn: str) -> None:
    ddl = tmp_path / "schema.sql"
    ddl.write_text(DDL)
    result = generate(ddl, "csv", tmp_path / "out", rows=500, seed=5, dsn=fresh_dsn)
    assert result.ok
    for name, key in KEYS.items():
        path = next(Path(f) for f in result.files if Path(f).stem == name)
        with open(path, newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == result.tables[name]
        tuples = [tuple(r[c].rstrip() if name != "labels" else r[c] for c in key) for r in rows]
        assert duplicates(tuples) == 0, name


def test_rows_beyond_the_widest_same_shape_domain_fail_before_generating(db: psycopg.Connection) -> None:
    db.execute(DDL)
    schema = service.load_schema(db)
    # char(2): 676 letter codes, then 1,332 strings of one or two [a-z0-9]; no more.
    plan = service.make_plan(db, schema, PlanOptions(rows_per_table={"letter_grades": 1300}, seed=1,
                                                     tables=("letter_grades",)))
    cp = next(iter(plan.tables.values())).column("letter")
    assert cp.provider == "text" and "unique values of the type" in cp.reason
    with pytest.raises(DomainTooSmall) as err:
        service.make_plan(db, schema, PlanOptions(rows_per_table={"letter_grades": 2000}, seed=1,
                                                  tables=("letter_grades",)))
    assert "letter" in err.value.message and "1332" in err.value.message
    assert err.value.subject == "letter_grades.letter"
    out = runner.invoke(app, ["plan", "--dsn", db.info.dsn, "--rows", "letter_grades=2000", "-t", "letter_grades"])
    assert out.exit_code == 4


def test_what_the_user_asked_of_a_unique_column_gives_way_too(fresh_dsn: str) -> None:
    from seedbed.planning.options import ColumnSpec

    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE tags (id serial PRIMARY KEY, tag text NOT NULL UNIQUE, nick text UNIQUE)")
    options = PlanOptions(rows=800, seed=3, columns={
        "tags.tag": ColumnSpec(weights={"red": 0.5, "green": 0.3, "blue": 0.2}),
        "tags.nick": ColumnSpec(provider="faker.first_name")})
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        plan = service.make_plan(conn, service.load_schema(conn), options)
    tp = next(iter(plan.tables.values()))
    assert "UNIQUE: the value mix draws 3 values at random for 800 rows" in tp.column("tag").reason
    assert tp.column("nick").reason.startswith("UNIQUE: asked-for faker.first_name ")
    assert tp.column("nick").spec is None and tp.column("tag").spec is None
    result = service.seed(fresh_dsn, options)
    assert result.ok, [p.message for p in result.verify.problems]
