"""Brief s30 of session 14: dates and periods said the way people say them, on a schema made up here (an
observatory) in a domain unlike the tune sets' (a staffing agency, an ambulance service, a wind farm, an agency) and
the held-out set's (a dental lab, a glass recycling plant).

- periods (``scope/periods.py``): quarters ("Q4 FY24": FY is the calendar year; "Q2-Q3 2025"; "the first quarter,
  2025"), halves, month ranges ("Jan-Mar 2025", "Nov-Feb 2025"), day ranges ("from 1 to 15 October 2025"), starts
  and ends ("between 1 Jan 2023 and the end of June 2024", "from the start of 2025 until the end of May 2025"),
  early / mid / late a year (its thirds), inclusivity words, a period said again in brackets;
- the verb of a time (``scope/windows.py``): "dated" is the table's date column (not a due date), else the moment
  its rows came to be; a verb no column is named after is the table's one moment ("staff who began in late 2023");
  a verb and the noun it puts a row into ("put into service 2001 through 2010": ``service_start``, years read as
  a window, not a number range); a clause that starts with the verb is about the rows counted before it.
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from seedbed.scope.periods import said_periods
from tests.test_scope import brief, schema_of

OBSERVATORY = """
CREATE TABLE telescopes (id serial PRIMARY KEY, label text NOT NULL, aperture_cm int NOT NULL,
                         service_start date NOT NULL, retired_on date);
CREATE TABLE astronomers (id serial PRIMARY KEY, full_name text NOT NULL, started_on date NOT NULL);
CREATE TABLE proposals (id serial PRIMARY KEY, astronomer_id int NOT NULL REFERENCES astronomers,
                        submitted_date date NOT NULL, due_date date NOT NULL);
CREATE TABLE observations (id serial PRIMARY KEY, telescope_id int NOT NULL REFERENCES telescopes,
                           proposal_id int REFERENCES proposals, observed_at timestamptz NOT NULL,
                           reviewed_at timestamptz, seeing_arcsec numeric(4,2) NOT NULL);
"""


@pytest.fixture(scope="module")
def observatory(server_dsn: str):
    from tests.conftest import _new_database

    gen = _new_database(server_dsn)
    yield schema_of(next(gen), OBSERVATORY)
    next(gen, None)


@pytest.mark.parametrize(("text", "said"), [
    ("dated across q1 2025", "dated 2025-01-01-2025-03-31"),
    ("shipped in q4 fy24", "shipped in 2024-10-01-2024-12-31"),
    ("loaded q2-q3 2025", "loaded 2025-04-01-2025-09-30"),
    ("in jan-mar 2025", "in 2025-01-01-2025-03-31"),
    ("in nov-feb 2025", "in 2024-11-01-2025-02-28"),
    ("raised from 1 to 15 october 2025 (inclusive)", "raised from 2025-10-01-2025-10-15"),
    ("between 1 jan 2023 and the end of june 2024", "between 2023-01-01-2024-06-30"),
    ("from the start of 2025 until the end of may 2025", "from 2025-01-01-2025-05-31"),
    ("between march 2021 and the end of september 2023", "between 2021-03-01-2023-09-30"),
    ("in early 2024", "in 2024-01-01-2024-04-30"),
    ("received mid-2025", "received 2025-05-01-2025-08-31"),
    ("joined in late 2023", "joined in 2023-09-01-2023-12-31"),
    ("start in h1 2026 (january through june)", "start in h1 2026"),
    ("joined between 2010 and 2024 (both years inclusive)", "joined between 2010 and 2024"),
    ("opened during q1 2026 - 150 of them", "opened during q1 2026, 150 of them"),
    # an open end or start: as the rules of "before" and "since" read it
    ("until the end of june 2024", "before july 2024"),
    ("through q3 2025", "before october 2025"),
    ("by the end of 2024", "before 2025"),
    ("since the start of 2025", "since 2025"),
    ("from the beginning of march 2024", "since march 2024"),
    ("2018 through 2024", "2018 through 2024"),
    # what the older rules read as typed, and what is no period, stay as typed
    ("in q1 2025", "in q1 2025"),
    ("between 2010 and 2024", "between 2010 and 2024"),
    ("from march to june 2025", "from march to june 2025"),
    ("since 5 march 2025", "since 5 march 2025"),
    ("after the end of june 2024", "after the end of june 2024"),
    ("1-5 items per order", "1-5 items per order"),
    ("from 1 to 5 items", "from 1 to 5 items"),
    ("between 5 and 10 may vary", "between 5 and 10 may vary"),
    ("users in may", "users in may"),
])
def test_periods_spelled_as_days(text: str, said: str) -> None:
    assert said_periods(text) == said


@pytest.mark.parametrize(("text", "lines"), [
    ("observations dated across Q2 2025",  # no date column: the moment its rows came to be
     ["col observations.observed_at range 2025-04-01T00:00:00+00:00..2025-07-01T00:00:00+00:00"]),
    ("proposals dated Jan-Mar 2025", ["col proposals.submitted_date range 2025-01-01..2025-04-01"]),
    ("telescopes put into service 2001 through 2010", ["col telescopes.service_start range 2001-01-01..2011-01-01"]),
    ("astronomers who began in late 2023", ["col astronomers.started_on range 2023-09-01..2024-01-01"]),
    ("300 observations, dated across Q4 FY24",
     ["rows observations 300", "col observations.observed_at range 2024-10-01T00:00:00+00:00..2025-01-01T00:00:00+00:00"]),
    ("observations reviewed between 1 Jan and 31 Mar 2025, both inclusive",
     ["col observations.reviewed_at range 2025-01-01T00:00:00+00:00..2025-04-01T00:00:00+00:00"]),
    ("proposals submitted in the first quarter, 2025", ["col proposals.submitted_date range 2025-01-01..2025-04-01"]),
    ("astronomers should start in H2 2024 (July through December)",
     ["col astronomers.started_on range 2024-07-01..2025-01-01"]),
])
def test_periods_on_their_column(observatory, text: str, lines: list[str]) -> None:
    got = brief(text, observatory)
    for line in lines:
        assert line in got, got
    assert len([g for g in got if " range " in g]) == len([x for x in lines if " range " in x]), got


def test_a_verb_no_column_has_on_two_moments_is_an_error(observatory) -> None:
    # observations have two moments (observed_at, reviewed_at): "received" names neither, nothing is guessed
    with pytest.raises(ScopeError, match="received"):
        resolve(parse("observations received in 2024", observatory), observatory)


def test_a_word_that_is_no_verb_is_quoted_back(observatory) -> None:
    res = resolve(parse("astronomers zorbed in 2024", observatory), observatory)
    assert any("zorbed" in w for w in res.warnings), res.warnings


def test_a_verb_of_another_tables_moment_is_never_this_tables_one(observatory) -> None:
    # "observed" is observations.observed_at: astronomers' one moment (started_on) is not read for it
    with pytest.raises(ScopeError, match="observed"):
        resolve(parse("astronomers observed in 2024", observatory), observatory)
    # after a count, a clause with such a verb is read as before (the column's own table), not of the rows counted
    assert "col observations.observed_at range 2024-01-01T00:00:00+00:00..2025-01-01T00:00:00+00:00" in brief(
        "300 astronomers, observed in 2024", observatory)
