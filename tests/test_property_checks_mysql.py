"""``test_property_checks`` (XOR / COALESCE / CASE / kind-or-NULL CHECKs over nullable FKs, several
CHECKs sharing columns) against MySQL / MariaDB: the same random tables, their DDL translated
(AUTO_INCREMENT, VARCHAR, table-level FOREIGN KEYs); the forms MySQL cannot spell (PostgreSQL's
``num_nonnulls`` / ``num_nulls``, arrays) are left out of the drawn table. Seeded, checked by
information_schema alone, seeded again with ``--truncate`` to the same checksums.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import seedbed.solve.checks  # noqa: F401 - imported at collection: a first import deep in a hypothesis
#   example makes pytest's assertion rewriter hit CPython 3.11's "AST constructor recursion depth mismatch"
from seedbed import service
from seedbed.planning.planner import PlanOptions
from tests.mysql_fixtures import Rows, load_sql, new_database
from tests.test_engine_mysql import problems
from tests.test_property_checks import tables
from tests.test_property_mysql import _split, checksums

_PG_ONLY = ("num_nonnulls(", "num_nulls(", "cardinality(", "text[]")
_FK = re.compile(r"^(\w+) int REFERENCES (\w+)$")


def to_mysql(ddl: str) -> str:
    out = []
    for stmt in ddl.split(";\n"):
        head, body = stmt.split(" (", 1)
        items, fks = [], []
        for item in _split(body[:-1]):
            if any(f in item for f in _PG_ONLY):
                continue
            if m := _FK.match(item):
                items.append(f"{m.group(1)} int")
                fks.append(f"FOREIGN KEY ({m.group(1)}) REFERENCES {m.group(2)} (id)")
                continue
            items.append(item.replace("serial PRIMARY KEY", "int AUTO_INCREMENT PRIMARY KEY")
                         .replace(" text", " varchar(60)"))
        out.append(f"{head} ({', '.join(items + fks)}) ENGINE=InnoDB")
    return ";\n".join(out) + ";\n"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(spec=tables(), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 300))
def test_interacting_null_pattern_checks_seed_clean_on_mysql(mysql_server: str, spec: tuple[str, list[str]],
                                                             seed: int, rows: int) -> None:
    ddl, names = spec
    database = new_database(mysql_server)
    dsn = next(database)
    try:
        load_sql(dsn, to_mysql(ddl))
        first = service.seed(dsn, PlanOptions(rows=rows, seed=seed))
        assert first.ok, [p.message for p in first.verify.problems]
        assert problems(dsn) == []
        with Rows(dsn) as q:
            assert q("SELECT count(*) FROM child")[0][0] == rows
        before = checksums(dsn, names)
        assert service.seed(dsn, PlanOptions(rows=rows, seed=seed, truncate=True)).ok
        assert checksums(dsn, names) == before
    finally:
        database.close()
