"""References that do not pretend, present only where their row can have one (issue 10, r47).

A: a reference (or a detail) of what a flag says is NULL where the flag is false (``grant_ref`` of
``has_grant``, ``ga_claim_batch`` of ``gift_aid_claimable``, ``copy_order_ref`` of ``is_copy_ordered``).
B: a document number carries the year of its own row's moment, or no year at all.
"""

from __future__ import annotations

import re

import pytest

from tests.test_realism_units import generate, table


# ------------------------------------------------------------------ A: a reference follows its flag
@pytest.mark.parametrize("flag, ref", [("has_grant", "grant_ref"), ("gift_aid_claimable", "ga_claim_batch"),
                                       ("is_copy_ordered", "copy_order_ref"), ("is_leased", "lease_ref"),
                                       ("is_cod", "cod_receipt_no"), ("has_seal", "seal_description")])
def test_a_reference_of_what_a_flag_says_is_null_where_the_flag_is_false(flag: str, ref: str) -> None:
    t = table("things", (flag, "bool", False), (ref, "varchar(20)"), ("opened_on", "date", False))
    got = generate(t, rows=300)["things"]
    off = [i for i, f in enumerate(got[flag]) if f in ("f", "false", "False")]
    on = [i for i, f in enumerate(got[flag]) if f in ("t", "true", "True")]
    assert len(off) > 30 and len(on) > 30, got[flag][:5]
    assert all(got[ref][i] is None for i in off), [got[ref][i] for i in off][:5]
    assert sum(got[ref][i] is not None for i in on) > len(on) / 2


def test_a_column_that_says_nothing_of_the_flag_is_not_gated() -> None:
    t = table("things", ("is_copy_ordered", "bool", False), ("copy_invoice_no", "varchar(20)"),
              ("is_active", "bool", False), ("customer_name", "varchar(60)"))
    got = generate(t, rows=200)["things"]
    off = [i for i, f in enumerate(got["is_active"]) if f in ("f", "false", "False")]
    assert sum(got["customer_name"][i] is not None for i in off) > len(off) / 2


# ------------------------------------------------------------------ B: no year against the row
def test_a_document_number_carries_its_rows_year_or_none() -> None:
    dated = table("claims", ("claim_ref", "varchar(20)", False), ("raised_on", "date", False))
    plain = table("claim_lines", ("claim_ref", "varchar(20)", False), ("amount", "numeric(8,2)"))
    got = generate(dated, plain, rows=200)
    rows = got["claims"]
    for ref, day in zip(rows["claim_ref"], rows["raised_on"], strict=True):
        m = re.fullmatch(r"CLM-(\d{4})-\d{6}", ref)
        assert m and m.group(1) == day[:4], (ref, day)
    assert all(re.fullmatch(r"CLM-\d{6}", v) for v in got["claim_lines"]["claim_ref"]), got["claim_lines"]["claim_ref"][:4]


def test_a_span_of_two_years_is_the_one_its_rows_moment_falls_in() -> None:
    t = table("jobs", ("financial_year", "varchar(7)", False), ("academic_yr", "varchar(7)", False),
              ("opened_on", "date", False))
    got = generate(t, rows=200)["jobs"]
    for fy, ay, day in zip(got["financial_year"], got["academic_yr"], got["opened_on"], strict=True):
        y, m = int(day[:4]), int(day[5:7])
        assert re.fullmatch(r"\d{4}[-/]\d{2}", fy) and int(fy[:4]) == (y if m >= 4 else y - 1), (fy, day)
        assert re.fullmatch(r"\d{4}[-/]\d{2}", ay) and int(ay[:4]) == (y if m >= 9 else y - 1), (ay, day)


# ------------------------------------------------------------------ C: a reference in the shape of what it refers to
_PLACEHOLDER = re.compile(r"^[A-Z]{1,6}-(\d{4}-)?\d{2,8}$|^[A-Z]{3,}\d{6,}$")  # LCT-004512, BATCH004512


def test_a_code_of_a_place_in_a_store_is_aisle_bay_level() -> None:
    t = table("warehouse_locations", ("loc_cd", "varchar(12)", False), ("slot_code", "varchar(10)"))
    got = generate(t, rows=100)["warehouse_locations"]
    locs = [v for v in got["loc_cd"] if v]
    assert locs and all(re.fullmatch(r"[A-Z]-\d{2}-\d{2}-[A-Z]", v) for v in locs), locs[:4]
    slots = [v for v in got["slot_code"] if v]
    assert slots and not any(_PLACEHOLDER.match(v) for v in slots) and all(re.search(r"\d", v) for v in slots), slots[:4]


def test_a_location_code_of_a_table_that_keeps_nothing_is_not_a_store_place() -> None:
    t = table("web_events", ("location_code", "varchar(12)"))
    got = generate(t, rows=50)["web_events"]
    assert not any(re.fullmatch(r"[A-Z]-\d{2}-\d{2}-[A-Z]", v) for v in got["location_code"] if v)


def test_a_page_or_folio_reference_reads_as_a_citation() -> None:
    t = table("citations", ("page_ref", "varchar(20)"), ("folio_ref", "varchar(20)"), ("reference_code", "varchar(40)"))
    got = generate(t, rows=100)["citations"]
    assert all(re.fullmatch(r"p\. \d{1,3}", v) for v in got["page_ref"] if v), got["page_ref"][:4]
    assert all(re.fullmatch(r"f\. \d{1,3}[rv]", v) for v in got["folio_ref"] if v), got["folio_ref"][:4]
    assert not any(_PLACEHOLDER.match(v) for v in got["reference_code"] if v), got["reference_code"][:4]


def test_a_facility_or_a_place_noun_gets_a_name_not_a_code() -> None:
    t = table("sources", ("repository", "varchar(120)"), ("origin", "varchar(60)"))
    got = generate(t, rows=100)["sources"]
    repos = [v for v in got["repository"] if v]
    assert repos and all(v.endswith("Repository") and " " in v for v in repos), repos[:4]
    origins = [v for v in got["origin"] if v]
    assert origins and not any(_PLACEHOLDER.match(v) for v in origins), origins[:4]
    assert not any(re.search(r"\d", v) for v in origins), origins[:4]


def test_a_column_called_by_a_document_holds_its_number_and_a_cross_reference_is_no_series() -> None:
    t = table("orders", ("cust_po", "varchar(25)"), ("person_xref", "varchar(20)"), ("sort_order", "varchar(20)"))
    got = generate(t, rows=100)["orders"]
    pos = [v for v in got["cust_po"] if v]
    assert pos and all(re.fullmatch(r"PO-\d{6}", v) for v in pos), pos[:4]
    refs = [v for v in got["person_xref"] if v]
    assert refs and not any(_PLACEHOLDER.match(v) for v in refs) and len(set(refs)) > 0.9 * len(refs), refs[:4]
    assert not any(str(v).startswith("PO-") for v in got["sort_order"] if v)


def test_a_batch_is_a_short_running_number_shared_by_rows_and_dated_by_the_rows_one_moment() -> None:
    t = table("rounds", ("run_batch", "varchar(20)", False), ("round_date", "date", False))
    got = generate(t, rows=200)["rounds"]
    for v, day in zip(got["run_batch"], got["round_date"], strict=True):
        m = re.fullmatch(r"BATCH-(\d{4})-\d{4}", v)
        assert m and m.group(1) == day[:4], (v, day)
    assert len(set(got["run_batch"])) < 100


def test_only_a_lone_bounded_noun_is_named_as_a_facility_or_a_place() -> None:
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain, Schema

    t = table("providers", ("auth_base", "varchar(120)"), ("spot", "text"), ("targeted_loci", "varchar(80)"),
              ("line_opening", "varchar(40)"), ("provenance", "varchar(80)"), ("archive", "varchar(80)"))
    read = {c: infer(Schema(tables=(t,)), t, t.column(c), ColumnDomain()) for c in
            ("auth_base", "spot", "targeted_loci", "line_opening", "provenance", "archive")}
    for c in ("auth_base", "spot", "targeted_loci", "line_opening"):
        assert read[c] is None or (read[c].name, read[c].params.get("cls")) not in (
            ("address.city", None), ("entity.text", "facility")), (c, read[c])
    assert read["provenance"].name.startswith("address."), read["provenance"]  # a place, by WordNet either way
    assert read["archive"].params.get("cls") == "facility", read["archive"]


def test_a_flag_of_another_word_or_a_deadline_or_a_key_of_its_own_form_changes_nothing() -> None:
    from seedbed.planning.applies import _details

    assert not _details(("subscribable", "type"), ["subscribed"])  # two words of one stem, not one word
    assert not _details(("teama",), ["teamawin"])
    t = table("lots", ("lot_no", "varchar(20)", False), ("expiry_date", "date", False))
    got = generate(t, rows=50)["lots"]
    assert all(re.fullmatch(r"LOT-\d{6}", v) for v in got["lot_no"]), got["lot_no"][:4]  # no year of its expiry
    t = table("stock_levels", ("lot_number", "varchar(20)", False), ("last_counted_at", "ts", False))
    got = generate(t, rows=50)["stock_levels"]
    assert all(re.fullmatch(r"LOT-\d{6}", v) for v in got["lot_number"]), got["lot_number"][:4]  # nor of its last count
