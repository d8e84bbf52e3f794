"""Brief s23 of session 11: the words people use for tables and rows, on two schemas made up here (a home
repair firm and a community nursing service).

Clipped forms of a table's own name ("eng", "the engs", "the eng table"); everyday words for rows ("jobs",
"call-outs", "staff", "customers") grounded through ``data/vocab/rowwords.json`` and the schema (its worker, customer
and event tables), quoted back with the candidates when several tables fit; pronouns for the rows named last; and
non-native wording ("3 until 7", "and for each one", "the repairs minutes", "80 repairs for the tenants").
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import explain, explain_lines, parse, resolve
from tests.test_scope import options_brief, schema_of

REPAIRS = """
CREATE TABLE engineers (id serial PRIMARY KEY, full_name text NOT NULL, phone text, hired_on date NOT NULL,
                        is_active boolean NOT NULL DEFAULT true);
CREATE TABLE tenants (id serial PRIMARY KEY, name text NOT NULL, email text, phone text,
                      is_verified boolean NOT NULL DEFAULT false);
CREATE TABLE repairs (id serial PRIMARY KEY, engineer_id int NOT NULL REFERENCES engineers,
                      tenant_id int NOT NULL REFERENCES tenants, booked_for timestamptz NOT NULL,
                      status text NOT NULL CHECK (status IN ('booked', 'done', 'cancelled')),
                      minutes int CHECK (minutes > 0), cost numeric(8,2) NOT NULL);
CREATE TABLE spares (id serial PRIMARY KEY, name text NOT NULL, price numeric(8,2) NOT NULL);
CREATE TABLE repair_spares (id serial PRIMARY KEY, repair_id int NOT NULL REFERENCES repairs,
                            spare_id int NOT NULL REFERENCES spares, qty int NOT NULL CHECK (qty > 0));
"""
NURSING = """
CREATE TABLE nurses (id serial PRIMARY KEY, full_name text NOT NULL, registered_on date NOT NULL);
CREATE TABLE patients (id serial PRIMARY KEY, full_name text NOT NULL, born_on date NOT NULL);
CREATE TABLE home_visits (id serial PRIMARY KEY, nurse_id int NOT NULL REFERENCES nurses,
                          patient_id int NOT NULL REFERENCES patients, visit_on date NOT NULL,
                          status text NOT NULL CHECK (status IN ('planned', 'made', 'missed')));
CREATE TABLE phone_rounds (id serial PRIMARY KEY, nurse_id int NOT NULL REFERENCES nurses, rang_at timestamptz NOT NULL,
                           outcome text NOT NULL CHECK (outcome IN ('answered', 'no_answer')));
"""
#: A schema with a table of the everyday word's own name: the word is that table.
LITERAL = """
CREATE TABLE cleaners (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE jobs (id serial PRIMARY KEY, cleaner_id int NOT NULL REFERENCES cleaners, done_on date NOT NULL);
CREATE TABLE inspections (id serial PRIMARY KEY, cleaner_id int NOT NULL REFERENCES cleaners, seen_on date NOT NULL);
"""


def _schema(server_dsn: str, ddl: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    return gen, schema_of(next(gen), ddl)


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    made = {name: _schema(server_dsn, ddl) for name, ddl in (("repairs", REPAIRS), ("nursing", NURSING),
                                                             ("literal", LITERAL))}
    yield {name: schema for name, (_gen, schema) in made.items()}
    for gen, _schema_ in made.values():
        next(gen, None)


def _read(text: str, schema) -> list[str]:
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


@pytest.mark.parametrize(("name", "text", "lines"), [
    # (1) a clipped form of a table's own name, singular where rows are counted or taken one by one
    ("repairs", "every eng has 4-9 repairs", ["fk repairs.engineer_id fanout 4-9"]),
    ("repairs", "20 eng", ["rows engineers 20"]),
    ("repairs", "the eng table: 12 rows", ["rows engineers 12"]),
    ("repairs", "150 repairs for the engs", ["rows repairs 150"]),
    ("repairs", "eng: 9", ["rows engineers 9"]),
    # (2) everyday words for rows: the event a worker does, the workers, the people served
    ("repairs", "150 jobs", ["rows repairs 150"]),
    ("repairs", "give me 90 call-outs, 10% cancelled", ["rows repairs 90", "col repairs.status mix cancelled=0.1"]),
    ("repairs", "25 staff", ["rows engineers 25"]),
    ("repairs", "customers: 40", ["rows tenants 40"]),
    ("repairs", "every worker does 2 to 6 jobs", ["fk repairs.engineer_id fanout 2-6"]),
    ("repairs", "mostly cancelled jobs", ["col repairs.status mix"]),
    # two event tables done by nurses: the table said with the word decides
    ("nursing", "50 appointments for the patients", ["rows home_visits 50"]),
    # (3) "they" after two counted tables: the rows named last
    ("repairs", "5 engineers and 40 tenants; they are all verified",
     ["rows engineers 5", "rows tenants 40", "col tenants.is_verified mix True=1"]),
    # (4) non-native wording
    ("repairs", "each engineer gets 3 until 7 repairs", ["fk repairs.engineer_id fanout 3-7"]),
    ("repairs", "each tenant have 1 till 4 repair", ["fk repairs.tenant_id fanout 1-4"]),
    ("repairs", "12 engineer and for each one 2 to 5 repair", ["rows engineers 12", "fk repairs.engineer_id fanout 2-5"]),
    ("repairs", "the repairs minutes is between 20 and 90 minute", ["col repairs.minutes range 20..90"]),
    ("repairs", "80 repairs for the tenants", ["rows repairs 80"]),
    # a table of the word's own name stays itself
    ("literal", "200 jobs", ["rows jobs 200"]),
])
def test_read(name: str, text: str, lines: list[str], schemas) -> None:
    got = _read(text, schemas[name])
    for line in lines:
        assert any(g == line or g.startswith(line + " ") for g in got), got


def test_several_fit_quoted_with_candidates(schemas) -> None:
    """Two tables of events done by nurses: "jobs" is neither, and the error names both."""
    schema = schemas["nursing"]
    with pytest.raises(ScopeError) as exc:
        resolve(parse("300 jobs", schema), schema)
    assert "jobs" in exc.value.message and "home_visits" in exc.value.message and "phone_rounds" in exc.value.message


def test_reading_is_shown(schemas) -> None:
    """A clause read through an everyday word is shown as read: the table it was taken for is seen."""
    schema = schemas["repairs"]
    scope = parse("gimme 150 jobs for the engs", schema)
    assert any("repairs" in read for _said, read in scope.read_as), scope.read_as
    lines = explain_lines(explain(scope, resolve(scope, schema)))
    assert any("read as" in line and "repairs" in line for line in lines), lines


def test_each_word_told(schemas) -> None:
    """The reading says which table each word was taken for, and what "for the engs" adds (nothing silent)."""
    schema = schemas["repairs"]
    read = dict(parse("gimme 150 jobs for the engs", schema).read_as)["gimme 150 jobs for the engs"]
    assert "'jobs' is repairs" in read and "'engs' is engineers" in read and "'for the engineers'" in read, read


def test_strict_words_need_their_cues(schemas) -> None:
    """A word with strict cues ("drivers") names no table without them: nurses are no drivers (quoted back)."""
    schema = schemas["nursing"]
    with pytest.raises(ScopeError) as exc:
        resolve(parse("20 drivers", schema), schema)
    assert "drivers" in exc.value.message


def test_words_left_where_not_rows(schemas) -> None:
    """A word of ``rowwords`` used otherwise ("run" as a verb) is not taken for rows."""
    from seedbed.scope.ground import Grounding
    from seedbed.scope.lexicon import normalise

    ground = Grounding.from_schema(schemas["repairs"])
    for text in ("please run it twice", "the rest cancelled", "each month 20 repairs"):
        norm = normalise(text)
        assert ground.said_rows(norm) == norm, text
