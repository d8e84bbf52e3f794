"""Acceptance: every PostgreSQL schema of ../shared/corpus seeds with zero violations.

Each file is loaded with ``psql -v ON_ERROR_STOP=1 -f`` into a fresh database, seeded like
``seedbed seed --rows 100 --seed 7`` (``SEEDBED_CORPUS_ROWS`` for another count, ``SEEDBED_CORPUS_SEEDS``
for other seeds), then checked by
``seedbed.verify`` (independent SQL:
FK orphans, CHECKs, UNIQUE, NOT NULL, empty tables); the constraint catalog must be unchanged, and
no key may repeat across an inheritance tree (``tests.corpus.tree_duplicate_keys``).
"""

from __future__ import annotations

import os

import psycopg
import pytest

from seedbed import service
from seedbed.planning.planner import PlanOptions
from seedbed.verify import verify
from tests.corpus import corpus_files, load_sql_file, tree_duplicate_keys

#: Tables no data can satisfy, refused with a clear error naming them (none so far).
EXPECTED_REFUSALS: dict[str, str] = {}

CONSTRAINTS = """
    SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated
    FROM pg_constraint WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
    ORDER BY 1, 2
"""


#: Seeds to run every schema with (``SEEDBED_CORPUS_SEEDS=1,2,3``); 7 by default.
SEEDS = [int(s) for s in os.environ.get("SEEDBED_CORPUS_SEEDS", "7").split(",") if s.strip()]


@pytest.mark.corpus
@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: f"seed{s}")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_schema_seeds_clean(fresh_dsn: str, path, seed: int) -> None:
    load_sql_file(fresh_dsn, path)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        before = conn.execute(CONSTRAINTS).fetchall()
    result = service.seed(fresh_dsn, PlanOptions(rows=int(os.environ.get("SEEDBED_CORPUS_ROWS", "100")), seed=seed), verify=False)
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
        report = verify(conn, schema, require_nonempty=True)
        after = conn.execute(CONSTRAINTS).fetchall()
        across_trees = tree_duplicate_keys(conn)
    assert report.ok, "\n".join(p.message for p in report.problems)
    assert not across_trees, f"keys duplicated across inheritance trees: {across_trees}"
    assert all(n > 0 for n in result.tables.values())
    assert before == after
