"""Issue 10, round 6 (r13): classes a dating app's and a meal-kit service's schemas showed, each on
a small synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.model import ColumnType, Table, TypeKind

from tests.test_realism_units import generate, table


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


def _nums(values: list[str | None]) -> list[float]:
    return [float(v) for v in values if v is not None]


def _median(xs: list[float]) -> float:
    return sorted(xs)[len(xs) // 2]


def _with(t: Table, name: str, ctype: ColumnType) -> Table:
    return replace(t, columns=(*t.columns, replace(t.columns[0], name=name, type=ctype, nullable=True)))


# ------------------------------------------------------------------ nutrition per serving and per 100 g
def test_a_dishs_energy_and_macros_are_a_servings_and_agree() -> None:
    """``energy_kcal`` beside ``protein_g`` / ``carbohydrates_g`` / ``fat_g`` of a table of dishes: a
    serving's few hundred kcal and tens of grams (not 8 kcal and 700 g of protein), and the energy is
    4 x protein + 4 x carbohydrate + 9 x fat where all three are known."""
    t = table("bistro_dishes", ("title", "varchar(80)"), ("energy_kcal", "int"), ("protein_g", "numeric(5,1)"),
              ("carbohydrates_g", "numeric(5,1)"), ("fat_g", "numeric(5,1)"), ("fibre_g", "numeric(4,1)"))
    got = generate(t, rows=300)["bistro_dishes"]
    assert 300 <= _median(_nums(got["energy_kcal"])) <= 800
    for col, lo, hi in (("protein_g", 10, 50), ("carbohydrates_g", 20, 90), ("fat_g", 8, 40), ("fibre_g", 2, 12)):
        assert lo <= _median(_nums(got[col])) <= hi, (col, _median(_nums(got[col])))
        assert max(_nums(got[col])) <= 200
    rows = zip(got["energy_kcal"], got["protein_g"], got["carbohydrates_g"], got["fat_g"], strict=True)
    full = [(float(e), float(p), float(c), float(f)) for e, p, c, f in rows if None not in (e, p, c, f)]
    assert full and all(abs(e - (4 * p + 4 * c + 9 * f)) <= 1 for e, p, c, f in full)
    partial = [float(e) for e, p, c, f in zip(got["energy_kcal"], got["protein_g"], got["carbohydrates_g"],
                                               got["fat_g"], strict=True) if e is not None and None in (p, c, f)]
    assert partial and min(partial) >= 100  # a macro unknown: the serving's drawn energy, not protein alone


def test_a_foods_energy_per_100_grams_is_at_a_foods_scale() -> None:
    """``energy_per_100g`` of a pantry item: about 150 kcal, at most 900 (pure fat), never 933."""
    t = table("pantry_items", ("label", "varchar(60)"), ("energy_per_100g", "numeric(5,1)"))
    vals = _nums(generate(t, rows=300)["pantry_items"]["energy_per_100g"])
    assert 60 <= _median(vals) <= 300 and max(vals) <= 900


# ------------------------------------------------------------------ a day kept as text is a weekday
def test_a_day_kept_in_text_is_a_weekday_name() -> None:
    """``collection_day varchar(9)``: Monday..Sunday, not 'CD3'; in a varchar(3) the short form."""
    t = table("laundry_rounds", ("collection_day", "varchar(9)"), ("drop_day", "varchar(3)"))
    got = generate(t, rows=100)["laundry_rounds"]
    week = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    assert set(_vals(got["collection_day"])) <= week
    assert all(len(v) == 3 and v[:3].lower() in {d[:3].lower() for d in week} for v in _vals(got["drop_day"]))


# ------------------------------------------------------------------ a menu's theme is no UI theme
def test_a_menus_theme_is_a_themed_title_and_a_settings_theme_stays_a_ui_one() -> None:
    """``theme`` of a table of weekly menus: 'Comfort Classics', never 'dark'; of a gala: a dress
    theme; of a settings table: still light / dark."""
    menus = table("fortnight_menus", ("theme", "varchar(60)"))
    galas = table("gala_events", ("theme", "varchar(60)"))
    prefs = table("account_settings", ("theme", "varchar(20)"))
    got = generate(menus, galas, prefs, rows=100)
    ui = {"light", "dark", "system", "high_contrast"}
    assert not set(_vals(got["fortnight_menus"]["theme"])) & ui
    assert "Comfort Classics" in set(_vals(got["fortnight_menus"]["theme"]))
    assert not set(_vals(got["gala_events"]["theme"])) & ui
    assert set(_vals(got["account_settings"]["theme"])) <= ui


def test_an_ingredients_category_is_a_kitchen_aisle() -> None:
    t = table("ingredients", ("label", "varchar(60)"), ("category", "varchar(30)"))
    vals = set(_vals(generate(t, rows=100)["ingredients"]["category"]))
    assert "Produce" in vals and not any("category" in v.lower() for v in vals)


# ------------------------------------------------------------------ a completeness is mostly filled in
def test_a_completeness_is_a_percentage_mostly_well_filled() -> None:
    t = table("seller_pages", ("completeness", "smallint"))
    vals = _nums(generate(t, rows=300)["seller_pages"]["completeness"])
    assert 0 <= min(vals) and max(vals) <= 100 and 50 <= _median(vals) <= 95


# ------------------------------------------------------------------ what people write on a profile and in a chat
def _chat_schema() -> tuple[Table, ...]:
    pals = table("pals", ("nick", "varchar(40)"))
    rooms = table("hangouts", ("started_at", "ts"), fks=(("pal_a", "pals"), ("pal_b", "pals")))
    lines = table("hangout_messages", ("body", "text"), ("sent_at", "ts"),
                  fks=(("hangout_id", "hangouts"), ("sender_id", "pals")))
    mails = table("outbox_messages", ("subject", "varchar(100)"), ("body", "text"))
    return pals, rooms, lines, mails


def test_a_message_in_a_chat_reads_like_a_person_typing() -> None:
    """``body`` of messages in a thread between two people (no subject): short chat lines with no
    greeting and sign-off ('Haha, that's brilliant'); a mail with a subject keeps its mail."""
    got = generate(*_chat_schema(), rows=80)
    chat = _vals(got["hangout_messages"]["body"])
    assert all(len(v) < 80 for v in chat)
    assert not any(v.rstrip().endswith(("Cheers,", "Best,", "Thanks!", "Regards,")) for v in chat)
    assert not any("order has been shipped" in v for v in chat)
    mail = _vals(got["outbox_messages"]["body"])
    assert any(v.rstrip().endswith((",", "!")) for v in mail)


def test_a_profile_prompt_asks_about_the_person_and_its_answers_answer_it() -> None:
    """``question`` of a table of icebreakers (unique): a profile prompt ('My happy place'), each
    once, never a shop's FAQ nor a code; ``answer_text`` of the replies: a person's answer; a help
    centre's questions stay FAQ."""
    pals = table("pals", ("nick", "varchar(40)"))
    prompts = table("icebreakers", ("question", "varchar(200)"))
    prompts = replace(prompts, uniques=(*prompts.uniques, replace(prompts.primary_key, name="q_key",
                                                                   columns=("question",))))
    replies = table("icebreaker_replies", ("answer_text", "varchar(300)"),
                    fks=(("icebreaker_id", "icebreakers"), ("pal_id", "pals")))
    faq = table("help_faqs", ("question", "varchar(200)"), ("answer", "text"))
    got = generate(pals, prompts, replies, faq, rows=30)
    asked = _vals(got["icebreakers"]["question"])
    assert len(set(asked)) == len(asked) == 30
    assert not any("password" in q or "my order" in q or "-" in q.split()[0] for q in asked)
    answers = _vals(got["icebreaker_replies"]["answer_text"])
    assert not any("ship" in a or "account settings" in a for a in answers)
    assert any("?" in q for q in _vals(got["help_faqs"]["question"]))


def test_a_persons_school_looking_for_and_interests_read_like_a_profile() -> None:
    """``school`` of a person: a real university, not 'School 10'; ``looking_for``: what people date
    for; ``hobbies jsonb``: a list of real interests, not 'Interest 39'."""
    t = table("daters", ("first_name", "varchar(40)"), ("school", "varchar(120)"), ("looking_for", "varchar(30)"))
    t = _with(t, "hobbies", ColumnType(kind=TypeKind.JSONB, sql_name="jsonb"))
    got = generate(t, rows=100)["daters"]
    assert not any(v.startswith("School ") for v in _vals(got["school"]))
    assert any("University" in v for v in _vals(got["school"]))
    assert "Something casual" in set(_vals(got["looking_for"]))
    assert not any("Looking for" in v for v in _vals(got["looking_for"]))
    hobbies = " ".join(_vals(got["hobbies"]))
    assert "Hobby" not in hobbies and "Interest" not in hobbies and any(w in hobbies for w in ("Hiking", "Travel", "Yoga"))


# ------------------------------------------------------------------ a kitchen's words
def test_a_recipes_method_is_numbered_cooking_steps_and_an_ingredient_line_says_how_to_prep() -> None:
    """``directions`` of a table of bakes: '1. Preheat the oven...' in 3-6 numbered steps, not team
    notes; ``prep_note`` of a bake's ingredient lines: 'finely chopped', not 'Details confirmed by phone.'"""
    bakes = table("bakes", ("title", "varchar(80)"), ("directions", "text"))
    lines = table("bake_ingredients", ("prep_note", "varchar(60)"), fks=(("bake_id", "bakes"),))
    got = generate(bakes, lines, rows=60)
    for text in _vals(got["bakes"]["directions"]):
        assert text.startswith("1. ") and "3. " in text and "milestone" not in text
    notes = set(_vals(got["bake_ingredients"]["prep_note"]))
    assert notes & {"finely chopped", "diced", "grated", "to taste", "thinly sliced", "melted"}
    assert not any("phone" in v or "reminder" in v for v in notes)


def test_a_parcels_courier_is_a_carrier_and_a_surcharge_is_a_few_money() -> None:
    """``courier`` beside a tracking number: DPD, DHL, not a person's name; ``surcharge`` of a menu
    line: a few money, not 634.93."""
    parcels = table("hampers", ("courier", "varchar(40)"), ("tracking_ref", "varchar(30)"))
    lines = table("tasting_lines", ("surcharge", "numeric(6,2)"))
    got = generate(parcels, lines, rows=200)
    assert set(_vals(got["hampers"]["courier"])) <= {"DPD", "DHL", "UPS", "FedEx", "Royal Mail", "Evri", "Yodel",
                                                     "Parcelforce", "GLS", "USPS", "Amazon Logistics", "PostNL"}
    vals = _nums(got["tasting_lines"]["surcharge"])
    assert _median(vals) <= 15 and max(vals) <= 250


def test_a_status_of_moderation_review_or_approval_has_that_processs_states() -> None:
    """``moderation_status`` of uploaded clips: approved / pending / rejected / flagged, not a
    record's active / archived; a bare ``status`` keeps the record's states."""
    t = table("clips", ("moderation_status", "varchar(12)"), ("approval_status", "varchar(12)"), ("status", "varchar(12)"))
    got = generate(t, rows=100)["clips"]
    for col in ("moderation_status", "approval_status"):
        vals = set(_vals(got[col]))
        assert {"approved", "pending", "rejected"} <= vals and not vals & {"active", "archived", "deleted"}, vals
    assert "active" in set(_vals(got["status"]))


def test_preferences_qualified_by_a_listed_thing_are_a_list_of_it() -> None:
    """``dietary_preferences jsonb``: one or two diets (["vegan"]), not a UI's theme and language;
    ``notification_prefs`` and a bare ``preferences`` stay a person's settings."""
    t = table("diners", ("first_name", "varchar(40)"))
    t = _with(_with(t, "dietary_preferences", ColumnType(kind=TypeKind.JSONB, sql_name="jsonb")),
              "preferences", ColumnType(kind=TypeKind.JSONB, sql_name="jsonb"))
    got = generate(t, rows=100)["diners"]
    diets = _vals(got["dietary_preferences"])
    assert all(v.startswith("[") and "theme" not in v and v.count(",") <= 1 for v in diets)
    assert any("vegetarian" in v or "vegan" in v for v in diets)
    assert any("theme" in v or "language" in v for v in _vals(got["preferences"]))
