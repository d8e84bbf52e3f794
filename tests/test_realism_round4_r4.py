"""Issue 10, round 4 (r4): reference data, codes and places that agree, each class on a small
synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

import pycountry
import pytest

from seedbed.model import ColumnType, ForeignKey, TypeKind, UniqueKey
from tests.test_realism_units import ctype, generate, qn, table


def _char(n: int) -> ColumnType:
    return replace(ctype(f"varchar({n})"), fixed_length=True, sql_name=f"character({n})")


def _with(t, **types: ColumnType):
    return replace(t, columns=tuple(replace(c, type=types[c.name]) if c.name in types else c for c in t.columns))


def _unique(t, *cols: str):
    return replace(t, uniques=tuple(UniqueKey(name=f"u_{c}", columns=(c,)) for c in cols))


def _cells(got: dict, col: str) -> list[str]:
    return [v for v in got[col] if v is not None]


# ------------------------------------------------------------------ unique columns with a real domain
def test_a_unique_language_table_takes_real_iso_639_languages_whose_code_and_name_agree() -> None:
    """A languages table's unique ``code char(2)`` and ``name``: distinct real languages (was
    ``AA``, ``AB`` and ``fern-ge``), a row's code and name of one language."""
    t = _unique(_with(table("tongues_languages", ("code", "varchar(2)"), ("name", "varchar(60)")), code=_char(2)),
                "code", "name")
    got = generate(t, rows=120)["tongues_languages"]
    codes, names = _cells(got, "code"), _cells(got, "name")
    assert len(set(codes)) == len(codes) == 120 and len(set(names)) == 120
    for code, name in zip(codes, names, strict=True):
        lang = pycountry.languages.get(alpha_2=code.strip().lower())
        assert lang is not None and lang.name.startswith(name)


def test_a_language_in_a_composite_key_is_a_real_language_name() -> None:
    """``(parent, language text)`` as the key: distinct real language names, not slugs."""
    parent = table("atlas_regions", ("label", "varchar(40)"))
    child = table("atlas_region_language", ("language", "text"), ("share", "int"), fks=(("region_id", "atlas_regions"),))
    child = replace(child, primary_key=UniqueKey(name="pk", columns=("region_id", "language")))
    got = generate(parent, child, rows=150)["atlas_region_language"]
    real = {lang.name.split(";")[0].split(" (")[0] for lang in pycountry.languages}
    assert set(_cells(got, "language")) <= real


def test_a_unique_country_table_takes_real_countries_whose_codes_and_name_agree() -> None:
    """``iso2``, ``iso3`` and a unique ``name`` of a countries table: one real country per row;
    its ``currency_code`` is a currency, not the country's ISO-3 code."""
    t = table("realm_countries", ("iso2", "varchar(2)"), ("iso3", "varchar(3)"), ("name", "varchar(80)"),
              ("currency_code", "varchar(3)"))
    t = _unique(_with(t, iso2=_char(2), iso3=_char(3), currency_code=_char(3)), "iso2", "iso3", "name")
    got = generate(t, rows=90)["realm_countries"]
    for a2, a3, name, cur in zip(*(got[c] for c in ("iso2", "iso3", "name", "currency_code")), strict=True):
        country = pycountry.countries.get(alpha_2=a2)
        assert country is not None and country.alpha_3 == a3
        assert name in (country.name, getattr(country, "common_name", None))
        assert cur is None or pycountry.currencies.get(alpha_3=cur) is not None


def test_a_unique_code_draws_the_real_domain_before_any_invented_code() -> None:
    """An aircraft type table of more rows than real types: every real type code first, then
    letter codes no real type uses (was: ``AAG``, ``AAP`` for every row)."""
    from seedbed.generate.realistic.vocab import load

    t = _unique(_with(table("fleet_aircraft", ("aircraft_code", "varchar(3)")), aircraft_code=_char(3)), "aircraft_code")
    real = set(load("misc")["aircraft_codes"]) | set(load("misc")["aircraft_codes_more"])
    got = _cells(generate(t, rows=len(real) + 30)["fleet_aircraft"], "aircraft_code")
    assert len(set(got)) == len(got)
    assert real <= set(got)
    assert all(v.isalpha() and v.isupper() for v in set(got) - real)


# ------------------------------------------------------------------ places agree through their FK
@pytest.mark.parametrize("keyed", [False, True])
def test_a_city_is_a_city_of_the_country_its_fk_points_at(keyed: bool) -> None:
    """``cities.country_code`` references a country table's unique ISO-3 code: the city's name is
    of that country (was: San Francisco in UKR), also when ``(country_code, name)`` is a key (was
    ``slate-r0``: distinct real cities, each row's own country's while it has any left)."""
    from seedbed.generate.realistic.geo import countries

    nation = _unique(_with(table("realm_nations", ("code", "varchar(3)"), ("name", "varchar(80)")), code=_char(3)), "code")
    nation = replace(nation, primary_key=UniqueKey(name="pk", columns=("code",)),
                     columns=tuple(c for c in nation.columns if c.name != "id"))
    town = table("realm_towns", ("name", "varchar(80)"), ("country_code", "varchar(3)"))
    town = replace(_with(town, country_code=_char(3)), foreign_keys=(
        ForeignKey(name="fk_country", columns=("country_code",), ref_table=qn("realm_nations"), ref_columns=("code",)),))
    if keyed:
        town = replace(town, uniques=(UniqueKey(name="u_town", columns=("country_code", "name")),))
    got = generate(nation, town, rows=60)["realm_towns"]
    assert not keyed or len(set(got["name"])) == 60
    geo = countries()
    iso3 = {str(c): k for k, c in enumerate(geo.iso3.tolist())}
    checked, bad = 0, []
    for name, code in zip(got["name"], got["country_code"], strict=True):
        k = iso3.get(code)
        if k is None or name is None:
            continue
        own = set(geo.city[geo.city_offset[k]:geo.city_offset[k] + geo.city_count[k]].tolist())
        checked += 1
        if name not in own:
            bad.append((name, code))
    assert checked > 30 and len(bad) <= (3 if keyed else 0), bad  # a country's cities can run out


def test_a_fixed_width_code_fills_its_width_in_its_style() -> None:
    """A unique ``char(6)`` reference is six upper-case alphanumerics spread over their space (was
    ``000000``, ``000001``); a unique ``char(13)`` ticket number is thirteen digits (was ``TCK000005``)."""
    t = table("ferry_passes", ("pass_ref", "varchar(6)"), ("ticket_no", "varchar(13)"))
    t = _unique(_with(t, pass_ref=_char(6), ticket_no=_char(13)), "pass_ref", "ticket_no")
    got = generate(t, rows=300)["ferry_passes"]
    refs, tickets = _cells(got, "pass_ref"), _cells(got, "ticket_no")
    assert len(set(refs)) == len(set(tickets)) == 300
    assert all(len(v) == 6 and v.isalnum() and v.upper() == v for v in refs)
    assert len({v[:2] for v in refs}) > 100  # spread, not an enumeration behind a run of zeros
    assert all(len(v) == 13 and v.isdigit() for v in tickets)
    assert len({v[:3] for v in tickets}) > 100
    wide = _cells(generate(table("ferry_riders", ("rider_id", "varchar(20)")), rows=300)["ferry_riders"], "rider_id")
    assert sum(v.startswith("00") for v in wide) < 30  # the whole width, not a small number behind zeros


def test_a_strict_order_between_timestamps_keeps_whole_seconds() -> None:
    """``CHECK (lands_at > leaves_at)``: the later time is strictly later and on whole seconds
    (was ``06:31:31.000001``: one microsecond past the bound)."""
    from seedbed.model import Check

    t = table("ferry_legs", ("leaves_at", "ts", False), ("lands_at", "ts", False))
    t = replace(t, checks=(Check(name="legs_order", expression="lands_at > leaves_at", columns=("lands_at", "leaves_at")),))
    got = generate(t, rows=300)["ferry_legs"]
    assert not any("." in v for v in got["lands_at"] + got["leaves_at"])
    assert all(b > a for a, b in zip(got["leaves_at"], got["lands_at"], strict=True))


# ------------------------------------------------------------------ a country's facts at their scale
def test_a_country_rows_region_currency_and_calling_code_are_its_own() -> None:
    """In a table about countries: ``region`` is its world region (was 'Texas' for Palestine), its
    ``capital`` its capital (was Köln for the UAE), its ``currency_code`` and ``calling_code`` the
    country's where known, ``indep_year`` is a
    year of independence (was 2016-2022), ``gnp`` is in millions of USD (was 814.44)."""
    from seedbed.generate.realistic.countries import describe

    t = table("realm_nations", ("code", "varchar(3)"), ("region", "text"), ("currency_code", "varchar(3)"),
              ("calling_code", "varchar(6)"), ("indep_year", "smallint"), ("gnp", "numeric"), ("capital", "varchar(80)"),
              ("main_language", "varchar(40)"))
    t = _unique(_with(t, code=_char(3), currency_code=_char(3)), "code")
    got = generate(t, rows=60)["realm_nations"]
    regions = {"Western Asia", "Northern Europe", "Western Europe", "Southern Europe", "Eastern Europe", "Caribbean",
               "Northern America", "South America", "Eastern Asia", "Southern Asia", "South-eastern Asia"}
    assert len(set(got["region"]) & regions) >= 6
    for code, region, cur, call, capital in zip(got["code"], got["region"], got["currency_code"], got["calling_code"],
                                                got["capital"], strict=True):
        assert region is None or region == describe(code, "region")
        assert capital is None or capital == describe(code, "capital")
        assert describe(code, "language") is None or got["main_language"][got["code"].index(code)] in (
            None, describe(code, "language"))
        if describe(code, "currency") is not None and cur is not None:
            assert cur == describe(code, "currency") and call in (None, describe(code, "calling"))
    years = [int(v) for v in got["indep_year"] if v is not None]
    assert min(years) >= 1800 and max(years) <= 1993
    gnp = sorted(float(v) for v in got["gnp"] if v is not None)
    assert gnp[len(gnp) // 2] > 2000 and gnp[-1] > 50_000


def test_a_citys_district_is_its_region() -> None:
    """``district`` of a city table is the city's province (Noord-Holland), not a neighbourhood."""
    from seedbed.generate.realistic.geo import countries

    got = generate(table("realm_city", ("name", "text"), ("district", "text")), rows=80)["realm_city"]
    regions = set(countries().city_region.tolist())
    assert all(v in regions for v in got["district"] if v is not None)


def test_an_arrival_after_its_departure_is_a_legs_length_later() -> None:
    """``CHECK (planned_arrival > planned_departure)``: 45 minutes to 12 hours later (was 9
    minutes to three weeks); an order between other names keeps the typed spread."""
    from datetime import datetime

    from seedbed.model import Check

    t = table("ferry_runs", ("planned_departure", "ts", False), ("planned_arrival", "ts", False))
    t = replace(t, checks=(Check(name="runs_order", expression="planned_arrival > planned_departure",
                                 columns=("planned_arrival", "planned_departure")),))
    got = generate(t, rows=300)["ferry_runs"]
    hours = [(datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600
             for a, b in zip(got["planned_departure"], got["planned_arrival"], strict=True)]
    inside = [0.75 <= h <= 12 for h in hours]
    assert sum(inside) >= 0.95 * len(hours)
    assert 1 < sorted(hours)[len(hours) // 2] < 4


def test_an_exchange_rate_and_an_official_name_are_what_they_say() -> None:
    """A currency table's ``rate`` spreads like exchange rates (0.006 to 90, was a 1..100 score);
    a country's ``official_name`` is its official name (Republic of Albania), not its short name."""
    rates = table("fx_quotes", ("quote_currency", "varchar(3)"), ("rate", "numeric"))
    got = [float(v) for v in generate(rates, rows=300)["fx_quotes"]["rate"] if v is not None]
    assert min(got) < 0.2 and max(got) > 50 and sum(0.5 < v < 2 for v in got) > 30
    t = _unique(_with(table("realm_countries", ("iso2", "varchar(2)"), ("official_name", "varchar(160)")),
                      iso2=_char(2)), "iso2")
    rows = generate(t, rows=80)["realm_countries"]
    for code, official in zip(rows["iso2"], rows["official_name"], strict=True):
        country = pycountry.countries.get(alpha_2=code)
        assert official in (None, getattr(country, "official_name", country.name))


def test_a_number_counting_a_rows_place_in_its_parent_runs_one_two_three() -> None:
    """``PRIMARY KEY (route_id, stop_number)``: each route's stops are 1..k (was 392, 961: unique
    over the whole table)."""
    parent = table("bus_routes", ("label", "varchar(40)"))
    child = table("bus_route_stops", ("stop_number", "smallint", False), ("note", "text"),
                  fks=(("route_id", "bus_routes"),))
    child = replace(child, primary_key=UniqueKey(name="pk", columns=("route_id", "stop_number")),
                    columns=tuple(c for c in child.columns if c.name != "id"))
    got = generate(parent, child, rows=120)["bus_route_stops"]
    per: dict[str, list[int]] = {}
    for route, stop in zip(got["route_id"], got["stop_number"], strict=True):
        per.setdefault(route, []).append(int(stop))
    assert len(set(zip(got["route_id"], got["stop_number"], strict=True))) == 120
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in per.values())


def test_a_groups_size_is_people_and_a_plural_total_is_a_count() -> None:
    """``min_group_size`` / ``max_group_size`` are a few to a few dozen people (was 63, 99 as
    'dimensions'); ``seats_total`` counts seats (was a money amount); ``fees_total`` stays money."""
    t = table("canoe_trips", ("min_group_size", "smallint"), ("max_group_size", "smallint"),
              ("seats_total", "smallint"), ("fees_total", "numeric"))
    got = generate(t, rows=300)["canoe_trips"]

    def nums(col: str) -> list[float]:
        return [float(v) for v in got[col] if v is not None]

    for col in ("min_group_size", "max_group_size"):
        sizes = sorted(nums(col))
        assert sizes[0] >= 1 and sizes[len(sizes) // 2] <= 20 and sizes[-1] <= 80
    assert all(v == int(v) for v in nums("seats_total"))
    assert any(v != int(v) for v in nums("fees_total"))


def test_a_narrow_unique_name_column_takes_the_real_values_that_fit_it() -> None:
    """A unique ``varchar(12)`` country name: real names that fit (Peru, Kenya), not the typed
    fallback because one name (United Arab Emirates) is longer than the column."""
    t = _unique(table("realm_lands", ("country_name", "varchar(12)")), "country_name")
    got = _cells(generate(t, rows=60)["realm_lands"], "country_name")
    names = {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    assert len(set(got)) == 60 and set(got) <= names


def test_a_unicode_column_spells_its_emoji_siblings_code_points() -> None:
    """A flag table's ``unicode`` beside its ``emoji``: the emoji's code points (was 'Unicode 3')."""
    t = _unique(_with(table("realm_banners_country", ("code2", "varchar(2)"), ("emoji", "text"), ("unicode", "text")),
                      code2=_char(2)), "code2")
    got = generate(t, rows=40)["realm_banners_country"]
    for emoji, spelled in zip(got["emoji"], got["unicode"], strict=True):
        assert spelled is None or spelled == " ".join(f"U+{ord(ch):04X}" for ch in emoji)
    assert sum(v is not None and v.startswith("U+1F1") for v in got["unicode"]) > 20


def test_a_thing_a_pack_knows_is_described_as_itself_and_no_sentence_twice() -> None:
    """A travel schema's tours and itinerary days are described as tours and days (was hotel blurbs:
    'Sea views from every room.' for a tour), and a row never repeats one of its sentences."""
    tours = table("tours", ("title", "varchar(140)"), ("description", "text"))
    days = table("itinerary_days", ("title", "varchar(120)"), ("description", "text"), fks=(("tour_id", "tours"),))
    hotels = table("hotels", ("name", "varchar(80)"))
    got = generate(tours, days, hotels, table("flights", ("flight_no", "varchar(8)")), rows=200)
    blurbs = ("Sea views", "Non-refundable", "rooftop", "Breakfast included", "Booking #")
    for t in ("tours", "itinerary_days"):
        texts = [v for v in got[t]["description"] + got[t]["title"] if v]
        assert not any(b in v for v in texts for b in blurbs)
        for v in got[t]["description"]:
            parts = [p for p in (v or "").split(". ") if p]
            assert len(parts) == len(set(parts))
