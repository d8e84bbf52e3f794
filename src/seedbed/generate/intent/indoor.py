"""A place inside a building (issue 10, r5): ``shelf_location``, ``bin_location``, ``aisle``,
``studio_room``, ``storage_box`` hold a shelf, aisle, bin or room code (``A3-12``, ``214``,
``Studio B``), never a city. The words come from ``data/vocab/indoor.json``."""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["indoor_rule", "template_key"]

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
