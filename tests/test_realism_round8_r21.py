"""Issue 10, round 8 (r21): measures at the scale of what they measure — readings of a solution,
rates over a denominator, shares that lean, what one incident counts, a thing's size by what it is —
on small synthetic schemas with invented names (no database: plan + engine)."""

from __future__ import annotations

from statistics import median

from tests.test_realism_units import generate, table


def _values(got: dict, column: str) -> list[float]:
    return [float(v) for v in got[column] if v is not None]


# ------------------------------------------------------------------ readings of water, soil and air
def test_water_chemistry_reads_at_the_scale_of_each_substance() -> None:
    """A river sample's dissolved oxygen is a few mg/l, its nitrate tens at most, its hardness a
    hundred or so, its turbidity a few NTU; a pool's free chlorine one to three ppm (999.99, 700,
    17,000 before: a few g/l of anything, or a number's width)."""
    samples = table("river_samples", ("dissolved_oxygen_mg_l", "numeric(5,2)"), ("nitrate_mg_l", "numeric(6,2)"),
                    ("total_hardness_mg_l", "numeric(6,1)"), ("turbidity_ntu", "numeric(6,1)"))
    pools = table("pool_checks", ("free_chlorine_ppm", "numeric(4,2)"))
    got = generate(samples, pools)
    s = got["river_samples"]
    assert 4 <= median(_values(s, "dissolved_oxygen_mg_l")) <= 12 and max(_values(s, "dissolved_oxygen_mg_l")) <= 20
    assert median(_values(s, "nitrate_mg_l")) <= 50 and max(_values(s, "nitrate_mg_l")) <= 200
    assert 30 <= median(_values(s, "total_hardness_mg_l")) <= 400
    assert median(_values(s, "turbidity_ntu")) <= 30
    assert 0.3 <= median(_values(got["pool_checks"], "free_chlorine_ppm")) <= 5


def test_a_ph_is_between_0_and_14_wherever_its_name_puts_it() -> None:
    """``ph_level`` of a pool about 7, ``soil_ph`` of a field 4-9, a wine's ``must_ph`` about 3.5
    (25.54, 47.0 before: a number of its width)."""
    pools = table("pool_checks", ("ph_level", "numeric(4,2)"))
    soils = table("soil_tests", ("soil_ph", "numeric(3,1)"))
    musts = table("fermentations", ("must_ph", "numeric(3,2)"))
    got = generate(pools, soils, musts)
    pool, soil, must = (_values(got[t], c) for t, c in (("pool_checks", "ph_level"), ("soil_tests", "soil_ph"),
                                                         ("fermentations", "must_ph")))
    assert 6.5 <= median(pool) <= 8 and 0 <= min(pool) and max(pool) <= 14
    assert 5 <= median(soil) <= 7.5 and 3.5 <= min(soil) and max(soil) <= 9.5
    assert 3 <= median(must) <= 4.2


def test_a_sound_level_in_decibels_is_tens() -> None:
    """A site's ``noise_dba`` is 50-100 dB (932.7 and 2.3 before)."""
    got = generate(table("site_surveys", ("noise_dba", "numeric(4,1)")))["site_surveys"]
    values = _values(got, "noise_dba")
    assert 50 <= median(values) <= 95 and 20 <= min(values) and max(values) <= 140


# ------------------------------------------------------------------ rates over a denominator
def test_a_rate_scales_with_its_denominator() -> None:
    """A paddock's fertiliser is ~150 kg/ha, so ~60 kg/acre; a crop's yield a few t/ha; a ward's
    infections per 1000 bed-days a few; an excavator burns a dozen litres an hour (a price per kg,
    or a number of the column's width, before)."""
    paddocks = table("paddocks", ("fertiliser_kg_per_acre", "numeric(7,1)"), ("wheat_yield_t_per_ha", "numeric(5,2)"),
                     ("price_per_kg", "numeric(6,2)"))
    wards = table("ward_stats", ("infections_per_1000", "numeric(6,2)"))
    diggers = table("excavators", ("fuel_l_per_hr", "numeric(5,1)"))
    got = generate(paddocks, wards, diggers)
    p = got["paddocks"]
    assert 15 <= median(_values(p, "fertiliser_kg_per_acre")) <= 200
    assert 1 <= median(_values(p, "wheat_yield_t_per_ha")) <= 12
    assert 1 <= median(_values(got["ward_stats"], "infections_per_1000")) <= 50
    assert max(_values(got["ward_stats"], "infections_per_1000")) <= 1000
    assert 3 <= median(_values(got["excavators"], "fuel_l_per_hr")) <= 50


def test_a_percentage_per_period_is_a_few_percent() -> None:
    """``growth_pct_per_week`` is a few percent, not 180-940 (a number of its width before)."""
    got = generate(table("herd_weights", ("growth_pct_per_week", "numeric(5,2)")))["herd_weights"]
    values = _values(got, "growth_pct_per_week")
    assert 0.5 <= median(values) <= 10 and max(values) <= 100


def test_hours_per_period_are_a_working_periods_and_overtime_a_part_of_it() -> None:
    """``contracted_hours_per_week`` is 20-50 and ``overtime_hours_per_month`` a dozen or two (494
    and 502 before: hours per week more than a week holds)."""
    got = generate(table("crew_members", ("contracted_hours_per_week", "numeric(4,1)"),
                         ("overtime_hours_per_month", "numeric(5,1)")))["crew_members"]
    weekly, overtime = _values(got, "contracted_hours_per_week"), _values(got, "overtime_hours_per_month")
    assert 25 <= median(weekly) <= 50 and max(weekly) <= 112
    assert 5 <= median(overtime) <= 40


# ------------------------------------------------------------------ shares that lean
def test_a_share_leans_by_what_it_counts_in_percent_or_of_one() -> None:
    """A hatchery's ``hatch_rate`` is most of the eggs, kept of one (0.9) or in percent (90); a
    call centre's ``abandonment_rate_pct`` a few percent; a car park's ``occupancy_pct`` most of it
    (0.13-1.00, 86.6 mortality, 3.9 occupancy before: anything between 0 and whole)."""
    hatch = table("hatchery_batches", ("hatch_rate", "numeric(3,2)"), ("hatch_rate_pct", "numeric(5,2)"))
    calls = table("call_centre_days", ("abandonment_rate_pct", "numeric(5,2)"))
    parks = table("car_park_counts", ("occupancy_pct", "numeric(5,1)"))
    got = generate(hatch, calls, parks)
    of_one, pct = _values(got["hatchery_batches"], "hatch_rate"), _values(got["hatchery_batches"], "hatch_rate_pct")
    assert 0.75 <= median(of_one) <= 0.98 and max(of_one) <= 1 and min(of_one) >= 0.5
    assert 75 <= median(pct) <= 98 and max(pct) <= 100
    abandoned = _values(got["call_centre_days"], "abandonment_rate_pct")
    assert median(abandoned) <= 8 and max(abandoned) <= 30
    occupied = _values(got["car_park_counts"], "occupancy_pct")
    assert 55 <= median(occupied) <= 92 and max(occupied) <= 100


# ------------------------------------------------------------------ what one incident counts
def test_an_incident_involves_a_few_people_hurts_few_and_loses_hours_within_a_day() -> None:
    """A workplace accident's ``casualties`` are none most of the time, its ``employees_involved`` one
    or two, its ``downtime_hours`` a few and never more than a day holds (5, 11, 340.8 before)."""
    got = generate(table("workplace_accidents", ("casualties", "smallint"), ("employees_involved", "smallint"),
                         ("downtime_hours", "numeric(4,1)")))["workplace_accidents"]
    hurt, involved, hours = (_values(got, c) for c in ("casualties", "employees_involved", "downtime_hours"))
    assert sum(v == 0 for v in hurt) >= len(hurt) / 2 and max(hurt) <= 10
    assert 1 <= median(involved) <= 2 and max(involved) <= 20
    assert 0.5 <= median(hours) <= 8 and max(hours) <= 24


# ------------------------------------------------------------------ a thing's size by what it is
def test_a_things_size_is_the_size_of_what_the_table_holds() -> None:
    """A yacht's length is metres to tens of metres, a pool's depth one to three metres, a ski's
    length 1.5-1.9 m, a garment's length tens of centimetres (216.94 m boats, 99.99 m ponds before)."""
    yachts = table("yachts", ("length_m", "numeric(5,2)"))
    pools = table("swimming_pools", ("depth_m", "numeric(4,2)"))
    skis = table("skis", ("length_cm", "smallint"))
    garments = table("garments", ("length_cm", "numeric(5,1)"))
    got = generate(yachts, pools, skis, garments)
    assert 4 <= median(_values(got["yachts"], "length_m")) <= 25 and max(_values(got["yachts"], "length_m")) <= 40
    assert 1 <= median(_values(got["swimming_pools"], "depth_m")) <= 3
    assert 140 <= median(_values(got["skis"], "length_cm")) <= 195 and max(_values(got["skis"], "length_cm")) <= 220
    assert 30 <= median(_values(got["garments"], "length_cm")) <= 130


def test_a_batch_is_counted_and_weighed_at_a_batchs_scale() -> None:
    """A hatchery batch holds thousands of eggs; a catch weighs hundreds to thousands of kg (8 eggs
    and 0.9 kg before: a small count, a thing's weight)."""
    batches = table("hatchery_batches", ("egg_count", "int"))
    catches = table("catches", ("total_weight_kg", "numeric(10,1)"))
    got = generate(batches, catches)
    assert median(_values(got["hatchery_batches"], "egg_count")) >= 500
    assert 100 <= median(_values(got["catches"], "total_weight_kg")) <= 50_000


# ------------------------------------------------------------------ money over a period, worn sizes, more units
def test_a_rent_is_a_months_in_round_sums_scaled_to_its_period_and_area() -> None:
    """``monthly_rent`` is hundreds to thousands in steps of 25, ``weekly_rent`` a quarter of a month's,
    ``rent_per_sqft_year`` tens; a ``management_fee_pct`` a few percent (a number of the column's
    width before: 18-130 a month, a fee of 82%)."""
    got = generate(table("tenancies", ("monthly_rent", "numeric(8,2)"), ("weekly_rent", "numeric(7,2)"),
                         ("rent_per_sqft_year", "numeric(6,2)"), ("management_fee_pct", "numeric(4,1)")))["tenancies"]
    monthly, weekly = _values(got, "monthly_rent"), _values(got, "weekly_rent")
    assert 500 <= median(monthly) <= 3_000 and all(v % 25 == 0 for v in monthly)
    assert 100 <= median(weekly) <= 700
    assert 5 <= median(_values(got, "rent_per_sqft_year")) <= 60
    fee = _values(got, "management_fee_pct")
    assert 3 <= median(fee) <= 12 and max(fee) <= 30


def test_a_shoe_size_is_in_a_sizing_system() -> None:
    """``boot_size numeric(3,1)`` is a UK size in halves (3-13), ``shoe_size smallint`` an EU size
    (36-47), ``mondo_point`` centimetres of a foot (14.7-65.8, 23-109, 2-20 before)."""
    got = generate(table("boot_fittings", ("boot_size", "numeric(3,1)"), ("shoe_size", "smallint"),
                         ("mondo_point", "smallint")))["boot_fittings"]
    uk, eu, mondo = (_values(got, c) for c in ("boot_size", "shoe_size", "mondo_point"))
    assert 2 <= min(uk) and max(uk) <= 14 and all((2 * v).is_integer() for v in uk) and 6 <= median(uk) <= 10
    assert 34 <= min(eu) and max(eu) <= 49 and 39 <= median(eu) <= 44
    assert 21 <= min(mondo) and max(mondo) <= 32


def test_angles_light_conductivity_and_air_co2_read_at_their_scale() -> None:
    """A roof's pitch is tens of degrees under 90, a room's light hundreds of lux, a nutrient
    solution's conductivity a few mS/cm, a greenhouse's CO2 hundreds of ppm, a cable car's length a
    kilometre or so (a small count, a length in cm, a few g/l, 40 m before)."""
    roofs = table("roof_surveys", ("roof_pitch_deg", "smallint"), ("indoor_lux", "int"))
    beds = table("hydroponic_beds", ("ec_ms_cm", "numeric(4,2)"), ("co2_ppm", "smallint"))
    cars = table("cable_cars", ("length_m", "int"), ("vertical_rise_m", "int"), ("capacity_per_hour", "int"))
    got = generate(roofs, beds, cars)
    pitch, lux = _values(got["roof_surveys"], "roof_pitch_deg"), _values(got["roof_surveys"], "indoor_lux")
    assert 10 <= median(pitch) <= 45 and max(pitch) <= 90 and 100 <= median(lux) <= 2_000
    ec, co2 = _values(got["hydroponic_beds"], "ec_ms_cm"), _values(got["hydroponic_beds"], "co2_ppm")
    assert 0.1 <= median(ec) <= 5 and 300 <= median(co2) <= 2_000
    c = got["cable_cars"]
    assert 400 <= median(_values(c, "length_m")) <= 4_000 and median(_values(c, "vertical_rise_m")) <= 1_000
    assert 200 <= median(_values(c, "capacity_per_hour")) <= 4_000


def test_energy_and_construction_things_measure_at_their_own_scale() -> None:
    """A wind turbine's rated power is megawatts and its hub 100 m up, a solar panel's peak ~400 W, a
    home battery's capacity ~13 kWh, a pipe's wall a few mm, concrete's strength 20-60 MPa (a few
    units of each before, or a device's draw of 1.4 kWh)."""
    turbines = table("wind_turbines", ("rated_power_kw", "int"), ("hub_height_m", "numeric(5,1)"))
    panels = table("pv_modules", ("peak_power_w", "smallint"))
    batteries = table("home_batteries", ("capacity_kwh", "numeric(6,1)"))
    pipes = table("water_mains", ("wall_thickness_mm", "numeric(4,1)"))
    pours = table("concrete_pours", ("compressive_strength_mpa", "numeric(4,1)"))
    got = generate(turbines, panels, batteries, pipes, pours)
    assert 1_000 <= median(_values(got["wind_turbines"], "rated_power_kw")) <= 8_000
    assert 50 <= median(_values(got["wind_turbines"], "hub_height_m")) <= 160
    assert 250 <= median(_values(got["pv_modules"], "peak_power_w")) <= 600
    assert 5 <= median(_values(got["home_batteries"], "capacity_kwh")) <= 40
    assert 2 <= median(_values(got["water_mains"], "wall_thickness_mm")) <= 25
    assert 20 <= median(_values(got["concrete_pours"], "compressive_strength_mpa")) <= 60


def test_a_thing_the_column_names_is_measured_when_the_table_is_no_thing() -> None:
    """A berth's ``boat_length_ft`` is a boat's (tens of feet), a hire's ``snowboard_length_cm`` a
    board's (~160 cm), though neither table is a boat or a board (a few units of each before)."""
    berths = table("marina_berths", ("boat_length_ft", "numeric(5,1)"))
    hires = table("kit_hires", ("snowboard_length_cm", "smallint"))
    got = generate(berths, hires)
    assert 12 <= median(_values(got["marina_berths"], "boat_length_ft")) <= 80
    assert 130 <= median(_values(got["kit_hires"], "snowboard_length_cm")) <= 190


def test_money_named_with_its_currency_is_money() -> None:
    """``amount_usd`` and ``damage_eur`` are amounts of money, skewed like money (tens to thousands,
    most small), not uniform numbers of the column's width (the currency hid the head word)."""
    got = generate(table("storm_claims", ("amount_usd", "numeric(12,2)"), ("damage_eur", "numeric(10,2)")))
    for column in ("amount_usd", "damage_eur"):
        values = _values(got["storm_claims"], column)
        assert 10 <= median(values) <= 300 and sum(values) / len(values) > median(values)


def test_vehicles_structures_and_furniture_measure_as_what_they_are() -> None:
    """A bus is ~12 m long and ~13 t, a door ~2.1 m high, a bridge's deck a few metres wide and its span
    tens of metres, a bicycle ~12 kg (51.9 m buses, 1.7 t buses, a generic length before)."""
    buses = table("buses", ("length_m", "numeric(4,1)"), ("gross_weight_kg", "int"))
    doors = table("doors", ("height_mm", "smallint"))
    bridges = table("bridges", ("deck_width_m", "numeric(4,1)"), ("span_m", "numeric(6,1)"))
    bikes = table("bicycles", ("weight_kg", "numeric(4,1)"))
    got = generate(buses, doors, bridges, bikes)
    assert 8 <= median(_values(got["buses"], "length_m")) <= 18 and max(_values(got["buses"], "length_m")) <= 25
    assert 8_000 <= median(_values(got["buses"], "gross_weight_kg")) <= 20_000
    assert 1_900 <= median(_values(got["doors"], "height_mm")) <= 2_400
    assert 4 <= median(_values(got["bridges"], "deck_width_m")) <= 15 and 15 <= median(_values(got["bridges"], "span_m")) <= 200
    assert 7 <= median(_values(got["bicycles"], "weight_kg")) <= 20


def test_composition_and_gradient_percentages_read_at_their_scale() -> None:
    """A beer's ``abv`` is a few percent, a road's ``gradient_pct`` a few, a member's
    ``body_fat_pct`` tens, ``vo2_max`` about forty (32.19-89.79 ABV, 508.6 VO2 max before)."""
    beers = table("craft_beers", ("abv", "numeric(4,2)"))
    roads = table("road_segments", ("gradient_pct", "numeric(4,1)"))
    members = table("gym_members", ("body_fat_pct", "numeric(4,1)"), ("vo2_max", "numeric(4,1)"))
    got = generate(beers, roads, members)
    assert 3 <= median(_values(got["craft_beers"], "abv")) <= 12
    assert 1 <= median(_values(got["road_segments"], "gradient_pct")) <= 12
    assert 10 <= median(_values(got["gym_members"], "body_fat_pct")) <= 35
    assert 25 <= median(_values(got["gym_members"], "vo2_max")) <= 60


def test_the_thing_a_column_names_wins_over_the_tables_and_rates_of_a_day_count_a_working_day() -> None:
    """A hotel room's ``bed_width_cm`` is a bed's (90-180 cm), not a room's 4 m; a store's
    ``footfall_per_day`` is hundreds; a cow's ``milk_yield_l_per_day`` tens of litres; a store's
    ``shrinkage_pct`` a few percent (357-540 cm, 0-12 people, 297-940 l, 22-75% before)."""
    rooms = table("hotel_rooms", ("bed_width_cm", "smallint"))
    stores = table("corner_shops", ("footfall_per_day", "int"), ("shrinkage_pct", "numeric(4,2)"))
    cows = table("dairy_cows", ("milk_yield_l_per_day", "numeric(5,1)"))
    got = generate(rooms, stores, cows)
    assert 70 <= median(_values(got["hotel_rooms"], "bed_width_cm")) <= 200
    assert 50 <= median(_values(got["corner_shops"], "footfall_per_day")) <= 5_000
    assert median(_values(got["corner_shops"], "shrinkage_pct")) <= 8
    assert 10 <= median(_values(got["dairy_cows"], "milk_yield_l_per_day")) <= 45


def test_a_share_leans_by_what_its_table_holds() -> None:
    """A wine's ``abv`` is 11-15%, a spirit's ~40%, a beer's ~5%; a ski slope's gradient tens of percent
    and a road's a few (29.53-73.93% wines before)."""
    wines = table("wine_lots", ("abv", "numeric(4,2)"))
    spirits = table("whisky_casks", ("abv", "numeric(4,2)"))
    slopes = table("ski_slopes", ("max_gradient_pct", "numeric(4,1)"))
    got = generate(wines, spirits, slopes)
    assert 11 <= median(_values(got["wine_lots"], "abv")) <= 15
    assert 30 <= median(_values(got["whisky_casks"], "abv")) <= 60
    assert 15 <= median(_values(got["ski_slopes"], "max_gradient_pct")) <= 45
