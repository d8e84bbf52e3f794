"""A child table named after a state of its parent picks parents in that state (issues 10, 13).

Synthetic schemas with invented names: disputes of disputed invoices (an enum), cancellations
of cancelled bookings (a CHECK list), shipments of shipped parcels, with more and with fewer
children than parents in the state; a scope that leaves the state out; and append mode (the
parent's existing rows are not read in row order, so the pick stays as usual).
"""

from __future__ import annotations

import psycopg
import pytest

import seedbed
from seedbed import service
from seedbed.planning.options import PlanOptions
from seedbed.planning.states import state_stem

SCHEMA = """
CREATE TYPE invoice_state AS ENUM ('draft', 'issued', 'paid', 'disputed', 'voided');
CREATE TABLE invoices (id serial PRIMARY KEY, state invoice_state NOT NULL, amount numeric(10,2) NOT NULL);
CREATE TABLE invoice_disputes (id serial PRIMARY KEY, invoice_id int NOT NULL REFERENCES invoices,
                               reason text NOT NULL, opened_at timestamptz NOT NULL);
CREATE TABLE bookings (id bigserial PRIMARY KEY, booking_status text NOT NULL
                       CHECK (booking_status IN ('requested', 'confirmed', 'cancelled', 'completed')));
CREATE TABLE cancellations (id bigserial PRIMARY KEY, booking_id bigint NOT NULL REFERENCES bookings,
                            note text);
CREATE TABLE parcels (id serial PRIMARY KEY, status varchar(12) NOT NULL
                      CHECK (status IN ('packed', 'shipped', 'lost')));
CREATE TABLE shipments (id serial PRIMARY KEY, parcel_id int NOT NULL REFERENCES parcels, carrier text);
CREATE TABLE invoice_notes (id serial PRIMARY KEY, invoice_id int NOT NULL REFERENCES invoices, body text);
"""

PAIRS = [("invoice_disputes", "invoice_id", "invoices", "state", "disputed"),
         ("cancellations", "booking_id", "bookings", "booking_status", "cancelled"),
         ("shipments", "parcel_id", "parcels", "status", "shipped")]


def _rows(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(query).fetchall()


@pytest.mark.parametrize(("label", "stem"), [("refunded", "refund"), ("cancelled", "cancel"), ("shipped", "ship"),
                                             ("disputed", "disput"), ("applied", "apply"), ("returned", "return"),
                                             ("paid", None), ("active", None), ("red", None), ("in_transit", None)])
def test_state_stem(label: str, stem: str | None) -> None:
    assert state_stem(label) == stem


@pytest.mark.parametrize(("parents", "rows"), [(400, 20), (150, 600)])
def test_children_pick_parents_in_their_state(fresh_dsn: str, parents: int, rows: int) -> None:
    """Fewer children than parents in the state, and more (every one of those then has one)."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    counts = {t: parents for t in ("invoices", "bookings", "parcels")} | \
        {t: rows for t in ("invoice_disputes", "cancellations", "shipments", "invoice_notes")}
    result = service.seed(fresh_dsn, PlanOptions(rows_per_table=counts, seed=5))
    assert result.ok, result.verify.problems
    for child, fk, parent, column, label in PAIRS:
        bad = _rows(fresh_dsn, f"SELECT count(*) FROM {child} c JOIN {parent} p ON p.id = c.{fk} "
                               f"WHERE p.{column}::text <> '{label}'")[0][0]
        assert bad == 0, (child, bad)
        in_state = _rows(fresh_dsn, f"SELECT count(*) FROM {parent} WHERE {column}::text = '{label}'")[0][0]
        without = _rows(fresh_dsn, f"SELECT count(*) FROM {parent} p WHERE {column}::text = '{label}' AND NOT EXISTS "
                                   f"(SELECT 1 FROM {child} c WHERE c.{fk} = p.id)")[0][0]
        # Every parent in the state gets a child before any gets two.
        assert in_state > 0 and without == max(0, in_state - rows), (child, in_state, without)
    # A child not named after a state picks among every parent.
    states = _rows(fresh_dsn, "SELECT count(DISTINCT i.state) FROM invoice_notes n JOIN invoices i ON i.id = n.invoice_id")
    assert states[0][0] > 1
    assert any("invoice_disputes.invoice_id picks invoices rows whose state is 'disputed'" in n for n in result.notes)


def test_a_state_the_scope_leaves_out_is_not_forced(fresh_dsn: str) -> None:
    """No parent in the state (the user left it out): the children pick among all, as before."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    from seedbed.planning.options import ColumnSpec

    options = PlanOptions(rows=50, seed=2, columns={"invoices.state": ColumnSpec(weights={"paid": 1, "disputed": 0})})
    result = service.seed(fresh_dsn, options)
    assert result.ok, result.verify.problems
    assert _rows(fresh_dsn, "SELECT count(*) FROM invoices WHERE state = 'disputed'")[0][0] == 0
    assert _rows(fresh_dsn, "SELECT count(*) FROM invoice_disputes")[0][0] == 50  # still seeded, as usual


def test_append_mode_keeps_the_usual_picks(fresh_dsn: str) -> None:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SCHEMA)
    assert seedbed.seed(fresh_dsn, rows=20, seed=1).ok
    again = service.seed(fresh_dsn, PlanOptions(rows=20, seed=2, tables=("cancellations",)))
    assert again.ok, again.verify.problems
    assert not any("cancellations.booking_id picks" in n for n in again.notes)
