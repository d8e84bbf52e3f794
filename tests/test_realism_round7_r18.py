"""Issue 10, round 7 (r18): short codes, abbreviations and identifiers that read like the real
thing: a postal code in its country's shape whatever the width, letter scales for one-letter
categories, a code derived from its row's own name, aircraft registrations by country, references
with their prefix. Each on a small synthetic schema with invented names (no database)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.model import ColumnType, Table, TypeKind

from tests.test_realism_units import generate, table


def _char(t: Table, name: str, n: int) -> Table:
    """``t`` with a nullable ``name char(n)`` column."""
    ctype = ColumnType(kind=TypeKind.TEXT, sql_name="character", length=n, fixed_length=True)
    return replace(t, columns=(*t.columns, replace(t.columns[0], name=name, type=ctype, nullable=True)))


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


# ------------------------------------------------------------------ postal codes of any width
def test_a_postal_code_keeps_its_countrys_shape_in_a_narrow_column() -> None:
    """A ``postcode varchar(8)`` of people from many countries: a few countries write codes wider
    than 8 (``01310-100``); those lose their hyphen, and the column holds postal codes (digits, or
    letters and digits), never words ('Cotton', 'Ridge') for every row."""
    t = table("members", ("full_name", "varchar(80)"), ("postcode", "varchar(8)"))
    vals = _vals(generate(t, rows=300)["members"]["postcode"])
    assert vals and all(len(v) <= 8 for v in vals)
    assert all(any(ch.isdigit() for ch in v) for v in vals), sorted(set(vals))[:10]
