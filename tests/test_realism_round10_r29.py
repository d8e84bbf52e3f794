"""Round 10 (r29): numbers and times whose name no list knows (issue 10; the blind review of session 9).

On domains nobody named, a number of unknown meaning took its type's whole range (a numeric(5,2) of 891,
a share of 7.2, 29 hours in a night) and a time of a dated row fell on any day of three years. Each test
is one class, on synthetic schemas of made-up trades (a bell foundry, a kite school, a moth-trapping
group, a salt works); no database."""

from __future__ import annotations

import statistics
from datetime import date, datetime

from tests.test_realism_units import generate, table


def _nums(values: list[str | None]) -> list[float]:
    return [float(v) for v in values if v is not None]


def test_a_number_of_unknown_meaning_is_a_modest_measurement() -> None:
    got = generate(table("bell_castings", ("clapper_sway", "numeric(5,2)"), ("tilt_quotient", "numeric(3,2)"),
                         ("hum_amplitude", "numeric(10,4)"), ("tin_bronze_spread", "numeric"),
                         ("glaze_efficiency", "numeric(4,3)"), ("bloom_share", "numeric(5,2)"),
                         ("crackle_pct", "numeric(5,2)"), ("warp_index", "numeric(5,2)"),
                         ("resonance_factor", "numeric(6,3)")), rows=300)["bell_castings"]
    for col, low, mid_low, mid_high, high in (("clapper_sway", 0.05, 0.5, 20, 150), ("tilt_quotient", 0.01, 0.3, 3, 9.99),
                                              ("hum_amplitude", 0.01, 0.5, 30, 500), ("tin_bronze_spread", 0.01, 0.5, 30, 500),
                                              ("glaze_efficiency", 0, 0.05, 1, 1), ("bloom_share", 0, 0.02, 1, 1),
                                              ("crackle_pct", 0, 1, 100, 100), ("warp_index", 0.05, 0.5, 2, 10),
                                              ("resonance_factor", 0.05, 0.5, 2, 10)):
        vals = _nums(got[col])
        med = statistics.median(vals)
        assert low <= min(vals) and max(vals) <= high and mid_low <= med <= mid_high, (col, min(vals), med, max(vals))
        assert len(set(vals)) > 20, col  # measurements, not a handful of codes


def test_qualified_names_keep_their_base_kind_and_a_rate_per_unit_is_one_units_price() -> None:
    got = generate(table("kite_lessons", ("peak_gust_speed", "numeric(4,1)"), ("mean_gust_speed_kmh", "numeric(4,1)"),
                         ("gust_speed", "numeric(4,1)"), ("typical_line_pull_kn", "numeric(6,1)"),
                         ("line_pull_kn", "numeric(6,1)"), ("line_length_min", "numeric(5,1)"),
                         ("line_length_max", "numeric(5,1)"), ("fee_per_hour", "numeric(7,2)"),
                         ("cost_per_page", "numeric(7,2)"), ("rate_per_word", "numeric(6,3)")), rows=300)["kite_lessons"]
    for col, bare in (("peak_gust_speed", "mean_gust_speed_kmh"), ("typical_line_pull_kn", "line_pull_kn")):
        base, med = statistics.median(_nums(got[bare])), statistics.median(_nums(got[col]))
        assert base / 3 <= med <= base * 3, (col, med, base)  # the same quantity as the bare name
    lo, hi = got["line_length_min"], got["line_length_max"]
    assert all(float(a) <= float(b) for a, b in zip(lo, hi) if a is not None and b is not None)
    for col, top in (("fee_per_hour", 200), ("cost_per_page", 30), ("rate_per_word", 5)):
        med = statistics.median(_nums(got[col]))
        assert 0 < med <= top, (col, med)


def test_durations_stay_inside_the_time_that_holds_them() -> None:
    got = generate(table("salt_pans", ("minutes_lost_per_hour", "smallint"), ("rest_minutes_per_hour", "smallint"),
                         ("raking_hours_per_day", "numeric(4,1)"), ("brine_litres", "numeric(8,1)")),
                   table("pan_watches", ("watch_date", "date", False), ("watch_start", "ts"), ("watch_end", "ts"),
                         ("hours_raking", "numeric(4,1)"), ("hours_idle", "numeric(4,1)")), rows=300)
    pans, watches = got["salt_pans"], got["pan_watches"]
    for col in ("minutes_lost_per_hour", "rest_minutes_per_hour"):  # minutes of an hour: up to 60, spread
        vals = _nums(pans[col])
        assert max(vals) <= 60 and len(set(vals)) > 8 and statistics.median(vals) <= 30, (col, sorted(vals)[-3:])
    assert max(_nums(pans["raking_hours_per_day"])) <= 24
    for col in ("hours_raking", "hours_idle"):  # a leading unit is still the unit; the row is one watch's
        vals = _nums(watches[col])
        assert max(vals) <= 24 and len(set(vals)) > 10, (col, max(vals))


def _stamp(v: str) -> datetime:
    return datetime.fromisoformat(v.replace("+00", "+00:00") if v.endswith("+00") else v)


def test_times_of_a_dated_row_fall_on_its_date() -> None:
    got = generate(table("trap_nights", ("trap_night", "date", False), ("dusk_utc", "ts"), ("dawn_utc", "ts"),
                         ("moths_caught", "int")),
                   table("kiln_shifts", ("shift_date", "date", False), ("started_at", "ts"), ("ended_at", "ts")),
                   table("ferry_days", ("sailing_date", "date", False), ("departs_at", "ts"),
                         ("docks_at", "ts")), rows=200)
    nights = got["trap_nights"]
    for d, dusk, dawn in zip(nights["trap_night"], nights["dusk_utc"], nights["dawn_utc"]):
        day = date.fromisoformat(d)
        if dusk is not None:  # the evening of the date
            assert _stamp(dusk).date() == day and _stamp(dusk).hour >= 15, (d, dusk)
        if dawn is not None:  # the next morning
            assert (_stamp(dawn).date() - day).days == 1 and _stamp(dawn).hour <= 10, (d, dawn)
        if dusk is not None and dawn is not None:
            assert _stamp(dusk) < _stamp(dawn)
    for name, first, last, col in (("kiln_shifts", "started_at", "ended_at", "shift_date"),
                                   ("ferry_days", "departs_at", "docks_at", "sailing_date")):
        rows = got[name]
        for d, a, b in zip(rows[col], rows[first], rows[last]):
            day = date.fromisoformat(d)
            for v in (a, b):
                if v is not None:
                    assert 0 <= (_stamp(v).date() - day).days <= 1, (name, d, v)
            if a is not None and b is not None:
                assert _stamp(a) <= _stamp(b), (name, a, b)

