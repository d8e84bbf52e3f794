"""JSON that fits the column: the document's shape follows the column's and the table's names
(issue 10). Names are invented (none of them is in the intent rules' examples).
"""

from __future__ import annotations

import psycopg
import pytest

import seedbed
from seedbed.generate.realistic.geo import countries
from seedbed.generate.realistic.jsondocs import shape_of, structural


@pytest.mark.parametrize(("table", "column", "shape"), [
    ("shoppers", "ui_preferences", "settings"), ("crew_members", "notification_settings", "settings"),
    ("sync_jobs", "settings", "config"), ("webhooks", "delivery_config", "config"),
    ("pipelines", "env_variables", "config"), ("gadgets", "extra_properties", "properties"),
    ("product_variants", "specs", "attributes"), ("tickets", "keywords", "tags"),
    ("polls", "answer_options", "choices"), ("sales_orders", "line_items", "line_items"),
    ("receipts", "products", "line_items"), ("carts", "basket", "line_items"),
    ("drivers", "last_known_location", "geo"), ("stores", "geo_point", "geo"),
    ("tenants", "billing_address", "address"), ("outbox", "event_payload", "payload"),
    ("api_calls", "response_headers", "headers"), ("widgets", "extra", "metadata"),
    ("widgets", "blob", "payload"), ("build_steps", "config_options", "config"),
    ("member_preferences", "value", "settings"), ("deploy_configs", "data", "config"),
])
def test_shape_from_the_names(table: str, column: str, shape: str) -> None:
    assert shape_of(table, column, "payload") == shape


@pytest.mark.parametrize(("column", "kept"), [
    ("title", True), ("display_names", True), ("city", True), ("moves", False), ("scoring_details", False),
])
def test_a_text_per_language_only_for_one_thing_or_names(column: str, kept: bool) -> None:
    from seedbed.generate.realistic.jsondocs import translated

    assert translated(column) is kept


@pytest.mark.parametrize(("table", "column", "shape"), [
    ("players", "last_position", "geo"), ("notes", "labels", "tags"), ("menus", "label", None),
    ("venues", "location_name", None), ("invoices", "items", "line_items"), ("menus", "items", None),
])
def test_the_head_word_decides_over_a_translated_text(table: str, column: str, shape: str | None) -> None:
    assert structural(table, column) == shape


_SCHEMA = """
CREATE TABLE patrons (id serial PRIMARY KEY, country char(2) NOT NULL, city text NOT NULL,
                      ui_preferences jsonb NOT NULL, postal_address jsonb NOT NULL, last_seen_location jsonb NOT NULL,
                      search_keywords jsonb NOT NULL);
CREATE TABLE sales_orders (id serial PRIMARY KEY, patron_id int NOT NULL REFERENCES patrons,
                           line_items jsonb NOT NULL, sync_settings jsonb NOT NULL);
CREATE TABLE polls (id serial PRIMARY KEY, question text NOT NULL, answer_choices jsonb NOT NULL,
                    headline jsonb NOT NULL);
CREATE TABLE brands (id serial PRIMARY KEY, name jsonb NOT NULL);
"""


@pytest.fixture(scope="module")
def seeded(module_dsn: str) -> str:
    with psycopg.connect(module_dsn, autocommit=True) as conn:
        conn.execute(_SCHEMA)
    result = seedbed.seed(module_dsn, rows=200, seed=8)
    assert result.ok, result.verify.problems
    return module_dsn


def _rows(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(query).fetchall()


def test_settings_are_flat_and_follow_the_person(seeded: str) -> None:
    c = countries()
    language = dict(zip(c.codes.tolist(), c.languages.tolist(), strict=True))
    rows = _rows(seeded, "SELECT country, ui_preferences FROM patrons")
    keys = set()
    for country, prefs in rows:
        assert isinstance(prefs, dict) and prefs["theme"] in ("light", "dark", "system")
        assert all(isinstance(v, bool | int | str) for v in prefs.values()), prefs  # flat
        assert prefs.get("language", language[country]) == language[country]
        keys |= set(prefs)
    assert len(keys) >= 8  # rows carry different keys


def test_address_and_location_are_the_rows_own(seeded: str) -> None:
    for country, city, address, location in _rows(
            seeded, "SELECT country, city, postal_address, last_seen_location FROM patrons"):
        assert address["country"] == country and address["city"] == city
        assert set(address) == {"street", "city", "region", "postal_code", "country"}
        assert set(location) == {"lat", "lon"} and -90 <= location["lat"] <= 90 and -180 <= location["lon"] <= 180


def test_tags_and_choices_are_lists_of_strings(seeded: str) -> None:
    for (tags,) in _rows(seeded, "SELECT search_keywords FROM patrons"):
        assert isinstance(tags, list) and 1 <= len(tags) <= 3 and len(set(tags)) == len(tags)
    for choices, headline in _rows(seeded, "SELECT answer_choices, headline FROM polls"):
        assert isinstance(choices, list) and len(choices) >= 2 and all(isinstance(x, str) for x in choices)
        assert isinstance(headline, dict) and set(headline) == {"en"}  # a text kept per language


def test_line_items_and_a_jobs_settings(seeded: str) -> None:
    sizes = set()
    for items, settings in _rows(seeded, "SELECT line_items, sync_settings FROM sales_orders"):
        assert isinstance(items, list) and 1 <= len(items) <= 4
        sizes.add(len(items))
        for item in items:
            assert set(item) == {"sku", "quantity", "unit_price"}
            assert isinstance(item["quantity"], int) and item["quantity"] >= 1 and item["unit_price"] > 0
        assert "theme" not in settings and isinstance(settings.get("enabled", True), bool)
    assert sizes >= {1, 2, 3}


def test_a_proper_name_per_language_is_the_same_name(seeded: str) -> None:
    """``{"en": "Corvix", "de": "Corvix"}``: a brand or model is not translated; most rows carry
    one or two languages besides English."""
    rows = _rows(seeded, "SELECT name FROM brands")
    more = 0
    for (name,) in rows:
        assert "en" in name and len(set(name.values())) == 1, name
        more += len(name) > 1
    assert 0.5 * len(rows) < more < len(rows)


def test_a_metadata_documents_two_tags_differ(seeded: str) -> None:
    from seedbed.generate.realistic.jsondocs import shape_of

    assert shape_of("sales_orders", "extra_meta", "metadata") == "metadata"
    with psycopg.connect(seeded, autocommit=True) as conn:
        conn.execute("CREATE TABLE gadgets (id serial PRIMARY KEY, extra_meta jsonb NOT NULL)")
    seedbed.seed(seeded, rows=300, seed=3, tables=["gadgets"])
    for (meta,) in _rows(seeded, "SELECT extra_meta FROM gadgets"):
        assert len(meta["tags"]) == 2 and meta["tags"][0] != meta["tags"][1], meta
