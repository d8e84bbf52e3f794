"""Rows the database refused at load that seedbed made without knowing they were wrong (helper r6, session 17).

1. A UNIQUE text column derived from another column of its row (a ``short_name`` shortened from the name, an
   ``abbreviated_name``, a website, a slug): two names that shorten alike gave one value (SB310 duplicate key).
   Repeats are numbered in the value's own style within the column's width (``seedbed.generate.distinct``).
2. A STORED generated column whose expression leaves its type (``smallint GENERATED ALWAYS AS (a * b * c)``, or a
   product of ``int2`` columns computed in ``int2``): SB300 "smallint out of range". The expression is read like a
   CHECK and its inputs capped (``seedbed.solve.generated``).
3. Two columns of one bounded domain ordered inside an ``OR`` that a row case of a CHECK group takes
   (``fg IS NULL OR og IS NOT NULL AND og > fg``): the case's order did not narrow the lower column under the
   domain's top, so ``og`` came out past it and the domain refused it at COPY (SB310). A case's facts are now
   narrowed by its own orders as the table's are (``seedbed.solve.cases``).

The schemas in ``tests/data/r6`` are held out (other domains than the robustness bench's); each is seeded on a
real database and checked again in SQL.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import psycopg
import pytest

from seedbed import service
from seedbed.generate.derive import derive
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.model import Check, Column, ColumnDomain, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.planner import PlanOptions
from seedbed.solve.checks import fold_table

DATA = Path(__file__).parent / "data" / "r6"
INT2 = ColumnType(kind=TypeKind.INTEGER, sql_name="smallint", base_name="int2", bits=16)
INT4 = ColumnType(kind=TypeKind.INTEGER, sql_name="integer", base_name="int4", bits=32)
NUM = ColumnType(kind=TypeKind.NUMERIC, sql_name="numeric(6,1)", base_name="numeric", precision=6, scale=1)


def _text(width: int | None, *, citext: bool = False) -> ColumnType:
    return ColumnType(kind=TypeKind.TEXT, sql_name=f"varchar({width})" if width else "text",
                      base_name="varchar" if width else "text", length=width, case_insensitive=citext)


def _derived(op: str, names: list[str], column: Column, drawn: list[str]) -> list[str]:
    n = len(names)
    req = GenRequest(column=column, domain=ColumnDomain(), index=np.arange(n, dtype=np.int64), unique=True,
                     table_rows=n)
    out = derive(req, ColumnData(values=np.array(drawn, dtype=object)),
                 ColumnData(values=np.array(names, dtype=object)), op)
    return out.values.tolist()


# -- 1. unique derived text ---------------------------------------------------------------------------


def test_short_names_of_names_that_shorten_alike_stay_distinct() -> None:
    names = ["Harbour Theatre", "Harbour Hall", "Harbour Theatre Annex", "Quayside Hall", "Harbour Arena",
             "Harbour Rooms", "Harbour Club", "Harbour Stage", "Harbour Yard", "Harbour Loft", "Harbour Barn"]
    col = Column(name="short_name", type=_text(9), nullable=False)
    got = _derived("shorten:venue", names, col, [f"drawn{i}" for i in range(len(names))])
    assert len(set(got)) == len(got), got
    assert all(len(v) <= 9 for v in got), got
    assert got[0] == "Harbour" and got[1] == "Harbour 2"  # the first keeps the short form, repeats are numbered


def test_repeats_compare_as_the_column_does() -> None:
    col = Column(name="tag", type=_text(None, citext=True), nullable=False)
    got = _derived("same", ["North-Bay", "north-bay", "NORTH-BAY", "south-bay"], col, ["a", "b", "c", "d"])
    assert len({v.lower() for v in got}) == 4, got
    assert got[1].lower().startswith("north-bay-")  # a slug-like value is numbered with its own separator


def test_a_full_width_code_repeat_keeps_its_drawn_value_when_no_number_fits() -> None:
    col = Column(name="code", type=_text(1), nullable=False)
    got = _derived("same", ["A", "A", "B"], col, ["X", "Y", "Z"])
    assert got == ["A", "Y", "B"]


def test_a_column_not_unique_keeps_its_repeats() -> None:
    col = Column(name="short_name", type=_text(20), nullable=False)
    n = 3
    req = GenRequest(column=col, domain=ColumnDomain(), index=np.arange(n, dtype=np.int64), table_rows=n)
    out = derive(req, ColumnData(values=np.array(["a", "b", "c"], dtype=object)),
                 ColumnData(values=np.array(["Elm Hall", "Elm Hall", "Oak Hall"], dtype=object)), "same")
    assert out.values.tolist() == ["Elm Hall", "Elm Hall", "Oak Hall"]


# -- 2. generated columns bound their inputs ------------------------------------------------------------


def _table(expr: str, gen_type: ColumnType, inputs: dict[str, ColumnType], checks: tuple[Check, ...] = ()) -> Table:
    cols = tuple(Column(name=n, type=t, nullable=False) for n, t in inputs.items())
    gen = Column(name="out", type=gen_type, generated=True, default=expr)
    return Table(name=QualifiedName(schema="public", name="t"), columns=(*cols, gen), checks=checks)


def _high(table: Table, col: str) -> int | None:
    d = fold_table(table).column(col)
    return None if d.high is None else int(d.high.value)


def test_a_product_of_smallints_is_capped_inside_smallint() -> None:
    t = _table("((a * b) * c)", INT2, {"a": INT2, "b": INT2, "c": INT2},
               tuple(Check(name=f"{c}_pos", expression=f"({c} > 0)", columns=(c,)) for c in "abc"))
    caps = [_high(t, c) for c in "abc"]
    assert all(h is not None for h in caps) and max(caps) ** 3 <= 32767 < (max(caps) + 1) ** 3
    assert fold_table(t).column("a").low is not None  # the CHECK's own bound stays


def test_an_int2_intermediate_overflows_even_into_a_wide_column() -> None:
    t = _table("(((a * b) * c))::numeric / 5000.0", NUM, {"a": INT2, "b": INT2, "c": INT2})
    assert all((_high(t, c) or 40000) ** 3 <= 32767 for c in "abc")


def test_inputs_already_inside_are_left_alone() -> None:
    checks = tuple(Check(name=f"{c}_range", expression=f"(({c} >= 1) AND ({c} <= 20))", columns=(c,)) for c in "ab")
    t = _table("(a * b)", INT2, {"a": INT2, "b": INT2}, checks)
    assert (_high(t, "a"), _high(t, "b")) == (20, 20)
    wide = _table("(a * b)", INT4, {"a": INT2, "b": INT4})  # int2 * int4 is computed in int4
    assert _high(wide, "a") is None  # its own type is inside the cap the int4 product leaves
    assert 32768 * _high(wide, "b") <= 2**31 - 1 < 32768 * (_high(wide, "b") + 2)


def test_a_sum_into_numeric_precision_is_capped() -> None:
    t = _table("(a + b)", NUM, {"a": INT4, "b": INT4})
    assert _high(t, "a") is not None and _high(t, "a") + _high(t, "b") < 10**5
    assert int(fold_table(t).column("a").low.value) >= -(10**5)


def test_an_unread_expression_changes_nothing() -> None:
    t = _table("length(label)", INT2, {"a": INT2})
    assert fold_table(t).column("a") == ColumnDomain()


# -- 3. a row case's orders narrow its facts ---------------------------------------------------------------


def test_a_case_order_keeps_the_lower_column_under_the_top() -> None:
    text = ColumnType(kind=TypeKind.TEXT, sql_name="text", base_name="text")
    cols = (Column(name="status", type=text, nullable=False), Column(name="reason", type=text),
            Column(name="lo", type=INT2), Column(name="hi", type=INT2))
    checks = (Check(name="lo_range", expression="((lo >= 1) AND (lo <= 5))", columns=("lo",)),
              Check(name="hi_range", expression="((hi >= 1) AND (hi <= 5))", columns=("hi",)),
              Check(name="status_in", expression="(status = ANY (ARRAY['open'::text, 'graded'::text, 'void'::text]))",
                    columns=("status",)),
              Check(name="ordered", expression="((hi IS NULL) OR ((lo IS NOT NULL) AND (lo < hi)))", columns=("lo", "hi")),
              Check(name="void_reason", expression="((status = 'void'::text) = (reason IS NOT NULL))",
                    columns=("status", "reason")),
              Check(name="graded_hi", expression="((status <> 'graded'::text) OR (hi IS NOT NULL))",
                    columns=("status", "hi")))
    d = fold_table(Table(name=QualifiedName(schema="public", name="marks"), columns=cols, checks=checks))
    ordered = [case for g in d.groups for case in g.cases if case.orders]
    assert ordered, d.groups
    for case in ordered:
        assert "lo" in case.columns and int(case.columns["lo"].high.value) <= 4, case
        assert int(case.columns["hi"].low.value) >= 2, case


# -- held-out schemas on a real database ----------------------------------------------------------------


def _seed(dsn: str, name: str, rows: int, seed: int = 11) -> psycopg.Connection:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute((DATA / name).read_text())
    result = service.seed(dsn, PlanOptions(rows=rows, seed=seed))
    assert result.ok, result.verify
    return psycopg.connect(dsn)


@pytest.mark.parametrize("rows", [10, 1500])
@pytest.mark.parametrize("name,table,column", [("uniq_venues.sql", "venues", "short_name"),
                                               ("uniq_breweries.sql", "breweries", "abbreviated_name"),
                                               ("uniq_courses.sql", "courses", "short_title")])
def test_unique_derived_columns_seed(fresh_dsn: str, name: str, table: str, column: str, rows: int) -> None:
    with _seed(fresh_dsn, name, rows) as conn:
        total, distinct = conn.execute(f"SELECT count(*), count(DISTINCT {column}) FROM {table}").fetchone()
    assert total == rows and distinct == rows


@pytest.mark.parametrize("name,table", [("gen_tanks.sql", "tanks"), ("gen_plots.sql", "plots"),
                                        ("gen_invoice.sql", "invoice_lines")])
@pytest.mark.parametrize("seed", [7, 11])
def test_generated_columns_seed(fresh_dsn: str, name: str, table: str, seed: int) -> None:
    with _seed(fresh_dsn, name, 400, seed) as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 400


@pytest.mark.parametrize("name,table", [("case_exams.sql", "exams"), ("case_kilns.sql", "firings")])
def test_ordered_domain_columns_in_row_cases_seed(fresh_dsn: str, name: str, table: str) -> None:
    with _seed(fresh_dsn, name, 1500, 7) as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 1500
