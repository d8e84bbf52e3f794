"""The encoder's real test: PostgreSQL must accept every generated row through COPY.

One table holds a column of every type kind (arrays, domains, enums, ranges, geometry, hstore,
xml, text search, ...); 2,000 rows per column are generated from hand-built ``ColumnType``s,
encoded and copied in. A second table adds UNIQUE constraints and is filled in two separately
generated chunks, so the server checks uniqueness across chunks. A third mirrors CHECK
constraints in hand-built ``ColumnDomain``s, so the server checks that domains are honoured.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import numpy as np
import psycopg
import pytest
from psycopg import sql

from seedbed.generate.values import ColumnData, GenRequest, encode, generate
from seedbed.model import Bound, Column, ColumnDomain, ColumnType, DomainType, QualifiedName, TypeKind

K = TypeKind
ROWS = 2000


def T(kind: TypeKind, sql_name: str, **kw: object) -> ColumnType:
    return ColumnType(kind=kind, sql_name=sql_name, **kw)  # type: ignore[arg-type]


def arr(t: ColumnType, dims: int = 1) -> ColumnType:
    return ColumnType(kind=t.kind, sql_name=t.sql_name + "[]" * dims, base_name=t.base_name, bits=t.bits,
                      length=t.length, fixed_length=t.fixed_length, precision=t.precision, scale=t.scale,
                      enum_labels=t.enum_labels, array_dims=dims, range_subtype=t.range_subtype,
                      domain=t.domain)


INT4 = T(K.INTEGER, "integer", base_name="int4", bits=32)
MOOD = T(K.ENUM, "mood", base_name="mood", enum_labels=("sad", "ok", "happy", "ecstatic"))
NUM52 = T(K.NUMERIC, "numeric(5,2)", base_name="numeric", precision=5, scale=2)
TSTZ = T(K.TIMESTAMPTZ, "timestamp with time zone", base_name="timestamptz")
POSINT = T(K.INTEGER, "posint", base_name="int4", bits=32,
           domain=DomainType(name=QualifiedName(schema="public", name="posint"), not_null=True))
CODE = T(K.TEXT, "code", base_name="text",
         domain=DomainType(name=QualifiedName(schema="public", name="code")))
BIT4 = T(K.BIT, "bit(4)", base_name="bit", length=4, fixed_length=True)
INT4RANGE = T(K.RANGE, "int4range", base_name="int4range", range_subtype=INT4)
QCHAR = T(K.CHAR, '"char"', base_name="char")
POINT = T(K.POINT, "point", base_name="point")
BOX = T(K.BOX, "box", base_name="box")

# (column name, SQL type, ColumnType, ColumnDomain)
COLUMNS: list[tuple[str, str, ColumnType, ColumnDomain]] = [
    ("c_int2", "smallint", T(K.INTEGER, "smallint", base_name="int2", bits=16), ColumnDomain()),
    ("c_int4", "integer", INT4, ColumnDomain()),
    ("c_int8", "bigint", T(K.INTEGER, "bigint", base_name="int8", bits=64), ColumnDomain()),
    ("c_numeric", "numeric", T(K.NUMERIC, "numeric", base_name="numeric"), ColumnDomain()),
    ("c_num52", "numeric(5,2)", NUM52, ColumnDomain()),
    ("c_num30", "numeric(3,0)", T(K.NUMERIC, "numeric(3,0)", base_name="numeric", precision=3, scale=0),
     ColumnDomain()),
    ("c_float4", "real", T(K.FLOAT, "real", base_name="float4", bits=32), ColumnDomain()),
    ("c_float8", "double precision", T(K.FLOAT, "double precision", base_name="float8", bits=64),
     ColumnDomain()),
    ("c_money", "money", T(K.MONEY, "money", base_name="money"), ColumnDomain()),
    ("c_text", "text", T(K.TEXT, "text", base_name="text"), ColumnDomain()),
    ("c_varchar5", "varchar(5)", T(K.TEXT, "character varying(5)", base_name="varchar", length=5),
     ColumnDomain()),
    ("c_char3", "char(3)", T(K.TEXT, "character(3)", base_name="bpchar", length=3, fixed_length=True),
     ColumnDomain()),
    ("c_citext", "citext", T(K.TEXT, "citext", base_name="citext", case_insensitive=True), ColumnDomain()),
    ("c_name", "name", T(K.TEXT, "name", base_name="name", length=63), ColumnDomain()),
    ("c_qchar", '"char"', QCHAR, ColumnDomain()),
    ("c_bool", "boolean", T(K.BOOL, "boolean", base_name="bool"), ColumnDomain()),
    ("c_uuid", "uuid", T(K.UUID, "uuid", base_name="uuid"), ColumnDomain()),
    ("c_bytea", "bytea", T(K.BYTEA, "bytea", base_name="bytea"), ColumnDomain()),
    ("c_date", "date", T(K.DATE, "date", base_name="date"), ColumnDomain()),
    ("c_time", "time", T(K.TIME, "time without time zone", base_name="time"), ColumnDomain()),
    ("c_time0", "time(0)", T(K.TIME, "time(0) without time zone", base_name="time", precision=0),
     ColumnDomain()),
    ("c_timetz", "timetz", T(K.TIMETZ, "time with time zone", base_name="timetz"), ColumnDomain()),
    ("c_ts", "timestamp", T(K.TIMESTAMP, "timestamp without time zone", base_name="timestamp"),
     ColumnDomain()),
    ("c_ts3", "timestamp(3)", T(K.TIMESTAMP, "timestamp(3) without time zone", base_name="timestamp",
                                precision=3), ColumnDomain()),
    ("c_tstz", "timestamptz", TSTZ, ColumnDomain()),
    ("c_interval", "interval", T(K.INTERVAL, "interval", base_name="interval"), ColumnDomain()),
    ("c_interval_day", "interval day", T(K.INTERVAL, "interval day", base_name="interval"), ColumnDomain()),
    ("c_json", "json", T(K.JSON, "json", base_name="json"), ColumnDomain()),
    ("c_jsonb", "jsonb", T(K.JSONB, "jsonb", base_name="jsonb"), ColumnDomain()),
    ("c_enum", "mood", MOOD, ColumnDomain()),
    ("c_inet", "inet", T(K.INET, "inet", base_name="inet"), ColumnDomain()),
    ("c_cidr", "cidr", T(K.CIDR, "cidr", base_name="cidr"), ColumnDomain()),
    ("c_macaddr", "macaddr", T(K.MACADDR, "macaddr", base_name="macaddr"), ColumnDomain()),
    ("c_macaddr8", "macaddr8", T(K.MACADDR8, "macaddr8", base_name="macaddr8"), ColumnDomain()),
    ("c_bit4", "bit(4)", BIT4, ColumnDomain()),
    ("c_varbit6", "varbit(6)", T(K.VARBIT, "bit varying(6)", base_name="varbit", length=6), ColumnDomain()),
    ("c_varbit", "varbit", T(K.VARBIT, "bit varying", base_name="varbit"), ColumnDomain()),
    ("c_tsvector", "tsvector", T(K.TSVECTOR, "tsvector", base_name="tsvector"), ColumnDomain()),
    ("c_tsquery", "tsquery", T(K.TSQUERY, "tsquery", base_name="tsquery"), ColumnDomain()),
    ("c_int4range", "int4range", INT4RANGE, ColumnDomain()),
    ("c_int8range", "int8range", T(K.RANGE, "int8range", base_name="int8range"), ColumnDomain()),
    ("c_numrange", "numrange", T(K.RANGE, "numrange", base_name="numrange"), ColumnDomain()),
    ("c_daterange", "daterange", T(K.RANGE, "daterange", base_name="daterange"), ColumnDomain()),
    ("c_tsrange", "tsrange", T(K.RANGE, "tsrange", base_name="tsrange"), ColumnDomain()),
    ("c_tstzrange", "tstzrange", T(K.RANGE, "tstzrange", base_name="tstzrange", range_subtype=TSTZ),
     ColumnDomain()),
    ("c_floatrange", "floatrange", T(K.RANGE, "floatrange", base_name="floatrange",
                                     range_subtype=T(K.FLOAT, "double precision", base_name="float8",
                                                     bits=64)), ColumnDomain()),
    ("c_int4multirange", "int4multirange", T(K.MULTIRANGE, "int4multirange", base_name="int4multirange",
                                             range_subtype=INT4), ColumnDomain()),
    ("c_datemultirange", "datemultirange", T(K.MULTIRANGE, "datemultirange", base_name="datemultirange"),
     ColumnDomain()),
    ("c_tstzmultirange", "tstzmultirange", T(K.MULTIRANGE, "tstzmultirange", base_name="tstzmultirange"),
     ColumnDomain()),
    ("c_point", "point", POINT, ColumnDomain()),
    ("c_line", "line", T(K.LINE, "line", base_name="line"), ColumnDomain()),
    ("c_lseg", "lseg", T(K.LSEG, "lseg", base_name="lseg"), ColumnDomain()),
    ("c_box", "box", BOX, ColumnDomain()),
    ("c_path", "path", T(K.PATH, "path", base_name="path"), ColumnDomain()),
    ("c_polygon", "polygon", T(K.POLYGON, "polygon", base_name="polygon"), ColumnDomain()),
    ("c_circle", "circle", T(K.CIRCLE, "circle", base_name="circle"), ColumnDomain()),
    ("c_hstore", "hstore", T(K.HSTORE, "hstore", base_name="hstore"), ColumnDomain()),
    ("c_xml", "xml", T(K.XML, "xml", base_name="xml"), ColumnDomain()),
    ("c_oid", "oid", T(K.OID, "oid", base_name="oid"), ColumnDomain()),
    ("c_posint", "posint", POSINT, ColumnDomain(not_null=True, low=Bound(value=0, inclusive=False),
                                                high=Bound(value=1000, inclusive=False))),
    ("c_code", "code", CODE, ColumnDomain(patterns=(r"^[A-Z]{3}-[0-9]{4}$",))),
    ("c_int_arr", "integer[]", arr(INT4), ColumnDomain()),
    ("c_int_arr2", "integer[][]", arr(INT4, 2), ColumnDomain()),
    ("c_text_arr", "text[]", arr(T(K.TEXT, "text", base_name="text")), ColumnDomain()),
    ("c_varchar_arr", "varchar(5)[]", arr(T(K.TEXT, "character varying(5)", base_name="varchar", length=5)),
     ColumnDomain()),
    ("c_uuid_arr", "uuid[]", arr(T(K.UUID, "uuid", base_name="uuid")), ColumnDomain()),
    ("c_tstz_arr", "timestamptz[]", arr(TSTZ), ColumnDomain()),
    ("c_bytea_arr", "bytea[]", arr(T(K.BYTEA, "bytea", base_name="bytea")), ColumnDomain()),
    ("c_enum_arr", "mood[]", arr(MOOD), ColumnDomain()),
    ("c_num_arr", "numeric(5,2)[]", arr(NUM52), ColumnDomain()),
    ("c_bool_arr", "boolean[]", arr(T(K.BOOL, "boolean", base_name="bool")), ColumnDomain()),
    ("c_date_arr", "date[]", arr(T(K.DATE, "date", base_name="date")), ColumnDomain()),
    ("c_interval_arr", "interval[]", arr(T(K.INTERVAL, "interval", base_name="interval")), ColumnDomain()),
    ("c_inet_arr", "inet[]", arr(T(K.INET, "inet", base_name="inet")), ColumnDomain()),
    ("c_bit_arr", "bit(4)[]", arr(BIT4), ColumnDomain()),
    ("c_range_arr", "int4range[]", arr(INT4RANGE), ColumnDomain()),
    ("c_json_arr", "jsonb[]", arr(T(K.JSONB, "jsonb", base_name="jsonb")), ColumnDomain()),
    ("c_hstore_arr", "hstore[]", arr(T(K.HSTORE, "hstore", base_name="hstore")), ColumnDomain()),
    ("c_xml_arr", "xml[]", arr(T(K.XML, "xml", base_name="xml")), ColumnDomain()),
    ("c_point_arr", "point[]", arr(POINT), ColumnDomain()),
    ("c_box_arr", "box[]", arr(BOX), ColumnDomain()),
    ("c_qchar_arr", '"char"[]', arr(QCHAR), ColumnDomain()),
    ("c_tsvector_arr", "tsvector[]", arr(T(K.TSVECTOR, "tsvector", base_name="tsvector")), ColumnDomain()),
    ("c_code_arr", "code[]", arr(CODE), ColumnDomain(patterns=(r"^[A-Z]{3}-[0-9]{4}$",))),
    ("c_posint_arr", "posint[]", arr(POSINT), ColumnDomain(low=Bound(value=0, inclusive=False),
                                                           high=Bound(value=1000, inclusive=False))),
]

#: Columns left out of the UNIQUE table: no btree equality (json, geometry, xml) or fewer
#: distinct values than rows (bool, enum, "char", bit(4), varbit(6), numeric(3,0), posint).
NOT_UNIQUE_ABLE = {
    "c_json", "c_point", "c_line", "c_lseg", "c_box", "c_path", "c_polygon", "c_circle", "c_xml",
    "c_bool", "c_enum", "c_qchar", "c_bit4", "c_varbit6", "c_num30", "c_posint", "c_point_arr",
    "c_box_arr", "c_xml_arr", "c_bool_arr", "c_enum_arr", "c_qchar_arr", "c_bit_arr", "c_posint_arr",
}


SETUP = [
    "CREATE EXTENSION IF NOT EXISTS hstore",
    "CREATE EXTENSION IF NOT EXISTS citext",
    "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic')",
    "CREATE DOMAIN posint AS integer NOT NULL CHECK (VALUE > 0 AND VALUE < 1000)",
    r"CREATE DOMAIN code AS text CHECK (VALUE ~ '^[A-Z]{3}-[0-9]{4}$')",
    "CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi)",
]


def _setup(db: psycopg.Connection) -> None:
    for stmt in SETUP:
        db.execute(stmt)


def _create(db: psycopg.Connection, table: str, columns: list[tuple[str, str]], unique: bool = False) -> None:
    parts = [sql.SQL("{} {}{}").format(sql.Identifier(name), sql.SQL(sqltype),
                                       sql.SQL(" UNIQUE" if unique else ""))
             for name, sqltype in columns]
    db.execute(sql.SQL("CREATE TABLE {} ({})").format(sql.Identifier(table), sql.SQL(", ").join(parts)))


def _copy(db: psycopg.Connection, table: str, names: list[str], cells: list[list[str]]) -> None:
    text = "".join("\t".join(row) + "\n" for row in zip(*cells, strict=True))
    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, names)))
    with db.cursor() as cur, cur.copy(stmt) as cp:
        cp.write(text)


def _count(db: psycopg.Connection, table: str) -> int:
    row = db.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()
    assert row is not None
    return int(row[0])


def test_every_kind_is_accepted(db: psycopg.Connection) -> None:
    _setup(db)
    _create(db, "t", [(name, sqltype) for name, sqltype, _, _ in COLUMNS])
    cells = []
    for i, (name, _, ctype, domain) in enumerate(COLUMNS):
        col = Column(name=name, type=ctype, nullable=not domain.not_null)
        req = GenRequest(column=col, domain=domain, index=np.arange(ROWS, dtype=np.int64), null_rate=0.1)
        cells.append(encode(ctype, generate(req, np.random.default_rng(i))))
    _copy(db, "t", [c[0] for c in COLUMNS], cells)
    assert _count(db, "t") == ROWS
    # NULLs where asked, none where the domain forbids them
    row = db.execute("SELECT count(*) FILTER (WHERE c_text IS NULL), count(*) FILTER (WHERE c_posint IS NULL)"
                     " FROM t").fetchone()
    assert row is not None and 100 < row[0] < 320 and row[1] == 0


def test_unique_columns_are_unique_across_chunks(db: psycopg.Connection) -> None:
    _setup(db)
    cols = [c for c in COLUMNS if c[0] not in NOT_UNIQUE_ABLE]
    _create(db, "u", [(name, sqltype) for name, sqltype, _, _ in cols], unique=True)
    for lo, hi in ((0, ROWS // 2), (ROWS // 2, ROWS)):
        cells = []
        for name, _, ctype, domain in cols:
            col = Column(name=name, type=ctype, nullable=False)
            req = GenRequest(column=col, domain=domain, index=np.arange(lo, hi, dtype=np.int64), unique=True,
                             table_rows=ROWS)
            cells.append(encode(ctype, generate(req, np.random.default_rng(lo))))
        _copy(db, "u", [c[0] for c in cols], cells)
    assert _count(db, "u") == ROWS


def test_unique_without_table_rows(db: psycopg.Connection) -> None:
    """``table_rows=0``: coarse grids assume many rows; chunks still never collide."""
    _setup(db)
    cols = [c for c in COLUMNS if c[0] in ("c_int4", "c_tstz", "c_time", "c_date", "c_text", "c_varchar5",
                                           "c_uuid", "c_num52", "c_code", "c_inet", "c_cidr", "c_bytea")]
    _create(db, "u", [(name, sqltype) for name, sqltype, _, _ in cols], unique=True)
    for lo, hi in ((0, 700), (700, 1400)):
        cells = []
        for name, _, ctype, domain in cols:
            col = Column(name=name, type=ctype, nullable=False)
            req = GenRequest(column=col, domain=domain, index=np.arange(lo, hi, dtype=np.int64), unique=True)
            cells.append(encode(ctype, generate(req, np.random.default_rng(3))))
        _copy(db, "u", [c[0] for c in cols], cells)
    assert _count(db, "u") == 1400


CHECKED = """
CREATE TABLE orders (
    qty integer CHECK (qty BETWEEN 1 AND 5),
    price numeric(6,2) CHECK (price > 0 AND price <= 20),
    ratio real CHECK (ratio > 0 AND ratio < 0.001),
    status text CHECK (status IN ('new', 'paid', 'shipped')),
    sku varchar(12) CHECK (sku ~ '^[A-Z]{2}[0-9]{3,5}$' AND length(sku) >= 6),
    email text CHECK (email LIKE '%@%.%' AND email = lower(email)),
    handle text UNIQUE CHECK (handle <> '' AND handle = lower(handle) AND length(handle) <= 8),
    placed_at timestamptz CHECK (placed_at >= '2024-01-01' AND placed_at < '2024-02-01'),
    shipped_at timestamptz,
    due date CHECK (due > '2030-06-01'),
    slot time CHECK (slot BETWEEN '09:00' AND '17:00'),
    kind text CHECK (kind IN ('a', 'b') OR kind ~ '^x[0-9]$'),
    level integer CHECK (level <> 3 AND level <> 4 AND level BETWEEN 1 AND 6),
    tag text CHECK (tag NOT IN ('Amber', 'River')),
    CHECK (shipped_at >= placed_at)
)
"""

CHECKED_DOMAINS: dict[str, tuple[ColumnType, ColumnDomain]] = {
    "qty": (INT4, ColumnDomain(low=Bound(value=1), high=Bound(value=5))),
    "price": (T(K.NUMERIC, "numeric(6,2)", precision=6, scale=2),
              ColumnDomain(low=Bound(value=Decimal(0), inclusive=False), high=Bound(value=Decimal(20)))),
    "ratio": (T(K.FLOAT, "real", bits=32),
              ColumnDomain(low=Bound(value=Decimal(0), inclusive=False),
                           high=Bound(value=Decimal("0.001"), inclusive=False))),
    "status": (T(K.TEXT, "text"), ColumnDomain(allowed=("new", "paid", "shipped"))),
    "sku": (T(K.TEXT, "character varying(12)", length=12),
            ColumnDomain(patterns=("^[A-Z]{2}[0-9]{3,5}$",), min_length=6)),
    "email": (T(K.TEXT, "text"), ColumnDomain(likes=("%@%.%",), lowercase=True)),
    "handle": (T(K.TEXT, "text"), ColumnDomain(excluded=("",), lowercase=True, max_length=8, nonblank=True)),
    "placed_at": (TSTZ, ColumnDomain(low=Bound(value=datetime(2024, 1, 1, tzinfo=UTC)),
                                     high=Bound(value=datetime(2024, 2, 1, tzinfo=UTC), inclusive=False))),
    "shipped_at": (TSTZ, ColumnDomain()),
    "due": (T(K.DATE, "date"), ColumnDomain(low=Bound(value=date(2030, 6, 1), inclusive=False))),
    "slot": (T(K.TIME, "time without time zone"),
             ColumnDomain(low=Bound(value="09:00"), high=Bound(value="17:00"))),
    "kind": (T(K.TEXT, "text"), ColumnDomain(alternatives=(ColumnDomain(allowed=("a", "b")),
                                                           ColumnDomain(patterns=("^x[0-9]$",))))),
    "level": (INT4, ColumnDomain(excluded=(3, 4), low=Bound(value=1), high=Bound(value=6))),
    "tag": (T(K.TEXT, "text"), ColumnDomain(excluded=("Amber", "River"))),
}


def test_domains_are_honoured_by_the_server(db: psycopg.Connection) -> None:
    db.execute(CHECKED)
    cells: dict[str, list[str]] = {}
    raw: dict[str, ColumnData] = {}
    for chunk, (lo, hi) in enumerate(((0, 1000), (1000, 2000))):
        for name, (ctype, domain) in CHECKED_DOMAINS.items():
            col = Column(name=name, type=ctype)
            req = GenRequest(column=col, domain=domain, index=np.arange(lo, hi, dtype=np.int64),
                             unique=name == "handle", table_rows=2000,
                             low=raw["placed_at"] if name == "shipped_at" else None,
                             null_rate=0.05 if name in ("tag", "shipped_at") else 0.0)
            raw[name] = generate(req, np.random.default_rng([chunk, len(name)]))
            cells[name] = encode(ctype, raw[name])
        _copy(db, "orders", list(CHECKED_DOMAINS), [cells[n] for n in CHECKED_DOMAINS])
    assert _count(db, "orders") == 2000
    row = db.execute("SELECT count(DISTINCT status), count(DISTINCT kind), min(shipped_at - placed_at),"
                     " max(shipped_at - placed_at) FROM orders").fetchone()
    assert row is not None
    assert row[0] == 3 and row[1] > 5
    assert row[2].total_seconds() >= 0 and row[3].days <= 31


@pytest.mark.parametrize("sqltype,ctype", [
    ("integer", INT4),
    ("timestamptz", TSTZ),
    ("numeric(5,2)", NUM52),
    ("text", T(K.TEXT, "text")),
])
def test_encoding_round_trips(db: psycopg.Connection, sqltype: str, ctype: ColumnType) -> None:
    """What Postgres stores equals what was generated (compared in Python)."""
    col = Column(name="v", type=ctype)
    data = generate(GenRequest(column=col, domain=ColumnDomain(), index=np.arange(500, dtype=np.int64)),
                    np.random.default_rng(9))
    db.execute(sql.SQL("CREATE TABLE r (i serial, v {})").format(sql.SQL(sqltype)))
    _copy(db, "r", ["v"], [encode(ctype, data)])
    got = [r[0] for r in db.execute("SELECT v FROM r ORDER BY i").fetchall()]
    if ctype.kind is K.TIMESTAMPTZ:
        want = [v.replace(tzinfo=UTC) for v in data.values.astype("M8[us]").tolist()]
    elif ctype.kind is K.NUMERIC:
        want = [Decimal(f"{v:.2f}") for v in data.values.tolist()]
    else:
        want = data.values.tolist()
    assert got == want
