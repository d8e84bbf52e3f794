"""Issue 10, round 8 (r22): the vocabulary of the table's own trade, or an honest neutral label
(``intent/sectors.py``, ``data/vocab/sectors.json``). Each on a small synthetic schema with
invented names (no database: plan + engine)."""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table

_FACTORY = {"CNC mill", "CNC lathe", "injection moulder", "press brake", "laser cutter", "robot welder", "3D printer"}
_NEUTRAL = re.compile(r"^([IVX]+|[A-F]|[A-Z]{1,3}-?\d+|good|fair|poor|low|moderate|high|pending|in progress|completed|"
                      r"cancelled|planning|review)$")  # r30: plain ordered labels or a code, never 'Crane type 3'


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


def _dairy(*extra):
    herds = table("herds", ("herd_name", "varchar(80)"), ("cattle_count", "int"), ("milking_parlour", "varchar(40)"))
    cows = table("cows", ("ear_tag", "varchar(20)"), ("calving_date", "date"), ("breed", "varchar(40)"),
                 fks=(("herd_id", "herds"),))
    return herds, cows, *extra


# ------------------------------------------------------------------ a list of another trade loses
def test_a_machine_type_on_a_farm_is_a_farm_machine_and_elsewhere_neutral_not_a_factory_machine() -> None:
    """``machine_type`` of a dairy's kit is a milking robot or a feed wagon; of a forest
    contractor's kit (no list of its own) a plain label from the name: never a CNC lathe."""
    kit = table("farm_kit", ("machine_type", "varchar(40)"), ("bought_on", "date"))
    dairy = generate(*_dairy(kit), rows=80)["farm_kit"]["machine_type"]
    assert _vals(dairy) and not set(_vals(dairy)) & _FACTORY, sorted(set(_vals(dairy)))
    assert {"milking robot", "feed mixer wagon", "tractor"} & set(dairy)
    stands = table("stands", ("compartment", "varchar(20)"), ("felling_year", "int"), ("roundwood_m3", "numeric(8,1)"))
    logs = table("timber_loads", ("sawmill", "varchar(60)"), fks=(("stand_id", "stands"),))
    skid = table("forest_machines", ("machine_type", "varchar(40)"), ("felling_hours", "int"),
                 fks=(("stand_id", "stands"),))
    forest = _vals(generate(stands, logs, skid, rows=60)["forest_machines"]["machine_type"])
    assert forest and not set(forest) & _FACTORY, sorted(set(forest))
    assert all(_NEUTRAL.match(v) for v in forest), sorted(set(forest))


def test_a_harvest_commodity_is_the_harvest_of_the_trade_it_belongs_to() -> None:
    """The ``commodity`` of a ``harvests`` table is wheat on an arable farm but salmon at a fish
    farm and sawlogs in a forest: the word ``harvest`` alone does not make a field of grain."""
    pens = table("sea_pens", ("smolt_count", "int"), ("biomass_kg", "numeric(10,1)"), ("lice_per_fish", "numeric(4,2)"))
    fish = table("harvests", ("commodity", "varchar(40)"), ("harvested_on", "date"), fks=(("pen_id", "sea_pens"),))
    got = set(_vals(generate(pens, fish, rows=60)["harvests"]["commodity"]))
    assert got and not got & {"wheat", "barley", "canola", "corn", "soybeans", "cotton"}, sorted(got)
    assert any("salmon" in v or "trout" in v for v in got), sorted(got)
    stands = table("forest_stands", ("compartment", "varchar(20)"), ("thinning_year", "int"))
    wood = table("harvests", ("commodity", "varchar(40)"), fks=(("stand_id", "forest_stands"),))
    got = set(_vals(generate(stands, wood, rows=60)["harvests"]["commodity"]))
    assert got and not got & {"wheat", "barley", "canola", "corn"} and {"sawlogs", "pulpwood"} & got, sorted(got)


def test_a_reason_or_a_cause_is_the_trades_own() -> None:
    """A vet visit's ``reason`` is a vet's (limping, annual vaccination), a fish pen's losses have
    a fish farm's ``cause`` (sea lice, low oxygen): not an account's 'Duplicate entry'."""
    pets = table("pets", ("pet_name", "varchar(40)"), ("microchip", "varchar(20)"), ("neutered", "bool"))
    visits = table("vet_visits", ("reason", "varchar(80)"), ("visited_on", "date"), fks=(("pet_id", "pets"),))
    got = set(_vals(generate(pets, visits, rows=60)["vet_visits"]["reason"]))
    assert got and got <= {"annual vaccination", "health check", "limping", "vomiting", "skin allergy", "dental cleaning",
                           "neutering", "ear infection", "weight loss", "diarrhoea"}, sorted(got)
    pens = table("salmon_cages", ("smolt_count", "int"), ("lice_per_fish", "numeric(4,2)"))
    deaths = table("losses", ("cause", "varchar(60)"), ("dead_fish", "int"), fks=(("cage_id", "salmon_cages"),))
    got = set(_vals(generate(pens, deaths, rows=60)["losses"]["cause"]))
    assert got and {"sea lice", "low oxygen", "algal bloom", "gill disease"} & got, sorted(got)


def test_a_species_of_a_farm_is_no_laboratory_organism() -> None:
    """Where the schema is a farm, a ``species`` column holds farm animals, not Danio rerio."""
    flocks = table("flocks", ("species", "varchar(40)"), ("head_count", "int"), ("grazing_paddock", "varchar(40)"))
    got = set(_vals(generate(*_dairy(flocks), rows=60)["flocks"]["species"]))
    assert got and not any(" " in v and v.split()[0].istitle() and v.split()[1].islower() and v.split()[0].endswith(
        ("us", "is", "io", "ia", "a")) for v in got), sorted(got)
    assert {"cattle", "sheep", "goat", "pig"} & got, sorted(got)


# ------------------------------------------------------------------ companies and products of the trade
def test_companies_are_named_for_the_trade_and_the_role_they_play() -> None:
    """A dairy's ``buyers.company_name`` is a dairy or a meat processor, a building firm's
    ``subcontractors.company_name`` a builder or a roofer, a lab's ``vendors.vendor_name`` a
    scientific supplier: never an analytics or a therapeutics company of any trade."""
    buyers = table("buyers", ("company_name", "varchar(120)"), ("payment_terms_days", "int"))
    got = _vals(generate(*_dairy(buyers), rows=60)["buyers"]["company_name"])
    trade = ("Meats", "Dairies", "Abattoir", "Livestock Auctions", "Meat Processors", "Milk Co-operative")
    assert got and all(v.split(" ", 1)[-1].endswith(trade) or any(t in v for t in trade) for v in got), got[:8]
    projects = table("building_projects", ("crane_hire", "bool"), ("slab_pour_date", "date"), ("snag_count", "int"))
    subs = table("subcontractors", ("company_name", "varchar(120)"), fks=(("project_id", "building_projects"),))
    got = _vals(generate(projects, subs, rows=60)["subcontractors"]["company_name"])
    words = ("Construction", "Contractors", "Groundworks", "Scaffolding", "Roofing", "Electrical", "Plumbing & Heating",
             "Plastering", "Civil Engineering", "Demolition")
    assert got and all(any(w in v for w in words) for v in got), got[:8]
    assert not any(re.search(r"Analytics|Therapeutics|Interactive|Digital|Software", v) for v in got), got[:8]


def test_a_trades_product_name_is_a_supply_of_that_trade() -> None:
    """A building firm's supplier's ``product_name`` is concrete or plasterboard, not headphones."""
    projects = table("building_projects", ("crane_hire", "bool"), ("slab_pour_date", "date"), ("snag_count", "int"))
    sup = table("suppliers", ("supplier_name", "varchar(120)"))
    items = table("supply_items", ("product_name", "varchar(120)"), ("unit_cost", "numeric(9,2)"),
                  fks=(("supplier_id", "suppliers"),))
    got = set(_vals(generate(projects, sup, items, rows=60)["supply_items"]["product_name"]))
    assert got and any(re.search(r"concrete|Plasterboard|Rebar|cement|bricks|timber", v, re.I) for v in got), sorted(got)
    assert not any(re.search(r"Headphones|Serum|Cheese|Webcam|Tracker|Edition", v) for v in got), sorted(got)


def test_a_delivery_note_of_a_site_is_no_doorstep_note() -> None:
    """A delivery note to a building site asks for the gate or the crane, not the concierge."""
    projects = table("building_projects", ("crane_hire", "bool"), ("slab_pour_date", "date"), ("snag_count", "int"))
    drops = table("material_drops", ("delivery_note", "text"), fks=(("project_id", "building_projects"),))
    got = set(_vals(generate(projects, drops, rows=60)["material_drops"]["delivery_note"]))
    assert got and not got & {"Leave at the door, please.", "Leave with the concierge.", "Ring the bell twice.",
                              "Please don't ring, the baby is asleep."}, sorted(got)


# ------------------------------------------------------------------ an address is a place
def test_a_site_address_is_a_place_unless_the_site_is_a_website() -> None:
    """``site_address`` of a farm's sites is a postal address; ``web_site_address`` and a
    ``site_address`` among hostnames and SSL columns stay URLs."""
    sites = table("farm_sites", ("site_address", "varchar(200)"), ("hectares", "numeric(8,1)"),
                  ("web_site_address", "varchar(200)"))
    got = generate(sites, rows=40)["farm_sites"]
    assert all(not v.startswith("http") and re.search(r"\d", v) for v in _vals(got["site_address"]))
    assert all(v.startswith("http") for v in _vals(got["web_site_address"]))
    hosted = table("hosted_sites", ("site_address", "varchar(200)"), ("hostname", "varchar(80)"),
                   ("ssl_expires_at", "ts"))
    assert all(v.startswith("http") for v in _vals(generate(hosted, rows=20)["hosted_sites"]["site_address"]))


def test_a_trades_record_notes_are_field_notes_and_a_message_stays_a_message() -> None:
    """The ``notes`` of a building site's daily log read like a site diary, not 'Love this.' nor
    'Owners have been notified.'; a ``comments`` table's ``body`` and a supplier's notes (the trade's
    words do not reach it) keep their own text."""
    projects = table("building_projects", ("crane_hire", "bool"), ("slab_pour_date", "date"), ("snag_count", "int"))
    logs = table("daily_logs", ("notes", "text"), ("log_date", "date"), ("scaffold_checked", "bool"),
                 fks=(("project_id", "building_projects"),))
    sup = table("vendors_list", ("notes", "text"), ("email", "varchar(120)"))
    got = generate(projects, logs, sup, rows=60)
    diary = set(_vals(got["daily_logs"]["notes"]))
    assert diary and {"Pour delayed by rain.", "Scaffold inspected and tagged.", "Waiting on the steel delivery.",
                      "Skip swapped."} & diary, sorted(diary)
    other = set(_vals(got["vendors_list"]["notes"]))
    assert other and not other & diary, sorted(other)[:5]


def test_a_medicine_and_a_maker_come_from_the_trade_even_when_no_word_of_the_column_says_it() -> None:
    """A dairy's ``medicine`` given by its vet is a cattle drug (not 'Medicine 3', nor a pet's),
    the ``manufacturer`` of its kit a dairy maker (DeLaval, Lely), not an excavator's."""
    doses = table("doses", ("medicine", "varchar(60)"), ("vet_name", "varchar(80)"), fks=(("cow_id", "cows"),))
    kit = table("kit", ("manufacturer", "varchar(60)"), ("serial_no", "varchar(30)"), ("site_id", "int"))
    got = generate(*_dairy(doses, kit), rows=60)
    drugs = set(_vals(got["doses"]["medicine"]))
    assert drugs and {"oxytetracycline", "ivermectin", "meloxicam", "tulathromycin"} & drugs, sorted(drugs)
    assert not drugs & {"fluralaner", "selamectin", "paracetamol"}, sorted(drugs)
    makers = set(_vals(got["kit"]["manufacturer"]))
    assert makers and {"DeLaval", "Lely", "GEA", "Fullwood"} & makers and not makers & {"Komatsu", "Caterpillar"}, \
        sorted(makers)


def test_a_food_producers_commodity_and_suppliers_are_foods_not_metals_and_oil() -> None:
    """A bakery's bought ``commodity`` is flour or butter, not crude oil or gold, and its
    ``suppliers.supplier_name`` a food or ingredients firm; a commodity desk keeps its oil and gold."""
    recipes = table("recipes", ("recipe_name", "varchar(80)"), ("bake_minutes", "int"), ("allergen_notes", "text"))
    sups = table("suppliers", ("supplier_name", "varchar(120)"))
    buys = table("ingredient_purchases", ("commodity", "varchar(40)"), ("qty_kg", "numeric(8,1)"),
                 fks=(("supplier_id", "suppliers"), ("recipe_id", "recipes")))
    got = generate(recipes, sups, buys, rows=60)
    bought = set(_vals(got["ingredient_purchases"]["commodity"]))
    assert bought and not bought & {"Crude oil", "Natural gas", "Gold", "Silver", "Copper", "Iron ore"}, sorted(bought)
    assert {"wheat flour", "butter", "sugar"} & bought, sorted(bought)
    names = _vals(got["suppliers"]["supplier_name"])
    assert names and all(re.search(r"Foods|Ingredients|Flour|Produce|Packaging|Dairies", v) for v in names), names[:6]
    desk = table("futures_trades", ("commodity", "varchar(40)"), ("ticker", "varchar(10)"), ("hedge", "bool"))
    traded = set(_vals(generate(desk, rows=60)["futures_trades"]["commodity"]))
    assert {"crude oil", "Crude oil", "gold", "Gold"} & traded, sorted(traded)


def test_a_parents_modifier_does_not_choose_the_list() -> None:
    """A ``grade`` of rows of ``stock_batches`` is not paper's weight: the parent is a batch, its
    'stock' only says which batch."""
    batches = table("stock_batches", ("smolt_count", "int"), ("stocked_on", "date"))
    lots = table("sale_lots", ("product_grade", "varchar(20)"), fks=(("batch_id", "stock_batches"),))
    got = set(_vals(generate(batches, lots, rows=60)["sale_lots"]["product_grade"]))
    assert got and not any(v.endswith("gsm") for v in got), sorted(got)
