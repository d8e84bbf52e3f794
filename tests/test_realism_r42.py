"""Issue 10, r42: quantities at the scale of what they measure. A column's DEFAULT gives the scale of the rows
that do not hold it (``generate/usual.py``); a CHECK range is a bound, not the distribution; the size-like
columns of one row share one latent size (a big ship is big in every column). Synthetic schemas, no database."""

from __future__ import annotations

import dataclasses

import numpy as np

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _defaulted(t, **defaults: str):
    """``t`` with the given constant DEFAULTs."""
    cols = tuple(dataclasses.replace(c, default=defaults[c.name]) if c.name in defaults else c for c in t.columns)
    return dataclasses.replace(t, columns=cols)


def _numbers(values: list[str | None]) -> np.ndarray:
    return np.array([float(v) for v in values if v is not None])


def test_a_decimal_default_gives_the_scale_of_the_other_rows() -> None:
    """A fee per pound that defaults to 0.19 is never 6-21; dues of 45.00 are never 3.52 (nor 900); a setting
    of 3600 seconds is not 7: every row stays within a few times its DEFAULT."""
    t = _defaulted(table("pantry_items", ("shared_maint_fee", "numeric(6,4)", False), ("annual_dues", "numeric(7,2)"),
                         ("locker_fee", "numeric(6,2)"), ("retention_seconds", "int")),
                   shared_maint_fee="0.19", annual_dues="45.00", locker_fee="0.75", retention_seconds="3600")
    got = generate(t, rows=300)["pantry_items"]
    for column, default in (("shared_maint_fee", 0.19), ("annual_dues", 45.0), ("locker_fee", 0.75),
                            ("retention_seconds", 3600)):
        x = _numbers(got[column])
        assert len(x) > 100, column
        assert (x == default).mean() > 0.5, column  # most rows hold the default (usual.SHARE)
        assert x.min() >= default / 5 and x.max() <= default * 5, (column, x.min(), x.max())
        assert len(set(x)) > 10, column  # the other rows are not all the default


def test_a_default_of_one_or_zero_says_no_scale() -> None:
    """An exchange rate that defaults to 1 (the home currency) may be 4,500 for another; a count from 0 counts on."""
    t = _defaulted(table("charges", ("fx_rate", "numeric(12,6)", False), ("visits", "int", False)),
                   fx_rate="1", visits="0")
    got = generate(t, rows=300)["charges"]
    rates = _numbers(got["fx_rate"])
    assert rates.max() > 5 or rates.min() < 0.2, (rates.min(), rates.max())


def _checked(t, *checks: tuple[str, str]):
    """``t`` with the given ``(column, expression)`` CHECKs."""
    return dataclasses.replace(t, checks=tuple(Check(name=f"{t.name.name}_{c}_check", expression=e, columns=(c,))
                                               for c, e in checks))


def test_a_wide_check_range_is_a_limit_not_the_distribution() -> None:
    """``n_pages BETWEEN 1 AND 500`` of a deed: mostly a few dozen pages, not uniform 1-500 (302-481); a 0-100
    scale keeps its spread; a narrow range (a year) is left alone."""
    t = _checked(table("deeds", ("n_pages", "smallint"), ("clarity_score", "smallint"), ("filed_year", "smallint")),
                 ("n_pages", "((n_pages >= 1) AND (n_pages <= 500))"),
                 ("clarity_score", "((clarity_score >= 0) AND (clarity_score <= 100))"),
                 ("filed_year", "((filed_year >= 1990) AND (filed_year <= 2030))"))
    got = generate(t, rows=400)["deeds"]
    pages = _numbers(got["n_pages"])
    assert pages.min() >= 1 and pages.max() <= 500
    assert np.median(pages) < 60 and (pages > 250).mean() < 0.05, np.median(pages)
    years = _numbers(got["filed_year"])
    assert years.min() >= 1990 and years.max() <= 2030
    scores = _numbers(got["clarity_score"])
    assert scores.min() >= 0 and scores.max() <= 100


def _rank_corr(a: list[str | None], b: list[str | None]) -> float:
    pairs = np.array([(float(x), float(y)) for x, y in zip(a, b) if x is not None and y is not None])
    ranks = np.argsort(np.argsort(pairs, axis=0), axis=0).astype(float)
    return float(np.corrcoef(ranks[:, 0], ranks[:, 1])[0, 1])


def test_one_rows_sizes_agree() -> None:
    """A kiln's length, width, volume and weight grow together (one latent size per row), each still at its own
    scale; where it stands (elevation) and a lone size in another table are drawn alone."""
    kilns = table("kilns", ("chamber_length_m", "numeric(6,2)"), ("chamber_width_m", "numeric(6,2)"),
                  ("volume_m3", "numeric(8,2)"), ("empty_weight_kg", "int"), ("site_elevation_m", "int"))
    got = generate(kilns, rows=400)["kilns"]
    sizes = ("chamber_length_m", "chamber_width_m", "volume_m3", "empty_weight_kg")
    for i, a in enumerate(sizes):
        for b in sizes[i + 1:]:
            assert _rank_corr(got[a], got[b]) > 0.45, (a, b)
    assert abs(_rank_corr(got["chamber_length_m"], got["site_elevation_m"])) < 0.2


def test_one_rows_sizes_are_the_same_for_the_same_seed() -> None:
    kilns = table("kilns", ("chamber_length_m", "numeric(6,2)"), ("chamber_width_m", "numeric(6,2)"))
    assert generate(kilns, rows=50, seed=5) == generate(kilns, rows=50, seed=5)


def test_a_typical_value_a_check_excludes_does_not_pile_on_the_bound() -> None:
    """A verified gross mass of 1,500-36,000 kg whose typical reading (tens of kg) the CHECK excludes: values
    spread inside the range, not crowded at its floor (1,500 kg, 1,532, 2,327 ...)."""
    t = _checked(table("containers", ("ballast_kg", "int"), ("vgm_kg", "int")),
                 ("ballast_kg", "((ballast_kg >= 1500) AND (ballast_kg <= 36000))"),
                 ("vgm_kg", "((vgm_kg >= 1500) AND (vgm_kg <= 36000))"))
    got = generate(t, rows=400)["containers"]
    for column in ("ballast_kg", "vgm_kg"):
        x = _numbers(got[column])
        assert x.min() >= 1500 and x.max() <= 36000
        assert (x == 1500).mean() < 0.1 and np.median(x) > 4000, (column, np.median(x))


def test_a_thing_no_list_knows_takes_the_scale_wordnet_places_it_at() -> None:
    """A kiln is a structure in WordNet (tons, hundreds of square metres), a crate a container (a kilo or two);
    no list of seedbed's names either. Where its surroundings are measured (the snow at it), the thing's scale
    does not apply."""
    kilns = table("kilns", ("empty_weight_kg", "numeric(9,1)"), ("floor_area_m2", "numeric(8,1)"),
                  ("snow_depth_m", "numeric(5,2)"))
    crates = table("crates", ("weight_kg", "numeric(7,2)"), ("volume_l", "numeric(7,2)"))
    got = generate(kilns, crates, rows=300)
    assert np.median(_numbers(got["kilns"]["empty_weight_kg"])) > 200
    assert np.median(_numbers(got["kilns"]["floor_area_m2"])) > 100
    assert np.median(_numbers(got["kilns"]["snow_depth_m"])) < 4
    assert np.median(_numbers(got["crates"]["weight_kg"])) < 20
    assert np.median(_numbers(got["crates"]["volume_l"])) < 10


def test_a_default_in_a_checks_list_keeps_the_list() -> None:
    """``pay_terms_days IN (0, 14, 30, 60, 90) DEFAULT 30``: the rows that do not hold 30 keep to the list."""
    t = _checked(_defaulted(table("parties", ("pay_terms_days", "smallint", False)), pay_terms_days="30"),
                 ("pay_terms_days", "(pay_terms_days = ANY (ARRAY[0, 14, 30, 60, 90]))"))
    assert set(_numbers(generate(t, rows=300)["parties"]["pay_terms_days"])) <= {0, 14, 30, 60, 90}


def test_a_value_redrawn_near_its_default_keeps_the_checks_bounds() -> None:
    """``locker_fee DEFAULT 0.50 CHECK (locker_fee >= 0.30)``: the other rows come near 0.50, never under 0.30."""
    t = _checked(_defaulted(table("members", ("locker_fee", "numeric(6,2)", False)), locker_fee="0.50"),
                 ("locker_fee", "(locker_fee >= 0.30)"))
    x = _numbers(generate(t, rows=400)["members"]["locker_fee"])
    assert x.min() >= 0.30 and x.max() <= 2.5 and len(set(x)) > 5, (x.min(), x.max())
