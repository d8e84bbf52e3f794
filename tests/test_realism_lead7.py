"""Issue 10, the lead's classes of session 7 (no database: plan + engine), each failing on 616810f:

* a head that only says "one of a set" (group, class, category, kind, sort) takes the set the word
  before it names: ``blood_group`` is a blood type (``BG1`` before), ``payment_category`` a payment type;
* an instrument or a machine named by its head (``analyser``, ``forklift``) is a maker and a model
  (``Analyser 2`` before), from the family its head names;
* a table of people is known by its columns (a given and a family name), whatever it is called: a
  skier's height and weight are a person's;
* a home's bedrooms, bathrooms and rooms are counted in ones (the lead's property schema, after its
  blind review);
* a rental picked up comes back days later (the ends of a lent thing's period: picked up, dropped off,
  borrowed, rented);
* broad kinds with their lists (``kinds.json`` "general7"): a repair's category, a meter's utility, an
  injury, a tenancy's end, a pass type;
* the top of a pair is above its base (summit / base, upper / lower, like max / min).
"""

from __future__ import annotations

from tests.test_realism_units import generate, table

BLOOD = {"O+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"}


def test_a_set_named_by_a_group_or_class_takes_the_set_before_it() -> None:
    t = table("donors", ("full_name", "text", False), ("blood_group", "varchar(3)", False),
              ("blood_class", "text"), ("rh_negative", "bool"))
    got = generate(t)["donors"]
    assert set(got["blood_group"]) <= BLOOD and len(set(got["blood_group"])) >= 4
    assert {v for v in got["blood_class"] if v is not None} <= BLOOD


def test_an_instrument_or_a_machine_is_a_maker_and_a_model() -> None:
    """'Analyser 2' before: an instrument or a machine named by its head is a maker and its model, a few
    per table, and the family its head names (a forklift is no harvester)."""
    t = table("test_results", ("sample_ref", "text", False), ("analyser", "varchar(40)"), ("forklift", "text"))
    got = generate(t)["test_results"]
    analysers = {v for v in got["analyser"] if v is not None}
    assert analysers and all(v.split()[0] in {"Sysmex", "Roche", "Abbott", "Beckman", "Siemens", "Bio-Rad", "Eppendorf",
                                              "Thermo", "Illumina", "Agilent", "Olympus", "Zeiss", "BD", "Ortho", "Grifols"}
                             for v in analysers)
    assert 3 <= len(analysers) <= 20  # a lab's few instruments, not one per row
    trucks = {v for v in got["forklift"] if v is not None}
    assert trucks and not trucks & {"John Deere S780", "Claas Lexion 8700"}
    assert all(any(ch.isdigit() for ch in v) for v in trucks)


def test_a_table_of_people_is_known_by_its_columns() -> None:
    """'skiers' is no word for people seedbed knows, but a given and a family name say its rows are people:
    their height and weight are a person's (3-25 cm and 0-9 kg before, a reviewer's zeros)."""
    t = table("skiers", ("given_name", "text", False), ("family_name", "text", False), ("height_cm", "smallint"),
              ("weight_kg", "smallint"))
    got = generate(t)["skiers"]
    heights = sorted(int(v) for v in got["height_cm"] if v is not None)
    weights = sorted(int(v) for v in got["weight_kg"] if v is not None)
    assert 150 <= heights[len(heights) // 2] <= 190 and heights[0] >= 120
    assert 55 <= weights[len(weights) // 2] <= 100 and weights[0] >= 30


def test_a_homes_rooms_are_counted_in_ones() -> None:
    """A flat has 0-5 bedrooms and 1-3 bathrooms (6-34 and 36.7-84.8 before); a room or a bed counts so only
    in a table of homes (a ward's beds are another count)."""
    t = table("units", ("unit_number", "varchar(8)", False), ("bedrooms", "smallint", False),
              ("bathrooms", "numeric(3,1)", False), ("rooms", "int"))
    got = generate(t)["units"]
    assert {int(v) for v in got["bedrooms"]} <= set(range(6)) and len(set(got["bedrooms"])) >= 3
    assert {float(v) for v in got["bathrooms"]} <= {1.0, 1.5, 2.0, 2.5, 3.0}
    assert {int(v) for v in got["rooms"] if v is not None} <= set(range(1, 9))


def test_a_rental_picked_up_comes_back_days_later() -> None:
    """Picked up, then returned: the ends of a rental's period, days apart (1-44 minutes before)."""
    t = table("rentals", ("equipment", "text", False), ("picked_up_at", "ts", False), ("returned_at", "ts"))
    got = generate(t)["rentals"]
    import datetime as dt

    gaps = [(dt.datetime.fromisoformat(r) - dt.datetime.fromisoformat(p)).total_seconds() / 86_400
            for p, r in zip(got["picked_up_at"], got["returned_at"], strict=True) if r is not None]
    assert gaps and min(gaps) > 0 and sorted(gaps)[len(gaps) // 2] >= 1


def test_broad_kinds_of_facilities_and_incidents_have_their_lists() -> None:
    """A repair request's category is a trade (a software tracker's 'Bug', 'Documentation' before), a meter's
    utility a utility ('Utility 18'), an injury an injury ('Injury 27'), a lease's end a tenancy's reason
    (an employee's 'Misconduct'); an IT ticket's category stays an IT one."""
    got = generate(table("maintenance_requests", ("category", "text", False), ("description", "text")),
                   table("meter_readings", ("utility", "text", False), ("reading", "numeric")),
                   table("incidents", ("injury", "varchar(40)"), ("severity", "smallint")),
                   table("tickets", ("category", "text", False), ("title", "text")))
    assert set(got["maintenance_requests"]["category"]) <= {
        "plumbing", "electrical", "heating", "appliance", "carpentry", "pest control", "locks and doors", "roofing",
        "windows", "general repair"}
    assert set(got["meter_readings"]["utility"]) <= {"electricity", "gas", "water", "heating", "internet", "sewer"}
    assert {v for v in got["incidents"]["injury"] if v is not None} <= {
        "sprain", "bruise", "fracture", "laceration", "strain", "concussion", "dislocation", "burn", "torn ligament"}
    assert not set(got["tickets"]["category"]) & {"plumbing", "heating"}


def test_the_top_of_a_pair_is_above_its_base() -> None:
    """A summit above its base, an upper limit above its lower one (a summit below the base before)."""
    got = generate(table("resorts", ("resort_name", "text", False), ("base_elevation_m", "int", False),
                         ("summit_elevation_m", "int", False), ("lower_limit", "numeric"), ("upper_limit", "numeric")))
    rows = got["resorts"]
    assert all(int(s) >= int(b) for b, s in zip(rows["base_elevation_m"], rows["summit_elevation_m"], strict=True))
    assert all(float(u) >= float(lo) for lo, u in zip(rows["lower_limit"], rows["upper_limit"], strict=True)
               if lo is not None and u is not None)
