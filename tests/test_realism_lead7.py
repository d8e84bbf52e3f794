"""Issue 10, the lead's classes of session 7 (no database: plan + engine), each failing on 616810f:

* a head that only says "one of a set" (group, class, category, kind, sort) takes the set the word
  before it names: ``blood_group`` is a blood type (``BG1`` before), ``payment_category`` a payment type.
"""

from __future__ import annotations

from tests.test_realism_units import generate, table

BLOOD = {"O+", "A+", "B+", "O-", "A-", "AB+", "B-", "AB-"}


def test_a_set_named_by_a_group_or_class_takes_the_set_before_it() -> None:
    t = table("donors", ("full_name", "text", False), ("blood_group", "varchar(3)", False),
              ("blood_class", "text"), ("rh_negative", "bool"))
    got = generate(t)["donors"]
    assert set(got["blood_group"]) <= BLOOD and len(set(got["blood_group"])) >= 4
    assert {v for v in got["blood_class"] if v is not None} <= BLOOD
