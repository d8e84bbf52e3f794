"""Property tests for issue 16, class 2: random tables with XOR / num_nonnulls / num_nulls CHECKs
over nullable FKs and several CHECKs over shared columns are seeded and verified.

Every CHECK drawn is kept only if a hidden *witness* row satisfies it (a NULL pattern, a kind,
an empty or non-empty array), so the conjunction is always satisfiable: the seed must succeed,
verify clean, and give the same bytes twice. The harness (schemas per example, checksums) is
the one of ``tests/test_property.py``.
"""

from __future__ import annotations

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from seedbed import service
from seedbed.planning.planner import PlanOptions
from seedbed.verify import verify
from tests.test_property import _counter, checksums

KINDS = ("a", "b", "c")
VALUES = ("note", "amount")  # nullable value columns next to the FKs


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, list[str]]:
    """DDL for parents and one child whose CHECKs share columns, and the table names."""
    parents = [f"p{i}" for i in range(draw(st.integers(1, 3)))]
    fks = [f"f{i}" for i in range(draw(st.integers(2, 4)))]
    nullable = fks + list(VALUES)
    # the witness: which nullable columns it sets, its kind, whether its array is empty
    is_set = {c: draw(st.booleans()) for c in nullable}
    kind = draw(st.sampled_from(KINDS))
    empty = draw(st.booleans())

    def count(cols: list[str]) -> int:
        return sum(is_set[c] for c in cols)

    candidates: list[tuple[str, bool]] = []
    for _ in range(draw(st.integers(1, 4))):
        form = draw(st.sampled_from(["xor", "nonnulls", "nulls", "kind_null", "null_or_empty", "coalesce", "case"]))
        cols = draw(st.lists(st.sampled_from(nullable), min_size=2, max_size=4, unique=True))
        k = draw(st.integers(0, len(cols)))
        op = draw(st.sampled_from(["=", ">=", "<="]))
        col = draw(st.sampled_from(nullable))
        v = draw(st.sampled_from(KINDS))
        holds = {"=": k.__eq__, ">=": k.__le__, "<=": k.__ge__}[op]  # count op k
        if form == "xor":
            a, b = cols[:2]
            candidates.append((f"CHECK (({a} IS NULL) <> ({b} IS NULL))", is_set[a] != is_set[b]))
        elif form == "nonnulls":
            candidates.append((f"CHECK (num_nonnulls({', '.join(cols)}) {op} {k})", holds(count(cols))))
        elif form == "nulls":
            candidates.append((f"CHECK (num_nulls({', '.join(cols)}) {op} {k})", holds(len(cols) - count(cols))))
        elif form == "kind_null":
            candidates.append((f"CHECK (kind <> '{v}' OR {col} IS NULL)", kind != v or not is_set[col]))
        elif form == "null_or_empty":
            candidates.append((f"CHECK ({col} IS NOT NULL OR cardinality(tags) = 0)", is_set[col] or empty))
        elif form == "coalesce":  # one type for COALESCE: the integer columns
            a, b = draw(st.lists(st.sampled_from([*fks, "amount"]), min_size=2, max_size=2, unique=True))
            candidates.append((f"CHECK (COALESCE({a}, {b}) IS NOT NULL)", is_set[a] or is_set[b]))
        else:  # the witness's amount, when set, is positive
            candidates.append((f"CHECK (CASE WHEN kind = '{v}' THEN amount IS NULL ELSE amount > 0 END)",
                               not is_set["amount"] or kind != v))
    checks = [c for c, ok in candidates if ok]
    ddl = [f"CREATE TABLE {p} (id serial PRIMARY KEY, name text NOT NULL)" for p in parents]
    cols = ["id serial PRIMARY KEY", f"kind text NOT NULL CHECK (kind IN ({', '.join(repr(k) for k in KINDS)}))",
            "tags text[] NOT NULL", "note text", "amount int"]
    cols += [f"{f} int REFERENCES {draw(st.sampled_from(parents))}" for f in fks]
    ddl.append(f"CREATE TABLE child ({', '.join(cols + checks)})")
    return ";\n".join(ddl), [*parents, "child"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(spec=tables(), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 300))
def test_interacting_null_pattern_checks_seed_clean_and_reproducibly(fresh_dsn: str, spec: tuple[str, list[str]],
                                                                     seed: int, rows: int) -> None:
    ddl, names = spec
    schema = f"c{next(_counter)}"
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("SET search_path = {}").format(sql.Identifier(schema)))
        conn.execute(ddl)
    first = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed), schemas=[schema])
    assert first.ok, [p.message for p in first.verify.problems]
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        before = checksums(conn, schema, names)
        n = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(schema, "child"))).fetchone()[0]
        assert n == rows
    again = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed, truncate=True), schemas=[schema])
    assert again.ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert checksums(conn, schema, names) == before
        assert verify(conn, service.load_schema(conn, [schema])).ok
