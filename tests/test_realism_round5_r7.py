"""Issue 10, round 5 (r7): manufacturing and metering classes. Each class on a small synthetic
schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from seedbed.model import UniqueKey
from tests.test_realism_units import generate, table


def _with_unique(t, *cols: str):
    return replace(t, uniques=(*t.uniques, UniqueKey(name=f"{t.name.name}_{'_'.join(cols)}_key", columns=cols)))


def _per_parent(got: dict, parent: str, col: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for p, v in zip(got[parent], got[col], strict=True):
        out[p].append(int(v))
    return out


# ------------------------------------------------------------------ a place within the parent
def test_a_sequence_number_within_its_parent_counts_from_the_start() -> None:
    """``(job_id, op_seq)`` and ``(recipe_id, find_no)``: a routing's operations run 10, 20, 30 within
    their parent, a ``*_seq`` of any word 1, 2, 3 (were unique over the table: 650, 42)."""
    jobs = table("jobs", ("title", "varchar(40)"))
    ops = _with_unique(table("job_ops", ("op_seq", "smallint", False), fks=(("job_id", "jobs"),)), "job_id", "op_seq")
    legs = _with_unique(table("recipe_lines", ("find_no", "smallint", False), ("pour_seq", "int", False),
                              fks=(("recipe_id", "jobs"),)), "recipe_id", "pour_seq")
    got = generate(jobs, ops, legs)
    for seqs in _per_parent(got["job_ops"], "job_id", "op_seq").values():
        assert sorted(seqs) == [10 * (i + 1) for i in range(len(seqs))]
    for seqs in _per_parent(got["recipe_lines"], "recipe_id", "pour_seq").values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


# ------------------------------------------------------------------ record numbers read as records
def test_a_text_record_number_has_its_records_prefix_and_a_holders_number_fixed_digits() -> None:
    """``ncr_number`` / ``repair_order_no`` / ``heat_lot`` are record numbers with their prefix
    (``NCR-2023-000017``, ``RO-...``, ``LOT...``), ``member_no`` fixed-width digits; were ``182``."""
    t = table("quality_cases", ("ncr_number", "varchar(16)", False), ("repair_order_no", "varchar(20)"),
              ("heat_lot", "varchar(24)"), ("member_no", "varchar(10)", False), ("room_no", "varchar(6)"))
    t = _with_unique(_with_unique(t, "ncr_number"), "member_no")
    got = generate(t)["quality_cases"]
    assert all(v.startswith("NCR-") and v[4:].replace("-", "").isdigit() for v in got["ncr_number"])
    assert len(set(got["ncr_number"])) == len(got["ncr_number"])
    assert all(v.startswith("RO") for v in got["repair_order_no"] if v)
    assert all(v.startswith("LOT") for v in got["heat_lot"] if v)
    assert all(len(v) == 6 and v.isdigit() for v in got["member_no"])
    assert len(set(got["member_no"])) == len(got["member_no"])


# ------------------------------------------------------------------ people by their role
def test_a_text_column_called_by_a_role_or_by_who_did_it_holds_a_person() -> None:
    """``welder`` / ``lead_surveyor`` hold a person's name, ``signed_off_by`` a login (were the
    neutral labels 'Welder 12', 'Signed off by 1'); a short code column is left alone."""
    t = table("weld_jobs", ("welder", "varchar(80)"), ("lead_surveyor", "varchar(80)"),
              ("signed_off_by", "varchar(40)"), ("tech", "varchar(4)"))
    got = generate(t)["weld_jobs"]
    for col in ("welder", "lead_surveyor"):
        vals = [v for v in got[col] if v]
        assert vals and all(" " in v and not any(ch.isdigit() for ch in v) for v in vals)
        assert len(set(vals)) > len(vals) // 2
    logins = [v for v in got["signed_off_by"] if v]
    assert logins and not any(v.lower().startswith("signed off by") for v in logins)
