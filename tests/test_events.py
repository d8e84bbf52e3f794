"""Event stores seeded as streams, every row checked (issue 13).

A bare event store named only by its columns, given its types by the scope (the issue's phrase,
exactly); and a store whose aggregate is a read-model row (an FK, a composite key with the
version, enum types): versions from 1 without gaps, times increasing per aggregate, types in
lifecycle order, payloads carrying the aggregate's id and its row's amount, events after the
row they are about.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed.cli.main import app
from seedbed.planning.events import lifecycle

runner = CliRunner()

STORE = """
CREATE TABLE domain_events (id bigserial PRIMARY KEY, aggregate_id uuid NOT NULL, aggregate_type text NOT NULL,
                            version int NOT NULL, event_type text NOT NULL, payload jsonb NOT NULL,
                            occurred_at timestamptz NOT NULL, UNIQUE (aggregate_id, version));
CREATE TYPE invoice_event AS ENUM ('InvoiceDrafted', 'InvoiceSent', 'InvoicePaid', 'InvoiceVoided');
CREATE TABLE invoices (id serial PRIMARY KEY, total numeric(10,2) NOT NULL, issued_at timestamptz NOT NULL);
CREATE TABLE invoice_lines (id serial PRIMARY KEY, invoice_id int NOT NULL REFERENCES invoices,
                            quantity int NOT NULL CHECK (quantity > 0), unit_price numeric(10,2) NOT NULL);
CREATE TABLE invoice_events (stream_id int NOT NULL REFERENCES invoices, sequence int NOT NULL,
                             type invoice_event NOT NULL, data jsonb NOT NULL, recorded_at timestamptz NOT NULL,
                             PRIMARY KEY (stream_id, sequence));
"""

PHRASE = ("1000 domain events: OrderCreated, PaymentCaptured, OrderShipped, with realistic aggregate_id grouping "
          "and monotonic timestamps")


@pytest.fixture(scope="module")
def seeded(module_dsn: str) -> str:
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(STORE)
    res = runner.invoke(app, ["seed", "--dsn", module_dsn, "--seed", "9", "--scope", PHRASE + "; 300 invoices, "
                              "900 invoice_lines, 700 invoice_events", "--strict"])
    assert res.exit_code == 0, res.output
    return module_dsn


def rows(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def one(dsn: str, query: str):
    return rows(dsn, query)[0]


# (table, aggregate, version, time) of each store
STORES = [("domain_events", "aggregate_id", "version", "occurred_at"),
          ("invoice_events", "stream_id", "sequence", "recorded_at")]


@pytest.mark.parametrize(("table", "agg", "version", "time"), STORES, ids=[s[0] for s in STORES])
def test_versions_are_contiguous_from_one(seeded: str, table: str, agg: str, version: str, time: str) -> None:
    bad, aggregates, events = one(seeded, f"SELECT count(*) FILTER (WHERE lo <> 1 OR hi <> n), count(*), sum(n) FROM "
                                          f"(SELECT min({version}) lo, max({version}) hi, count(*) n FROM {table} "
                                          f"GROUP BY {agg}) s")
    events = int(events)
    assert bad == 0 and aggregates < events * 0.75  # grouped: most aggregates have several events


@pytest.mark.parametrize(("table", "agg", "version", "time"), STORES, ids=[s[0] for s in STORES])
def test_times_increase_per_aggregate(seeded: str, table: str, agg: str, version: str, time: str) -> None:
    bad, = one(seeded, f"SELECT count(*) FROM {table} a JOIN {table} b ON a.{agg} = b.{agg} "
                       f"AND b.{version} = a.{version} + 1 WHERE b.{time} <= a.{time}")
    assert bad == 0
    late, = one(seeded, f"SELECT count(*) FROM {table} WHERE {time} > '2026-01-01'")
    assert late == 0


def test_the_phrase_gives_exactly_that(seeded: str) -> None:
    assert one(seeded, "SELECT count(*) FROM domain_events") == (1000,)
    types = ["OrderCreated", "PaymentCaptured", "OrderShipped"]
    bad, = one(seeded, "SELECT count(*) FROM domain_events WHERE event_type <> "
                       "(ARRAY['OrderCreated', 'PaymentCaptured', 'OrderShipped'])[version]")
    assert bad == 0
    assert {r[0] for r in rows(seeded, "SELECT DISTINCT event_type FROM domain_events")} == set(types)
    assert rows(seeded, "SELECT DISTINCT aggregate_type FROM domain_events") == [("Order",)]


def test_payloads_carry_the_aggregate_and_one_amount(seeded: str) -> None:
    data = rows(seeded, "SELECT aggregate_id::text, event_type, payload FROM domain_events")
    amounts: dict[str, set] = {}
    for agg, kind, payload in data:
        assert payload["order_id"] == agg
        if kind == "OrderShipped":
            assert payload["carrier"] and payload["tracking_number"]
        else:
            amounts.setdefault(agg, set()).add(payload["total" if kind == "OrderCreated" else "amount"])
    assert all(len(a) == 1 for a in amounts.values())


def test_a_read_model_store_follows_its_rows(seeded: str) -> None:
    """Enum order is the lifecycle; the paid amount is the invoice's total (itself the sum of
    its lines); every event comes after the invoice was issued."""
    bad, = one(seeded, "SELECT count(*) FROM invoice_events WHERE type <> "
                       "(enum_range(NULL::invoice_event))[sequence]")
    assert bad == 0
    paid = rows(seeded, "SELECT e.data, i.total, i.id FROM invoice_events e JOIN invoices i ON i.id = e.stream_id "
                        "WHERE e.type = 'InvoicePaid'")
    assert paid and all(float(d["amount"]) == float(total) and d["invoice_id"] == i for d, total, i in paid)
    early, = one(seeded, "SELECT count(*) FROM invoice_events e JOIN invoices i ON i.id = e.stream_id "
                         "WHERE e.recorded_at <= i.issued_at")
    assert early == 0
    unsummed, = one(seeded, "SELECT count(*) FROM invoices i WHERE total <> (SELECT coalesce(sum(quantity * "
                            "unit_price), 0) FROM invoice_lines l WHERE l.invoice_id = i.id)")
    assert unsummed == 0


def test_declared_in_the_config(fresh_dsn: str, tmp_path) -> None:
    """A table whose names do not say "events" well enough is declared, with its types."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE audit_trail (id bigserial PRIMARY KEY, entity_ref bigint NOT NULL, "
                     "version int NOT NULL, action text NOT NULL, at timestamptz NOT NULL)")
    cfg = tmp_path / "seedbed.toml"
    cfg.write_text('[events]\ntable = "audit_trail"\ntypes = ["Approved", "Requested", "Paid"]\n')
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", "200", "--seed", "2", "--config", str(cfg)])
    assert res.exit_code == 0, res.output
    bad, = one(fresh_dsn, "SELECT count(*) FROM audit_trail WHERE action <> "
                          "(ARRAY['Requested', 'Approved', 'Paid'])[version]")
    assert bad == 0


def test_lifecycle_puts_creation_first() -> None:
    assert lifecycle(["PaymentCaptured", "OrderPlaced", "OrderShipped"]) == (
        "OrderPlaced", "PaymentCaptured", "OrderShipped")
    assert json.dumps(lifecycle(["a", "b"])) == '["a", "b"]'
