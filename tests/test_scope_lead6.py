"""Scope phrasings of the lead's third held-out set (session 6) that showed a class, each on a schema
made up here (a bike-hire company), no database: a count before "X with COLUMN <range>" (the count
was left unplaced when the range took the clause), "a single X" / "just one X" per parent, "N X in A
and M in B" (the rows and the mix of their value)."""

from __future__ import annotations

import pytest

from seedbed.scope import parse, resolve
from tests.test_scope import col, options_brief, table

ID = col("id", "integer", null=False)
HIRE = __import__("seedbed.model", fromlist=["Schema"]).Schema(tables=(
    table("depots", ID, col("name", null=False), col("racks", "integer", null=False),
          col("kind", null=False), checks=("kind IN ('station', 'hub', 'workshop')",)),
    table("bikes", ID, col("depot_id", "integer", null=False), col("gears", "integer", null=False),
          col("frame_cm", "integer"), fks=(("depot_id", "depots"),)),
    table("riders", ID, col("full_name", null=False)),
    table("passes", ID, col("rider_id", "integer", null=False), col("days", "integer", null=False),
          fks=(("rider_id", "riders"),)),
))


def lines(text: str) -> list[str]:
    res = resolve(parse(text, HIRE), HIRE)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("text", "rows", "rng"), [
    ("30 depots with racks between 10 and 40", "rows depots 30", "col depots.racks range 10..40"),
    ("200 bikes with gears from 3 to 21", "rows bikes 200", "col bikes.gears range 3..21"),
    ("1,200 bikes with a frame_cm under 60", "rows bikes 1200", "col bikes.frame_cm range -..60"),
])
def test_a_count_before_rows_with_a_range_of_their_column_is_kept(text: str, rows: str, rng: str) -> None:
    got = lines(text)
    assert rows in got and rng in got


def test_a_count_with_a_child_table_is_still_a_fanout() -> None:
    got = lines("40 riders with at least 2 passes")
    assert "rows riders 40" in got and any(g.startswith("fk passes.rider_id fanout 2-") for g in got)


@pytest.mark.parametrize("text", ["each rider has a single pass", "every rider has just one pass",
                                  "each rider has a sole pass"])
def test_a_single_child_per_parent_is_one_each(text: str) -> None:
    assert "fk passes.rider_id fanout 1-1" in lines(text)


@pytest.mark.parametrize(("text", "rows", "mix"), [
    ("30 depots in hub and 10 in workshop", "rows depots 40", "col depots.kind mix hub=0.75 workshop=0.25"),
    ("5 depots as station and 5 as hub", "rows depots 10", "col depots.kind mix station=0.5 hub=0.5"),
])
def test_two_counts_of_one_table_by_value_are_its_rows_and_its_mix(text: str, rows: str, mix: str) -> None:
    got = lines(text)
    assert rows in got and mix in got
