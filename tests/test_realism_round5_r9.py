"""Issue 10, round 5 (helper r9): classes a charity CRM showed, on small synthetic schemas with
invented names (no database: plan + engine)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.generate.intent import infer
from seedbed.model import Check, ColumnDomain, Schema
from tests.test_realism_units import generate, table

_NUMBERED = re.compile(r"^[A-Z][a-z ]+ \d+$")  # "Emergency contact 4"


def _values(got: dict, tab: str, col: str) -> list[str]:
    return [v for v in got[tab][col] if v is not None]


def _intent(t, column: str) -> str | None:
    col = next(c for c in t.columns if c.name == column)
    found = infer(Schema(tables=(t,)), t, col, ColumnDomain())
    return found.name if found else None


# ------------------------------------------------------------------ a person named by role
def test_a_text_column_named_after_a_persons_role_holds_a_full_name() -> None:
    t = table("hikers", ("next_contact", "varchar(100)"), ("referring_surgeon", "text"), ("trip_mentor", "text"),
              ("in_honour_of", "varchar(80)"), ("site_supervisor", "varchar(120)"))
    got = generate(t, rows=60)
    for col in ("next_contact", "referring_surgeon", "trip_mentor", "in_honour_of", "site_supervisor"):
        vals = _values(got, "hikers", col)
        assert vals and not any(_NUMBERED.match(v) for v in vals), (col, vals[:3])
        assert sum(len(v.split()) >= 2 for v in vals) > 0.8 * len(vals), (col, vals[:3])
    # the contact of a person is someone else
    people = generate(table("ramblers", ("full_name", "varchar(100)"), ("emergency_contact", "varchar(100)")),
                      rows=60)["ramblers"]
    same = sum(a == b for a, b in zip(people["full_name"], people["emergency_contact"], strict=True) if a and b)
    assert same < 3, same
    # a login or a thing stays what it was: a user is a username, a parent is no person here
    assert _intent(table("folders", ("parent", "text")), "parent") != "person.full_name"
    assert _intent(table("jobs", ("user", "text")), "user") == "person.username"


# ------------------------------------------------------------------ a step done, kept as an integer
def test_an_integer_named_after_a_check_done_is_a_mostly_set_flag() -> None:
    t = table("stewards", ("police_vetted", "smallint"), ("consented", "int"), ("first_aid_trained", "int"))
    got = generate(t, rows=300)
    for col in ("police_vetted", "consented", "first_aid_trained"):
        vals = _values(got, "stewards", col)
        assert set(vals) == {"0", "1"}, (col, sorted(set(vals))[:5])
        assert vals.count("1") > 0.5 * len(vals), col
    # a plural noun first counts things in that state
    assert _intent(table("sites", ("visitors_registered", "int")), "visitors_registered") == "number.count"


# ------------------------------------------------------------------ a year across two calendar years
def test_a_tax_or_season_year_kept_as_text_spans_two_years_in_the_checks_style() -> None:
    t = table("returns_filed", ("assessment_year", "varchar(7)"), ("fiscal_year", "varchar(9)"),
              ("budget_year", "varchar(4)"))
    t = replace(t, checks=(Check(name="ay", expression="((assessment_year)::text ~ '^[0-9]{4}/[0-9]{2}$'::text)",
                                 columns=("assessment_year",)),))
    got = generate(t, rows=80)
    ay = _values(got, "returns_filed", "assessment_year")
    assert ay and all(re.fullmatch(r"(\d{4})/(\d{2})", v) for v in ay), ay[:5]
    assert all((int(v[:4]) + 1) % 100 == int(v[5:]) for v in ay), ay[:5]
    assert all(1990 <= int(v[:4]) <= 2026 for v in ay)
    fy = _values(got, "returns_filed", "fiscal_year")
    assert fy and all(re.fullmatch(r"\d{4}-\d{2}", v) and (int(v[:4]) + 1) % 100 == int(v[5:]) for v in fy), fy[:5]
    assert all(re.fullmatch(r"\d{4}", v) for v in _values(got, "returns_filed", "budget_year"))


# ------------------------------------------------------------------ money of giving at its scale
def _money(got: dict, tab: str, col: str) -> list[float]:
    return [float(v) for v in _values(got, tab, col)]


def test_money_of_giving_reads_at_its_scale_with_mostly_round_sums() -> None:
    drives = table("fundraisers", ("headline", "text"), ("target_amount", "numeric(12,2)"))
    gifts = table("gifts", ("amount", "numeric(12,2)", False), fks=(("fundraiser_id", "fundraisers"),))
    orders = table("standing_orders", ("installment_amount", "numeric(8,2)"), ("donor_email", "text"))
    loans = table("loans", ("installment_amount", "numeric(8,2)"), ("principal", "numeric(12,2)"))
    got = generate(drives, gifts, orders, loans, rows=400)
    amounts = sorted(_money(got, "gifts", "amount"))
    median = amounts[len(amounts) // 2]
    assert 10 <= median <= 60 and amounts[-1] > 10 * median, (median, amounts[-1])  # many small, a few large
    assert sum(a == int(a) for a in amounts) > 0.6 * len(amounts)  # 10, 25, 50, 100 mostly
    targets = _money(got, "fundraisers", "target_amount")
    assert len(set(targets)) < 0.5 * len(targets)  # round targets: 5,000, 20,000
    assert sorted(targets)[len(targets) // 2] >= 5_000
    monthly = sorted(_money(got, "standing_orders", "installment_amount"))
    assert 5 <= monthly[len(monthly) // 2] <= 30
    # a loan's instalment is no gift: no giving word around it
    assert sorted(_money(got, "loans", "installment_amount"))[200] > 30


def test_an_amount_named_by_a_status_label_is_set_on_those_rows_and_within_what_was_asked() -> None:
    from seedbed.model import Column, ColumnType, TypeKind

    t = table("bursaries", ("amount_requested", "numeric(12,2)", False), ("amount_awarded", "numeric(12,2)"))
    state = Column(name="state", nullable=False, type=ColumnType(
        kind=TypeKind.ENUM, sql_name="bursary_state", enum_labels=("draft", "submitted", "awarded", "declined")))
    got = generate(replace(t, columns=(*t.columns, state)), rows=300)["bursaries"]
    rows = list(zip(got["state"], got["amount_requested"], got["amount_awarded"], strict=True))
    assert all((a is not None) == (s == "awarded") for s, _r, a in rows)
    assert all(float(a) <= float(r) for _s, r, a in rows if a is not None)
    assert sorted(float(r) for _s, r, _a in rows)[150] >= 1_000  # a grant, not a shop amount


# ------------------------------------------------------------------ a reason set with the moment it explains
def test_a_reason_for_an_ending_is_set_exactly_where_its_moment_is_set_without_a_status() -> None:
    t = table("subscriptions_kept", ("started_on", "date", False), ("cancelled_on", "date"),
              ("cancellation_reason", "varchar(200)"), ("notes", "text"))
    got = generate(t, rows=300)["subscriptions_kept"]
    pairs = list(zip(got["cancelled_on"], got["cancellation_reason"], strict=True))
    assert all((when is None) == (why is None) for when, why in pairs)
    assert 0 < sum(when is not None for when, _ in pairs) < 200  # most rows were not cancelled
    assert sum(n is not None for n in got["notes"]) > 150  # a note explains no ending: left alone


# ------------------------------------------------------------------ a party's kind decides its name parts
def test_a_partys_kind_keeps_person_parts_off_organisation_rows_and_back() -> None:
    from collections import Counter

    from seedbed.model import Column, ColumnType, TypeKind

    t = table("patrons", ("salutation", "varchar(10)"), ("given_name", "varchar(60)"), ("surname", "varchar(60)"),
              ("company_name", "varchar(120)"), ("birth_date", "date"), ("email", "text"), ("first_visit_on", "date"))
    kind = Column(name="patron_kind", nullable=False, type=ColumnType(
        kind=TypeKind.ENUM, sql_name="patron_kind", enum_labels=("person", "company", "trust")))
    got = generate(replace(t, columns=(*t.columns, kind)), rows=300)["patrons"]
    seen = Counter()
    for i, k in enumerate(got["patron_kind"]):
        person = [got[c][i] for c in ("salutation", "given_name", "surname", "birth_date")]
        org = got["company_name"][i]
        if k == "person":
            assert org is None and got["surname"][i] is not None
        else:  # a company or a trust: its own name, no first name, title or birth date
            assert all(v is None for v in person) and org is not None
        seen[k] += 1
    assert len(seen) == 3
    assert sum(e is not None for e in got["email"]) > 200  # both kinds have an email, and a first visit
    assert sum(v is not None for k, v in zip(got["patron_kind"], got["first_visit_on"], strict=True) if k != "person")


def test_a_kind_gate_never_empties_a_part_a_checks_row_case_requires() -> None:
    from seedbed.model import CaseGroup, ColumnDomain, RowCase, TableDomains
    from seedbed.planning.parties import party_gates

    t = table("members_mixed", ("kind", "varchar(12)"), ("last_name", "varchar(60)"), ("org_name", "varchar(60)"))
    labels = {"kind": ("individual", "organisation")}
    usable = {"kind": True, "last_name": True, "org_name": True}
    nullable = {"last_name": True, "org_name": True}
    free = party_gates(t, labels, usable, nullable, None, frozenset())
    assert {g.column: set(g.labels) for g in free} == {"last_name": {"individual"}, "org_name": {"organisation"}}
    # a CHECK asks every organisation for a contact's last name: that part is not gated away
    case = RowCase(columns={"kind": ColumnDomain(allowed=("organisation",)), "last_name": ColumnDomain(not_null=True)})
    doms = TableDomains(columns={}, groups=(CaseGroup(checks=("c",), cases=(case,)),))
    kept = party_gates(t, labels, usable, nullable, doms, frozenset())
    assert [g.column for g in kept] == ["org_name"]


# ------------------------------------------------------------------ a charity's own words
def test_a_charity_schema_reads_in_its_own_words_not_a_shops_or_a_banks() -> None:
    from seedbed.generate.intent.domain import detect_domain
    from seedbed.generate.realistic.vocab import load

    donors = table("donor_profiles", ("email", "text"))
    drives = table("drives", ("headline", "varchar(150)"))
    pledges = table("pledges", ("amount", "numeric(10,2)"), ("notes", "text"),
                    fks=(("donor_id", "donor_profiles"), ("drive_id", "drives")))
    pots = table("designations", ("label", "varchar(80)"))
    rota = table("volunteer_rota", ("role", "varchar(60)"), ("starts_at", "ts"))
    schema = Schema(tables=(donors, drives, pledges, pots, rota))
    assert detect_domain(schema) == "nonprofit"
    got = generate(donors, drives, pledges, pots, rota, rows=60)
    pack = load("packs")["packs"]["nonprofit"]
    roles = set(_values(got, "volunteer_rota", "role"))
    assert roles <= set(pack["volunteer_role"]) and len(roles) > 5, roles
    logins = table("users", ("role", "varchar(20)"))  # a login's role stays an access role in any domain
    with_logins = Schema(tables=(donors, drives, pledges, pots, rota, logins))
    role = next(c for c in logins.columns if c.name == "role")
    assert infer(with_logins, logins, role, ColumnDomain()).name == "status.type"
    shop = {c for c in load("packs")["packs"]["ecommerce"]["campaign"]}
    headlines = _values(got, "drives", "headline")
    assert not set(headlines) & shop and any("Appeal" in h for h in headlines), headlines[:5]
    notes = _values(got, "pledges", "notes")  # a gift's notes, not a fund's description
    assert notes and not any("trustees each quarter" in n for n in notes), notes[:3]


# ------------------------------------------------------------------ attributes and reasons of giving and events
def test_a_dietary_need_and_a_stopped_regular_payment_read_as_such() -> None:
    from seedbed.generate.realistic.vocab import load

    guests = table("dinner_guests", ("dietary_needs", "varchar(60)"), ("meal_preference", "varchar(30)"))
    plans = table("membership_plans", ("started_on", "date", False), ("cancelled_on", "date"),
                  ("cancel_reason", "varchar(120)"))
    got = generate(guests, plans, rows=200)
    diets = set(_values(got, "dinner_guests", "dietary_needs")) | set(_values(got, "dinner_guests", "meal_preference"))
    assert {"vegetarian", "vegan"} <= diets and not any(_NUMBERED.match(v) for v in diets), diets
    reasons = set(_values(got, "membership_plans", "cancel_reason"))
    families = load("misc")["reason_families"]
    assert reasons and reasons <= set(families["cancel_recurring"]), reasons


# ------------------------------------------------------------------ a record's reference kept as text
def test_a_reference_of_a_named_record_reads_like_its_number() -> None:
    t = table("appraisal_files", ("appraisal_ref", "varchar(24)"), ("permit_ref", "varchar(30)"),
              ("claim_reference", "varchar(20)"), ("session_ref", "text"))
    got = generate(t, rows=50)["appraisal_files"]
    assert all(re.fullmatch(r"APP-(20\d\d-)?\d{6}", v) for v in got["appraisal_ref"] if v), got["appraisal_ref"][:3]
    assert all(re.fullmatch(r"PRM-(20\d\d-)?\d{6}", v) for v in got["permit_ref"] if v), got["permit_ref"][:3]
    assert all(re.fullmatch(r"CLM-?(20\d\d-)?\d{6}", v) for v in got["claim_reference"] if v)
    assert not any(re.fullmatch(r"[A-Z]{3}-20\d\d-\d{6}", v) for v in got["session_ref"] if v)  # an opaque id stays


def test_a_list_of_things_the_tables_pack_has_words_for_takes_those_words() -> None:
    import json

    from seedbed.generate.realistic.vocab import load
    from seedbed.model import Column, ColumnType, TypeKind

    helpers = table("volunteer_pool", ("email", "text"))
    helpers = replace(helpers, columns=(*helpers.columns, Column(
        name="skills", nullable=False, default="'[]'::jsonb", type=ColumnType(kind=TypeKind.JSONB, sql_name="jsonb"))))
    gifts = table("donation_log", ("amount", "numeric(10,2)"))
    got = generate(helpers, gifts, rows=60)["volunteer_pool"]
    words = set(load("packs")["packs"]["nonprofit"]["volunteer_skill"])
    items = [x for v in got["skills"] for x in json.loads(v)]
    assert items and set(items) <= words, items[:5]


# ------------------------------------------------------------------ a CHECK's order keeps the intent's values
def test_an_amount_a_check_orders_below_a_sibling_keeps_its_scale_not_just_under_the_bound() -> None:
    t = table("scholarship_bids", ("amount_requested", "numeric(12,2)", False), ("amount_awarded", "numeric(12,2)", False))
    t = replace(t, checks=(Check(name="c_aw", expression="(amount_awarded <= amount_requested)",
                                 columns=("amount_awarded", "amount_requested")),))
    got = generate(t, rows=300)["scholarship_bids"]
    pairs = [(float(r), float(a)) for r, a in zip(got["amount_requested"], got["amount_awarded"], strict=True)]
    assert all(0 < a <= r for r, a in pairs)
    near = sum(0 < r - a < 0.01 * r for r, a in pairs)  # "14,997.95 of 15,000" is no award anyone makes
    assert near < 0.1 * len(pairs), near
    assert sum(a == r for r, a in pairs) > 0.2 * len(pairs)  # many awarded in full


# ------------------------------------------------------------------ a gathering's size and what one row books
def test_a_gatherings_capacity_is_a_room_full_and_a_registration_books_a_few_tickets_at_a_venue() -> None:
    from seedbed.model import Check as Chk

    shows = table("recitals", ("venue", "varchar(150)"), ("capacity", "int"))
    signups = table("recital_signups", ("tickets", "smallint", False), fks=(("recital_id", "recitals"),))
    signups = replace(signups, checks=(Chk(name="t", expression="((tickets >= 1) AND (tickets <= 10))",
                                           columns=("tickets",)),))
    got = generate(shows, signups, rows=300)
    caps = sorted(int(v) for v in _values(got, "recitals", "capacity"))
    assert caps[len(caps) // 2] >= 60, caps[len(caps) // 2]
    tickets = [int(v) for v in _values(got, "recital_signups", "tickets")]
    assert sum(t <= 2 for t in tickets) > 0.7 * len(tickets) and max(tickets) <= 10
    venues = _values(got, "recitals", "venue")
    assert not any(re.fullmatch(r"[^,]+, [A-Z][a-z]+( [A-Z][a-z]+)*", v) for v in venues), venues[:4]  # no "City, Country"


def test_a_registration_for_a_gathering_comes_before_the_day_it_is_held() -> None:
    galas = table("galas", ("title", "text"), ("gala_date", "date", False))
    signups = table("gala_signups", ("registered_at", "ts", False), fks=(("gala_id", "galas"),))
    got = generate(galas, signups, rows=200)
    days = got["galas"]["gala_date"]
    rows = list(zip(got["gala_signups"]["registered_at"], got["gala_signups"]["gala_id"], strict=True))
    assert sum(at[:10] > days[int(gala) - 1] for at, gala in rows) < 0.05 * len(rows)
