"""Brief s16 of session 9: bounds, shares and counts said in another word order (``seedbed.scope.orders``).

Two businesses made up here (a ski school and a print shop): a bound after its value ("50 pages or more",
"90 tops"), a verb before the share ("booked mostly over the phone"), "X ones" after a share or a count and a head
said with a dash, ratios and splits ("3 to 1 mono over color", "a 60/40 split"), a share said as "1 in 10" with a
verb of becoming, a count said as a range ("between two and three hundred", "3 to 4k"), a head and its count in
one sentence and its share in the next. Each reading once through ``parse``/``resolve``, the guards (a range
before two values is no ratio, a verb before a share of a time is no value), and once on the data.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import brief, options_brief, schema_of
from tests.test_scope_e2e import one, scoped

SHOPS = """
CREATE TABLE instructors (id serial PRIMARY KEY, full_name text NOT NULL,
                          level text NOT NULL CHECK (level IN ('junior', 'senior', 'head')),
                          years_teaching int NOT NULL CHECK (years_teaching >= 0),
                          hourly_fee numeric(7,2) NOT NULL CHECK (hourly_fee > 0));
CREATE TABLE lessons (id bigserial PRIMARY KEY, instructor_id int NOT NULL REFERENCES instructors,
                      kind text NOT NULL CHECK (kind IN ('private', 'group', 'kids')),
                      status text NOT NULL CHECK (status IN ('scheduled', 'taught', 'cancelled')),
                      booked_via text NOT NULL CHECK (booked_via IN ('web', 'phone', 'desk')),
                      price numeric(8,2) NOT NULL CHECK (price > 0), starts_at timestamptz NOT NULL);
CREATE TABLE print_jobs (id bigserial PRIMARY KEY, paper text NOT NULL CHECK (paper IN ('matte', 'glossy', 'recycled')),
                         colour_mode text NOT NULL CHECK (colour_mode IN ('color', 'mono')),
                         pages int NOT NULL CHECK (pages > 0),
                         status text NOT NULL CHECK (status IN ('queued', 'printed', 'failed')),
                         submitted_via text NOT NULL CHECK (submitted_via IN ('email', 'portal', 'walk_in')),
                         cost numeric(8,2) NOT NULL CHECK (cost >= 0), submitted_at timestamptz NOT NULL);
CREATE TABLE job_files (id bigserial PRIMARY KEY, print_job_id bigint NOT NULL REFERENCES print_jobs,
                        size_kb int NOT NULL CHECK (size_kb > 0));
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, SHOPS)


@pytest.mark.parametrize(("text", "words"), [
    # a bound after the value, with the value's unit or column words between
    ("print jobs of 50 pages or more", "col print_jobs.pages range 50..-"),
    ("lessons priced 80 and under", "col lessons.price range -..80"),
    ("instructors with 3 years of teaching minimum", "col instructors.years_teaching range 3..-"),
    ("print jobs costing 20 bucks or less", "col print_jobs.cost range -..20"),
    ("lessons at a price of 90 tops", "col lessons.price range -..90"),
    ("each print job with 1 file at least and 4 at most", "fk job_files.print_job_id fanout 1-4"),
    # a verb before the share; an article after the value's preposition
    ("lessons booked mostly over the phone", "col lessons.booked_via mix phone=0.8"),
    ("print jobs sent mainly by email", "col print_jobs.submitted_via mix email=0.8"),
    # "X ones" after a share or a count; a head with a dash
    ("lessons - mostly private ones", "col lessons.kind mix private=0.8"),
    ("200 print jobs: 150 printed ones, the rest failed", "col print_jobs.status mix printed=0.75 failed=0.25"),
    # ratios and splits in either order
    ("print jobs 3 to 1 mono over color", "col print_jobs.colour_mode mix mono=0.75 color=0.25"),
    ("lessons in a 60/40 split of group and private", "col lessons.kind mix group=0.6 private=0.4"),
    ("print jobs: glossy vs matte 3:1", "col print_jobs.paper mix glossy=0.75 matte=0.25"),
    ("one in ten print jobs ends up failed", "col print_jobs.status mix failed=0.1"),
    ("one out of every four lessons is cancelled", "col lessons.status mix cancelled=0.25"),
    # counts said as ranges (the midpoint), a scale said once for both ends, a head and its count
    ("between two and three hundred print jobs", "rows print_jobs 250"),
    ("3 to 4k job files", "rows job_files 3500"),
    ("one or two hundred instructors", "rows instructors 150"),
    ("instructors: 40", "rows instructors 40"),
    ("each instructor gets from 5 up to 12 lessons", "fk lessons.instructor_id fanout 5-12"),
])
def test_word_orders(schema: Schema, text: str, words: str) -> None:
    lines = brief(text, schema)
    assert any(set(words.split()) <= set(line.split()) for line in lines), lines


def test_a_share_in_the_next_sentence(schema: Schema) -> None:
    """"lessons: 400. Most taught.": the count of the head, then the share of its rows."""
    lines = brief("lessons: 400. Most taught.", schema)
    assert "rows lessons 400" in lines
    assert any(line.startswith("col lessons.status mix taught=0.8") for line in lines), lines


@pytest.mark.parametrize("text", [
    "each instructor with 1-3 private or group lessons",  # a range before two values: no ratio
    "print jobs failed mostly in January",  # a share of a time: the verb stays, quoted back
    "1-3 job files for print jobs",  # a small range later than the start, with "for": no count
])
def test_no_silent_reading(schema: Schema, text: str) -> None:
    """What the word orders do not cover is still said back, never read as a mix or a count."""
    try:
        res = resolve(parse(text, schema), schema)
    except ScopeError:
        return
    assert res.warnings, options_brief(res.options)
    assert not any("mix private=0.25" in line or "rows job_files 2" in line for line in options_brief(res.options))


def test_the_word_orders_hold_on_the_data(db: psycopg.Connection, fresh_dsn: str) -> None:
    db.execute(SHOPS)
    _, expl = scoped(fresh_dsn, "200 print jobs: 150 printed ones, the rest failed; print jobs of 50 pages or more; "
                                "between two and three hundred lessons; lessons - mostly private ones; "
                                "lessons priced 80 and under")
    assert not expl.warnings, expl.warnings
    assert one(db, "SELECT count(*) FROM print_jobs")[0] == 200
    printed = one(db, "SELECT avg((status = 'printed')::int) FROM print_jobs")[0]
    assert 0.65 <= printed <= 0.85, printed  # 3 in 4, drawn
    assert one(db, "SELECT count(*) FROM print_jobs WHERE status = 'queued'")[0] == 0
    assert one(db, "SELECT min(pages) FROM print_jobs")[0] >= 50
    assert one(db, "SELECT count(*) FROM lessons")[0] == 250
    assert one(db, "SELECT max(price) FROM lessons")[0] <= 80
    private = one(db, "SELECT avg((kind = 'private')::int) FROM lessons")[0]
    assert 0.7 <= private <= 0.9, private
