"""Issue 10, the classes of the second realism round (bench/REALISM.md, "Round 2"), each on a small
synthetic schema whose names are invented (no database: plan + engine). Helpers are shared with
``test_realism_units``.
"""

from __future__ import annotations

from seedbed.generate.intent.domain import table_packs
from seedbed.generate.realistic.vocab import load
from seedbed.model import Column, ColumnType, Schema, Table, TypeKind, UniqueKey
from tests.test_realism_units import ROWS, _ints, ctype, generate, intent_of, qn, table


# ------------------------------------------------------------------ r1: numbers of unknown meaning (patterns 2, 3)
def test_numbers_of_a_stats_table_and_unknown_integers_are_small_not_uniform_to_a_thousand() -> None:
    """A stat of a ``*_stats`` table is a count, an average or a percentage at a game's scale; an
    integer whose name nothing explains is a small skewed count; identifiers keep their typed
    values; a run-together name is read by its known head (``scrappedqty``, ``bomlevel``)."""
    stats = table("cricket_innings_stats", ("wickets_taken", "int"), ("economy_average", "numeric"),
                  ("dot_ball_percentage", "numeric"), ("boundaries", "int"))
    misc = table("gadgets", ("wobble", "int"), ("scrappedqty", "smallint"), ("widgetlevel", "smallint"),
                 ("external_ref", "int"), ("owner", "int"), ("disk_stats_size", "bigint"))
    store = table("tablespace_stats", ("size", "bigint"), ("captured_at", "ts"))
    got = generate(stats, misc, store)
    s = got["cricket_innings_stats"]
    assert sorted(_ints(s["wickets_taken"]))[len(s["wickets_taken"]) // 2] < 20
    assert max(float(v) for v in s["economy_average"] if v is not None) < 100
    assert all(0 <= float(v) <= 100 for v in s["dot_ball_percentage"] if v is not None)
    m = got["gadgets"]
    assert sorted(_ints(m["wobble"]))[len(m["wobble"]) // 2] < 20
    assert max(_ints(m["widgetlevel"])) <= 10
    assert intent_of(misc, "external_ref") is None and intent_of(misc, "owner") is None
    assert intent_of(misc, "scrappedqty") == "number.quantity"
    from seedbed.generate.intent import tokens

    assert tokens("playlist") == ("playlist",)  # a short first word is no qualifier: a playlist is no list
    assert min(_ints(got["tablespace_stats"]["size"])) >= 1024  # bytes of stored things, not a count


def test_a_files_media_type_follows_its_name_and_an_avatar_is_an_image() -> None:
    """``x_content_type`` is the type of ``x_file_name``'s extension; an avatar's or a header's
    file is an image named like one (pattern 10)."""
    t = table("badges", ("avatar_file_name", "varchar(120)"), ("avatar_content_type", "varchar(80)"),
              ("attachment_file_name", "varchar(120)"), ("attachment_content_type", "varchar(120)"),
              ("header_file_name", "text"))
    got = generate(t)["badges"]
    images = {"jpg": "image/jpeg", "png": "image/png", "webp": "image/webp"}
    pairs = [(f, m) for f, m in zip(got["avatar_file_name"], got["avatar_content_type"], strict=True) if f and m]
    assert pairs and all(images[f.rsplit(".", 1)[1]] == m for f, m in pairs)
    stems = set(load("misc")["files"]["image_stems"])
    assert all(f.split("_")[0].split(".")[0] in stems for f in got["header_file_name"] if f)
    docs = [(f, m) for f, m in zip(got["attachment_file_name"], got["attachment_content_type"], strict=True) if f and m]
    assert all(m == "application/pdf" for f, m in docs if f.endswith(".pdf"))
    assert all(not m.startswith("image/") for f, m in docs if f.endswith((".docx", ".csv", ".zip")))


def test_a_unique_country_code_is_a_real_iso_code_and_its_row_names_that_country() -> None:
    """A country table's unique ISO code takes distinct real codes (not AAA, AAB); the row's name,
    other code, flag and continent follow it (patterns 9, 10)."""
    from seedbed.generate.realistic.countries import describe

    char3 = ColumnType(kind=TypeKind.TEXT, sql_name="character(3)", length=3, fixed_length=True)
    cols = (Column(name="iso_code", type=char3, nullable=False), Column(name="name", type=ctype("text")),
            Column(name="iso2", type=ctype("varchar(2)")), Column(name="flag_emoji", type=ctype("text")),
            Column(name="continent", type=ctype("varchar(20)")))
    nations = Table(name=qn("nations"), columns=cols, primary_key=UniqueKey(name="nations_pkey", columns=("iso_code",)))
    got = generate(nations, rows=150)["nations"]
    codes = [v.strip() for v in got["iso_code"]]
    assert len(set(codes)) == 150 and all(describe(c, "alpha_3") == c for c in codes)
    for code, name, iso2, flag, continent in zip(codes, got["name"], got["iso2"], got["flag_emoji"], got["continent"],
                                                 strict=True):
        assert name in (None, describe(code, "name")), (code, name)
        assert iso2 in (None, describe(code, "alpha_2")) and flag in (None, describe(code, "flag"))
        assert continent in (None, describe(code, "continent"))
    assert describe("FRA", "continent") == "Europe" and describe("PE", "continent") == "South America"


def test_an_ambiguous_table_word_does_not_pull_another_domains_vocabulary() -> None:
    """``card`` is a payment card in a bank and a link preview in a social network: in a schema of
    another pack an everyday word votes weakly, and the table takes its neighbours' vocabulary."""
    social = [table(n, ("body", "text")) for n in ("posts", "followers", "hashtags", "mentions", "reactions")]
    cards = table("link_cards", ("title", "text"), fks=(("post_id", "posts"),))
    packs = table_packs(Schema(tables=(*social, cards)), "social")
    assert packs["link_cards"] == "social"
    bank = [table(n) for n in ("accounts", "transactions", "merchants", "ledgers")]
    assert table_packs(Schema(tables=(*bank, cards, table("posts"))), "fintech")["link_cards"] == "fintech"


def test_names_of_lookup_tables_and_short_titles_of_people() -> None:
    """The ``name`` of a reasons, units, cultures or shifts table is one of those (not a brand-like
    'Harbor Meridian'); a person's ``title varchar(8)`` is an honorific, not a cut job title (pattern 9)."""
    got = generate(table("return_reasons", ("name", "varchar(50)")), table("work_shifts", ("name", "varchar(50)")),
                   table("members", ("title", "varchar(8)"), ("first_name", "text")))
    assert set(got["return_reasons"]["name"]) - {None} <= set(load("misc")["reason_families"]["return"])
    assert set(got["work_shifts"]["name"]) - {None} <= set(load("misc")["types"]["shift"])
    titles = {v for v in got["members"]["title"] if v}
    assert titles and all(len(v) <= 8 for v in titles) and titles & {"Mr.", "Ms.", "Mrs.", "Dr.", "Mx."}


def test_counts_of_things_in_a_state_comments_that_fit_no_integer_and_street_affixes() -> None:
    """``goals_allowed`` counts goals (not a 0/1 flag); an integer whose comment names no integer
    meaning is still a small count; a street's prefix and suffix are N / St, not codes."""
    base = table("matches", ("goals_allowed", "int"), ("widgets_to_build", "int"), ("street_suffix", "varchar(40)"))
    commented = tuple(Column(name=c.name, type=c.type, nullable=c.nullable,
                             comment="Location of the storage compartment" if c.name == "widgets_to_build" else None)
                      for c in base.columns)
    t = Table(name=base.name, columns=commented, primary_key=base.primary_key)
    got = generate(t)["matches"]
    assert len(set(got["goals_allowed"]) - {None}) > 3
    assert sorted(_ints(got["widgets_to_build"]))[len(got["widgets_to_build"]) // 2] < 20
    assert set(got["street_suffix"]) - {None} <= set(load("misc")["types"]["street_suffix"])


def test_a_polymorphic_type_names_a_model_of_the_schema() -> None:
    """``reportable_type`` beside ``reportable_id`` names one of the schema's own models (``Post``,
    ``ForumThread``), the most referenced first, not a shop's ``Invoice`` or ``Course``."""
    posts = table("posts", ("body", "text"))
    threads = table("forum_threads", ("title", "text"))
    reports = table("reports", ("reportable_type", "varchar(40)"), ("reportable_id", "bigint"),
                    fks=(("post_id", "posts"),))
    got = generate(posts, threads, reports)["reports"]["reportable_type"]
    assert set(got) - {None} <= {"Post", "ForumThread", "Report"} and "Post" in got


def test_named_quantities_clinical_codes_and_education_and_chain_shapes() -> None:
    """Vital signs at physiological scale, ICD-10 / CPT codes from real ones, a repository's
    programming language, course codes, GPAs, SSNs, chain gas / blocks / hashes, premiums."""
    import re

    vitals = table("vitals", ("heart_rate", "smallint"), ("systolic_bp", "smallint"), ("body_temperature", "numeric"),
                   ("spo2", "smallint"), ("icd10_code", "varchar(8)"), ("cpt_code", "varchar(5)"))
    repos = table("repositories", ("language", "varchar(30)"), ("name", "text"))
    courses = table("courses", ("code", "varchar(10)"), ("gpa", "numeric"), ("ssn", "varchar(11)"))
    chain = table("chain_transfers", ("tx_hash", "varchar(66)"), ("gas_used", "bigint"), ("block_number", "bigint"))
    policies = table("policies", ("premium", "numeric"))
    planes = table("plane_models", ("range", "int"))
    got = generate(vitals, repos, courses, chain, policies, planes)
    assert min(_ints(got["plane_models"]["range"])) >= 500  # km, not a small count
    v, types = got["vitals"], load("misc")["types"]
    assert all(35 <= int(x) <= 200 for x in v["heart_rate"] if x) and all(80 <= int(x) <= 210 for x in v["systolic_bp"] if x)
    assert all(35 <= float(x) <= 41.5 for x in v["body_temperature"] if x) and all(82 <= int(x) <= 100 for x in v["spo2"] if x)
    assert set(v["icd10_code"]) - {None} <= set(types["icd10"]) and set(v["cpt_code"]) - {None} <= set(types["cpt"])
    assert set(got["repositories"]["language"]) - {None} <= set(types["programming_language"])
    c = got["courses"]
    assert all(re.fullmatch(r"[A-Z]{2,4} [1-4]\d\d", x) for x in c["code"] if x)
    assert all(0 <= float(x) <= 4 for x in c["gpa"] if x) and all(re.fullmatch(r"\d{3}-\d\d-\d{4}", x) for x in c["ssn"] if x)
    t = got["chain_transfers"]
    assert all(re.fullmatch(r"0x[0-9a-f]{64}", x) for x in t["tx_hash"] if x)
    assert all(int(x) >= 21_000 for x in t["gas_used"] if x) and all(int(x) > 10**7 for x in t["block_number"] if x)
    assert 300 < sorted(float(x) for x in got["policies"]["premium"] if x)[len(got["policies"]["premium"]) // 3] < 5000


def test_a_text_array_of_languages_holds_language_codes() -> None:
    t = Table(name=qn("readers"), columns=(Column(name="id", type=ctype("int"), nullable=False),
                                           Column(name="chosen_languages", type=ColumnType(
                                               kind=TypeKind.TEXT, sql_name="text[]", array_dims=1))),
              primary_key=UniqueKey(name="readers_pkey", columns=("id",)))
    codes = {c for c, _n in load("misc")["languages"]}
    got = [v for v in generate(t)["readers"]["chosen_languages"] if v]
    assert got and all(set(v.strip("{}").split(",")) <= codes for v in got)


def test_a_rows_uri_is_its_resources_url_not_a_shop_page() -> None:
    """``statuses.uri`` and ``accounts.inbox_url`` address the row's own resource
    (``/statuses/104``, ``/accounts/7/inbox``), not a site's page like ``/shop/new-arrivals``
    (pattern 7); a ``website`` stays a site's address."""
    import re

    got = generate(table("statuses", ("uri", "text")), table("members", ("inbox_url", "text"), ("website", "text")))
    assert all(re.fullmatch(r"https://[^/]+/statuses/\d+", v) for v in got["statuses"]["uri"] if v)
    assert all(re.fullmatch(r"https://[^/]+/members/\d+/inbox", v) for v in got["members"]["inbox_url"] if v)
    assert not any("/members/" in v for v in got["members"]["website"] if v)


def test_a_narrow_revision_is_a_short_version_and_a_departments_group_is_no_forum() -> None:
    char5 = ColumnType(kind=TypeKind.TEXT, sql_name="character(5)", length=5, fixed_length=True)
    docs = Table(name=qn("manuals"), columns=(Column(name="id", type=ctype("int"), nullable=False),
                                              Column(name="revision", type=char5, nullable=False)),
                 primary_key=UniqueKey(name="manuals_pkey", columns=("id",)))
    got = generate(docs, table("department", ("groupname", "varchar(50)")))
    import re

    assert all(re.fullmatch(r"\d+(\.\d+)?\s*", v) for v in got["manuals"]["revision"])
    assert not any(v.startswith("r/") for v in got["department"]["groupname"] if v)


def test_lifespans_are_seconds_pay_is_money_and_file_tables_name_files() -> None:
    """Found on the held-out schemas: a ``*_lifespan`` is a duration in seconds (not a small
    count), pay beside ``period_*`` and ``overtime_*`` columns is money (not a game's stat), a
    ``gpx_files.name`` is a file name (not a file type), an identity provider's display name is
    no person, and a unique column of a small label set gets suffixed labels."""
    realms = table("realms", ("access_token_lifespan", "int"), ("sso_idle_timeout_remember_me", "int"))
    slips = table("payslips", ("period_start", "date"), ("period_end", "date"), ("overtime_hours", "numeric"),
                  ("gross_pay", "numeric"), ("net_pay", "numeric"))
    files = table("gpx_files", ("name", "varchar(255)"))
    idps = table("identity_providers", ("provider_display_name", "text"), ("first_login_flow", "text"))
    assert intent_of(idps, "provider_display_name") != "person.full_name"
    got = generate(realms, slips, files)
    assert min(_ints(got["realms"]["access_token_lifespan"])) >= 1
    assert sorted(_ints(got["realms"]["access_token_lifespan"]))[ROWS // 2] > 30
    assert sorted(float(v) for v in got["payslips"]["gross_pay"] if v)[ROWS // 3] > 20
    assert all("." in v for v in got["gpx_files"]["name"] if v)
    roles = Table(name=qn("roles"), columns=(Column(name="id", type=ctype("int"), nullable=False),
                                             Column(name="name", type=ctype("varchar(60)"), nullable=False)),
                  primary_key=UniqueKey(name="roles_pkey", columns=("id",)),
                  uniques=(UniqueKey(name="roles_name_key", columns=("name",)),))
    names = generate(roles, rows=60)["roles"]["name"]
    known = set(load("misc")["types"]["role"])
    assert len(set(names)) == 60 and all(v.rsplit(" ", 1)[0] in known or v in known for v in names)
