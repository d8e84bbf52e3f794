"""verify(): every Problem kind found with the right count, a clean load reported ok.

The Schema is built by hand; the tables are created without their constraints so that
violating rows can be inserted, and the model says what the constraints would be.
"""

from __future__ import annotations

import json

import psycopg
import pytest

from seedbed.errors import DatabaseError, UnknownTableError
from seedbed.model.schema import (
    Check,
    Column,
    ColumnType,
    DomainType,
    ForeignKey,
    QualifiedName,
    Schema,
    Table,
    TypeKind,
    UniqueKey,
)
from seedbed.engines.postgres.verify import replace_value, verify
from seedbed.verify import KINDS, Problem

INT = ColumnType(kind=TypeKind.INTEGER, sql_name="integer", base_name="int4", bits=32)
TEXT = ColumnType(kind=TypeKind.TEXT, sql_name="text", base_name="text")


def q(name: str, schema: str = "public") -> QualifiedName:
    return QualifiedName(schema=schema, name=name)


def col(name: str, type_: ColumnType = INT, *, nullable: bool = True) -> Column:
    return Column(name=name, type=type_, nullable=nullable)


def pk(table: str, *cols: str) -> UniqueKey:
    return UniqueKey(name=f"{table}_pkey", columns=cols, primary=True)


def only(report_problems: tuple[Problem, ...], kind: str) -> list[Problem]:
    return [p for p in report_problems if p.kind == kind]


USERS = Table(name=q("users"), columns=(col("id", nullable=False), col("email", TEXT), col("age")),
              primary_key=pk("users", "id"),
              uniques=(UniqueKey(name="users_email_key", columns=("email",)),),
              checks=(Check(name="users_age_check", expression="((age >= 0) AND (age < 150))",
                            columns=("age",)),))
ORDERS = Table(name=q("orders"), columns=(col("id", nullable=False), col("user_id")),
               primary_key=pk("orders", "id"),
               foreign_keys=(ForeignKey(name="orders_user_id_fkey", columns=("user_id",),
                                        ref_table=q("users"), ref_columns=("id",)),))


def make_shop(db: psycopg.Connection) -> Schema:
    db.execute("CREATE TABLE users (id int, email text, age int)")
    db.execute("CREATE TABLE orders (id int, user_id int)")
    return Schema(tables=(USERS, ORDERS))


def test_clean_load_is_ok(db: psycopg.Connection) -> None:
    schema = make_shop(db)
    db.execute("INSERT INTO users VALUES (1, 'a@x', 30), (2, 'b@x', NULL), (3, NULL, 0), (4, NULL, 149)")
    db.execute("INSERT INTO orders VALUES (1, 1), (2, 1), (3, NULL), (4, 4)")
    report = verify(db, schema, expect_rows={q("users"): 4, q("orders"): 4}, require_nonempty=True)
    assert report.ok, report.problems
    assert report.row_counts == {"users": 4, "orders": 4}
    assert report.checked == {"fk_orphan": 1, "check": 1, "unique": 3, "not_null": 2, "empty": 2,
                              "row_count": 2, "domain": 0, "exclusion": 0,
                              "polymorphic_orphan": 0}
    assert set(report.checked) == set(KINDS)
    assert report.seconds >= 0
    assert json.loads(json.dumps(report.to_dict()))["ok"] is True


def test_every_kind_found(db: psycopg.Connection) -> None:
    schema = make_shop(db)
    db.execute("INSERT INTO users VALUES (1, 'a@x', 30), (1, 'a@x', -1), (NULL, 'b@x', 200), "
               "(4, 'b@x', NULL), (5, 'b@x', 20)")
    db.execute("INSERT INTO orders VALUES (1, 1), (2, 7), (3, 8), (4, 8), (5, NULL)")
    report = verify(db, schema, expect_rows={q("orders"): 6})
    assert not report.ok
    by_kind = {p.kind: p for p in report.problems}

    fk = by_kind["fk_orphan"]
    assert (fk.table, fk.constraint, fk.columns, fk.count) == (
        "orders", "orders_user_id_fkey", ("user_id",), 3)
    assert fk.sample == ("7", "8")
    assert fk.message == "orders.user_id: 3 rows referencing no users(id) (orders_user_id_fkey)"

    check = by_kind["check"]
    assert (check.constraint, check.count, check.sample) == ("users_age_check", 2, ("-1", "200"))

    uniques = {p.constraint: p for p in only(report.problems, "unique")}
    assert uniques["users_pkey"].count == 1  # two rows with id 1; the NULL id is not a duplicate
    assert uniques["users_pkey"].sample == ("1",)
    assert uniques["users_email_key"].count == 3  # 'a@x' twice (1 surplus), 'b@x' thrice (2 surplus)
    assert uniques["users_email_key"].sample == ("a@x", "b@x")
    assert "duplicating 2 keys" in uniques["users_email_key"].message

    nn = by_kind["not_null"]
    assert (nn.table, nn.columns, nn.count, nn.constraint) == ("users", ("id",), 1, None)

    rc = by_kind["row_count"]
    assert (rc.table, rc.count, rc.message) == ("orders", 1, "orders: 5 rows, expected 6")


def test_empty_only_when_required(db: psycopg.Connection) -> None:
    schema = make_shop(db)
    assert verify(db, schema).ok
    report = verify(db, schema, require_nonempty=True)
    assert [(p.kind, p.table, p.count) for p in report.problems] == [
        ("empty", "users", 0), ("empty", "orders", 0)]


def test_composite_fk_match_simple_and_full(db: psycopg.Connection) -> None:
    db.execute("CREATE TABLE parent (a int, b int)")
    db.execute("CREATE TABLE kid (id int, a int, b int)")
    db.execute("INSERT INTO parent VALUES (1, 1), (1, 2)")
    db.execute("INSERT INTO kid VALUES (1, 1, 1), (2, 1, 3), (3, 1, NULL), (4, NULL, NULL), (5, NULL, 9)")
    parent = Table(name=q("parent"), columns=(col("a"), col("b")))

    def kid(full: bool) -> Table:
        return Table(name=q("kid"), columns=(col("id"), col("a"), col("b")),
                     foreign_keys=(ForeignKey(name="kid_fk", columns=("a", "b"), ref_table=q("parent"),
                                              ref_columns=("a", "b"), match_full=full),))

    simple = verify(db, Schema(tables=(parent, kid(False))))
    [p] = simple.problems
    assert (p.count, p.sample, p.columns) == (1, ("(1,3)",), ("a", "b"))
    assert p.message == "kid.(a, b): 1 row referencing no parent(a, b) (kid_fk)"

    full = verify(db, Schema(tables=(parent, kid(True))))
    [p] = full.problems
    assert p.count == 3  # (1,3) orphan, (1,NULL) and (NULL,9) partly NULL; (NULL,NULL) is fine
    assert "1 row referencing no parent(a, b), 2 rows partly NULL under MATCH FULL" in p.message
    assert set(p.sample) == {"(1,3)", "(1,)", "(,9)"}


def test_self_reference_and_quoted_names(db: psycopg.Connection) -> None:
    db.execute('CREATE SCHEMA "My Schema"')
    db.execute('CREATE TABLE "My Schema"."Tree Node" ("node id" int, "parent id" int, "Label" text)')
    db.execute("""INSERT INTO "My Schema"."Tree Node" VALUES (1, NULL, 'root'), (2, 1, 'xx'), (3, 99, 'y'),
                  (4, 2, NULL)""")
    name = q("Tree Node", "My Schema")
    tree = Table(name=name, columns=(col("node id", nullable=False), col("parent id"),
                                     col("Label", TEXT, nullable=False)),
                 primary_key=pk("tree", "node id"),
                 checks=(Check(name="label_len", expression='(length("Label") > 1)', columns=("Label",)),),
                 foreign_keys=(ForeignKey(name="tree_parent_fk", columns=("parent id",), ref_table=name,
                                          ref_columns=("node id",)),))
    report = verify(db, Schema(tables=(tree,)))
    got = {(p.kind, p.count) for p in report.problems}
    assert got == {("fk_orphan", 1), ("check", 1), ("not_null", 1)}
    assert report.row_counts == {"My Schema.Tree Node": 4}
    nn = only(report.problems, "not_null")[0]
    assert nn.sample == ("4",)  # the primary key of the row with the NULL
    assert nn.message == "My Schema.Tree Node.Label: 1 row NULL but the column is NOT NULL"


def test_unique_nulls_partial_and_expression(db: psycopg.Connection) -> None:
    db.execute("CREATE TABLE acct (id int, tenant int, email text, deleted boolean)")
    db.execute("""INSERT INTO acct VALUES
        (1, 1, 'A@x', false), (2, 1, 'a@x', false), (3, NULL, 'b@x', false), (4, NULL, 'b@x', true),
        (5, 2, 'c@x', true), (6, 2, 'c@x', true), (7, NULL, NULL, false), (8, NULL, NULL, false)""")
    acct = Table(name=q("acct"), columns=(col("id"), col("tenant"), col("email", TEXT), col("deleted")),
                 uniques=(
                     # NULL tenants are distinct: (NULL, b@x) twice is fine; (2, c@x) twice is not
                     UniqueKey(name="tenant_email", columns=("tenant", "email")),
                     # NULLS NOT DISTINCT: (NULL, b@x) twice and (NULL, NULL) twice now clash
                     UniqueKey(name="tenant_email_nnd", columns=("tenant", "email"), nulls_not_distinct=True),
                     # partial: only live rows, so (2, c@x) deleted twice is fine
                     UniqueKey(name="live_email", columns=("email",), is_constraint=False,
                               predicate="(NOT deleted)"),
                     # expression index: 'A@x' and 'a@x' collide on lower(email)
                     UniqueKey(name="email_lower", columns=("email",), is_constraint=False,
                               expressions="CREATE UNIQUE INDEX email_lower ON public.acct USING btree "
                                           "(lower(email), tenant)"),
                 ))
    report = verify(db, Schema(tables=(acct,)))
    found = {p.constraint: (p.count, p.sample) for p in report.problems}
    assert found == {
        "tenant_email": (1, ("(2,c@x)",)),
        "tenant_email_nnd": (3, ("(,)", "(,b@x)", "(2,c@x)")),
        # live_email: the live rows hold A@x, a@x, b@x, NULL, NULL: no duplicate
        "email_lower": (2, ("(a@x,1)", "(c@x,2)")),  # the b@x pair has a NULL tenant
    }
    assert report.checked["unique"] == 4


def test_partial_unique_finds_live_duplicates(db: psycopg.Connection) -> None:
    db.execute("CREATE TABLE s (k text, live boolean)")
    db.execute("INSERT INTO s VALUES ('a', true), ('a', true), ('a', false), ('b', false), ('b', false)")
    s = Table(name=q("s"), columns=(col("k", TEXT), col("live")),
              uniques=(UniqueKey(name="s_live_k", columns=("k",), is_constraint=False, predicate="live"),))
    [p] = verify(db, Schema(tables=(s,))).problems
    assert (p.constraint, p.count, p.sample) == ("s_live_k", 1, ("a",))


def test_domain_checks(db: psycopg.Connection) -> None:
    # The domains exist without their constraints so that violating rows go in.
    db.execute("CREATE DOMAIN email AS text")
    db.execute("CREATE DOMAIN short_list AS text[]")
    db.execute("CREATE TABLE contact (id int, mail email, mails email[], tags short_list, "
               "\"value\" int)")
    db.execute("""INSERT INTO contact VALUES
        (1, 'a@x', ARRAY['a@x', 'b@x']::email[], ARRAY['t'], 1),
        (2, 'nope', ARRAY['c@x', 'bad', 'worse']::email[], ARRAY['t', 'u', 'v'], 2),
        (3, NULL, NULL, NULL, 3),
        (4, 'VALUE', ARRAY['ok@x']::email[], ARRAY['a', 'b'], 4)""")
    email = DomainType(name=q("email"), not_null=False,
                       checks=(Check(name="email_check", expression="(VALUE ~ '@'::text)"),))
    nn_email = DomainType(name=q("email"), not_null=True, checks=email.checks)
    short = DomainType(name=q("short_list"),
                       checks=(Check(name="short_list_check", expression="(cardinality(VALUE) <= 2)"),))
    email_t = ColumnType(kind=TypeKind.TEXT, sql_name="public.email", base_name="text", domain=email)
    contact = Table(name=q("contact"), columns=(
        col("id"),
        col("mail", email_t),
        col("mails", ColumnType(kind=TypeKind.TEXT, sql_name="public.email[]", base_name="text",
                                array_dims=1, domain=email)),
        col("tags", ColumnType(kind=TypeKind.TEXT, sql_name="public.short_list", base_name="text",
                               array_dims=1, domain=short)),
        # a column named "value" must not be confused with the domain's VALUE
        col("value", ColumnType(kind=TypeKind.INTEGER, sql_name="int", domain=DomainType(
            name=q("positive"), checks=(Check(name="positive_check", expression="(VALUE > 2)"),)))),
    ))
    report = verify(db, Schema(tables=(contact,)))
    found = {(p.columns, p.constraint): (p.count, p.sample) for p in report.problems}
    assert found == {
        (("mail",), "email_check"): (2, ("VALUE", "nope")),  # NULL passes a CHECK
        (("mails",), "email_check"): (1, ('{c@x,bad,worse}',)),  # per element
        (("tags",), "short_list_check"): (1, ("{t,u,v}",)),  # the whole array
        (("value",), "positive_check"): (2, ("1", "2")),
    }
    assert report.checked["domain"] == 4
    msg = next(p.message for p in report.problems if p.columns == ("mails",))
    assert msg.startswith("contact.mails: 1 row with elements violating domain email")

    # a NOT NULL domain makes NULL a not_null problem named after the domain
    nn_table = Table(name=q("contact"), columns=(col("id"), col("mail", ColumnType(
        kind=TypeKind.TEXT, sql_name="public.email", base_name="text", domain=nn_email))))
    report = verify(db, Schema(tables=(nn_table,)))
    nn = only(report.problems, "not_null")
    assert [(p.columns, p.constraint, p.count) for p in nn] == [(("mail",), "email", 1)]
    assert "domain email is NOT NULL" in nn[0].message


def test_inheritance_only_and_partitions_all(db: psycopg.Connection) -> None:
    db.execute("CREATE TABLE base (id int)")
    db.execute("CREATE TABLE sub (extra int) INHERITS (base)")
    db.execute("CREATE TABLE part (id int) PARTITION BY RANGE (id)")
    db.execute("CREATE TABLE part_lo PARTITION OF part FOR VALUES FROM (0) TO (10)")
    db.execute("CREATE TABLE part_hi PARTITION OF part FOR VALUES FROM (10) TO (20)")
    db.execute("CREATE TABLE ref_part (part_id int)")
    db.execute("INSERT INTO base VALUES (1)")
    db.execute("INSERT INTO sub VALUES (1, 0), (1, 0)")  # duplicates only across/inside the child
    db.execute("INSERT INTO part VALUES (1), (15), (15)")
    db.execute("INSERT INTO ref_part VALUES (15), (16)")
    base = Table(name=q("base"), columns=(col("id"),), primary_key=pk("base", "id"))
    part = Table(name=q("part"), columns=(col("id"),), partition_key="RANGE (id)",
                 uniques=(UniqueKey(name="part_id_key", columns=("id",)),))
    ref = Table(name=q("ref_part"), columns=(col("part_id"),), foreign_keys=(
        ForeignKey(name="ref_part_fk", columns=("part_id",), ref_table=q("part"), ref_columns=("id",)),))
    report = verify(db, Schema(tables=(base, part, ref)))
    assert report.row_counts == {"base": 1, "part": 3, "ref_part": 2}
    assert [(p.constraint, p.count, p.sample) for p in report.problems] == [
        ("part_id_key", 1, ("15",)), ("ref_part_fk", 1, ("16",))]


def test_selected_tables_and_unknown_table(db: psycopg.Connection) -> None:
    schema = make_shop(db)
    db.execute("INSERT INTO orders VALUES (1, 42)")
    report = verify(db, schema, tables=[q("users")])
    assert report.ok and report.row_counts == {"users": 0}
    report = verify(db, schema, tables=[q("orders")])
    assert [p.kind for p in report.problems] == ["fk_orphan"]
    with pytest.raises(UnknownTableError):
        verify(db, schema, tables=[q("nope")])
    with pytest.raises(UnknownTableError):
        verify(db, schema, expect_rows={q("nope"): 1})


def test_database_failure_raises(db: psycopg.Connection) -> None:
    ghost = Table(name=q("ghost"), columns=(col("id"),))
    with pytest.raises(DatabaseError) as info:
        verify(db, Schema(tables=(ghost,)))
    assert "ghost" in str(info.value) and info.value.hint
    # the connection is usable afterwards, with its settings back
    assert db.execute("SELECT 1").fetchone() == (1,)
    assert db.read_only is None and db.isolation_level is None


def test_runs_in_one_read_only_snapshot(db: psycopg.Connection) -> None:
    make_shop(db)
    db.execute("CREATE FUNCTION tx_info() RETURNS boolean LANGUAGE sql AS "
               "$$ SELECT current_setting('transaction_read_only') = 'on' "
               "AND current_setting('transaction_isolation') = 'repeatable read' $$")
    probe = Table(name=q("users"), columns=USERS.columns,
                  checks=(Check(name="in_ro_rr_tx", expression="tx_info()", columns=()),))
    db.execute("INSERT INTO users VALUES (1, 'a', 1)")
    assert verify(db, Schema(tables=(probe,))).ok
    assert db.autocommit and db.read_only is None


def test_inside_callers_transaction_sees_uncommitted_rows(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn) as conn:  # not autocommit: the caller holds a transaction
        schema = make_shop(conn)
        conn.execute("INSERT INTO orders VALUES (1, 5)")
        report = verify(conn, schema)
        assert [p.kind for p in report.problems] == ["fk_orphan"]
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        conn.execute("INSERT INTO users VALUES (5, 'e', 1)")  # still writable afterwards
        assert verify(conn, schema).ok
        conn.rollback()
        assert verify(conn, Schema(tables=())).ok  # idle, non-autocommit
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE


def test_replace_value() -> None:
    assert replace_value("(VALUE ~ '^VALUE$'::text)", "email") == "email ~ CAST('^VALUE$' AS text)"
    assert replace_value("((VALUE > 0) AND (t.value < 9))", "Col X") == '"Col X" > 0 AND t.value < 9'
    # not parseable (unbalanced): the token scan still skips literals and qualified names
    assert replace_value("VALUE ~ 'VALUE' AND x.value AND (", "c") == "c ~ 'VALUE' AND x.value AND ("
