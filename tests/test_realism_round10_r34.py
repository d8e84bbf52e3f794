"""Round 10 (r34): quantities with a known unit but no known thing, angles, counts, rows that span days.

Blind reviews found an ``altitude_m`` of 80 km, a lock's ``chamber_length_m`` of a river's length, a
``stagnation_temp_k`` of 10-35 K, compass bearings of 0-59, ``number_of_actors`` in the hundreds, a location's
fee of 14 and a camera trap collected the hour it was placed. Each test is one class, on synthetic schemas of
made-up trades (a decoy-duck carving guild, a sluice keepers' society, a kite-mapping club); no database."""

from __future__ import annotations

import statistics
from datetime import datetime

from tests.test_realism_units import generate, table


def _nums(values: list[str | None]) -> list[float]:
    return [float(v) for v in values if v is not None]


def test_a_length_with_a_unit_but_no_known_thing_is_at_the_scale_its_words_say() -> None:
    got = generate(table("marsh_hides", ("altitude_m", "numeric(7,1)"), ("summit_level_m", "numeric(6,1)"),
                         ("passage_width_m", "numeric(5,1)"), ("hide_height_m", "numeric(5,2)"),
                         ("door_thickness_mm", "int"), ("post_diameter_cm", "numeric(6,1)"),
                         ("pond_depth_m", "numeric(6,2)")), rows=300)["marsh_hides"]
    for col, low, high, med_low, med_high in (("altitude_m", 0, 4000, 20, 1500), ("summit_level_m", 0, 4000, 20, 1500),
                                              ("passage_width_m", 0.05, 60, 0.3, 10), ("hide_height_m", 0.05, 60, 0.3, 10),
                                              ("door_thickness_mm", 0, 500, 5, 150), ("post_diameter_cm", 0.5, 300, 2, 80),
                                              ("pond_depth_m", 0.05, 300, 0.3, 30)):
        vals = _nums(got[col])
        med = statistics.median(vals)
        assert low <= min(vals) and max(vals) <= high and med_low <= med <= med_high, (col, min(vals), med, max(vals))
        assert len(set(vals)) > 20, col


def test_a_parents_whole_length_is_not_a_named_aspect_of_the_child() -> None:
    got = generate(table("rivers", ("name", "text")),
                   table("sluices", ("sluice_name", "text"), ("elevation_m", "numeric(6,1)"),
                         ("chamber_length_m", "numeric(5,1)"), ("span_m", "numeric(6,2)"), fks=(("river_id", "rivers"),)),
                   rows=300)["sluices"]
    assert max(_nums(got["elevation_m"])) <= 4000
    for col in ("chamber_length_m", "span_m"):  # not the river's 250 km, nor its type's 9999
        vals = _nums(got[col])
        assert statistics.median(vals) <= 200 and max(vals) < 5000, (col, statistics.median(vals), max(vals))


def test_a_temperature_in_kelvin_is_a_kelvin_temperature() -> None:
    got = generate(table("kiln_probes", ("stagnation_temp_k", "numeric(5,1)"), ("shell_temperature_k", "numeric(6,1)"),
                         ("cryogenic_stage_temp_k", "numeric(6,2)")), rows=300)["kiln_probes"]
    for col in ("stagnation_temp_k", "shell_temperature_k"):
        vals = _nums(got[col])
        assert 200 <= min(vals) and max(vals) <= 400, (col, min(vals), max(vals))
    assert max(_nums(got["cryogenic_stage_temp_k"])) <= 150  # the words say cryogenic


def test_a_mass_with_a_unit_of_an_unknown_portable_thing_is_kilograms() -> None:
    vals = _nums(generate(table("decoy_carvings", ("carving_mass_kg", "numeric(6,2)"), ("title", "text")),
                          rows=300)["decoy_carvings"]["carving_mass_kg"])
    assert 0.01 <= min(vals) and max(vals) <= 500 and 0.2 <= statistics.median(vals) <= 50, (min(vals), max(vals))


def test_compass_angles_go_round_the_compass_and_inclinations_are_signed_and_small() -> None:
    got = generate(table("kite_mapping_flights", ("facing_bearing", "int"), ("heading", "numeric(5,1)"),
                         ("azimuth", "int"), ("direction_deg", "int"), ("dip_direction", "int"), ("strike", "int"),
                         ("dip", "int"), ("inclination", "numeric(4,1)"), ("tilt", "numeric(4,2)"),
                         ("camera_pitch", "int"), ("slope_angle", "numeric(4,1)"),
                         ("elevation_angle", "numeric(4,1)")), rows=400)["kite_mapping_flights"]
    for col in ("facing_bearing", "heading", "azimuth", "direction_deg", "dip_direction", "strike"):
        vals = _nums(got[col])
        assert 0 <= min(vals) and max(vals) <= 360 and max(vals) > 250 and min(vals) < 60, (col, min(vals), max(vals))
        assert len(set(vals)) > 50, col
    for col in ("inclination", "tilt", "camera_pitch", "elevation_angle"):  # signed: either side of level
        vals = _nums(got[col])
        assert -90 <= min(vals) < 0 < max(vals) <= 90, (col, min(vals), max(vals))
        assert statistics.median([abs(v) for v in vals]) <= 30, col
    for col in ("dip", "slope_angle"):  # a dip or a slope: 0-90, mostly small
        vals = _nums(got[col])
        assert 0 <= min(vals) and max(vals) <= 90 and 2 <= statistics.median(vals) <= 45 and max(vals) > 15, col


def test_a_count_of_things_a_row_holds_is_small_and_a_hired_things_fee_is_hundreds() -> None:
    got = generate(table("sluice_keepers_huts", ("gate_count", "int"), ("num_paddles", "int"),
                         ("number_of_actors", "int"), ("number_of_volunteers", "int"), ("page_views", "int"),
                         ("location_fee", "numeric(8,2)"), ("crane_hire_fee", "numeric(9,2)"),
                         ("venue_hire", "numeric(9,2)"), ("equipment_rental", "numeric(9,2)")), rows=400)["sluice_keepers_huts"]
    for col in ("gate_count", "num_paddles", "number_of_actors", "number_of_volunteers"):
        vals = _nums(got[col])
        assert 1 <= statistics.median(vals) <= 6, (col, statistics.median(vals))
        assert sum(v > 12 for v in vals) <= len(vals) * 0.08 and max(vals) <= 60, (col, sorted(vals)[-5:])
    for col in ("location_fee", "crane_hire_fee", "venue_hire", "equipment_rental"):
        vals = _nums(got[col])
        assert 100 <= statistics.median(vals) <= 5000 and min(vals) >= 20, (col, min(vals), statistics.median(vals))


def _stamp(v: str) -> datetime:
    return datetime.fromisoformat(v.replace("+00", "+00:00") if v.endswith("+00") else v)


def _gaps_days(rows: dict, start: str, end: str) -> list[float]:
    return [(_stamp(b) - _stamp(a)).total_seconds() / 86400 for a, b in zip(rows[start], rows[end]) if a and b]


def test_a_deployment_or_a_loan_spans_days_and_a_visit_stays_within_its_day() -> None:
    got = generate(table("bat_detector_deployments", ("placed_at", "ts", False), ("collected_at", "ts")),
                   table("kite_loans", ("lent_on", "ts", False), ("returned_on", "ts")),
                   table("pop_up_exhibitions", ("opened_at", "ts", False), ("closed_at", "ts")),
                   table("seismic_stations", ("installed_at", "ts", False), ("removed_at", "ts")),
                   table("hide_visits", ("started_at", "ts", False), ("ended_at", "ts")),
                   table("sluice_shifts", ("started_at", "ts", False), ("ended_at", "ts")), rows=300)
    for name, start, end in (("bat_detector_deployments", "placed_at", "collected_at"),
                             ("kite_loans", "lent_on", "returned_on"), ("pop_up_exhibitions", "opened_at", "closed_at"),
                             ("seismic_stations", "installed_at", "removed_at")):
        gaps = _gaps_days(got[name], start, end)
        assert min(gaps) >= 0 and 1 <= statistics.median(gaps) <= 120 and max(gaps) <= 800, \
            (name, min(gaps), statistics.median(gaps), max(gaps))
    for name in ("hide_visits", "sluice_shifts"):
        gaps = _gaps_days(got[name], "started_at", "ended_at")
        assert min(gaps) >= 0 and max(gaps) <= 1, (name, max(gaps))
