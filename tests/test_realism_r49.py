"""r49 (issue 10): a row's steps in order when their names do not pair, and measures at their scale
(blind review 14: search segments cleared before assigned, alarms closed before acknowledged, 335-646 miles
per member per callout, 11-77 km² search segments, qualifications valid 1-10 months).

Synthetic tables of other trades than the review's, planned and generated without a database.
"""

from __future__ import annotations

import dataclasses
import statistics
from datetime import datetime

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Check
from seedbed.planning.eventverbs import verb_stage
from tests.test_realism_units import generate, table


def _stamp(v: str) -> datetime:
    return datetime.fromisoformat(v)


def _checked(t, *checks: tuple[str, str, tuple[str, ...]]):
    return dataclasses.replace(t, checks=tuple(Check(name=f"{t.name.name}_{i}_check", expression=e, columns=cols)
                                               for i, (_c, e, cols) in enumerate(checks)))


def test_another_trades_verbs_of_a_step_are_read_by_their_stage() -> None:
    stage = {n: verb_stage(tokens(n)) for n in ("ack_at", "cleared_at", "on_scene_at", "stood_down_at", "left_depot",
                                                "back_at", "unloaded_at", "paged_at", "tasked_at")}
    assert stage["paged_at"] < stage["ack_at"] < stage["left_depot"] < stage["on_scene_at"] < stage["cleared_at"]
    assert stage["cleared_at"] < stage["back_at"] < stage["stood_down_at"]
    assert stage["unloaded_at"] > stage["on_scene_at"] and stage["tasked_at"] == stage["ack_at"]
    # a person's left_on, a dated sailing's departs_at, a bare noun: no step read
    assert verb_stage(tokens("left_on")) is None and verb_stage(tokens("departs_at")) is None
    assert verb_stage(tokens("load_date")) is None


def test_steps_whose_names_do_not_pair_come_in_order() -> None:
    """A pest call-out: raised, taken up within the hour, the technician on site, the job cleared, stood down;
    a CHECK that only orders each after the first does not let a step wait days."""
    t = _checked(table("callouts", ("raised_at", "ts", False), ("ack_at", "ts"), ("on_site_at", "ts"),
                       ("cleared_at", "ts"), ("stood_down_at", "ts")),
                 ("ack", "((ack_at IS NULL) OR (ack_at >= raised_at))", ("ack_at", "raised_at")),
                 ("down", "((stood_down_at IS NULL) OR (stood_down_at >= raised_at))", ("stood_down_at", "raised_at")))
    got = generate(t, rows=300)["callouts"]
    order = ("raised_at", "ack_at", "on_site_at", "cleared_at", "stood_down_at")
    acks = []
    for row in zip(*(got[c] for c in order)):
        moments = [_stamp(v) for v in row if v is not None]
        assert moments == sorted(moments), row
        if row[0] and row[1]:
            acks.append((_stamp(row[1]) - _stamp(row[0])).total_seconds())
    assert acks and max(acks) <= 3600, max(acks)


def test_a_step_without_a_birth_follows_the_first_step() -> None:
    t = table("survey_strips", ("assigned_at", "ts"), ("cleared_at", "ts"))
    got = generate(t, rows=300)["survey_strips"]
    pairs = [(a, c) for a, c in zip(got["assigned_at"], got["cleared_at"]) if a and c]
    assert pairs and all(_stamp(a) <= _stamp(c) for a, c in pairs)


def test_a_mileage_is_a_journeys_where_the_row_is_no_vehicles() -> None:
    """A volunteer's mileage claimed for a shift: tens of miles, not hundreds; a van's mileage: its odometer."""
    claims = table("shift_claims", ("mileage_mi", "numeric(5,1)"))
    vans = table("vans", ("mileage", "int"), ("odo_km", "int"))
    got = generate(claims, vans, rows=300)
    miles = [float(v) for v in got["shift_claims"]["mileage_mi"] if v is not None]
    assert 10 <= statistics.median(miles) <= 60, statistics.median(miles)
    for col in ("mileage", "odo_km"):
        assert statistics.median(int(v) for v in got["vans"][col] if v is not None) > 5_000


def test_a_validity_in_months_is_a_year_or_a_few() -> None:
    t = table("permit_types", ("validity_mths", "smallint"))
    months = [int(v) for v in generate(t, rows=300)["permit_types"]["validity_mths"] if v is not None]
    assert 12 <= statistics.median(months) <= 40 and min(months) >= 2, (min(months), statistics.median(months))


def test_a_part_of_a_whole_measures_a_few_of_its_unit() -> None:
    """A grazing strip's area in km²: a few at most, not a few tens."""
    t = table("grazing_strips", ("area_km2", "numeric(6,2)"))
    areas = [float(v) for v in generate(t, rows=300)["grazing_strips"]["area_km2"] if v is not None]
    assert statistics.median(areas) < 5, statistics.median(areas)
