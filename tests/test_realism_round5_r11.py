"""Issue 10, round 5 (helper r11): the vocabulary of domains nobody wrote (categorical columns of
crops, machines, minerals, specimens, vessels...) and packs that leak across tables. Small
synthetic schemas with invented table names (no database: plan + engine)."""

from __future__ import annotations

from seedbed.generate.intent.domain import table_packs
from seedbed.model import Schema
from tests.test_realism_units import generate, intent_of, table


def _values(got: dict, tab: str, col: str) -> set[str]:
    return {v for v in got[tab][col] if v is not None}


# ------------------------------------------------------------------ packs that leak across tables
def test_an_entity_table_does_not_take_its_childrens_pack_but_a_lookup_table_does() -> None:
    """``orchards`` <- ``shipments`` (logistics): an orchard is no parcel; ``fruit_categories`` <-
    ``shipments`` is a lookup and may take its users' pack."""
    orchards = table("orchards", ("name", "text"), ("category", "varchar(30)"))
    cats = table("fruit_categories", ("name", "text"))
    ships = table("shipments", ("tracking_no", "text"), ("weight_kg", "numeric"), ("shipped_at", "ts"),
                  ("status", "text"), fks=(("orchard_id", "orchards"), ("category_id", "fruit_categories")))
    others = [table(n) for n in ("carriers", "warehouses", "parcels")]
    packs = table_packs(Schema(tables=(orchards, cats, ships, *others)), "logistics")
    assert packs["orchards"] == "generic" and packs["fruit_categories"] == "logistics"


def test_a_neighbours_everyday_word_votes_as_weakly_as_the_tables_own() -> None:
    """A ``trades`` table of builders is no stock trade: a table referencing it stays out of fintech."""
    trades = table("trades", ("name", "text"))
    snags = table("snags", ("note", "text"), fks=(("trade_id", "trades"),))
    others = [table(n) for n in ("shipments", "warehouses", "vehicles")]
    assert table_packs(Schema(tables=(trades, snags, *others)), "logistics")["snags"] != "fintech"


# ------------------------------------------------------------------ <table>_type beside the table's own key
def test_a_type_named_after_its_own_table_is_no_polymorphic_pair() -> None:
    """``survey_type`` in ``surveys`` whose key is ``survey_id`` is the survey's kind, not a class name."""
    from dataclasses import replace

    t = table("surveys", ("survey_type", "varchar(40)"))
    t = replace(t, columns=tuple(replace(c, name="survey_id") if c.name == "id" else c for c in t.columns),
                primary_key=replace(t.primary_key, columns=("survey_id",)))
    assert intent_of(t, "survey_type") != "tech.class_name"
    poly = table("comments", ("commentable_type", "varchar(40)"), ("commentable_id", "int"))
    assert intent_of(poly, "commentable_type") == "tech.class_name"
