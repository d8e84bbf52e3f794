"""A place inside a building (issue 10, r5): ``shelf_location``, ``bin_location``, ``aisle``,
``studio_room``, ``storage_box`` hold a shelf, aisle, bin or room code (``A3-12``, ``214``,
``Studio B``), never a city. The words come from ``data/vocab/indoor.json``."""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["indoor_rule", "store_place_code", "template_key"]

#: A room in these is no physical room (``chat_room``).
_VIRTUAL = frozenset("chat virtual online zoom video call meeting_url".split())
#: A table or sibling with these words stores files: its storage location is a path or a bucket.
_FILES = frozenset("file url path bucket blob object upload uri key checksum mime".split())


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], dict[str, list[str]]]:
    from seedbed.generate.realistic.vocab import load

    data = load("indoor")
    return frozenset(data["words"]), frozenset(data["heads"]), data["templates"]


def _homes() -> list[str]:
    from seedbed.generate.realistic.vocab import load

    return load("indoor")["homes"]["when"]


def template_key(toks: tuple[str, ...]) -> str:
    """The most specific template phrase of a column's tokens (``studio room``, ``room``, ``location``)."""
    templates = _vocab()[2]
    for k in (2, 1):
        phrase = " ".join(toks[-k:])
        if len(toks) >= k and phrase in templates:
            return phrase
    return "location"


#: Last words that say "a reference to / a description of" the place before them (``location_ref``).
_REF_WORDS = frozenset("ref reference desc description text label".split())


def _building_record(ctx: Ctx, toks: tuple[str, ...]) -> bool:
    """Whether the column is the place of a record about a building's defects, repairs or inspections
    (a punch list item's ``location_ref``, a repair's ``area``)."""
    from seedbed.generate.realistic.vocab import load

    data = load("indoor")["buildings"]
    return len(toks) == 1 and toks[0] in data["heads"] and bool(set(ctx.table_toks) & set(data["when"]))


def indoor_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``place.indoor`` for a text column that names a place inside a building, else ``[]``: a
    location / position whose other words are indoor words (``shelf_location``), or an indoor head
    itself (``aisle``, ``room``) that nothing virtual qualifies."""
    words, heads, _ = _vocab()
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks or set(ctx.toks) & _VIRTUAL:
        return []
    if (set(ctx.table_toks) | ctx.sibling_words) & _FILES:
        return []
    toks = ctx.toks[:-1] if len(ctx.toks) > 1 and ctx.toks[-1] in _REF_WORDS else ctx.toks
    if _building_record(ctx, toks):  # a snag's location: Level 3, Unit 302
        return [("place.indoor", {"key": "building"}, "a place in the building the record is about")]
    head, before = ctx.toks[-1], set(ctx.toks[:-1])
    if head in ("location", "position", "spot", "place", "box") and before & words or head in heads:
        key = template_key(ctx.toks)
        if key == "room" and (set(ctx.table_toks) | ctx.sibling_words) & set(_homes()):  # a device's room
            return [("place.indoor", {"key": "homes"}, "a room of a home")]
        return [("place.indoor", {"key": key}, "a place inside a building")]
    return []


#: Words of a place in a store a code may stand for, beside the indoor words (``loc_cd``, ``position_code``).
_PLACE_WORDS = frozenset("location position spot place".split())


def store_place_code(ctx: Ctx, q: str) -> list[tuple[str, dict, str]]:
    """The code of a place in a store (r47: ``whs_loc.loc_cd`` was LCT-004512, ``slot_cd`` SLT-970748):
    a ``*_code`` qualified by an indoor word (``slot``, ``bin``, ``shelf``), or by a location in a table or
    a name whose other words keep things (a warehouse, a depot, a store: WordNet's depositories and
    facilities), is that place's code: the word's own codes (a slot's A3-12), a store's location its aisle,
    bay, level and position (``A-01-03-B``) where it fits."""
    from seedbed.generate.intent.refshapes import keeps_things

    words, heads, _ = _vocab()
    if not ctx.is_text or ctx.column.type.is_array or (ctx.length is not None and ctx.length < 4) or not q:
        return []
    if set(ctx.table_toks) & _FILES:
        return []
    if q in words or q in heads:  # slot_cd, bin_code: the word's own codes (A3-12, B-104)
        return [("place.indoor", {"key": template_key((q,))}, f"the code of a {q}")]
    kept = q in _PLACE_WORDS and any(
        w in words or keeps_things(w) for w in (*ctx.table_toks, *ctx.prefix[:-1]) if w not in _PLACE_WORDS)
    if not kept:
        return []
    key = "store location" if ctx.length is None or ctx.length >= 9 else template_key((q,))
    return [("place.indoor", {"key": key}, f"the code of a place in a store ({q})")]
