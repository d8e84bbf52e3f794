"""Issue 10, round 7 (r14): quantities at the magnitude of their unit and of what they measure, on
small synthetic schemas with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _values(got: dict, column: str) -> list[float]:
    return [float(v) for v in got[column] if v is not None]


# ------------------------------------------------------------------ one unit, several subjects
def test_a_weight_in_kg_is_a_persons_a_parcels_or_a_lorrys() -> None:
    """``weight_kg`` of an athlete is tens of kilograms, of a package a few, of a lorry thousands, of
    a pet a dog's or a cat's: the table says what is weighed (a few units for all of them before)."""
    athletes = table("athletes", ("body_weight_kg", "numeric(5,1)"))
    packages = table("packages", ("weight_kg", "numeric(7,2)"))
    lorries = table("lorries", ("gross_weight_kg", "int"))
    pets = table("pets", ("weight_kg", "numeric(5,2)"))
    got = generate(athletes, packages, lorries, pets)
    assert 2 <= median(_values(got["pets"], "weight_kg")) <= 40 and max(_values(got["pets"], "weight_kg")) <= 100
    person, parcel, lorry = (median(_values(got[t], c)) for t, c in (
        ("athletes", "body_weight_kg"), ("packages", "weight_kg"), ("lorries", "gross_weight_kg")))
    assert 55 <= person <= 95 and min(_values(got["athletes"], "body_weight_kg")) >= 35
    assert 0.5 <= parcel <= 6
    assert 8_000 <= lorry <= 30_000 and min(_values(got["lorries"], "gross_weight_kg")) >= 3_500


def test_a_donated_volume_in_ml_is_hundreds_of_ml() -> None:
    """A blood donation's ``volume_ml`` is about 470 ml (1 to 13 before: a few of any unit)."""
    got = generate(table("plasma_donations", ("collected_volume_ml", "smallint")))["plasma_donations"]
    values = _values(got, "collected_volume_ml")
    assert 300 <= median(values) <= 550 and max(values) <= 550


# ------------------------------------------------------------------ the same quantity in another unit
def test_the_same_quantity_converts_into_the_columns_unit() -> None:
    """A parcel's weight in grams is thousands and in pounds a few; a car's tyre pressure in psi is
    about 35 and in kPa about 240 (a few of each unit before)."""
    packages = table("packages", ("weight_g", "int"), ("weight_lb", "numeric(6,2)"))
    cars = table("cars", ("tyre_pressure_psi", "numeric(4,1)"), ("tyre_pressure_kpa", "smallint"))
    got = generate(packages, cars)
    assert 500 <= median(_values(got["packages"], "weight_g")) <= 6_000
    assert 1 <= median(_values(got["packages"], "weight_lb")) <= 13
    assert 25 <= median(_values(got["cars"], "tyre_pressure_psi")) <= 50
    assert 170 <= median(_values(got["cars"], "tyre_pressure_kpa")) <= 330


# ------------------------------------------------------------------ a temperature is its subject's
def test_a_persons_temperature_is_a_body_temperature_and_a_stored_ones_is_cold() -> None:
    """``temperature_c`` of a donor's check is about 37 °C (5 °C before: the storage scale leaked
    onto a person); in °F about 98.6; a stored sample's ``storage_temp_c`` stays cold even though
    the sample belongs to a person."""
    donors = table("donors", ("temperature_c", "numeric(3,1)"), ("temperature_f", "numeric(4,1)"))
    samples = table("samples", ("storage_temp_c", "numeric(4,1)"), fks=(("donor_id", "donors"),))
    got = generate(donors, samples)
    celsius, fahrenheit = _values(got["donors"], "temperature_c"), _values(got["donors"], "temperature_f")
    assert 36 <= median(celsius) <= 37.8 and min(celsius) >= 35
    assert 96.5 <= median(fahrenheit) <= 100 and min(fahrenheit) >= 95
    stored = _values(got["samples"], "storage_temp_c")
    assert median(stored) <= 10


def test_a_parts_quantity_follows_the_parent_it_belongs_to() -> None:
    """A reading of a lorry's sensors (its parent): the coolant is ~90 °C, the battery 24 V, the
    speed tens of km/h, not 500 km/h or a battery of 700 V."""
    lorries = table("lorries", ("plate", "varchar(12)"))
    readings = table("telemetry_samples", ("coolant_temp_c", "numeric(4,1)"), ("battery_voltage_v", "numeric(4,1)"),
                     ("speed_kmh", "numeric(5,1)"), fks=(("lorry_id", "lorries"),))
    got = generate(lorries, readings)["telemetry_samples"]
    assert 75 <= median(_values(got, "coolant_temp_c")) <= 100
    assert 22 <= median(_values(got, "battery_voltage_v")) <= 29.5
    speeds = _values(got, "speed_kmh")
    assert 20 <= median(speeds) <= 100 and max(speeds) <= 110


# ------------------------------------------------------------------ the column's precision and CHECKs
def test_a_thing_referenced_beside_a_person_is_what_is_measured() -> None:
    """A trip referencing its driver and its lorry (the driver's key first): ``max_speed_kmh`` is
    the lorry's (~90), not a sprinting person's 28."""
    drivers = table("drivers", ("full_name", "text"))
    lorries = table("lorries", ("plate", "varchar(12)"))
    trips = table("trips", ("max_speed_kmh", "smallint"), fks=(("driver_id", "drivers"), ("lorry_id", "lorries")))
    got = generate(drivers, lorries, trips)["trips"]
    assert 70 <= median(_values(got, "max_speed_kmh")) <= 110


def test_a_typical_value_is_fitted_to_the_columns_precision_and_check() -> None:
    """A lorry's payload in kilograms (typically ~9,000, not a van's 1,200) kept in ``numeric(6,1)``
    under a CHECK of at most 26,000: every value fits both, and few are piled on the bound."""
    t = table("lorries", ("max_payload_kg", "numeric(6,1)", False))
    t = replace(t, checks=(Check(name="lorries_payload_check", expression="max_payload_kg <= 26000"),))
    values = _values(generate(t)["lorries"], "max_payload_kg")
    assert max(values) <= 26_000 and 4_000 <= median(values) <= 16_000
    assert sum(v == 26_000 for v in values) < len(values) / 4


# ------------------------------------------------------------------ a time counted over a period
def test_hours_counted_over_a_week_or_a_month_are_a_working_weeks() -> None:
    """``weekly_hours_max`` of a contract is about 40 and ``monthly_hours`` about 170 (0-8 before:
    an hour of the day); ``daily_minutes`` about 480."""
    t = table("contracts", ("weekly_hours_max", "smallint"), ("monthly_hours", "numeric(5,1)"),
              ("daily_minutes", "int"), ("min_term_months", "smallint"))
    got = generate(t)["contracts"]
    assert len(set(got["min_term_months"]) - {None}) > 1  # a minimum of months, not minutes a month
    assert 30 <= median(_values(got, "weekly_hours_max")) <= 50 and max(_values(got, "weekly_hours_max")) <= 112
    assert 130 <= median(_values(got, "monthly_hours")) <= 210
    assert 380 <= median(_values(got, "daily_minutes")) <= 600


# ------------------------------------------------------------------ an athlete's, a patient's, a ship's
def test_a_lab_tests_quantities_are_the_athletes_and_the_rooms() -> None:
    """A test session of an athlete (its parent): ``sprint_speed_ms`` is metres per second (~8, not
    97 read as milliseconds), ``power_output_w`` an athlete's hundreds of watts, ``jump_height_cm``
    a jump (~45 cm, not the athlete's height), ``lab_temp_c`` the room's (~21 °C, not 37), and a
    patient's ``bp_systolic_mmhg`` ~120 (not 800: a bar-scale pressure)."""
    athletes = table("athletes", ("full_name", "text"))
    sessions = table("lab_sessions", ("sprint_speed_ms", "numeric(4,2)"), ("power_output_w", "int"),
                     ("jump_height_cm", "numeric(4,1)"), ("lab_temp_c", "numeric(4,1)"),
                     fks=(("athlete_id", "athletes"),))
    patients = table("inpatients", ("bp_systolic_mmhg", "smallint"))
    got = generate(athletes, sessions, patients)
    s = got["lab_sessions"]
    assert 5 <= median(_values(s, "sprint_speed_ms")) <= 12
    assert 120 <= median(_values(s, "power_output_w")) <= 400
    assert 25 <= median(_values(s, "jump_height_cm")) <= 80
    assert 18 <= median(_values(s, "lab_temp_c")) <= 25
    assert 100 <= median(_values(got["inpatients"], "bp_systolic_mmhg")) <= 145


def test_a_ships_size_and_a_rate_per_day_are_not_another_things() -> None:
    """A ship's length, draft and power are a ship's (~140 m, ~8 m, thousands of kW, not a few
    tens of each unit); a ``daily_gain_g`` of an animal is a rate (grams a day), not the animal's
    whole mass in grams."""
    ships = table("vessels", ("length_m", "numeric(6,1)"), ("draft_m", "numeric(4,2)"), ("engine_power_kw", "int"))
    animals = table("animals", ("tag", "varchar(12)"))
    gains = table("weight_checks", ("daily_gain_g", "int"), fks=(("animal_id", "animals"),))
    got = generate(ships, animals, gains)
    assert 60 <= median(_values(got["vessels"], "length_m")) <= 300
    assert 3 <= median(_values(got["vessels"], "draft_m")) <= 18
    assert 1_000 <= median(_values(got["vessels"], "engine_power_kw")) <= 60_000
    assert median(_values(got["weight_checks"], "daily_gain_g")) < 5_000


# ------------------------------------------------------------------ money per period, percentages of one
def test_pay_quoted_per_month_is_a_twelfth_of_a_years() -> None:
    """``monthly_salary`` and ``salary_per_month`` are a month's pay (~5,000), ``annual_salary`` a
    year's (~60,000): all three were a year's before."""
    t = table("payroll_entries", ("monthly_salary", "numeric(9,2)"), ("salary_per_month", "numeric(9,2)"),
              ("annual_salary", "numeric(10,2)"))
    got = generate(t)["payroll_entries"]
    assert 2_500 <= median(_values(got, "monthly_salary")) <= 9_000
    assert 2_500 <= median(_values(got, "salary_per_month")) <= 9_000
    assert 35_000 <= median(_values(got, "annual_salary")) <= 100_000


def test_a_percentage_kept_with_one_integer_digit_is_a_share_of_one() -> None:
    """``completion_pct numeric(3,2)`` holds 0.00-9.99: a share of one (0.35), not 7.11 percent."""
    got = generate(table("enrolments", ("completion_pct", "numeric(3,2)")))["enrolments"]
    values = _values(got, "completion_pct")
    assert max(values) <= 1 and 0.1 <= median(values) <= 0.9


def test_an_aircrafts_altitude_distance_in_nautical_miles_and_an_engines_displacement() -> None:
    """A flight's ``cruise_altitude_ft`` ~35,000 (not 1,167: a hill's elevation), ``distance_nm``
    in nautical miles (hundreds, not 4: the unit was not read), a car's ``engine_displacement_cc``
    ~1,800 (not 61)."""
    flights = table("flights", ("cruise_altitude_ft", "int"), ("distance_nm", "int"))
    cars = table("cars", ("engine_displacement_cc", "smallint"))
    got = generate(flights, cars)
    assert 28_000 <= median(_values(got["flights"], "cruise_altitude_ft")) <= 41_000
    assert 200 <= median(_values(got["flights"], "distance_nm")) <= 3_000
    assert 900 <= median(_values(got["cars"], "engine_displacement_cc")) <= 3_500


# ------------------------------------------------------------------ cumulative meters, products, containers
def test_a_meters_reading_counts_years_and_a_products_weight_is_a_products() -> None:
    """A meter's ``reading_kwh`` is what it has counted (thousands of kWh, not a device's 1.4 a
    day), a water meter's ``reading_m3`` hundreds of m³; a product's ``gross_weight_kg`` about a
    kilogram (not a truck's 1,200 kg load) and a shipping container's ``tare_weight_kg`` ~3,000."""
    meters = table("utility_meters", ("serial_no", "varchar(20)"))
    readings = table("meter_readings", ("reading_kwh", "numeric(10,1)"), ("reading_m3", "numeric(9,3)"),
                     fks=(("meter_id", "utility_meters"),))
    skus = table("skus", ("gross_weight_kg", "numeric(6,3)"))
    boxes = table("containers", ("tare_weight_kg", "int"))
    got = generate(meters, readings, skus, boxes)
    assert 3_000 <= median(_values(got["meter_readings"], "reading_kwh"))
    assert 100 <= median(_values(got["meter_readings"], "reading_m3"))
    assert 0.1 <= median(_values(got["skus"], "gross_weight_kg")) <= 5
    assert 1_800 <= median(_values(got["containers"], "tare_weight_kg")) <= 4_500


# ------------------------------------------------------------------ a quantity whose name has no unit
def test_a_quantity_without_a_unit_takes_its_comments_or_the_customary_one() -> None:
    """A patient's bare ``weight`` is kilograms (~75, not 1.4) and ``height smallint`` centimetres
    (~170, not 28); a lorry's ``weight`` ~18,000 kg; a parcel's ``weight`` commented 'in grams'
    is grams (~2,000)."""
    patients = table("patients", ("weight", "numeric(5,1)"), ("height", "smallint"))
    lorries = table("lorries", ("weight", "int"))
    parcels = table("parcels", ("weight", "numeric(7,1)"))
    cols = tuple(replace(c, comment="Weight in grams") if c.name == "weight" else c for c in parcels.columns)
    parcels = replace(parcels, columns=cols)
    got = generate(patients, lorries, parcels)
    assert 55 <= median(_values(got["patients"], "weight")) <= 95
    assert 150 <= median(_values(got["patients"], "height")) <= 190
    assert 8_000 <= median(_values(got["lorries"], "weight")) <= 30_000
    assert 500 <= median(_values(got["parcels"], "weight")) <= 6_000


# ------------------------------------------------------------------ who acts is not what is measured
def test_a_referenced_person_is_measured_only_by_a_record_of_a_body() -> None:
    """A route referencing its driver: ``planned_distance_km`` is the route's (tens to hundreds of
    km, not a person's 4 km run); a profile's ``max_distance_km`` preference likewise; an order of a
    user keeps ``screen_width`` / ``screen_height`` a real resolution (not a person's 170 cm); a
    wine's ``residual_sugar_g_l`` is a concentration of a few g/l (not a volume of 40 litres)."""
    drivers = table("drivers", ("full_name", "text"))
    routes = table("routes", ("planned_distance_km", "numeric(7,1)"), fks=(("driver_id", "drivers"),))
    users = table("users", ("email", "text"))
    orders = table("orders", ("screen_width", "smallint"), ("screen_height", "smallint"), fks=(("user_id", "users"),))
    wines = table("wines", ("residual_sugar_g_l", "numeric(5,1)"))
    got = generate(drivers, routes, users, orders, wines)
    assert 30 <= median(_values(got["routes"], "planned_distance_km")) <= 600
    assert all(w >= 320 and h >= 320 for w, h in zip(_values(got["orders"], "screen_width"),
                                                      _values(got["orders"], "screen_height"), strict=False))
    assert median(_values(got["wines"], "residual_sugar_g_l")) <= 20
