"""Issue 10, round 7 (r18): short codes, abbreviations and identifiers that read like the real
thing: a postal code in its country's shape whatever the width, letter scales for one-letter
categories, a code derived from its row's own name, aircraft registrations by country, references
with their prefix. Each on a small synthetic schema with invented names (no database)."""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.model import ColumnType, Table, TypeKind

from tests.test_realism_units import generate, table


def _char(t: Table, name: str, n: int) -> Table:
    """``t`` with a nullable ``name char(n)`` column."""
    ctype = ColumnType(kind=TypeKind.TEXT, sql_name="character", length=n, fixed_length=True)
    return replace(t, columns=(*t.columns, replace(t.columns[0], name=name, type=ctype, nullable=True)))


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


# ------------------------------------------------------------------ postal codes of any width
def test_a_postal_code_keeps_its_countrys_shape_in_a_narrow_column() -> None:
    """A ``postcode varchar(8)`` of people from many countries: a few countries write codes wider
    than 8 (``01310-100``); those lose their hyphen, and the column holds postal codes (digits, or
    letters and digits), never words ('Cotton', 'Ridge') for every row."""
    t = table("members", ("full_name", "varchar(80)"), ("postcode", "varchar(8)"))
    vals = _vals(generate(t, rows=300)["members"]["postcode"])
    assert vals and all(len(v) <= 8 for v in vals)
    assert all(any(ch.isdigit() for ch in v) for v in vals), sorted(set(vals))[:10]


# ------------------------------------------------------------------ one-letter categories
def test_a_one_letter_category_is_a_letter_of_its_scale() -> None:
    """``fault_category char(1)``, ``risk_tier char(1)``, ``size_band varchar(1)``: letters of a
    short scale (A-D, A-C, A-E), A or B most often; never 22 letters nor the initials of another
    list (F / B / E / P for a tier). A ``grade`` keeps its grades, a ``priority_level`` its L/M/H."""
    t = _char(_char(_char(table("faults", ("title", "varchar(80)")), "fault_category", 1), "risk_tier", 1),
              "grade", 1)
    t = replace(t, columns=(*t.columns, replace(t.columns[1], name="size_band", type=ColumnType(
        kind=TypeKind.TEXT, sql_name="character varying", length=1))))
    got = generate(t, rows=300)["faults"]
    for col, scale in (("fault_category", "ABCD"), ("risk_tier", "ABC"), ("size_band", "ABCDE")):
        vals = _vals(got[col])
        assert vals and set(vals) <= set(scale), (col, sorted(set(vals)))
        assert len(set(vals)) >= len(scale) - 1, (col, sorted(set(vals)))
        assert vals.count("A") > vals.count(scale[-1]), col
    assert set(_vals(got["grade"])) <= set("ABCDF")


# ------------------------------------------------------------------ aircraft registrations
_MARK = re.compile(r"^(N[1-9]\d{2,3}[A-Z]{0,2}|[A-Z0-9]{1,2}-[A-Z0-9]{3,4}|JA\d{3}[A-Z0-9]|HL\d{4})$")


def test_an_aircrafts_registration_is_its_countrys_mark_and_letters() -> None:
    """An aircraft's ``tail_number`` (a number by its name) and a ``registration`` of a table of
    aircraft read ``G-EUPT``, ``N482DL``, ``D-AIBL``: never seven digits nor a car's number plate;
    distinct where UNIQUE. A van's ``registration`` stays a number plate."""
    planes = table("airframes", ("tail_number", "varchar(10)", False), ("model", "varchar(40)"))
    planes = replace(planes, uniques=(replace(planes.primary_key, name="airframes_tail_key",
                                              columns=("tail_number",)),))
    fleet = table("aircraft", ("registration", "varchar(8)"))
    vans = table("vans", ("registration", "varchar(10)"))
    got = generate(planes, fleet, vans, rows=200)
    tails = _vals(got["airframes"]["tail_number"])
    assert len(tails) == 200 and len(set(tails)) == 200
    for vals in (tails, _vals(got["aircraft"]["registration"])):
        bad = [v for v in vals if not _MARK.match(v)]
        assert not bad, bad[:5]
        assert any(v.startswith(("G-", "N", "D-", "F-", "EI-", "C-", "VH-")) for v in vals)
    plates = _vals(got["vans"]["registration"])
    assert plates and not any(_MARK.match(v) and v[1] == "-" for v in plates), "a van's plate is no aircraft mark"


# ------------------------------------------------------------------ a code beside a name abbreviates it
def _subsequence(code: str, name: str) -> bool:
    letters = iter(re.sub(r"[^A-Z]", "", name.upper()))
    return all(ch in letters for ch in code)


def test_a_code_beside_its_rows_name_is_the_names_abbreviation() -> None:
    """A UNIQUE ``depot_code char(3)`` beside ``depot_name`` takes the name's letters in order
    (``Leeds East Depot`` -> ``LDE``-like), distinct in every row; a ``code varchar(4)`` beside a
    ``name`` likewise, and a carrier's ``icao_code``; a ``country_code`` beside a name stays a
    country's ISO code."""
    from seedbed.model import UniqueKey

    depots = _char(table("depots", ("depot_name", "varchar(80)", False)), "depot_code", 3)
    depots = replace(depots, uniques=(UniqueKey(name="depots_code_key", columns=("depot_code",)),))
    kinds = table("fault_kinds", ("name", "varchar(60)", False), ("code", "varchar(4)"),
                  ("country_code", "varchar(2)"))
    got = generate(depots, kinds, rows=60)
    pairs = [(n, c) for n, c in zip(got["depots"]["depot_name"], got["depots"]["depot_code"], strict=True)]
    assert all(c is not None and len(c) == 3 and c.isupper() for _, c in pairs)
    assert len({c for _, c in pairs}) == len(pairs)
    assert all(_subsequence(c, n) for n, c in pairs), pairs[:6]
    named = [(n, c) for n, c in zip(got["fault_kinds"]["name"], got["fault_kinds"]["code"], strict=True)
             if n is not None and c is not None]
    assert named and all(_subsequence(c, n) for n, c in named), named[:6]
    countries = _vals(got["fault_kinds"]["country_code"])
    assert countries and all(len(v) == 2 and v.isupper() for v in countries)
    carriers = _char(table("carriers", ("carrier_name", "varchar(80)", False)), "icao_code", 3)
    got = generate(carriers, rows=40)["carriers"]
    pairs = [(n, c) for n, c in zip(got["carrier_name"], got["icao_code"], strict=True) if c is not None]
    assert pairs and all(len(c) == 3 and _subsequence(c, n) for n, c in pairs), pairs[:6]  # an ICAO code: BAW


# ------------------------------------------------------------------ numbers of a national register
_VAT = re.compile(r"^([A-Z]{2,3}U?\d{8,12}([A-Z]\d{0,2}|MVA|RT0001)?|[A-Z]{2,3}\d{7}[A-Z]|\d{2}-\d{7}|\d{9,11}"
                  r"|\d{3}-\d{3}-\d{3}|\d{2}[A-Z]{5}\d{4}[A-Z]1Z\d|[A-Z]{3}\d{6}[A-Z]{2}\d|[\d./-]{18})$")


def test_a_vat_number_and_a_sort_code_have_their_registers_shape() -> None:
    """A firm's ``vat_no`` is its country's VAT number (``GB123456789``, ``DE123456789``,
    ``ATU12345678``; an EIN for a US firm), distinct where UNIQUE, never 'VAT-665333'; a
    ``sort_code`` reads ``12-34-56``."""
    from seedbed.model import UniqueKey

    firms = table("body_shops", ("shop_name", "varchar(80)"), ("vat_no", "varchar(14)", False),
                  ("sort_code", "varchar(8)"))
    firms = replace(firms, uniques=(UniqueKey(name="body_shops_vat_key", columns=("vat_no",)),))
    got = generate(firms, rows=200)["body_shops"]
    vat = _vals(got["vat_no"])
    assert len(set(vat)) == len(vat) == 200
    assert not [v for v in vat if not _VAT.match(v)], [v for v in vat if not _VAT.match(v)][:5]
    assert sum(v[:2].isalpha() and v[2].isdigit() for v in vat) >= 60  # mostly a country prefix and digits
    sort = _vals(got["sort_code"])
    assert sort and all(re.match(r"^\d\d-\d\d-\d\d$", v) for v in sort), sort[:5]


# ------------------------------------------------------------------ manuals and fleets
def test_a_chapter_is_numbered_and_an_aircraft_type_is_its_designator() -> None:
    """A defect's ``ata_chapter varchar(5)`` is an ATA chapter (``32-11``), a manual's ``chapter``
    a number and a contract's ``clause`` ``4.2``; an aircraft's ``type_designator`` a type's code
    (``320``, ``77W``), never 'AC1' or 'TD3'."""
    defects = table("airframe_defects", ("ata_chapter", "varchar(5)"), ("chapter", "varchar(10)"),
                    ("clause", "varchar(10)"))
    planes = table("aircraft", ("type_designator", "varchar(8)"))
    got = generate(defects, planes, rows=100)
    ata = _vals(got["airframe_defects"]["ata_chapter"])
    assert ata and all(re.match(r"^[2-8]\d-\d\d$", v) for v in ata), ata[:5]
    assert all(v.isdigit() for v in _vals(got["airframe_defects"]["chapter"]))
    assert all(re.match(r"^\d+\.\d+$", v) for v in _vals(got["airframe_defects"]["clause"]))
    types = _vals(got["aircraft"]["type_designator"])
    assert types and all(re.match(r"^[A-Z0-9]{3}$", v) and not re.match(r"^TD\d$", v) for v in types), types[:5]
    assert sum(v[0].isdigit() for v in types) >= len(types) // 3  # 320, 738, 77W: mostly Airbus and Boeing


# ------------------------------------------------------------------ numbers of a fixed width
def test_a_lot_or_reference_number_narrower_than_its_format_keeps_digits() -> None:
    """A ``kit_lot char(7)`` is ``LOT4821`` (its prefix and digits filling the width), a
    ``lot_no char(6)`` six digits: never a word ('Eagle') nor '3' in a fixed width."""
    t = _char(_char(table("assay_kits", ("name", "varchar(40)")), "kit_lot", 7), "lot_no", 6)
    got = generate(t, rows=80)["assay_kits"]
    lots = _vals(got["kit_lot"])
    assert lots and all(len(v) == 7 and v[-4:].isdigit() for v in lots), lots[:5]
    nos = _vals(got["lot_no"])
    assert nos and all(len(v) == 6 and v.isdigit() for v in nos), nos[:5]


# ------------------------------------------------------------------ references people read
def test_a_payments_reference_is_a_prefixed_number_and_its_id_stays_a_processors() -> None:
    """A ``payment_ref`` / ``refund_reference`` is a reference a clerk reads (``PAY-2024-000123``),
    not a processor's opaque id ('1JB63P9RLX29'); a ``payment_id`` stays the processor's."""
    t = table("claim_payouts", ("payment_ref", "varchar(18)"), ("refund_reference", "varchar(20)"),
              ("payment_id", "varchar(40)"))
    got = generate(t, rows=60)["claim_payouts"]
    for col, prefix in (("payment_ref", "PAY"), ("refund_reference", "RFD")):
        vals = _vals(got[col])
        assert vals and all(re.match(rf"^{prefix}-(20\d\d-)?\d{{6}}$", v) for v in vals), (col, vals[:4])
    assert all(not v.startswith("PAY") for v in _vals(got["payment_id"]))
