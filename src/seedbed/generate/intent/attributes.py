"""Categorical text columns read as values of their attribute (issue 10, r5).

Two sources, both data rather than code:

* a column comment that lists the values (``'adult, child, teen, senior, staff'``, ``'One of:
  daily, weekly'``, ``'e.g. R-1, R-2, C-1'``, ``'values: free|supporter|patron'``): those values,
  as a CHECK ``IN`` list would give (``listed_values``);
* ``data/vocab/attributes.json``: common attribute heads (``condition``, ``audience``, ``age
  group``, ``format``, ``tier``, ...) with their usual values, narrowed by context where the head is
  ambiguous (the format of a book is a binding, of an episode an audio container, of a radio
  station a programming format) (``attribute_rule``).

Both give ``status.type`` with explicit ``labels`` (skewed to the first, like real data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["attribute_rule", "complete_list", "listed_values"]

#: Phrases after which a comment lists values ("Programming format, e.g. news/talk, country").
_MARKER = re.compile(r"(?:\b(?:one of|values?|allowed(?: values)?|possible values|options?|choices?|either|"
                     r"such as|for example|e\.g\.|eg\.|i\.e\.|like|including)\s*[:=]?\s*|:\s*)", re.IGNORECASE)
#: Markers after which the list is every value, not examples of them.
_WHOLE = re.compile(r"one of|values?|allowed|options?|choices?|either", re.IGNORECASE)
#: One quoted example, whatever its commas (the whole tail of the comment).
_ONE_QUOTED = re.compile(r"""^(["“'‘`])[^"“”'‘’`]+["”'’`]$""")
_ITEM_WORDS = 3   # words per listed value, at most
_ITEM_CHARS = 40  # characters per listed value, at most


def _split(text: str) -> list[str]:
    text = text.strip().rstrip(".;")
    text = re.sub(r"\(.*?\)", "", text)  # "pass, fail (re-inspection needed)"
    if "|" in text:
        parts = text.split("|")
    elif "," in text or ";" in text:
        parts = re.split(r"[,;]", text)
        parts[-1:] = re.split(r"\s+(?:or|and)\s+", parts[-1])  # "... mid-roll or post-roll"
    elif re.search(r"\s(?:or)\s", text):
        parts = re.split(r"\s+or\s+", text)
    else:
        return []
    out = []
    for p in parts:
        p = re.sub(r"^\s*(?:or|and)\s+", "", p.strip()).strip(" '\"`‘’“”.")
        if p.lower() in ("etc", "etc.", "...", "…", ""):
            continue
        out.append(p)
    return out


def complete_list(comment: str) -> bool:
    """Whether a comment's list is every value (``one of:``, ``values:``, a bare list, ``a | b``) rather
    than examples (``e.g.``, ``such as``, ``For example, Mr. or Ms.``)."""
    found = list(_MARKER.finditer(comment))
    return not found or bool(_WHOLE.match(found[-1].group(0).strip())) or "|" in comment


def listed_values(comment: str | None) -> list[str] | None:
    """The values a column comment lists, or None when it is prose (``'Units of quote_currency for one
    unit of base_currency.'``). A list needs two values after a marker (``one of:``, ``e.g.``,
    ``values:``) or three bare ones, each of at most three words."""
    if not comment:
        return None
    text = comment.strip()
    found = list(_MARKER.finditer(text))
    tail = text[found[-1].end():] if found else text
    if len(re.split(r"(?<=[a-z])\.\s+[A-Z]", tail)) > 1:  # a sentence follows the list: keep the first
        tail = re.split(r"(?<=[a-z])\.\s+[A-Z]", tail)[0]
    if _ONE_QUOTED.match(tail.strip().rstrip(".;")):
        return None  # e.g. "By Jane Doe, Political Editor": one example whose text has a comma
    items = _split(tail)
    if len(items) < (2 if found else 3):
        return None
    if any(len(i.split()) > _ITEM_WORDS or len(i) > _ITEM_CHARS for i in items):
        return None
    if not found and items[0][:1].isupper() and items[0][1:2].islower() and any(i[:1].islower() for i in items):
        return None  # 'Street address, city and country': a sentence naming parts, not values
    return list(dict.fromkeys(items))


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict, dict]:
    from seedbed.generate.realistic.vocab import load

    data = load("attributes")
    return data["heads"], data["aliases"]


def _head(toks: tuple[str, ...]) -> tuple[str, tuple[str, ...], int] | None:
    """The longest trailing phrase of ``toks`` the vocabulary knows, the words before it and its
    length in words."""
    heads, aliases = _vocab()
    for k in range(min(len(toks), 3), 0, -1):
        phrase = " ".join(toks[-k:])
        phrase = aliases.get(phrase, phrase)
        if phrase in heads:
            return phrase, toks[:-k], k
    return None


def _context_values(entry: dict, groups: list[set[str]]) -> list[str] | None:
    for i, words in enumerate(groups):
        for ctx in entry.get("contexts", ()):
            if words & set(ctx["when"]) and (i < 2 or ctx.get("scope") != "table"):
                return ctx["values"]
    return None


def _plural(ctx: Ctx) -> bool:
    """Whether the column's last word is a plural (``conditions``, ``placements``): a list of terms."""
    from seedbed.generate.intent.tokens import singular

    last = re.split(r"[^a-z]+", ctx.column.name.lower())[-1] or ctx.toks[-1]
    return singular(last) != last


def attribute_rule(ctx: Ctx, default: bool = True) -> list[tuple[str, dict, str]]:
    """``status.type`` over the usual values of the column's attribute head (``[]`` when the head is
    unknown, or when ``default`` is False, no context narrows it and the head is one word: a phrase
    such as ``fuel type`` or ``eye colour`` is specific enough to beat a one-word rule)."""
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks:
        return []
    found = _head(ctx.toks)
    if found is None or found[2] == 1 and _plural(ctx):  # conditions: a list; payment_terms: one value
        return []
    head, before, size = found
    default = default or size > 1
    entry = _vocab()[0][head]
    groups = [set(before), set(ctx.table_toks), set(ctx.sibling_words), {ctx.pack}]
    values = _context_values(entry, groups)
    why = f"a {head} in this context"
    if values is None:
        if not default or "values" not in entry:
            return []
        values, why = entry["values"], f"the usual values of a {head}"
    fit = [v for v in values if ctx.length is None or len(v) <= ctx.length]
    if len(fit) < 2:
        return []
    return [("status.type", {"labels": fit}, why)]
