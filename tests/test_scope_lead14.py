"""The lead's class of session 14 (issue 11): a word for rows no single reader knows, read from the whole request.

``scope/rowscore.py`` weighs what the word and each table say of each other (a slip of the keyboard, letters inside a
table's word, WordNet, a person's word and a table of people, values and column words the request gives, tables said
beside it) and reads the word as the table that clearly leads; a word with too little evidence, or two tables that
fit, stay as typed and the error names them. Slips of a table's or a value's name are typed right first.

The schemas here are synthetic: a cleaning agency whose people are ``registrants``, a courier whose consignment notes
are ``ecmr``, a charter fleet of ``vessels``, a clinic.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import brief, schemas_of

AGENCY = """
CREATE TABLE clients (id serial PRIMARY KEY, company text NOT NULL, vat_registered boolean NOT NULL DEFAULT false);
CREATE TABLE registrants (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, email text,
                          status text NOT NULL CHECK (status IN ('active', 'dnu', 'archived')));
CREATE TABLE job_orders (id serial PRIMARY KEY, client_id int NOT NULL REFERENCES clients,
                         order_type text NOT NULL CHECK (order_type IN ('temp', 'perm')),
                         status text NOT NULL CHECK (status IN ('open', 'filled', 'cancelled')));
CREATE TABLE badges (id serial PRIMARY KEY, registrant_id int NOT NULL REFERENCES registrants, expires_on date);
"""
COURIER = """
CREATE TABLE depots (id serial PRIMARY KEY, depot_name text NOT NULL);
CREATE TABLE drivers (id serial PRIMARY KEY, depot_id int NOT NULL REFERENCES depots, first_name text NOT NULL,
                      last_name text NOT NULL);
CREATE TABLE ecmr (id serial PRIMARY KEY, driver_id int NOT NULL REFERENCES drivers, signed_at timestamptz);
"""
CHARTER = """
CREATE TABLE harbours (id serial PRIMARY KEY, harbour_name text NOT NULL);
CREATE TABLE vessels (id serial PRIMARY KEY, harbour_id int NOT NULL REFERENCES harbours, vessel_name text NOT NULL,
                      hull text NOT NULL CHECK (hull IN ('mono', 'catamaran', 'trimaran')));
CREATE TABLE charters (id serial PRIMARY KEY, vessel_id int NOT NULL REFERENCES vessels, starts_on date NOT NULL);
"""
MEDIA = """
CREATE TABLE vendors (id serial PRIMARY KEY, vendor_name text NOT NULL, is_programmatic boolean NOT NULL DEFAULT false,
                      channel text NOT NULL CHECK (channel IN ('social', 'search', 'display', 'ooh')));
"""
CLINIC = """
CREATE TABLE patients (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL);
CREATE TABLE appointments (id serial PRIMARY KEY, patient_id int NOT NULL REFERENCES patients, seen_at timestamptz);
CREATE TABLE prescriptions (id serial PRIMARY KEY, appointment_id int NOT NULL REFERENCES appointments,
                            drug text NOT NULL, refills int NOT NULL DEFAULT 0);
"""


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    yield from schemas_of(server_dsn, agency=AGENCY, courier=COURIER, charter=CHARTER, clinic=CLINIC, media=MEDIA)


@pytest.mark.parametrize(("text", "want"), [
    ("clinets 25", ["rows clients 25"]),  # one table's word, one slip
    ("job ordres 3-8 per cleint", ["fk job_orders.client_id fanout 3-8"]),  # a two-word name, both words slipped
    ("40 job orders, 20% cancelld", ["rows job_orders 40", "col job_orders.status mix cancelled=0.2"]),  # a value
])
def test_a_slip_of_the_keyboard_is_the_one_name_it_is_close_to(text: str, want: list[str], schemas) -> None:
    schema = schemas["agency"]
    res = resolve(scope := parse(text, schema), schema)
    assert not res.warnings
    assert all(_has(_brief(res), w) for w in want), _brief(res)
    assert any("(a slip)" in how for _said, how in scope.read_as)  # told, never silent


def test_a_persons_word_counts_the_one_table_of_people_a_value_of_the_request_confirms(schemas) -> None:
    # "temp" is also a value of job_orders.order_type: counted, a person's word counts people, not orders
    schema = schemas["agency"]
    lines = brief("200 temps, 15% flagged dnu", schema)
    assert _has(lines, "rows registrants 200") and _has(lines, "col registrants.status mix dnu=0.15"), lines
    scope = parse("200 temps, 15% flagged dnu", schema)
    assert any("'temps' is registrants" in how for _said, how in scope.read_as)


def test_a_persons_word_beside_a_table_of_theirs(schemas) -> None:
    schema = schemas["agency"]
    assert "fk badges.registrant_id fanout 2-4" in brief("each temp holds 2-4 badges", schema)


def test_letters_inside_a_tables_word_that_is_no_word(schemas) -> None:
    schema = schemas["courier"]
    assert "rows ecmr 0" in brief("5 depots and zero CMRs", schema)


def test_wordnet_and_a_value_agree(schemas) -> None:
    schema = schemas["charter"]  # a boat is a kind of vessel; catamaran is a hull of vessels
    lines = brief("30 boats, a quarter of them catamaran", schema)
    assert _has(lines, "rows vessels 30") and _has(lines, "col vessels.hull mix catamaran=0.25"), lines


@pytest.mark.parametrize(("text", "schema_name", "word"), [
    ("prescriptions with at most one refill", "clinic", "refill"),  # a column's word, not rows
    ("12 harbours, each with 2 to 5 moorings", "charter", "moorings"),  # beside harbours only: no clue of its own
    ("30 media owners, 25% catamaran", "charter", "media owners"),  # a compound whose first word says nothing
])
def test_too_little_evidence_is_not_read(text: str, schema_name: str, word: str, schemas) -> None:
    schema = schemas[schema_name]
    scope = parse(text, schema)
    assert not any(f"{word.split()[-1]!r} is" in how for _said, how in scope.read_as)
    try:
        res = resolve(scope, schema)
    except ScopeError:
        return
    assert res.warnings or word.split()[-1] not in " ".join(_brief(res))


def test_a_list_of_shares_whose_values_are_held_by_two_columns_is_one_mix_each(schemas) -> None:
    """"25% programmatic, a fifth of them social": a flag's share and a channel's, not one column's mix refused."""
    lines = brief("30 vendors. 25% programmatic, a fifth of them social", schemas["media"])
    assert _has(lines, "col vendors.is_programmatic mix true=0.25") and _has(lines, "col vendors.channel mix social=0.2"), lines


def _has(lines: list[str], want: str) -> bool:
    """Every word of ``want`` in one line (a mix line lists the other values too)."""
    return any(set(want.lower().split()) <= set(line.lower().split()) for line in lines)


def _brief(res) -> list[str]:
    from tests.test_scope import options_brief
    return options_brief(res.options)


def test_the_remaining_share_is_its_share(schemas) -> None:
    lines = brief("job orders: 60% open, 25% filled, the remaining 15% cancelled", schemas["agency"])
    assert _has(lines, "col job_orders.status mix open=0.6 filled=0.25 cancelled=0.15"), lines


def test_a_word_is_read_by_its_first_letter_only_where_the_column_codes_words(schemas) -> None:
    """s31 found "40% still active" read silently as a blade position 'A' (``blade_pos IN ('A','B','C')``); a word is
    read as a one-letter code only on a column whose name says it codes words (a sex, a status, a flag, a level)."""
    from seedbed.scope.values import _fit_labels

    assert _fit_labels(["active"], ["A", "B", "C"], "blade_pos") == ({}, ["active"])
    assert _fit_labels(["female"], ["F", "M"], "sex")[0] == {"female": "F"}


UNION = """
CREATE TABLE wkplc (wkplc_id serial PRIMARY KEY, site_name text NOT NULL);
CREATE TABLE mbr (mbr_id serial PRIMARY KEY, wkplc_id int REFERENCES wkplc, first_nm text NOT NULL,
                  mbr_status text NOT NULL CHECK (mbr_status IN ('active', 'arrears', 'lapsed')));
CREATE TABLE mtg (mtg_id serial PRIMARY KEY, mtg_type text NOT NULL CHECK (mtg_type IN ('agm', 'workplace')));
"""


@pytest.fixture(scope="module")
def union(server_dsn: str):
    yield from schemas_of(server_dsn, union=UNION)


def test_a_tables_clipped_name_said_in_full(union) -> None:
    """Set 24 (written blind) clips most table names: "members" for ``mbr``, "workplaces" for ``wkplc``; a word
    that is also a value elsewhere ('workplace', a meeting type) is read as the table only by that table's name."""
    schema = union["union"]
    lines = brief("30 workplaces, each workplace has 5-40 members, 10% of them in arrears", schema)
    assert _has(lines, "rows wkplc 30") and _has(lines, "fk mbr.wkplc_id fanout 5-40"), lines
    assert _has(lines, "col mbr.mbr_status mix arrears=0.1"), lines
