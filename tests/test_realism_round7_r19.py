"""Issue 10, round 7 (r19): numbers that accumulate over a thing's life and agree across rows.
Synthetic tables with invented names (no database: plan + engine), each failing on fd67caf:

* a cumulative reading (an hour meter, a register, hours and starts since new) grows with its
  row's time within the thing it reads, and the thing's own total is at least every reading of it;
* two life counters of one thing keep their ratio (kilometres per hour run of a locomotive);
* a movement's row keeps its arithmetic: what is held after is what was held before plus what moved
  (``balance_after`` = ``balance_before`` + ``amount``; ``qty_before`` is a quantity, not a moment);
* a quantity takes its scale from its table and unit: the parts a repair used are a few, a
  machine's mass in kg is tonnes.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from tests.test_realism_units import generate, table


def _by_parent(got: dict, parent: str, moment: str, value: str) -> dict[str, list[tuple[datetime, Decimal]]]:
    out: dict[str, list[tuple[datetime, Decimal]]] = defaultdict(list)
    for p, t, v in zip(got[parent], got[moment], got[value], strict=True):
        if p is not None and t is not None and v is not None:
            out[p].append((datetime.fromisoformat(t), Decimal(v)))
    return out


def test_a_cumulative_reading_grows_with_its_time_within_its_thing() -> None:
    pumps = table("pumps", ("label", "text"), ("installed_on", "date", False),
                  ("runtime_hours_total", "numeric(10,1)", False), ("lifetime_starts", "int", False))
    reads = table("pump_readings", ("taken_at", "ts", False), ("hour_meter", "numeric(10,1)", False),
                  ("starts_since_new", "int", False), fks=(("pump_id", "pumps"),))
    got = generate(pumps, reads)
    r = got["pump_readings"]
    for value in ("hour_meter", "starts_since_new"):
        series = _by_parent(r, "pump_id", "taken_at", value)
        several = [s for s in series.values() if len(s) > 1]
        assert len(several) > 20
        assert all(v1 <= v2 for s in several for (_, v1), (_, v2) in zip(sorted(s), sorted(s)[1:])), value
        assert max(v for s in several for _, v in s) > 1000  # a life's hours, not a reading of 9.5
    totals = dict(zip(got["pumps"]["id"], got["pumps"]["runtime_hours_total"], strict=True))
    hours = _by_parent(r, "pump_id", "taken_at", "hour_meter")
    assert all(v <= Decimal(totals[p]) for p, s in hours.items() for _, v in s)
    # the pump's total is what it ran since it was installed: hours a day of a working pump
    now = date(2026, 1, 1)
    per_day = [float(h) / (now - date.fromisoformat(d)).days
               for d, h in zip(got["pumps"]["installed_on"], got["pumps"]["runtime_hours_total"], strict=True)]
    assert all(1 <= x <= 12 for x in per_day)


def test_two_life_counters_of_one_thing_keep_their_ratio() -> None:
    t = table("locomotives", ("fleet_no", "text"), ("total_km", "int", False),
              ("total_engine_hours", "numeric(9,1)", False))
    got = generate(t)["locomotives"]
    ratios = [int(k) / float(h) for k, h in zip(got["total_km"], got["total_engine_hours"], strict=True)
              if float(h) > 0]
    ratios.sort()
    assert len(ratios) > 200
    assert ratios[int(0.95 * len(ratios))] / ratios[int(0.05 * len(ratios))] < 1.5


def test_what_is_held_after_a_movement_is_what_was_held_before_plus_what_moved() -> None:
    w = table("wallet_movements", ("posted_at", "ts", False), ("amount", "numeric(10,2)", False),
              ("balance_before", "numeric(12,2)"), ("balance_after", "numeric(12,2)"))
    got = generate(w)["wallet_movements"]
    rows = [(Decimal(b), Decimal(a), Decimal(x)) for b, a, x in
            zip(got["balance_before"], got["amount"], got["balance_after"], strict=True) if b and x]
    assert len(rows) > 200 and all(b + a == x for b, a, x in rows)
    s = table("bin_transfers", ("moved_at", "ts", False), ("quantity", "int", False), ("qty_before", "int"),
              ("qty_after", "int"))
    got = generate(s)["bin_transfers"]
    rows = [(int(b), int(q), int(a))
            for b, q, a in zip(got["qty_before"], got["quantity"], got["qty_after"], strict=True) if b and a]
    assert len(rows) > 200 and all(b + q == a for b, q, a in rows)
    assert max(b for b, _, _ in rows) < 10_000_000  # a stock level, not seconds since 1970


def test_a_quantity_takes_its_scale_from_its_table_and_unit() -> None:
    parts = table("repair_parts", ("quantity", "int", False), ("fitted_on", "date"))
    got = generate(parts)["repair_parts"]
    assert max(int(v) for v in got["quantity"]) <= 12
    store = table("spares", ("qty_on_hand", "int", False), ("reorder_level", "int", False))
    got = generate(store)["spares"]
    on_hand = sorted(int(v) for v in got["qty_on_hand"])
    assert 15 <= on_hand[len(on_hand) // 2] <= 150 and on_hand[-1] > 100  # a store's stock, not 1..9
    cranes = table("cranes", ("operating_mass_kg", "int", False))
    got = generate(cranes)["cranes"]
    masses = sorted(int(v) for v in got["operating_mass_kg"])
    assert masses[len(masses) // 2] > 2_000 and masses[0] >= 500


def test_counters_of_one_row_that_measure_one_thing_two_ways_keep_their_ratio() -> None:
    t = table("manuscript_drafts", ("word_count", "int", False), ("char_count", "int", False),
              ("page_count", "int", False), ("file_size_bytes", "bigint", False))
    got = generate(t)["manuscript_drafts"]
    for a, b, lo, hi in (("char_count", "word_count", 5, 7), ("file_size_bytes", "page_count", 30_000, 300_000)):
        rows = [(int(x), int(y)) for x, y in zip(got[a], got[b], strict=True) if int(y) > 0]
        assert len(rows) > 200 and all(lo * y - 1 <= x <= hi * y + 1 for x, y in rows), a
    s = table("sortie_logs", ("flown_on", "date", False), ("flight_hours", "numeric(5,2)", False),
              ("landings", "int", False))
    got = generate(s)["sortie_logs"]
    rows = [(int(c), float(h)) for c, h in zip(got["landings"], got["flight_hours"], strict=True)]
    assert all(c <= h + 1 for c, h in rows)


def test_a_quantity_per_event_or_a_time_of_day_is_no_running_total() -> None:
    trackers = table("trackers", ("serial", "text"))
    reads = table("tracker_readings", ("logged_at", "ts", False), ("odometer_km", "int", False),
                  ("distance_km", "numeric(8,1)", False), ("start_hour", "int"), fks=(("tracker_id", "trackers"),))
    got = generate(trackers, reads)["tracker_readings"]
    odo = _by_parent(got, "tracker_id", "logged_at", "odometer_km")
    assert all(v1 <= v2 for s in odo.values() for (_, v1), (_, v2) in zip(sorted(s), sorted(s)[1:]))
    assert max(float(v) for v in got["distance_km"]) < 50_000  # a trip's distance, not a life's
    assert all(0 <= int(v) <= 23 for v in got["start_hour"] if v is not None)
