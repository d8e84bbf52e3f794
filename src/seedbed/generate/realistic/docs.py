"""Structured documents shaped by the column name: JSON (settings, metadata, address, attributes,
payload, headers, lists), YAML, XML, unified diffs, and tag lists (text or ``text[]``).

JSON is assembled by joining JSON-safe vocabulary, never with ``json.dumps`` per row;
a product's attributes and a person's address come from the row context, so they match the
row's other columns.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.realistic.catalog import categories
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.jsondocs import SHAPES, entity_properties, shape_of, structural, translated
from seedbed.generate.realistic.jsonitems import ARRAY_SHAPES
from seedbed.generate.realistic.jsonitems import SHAPES as ITEM_SHAPES
from seedbed.generate.realistic.jsonshapes import PREFIX, is_array, render
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, cat, json_safe, load, pick, strings
from seedbed.generate.values.data import ColumnData, may_be_null, object_array

__all__ = ["json_documents"]


def _q(values: np.ndarray) -> np.ndarray:
    return cat('"', values, '"')


def _bool(rng: np.random.Generator, n: int, p: float = 0.5) -> np.ndarray:
    return np.where(rng.random(n) < p, "true", "false").astype(object)


def _metadata(call: Call) -> np.ndarray:
    """Where a record came from and how it is labelled; the client's IP only in tables of
    requests, sessions and events; a device's metadata is its properties (firmware, location)."""
    if entity_properties(call.row.table.name) == "device_properties":  # a sensor's metadata: where and what it runs
        return SHAPES["properties"](call)
    rng, n = call.rng, call.n
    tags = strings(json_safe(load("misc")["tags"]))
    first = rng.integers(0, len(tags), size=n)
    second = (first + rng.integers(1, len(tags), size=n)) % len(tags)  # two different tags
    doc = cat('{"source": ', _q(pick(rng, ["web", "ios", "android", "api", "import"], n)),
              ', "version": ', rng.integers(1, 6, size=n).astype(str))
    if set(tokens(call.row.table.name)) & _TRAFFIC:
        doc = cat(doc, ', "ip": "', rng.integers(23, 220, size=n).astype(str), ".", rng.integers(0, 255, size=n).astype(str),
                  ".", rng.integers(0, 255, size=n).astype(str), ".", rng.integers(1, 255, size=n).astype(str), '"')
    return cat(doc, ', "tags": [', _q(tags[first]), ", ", _q(tags[second]), "]}")


_TRAFFIC = frozenset("""event session request visit login click hit webhook audit log activity access call
delivery message signup pageview view track""".split())


def _address(call: Call) -> np.ndarray:
    p, a = call.row.person(), call.row.address()
    safe = lambda v: apply(_json_text, v)  # noqa: E731
    return cat('{"street": ', _q(safe(a["street"])), ', "city": ', _q(safe(p["city"])), ', "region": ',
               _q(safe(p["region"])), ', "postal_code": ', _q(a["postal_code"]), ', "country": ', _q(p["country"]), "}")


def _attributes(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    prod = call.row.product()
    colors = [c[0] for c in load("commerce")["colors"]]
    fashion = np.array([c.key == "fashion" for c in categories()])[prod["category"]]
    size = np.where(fashion, _q(pick(rng, load("commerce")["sizes"], n)), "null")
    color = np.where(fashion, prod["variant"], pick(rng, colors, n))
    weight = _WEIGHTS[np.minimum(np.exp(rng.normal(-0.5, 0.9, size=n)) * 100, len(_WEIGHTS) - 1).astype(np.int64)]
    head = apply(_attribute_head, list(zip(prod["brand"].tolist(), prod["category"].tolist(), strict=True)))
    return cat(head, ', "color": "', color, '", "size": ', size, ', "weight_kg": ', weight, "}")


_WEIGHTS = np.array([f"{max(i, 5) / 100:.2f}" for i in range(3000)], dtype=object)


@lru_cache(maxsize=4096)
def _attribute_head(brand_category: tuple[str, int]) -> str:
    brand, category = brand_category
    return f'{{"brand": "{_json_text(brand)}", "category": "{_json_labels()[category]}"'


@lru_cache(maxsize=1)
def _json_labels() -> np.ndarray:
    return np.array(json_safe([c.label for c in categories()]), dtype=object)


@lru_cache(maxsize=65536)
def _json_text(text: str) -> str:
    return json_safe([text])[0]


def _payload(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    events = load("misc")["web"]["event_names"]
    return cat('{"event": ', _q(pick(rng, events, n)), ', "id": ', rng.integers(1, 10**6, size=n).astype(str),
               ', "attempt": ', rng.integers(1, 4, size=n).astype(str), ', "ok": ', _bool(rng, n, 0.9), "}")


def _headers(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    languages = pick(rng, ["en-US", "de-DE", "fr-FR", "es-ES"], n)
    return cat('{"Content-Type": "application/json", "Accept-Language": ', _q(languages),
               ', "X-Request-Id": "', rng.integers(10**9, 10**10, size=n).astype(str), '"}')


def _list(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    tags = strings(json_safe(load("misc")["tags"]))
    return cat("[", _q(pick(rng, tags, n)), ", ", _q(pick(rng, tags, n)), "]")


def _fields(call: Call) -> np.ndarray | None:
    """An object whose values come from other intents of the same row: ``{"en": <a name>}`` for a
    name kept per language, ``{"email": ..., "phone": ...}`` for contact data."""
    from dataclasses import replace

    from seedbed.generate.intent import Intent
    from seedbed.generate.realistic import generate_intent
    from seedbed.model import ColumnDomain, ColumnType, TypeKind

    col = replace(call.req.column, type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
    req = replace(call.req, column=col, domain=ColumnDomain(), unique=False, null_rate=0.0, low=None, high=None)
    out = None
    fields = call.p("fields") or ()
    for key, name, params in fields:
        data = generate_intent(Intent(name=name, reason="", params=dict(params)), req, call.rng, call.row)
        if data is None:
            return None
        value = _q(apply(_json_text, data.values))
        out = cat(f'"{key}": ', value) if out is None else cat(out, f', "{key}": ', value)
        if len(fields) == 1 and key == "en" and (name in _PROPER_NAMES or call.p("i18n")):
            out = _other_languages(call, out, value)
    return None if out is None else cat("{", out, "}")


#: Intents whose values are proper names, written the same in every language ("Airbus A330-300").
_PROPER_NAMES = frozenset({"entity.name", "company.name", "commerce.product_name", "commerce.brand"})
_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "ja", "ru")


def _other_languages(call: Call, out: np.ndarray, value: np.ndarray) -> np.ndarray:
    """A proper name kept per language: besides ``en``, most rows carry one or two more
    languages, with the same name (a brand or a model is not translated)."""
    rng, n = call.rng, call.n
    first = rng.integers(0, len(_LANGUAGES), size=n)
    second = (first + rng.integers(1, len(_LANGUAGES), size=n)) % len(_LANGUAGES)
    extra = rng.random(n)
    langs = strings(_LANGUAGES)
    out = np.where(extra < 0.7, cat(out, ', "', langs[first], '": ', value), out)
    return np.where(extra < 0.3, cat(out, ', "', langs[second], '": ', value), out)


_SHAPES = {"metadata": _metadata, "address": _address, "attributes": _attributes, "payload": _payload,
           "headers": _headers, "list": _list, **SHAPES, **ITEM_SHAPES}


def json_documents(call: Call) -> np.ndarray:
    """One JSON document per row, shaped by the intent's ``shape`` refined by the column's and
    the table's names (``jsondocs.shape_of``)."""
    shape = str(call.p("shape") or "metadata")
    table, column = call.row.table.name, call.req.column.name
    if shape == "fields" and call.p("fields") and call.p("fields")[0][0] == "en":
        # a name per language, unless the head word says more or the name is a plural of things
        shape = structural(table, column) or (shape if translated(column) or call.p("i18n") else "metadata")
    if shape == "fields":
        found = _fields(call)
        if found is not None:
            return found
        shape = "metadata"
    shape = shape_of(table, column, shape)
    if table.startswith("product") and shape in ("attributes", "metadata", "properties"):
        shape = "attributes"
    container = call.p("container")
    if container == "array" and shape not in ARRAY_SHAPES and shape in ("metadata", "payload", "properties"):
        shape = "items"  # DEFAULT '[]' or CHECK (jsonb_typeof(x) = 'array') of a name that says nothing more
    if shape.startswith(PREFIX):  # a document its words name (``jsonshapes``)
        docs = render(shape, call)
        listed = is_array(shape)
        if container == "array" and not listed:
            return cat("[", docs, "]")
        return cat(f'{{"{_json_text(column.lower())}": ', docs, "}") if container == "object" and listed else docs
    docs = _SHAPES.get(shape, _metadata)(call)
    if container == "array" and shape not in ARRAY_SHAPES:
        return cat("[", docs, "]")
    if container == "object" and shape in ARRAY_SHAPES:
        key = column.lower().rsplit("_", 1)[-1]
        return cat(f'{{"{_json_text(key)}": ', docs, "}")
    return docs


@register("tech.json", unique="native", cut="never")
def _json(call: Call) -> np.ndarray:
    docs = json_documents(call)
    if call.unique:  # an index-derived id makes every document distinct
        ids = (call.ranks("json") + 1).tolist()
        listed = call.p("container") == "array"  # a declared list stays a list: its first item is the id
        docs = np.array([f'{{"id": {i}, {d[1:]}' if d.startswith("{") else (f'[{{"id": {i}}}, {d[1:]}' if d != "[]" else f'[{{"id": {i}}}]') if listed
                         else f'{{"id": {i}, "items": {d}}}' for i, d in zip(ids, docs.tolist(), strict=True)], dtype=object)
    return docs


@register("tech.yaml", cut="never")
def _yaml(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    return cat("---\nname: ", pick(rng, load("packs")["shared"]["codename"], n), "\nenabled: ", _bool(rng, n, 0.8),
               "\nretries: ", rng.integers(0, 6, size=n).astype(str), "\n")


@register("tech.xml", cut="never")
def _xml(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    return cat('<?xml version="1.0"?><metadata><source>', pick(rng, ["web", "api", "import"], n),
               "</source><version>", rng.integers(1, 9, size=n).astype(str), "</version></metadata>")


@register("tech.diff", cut="never")
def _diff(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    files = pick(rng, ["app/models/user.rb", "src/index.ts", "README.md", "lib/billing.py", "config/routes.rb"], n)
    line = rng.integers(1, 400, size=n).astype(str)
    return cat("--- a/", files, "\n+++ b/", files, "\n@@ -", line, ",3 +", line,
               ",3 @@\n-  timeout: 30\n+  timeout: 60\n")


def distinct_tags(call: Call) -> tuple[list[np.ndarray], np.ndarray]:
    """Three distinct tags per row (of the intent's labels, else the domain's) and how many of
    them the row has (1-3)."""
    rng, n = call.rng, call.n
    misc = load("misc")
    tags = strings(call.p("labels") or misc["tags_by_pack"].get(call.pack) or misc["tags"])
    count = rng.integers(1, 4, size=n)
    first = rng.integers(0, len(tags), size=n)  # three distinct tags: offsets that never wrap onto the first
    step = rng.integers(1, max(len(tags) // 2, 2), size=(2, n))
    return [tags[first], tags[(first + step[0]) % len(tags)], tags[(first + step[0] + step[1]) % len(tags)]], count


@register("text.tags", out="data")
def _tags(call: Call) -> ColumnData | None:
    rng, n = call.rng, call.n
    picks, count = distinct_tags(call)
    req = call.req
    if req.unique:
        return None
    nulls = None
    if req.null_rate > 0 and may_be_null(req.column, req.domain):
        mask = rng.random(n) < req.null_rate
        nulls = mask if mask.any() else None
    if req.column.type.is_array:
        rows = [list(t[:k]) for t, k in zip(zip(*(p.tolist() for p in picks)), count.tolist(), strict=True)]
        return ColumnData(values=object_array(rows), nulls=nulls)
    if call.p("single"):
        text = picks[0]
    else:
        text = np.where(count >= 2, cat(picks[0], ",", picks[1]), picks[0])
        text = np.where(count >= 3, cat(text, ",", picks[2]), text)
    from seedbed.generate.realistic.fit import Policy, finish

    return finish(call, text, Policy(cut="never"))
