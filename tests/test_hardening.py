"""Hostile and careless input gives a coded error and the documented exit code, never a
traceback nor a silent misreading (issue 12): config files, --rows, --schema, dotted table
names, the API key, generate --dsn with a setval, the bundled corpus."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed.cli.main import app
from seedbed.config import column_overrides
from seedbed.demo import shop_sql
from seedbed.errors import UsageError

runner = CliRunner()


def invoke(code: int, *args: str):
    result = runner.invoke(app, list(args), env={}, catch_exceptions=False)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture
def shop(fresh_dsn: str) -> str:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())
    return fresh_dsn


# ---------------------------------------------------------------------------- config files

BAD_CONFIGS = {
    "columns = 5\n": "columns",
    '[colums."users.bio"]\nprovider = "text.bio"\n': "colums",
    '[columns."users.bio"]\nprovider = 5\n': 'columns."users.bio".provider',
    '[columns."users.bio"]\nparams = "x"\n': 'columns."users.bio".params',
    '[columns."users.bio"]\nnull_rate = 7\n': 'columns."users.bio".null_rate',
    '[columns."orders.status"]\nweights = { a = -1, b = 2 }\n': 'columns."orders.status".weights.a',
    '[columns."orders.status"]\nweights = { a = 0, b = 0 }\n': 'columns."orders.status".weights',
    '[columns."orders.status"]\nbogus = 1\n': 'columns."orders.status".bogus',
    "[scope]\nitems = 5\n": "scope.items",
    '[scope]\n[[scope.items]]\nkind = "count"\ntable = "users"\nrows = "lots"\n': "scope.items[0].rows",
    '[scope]\n[[scope.items]]\nkind = "count"\nrows = -5\n': "scope.items[0].rows",
    # a zero weight in a scope mix is a negation ("no refunded payments"), a negative one is an error
    '[scope]\n[[scope.items]]\nkind = "mix"\ncolumn = "status"\nweights = { a = -1.0 }\n': "scope.items[0].weights.a",
    '[scope]\n[[scope.items]]\nkind = "fanout"\nchild = "a"\nparent = "b"\nlow = 5\nhigh = 2\n': "scope.items[0]",
    '[scope]\n[[scope.items]]\nkind = "orphans"\ntable = "a"\ncolumn = "b"\nrate = 1.5\n': "scope.items[0].rate",
}


@pytest.mark.parametrize("text", list(BAD_CONFIGS), ids=list(BAD_CONFIGS.values()))
def test_bad_config_names_the_key(tmp_path: Path, text: str) -> None:
    cfg = tmp_path / "seedbed.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        column_overrides(cfg)  # the whole file is validated, [scope] included
    assert info.value.code == "SB160" and info.value.exit_code == 2
    subjects = [p.subject for p in getattr(info.value, "problems", [info.value])]
    assert f"{cfg}: {BAD_CONFIGS[text]}" in subjects, subjects


def test_every_config_problem_at_once_in_json(shop: str, tmp_path: Path) -> None:
    cfg = tmp_path / "seedbed.toml"
    cfg.write_text('[columns."users.bio"]\nprovider = 5\nnull_rate = 7\n\n'
                   '[scope]\n[[scope.items]]\nkind = "count"\nrows = -5\n', encoding="utf-8")
    res = invoke(2, "plan", "--dsn", shop, "--config", str(cfg), "--output", "json")
    errors = json.loads(res.stdout)["errors"]
    assert {e["code"] for e in errors} == {"SB160"}
    assert {e["subject"].split(": ", 1)[1] for e in errors} == {
        'columns."users.bio".provider', 'columns."users.bio".null_rate', "scope.items[0].rows"}


def test_non_utf8_config(shop: str, tmp_path: Path) -> None:
    cfg = tmp_path / "seedbed.toml"
    cfg.write_bytes(b'[columns."users.bio"]\nprovider = "text.bio\xff"\n')
    res = invoke(2, "seed", "--dsn", shop, "--config", str(cfg))
    assert "SB160" in res.stderr and "UTF-8" in res.stderr


def test_saved_scopes_still_load(tmp_path: Path) -> None:
    """Every phrase of the scope phrase file saves and loads back through the validated reader."""
    from seedbed.scope import load_scope, parse, save_scope

    phrases = Path(__file__).parent / "data" / "scope_phrases.txt"
    texts = [line[1:].strip() for line in phrases.read_text(encoding="utf-8").splitlines() if line.startswith(">")]
    assert len(texts) > 50
    for i, text in enumerate(texts):
        scope = parse(text)
        path = tmp_path / f"s{i}.toml"
        save_scope(path, scope)
        assert load_scope(path) == scope, text


# ---------------------------------------------------------------------------- CLI arguments

@pytest.mark.parametrize("rows", ["5,6", "users=10,users=20", "users=10,public.users=20"])
def test_a_count_given_twice_is_an_error(shop: str, rows: str) -> None:
    res = invoke(2, "plan", "--dsn", shop, "--rows", rows)
    assert "twice" in res.stderr or "two" in res.stderr


def test_unknown_schema_names_the_schemas_that_exist(shop: str) -> None:
    res = invoke(2, "seed", "--dsn", shop, "--schema", "nosuch", "--rows", "5")
    assert "nosuch" in res.stderr and "public" in res.stderr


def test_a_table_named_with_a_dot_can_be_selected(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute('CREATE TABLE "a.b" (id int PRIMARY KEY, v text); CREATE SCHEMA a; '
                     'CREATE TABLE a.c (id int PRIMARY KEY); CREATE TABLE "x,y" (id int PRIMARY KEY)')
    for spelled, table in (('"a.b"', "a.b"), ('public."a.b"', "a.b"), ("a.b", "a.b"), ("a.c", "a.c"),
                           ('"x,y"', "x,y")):
        res = invoke(0, "plan", "--dsn", fresh_dsn, "--tables", spelled, "--rows", "3", "--output", "json")
        assert list(json.loads(res.stdout)["tables"]) == [table], spelled


# ---------------------------------------------------------------------------- HTTP API key

def test_api_key_checked_before_the_body() -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from seedbed.api import create_app

    key = "clé-sécrète"
    with TestClient(create_app(api_key=key)) as client:
        bad_body = client.post("/v1/generate", content=b"{not json", headers={"Content-Type": "application/json"})
        assert bad_body.status_code == 401 and bad_body.json()["errors"][0]["code"] == "SB131"
        wrong = client.post("/v1/values", json={"type": "uuid", "count": 1}, headers={"X-API-Key": b"cle"})
        assert wrong.status_code == 401
        ok = client.post("/v1/values", json={"type": "uuid", "count": 2}, headers={"X-API-Key": key.encode()})
        assert ok.status_code == 200, ok.text
        assert client.post("/v1/generate", content=b"{not json", headers={
            "Content-Type": "application/json", "X-API-Key": key.encode()}).status_code == 422


# ---------------------------------------------------------------------------- generate --dsn

def test_generate_dsn_leaves_live_sequences_alone(fresh_dsn: str, tmp_path: Path) -> None:
    state = "SELECT (SELECT (last_value, is_called)::text FROM live_id_seq), (SELECT (last_value, is_called)::text FROM fresh)"
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE live (id serial PRIMARY KEY); SELECT setval('live_id_seq', 5); "
                     "CREATE SEQUENCE fresh START 7")  # one called, one never called
        before = conn.execute(state).fetchone()
    ddl = tmp_path / "schema.sql"
    ddl.write_text("CREATE TABLE t (id serial PRIMARY KEY, v text);\n"
                   "SELECT setval('live_id_seq', 999);\nSELECT nextval('live_id_seq');\n"
                   "SELECT setval('fresh', 50, false);\n", encoding="utf-8")
    invoke(0, "generate", str(ddl), "--dsn", fresh_dsn, "--out", str(tmp_path / "out"), "--rows", "3")
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute(state).fetchone() == before == ("(5,t)", "(7,f)")
        assert conn.execute("SELECT to_regclass('t')").fetchone()[0] is None


# ---------------------------------------------------------------------------- bundled corpus

def test_bundled_corpus_is_used_in_a_plain_clone(tmp_path: Path) -> None:
    """Without SEEDBED_CORPUS and ../shared/corpus the bundled schemas run; an empty corpus
    directory is an error, never an empty parameter set."""
    here = Path(__file__).parent
    clone = tmp_path / "clone" / "repo"
    (clone / "tests").mkdir(parents=True)
    shutil.copy(here / "corpus.py", clone / "tests" / "corpus.py")
    (clone / "tests" / "__init__.py").write_text("")
    (clone / "tests" / "data").symlink_to(here / "data")
    env = {k: v for k, v in os.environ.items() if k != "SEEDBED_CORPUS"}
    probe = "from tests.corpus import CORPUS, BUNDLED, corpus_files; print(CORPUS == BUNDLED, len(corpus_files()))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=clone, env=env, capture_output=True, text=True, check=True)
    bundled = len(list((here / "data" / "corpus" / "postgres").glob("*.sql"))) + 1  # + the package's shop.sql
    assert out.stdout.split() == ["True", str(bundled)]
    empty = tmp_path / "empty"
    (empty / "postgres").mkdir(parents=True)
    out = subprocess.run([sys.executable, "-c", probe], cwd=clone, env=env | {"SEEDBED_CORPUS": str(empty)},
                         capture_output=True, text=True, check=False)
    assert out.returncode != 0 and "no corpus schemas" in out.stderr


def test_bundled_corpus_files_carry_their_licence() -> None:
    files = sorted((Path(__file__).parent / "data" / "corpus" / "postgres").glob("*.sql"))
    assert len(files) >= 5
    for f in files:
        head = f.read_text(encoding="utf-8")[:2000].lower()
        assert "license:" in head, f.name
