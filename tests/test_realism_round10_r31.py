"""Issue 10, round 10 (r31): domain packs for trades seedbed did not know (``vocab/trades.d/r31.json``,
``vocab/kinds.d/r31.json``, ``intent/tradequantities.py``). For each trade: a synthetic schema of the
trade whose classifier columns get the trade's values and whose quantities sit at the trade's
scale, a schema of another trade that does not; and the corpus's real schemas, none of which is
captured by the packs' words."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.corpus import corpus_files
from tests.test_realism_units import generate, table

_R31 = ("astronomy", "dentistry", "translation", "film_tv", "wildlife_survey", "meteorology", "physiotherapy",
        "archaeology", "publishing", "cmms", "salon_spa", "car_rental")


def _vals(values) -> set:
    return {v for v in values if v is not None}


def _kinds(trade: str, head: str) -> set[str]:
    from seedbed.generate.realistic.vocab import load

    return set(load("trades")["trades"][trade]["kinds"][head].split("|"))


# One schema per trade: (tables, {(table, column): (trade, head)}) -- each a small synthetic schema
# with the trade's own words, as its team would name them.
def _schemas():
    return {
        "astronomy": ((table("telescopes", ("name", "text"), ("aperture_m", "numeric(5,2)"), ("mount_type", "text")),
                       table("instruments", ("instrument_type", "text"), ("pixel_scale_arcsec", "numeric(6,3)"),
                             fks=(("telescope_id", "telescopes"),)),
                       table("exposures", ("frame_type", "text"), ("airmass", "numeric(4,3)"), ("filter", "text"),
                             ("seeing_arcsec", "numeric(4,2)"), fks=(("instrument_id", "instruments"),))),
                      {("instruments", "instrument_type"): "instrument type", ("exposures", "frame_type"): "frame type",
                       ("telescopes", "mount_type"): "mount type"}),
        "dentistry": ((table("dentists", ("full_name", "text"), ("specialty", "text")),
                       table("tooth_chart", ("tooth_number", "smallint"), ("surface", "varchar(5)"),
                             ("condition", "text"), ("pocket_depth_mm", "smallint")),
                       table("dental_xrays", ("image_type", "text"), fks=(("dentist_id", "dentists"),))),
                      {("dentists", "specialty"): "specialty", ("tooth_chart", "condition"): "condition",
                       ("dental_xrays", "image_type"): "image type"}),
        "translation": ((table("linguists", ("full_name", "text"), ("cat_tool", "text"), ("specialisation", "text")),
                         table("translation_jobs", ("task_type", "text"), ("word_count", "int"),
                               ("fuzzy_match_words", "int"), fks=(("linguist_id", "linguists"),))),
                        {("linguists", "cat_tool"): "cat tool", ("translation_jobs", "task_type"): "task type"}),
        "film_tv": ((table("shoot_days", ("unit", "text"), ("call_time", "ts"), ("callsheet_no", "int")),
                     table("scenes", ("day_night", "text"), ("page_count", "numeric(3,1)"),
                           fks=(("shoot_day_id", "shoot_days"),)),
                     table("film_crew", ("department", "text"), ("job_title", "text"), ("gaffer_notes", "text"))),
                    {("shoot_days", "unit"): "unit", ("film_crew", "department"): "department"}),
        "wildlife_survey": ((table("transects", ("habitat_type", "text"), ("survey_method", "text")),
                             table("sightings", ("count", "int"), ("age_class", "text"), ("behaviour", "text"),
                                   ("taxon_group", "text"), fks=(("transect_id", "transects"),))),
                            {("transects", "habitat_type"): "habitat type", ("sightings", "behaviour"): "behaviour"}),
        "meteorology": ((table("weather_stations", ("station_type", "text"), ("anemometer_height_m", "numeric(4,1)")),
                         table("observations", ("present_weather", "text"), ("humidity", "numeric(4,1)"),
                               ("gust_kmh", "numeric(5,1)"), ("precipitation_mm", "numeric(5,1)"),
                               fks=(("station_id", "weather_stations"),))),
                        {("weather_stations", "station_type"): "station type",
                         ("observations", "present_weather"): "present weather"}),
        "physiotherapy": ((table("physio_referrals", ("body_region", "text"), ("referral_source", "text")),
                           table("rehab_sessions", ("session_type", "text"), ("pain_score", "smallint"),
                                 ("modality", "text"), fks=(("referral_id", "physio_referrals"),))),
                          {("physio_referrals", "body_region"): "body region", ("rehab_sessions", "modality"): "modality"}),
        "archaeology": ((table("trenches", ("trench_code", "text"), ("depth_m", "numeric(4,2)")),
                         table("contexts", ("context_type", "text"), ("period", "text"), fks=(("trench_id", "trenches"),)),
                         table("finds", ("find_type", "text"), ("sherd_count", "int"), fks=(("context_id", "contexts"),))),
                        {("contexts", "context_type"): "context type", ("finds", "find_type"): "find type"}),
        "publishing": ((table("manuscripts", ("genre", "text"), ("manuscript_status", "text")),
                        table("editions", ("isbn13", "varchar(13)"), ("format", "text"), ("page_count", "int"),
                              ("print_run", "int"), fks=(("manuscript_id", "manuscripts"),))),
                       {("manuscripts", "manuscript_status"): "manuscript status", ("editions", "format"): "format"}),
        "cmms": ((table("facility_assets", ("asset_type", "text"), ("manufacturer", "text")),
                  table("work_orders", ("work_order_type", "text"), ("priority", "text"), ("problem_code", "text"),
                        ("labour_hours", "numeric(5,2)"), ("technician", "text"), fks=(("asset_id", "facility_assets"),))),
                 {("facility_assets", "asset_type"): "asset type", ("work_orders", "problem_code"): "problem code"}),
        "salon_spa": ((table("stylists", ("full_name", "text"), ("stylist_level", "text")),
                       table("salon_services", ("service_category", "text"), ("duration", "int")),
                       table("salon_bookings", ("booked_at", "ts"), fks=(("stylist_id", "stylists"),
                                                                              ("service_id", "salon_services")))),
                      {("stylists", "stylist_level"): "stylist level",
                       ("salon_services", "service_category"): "service category"}),
        "car_rental": ((table("rental_vehicles", ("vehicle_class", "text"), ("transmission", "text")),
                        table("rentals", ("pickup_at", "ts"), ("dropoff_at", "ts"), ("odometer_out", "int"),
                              ("fuel_policy", "text"), fks=(("vehicle_id", "rental_vehicles"),))),
                       {("rental_vehicles", "vehicle_class"): "vehicle class", ("rentals", "fuel_policy"): "fuel policy"}),
    }


@pytest.mark.parametrize("trade", _R31)
def test_a_trades_classifier_columns_take_its_own_values(trade: str) -> None:
    tables, expect = _schemas()[trade]
    got = generate(*tables, rows=60)
    for (t, c), head in expect.items():
        values = _vals(got[t][c])
        assert values and values <= _kinds(trade, head), (trade, t, c, sorted(values))


@pytest.mark.parametrize("trade", _R31)
def test_another_trades_schema_does_not_take_this_trades_values(trade: str) -> None:
    """The same heads in a schema of another trade (a software team's ``task_type``, a shop's
    ``format``, a factory's ``asset_type``) keep their own reading, never this trade's list."""
    others = [t for t in _R31 if t != trade]
    other = others[_R31.index(trade) % len(others)]
    tables, _ = _schemas()[other]
    got = generate(*tables, rows=60)
    _, expect = _schemas()[trade]
    for (t, c), head in expect.items():
        for table_values in got.values():
            values = _vals(table_values.get(c, ()))
            if len(values) > 2:
                assert not values <= _kinds(trade, head), (trade, other, c, sorted(values))


def test_a_trades_quantities_sit_at_its_scale_and_only_there() -> None:
    """An observatory's airmass is 1-3 and seeing about an arcsecond; a dental chart's tooth is an
    FDI number and its pocket a few millimetres; a film lens one of the primes. The same names in
    a schema no such trade leads keep the general reading (no FDI tooth in a gear catalogue)."""
    tables, _ = _schemas()["astronomy"]
    got = generate(*tables, rows=80)["exposures"]
    assert all(1.0 <= float(v) <= 3.0 for v in _vals(got["airmass"]))
    assert all(0.3 <= float(v) <= 4.0 for v in _vals(got["seeing_arcsec"]))
    tables, _ = _schemas()["dentistry"]
    chart = generate(*tables, rows=80)["tooth_chart"]
    assert {int(v) for v in _vals(chart["tooth_number"])} <= {10 * q + k for q in (1, 2, 3, 4) for k in range(1, 9)}
    assert all(1 <= int(v) <= 12 for v in _vals(chart["pocket_depth_mm"]))
    gears = table("gears", ("tooth_number", "smallint"), ("module_mm", "numeric(4,2)"), ("bore_mm", "int"))
    teeth = {int(v) for v in _vals(generate(gears, rows=80)["gears"]["tooth_number"])}
    assert not teeth <= {10 * q + k for q in (1, 2, 3, 4) for k in range(1, 9)}, sorted(teeth)


def test_a_trades_catalogue_names_are_real_names_of_its_kind() -> None:
    tables, _ = _schemas()["astronomy"]
    names = _vals(generate(*tables, rows=40)["telescopes"]["name"])
    from seedbed.generate.realistic.vocab import load

    real = set(load("kinds")["names"]["r31"]["telescope"]["contexts"][0]["values"].split("|"))
    assert len(names) > 5 and names <= real, sorted(names)
    plain = table("telescopes", ("name", "text"), ("price", "numeric(8,2)"), ("sku", "varchar(20)"))
    assert not _vals(generate(plain, rows=40)["telescopes"]["name"]) & real  # a shop's telescopes: not these


def _ddl_terms(text: str) -> list[str]:
    """The words a schema names, as ``sectors.schema_terms`` reads them: each table's name words,
    then once each its columns' and its CHECK literals' words (DDL read by pattern, no database)."""
    from seedbed.generate.intent.tokens import tokens

    named, words = [], set()
    for m in re.finditer(r"CREATE TABLE\s+(?:IF NOT EXISTS\s+)?([\w.\"]+)\s*\((.*?)\n\);", text, re.S | re.I):
        named.extend(tokens(m.group(1).split(".")[-1].strip('"')))
        for line in m.group(2).splitlines():
            first = line.strip().split(" ")[0].strip('"') if line.strip() else ""
            if first and first.upper() not in ("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "EXCLUDE"):
                words.update(tokens(first))
            for literal in re.findall(r"'([^']{1,40})'", line):
                words.update(tokens(literal))
    return [*named, *sorted(words)]


def test_the_packs_words_capture_no_corpus_schema_of_another_domain() -> None:
    """The corpus's real schemas (a shop, an LMS, an airline, a CRM ...) are no observatory, dental
    practice or salon: scored as ``sectors`` scores a schema's words, none of the packs' trades
    leads any of them."""
    from seedbed.generate.intent.sectors import _MIN_SCORE, _WORDS, _score, _winner, _word_sectors

    table = _word_sectors()
    caught = {}
    for path in corpus_files():
        terms = _ddl_terms(path.read_text(encoding="utf-8", errors="replace"))
        named = Counter()
        for w in set(terms):
            named.update(table.get(w, ()))
        scores = _score(terms, 1.0, Counter())
        top = _winner(Counter({s: v for s, v in scores.items() if named[s] >= _WORDS}), _MIN_SCORE)
        if top in _R31:
            caught[path.name] = (top, sorted(w for w in set(terms) if top in table.get(w, ())))
    assert not caught, caught
