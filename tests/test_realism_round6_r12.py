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


# ------------------------------------------------------------------ a measurement against its reference
def test_a_measured_value_lies_mostly_inside_its_rows_range_and_its_flag_says_where() -> None:
    """``obs_value`` beside ``normal_min`` / ``normal_max``: most rows inside, a few outside, and the
    ``hl_flag`` enum says N / L / H / LL / HH accordingly (were independent draws: 904 over 202-915, 'LL')."""
    t = table("panel_lines", ("normal_min", "numeric(10,3)"), ("normal_max", "numeric(10,3)"),
              ("obs_value", "numeric(12,4)"), ("verified_by", "int"))
    t = _add(t, Column(name="hl_flag", type=_enum("hl", "N", "L", "H", "LL", "HH", "A")))
    t = replace(t, checks=(*t.checks, Check(name="panel_lines_range_check",
                                            expression="normal_min < normal_max"),))
    got = generate(t)["panel_lines"]
    rows = [(lo, hi, v, f) for lo, hi, v, f in zip(*(map(_f, got[c]) for c in ("normal_min", "normal_max", "obs_value")),
                                                  got["hl_flag"], strict=True)
            if lo is not None and hi is not None and v is not None]
    inside = sum(lo <= v <= hi for lo, hi, v, _ in rows)
    assert 0.7 * len(rows) <= inside < len(rows)
    for lo, hi, v, flag in rows:
        if flag is None:
            continue
        want = "N" if lo <= v <= hi else ("L" if v < lo else "H")
        assert flag == want or flag == want * 2, (lo, hi, v, flag)


def test_a_standard_deviation_is_a_few_per_cent_of_its_mean_and_a_reading_lies_around_it() -> None:
    """``ctrl_avg`` / ``ctrl_sd`` and ``measured_result``: the sd is 2-8% of the mean, the reading
    within four sd of the mean (were an sd larger than its mean, a reading of 65 beside a mean of 876)."""
    t = table("control_checks", ("ctrl_avg", "numeric(10,3)", False), ("ctrl_sd", "numeric(10,3)", False),
              ("measured_result", "numeric(10,3)", False))
    got = generate(t)["control_checks"]
    for m, sd, v in zip(*(map(float, got[c]) for c in ("ctrl_avg", "ctrl_sd", "measured_result")), strict=True):
        assert 0.015 * m <= sd <= 0.085 * m + 0.001, (m, sd)
        assert abs(v - m) <= 4 * sd + 0.002, (m, sd, v)
