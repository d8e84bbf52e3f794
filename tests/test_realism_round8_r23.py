"""Issue 10, round 8 (r23): names and free text made from the row's own world, not placeholders.
Names of things by their head noun (``placenames.json``), and notes / remarks / summaries told from
the row's own values (``planning/remarks.py``, ``generate/remarks.py``). Synthetic schemas, no database."""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table

#: A placeholder made of the column's words: 'Shire 4', 'Core Paddock', 'Hut C'.
_PLACEHOLDER = re.compile(r"^([A-Z][a-z]+( [a-z]+)* ([A-F]|\d+)|(Main|Core|Standard|Primary|Premium|Legacy|Basic) .+)$")


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


def test_things_named_after_places_and_people_get_composed_names() -> None:
    """A grazing block's ``paddock_name``, a ``huts.hut_name``, a ``lifts.lift_name``, a ``shire``
    and a ``managing_authority``: names like 'Windmill Paddock', 'Summit Express', 'Glenmore Shire',
    'Riverside Regional Authority', never 'Core Paddock', 'Shire 4' or 'prime_canyon'."""
    got = generate(table("paddocks", ("paddock_name", "varchar(60)")), table("huts", ("hut_name", "varchar(80)")),
                   table("lifts", ("lift_name", "varchar(60)")),
                   table("reserves", ("shire", "varchar(60)"), ("managing_authority", "varchar(120)")), rows=120)
    for tname, col, head in (("paddocks", "paddock_name", "Paddock"), ("huts", "hut_name", "Hut"),
                             ("reserves", "shire", "Shire"), ("reserves", "managing_authority", "Authority")):
        vals = _vals(got[tname][col])
        assert vals and all(v.endswith(head) and len(v) > len(head) + 2 for v in vals), (col, vals[:5])
        assert not any(_PLACEHOLDER.match(v) or "_" in v for v in vals), (col, vals[:5])
        assert len(set(vals)) >= 30, (col, sorted(set(vals))[:10])
    lifts = _vals(got["lifts"]["lift_name"])
    assert all(v.split()[-1] in ("Express", "Chair", "Quad", "T-Bar", "Gondola") for v in lifts), lifts[:5]


def test_an_authority_or_a_field_is_a_body_or_land_outside_software() -> None:
    """A farm's ``field_name`` is land ('Creek Field'), a reserve's ``authority`` a body; in a table of
    OAuth clients or of a form's fields they stay software's identifiers."""
    got = generate(table("fields", ("field_name", "varchar(60)"), ("area_hectares", "numeric(8,2)"),
                         ("soil_type", "varchar(30)")),
                   table("form_fields", ("field_name", "varchar(60)"), ("required", "bool")),
                   table("oauth_clients", ("authority", "varchar(80)")), rows=60)
    land = _vals(got["fields"]["field_name"])
    assert land and all(v.endswith(" Field") and "_" not in v for v in land), land[:5]
    assert not any(v.endswith("Field") for v in _vals(got["form_fields"]["field_name"]))
    assert not any(v.endswith("Authority") for v in _vals(got["oauth_clients"]["authority"]))


def test_a_drover_is_a_person() -> None:
    got = generate(table("stock_moves", ("drover", "varchar(80)")), rows=60)["stock_moves"]
    vals = _vals(got["drover"])
    assert vals and all(" " in v and not any(ch.isdigit() for ch in v) for v in vals), vals[:5]


def test_remarks_speak_of_their_own_row() -> None:
    """A trail check's ``comments``, a log's ``summary``, a water point's ``remarks`` mention the row's
    own condition, hazard, distance, crew or who reported it; never another domain's sentences."""
    t = table("trail_checks", ("condition", "varchar(20)"), ("hazard", "varchar(60)"), ("distance_km", "numeric(5,1)"),
              ("crew_on_duty", "smallint"), ("reported_by", "varchar(80)"), ("comments", "text"),
              ("summary", "varchar(255)"))
    got = generate(t, rows=150)["trail_checks"]
    told = 0
    for i, text in enumerate(got["comments"]):
        if text is None:
            continue
        own = [v for c in ("condition", "hazard", "distance_km", "crew_on_duty", "reported_by")
               for v in [got[c][i]] if v is not None]
        said = {v for v in own} | {str(round(float(v))) for v in own if v.replace(".", "").isdigit()}
        assert any(v in text for v in said), (text, own)  # 242.6 km may read '243 km'
        told += 1
    assert told >= 100
    assert not any(t.split()[0] == "Smoke" for t in _vals(got["comments"]))
    summaries = _vals(got["summary"])
    assert len(set(summaries)) >= 0.8 * len(summaries)
    assert all(len(s) <= 255 and (s[:1].isupper() or s[:1].isdigit()) and s.rstrip().endswith(".") for s in summaries), summaries[:5]


def test_a_remark_on_a_number_that_is_null_or_no_number_says_nothing_of_it() -> None:
    """A number source held as objects, NULL in every row or a string that is no number (a CHECK's null pattern
    left the column empty): no phrase, no failure (the lead's CI run after the merges: 'could not convert')."""
    import numpy as np

    from seedbed.generate.remarks import _phrase
    from seedbed.generate.values import ColumnData

    for data in (ColumnData(values=np.array(["", ""], dtype=object), nulls=np.array([True, True])),
                 ColumnData(values=np.array([""], dtype=object), nulls=None)):
        low, cap = _phrase("number", "amount", data)
        assert list(low) == [""] * len(data.values) and list(cap) == [""] * len(data.values)
