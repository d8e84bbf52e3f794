"""Partial unique indexes (issue 16, class 3): unique only where their predicate holds.

Each schema is seeded at 1,000 rows per table with zero violations: rows outside the predicate
are not capped, rows inside it are distinct on the key; ``verify`` checks the index with its
predicate and catches a planted duplicate.
"""

from __future__ import annotations

import psycopg
import pytest

import seedbed
from seedbed import service
from seedbed.verify import verify
from tests.test_parallel import small_chunks  # noqa: F401 - a fixture

ROWS = 1000


def run(dsn: str, ddl: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)


def one(dsn: str, query: str) -> tuple:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(query).fetchone()
    assert row is not None
    return tuple(row)


def seed_clean(dsn: str, rows: int | dict[str, int] = ROWS, seed: int = 3) -> dict[str, int]:
    result = seedbed.seed(dsn, rows=rows, seed=seed)
    assert result.ok, [p.message for p in result.verify.problems]
    return result.tables


def test_flag_index_caps_nothing_it_does_not_cover(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE settings (id serial PRIMARY KEY, name text NOT NULL, flag boolean NOT NULL DEFAULT false,
                               deleted_at timestamptz);
        CREATE UNIQUE INDEX one_current ON settings (flag) WHERE flag AND deleted_at IS NULL;
    """)
    assert seed_clean(fresh_dsn) == {"settings": ROWS}  # was capped at 2 rows
    covered, = one(fresh_dsn, "SELECT count(*) FROM settings WHERE flag AND deleted_at IS NULL")
    assert covered <= 1
    flagged, = one(fresh_dsn, "SELECT count(*) FROM settings WHERE flag")
    assert flagged > 1  # only covered rows are held to one: flagged, deleted rows are free


def test_one_primary_item_per_subscription(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TYPE item_kind AS ENUM ('primary', 'secondary', 'addon');
        CREATE TABLE subscriptions (id serial PRIMARY KEY, plan text NOT NULL);
        CREATE TABLE items (id serial PRIMARY KEY, subscription_id int NOT NULL REFERENCES subscriptions,
                            kind item_kind NOT NULL, quantity int NOT NULL CHECK (quantity > 0));
        CREATE UNIQUE INDEX one_primary ON items (subscription_id, kind) WHERE kind = 'primary';
    """)
    tables = seed_clean(fresh_dsn, {"subscriptions": 100, "items": ROWS})
    assert tables["items"] == ROWS  # was refused: 300 distinct (subscription, kind) pairs
    primaries, subs = one(fresh_dsn, "SELECT count(*), count(DISTINCT subscription_id) FROM items "
                                     "WHERE kind = 'primary'")
    assert primaries == subs and primaries > 10
    others, = one(fresh_dsn, "SELECT count(*) FROM items WHERE kind <> 'primary'")
    assert others + primaries == ROWS


def test_several_partial_indexes_on_one_table(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TYPE status AS ENUM ('active', 'suspended', 'closed');
        CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
        CREATE TABLE accounts (
            id serial PRIMARY KEY,
            user_id int NOT NULL REFERENCES users,
            is_default boolean NOT NULL,
            status status NOT NULL,
            region text NOT NULL CHECK (region IN ('eu', 'us', 'ap')),
            archived_at timestamptz,
            deleted_at timestamptz
        );
        CREATE UNIQUE INDEX one_default ON accounts (user_id) WHERE is_default;
        CREATE UNIQUE INDEX one_active_per_region ON accounts (user_id, region)
            WHERE status = 'active' AND deleted_at IS NULL;
        CREATE UNIQUE INDEX one_archive ON accounts (user_id) WHERE archived_at IS NOT NULL;
        CREATE UNIQUE INDEX one_live_region ON accounts (region) WHERE status <> 'closed' AND is_default;
    """)
    tables = seed_clean(fresh_dsn, {"users": 50, "accounts": ROWS})
    assert tables["accounts"] == ROWS
    defaults, users = one(fresh_dsn, "SELECT count(*), count(DISTINCT user_id) FROM accounts WHERE is_default")
    assert defaults == users
    archived, = one(fresh_dsn, "SELECT count(*) FROM accounts WHERE archived_at IS NOT NULL")
    assert 0 < archived <= 50


def test_nullable_fk_key_and_unique_text(fresh_dsn: str) -> None:
    """A covered row with a NULL key never conflicts; an unbounded key stays unique everywhere."""
    run(fresh_dsn, """
        CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);
        CREATE TABLE members (id serial PRIMARY KEY, team_id int REFERENCES teams, handle text NOT NULL,
                              is_owner boolean NOT NULL, deleted_at timestamptz);
        CREATE UNIQUE INDEX one_owner ON members (team_id) WHERE is_owner;
        CREATE UNIQUE INDEX live_handle ON members (handle) WHERE deleted_at IS NULL;
    """)
    tables = seed_clean(fresh_dsn, {"teams": 20, "members": ROWS})
    assert tables["members"] == ROWS
    handles, = one(fresh_dsn, "SELECT count(DISTINCT handle) FROM members")
    assert handles == ROWS  # the plain path: unique everywhere, no cap


def test_plan_says_how_the_index_is_kept_and_an_unread_one_stays_unique(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE addresses (id serial PRIMARY KEY, owner int NOT NULL CHECK (owner BETWEEN 1 AND 30),
                                is_primary boolean NOT NULL);
        CREATE UNIQUE INDEX one_primary_address ON addresses (owner) WHERE is_primary;
        CREATE TABLE tags (id serial PRIMARY KEY, code smallint NOT NULL CHECK (code BETWEEN 1 AND 20),
                           label text NOT NULL);
        CREATE UNIQUE INDEX short_codes ON tags (code) WHERE length(label) > 0;
    """)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        plan = service.make_plan(conn, schema, service.PlanOptions(rows=ROWS, seed=1))
    rows = {str(name): tp.rows for name, tp in plan.tables.items()}
    # A predicate seedbed does not read keeps the index unique everywhere (capped: safe).
    assert rows == {"addresses": ROWS, "tags": 20}
    assert any("one_primary_address" in n and "is_primary" in n for n in plan.notes), plan.notes
    assert seed_clean(fresh_dsn) == rows
    primaries, owners = one(fresh_dsn, "SELECT count(*), count(DISTINCT owner) FROM addresses WHERE is_primary")
    assert primaries == owners <= 30


@pytest.mark.parametrize("seed", [1, 2])
def test_verify_catches_a_planted_duplicate_under_the_predicate(fresh_dsn: str, seed: int) -> None:
    run(fresh_dsn, """
        CREATE TABLE cards (id serial PRIMARY KEY, holder int NOT NULL CHECK (holder BETWEEN 1 AND 40),
                            is_default boolean NOT NULL);
        CREATE UNIQUE INDEX one_default_card ON cards (holder) WHERE is_default;
    """)
    assert seed_clean(fresh_dsn, seed=seed) == {"cards": ROWS}
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        conn.execute("DROP INDEX one_default_card")
        # A duplicate outside the predicate is fine; one inside it is a violation.
        conn.execute("INSERT INTO cards (holder, is_default) SELECT holder, false FROM cards LIMIT 5")
        assert verify(conn, schema).ok
        conn.execute("INSERT INTO cards (holder, is_default) "
                     "SELECT holder, true FROM cards WHERE is_default LIMIT 1")
        report = verify(conn, schema)
    assert [(p.kind, p.constraint, p.count) for p in report.problems] == [("unique", "one_default_card", 1)]


def test_covered_rows_stay_distinct_across_chunks(small_chunks: None, fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE owners (id serial PRIMARY KEY);
        CREATE TABLE pets (id serial PRIMARY KEY, owner_id int NOT NULL REFERENCES owners,
                           favourite boolean NOT NULL, kind text NOT NULL CHECK (kind IN ('cat', 'dog', 'fish')));
        CREATE UNIQUE INDEX one_favourite ON pets (owner_id) WHERE favourite;
        CREATE UNIQUE INDEX one_dog ON pets (owner_id, kind) WHERE kind = 'dog';
    """)
    tables = seed_clean(fresh_dsn, {"owners": 500, "pets": 3000})
    assert tables["pets"] == 3000
    favourites, owners = one(fresh_dsn, "SELECT count(*), count(DISTINCT owner_id) FROM pets WHERE favourite")
    assert favourites == owners > 100
