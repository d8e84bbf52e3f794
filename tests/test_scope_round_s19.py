"""Brief s19 of session 10: shares and states said in words, on two schemas made up here (a ferry line and a
community garden).

A state said as a verb phrase or with a preposition ("crossings booked through the app: 40%": the verb goes when a
column of the table said holds the value, else it is quoted back), ratios and counted shares ("one out of every
five plots is raised", "nobody on the waitlist is a member", "some volunteers not trained, say 10%", "a quarter of
the crossings never departed"), counts split across values ("12 deckhands, 3 pursers", "30 passengers from Canada,
20 from Mexico"), missing values said in words ("phone empty 20% of the time": NULL, never the text "empty"; a
scan over every such word), and exclusions in every wording ("X not needed", "drop X, Y as well").
"""

from __future__ import annotations

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from seedbed.scope.values import NO_VALUE
from tests.test_scope import brief, options_brief, schema_of

FERRY = """
CREATE TABLE vessels (id serial PRIMARY KEY, name text NOT NULL, fuel text NOT NULL CHECK (fuel IN ('diesel', 'lng', 'electric')),
                      load_state text NOT NULL CHECK (load_state IN ('empty', 'partial', 'full')));
CREATE TABLE crew (id serial PRIMARY KEY, vessel_id int NOT NULL REFERENCES vessels, full_name text NOT NULL,
                   rank text NOT NULL CHECK (rank IN ('captain', 'deckhand', 'purser', 'engineer')),
                   is_trained boolean NOT NULL DEFAULT true, radio_call text);
CREATE TABLE passengers (id serial PRIMARY KEY, full_name text NOT NULL, phone text, nationality char(2) NOT NULL,
                         email text);
CREATE TABLE crossings (id bigserial PRIMARY KEY, vessel_id int NOT NULL REFERENCES vessels,
                        passenger_id int NOT NULL REFERENCES passengers,
                        booked_via text NOT NULL CHECK (booked_via IN ('app', 'phone', 'counter')),
                        cabin_no varchar(6), departed_at timestamptz, fare numeric(8,2) NOT NULL CHECK (fare >= 0));
CREATE TABLE cargo_manifests (id bigserial PRIMARY KEY, crossing_id bigint NOT NULL REFERENCES crossings,
                              kind text NOT NULL CHECK (kind IN ('car', 'truck', 'bike', 'none')), notes text);
CREATE TABLE plots (id serial PRIMARY KEY, kind text NOT NULL CHECK (kind IN ('raised', 'ground', 'greenhouse')),
                    is_member boolean NOT NULL DEFAULT false, label text);
CREATE TABLE harvest_logs (id bigserial PRIMARY KEY, plot_id int NOT NULL REFERENCES plots, kilos numeric(6,2) NOT NULL);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    return schema_of(module_dsn, FERRY)


@pytest.mark.parametrize(("text", "lines"), [
    # a state said with a verb and a preposition: the value of the column of that table that holds it
    ("crossings booked through the app: 40%", ["col crossings.booked_via mix app=0.4 phone=0.3 counter=0.3"]),
    ("crossings mostly reserved over the phone", ["col crossings.booked_via mix phone=0.8 app=0.1 counter=0.1"]),
    ("crossings all sold at the counter", ["col crossings.booked_via mix counter=1"]),
    ("vessels mostly running on lng", ["col vessels.fuel mix lng=0.8 diesel=0.1 electric=0.1"]),
    ("crew mostly deckhands", ["col crew.rank mix deckhand=0.8 captain=0.0667 purser=0.0667 engineer=0.0667"]),
    # ratios and counted shares
    ("one out of every five plots is a greenhouse", ["col plots.kind mix greenhouse=0.2 raised=0.4 ground=0.4"]),
    ("nobody in the crew is trained", ["col crew.is_trained mix True=0 False=1"]),
    ("none of the plots are member", ["col plots.is_member mix True=0 False=1"]),
    ("some crew not trained, say 15%", ["col crew.is_trained mix True=0.85 False=0.15"]),
    ("a quarter of the crossings never departed", ["col crossings.departed_at nulls 0.25"]),
    # counts split across values, the total their sum
    ("12 deckhands, 3 pursers", ["rows crew 15", "col crew.rank mix deckhand=0.8 purser=0.2"]),
    ("20 diesel vessels and 5 electric", ["rows vessels 25", "col vessels.fuel mix diesel=0.8 electric=0.2"]),
    ("crossings - 60 by app, 30 by phone, 10 by counter", ["rows crossings 100",
                                                           "col crossings.booked_via mix app=0.6 phone=0.3 counter=0.1"]),
    ("30 passengers from Canada, 20 from Mexico", ["rows passengers 50", "col passengers.nationality mix CA=0.6 MX=0.4"]),
    # missing values in words: a NULL share, never a text value
    ("phone empty 20% of the time", ["col passengers.phone nulls 0.2"]),
    ("no cabin number on a third of the crossings", ["col crossings.cabin_no nulls 0.3333"]),
    ("radio call blank for 10% of crew", ["col crew.radio_call nulls 0.1"]),
    # exclusions in every wording (excluded, as "skip X"; "no X" alone is 0 rows)
    ("cargo manifests not needed", ["exclude cargo_manifests"]),
    ("drop harvest logs completely, cargo manifests as well", ["exclude harvest_logs,cargo_manifests"]),
    ("leave out plots, and harvest logs too", ["exclude plots,harvest_logs"]),
])
def test_reading(text: str, lines: list[str], schema: Schema) -> None:
    got = brief(text, schema)
    for line in lines:
        assert line in got, got


def test_verb_before_a_value_of_another_table_is_quoted(schema: Schema) -> None:
    """"passengers mostly booked via the app": app is a value of crossings, not of passengers: never dropped silently."""
    scope = parse("passengers mostly booked via the app", schema)
    try:
        res = resolve(scope, schema)
    except ScopeError:
        return
    assert res.warnings, options_brief(res.options)


def test_no_value_words_never_become_text(schema: Schema) -> None:
    """Every word for "no value" said as a free-text column's value is a NULL share (or an error), never the text;
    a CHECK list that holds the word keeps it as the value (vessels.load_state has 'empty')."""
    for word in sorted(NO_VALUE - {"n/a"}):
        text = f"passengers email mostly {word}"
        try:
            res = resolve(parse(text, schema), schema)
        except ScopeError:
            continue
        got = options_brief(res.options)
        assert not any(word in line.split("mix ", 1)[-1].lower() and "mix" in line for line in got), (text, got)
    assert "col vessels.load_state mix empty=0.8 partial=0.1 full=0.1" in brief("vessels mostly empty", schema)
