"""A text column called by who did something names a person or an organisation (issue 10, r33):
an agent noun by its form (``founder``, ``engraver``, ``determiner``: a person; ``funder``,
``sponsor``, ``maker``: an organisation), a tribute (``dedicated_to``) the person honoured, and
"<done> by" a name where the schema has no logins. Synthetic schemas of made-up domains."""

from __future__ import annotations

import re

import pytest

from seedbed.generate.intent.agents import agent_kind
from tests.test_realism_units import generate, intent_of, table

_CODE = re.compile(r"^[A-Z]{1,4}-?\d+$")


def _person_like(v: str) -> bool:
    """Two or more capitalised words, no digits, no login shape."""
    return not re.search(r"[\d_@.]", v) and len(v.split()) >= 2 and all(w[:1].isupper() for w in v.split()[-1:])


@pytest.mark.parametrize(("tbl", "cols", "col", "want"), [
    # a lighthouse heritage trust
    ("lighthouses", ("keeper_cottage", "founder", "lamp_maker"), "founder", "person.full_name"),
    ("restorations", ("restorer", "started_on"), "restorer", "person.full_name"),
    ("restorations", ("funder", "started_on"), "funder", "org.name"),
    # a letterpress studio
    ("typefaces", ("engraver", "cut_year"), "engraver", "person.full_name"),
    ("typefaces", ("cutter", "cut_year"), "cutter", "person.full_name"),
    # a herbarium
    ("vouchers", ("determiner", "collector"), "determiner", "person.full_name"),
    ("vouchers", ("determiner", "collector"), "collector", "person.full_name"),
    # an auction house
    ("lots", ("auctioneer", "consignee"), "auctioneer", "person.full_name"),
    ("lots", ("auctioneer", "consignee"), "consignee", "person.full_name"),
    # a bell foundry
    ("peals", ("conductor", "sponsor"), "sponsor", "company.name"),
    ("castings", ("maker", "cast_year"), "maker", "person.full_name"),
    ("grants", ("funder", "awarded_on"), "funder", "org.name"),
])
def test_an_agent_noun_names_a_person_or_an_organisation(tbl, cols, col, want) -> None:
    t = table(tbl, *((c, "varchar(120)") for c in cols))
    assert intent_of(t, col) == want


@pytest.mark.parametrize("word", ["filter", "sensor", "error", "meter", "order", "number", "median", "coffee",
                                  "river", "powder"])
def test_a_thing_of_an_agent_noun_form_is_no_agent(word) -> None:
    assert agent_kind(word) is None


def test_a_tribute_names_the_person_honoured() -> None:
    for col in ("dedicated_to", "dedication", "in_memory_of"):
        t = table("benches", (col, "varchar(150)"), ("installed_on", "date"))
        assert intent_of(t, col) == "person.full_name", col


def test_done_by_is_a_name_without_logins_and_a_login_with_them() -> None:
    """A mine survey's ``excavated_by`` with no users anywhere is who dug; beside a users table it stays a login."""
    trenches = table("trenches", ("excavated_by", "varchar(120)"), ("funded_by", "varchar(150)"), ("opened_on", "date"))
    assert intent_of(trenches, "excavated_by") == "person.full_name"
    assert intent_of(trenches, "funded_by") in ("org.name", "company.name")
    users = table("users", ("username", "varchar(40)"), ("password_hash", "varchar(100)"))
    assert intent_of(trenches, "excavated_by", users) == "person.username"


def test_generated_agents_are_names_not_codes() -> None:
    """Per row: a kiln's founder, a glassworks' restorer, a plaque's dedication are names, never 'FN-380'."""
    got = generate(table("glassworks", ("founder", "varchar(120)", False), ("restorer", "varchar(120)", False),
                         ("funder", "varchar(150)", False), ("dedicated_to", "varchar(150)", False)), rows=40)["glassworks"]
    for col in ("founder", "restorer", "dedicated_to"):
        assert all(_person_like(v) for v in got[col]), (col, got[col][:5])
    assert not any(_CODE.match(v) for v in got["funder"]), got["funder"][:5]
