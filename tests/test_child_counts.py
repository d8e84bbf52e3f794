"""A parent's count of its child rows is their number (issue 10, "aggregates add up where the names
say so"): counter caches (``comments_count``, ``num_members``, ``line_count``, ``total_tracks``) in any
domain, found from the names alone (``seedbed.planning.childcounts``)."""

from __future__ import annotations

from collections import Counter

from seedbed.model import Schema
from seedbed.planning.planner import PlanOptions, plan_seed
from seedbed.planning.childcounts import counted_noun
from tests.test_realism_units import generate, table


def _generate(*tables, rows: dict[str, int], **options) -> dict[str, dict[str, list[str | None]]]:
    return generate(*tables, rows=50, seed=5, rows_per_table=rows, **options)


def _agree(got: dict, parent: str, column: str, child: str, fk: str) -> None:
    have = Counter(got[child][fk])
    pairs = list(zip(got[parent]["id"], got[parent][column]))
    wrong = [(i, v, have.get(i, 0)) for i, v in pairs if int(v) != have.get(i, 0)]
    assert not wrong, (parent, column, wrong[:5])
    assert len({v for _, v in pairs}) > 2, (parent, column, "all parents alike")


def test_counter_columns_count_their_children_in_any_domain() -> None:
    got = _generate(
        table("posts", ("title", "varchar(100)"), ("comments_count", "int")),
        table("comments", ("body", "text"), fks=(("post_id", "posts"),)),
        table("clubs", ("name", "varchar(60)"), ("num_members", "smallint")),
        table("club_members", ("joined_on", "date"), fks=(("club_id", "clubs"),)),
        table("albums", ("title", "varchar(100)"), ("total_tracks", "int")),
        table("tracks", ("title", "varchar(100)"), ("duration_s", "int"), fks=(("album_id", "albums"),)),
        table("invoices", ("number_of_lines", "int"), ("total", "numeric(12,2)")),
        table("invoice_items", ("quantity", "int"), ("unit_price", "numeric(10,2)"), fks=(("invoice_id", "invoices"),)),
        rows={"posts": 40, "comments": 300, "clubs": 30, "club_members": 400, "albums": 25, "tracks": 260,
              "invoices": 40, "invoice_items": 150})
    _agree(got, "posts", "comments_count", "comments", "post_id")
    _agree(got, "clubs", "num_members", "club_members", "club_id")
    _agree(got, "albums", "total_tracks", "tracks", "album_id")
    _agree(got, "invoices", "number_of_lines", "invoice_items", "invoice_id")


def test_a_count_asked_per_parent_is_the_counter_too() -> None:
    from seedbed.planning.options import FkSpec

    got = _generate(
        table("playlists", ("name", "varchar(60)"), ("song_count", "int")),
        table("songs", ("title", "varchar(100)"), fks=(("playlist_id", "playlists"),)),
        rows={"playlists": 30}, fks={"songs.playlist_id": FkSpec(fanout=(2, 9))})
    counts = [int(v) for v in got["playlists"]["song_count"]]
    assert all(2 <= v <= 9 for v in counts) and len(set(counts)) > 2, counts
    _agree(got, "playlists", "song_count", "songs", "playlist_id")


def test_subsets_and_other_counts_are_not_counters_of_children() -> None:
    assert counted_noun("open_issues_count") is None and counted_noun("total_count") is None
    assert counted_noun("view_count") == "view"  # a counter, but of no child table below
    got = _generate(
        table("articles", ("view_count", "int"), ("approved_comments_count", "int")),
        table("comments", ("body", "text"), fks=(("article_id", "articles"),)),
        rows={"articles": 20, "comments": 200})
    have = Counter(got["comments"]["article_id"])
    views = [int(v) for v in got["articles"]["view_count"] if v is not None]
    assert sum(v == have.get(i, 0) for i, v in zip(got["articles"]["id"], views)) < len(views) // 2


def test_a_counter_that_several_child_tables_could_fill_is_left_alone() -> None:
    """``runs.job_count`` beside ``jobs`` and ``failed_jobs`` (both rows of a run): which one it counts
    is unsaid, so neither is laid out for it."""
    schema = Schema(tables=(table("runs", ("job_count", "int")), table("jobs", fks=(("run_id", "runs"),)),
                            table("failed_jobs", fks=(("run_id", "runs"),))))
    plan = plan_seed(schema, PlanOptions(rows=20, seed=1))
    assert not [a for tp in plan.tables.values() for a in tp.aggregates if a.kind == "count"]


def _trues_per_parent(got: dict, child: str, fk: str, flag: str) -> Counter:
    per: dict[str, int] = {}
    for p, f in zip(got[child][fk], got[child][flag]):
        per[p] = per.get(p, 0) + (f == "t")
    return Counter(per.values())


def test_a_flag_that_marks_one_sibling_is_true_once_per_parent() -> None:
    """A user's ``is_primary`` address and ``is_default`` card, a product's ``is_main`` image, a document's
    ``is_current`` version: one per parent, never seven or none (drawn alone they were a coin flip)."""
    got = _generate(
        table("users", ("name", "varchar(60)")),
        table("addresses", ("street", "varchar(100)"), ("is_primary", "bool"), fks=(("user_id", "users"),)),
        table("payment_methods", ("brand", "varchar(20)"), ("is_default", "bool", False), fks=(("user_id", "users"),)),
        table("countries", ("name", "varchar(60)")),
        table("products", ("name", "varchar(60)")),
        table("product_images", ("url", "text"), ("main", "bool"), fks=(("product_id", "products"), ("country_id", "countries"))),
        table("documents", ("title", "varchar(60)")),
        table("document_versions", ("is_current", "bool"), fks=(("document_id", "documents"),)),
        rows={"users": 50, "addresses": 120, "payment_methods": 100, "countries": 10, "products": 40,
              "product_images": 150, "documents": 30, "document_versions": 120})
    for child, fk, flag, parents in (("addresses", "user_id", "is_primary", 50), ("payment_methods", "user_id", "is_default", 50),
                                     ("product_images", "product_id", "main", 40), ("document_versions", "document_id", "is_current", 30)):
        assert _trues_per_parent(got, child, fk, flag) == Counter({1: parents}), (child, flag)


def test_a_flag_of_a_table_with_two_owners_is_left_alone() -> None:
    """``assignments.is_primary`` between a teacher and a course: primary for which is unsaid."""
    schema = Schema(tables=(table("teachers"), table("courses"),
                            table("assignments", ("is_primary", "bool"), fks=(("teacher_id", "teachers"), ("course_id", "courses")))))
    plan = plan_seed(schema, PlanOptions(rows=20, seed=1))
    assert not [a for tp in plan.tables.values() for a in tp.aggregates if a.kind == "one"]


def _runs(got: dict, child: str, fk: str, col: str) -> list[list[int]]:
    per: dict[str, list[int]] = {}
    for p, v in zip(got[child][fk], got[child][col]):
        per.setdefault(p, []).append(int(v))
    return list(per.values())


def test_a_place_among_siblings_runs_1_2_3_within_each_parent() -> None:
    """A version number, an image's sort order, a tour's day number with no unique key to number them:
    1, 2, 3 within each parent (drawn alone: version 50 beside version 2, day 27 of a 5-day tour), and a
    document's current version is its highest."""
    got = _generate(
        table("products", ("name", "varchar(60)")),
        table("product_images", ("url", "text"), ("sort_order", "int"), fks=(("product_id", "products"),)),
        table("documents", ("title", "varchar(60)")),
        table("document_versions", ("version_no", "int"), ("is_current", "bool"), fks=(("document_id", "documents"),)),
        table("tours", ("name", "varchar(60)")),
        table("tour_days", ("day_number", "smallint"), fks=(("tour_id", "tours"),)),
        rows={"products": 40, "product_images": 150, "documents": 30, "document_versions": 120, "tours": 20,
              "tour_days": 100})
    for child, fk, col in (("product_images", "product_id", "sort_order"), ("document_versions", "document_id", "version_no"),
                           ("tour_days", "tour_id", "day_number")):
        runs = _runs(got, child, fk, col)
        assert all(sorted(r) == list(range(1, len(r) + 1)) for r in runs), (child, runs[:5])
        assert max(len(r) for r in runs) > 2
    current = [int(v) for v, c in zip(got["document_versions"]["version_no"], got["document_versions"]["is_current"]) if c == "t"]
    highest = {max(r) for r in _runs(got, "document_versions", "document_id", "version_no")}
    assert len(current) == 30 and set(current) <= highest


def test_one_primary_per_parent_keeps_its_partial_index_and_its_counter(fresh_dsn: str) -> None:
    """``UNIQUE (user_id) WHERE is_primary`` beside ``users.addresses_count``: every user with addresses has
    exactly one primary (the index holds) and the counter is the number of its addresses, in the database."""
    import psycopg

    import seedbed

    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("""
            CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, addresses_count int NOT NULL DEFAULT 0);
            CREATE TABLE addresses (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id),
                                    street text NOT NULL, is_primary boolean NOT NULL DEFAULT false);
            CREATE UNIQUE INDEX one_primary ON addresses (user_id) WHERE is_primary;""")
    result = seedbed.seed(fresh_dsn, rows={"users": 200, "addresses": 500}, seed=3)
    assert result.ok, [p.message for p in result.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        wrong_counts = conn.execute("SELECT count(*) FROM users u WHERE addresses_count <> "
                                    "(SELECT count(*) FROM addresses a WHERE a.user_id = u.id)").fetchone()[0]
        primaries = conn.execute("SELECT count(*) FROM (SELECT user_id FROM addresses GROUP BY user_id "
                                 "HAVING sum(is_primary::int) <> 1) x").fetchone()[0]
    assert wrong_counts == 0 and primaries == 0
