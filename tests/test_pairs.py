"""Pairs of a row's columns that must agree (issue 10, r33): a taxon's common name, family and
genus follow its scientific name; an element's symbol its name; a short name its row's name; a
wide code the name's letters and a number. Synthetic schemas of made-up domains, checked per row."""

from __future__ import annotations

import re

from seedbed.generate.pairs import elements, taxa
from tests.test_realism_units import generate, intent_of, table


def test_a_common_name_family_and_genus_follow_the_scientific_name_per_row() -> None:
    """A ringing scheme's birds: never a robin beside Bos taurus."""
    t = table("ringing_records", ("scientific_name", "varchar(120)", False), ("common_name", "varchar(120)", False),
              ("family", "varchar(60)", False), ("genus", "varchar(60)", False), ("ring_number", "varchar(12)"))
    got = generate(t, rows=60)["ringing_records"]
    for sci, common, family, genus in zip(got["scientific_name"], got["common_name"], got["family"], got["genus"]):
        assert sci in taxa(), sci
        assert (common, family, genus) == (taxa()[sci]["common"], taxa()[sci]["family"], sci.split()[0]), sci
    assert {taxa()[s]["group"] for s in got["scientific_name"]} == {"bird"}


def test_the_group_of_taxa_follows_the_schema_words() -> None:
    """A woodland survey's stands hold trees, a fishery's catches fish."""
    stands = table("woodland_stands", ("latin_name", "varchar(120)", False), ("girth_cm", "int"))
    assert {taxa()[s]["group"] for s in generate(stands, rows=30)["woodland_stands"]["latin_name"]} == {"tree"}
    catches = table("catches", ("scientific_name", "varchar(120)", False), ("vernacular_name", "varchar(80)", False))
    got = generate(catches, rows=30)["catches"]
    assert all(taxa()[s]["group"] == "fish" and taxa()[s]["common"] == c
               for s, c in zip(got["scientific_name"], got["vernacular_name"]))


def test_an_element_symbol_follows_its_name() -> None:
    """A smelter's assays: Copper beside Cu, never 'S2'."""
    t = table("assay_elements", ("element_name", "varchar(30)", False), ("symbol", "varchar(3)", False),
              ("ppm", "numeric(10,2)"))
    got = generate(t, rows=40)["assay_elements"]
    assert all(elements()[n] == s for n, s in zip(got["element_name"], got["symbol"]))


def test_a_currency_symbol_follows_its_name() -> None:
    """A bureau de change's desks: 'Pound Sterling' beside '£', never 'Currency 4' beside '$'."""
    from seedbed.generate.pairs import currency_symbols

    t = table("exchange_desks", ("desk_name", "varchar(80)"), ("currency_name", "varchar(40)", False),
              ("currency_symbol", "varchar(4)", False))
    got = generate(t, rows=40)["exchange_desks"]
    assert all(currency_symbols()[n] == s for n, s in zip(got["currency_name"], got["currency_symbol"]))
    assert not any(re.search(r"\d", n) for n in got["currency_name"])


def test_a_short_name_is_its_row_name_shortened() -> None:
    """A canal trust's locks: 'Ashford' beside 'Ashford Lock', within the short column's width."""
    t = table("locks", ("name", "varchar(80)", False), ("short_name", "varchar(12)", False), ("rise_m", "numeric(5,2)"))
    got = generate(t, rows=40)["locks"]
    for name, short in zip(got["name"], got["short_name"]):
        assert len(short) <= 12 and (short in name or short == "".join(w[0] for w in name.split())), (name, short)
        assert short != name or len(name.split()) == 1, (name, short)


def test_a_wide_code_is_the_name_letters_and_a_number() -> None:
    """A ferry operator's terminals: 'Harbour Lock' -> 'HL-01', unique where the code is."""
    from dataclasses import replace

    from seedbed.model import UniqueKey

    t = table("terminals", ("name", "varchar(80)", False), ("code", "varchar(12)", False), ("berths", "int"))
    t = replace(t, uniques=(UniqueKey(name="terminals_code_key", columns=("code",)),))
    got = generate(t, rows=50)["terminals"]
    assert len(set(got["code"])) == len(got["code"])
    for name, code in zip(got["name"], got["code"]):
        letters, _, number = code.partition("-")
        assert re.fullmatch(r"[A-Z]{1,3}", letters) and number.isdigit(), (name, code)
        assert letters[0] == re.sub(r"[^A-Za-z]", "", name)[0].upper(), (name, code)


def test_a_scientific_name_is_read_as_a_taxon_and_a_lone_common_name_keeps_its_reading() -> None:
    t = table("herbarium_sheets", ("scientific_name", "varchar(120)"), ("common_name", "varchar(80)"))
    assert intent_of(t, "scientific_name") == "science.taxon" and intent_of(t, "common_name") == "science.taxon"
    alone = table("dog_breeds", ("common_name", "varchar(80)"))
    assert intent_of(alone, "common_name") != "science.taxon"
