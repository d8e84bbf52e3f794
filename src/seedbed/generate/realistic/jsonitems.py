"""JSON documents a column's name or declaration shapes beyond ``jsondocs``: lists of a plural
noun's items, weekly schedules and opening hours, a thing's current state.

``rooms`` of a home is a list of rooms, ``amenities`` of a venue a list of amenities,
``triggers`` / ``actions`` of an automation small ``{"type": ...}`` objects, ``photos`` a list of
image URLs: the items come from ``data/vocab/documents.json`` ("items", by the singular noun),
else from the intent the singular noun has as a text column (``photo`` -> an image URL, found
by the inference and passed as the intent's ``item``), else neutral labels from the noun. A
column whose CHECK (``jsonb_typeof(x) = 'array'``) or DEFAULT (``'[]'``) declares a list always
gets one (``declared_container``); one declared an object never gets a bare list. A dashboard's
``layout`` is widgets on a grid.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.realistic.fit import Call
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.realistic.vocab import apply, cat, digits, json_safe, load, strings
from seedbed.model import Column, Table

__all__ = ["ARRAY_SHAPES", "DEVICE_WORDS", "SHAPES", "declared_container", "dimensions_column", "item_labels", "layout_column",
           "listed_noun", "named_shape", "plural_noun", "schedule_kind", "state_column"]

#: Last words that end in "s" without being plurals of a list's items.
_NOT_PLURAL = frozenset("""settings preferences prefs options details metadata specs attributes properties
features headers tags labels keywords choices answers hours status address addresses coordinates
params parameters variables credentials stats statistics analytics metrics news series species extras
contents items lines data""".split())
#: Singular nouns that name a list (a changelog is a list of changes).
_COLLECTIVE = frozenset({"changelog", "lineup", "itinerary", "agenda", "roster", "playlist", "timeline"})
_SCHEDULE = frozenset({"schedule", "timetable", "recurrence", "availability", "slot"})
_HOURS = frozenset({"hour", "opening", "business", "working", "office", "service", "trading"})
_STATE = frozenset({"state", "status"})


def declared_container(table: Table, column: Column) -> str | None:
    """``"array"`` or ``"object"`` when the column's DEFAULT (``'[]'`` / ``'{}'``) or a CHECK on
    ``json(b)_typeof`` says which, else None."""
    default = (column.default or "").lstrip("( ").lower()
    if default.startswith("'[]'"):
        return "array"
    if default.startswith("'{}'"):
        return "object"
    name = re.escape(column.name)
    pattern = re.compile(rf"""jsonb?_typeof\(\(?"?(?:{name}|value)"?\)?\)\s*=\s*'(array|object)'""", re.I)
    exprs = [c.expression for c in table.checks if column.name in c.expression]
    if column.type.domain is not None:
        exprs += [c.expression for c in column.type.domain.checks]
    for expr in exprs:
        found = pattern.search(expr)
        if found:
            return found.group(1).lower()
    return None


def plural_noun(column: str) -> str | None:
    """The singular noun of a column named by a plural (``rooms`` -> ``room``, ``social_links``
    -> ``url``, ``photos`` -> ``image``), or None."""
    last = column.lower().rsplit("_", 1)[-1]
    toks = tokens(column)
    if toks and toks[-1] in _COLLECTIVE:
        return toks[-1]
    if not toks or last in _NOT_PLURAL or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return None
    return toks[-1]


def schedule_kind(column: str) -> str | None:
    """``"hours"`` for opening / business hours, ``"schedule"`` for a recurring schedule."""
    toks = set(tokens(column))
    if "hour" in toks and toks & _HOURS - {"hour"} or column.lower() in ("hours", "opening_times"):
        return "hours"
    if toks & _SCHEDULE:
        return "schedule"
    return None


def layout_column(column: str) -> bool:
    return bool(set(tokens(column)) & {"layout", "widget", "grid"})


def state_column(column: str) -> bool:
    return bool(set(tokens(column)) & _STATE) and len(tokens(column)) <= 2


# ------------------------------------------------------------------------------ lists of items


@lru_cache(maxsize=64)
def _vocab_items(noun: str) -> np.ndarray | None:
    doc = load("documents")
    noun = doc["aliases"].get(noun, noun)
    values = doc["items"].get(noun)
    if values is None:
        return None
    return strings([json.dumps(v, ensure_ascii=False) for v in values])


def listed_noun(column: str) -> str | None:
    """The word of a column's name that documents.json lists items of (``dietary`` in
    ``dietary_prefs``), or None."""
    return next((w for w in tokens(column, segment=False) if item_labels(w)), None)


def item_labels(noun: str) -> list[str] | None:
    """The text items documents.json lists for ``noun`` (or its alias), None when it has none or
    its items are objects (a text[] holds strings)."""
    doc = load("documents")
    values = doc["items"].get(doc["aliases"].get(noun, noun))
    return list(values) if values and all(isinstance(v, str) for v in values) else None


def _distinct(rng: np.random.Generator, n: int, size: int, k: int) -> list[np.ndarray]:
    """``k`` index arrays into ``size`` things, pairwise distinct per row (when ``size >= k``)."""
    first = rng.integers(0, size, size=n)
    out, offset = [first], np.zeros(n, dtype=np.int64)
    for _ in range(k - 1):
        offset = offset + rng.integers(1, max(size // k, 1) + 1, size=n)
        out.append((first + offset) % size)
    return out


_COUNTS = (0.15, 0.3, 0.25, 0.18, 0.12)
#: Nouns whose items follow one another (documents.json lists them in order).
_ORDERED = frozenset({"step"})
#: Nouns a row holds one or two of (a person's diets: vegetarian, or gluten-free and dairy-free).
_FEW = frozenset({"diet"})


def _items(call: Call) -> np.ndarray:
    """1-5 items of the column's singular noun, distinct within a row (an item intent that follows
    the row's one person or place, an email or a country, gives one item)."""
    rng, n = call.rng, call.n
    noun = call.p("noun") or plural_noun(call.req.column.name) or listed_noun(call.req.column.name) \
        or (tokens(call.req.column.name) or ("item",))[-1]
    k = len(_COUNTS)
    count = 1 + np.searchsorted(np.cumsum(_COUNTS), rng.random(n), side="right").clip(0, k - 1)
    vocab = _vocab_items(noun)
    if load("documents")["aliases"].get(noun, noun) in _FEW:
        count = np.minimum(count, 2)
    if vocab is not None and _ordered(noun):  # a funnel's steps: consecutive, in their order
        count = np.minimum(count + 1, len(vocab))
        first = (rng.random(n) * (len(vocab) - count + 1)).astype(np.int64)
        picks = [vocab[np.minimum(first + j, len(vocab) - 1)] for j in range(k + 1)]
    elif vocab is not None:
        count = np.minimum(count, len(vocab))
        picks = [vocab[i] for i in _distinct(rng, n, len(vocab), k)]
    else:
        picks = [cat('"', apply(_safe, values), '"') for values in _drawn(call, noun, k)]
    body = picks[0]
    for j, item in enumerate(picks[1:], start=1):
        fresh = np.logical_and.reduce([item != p for p in picks[:j]])  # a row's person has one email: one item
        body = np.where((count > j) & fresh, cat(body, ", ", item), body)
    return cat("[", body, "]")


def _ordered(noun: str) -> bool:
    return load("documents")["aliases"].get(noun, noun) in _ORDERED


def _drawn(call: Call, noun: str, k: int) -> list[np.ndarray]:
    """``k`` draws of the noun's own intent (``item``, chosen by the inference), else of neutral
    labels named by the noun (``Perk 3``)."""
    from dataclasses import replace

    from seedbed.generate.intent import Intent
    from seedbed.generate.realistic import generate_intent
    from seedbed.model import ColumnDomain, ColumnType, TypeKind

    col = replace(call.req.column, type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
    req = replace(call.req, column=col, domain=ColumnDomain(), unique=False, null_rate=0.0, low=None, high=None)
    item = call.p("item")
    out = []
    for _ in range(k if item else 0):
        data = generate_intent(Intent(name=item[0], reason="", params=dict(item[1])), req, call.rng, call.row)
        if data is None:
            break
        out.append(data.values)
    if len(out) == k:
        return out
    labels = strings([f"{noun.replace('_', ' ').capitalize()} {i}" for i in range(1, 41)])  # neutral, distinct
    return [labels[i] for i in _distinct(call.rng, call.n, len(labels), k)]


@lru_cache(maxsize=65536)
def _safe(text: str) -> str:
    return json_safe([str(text)])[0]


# ------------------------------------------------------------------------------ time of the week

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_SETS = strings(['["mon", "tue", "wed", "thu", "fri"]', '["sat", "sun"]', '["mon", "wed", "fri"]',
                     '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]', '["tue", "thu"]', '["mon", "tue", "wed", "thu", "fri"]'])
_CLOCK = strings([f"{h:02d}:{m:02d}" for h in range(24) for m in (0, 15, 30, 45)])


def _schedule(call: Call) -> np.ndarray:
    """A weekly recurrence: ``{"days": [...], "at": "07:30", "timezone": ...}`` (one time), or
    a window ``{"days": [...], "start": "08:00", "end": "18:00"}``."""
    rng, n = call.rng, call.n
    days = _DAY_SETS[rng.integers(0, len(_DAY_SETS), size=n)]
    start = rng.integers(6 * 4, 22 * 4, size=n)
    end = np.minimum(start + rng.integers(4, 11 * 4, size=n), 24 * 4 - 1)
    window = rng.random(n) < 0.35
    tz = call.row.person()["timezone"]
    once = cat('{"days": ', days, ', "at": "', _CLOCK[start], '", "timezone": "', tz, '"}')
    spans = cat('{"days": ', days, ', "start": "', _CLOCK[start], '", "end": "', _CLOCK[end], '"}')
    return np.where(window, spans, once)


def _hours(call: Call) -> np.ndarray:
    """Opening hours per weekday: ``{"mon": {"open": "09:00", "close": "18:00"}, ..., "sun": null}``;
    weekdays share the row's hours, the weekend keeps shorter ones or closes."""
    rng, n = call.rng, call.n
    opens = rng.choice(np.array([28, 30, 32, 34, 36, 40, 44, 64]), size=n)  # 07:00 .. 16:00 (a venue's evening)
    closes = np.minimum(opens + rng.choice(np.array([32, 36, 40, 44, 48]), size=n), 95)
    weekday = cat('{"open": "', _CLOCK[opens], '", "close": "', _CLOCK[closes], '"}')
    weekend = np.where(rng.random(n) < 0.6, cat('{"open": "', _CLOCK[np.minimum(opens + 8, 95)], '", "close": "',
                                                _CLOCK[closes], '"}'), "null")
    sunday = np.where(rng.random(n) < 0.5, "null", weekend)
    body = cat('"', _DAYS[0], '": ', weekday)
    for day in _DAYS[1:5]:
        body = cat(body, f', "{day}": ', weekday)
    return cat("{", body, ', "sat": ', weekend, ', "sun": ', sunday, "}")


# ------------------------------------------------------------------------------ a dashboard's layout

_WIDGETS = strings(["line_chart", "bar_chart", "number", "table", "pie_chart", "funnel", "text", "map", "area_chart"])


def _layout(call: Call) -> np.ndarray:
    """Widgets on a 12-column grid, row after row: ``[{"widget": "line_chart", "x": 0, "y": 0,
    "w": 6, "h": 4}, ...]``."""
    rng, n = call.rng, call.n
    count = rng.integers(2, 7, size=n)
    width = rng.choice(np.array([3, 4, 6, 6, 12]), size=n)
    per_row = 12 // width
    body = None
    for j in range(6):
        x, y = (j % per_row) * width, (j // per_row) * 4
        item = cat('{"widget": "', _WIDGETS[rng.integers(0, len(_WIDGETS), size=n)], '", "x": ', digits(x), ', "y": ',
                   digits(y), ', "w": ', digits(width), ', "h": 4}')
        body = item if body is None else np.where(count > j, cat(body, ", ", item), body)
    return cat("[", body, "]")


# ------------------------------------------------------------------------------ a thing's size


def _dimensions(call: Call) -> np.ndarray:
    """``{"width": 32.5, "height": 20.0, "depth": 4.2, "unit": "cm"}``: a parcel's or a thing's size."""
    rng, n = call.rng, call.n
    sides = [np.char.mod("%.1f", np.round(np.exp(rng.normal(np.log(m), 0.6, size=n)), 1)).astype(object)
             for m in (30, 20, 8)]
    return cat('{"width": ', sides[0], ', "height": ', sides[1], ', "depth": ', sides[2], ', "unit": "cm"}')


def dimensions_column(column: str) -> bool:
    return bool(set(tokens(column)) & {"dimension", "measurement"})


# ------------------------------------------------------------------------------ counters, limits, shapes on a map

#: Counters that shrink one into the next (a funnel, a request log, a mailing, a post).
_COUNTERS = (("impressions", "clicks", "conversions"), ("visits", "signups", "purchases"), ("requests", "errors", "timeouts"),
             ("sent", "opened", "clicked"), ("views", "likes", "shares"), ("downloads", "installs", "uninstalls"))
_LIMITS = (("users", (3, 5, 10, 25, 50, 100)), ("projects", (1, 3, 5, 10, 50)), ("storage_gb", (1, 5, 10, 50, 100, 500)),
           ("api_calls_per_month", (1000, 10000, 100000, 1000000)), ("integrations", (1, 3, 10, 25)))


def _counters(call: Call) -> np.ndarray:
    """``{"impressions": 1834, "clicks": 97, "conversions": 6}``: counts that shrink one into the next."""
    rng, n = call.rng, call.n
    top = np.exp(rng.normal(np.log(1500), 1.3, size=n))
    group = rng.integers(0, len(_COUNTERS), size=n)
    body = None
    for j in range(3):
        names = strings([g[j] for g in _COUNTERS])[group]
        top = top if j == 0 else top * rng.uniform(0.02, 0.3, size=n)
        piece = cat('"', names, '": ', digits(np.floor(top).astype(np.int64)))
        body = piece if body is None else cat(body, ", ", piece)
    return cat("{", body, "}")


def _limits(call: Call) -> np.ndarray:
    """``{"users": 10, "projects": 5, "storage_gb": 50}``: a plan's quotas, all from one tier per row."""
    rng, n = call.rng, call.n
    tier = rng.random(n)
    body = None
    for name, steps in _LIMITS:
        ladder = strings([str(v) for v in steps])
        value = ladder[np.minimum((tier * len(steps)).astype(np.int64), len(steps) - 1)]
        piece = cat(f'"{name}": ', value)
        body = piece if body is None else cat(body, ", ", piece)
    return cat("{", body, "}")


def _geometry(call: Call) -> np.ndarray:
    """A GeoJSON point of the row's place: ``{"type": "Point", "coordinates": [lon, lat]}``."""
    a = call.row.address()
    return cat('{"type": "Point", "coordinates": [', np.char.mod("%.6f", a["lon"]).astype(object), ", ",
               np.char.mod("%.6f", a["lat"]).astype(object), "]}")


def _bounds(call: Call) -> np.ndarray:
    """A box around the row's place: ``{"north": .., "south": .., "east": .., "west": ..}``."""
    a = call.row.address()
    half = np.exp(call.rng.normal(np.log(0.05), 0.8, size=call.n))
    lat, lon = np.asarray(a["lat"], dtype=float), np.asarray(a["lon"], dtype=float)
    fmt = lambda x: np.char.mod("%.6f", np.clip(x, -180, 180)).astype(object)  # noqa: E731
    return cat('{"north": ', fmt(np.minimum(lat + half, 90)), ', "south": ', fmt(np.maximum(lat - half, -90)),
               ', "east": ', fmt(lon + half), ', "west": ', fmt(lon - half), "}")


_SHARE_HEADS = frozenset("breakdown split distribution mix composition allocation share".split())


def _shares(call: Call) -> np.ndarray:
    """``{"search": 0.41, "direct": 0.27, ...}``: a whole's shares by the categories the column's
    qualifier names (``referrer_breakdown``, ``device_split``), summing to 1."""
    from seedbed.generate.realistic.vocab import load

    lists = load("documents")["breakdowns"]
    words = [t for t in tokens(call.req.column.name) if t not in _SHARE_HEADS]
    labels = next((lists[w] for w in reversed(words) if w in lists and w != "_doc"), lists["default"])
    weights = np.linspace(2.0, 0.6, len(labels))  # the first categories usually lead
    x = np.round(call.rng.dirichlet(weights, size=call.n), 2)
    x[:, -1] = np.round(1.0 - x[:, :-1].sum(axis=1), 2).clip(0, 1)
    body = None
    for j, lab in enumerate(labels):
        piece = cat(f'"{lab}": ', np.char.mod("%.2f", x[:, j]).astype(object))
        body = piece if body is None else cat(body, ", ", piece)
    return cat("{", body, "}")


_NAMED_SHAPES = ((_SHARE_HEADS, "shares"),
                 (frozenset("stat statistic count counter total usage metric analytics aggregate tally".split()), "counters"),
                 (frozenset("limit quota entitlement allowance cap".split()), "limits"),
                 (frozenset("geometry geojson footprint".split()), "geometry"),
                 (frozenset("bound bbox viewport extent".split()), "bounds"))


def named_shape(column: str) -> str | None:
    """A shape the column's head word names: counters, limits, a GeoJSON geometry, a bounding box."""
    toks = tokens(column)
    head = toks[-1] if toks else ""
    return next((shape for words, shape in _NAMED_SHAPES if head in words), None)


# ------------------------------------------------------------------------------ a thing's state

_DEVICE_STATUS = strings(["on", "off", "idle", "active", "on", "off", "standby"])
_RUN_STATUS = strings(["running", "waiting", "done", "done", "paused", "failed", "running"])
#: Table words of connected devices (their state, properties and configuration are a device's).
DEVICE_WORDS = frozenset("""device sensor hub gateway thermostat camera light lamp bulb plug switch lock appliance meter
detector doorbell speaker router beacon tracker controller valve charger probe actuator""".split())


def _state(call: Call) -> np.ndarray:
    """What a thing is doing now: a device's ``{"status": "on", "level": 80, "updated_at": ...}``,
    a run's or a job's ``{"status": "running", "step": 3, "updated_at": ...}``."""
    rng, n = call.rng, call.n
    device = bool(set(tokens(call.row.table.name)) & DEVICE_WORDS)
    statuses = _DEVICE_STATUS if device else _RUN_STATUS
    level = cat('"level": ', digits(rng.integers(0, 21, size=n) * 5)) if device else \
        cat('"step": ', digits(rng.integers(1, 9, size=n)))
    now = np.datetime64(REFERENCE_NOW.replace(tzinfo=None), "s")
    updated = np.datetime_as_string(now - rng.integers(0, 30 * 86400, size=n).astype("timedelta64[s]"), unit="s")
    return cat('{"status": "', statuses[rng.integers(0, len(statuses), size=n)], '", ', level,
               ', "updated_at": "', updated.astype(object), 'Z"}')


SHAPES = {"items": _items, "schedule": _schedule, "hours": _hours, "state": _state, "layout": _layout,
          "dimensions": _dimensions, "counters": _counters, "shares": _shares, "limits": _limits, "geometry": _geometry, "bounds": _bounds}
#: Shapes whose documents are JSON arrays.
ARRAY_SHAPES = frozenset({"items", "tags", "choices", "line_items", "list", "layout"})
