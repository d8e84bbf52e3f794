"""Issue 10, round 9 (r28): common attribute nouns get real values, not ``Fuel 24`` placeholders
(``intent/nouns.py``, ``data/vocab/nouns.json``). Each on small synthetic schemas of several
domains with invented names (no database: plan + engine)."""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table

def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


def _real(got: dict[str, list[str | None]], column: str, *expected: str) -> set[str]:
    """The distinct values of ``column``, after checking none is its neutral label ('Stored in 3')
    and one of ``expected`` shows (in any case)."""
    seen = set(_vals(got[column]))
    stem = column.replace("_", " ")
    assert seen and not any(re.fullmatch(rf"{stem} ([a-z]|\d+)", v, re.IGNORECASE) for v in seen), sorted(seen)
    assert {e.lower() for e in expected} & {v.lower() for v in seen}, sorted(seen)
    return seen


# ------------------------------------------------------------------ a plain noun names its values
def test_common_attribute_nouns_read_as_their_values_in_any_domain() -> None:
    """A choir's ``dialect`` and ``voice``, a hostel's guests' ``religion``, ``allergy`` and
    ``nationality``, a bike-courier firm's riders' ``hobby`` and ``skill``, a house survey's
    ``roof``, ``wall``, ``soil`` and ``device``: real values of each noun, never 'Dialect 4'."""
    singers = table("choir_singers", ("singer_name", "varchar(80)"), ("dialect", "varchar(40)"),
                    ("voice", "varchar(20)"), ("joined_on", "date"))
    got = generate(singers, rows=60)["choir_singers"]
    _real(got, "dialect", "Scouse", "Geordie", "Cockney", "Scots")
    _real(got, "voice", "soprano", "alto", "tenor", "baritone", "bass")
    guests = table("hostel_guests", ("guest_name", "varchar(80)"), ("religion", "varchar(30)"),
                   ("allergy", "varchar(40)"), ("nationality", "varchar(30)"), ("arrived", "date"))
    got = generate(guests, rows=60)["hostel_guests"]
    _real(got, "nationality", "British", "French", "German", "Polish")  # a nationality, not a country's name
    _real(got, "religion", "Christian", "Muslim", "No religion", "Hindu")
    _real(got, "allergy", "none", "peanuts", "penicillin", "shellfish")
    riders = table("couriers", ("rider_name", "varchar(80)"), ("hobby", "varchar(40)"), ("skill", "varchar(40)"))
    got = generate(riders, rows=60)["couriers"]
    _real(got, "hobby", "reading", "hiking", "cycling", "photography")
    _real(got, "skill", "customer service", "first aid", "driving", "communication")
    homes = table("house_surveys", ("address_line", "varchar(120)"), ("roof", "varchar(40)"), ("wall", "varchar(40)"),
                  ("soil", "varchar(30)"), ("climate", "varchar(30)"), ("device", "varchar(40)"),
                  ("surveyed_on", "date"))
    got = generate(homes, rows=60)["house_surveys"]
    devices = set(_vals(got["device"]))
    assert devices and devices <= {"desktop", "mobile", "tablet"}, sorted(devices)  # not 'premium'
    _real(got, "roof", "slate", "flat", "clay tile", "pitched, insulated")
    _real(got, "wall", "solid brick", "timber frame", "cavity wall, insulated")
    _real(got, "soil", "clay", "loam", "chalk", "sandy loam")
    _real(got, "climate", "temperate", "oceanic", "Mediterranean", "continental")


def test_a_noun_reads_its_table_fuel_of_a_vehicle_or_of_a_boiler_genre_of_a_play_or_an_album() -> None:
    """``fuel`` of a fleet's vans is diesel or electric, of a block of flats' boilers gas or oil;
    ``genre`` of a record label's albums is rock or jazz, of a playhouse's plays a comedy or a
    farce. Where the table gives a word another meaning it keeps its label: an email's ``subject``
    is no school subject, a ticket's ``resolution`` no screen size, a regex table's ``pattern`` no
    fabric print, a ledger's ``period`` no age of history."""
    vans = table("fleet_vans", ("reg_no", "varchar(10)"), ("fuel", "varchar(20)"))
    seen = _real(generate(vans, rows=60)["fleet_vans"], "fuel", "diesel", "petrol", "electric")
    assert not seen & {"heating oil", "coal", "wood pellets", "logs"}, sorted(seen)
    flats = table("apartment_blocks", ("block_name", "varchar(60)"), ("storeys", "int"))
    boilers = table("boilers", ("fuel", "varchar(20)"), ("fitted_on", "date"), fks=(("block_id", "apartment_blocks"),))
    seen = _real(generate(flats, boilers, rows=60)["boilers"], "fuel", "natural gas", "heating oil", "LPG")
    assert not seen & {"petrol", "hybrid", "plug-in hybrid", "HVO"}, sorted(seen)
    albums = table("albums", ("album_title", "varchar(120)"), ("genre", "varchar(30)"), ("released", "date"))
    seen = _real(generate(albums, rows=60)["albums"], "genre", "rock", "pop", "jazz")
    assert not seen & {"farce", "pantomime", "documentary"}, sorted(seen)
    plays = table("playhouse_productions", ("play_title", "varchar(120)"), ("genre", "varchar(30)"))
    seen = _real(generate(plays, rows=60)["playhouse_productions"], "genre", "comedy", "drama", "farce", "musical")
    assert not seen & {"hip hop", "rock"}, sorted(seen)
    mails = table("sent_emails", ("recipient", "varchar(120)"), ("subject", "varchar(120)"), ("sent_at", "ts"))
    seen = set(_vals(generate(mails, rows=40)["sent_emails"]["subject"]))
    assert seen and not seen & {"Mathematics", "Physics", "History", "Geography"}, sorted(seen)

    tickets = table("support_tickets", ("title", "varchar(120)"), ("resolution", "varchar(40)"))
    seen = set(_vals(generate(tickets, rows=40)["support_tickets"]["resolution"]))
    assert seen and not seen & {"1920x1080", "1280x720", "3840x2160"}, sorted(seen)
    rules = table("validation_rules", ("rule_name", "varchar(60)"), ("pattern", "varchar(30)"))
    seen = set(_vals(generate(rules, rows=40)["validation_rules"]["pattern"]))
    assert seen and not seen & {"striped", "checked", "floral", "plain"}, sorted(seen)
    books = table("ledger_entries", ("account_code", "varchar(10)"), ("period", "varchar(20)"),
                  ("amount", "numeric(12,2)"))
    seen = set(_vals(generate(books, rows=40)["ledger_entries"]["period"]))
    assert seen and not seen & {"Victorian", "Edwardian", "Georgian", "Tudor", "medieval"}, sorted(seen)


# ------------------------------------------------------------------ a participle names a role
def test_a_participle_and_a_preposition_name_what_they_hold_by_its_role() -> None:
    """``stored_in`` is a storage place (a lab's freezer, a kitchen's chiller), ``made_of`` a
    material, ``paid_with`` a payment method, ``sent_via`` a channel, ``kept_at`` a site,
    ``supplied_by`` a company and ``driven_by`` a person: not 'Stored in 16' nor a login."""
    samples = table("lab_samples", ("sample_code", "varchar(20)"), ("stored_in", "varchar(40)"), ("taken_on", "date"))
    seen = _real(generate(samples, rows=60)["lab_samples"], "stored_in", "-80 °C freezer 1", "4 °C fridge")
    assert all(re.search(r"°C|nitrogen|cabinet|room|shelf", v, re.IGNORECASE) for v in seen), seen
    pantry = table("kitchen_ingredients", ("ingredient", "varchar(60)"), ("stored_in", "varchar(40)"))
    _real(generate(pantry, rows=60)["kitchen_ingredients"], "stored_in", "Walk-in chiller", "Dry store", "Freezer")
    benches = table("garden_benches", ("bench_name", "varchar(60)"), ("made_of", "varchar(30)"),
                    ("sent_via", "varchar(20)"), ("supplied_by", "varchar(80)"))
    got = generate(benches, rows=60)["garden_benches"]
    _real(got, "made_of", "steel", "timber", "oak", "aluminium")
    _real(got, "sent_via", "email", "post", "phone")
    makers = set(_vals(got["supplied_by"]))
    assert makers and not any(re.fullmatch(r"[a-z0-9._]+", v) for v in makers), sorted(makers)  # not logins
    dues = table("club_subscriptions", ("member_name", "varchar(80)"), ("paid_with", "varchar(30)"),
                 ("amount", "numeric(8,2)"))
    _real(generate(dues, rows=60)["club_subscriptions"], "paid_with", "card", "cash", "bank transfer", "direct debit")
    buses = table("minibuses", ("plate", "varchar(10)"), ("kept_at", "varchar(60)"), ("driven_by", "varchar(80)"))
    got = generate(buses, rows=60)["minibuses"]
    _real(got, "kept_at", "Main depot", "Head office", "Yard", "Workshop")
    drivers = set(_vals(got["driven_by"]))
    assert drivers and all(" " in v and not v.startswith("Driven by") for v in drivers), sorted(drivers)

