"""CHECKs that compute a column from others of its row (``seedbed.planning.formulas``).

``CHECK (net = gross - levy - fee)`` or ``CHECK (total = a + b)`` left residual used to stop the seed with SB403
(independent draws never agree); a blind schema (a tobacco auction floor's sale sheet) found it. Each shape is
seeded here on a real database, and every row is checked in Python as well as by PostgreSQL.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.model import Check, Column, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.formulas import check_formulas
from seedbed.planning.planner import PlanOptions

DDL = """
CREATE TABLE sale (
    id serial PRIMARY KEY,
    gross numeric(10,2) NOT NULL,
    levy numeric(8,2) NOT NULL CHECK (levy >= 0),
    fee numeric(8,2) NOT NULL CHECK (fee >= 0),
    stop_order numeric(10,2) NOT NULL DEFAULT 0,
    net numeric(10,2) NOT NULL CHECK (net >= 0),
    CHECK (net = gross - levy - fee - stop_order)
);
CREATE TABLE parts (id serial PRIMARY KEY, a int NOT NULL, b int NOT NULL, s int NOT NULL,
                    CHECK (a + b = s AND s > 0));
CREATE TABLE line (id serial PRIMARY KEY, qty int NOT NULL CHECK (qty > 0), unit_price numeric(8,2) NOT NULL,
                   line_total numeric(12,2) NOT NULL, CHECK (line_total = qty * unit_price));
CREATE TABLE cast_sum (id serial PRIMARY KEY, x numeric(9,2) NOT NULL, y numeric(9,2),
                       z numeric(10,2) NOT NULL, CHECK (z::numeric = x + y::numeric));
"""


def test_every_formula_shape_seeds_and_holds_in_every_row(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(DDL)
    result = service.seed(fresh_dsn, PlanOptions(rows=300, seed=5))
    assert result.ok, result.verify
    with psycopg.connect(fresh_dsn) as conn:
        sales = conn.execute("SELECT gross, levy, fee, stop_order, net FROM sale").fetchall()
        parts = conn.execute("SELECT a, b, s FROM parts").fetchall()
        lines = conn.execute("SELECT qty, unit_price, line_total FROM line").fetchall()
        casts = conn.execute("SELECT x, y, z FROM cast_sum").fetchall()
    assert len(sales) == len(parts) == len(lines) == len(casts) == 300
    assert all(n == g - lv - f - s and n >= 0 for g, lv, f, s, n in sales)
    assert len({n for *_, n in sales}) > 100  # computed per row, not one value that happens to fit
    assert all(a + b == s > 0 for a, b, s in parts)
    assert all(t == q * p for q, p, t in lines)
    assert all(y is None or z == x + y for x, y, z in casts)


def _table(expression: str, *names: str) -> Table:
    cols = tuple(Column(name=n, type=ColumnType(kind=TypeKind.NUMERIC, sql_name="numeric(10,2)", precision=10, scale=2), nullable=False)
                 for n in names)
    return Table(name=QualifiedName(schema="public", name="t"), columns=cols,
                 checks=(Check(name="c", expression=expression, columns=names),))


@pytest.mark.parametrize(("expression", "column", "read"), [
    ("(net = (((gross - levy) - fee) - stop))", "gross", "net +levy +fee +stop"),  # the whole, from its parts
    ("(total = (sub + tax))", "total", "sub +tax"),
    ("((a + b) = (c + d))", "a", "c -b +d"),
    ("(amount = (hours * rate))", "amount", "hours * rate"),
])
def test_the_whole_is_computed_from_its_parts(expression: str, column: str, read: str) -> None:
    names = tuple(dict.fromkeys(w for w in expression.replace("(", " ").replace(")", " ").split() if w.isidentifier()))
    got = check_formulas(_table(expression, *names), dict.fromkeys(names, True), frozenset(names), set())
    assert len(got) == 1 and got[0].column == column
    d = got[0]
    said = f"{d.source} * {d.other}" if d.op == "times" else " ".join([d.source, *d.terms])
    assert said == read


@pytest.mark.parametrize("expression", [
    "(total = (sub + 5))",           # a constant: left to the database
    "(x = (2 * y))",                 # a coefficient
    "((a = (b + c)) OR (a IS NULL))",  # a choice
    "(a > (b + c))",                 # no equality
])
def test_what_is_no_formula_is_left_alone(expression: str) -> None:
    names = tuple(dict.fromkeys(w for w in expression.replace("(", " ").replace(")", " ").split()
                                if w.isidentifier() and w.upper() not in ("OR", "IS", "NULL")))
    assert check_formulas(_table(expression, *names), dict.fromkeys(names, True), frozenset(names), set()) == []


def test_a_column_that_is_not_free_is_not_computed() -> None:
    names = ("net", "gross", "fee")
    t = _table("(net = (gross - fee))", *names)
    got = check_formulas(t, {"net": True, "gross": False, "fee": True}, frozenset(names), set())
    assert [(d.column, d.source, d.terms) for d in got] == [("net", "gross", ("-fee",))]
