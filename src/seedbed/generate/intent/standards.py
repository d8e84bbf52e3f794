"""Columns that hold an identifier of a real standard (round 9, r25): ``isin``, ``imo_number``,
``containers.number``, ``orcid``, ``npi`` ... read before the phrase table.

A standard of ``data/vocab/standards.json`` claims a column when one of its phrases stands in the
column's name followed only by words that do not change what it is (``issn_print``,
``counterparty_lei``, ``imo_no``), or when the table is about its thing and the column is that
thing's bare number (``containers.number``); some phrases also need a word of their world among
the table's and the row's names (a bare ``imo`` beside a vessel's columns, an ATC code beside a
drug's). It is used only where the column can hold it: a layout no wider than the column, an
integer column only for digits its bits can hold. Otherwise the phrase table reads the name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.resolvers import Cand, cands
from seedbed.model import TypeKind

__all__ = ["standard_rule"]


@lru_cache(maxsize=1)
def _registry() -> tuple[frozenset[str], tuple[dict[str, Any], ...]]:
    from seedbed.generate.realistic.vocab import load

    data = load("standards")
    return frozenset(data["trailing"]), tuple(data["standards"])


def _ends_with(toks: tuple[str, ...], phrase: tuple[str, ...], trailing: frozenset[str]) -> bool:
    """Whether ``phrase`` stands in ``toks`` with only ``trailing`` words after it."""
    k = len(phrase)
    for i in range(len(toks) - k, -1, -1):
        if toks[i:i + k] == phrase:
            return all(t in trailing for t in toks[i + k:])
        if toks[i + k - 1] not in trailing:
            return False
    return False


def _world(ctx: Ctx) -> frozenset[str]:
    return frozenset(ctx.table_toks) | ctx.sibling_words | frozenset(ctx.toks)


def _named(s: dict[str, Any], ctx: Ctx, trailing: frozenset[str]) -> bool:
    need = s.get("need", {})
    for words in s["words"]:
        phrase = tuple(words)
        if _ends_with(ctx.toks, phrase, trailing):
            wanted = need.get(" ".join(phrase))
            if wanted is None or _world(ctx) & set(wanted):
                return True
    if s.get("table") and set(s["table"]) & set(ctx.table_toks) and any(ctx.toks == tuple(h) for h in s["heads"]):
        wanted = need.get("table")  # containers.number of a terminal, not of a cluster's containers
        return wanted is None or bool(_world(ctx) & set(wanted))
    return False


def _holds(s: dict[str, Any], ctx: Ctx) -> str | None:
    """The intent that fills the column with this standard, or None when the column cannot hold it."""
    kind = ctx.column.type
    if kind.is_array:
        return None
    layouts = s.get("layouts", [])
    if ctx.is_text:
        width = ctx.length
        if width is not None:
            if width < s.get("min_width", 0) or width > s.get("max_width", width):
                return None
            if layouts and not any(len(m) <= width for m in layouts):
                return None
        return "id.standard"
    if kind.kind is TypeKind.INTEGER and s.get("numeric") and layouts:
        digits = min(len(m) for m in layouts if m.strip("#") == "")
        return "id.standard_number" if digits <= {16: 4, 32: 9}.get(kind.bits or 64, 18) else None
    return None


def standard_rule(ctx: Ctx) -> list[Cand]:
    """The standard identifier a column's name and width call for (empty when none)."""
    if not ctx.toks:
        return []
    trailing, standards = _registry()
    if any(ctx.column.name in fk.columns for fk in ctx.table.foreign_keys):
        return []
    for s in standards:
        if s.get("when") and not _world(ctx) & set(s["when"]) or _world(ctx) & set(s.get("unless", ())):
            continue
        if _named(s, ctx, trailing):
            name = _holds(s, ctx)
            if name is not None:
                return cands(name, s["title"], std=s["key"])
    return []
