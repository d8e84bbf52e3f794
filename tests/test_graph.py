"""The FK graph, components and cycle strategies, without a database."""

from __future__ import annotations

from seedbed.model import Column, ColumnType, ForeignKey, QualifiedName, Schema, Table, TypeKind, UniqueKey
from seedbed.planning.graph import CycleStrategy, EdgeKind, build_graph, required_parents, without_dependants

INT = ColumnType(kind=TypeKind.INTEGER, sql_name="integer", bits=32)


def q(name: str) -> QualifiedName:
    return QualifiedName(schema="public", name=name)


def table(name: str, *fks: tuple[str, str, bool, bool]) -> Table:
    """fks: (column, parent, nullable, deferrable)."""
    cols = [Column(name="id", type=INT, nullable=False)]
    keys = []
    for col, parent, nullable, deferrable in fks:
        cols.append(Column(name=col, type=INT, nullable=nullable))
        keys.append(ForeignKey(name=f"{name}_{col}_fk", columns=(col,), ref_table=q(parent), ref_columns=("id",),
                               deferrable=deferrable))
    return Table(name=q(name), columns=tuple(cols), primary_key=UniqueKey(name=f"{name}_pk", columns=("id",), primary=True),
                 foreign_keys=tuple(keys))


def test_dag_orders_parents_first() -> None:
    schema = Schema(tables=(table("orders", ("user_id", "users", False, False)), table("users"),
                            table("items", ("order_id", "orders", False, False))))
    g = build_graph(schema)
    assert [t.name for t in g.order] == ["users", "orders", "items"]
    assert not g.cycles


def test_nullable_back_edge_is_broken() -> None:
    schema = Schema(tables=(table("users", ("address_id", "addresses", True, False)),
                            table("addresses", ("user_id", "users", False, False))))
    g = build_graph(schema)
    (comp,) = g.cycles
    assert comp.strategy is CycleStrategy.NULL_THEN_UPDATE
    assert [t.name for t in comp.tables] == ["users", "addresses"]
    assert [e.kind for e in comp.broken] == [EdgeKind.NULLABLE]


def test_deferrable_cycle_is_deferred() -> None:
    schema = Schema(tables=(table("a", ("b_id", "b", False, True)), table("b", ("a_id", "a", False, False))))
    (comp,) = build_graph(schema).cycles
    assert comp.strategy is CycleStrategy.DEFER


def test_not_null_cycle_uses_writable_cte() -> None:
    schema = Schema(tables=(table("a", ("b_id", "b", False, False)), table("b", ("c_id", "c", False, False)),
                            table("c", ("a_id", "a", False, False))))
    (comp,) = build_graph(schema).cycles
    assert comp.strategy is CycleStrategy.WRITABLE_CTE
    assert len(comp.tables) == 3


def test_self_reference_is_not_a_cycle() -> None:
    g = build_graph(Schema(tables=(table("employees", ("manager_id", "employees", True, False)),)))
    assert not g.cycles
    assert len(g.self_references()) == 1


def test_required_parents_follow_not_null_fks_only() -> None:
    schema = Schema(tables=(table("users", ("team_id", "teams", True, False)), table("teams"),
                            table("orders", ("user_id", "users", False, False))))
    pulled = required_parents(schema, [q("orders")])
    assert set(pulled) == {q("users")}
    assert "orders.user_id" in pulled[q("users")]
    assert required_parents(schema, [q("orders")], populated=[q("users")]) == {}


def test_long_chain_does_not_recurse() -> None:
    tables = [table("t0")] + [table(f"t{i}", ("p", f"t{i - 1}", False, False)) for i in range(1, 3000)]
    g = build_graph(Schema(tables=tuple(tables)))
    assert g.order[0].name == "t0" and g.order[-1].name == "t2999"


def test_hints_closing_a_cycle_are_dropped_the_others_kept() -> None:
    """Ordering hints (references without an FK): one pair closes a cycle with an FK and is
    dropped; an unrelated hint still orders the load (polymorphic references in a big schema)."""
    schema = Schema(tables=(table("a"), table("b", ("a_id", "a", False, False)), table("c"), table("z")))
    order = lambda g: [t.name for t in g.order]  # noqa: E731
    kept = build_graph(schema, after=[(q("a"), q("z"))])
    assert order(kept).index("z") < order(kept).index("a")
    both = build_graph(schema, after=[(q("a"), q("c")), (q("c"), q("b")), (q("a"), q("z"))])
    assert order(both).index("z") < order(both).index("a")  # kept although the a/c/b hints are dropped
    assert order(both).index("a") < order(both).index("b")  # the FK always wins


def test_an_excluded_table_takes_what_needs_it_along() -> None:
    """``--exclude payslips``: deductions (NOT NULL FK to payslips) and their notes (NOT NULL FK to deductions)
    are left out with it, never pulled back; a nullable reference (audit rows) stays; so does every child when the
    excluded table already has rows."""
    schema = Schema(tables=(table("employees"), table("payslips", ("employee_id", "employees", False, False)),
                            table("deductions", ("payslip_id", "payslips", False, False)),
                            table("notes", ("deduction_id", "deductions", False, False)),
                            table("audits", ("payslip_id", "payslips", True, False))))
    everything = [t.name for t in schema.tables if t.name != q("payslips")]
    keep, notes = without_dependants(schema, everything, [q("payslips")])
    assert keep == [q("employees"), q("audits")]
    assert any("deductions" in n and "payslips" in n for n in notes) and len(notes) == 2
    assert without_dependants(schema, everything, [q("payslips")], populated=[q("payslips")]) == (everything, [])
