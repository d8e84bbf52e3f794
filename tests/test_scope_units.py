"""A quantity said in one unit on a column whose name says another is converted, never read as said
(issue 11: never a silent misreading). Time lengths on columns named in seconds, milliseconds, minutes or
hours (``scope.durations``), and mass, length, volume, area and data sizes (``scope.units``). A small
hand-built schema of a call centre and a courier, no database."""

from __future__ import annotations

import pytest

from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.units import name_unit
from tests.test_scope import ID, col, options_brief, table

SCHEMA = Schema(tables=(
    table("calls", ID, col("duration_seconds", "integer"), col("wait_ms", "integer"), col("talk_time_min", "integer")),
    table("parcels", ID, col("weight_g", "integer"), col("length_cm", "integer"), col("volume_ml", "integer"),
          col("distance_m", "integer")),
    table("uploads", ID, col("size_mb", "integer"), col("floor_area_sqm", "integer")),
))


def brief(phrase: str) -> list[str]:
    res = resolve(parse(phrase, SCHEMA), SCHEMA)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("phrase", "want"), [
    ("calls lasting 10 to 40 minutes", "col calls.duration_seconds range 600..2400"),
    ("calls of 1 to 2 hours", "col calls.duration_seconds range 3600..7200"),
    ("talk time of 1-2 hours", "col calls.talk_time_min range 60..120"),
    ("weight 1-3 kg", "col parcels.weight_g range 1000..3000"),
    ("weight under 500 grams", "col parcels.weight_g range -..500"),
    ("size under 2 GB", "col uploads.size_mb range -..2047"),
    ("length up to 30 mm", "col parcels.length_cm range -..3"),
    ("floor area 50-100 sq ft", "col uploads.floor_area_sqm range 5..9"),
])
def test_a_unit_said_is_converted_to_the_unit_of_the_column_name(phrase: str, want: str) -> None:
    assert brief(phrase) == [want]


def test_a_wait_in_seconds_on_a_column_of_milliseconds_is_never_read_as_said() -> None:
    res = resolve(parse("wait under 3 seconds", SCHEMA), SCHEMA)
    assert options_brief(res.options) == ["col calls.wait_ms range -..3000"]


def test_the_unit_a_name_ends_with() -> None:
    assert name_unit("weight_kg") == ("mass", 1000.0) and name_unit("sizeMB") == ("data", 1024.0 ** 2)
    assert name_unit("area_sq_ft")[0] == "area" and name_unit("depth_m") == ("length", 1.0)
    for name in ("check_in", "min_price", "m", "kg", "is_t", "weight"):
        assert name_unit(name) is None, name


def test_that_last_is_a_length_never_the_last_period() -> None:
    """"campaigns that last 30 days" is a length (read as the "the last 30 days" window before: silent);
    a length in a unit the language does not read (months) is quoted back, not turned into a window."""
    s = Schema(tables=(table("campaigns", ID, col("starts_at", "timestamptz", null=False),
                             col("ends_at", "timestamptz", null=False)),))
    res = resolve(parse("campaigns that last 30 days", s), s)
    assert options_brief(res.options) == ["span campaigns.ends_at - starts_at 720h..720h"] and not res.warnings
    res = resolve(parse("campaigns which last 3 months", s), s)
    assert not any("range" in line for line in options_brief(res.options)) and res.warnings
    res = resolve(parse("campaigns from the last 3 months", s), s)
    assert options_brief(res.options) == ["col campaigns.starts_at range 2025-10-01T00:00:00+00:00..2026-01-01T00:00:00+00:00"]
