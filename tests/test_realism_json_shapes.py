"""JSON that fits the column (issue 10): a document its name says, not one webhook payload for all.

Before: ``request_body``, ``response_body``, ``diff`` and ``before_state`` all held ``{"event": ..., "id": ...,
"ok": true}``; ``battery`` and ``firmware`` a device's location; an invoice's ``totals`` funnel counters; a
recipe's ``steps`` product onboarding steps; ``retry_policy`` an IP and tags
(``generate/realistic/jsonshapes.py``, ``data/vocab/jsonshapes.json``).
"""

from __future__ import annotations

import json

import psycopg

from seedbed import service
from seedbed.planning.planner import PlanOptions

DDL = """
CREATE TABLE webhooks (id serial PRIMARY KEY, url text, retry_policy jsonb NOT NULL);
CREATE TABLE api_requests (id bigserial PRIMARY KEY, webhook_id int REFERENCES webhooks, request_body jsonb NOT NULL,
    response_body jsonb NOT NULL, query_params jsonb NOT NULL, error jsonb NOT NULL);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, action text, diff jsonb NOT NULL, before_state jsonb NOT NULL);
CREATE TABLE devices (id serial PRIMARY KEY, name text, battery jsonb NOT NULL, firmware jsonb NOT NULL);
CREATE TABLE experiments (id serial PRIMARY KEY, key text, variants jsonb NOT NULL, targeting jsonb NOT NULL);
CREATE TABLE invoices (id serial PRIMARY KEY, number text, totals jsonb NOT NULL, tax_breakdown jsonb NOT NULL);
CREATE TABLE recipes (id serial PRIMARY KEY, name text, steps jsonb NOT NULL, nutrition jsonb NOT NULL);
"""


def _docs(fresh_dsn: str) -> dict[str, list]:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(DDL)
    assert service.seed(fresh_dsn, PlanOptions(rows=60, seed=9)).ok
    out: dict[str, list] = {}
    with psycopg.connect(fresh_dsn) as conn:
        for table, cols in (("webhooks", "retry_policy"), ("api_requests", "request_body, response_body, query_params, error"),
                            ("audit_log", "diff, before_state"), ("devices", "battery, firmware"),
                            ("experiments", "variants, targeting"), ("invoices", "totals, tax_breakdown"),
                            ("recipes", "steps, nutrition")):
            rows = conn.execute(f"SELECT {cols} FROM {table}").fetchall()
            for i, col in enumerate(c.strip() for c in cols.split(",")):
                out[col] = [r[i] if not isinstance(r[i], str) else json.loads(r[i]) for r in rows]
    return out


def test_documents_are_what_their_names_say(fresh_dsn: str) -> None:
    d = _docs(fresh_dsn)
    assert all({"max_attempts", "backoff"} <= set(x) and 1 <= x["max_attempts"] <= 10 for x in d["retry_policy"])
    assert all({"action", "resource"} <= set(x) for x in d["request_body"])
    assert all(100 <= x["status"] < 600 and x["duration_ms"] > 0 for x in d["response_body"])
    assert sum(x["status"] < 300 for x in d["response_body"]) > len(d["response_body"]) / 2  # most succeed
    assert all({"page", "per_page"} <= set(x) for x in d["query_params"])
    assert all(x["from"] != x["to"] for doc in d["diff"] for x in doc.values() if isinstance(x, dict))
    assert all("status" in x and "updated_at" in x for x in d["before_state"])
    assert all(0 <= x["level"] <= 100 and isinstance(x["charging"], bool) for x in d["battery"])
    assert all(x["version"].count(".") == 2 for x in d["firmware"])
    assert all(isinstance(x, list) and x[0]["key"] == "control" for x in d["variants"])
    assert all(set(x["countries"]) and x["rollout_percent"] in (5, 10, 25, 50, 100) for x in d["targeting"])
    assert all(isinstance(x, list) and all({"name", "rate", "amount"} <= set(t) for t in x) for x in d["tax_breakdown"])
    assert all(isinstance(x, list) and all(isinstance(s, str) and s.endswith(".") for s in x) for x in d["steps"])
    assert all({"calories", "protein_g"} <= set(x) for x in d["nutrition"])


def test_parts_that_belong_together_agree(fresh_dsn: str) -> None:
    """An invoice's total is its subtotal plus tax; an error's message is its code's."""
    d = _docs(fresh_dsn)
    assert all(abs(x["subtotal"] + x["tax"] - x["total"]) < 0.011 for x in d["totals"])
    said = {"timeout": "timed out", "rate_limited": "Too many", "not_found": "not found", "conflict": "conflict"}
    assert all(said[x["code"]].lower() in x["message"].lower() for x in d["error"] if x["code"] in said)
