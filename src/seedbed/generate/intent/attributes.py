"""Categorical text columns read as values of their attribute (issue 10, r5).

Two sources, both data rather than code:

* a column comment that lists the values (``'adult, child, teen, senior, staff'``, ``'One of:
  daily, weekly'``, ``'e.g. R-1, R-2, C-1'``, ``'values: free|supporter|patron'``): those values,
  as a CHECK ``IN`` list would give (``listed_values``);
* ``data/vocab/attributes.json``: common attribute heads (``condition``, ``audience``, ``age
  group``, ``format``, ``tier``, ...) with their usual values, narrowed by context where the head is
  ambiguous (the format of a book is a binding, of an episode an audio container, of a radio
  station a programming format) (``attribute_rule``);
* ``data/vocab/kinds.json`` (r11): the vocabulary of many domains by the thing and the attribute
  (``inspection type``, ``soil type``, ``injury type``, ``concrete grade``, ``technique``), a bare
  head taking the table's noun (``category`` of ``equipment`` is an ``equipment type``; ``type``,
  ``kind``, ``category`` and ``class`` of a thing share a list), and real names of catalogues of
  things (``crops.name``, ``equipment_name``, a ``trade``) (``catalogue_rule``).

Attributes give ``status.type`` with explicit ``labels`` (skewed to the first, like real data); names
give ``entity.text`` labels (each once in a UNIQUE column).
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["attribute_rule", "catalogue_rule", "complete_list", "listed_values"]

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


#: Heads that name a kind of the thing before them: ``defect category`` reads as ``defect type``.
_TYPELIKE = ("type", "kind", "category", "class", "classification", "sort", "group")


#: Bare heads that take the table's noun (``category`` of ``machines``); others (``state``, ``stage``)
#: would read the table's noun as a qualifier it is not (a feature flag's state is no ship's flag state).
_INJECT = frozenset((*_TYPELIKE, "grade", "reason", "method", "variety", "name"))


def _listed(entry: object) -> object:
    """A kinds.json entry with its ``a|b|c`` strings split into lists."""
    if isinstance(entry, str):
        return {"values": entry.split("|")}
    if isinstance(entry, dict):
        return {k: (v.split("|") if k == "values" and isinstance(v, str) else
                    [{**c, "when": c["when"].split() if isinstance(c["when"], str) else c["when"],
                      "values": c["values"].split("|") if isinstance(c["values"], str) else c["values"]}
                     for c in v] if k == "contexts" else v) for k, v in entry.items()}
    return entry


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict, dict]:
    from seedbed.generate.realistic.vocab import load

    data = load("attributes")
    heads = dict(data["heads"])
    trades, general = load("sectors")["sections"], set(load("sectors")["sections_general"])  # r26: a section's trade
    for section, entries in load("kinds")["heads"].items():
        for k, v in entries.items() if not section.startswith("_") else ():
            v = _listed(v)
            if k in heads:  # attributes.json's head keeps its values; kinds.json adds contexts (a plant's fuel)
                v = {**heads[k], "contexts": [*heads[k].get("contexts", ()), *v.get("contexts", ())]}
            else:
                sector = {"sector": trades[section]} if section in trades and k not in general else {}
                v = {"kinds": True, **sector, **v}
            heads[k] = v
    for k in ("make", "manufacturer", "brand", "maker"):  # makers of the families of models.json (a ride's, a bike's)
        if k in heads:
            heads[k] = {**heads[k], "contexts": [*heads[k].get("contexts", ()), *_maker_contexts()]}
    return heads, data["aliases"]


def _maker_contexts() -> list[dict]:
    """One context per family of ``models.json``: its words, and its makes spelled once (no 'Citroën' beside 'Citroen')."""
    import unicodedata

    from seedbed.generate.realistic.vocab import load

    out = []
    for family in load("models")["families"]:
        seen: set[str] = set()
        makes = []
        for make in family["makes"]:
            key = unicodedata.normalize("NFKD", make).encode("ascii", "ignore").decode().casefold()
            if key not in seen:
                seen.add(key)
                makes.append(make)
        out.append({"when": family["when"].split(), "values": makes})
    return out


@lru_cache(maxsize=1)
def _names() -> dict:
    from seedbed.generate.realistic.vocab import load

    out: dict = {}
    for section, entries in load("kinds")["names"].items():
        if section.startswith("_"):
            continue
        for k, v in entries.items():  # a name two sections know keeps both sections' contexts (r31's species
            v = _listed(v)            # of a wildlife survey beside science's species of a farm or a fishery)
            old = out.get(k)
            if isinstance(old, dict) and isinstance(v, dict) and "contexts" in old and "contexts" in v:
                v = {**old, **v, "contexts": [*old["contexts"], *v["contexts"]]}
            out[k] = v
    return out


def _lookup(phrase: str) -> str | None:
    heads, aliases = _vocab()
    phrase = aliases.get(phrase, phrase)
    if phrase in heads:
        return phrase
    words = phrase.split()
    if len(words) > 1 and words[-1] in _TYPELIKE:  # soil_class: a soil type
        for alt in _TYPELIKE:
            other = aliases.get(" ".join([*words[:-1], alt]), " ".join([*words[:-1], alt]))
            if other in heads:
                return other
    return None


def _head(toks: tuple[str, ...], table_toks: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...], int] | None:
    """The longest trailing phrase of ``toks`` the vocabulary knows, the words before it and its
    length in words. A phrase of the column's own words comes first; then a bare head (or one after
    the table's own noun: ``equipment_category``) takes the table's noun (``equipment type``); then a
    one-word head."""
    for k in range(min(len(toks), 3), 1, -1):
        phrase = _lookup(" ".join(toks[-k:]))
        if phrase:
            return phrase, toks[:-k], k
    before = toks[:-1]
    if table_toks and toks[-1] in _INJECT and (not before or before == table_toks[-len(before):]):
        for noun in dict.fromkeys((" ".join(table_toks[-2:]), table_toks[-1])):
            phrase = _lookup(f"{noun} {toks[-1]}")
            if phrase and _vocab()[0][phrase].get("kinds") and "values" in _vocab()[0][phrase]:
                return phrase, (), 2  # a kind of thing with a list of its own, not a job's employment type
    phrase = _lookup(toks[-1]) if toks else None
    return (phrase, toks[:-1], 1) if phrase else None


def _context_values(entry: dict, groups: list[set[str]], ctx: Ctx) -> list[str] | None:
    """The values of the entry's context that serves ``ctx`` (``sectors.pick``: the nearest words
    first, never another trade's list)."""
    from seedbed.generate.intent.sectors import pick

    found = pick(ctx, entry.get("contexts", ()), groups)
    return found["values"] if found else None


def _default_values(entry: dict, ctx: Ctx, head: str = "") -> list[str] | None:
    """The entry's usual values, unless they are another trade's (a factory's machines on a farm, a
    building site's cranes in a port or where no trade leads: ``trades.foreign``)."""
    from seedbed.generate.intent.trades import foreign

    return None if foreign(ctx, entry.get("sector"), head) else entry.get("values")


def _plural(ctx: Ctx) -> bool:
    """Whether the column's last word is a plural (``conditions``, ``placements``): a list of terms."""
    from seedbed.generate.intent.tokens import singular

    last = re.split(r"[^a-z]+", ctx.column.name.lower())[-1] or ctx.toks[-1]
    return singular(last) != last


def attribute_rule(ctx: Ctx, default: bool = True) -> list[tuple[str, dict, str]]:
    """``status.type`` over the usual values of the column's attribute head (``[]`` when the head is
    unknown, or when ``default`` is False, no context narrows it and the head is one word: a phrase
    such as ``fuel type`` or ``eye colour`` is specific enough to beat a one-word rule)."""
    from seedbed.generate.intent.kinds import polymorphic

    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks or polymorphic(ctx):
        return []
    found = _head(_whole(ctx), ctx.table_toks) or _head(ctx.toks, ctx.table_toks)
    entry = _vocab()[0][found[0]] if found else {}
    if found is None or found[2] == 1 and _plural(ctx) and not entry.get("plural"):  # conditions: a list
        return []
    if entry.get("bare") and found[1]:  # cancellation_reason: its qualifier, not the table, says what for
        return []
    head, before, size = found
    default = default or size > 1 or bool(entry.get("own"))
    groups = [set(before), set(ctx.table_toks), set(ctx.sibling_words), {ctx.pack}]
    if entry.get("kinds"):  # a thing of many domains: also its parents and the schema (farm machinery);
        groups = [set(before), set(ctx.table_toks), set(ctx.sibling_words) | _parents(ctx), set(ctx.schema_words)]
        if size == 1 and not entry.get("wide"):  # a one-word head (grade, position): by its table and columns
            groups = groups[:3]
    values = _context_values(entry, groups, ctx)
    why = f"a {head} in this context"
    if values is None:
        values = _default_values(entry, ctx, head) if default else None
        if values is None and default and size > 1 and entry.get("values"):  # another trade's list, refused:
            from seedbed.generate.intent.kinds import neutral_codes  # a neutral label, not a generic list

            return neutral_codes(ctx)
        if values is None:
            return []
        why = f"the usual values of a {head}"
    return fitting_labels(ctx, values, why)


def fitting_labels(ctx: Ctx, values: list[str] | tuple[str, ...], why: str) -> list[tuple[str, dict, str]]:
    """``status.type`` over the ``values`` the column's width holds (in their order: skewed to the
    first), or nothing when fewer than two fit."""
    fit = [v for v in values if ctx.length is None or len(v) <= ctx.length]
    return [("status.type", {"labels": fit}, why)] if len(fit) >= 2 else []


def _whole(ctx: Ctx) -> tuple[str, ...]:
    """The column's words as written, not segmented (``discipline``, not ``discip line``)."""
    from seedbed.generate.intent.tokens import tokens

    return tokens(ctx.column.name, segment=False) or ctx.toks


def _parents(ctx: Ctx) -> set[str]:
    """The head nouns of the tables ``ctx``'s table references (a site's project, a log's site):
    a parent's modifiers say what kind of it it is, not what this table is about (a harvest of
    ``stock_batches`` is no paper stock)."""
    from seedbed.generate.intent.tokens import tokens

    return {(tokens(fk.ref_table.name) or ("",))[-1] for fk in ctx.table.foreign_keys}


def catalogue_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """Real names of a table that is a catalogue of kinds of things (``crops.name``: Winter wheat,
    ``equipment_name``: 20 t excavator, ``trade_name``: Electrician), or of a text column naming one
    (``plantings.crop``); ``[]`` when the table holds no such things or the name is someone else's
    (``consignee_name``)."""
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks:
        return []
    names, toks, tt = _names(), _whole(ctx), ctx.table_toks
    if toks[-1] in ("name", "title", "label") and tt:
        before = toks[:-1]
        if before and before != tt[-len(before):]:
            return []
        nouns: tuple[str, ...] = tuple(dict.fromkeys(("_".join(tt[-2:]), tt[-1])))
    elif len(toks) == 1 and toks[0] in names and not _plural(ctx):
        nouns = (toks[0],)
    else:
        return []
    for noun in nouns:
        entry = names.get(noun)
        if entry is None:
            continue
        groups = [set(tt), set(ctx.sibling_words) | _parents(ctx), {ctx.pack}, set(ctx.schema_words)]
        values = _context_values(entry, [set(), *groups], ctx) or _default_values(entry, ctx)
        fit = [v for v in values or () if ctx.length is None or len(v) <= ctx.length]
        if len(fit) >= 2:
            return [("entity.text", {"role": "category", "labels": fit}, f"real names of a {noun.replace('_', ' ')}")]
    return []
