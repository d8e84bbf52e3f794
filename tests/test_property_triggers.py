"""Property tests for triggers (issue 16, class 5): random diamonds with a trigger that checks
the agreement, and random triggers that reject a share of the rows, seeded into a real database.

A diamond: a child references A and B, and B references A (directly, over a composite key, or
B is the child itself: a parent row's A). The trigger raises when the child's A is not its B
row's A. A rejecting trigger refuses the rows whose hash falls in a random share.
"""

from __future__ import annotations

import itertools

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from seedbed import service
from seedbed.planning.planner import PlanOptions
from tests.test_property import checksums

_counter = itertools.count()
SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

CHECK_AGREES = """
CREATE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE via record;
BEGIN
  IF NEW.{b_cols_first} IS NOT NULL THEN
    SELECT {g_cols} INTO via FROM {b} WHERE ({b_key}) = ({new_b});
    IF via.{g_first} IS NOT NULL AND ({via_g}) IS DISTINCT FROM ({new_a}) THEN
      RAISE EXCEPTION 'row of {c} is not in its {b} row''s {a}';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE {constraint}TRIGGER {fn}_t {timing} INSERT ON {c} FOR EACH ROW EXECUTE FUNCTION {fn}();
"""


@st.composite
def diamonds(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """DDL of A, B, C (C may be B), a trigger on C checking the diamond, and the query that
    counts rows breaking it."""
    composite = draw(st.booleans())
    self_ref = draw(st.booleans())
    a_null, c_a_null, c_b_null = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    ddl = []
    if composite:
        ddl.append("CREATE TABLE a (t int, n int, label text, PRIMARY KEY (t, n))")
        a_ref = ("t", "n")
    else:
        ddl.append("CREATE TABLE a (id serial PRIMARY KEY, label text)")
        a_ref = ("id",)
    g = tuple(f"a_{c}" for c in a_ref)
    fk_cols = ", ".join(f"{c} int{'' if a_null else ' NOT NULL'}" for c in g)
    ref = f"FOREIGN KEY ({', '.join(g)}) REFERENCES a ({', '.join(a_ref)})"
    if self_ref:
        # C is B: a row's A is its parent row's A.
        ddl.append(f"CREATE TABLE b (id serial PRIMARY KEY, {fk_cols}, up_id int REFERENCES b, note text, {ref})")
        names = ["a", "b"]
        c, c_b, c_a = "b", ("up_id",), g
    else:
        ddl.append(f"CREATE TABLE b (id serial PRIMARY KEY, {fk_cols}, note text, {ref})")
        c_a = tuple(f"who_{c}" for c in a_ref)
        cols = ", ".join(f"{x} int{'' if c_a_null else ' NOT NULL'}" for x in c_a)
        ddl.append(f"CREATE TABLE c (id serial PRIMARY KEY, b_id int{'' if c_b_null else ' NOT NULL'} REFERENCES b, "
                   f"{cols}, body text, FOREIGN KEY ({', '.join(c_a)}) REFERENCES a ({', '.join(a_ref)}))")
        names = ["a", "b", "c"]
        c, c_b = "c", ("b_id",)
    deferred = draw(st.booleans())
    ddl.append(CHECK_AGREES.format(
        fn=f"agree_{c}", c=c, b="b", a="a", b_cols_first=c_b[0], b_key="id", new_b=f"NEW.{c_b[0]}",
        g_cols=", ".join(g), g_first=g[0], via_g=", ".join(f"via.{x}" for x in g),
        new_a=", ".join(f"NEW.{x}" for x in c_a),
        constraint="CONSTRAINT " if deferred else "", timing="AFTER" if deferred else "BEFORE"))
    broken = (f"SELECT count(*) FROM {c} x JOIN b ON b.id = x.{c_b[0]} "
              f"WHERE b.{g[0]} IS NOT NULL AND ({', '.join('b.' + x for x in g)}) "
              f"IS DISTINCT FROM ({', '.join('x.' + x for x in c_a)})")
    return ";\n".join(ddl), names, broken


def _create(dsn: str, ddl: str) -> str:
    schema = f"pt{next(_counter)}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        conn.execute(sql.SQL("SET search_path = {}").format(sql.Identifier(schema)))
        conn.execute(ddl)
    return schema


def _scalar(dsn: str, schema: str, query: str):
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("SET search_path = {}").format(sql.Identifier(schema)))
        return conn.execute(query).fetchone()[0]


@SETTINGS
@given(spec=diamonds(), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 400))
def test_diamonds_with_a_checking_trigger_seed_clean(fresh_dsn: str, spec: tuple[str, list[str], str], seed: int,
                                                     rows: int) -> None:
    ddl, names, broken = spec
    schema = _create(fresh_dsn, ddl)
    result = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed), schemas=[schema])
    assert result.ok, [p.message for p in result.verify.problems]
    assert _scalar(fresh_dsn, schema, broken) == 0
    for name in names:
        assert _scalar(fresh_dsn, schema, f"SELECT count(*) FROM {name}") == result.tables[f"{schema}.{name}"]


@st.composite
def rejecting(draw: st.DrawFn) -> tuple[str, str, str]:
    """A small schema (a parent, a child that may reference itself) and a trigger on one of
    them that rejects about one row in ``share``; the predicate it rejects on."""
    self_ref = draw(st.booleans())
    share = draw(st.integers(2, 20))
    target = draw(st.sampled_from(["p", "k"]))
    predicate = f"abs(hashtext(t::text)) % {share} = 0"
    ddl = [
        "CREATE TABLE p (id serial PRIMARY KEY, name text NOT NULL, size int CHECK (size BETWEEN 1 AND 9))",
        "CREATE TABLE k (id serial PRIMARY KEY, p_id int NOT NULL REFERENCES p, body text, n int"
        + (", up_id int REFERENCES k" if self_ref else "") + ")",
        f"""CREATE FUNCTION reject_{target}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
            DECLARE t {target};
            BEGIN
              t := NEW;
              t.id := 0;  -- the key is not regenerated: judge the rest of the row
              IF {predicate} THEN RAISE EXCEPTION 'refused'; END IF;
              RETURN NEW;
            END $$""",
        f"CREATE TRIGGER reject_{target}_t BEFORE INSERT ON {target} FOR EACH ROW EXECUTE FUNCTION reject_{target}()",
    ]
    query = (f"SELECT count(*) FROM {target} x "
             f"WHERE abs(hashtext((ROW(0, {', '.join(_rest(target, self_ref))})::{target})::text)) % {share} = 0")
    return ";\n".join(ddl), target, query


def _rest(target: str, self_ref: bool) -> list[str]:
    cols = {"p": ["name", "size"], "k": ["p_id", "body", "n"] + (["up_id"] if self_ref else [])}[target]
    return [f"x.{c}" for c in cols]


@SETTINGS
@given(spec=rejecting(), seed=st.integers(1, 2**31 - 1), rows=st.integers(1, 300))
def test_a_trigger_rejecting_a_random_share_seeds_clean_and_reproducibly(
        fresh_dsn: str, spec: tuple[str, str, str], seed: int, rows: int) -> None:
    ddl, target, rejected = spec
    schema = _create(fresh_dsn, ddl)
    first = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed), schemas=[schema])
    assert first.ok, [p.message for p in first.verify.problems]
    assert _scalar(fresh_dsn, schema, f"SELECT count(*) FROM {target}") == rows
    assert _scalar(fresh_dsn, schema, rejected) == 0
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        before = checksums(conn, schema, ["p", "k"])
    again = service.seed(fresh_dsn, PlanOptions(rows=rows, seed=seed, truncate=True), schemas=[schema])
    assert again.ok
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        assert checksums(conn, schema, ["p", "k"]) == before
