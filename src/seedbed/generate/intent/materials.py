"""What a thing is made of, by what the table makes (issue 10, r33).

A ``material`` / ``alloy`` / ``substrate`` / ``coating`` / ``patina`` column took another trade's
words: an organ case of 'Organic Cotton', a bicycle tubeset of 'Cement 20 kg bag', a foundry's
alloy 'AL-100'. Materials sort by the craft (metal, wood, stone, textile, paint, glass, plastic),
and the craft is said by the nouns around the column, so ``data/vocab/materials.json`` keeps one
family per craft with the words that name it and each head's values:

* the head itself may name the family (an ``alloy`` or a ``patina`` is metal's);
* else the column's own qualifier (``case_material``, ``pipe_metal``), then its table's name and
  sibling columns, then the schema's table names choose the family with the most words in common;
* nothing fits: the general list for a ``material`` (steel, wood, glass), nothing for the other
  heads (their earlier readings stand). A shop's product material keeps the shop's list.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["material_rule"]

Cand = tuple[str, dict, str]

_HEADS = frozenset("material materials alloy substrate coating patina".split())
#: Heads that name their family outright.
_OWN_FAMILY = {"alloy": "metal", "patina": "metal"}
#: Words of applying paint, which say nothing of what a ``substrate`` under it is.
_PAINTING = frozenset("paint painter painting painted coat coating".split())


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, frozenset[str], dict[str, list[str]]], ...]:
    from seedbed.generate.realistic.vocab import load

    return tuple((f["name"], frozenset(f["when"].split()), {k: v.split("|") for k, v in f["heads"].items()})
                 for f in load("materials")["families"])


def _general() -> list[str]:
    from seedbed.generate.realistic.vocab import load

    return load("materials")["general"].split("|")


def _table_words(ctx: Ctx) -> set[str]:
    """The table's name, its columns' and its CHECK lists' words (``artwork_type IN ('statue', ...)``)."""
    import re

    from seedbed.generate.intent.tokens import tokens

    words = set(ctx.table_toks) | set(ctx.sibling_words)
    for check in ctx.table.checks:
        for literal in re.findall(r"'([^']{1,40})'", check.expression):
            words.update(tokens(literal))
    return words


def _family(ctx: Ctx, head: str) -> str | None:
    """The craft the column's words, then its table's, then the schema's name most (the first
    family on a tie)."""
    if head in _OWN_FAMILY:
        return _OWN_FAMILY[head]
    plural = {w.rstrip("s") for w in ctx.prefix}
    for words in (set(ctx.prefix) | plural, _table_words(ctx), set(ctx.schema_words)):
        if head == "substrate":  # what paint goes on: the painting's words do not say what it is
            words = words - _PAINTING
        best, found = 0, None
        for name, when, _heads in _families():
            if len(words & when) > best:
                best, found = len(words & when), name
        if found:
            return found
    return None


def material_rule(ctx: Ctx) -> list[Cand]:
    """The values of a material head by the table's craft (see the module docstring), or []."""
    if not ctx.is_text or not ctx.toks or ctx.column.type.is_array:
        return []
    head = "material" if ctx.toks[-1] == "materials" else ctx.toks[-1]
    if head not in _HEADS or ctx.pack == "ecommerce" or ctx.product_table:
        return []
    family = _family(ctx, head)
    values = next((heads.get(head) for name, _w, heads in _families() if name == family), None)
    if not values:
        return [("status.type", {"labels": _general()}, "a material of no known craft: the common ones")] \
            if head == "material" else []
    fit = [v for v in values if ctx.length is None or len(v) <= ctx.length]
    return [("status.type", {"labels": fit}, f"a {head} of {family}work")] if fit else []
