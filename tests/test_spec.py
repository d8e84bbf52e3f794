"""The JSON spec -> Schema + PlanOptions: mapping, validation (every problem at once), Faker methods."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from seedbed.errors import DomainTooSmall, SpecError
from seedbed.generate import fakerprov
from seedbed.demo import example_spec
from seedbed.generate.engine import Engine
from seedbed.introspect.spec import SpecProblems, load_spec, parse_spec
from seedbed.model import ColumnDomain, Identity, QualifiedName, TypeKind
from seedbed.planning.graph import CycleStrategy
from seedbed.planning.planner import plan_seed

ISSUE_SPEC = example_spec()  # the JSON spec of issue 5


def q(name: str) -> QualifiedName:
    return QualifiedName(schema="public", name=name)


def problems_of(spec) -> SpecProblems:
    with pytest.raises(SpecProblems) as info:
        load_spec(spec)
    return info.value


def test_issue_spec_maps_to_the_model() -> None:
    schema, options = load_spec(ISSUE_SPEC)
    assert [str(t.name) for t in schema.tables] == ["users", "orders", "order_items"]
    users, orders, items = (schema.table(q(n)) for n in ("users", "orders", "order_items"))
    assert users.primary_key.columns == ("id",) and users.column("id").type.kind is TypeKind.UUID
    assert [u.columns for u in users.uniques] == [("email",)]
    assert not any(c.nullable for t in schema.tables for c in t.columns)
    fk = orders.foreign_keys[0]
    assert (fk.columns, fk.ref_table, fk.ref_columns) == (("user_id",), q("users"), ("id",))
    assert orders.column("user_id").type.kind is TypeKind.UUID  # the referenced column's type
    assert orders.column("total_cents").type.kind is TypeKind.INTEGER
    assert items.column("sku").type.kind is TypeKind.TEXT
    assert options.seed == 7 and options.rows == 50 and dict(options.rows_per_table) == {"orders": 200}
    assert options.columns["users.email"].provider == "internet.email"
    assert options.columns["users.name"].provider == "person.full_name"
    assert options.locale == "en_US"


def test_constraints_become_checks_the_folder_reads() -> None:
    from seedbed.solve.checks import fold_table

    schema, _ = load_spec(ISSUE_SPEC)
    orders = fold_table(schema.table(q("orders")))
    assert set(orders.column("status").allowed) == {"pending", "paid", "refunded"}
    assert (orders.column("total_cents").low.value, orders.column("total_cents").high.value) == (1000, 200000)
    assert not orders.residual
    sku = fold_table(schema.table(q("order_items"))).column("sku")
    assert sku.patterns == ("^[A-Za-z][A-Za-z][A-Za-z]-[0-9][0-9][0-9][0-9]$",)


def test_plan_and_engine_respect_the_spec() -> None:
    schema, options = load_spec(ISSUE_SPEC)
    plan = plan_seed(schema, options)
    assert {str(n): t.rows for n, t in plan.tables.items()} == {"users": 50, "orders": 200, "order_items": 50}
    engine = Engine(schema, plan)
    cells = {str(n): [c for c in engine.chunks(n)][0].columns for n in plan.tables}
    assert set(cells["orders"]["user_id"]) <= set(cells["users"]["id"])
    assert set(cells["order_items"]["order_id"]) <= set(cells["orders"]["id"])
    assert len(set(cells["users"]["email"])) == 50 and all("@" in e for e in cells["users"]["email"])
    assert all(1000 <= int(v) <= 200000 for v in cells["orders"]["total_cents"])
    import re

    assert all(re.fullmatch(r"[A-Za-z]{3}-\d{4}", s) for s in cells["order_items"]["sku"])


@pytest.mark.parametrize(("column", "kind", "sql_name"), [
    ({"type": "uuid"}, TypeKind.UUID, "uuid"),
    ({"type": "int", "min": 1, "max": 5}, TypeKind.INTEGER, "bigint"),
    ({"type": "float", "min": 0.5}, TypeKind.FLOAT, "double precision"),
    ({"type": "decimal", "precision": 8, "scale": 3}, TypeKind.NUMERIC, "numeric(8,3)"),
    ({"type": "bool"}, TypeKind.BOOL, "boolean"),
    ({"type": "date", "start": "2020-01-01", "end": "2020-12-31"}, TypeKind.DATE, "date"),
    ({"type": "datetime", "start": "2020-01-01T00:00:00"}, TypeKind.TIMESTAMPTZ, "timestamp with time zone"),
    ({"type": "json"}, TypeKind.JSONB, "jsonb"),
    ({"type": "random_element", "elements": [1, 2, 3]}, TypeKind.INTEGER, "bigint"),
    ({"type": "random_element", "elements": {"a": 3, "b": 1}}, TypeKind.TEXT, "text"),
    ({"type": "constant", "value": True}, TypeKind.BOOL, "boolean"),
    ({"type": "numerify", "text": "+1-###-%##"}, TypeKind.TEXT, "text"),
    ({"type": "email"}, TypeKind.TEXT, "text"),
    ({"type": "date_between", "start_date": "-30y", "end_date": "today"}, TypeKind.DATE, "date"),
    ({"type": "pydecimal", "left_digits": 3, "right_digits": 2}, TypeKind.NUMERIC, "numeric"),
    ({"type": "pyint", "min_value": 1, "max_value": 9}, TypeKind.INTEGER, "bigint"),
    ({"type": "profile", "fields": ["job"]}, TypeKind.JSONB, "jsonb"),
    ({"type": "text", "max_nb_chars": 40}, TypeKind.TEXT, "text"),  # an intent type given Faker's arguments
    ({"type": "faker.name"}, TypeKind.TEXT, "text"),  # Faker forced
])
def test_type_mapping(column: dict, kind: TypeKind, sql_name: str) -> None:
    schema, options = load_spec({"count": 3, "schema": {"t": {"columns": {"c": column}}}})
    col = schema.table(q("t")).column("c")
    assert (col.type.kind, col.type.sql_name) == (kind, sql_name)
    from seedbed.introspect.spec_types import INTENT_TYPES, SEMANTIC_TYPES

    t = column["type"]
    faker = t.startswith("faker.") or (t not in SEMANTIC_TYPES and (t not in INTENT_TYPES or len(column) > 1))
    spec = options.columns.get("t.c")
    if faker:
        assert spec is not None and spec.provider == f"faker.{t.removeprefix('faker.')}"
    else:
        assert spec is None or not (spec.provider or "").startswith("faker.")


def test_weights_serial_and_nullable_options() -> None:
    schema, options = load_spec({"count": 5, "schema": {"t": {"columns": {
        "id": "serial", "tier": {"type": "random_element", "elements": {"free": 0.8, "pro": 0.2}},
        "note": {"type": "sentence", "null_rate": 0.5}, "code": {"type": "bothify", "text": "##", "unique": True}}}}})
    t = schema.table(q("t"))
    assert t.column("id").identity is Identity.BY_DEFAULT and t.primary_key.columns == ("id",)
    assert dict(options.columns["t.tier"].weights) == {"free": 0.8, "pro": 0.2}
    assert t.column("note").nullable and options.columns["t.note"].null_rate == 0.5
    assert [u.columns for u in t.uniques] == [("code",)]


def test_referenced_column_gets_unique_and_fk_takes_its_type() -> None:
    schema, _ = load_spec({"count": 5, "schema": {
        "a": {"columns": {"code": {"type": "bothify", "text": "??##"}, "n": "int"}},
        "b": {"columns": {"a_code": {"type": "foreign_key", "reference": "a.code"},
                          "chain": {"type": "foreign_key", "reference": "b.a_code"}}}}})
    a, b = schema.table(q("a")), schema.table(q("b"))
    assert ("code",) in [u.columns for u in a.uniques]
    assert b.column("a_code").type.kind is TypeKind.TEXT and b.column("chain").type.kind is TypeKind.TEXT


def test_every_problem_at_once() -> None:
    spec = {"count": 5, "schema": {
        "users": {"columns": {"id": "uuid", "manager_id": {"type": "foreign_key", "reference": "managers.id"},
                              "mail": {"type": "emial"}, "x": {"type": "random_int", "min": 5, "max": 1},
                              "y": {"type": "random_int", "mn": 3},
                              "z": {"type": "date_between", "start": "-3y"},
                              "w": {"type": "foreign_key", "reference": "user.id"},
                              "v": {"type": "foreign_key", "reference": "users.idd"}}},
        "managers": {"columns": {"id": "uuid", "owner_id": {"type": "foreign_key", "reference": "users.id"}}}}}
    exc = problems_of(spec)
    assert not exc.malformed
    by_subject = {p.subject: p for p in exc.problems}
    assert by_subject["users.mail"].hint.startswith("did you mean 'email'")
    assert "greater than" in by_subject["users.x"].message
    assert by_subject["users.y"].hint == "did you mean 'min'?"
    assert by_subject["users.z"].hint == "did you mean 'start_date'?"
    assert by_subject["users.w"].code == "SB101" and by_subject["users.w"].hint == "did you mean 'users'?"
    assert by_subject["users.v"].code == "SB102" and by_subject["users.v"].hint == "did you mean 'id'?"
    cycle = by_subject["users.manager_id"]
    assert cycle.code == "SB401"
    assert len(exc.problems) == 7
    assert all(p.message in exc.message for p in exc.problems)


def test_cycle_message_and_the_nullable_fix() -> None:
    spec = {"count": 5, "schema": {
        "users": {"columns": {"id": "uuid", "manager_id": {"type": "foreign_key", "reference": "managers.id"}}},
        "managers": {"columns": {"id": "uuid", "owner_id": {"type": "foreign_key", "reference": "users.id"}}}}}
    exc = problems_of(spec)
    assert exc.message == ("circular dependency no order can satisfy: "
                           "users.manager_id -> managers.id -> managers.owner_id -> users.id")
    assert '"nullable": true' in exc.hint and exc.exit_code == 4
    fixed = copy.deepcopy(spec)
    fixed["schema"]["users"]["columns"]["manager_id"]["nullable"] = True
    schema, options = load_spec(fixed)
    plan = plan_seed(schema, options)
    assert [c.strategy for c in plan.components if c.is_cycle] == [CycleStrategy.NULL_THEN_UPDATE]


def test_self_reference_is_not_a_cycle_problem() -> None:
    schema, _ = load_spec({"count": 5, "schema": {"emp": {"columns": {
        "id": "serial", "boss_id": {"type": "foreign_key", "reference": "emp.id"}}}}})
    assert schema.table(q("emp")).foreign_keys[0].ref_table == q("emp")


@pytest.mark.parametrize(("data", "where", "hint"), [
    ("{not json", "spec", "linter"),
    ({"count": -1, "schema": {"t": {"columns": {"a": "uuid"}}}}, "count", None),
    ({"schema": {}}, "schema", None),
    ({"sed": 3, "schema": {"t": {"columns": {"a": "uuid"}}}}, "sed", "did you mean 'seed'?"),
    ({"schema": {"t": {"cnt": 4, "columns": {"a": "uuid"}}}}, "t.cnt", "did you mean 'count'?"),
    ({"schema": {"t": {"columns": {"a": {"type": 3}}}}}, "t.a.type", None),
    ({"schema": {"t": {"columns": {"": "uuid"}}}}, "t", None),
])
def test_malformed_specs(data, where: str, hint: str | None) -> None:
    with pytest.raises(SpecProblems) as info:
        parse_spec(data)
    exc = info.value
    assert exc.malformed
    assert any(p.subject.startswith(where) for p in exc.problems), [p.to_dict() for p in exc.problems]
    if hint:
        assert any(hint in (p.hint or "") for p in exc.problems)


def test_unknown_locale_has_a_suggestion() -> None:
    exc = problems_of({"locale": "de_DR", "schema": {"t": {"columns": {"a": "uuid"}}}})
    assert "de_DE" in exc.hint
    _, options = load_spec({"locale": "de-de", "schema": {"t": {"columns": {"a": "uuid"}}}})
    assert options.locale == "de_DE"


# --------------------------------------------------------------------------- Faker methods

def test_allow_list_has_generators_only() -> None:
    allowed = fakerprov.allowed_methods("en_US")
    assert {"name", "pydecimal", "date_between", "bothify", "random_element", "ssn", "uuid4"} <= allowed
    forbidden = {"seed", "seed_instance", "seed_locale", "random", "add_provider", "format", "parse",
                 "get_formatter", "set_formatter", "json", "csv", "binary", "zip", "tar", "image", "pystr_format"}
    assert not allowed & forbidden
    for name in ("seed", "parse", "format", "add_provider", "faker.seed_instance", "__class__", "faker.json", "zip"):
        exc = problems_of({"schema": {"t": {"columns": {"a": {"type": name}}}}})
        assert "unknown type" in exc.message


def test_faker_bad_arguments() -> None:
    exc = problems_of({"schema": {"t": {"columns": {
        "a": {"type": "text", "max_nb_chars": 10**6},
        "b": {"type": "date_between", "start_date": "not a date"},
        "c": {"type": "pyint", "min_value": 10, "max_value": 1}}}}})
    msgs = {p.subject: p.message for p in exc.problems}
    assert "too large" in msgs["t.a"]
    assert "failed with these arguments" in msgs["t.b"] and "failed" in msgs["t.c"]


def _req(column_name: str = "c", *, n: int = 100, unique: bool = False, rows: int = 100):
    from seedbed.generate.values import GenRequest
    from seedbed.model import Column, ColumnType

    col = Column(name=column_name, type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
    return GenRequest(column=col, domain=ColumnDomain(), index=np.arange(n, dtype=np.int64), unique=unique,
                      table_rows=rows, salt=1)


def test_faker_values_are_pooled_deterministic_and_unique_when_asked() -> None:
    rng = lambda: np.random.Generator(np.random.PCG64(5))  # noqa: E731
    a = fakerprov.faker_values("city", {}, _req(), rng())
    b = fakerprov.faker_values("city", {}, _req(), rng())
    assert a.values.tolist() == b.values.tolist() and a.nulls is None
    u = fakerprov.faker_values("ssn", {}, _req(n=500, unique=True, rows=500), rng())
    assert len(set(u.values.tolist())) == 500
    with pytest.raises(DomainTooSmall):
        fakerprov.faker_values("random_element", {"elements": ["a", "b"]}, _req(n=10, unique=True, rows=10), rng())
    with pytest.raises(SpecError):
        fakerprov.faker_values("seed_instance", {}, _req(), rng())


def test_faker_iso_dates_and_locale() -> None:
    schema, options = load_spec({"count": 20, "seed": 3, "locale": "ja_JP", "schema": {"t": {"columns": {
        "d": {"type": "date_between", "start_date": "2020-01-01", "end_date": "2020-01-31"},
        "n": {"type": "name"}, "k": {"type": "faker.name"}}}}})
    plan = plan_seed(schema, options)
    chunk = next(Engine(schema, plan).chunks(q("t")))
    assert all("2020-01-01" <= d <= "2020-01-31" for d in chunk.columns["d"])
    assert any(ord(ch) > 0x3000 for name in chunk.columns["k"] for ch in name)  # Japanese names
