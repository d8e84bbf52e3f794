"""A code that holds its row's year (``seedbed.planning.yearcodes``): drawn apart, the digits and the year agreed
by chance and the seed stopped with SB403 after every retry. A free code takes its row's year; a UNIQUE code
keeps its digits and the row's date (or integer year) takes the year they say."""

from __future__ import annotations

from seedbed.model import Check, Column, ColumnType, QualifiedName, Table, TypeKind
from seedbed.planning.yearcodes import year_codes
from tests.test_exclusion import run
from tests.test_partial_unique import one

import seedbed


def _seed(dsn: str, rows: dict[str, int]) -> None:
    result = seedbed.seed(dsn, rows=rows, seed=11)
    assert result.ok, [p.message for p in result.verify.problems]


def test_the_forms_read() -> None:
    text, date = ColumnType(kind=TypeKind.TEXT, sql_name="text"), ColumnType(kind=TypeKind.DATE, sql_name="date")
    year = ColumnType(kind=TypeKind.INTEGER, sql_name="integer")
    table = Table(name=QualifiedName(schema="public", name="lots"), columns=(
        Column(name="code", type=text), Column(name="made_on", type=date), Column(name="crop_year", type=year),
        Column(name="ref", type=text)), checks=(
        Check(name="a", expression="((EXTRACT(year FROM made_on))::integer = (substr((code)::text, 1, 4))::integer)"),
        Check(name="b", expression="(((\"left\"((ref)::text, 2))::integer = (crop_year % 100)) AND (crop_year > 0))"),
    ))
    free = {"code": True, "made_on": True, "crop_year": True, "ref": False}
    got = {(d.column, d.source, d.op) for d in year_codes(table, free, frozenset(free), set())}
    assert got == {("code", "made_on", "year_code:1:4:0"), ("crop_year", "ref", "code_year:1:2:100")}


def test_a_free_code_takes_its_rows_year(fresh_dsn: str) -> None:
    run(fresh_dsn, """
        CREATE TABLE invoices (
            invoice_id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            batch_ref varchar(12) NOT NULL CHECK (batch_ref ~ '^B[0-9]{2}-[0-9]{4}$'),
            issued_on date NOT NULL,
            CHECK (substr(batch_ref, 2, 2)::int = extract(year FROM issued_on)::int % 100)
        );
    """)
    _seed(fresh_dsn, {"invoices": 300})
    bad, = one(fresh_dsn, "SELECT count(*) FROM invoices WHERE substr(batch_ref, 2, 2)::int "
                          "<> extract(year FROM issued_on)::int % 100")
    assert bad == 0


def test_a_unique_code_says_the_year_of_its_date(fresh_dsn: str) -> None:
    """Four seasons a year cannot number 150 rows of a few years: the dates take the codes' years. A matrix
    number has room enough: it takes its row's year, its other characters the row's own."""
    run(fresh_dsn, """
        CREATE TABLE seasons (
            season_code char(7) PRIMARY KEY CHECK (season_code ~ '^(19|20)[0-9]{2}-[AB][12]$'),
            opens_on date NOT NULL,
            closes_on date NOT NULL,
            CHECK (closes_on > opens_on),
            CHECK (left(season_code, 4)::int = date_part('year', opens_on))
        );
        CREATE TABLE pressings (
            matrix_no varchar(14) PRIMARY KEY CHECK (matrix_no ~ '^[A-Z]{3}[0-9]{2}[A-Z0-9]{4}$'),
            pressed_year smallint NOT NULL CHECK (pressed_year BETWEEN 1940 AND 2090),
            CHECK (substr(matrix_no, 4, 2)::int = pressed_year % 100)
        );
    """)
    _seed(fresh_dsn, {"seasons": 150, "pressings": 300})
    bad, = one(fresh_dsn, "SELECT count(*) FROM seasons WHERE left(season_code, 4)::int <> date_part('year', opens_on)")
    bad2, = one(fresh_dsn, "SELECT count(*) FROM pressings WHERE substr(matrix_no, 4, 2)::int <> pressed_year % 100")
    assert bad == 0 and bad2 == 0
    years, = one(fresh_dsn, "SELECT count(DISTINCT pressed_year) FROM pressings")
    assert years > 5  # the years drawn, not one forced on every row
