"""The lead's classes of session 13 (issue 10), on synthetic schemas: no database.

* a remark told from its row's values reads back only words a person says: a clipped column name (``arr_draft_m``,
  ``pilot_req``, ``wo_type``, ``itm_wgt``) is not said, nor the row's own timestamps ("Opened at 2025-12-11 22:56"
  beside ``opened_at``), nor a flag that is not set ("not pilot req"); blind reviews of sessions 11 and 12 scored
  such remarks 0 ("column names read back as prose").
"""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table


def _said(t, col: str, *others, rows: int = 200) -> list[str]:
    return [v for v in generate(t, *others, rows=rows)[t.name.name][col] if v is not None]


def test_a_remark_says_no_clipped_column_name_no_own_moment_and_no_unset_flag() -> None:
    visits = table("port_calls", ("wo_type", "varchar(20)"), ("arr_draft_m", "numeric(4,1)"), ("pilot_req", "bool"),
                   ("opened_at", "ts"), ("condition", "varchar(20)"), ("crew_on_duty", "smallint"),
                   ("is_hazardous", "bool"), ("details", "text"))
    said = _said(visits, "details")
    assert said
    low = [s.lower() for s in said]
    assert not any(re.search(r"\b(wo|arr|req)\b", s) for s in low), said[:8]
    assert not any(re.search(r"\bopened at\b|\d{4}-\d\d-\d\d", s) for s in low), said[:8]
    assert not any(re.search(r"\bnot hazardous\b", s) for s in low), said[:8]
    assert any("condition" in s or "crew" in s for s in low), said[:8]  # the spoken columns are still told
