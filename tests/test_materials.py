"""A material column takes its craft's words, read from the table's and the schema's nouns
(issue 10, r33): a foundry's alloy is metal's, a joinery's timber wood's, a memorial's stone,
never another trade's ('Organic Cotton' for an organ case, 'Cement 20 kg bag' for a bicycle tube)."""

from __future__ import annotations

from seedbed.generate.realistic.vocab import load
from tests.test_realism_units import generate, table


def _family(name: str, head: str = "material") -> set[str]:
    return {v for f in load("materials")["families"] if f["name"] == name for v in f["heads"][head].split("|")}


def test_materials_follow_what_the_table_makes() -> None:
    cases = [  # (table, columns, column, family)
        (table("weathervane_castings", ("material", "varchar(60)", False), ("cast_on", "date")), "material", "metal"),
        (table("joinery_orders", ("material", "varchar(60)", False), ("veneer", "varchar(40)")), "material", "wood"),
        (table("headstones", ("material", "varchar(60)", False), ("inscription", "text")), "material", "stone"),
        (table("quilts", ("material", "varchar(60)", False), ("pattern", "varchar(40)")), "material", "textile"),
        (table("kiln_firings", ("material", "varchar(60)", False), ("glazing", "varchar(40)")), "material", "glass"),
        (table("anchor_forgings", ("alloy", "varchar(60)", False),), "alloy", "metal"),
    ]
    for t, col, fam in cases:
        got = set(generate(t, rows=30)[t.name.name][col])
        assert got <= _family(fam, col if col != "material" else "material"), (t.name.name, got)


def test_a_qualifier_says_the_craft_before_the_table() -> None:
    """A harpsichord's case_material is wood even in a table of instruments."""
    t = table("harpsichords", ("case_material", "varchar(60)", False), ("string_material", "varchar(60)", False))
    got = generate(t, rows=30)["harpsichords"]
    assert set(got["case_material"]) <= _family("wood")


def test_a_substrate_under_paint_is_what_the_thing_is_made_of() -> None:
    """A sign-writer's paint job on a steel frame: its substrate is metal, not canvas."""
    t = table("frame_paint_jobs", ("substrate", "varchar(40)", False), ("painter", "varchar(80)"),
              ("frame_weld", "varchar(20)"))
    assert set(generate(t, rows=30)["frame_paint_jobs"]["substrate"]) <= _family("metal", "substrate")


def test_a_shop_product_material_keeps_the_shop_list() -> None:
    t = table("products", ("material", "varchar(60)", False), ("price", "numeric(10,2)"))
    got = set(generate(t, rows=30)["products"]["material"])
    assert not got <= _family("metal")
