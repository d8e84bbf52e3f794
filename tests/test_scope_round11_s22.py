"""Brief s22 of session 11: words about the request itself, on a print shop's schema made up here.

A heading, a ticket's label, a head before a colon, a purpose, a reason or an aside in a bracket names nothing
of the data that asks for rows: it is set aside and shown ("set aside (about the request, not the data)"), not
quoted back as "could not place" (``seedbed.scope.framing``). Words that could be data (a value, an unknown
verb, a relative clause about rows, rows said with "they") are still read or quoted back. Corrections in a
bracket replace the number before them; "that table" / "them" after a clause that named a table leave that
table out; "overall" / "altogether" / "in total" after a count are part of it.
"""

from __future__ import annotations

import psycopg
import pytest

from seedbed import service
from seedbed.model import Schema
from seedbed.scope import explain, explain_lines, parse, resolve
from seedbed.scope.framing import about_request
from tests.test_scope import options_brief

DDL = """
CREATE TABLE clients (id serial PRIMARY KEY, name text NOT NULL,
  segment text NOT NULL CHECK (segment IN ('retail', 'agency', 'nonprofit')), is_vip boolean NOT NULL DEFAULT false,
  email text, signed_up date NOT NULL);
CREATE TABLE presses (id serial PRIMARY KEY, model text NOT NULL, site text NOT NULL CHECK (site IN ('north', 'south')),
  bought_on date NOT NULL);
CREATE TABLE print_jobs (id bigserial PRIMARY KEY, client_id int NOT NULL REFERENCES clients,
  press_id int NOT NULL REFERENCES presses, copies int NOT NULL CHECK (copies > 0),
  status text NOT NULL CHECK (status IN ('queued', 'printing', 'done', 'failed')),
  ordered_at timestamptz NOT NULL, finished_at timestamptz);
CREATE TABLE paper_rolls (id serial PRIMARY KEY, press_id int NOT NULL REFERENCES presses,
  weight_gsm int NOT NULL CHECK (weight_gsm BETWEEN 60 AND 400), finish text NOT NULL CHECK (finish IN ('matte', 'gloss', 'satin')));
CREATE TABLE quotes (id serial PRIMARY KEY, client_id int NOT NULL REFERENCES clients, amount numeric(10,2) NOT NULL CHECK (amount >= 0),
  state text NOT NULL CHECK (state IN ('draft', 'sent', 'accepted', 'declined')), valid_until date);
CREATE TABLE deliveries (id serial PRIMARY KEY, job_id bigint NOT NULL REFERENCES print_jobs, courier text NOT NULL,
  delivered_at timestamptz);
"""


@pytest.fixture(scope="module")
def schema(module_dsn: str) -> Schema:
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(DDL)
        return service.load_schema(conn)


@pytest.mark.parametrize(("text", "lines", "aside"), [
    # headings and labels
    ("Ticket PRN-431: 40 clients, 3-6 print jobs each", ["rows clients 40", "fk print_jobs.client_id fanout 3-6"], "PRN-431"),
    ("[OPS-12] 25 presses", ["rows presses 25"], "OPS-12"),
    ("### Print shop seed\n200 print jobs\n5 presses", ["rows print_jobs 200", "rows presses 5"], "Print shop seed"),
    ("quick sanity setup: 12 clients", ["rows clients 12"], "quick sanity setup"),
    ("Please build seed data covering the following: 25 presses, 2-4 paper rolls per press",
     ["rows presses 25", "fk paper_rolls.press_id fanout 2-4"], "build seed data"),
    # the table said last in a head about the request is the head
    ("For the ops review we'd like a mix of quotes: 50% accepted, 30% sent, the rest declined",
     ["col quotes.state mix accepted=0.5 sent=0.3 declined=0.2"], "ops review"),
    # reasons, purposes and asides
    ("Skip deliveries, the tracking integration isn't ready", ["exclude deliveries"], "tracking integration"),
    ("300 clients (the sales team only tracks that many anyway)", ["rows clients 300"], "sales team"),
    ("print jobs per client: 0 to 20 (some newbies haven't been in yet)", ["fk print_jobs.client_id fanout 0-20"], "newbies"),
    ("Kindly add 30 quotes. Thanks, the billing squad.", ["rows quotes 30"], "billing squad"),
    # a pointer back to a table named before
    ("Presses aren't modelled yet so don't seed that table. 30 clients.", ["exclude presses", "rows clients 30"], "modelled"),
    ("We haven't set up paper rolls; leave them out.", ["exclude paper_rolls"], "set up paper rolls"),
    ("paper rolls: ignore that one for now, we're redoing it", ["exclude paper_rolls"], "redoing"),
])
def test_set_aside(text: str, lines: list[str], aside: str, schema: Schema) -> None:
    scope = parse(text, schema)
    res = resolve(scope, schema)
    assert not res.warnings, res.warnings
    assert set(lines) <= set(options_brief(res.options)), options_brief(res.options)
    assert any(aside.lower() in a.lower() for a in scope.aside), scope.aside
    shown = explain_lines(explain(scope, res))
    assert any("set aside" in line and aside.lower() in line.lower() for line in shown), shown


@pytest.mark.parametrize(("text", "lines"), [
    # corrections in a bracket replace the number before them
    ("quotes: 90 (oops, I meant 60)", ["rows quotes 60"]),
    ("200 presses (sorry, make that 20) plus 8 clients", ["rows presses 20", "rows clients 8"]),
    ("70 clients (correction: 45)", ["rows clients 45"]),
    # "overall", "altogether", "in total" after a count
    ("700 print jobs overall, 10% failed", ["rows print_jobs 700", "col print_jobs.status mix failed=0.1 queued=0.3 printing=0.3 done=0.3"]),
    ("40 clients altogether", ["rows clients 40"]),
    ("maybe 90 quotes in total", ["rows quotes 90"]),
])
def test_counts_said_again(text: str, lines: list[str], schema: Schema) -> None:
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    assert set(lines) <= set(options_brief(res.options)), options_brief(res.options)


@pytest.mark.parametrize(("text", "quoted"), [
    ("it's for the agency pilot: 20 clients", "agency"),  # a value of clients.segment: maybe data, quoted
    ("20 clients, we also need vans", "vans"),  # asks for something unknown
    ("40 paper rolls, they're all shiny", "shiny"),  # rows said with "they": a value we do not know
    ("run the migrations first, then 20 clients", "migrations"),  # an action seedbed does not do
    ("20 print jobs where we ran out of ink", "ink"),  # a relative clause describes rows
    # (was "60 quotes (pets)": since brief s31 a bracket that carries nothing a plan applies is chatter, set aside and
    # shown; one that names a value is still quoted)
    ("60 quotes (agency ones)", "agency"),
])
def test_could_be_data_is_still_quoted(text: str, quoted: str, schema: Schema) -> None:
    scope = parse(text, schema)
    said = " ".join(scope.unplaced).lower()
    assert quoted in said, (scope.unplaced, scope.aside)
    assert not any(quoted in a.lower() for a in scope.aside)


def test_nothing_is_set_aside_without_a_schema() -> None:
    assert not about_request("for the ops review", None)
    assert parse("Ticket PRN-431: 40 clients").aside == ()
