"""Scope phrases against real schemas (issue 11): shop, the pagila film rental, an issue tracker,
a SaaS billing schema, the five services, a clinic and a school (brief s2 round B: domains no rule
was written for), a hotel group (brief s3 of session 6), a recruiting schema (brief s4 of session 6),
a university library (brief s10 of session 7), a veterinary clinic chain (brief s9 of session 7), a gym
chain (brief s8 of session 7), a procurement schema (brief s12 of session 8), a coffee roaster's wholesale
business (brief s13 of session 8), a chain of roasteries and cafes (brief s14 of session 8), a warehouse (the
lead's set 14 of session 8), a car repair garage (brief s15 of session 9), an insurer (brief s16 of session 9) and a
marina (brief s17 of session 9), a game's live-ops (the lead's set 15), and session 10's: a removals company (s18),
a city bike-share scheme (s19), a bicycle rental chain (s20) and a record label (s21), each introspected once from its DDL.

``tests/data/scope_phrases.txt`` (cases under ``@ schema NAME``) is the tuned set: every case
must pass exactly as in tests/test_scope.py. ``tests/data/scope_heldout.txt`` was written before
the language was tuned and not looked at while tuning; ``test_heldout_share`` measures the share
honoured (no error, no warning, every ``~`` line's words found in one resolved options line) and
each held-out phrase is a test too (``x reason``: expected to fail, said why).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from seedbed import service
from seedbed.demo import shop_sql
from seedbed.model import Schema
from tests.conftest import _new_database
from tests.corpus import CORPUS, load_sql_file
from tests.scope_measure import honoured
from tests.test_scope import ALL_CASES, check_case, read_cases

DATA = Path(__file__).parent / "data"
HELDOUT = DATA / "scope_heldout.txt"
SOURCES = {"tracker": DATA / "scope_tracker.sql", "billing": DATA / "scope_billing.sql",
           "pagila": CORPUS / "postgres" / "pagila.sql", "services": DATA / "scope_services.sql",
           "clinic": DATA / "scope_clinic.sql", "school": DATA / "scope_school.sql",
           "hotel": DATA / "scope_hotel.sql", "recruiting": DATA / "scope_recruiting.sql",
           "library": DATA / "scope_library.sql", "vet": DATA / "scope_vet.sql",
           "gym": DATA / "scope_gym.sql",
           "delivery": DATA / "scope_delivery.sql", "events": DATA / "scope_events.sql",
           "roastery": DATA / "scope_roastery.sql", "roastery14": DATA / "scope_roastery14.sql",
           "procurement": DATA / "scope_s12.sql", "warehouse": DATA / "scope_warehouse.sql",
           "garage": DATA / "scope_garage.sql", "insurance": DATA / "scope_insurance.sql",
           "marina": DATA / "scope_marina.sql", "liveops": DATA / "scope_liveops.sql",
           "label": DATA / "scope_s21.sql", "removals": DATA / "scope_s18.sql", "s20": DATA / "scope_s20.sql",
           "s19": DATA / "scope_s19.sql", "pestcontrol": DATA / "scope_pestcontrol.sql", "s25": DATA / "scope_s25.sql",
           "s24": DATA / "scope_s24.sql", "s23": DATA / "scope_s23.sql", "s22": DATA / "scope_s22.sql",
           "headhunter": DATA / "scope_headhunter.sql", "museum": DATA / "scope_museum.sql",
           "schoolbus": DATA / "scope_schoolbus.sql", "ferry": DATA / "scope_ferry.sql",
           "artmuseum": DATA / "scope_artmuseum.sql", "movers": DATA / "scope_movers.sql",
           "tattoo": DATA / "scope_s29_tattoo.sql", "solar": DATA / "scope_s29_solar.sql",
           "foodbank": DATA / "scope_s29_foodbank.sql", "escape": DATA / "scope_s29_escape.sql",
           "windfarm": DATA / "scope_s28_windfarm.sql", "pottery": DATA / "scope_s28_pottery.sql",
           "staffing": DATA / "scope_staffing.sql", "ambulance": DATA / "scope_ambulance.sql",
           "h5windfarm": DATA / "scope_h5windfarm.sql", "h5agency": DATA / "scope_h5agency.sql",
           "dentallab": DATA / "scope_s30_dentallab.sql", "glass": DATA / "scope_s30_glass.sql",
           "choir": DATA / "scope_s31_choir.sql", "carwash": DATA / "scope_s31_carwash.sql",
           "h6magazine": DATA / "scope_h6magazine.sql", "h6union": DATA / "scope_h6union.sql",
           "h6panel": DATA / "scope_h6panel.sql", "divecentre": DATA / "scope_s32_divecentre.sql",
           "apiary": DATA / "scope_s33_apiary.sql", "lido": DATA / "scope_s33_lido.sql",
           "bikeshare": DATA / "scope_s34_bikeshare.sql", "allotments": DATA / "scope_s34_allotments.sql",
           "aquarium": DATA / "scope_s35_aquarium.sql", "printshop": DATA / "scope_s35_printshop.sql",
           "storage": DATA / "scope_s37_storage.sql",
           "h7stable": DATA / "scope_h7stable.sql", "h7heatingoil": DATA / "scope_h7heatingoil.sql",
           "h7salon": DATA / "scope_h7salon.sql",
           "filmfest": DATA / "scope_s38_filmfest.sql",
           "planthire": DATA / "scope_s36_planthire.sql",
           "h8hwrc": DATA / "scope_h8hwrc.sql", "h8seqcore": DATA / "scope_h8seqcore.sql", "h8climb": DATA / "scope_h8climb.sql",
           "h9grants": DATA / "scope_h9grants.sql", "h9cosmlab": DATA / "scope_h9cosmlab.sql",
           "h9lthouse": DATA / "scope_h9lthouse.sql",
           "h10comic": DATA / "scope_h10comic.sql", "h10ramen": DATA / "scope_h10ramen.sql", "h10tramp": DATA / "scope_h10tramp.sql",
           "sa_kennel": DATA / "scope_sa_kennel.sql", "sa_theatre": DATA / "scope_sa_theatre.sql",
           "sb_canal": DATA / "scope_sb_canal.sql", "sb_parking": DATA / "scope_sb_parking.sql"}
TUNED = [c for c in ALL_CASES if c["schema"] is not None]
HELD = read_cases(HELDOUT)
#: A second held-out set on a schema nobody tuned for (the five services of issue "Many databases").
HELD_SERVICES = read_cases(DATA / "scope_heldout_services.txt")
#: A third, over all five schemas (brief s1): the half of its phrases not looked at while tuning.
HELD2 = read_cases(DATA / "scope_heldout2.txt")
#: Two more (brief s2), each measured as written before it was tuned on (their headers say the figures).
HELD3 = read_cases(DATA / "scope_heldout3.txt")
HELD4 = read_cases(DATA / "scope_heldout4.txt")
HELD5 = read_cases(DATA / "scope_heldout5.txt")
#: Round B of brief s2: two schemas in domains the language was never tuned on (a clinic, a school).
HELD6B = read_cases(DATA / "scope_heldout6b.txt")
#: Written after the tuning on 6b, measured once, not tuned on (its header).
HELD7B = read_cases(DATA / "scope_heldout7b.txt")
#: Two more (brief s1 of session 5): set 6 measured as written, then tuned on; set 7 never tuned on
#: (each a test too: their misses are marked "x reason").
HELD6 = read_cases(DATA / "scope_heldout6.txt")
HELD7 = read_cases(DATA / "scope_heldout7.txt")
#: The lead's set of session 5: written before the merge, measured once, then tuned on (its header).
HELD8 = read_cases(DATA / "scope_heldout8.txt")
#: Brief s3 of session 6 (a hotel schema and the older ones): 9c measured as written then tuned on,
#: 9cb held out (measured as written and once after, never tuned on).
HELD9C = read_cases(DATA / "scope_heldout9c.txt")
HELD9CB = read_cases(DATA / "scope_heldout9cb.txt")
#: Brief s4 of session 6 (a recruiting schema, and the older ones): 9d tuned on, 9db held out (headers).
HELD9D = read_cases(DATA / "scope_heldout9d.txt")
HELD9DB = read_cases(DATA / "scope_heldout9db.txt")
#: Brief s5 (never a silent misreading): 9e tuned on, 9eb measured once; "! words" cases ask for a warning.
HELD9E = read_cases(DATA / "scope_heldout9e.txt")
HELD9EB = read_cases(DATA / "scope_heldout9eb.txt")
#: Brief s6: the lead's set 10 (17/32 as written, tuned on to 32/32) and 10b (held out: 2/18 as written,
#: 13/18 measured once after the tuning).
HELD10 = read_cases(DATA / "scope_heldout10.txt")
HELD10B = read_cases(DATA / "scope_heldout10b.txt")
#: The lead's set 11 (brief s7): 20/31 as written, tuned on; 11b held out (measured as written and once after).
HELD11 = read_cases(DATA / "scope_heldout11.txt")
HELD11B = read_cases(DATA / "scope_heldout11b.txt")
#: The lead's set 12 (session 6): held out through wave 2 (17/30 as written and after), then two classes tuned.
HELD12 = read_cases(DATA / "scope_heldout12.txt")
#: Brief s10 of session 7 (counts, shares and restrictions said loosely; a university library schema): set 13
#: tuned on (21/39 as written on 616810f), 13b held out (11/30 on 616810f, 22/30 measured once on the branch).
HELD13_S10 = read_cases(DATA / "scope_heldout13_s10.txt")
HELD13B_S10 = read_cases(DATA / "scope_heldout13_s10b.txt")
#: Brief s9 of session 7 (time and duration words, a veterinary schema): 13 tuned on, 13b held out (headers).
HELD13_S9 = read_cases(DATA / "scope_heldout13_s9.txt")
HELD13B_S9 = read_cases(DATA / "scope_heldout13_s9b.txt")
#: Brief s8 of session 7 (a column said by what it measures; a gym schema): 13_s8 tuned on (21/48 as written,
#: 46/48 after), 13_s8b held out (18/34 on 616810f, 30/34 measured once after; their headers).
HELD13_S8 = read_cases(DATA / "scope_heldout13_s8.txt")
HELD13_S8B = read_cases(DATA / "scope_heldout13_s8b.txt")
#: Brief s11 of session 7 (whole requests as agents and chatty people write them; a food-delivery schema):
#: set 13 tuned on (12/40 as written, 34/40 after), 13b held out (6/30 on fd67caf, 13/30 measured once after).
HELD13_S11 = read_cases(DATA / "scope_heldout13_s11.txt")
#: The lead's set 13 (session 7, an event-ticketing schema nobody tuned on): 22/29 on 616810f, 24/29 merged.
HELD13_LEAD = read_cases(DATA / "scope_heldout13_lead.txt")
HELD13B_S11 = read_cases(DATA / "scope_heldout13_s11b.txt")
#: Brief s12 of session 8 (the words people use for the schema's things; a procurement schema): held out,
#: 9/30 on 4c655de, 16/30 measured once on the branch (its header).
HELD14_S12 = read_cases(DATA / "scope_heldout14_s12.txt")

#: Brief s13 of session 8 (coordination and ellipsis; a coffee roaster's schema): 11/30 on 4c655de, 26/30 measured
#: once after the tuning (its header; the misses are marked "x reason").
HELD14_S13 = read_cases(DATA / "scope_heldout14_s13.txt")

#: Brief s14 of session 8 (verbs of values, bounds and rules; a coffee-roastery schema): held out, written with the
#: tune set (now in scope_phrases.txt) before any code changed, measured on 4c655de and once on the branch (header).
HELD14_S14 = read_cases(DATA / "scope_heldout14_s14.txt")
#: The lead's set 14 (session 8, a warehouse schema): 17/30 on 4c655de; not clean (the scope briefs quoted some of
#: its phrasings as examples), 26/30 after the merges (its header).
HELD14_LEAD = read_cases(DATA / "scope_heldout14_lead.txt")
#: Brief s15 of session 9 (tables and columns said with several words, clipped or swapped; a car repair garage):
#: held out, written with the tune set before any code changed, measured on 3a66286 and once on the branch (header).
HELD15_S15 = read_cases(DATA / "scope_heldout15_s15.txt")
#: Brief s16 of session 9 (bounds and quantities in every word order; an insurer's schema): held out, written with
#: the tune set before any code changed, measured on the base and once on the branch (its header).
HELD15_S16 = read_cases(DATA / "scope_heldout15_s16.txt")
#: Brief s17 of session 9 (requests as agents and tickets write them; a marina schema): held out, written with the tune
#: set before any code changed, measured on 3a66286 and once on the branch (its header).
HELD15_S17 = read_cases(DATA / "scope_heldout15_s17.txt")
#: Brief s21 of session 10 (how many children, in every form; a record label's schema): held out, written with the tune
#: set before any code changed, measured on the base and once on the branch (its header).
HELD16_S21 = read_cases(DATA / "scope_heldout16_s21.txt")
#: Brief s18 of session 10 (verbs, clauses and units that name a number column; a removals schema): held out, written
#: with the tune set before any code changed, 8/30 on 99db311 and 25/30 once on the branch (its header).
HELD16_S18 = read_cases(DATA / "scope_heldout16_s18.txt")
#: The lead's set 15 (session 9, a game's live-ops schema nobody tuned on): 21/30 on 3a66286, 22/30 after (header).
HELD15_LEAD = read_cases(DATA / "scope_heldout15_lead.txt")
#: Set 17 (session 10): written by a helper that read no code (brief h1) before any round changed code; a pest
#: control schema. 12/40 on 99db311, 14/40 after the session's merges (its header). Not in ``_EACH_HELD``: most of
#: it fails, and its misses are the next classes, not marked one by one.
HELD17_H1 = read_cases(DATA / "scope_heldout17_h1.txt")
#: Set 19 (session 11): written by a helper that read no code (brief h2) before any round changed code; an
#: executive-search firm's schema. 8/40 on 23bb711, 12/40 after the session's merges (its header). Like set 17, not
#: in ``_EACH_HELD``: its misses are the next classes.
HELD19_H2 = read_cases(DATA / "scope_heldout19_h2.txt")
#: Brief s26 of session 11 (words the schema never uses, read through WordNet): a ferry line and an art museum.
HELD21_S26 = read_cases(DATA / "scope_heldout21_s26.txt")
#: Brief s25 of session 11 (verbs naming a child table or a column, typed ranges, list layouts; a tattoo studio's
#: schema): held out, written before any code changed, 10/30 on 23bb711 and 24/30 once at the end (its header).
HELD18_S25 = read_cases(DATA / "scope_heldout18_s25.txt")
#: Brief s27 of session 12 (facts joined in a clause: two facts in one, counts and shares after their noun, lists said
#: respectively, pipelines under a total; a museum and a school bus operator): held out, written before any code
#: changed, 7/30 on 80a8271 and 22/30 once at the end of the brief (its header).
HELD21_S27 = read_cases(DATA / "scope_heldout21_s27.txt")
HELD20_H3 = read_cases(DATA / "scope_heldout20_h3.txt")
#: Sets 22 and 23 (session 13), written blind like set 20 (briefs h4, h5); the headers say how and the figures.
HELD22_H4 = read_cases(DATA / "scope_heldout22_h4.txt")
HELD23_H5 = read_cases(DATA / "scope_heldout23_h5.txt")
#: Brief s31 of session 14 (asides, chatter, counts said with any verb; a choir and a car-wash chain): held out, written
#: before any code changed, 13/25 on e45a3eb and 22/25 at the end of the brief (its header).
HELD24_S31 = read_cases(DATA / "scope_heldout24_s31.txt")
#: Set 24 (session 14), written blind (brief h6): a magazine, a union branch, a research panel; its header says how.
HELD24_H6 = read_cases(DATA / "scope_heldout24_h6.txt")
#: Set 25 of s32 (session 15): a dive centre with clipped table names, written before s32 changed any code (its header).
HELD25_S32 = read_cases(DATA / "scope_heldout25_s32.txt")
#: Brief s33 of session 15 (per-parent counts said with a verb or a frame, counts they imply, tables left out or empty, a
#: count after its noun; a beekeeping cooperative and a council's pools): held out, 9/26 on 3c22e4e (its header).
HELD25_S33 = read_cases(DATA / "scope_heldout25_s33.txt")
#: Set 25 (brief s34 of session 15): columns said by what happened to the row, value lists over two columns.
HELD25_S34 = read_cases(DATA / "scope_heldout25_s34.txt")
#: Brief s35 of session 15 (asides, reasons and units said around a clause; an aquarium and a print shop): held out,
#: written before any code changed, 9/26 on 3c22e4e and 16/26 at the end of the brief (its header).
HELD25_S35 = read_cases(DATA / "scope_heldout25_s35.txt")
#: Brief s37 of session 16 (values and columns said in the business's words; a self-storage operator): held out, written
#: before any code changed, 3/25 on da8617ee and 8/25 at the end of the brief (its header).
HELD27_S37 = read_cases(DATA / "scope_heldout27_s37.txt")
#: Set 26 (session 15), written blind (brief h7): a riding stable, a heating oil distributor, a beauty salon (its header).
HELD26_H7 = read_cases(DATA / "scope_heldout26_h7.txt")
#: Brief s38 of session 16 (counts and per-parent counts said with a verb, framing around a request; a film festival):
#: held out, written before any code changed, 14/25 on da8617ee and 20/25 at the end of the brief (its header).
HELD27_S38 = read_cases(DATA / "scope_heldout27_s38.txt")
HELD27_S36 = read_cases(DATA / "scope_heldout27_s36.txt")
HELD27_H8 = read_cases(DATA / "scope_heldout27_h8.txt")
HELD27_H9 = read_cases(DATA / "scope_heldout27_h9.txt")
HELD28_SA = read_cases(DATA / "scope_heldout28_sa.txt")
#: Brief s24 of session 11 (states and shares said in a clause; a home solar installer's schema): held out, written
#: before any code changed, measured on 23bb711 and once at the end of the brief (its header).
HELD18_S24 = read_cases(DATA / "scope_heldout18_s24.txt")
HELD18_S23 = read_cases(DATA / "scope_heldout18_s23.txt")
#: Brief s22 of session 11 (words about the request itself; a winery): held out, written before any code was changed.
HELD18_S22 = read_cases(DATA / "scope_heldout18_s22.txt")
#: Brief s20 of session 10 (requests written as sentences: pronouns, obligations, conditions, wrappers; a bicycle rental
#: schema): held out, written with the tune set before any code changed, measured on 99db311 and once on the branch.
HELD16_S20 = read_cases(DATA / "scope_heldout16_s20.txt")
#: Brief s19 of session 10 (shares and states said in words; a bike-share schema): held out, written with the tune set
#: before any code changed, measured on 99db311 and once on the branch (its header).
HELD16_S19 = read_cases(DATA / "scope_heldout16_s19.txt")


@pytest.fixture(scope="session")
def schemas(server_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Schema]]:
    out: dict[str, Schema] = {}
    gens = []
    for name in ("shop", *SOURCES):
        gen = _new_database(server_dsn)
        dsn = next(gen)
        gens.append(gen)
        if name == "shop":
            path = tmp_path_factory.mktemp("ddl") / "shop.sql"
            path.write_text(shop_sql())
        else:
            path = SOURCES[name]
            if not path.exists():
                continue
        load_sql_file(dsn, path)
        with psycopg.connect(dsn, autocommit=True) as conn:
            out[name] = service.load_schema(conn)
    yield out
    for gen in gens:
        next(gen, None)


def _schema(schemas: dict[str, Schema], name: str) -> Schema:
    if name not in schemas:
        pytest.skip(f"schema {name} not available (corpus missing)")
    return schemas[name]


@pytest.mark.parametrize("case", TUNED, ids=[f"{c['schema']}:{c['line']}:{c['phrase'][:50]}" for c in TUNED])
def test_phrase(case: dict, schemas: dict[str, Schema]) -> None:
    check_case(case, _schema(schemas, case["schema"]))


_EACH_HELD = HELD + HELD_SERVICES + HELD6B + HELD7B + HELD6 + HELD7 + HELD8 + HELD9C + HELD9CB + HELD9D + HELD9DB \
    + HELD9E + HELD9EB + HELD10 + HELD10B + HELD11 + HELD11B + HELD12 + HELD13_S10 + HELD13B_S10 + HELD13_S9 + HELD13B_S9 + HELD13_S8 + HELD13_S8B \
    + HELD13_S11 + HELD13B_S11 + HELD13_LEAD + HELD14_S12 + HELD14_S13 + HELD14_S14 + HELD14_LEAD + HELD15_S15 \
    + HELD15_S16 + HELD15_S17 + HELD15_LEAD + HELD16_S21 + HELD16_S18 + HELD16_S20 + HELD16_S19 + HELD18_S22


@pytest.mark.parametrize("case", _EACH_HELD, ids=[f"{c['schema']}:{c['line']}:{c['phrase'][:50]}" for c in _EACH_HELD])
def test_heldout_phrase(case: dict, schemas: dict[str, Schema]) -> None:
    why = honoured(case, _schema(schemas, case["schema"]))
    if case["x"]:
        if why is None:
            pytest.fail(f"marked expected-fail ({case['x'][0]}) but honoured now: drop the x line")
        pytest.xfail(case["x"][0])
    assert why is None, why


def _measure(cases: list[dict], schemas: dict[str, Schema], label: str, capsys: pytest.CaptureFixture[str]) -> float:
    """The share of ``cases`` honoured, printed in the summary."""
    cases = [c for c in cases if c["schema"] in schemas]
    ok = [c for c in cases if honoured(c, schemas[c["schema"]]) is None]
    share = len(ok) / len(cases)
    with capsys.disabled():
        print(f"\nheld-out scope phrases{label} honoured: {len(ok)}/{len(cases)} = {share:.0%}")
    return share


def test_heldout_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The share of held-out phrases honoured (reported; the floor is what was measured)."""
    assert len(HELD) >= 60
    assert _measure(HELD, schemas, "", capsys) >= HELDOUT_FLOOR


#: Measured once, when tuning was done (issue 11): 71 of 75 (the 4 others are marked "x" with why).
HELDOUT_FLOOR = 0.94


def test_heldout_services_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The untuned five-service set: its share is reported; the floor is what was measured."""
    assert len(HELD_SERVICES) >= 45
    # measured once at 34/45 before four classes were fixed; 38/45 since (the file's header); 39/45
    # since a second reference in one phrase is read (brief s2)
    assert _measure(HELD_SERVICES, schemas, " on the services schema", capsys) >= 40 / 45  # 40: "read" is read_at (s1)


def test_heldout2_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The untouched half of the second held-out set (its header says how it was made and measured)."""
    assert len(HELD2) >= 60 and len({c["schema"] for c in HELD2}) == 5
    # measured at 38/64 as written, 49/64 after the tuning on the other half, 53/64 after six more sets,
    # 54/64 after the two sets of brief s2 (still never looked at)
    assert _measure(HELD2, schemas, " (second set, untouched half)", capsys) >= 55 / 64


def test_heldout3_to_5_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The third, fourth and fifth held-out sets: measured as written at 64/117, 42/60 and 29/35,
    then tuned on."""
    assert len(HELD3) >= 100 and len(HELD4) >= 60 and len(HELD5) >= 35
    assert all(len({c["schema"] for c in held}) == 5 for held in (HELD3, HELD4, HELD5))
    assert _measure(HELD3, schemas, " (third set, tuned on since)", capsys) >= HELD3_FLOOR
    assert _measure(HELD4, schemas, " (fourth set, tuned on since)", capsys) >= HELD4_FLOOR
    assert _measure(HELD5, schemas, " (fifth set, tuned on since)", capsys) >= HELD5_FLOOR


#: What the sets are honoured at after the tuning of brief s2 (their headers).
HELD3_FLOOR, HELD4_FLOOR, HELD5_FLOOR = 104 / 117, 57 / 60, 35 / 35


def test_heldout6b_7b_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Set 6b (clinic, school, billing, services; measured as written at 32/45, then tuned on) and set
    7b (clinic and school, written after that tuning, measured once and not tuned on)."""
    assert len(HELD6B) >= 45 and {"clinic", "school"} <= {c["schema"] for c in HELD6B}
    assert len(HELD7B) >= 20 and {c["schema"] for c in HELD7B} == {"clinic", "school"}
    assert _measure(HELD6B, schemas, " (set 6b: clinic, school, billing, services)", capsys) >= HELD6B_FLOOR
    assert _measure(HELD7B, schemas, " (set 7b: clinic, school; 13/20 as written, tuned on since)", capsys) >= HELD7B_FLOOR


#: What the sets are honoured at (their headers): 6b after the tuning of round B, 7b as written.
HELD6B_FLOOR, HELD7B_FLOOR = 45 / 45, 18 / 20


def test_heldout6_and_7_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Set 6 (pagila, tracker, shop): 24/45 as written, then tuned on; set 7 (pagila, tracker,
    billing): measured as written and never tuned on (their headers say the figures)."""
    assert len(HELD6) == 45 and {c["schema"] for c in HELD6} == {"pagila", "tracker", "shop"}
    assert _measure(HELD6, schemas, " (sixth set, tuned on since)", capsys) >= HELD6_FLOOR
    assert len(HELD7) == 20 and {c["schema"] for c in HELD7} == {"pagila", "tracker", "billing"}
    assert _measure(HELD7, schemas, " (seventh set; 7/20 as written, tuned on since)", capsys) >= HELD7_FLOOR


#: What sets 6 and 7 are honoured at (their headers); each miss is marked "x reason" in the file.
HELD6_FLOOR, HELD7_FLOOR = 44 / 45, 19 / 20


def test_heldout8_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The lead's set (shop, pagila, tracker, billing): 27/31 as written on the merged session, 29/31
    after the lead tuned on it."""
    assert len(HELD8) == 31 and {c["schema"] for c in HELD8} == {"shop", "pagila", "tracker", "billing"}
    assert _measure(HELD8, schemas, " (eighth set, the lead's)", capsys) >= 29 / 31


def test_heldout9c_9cb_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Set 9c (hotel and five older schemas; 21/39 as written, then tuned on) and set 9cb (14/30 as
    written, 22/30 measured once after that tuning, never tuned on): their headers say the figures."""
    assert len(HELD9C) == 39 and "hotel" in {c["schema"] for c in HELD9C}
    assert len(HELD9CB) == 30 and "hotel" in {c["schema"] for c in HELD9CB}
    assert _measure(HELD9C, schemas, " (set 9c: hotel and others, tuned on)", capsys) >= 36 / 39
    assert _measure(HELD9CB, schemas, " (set 9cb: hotel and others, held out)", capsys) >= 22 / 30


def test_heldout9d_9db_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s4 of session 6: set 9d (recruiting and four older schemas; 25/41 as written, tuned on to
    41/41) and set 9db (held out: 13/29 as written, 23/29 measured once after the tuning)."""
    assert len(HELD9D) == 41 and "recruiting" in {c["schema"] for c in HELD9D}
    assert len(HELD9DB) == 29 and "recruiting" in {c["schema"] for c in HELD9DB}
    assert _measure(HELD9D, schemas, " (set 9d, recruiting; 25/41 as written, tuned on)", capsys) >= 41 / 41
    assert _measure(HELD9DB, schemas, " (set 9db, held out; 13/29 as written)", capsys) >= 26 / 29  # 26: "each one teaching" (brief s33)


def test_heldout9e_9eb_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s5: set 9e (tune) 36/42 as written with 2 silent misreadings, 57/60 with the phrases added while
    tuning; set 9eb (held out) 27/30 as written, 29/30 after (their headers)."""
    assert len(HELD9E) == 60 and len(HELD9EB) == 30
    assert sum(bool(c["!"]) for c in HELD9E + HELD9EB) >= 40  # most ask for a warning that quotes them
    assert _measure(HELD9E, schemas, " (set 9e, tuned on)", capsys) >= 57 / 60
    assert _measure(HELD9EB, schemas, " (set 9eb, held out)", capsys) >= 29 / 30


def test_heldout10_10b_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s6: the lead's set 10 (17/32 as written, tuned on to 32/32) and set 10b (held out: 2/18 as
    written, 13/18 measured once after the tuning; its misses are marked "x")."""
    assert len(HELD10) == 32 and len(HELD10B) == 18
    assert _measure(HELD10, schemas, " (set 10, the lead's, tuned on)", capsys) >= 32 / 32
    assert _measure(HELD10B, schemas, " (set 10b, held out)", capsys) >= 13 / 18


def test_heldout11_11b_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s7: the lead's set 11 (20/31 as written, 22/31 with its expectations made exact, tuned on to
    31/31) and set 11b (held out: 4/19 as written, 10/19 measured once after, 11/19 with one expectation
    corrected): their headers say the figures."""
    assert len(HELD11) == 31 and len(HELD11B) == 19
    assert _measure(HELD11, schemas, " (set 11, the lead's, tuned on)", capsys) >= HELD11_FLOOR
    assert _measure(HELD11B, schemas, " (set 11b, held out)", capsys) >= HELD11B_FLOOR


#: What sets 11 and 11b are honoured at (their headers); the misses of 11b are marked "x reason".
HELD11_FLOOR, HELD11B_FLOOR = 31 / 31, 12 / 19  # 12: 'coupons taking 5 to 20 percent off' (brief s14, session 8)


def test_heldout12_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The lead's set 12: 17/30 as written on d2627e1 and after wave 2 (never tuned on by a helper), 20/30
    after the lead tuned on three of its classes, 28/30 after session 7's merged rounds (s8-s11 tuned on their
    own sets; s8 and s10 dropped the x lines of their classes here); its misses are marked "x" with their reasons."""
    assert len(HELD12) == 30
    assert _measure(HELD12, schemas, " (set 12, the lead's; 17/30 held out)", capsys) >= 29 / 30  # 29: brief s33


def test_heldout13_s10_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s10: set 13 (tuned on: 21/39 as written on 616810f, 37/39 after) and 13b (held out: 11/30 on
    616810f, 22/30 measured once on the branch); their misses are marked "x" with their reasons."""
    assert len(HELD13_S10) == 39 and len(HELD13B_S10) == 30
    assert _measure(HELD13_S10, schemas, " (set 13, brief s10, tuned on)", capsys) >= 37 / 39
    assert _measure(HELD13B_S10, schemas, " (set 13b, brief s10, held out)", capsys) >= 22 / 30


def test_heldout13_s9_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s9 (time and duration words): set 13 (tuned on: 26/42 as written, 35/72 with the batches added
    while tuning, on 616810f; 68/72 after) and set 13b (held out: 19/30 on 616810f, 27/30 measured once after
    the tuning, never tuned on); their misses are marked "x" with why."""
    assert len(HELD13_S9) == 72 and len(HELD13B_S9) == 30 and "vet" in {c["schema"] for c in HELD13B_S9}
    assert _measure(HELD13_S9, schemas, " (set 13, time words, tuned on)", capsys) >= 68 / 72
    assert _measure(HELD13B_S9, schemas, " (set 13b, time words, held out; 19/30 before)", capsys) >= 27 / 30


def test_heldout13_s8_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s8's pair on the gym schema and four others: the tuned half and the held-out half (headers)."""
    assert len(HELD13_S8) == 48 and len(HELD13_S8B) == 34 and "gym" in {c["schema"] for c in HELD13_S8B}
    assert _measure(HELD13_S8, schemas, " (set 13 s8, tuned on; 21/48 as written)", capsys) >= 46 / 48
    assert _measure(HELD13_S8B, schemas, " (set 13 s8b, held out; 18/34 on 616810f)", capsys) >= 30 / 34


def test_heldout13_s11_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s11: set 13 (tuned on: 12/40 as written on fd67caf, 34/40 after) and 13b (held out: 6/30 on
    fd67caf, 13/30 measured once on the branch); their headers say how they were made."""
    assert len(HELD13_S11) == 40 and len(HELD13B_S11) == 30
    assert _measure(HELD13_S11, schemas, " (set 13, s11's, tuned on)", capsys) >= 34 / 40
    # 14/30 after the lead's fix; 17/30 since brief s14 of session 8 (verbs of bounds, 'with a <reference>'); 18/30 on
    # 99db311, 24/30 since brief s20 of session 10 (sentences that refer back, obligations; six x lines dropped)
    assert _measure(HELD13B_S11, schemas, " (set 13b, s11's, held out)", capsys) >= 24 / 30


def test_heldout13_lead_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The lead's set 13: written before session 7's changes, never tuned on; 22/29 on 616810f, 24/29 after
    every branch of the session was merged (its header); its misses are marked "x" with their reasons."""
    assert len(HELD13_LEAD) == 29 and "events" in {c["schema"] for c in HELD13_LEAD}
    assert _measure(HELD13_LEAD, schemas, " (set 13, the lead's; 22/29 before the session)", capsys) >= 24 / 29


def test_heldout14_s12_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s12 (the words people use for the schema's things): set 14 held out, 9/30 on 4c655de, 16/30 measured
    once after the tuning on its own set (never tuned on); its misses are marked "x" with their reasons."""
    assert len(HELD14_S12) == 30 and "procurement" in {c["schema"] for c in HELD14_S12}
    assert _measure(HELD14_S12, schemas, " (set 14, s12's, held out; 9/30 before)", capsys) >= 16 / 30


def test_heldout14_s13_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s13 of session 8 (coordination and ellipsis; the roastery schema): 11/30 on 4c655de, 26/30
    measured once on the branch, never tuned on (its header; the misses are marked "x" with their reasons)."""
    assert len(HELD14_S13) == 30 and "roastery" in {c["schema"] for c in HELD14_S13}
    assert _measure(HELD14_S13, schemas, " (set 14, s13's, held out)", capsys) >= 26 / 30


def test_heldout14_s14_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s14 of session 8 (verbs of values, bounds and rules): the held-out set, 8/30 as written on 4c655de,
    18/30 measured once after the tuning (its header); its misses are marked "x" with their reasons."""
    assert len(HELD14_S14) == 30 and "roastery14" in {c["schema"] for c in HELD14_S14}
    assert _measure(HELD14_S14, schemas, " (set 14, s14's, held out; 8/30 before)", capsys) >= HELD14_S14_FLOOR


#: What set 14 of s14 is honoured at, measured once at the end of the brief (its header).
HELD14_S14_FLOOR = 24 / 30  # 22/30 on 99db311; 24/30 since brief s20 (session 10)


def test_heldout15_s16_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s16 of session 9 (bounds and quantities in every word order; an insurer's schema): held out, 9/30 on
    3a66286, 22/30 measured once on the branch (its header); its misses are marked "x" with their reasons."""
    assert len(HELD15_S16) == 30 and {c["schema"] for c in HELD15_S16} == {"insurance"}
    assert _measure(HELD15_S16, schemas, " (set 15, s16's, held out; 9/30 before)", capsys) >= 22 / 30


def test_heldout14_lead_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The lead's set 14 (session 8): 17/30 on 4c655de, 26/30 after every round merged; not clean (its header)."""
    assert len(HELD14_LEAD) == 30 and "warehouse" in {c["schema"] for c in HELD14_LEAD}
    assert _measure(HELD14_LEAD, schemas, " (set 14, the lead's; 17/30 before, not clean)", capsys) >= 26 / 30


def test_heldout15_s15_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s15 of session 9 (noun phrases of several words, abbreviations and compounds; the garage schema): held
    out, 10/30 on 3a66286, 27/30 measured once at the end of the brief (its header; the misses are marked "x")."""
    assert len(HELD15_S15) == 30 and "garage" in {c["schema"] for c in HELD15_S15}
    assert _measure(HELD15_S15, schemas, " (set 15, s15's, held out; 10/30 before)", capsys) >= HELD15_S15_FLOOR


#: What set 15 of s15 is honoured at, measured once at the end of the brief (its header).
HELD15_S15_FLOOR = 27 / 30


def test_heldout15_s17_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s17 of session 9 (lists, wrappers, corrections, identifiers): the held-out set, 11/30 on 3a66286,
    22/30 measured once after the tuning (its header); its misses are marked "x" with their reasons."""
    assert len(HELD15_S17) == 30 and {c["schema"] for c in HELD15_S17} == {"marina"}
    assert _measure(HELD15_S17, schemas, " (set 15, s17's, held out; 11/30 before)", capsys) >= HELD15_S17_FLOOR


#: What set 15 of s17 is honoured at, measured once at the end of the brief (its header).
HELD15_S17_FLOOR = 24 / 30  # 22/30 on 99db311; 24/30 since brief s20 (session 10)


def test_heldout16_s18_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s18 of session 10 (verbs, clauses and units that name a number column): the held-out set, 8/30 on 99db311,
    25/30 measured once at the end of the brief (its header); its misses are marked "x" with their reasons."""
    assert len(HELD16_S18) == 30 and "removals" in {c["schema"] for c in HELD16_S18}
    assert _measure(HELD16_S18, schemas, " (set 16, s18's, held out; 8/30 before)", capsys) >= HELD16_S18_FLOOR


#: What set 16 of s18 is honoured at, measured once at the end of the brief (its header).
HELD16_S18_FLOOR = 25 / 30


def test_heldout15_lead_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """The lead's set 15 (session 9): written after the briefs, kept from the helpers; 21/30 on 3a66286, 22/30 after
    every round merged (one of them fixed by the lead after seeing it: its header); the misses are marked "x"."""
    assert len(HELD15_LEAD) == 30 and {c["schema"] for c in HELD15_LEAD} == {"liveops"}
    assert _measure(HELD15_LEAD, schemas, " (set 15, the lead's; 21/30 before)", capsys) >= 22 / 30


def test_heldout16_s21_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s21 of session 10 (how many children, in every form; a record label): the held-out set, 16/30 on the base
    (99db311 with the schema and this file added), 25/30 measured once after the tuning (its header); misses marked "x"."""
    assert len(HELD16_S21) == 30 and "label" in {c["schema"] for c in HELD16_S21}
    assert _measure(HELD16_S21, schemas, " (set 16, s21's, held out; 16/30 before)", capsys) >= HELD16_S21_FLOOR


#: What set 16 of s21 is honoured at, measured once at the end of the brief (its header).
HELD16_S21_FLOOR = 25 / 30
def test_heldout16_s20_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s20 of session 10 (sentences that refer back, obligations, conditions, wrappers; the bicycle rental schema):
    held out, 14/30 on 99db311, 23/30 measured once at the end of the brief (its header); its misses are marked "x"."""
    assert len(HELD16_S20) == 30 and "s20" in {c["schema"] for c in HELD16_S20}
    assert _measure(HELD16_S20, schemas, " (set 16, s20's, held out; 14/30 before)", capsys) >= HELD16_S20_FLOOR


#: What set 16 of s20 is honoured at, measured once at the end of the brief (its header).
HELD16_S20_FLOOR = 23 / 30
def test_heldout16_s19_share(schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """Brief s19 of session 10 (shares and states said in words): the held-out set, 17/30 on 99db311, 25/30 measured
    once after the tuning (its header); its misses are marked "x" with their reasons."""
    assert len(HELD16_S19) == 30 and {c["schema"] for c in HELD16_S19} == {"s19", "shop"}
    assert _measure(HELD16_S19, schemas, " (set 16, s19's, held out; 17/30 before)", capsys) >= HELD16_S19_FLOOR


#: What set 16 of s19 is honoured at, measured once at the end of the brief (its header).
HELD16_S19_FLOOR = 25 / 30


#: The sets written blind (17 of session 10, 19 of session 11) and the held-out sets of session 11's rounds (18), each
#: with its size, its schemas, what it was honoured at before (its header says how it was written and measured) and
#: its floor: what the merged code honours. Set 17 has been the tune set of session 11's scope rounds since.
_FLOORS = [
    ("17_h1", HELD17_H1, 40, {"pestcontrol"}, "set 17, written blind; 12/40 before", 39 / 40),
    ("19_h2", HELD19_H2, 40, {"headhunter"}, "set 19, written blind; 8/40 before", 29 / 40),  # 12 before s26, s27; 24 before s29; 27 before session 14
    ("21_s27", HELD21_S27, 30, {"museum", "schoolbus"}, "set 21, s27's, held out; 7/30 before", 24 / 30),
    ("20_h3", HELD20_H3, 40, {"movers"}, "set 20, written blind; 7/40 before", 20 / 40),  # s28+s29 tuned on it: 7 -> 17; session 14: 19; s33: 20
    ("22_h4", HELD22_H4, 50, {"staffing", "ambulance"}, "set 22, written blind; 9/50 before", 23 / 50),  # session 13: 9 -> 9; tuned on in 14: 16; s33: 19
    ("23_h5", HELD23_H5, 50, {"h5windfarm", "h5agency"}, "set 23, written blind; 8/50 before", 30 / 50),  # 8 -> 8; tuned on in 14: 19; s32: 20; s33: 23; s38: 30
    ("24_s31", HELD24_S31, 25, {"choir", "carwash"}, "set 24, s31's, held out; 13/25 before", 22 / 25),
    ("24_h6", HELD24_H6, 60, {"h6magazine", "h6union", "h6panel"}, "set 24, written blind; 4/60 before", 20 / 60),  # s34: 9 -> 13; s38: 20
    ("18_s22", HELD18_S22, 30, {"s22"}, "set 18, s22's, held out; 7/30 before", 24 / 30),  # 20/30 on its branch; s33: 24
    ("18_s23", HELD18_S23, 30, {"s23"}, "set 18, s23's, held out; 11/30 before", 26 / 30),  # s33: 26
    ("25_s34", HELD25_S34, 25, {"bikeshare", "allotments"}, "set 25, s34's, held out; 10/25 before", 22 / 25),
    ("18_s24", HELD18_S24, 30, {"s24"}, "set 18, s24's, held out; 14/30 before", 24 / 30),
    ("18_s25", HELD18_S25, 30, {"s25"}, "set 18, s25's, held out; 10/30 before", 29 / 30),  # 24/30 on its branch
    ("21_s26", HELD21_S26, 30, {"ferry", "artmuseum"}, "set 21, s26's, held out; 2/30 before", 6 / 30),
    ("25_s32", HELD25_S32, 25, {"divecentre"}, "set 25, s32's, held out; 4/25 before", 19 / 25),
    ("25_s33", HELD25_S33, 26, {"apiary", "lido"}, "set 25, s33's, held out; 9/26 before", 22 / 26),
    ("25_s35", HELD25_S35, 26, {"aquarium", "printshop"}, "set 25, s35's, held out; 9/26 before", 17 / 26),
    ("27_s37", HELD27_S37, 25, {"storage"}, "set 27, s37's, held out; 3/25 before", 7 / 25),  # 8 -> 7: s37b's guards
    ("26_h7", HELD26_H7, 60, {"h7stable", "h7heatingoil", "h7salon"}, "set 26, written blind; 7/60 before", 14 / 60),  # session 16: 11 -> 14
    ("27_s38", HELD27_S38, 25, {"filmfest"}, "set 27, s38's, held out; 14/25 before", 20 / 25),
    ("27_s36", HELD27_S36, 25, {"planthire"}, "set 27, s36's, held out; 5/25 before", 9 / 25),
    ("27_h8", HELD27_H8, 60, {"h8hwrc", "h8seqcore", "h8climb"}, "set 27_h8, written blind; 7/60 before", 9 / 60),
    ("27_h9", HELD27_H9, 60, {"h9grants", "h9cosmlab", "h9lthouse"}, "set 27_h9, written blind; 6/60 before", 7 / 60),
    ("28_sa", HELD28_SA, 25, {"sa_kennel", "sa_theatre"}, "set 28, sa's, held out; 10/25 before", 15 / 25),
]


@pytest.mark.parametrize(("cases", "size", "names", "label", "floor"), [f[1:] for f in _FLOORS], ids=[f[0] for f in _FLOORS])
def test_heldout_share_floor(cases: list[dict], size: int, names: set[str], label: str, floor: float,
                             schemas: dict[str, Schema], capsys: pytest.CaptureFixture[str]) -> None:
    """A whole set's share of honoured phrases stays at its floor (``_FLOORS``)."""
    assert len(cases) == size and {c["schema"] for c in cases} == names
    assert _measure(cases, schemas, f" ({label})", capsys) >= floor
