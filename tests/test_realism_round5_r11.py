"""Issue 10, round 5 (helper r11): the vocabulary of domains nobody wrote (categorical columns of
crops, machines, minerals, specimens, vessels...) and packs that leak across tables. Small
synthetic schemas with invented table names (no database: plan + engine)."""

from __future__ import annotations

from seedbed.generate.intent.domain import table_packs
from seedbed.model import Schema
from tests.test_realism_units import generate, intent_of, table


def _values(got: dict, tab: str, col: str) -> set[str]:
    return {v for v in got[tab][col] if v is not None}


# ------------------------------------------------------------------ packs that leak across tables
def test_an_entity_table_does_not_take_its_childrens_pack_but_a_lookup_table_does() -> None:
    """``orchards`` <- ``shipments`` (logistics): an orchard is no parcel; ``fruit_categories`` <-
    ``shipments`` is a lookup and may take its users' pack."""
    orchards = table("orchards", ("name", "text"), ("category", "varchar(30)"))
    cats = table("fruit_categories", ("name", "text"))
    ships = table("shipments", ("tracking_no", "text"), ("weight_kg", "numeric"), ("shipped_at", "ts"),
                  ("status", "text"), fks=(("orchard_id", "orchards"), ("category_id", "fruit_categories")))
    others = [table(n) for n in ("carriers", "warehouses", "parcels")]
    packs = table_packs(Schema(tables=(orchards, cats, ships, *others)), "logistics")
    assert packs["orchards"] == "generic" and packs["fruit_categories"] == "logistics"


def test_a_neighbours_everyday_word_votes_as_weakly_as_the_tables_own() -> None:
    """A ``trades`` table of builders is no stock trade: a table referencing it stays out of fintech."""
    trades = table("trades", ("name", "text"))
    snags = table("snags", ("note", "text"), fks=(("trade_id", "trades"),))
    others = [table(n) for n in ("shipments", "warehouses", "vehicles")]
    assert table_packs(Schema(tables=(trades, snags, *others)), "logistics")["snags"] != "fintech"


# ------------------------------------------------------------------ <table>_type beside the table's own key
def test_a_type_named_after_its_own_table_is_no_polymorphic_pair() -> None:
    """``survey_type`` in ``surveys`` whose key is ``survey_id`` is the survey's kind, not a class name."""
    from dataclasses import replace

    t = table("surveys", ("survey_type", "varchar(40)"))
    t = replace(t, columns=tuple(replace(c, name="survey_id") if c.name == "id" else c for c in t.columns),
                primary_key=replace(t.primary_key, columns=("survey_id",)))
    assert intent_of(t, "survey_type") != "tech.class_name"
    poly = table("comments", ("commentable_type", "varchar(40)"), ("commentable_id", "int"))
    assert intent_of(poly, "commentable_type") == "tech.class_name"


# ------------------------------------------------------------------ the vocabulary of domains nobody wrote
def test_a_type_reads_as_a_kind_of_the_thing_its_qualifier_names() -> None:
    """``glaze_type``-like heads by the thing: a crop's, a vessel's, an injury's, an inspection's, a
    defect's type are each their own list, never "Crop type 2"; ``category``, ``kind`` and ``class``
    of a thing share its list (``soil_class`` is a soil type)."""
    t = table("orchard_blocks", ("crop_type", "varchar(30)"), ("soil_class", "varchar(20)"),
              ("irrigation_method", "varchar(30)"), ("hazard_kind", "varchar(40)"), ("vessel_category", "varchar(40)"))
    got = generate(t)
    assert _values(got, "orchard_blocks", "crop_type") <= {"cereal", "oilseed", "pulse", "root crop", "vegetable", "fruit",
                                                           "forage", "fibre", "vine", "nut"}
    assert {"drip", "sprinkler"} & _values(got, "orchard_blocks", "irrigation_method")
    assert "working at height" in _values(got, "orchard_blocks", "hazard_kind")
    assert "bulk carrier" in _values(got, "orchard_blocks", "vessel_category")
    assert not any(v[-1].isdigit() for c in ("crop_type", "hazard_kind", "vessel_category") for v in _values(got, "orchard_blocks", c))


def test_a_bare_category_takes_the_tables_noun() -> None:
    """``category`` / ``kind`` of a table of machines is a machine type; of excavation plant, plant."""
    got = generate(table("machines", ("category", "varchar(40)"), ("kind", "varchar(40)")))
    assert {"CNC lathe", "press brake", "laser cutter"} & _values(got, "machines", "category")
    assert _values(got, "machines", "kind") <= set(_values(got, "machines", "category")) | {
        "CNC mill", "CNC lathe", "injection moulder", "press brake", "laser cutter", "robot welder", "3D printer",
        "conveyor", "packaging line", "grinder"}


def test_one_head_reads_by_the_domain_around_it() -> None:
    """A contract's type on a building job is lump sum / design and build, on a hire form full-time;
    a maker's make of a tractor is John Deere, of a lab centrifuge Eppendorf."""
    jobs = table("tenders", ("contract_type", "varchar(40)"), ("site_address", "text"), ("works_value", "numeric"))
    staff = table("hires", ("contract_type", "varchar(40)"), ("employee_name", "text"))
    tractors = table("tractors", ("make", "varchar(30)"))
    lab = table("lab_centrifuges", ("make", "varchar(30)"))
    got = generate(jobs, staff, tractors, lab)
    assert "lump sum" in _values(got, "tenders", "contract_type") and "full-time" in _values(got, "hires", "contract_type")
    assert "John Deere" in _values(got, "tractors", "make") and "Eppendorf" in _values(got, "lab_centrifuges", "make")


def test_a_word_the_tokenizer_would_split_is_read_whole() -> None:
    """``discipline`` (not "discip line"), ``specialism``, ``technique`` are attribute heads."""
    t = table("design_queries", ("discipline", "varchar(30)"), ("engineer_name", "text"))
    got = generate(t, table("restorers", ("specialism", "varchar(40)"), ("conservation_notes", "text")))
    assert {"structural", "architectural", "mechanical"} & _values(got, "design_queries", "discipline")
    assert {"paintings", "paper", "textiles"} & _values(got, "restorers", "specialism")


def test_a_reason_follows_its_qualifier_then_the_tables_noun() -> None:
    """A bare ``reason`` of stock-keeping variations is a variation's; ``cancellation_reason`` keeps
    its family whatever the table; a delivery's rejection is a delivery's."""
    from seedbed.generate.realistic.vocab import load

    got = generate(table("variations", ("reason", "varchar(60)")),
                   table("kayak_rentals", ("cancellation_reason", "varchar(80)"), ("reason", "varchar(60)")),
                   table("gravel_deliveries", ("rejection_reason", "varchar(80)"), ("supplier", "text")))
    assert "design change" in _values(got, "variations", "reason")
    assert _values(got, "kayak_rentals", "cancellation_reason") <= set(load("misc")["reason_families"]["cancel"])
    assert "damaged on arrival" in _values(got, "gravel_deliveries", "rejection_reason")


# ------------------------------------------------------------------ catalogues of real kinds of things
def test_a_catalogue_of_things_is_named_with_real_names_each_once_when_unique() -> None:
    """``reagents.name``, ``tools.tool_name`` (UNIQUE), a text ``fruit`` column: real names, not
    "Reagent B 41" or "Primary Tool"."""
    from dataclasses import replace

    from seedbed.model import UniqueKey

    tools = table("tools", ("tool_name", "varchar(60)", False))
    tools = replace(tools, uniques=(UniqueKey(name="tools_name_key", columns=("tool_name",)),))
    workshop = table("workshop_jobs", ("notes", "text"), fks=(("tool_id", "tools"),))
    got = generate(table("reagents", ("name", "text")), tools, workshop, table("stall_sales", ("fruit", "varchar(30)")),
                   rows=40)
    assert {"Tris base", "EDTA", "Agarose", "Sodium chloride"} & _values(got, "reagents", "name")
    names = [v for v in got["tools"]["tool_name"] if v]
    assert len(set(names)) == len(names) and "Cordless drill" in names
    assert {"Apple", "Banana", "Mango"} & _values(got, "stall_sales", "fruit")
    consignee = generate(table("crates", ("consignee_name", "text")), table("tools", ("name", "text")))
    assert not {"Cordless drill"} & _values(consignee, "crates", "consignee_name")
    assert not {"Cordless drill"} & _values(consignee, "tools", "name")  # a tool of no workshop: maybe software


def test_a_thing_of_many_domains_reads_by_the_schema_it_is_in() -> None:
    """Machinery beside orchards and harvests is a farm's (tractors, John Deere), beside a gym's
    workouts a gym's; its own columns say nothing of which."""
    farm = generate(table("orchards", ("name", "text")), table("harvests", ("tonnes", "numeric")),
                    table("machinery", ("name", "varchar(60)"), ("kind", "varchar(30)"), ("manufacturer", "varchar(40)")))
    assert {"tractor", "seed drill", "baler"} & _values(farm, "machinery", "kind") and "John Deere" in _values(farm, "machinery", "manufacturer")
    assert not {"20 t excavator", "Treadmill"} & _values(farm, "machinery", "name")
    gym = generate(table("workouts", ("title", "text")), table("machinery", ("name", "varchar(60)")))
    assert {"Treadmill", "Rowing machine", "Leg press", "Spin bike"} & _values(gym, "machinery", "name")


# ------------------------------------------------------------------ people named by their role
def test_a_column_named_by_a_role_or_by_who_did_something_holds_a_persons_name() -> None:
    """``registrar``, ``duty_archivist``, ``lead_estimator`` hold names ("Maria Lopez"), not
    "Registrar 12" (roles added to ``names.ROLE_PEOPLE``; ``*_by`` is ``computing``'s login);
    ``sort_by`` is no person."""
    t = table("weighbridge_tickets", ("registrar", "varchar(100)"), ("duty_archivist", "text"),
              ("lead_estimator", "varchar(80)"), ("sort_by", "varchar(30)"))
    assert intent_of(t, "registrar") == intent_of(t, "duty_archivist") == intent_of(t, "lead_estimator") \
        == "person.full_name"
    assert intent_of(t, "sort_by") not in ("person.full_name", "person.username")
    got = generate(t)
    assert not any(v.startswith("Registrar ") for v in _values(got, "weighbridge_tickets", "registrar"))


# ------------------------------------------------------------------ integer flags named by a state
def test_an_integer_named_by_a_state_with_a_default_of_0_or_1_is_a_flag() -> None:
    """``dispatched smallint DEFAULT 0`` and ``heated smallint DEFAULT 1`` are flags (0/1), mostly in
    their default state; ``times_dispatched`` stays a count and ``speed`` is no participle."""
    from dataclasses import replace

    t = table("pallet_checks", ("dispatched", "smallint", False), ("heated", "smallint", False),
              ("times_dispatched", "int"), ("speed", "smallint"))
    t = replace(t, columns=tuple(replace(c, default="1" if c.name == "heated" else "0") if c.name != "id" else c
                                 for c in t.columns))
    got = generate(t, rows=200)["pallet_checks"]
    assert set(got["dispatched"]) <= {"0", "1"} and got["dispatched"].count("0") > 120
    assert set(got["heated"]) <= {"0", "1"} and got["heated"].count("1") > 120
    assert intent_of(t, "times_dispatched") != "number.flag" and intent_of(t, "speed") != "number.flag"


def test_a_builders_jobs_are_named_like_buildings_but_a_queues_jobs_are_not() -> None:
    got = generate(table("jobs", ("title", "varchar(120)")), table("subcontractors", ("name", "text")),
                   table("snags", ("note", "text"), fks=(("job_id", "jobs"),)))
    assert {"Northgate Medical Centre", "Westfield Logistics Warehouse", "Elm Street Townhouses"} & _values(got, "jobs", "title")
    queue = generate(table("jobs", ("title", "varchar(120)")), table("workers", ("hostname", "text")))
    assert not any("Apartments" in v for v in _values(queue, "jobs", "title"))


# ------------------------------------------------------------------ dates are no sports statistics
def test_a_table_with_start_and_completion_dates_is_no_stats_table() -> None:
    """``start_on``, ``finish_on`` and ``completion_date`` name moments, not a game's stats: the works
    contract's value beside them is money at a contract's scale, not an average of 2.8."""
    t = table("refurbishments", ("start_on", "date"), ("finish_on", "date"), ("completion_date", "date"),
              ("works_contract_value", "numeric(14,2)"))
    assert intent_of(t, "works_contract_value") == "money.amount"
    values = [float(v) for v in generate(t)["refurbishments"]["works_contract_value"] if v]
    assert sorted(values)[len(values) // 2] > 1000


# ------------------------------------------------------------------ a place in the building a record is about
def test_the_location_of_a_defect_or_repair_is_a_place_in_the_building() -> None:
    """``location_ref`` of snags and ``area`` of repairs read "Level 3, Unit 302" or "Roof", not a UUID
    or a city; a shipment's ``location`` is untouched."""
    got = generate(table("snag_lists", ("location_ref", "varchar(40)")), table("repairs", ("area", "varchar(60)")))
    for tab, col in (("snag_lists", "location_ref"), ("repairs", "area")):
        values = _values(got, tab, col)
        assert values and all(v.startswith(("Level", "Ground", "Basement", "Roof", "Stair", "Lift", "North", "Plant"))
                              for v in values), values
    assert intent_of(table("shipments", ("location", "varchar(60)")), "location") != "place.indoor"


# ------------------------------------------------------------------ weather quantities
def test_a_days_rain_and_air_temperature_are_at_the_weathers_scale() -> None:
    """A day's ``precipitation_mm`` is mostly a few mm (not 542), and ``max_temp_c`` beside a
    ``weather`` column is an air temperature (not a fridge's 2-8 °C)."""
    t = table("field_diaries", ("weather", "varchar(30)"), ("precipitation_mm", "numeric(5,1)"), ("max_temp_c", "numeric(4,1)"))
    got = generate(t, rows=200)["field_diaries"]
    rain = sorted(float(v) for v in got["precipitation_mm"] if v)
    temp = sorted(float(v) for v in got["max_temp_c"] if v)
    assert rain[len(rain) // 2] < 15 and rain[-1] <= 250
    assert 12 < temp[len(temp) // 2] < 28
    fridge = generate(table("cold_rooms", ("set_temp_c", "numeric(4,1)")))["cold_rooms"]["set_temp_c"]
    assert sorted(float(v) for v in fridge if v)[len(fridge) // 2 - 5] < 12
