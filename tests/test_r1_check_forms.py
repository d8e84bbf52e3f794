"""CHECK forms over intervals, range lengths and several columns (helper r1, session 17).

Each class stopped a robustness-bench seed (SB403 "no generated row satisfies CHECK", or SB310 at load):

1. interval columns bounded or listed (``x BETWEEN '00:45' AND '03:00'``, ``x = ANY (ARRAY['00:10'::interval])``);
2. a range column's length (``upper(r) - lower(r) BETWEEN 28 AND 1100``), with and without an exclusion constraint;
3. linear inequalities with coefficients (``length + 2 * (width + height) <= 300``);
4. tolerance CHECKs (``abs(total - round(COALESCE(a, b) * price, 2)) <= 0.01``, ``abs(f - (c * 1.8 + 32)) < 0.1``);
5. values the folder knew but the load refused: a column ordered after another with no room left under the domain's
   top (``og > fg + 0.010``, both at most 1.200), a strict bound a float sum put a hair under its unit, a DEFAULT's
   neighbours drawn outside an IN list, and rows the oracle drew again that lost their order to a UNIQUE column
   (``ends_on >= starts_on``, ``starts_on`` UNIQUE: the unique value was not made again, so nothing bounded);
   a time of day ordered after another plus a span (``closes >= opens + '6:30'``: opens before 17:30).

The schemas in ``tests/data/r1`` are the held-out ones (other domains than the bench's): each is seeded on a real
database and every row is checked in Python too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import numpy as np
import psycopg
import pytest

from seedbed import service
from seedbed.generate.usual import apply_usual
from seedbed.model import Check, Column, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.budgets import check_budgets
from seedbed.planning.formulas import check_formulas
from seedbed.planning.planner import PlanOptions
from seedbed.solve.checks import fold_expression

DATA = Path(__file__).parent / "data" / "r1"
INTERVAL = ColumnType(kind=TypeKind.INTERVAL, sql_name="interval", base_name="interval")
INT = ColumnType(kind=TypeKind.INTEGER, sql_name="integer", base_name="int4", bits=32)
NUM = ColumnType(kind=TypeKind.NUMERIC, sql_name="numeric(4,3)", base_name="numeric", precision=4, scale=3)
DATERANGE = ColumnType(kind=TypeKind.RANGE, sql_name="daterange", base_name="daterange")
TSRANGE = ColumnType(kind=TypeKind.RANGE, sql_name="tsrange", base_name="tsrange")


# -- folding ------------------------------------------------------------------------------------


def test_interval_bounds_and_lists_fold_into_the_domain() -> None:
    d = fold_expression("x BETWEEN '00:45:00'::interval AND '03:00:00'::interval", {"x": INTERVAL}).column("x")
    assert (d.low.value, d.high.value) == (dt.timedelta(minutes=45), dt.timedelta(hours=3))
    d = fold_expression("x >= '-12:00:00'::interval AND x <= '14:00:00'::interval", {"x": INTERVAL}).column("x")
    assert (d.low.value, d.high.value) == (dt.timedelta(hours=-12), dt.timedelta(hours=14))
    d = fold_expression("x = ANY (ARRAY['00:10:00'::interval, '1 day'::interval, '1 mon'::interval])",
                        {"x": INTERVAL}).column("x")
    assert d.allowed == (dt.timedelta(minutes=10), dt.timedelta(days=1), dt.timedelta(days=30))  # as PG compares


def test_range_length_folds_into_span_bounds() -> None:
    d = fold_expression("upper(r) - lower(r) BETWEEN 28 AND 1100", {"r": DATERANGE}).column("r")
    assert (d.span_low.value, d.span_high.value) == (28, 1100)
    d = fold_expression("upper(r) - lower(r) > '02:00:00'::interval", {"r": TSRANGE}).column("r")
    assert d.span_low.value == dt.timedelta(hours=2) and not d.span_low.inclusive and d.span_high is None
    assert fold_expression("upper(r) - lower(r) BETWEEN 40 AND 30", {"r": DATERANGE}).unsatisfiable


def test_an_order_carries_bounds_to_both_sides() -> None:
    d = fold_expression("og > fg + 0.010 AND og BETWEEN 0.990 AND 1.200 AND fg BETWEEN 0.990 AND 1.200",
                        {"og": NUM, "fg": NUM})
    assert d.column("fg").high.value == Decimal("1.190") and not d.column("fg").high.inclusive
    assert d.column("og").low.value == Decimal("1.000")
    d = fold_expression("a <= b - 5 AND b <= 10 AND a >= 1", {"a": INT, "b": INT})
    assert (d.column("a").high.value, d.column("b").low.value) == (5, 6)


def _table(expression: str, *names: str, kind: ColumnType = INT) -> Table:
    cols = tuple(Column(name=n, type=kind, nullable=False) for n in names)
    return Table(name=QualifiedName(schema="public", name="t"), columns=cols,
                 checks=(Check(name="c", expression=expression, columns=names),))


def test_linear_checks_become_budgets_in_drawing_order() -> None:
    t = _table("((l + (2 * (w + h))) <= 300) AND (l >= w) AND (w >= h)", "l", "w", "h")
    names = {"l", "w", "h"}
    got = check_budgets(t, dict.fromkeys(names, True), frozenset(names), set())
    assert [d.column for d in got] == ["h", "w", "l"]  # a column after those it is at least
    first = got[0].budget
    assert first.k == 2 and first.high == 300 and not first.given
    assert {p.column: p.follows_self for p in first.pending} == {"w": 1, "l": 1}  # both at least h
    assert got[2].budget.given == (("h", Fraction(2)), ("w", Fraction(2)))
    between = check_budgets(_table("4 * p + 4 * c + 9 * f BETWEEN 1200 AND 3500", "p", "c", "f"),
                            dict.fromkeys("pcf", True), frozenset("pcf"), set())
    assert (between[0].budget.low, between[0].budget.high) == (1200, 3500)
    assert check_budgets(_table("a * b <= 10", "a", "b"), {"a": True, "b": True}, frozenset("ab"), set()) == []


def test_tolerances_read_as_formulas() -> None:
    num = ColumnType(kind=TypeKind.NUMERIC, sql_name="numeric(9,2)", base_name="numeric", precision=9, scale=2)
    t = _table("abs(total - round(COALESCE(litres, kwh) * unit_price, 2)) <= 0.01",
               "total", "litres", "kwh", "unit_price", kind=num)
    names = {"total", "litres", "kwh", "unit_price"}
    (d,) = check_formulas(t, dict.fromkeys(names, True), frozenset(names), set())
    assert (d.column, d.op, d.source, d.other, d.terms) == ("total", "times", "litres", "unit_price", ("|kwh",))
    affine = check_budgets(_table("abs(f - ((c * 1.8) + 32)) < 0.1", "c", "f", kind=num),
                           {"c": True, "f": True}, frozenset("cf"), set())
    last = affine[-1].budget
    assert last.column == "f" and last.low_strict and last.high - last.low == Fraction(2, 10)


def test_a_default_never_pushes_values_out_of_an_in_list() -> None:
    vals = np.array([1, 3, 6, 12, 24] * 40, dtype=np.int64)
    smallint = ColumnType(kind=TypeKind.INTEGER, sql_name="smallint", base_name="int2", bits=16)
    out = apply_usual(vals, "1", smallint, np.random.default_rng(3), closed=True)
    assert set(out.tolist()) <= {1, 3, 6, 12, 24}


# -- seeding the held-out schemas ------------------------------------------------------------------


def _seed(dsn: str, name: str, rows: int = 200) -> psycopg.Connection:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute((DATA / name).read_text())
    result = service.seed(dsn, PlanOptions(rows=rows, seed=11))
    assert result.ok, result.verify
    return psycopg.connect(dsn)


def test_interval_columns_seed_inside_their_checks(fresh_dsn: str) -> None:
    with _seed(fresh_dsn, "intervals.sql") as conn:
        rows = conn.execute("SELECT session_length, tz_shift, buffer, grace FROM studios").fetchall()
        assert len(rows) == 200
        assert all(dt.timedelta(minutes=20) <= s <= dt.timedelta(hours=2) for s, *_ in rows)
        assert all(dt.timedelta(hours=-11) <= z <= dt.timedelta(hours=13, minutes=30) for _, z, *_ in rows)
        assert {b for *_, b, _ in rows} <= {dt.timedelta(minutes=m) for m in (0, 5, 10, 15)}
        assert len({s for s, *_ in rows}) > 50  # spread over the room, not one value


def test_range_lengths_seed_inside_their_checks(fresh_dsn: str) -> None:
    with _seed(fresh_dsn, "ranges.sql") as conn:
        seasons = conn.execute("SELECT upper(season) - lower(season), upper(berth) - lower(berth) FROM charters")
        got = seasons.fetchall()
        assert all(14 <= d <= 120 and 3 <= b <= 12 for d, b in got)
        assert len({d for d, _ in got}) > 30
        runs = conn.execute("SELECT upper(run) - lower(run) FROM observing_runs").fetchall()
        assert all(dt.timedelta(hours=3) <= r <= dt.timedelta(hours=11) for (r,) in runs)
        tenancies = conn.execute("SELECT upper(tenancy) - lower(tenancy) FROM allotments").fetchall()
        assert all(d >= 90 for (d,) in tenancies) and len({d for (d,) in tenancies}) > 5


def test_linear_checks_seed_and_spread(fresh_dsn: str) -> None:
    with _seed(fresh_dsn, "linear.sql") as conn:
        crates = conn.execute("SELECT depth_mm, side_mm, lid_mm FROM crates").fetchall()
        assert all(3 * d + 2 * s + lid <= 1500 for d, s, lid in crates)
        assert len({3 * d + 2 * s + lid for d, s, lid in crates}) > 50  # not every row on the bound
        diets = conn.execute("SELECT protein_g, carb_g, fat_g FROM diets").fetchall()
        assert all(1200 <= 4 * p + 4 * c + 9 * f <= 3500 for p, c, f in diets)
        teams = conn.execute("SELECT seniors, juniors FROM teams").fetchall()
        assert all(2 * s + j >= 4 and s + j <= 12 for s, j in teams)


def test_tolerance_checks_seed_with_the_derived_value(fresh_dsn: str) -> None:
    with _seed(fresh_dsn, "tolerance.sql") as conn:
        lines = conn.execute("SELECT hours, rate, amount FROM invoices_lines").fetchall()
        assert all(abs(a - round(h * r, 2)) <= Decimal("0.01") for h, r, a in lines)
        reads = conn.execute("SELECT day_units, night_units, tariff, charge FROM meter_reads").fetchall()
        assert all(abs(c - round((d if d is not None else n) * t, 2)) < Decimal("0.02") for d, n, t, c in reads)
        temps = conn.execute("SELECT celsius, fahrenheit FROM conversions").fetchall()
        assert all(abs(f - (c * Decimal("1.8") + 32)) < Decimal("0.1") for c, f in temps)


@pytest.mark.parametrize("name", ["loads.sql"])
def test_values_the_folder_knows_reach_the_load_intact(fresh_dsn: str, name: str) -> None:
    with _seed(fresh_dsn, name) as conn:
        wines = conn.execute("SELECT start_brix, end_brix FROM ferments").fetchall()
        assert all(Decimal("1.000") <= e < s - Decimal("0.005") <= Decimal("1.200") for s, e in wines)
        terms = conn.execute("SELECT notice_weeks FROM tenancies").fetchall()
        assert {w for (w,) in terms} <= {2, 4, 8, 13}
        sprints = conn.execute("SELECT starts_on, ends_on FROM sprints").fetchall()
        assert all(s <= e < s + dt.timedelta(days=20) and e.isoweekday() < 6 for s, e in sprints)
        kiosks = conn.execute("SELECT opens, closes, closes - opens FROM kiosks").fetchall()
        assert all(o <= dt.time(17, 30) and span >= dt.timedelta(hours=6, minutes=30) for o, _c, span in kiosks)
        assert all(c.microsecond == 0 for _o, c, _s in kiosks)  # whole seconds, as the other times
