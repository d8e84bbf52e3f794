"""A row's free text (notes, remarks, description, summary, comments) told from the row's own values
(issue 10, r23): a trail report's comments mention its condition and hazard, a diary's summary its
weather, rainfall and crew, a patrol's its distance and the visitors met; never another domain's
sentences ("Called, no answer") nor "The diary is kept up to date by its owner".

A column qualifies when its last word is a remark's (``remarks.json`` ``heads``), its meaning is one
of the generic free-text intents (no pack wrote text for it), and its table is not one of people's
own words (comments, reviews, posts, products...). Its row's labels, numbers, people, dates and flags
(at least two of them) become the derivation's sources; ``seedbed.generate.remarks`` composes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind

__all__ = ["remark_derivations", "remark_words", "settled_remarks"]

#: The intents a remark column may have drawn (generic text; a pack's or a product's text stays).
_FREE = frozenset({"text.note", "text.comment", "text.description", "text.neutral", "text.sentence",
                   "text.reason", "entity.text"})
_NUMBERS = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
_KEYS = frozenset("id uuid guid key code ref no number nr version rev seq sort order position rank lat lng lon "
                  "latitude longitude year yr".split())
#: Sources by kind, in the order a remark mentions them, and how many of each it may take. A row's own moments
#: are not news to its remarks: "Opened at 2025-12-11 22:56" beside ``opened_at`` read as a column read back.
_TAKE = (("label", 3), ("number", 3), ("person", 1), ("flag", 1))


@lru_cache(maxsize=1)
def remark_words() -> dict[str, Any]:
    from seedbed.generate.realistic.vocab import load

    return load("remarks")


def _free(intent: Any) -> bool:
    if intent is None:
        return True
    params = intent.params or {}
    if intent.name not in _FREE or params.get("product") or params.get("domain") not in (None, "generic"):
        return False
    if params.get("told") is False:  # r48: a thing's notes of what its column records (dmg_note: "No damage.")
        return False  # or that were never told from the row (a social comment's, a contact's remarks' place)
    return intent.name != "entity.text" or (params.get("role") in ("description", "category") and not params.get("cls")
                                            and not params.get("tone")
                                            and not params.get("labels"))  # r32: a trade's own notes stay


def _spoken_words(toks: tuple[str, ...], words: Mapping[str, Any]) -> bool:
    """Whether a person could say the column's words in a remark: each a word WordNet knows, a unit, or a word of
    the trade's own (``mahr``, ``nikah``: four letters or more, with a vowel). Clipped names of legacy schemas are
    not ("not pilot req", "arr draft 10.1 m", "wo type IN", "Unit wgt 0.85 kg" were scored 0 by blind reviews of
    sessions 11-13): a remark that must read them back says nothing of them."""
    from seedbed import thesaurus

    def said(t: str) -> bool:
        if t.isdigit() or t in words["units"] or len(t) > 1 and any(thesaurus.senses(t, pos) for pos in "nva"):
            return True
        return len(t) >= 4 and any(ch in "aeiou" for ch in t)  # a clipped form has three letters or no vowel

    return all(said(t) for t in toks)


def _kind(name: str, col: Any, intent: Any, words: Mapping[str, Any]) -> str | None:
    toks = tokens(name)
    if not toks or set(toks) & (_KEYS | set(words["technical"])) or toks[-1] in words["heads"] or name.endswith("_"):
        return None
    if not _spoken_words(toks, words):
        return None
    kind = col.type.kind
    iname = intent.name if intent is not None else ""
    if kind is TypeKind.TEXT and iname in words["people"]:
        return "person"
    if kind is TypeKind.ENUM or (kind is TypeKind.TEXT and toks[-1] in words["label_heads"]
                                 and (col.type.length or 0) <= 60):
        return "label"
    if kind in _NUMBERS and not col.default:
        return "number"
    if kind is TypeKind.BOOL and not set(toks) & set(words["bookkeeping"]):
        return "flag"
    return None


def remark_derivations(table: Table, usable: Mapping[str, bool], sources: frozenset[str],
                       intents: Mapping[str, Any], taken: frozenset[str]) -> list:
    """``Derived`` remarks of ``table``: op ``remark:<noun>|<kind>=<column>,...``, the first source as
    ``source`` and the others as ``terms``."""
    from seedbed.planning.derived import Derived

    words = remark_words()
    ttoks = tokens(table.name.name)
    trade = any((getattr(intents.get(c.name), "params", None) or {}).get("trade") for c in table.columns)
    if not ttoks or set(ttoks) & set(words["own_words"]) and not trade:  # r41: a trade's ticket is told
        return []
    fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
    pk = set(table.primary_key.columns) if table.primary_key else set()
    found: dict[str, list[str]] = {}
    for col in table.columns:
        if col.name in sources and col.name not in fk_cols | pk and not col.type.is_array:
            kind = _kind(col.name, col, intents.get(col.name), words)
            if kind and len(found.setdefault(kind, [])) < dict(_TAKE)[kind]:
                found[kind].append(col.name)
    picked = [f"{kind}={c}" for kind, _n in _TAKE for c in found.get(kind, [])]
    if len(picked) < 2:
        return []
    noun = ttoks[-1][:-1] if ttoks[-1].endswith("s") and not ttoks[-1].endswith("ss") else ttoks[-1]
    out = []
    for col in table.columns:
        toks = tokens(col.name)
        if (col.type.kind is TypeKind.TEXT and usable.get(col.name) and col.name not in taken and toks
                and toks[-1] in words["heads"] and not col.type.is_array and (col.type.length or 999) >= 40
                and _free(intents.get(col.name))):
            names = [p.split("=", 1)[1] for p in picked]
            out.append(Derived(column=col.name, source=names[0], op=f"remark:{noun}|{','.join(picked)}",
                               terms=tuple(f"+{c}" for c in names[1:])))
    return out


def settled_remarks(tables: Mapping[Any, Any]) -> dict[Any, Any]:
    """``tables`` whose remarks name no column the aggregates rewrite after them (r41: a work order's
    line total follows its order's quote, so the line's notes cannot quote the drawn one); a remark
    left with fewer than two sources is dropped (its drawn text stays)."""
    from dataclasses import replace

    out = dict(tables)
    for name, tp in tables.items():
        tl = tp.timeline
        moved = {c for a in tp.aggregates for c in (a.amount, a.quantity, a.unit_price, a.own) if c}
        if not tl or not moved or not any(d.op.startswith("remark:") for d in tl.derived):
            continue
        kept = []
        for d in tl.derived:
            if d.op.startswith("remark:"):
                noun, _, listed = d.op[len("remark:"):].partition("|")
                picked = [p for p in listed.split(",") if p.split("=", 1)[1] not in moved]
                if len(picked) < 2:
                    continue
                names = [p.split("=", 1)[1] for p in picked]
                d = replace(d, source=names[0], op=f"remark:{noun}|{','.join(picked)}",
                            terms=tuple(f"+{c}" for c in names[1:]))
            kept.append(d)
        out[name] = replace(tp, timeline=replace(tl, derived=tuple(kept)))
    return out
