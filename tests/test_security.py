"""Issue 12, security items: consent on the host libpq really used, no password in any output,
bounded work, spec files that cannot crash the parser, MCP arguments refused with codes.

The "remote" server of the consent tests is the local PostgreSQL reached through a TCP relay
bound to this machine's non-loopback address: libpq then connects to a peer that is not
loopback, exactly as it would to another host, while the test can still count the rows.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed.cli.main import app
from seedbed.errors import SeedbedError
from seedbed.security import redact_dsn, scrub

SECRET = "S3CRETPW"
MALFORMED = [f"postgresql://u:{SECRET}@[::1/x", f"postgresql://u:{SECRET}@host:notaport/db",
             f"host=h password={SECRET} port=x", f"host=h password='{SECRET}", f"postgres://u:{SECRET}@h/db?x=%zz",
             f"postgresql://u:{SECRET}/x@[::1/x", f"user=u password = {SECRET} host=[x"]
SHOP = (Path(__file__).resolve().parents[1] / "src/seedbed/data/shop.sql").read_text()
runner = CliRunner()


# --------------------------------------------------------------------------- item 2: no password shown

@pytest.mark.parametrize("dsn", MALFORMED)
def test_redaction_is_robust_to_malformed_dsns(dsn: str) -> None:
    assert SECRET not in redact_dsn(dsn)
    assert SECRET not in scrub(f'invalid connection string "{dsn}"')
    assert SECRET not in str(SeedbedError(f"cannot use {dsn}", hint=dsn, subject=dsn).to_dict())


def test_redaction_keeps_what_helps() -> None:
    shown = redact_dsn(f"postgresql://app:{SECRET}@db.example.com:6432/shop")
    assert set(shown.split()) == {"user=app", "host=db.example.com", "port=6432", "dbname=shop"}
    assert scrub("column password is 12 characters") == "column password is 12 characters"


@pytest.mark.parametrize("dsn", MALFORMED[:3])
@pytest.mark.parametrize("output", ["text", "json"])
def test_cli_never_prints_the_password(dsn: str, output: str) -> None:
    for command in (["inspect"], ["seed", "--rows", "1"], ["verify"], ["plan"]):
        res = runner.invoke(app, [*command, "--dsn", dsn, "--output", output, "--debug"])
        assert res.exit_code in (2, 3), res.output
        assert SECRET not in res.output and SECRET not in (res.stderr if res.stderr_bytes is not None else "")


def _mcp(name: str, args: dict[str, Any]) -> Any:
    import anyio

    from seedbed.mcp_server.server import build_server

    server = build_server()
    return anyio.run(server.call_tool, name, args)


@pytest.mark.parametrize("dsn", MALFORMED[:3])
def test_mcp_never_returns_the_password(dsn: str) -> None:
    pytest.importorskip("mcp")
    for allow in (False, True):
        result = _mcp("inspect_schema", {"dsn": dsn, "allow_remote": allow})
        assert result.is_error
        assert SECRET not in result.content[0].text and SECRET not in json.dumps(result.structured_content)


# --------------------------------------------------------------------------- item 1: consent on the real host

def _outbound_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    for probe in ("192.0.2.1", "10.255.255.255", "203.0.113.1"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))
                addr = s.getsockname()[0]
        except OSError:
            continue
        if not addr.startswith("127.") and addr != "0.0.0.0":
            return addr
    return None


class Relay:
    """A TCP relay on ``addr``: every connection is piped to the PostgreSQL at ``target``."""

    def __init__(self, addr: str, target: tuple[str, int]) -> None:
        self.target = target
        self.sock = socket.socket()
        self.sock.bind((addr, 0))
        self.sock.listen(16)
        self.addr, self.port = self.sock.getsockname()[:2]
        self.open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()
        for s in self.open:
            s.close()


@pytest.fixture
def remote(fresh_dsn: str) -> Iterator[tuple[Relay, dict[str, str]]]:
    """(relay, conninfo of the fresh database) with the shop schema loaded."""
    pytest.importorskip("mcp")
    params = psycopg.conninfo.conninfo_to_dict(fresh_dsn)
    host = str(params.get("host") or "127.0.0.1")
    if host.startswith("/") or host == "localhost":
        host = "127.0.0.1"
    addr = _outbound_address()
    if addr is None:
        pytest.skip("this machine has no non-loopback address to stand in for a remote host")
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(SHOP)
    relay = Relay(addr, (host, int(params.get("port") or 5432)))
    try:
        yield relay, {k: str(v) for k, v in params.items()}
    finally:
        relay.close()


def _users(fresh_dsn: str) -> int:
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM users").fetchone()[0]


def _assert_refused(result: Any) -> None:
    assert result.is_error, result.structured_content
    assert [e["code"] for e in result.structured_content["errors"]] == ["SB150"]


def test_consent_follows_a_service_file(remote, fresh_dsn: str, tmp_path: Path, monkeypatch) -> None:
    relay, params = remote
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[remote]\nhost={relay.addr}\nport={relay.port}\ndbname={params['dbname']}\n"
                       f"user={params.get('user', 'postgres')}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    for tool in ("seed_database", "inspect_schema", "plan_seed", "verify_database"):
        _assert_refused(_mcp(tool, {"dsn": "service=remote"}))
    assert _users(fresh_dsn) == 0
    done = _mcp("seed_database", {"dsn": "service=remote", "rows": 3, "allow_remote": True})
    assert not done.is_error and _users(fresh_dsn) == 3  # the relay works: the refusal was consent


@pytest.mark.parametrize("variable", ["PGHOST", "PGHOSTADDR"])
def test_consent_follows_pg_environment(remote, fresh_dsn: str, monkeypatch, variable: str) -> None:
    relay, params = remote
    monkeypatch.setenv(variable, relay.addr)
    monkeypatch.setenv("PGPORT", str(relay.port))
    dsn = f"dbname={params['dbname']} user={params.get('user', 'postgres')}"
    if variable == "PGHOSTADDR":
        dsn += " host=localhost"  # the text says localhost; libpq connects to PGHOSTADDR
    _assert_refused(_mcp("seed_database", {"dsn": dsn, "rows": 3}))
    monkeypatch.delenv(variable)
    monkeypatch.delenv("PGPORT")
    assert _users(fresh_dsn) == 0


def test_local_connections_are_local(fresh_dsn: str) -> None:
    from seedbed.security import connection_is_local

    with psycopg.connect(fresh_dsn) as conn:
        assert connection_is_local(conn)


# --------------------------------------------------------------------------- item 3: rows past a limit

@pytest.mark.parametrize("rows", ["1000000000000", "1000000000000000000000"])
def test_huge_row_counts_are_refused_before_any_work(db, fresh_dsn: str, rows: str) -> None:
    db.execute(SHOP)
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", rows, "--output", "json"])
    assert res.exit_code == 2, res.output
    assert json.loads(res.stdout)["errors"][0]["code"] == "SB130"
    assert db.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", "5", "--max-rows", "10"])
    assert res.exit_code == 2 and "--max-rows" in res.output


def test_huge_spec_counts_are_refused(tmp_path: Path) -> None:
    spec = tmp_path / "s.json"
    spec.write_text(json.dumps({"count": 10**9, "schema": {"a": {"columns": {"id": "uuid"}},
                                                            "b": {"columns": {"id": "uuid"}}}}))
    res = runner.invoke(app, ["generate", str(spec), "--out", str(tmp_path / "o"), "--output", "json"])
    assert res.exit_code == 2 and json.loads(res.stdout)["errors"][0]["code"] == "SB130"
    assert not list((tmp_path / "o").glob("*")) if (tmp_path / "o").exists() else True


def test_mcp_refuses_huge_counts(db, fresh_dsn: str) -> None:
    pytest.importorskip("mcp")
    db.execute(SHOP)
    result = _mcp("seed_database", {"dsn": fresh_dsn, "rows": 10**12})
    assert result.is_error and result.structured_content["errors"][0]["code"] == "SB130"


# --------------------------------------------------------------------------- item 9: spec files

@pytest.mark.parametrize("text", [
    '{"count": ' + "9" * 5000 + ', "schema": {"u": {"columns": {"id": "uuid"}}}}',
    "[" * 100_000 + "]" * 100_000,
    '{"count": 5, "schema": {"u": {"columns": {"id": ' + '{"a":' * 5000 + "1" + "}" * 5000 + "}}}}",
    b'{"count": 5, "schema": {"u\xff": {"columns": {"id": "uuid"}}}}',
])
def test_hostile_spec_files_are_coded_errors(tmp_path: Path, text: str | bytes) -> None:
    spec = tmp_path / "s.json"
    spec.write_bytes(text if isinstance(text, bytes) else text.encode())
    res = runner.invoke(app, ["generate", str(spec), "--out", str(tmp_path / "o"), "--output", "json"])
    assert res.exit_code == 2, res.output
    assert json.loads(res.stdout)["errors"][0]["code"] == "SB120"


@pytest.mark.parametrize("body", [
    '{"count": ' + "9" * 5000 + ', "schema": {"u": {"columns": {"id": "uuid"}}}}',
    "[" * 50_000 + "]" * 50_000,
    '{"count": 5, "schema": {"u": {"columns": {"id": ' + '{"a":' * 5000 + "1" + "}" * 5000 + "}}}}",
])
def test_api_answers_422_sb120_to_unparseable_bodies(body: str) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from seedbed.api import create_app

    client = TestClient(create_app(api_key=""), raise_server_exceptions=False)
    resp = client.post("/v1/generate", content=body, headers={"content-type": "application/json"})
    assert resp.status_code == 422, resp.text
    assert resp.json()["errors"][0]["code"] == "SB120"


# --------------------------------------------------------------------------- item 10: MCP arguments

ERROR_KEYS = {"code", "message", "hint", "subject"}
TINY_SPEC = {"count": 3, "schema": {"u": {"columns": {"id": "uuid"}}}}


def _coded(result: Any, code: str) -> list[dict]:
    assert result.is_error
    body = result.structured_content
    assert json.loads(result.content[0].text) == body
    assert body["ok"] is False and all(set(e) == ERROR_KEYS for e in body["errors"])
    assert [e["code"] for e in body["errors"]] == [code] * len(body["errors"]), body
    return body["errors"]


def test_mcp_refuses_unknown_arguments() -> None:
    pytest.importorskip("mcp")
    errors = _coded(_mcp("generate_data", {"spec": TINY_SPEC, "scope": "x" * 1_000_000}), "SB103")
    assert errors[0]["subject"] == "scope"
    assert "did you mean 'seed'" in _coded(_mcp("generate_data", {"spec": TINY_SPEC, "sed": 1}), "SB103")[0]["hint"]


@pytest.mark.parametrize("args", [{"rows": -5}, {"rows_per_table": {"users": -1}}, {"seed": -1},
                                  {"rows": "many"}, {"tables": 5}])
def test_mcp_validation_errors_are_coded(args: dict) -> None:
    pytest.importorskip("mcp")
    errors = _coded(_mcp("plan_seed", {"dsn": "postgresql://postgres@127.0.0.1/x", **args}), "SB100")
    assert errors[0]["subject"].split(".")[0] in args


def test_mcp_file_errors_are_coded(tmp_path: Path) -> None:
    pytest.importorskip("mcp")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    errors = _coded(_mcp("generate_data", {"spec": TINY_SPEC, "format": "csv", "out_dir": str(blocker / "x")}),
                    "SB100")
    assert "out_dir" in errors[0]["hint"]
