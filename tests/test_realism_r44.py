"""Values that belong to one kind of row, and identifiers that read like real ones (round 13, r44).

A: a party's identity document (type, number, expiry) is a person's and its trade register entry an
organisation's; a document's parts are present together; a surname is no card's "last" digits.
B: an identifier-like column nothing else knew (``*_reg_no``, ``*_pos``, ``voyage_*``) holds a
reference of its kind, distinct per row, never its initials and a round number repeated.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from seedbed.model import Column, ColumnType, TypeKind
from tests.test_realism_units import generate, table


def _enum(name: str, labels: tuple[str, ...], nullable: bool) -> Column:
    return Column(name=name, nullable=nullable, type=ColumnType(kind=TypeKind.ENUM, sql_name=name, enum_labels=labels))


# ------------------------------------------------------------------ A: one kind of row
@pytest.mark.parametrize("person, org", [("natural_person", "legal_entity"), ("physical_person", "legal_person"),
                                         ("person", "entity")])
def test_an_identity_document_is_a_persons_and_a_register_entry_an_organisations_all_parts_together(
        person: str, org: str) -> None:
    t = table("members", ("surname", "varchar(60)"), ("given_names", "varchar(80)"), ("org_name", "varchar(120)"),
              ("id_document_number", "varchar(20)"), ("id_document_expiry", "date"),
              ("trade_register_no", "varchar(20)"), ("passport_no", "varchar(20)"), ("joined_on", "date", False))
    cols = (*t.columns, _enum("member_kind", (person, org), False),
            _enum("id_document_type", ("passport", "id_card", "driving_licence"), True))
    got = generate(replace(t, columns=cols), rows=300)["members"]
    persons = [i for i, k in enumerate(got["member_kind"]) if k == person]
    orgs = [i for i, k in enumerate(got["member_kind"]) if k == org]
    assert len(persons) > 50 and len(orgs) > 50
    for c in ("surname", "id_document_type", "id_document_number", "id_document_expiry", "passport_no"):
        assert all(got[c][i] is None for i in orgs), c
    assert all(got["trade_register_no"][i] is None for i in persons)
    assert sum(got["trade_register_no"][i] is not None for i in orgs) > 0.5 * len(orgs)
    assert sum(got["surname"][i] is not None for i in persons) > 0.8 * len(persons)  # not only on id cards
    for i in range(300):  # the document's type, number and expiry: all or none
        present = {got[c][i] is not None for c in ("id_document_type", "id_document_number", "id_document_expiry")}
        assert len(present) == 1, i


# ------------------------------------------------------------------ B: identifiers, not placeholders
def test_an_identifier_like_column_holds_a_reference_of_its_kind_one_per_row() -> None:
    t = table("lodges", ("lodge_registration_no", "varchar(30)"), ("shelf_pos", "varchar(12)"),
              ("sailing_out", "varchar(10)"), ("visa_number", "varchar(20)"), ("docket_no", "varchar(9)"),
              ("booking_ref", "varchar(12)"), ("permit_type", "varchar(20)"), ("depot_position", "varchar(12)"),
              ("camera_position", "varchar(20)"))
    got = generate(t, rows=300)["lodges"]
    shapes = {"lodge_registration_no": r"20[12]\d/\d{6}", "shelf_pos": r"[A-Z]\d\d-\d\d", "sailing_out": r"\d{4}[EWNS]",
              "visa_number": r"[A-Z]\d{8}", "docket_no": r"\d\d/\d{6}", "depot_position": r"[A-Z]\d\d-\d\d"}
    for column, shape in shapes.items():
        values = [v for v in got[column] if v is not None]
        assert len(set(values)) > 0.9 * len(values), column
        assert all(re.fullmatch(shape, v) for v in values), (column, values[:5])
    assert len(set(got["permit_type"])) < 10  # a classifier keeps a few labels
    assert not any(re.fullmatch(r"[A-Z]\d\d-\d\d", v or "") for v in got["camera_position"])  # no store's place


def test_a_unique_reference_never_repeats_and_a_narrow_one_fits() -> None:
    from seedbed.model import UniqueKey

    t = table("racks", ("shelf_pos", "varchar(5)", False), ("folio_no", "varchar(40)", False))
    t = replace(t, uniques=(UniqueKey(name="racks_case_key", columns=("folio_no",)),))
    got = generate(t, rows=2000)["racks"]
    assert len(set(got["folio_no"])) == 2000 and all(re.fullmatch(r"20[12]\d/\d{6}", v) for v in got["folio_no"])
    assert all(len(v) <= 5 and re.fullmatch(r"[A-Z]\d{4}", v) for v in got["shelf_pos"])
