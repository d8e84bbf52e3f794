"""Property tests for partial unique indexes and exclusion constraints (issue 16, classes 3-4).

Random tables carry one to three partial unique indexes (keys over FKs, small domains, flags;
predicates that are ANDs of flags, equalities, IN lists, ``<>`` and NULL tests) and one or two
exclusion constraints (a range column of each laid-out subtype, or a period of two columns,
with or without a key and an inclusive upper bound). Each is seeded into a real database and
verified, and seeding again with the same seed gives the same checksums. The harness is the
one of ``tests/test_property.py``.
"""

from __future__ import annotations

import itertools

import psycopg
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from psycopg import sql

from seedbed import service
from seedbed.planning.planner import PlanOptions
from tests.test_property import checksums

KEYS = ("(p_id)", "(code)", "(p_id, kind)", "(flag)", "(kind)", "(p_id, code)")
ATOMS = ("flag", "NOT flag", "kind = 'a'", "kind IN ('a', 'b')", "kind <> 'c'", "deleted_at IS NULL",
         "deleted_at IS NOT NULL", "code = 3")
RANGES = ("tstzrange", "tsrange", "daterange", "int4range", "numrange")
PERIODS = (("date", "daterange"), ("timestamptz", "tstzrange"), ("timestamp", "tsrange"), ("int", "int4range"))
_counter = itertools.count()


@st.composite
def schemas(draw: st.DrawFn) -> tuple[str, list[str]]:
    """DDL for a parent, a table with partial unique indexes and a table with exclusions."""
    null = "" if draw(st.booleans()) else " NOT NULL"
    code_max = draw(st.integers(2, 30))
    ddl = [
        "CREATE TABLE p (id serial PRIMARY KEY, name text)",
        f"CREATE TABLE u (id serial PRIMARY KEY, p_id int{null} REFERENCES p, flag boolean NOT NULL, "
        f"kind text NOT NULL CHECK (kind IN ('a', 'b', 'c')), code int NOT NULL CHECK (code BETWEEN 1 AND {code_max}), "
        "deleted_at timestamptz)",
    ]
    for i in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from(KEYS))
        atoms = draw(st.lists(st.sampled_from(ATOMS), min_size=1, max_size=2, unique=True))
        ddl.append(f"CREATE UNIQUE INDEX u_{i} ON u {key} WHERE {' AND '.join(atoms)}")

    cols = ["id serial PRIMARY KEY", f"p_id int{null} REFERENCES p",
            f"code int NOT NULL CHECK (code BETWEEN 1 AND {code_max})"]
    excl = []
    for j in range(draw(st.integers(1, 2))):
        key = draw(st.sampled_from(("", "p_id WITH =, ", "code WITH =, ")))
        if draw(st.booleans()):
            rtype = draw(st.sampled_from(RANGES))
            cols.append(f"r{j} {rtype}{' NOT NULL' if draw(st.booleans()) else ''}")
            if draw(st.booleans()):
                cols.append(f"CHECK (lower(r{j}) < upper(r{j}))")
            excl.append(f"EXCLUDE USING gist ({key}r{j} WITH &&)")
        else:
            stype, rfunc = draw(st.sampled_from(PERIODS))
            cols += [f"s{j} {stype} NOT NULL", f"f{j} {stype} NOT NULL", f"CHECK (s{j} < f{j})"]
            bounds = draw(st.sampled_from(("", ", '[]'", ", '[)'")))
            excl.append(f"EXCLUDE USING gist ({key}{rfunc}(s{j}, f{j}{bounds}) WITH &&)")
    ddl.append(f"CREATE TABLE e ({', '.join(cols + excl)})")
    return ";\n".join(ddl), ["p", "u", "e"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(spec=schemas(), seed=st.integers(1, 2**31 - 1), rows=st.integers(20, 400), parents=st.integers(1, 40))
def test_partial_uniques_and_exclusions_seed_clean_and_reproducibly(fresh_dsn: str, spec: tuple[str, list[str]],
                                                                    seed: int, rows: int, parents: int) -> None:
    ddl, names = spec
    note(ddl)
    schema = f"r{next(_counter)}"
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("SET search_path = {}, public").format(sql.Identifier(schema)))
        conn.execute(ddl)
    per_table = {f"{schema}.p": parents}
    first = service.seed(fresh_dsn, PlanOptions(rows=rows, rows_per_table=per_table, seed=seed), schemas=[schema])
    assert first.ok, [p.message for p in first.verify.problems]
    assert first.verify.checked["exclusion"] >= 1
    # Exclusions never cap a table (partial indexes may, when no row can leave their predicates).
    assert first.tables[f"{schema}.e"] == rows
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        before = checksums(conn, schema, names)
    again = service.seed(fresh_dsn, PlanOptions(rows=rows, rows_per_table=per_table, seed=seed, truncate=True),
                         schemas=[schema])
    assert again.ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert checksums(conn, schema, names) == before
