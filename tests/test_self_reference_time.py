"""Issue 10, time through self-references (session 8): a table whose rows point at earlier rows of
their own (a foal's sire and dam, an employee's manager, a reply's parent) keeps its moments spread as
the column drew them, and every parent comes first.

Before, each row behind its parent moved to shortly after it, repeated down the tree: with two parents
per row a row's ancestors are most of the rows before it, so nearly every moment piled onto the latest
days of the range (200 horses foaled on 13 distinct days of one December, 96 hire dates for 200 staff).
"""

from __future__ import annotations

from datetime import date

from tests.test_realism_units import generate, table


def _dates(cells: list[str | None]) -> list[date | None]:
    return [date.fromisoformat(v[:10]) if v is not None else None for v in cells]


def _parents_first(got: dict[str, list[str | None]], moment: str, *refs: str) -> int:
    """Rows whose moment is before one of their parents' (the parent row found by its id)."""
    when = dict(zip(got["id"], _dates(got[moment]), strict=True))
    late = 0
    for ref in refs:
        for child, parent in zip(got["id"], got[ref], strict=True):
            if parent is not None and parent != child and when[child] and when[parent]:
                late += when[child] < when[parent]
    return late


def test_two_parents_per_row_keep_the_moments_spread_and_first() -> None:
    t = table("horses", ("name", "text", False), ("foaled_on", "date", False), ("sire_id", "int"), ("mare_id", "int"),
              fks=(("sire_id", "horses"), ("mare_id", "horses")))
    got = generate(t, rows=300)["horses"]
    days = [d for d in _dates(got["foaled_on"]) if d]
    assert len(set(days)) >= 200  # 13 distinct days of 300 before
    assert (max(days) - min(days)).days >= 365
    assert _parents_first(got, "foaled_on", "sire_id", "mare_id") == 0


def test_one_parent_per_row_spreads_as_well_and_later_steps_still_follow() -> None:
    t = table("staff", ("full_name", "text", False), ("hired_on", "date", False), ("left_on", "date"),
              ("manager_id", "int"), fks=(("manager_id", "staff"),))
    got = generate(t, rows=300)["staff"]
    hired = _dates(got["hired_on"])
    assert len(set(hired)) >= 200
    assert _parents_first(got, "hired_on", "manager_id") == 0
    left = _dates(got["left_on"])
    assert all(b >= a for a, b in zip(hired, left, strict=True) if a and b)


def test_a_birth_beside_the_rows_own_moment_still_comes_after_the_parents() -> None:
    """A birth is no event of the row's timeline (its anchor is created_at), yet a mother is born before
    her child, a foal after its dam."""
    t = table("people", ("full_name", "text", False), ("birth_date", "date", False), ("created_at", "ts", False),
              ("mother_id", "int"), fks=(("mother_id", "people"),))
    got = generate(t, rows=300)["people"]
    assert _parents_first(got, "birth_date", "mother_id") == 0
    assert len(set(got["birth_date"])) >= 250
