"""Names of things people name after places, features, trees and people (issue 10, r23): a column
called by such a thing's noun (``shire``, ``council``, ``managing_authority``, ``hut``) that nothing
else knew gets a name composed for its kind ('Glenmore Shire', 'Riverside Regional Council',
'Windmill Hut'), not 'Shire 4' nor a snake_case identifier ('prime_canyon').

The classes and their patterns are ``data/vocab/placenames.json``; the names are drawn by
``entity.text`` (``realistic/entities.py``). An ``authority`` or a ``field`` stays software's
identifier in a table of users, roles, tokens or forms (``tech_cues``).
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["authority_rule", "field_rule", "kept_or_placed_rule", "named_rule", "tech_table"]

Cand = tuple[str, dict, str]


@lru_cache(maxsize=1)
def _vocab() -> dict:
    from seedbed.generate.realistic.vocab import load

    return load("placenames")


def tech_table(ctx: Ctx) -> bool:
    """Whether the column's table (or its prefix) speaks of software: users, roles, tokens, forms."""
    return bool(set(_vocab()["tech_cues"]) & (set(ctx.table_toks) | set(ctx.prefix)))


def named_rule(ctx: Ctx, head: str) -> Cand | None:
    """A composed name for a text column called by ``head`` when ``head`` is a thing named after
    places and people (``placenames.json``), else None."""
    if not ctx.is_text or ctx.column.type.is_array or (ctx.length is not None and ctx.length < 12):
        return None
    cls = next((name for name, spec in _vocab()["classes"].items() if head in spec["nouns"]), None)
    if cls is None:
        return None
    return ("entity.text", {"role": "name", "noun": head, "cls": cls, "topics": []},
            f"a {head.replace('_', ' ')}: named after a place or a person")


def field_rule(ctx: Ctx) -> list[Cand]:
    """A farm's or a club's ``field_name`` is a field's name ('Creek Field'); a form's or a
    schema's field stays software's identifier."""
    from seedbed.generate.intent.resolvers import cands

    words = set(ctx.table_toks) | set(ctx.sibling_words) | {
        w for fk in ctx.table.foreign_keys for w in fk.ref_table.name.lower().split("_")}
    land = not tech_table(ctx) and bool(words & set(_vocab()["land_cues"]))
    found = named_rule(ctx, "field") if land and not ctx.column.name.endswith("s") else None
    return [found] if found else cands("tech.identifier", list=ctx.column.name.endswith("s"))


def authority_rule(ctx: Ctx) -> list[Cand]:
    """An OAuth or certificate authority in a table of software, a public body elsewhere
    ('Riverside Regional Authority', not 'prime_canyon')."""
    from seedbed.generate.intent.resolvers import cands

    found = None if tech_table(ctx) or ctx.pack in ("saas", "devtools") else named_rule(ctx, "authority")
    return [found] if found else cands("tech.identifier")


#: WordNet's broader words of a facility things are kept or served in (a repository, an archive, a depot).
_FACILITIES = frozenset("facility depository".split())
#: WordNet's broader words of a place (an origin, a venue, a provenance, a destination).
_PLACES = frozenset("location region".split())


def kept_or_placed_rule(ctx: Ctx, toks: tuple[str, ...]) -> Cand | None:
    """A name, not a code, for a bounded text column called by one noun whose first WordNet sense is a
    facility ('Millbrook Repository' for a ``repository``, r47: was RP-240) or a place (a city for an
    ``origin``: was OR-380); None for a name of more words (an ``auth_base``), free text (``text``), a short
    column or a list. Its reason says "no vocabulary of its own", so that a word WordNet relates to one with
    a reading (``hometown``: a city) still reads as that."""
    from seedbed.thesaurus import broader, lexnames

    if not ctx.is_text or ctx.column.type.is_array or ctx.length is None or ctx.length < 12 or len(toks) != 1 \
            or len(toks[0]) < 4:
        return None
    head = toks[0]
    above = broader(head, limit=1, depth=5)
    if above & _FACILITIES:
        return ("entity.text", {"role": "name", "noun": head, "cls": "facility", "topics": []},
                f"'{head}', no vocabulary of its own, is a facility: named after a place or a person")
    if above & _PLACES and lexnames(head, limit=1) == {"noun.location"}:
        return "address.city", {}, f"'{head}', no vocabulary of its own, is a place: a city"
    return None
