"""Round 11 (r38): no other field's words. A vocabulary chosen from a column's name alone (name, sku, source,
reason, notes, a currency's code) is checked against the field the schema is of.

The blind review of session 10 found a game's items named like a shop's products, its currencies ISO fiat
codes, its inventory's source a marketing channel, a transaction's reason a back office's, a lesson's notes
coursework and a failed delivery's note a handling instruction. Each test is one class, on synthetic schemas
of made-up trades (a tower-defence game, a chimney sweep, a seed merchant's grain store); no database."""

from __future__ import annotations

import re

from seedbed.generate.intent.fields import schema_field
from seedbed.generate.realistic.vocab import load
from seedbed.model import Schema
from tests.test_realism_units import generate, table

_GAME = load("fields")["fields"]["game"]
_BACK_OFFICE = set(load("misc")["reason_families"]["generic"])
_MARKETING = set(load("misc")["types"]["source"])


def _vals(got: dict, t: str, c: str) -> list[str]:
    return [v for v in got[t][c] if v is not None]


def _tower_defence() -> tuple:
    return (table("commanders", ("gamer_tag", "varchar(24)"), ("lvl", "smallint"), ("xp", "bigint")),
            table("gem_resources", ("code", "varchar(16)"), ("display_name", "varchar(32)")),
            table("gear_pieces", ("name", "varchar(60)"), ("sku", "varchar(48)"),
                  ("rarity", "varchar(12)")),
            table("commander_inventory", ("acquired_via", "varchar(20)"),
                  fks=(("commander_id", "commanders"), ("gear_piece_id", "gear_pieces"))),
            table("shard_ledger", ("reason", "varchar(40)"), ("delta", "int"),
                  fks=(("commander_id", "commanders"),)),
            table("quest_runs", ("boss", "varchar(30)"), fks=(("commander_id", "commanders"),)))


def test_a_game_is_recognised_by_several_of_its_own_words_and_a_sports_league_is_not() -> None:
    assert schema_field(("commander", "lvl", "xp", "gem", "rarity", "quest")) == "game"
    assert schema_field(("player", "team", "match", "level", "season", "coin")) is None  # no word of its own


def test_a_games_items_are_its_own_and_their_codes_come_from_the_item() -> None:
    got = generate(*_tower_defence(), rows=200)
    names, skus = _vals(got, "gear_pieces", "name"), _vals(got, "gear_pieces", "sku")
    bases = tuple(_GAME["item_bases"])
    assert all(n.endswith(bases) or re.search(r" \d+$", n) for n in names), names[:5]
    assert len(set(skus)) == len(skus)
    for n, s in zip(got["gear_pieces"]["name"], got["gear_pieces"]["sku"]):  # one row, one item
        if n is not None and s is not None:
            assert s == re.sub(r"[^a-z0-9]+", "_", n.lower()).strip("_"), (n, s)


def test_a_players_display_name_in_a_game_is_a_tag_not_a_full_name() -> None:
    t = table("commanders", ("display_name", "varchar(24)"), ("lvl", "smallint"), ("xp", "bigint"))
    tags = _vals(generate(t, *_tower_defence()[1:], rows=100), "commanders", "display_name")
    assert tags and not any(" " in v for v in tags), tags[:5]


def test_a_games_currency_is_its_own_and_its_code_and_name_agree_in_a_row() -> None:
    got = generate(*_tower_defence(), rows=20)["gem_resources"]
    pairs = {c: n for c, n in _GAME["currencies"]}
    for code, name in zip(got["code"], got["display_name"]):
        assert code is None or name is None or pairs[code] == name, (code, name)
    assert not {"USD", "EUR", "AED"} & set(got["code"])


def test_a_games_holdings_come_from_its_sources_and_its_ledger_moves_for_its_reasons() -> None:
    got = generate(*_tower_defence(), rows=200)
    assert set(_vals(got, "commander_inventory", "acquired_via")) <= set(_GAME["sources"])
    reasons = set(_vals(got, "shard_ledger", "reason"))
    assert reasons <= set(_GAME["reasons"]) and len(reasons) > 5


def _chimney_sweep() -> tuple:
    owners = table("householders", ("full_name", "text"), ("source", "varchar(20)"))
    chimneys = table("chimneys", ("flue_type", "varchar(20)"), fks=(("householder_id", "householders"),))
    visits = table("sweep_visits", ("source", "varchar(20)"), ("reason", "varchar(60)"),
                   ("visited_at", "ts"), fks=(("chimney_id", "chimneys"),))
    parts = table("flue_parts", ("sku", "varchar(30)"), ("part_name", "varchar(60)"))
    lines = table("visit_lines", ("reason", "varchar(40)"), fks=(("sweep_visit_id", "sweep_visits"),
                                                                    ("flue_part_id", "flue_parts")))
    moves = table("soot_bag_movements", ("reason", "varchar(40)"), ("qty", "int"),
                  fks=(("flue_part_id", "flue_parts"),))
    return owners, chimneys, visits, parts, lines, moves


def test_an_events_source_is_how_it_came_in_and_a_persons_may_stay_a_marketing_channel() -> None:
    got = generate(*_chimney_sweep(), rows=200)
    came_in = set(_vals(got, "sweep_visits", "source"))
    assert came_in and not came_in & _MARKETING - {"referral"}, came_in
    assert set(_vals(got, "householders", "source")) & _MARKETING  # how a householder heard of the sweep


def test_a_reason_speaks_of_the_event_the_ledger_or_the_line_not_a_back_office() -> None:
    got = generate(*_chimney_sweep(), rows=300)
    visit = set(_vals(got, "sweep_visits", "reason"))
    assert not visit & _BACK_OFFICE - {"Other"} and any("Chimney" in r for r in visit), visit
    assert any("householder" in r for r in visit)  # the schema's own client
    moved = set(_vals(got, "soot_bag_movements", "reason"))
    assert not moved & _BACK_OFFICE - {"Other"} and "Transfer in" in moved, moved
    line = set(_vals(got, "visit_lines", "reason"))
    assert not line & _BACK_OFFICE - {"Other"} and "Worn" in line, line


def test_a_reason_of_a_known_family_keeps_it() -> None:  # a cancellation's reason is still a cancellation's
    got = generate(table("sweep_visits", ("cancel_reason", "varchar(60)")), rows=200)
    assert set(_vals(got, "sweep_visits", "cancel_reason")) <= set(load("misc")["reason_families"]["cancel"])


def test_a_sku_outside_a_shop_is_a_code_of_the_rows_own_noun() -> None:
    skus = _vals(generate(*_chimney_sweep(), rows=200), "flue_parts", "sku")
    assert not any(re.fullmatch(r"[A-Z]{2}-[A-Z]{3}-\d{5}", s) for s in skus), skus[:5]  # a shop's category-brand SKU
    assert len(set(skus)) == len(skus)
    shop = generate(table("products", ("sku", "varchar(30)"), ("title", "text")),
                    table("carts", ("total", "numeric")), rows=50)
    assert any(re.fullmatch(r"[A-Z]{2}-[A-Z]{3}-\d{5}", s) for s in _vals(shop, "products", "sku"))


def test_a_packs_notes_on_an_event_row_of_another_noun_are_the_rows_own() -> None:
    pack = load("packs")["packs"]["logistics"]["description"]
    tables = (table("consignments", ("weight_kg", "numeric"), ("notes", "text")),
              table("shipments", ("carrier", "varchar(40)"), fks=(("consignment_id", "consignments"),)),
              table("pallets", ("code", "varchar(12)"), fks=(("shipment_id", "shipments"),)),
              table("collection_attempts", ("attempt_no", "smallint"), ("outcome", "varchar(20)"),
                    ("driver_note", "text"), ("attempted_at", "ts"), fks=(("shipment_id", "shipments"),)))
    got = generate(*tables, rows=200)
    stems = {p.split("{")[0][:12] for p in pack if len(p.split("{")[0]) >= 12}
    notes = _vals(got, "collection_attempts", "driver_note")
    assert notes and not any(n.startswith(tuple(stems)) for n in notes), notes[:5]


def test_a_game_schemas_words_do_not_leak_into_a_shop() -> None:  # the gate is one way: a shop keeps its words
    assert schema_field(tuple(w for t in ("products", "carts", "orders", "customers") for w in (t,))) is None
    got = generate(table("products", ("name", "varchar(80)"), ("sku", "varchar(30)")),
                   table("carts", ("total", "numeric")), table("orders", ("source", "varchar(20)")), rows=100)
    assert set(_vals(got, "orders", "source")) <= _MARKETING


def test_a_context_list_of_moves_is_a_museums_only_where_objects_move() -> None:
    got = generate(table("stock_moves", ("reason", "varchar(40)"), ("delta", "int")), rows=100)
    assert not set(_vals(got, "stock_moves", "reason")) & {"exhibition", "conservation", "photography"}
    Schema(tables=())  # the model is importable without a database



def test_a_note_named_after_a_failure_is_written_on_the_failing_rows_only() -> None:
    from dataclasses import replace

    from seedbed.model import Check

    t = table("meter_read_attempts", ("outcome", "varchar(20)"), ("problem_note", "varchar(200)"),
              ("attempted_at", "ts"), ("reader_name", "varchar(60)"))
    t = replace(t, checks=(Check(name="meter_read_attempts_outcome_check", columns=("outcome",),
                                 expression="outcome IN ('read', 'estimated', 'nobody_in', 'dog_loose', 'no_access')"),))
    got = generate(t, rows=300)["meter_read_attempts"]
    rows = list(zip(got["outcome"], got["problem_note"]))
    assert all(note is None for outcome, note in rows if outcome in ("read", "estimated", "dog_loose"))
    assert any(note for outcome, note in rows if outcome in ("nobody_in", "no_access"))


def test_a_games_iap_product_id_is_an_app_store_product_of_one_studio_and_title() -> None:
    t = table("iap_bundles", ("iap_product_id", "varchar(100)"), fks=(("gear_piece_id", "gear_pieces"),))
    ids = _vals(generate(*_tower_defence(), t, rows=100), "iap_bundles", "iap_product_id")
    assert all(re.fullmatch(r"com\.[a-z]+\.[a-z]+\.[a-z]+_\d+", v) for v in ids), ids[:5]
    assert len({v.rsplit(".", 1)[0] for v in ids}) == 1  # one studio, one game
