"""Names of one living thing or one element, read together (issue 10, r33).

A ``scientific_name`` was drawn from fifteen laboratory organisms beside a ``common_name`` drawn
apart (a robin beside *Bos taurus*), an ``element_name`` was a technical identifier and its
``symbol`` 'S2'. The names of a taxon are one row of ``data/vocab/taxa.json`` (scientific, common,
family, genus) in the group the schema's words name (trees in an arboretum, birds in a ringing
scheme, fish in a fishery); an element's name and symbol one row of ``materials.json``; a
currency's name and symbol one currency's (``currency_name`` was 'Currency 4'). The
columns are read here; ``planning.pairs`` makes the row's other names follow its scientific name
(or its element name) so they agree.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["SCIENTIFIC", "pair_name_rule", "taxon_group"]

Cand = tuple[str, dict, str]

#: Qualifiers of a name that make it the scientific one.
SCIENTIFIC = frozenset("scientific latin botanical binomial taxon sci".split())
#: A taxon's other names, by their column heads.
_OTHER_NAMES = {"common": "common", "vernacular": "common", "english": "common", "family": "family",
                "genus": "genus"}
_ELEMENT_CUES = frozenset("symbol atomic element periodic".split())


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, frozenset[str]], ...]:
    from seedbed.generate.realistic.vocab import load

    return tuple((g["name"], frozenset(g["when"].split())) for g in load("taxa")["groups"])


def taxon_group(ctx: Ctx) -> str:
    """The group the table's words, else the schema's, name most (``default`` where none does)."""
    for words in (set(ctx.table_toks) | ctx.sibling_words, set(ctx.schema_words) | set(ctx.schema_terms)):
        best, found = 0, None
        for name, when in _groups():
            if len(words & when) > best:
                best, found = len(words & when), name
        if found:
            return found
    return "default"


def _scientific(toks: tuple[str, ...]) -> bool:
    return (len(toks) >= 2 and toks[-1] == "name" and toks[-2] in SCIENTIFIC) or toks in (("sciname",), ("taxon",))


def _has_scientific(ctx: Ctx) -> bool:
    return any(_scientific(t) for t in ctx.sibling_toks)


def pair_name_rule(ctx: Ctx) -> list[Cand]:
    """A taxon's scientific name, or its common name, family or genus beside one; an element's
    name or its symbol beside one; [] for anything else."""
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks:
        return []
    toks = ctx.toks
    if _scientific(toks):
        group = taxon_group(ctx)
        return [("science.taxon", {"group": group}, f"a scientific name of a {group}")]
    field = _OTHER_NAMES.get(toks[0] if toks[-1] == "name" and len(toks) == 2 else toks[-1] if len(toks) == 1 else "")
    if field and _has_scientific(ctx) and (ctx.length is None or ctx.length >= 8):
        group = taxon_group(ctx)
        return [("science.taxon", {"group": group, "field": field}, f"the {field} name beside a scientific name")]
    element = toks in (("element", "name"), ("element",)) or (toks == ("name",) and ctx.noun == "element")
    words = set(ctx.table_toks) | ctx.sibling_words
    if element and words & (_ELEMENT_CUES - {"element"}) and (ctx.length is None or ctx.length >= 10):
        return [("science.element", {}, "a chemical element beside its symbol")]
    if toks == ("symbol",) and ("element" in words) and ctx.length is not None and ctx.length <= 3:
        return [("science.element", {"field": "symbol"}, "a chemical element's symbol")]
    currency = "currency" in ctx.table_toks or "currency" in toks
    if currency and toks[-1] == "name" and (ctx.length is None or ctx.length >= 12):  # 'Pound Sterling'
        return [("money.currency", {"code": False}, "a currency's name")]
    if currency and toks[-1] == "symbol" and (ctx.length is None or ctx.length <= 8):
        return [("money.currency_symbol", {}, "a currency's symbol")]
    return []
