"""Which JSON document a column holds, from its name and its table's, and the shapes that
``docs`` does not make itself: flat settings and configuration, generic properties, tag and
choice lists, order line items and a geographic point.

``shape_of`` refines the shape the intent rules chose (``setting`` -> settings, ``data`` ->
payload, ...) with what the whole name says: ``line_items`` of an order is a list of
``{sku, quantity, unit_price}``, ``tags`` a list of tags, ``options`` of a poll a list of
choices, ``location`` ``{lat, lon}``, ``settings`` of a user the person's preferences (their
language, time zone and currency), ``settings`` of an organisation or a venue the account's
(time zone, currency, branding), ``settings`` of a job a configuration; schedules, layouts,
states and lists of a plural noun's items are ``jsonitems``'. Documents are
assembled from JSON-safe vocabulary (``data/vocab/documents.json``) with numpy joins, never a
``json.dumps`` per row; the keys a row has vary (each key has the share of rows that carry it).
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.jsonshapes import document_shape
from seedbed.generate.realistic.jsonitems import (DEVICE_WORDS, dimensions_column, layout_column, listed_noun,
                                                  named_shape, plural_noun, schedule_kind, state_column)
from seedbed.generate.realistic.vocab import apply, cat, digits, json_safe, load, strings

__all__ = ["NAME_LIKE", "PERSON_TABLES", "SHAPES", "shape_of", "structural", "translated"]

PERSON_TABLES = frozenset("""user account profile member customer person people employee player student patient
subscriber contact client author owner admin staff viewer reader learner""".split())
_ORDER_TABLES = frozenset("""order cart basket invoice receipt purchase checkout sale quote quotation shipment
transaction bill booking reservation""".split())
_LINE_WORDS = frozenset({"line", "cart", "basket", "lineitem"})
_TAG_WORDS = frozenset({"tag", "keyword", "topic", "hashtag", "label"})
_CHOICE_WORDS = frozenset({"option", "choice", "answer", "alternative"})
_GEO_WORDS = frozenset("""location geo coordinate coord position gps latitude longitude geolocation point
geopoint latlng centroid center centre""".split())
_SETTING_WORDS = frozenset({"setting", "preference", "pref"})
#: Column names that say only "a document": its table's name decides its shape.
_GENERIC = frozenset({"data", "value", "json", "content", "body", "doc", "document", "blob", "info", "meta",
                      "payload", "object", "raw", "store", "state"})
_NAME_WORDS = frozenset({"name", "title", "label", "description", "caption", "heading", "summary"})
#: Heads of JSON columns that hold one text kept per language (``{"en": ...}``): a name, a title, a
#: city, a model; not ``state`` (a device's state is no region) nor ``steps``.
NAME_LIKE = _NAME_WORDS | frozenset("""city country model brand subtitle tagline slogan headline text question
prompt message nickname alias""".split())
#: Settings that belong to a person whatever the table ("notification_settings", "ui_settings").
_PERSONAL_SETTINGS = frozenset({"ui", "display", "notification", "privacy", "profile", "account", "email", "theme",
                                "accessibility", "locale", "language"})
#: Tables of running systems: their settings are a configuration (timeouts, retries, log level).
_SYSTEM_TABLES = frozenset("""job task service integration webhook device server pipeline connector plugin app
application environment deployment worker queue hub node cluster instance agent sensor gateway runner bot
scheduler cron endpoint api client provider channel sync import export backup monitor check probe""".split())
_CONFIG_WORDS = frozenset({"configuration", "config", "parameter", "param", "variable", "env", "environment"})
_PROPERTY_WORDS = frozenset({"attribute", "property", "prop", "spec", "specification", "feature",
                             "characteristic", "trait", "detail"})
_PAYLOAD_WORDS = frozenset({"payload", "event", "body", "request", "response", "result", "change", "diff"})
_META_WORDS = frozenset({"metadata", "meta", "extra", "custom", "context", "info", "information"})


def shape_of(table: str, column: str, shape: str, *, table_name: bool = False) -> str:
    """The document shape of JSON column ``column`` of ``table``; ``shape`` (the intent's) when
    the name says nothing more. ``table_name`` when ``column`` is a table's name read for a
    generic column (``devices.state``, ``widgets.blob``): the shapes only a column's own name
    gives (a list of a plural's items, a layout, a schedule) do not apply."""
    toks, whole = set(tokens(column)), set(tokens(column, segment=False))
    toks |= whole
    table_toks = set(tokens(table))
    if toks <= _GENERIC and table_toks - _GENERIC:
        # "web_settings.data", "user_preferences.value": the table says what the document is
        found = shape_of("", table, "", table_name=True)
        if found:
            return found
        if state_column(column):  # a device's or a job's "state": what it is doing now
            return "state"
    if "address" in toks:
        return "address"
    named = None if table_name else document_shape(table, column)  # request_body, battery, an invoice's totals
    if named:
        return named
    own = None if table_name else schedule_kind(column) or named_shape(column) or (
        "layout" if layout_column(column) else "dimensions" if dimensions_column(column) else None)
    if own:
        return own
    if toks & _LINE_WORDS or ({"item", "product", "line"} & toks and table_toks & _ORDER_TABLES):
        return "line_items"
    if toks & _TAG_WORDS or ("category" in toks and column.endswith("ies")):
        return "tags"
    if toks & _CHOICE_WORDS and not toks & _CONFIG_WORDS:  # "config_options" is a configuration
        return "choices"
    if toks & _GEO_WORDS:
        return "geo"
    if toks & _SETTING_WORDS and listed_noun(column):  # dietary_prefs: a list of diets, not a UI's settings
        return "items"
    if toks & _SETTING_WORDS:
        personal = ({"preference", "pref"} & toks or (table_toks | toks) & PERSON_TABLES
                    or toks & _PERSONAL_SETTINGS)
        if personal:
            return "settings"
        # an organisation's, a venue's or a project's settings are the account's, not a job's configuration
        return "config" if table_toks & _SYSTEM_TABLES or not table_toks else "org_settings"
    if toks & _CONFIG_WORDS:
        return "config"
    if toks & _PROPERTY_WORDS:
        return "attributes" if table_toks & {"product", "item", "sku", "variant", "listing"} else "properties"
    if "header" in toks:
        return "headers"
    if toks & _META_WORDS:
        return "metadata"
    if toks & _PAYLOAD_WORDS or "data" in toks:
        return "payload"
    if not table_name and plural_noun(column):  # "rooms", "triggers", "capabilities": a list of the noun's items
        return "items"
    return shape


def translated(column: str) -> bool:
    """Whether a text value kept per language suits the column: a singular noun (``title``,
    ``city``, ``model``) or a plural of a name (``names``, ``titles``); not ``actions`` or
    ``calculation_details``, which hold several things."""
    toks = tokens(column)
    last = column.lower().rsplit("_", 1)[-1]
    return not toks or last == toks[-1] or toks[-1] in _NAME_WORDS


def structural(table: str, column: str) -> str | None:
    """A shape the column's head word alone decides, even where the intent rules read a text
    value to keep per language: ``last_position`` is a point, ``labels`` a list, not
    ``{"en": ...}``; ``label`` and ``location_name`` stay translatable text."""
    toks = tokens(column)
    head = toks[-1] if toks else ""
    if head == "address":
        return "address"
    if head in _GEO_WORDS:
        return "geo"
    if head in _CHOICE_WORDS or (head in _TAG_WORDS and column.endswith("s")):
        return "choices" if head in _CHOICE_WORDS else "tags"
    if head in _LINE_WORDS or (head in ("item", "product", "line") and set(tokens(table)) & _ORDER_TABLES):
        return "line_items"
    return None


# ------------------------------------------------------------------------------ flat objects


@lru_cache(maxsize=1)
def _documents() -> dict:
    return load("documents")


def _flat(call: Call, entries: list) -> np.ndarray:
    """``{"key": value, ...}`` with each key present in its share of rows (the first always)."""
    rng, n = call.rng, call.n
    body = np.full(n, "", dtype=object)
    for name, kind, values, share in entries:
        if kind == "bool":
            value = np.where(rng.random(n) < values[0], "true", "false").astype(object)
        elif kind == "person":
            value = cat('"', apply(_safe, call.row.person()[values]), '"')
        elif kind == "str#":  # a number written as it is
            value = strings(values)[rng.integers(0, len(values), size=n)]
        else:
            value = cat('"', strings(json_safe(values))[rng.integers(0, len(values), size=n)], '"')
        piece = cat(f'"{name}": ', value)
        keep = rng.random(n) < share if share < 1 else np.ones(n, dtype=bool)
        empty = body == ""
        body = np.where(keep, np.where(empty, piece, cat(body, ", ", piece)), body)
    return cat("{", body, "}")


@lru_cache(maxsize=65536)
def _safe(text: str) -> str:
    return json_safe([text])[0]


def _settings(call: Call) -> np.ndarray:
    """A person's preferences; a qualified name (``notification_settings``, ``privacy_prefs``)
    keeps the keys about its qualifier when there are some."""
    entries = _documents()["settings"]
    words = set(tokens(call.req.column.name)) - _SETTING_WORDS - {"user", "account"}
    about = [e for e in entries if any(w in e[0] for w in words)]
    if len(about) >= 2:
        entries = [[*about[0][:3], 1.0], *about[1:]]
    return _flat(call, entries)


def _org_settings(call: Call) -> np.ndarray:
    return _flat(call, _documents()["org_settings"])


def _config(call: Call) -> np.ndarray:
    """A system's configuration; a device's (reporting interval, LED, sensitivity) in tables of devices."""
    device = entity_properties(call.row.table.name) == "device_properties"
    return _flat(call, _documents()["device_config" if device else "config"])


def _properties(call: Call) -> np.ndarray:
    """Key/values of the table's entity: a tracked event's (path, referrer, browser), a person's
    (plan, signup source, country), a device's (firmware, location, power source), else generic."""
    return _flat(call, _documents()[entity_properties(call.row.table.name)])


#: Table words of each entity family whose properties documents.json knows.
_FAMILIES = (("event_properties", frozenset("""event session pageview page_view visit hit click track tracking
analytics impression""".split())),
             ("device_properties", DEVICE_WORDS),
             ("person_properties", PERSON_TABLES))


def entity_properties(table: str) -> str:
    """The documents.json key of the properties that fit ``table``'s entity."""
    words = set(tokens(table))
    return next((key for key, family in _FAMILIES if words & family), "properties")


# ------------------------------------------------------------------------------ lists


def _joined(call: Call, items: list[np.ndarray], count: np.ndarray) -> np.ndarray:
    """``[a, b, ...]``: the first ``count`` of ``items`` per row."""
    body = items[0]
    for j, item in enumerate(items[1:], start=1):
        body = np.where(count > j, cat(body, ", ", item), body)
    return cat("[", body, "]")


def _counts(rng: np.random.Generator, n: int, shares: tuple[float, ...]) -> np.ndarray:
    return 1 + np.searchsorted(np.cumsum(shares), rng.random(n), side="right").clip(0, len(shares) - 1)


def _tags(call: Call) -> np.ndarray:
    from seedbed.generate.realistic.docs import distinct_tags

    picks, count = distinct_tags(call)
    quoted = [cat('"', apply(_safe, p), '"') for p in picks]
    return _joined(call, quoted, count)


@lru_cache(maxsize=1)
def _choice_lists() -> np.ndarray:
    return strings([json.dumps(c, ensure_ascii=False) for c in _documents()["choices"]])


def _choices(call: Call) -> np.ndarray:
    lists = _choice_lists()
    return lists[call.rng.integers(0, len(lists), size=call.n)]


_SKU_LETTERS = strings([a + b for a in "ABCDEFGHJKLMNPRSTUVWXYZ" for b in "ABCDEFGHJKLMNPRSTUVWXYZ"])


def _line_items(call: Call) -> np.ndarray:
    """1-4 lines of ``{"sku", "quantity", "unit_price"}``: mostly one or two, mostly one of each;
    the first line's price is the row's product's when it has one."""
    rng, n = call.rng, call.n
    count = _counts(rng, n, (0.45, 0.3, 0.15, 0.1))
    median = np.asarray(call.row.product()["median"], dtype=float)
    items = []
    for j in range(4):
        sku = cat(_SKU_LETTERS[rng.integers(0, len(_SKU_LETTERS), size=n)], "-",
                  digits(rng.integers(1000, 100000, size=n)))
        quantity = _counts(rng, n, (0.7, 0.18, 0.07, 0.03, 0.02))
        centre = median if j == 0 else np.exp(rng.normal(np.log(25), 0.9, size=n))
        price = np.clip(np.round(centre * np.exp(rng.normal(0, 0.1, size=n)), 2), 0.5, 99_999)
        items.append(cat('{"sku": "', sku, '", "quantity": ', digits(quantity), ', "unit_price": ',
                         np.char.mod("%.2f", price).astype(object), "}"))
    return _joined(call, items, count)


def _geo(call: Call) -> np.ndarray:
    """``{"lat": ..., "lon": ...}`` of the row's place (its person's city, a few km off)."""
    a = call.row.address()
    return cat('{"lat": ', np.char.mod("%.6f", a["lat"]).astype(object), ', "lon": ',
               np.char.mod("%.6f", a["lon"]).astype(object), "}")


SHAPES = {"settings": _settings, "org_settings": _org_settings, "config": _config, "properties": _properties, "tags": _tags,
          "choices": _choices, "line_items": _line_items, "geo": _geo}
