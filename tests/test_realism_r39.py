"""Round 12 (r39): name words no list of seedbed's has, read through WordNet (``intent/wordnet.py``).

A column called by an everyday or trade word no vocabulary lists (``landline``, ``remuneration``, ``hometown``)
reads as the word WordNet relates it to; a table named by a person word no hand list knows (``lessees``,
``investigators``) holds people. Each class is tested on small synthetic schemas of several trades (a gym, a
film crew, a court, a cycling club, a beekeepers' association, a CI server); no database. The readings WordNet
would give through a rare sense, another part of speech or a word seedbed already reads are tested to stay."""

from __future__ import annotations

import re

import pytest

from seedbed.generate.intent.wordnet import first_senses, links, table_kind, unit_of
from seedbed.model import ColumnDomain, Schema
from tests.test_realism_units import generate, table


def _intent(t, column: str, *others):
    from seedbed.generate.intent import infer

    return infer(Schema(tables=(t, *others)), t, t.column(column), ColumnDomain())


def _vals(got: dict, t: str, c: str) -> list[str]:
    return [v for v in got[t][c] if v is not None]


# ------------------------------------------------------------------ a column's unknown word
@pytest.mark.parametrize("tname,column,ctype,intent", [
    ("gym_members", "landline", "varchar(20)", "phone."),          # a kind of telephone line
    ("film_crew_contracts", "remuneration", "numeric(10,2)", "money."),  # the same as wage
    ("cyclists", "hometown", "varchar(60)", "address.city"),       # a kind of town
    ("hearings", "courtroom", "varchar(20)", "place.indoor"),      # a kind of room
    ("speaker_bookings", "honorarium", "numeric(8,2)", "money."),  # a kind of fee (a bare toll is money by its own list)
    ("tutoring_sessions", "footnote", "text", "text.note"),  # a kind of comment: a session's note, not a social one (r48)
    ("swim_squad_members", "sibling", "varchar(80)", "person.full_name"),  # no related word reads: a person
    ("exam_candidates", "classmate", "varchar(80)", "person.full_name"),
])
def test_a_word_no_list_has_reads_as_the_word_wordnet_relates_it_to(tname, column, ctype, intent) -> None:
    t = table(tname, (column, ctype), ("created_at", "ts"))
    got = _intent(t, column)
    assert got is not None and got.name.startswith(intent), (got and got.name, got and got.reason)
    assert re.search(rf"{column}: (the same as [a-z ]+|a kind of [a-z ]+|a person) \(WordNet\)", got.reason), got.reason


def test_the_values_follow_the_reading() -> None:
    t = table("gym_members", ("landline", "varchar(20)"), ("remuneration", "numeric(10,2)"), ("hometown", "varchar(60)"))
    got = generate(t, rows=60)["gym_members"]
    assert all(re.fullmatch(r"[\d\s()+.-]{7,20}", v) for v in _vals({"t": got}, "t", "landline"))
    assert all(not re.fullmatch(r"[A-Z]{2}-\d+", v) for v in got["hometown"] if v)  # no 'HT-100' labels
    pay = [float(v) for v in _vals({"t": got}, "t", "remuneration")]
    assert pay and sorted(pay)[len(pay) // 2] > 20, pay[:5]


def test_people_read_through_wordnet_are_other_people_than_the_rows() -> None:
    """A row of a person with a ``sibling`` and a ``classmate``: each is someone else, and not each other."""
    squad = table("swimmers", ("first_name", "varchar(40)"), ("last_name", "varchar(40)"), ("full_name", "varchar(80)"),
                  ("sibling", "varchar(80)"), ("classmate", "varchar(80)"))
    got = generate(squad, rows=60)["swimmers"]
    assert sum(a == b for a, b in zip(got["full_name"], got["sibling"])) <= 6  # by chance only, not in every row
    assert sum(a == b for a, b in zip(got["classmate"], got["sibling"])) <= 6


def test_only_a_person_word_reads_as_the_plain_word_of_its_file() -> None:
    """A person word no related word reads is a person; a word of money or of a place is not read so (a
    ``km_allowance`` is kilometres, a genetic ``locus`` no address)."""
    t = table("car_hires", ("km_allowance", "int"), ("targeted_loci", "text"))
    assert "(WordNet)" not in _intent(t, "km_allowance").reason
    assert "(WordNet)" not in _intent(t, "targeted_loci").reason


def test_a_word_of_form_after_an_unknown_thing_reads_the_thing_when_it_is_a_number() -> None:
    t = table("allotment_holders", ("landline_no", "varchar(20)"), ("permit_no", "varchar(20)"))
    assert _intent(t, "landline_no").name.startswith("phone.")
    assert _intent(t, "permit_no").name.startswith("id.")  # a permit is no number itself: its number stays


def test_a_name_built_around_an_unknown_word_reads_the_word() -> None:
    """``classmate_name`` was 'Classmate name 3'-like (a name built around the word): a person's name now;
    ``hometown_name`` a town's; in a table of animals a person word of WordNet's first sense stays unread
    (a horse's ``sire_name`` is a horse's)."""
    t = table("exam_candidates", ("classmate_name", "varchar(80)"), ("hometown_name", "varchar(60)"))
    assert _intent(t, "classmate_name").name == "person.full_name"
    assert _intent(t, "hometown_name").name == "address.city"
    horses = table("horses", ("sire_name", "varchar(60)"), ("foaled_on", "date"))
    assert "(WordNet)" not in _intent(horses, "sire_name").reason


def test_an_amount_noun_of_a_unit_is_an_amount_in_that_unit() -> None:
    assert unit_of("tonnage") == "ton" and unit_of("acreage") == "acre" and unit_of("wattage") == "watt"
    assert unit_of("package") is None and unit_of("postage") is None and unit_of("village") is None
    barges = table("river_barges", ("tonnage", "int"), ("skipper", "varchar(60)"))
    got = _intent(barges, "tonnage")
    assert got.name == "number.measure" and "ton" in got.reason and "(WordNet)" in got.reason
    tons = [int(v) for v in _vals(generate(barges, rows=60), "river_barges", "tonnage")]
    assert sorted(tons)[len(tons) // 2] >= 50, tons[:5]  # a vessel's tons, not a count of 3


# ------------------------------------------------------------------ what WordNet must not read
@pytest.mark.parametrize("tname,column,ctype,never", [
    ("moorings", "berth", "varchar(20)", None),                    # a job first, a mooring second: no reading
    ("vineyard_lots", "yeast_strain", "varchar(30)", "status."),   # a verb more than a noun
    ("lift_checks", "defects_found", "smallint", "money."),        # 'found' is a verb's past, no wage
    ("lab_ranges", "ref_high", "numeric(8,2)", None),              # an adjective more than a noun
    ("filters", "band", "varchar(10)", "company."),                # a group is no company
    ("orchards", "common_name", "varchar(80)", "address."),        # read already: a common name is no region
    ("stats", "goals_overtime", "varchar(100)", "date."),          # read already: a statistic kept as text
])
def test_a_rare_sense_another_part_of_speech_or_a_read_word_gets_no_wordnet_reading(tname, column, ctype, never) -> None:
    t = table(tname, (column, ctype))
    got = _intent(t, column)
    reason = got.reason if got else ""
    assert "(WordNet)" not in reason, reason
    if never:
        assert not (got and got.name.startswith(never)), got.name


def test_a_listed_column_keeps_its_list() -> None:
    from seedbed.generate.intent import infer

    t = table("trail_reports", ("condition", "varchar(20)"))
    got = infer(Schema(tables=(t,)), t, t.column("condition"), ColumnDomain(allowed=("good", "fair", "poor")))
    assert got is None or "(WordNet)" not in got.reason


def test_a_related_phrase_read_by_its_last_word_alone_is_no_reading() -> None:
    """``land line`` would read as a ``line`` of an address where the row has one; WordNet gives ``line``
    no such sense first, so only a phrase its other words read counts (``telephone circuit``: a phone)."""
    t = table("customers", ("street", "varchar(80)"), ("city", "varchar(40)"), ("landline", "varchar(20)"))
    assert _intent(t, "landline").name.startswith("phone.")


def test_a_proper_names_sense_is_no_sense_of_the_word() -> None:
    """WordNet lists Anne Sexton and John Ford among the senses of ``sexton`` and ``ford``, often first: a
    ``fords`` table's ``ford`` is no person, a ``carters`` table's rows are carters."""
    assert all("anne sexton" not in s.words for s in first_senses("sexton"))
    assert first_senses("ford")[0].lexname != "noun.person"
    crossings = table("river_crossings", ("ford", "varchar(60)"))
    got = _intent(crossings, "ford")
    assert not (got and got.name.startswith("person.")), got.reason


def test_links_are_nearest_first_and_through_a_words_own_first_senses() -> None:
    got = links("remuneration")
    assert got[0].level == 0 and got[0].word == "wage"
    assert all(lk.word != "country" for lk in links("berth"))  # 'area, country': country's fifth sense


# ------------------------------------------------------------------ a table's kind
@pytest.mark.parametrize("tname", ["lessees", "investigators", "therapists", "pensioners"])
def test_a_table_named_by_a_person_word_holds_people(tname) -> None:
    t = table(tname, ("name", "varchar(80)"), ("title", "varchar(60)"), ("email", "varchar(120)"))
    got = _intent(t, "name")
    assert got.name == "person.full_name", (got.name, got.reason)
    assert _intent(t, "title").name == "company.job_title"


def test_an_agent_noun_holds_people_only_beside_a_persons_columns() -> None:
    """A runner of a CI server, a mapper of an identity provider are programs: WordNet's person sense does not
    count for a table named by an ``-er`` or ``-or`` word among software's columns (a token, a realm), unless
    a column is a person's (a surname, an email)."""
    runners = table("ci_runners", ("name", "varchar(80)"), ("token", "varchar(40)"), ("ip_address", "varchar(40)"))
    mappers = table("protocol_mappers", ("name", "varchar(80)"), ("realm_id", "varchar(36)"), ("email_optional", "bool"))
    keepers = table("beekeepers", ("name", "varchar(80)"), ("apiary_count", "int"))
    signed = table("plasterers", ("name", "varchar(80)"), ("surname", "varchar(40)"), ("api_token", "varchar(40)"))
    assert _intent(runners, "name").name != "person.full_name"
    assert _intent(mappers, "name").name != "person.full_name"
    got = _intent(keepers, "name")
    assert got.name == "person.full_name" and "beekeeper: a person (WordNet)" in got.reason
    assert _intent(signed, "name").name == "person.first_name"  # a person; beside a surname, the first name (r40)
    assert table_kind("runner", runners) is None and table_kind("runner", keepers) == "person"


def test_a_noun_a_list_knows_keeps_its_kind() -> None:
    assert table_kind("host") is None and table_kind("client") is None  # a server, an API client
    assert table_kind("subcontractor") is None  # a company of a trade (heads.json)
    assert table_kind("berth") is None  # a job and a mooring: no one kind
