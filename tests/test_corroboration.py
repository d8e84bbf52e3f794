"""Issue 10, r32: the schema's trade decides its generic tables (corroboration).

A table named by a generic noun (projects, loans, orders, issues, trips, jobs, appointments, claims,
tasks) was pulled into another sector by its one word: a herbarium read as a bank, a translation
agency's issues as software's, a works order as a shop's. Each test is a made-up schema whose
generic table's word another sector also uses; its classifiers take the leading trade's values, or
plain labels where nothing leads (no database: plan + engine)."""

from __future__ import annotations

from seedbed.generate.intent.corroboration import describe
from seedbed.generate.intent.domain import detect_domain
from seedbed.generate.intent.trades import _lists
from seedbed.model import Schema
from seedbed.planning.planner import PlanOptions, plan_seed
from tests.test_realism_units import generate, table

_PLAIN_STATUS = {"completed", "in progress", "pending", "cancelled"}
_SHOP_STATES = {"paid", "shipped", "delivered", "refunded", "processing"}
_RECORD_STATES = {"active", "inactive", "archived", "deleted"}


def _vals(values: list[str | None]) -> set[str]:
    return {v for v in values if v is not None}


def _reason(tables: tuple, name: str, column: str) -> str:
    plan = plan_seed(Schema(tables=tables), PlanOptions(rows=10, seed=1))
    tp = next(tp for n, tp in plan.tables.items() if n.name == name)
    return next(c.reason for c in tp.columns if c.name == column)


def _museum() -> tuple:
    """A regional museum: its ``loans`` are of artefacts, not a bank's."""
    curators = table("curators", ("full_name", "varchar(80)"), ("department", "varchar(40)"))
    exhibitions = table("exhibitions", ("title", "varchar(120)"), ("opens_on", "date"),
                        fks=(("curator_id", "curators"),))
    artefacts = table("artefacts", ("object_name", "varchar(120)"), ("provenance", "text"),
                      ("acquired_on", "date"), fks=(("exhibition_id", "exhibitions"),))
    loans = table("loans", ("loan_type", "varchar(30)"), ("status", "varchar(20)"), ("borrowing_institution",
                  "varchar(120)"), ("sent_on", "date"), fks=(("artefact_id", "artefacts"),))
    return curators, exhibitions, artefacts, loans


def test_a_museums_loans_take_the_museums_words_not_a_banks() -> None:
    tables = _museum()
    assert detect_domain(Schema(tables=tables)) != "fintech"
    got = generate(*tables, rows=60)["loans"]
    assert _vals(got["loan_type"]) <= set(_lists()["museum"]["loan type"]), sorted(_vals(got["loan_type"]))
    assert "museum led the schema" in _reason(tables, "loans", "loan_type")
    plan = plan_seed(Schema(tables=tables), PlanOptions(rows=10, seed=1))  # ``seedbed plan --explain``'s domain line
    assert "sector museum led (" in plan.domain_reason and "artefact" in plan.domain_reason, plan.domain_reason


def test_a_dental_practices_appointments_and_claims_are_the_practices() -> None:
    """``appointment`` is a clinic's word and ``claim`` an insurer's: the practice leads both tables."""
    dentists = table("dentists", ("full_name", "varchar(80)"), ("gdc_number", "varchar(10)"))
    patients = table("patients", ("full_name", "varchar(80)"), ("date_of_birth", "date"))
    treatments = table("treatments", ("tooth", "smallint"), ("surface", "varchar(10)"), ("performed_on", "date"),
                       fks=(("patient_id", "patients"), ("dentist_id", "dentists")))
    appointments = table("appointments", ("appointment_type", "varchar(30)"), ("starts_at", "ts"),
                         fks=(("patient_id", "patients"), ("dentist_id", "dentists")))
    claims = table("claims", ("claim_status", "varchar(20)"), ("amount", "numeric"), ("submitted_on", "date"),
                   fks=(("treatment_id", "treatments"),))
    got = generate(dentists, patients, treatments, appointments, claims, rows=60)
    kinds = _lists()["dentistry"]
    assert _vals(got["appointments"]["appointment_type"]) <= set(kinds["appointment type"])
    status = _vals(got["claims"]["claim_status"])
    assert status <= set(kinds["claim status"]) and not status & _RECORD_STATES, sorted(status)


def test_a_generic_table_whose_own_columns_say_another_trade_takes_it() -> None:
    """A practice's ``claims`` with an insurer and a policyholder: two words of the insurer's own."""
    dentists = table("dentists", ("full_name", "varchar(80)"), ("surgery", "varchar(40)"))
    treatments = table("treatments", ("tooth", "smallint"), ("orthodontic", "bool"),
                       fks=(("dentist_id", "dentists"),))
    claims = table("claims", ("claim_type", "varchar(40)"), ("insurer", "varchar(80)"), ("policyholder", "varchar(80)"),
                   fks=(("treatment_id", "treatments"),))
    got = generate(dentists, treatments, claims, rows=60)["claims"]
    assert _vals(got["claim_type"]) <= set(_lists()["insurance"]["claim type"]), sorted(_vals(got["claim_type"]))
    assert "said by the table itself" in _reason((dentists, treatments, claims), "claims", "claim_type")


def test_a_subtitling_studios_tasks_are_the_studios() -> None:
    """``task`` and ``project`` are a software team's words too; a translation studio's tasks are
    translation tasks, its projects' content types are its own, not MIME types."""
    translators = table("translators", ("full_name", "varchar(80)"), ("native_language", "varchar(2)"))
    glossaries = table("glossaries", ("name", "varchar(80)"), ("domain", "varchar(40)"))
    projects = table("projects", ("content_type", "varchar(40)"), ("deadline", "date"))
    tasks = table("tasks", ("task_type", "varchar(40)"), ("word_count", "int"), ("due_on", "date"),
                  fks=(("translator_id", "translators"), ("glossary_id", "glossaries"), ("project_id", "projects")))
    got = generate(translators, glossaries, projects, tasks, rows=60)
    kinds = _lists()["translation"]
    assert _vals(got["tasks"]["task_type"]) <= set(kinds["task type"]), sorted(_vals(got["tasks"]["task_type"]))
    content = _vals(got["projects"]["content_type"])  # not MIME types
    assert content <= set(kinds["content type"]) and not any("/" in v for v in content), sorted(content)


def test_a_caving_clubs_trips_are_no_travel_agents_and_take_plain_labels() -> None:
    cavers = table("cavers", ("full_name", "varchar(80)"), ("club_role", "varchar(30)"))
    caves = table("caves", ("name", "varchar(80)"), ("depth_m", "numeric"), ("grade", "varchar(5)"))
    trips = table("trips", ("status", "varchar(20)"), ("trip_date", "date"), ("completed_on", "date"),
                  fks=(("cave_id", "caves"), ("leader_id", "cavers")))
    tables = (cavers, caves, trips)
    assert detect_domain(Schema(tables=tables)) == "generic"
    got = generate(*tables, rows=80)["trips"]
    assert _vals(got["status"]) <= _PLAIN_STATUS, sorted(_vals(got["status"]))
    assert "no sector led the schema" in _reason(tables, "trips", "status")


def test_a_clockmakers_projects_jobs_orders_and_issues_are_no_software_shop_or_hr() -> None:
    """Two generic nouns (projects, issues) do not make a schema software's; a workshop's orders
    are not a shop's, its jobs no vacancies, its issues no help desk's."""
    clocks = table("clocks", ("maker", "varchar(80)"), ("movement", "varchar(40)"), ("year_made", "int"))
    projects = table("projects", ("status", "varchar(20)"), ("quoted_price", "numeric"), ("finished_on", "date"),
                     fks=(("clock_id", "clocks"),))
    jobs = table("jobs", ("job_type", "varchar(40)"), ("hours", "numeric"), fks=(("project_id", "projects"),))
    orders = table("orders", ("order_status", "varchar(20)"), ("ordered_on", "date"),
                   fks=(("project_id", "projects"),))
    issues = table("issues", ("resolution", "varchar(60)"), ("reported_on", "date"), fks=(("clock_id", "clocks"),))
    tables = (clocks, projects, jobs, orders, issues)
    assert detect_domain(Schema(tables=tables)) == "generic"
    got = generate(*tables, rows=80)
    assert not _vals(got["orders"]["order_status"]) & _SHOP_STATES, sorted(_vals(got["orders"]["order_status"]))
    assert not _vals(got["projects"]["status"]) & _RECORD_STATES, sorted(_vals(got["projects"]["status"]))
    assert not _vals(got["jobs"]["job_type"]) & {"full-time", "part-time", "freelance", "contractor", "intern"}
    assert not _vals(got["issues"]["resolution"]) & {"Won't Fix", "Cannot Reproduce", "Duplicate"}


def test_a_pack_that_several_tables_say_keeps_its_generic_tables() -> None:
    """The controls: a shop's orders keep a shop's states, a bank's loans are a bank's, a software
    team's issues and projects are software's."""
    products = table("products", ("name", "varchar(80)"), ("price", "numeric"))
    carts = table("carts", ("created_at", "ts"))
    orders = table("orders", ("status", "varchar(20)"), ("placed_at", "ts"), fks=(("cart_id", "carts"),))
    items = table("order_items", ("quantity", "int"), fks=(("order_id", "orders"), ("product_id", "products")))
    shop = (products, carts, orders, items)
    assert detect_domain(Schema(tables=shop)) == "ecommerce"
    assert _vals(generate(*shop, rows=80)["orders"]["status"]) & _SHOP_STATES
    bank = (table("accounts", ("iban", "varchar(34)")), table("transactions", ("amount", "numeric")),
            table("loans", ("principal", "numeric")), table("ledger_entries", ("amount", "numeric")))
    assert detect_domain(Schema(tables=bank)) == "fintech"
    code = (table("repositories", ("name", "varchar(80)")), table("commits", ("sha", "varchar(40)")),
            table("issues", ("title", "varchar(120)")), table("projects", ("name", "varchar(80)")))
    assert detect_domain(Schema(tables=code)) == "saas"


def test_one_word_in_many_tables_leads_nothing_and_the_plan_says_why() -> None:
    """A herbarium's ``loans`` and ``loan_items`` are one word: no bank; the explanation names it."""
    specimens = table("specimens", ("barcode", "varchar(20)"), ("family", "varchar(40)"))
    loans = table("loans", ("status", "varchar(20)"), ("sent_on", "date"))
    items = table("loan_items", ("sheets", "int"), fks=(("loan_id", "loans"), ("specimen_id", "specimens")))
    schema = Schema(tables=(specimens, loans, items))
    assert detect_domain(schema) == "generic"
    why = describe(schema, "generic")
    assert "fintech: loan (generic nouns)" in why and "no sector led" in why, why
    assert not _vals(generate(specimens, loans, items, rows=60)["loans"]["status"]) & _RECORD_STATES


def test_generic_nouns_alone_make_no_forum_entries_and_no_source_code() -> None:
    """``entry``, ``project`` and ``source`` are every field's words: a glossary's term entries hold
    no forum comments, a localisation project's source language is a human one; a discussion's
    entries and a repository's language keep their readings."""
    from tests.test_realism_units import intent_of

    clients = table("clients", ("name", "varchar(80)"))
    terms = table("term_entries", ("body", "text"), fks=(("client_id", "clients"),))
    assert intent_of(terms, "body", clients) != "text.comment"
    discussions = table("discussion_entries", ("body", "text"))
    assert intent_of(discussions, "body") == "text.comment"
    projects = table("projects", ("source_language", "varchar(10)"), fks=(("client_id", "clients"),))
    assert intent_of(projects, "source_language", clients) == "locale.language"
    repos = table("repositories", ("language", "varchar(20)"), ("default_branch", "varchar(40)"))
    assert intent_of(repos, "language") == "status.type"  # a programming language
