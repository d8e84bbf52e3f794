"""Brief s26 of session 11: words the schema never uses, read through WordNet, on schemas made up here (a
conference, a music school, a staffing agency, a coach company) in domains unlike the tune sets' (an executive-search
firm, a pest-control firm) and the held-out set's (a ferry line, an art museum).

- a table said by a noun WordNet relates to its word in the noun's first sense ("orators" for speakers, "pupils" for
  students), never by a broader word ("travellers" for passengers), one WordNet does not relate ("consultants" for
  recruiters) or relates in a later sense only ("lecturers", first lectors); two tables are an ambiguity said as such
  (``scope.wordnet_words``);
- a table's rows said by what its columns say each row is ("roles", "vacancies" for a table with a title and a
  salary range), not for a table of people with a title and a salary (``scope.rowkinds``);
- a column said by the words its name abbreviates or reorders ("refund percentage", "minimum salary"), "min" a
  minimum only beside a "max" (``scope.columnwords``);
- a value said by a WordNet synonym after a share ("10% called off": cancelled), never by a broader verb
  ("rescheduled" is no "scheduled") (``scope.valuewords``);
- one of a thing no table is ("each with a nationality") quoted back with the rest applied.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import explain, explain_lines, parse, resolve
from seedbed.scope.columnwords import column_phrases
from seedbed.scope.valuewords import said_values, said_verbs
from seedbed.scope.wordnet_words import table_for
from tests.test_scope import brief, options_brief, schema_of

CONFERENCE = """
CREATE TABLE speakers (id serial PRIMARY KEY, full_name text NOT NULL, email text, fee_amt numeric(8,2),
                       is_keynote boolean NOT NULL DEFAULT false);
CREATE TABLE talks (id serial PRIMARY KEY, speaker_id int NOT NULL REFERENCES speakers, title text NOT NULL,
                    duration_min int NOT NULL CHECK (duration_min BETWEEN 10 AND 120), starts_at timestamptz NOT NULL,
                    status varchar(12) NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'scheduled',
                                                                   'cancelled', 'delivered')));
CREATE TABLE attendees (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                        ticket_type varchar(10) NOT NULL CHECK (ticket_type IN ('standard', 'vip', 'student')),
                        refund_pct numeric(5,2));
"""
MUSIC = """
CREATE TABLE instructors (id serial PRIMARY KEY, full_name text NOT NULL, hired_on date NOT NULL);
CREATE TABLE students (id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, dob date,
                       level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')));
CREATE TABLE lessons (id serial PRIMARY KEY, instructor_id int NOT NULL REFERENCES instructors,
                      student_id int NOT NULL REFERENCES students, starts_at timestamptz NOT NULL,
                      duration_min int NOT NULL, status text NOT NULL CHECK (status IN ('booked', 'completed', 'missed')));
CREATE TABLE instruments (id serial PRIMARY KEY, name text NOT NULL, purchase_amt numeric(8,2));
"""
STAFFING = """
CREATE TABLE agents (id serial PRIMARY KEY, full_name text NOT NULL, email text);
CREATE TABLE employers (id serial PRIMARY KEY, legal_name text NOT NULL);
CREATE TABLE mandates (id serial PRIMARY KEY, employer_id int NOT NULL REFERENCES employers,
                       agent_id int NOT NULL REFERENCES agents, title text NOT NULL, salary_min numeric(10,2),
                       salary_max numeric(10,2), opened_on date NOT NULL);
CREATE TABLE applicants (id serial PRIMARY KEY, full_name text NOT NULL, current_title text, expected_salary numeric);
"""
GARDEN = """
CREATE TABLE customers (id serial PRIMARY KEY, full_name text NOT NULL, email text, loyalty_pts int);
CREATE TABLE plants (id serial PRIMARY KEY, common_name text NOT NULL, price_amt numeric(6,2) NOT NULL,
                     stock_qty int NOT NULL, kind text NOT NULL CHECK (kind IN ('shrub', 'tree', 'herb', 'flower')));
"""
#: People with a title and a salary: no table of jobs (a person's title is their job, not the row's).
PAYROLL = """
CREATE TABLE employees (id serial PRIMARY KEY, full_name text NOT NULL, title text NOT NULL, salary numeric(10,2));
CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);
"""
COACHES = """
CREATE TABLE coaches (id serial PRIMARY KEY, plate text NOT NULL, seats int NOT NULL);
CREATE TABLE passengers (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE clients (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE customers (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE recruiters (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE teachers (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE instructors (id serial PRIMARY KEY, full_name text NOT NULL);
"""


def _schema(server_dsn: str, ddl: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    return gen, schema_of(next(gen), ddl)


@pytest.fixture(scope="module")
def schemas(server_dsn: str):
    made = {name: _schema(server_dsn, ddl) for name, ddl in (("conference", CONFERENCE), ("music", MUSIC),
                                                             ("staffing", STAFFING), ("payroll", PAYROLL), ("garden", GARDEN),
                                                             ("coaches", COACHES))}
    yield {name: schema for name, (_gen, schema) in made.items()}
    for gen, _schema_ in made.values():
        next(gen, None)


@pytest.mark.parametrize(("name", "text", "lines"), [
    # tables said by a WordNet word of the same thing or a kind of it
    ("conference", "40 orators", ["rows speakers 40"]),
    ("conference", "30 keynote orators", ["rows speakers 30"]),
    ("conference", "every orator gives 1 to 3 talks", ["fk talks.speaker_id fanout 1-3"]),
    ("music", "120 pupils, a third of them advanced", ["rows students 120", "col students.level mix advanced=0.3333"]),
    ("music", "15 tutors", ["rows instructors 15"]),
    # rows said by what the columns say each row is
    ("staffing", "50 vacancies", ["rows mandates 50"]),
    ("staffing", "20 employers with 1-3 roles each", ["fk mandates.employer_id fanout 1-3"]),
    ("staffing", "every agent handles 2 to 5 openings", ["fk mandates.agent_id fanout 2-5"]),
    # columns said by the words their names abbreviate or reorder
    ("conference", "refund percentage between 10 and 50", ["col attendees.refund_pct range 10..50"]),
    ("conference", "speakers with a fee amount under 5000", ["col speakers.fee_amt range -..5000"]),
    ("staffing", "minimum salary from 40k to 60k", ["col mandates.salary_min range 40000..60000"]),
    ("staffing", "salary maximum under 150000", ["col mandates.salary_max range -..150000"]),
    ("music", "purchase amounts between 100 and 900", ["col instruments.purchase_amt range 100..900"]),
    ("garden", "customers with loyalty points between 0 and 900", ["col customers.loyalty_pts range 0..900"]),
    ("garden", "a stock quantity of 0 to 40 and a price amount under 60",
     ["col plants.stock_qty range 0..40", "col plants.price_amt range -..60"]),
    # values said by a WordNet synonym after a share
    ("garden", "300 plants, half of them bushes", ["col plants.kind mix shrub=0.5"]),
    ("conference", "200 talks, 10% called off", ["rows talks 200", "col talks.status mix cancelled=0.1"]),
    ("conference", "300 talks, a fifth turned down", ["rows talks 300", "col talks.status mix rejected=0.2"]),
])
def testbrief(name: str, text: str, lines: list[str], schemas) -> None:
    got = brief(text, schemas[name])
    for want in lines:
        assert any(all(w in line for w in want.split()) for line in got), (want, got)


@pytest.mark.parametrize(("name", "text", "quoted"), [
    # a broader word is not the table: a traveller need not be a passenger
    ("coaches", "300 travellers", "travellers"),
    # a word WordNet does not relate stays quoted back: a consultant is an adviser, no recruiter
    ("coaches", "12 consultants", "consultants"),
    # nor one it relates through a sense other than its first: a lecturer is first a lector (an educator)
    ("conference", "40 lecturers", "lecturers"),
    # two tables relate: an ambiguity, said as such
    ("coaches", "40 patrons", "patrons"),
    # a person's title and salary make no table of jobs
    ("payroll", "30 roles", "roles"),
])
def test_refused(name: str, text: str, quoted: str, schemas) -> None:
    with pytest.raises(ScopeError) as err:
        resolve(parse(text, schemas[name]), schemas[name])
    assert quoted in err.value.message


def test_ambiguity_names_both(schemas) -> None:
    with pytest.raises(ScopeError, match="could mean") as err:
        resolve(parse("40 patrons", schemas["coaches"]), schemas["coaches"])
    assert "clients" in err.value.message and "customers" in err.value.message


def test_wordnet_ambiguity(schemas) -> None:
    """A tutor is a kind of teacher, and of instructor (one synset): two tables, an error naming both."""
    with pytest.raises(ScopeError, match="could mean") as err:
        resolve(parse("15 tutors", schemas["coaches"]), schemas["coaches"])
    assert "teachers" in err.value.message and "instructors" in err.value.message


def test_reading_is_told(schemas) -> None:
    """Each word read through WordNet or a column's spelled-out words is shown with the clause it is in."""
    schema = schemas["conference"]
    scope = parse("40 orators, refund percentage between 10 and 50, 10% called off", schema)
    told = " ".join(b for _a, b in scope.read_as)
    assert "'orators' is speakers (WordNet" in told
    assert "'refund percentage' is refund_pct" in told
    assert "'called off' is cancelled (WordNet)" in told
    lines = "\n".join(explain_lines(explain(scope, resolve(scope, schema))))
    assert "WordNet" in lines


def test_broader_verb_is_no_value(schemas) -> None:
    """"rescheduled" is a kind of "scheduled" in WordNet, but a rescheduled talk is no scheduled one: quoted."""
    schema = schemas["conference"]
    try:
        res = resolve(parse("200 talks, 10% rescheduled", schema), schema)
    except ScopeError as exc:
        assert "rescheduled" in exc.message
    else:
        assert any("rescheduled" in w for w in res.warnings)


def test_thing_no_table_is_quoted(schemas) -> None:
    res = resolve(parse("80 pupils, each with a nationality", schemas["music"]), schemas["music"])
    assert "rows students 80" in options_brief(res.options)
    assert any("nationality" in w for w in res.warnings)


def test_min_is_minimum_only_beside_max() -> None:
    paired = dict(column_phrases((("id", "salary_min", "salary_max"),)))
    assert paired.get("minimum salary") == "salary_min" and paired.get("salary maximum") == "salary_max"
    alone = dict(column_phrases((("id", "duration_min"),)))
    assert "minimum duration" not in alone and alone.get("duration minutes") == "duration_min"
    # a flag is read by its own words, a key by the key rules
    assert not dict(column_phrases((("id", "is_fraud_suspected", "owner_id"),)))


def test_value_only_after_a_share() -> None:
    labels = lambda _text: {"cancelled", "paused"}  # noqa: E731
    assert said_values("10% called off", labels, lambda w: False) == "10% cancelled"
    assert said_values("called off by the host", labels, lambda w: False) == "called off by the host"
    assert said_values("rest% sent", labels, lambda w: False) == "rest% sent"  # "rest" is no pause


def test_verb_said_by_a_synonym() -> None:
    """A phrasal verb said for the verb a column's name holds, in the schema's own form; none for two verbs."""
    known = lambda w: False  # noqa: E731
    assert said_verbs("each tenant put forward to 2 flats", frozenset({"submitted", "on"}), known) == \
        "each tenant submitted to 2 flats"
    assert said_verbs("each tenant put forward to 2 flats", frozenset({"listed"}), known) == \
        "each tenant put forward to 2 flats"


def test_one_table_per_word() -> None:
    assert [t for t, *_ in table_for(("recruiters", "clients"), "headhunters")] == ["recruiters"]
    assert table_for(("recruiters", "clients"), "consultants") == ()
    assert table_for(("passengers",), "travellers") == ()
    assert table_for(("recruiters",), "recruiters") == ()  # its own word: for the readers of names
