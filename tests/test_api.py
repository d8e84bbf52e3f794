"""The HTTP API over real HTTP: uvicorn on a free loopback port, every status code, one error shape.

The schemathesis run (``-m fuzz``) fuzzes the OpenAPI document and asserts no 5xx; it is bounded
(50 examples per operation) so the whole module stays well under a minute.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

fastapi = pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from seedbed.api import Limits, create_app  # noqa: E402
from seedbed.demo import example_spec  # noqa: E402
from seedbed.errors import SeedbedError  # noqa: E402

ISSUE_SPEC = example_spec()  # the JSON spec of issue 5
CYCLE_SPEC = {"count": 5, "schema": {
    "users": {"columns": {"id": "uuid", "manager_id": {"type": "foreign_key", "reference": "managers.id"}}},
    "managers": {"columns": {"id": "uuid", "owner_id": {"type": "foreign_key", "reference": "users.id"}}}}}
LIMITS = Limits(max_rows=2_000, max_tables=5, max_body=50_000)
ERROR_KEYS = set(SeedbedError("x").to_dict())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    yield from _serve(create_app(limits=LIMITS, api_key=""))


@pytest.fixture(scope="module")
def keyed_url() -> Iterator[str]:
    yield from _serve(create_app(limits=LIMITS, api_key="s3cret"))


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as c:
        yield c


def assert_error(resp: httpx.Response, status: int, code: str | None = None) -> list[dict]:
    """The one error shape: {"ok": false, "errors": [{code, message, hint, subject}, ...]}."""
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert body["ok"] is False and body["errors"]
    for item in body["errors"]:
        assert set(item) == ERROR_KEYS
        assert item["code"].startswith("SB") and item["message"]
    if code is not None:
        assert any(item["code"] == code for item in body["errors"]), body
    return body["errors"]


def test_healthz(client: httpx.Client) -> None:
    resp = client.get("/healthz")
    assert resp.status_code == 200 and resp.json()["ok"] is True


def test_generate_json_is_fk_consistent_and_deterministic(client: httpx.Client) -> None:
    resp = client.post("/v1/generate", json=ISSUE_SPEC)
    assert resp.status_code == 200, resp.text
    doc = resp.json()
    assert doc["seed"] == 7
    tables = doc["tables"]
    assert {t: len(rows) for t, rows in tables.items()} == {"users": 50, "orders": 200, "order_items": 50}
    user_ids = {u["id"] for u in tables["users"]}
    order_ids = {o["id"] for o in tables["orders"]}
    assert {o["user_id"] for o in tables["orders"]} <= user_ids
    assert {i["order_id"] for i in tables["order_items"]} <= order_ids
    assert len({u["email"] for u in tables["users"]}) == 50
    assert all(1000 <= o["total_cents"] <= 200000 and isinstance(o["total_cents"], int) for o in tables["orders"])
    assert {o["status"] for o in tables["orders"]} <= {"pending", "paid", "refunded"}
    assert client.post("/v1/generate", json=ISSUE_SPEC).content == resp.content


def test_generate_csv_and_sql(client: httpx.Client) -> None:
    one = client.post("/v1/generate", json={**ISSUE_SPEC, "format": "csv", "table": "orders"})
    assert one.status_code == 200 and one.headers["content-type"].startswith("text/csv")
    lines = one.text.splitlines()
    assert lines[0] == "id,user_id,status,total_cents" and len(lines) == 201
    zipped = client.post("/v1/generate", json={**ISSUE_SPEC, "format": "csv"})
    assert zipped.status_code == 200 and zipped.headers["content-type"] == "application/zip"
    script = client.post("/v1/generate", json={**ISSUE_SPEC, "format": "sql", "inserts": True})
    assert script.status_code == 200 and "INSERT INTO" in script.text and script.text.rstrip().endswith("COMMIT;")
    assert_error(client.post("/v1/generate", json={**ISSUE_SPEC, "format": "csv", "table": "order"}), 400, "SB101")


def test_values(client: httpx.Client) -> None:
    resp = client.post("/v1/values", json={"type": "random_int", "count": 20, "min": 3, "max": 9, "seed": 1})
    assert resp.status_code == 200, resp.text
    values = resp.json()["values"]
    assert len(values) == 20 and all(isinstance(v, int) and 3 <= v <= 9 for v in values)
    faker = client.post("/v1/values", json={"type": "date_between", "count": 5, "start_date": "-2y",
                                             "locale": "de_DE", "seed": 2})
    assert faker.status_code == 200 and len(faker.json()["values"]) == 5
    assert_error(client.post("/v1/values", json={"type": "emial", "count": 3}), 400, "SB120")


def test_400_for_an_unsatisfiable_spec(client: httpx.Client) -> None:
    errors = assert_error(client.post("/v1/generate", json=CYCLE_SPEC), 400, "SB401")
    assert "users.manager_id -> managers.id -> managers.owner_id -> users.id" in errors[0]["message"]
    assert '"nullable": true' in errors[0]["hint"]
    bad = {"schema": {"orders": {"columns": {"id": "uuid", "user_id": {"type": "foreign_key", "reference": "user.id"},
                                             "n": {"type": "random_itn"}}}}}
    errors = assert_error(client.post("/v1/generate", json=bad), 400)
    assert {e["code"] for e in errors} == {"SB101", "SB120"}  # every problem at once
    assert any("did you mean 'random_int'" in (e["hint"] or "") for e in errors)


def test_422_for_malformed_input(client: httpx.Client) -> None:
    assert_error(client.post("/v1/generate", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert_error(client.post("/v1/generate", json={"schema": 3}), 422, "SB120")
    assert_error(client.post("/v1/generate", json={**ISSUE_SPEC, "format": "xml"}), 422)
    assert_error(client.post("/v1/values", json={"count": 3}), 422)


def test_413_past_the_limits(client: httpx.Client) -> None:
    assert_error(client.post("/v1/generate", json={**ISSUE_SPEC, "count": 5000}), 413, "SB130")
    many = {"count": 1, "schema": {f"t{i}": {"columns": {"id": "uuid"}} for i in range(6)}}
    assert_error(client.post("/v1/generate", json=many), 413, "SB130")
    big = {**ISSUE_SPEC, "padding": "x" * 60_000}
    assert_error(client.post("/v1/generate", json=big), 413, "SB130")
    assert_error(client.post("/v1/values", json={"type": "uuid", "count": 10_000}), 413, "SB130")


def test_404_and_405_share_the_shape(client: httpx.Client) -> None:
    assert_error(client.get("/v2/nothing"), 404, "SB132")
    assert_error(client.get("/v1/generate"), 405, "SB133")


def test_api_key(keyed_url: str) -> None:
    with httpx.Client(base_url=keyed_url, timeout=60) as c:
        assert c.get("/healthz").status_code == 200
        assert_error(c.post("/v1/values", json={"type": "uuid", "count": 2}), 401, "SB131")
        assert_error(c.post("/v1/values", json={"type": "uuid", "count": 2}, headers={"X-API-Key": "nope"}), 401)
        ok = c.post("/v1/values", json={"type": "uuid", "count": 2}, headers={"X-API-Key": "s3cret"})
        assert ok.status_code == 200 and len(ok.json()["values"]) == 2


def test_error_shape_is_the_clis(client: httpx.Client) -> None:
    """HTTP errors carry exactly SeedbedError.to_dict(), as `--output json` and MCP do."""
    from seedbed.introspect.spec import SpecProblems, load_spec

    with pytest.raises(SpecProblems) as info:
        load_spec(CYCLE_SPEC)
    http = client.post("/v1/generate", json=CYCLE_SPEC).json()["errors"]
    assert http == info.value.to_dicts()


def test_openapi_document(client: httpx.Client) -> None:
    doc = client.get("/openapi.json").json()
    assert {"/v1/generate", "/v1/values", "/healthz"} <= set(doc["paths"])
    assert client.get("/docs").status_code == 200


# --------------------------------------------------------------------------- fuzzing

@pytest.mark.fuzz
def test_no_server_errors(base_url: str) -> None:
    """schemathesis against the OpenAPI document: valid and invalid requests, never a 5xx."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    operations = [op.ok() for op in schema.get_all_operations()]
    assert len(operations) == 3
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @settings(max_examples=50, deadline=None, derandomize=True, database=None,
                      suppress_health_check=list(HealthCheck))
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case) -> None:
                case.call_and_validate(checks=[not_a_server_error])

            try:
                run()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing invalid to send (GET /healthz)


def test_json_document_streams_valid_json(client: httpx.Client) -> None:
    empty = {"seed": 1, "schema": {"a": {"count": 0, "columns": {"id": "uuid"}}, "b": {"count": 2, "columns": {
        "note": {"type": "text", "nullable": True, "null_rate": 1.0}}}}}
    resp = client.post("/v1/generate", json=empty)
    assert resp.status_code == 200, resp.text
    assert json.loads(resp.text)["tables"] == {"a": [], "b": [{"note": None}, {"note": None}]}
