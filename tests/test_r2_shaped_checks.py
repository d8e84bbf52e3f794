"""CHECKs on the inside of values (helper r2, session 17): a JSON document's keys and types, an
address's network, a value's check digit computed by one of the schema's own functions.

Each schema is a small one of another domain than the robustness bench's; every row is loaded (the
database checks every CHECK) and the forms are restated here in Python.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import psycopg

from seedbed import service
from seedbed.model import Check, Column, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.planner import PlanOptions
from seedbed.solve.checks import fold_table
from seedbed.solve.inline import SqlFunction, function_body, inline
from seedbed.solve.shapes import JsonShape, NetShape, column_shape

DATA = Path(__file__).parent / "data"


def _seed(dsn: str, ddl: str, rows: int = 200) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)
    result = service.seed(dsn, PlanOptions(rows=rows, seed=7))
    assert result.ok, result.verify


def _gtin8(code: str) -> bool:
    return len(code) == 8 and code.isdigit() and \
        sum(int(d) * (3 if k % 2 == 1 else 1) for k, d in enumerate(code, start=1)) % 10 == 0


def test_checksum_functions_unique_and_self_referenced_keys(fresh_dsn: str) -> None:
    """A UNIQUE check-digit code and a primary key a self-FK references, both validated by SQL functions
    (one a weighted mod-10 sum, one mod 7 over part of the code), and a mod-97 CHECK written inline."""
    _seed(fresh_dsn, (DATA / "r2_heldout_checksums.sql").read_text())
    with psycopg.connect(fresh_dsn) as conn:
        gtins = [r[0] for r in conn.execute("SELECT gtin FROM pallet_products")]
        staff = conn.execute("SELECT badge, supervisor FROM warehouse_staff").fetchall()
        plates = [r[0] for r in conn.execute("SELECT plate FROM forklifts")]
    assert len(gtins) == len(set(gtins)) == 200 and all(_gtin8(g) for g in gtins)
    badges = {b for b, _ in staff}
    assert len(badges) == 200
    assert all(int(b[4:9]) % 7 == int(b[9]) for b in badges)
    assert sum(s is not None for _, s in staff) > 50 and all(s is None or s in badges for _, s in staff)
    assert len(set(plates)) == 200


def test_function_bodies_are_inlined_for_the_folder() -> None:
    body = function_body("SELECT s ~ '^K[0-9]{6}$' AND (SELECT sum(x) FROM generate_series(1, 3) x) > 0")
    assert body is not None and function_body("SELECT 1 FROM t") is None
    assert function_body("RETURN (t ~ '^[A-Z]{3}$'::text)") == "t ~ CAST('^[A-Z]{3}$' AS text)"
    fns = {("ops.code_ok", 1): SqlFunction(name="ops.code_ok", params=("s",), body=body)}
    text = inline("ops.code_ok((ticket)::text) AND length(ticket) = 7", fns)
    assert text is not None and "ticket" in text and "code_ok" not in text
    col = Column(name="ticket", type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
    table = Table(name=QualifiedName(schema="public", name="t"), columns=(col,),
                  checks=(Check(name="c", expression="ops.code_ok((ticket)::text)", columns=("ticket",), inlined=text),))
    domains = fold_table(table)
    assert domains.column("ticket").patterns == ("^K[0-9]{6}$",)
    assert [c.name for c in domains.residual] == ["c"]  # the database still runs the function


def _table(cols: dict[str, TypeKind], *checks: str) -> Table:
    columns = tuple(Column(name=n, type=ColumnType(kind=k, sql_name=k.value), nullable=True) for n, k in cols.items())
    return Table(name=QualifiedName(schema="public", name="t"), columns=columns,
                 checks=tuple(Check(name=f"c{i}", expression=e, columns=tuple(cols)) for i, e in enumerate(checks)))


def test_shapes_read_from_checks() -> None:
    t = _table({"doc": TypeKind.JSONB, "kind": TypeKind.TEXT},
               "jsonb_typeof(doc) = 'object'::text AND doc ?& ARRAY['a'::text, 'b'::text]",
               "kind <> 'x'::text OR jsonb_typeof(doc -> 'n'::text) = 'number'::text",
               "NOT (doc ? 'secret'::text)", "doc @> '{\"live\": true}'::jsonb")
    shape = column_shape(t, "doc", "json")
    assert isinstance(shape, JsonShape)
    assert shape.container == "object" and shape.keys == {"a": None, "b": None, "n": "number"}
    assert shape.forbidden == {"secret"} and shape.contains == [{"live": True}]
    n = _table({"ip": TypeKind.INET}, "ip << '10.20.0.0/16'::inet", "family(ip) = 4")
    net = column_shape(n, "ip", "net")
    assert isinstance(net, NetShape) and net.family == 4
    assert net.within == [(ipaddress.ip_network("10.20.0.0/16"), True)]


def test_json_documents_take_the_keys_their_checks_name(fresh_dsn: str) -> None:
    _seed(fresh_dsn, (DATA / "r2_heldout_json.sql").read_text())
    with psycopg.connect(fresh_dsn) as conn:
        parcels = conn.execute("SELECT sender, dims, labels, service, handling FROM parcels").fetchall()
        visits = conn.execute("SELECT species, vitals FROM vet_visits").fetchall()
    assert len(parcels) == 200
    for sender, dims, labels, service_, handling in parcels:
        assert {"name", "street", "city"} <= set(sender) and isinstance(sender["name"], str)
        assert dims is None or isinstance(dims["weight_kg"], (int, float))
        assert isinstance(labels, list) and 1 <= len(labels) <= 4
        assert {"express", "economy"} & set(service_)
        assert handling["fragile"] is False and "internal_note" not in handling
    # the nullable document is not left NULL to dodge its CHECK
    assert sum(d is not None for _, d, _, _, _ in parcels) > 100
    # the key asked of dogs' documents does not take the dogs away
    assert sum(s == "dog" for s, _ in visits) > 20 and all("heart_rate" in v for s, v in visits if s == "dog")


def test_addresses_inside_the_networks_their_checks_name(fresh_dsn: str) -> None:
    _seed(fresh_dsn, (DATA / "r2_heldout_inet.sql").read_text())
    lan, up = ipaddress.ip_network("192.168.40.0/22"), ipaddress.ip_network("172.20.0.0/16")
    with psycopg.connect(fresh_dsn) as conn:
        cams = conn.execute("SELECT address, mgmt_v6, uplink FROM cameras").fetchall()
        vlans = conn.execute("SELECT subnet, gateway FROM vlans").fetchall()
    assert len({a for a, _, _ in cams}) == 200
    assert all(a in lan and a != lan.network_address and u in up for a, _, u in cams)
    assert all(m is None or m.version == 6 for _, m, _ in cams) and any(m is not None for _, m, _ in cams)
    assert len({s for s, _ in vlans}) == 200 and all(s.version == 4 and 20 <= s.prefixlen <= 26 for s, _ in vlans)
    assert sum(g is not None for _, g in vlans) > 100


SUPERSEDED = """
CREATE TABLE firmware_builds (
    build_code  char(9) PRIMARY KEY CHECK (build_code ~ '^FW[0-9]{7}$'),
    supersedes  char(9) UNIQUE REFERENCES firmware_builds(build_code),
    notes       text,
    CHECK (supersedes IS NULL OR supersedes <> build_code)
);
"""


def test_a_unique_self_reference_points_at_each_row_once(fresh_dsn: str) -> None:
    """A build supersedes at most one earlier build, and each build is superseded at most once."""
    _seed(fresh_dsn, SUPERSEDED)
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT build_code, supersedes FROM firmware_builds").fetchall()
    refs = [s for _, s in rows if s is not None]
    assert len(rows) == 200 and len(refs) > 100 and len(refs) == len(set(refs))
