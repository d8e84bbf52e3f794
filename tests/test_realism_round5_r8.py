"""Issue 10, round 5 (r8): the classes a publisher's CMS showed. Each class on a small synthetic schema
with invented names (no database: plan + engine)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from seedbed.model import UniqueKey
from tests.test_realism_units import generate, table


def _ints(values: list[str | None]) -> list[int]:
    return [int(v) for v in values if v is not None]


# ------------------------------------------------------------------ a revision or version within its parent
def test_a_revision_or_version_keyed_with_its_parent_counts_from_one() -> None:
    """``UNIQUE (recipe_id, rev_number)`` and ``UNIQUE (contract_id, version)``: the number is the row's
    place among its parent's rows (1, 2, 3), not a number unique over the whole table (revision 740)."""
    drafts = table("recipe_drafts", ("rev_number", "int", False), fks=(("recipe_id", "recipes"),))
    drafts = replace(drafts, uniques=(UniqueKey(name="rd_uq", columns=("recipe_id", "rev_number")),))
    terms = table("contract_terms", ("version", "int", False), fks=(("contract_id", "recipes"),))
    terms = replace(terms, uniques=(UniqueKey(name="ct_uq", columns=("contract_id", "version")),))
    got = generate(table("recipes", ("title", "varchar(80)")), drafts, terms)
    for name, col, parent in (("recipe_drafts", "rev_number", "recipe_id"), ("contract_terms", "version", "contract_id")):
        rows = got[name]
        per: dict[str, list[int]] = defaultdict(list)
        for p, n in zip(rows[parent], rows[col], strict=True):
            per[p].append(int(n))
        assert all(sorted(ns) == list(range(1, len(ns) + 1)) for ns in per.values()), name
        assert max(_ints(rows[col])) < 40
