"""Issue 10, round 9 (r24): quantities at the size of the thing they belong to — a thing's dimensions
by its kind, places and parts counted by the thing, money by who holds it, people by where they work,
years and dates at the era of the thing, percents and fractions as their names keep them — on small
synthetic schemas with invented names (no database: plan + engine)."""

from __future__ import annotations

from statistics import median

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _values(got: dict, column: str) -> list[float]:
    return [float(v) for v in got[column] if v is not None]


def _years(got: dict, column: str) -> list[int]:
    return [int(str(v)[:4]) for v in got[column] if v is not None]


# ------------------------------------------------------------------ a thing's dimensions by its kind
def test_structures_machines_and_natural_things_have_their_kinds_sizes() -> None:
    """A dam is tens of metres high and hundreds long; a crane lifts tens of tonnes; a berth is
    12-18 m deep and hundreds of metres long; a borehole is a hundred metres deep and its casing
    a few hundred mm wide; a hydro unit turns a few hundred rpm; a runway is kilometres long; a
    tree is tens of metres tall (13-134 m quays, 3-16 t cranes, 57-370 m berth depths, 15 mm
    casings, 4,000 rpm hydro turbines before)."""
    dams = table("dams", ("height_m", "numeric(6,1)"), ("crest_length_m", "numeric(7,1)"))
    cranes = table("quay_cranes", ("lifting_capacity_t", "numeric(5,1)"), ("outreach_m", "numeric(5,1)"))
    berths = table("berths", ("quay_length_m", "numeric(6,1)"), ("depth_alongside_m", "numeric(4,1)"))
    wells = table("boreholes", ("depth_m", "numeric(6,1)"), ("casing_diameter_mm", "smallint"))
    hydro = table("hydro_units", ("speed_rpm", "smallint"), ("rated_output_mw", "numeric(7,2)"))
    runways = table("runways", ("length_m", "int"), ("width_m", "numeric(4,1)"))
    trees = table("street_trees", ("height_m", "numeric(4,1)"), ("trunk_diameter_cm", "numeric(5,1)"))
    got = generate(dams, cranes, berths, wells, hydro, runways, trees)
    assert 15 <= median(_values(got["dams"], "height_m")) <= 120
    assert 100 <= median(_values(got["dams"], "crest_length_m")) <= 2000
    assert 20 <= median(_values(got["quay_cranes"], "lifting_capacity_t")) <= 120
    assert 11 <= median(_values(got["berths"], "depth_alongside_m")) <= 18
    assert max(_values(got["berths"], "depth_alongside_m")) <= 25
    assert 150 <= median(_values(got["berths"], "quay_length_m")) <= 600
    assert 100 <= median(_values(got["boreholes"], "casing_diameter_mm")) <= 400
    assert 30 <= median(_values(got["boreholes"], "depth_m")) <= 500
    assert 60 <= median(_values(got["hydro_units"], "speed_rpm")) <= 750
    assert 1500 <= median(_values(got["runways"], "length_m")) <= 4500
    assert 8 <= median(_values(got["street_trees"], "height_m")) <= 35


def test_a_catchment_is_wider_than_its_water_and_a_flow_is_no_speed() -> None:
    """A reservoir's catchment is tens to thousands of km², many times its own surface; a spillway's
    ``capacity_m3s`` is a flow, not metres a second (a catchment the reservoir's own size, and
    ``m3s`` read as m/s, in the round's first cut)."""
    got = generate(table("reservoirs", ("surface_area_km2", "numeric(7,2)"), ("catchment_area_km2", "numeric(8,1)")),
                   table("spillways", ("capacity_m3s", "numeric(8,1)")))
    r = got["reservoirs"]
    assert median(_values(r, "catchment_area_km2")) >= 10 * median(_values(r, "surface_area_km2"))
    assert median(_values(got["spillways"], "capacity_m3s")) >= 20


def test_a_kind_column_says_what_the_rows_are_and_a_stations_lift_is_an_elevator() -> None:
    """``structures`` whose ``structure_type`` is bridge, viaduct or tunnel are bridges: a span of tens
    of metres and a load limit of tens of tonnes (1-3 t before); a station's lift travels a few
    floors at a metre or two a second (a ski lift's 500 m rise and a speed of 60 before)."""
    structures = table("structures", ("structure_type", "varchar(12)"), ("span_m", "numeric(7,1)"),
                       ("load_limit_t", "numeric(6,1)"))
    structures = structures.__class__(**{**{f: getattr(structures, f) for f in structures.__slots__},
                                         "checks": (Check(name="structures_type_check", columns=("structure_type",),
                                                          expression="structure_type IN ('bridge', 'viaduct', "
                                                                     "'tunnel')"),)})
    lifts = table("station_lifts", ("travel_height_m", "numeric(5,2)"), ("speed_m_s", "numeric(4,2)"))
    got = generate(structures, lifts)
    assert 15 <= median(_values(got["structures"], "span_m")) <= 300
    assert 10 <= median(_values(got["structures"], "load_limit_t")) <= 100
    assert 3 <= median(_values(got["station_lifts"], "travel_height_m")) <= 60
    assert 0.5 <= median(_values(got["station_lifts"], "speed_m_s")) <= 4


def test_a_vehicles_battery_holds_what_its_kind_holds() -> None:
    """An electric bus's battery is hundreds of kWh, a car's tens, an e-bike's half of one (a
    device's 1.4 kWh before)."""
    got = generate(table("buses", ("battery_kwh", "numeric(6,1)")), table("ev_cars", ("battery_kwh", "numeric(5,1)")),
                   table("ebikes", ("battery_capacity_kwh", "numeric(5,2)")))
    assert 150 <= median(_values(got["buses"], "battery_kwh")) <= 800
    assert 20 <= median(_values(got["ev_cars"], "battery_kwh")) <= 150
    assert 0.2 <= median(_values(got["ebikes"], "battery_capacity_kwh")) <= 1.5


# ------------------------------------------------------------------ places and parts counted by the thing
def test_seats_beds_cars_and_teu_are_counted_at_the_things_size() -> None:
    """A bus seats tens, a train hundreds, a stadium tens of thousands; a hospital has hundreds of
    beds; a trainset a handful of cars; a container ship thousands of TEU (279-937 seats on a bus,
    7-58 TEU before)."""
    got = generate(table("buses", ("seats", "smallint")), table("trainsets", ("seats", "int"), ("cars", "smallint")),
                   table("stadiums", ("seating_capacity", "int")), table("hospitals", ("bed_count", "int")),
                   table("container_vessels", ("capacity_teu", "int")))
    assert 25 <= median(_values(got["buses"], "seats")) <= 80 and max(_values(got["buses"], "seats")) <= 100
    assert 150 <= median(_values(got["trainsets"], "seats")) <= 900
    assert 3 <= median(_values(got["trainsets"], "cars")) <= 12
    assert 8000 <= median(_values(got["stadiums"], "seating_capacity")) <= 80000
    assert 100 <= median(_values(got["hospitals"], "bed_count")) <= 1000
    assert 1000 <= median(_values(got["container_vessels"], "capacity_teu")) <= 24000


# ------------------------------------------------------------------ money by who holds it
def test_money_is_at_the_scale_of_who_holds_it() -> None:
    """A shipping line's or a supplier's credit limit is hundreds of thousands, a household's a few
    thousand; a company's turnover millions; a company's insurance cover millions; a passenger's
    penalty fare tens, a regulator's fine on a firm tens of thousands (140-975, 19.77, 1.5 and 0.74
    before)."""
    lines = table("shipping_lines", ("line_name", "varchar(80)"), ("credit_limit", "numeric(12,2)"),
                  ("annual_turnover", "numeric(15,2)"), ("insurance_cover", "numeric(14,2)"))
    households = table("household_accounts", ("credit_limit", "numeric(10,2)"))
    fares = table("penalty_fares", ("passenger_age", "smallint"), ("fine_amount", "numeric(8,2)"))
    breaches = table("breaches", ("company_name", "varchar(80)"), ("fine_amount", "numeric(12,2)"))
    got = generate(lines, households, fares, breaches)
    s = got["shipping_lines"]
    assert 50_000 <= median(_values(s, "credit_limit")) <= 2_000_000
    assert median(_values(got["household_accounts"], "credit_limit")) <= 10_000
    assert median(_values(s, "annual_turnover")) >= 1_000_000
    assert median(_values(s, "insurance_cover")) >= 1_000_000
    assert 20 <= median(_values(got["penalty_fares"], "fine_amount")) <= 300
    assert median(_values(got["breaches"], "fine_amount")) >= 5_000


def test_an_orders_revenue_is_not_a_companys_year() -> None:
    """Money of a row that is not the holder (an order's ``revenue``) keeps its own scale: only the
    holder's own table reads a turnover as its year."""
    got = generate(table("order_lines", ("revenue", "numeric(10,2)")),
                   table("suppliers", ("supplier_name", "varchar(80)"), ("revenue", "numeric(14,2)")))
    assert median(_values(got["order_lines"], "revenue")) < 100_000
    assert median(_values(got["suppliers"], "revenue")) >= 1_000_000


def test_people_on_the_books_at_the_size_of_the_workplace() -> None:
    """A company employs hundreds (a long tail to tens of thousands), a depot or a hospital by its
    size; not a shop's 0-18."""
    got = generate(table("contractors", ("company_name", "varchar(80)"), ("employee_count", "int")),
                   table("operators", ("headcount", "int")), table("hospitals", ("staff_count", "int")))
    assert 50 <= median(_values(got["contractors"], "employee_count")) <= 2000
    assert 50 <= median(_values(got["operators"], "headcount")) <= 2000
    assert 300 <= median(_values(got["hospitals"], "staff_count")) <= 5000


# ------------------------------------------------------------------ years and dates at the era of the thing
def test_years_of_making_fall_in_the_era_of_the_kind() -> None:
    """A bus is built in recent decades, a container ship after 1956, a dam or a bridge over a
    century or so; a year of building is never year 1 (1895 buses and dams completed in year 1-69
    before)."""
    got = generate(table("buses", ("year_built", "smallint")), table("container_ships", ("build_year", "smallint")),
                   table("dams", ("year_completed", "smallint")), table("bridges", ("year_opened", "smallint")),
                   table("aircraft", ("manufactured_year", "smallint")))
    buses, ships = _values(got["buses"], "year_built"), _values(got["container_ships"], "build_year")
    assert min(buses) >= 1985 and 2005 <= median(buses) <= 2022
    assert min(ships) >= 1966 and median(ships) >= 2000
    dams = _values(got["dams"], "year_completed")
    assert min(dams) >= 1850 and 1940 <= median(dams) <= 2010
    assert min(_values(got["bridges"], "year_opened")) >= 1830
    assert min(_values(got["aircraft"], "manufactured_year")) >= 1975


def test_dates_of_making_and_founding_reach_back_years() -> None:
    """A unit commissioned, a lift installed, a company founded or incorporated: years to decades
    back, not the last two years (2024-2025 only before)."""
    firms = table("firms", ("firm_name", "varchar(80)"), ("founded_date", "date"), ("incorporation_date", "date"))
    drivers = table("drivers", ("first_name", "varchar(40)"), ("last_name", "varchar(40)"), ("licence_issued", "date"))
    got = generate(table("hydro_units", ("commissioned", "date")), table("escalators", ("installed_on", "date")), firms,
                   drivers)
    assert median(_years(got["hydro_units"], "commissioned")) <= 2005
    assert median(_years(got["escalators"], "installed_on")) <= 2015
    for column in ("founded_date", "incorporation_date"):
        assert median(_years(got["firms"], column)) <= 2015 and min(_years(got["firms"], column)) >= 1870
    assert median(_years(got["drivers"], "licence_issued")) <= 2020


# ------------------------------------------------------------------ percents and fractions
def test_percents_stay_percents_and_shares_stay_shares() -> None:
    """A ``deposit_pct`` is a share (10-20%), not money of 250; a ``vote_share numeric(5,2)`` is a
    fraction of one (25-999 before); a salary increase or a growth is a few percent; punctuality and
    a contract's retention lean where they do (5% held back)."""
    loans = table("mortgages", ("deposit_pct", "numeric(5,2)"), ("rate_increase_pct", "numeric(5,2)"))
    parties = table("election_results", ("vote_share", "numeric(5,2)"), ("turnout_growth_pct", "numeric(5,2)"))
    ops = table("bus_operators", ("on_time_pct", "numeric(5,2)"))
    contracts = table("contracts", ("contractor_name", "varchar(80)"), ("retention_pct", "numeric(4,2)"))
    got = generate(loans, parties, ops, contracts)
    deposit = _values(got["mortgages"], "deposit_pct")
    assert max(deposit) <= 100 and 3 <= median(deposit) <= 30
    assert median(_values(got["mortgages"], "rate_increase_pct")) <= 10
    shares = _values(got["election_results"], "vote_share")
    assert max(shares) <= 1 and 0.05 <= median(shares) <= 0.7
    assert median(_values(got["election_results"], "turnout_growth_pct")) <= 10
    assert median(_values(got["bus_operators"], "on_time_pct")) >= 75
    assert 2 <= median(_values(got["contracts"], "retention_pct")) <= 10
