"""CHECKs on a part of a date, timestamp or interval (helper r5, session 17): ``extract(day FROM d) = 1``,
``extract(dow FROM d) NOT IN (0, 6)``, ``date_part('month', d) BETWEEN 7 AND 10``, ``extract(minute FROM
iv) IN (0, 30)`` on an interval, ``date_trunc('month', d) = d``, ``extract(day FROM d) = other_column`` and
``extract(day FROM lower(r)) = 1`` on a range; and an amount made over the row's span at a capped rate
(``end_km - start_km <= 120 * extract(epoch FROM returned_at - departed_at) / 3600``).

Each schema is a small one of another domain than the robustness bench's (``tests/data/r5_heldout_*.sql``);
every row is loaded (the database checks every CHECK) and the parts are restated here in Python.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg

from seedbed import service
from seedbed.model import Check, Column, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.planner import PlanOptions
from seedbed.solve.checks import fold_table
from seedbed.solve.dateparts import column_parts, rate_caps

DATA = Path(__file__).parent / "data"


def _seed(dsn: str, name: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute((DATA / name).read_text())
        conn.execute("SET TimeZone = 'UTC'")
    result = service.seed(dsn, PlanOptions(rows=200, seed=7))
    assert result.ok, result.verify


def _table(cols: dict[str, TypeKind], *checks: str) -> Table:
    columns = tuple(Column(name=n, type=ColumnType(kind=k, sql_name=k.value), nullable=False)
                    for n, k in cols.items())
    return Table(name=QualifiedName(schema="public", name="t"), columns=columns,
                 checks=tuple(Check(name=f"c{i}", expression=e, columns=tuple(cols)) for i, e in enumerate(checks)))


def test_parts_read_from_checks() -> None:
    t = _table({"d": TypeKind.DATE, "n": TypeKind.INTEGER, "iv": TypeKind.INTERVAL, "r": TypeKind.RANGE},
               "(EXTRACT(dow FROM d) <> ALL (ARRAY[(0)::numeric, (6)::numeric]))",
               "(date_part('month'::text, d) >= (3)::double precision) AND (EXTRACT(month FROM d) <= (5)::numeric)",
               "(EXTRACT(day FROM d) = (n)::numeric)",
               "(EXTRACT(minute FROM iv) = ANY (ARRAY[(0)::numeric, (30)::numeric]))",
               "(EXTRACT(day FROM lower(r)) = (1)::numeric) AND (EXTRACT(hour FROM upper(r)) BETWEEN 9 AND 17)")
    d = column_parts(t, "d")
    assert d is not None and d.allowed == {"dow": frozenset(range(1, 6)), "month": frozenset({3, 4, 5})}
    assert d.ties == {"day": "n"}
    iv = column_parts(t, "iv")
    assert iv is not None and iv.allowed == {"minute": frozenset({0, 30})}
    r = column_parts(t, "r")
    assert r is not None and r.lower and r.allowed == {"day": frozenset({1})}
    assert r.upper is not None and r.upper.allowed == {"hour": frozenset(range(9, 18))}
    assert column_parts(t, "n") is None
    trunc = column_parts(_table({"p": TypeKind.DATE}, "(p = (date_trunc('month'::text, (p)::timestamp))::date)"), "p")
    assert trunc is not None and trunc.allowed == {"day": frozenset({1})}
    # a part no value has (day 32) is not read: the database says so, as before
    assert column_parts(_table({"p": TypeKind.DATE}, "EXTRACT(day FROM p) = (32)::numeric"), "p") is None


def test_bounds_beside_a_part_are_still_folded() -> None:
    """``iv BETWEEN '5 min' AND '2 h' AND extract(minute FROM iv) IN (...)``: the bounds stay in the domain
    (the part is built to, so the conjunction is not dropped as opaque)."""
    t = _table({"iv": TypeKind.INTERVAL},
               "(((iv >= '00:05:00'::interval) AND (iv <= '02:00:00'::interval)) AND "
               "(EXTRACT(minute FROM iv) = ANY (ARRAY[(0)::numeric, (10)::numeric, (30)::numeric])))")
    domains = fold_table(t)
    dom = domains.column("iv")
    assert dom.low is not None and dom.low.value == dt.timedelta(minutes=5)
    assert dom.high is not None and dom.high.value == dt.timedelta(hours=2)
    assert [c.name for c in domains.residual] == ["c0"]  # the database still checks the part


def test_orchard_weekdays_mondays_and_months(fresh_dsn: str) -> None:
    _seed(fresh_dsn, "r5_heldout_orchard.sql")
    with psycopg.connect(fresh_dsn) as conn:
        conn.execute("SET TimeZone = 'UTC'")
        picked = conn.execute("SELECT picked_on, weighed_at FROM harvests").fetchall()
        weeks = [r[0] for r in conn.execute("SELECT week_of FROM inspections")]
        periods = conn.execute("SELECT grower_id, period FROM pay_periods").fetchall()
    assert len(picked) == 200 and len(weeks) == 200 and len(periods) == 200
    assert all(d.isoweekday() <= 5 and 7 <= d.month <= 10 for d, _ in picked)
    assert all(6 <= t.astimezone(dt.timezone.utc).hour <= 17 for _, t in picked)
    assert all(w.isoweekday() == 1 for w in weeks) and len(set(weeks)) > 20
    assert all(p.day == 1 for _, p in periods) and len(set(periods)) == 200
    assert len({p for _, p in periods}) > 6  # months spread, not one first of the month


def test_transit_grids_on_intervals_and_timestamps(fresh_dsn: str) -> None:
    _seed(fresh_dsn, "r5_heldout_transit.sql")
    with psycopg.connect(fresh_dsn) as conn:
        routes = conn.execute("SELECT headway, layover FROM routes").fetchall()
        deps = conn.execute("SELECT leaves_at, arrives_at FROM departures").fetchall()
        shifts = conn.execute("SELECT starts_at, ends_at FROM shifts").fetchall()
    assert len(routes) == 200 and len(deps) == 200 and len(shifts) == 200
    for headway, layover in routes:
        assert dt.timedelta(minutes=5) <= headway <= dt.timedelta(hours=2)
        assert headway.seconds // 60 % 60 in (0, 10, 15, 20, 30) and layover.seconds % 60 == 0
        assert layover.microseconds == 0
    assert len({h for h, _ in routes}) > 5
    assert all(a.minute % 15 == 0 and a.second == 0 and a.microsecond == 0 and b > a for a, b in deps)
    assert all(s.minute == s.second == s.microsecond == 0 and e > s for s, e in shifts)


def test_gym_day_tied_to_a_column_and_range_lower_bound(fresh_dsn: str) -> None:
    _seed(fresh_dsn, "r5_heldout_gym.sql")
    with psycopg.connect(fresh_dsn) as conn:
        members = conn.execute("SELECT debit_day, first_debit FROM members").fetchall()
        valid = [r[0] for r in conn.execute("SELECT valid FROM memberships")]
        lanes = conn.execute("SELECT fixed_day, swim_on FROM lane_bookings").fetchall()
    assert len(members) == 200 and all(d.day == day for day, d in members)
    assert len({day for day, _ in members}) == 4
    assert len(valid) == 200 and all(v.lower.day == 1 and v.upper > v.lower for v in valid)
    assert len(lanes) == 200 and all(d.day == day and d >= dt.date(2023, 1, 1) for day, d in lanes)
    assert len({day for day, _ in lanes}) > 10


def test_rate_caps_read_from_checks() -> None:
    t = _table({"a": TypeKind.INTEGER, "b": TypeKind.INTEGER, "t1": TypeKind.TIMESTAMP, "t0": TypeKind.TIMESTAMP},
               "((((a)::integer - (b)::integer))::numeric <= (((120)::numeric * "
               "EXTRACT(epoch FROM (t1 - t0))) / (3600)::numeric))",
               "(a)::numeric > (3)::numeric * EXTRACT(epoch FROM (t1 - t0))")  # a floor, not a cap: not read
    caps = rate_caps(t)
    assert len(caps) == 1
    cap = caps[0]
    assert (cap.column, cap.base, cap.later, cap.earlier, cap.strict) == ("a", "b", "t1", "t0", False)
    assert abs(cap.per_second - 120 / 3600) < 1e-12


def test_amounts_made_over_a_span_at_a_capped_rate(fresh_dsn: str) -> None:
    _seed(fresh_dsn, "r5_heldout_rates.sql")
    with psycopg.connect(fresh_dsn) as conn:
        rides = conn.execute("SELECT odo_start_m, odo_end_m, started_at, finished_at FROM rides").fetchall()
        runs = conn.execute("SELECT litres, started_at, stopped_at FROM pump_runs").fetchall()
    assert len(rides) == 200 and len(runs) == 200
    assert all(0 <= e - s <= 2 * (b - a).total_seconds() for s, e, a, b in rides)
    assert all(1 <= float(q) < 2 * (b - a).total_seconds() / 60 for q, a, b in runs)
    assert len({e - s for s, e, _, _ in rides}) > 50  # distances still spread
