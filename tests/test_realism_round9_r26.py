"""Issue 10, round 9 (r26): a categorical column in the words of the schema's own trade
(``intent/trades.py``, ``data/vocab/trades.json``), a neutral label where no trade leads, and
organisations named like real ones of their kind. Each on small synthetic schemas with invented
names (no database: plan + engine), several trades per test."""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table

#: A building site's words, which served every crane and inspection before.
_SITE = {"tower", "crawler", "Franna", "all-terrain", "luffing jib", "footing", "framing", "plumbing rough-in",
         "pre-pour", "hold point", "electrical rough-in", "waterproofing"}
#: An office's reasons, which served every hold before.
_OFFICE = {"Expired", "Duplicate entry", "Data correction", "Administrative", "Customer request", "Policy violation"}
_NEUTRAL = re.compile(r"^([IVX]+|[A-F]|[A-Z]{1,3}-?\d+|good|fair|poor|low|moderate|high|pending|in progress|completed|"
                      r"cancelled|planning|review)$")  # r30: plain ordered labels or a code, never 'Crane type 3'


def _vals(values: list[str | None]) -> set[str]:
    return {v for v in values if v is not None}


def _port(*extra):
    vessels = table("vessels", ("vessel_name", "varchar(60)"), ("imo_number", "varchar(10)"), ("teu_capacity", "int"))
    berths = table("berths", ("berth_code", "varchar(8)"), ("quay_length_m", "int"), ("draught_m", "numeric(4,1)"))
    calls = table("port_calls", ("eta", "ts"), fks=(("vessel_id", "vessels"), ("berth_id", "berths")))
    cranes = table("cranes", ("crane_type", "varchar(30)"), ("lift_capacity_t", "int"), ("manufacturer", "varchar(40)"),
                   fks=(("berth_id", "berths"),))
    holds = table("container_holds", ("container_no", "varchar(11)"), ("hold_reason", "varchar(60)"),
                  fks=(("port_call_id", "port_calls"),))
    checks = table("customs_inspections", ("inspection_type", "varchar(40)"), ("inspected_at", "ts"),
                   fks=(("port_call_id", "port_calls"),))
    return vessels, berths, calls, cranes, holds, checks, *extra


def _rail():
    locos = table("locomotives", ("loco_class", "varchar(20)"), ("built_year", "int"))
    trains = table("trains", ("train_no", "varchar(8)"), ("timetable_ref", "varchar(20)"),
                   fks=(("locomotive_id", "locomotives"),))
    sections = table("track_sections", ("line_code", "varchar(8)"), ("sleeper_type", "varchar(20)"),
                     ("siding", "bool"))
    checks = table("track_inspections", ("inspection_type", "varchar(40)"), ("inspected_on", "date"),
                   fks=(("section_id", "track_sections"),))
    delays = table("train_delays", ("delay_reason", "varchar(40)"), ("minutes_late", "int"), fks=(("train_id", "trains"),))
    return locos, trains, sections, checks, delays


# ------------------------------------------------------------------ the trade's own words
def test_a_categorical_column_takes_the_words_of_its_schemas_trade() -> None:
    """A port's ``crane_type`` is STS / RTG / RMG, its customs ``inspection_type`` an X-ray scan, a
    container's ``hold_reason`` a customs or line hold; a court's ``plea`` and hearing outcome, an
    insurer's ``claim_type`` and ``cause_of_loss``, a funeral home's ``service_type``: each the
    trade's own words, not a building site's, an office's or a placeholder."""
    port = generate(*_port(), rows=60)
    cranes = _vals(port["cranes"]["crane_type"])
    assert cranes and not cranes & _SITE and {"STS", "RTG", "RMG"} & cranes, sorted(cranes)
    makers = _vals(port["cranes"]["manufacturer"])
    assert {"ZPMC", "Liebherr", "Konecranes", "Kalmar"} & makers, sorted(makers)
    checks = _vals(port["customs_inspections"]["inspection_type"])
    assert checks and not checks & _SITE and any("X-ray" in v or "examination" in v for v in checks), sorted(checks)
    holds = _vals(port["container_holds"]["hold_reason"])
    assert holds and not holds & _OFFICE and any("customs" in v or "line hold" in v for v in holds), sorted(holds)

    cases = table("court_cases", ("case_number", "varchar(20)"), ("case_type", "varchar(20)"), ("filed_on", "date"))
    hearings = table("hearings", ("hearing_type", "varchar(30)"), ("hearing_outcome", "varchar(30)"),
                     ("judge_name", "varchar(60)"), fks=(("case_id", "court_cases"),))
    defendants = table("defendants", ("full_name", "varchar(80)"), ("plea", "varchar(20)"), fks=(("case_id", "court_cases"),))
    court = generate(cases, hearings, defendants, rows=60)
    assert {"guilty", "not guilty"} & _vals(court["defendants"]["plea"]), sorted(_vals(court["defendants"]["plea"]))
    assert {"adjourned", "concluded", "vacated"} & _vals(court["hearings"]["hearing_outcome"])
    assert {"trial", "bail hearing", "sentencing"} & _vals(court["hearings"]["hearing_type"])

    policies = table("policies", ("policy_no", "varchar(20)"), ("policyholder_name", "varchar(80)"),
                     ("deductible", "numeric(8,2)"))
    claims = table("claims", ("claim_type", "varchar(30)"), ("cause_of_loss", "varchar(40)"),
                   ("claim_outcome", "varchar(30)"), fks=(("policy_id", "policies"),))
    ins = generate(policies, claims, rows=60)["claims"]
    assert {"motor", "home contents", "travel"} & _vals(ins["claim_type"]), sorted(_vals(ins["claim_type"]))
    assert {"escape of water", "storm", "theft"} & _vals(ins["cause_of_loss"]), sorted(_vals(ins["cause_of_loss"]))
    assert {"declined", "paid in full", "settled"} & _vals(ins["claim_outcome"]), sorted(_vals(ins["claim_outcome"]))

    deceased = table("deceased", ("full_name", "varchar(80)"), ("date_of_death", "date"))
    funerals = table("funerals", ("service_type", "varchar(30)"), ("coffin_type", "varchar(30)"),
                     ("held_on", "date"), fks=(("deceased_id", "deceased"),))
    hearses = table("hearse_bookings", ("vehicle_type", "varchar(30)"), fks=(("funeral_id", "funerals"),))
    fun = generate(deceased, funerals, hearses, rows=40)
    assert {"burial", "cremation", "direct cremation"} & _vals(fun["funerals"]["service_type"])
    assert {"hearse", "limousine"} & _vals(fun["hearse_bookings"]["vehicle_type"])


def test_a_word_of_many_trades_is_read_through_the_schemas_trade() -> None:
    """``inspection_type`` is a customs scan in a port, a track geometry run on a railway, a move-out
    inspection for a letting agent; ``incident_type`` a dwelling fire for a brigade, an intruder for
    a guarding firm, a guest injury in a hotel: the schema's other tables decide, never one word."""
    port = _vals(generate(*_port(), rows=60)["customs_inspections"]["inspection_type"])
    rail = generate(*_rail(), rows=60)
    track = _vals(rail["track_inspections"]["inspection_type"])
    assert {"track geometry recording", "ultrasonic rail test", "visual track patrol"} & track, sorted(track)
    assert {"signal failure", "points failure", "track defect"} & _vals(rail["train_delays"]["delay_reason"])
    homes = table("properties", ("bedroom_count", "int"), ("bathroom_count", "int"), ("tenure", "varchar(20)"))
    lets = table("tenancies", ("landlord_name", "varchar(80)"), ("rent_pcm", "numeric(8,2)"),
                 fks=(("property_id", "properties"),))
    visits = table("property_inspections", ("inspection_type", "varchar(40)"), ("visited_on", "date"),
                   fks=(("property_id", "properties"),))
    letting = _vals(generate(homes, lets, visits, rows=60)["property_inspections"]["inspection_type"])
    assert {"routine inspection", "move-out inspection", "gas safety check"} & letting, sorted(letting)
    assert not (port & track or port & letting or track & letting or (port | track | letting) & _SITE)

    brigades = table("brigades", ("brigade_name", "varchar(60)"))
    crews = table("firefighters", ("full_name", "varchar(80)"), ("rank", "varchar(30)"), fks=(("brigade_id", "brigades"),))
    calls = table("incidents", ("incident_type", "varchar(40)"), ("turnout_seconds", "int"),
                  fks=(("brigade_id", "brigades"),))
    fire = generate(brigades, crews, calls, rows=60)
    fires = _vals(fire["incidents"]["incident_type"])
    assert {"dwelling fire", "vehicle fire", "false alarm"} & fires, sorted(fires)
    assert {"watch manager", "crew manager", "firefighter"} & _vals(fire["firefighters"]["rank"])
    sites = table("guarded_sites", ("keyholder_name", "varchar(80)"), ("cctv_cameras", "int"))
    guards = table("guards", ("full_name", "varchar(80)"), ("licence_no", "varchar(20)"))
    events = table("incidents", ("incident_type", "varchar(40)"), ("patrol_type", "varchar(30)"),
                   fks=(("site_id", "guarded_sites"), ("guard_id", "guards")))
    secure = _vals(generate(sites, guards, events, rows=60)["incidents"]["incident_type"])
    assert {"intruder", "alarm activation", "trespass"} & secure, sorted(secure)
    rooms = table("hotel_rooms", ("room_no", "varchar(6)"), ("room_type", "varchar(30)"))
    stays = table("reservations", ("guest_name", "varchar(80)"), fks=(("room_id", "hotel_rooms"),))
    mishaps = table("incidents", ("incident_type", "varchar(40)"), fks=(("room_id", "hotel_rooms"),))
    hotel = _vals(generate(rooms, stays, mishaps, rows=60)["incidents"]["incident_type"])
    assert {"guest injury", "lost property", "noise complaint"} & hotel, sorted(hotel)
    assert not {"dwelling fire", "intruder", "guest injury"} & (fires & secure | fires & hotel | secure & hotel)
    assert "intruder" not in fires | hotel and "dwelling fire" not in secure | hotel and "guest injury" not in fires | secure


# ------------------------------------------------------------------ no trade leads: a neutral label
def test_where_no_trade_leads_a_trades_list_gives_way_to_a_neutral_label() -> None:
    """A schema of cranes and their owners that names no trade gets neutral crane types, not a
    building site's tower and crawler; a bike-share's dock inspections are not footings; the same
    head in a building contractor's schema keeps the site's words."""
    owners = table("owners", ("owner_name", "varchar(80)"), ("phone", "varchar(20)"))
    cranes = table("cranes", ("crane_type", "varchar(30)"), ("serial_no", "varchar(20)"), fks=(("owner_id", "owners"),))
    got = _vals(generate(owners, cranes, rows=40)["cranes"]["crane_type"])
    assert got and not got & _SITE and all(_NEUTRAL.match(v) for v in got), sorted(got)
    docks = table("bike_docks", ("dock_code", "varchar(10)"), ("slots", "int"))
    checks = table("dock_inspections", ("inspection_type", "varchar(40)"), ("done_on", "date"),
                   fks=(("dock_id", "bike_docks"),))
    got = _vals(generate(docks, checks, rows=40)["dock_inspections"]["inspection_type"])
    assert got and not got & _SITE, sorted(got)
    sites = table("construction_sites", ("site_name", "varchar(60)"), ("foreman", "varchar(80)"))
    pours = table("concrete_pours", ("slab_ref", "varchar(20)"), fks=(("site_id", "construction_sites"),))
    kit = table("site_cranes", ("crane_type", "varchar(30)"), ("scaffold_ok", "bool"), fks=(("site_id", "construction_sites"),))
    got = _vals(generate(sites, pours, kit, rows=40)["site_cranes"]["crane_type"])
    assert got & _SITE, sorted(got)


# ------------------------------------------------------------------ organisations named by their kind
def test_an_organisation_is_named_like_real_ones_of_its_kind() -> None:
    """A row of ``shipping_lines``, ``law_firms``, ``breweries``, ``charities`` or ``funeral_homes``
    gets a distinctive word or a family name and the kind's own head or legal form ('Nordhaven
    Line', 'Harlow & Reed LLP', 'Saltmarsh Brewing Co.'), distinct across rows without a number;
    a vessel's ``shipping_line`` is one of a few such lines, not a sentence nor 'Shipping line F'."""
    heads = {"shipping_lines": ("Line", "Lines", "Shipping", "Maritime"), "law_firms": ("LLP", "Solicitors", "Law",
             "Legal", "& Partners", "& Co"), "breweries": ("Brewing", "Brewing Co.", "Brewery", "Ales", "Beer Co."),
             "charities": ("Trust", "Foundation", "Aid", "Relief", "Society", "Fund"),
             "funeral_homes": ("Funeral Home", "Funeral Directors", "Funeral Services", "Family Funerals")}
    columns = {"shipping_lines": "line_name", "law_firms": "firm_name", "breweries": "name", "charities": "charity_name",
               "funeral_homes": "name"}
    for name, column in columns.items():
        t = table(name, (column, "varchar(80)", False), ("founded_year", "int"))
        got = [v for v in generate(t, rows=60)[name][column] if v is not None]
        assert len(set(got)) == len(got) == 60, (name, sorted(got)[:10])
        assert all(any(v.endswith(h) for h in heads[name]) for v in got), (name, sorted(got)[:10])
        assert not any(re.search(r"\d|\b(Basic|Special|Standard|Main)\b", v) for v in got), (name, sorted(got)[:10])
    lines = table("shipping_lines", ("line_name", "varchar(60)", False), ("scac", "varchar(4)"))
    vessels = table("vessels", ("vessel_name", "varchar(60)"), ("shipping_line", "varchar(60)"), ("imo_number", "varchar(10)"),
                    fks=(("line_id", "shipping_lines"),))
    got = _vals(generate(lines, vessels, rows=80)["vessels"]["shipping_line"])
    assert 2 <= len(got) <= 20 and all(any(v.endswith(h) for h in heads["shipping_lines"]) for v in got), sorted(got)


def test_a_list_of_one_trade_serves_only_where_that_trade_is_named() -> None:
    """Positions are a player's and win / loss a match's: a port's ``yard_slots.position`` and a
    bike-share's ``dock_checks.outcome`` take neutral labels, a football club's ``players.position``
    and ``fixtures.outcome`` keep them; a hold's reason where no trade leads is a hold's (awaiting
    documents, pending inspection), not an office's 'Duplicate entry'."""
    sporty = {"goalkeeper", "defender", "midfielder", "forward", "pitcher", "catcher", "quarterback", "point guard"}
    yard = table("yard_slots", ("position", "varchar(20)"), ("block", "varchar(4)"), ("tier", "int"))
    got = _vals(generate(*_port(yard), rows=40)["yard_slots"]["position"])
    assert got and not {v.lower() for v in got} & sporty, sorted(got)
    docks = table("bike_docks", ("dock_code", "varchar(10)"), ("slots", "int"))
    checks = table("dock_checks", ("outcome", "varchar(20)"), fks=(("dock_id", "bike_docks"),))
    got = _vals(generate(docks, checks, rows=40)["dock_checks"]["outcome"])
    assert got and not got & {"win", "loss", "draw"}, sorted(got)
    clubs = table("clubs", ("club_name", "varchar(60)"), ("league", "varchar(40)"))
    players = table("players", ("full_name", "varchar(80)"), ("position", "varchar(20)"), fks=(("club_id", "clubs"),))
    fixtures = table("fixtures", ("outcome", "varchar(20)"), ("kickoff", "ts"), fks=(("club_id", "clubs"),))
    club = generate(clubs, players, fixtures, rows=40)
    assert {v.lower() for v in _vals(club["players"]["position"])} & sporty, sorted(_vals(club["players"]["position"]))
    assert _vals(club["fixtures"]["outcome"]) & {"win", "loss", "draw"}, sorted(_vals(club["fixtures"]["outcome"]))
    holds = table("shipment_holds", ("hold_reason", "varchar(60)"), ("placed_at", "ts"))
    got = _vals(generate(holds, rows=40)["shipment_holds"]["hold_reason"])
    assert got and not got & _OFFICE and {"Awaiting documents", "Pending inspection"} & got, sorted(got)


def test_a_court_a_station_or_a_terminal_is_the_schemas_trades() -> None:
    """``court_type`` is a magistrates' or crown court in a court service, a clay or hard court at a
    tennis club; ``station_type`` a halt or a terminus on a railway, a retained station for a fire
    brigade; ``terminal_type`` a container or ro-ro terminal in a port."""
    hearings = table("hearings", ("hearing_type", "varchar(30)"), ("judge_name", "varchar(60)"))
    courts = table("courts", ("court_type", "varchar(40)"), ("courtroom_count", "int"))
    defendants = table("defendants", ("plea", "varchar(20)"), fks=(("court_id", "courts"),))
    law = _vals(generate(hearings, courts, defendants, rows=40)["courts"]["court_type"])
    assert {"crown court", "magistrates' court", "county court"} & law, sorted(law)
    club = table("tennis_courts", ("court_type", "varchar(20)"), ("floodlit", "bool"))
    members = table("players", ("full_name", "varchar(80)"), ("league", "varchar(30)"))
    bookings = table("court_bookings", ("booked_for", "ts"), fks=(("court_id", "tennis_courts"), ("player_id", "players")))
    tennis = _vals(generate(club, members, bookings, rows=40)["tennis_courts"]["court_type"])
    assert {"clay", "hard", "grass"} & tennis and not tennis & law, sorted(tennis)
    rail = generate(*_rail(), table("stations", ("station_type", "varchar(30)"), ("platform_count", "int")), rows=40)
    stops = _vals(rail["stations"]["station_type"])
    assert {"halt", "terminus", "interchange"} & stops, sorted(stops)
    brigades = table("brigades", ("brigade_name", "varchar(60)"))
    crews = table("firefighters", ("full_name", "varchar(80)"), fks=(("brigade_id", "brigades"),))
    fire_stations = table("stations", ("station_type", "varchar(30)"), ("turnout_target_s", "int"),
                          fks=(("brigade_id", "brigades"),))
    fires = _vals(generate(brigades, crews, fire_stations, rows=40)["stations"]["station_type"])
    assert {"wholetime", "retained", "day-crewed"} & fires and not fires & stops, sorted(fires)
    terminals = table("terminals", ("terminal_type", "varchar(30)"), fks=(("berth_id", "berths"),))
    port = _vals(generate(*_port(terminals), rows=40)["terminals"]["terminal_type"])
    assert {"container", "ro-ro", "dry bulk"} & port, sorted(port)


def test_a_column_named_by_a_role_of_a_trade_holds_a_persons_name() -> None:
    """A pass's ``holder_name``, a licence's ``licensee_name``, a site's ``keyholder``: a person
    ('Paula Rivera'), not 'Orchard 71'."""
    passes = table("season_passes", ("holder_name", "varchar(80)"), ("valid_to", "date"))
    licences = table("premises_licences", ("licensee_name", "varchar(80)"), ("issued_on", "date"))
    sites = table("alarm_sites", ("keyholder", "varchar(80)"), ("address", "varchar(120)"))
    got = generate(passes, licences, sites, rows=30)
    person = re.compile(r"^[^\W\d_][\w'.-]+( [\w'.-]+)+$")
    for name, column in (("season_passes", "holder_name"), ("premises_licences", "licensee_name"),
                         ("alarm_sites", "keyholder")):
        vals = _vals(got[name][column])
        assert vals and all(person.match(v) and not re.search(r"\d", v) for v in vals), (name, sorted(vals)[:6])


def test_a_list_refused_as_another_trades_gives_a_neutral_label_not_a_generic_one() -> None:
    """A haulier's ``trucks.acquisition_method`` is neither a museum's (bequest, field collection)
    nor, once that list is refused, a generic 'standard / premium': a neutral label from its name."""
    trucks = table("trucks", ("acquisition_method", "varchar(30)"), ("tachograph_no", "varchar(20)"),
                   ("trailer_type", "varchar(30)"))
    hauliers = table("hauliers", ("haulier_name", "varchar(60)"), ("fleet_size", "int"))
    loads = table("consignments", ("load_type", "varchar(30)"), fks=(("truck_id", "trucks"),))
    got = _vals(generate(trucks, hauliers, loads, rows=40)["trucks"]["acquisition_method"])
    assert got and all(_NEUTRAL.match(v) for v in got), sorted(got)
