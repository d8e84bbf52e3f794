"""Issue 10, round 4 (helper r5): categorical columns read as values of their attribute, never
"<Column> 3"; a comment that lists values gives them. Small synthetic schemas with invented table
names (no database: plan + engine)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.generate.intent.attributes import complete_list, listed_values
from seedbed.model import Table
from tests.test_realism_units import generate, table


def _values(got: dict, tab: str, col: str) -> set[str]:
    return {v for v in got[tab][col] if v is not None}


def _comment(t: Table, column: str, text: str) -> Table:
    return replace(t, columns=tuple(replace(c, comment=text) if c.name == column else c for c in t.columns))


_NUMBERED = re.compile(r"^[A-Z][a-z ]+ \d+$")  # "Condition 2", "Audience 4"


# ------------------------------------------------------------------ values a comment lists
def test_a_comment_that_lists_values_gives_them_in_every_phrasing() -> None:
    t = table("borrowers", ("kind", "varchar(20)"), ("cadence", "varchar(20)"), ("band", "varchar(12)"),
              ("zone", "varchar(10)"), ("slot", "varchar(12)"))
    t = _comment(t, "kind", "adult, child, teen, senior, staff")
    t = _comment(t, "cadence", "One of: daily, weekly, biweekly")
    t = _comment(t, "band", "values: free|supporter|patron")
    t = _comment(t, "zone", "Zoning district, e.g. R-1, R-2, C-1, MU")
    t = _comment(t, "slot", "early, late or overnight")
    got = generate(t)
    assert _values(got, "borrowers", "kind") <= {"adult", "child", "teen", "senior", "staff"}
    assert _values(got, "borrowers", "cadence") == {"daily", "weekly", "biweekly"}
    assert _values(got, "borrowers", "band") == {"free", "supporter", "patron"}
    assert _values(got, "borrowers", "zone") <= {"R-1", "R-2", "C-1", "MU"}
    assert _values(got, "borrowers", "slot") == {"early", "late", "overnight"}


def test_a_comment_in_prose_is_no_list() -> None:
    for prose in ("Units of quote_currency for one unit of base_currency.", "Street address, city and country",
                  "Time zone, e.g. Europe/Paris", "When the row was last changed, in UTC",
                  "Free text written by the clerk at the counter, kept for audits and appeals"):
        assert listed_values(prose) is None, prose
    assert listed_values("pre-roll, mid-roll or post-roll") == ["pre-roll", "mid-roll", "post-roll"]
    assert listed_values("Allowed values: pass, fail, partial (re-check), cancelled.") == \
        ["pass", "fail", "partial", "cancelled"]
    assert complete_list("adult, child, teen") and complete_list("One of: daily, weekly")
    assert not complete_list("Work title such as Buyer or Sales Representative.")


def test_a_comments_examples_do_not_replace_a_specific_reading_of_the_name() -> None:
    t = _comment(table("workers", ("job_title", "varchar(50)")), "job_title",
                 "Work title such as Buyer or Sales Representative.")
    assert len(_values(generate(t), "workers", "job_title")) > 5


# ------------------------------------------------------------------ the usual values of an attribute head
def test_attribute_heads_get_their_usual_values_not_numbered_labels() -> None:
    t = table("loaner_devices", ("condition", "varchar(20)"), ("audience", "varchar(30)"), ("age_group", "varchar(12)"),
              ("severity", "varchar(12)"), ("shift", "varchar(12)"), ("employment_type", "varchar(20)"))
    got = generate(t)
    for col in ("condition", "audience", "age_group", "severity", "shift", "employment_type"):
        vals = _values(got, "loaner_devices", col)
        assert vals and not any(_NUMBERED.match(v) for v in vals), (col, sorted(vals)[:4])
    assert _values(got, "loaner_devices", "condition") <= {"new", "like new", "good", "fair", "poor", "damaged"}


def test_an_ambiguous_head_follows_its_context() -> None:
    books = table("volumes", ("isbn", "varchar(13)"), ("title", "varchar(120)"), ("format", "varchar(20)"))
    clips = table("recordings", ("audio_format", "varchar(10)"), ("duration_seconds", "int"))
    exports = table("exports", ("file_format", "varchar(10)"), ("row_count", "int"))
    radios = table("stations", ("call_sign", "varchar(6)"), ("format", "varchar(30)"))
    got = generate(books, clips, exports, radios)
    assert _values(got, "volumes", "format") <= {"paperback", "hardcover", "ebook", "audiobook", "large print"}
    assert _values(got, "recordings", "audio_format") <= {"mp3", "aac", "m4a", "ogg", "flac", "wav"}
    assert _values(got, "exports", "file_format") <= {"pdf", "csv", "xlsx", "json", "docx", "xml"}
    assert "pdf" not in _values(got, "stations", "format")


# ------------------------------------------------------------------ places inside a building
def test_a_place_inside_a_building_is_a_shelf_aisle_or_room_code_not_a_city() -> None:
    t = table("spare_parts", ("shelf_location", "varchar(20)"), ("bin_position", "varchar(12)"),
              ("aisle", "varchar(6)"), ("room", "varchar(10)"), ("storage_box", "varchar(12)"))
    got = generate(t)
    shelves = _values(got, "spare_parts", "shelf_location")
    assert all(re.fullmatch(r"[A-H]\d{1,2}-\d{1,2}|[A-H]-\d\d-\d", v) for v in shelves)
    assert all(re.fullmatch(r"[A-Z0-9][A-Z0-9.-]*", v) for col in ("bin_position", "aisle", "room", "storage_box")
               for v in _values(got, "spare_parts", col)), got["spare_parts"]["room"][:5]
    files = table("uploads", ("storage_location", "varchar(120)"), ("checksum", "varchar(64)"))
    assert not any(re.fullmatch(r"[A-H]\d-\d\d", v) for v in _values(generate(files), "uploads", "storage_location"))


# ------------------------------------------------------------------ cards that pay nothing
def test_a_member_card_number_is_digits_of_its_width_not_words_or_a_payment_card() -> None:
    from seedbed.model import Column, ColumnType, TypeKind, UniqueKey

    t = table("borrowers", ("full_name", "varchar(80)"))
    char14 = ColumnType(kind=TypeKind.TEXT, sql_name="character(14)", length=14, fixed_length=True)
    t = replace(t, columns=t.columns + (Column(name="card_number", type=char14, nullable=False),
                                        Column(name="loyalty_card_number", type=char14, nullable=True)),
                uniques=(UniqueKey(name="borrowers_card_key", columns=("card_number",)),))
    got = generate(t)
    cards = got["borrowers"]["card_number"]
    assert all(v is not None and re.fullmatch(r"[1-9]\d{13}", v) for v in cards), cards[:3]
    assert len(set(cards)) == len(cards)
    assert all(re.fullmatch(r"[1-9]\d{13}", v) for v in _values(got, "borrowers", "loyalty_card_number"))
    pays = table("charges", ("card_number", "varchar(19)"), ("card_expiry", "varchar(5)"))
    assert all(len(v) >= 13 for v in _values(generate(pays), "charges", "card_number"))


# ------------------------------------------------------------------ a work's title, not a job title
def test_the_title_of_a_work_reads_like_one_and_job_titles_stay_with_people() -> None:
    from seedbed.generate.realistic.vocab import load

    jobs = set(load("misc")["company"]["standalone_titles"])
    works = [table(n, ("title", "varchar(200)"), ("subtitle", "varchar(200)"))
             for n in ("titles", "volumes", "essays", "lectures")]
    people = table("staff_titles", ("emp_no", "int"), ("title", "varchar(50)"), ("from_date", "date"))
    got = generate(*works, people)
    role_words = re.compile(r"\b(Manager|Engineer|Director|Coordinator|Analyst|Officer|Specialist|Assistant)\b")
    for name in ("titles", "volumes", "essays", "lectures"):
        titles = _values(got, name, "title")
        assert titles and not any(role_words.search(v) for v in titles), (name, sorted(titles)[:4])
        assert not jobs & titles
        subs = _values(got, name, "subtitle")
        assert subs and not any(v.startswith("Subtitle") for v in subs), (name, sorted(subs)[:4])
    assert any(role_words.search(v) for v in _values(got, "staff_titles", "title"))


# ------------------------------------------------------------------ a serial's numbered parts
def test_the_season_of_an_episode_is_a_small_ordinal_not_a_count() -> None:
    t = table("broadcast_episodes", ("season", "smallint"), ("episode_number", "int"), ("title", "varchar(120)"))
    seasons = [int(v) for v in _values(generate(t), "broadcast_episodes", "season")]
    assert seasons and max(seasons) <= 12 and min(seasons) >= 1


def test_a_stage_name_is_a_persons_name_and_listeners_are_people() -> None:
    t = table("performers", ("stage_name", "varchar(80)"))
    fans = table("listeners", ("display_name", "varchar(80)"))
    got = generate(t, fans)
    for tab, col in (("performers", "stage_name"), ("listeners", "display_name")):
        vals = _values(got, tab, col)
        assert vals and all(" " in v and not re.search(r"\d|Performer|Listener", v) for v in vals), sorted(vals)[:4]


def test_an_advertiser_or_a_sponsor_is_a_company_not_a_numbered_label() -> None:
    got = generate(table("campaign_spots", ("advertiser", "varchar(120)"), ("sponsor", "varchar(80)")))
    for col in ("advertiser", "sponsor"):
        vals = _values(got, "campaign_spots", col)
        assert vals and not any(_NUMBERED.match(v) for v in vals), sorted(vals)[:4]


def test_a_key_of_parent_season_and_number_makes_the_number_unique_not_the_season() -> None:
    from seedbed.model import UniqueKey

    shows = table("programmes", ("name", "varchar(80)"))
    eps = table("programme_episodes", ("season", "smallint"), ("episode_number", "int"),
                fks=(("programme_id", "programmes"),))
    eps = replace(eps, uniques=(UniqueKey(name="ep_key", columns=("programme_id", "season", "episode_number")),))
    got = generate(shows, eps)
    seasons = [int(v) for v in _values(got, "programme_episodes", "season")]
    assert seasons and max(seasons) <= 12
    numbers = sorted(int(v) for v in got["programme_episodes"]["episode_number"])
    assert numbers == list(range(1, len(numbers) + 1))  # 1, 2, 3 ..., not 684


def test_a_call_sign_is_a_broadcasters_an_aircrafts_or_an_amateurs() -> None:
    from seedbed.model import UniqueKey

    stations = table("stations", ("call_sign", "varchar(6)"), ("frequency_mhz", "int"))
    stations = replace(stations, uniques=(UniqueKey(name="call_key", columns=("call_sign",)),))
    got = generate(stations, table("hams", ("callsign", "varchar(10)")))
    signs = [v for v in got["stations"]["call_sign"] if v is not None]
    assert len(set(signs)) == len(signs)
    assert all(re.fullmatch(r"[KW][A-Z]{3}", v) for v in _values(got, "stations", "call_sign"))
    assert all(re.fullmatch(r"[A-Z]{1,2}\d[A-Z]{3}", v) for v in _values(got, "hams", "callsign"))


def test_a_two_word_attribute_phrase_beats_a_one_word_rule() -> None:
    got = generate(table("used_cars", ("fuel_type", "varchar(20)"), ("energy_rating", "varchar(2)")),
                   table("respondents", ("eye_colour", "varchar(10)"), ("payment_terms", "varchar(20)")))
    assert _values(got, "used_cars", "fuel_type") <= {"gasoline", "diesel", "hybrid", "electric", "plug-in hybrid", "LPG"}
    assert _values(got, "used_cars", "energy_rating") <= set("ABCDEFG")
    assert _values(got, "respondents", "eye_colour") <= {"brown", "blue", "hazel", "green", "gray"}
    assert all(v.startswith(("Net", "Due")) for v in _values(got, "respondents", "payment_terms"))
