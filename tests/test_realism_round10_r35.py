"""Issue 10, round 10 (r35): domain packs for 14 more trades (``vocab/trades.d/r35.json``) and bare heads
that need their table's noun (``intent/bareheads.py``). For each trade: a synthetic schema of the trade
whose classifier columns get the trade's values, a schema of another trade that does not; the
corpus's real schemas, none of which the packs' words capture; and a one-word head of a trade's list
(``condition``, ``format``, ``count``, ``duration``) that serves the trade's own tables, not a patient's
or a file's."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus import corpus_files
from tests.test_realism_round10_r31 import _ddl_terms, _kinds, _vals
from tests.test_realism_units import generate, table

_R35 = ("architecture", "audit", "advertising", "music", "printing", "wedding", "elections", "transit", "grantmaking",
        "beekeeping", "equestrian", "tattoo", "cinema", "blood_service", "dog_care", "climbing_gym", "coworking",
        "orchestra")


def _schemas():
    """One small schema per trade, named as its team would: (tables, {(table, column): head})."""
    return {
        "architecture": ((table("projects", ("project_type", "text"), ("riba_stage", "text"), ("gia_m2", "int")),
                          table("drawings", ("drawing_type", "text"), ("discipline", "text"), ("suitability", "text"),
                                ("revision", "varchar(4)"), fks=(("project_id", "projects"),)),
                          table("transmittals", ("issued_on", "date"), fks=(("project_id", "projects"),))),
                         {("projects", "project_type"): "project type", ("drawings", "drawing_type"): "drawing type",
                          ("drawings", "discipline"): "discipline"}),
        "audit": ((table("clients", ("entity_type", "text"), ("industry", "text")),
                   table("engagements", ("engagement_type", "text"), ("materiality", "numeric(14,2)"),
                         ("opinion", "text"), fks=(("client_id", "clients"),)),
                   table("findings", ("finding_type", "text"), ("audit_area", "text"), ("misstatement", "numeric(12,2)"),
                         fks=(("engagement_id", "engagements"),)),
                   table("workpapers", ("review_status", "text"), fks=(("engagement_id", "engagements"),))),
                  {("engagements", "engagement_type"): "engagement type", ("findings", "finding_type"): "finding type",
                   ("findings", "audit_area"): "audit area", ("engagements", "opinion"): "opinion"}),
        "advertising": ((table("campaigns", ("campaign_type", "text"), ("objective", "text"), ("media_budget", "int")),
                         table("placements", ("channel", "text"), ("impressions", "int"), ("ctr", "numeric(5,2)"),
                               ("cpm", "numeric(6,2)"), fks=(("campaign_id", "campaigns"),)),
                         table("creatives", ("creative_format", "text"), ("copywriter", "text"),
                               fks=(("campaign_id", "campaigns"),))),
                        {("campaigns", "campaign_type"): "campaign type", ("placements", "channel"): "channel",
                         ("creatives", "creative_format"): "creative format"}),
        "music": ((table("releases", ("release_type", "text"), ("upc", "varchar(13)"), ("format", "text")),
                   table("tracks", ("isrc", "varchar(12)"), ("bpm", "int"), ("musical_key", "text"),
                         fks=(("release_id", "releases"),)),
                   table("studio_sessions", ("session_type", "text"), ("room", "text"), ("mixing_engineer", "text"))),
                  {("releases", "release_type"): "release type", ("studio_sessions", "session_type"): "session type",
                   ("tracks", "musical_key"): "musical key"}),
        "printing": ((table("print_jobs", ("product_type", "text"), ("binding", "text"), ("quantity", "int"),
                            ("finished_size", "varchar(8)")),
                      table("presses", ("press_type", "text"), ("makeready_minutes", "int")),
                      table("paper_stock", ("finish", "text"), ("gsm", "int"))),
                     {("print_jobs", "product_type"): "product type", ("presses", "press_type"): "press type",
                      ("paper_stock", "finish"): "finish", ("print_jobs", "binding"): "binding"}),
        "wedding": ((table("weddings", ("ceremony_type", "text"), ("guest_count", "int"), ("budget", "int")),
                     table("guests", ("rsvp_status", "text"), ("meal_choice", "text"), ("dietary_requirement", "text"),
                           fks=(("wedding_id", "weddings"),)),
                     table("vendors", ("vendor_type", "text"), fks=(("wedding_id", "weddings"),))),
                    {("weddings", "ceremony_type"): "ceremony type", ("guests", "rsvp_status"): "rsvp status",
                     ("vendors", "vendor_type"): "vendor type", ("guests", "meal_choice"): "meal choice"}),
        "elections": ((table("precincts", ("polling_place_type", "text"), ("registered_voters", "int")),
                       table("voters", ("party_affiliation", "text"), ("voter_status", "text"),
                             fks=(("precinct_id", "precincts"),)),
                       table("ballots", ("ballot_type", "text"), ("ballot_status", "text"),
                             fks=(("voter_id", "voters"),))),
                      {("ballots", "ballot_type"): "ballot type", ("ballots", "ballot_status"): "ballot status",
                       ("voters", "voter_status"): "voter status"}),
        "transit": ((table("routes", ("route_type", "text"), ("peak_headway_min", "int")),
                     table("buses", ("fleet_number", "varchar(8)"), ("propulsion", "text"), ("depot", "text")),
                     table("trips", ("trip_status", "text"), ("boardings", "int"),
                           fks=(("route_id", "routes"), ("bus_id", "buses")))),
                    {("routes", "route_type"): "route type", ("buses", "propulsion"): "propulsion",
                     ("trips", "trip_status"): "trip status"}),
        "grantmaking": ((table("grant_applications", ("grant_type", "text"), ("application_status", "text"),
                               ("amount_requested", "int")),
                         table("grantees", ("organization_type", "text"), ("focus_area", "text")),
                         table("grant_reports", ("report_type", "text"), fks=(("application_id", "grant_applications"),))),
                        {("grant_applications", "grant_type"): "grant type",
                         ("grant_reports", "report_type"): "report type", ("grantees", "focus_area"): "focus area"}),
        "beekeeping": ((table("apiaries", ("forage", "text")),
                        table("hives", ("hive_type", "text"), ("colony_source", "text"), fks=(("apiary_id", "apiaries"),)),
                        table("hive_inspections", ("temperament", "text"), ("varroa_count", "int"), ("stores", "text"),
                              fks=(("hive_id", "hives"),))),
                       {("hives", "hive_type"): "hive type", ("hive_inspections", "temperament"): "temperament",
                        ("hives", "colony_source"): "colony source"}),
        "equestrian": ((table("horses", ("breed", "text"), ("sex", "text"), ("height_hh", "numeric(3,1)")),
                        table("liveries", ("livery_type", "text"), fks=(("horse_id", "horses"),)),
                        table("riding_lessons", ("lesson_type", "text"), ("discipline", "text"),
                              fks=(("horse_id", "horses"),))),
                       {("liveries", "livery_type"): "livery type", ("riding_lessons", "lesson_type"): "lesson type",
                        ("horses", "breed"): "breed"}),
        "tattoo": ((table("tattoo_artists", ("full_name", "text"), ("style", "text")),
                    table("tattoo_sessions", ("placement", "text"), ("session_type", "text"), ("deposit", "int"),
                          fks=(("artist_id", "tattoo_artists"),)),
                    table("piercings", ("piercing_type", "text"))),
                   {("tattoo_sessions", "placement"): "placement", ("tattoo_sessions", "session_type"): "session type",
                    ("piercings", "piercing_type"): "piercing type"}),
        "cinema": ((table("auditoriums", ("screen_type", "text"), ("sound_system", "text"), ("capacity", "int")),
                    table("films", ("mpaa_rating", "text"), ("runtime_min", "int")),
                    table("screenings", ("projection_format", "text"), ("admissions", "int"),
                          fks=(("film_id", "films"), ("auditorium_id", "auditoriums")))),
                   {("auditoriums", "screen_type"): "screen type", ("films", "mpaa_rating"): "mpaa rating",
                    ("screenings", "projection_format"): "projection format"}),
        "blood_service": ((table("donors", ("donor_status", "text")),
                           table("donations", ("donation_type", "text"), ("haemoglobin", "numeric(4,1)"),
                                 ("deferral_reason", "text"), fks=(("donor_id", "donors"),)),
                           table("blood_components", ("component_type", "text"), ("component_status", "text"),
                                 fks=(("donation_id", "donations"),))),
                          {("donations", "donation_type"): "donation type",
                           ("blood_components", "component_type"): "component type",
                           ("donations", "deferral_reason"): "deferral reason"}),
        "dog_care": ((table("dogs", ("breed", "text"), ("size_category", "text"), ("temperament", "text")),
                      table("daycare_bookings", ("service_type", "text"), ("play_group", "text"),
                            fks=(("dog_id", "dogs"),)),
                      table("kennel_stays", ("kennel_type", "text"), ("nightly_rate", "numeric(6,2)"),
                            fks=(("dog_id", "dogs"),))),
                     {("daycare_bookings", "service_type"): "service type", ("dogs", "size_category"): "size category",
                      ("kennel_stays", "kennel_type"): "kennel type"}),
        "climbing_gym": ((table("climbing_routes", ("grade", "text"), ("route_type", "text"), ("wall_angle", "text"),
                                ("setter", "text")),
                          table("memberships", ("membership_type", "text"), ("belay_certification", "text")),
                          table("climbing_incidents", ("incident_type", "text"), fks=(("route_id", "climbing_routes"),))),
                         {("climbing_routes", "route_type"): "route type", ("climbing_routes", "wall_angle"): "wall angle",
                          ("memberships", "belay_certification"): "belay certification"}),
        "coworking": ((table("coworking_members", ("plan_type", "text"), ("billing_cycle", "text")),
                       table("desks", ("desk_type", "text"), ("monthly_price", "numeric(7,2)")),
                       table("desk_bookings", ("booked_at", "ts"), fks=(("desk_id", "desks"),
                                                                        ("member_id", "coworking_members")))),
                      {("coworking_members", "plan_type"): "plan type", ("desks", "desk_type"): "desk type",
                       ("coworking_members", "billing_cycle"): "billing cycle"}),
        "orchestra": ((table("musicians", ("full_name", "text"), ("instrument", "text"), ("position", "text"),
                             ("contract_type", "text")),
                       table("concerts", ("concert_type", "text"), ("conductor", "text"), ("capacity", "int")),
                       table("rehearsals", ("venue", "text"), fks=(("concert_id", "concerts"),))),
                      {("musicians", "position"): "position", ("concerts", "concert_type"): "concert type",
                       ("musicians", "contract_type"): "contract type"}),
    }


@pytest.mark.parametrize("trade", _R35)
def test_a_trades_classifier_columns_take_its_own_values(trade: str) -> None:
    tables, expect = _schemas()[trade]
    got = generate(*tables, rows=60)
    for (t, c), head in expect.items():
        values = _vals(got[t][c])
        assert values and values <= _kinds(trade, head), (trade, t, c, sorted(values))


@pytest.mark.parametrize("trade", _R35)
def test_another_trades_schema_does_not_take_this_trades_values(trade: str) -> None:
    """The same heads in a schema of another trade keep their own reading, never this trade's list."""
    others = [t for t in _R35 if t != trade]
    other = others[_R35.index(trade) % len(others)]
    tables, _ = _schemas()[other]
    got = generate(*tables, rows=60)
    _, expect = _schemas()[trade]
    for (_t, c), head in expect.items():
        for table_values in got.values():
            values = _vals(table_values.get(c, ()))
            if len(values) > 2:
                assert not values <= _kinds(trade, head), (trade, other, c, sorted(values))


def test_a_trades_quantities_sit_at_its_scale() -> None:
    """A bus route's headway is minutes apart, a print job's stock 60-450 gsm, an audit's materiality
    thousands, a horse's height in hands, a donor's haemoglobin 12.5-18.5 g/dL."""
    got = generate(*_schemas()["transit"][0], rows=80)
    assert all(3 <= int(v) <= 60 for v in _vals(got["routes"]["peak_headway_min"]))
    got = generate(*_schemas()["printing"][0], rows=80)
    assert all(60 <= int(v) <= 450 for v in _vals(got["paper_stock"]["gsm"]))
    assert _vals(got["print_jobs"]["quantity"]) <= {"100", "250", "500", "1000", "2500", "5000", "10000", "20000", "50000"}
    got = generate(*_schemas()["audit"][0], rows=80)
    assert all(5000 <= float(v) for v in _vals(got["engagements"]["materiality"]))
    got = generate(*_schemas()["equestrian"][0], rows=80)
    assert all(10 <= float(v) <= 18 and round(float(v) % 1, 1) <= 0.3 for v in _vals(got["horses"]["height_hh"]))
    got = generate(*_schemas()["blood_service"][0], rows=80)
    assert all(12.5 <= float(v) <= 18.5 for v in _vals(got["donations"]["haemoglobin"]))


def test_a_wind_farms_operating_heads_are_its_own() -> None:
    """The base's energy trade, extended for a wind or solar farm's operations: a turbine's fault
    type is a pitch fault or an icing stop (was I / II / III), its hub height 50-170 m."""
    turbines = table("wind_turbines", ("turbine_manufacturer", "text"), ("hub_height_m", "int"),
                     ("rated_capacity_mw", "numeric(4,1)"))
    faults = table("turbine_faults", ("fault_type", "text"), ("downtime_hours", "numeric(6,1)"),
                   fks=(("turbine_id", "wind_turbines"),))
    inverters = table("inverters", ("inverter_model", "text"), ("kwh_today", "numeric(8,1)"),
                      fks=(("turbine_id", "wind_turbines"),))
    got = generate(turbines, faults, inverters, rows=60)
    assert _vals(got["turbine_faults"]["fault_type"]) <= _kinds("energy", "fault type")
    assert all(50 <= int(v) <= 170 for v in _vals(got["wind_turbines"]["hub_height_m"]))


def test_the_packs_words_capture_no_corpus_schema_of_another_domain() -> None:
    """The corpus's real schemas (an airline's boarding passes and fares, a DVD shop's films and
    rentals, a bookshop's publishers) are no bus agency, cinema or print shop."""
    from seedbed.generate.intent.sectors import _MIN_SCORE, _WORDS, _score, _winner, _word_sectors

    table = _word_sectors()
    caught = {}
    for path in corpus_files():
        terms = _ddl_terms(path.read_text(encoding="utf-8", errors="replace"))
        named = Counter()
        for w in set(terms):
            named.update(table.get(w, ()))
        top = _winner(Counter({s: v for s, v in _score(terms, 1.0, Counter()).items() if named[s] >= _WORDS}),
                      _MIN_SCORE)
        if top in _R35:
            caught[path.name] = (top, sorted(w for w in set(terms) if top in table.get(w, ())))
    assert not caught, caught


# ------------------------------------------------------------------ bare heads need their table's noun
def test_a_bare_condition_serves_the_trades_own_table_not_a_patients() -> None:
    """A dental schema: the tooth chart's ``condition`` is a tooth's (caries, filled), a patient's
    ``condition`` is no tooth's (r31 gave the patient tooth conditions)."""
    chart = table("tooth_chart", ("tooth_number", "smallint"), ("surface", "varchar(5)"), ("condition", "text"),
                  fks=(("patient_id", "patients"),))
    patients = table("patients", ("full_name", "text"), ("condition", "text"), ("date_of_birth", "date"))
    xrays = table("dental_xrays", ("image_type", "text"), fks=(("patient_id", "patients"),))
    got = generate(chart, patients, xrays, rows=60)
    teeth = _kinds("dentistry", "condition")
    assert _vals(got["tooth_chart"]["condition"]) <= teeth
    assert not _vals(got["patients"]["condition"]) & teeth, sorted(_vals(got["patients"]["condition"]))


def test_a_bare_format_serves_the_trades_own_table_not_a_files() -> None:
    """A film schema: a production's ``format`` is a feature film or a series, an attachment's
    ``format`` is no production format."""
    productions = table("productions", ("format", "text"), ("genre", "text"), ("network", "text"))
    scenes = table("scenes", ("day_night", "text"), ("page_count", "numeric(3,1)"), fks=(("production_id", "productions"),))
    crew = table("film_crew", ("department", "text"), ("gaffer_notes", "text"))
    days = table("shoot_days", ("unit", "text"), ("callsheet_no", "int"), fks=(("production_id", "productions"),))
    files = table("attachments", ("file_name", "text"), ("format", "varchar(10)"), fks=(("scene_id", "scenes"),))
    got = generate(productions, scenes, crew, days, files, rows=60)
    formats = _kinds("film_tv", "format")
    assert _vals(got["productions"]["format"]) <= formats
    assert not _vals(got["attachments"]["format"]) & formats, sorted(_vals(got["attachments"]["format"]))


def test_a_bare_quantity_serves_the_trades_own_table_only() -> None:
    """A wildlife survey's sightings ``count`` is animals seen (a few); the survey's vehicles'
    ``passenger_count`` is not read as a count of animals (the trade's scale needs the trade's
    table or a word of the trade beside the head)."""
    from seedbed.generate.intent.infer import infer
    from seedbed.model import Schema
    from seedbed.model.domain import ColumnDomain

    transects = table("transects", ("habitat_type", "text"), ("survey_method", "text"), ("length_m", "int"))
    sightings = table("sightings", ("count", "int"), ("behaviour", "text"), ("taxon_group", "text"),
                      fks=(("transect_id", "transects"),))
    vehicles = table("vehicles", ("registration", "varchar(10)"), ("passenger_count", "int"))
    schema = Schema(tables=(transects, sightings, vehicles))
    own = infer(schema, sightings, sightings.column("count"), ColumnDomain())
    other = infer(schema, vehicles, vehicles.column("passenger_count"), ColumnDomain())
    assert own is not None and "wildlife" in own.reason, own
    assert other is None or "wildlife" not in other.reason, other.reason


def test_a_workforce_tables_bare_head_is_the_trades() -> None:
    """An audit firm's ``staff.grade`` is its grade (partner, manager), its clients' nothing of it."""
    tables, _ = _schemas()["audit"]
    staff = table("staff", ("full_name", "text"), ("grade", "text"), ("qualification", "text"))
    got = generate(*tables, staff, rows=60)
    assert _vals(got["staff"]["grade"]) <= _kinds("audit", "grade")
