"""Grounding and the new structures of issue 11, without a database: stems, meanings, labels of
several words, zero counts and their dependants, relative sizes, keys from a file, the saved form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedbed.errors import ScopeError
from seedbed.scope import Scope, load_scope, parse, resolve, save_scope
from seedbed.scope.apply import requested_scope, scope_ids
from seedbed.scope.ground import Grounding, ground_columns, stem
from seedbed.scope.values import NUMERIC, TEMPORAL
from tests.test_scope import SCHEMA


def test_stems_meet_across_inflections() -> None:
    assert stem("places") == stem("placed") == stem("placing")
    assert stem("priced") == stem("price") == stem("prices")
    assert stem("ships") == stem("shipped")
    assert stem("ratings") == stem("rated")


@pytest.mark.parametrize(("table", "words", "kinds", "want"), [
    ("products", "priced", NUMERIC, ["price"]),
    ("products", "costing", NUMERIC, ["price"]),
    ("orders", "places", TEMPORAL, ["placed_at"]),
    ("reviews", "stars", NUMERIC, ["rating"]),
    ("users", "signed up", TEMPORAL, ["created_at"]),
    ("users", "registered", TEMPORAL, ["created_at"]),
    ("order_items", "unit prices", NUMERIC, ["unit_price_cents"]),
    ("orders", "user", NUMERIC, []),  # a key is no quantity
])
def test_ground_columns(table: str, words: str, kinds, want: list[str]) -> None:
    t = next(x for x in SCHEMA.tables if x.name.name == table)
    assert ground_columns(t, words, kinds=kinds) == want


def test_labels_of_several_words_are_joined() -> None:
    g = Grounding.from_schema(SCHEMA)
    assert g.rewrite("payments mostly by bank transfer") == "payments mostly by bank_transfer"
    assert g.is_label("refunded") and g.is_table("payments") and not g.is_table("refunded payments")
    assert parse("payments mostly by bank transfer", SCHEMA).brief() == ["mix payments bank_transfer share 0.8"]
    # Without the schema the words stay apart (and the rules read what they can).
    assert parse("payments mostly by bank transfer").brief() != ["mix payments bank_transfer share 0.8"]


def test_zero_count_empties_what_needs_it() -> None:
    res = resolve(parse("40 users, 0 orders", SCHEMA), SCHEMA)
    rows = res.options.rows_per_table
    assert rows["orders"] == 0 and rows["order_items"] == 0 and rows["payments"] == 0 and rows["users"] == 40
    assert "carts" not in rows and "addresses" not in rows  # nothing else changes
    with pytest.raises(ScopeError, match="order_items cannot have rows"):
        resolve(parse("0 orders, 50 order items", SCHEMA), SCHEMA)


def test_negation_is_a_value_not_a_table() -> None:
    res = resolve(parse("no refunded payments", SCHEMA), SCHEMA)
    assert res.options.columns["payments.status"].weights["refunded"] == 0
    assert not res.options.exclude and "payments" not in res.options.rows_per_table
    # "no X" that is neither a table nor a value is quoted back, not read as "leave X out".
    scope = parse("no blorped payments", SCHEMA)
    assert not any(i.kind == "exclude" for i in scope.items) and scope.unplaced


def test_relative_size_without_a_count_of_the_base() -> None:
    scope = parse("twice as many orders as users", SCHEMA)
    assert scope.brief() == ["ratio orders = 2x users"]
    assert resolve(scope, SCHEMA).options.rows_per_table == {"orders": 200}  # 2 x the default 100
    res = resolve(parse("300 users; twice as many orders as users", SCHEMA), SCHEMA)
    assert res.options.rows_per_table == {"users": 300, "orders": 600}


def test_keys_from_a_file(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("'a1'\nb2, c3\n\n")
    scope = parse(f"200 orders for users with IDs @{ids}", SCHEMA)
    assert scope.items[1].file == str(ids)
    assert resolve(scope, SCHEMA).options.fks["orders.user_id"].parent_keys == ("a1", "b2", "c3")
    with pytest.raises(ScopeError, match="cannot read the keys file"):
        resolve(parse("orders for users with IDs @/nonexistent/ids.txt", SCHEMA), SCHEMA)
    item = scope_ids(f"users=@{ids}")
    res = resolve(Scope(items=(item,)), SCHEMA)
    assert {k for k, v in res.options.fks.items() if v.parent_keys} >= {"orders.user_id", "posts.user_id"}
    with pytest.raises(ScopeError, match="TABLE=@FILE"):
        scope_ids("users")


def test_requested_scope_is_parsed_against_the_schema() -> None:
    wanted = requested_scope("payments by bank transfer only", None)
    assert wanted.scope(SCHEMA).brief() == ["mix payments bank_transfer share 1"]


def test_new_items_round_trip_through_toml(tmp_path: Path) -> None:
    text = ("50 users and twice as many posts as carts; orders shipped within 2 days of being placed; "
            "just reviews (30 of them) plus whatever they depend on; no refunded payments")
    scope = parse(text, SCHEMA)
    kinds = {i.kind for i in scope.items}
    assert {"ratio", "within", "parents", "mix"} <= kinds, scope.brief()
    assert Scope.from_dict(json.loads(json.dumps(scope.to_dict()))) == scope
    path = tmp_path / "seedbed.toml"
    save_scope(path, scope)
    assert load_scope(path) == scope
    assert resolve(load_scope(path), SCHEMA).options.within == (("orders", "shipped_at", "placed_at", 48.0),)
