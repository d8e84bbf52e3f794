"""r50 (issue 10): a measure and a price at the scale of the thing measured (blind review 15: swell of 16-99 m
and periods of 60-1800 s, machine loads of thousands of pounds, surf lessons of GBP 1-30, tolls of $43-303 a
passage, a garment's cleaning at $30-122, a milepost of 960, tax of 27-100% of a subtotal, rates in force for
six days).

Synthetic tables of other trades than the review's, planned and generated without a database.
"""

from __future__ import annotations

import statistics
from datetime import date

from seedbed.generate.intent.infer import infer
from seedbed.model import ColumnDomain, Schema
from tests.test_realism_units import generate, table


def _numbers(got: dict, col: str) -> list[float]:
    return [float(v) for v in got[col] if v is not None]


def test_a_wave_is_metres_high_and_seconds_apart() -> None:
    """A buoy's wave height is a metre or two, its period about ten seconds (not a setting's round minutes)."""
    t = table("buoy_obs", ("wave_ht_m", "numeric(4,1)"), ("swell_period_s", "smallint"))
    got = generate(t, rows=300)["buoy_obs"]
    heights, periods = _numbers(got, "wave_ht_m"), _numbers(got, "swell_period_s")
    assert 0.5 <= statistics.median(heights) <= 3 and max(heights) <= 15, (statistics.median(heights), max(heights))
    assert 6 <= statistics.median(periods) <= 14 and max(periods) <= 25 and min(periods) >= 3


def test_a_machines_load_is_what_it_holds_not_what_it_weighs() -> None:
    t = table("machine_batches", ("load_kg", "numeric(6,1)"))
    loads = _numbers(generate(t, rows=300)["machine_batches"], "load_kg")
    assert 5 <= statistics.median(loads) <= 100, statistics.median(loads)


def test_a_lesson_and_a_toll_are_priced_as_one_sale() -> None:
    """A kitesurf school's lesson product, a bridge crossing's toll: tens of euros, a few euros."""
    lessons = table("kite_lesson_product", ("price_eur", "numeric(6,2)"))
    crossings = table("bridge_crossings", ("toll_amt", "numeric(6,2)"))
    got = generate(lessons, crossings, rows=300)
    price = statistics.median(_numbers(got["kite_lesson_product"], "price_eur"))
    toll = statistics.median(_numbers(got["bridge_crossings"], "toll_amt"))
    assert 25 <= price <= 90, price
    assert 1 <= toll <= 10, toll


def test_a_currency_says_money_before_the_rest_of_the_name() -> None:
    t = table("orders", ("total_eur", "numeric(8,2)"))
    found = infer(Schema(tables=(t,)), t, t.column("total_eur"), ColumnDomain())
    assert found is not None and found.name.startswith("money."), found


def test_a_post_along_a_route_is_a_distance_along_it() -> None:
    t = table("road_junctions", ("km_post", "numeric(6,2)"))
    posts = _numbers(generate(t, rows=300)["road_junctions"], "km_post")
    assert 5 <= statistics.median(posts) <= 100 and max(posts) <= 1000, statistics.median(posts)


def test_a_tax_beside_a_clipped_subtotal_is_a_rate_of_it() -> None:
    t = table("receipts", ("subtot_amt", "numeric(8,2)", False), ("tax_amt", "numeric(7,2)", False))
    got = generate(t, rows=300)["receipts"]
    shares = [float(x) / float(s) for s, x in zip(got["subtot_amt"], got["tax_amt"], strict=True) if float(s) > 0]
    assert shares and max(shares) <= 0.21, max(shares)


def test_a_rate_in_force_runs_a_year_or_more() -> None:
    t = table("fare_rates", ("eff_from_dt", "date", False), ("eff_to_dt", "date"))
    got = generate(t, rows=300)["fare_rates"]
    days = [(date.fromisoformat(b) - date.fromisoformat(a)).days
            for a, b in zip(got["eff_from_dt"], got["eff_to_dt"], strict=True) if b]
    assert days and statistics.median(days) >= 180 and min(days) >= 90, (min(days), statistics.median(days))


def test_a_thing_carried_by_hand_is_hired_for_hours_a_boat_for_days() -> None:
    from datetime import datetime

    helmets = table("helmets", ("size_cd", "varchar(4)"))
    gear = table("gear_hire", ("out_ts", "ts", False), ("due_ts", "ts", False), ("return_ts", "ts"),
                 fks=(("helmet_id", "helmets"),))
    got = generate(helmets, gear, rows=300)["gear_hire"]
    for col in ("due_ts", "return_ts"):
        hours = [(datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600
                 for a, b in zip(got["out_ts"], got[col], strict=True) if b]
        assert hours and max(hours) <= 12 and min(hours) >= 0.5, (col, min(hours), max(hours))
    from seedbed.planning.spans import hired_by_the_hour

    assert not hired_by_the_hour(table("canoe_hires", ("out_ts", "ts")))


def test_a_change_to_a_thing_measures_a_few_of_its_unit() -> None:
    """A curtain's modification takes in an inch or two (WordNet: a modification is a kind of change), not 40
    inches; a delivery (a transfer, further from a change) keeps its own scale."""
    curtains = table("curtains", ("colour", "varchar(20)"))
    adjust = table("curtain_modifications", ("taken_in_in", "numeric(4,2)"), fks=(("curtain_id", "curtains"),))
    got = _numbers(generate(curtains, adjust, rows=300)["curtain_modifications"], "taken_in_in")
    assert statistics.median(got) <= 5, statistics.median(got)
