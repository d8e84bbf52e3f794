"""Issue 10, round 6 (r12): classes of a lab's and a utility's columns, each on a small synthetic
schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.model import Check, Column, ColumnType, TypeKind
from tests.test_realism_units import generate, table


def _enum(name: str, *labels: str) -> ColumnType:
    return ColumnType(kind=TypeKind.ENUM, sql_name=name, enum_labels=labels)


def _add(t, *cols: Column):
    return replace(t, columns=(*t.columns, *cols))


def _f(v: str | None) -> float | None:
    return None if v is None else float(v)


# ------------------------------------------------------------------ a DEFAULT never respells a closed list
def test_a_short_default_of_an_enum_or_a_check_list_keeps_the_lists_spelling() -> None:
    """``tier tier_kind DEFAULT 'none'`` beside labels ``'GOLD'``, ``'XL'``: the default's lower case
    folded the other labels to ``'gold'`` and the load failed (invalid input value for enum)."""
    t = table("memberships", ("note", "text"))
    t = _add(t, Column(name="tier", type=_enum("tier_kind", "GOLD", "XL", "SILV", "none"), nullable=False,
                       default="'none'::tier_kind"),
             Column(name="grade", type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False,
                    default="'std'"))
    t = replace(t, checks=(*t.checks, Check(name="memberships_grade_check",
                                            expression="grade IN ('std', 'VIP', 'PRO')"),))
    got = generate(t)["memberships"]
    assert set(got["tier"]) <= {"GOLD", "XL", "SILV", "none"} and "GOLD" in got["tier"]
    assert set(got["grade"]) <= {"std", "VIP", "PRO"} and "VIP" in got["grade"]
