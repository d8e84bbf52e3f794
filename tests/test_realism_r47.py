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
