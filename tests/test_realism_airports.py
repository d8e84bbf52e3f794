"""Issue 10 (derived columns agree, codes that match their names): an airport's name, city, time zone
and position follow its IATA code, as a country's name follows its ISO code. Synthetic table, no
database; the airport facts are airportsdata's (MIT)."""

from __future__ import annotations

import json

import airportsdata

from seedbed.model import Column, ColumnType, Table, TypeKind, UniqueKey
from tests.test_realism_units import ctype, generate, qn


def test_an_airports_other_columns_follow_its_code() -> None:
    cols = (Column(name="id", type=ctype("int"), nullable=False),
            Column(name="iata_code", type=ColumnType(kind=TypeKind.TEXT, sql_name="character(3)", length=3,
                                                     fixed_length=True), nullable=False),
            Column(name="airport_name", type=ColumnType(kind=TypeKind.JSONB, sql_name="jsonb"), nullable=False),
            Column(name="city", type=ctype("text"), nullable=True),
            Column(name="timezone", type=ctype("text"), nullable=True),
            Column(name="location", type=ColumnType(kind=TypeKind.POINT, sql_name="point"), nullable=True),
            Column(name="latitude", type=ctype("numeric(9,6)"), nullable=True))
    t = Table(name=qn("regional_airports"), columns=cols, primary_key=UniqueKey(name="pk", columns=("id",)),
              uniques=(UniqueKey(name="u_code", columns=("iata_code",)),))
    got = generate(t, rows=200)["regional_airports"]
    db = airportsdata.load("IATA")
    rows = list(zip(got["iata_code"], got["airport_name"], got["city"], got["timezone"], got["location"],
                    got["latitude"], strict=True))
    assert all(code in db for code, *_ in rows)
    for code, name, city, tz, loc, lat in rows:
        a = db[code]
        assert json.loads(name) == {"en": a["name"]}
        assert city is None or city == a["city"] or not a["city"]
        assert tz is None or tz == a["tz"]
        assert loc is None or loc == f"({a['lon']:.6f},{a['lat']:.6f})"
        assert lat is None or abs(float(lat) - a["lat"]) < 1e-5
