"""Polymorphic references, end to end (issue 13): every id exists in the table its type names.

Rails-style pairs recognised by their names (``commentable_type`` / ``commentable_id`` with a
CHECK list of types, ``subjectType`` / ``subjectId`` with none, nullable), declared ones whose
type values name no table (``[polymorphic."taggings.taggable"]``), and ``seedbed verify``
reporting a planted orphan.
"""

from __future__ import annotations

import psycopg
import pytest
from typer.testing import CliRunner

import seedbed
from seedbed.cli.main import app
from seedbed.model import QualifiedName
from seedbed.planning.polymorphic import table_for, type_label

runner = CliRunner()

SCHEMA = """
CREATE TABLE users (id bigserial PRIMARY KEY, name text NOT NULL);
CREATE TABLE blog_posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, title text NOT NULL);
CREATE TABLE photos (id uuid PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, url text NOT NULL);
CREATE TABLE videos (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, url text NOT NULL);
CREATE TABLE comments (id bigserial PRIMARY KEY, commentable_type varchar(50) NOT NULL
                         CHECK (commentable_type IN ('BlogPost', 'Video')),
                       commentable_id bigint NOT NULL, body text NOT NULL);
CREATE TABLE activities (id bigserial PRIMARY KEY, "subjectType" text, "subjectId" bigint, verb text);
CREATE TABLE likes (id bigserial PRIMARY KEY, target_type text NOT NULL, target_id uuid NOT NULL);
CREATE TABLE taggings (id bigserial PRIMARY KEY, taggable_type text NOT NULL, taggable_id bigint NOT NULL,
                       tag text NOT NULL);
"""

# (table, type column, id column)
PAIRS = [("comments", "commentable_type", "commentable_id"), ("activities", "subjectType", "subjectId"),
         ("likes", "target_type", "target_id")]


@pytest.fixture(scope="module")
def seeded(module_dsn: str, tmp_path_factory) -> str:
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    cfg = tmp_path_factory.mktemp("poly") / "seedbed.toml"
    cfg.write_text('[polymorphic."taggings.taggable"]\ntypes = { Article = "blog_posts", Clip = "videos" }\n')
    res = runner.invoke(app, ["seed", "--dsn", module_dsn, "--rows", "400", "--seed", "4", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    return module_dsn


def rows(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def orphans(dsn: str, table: str, type_col: str, id_col: str, mapping: dict[str, str]) -> tuple[int, int]:
    """(rows whose id is in no table its type names, rows checked)."""
    cases = " OR ".join(f"(c.\"{type_col}\" = '{v}' AND EXISTS (SELECT FROM {t} p WHERE p.id = c.\"{id_col}\"))"
                        for v, t in mapping.items())
    return rows(dsn, f"SELECT count(*) FILTER (WHERE NOT ({cases})), count(*) FROM {table} c "
                     f"WHERE c.\"{id_col}\" IS NOT NULL")[0]


def test_every_id_exists_in_its_type_table(seeded: str) -> None:
    assert orphans(seeded, "comments", "commentable_type", "commentable_id",
                   {"BlogPost": "blog_posts", "Video": "videos"}) == (0, 400)
    types = {r[0] for r in rows(seeded, 'SELECT DISTINCT "subjectType" FROM activities WHERE "subjectId" IS NOT NULL')}
    mapping = {v: str(table_for(seedbed_schema(seeded), v).name) for v in types}
    bad, checked = orphans(seeded, "activities", "subjectType", "subjectId", mapping)
    assert bad == 0 and checked > 300
    assert rows(seeded, 'SELECT count(*) FROM activities WHERE ("subjectType" IS NULL) <> ("subjectId" IS NULL)') \
        == [(0,)]
    assert orphans(seeded, "likes", "target_type", "target_id", {"Photo": "photos"}) == (0, 400)


def test_types_are_drawn_among_the_tables(seeded: str) -> None:
    assert {r[0] for r in rows(seeded, "SELECT DISTINCT commentable_type FROM comments")} == {"BlogPost", "Video"}
    schema = seedbed_schema(seeded)
    for (value,) in rows(seeded, 'SELECT DISTINCT "subjectType" FROM activities WHERE "subjectType" IS NOT NULL'):
        assert table_for(schema, value) is not None, value


def test_declared_types_map_to_their_tables(seeded: str) -> None:
    assert {r[0] for r in rows(seeded, "SELECT DISTINCT taggable_type FROM taggings")} == {"Article", "Clip"}
    assert orphans(seeded, "taggings", "taggable_type", "taggable_id",
                   {"Article": "blog_posts", "Clip": "videos"}) == (0, 400)


def test_verify_reports_orphans(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    assert seedbed.seed(fresh_dsn, rows=50, seed=1).ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("INSERT INTO comments (commentable_type, commentable_id, body) VALUES ('Video', 987654, 'x')")
    from seedbed import service
    from seedbed.verify import verify

    with service.connect(fresh_dsn, autocommit=True) as conn:
        report = verify(conn, service.load_schema(conn))
    found = [p for p in report.problems if p.kind == "polymorphic_orphan"]
    assert len(found) == 1 and found[0].table == "comments" and found[0].sample == ("987654",)
    assert report.checked["polymorphic_orphan"] >= 4


def test_names_of_types() -> None:
    assert type_label(QualifiedName(schema="public", name="blog_posts")) == "BlogPost"
    assert type_label(QualifiedName(schema="public", name="categories")) == "Category"


def seedbed_schema(dsn: str):
    from seedbed import service

    with service.connect(dsn, autocommit=True) as conn:
        return service.load_schema(conn)
