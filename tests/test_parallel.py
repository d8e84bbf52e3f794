"""Generation in worker processes (``--workers``) writes exactly what one process writes."""

from __future__ import annotations

import threading

import psycopg
import pytest
from psycopg import sql

from seedbed import service
from seedbed.demo import shop_sql
from seedbed.generate import feed
from seedbed.generate.engine import Engine
from seedbed.planning.planner import PlanOptions

TABLES = ("users", "addresses", "categories", "products", "orders", "order_items", "payments", "reviews")


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 300 rows, so that a small seed has many chunks per table to spread over workers."""
    monkeypatch.setitem(Engine.__init__.__kwdefaults__, "chunk_rows", 300)


def checksums(dsn: str) -> dict[str, str]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {t: conn.execute(sql.SQL("SELECT count(*) || ':' || md5(coalesce(string_agg(r::text, '|' "
                                        "ORDER BY r::text), '')) FROM {} r").format(sql.Identifier(t))).fetchone()[0]
                for t in TABLES}


def physical(dsn: str, table: str) -> str:
    """The table's rows in storage order (what COPY wrote, row by row)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(sql.SQL("SELECT md5(string_agg(r::text, '|' ORDER BY ctid)) FROM {} r").format(
            sql.Identifier(table))).fetchone()[0]


def seed(dsn: str, workers: int, *, bulk: bool = False, rows: int = 1200) -> None:
    result = service.seed(dsn, PlanOptions(rows=rows, seed=21), verify=True, workers=workers, bulk=bulk)
    assert result.ok, result.verify.problems


def test_shop_two_workers_same_bytes_as_one_process(small_chunks: None, fresh_dsn: str, other_dsn: str) -> None:
    for dsn in (fresh_dsn, other_dsn):
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(shop_sql())
    made: list[int] = []
    close = feed.WorkerPool.close

    def counting_close(self: feed.WorkerPool) -> None:
        made.append(self.made)
        close(self)

    seed(fresh_dsn, workers=1)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(feed.WorkerPool, "close", counting_close)
        seed(other_dsn, workers=2)
    assert made and made[0] > 10  # most chunks came from the workers
    assert checksums(fresh_dsn) == checksums(other_dsn)
    for table in ("orders", "order_items", "reviews"):  # worker-made tables, in the same row order too
        assert physical(fresh_dsn, table) == physical(other_dsn, table), table


def test_three_workers_with_bulk(small_chunks: None, fresh_dsn: str, other_dsn: str) -> None:
    for dsn in (fresh_dsn, other_dsn):
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(shop_sql())
    seed(fresh_dsn, workers=1, rows=900)
    seed(other_dsn, workers=3, bulk=True, rows=900)
    assert checksums(fresh_dsn) == checksums(other_dsn)


LIBRARY = """
    CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE);
    CREATE TABLE books (id bigserial PRIMARY KEY, author_id int NOT NULL REFERENCES authors,
                        isbn text NOT NULL UNIQUE, title text NOT NULL, pages int CHECK (pages > 0));
    CREATE TABLE loans (book_id bigint NOT NULL REFERENCES books, reader text NOT NULL,
                        due date NOT NULL, PRIMARY KEY (book_id, reader));
"""


def test_append_with_workers(small_chunks: None, fresh_dsn: str, other_dsn: str) -> None:
    """Existing rows: unique values continue after them and FKs may pick them, in workers too."""
    for dsn in (fresh_dsn, other_dsn):
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(LIBRARY)
        service.seed(dsn, PlanOptions(rows=400, seed=4), verify=False)
    service.seed(fresh_dsn, PlanOptions(rows=1000, seed=5), workers=1)
    result = service.seed(other_dsn, PlanOptions(rows=1000, seed=5), workers=2)
    assert result.ok, result.verify.problems
    with psycopg.connect(fresh_dsn, autocommit=True) as a, psycopg.connect(other_dsn, autocommit=True) as b:
        for table in ("authors", "books", "loans"):
            q = sql.SQL("SELECT count(*) || ':' || md5(string_agg(r::text, '|' ORDER BY r::text)) FROM {} r").format(
                sql.Identifier(table))
            assert a.execute(q).fetchone() == b.execute(q).fetchone(), table


def test_workers_started_without_fork(small_chunks: None, fresh_dsn: str, other_dsn: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With other threads running the workers are fresh interpreters: the plan travels pickled."""
    for dsn in (fresh_dsn, other_dsn):
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(shop_sql())
    seed(fresh_dsn, workers=1, rows=500)
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    seed(other_dsn, workers=2, rows=500)
    assert checksums(fresh_dsn) == checksums(other_dsn)


def test_a_failure_in_a_worker_is_raised_in_the_parent(small_chunks: None, fresh_dsn: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(shop_sql())

    def broken(*args, **kwargs):
        raise ValueError("boom in a worker")

    monkeypatch.setattr(feed, "encode_chunk", broken)  # inherited by the forked workers
    with pytest.raises((ValueError, RuntimeError), match="boom in a worker"):
        service.seed(fresh_dsn, PlanOptions(rows=600, seed=2), verify=False, workers=2)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_chunk_encoding_fast_paths_match_the_plain_ones() -> None:
    """``feed._copy_text`` is ``copy_text``; ``feed._order`` is a stable argsort of the leading key."""
    from types import SimpleNamespace

    import numpy as np

    from seedbed.generate.feed import _copy_text, _order
    from seedbed.engines.cells import copy_text

    cols = [["1", "2", "3"], ["a\\tb", "ü", ""], [r"\N", "x", "y"]]
    assert _copy_text(cols) == copy_text(cols)
    rng = np.random.default_rng(0)
    for values in (rng.integers(0, 40, 5000), rng.integers(-10**15, 10**15, 5000)):
        chunk = SimpleNamespace(columns={"k": list(map(str, values.tolist()))})
        assert (_order(chunk, (("k", True),)) == np.argsort(values, kind="stable")).all()
    chunk = SimpleNamespace(columns={"k": ["9", "10", "x"]})  # not integers: compared as text
    assert _order(chunk, (("k", True),)).tolist() == [1, 0, 2]
