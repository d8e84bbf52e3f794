"""The table's own kind of thing decides its names, titles, descriptions, categories and types
(issue 10, patterns 1 and 7; see ``seedbed.generate.realistic.entities`` for the text).

``entity_text`` looks at the candidate ``infer`` chose for a text column and, when the column names
a role of its table's entity (``name``, ``title``, ``label``, ``description``, ``category``, a
``*_type``), replaces the domain pack's generic text by the entity's own:

* the noun is the column's qualifier when a class knows it (``menu_type`` of a restaurant is a
  menu's type), else the table's (``menu_items`` -> ``menu_item`` before ``item``); the categories
  of an ``X_categories`` table are X's (a menu's categories are Starters and Mains);
* a noun no class knows keeps a pack text written for it (``projects`` in SaaS, ``stores`` in a
  shop, a pack's main documents: a tracker's issues, a carrier's shipments, ``pack_documents``) and
  pack names of things that carry proper names (boats, teams); otherwise it gets text built around
  the noun ("Standard Widget", "The room type is in everyday use."), not team pages or parcel notes;
* well-known attribute families (``utm_medium``, ``cuisine``, ``metric``) and heads whose values
  depend on the table (an alert's ``channel``, a courier's ``zone``, a customer's loyalty ``tier``)
  get their own short lists.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["entity_text", "pack_nouns"]

Cand = tuple[str, dict, str]

_ROLES = {"entity.name": "name", "text.title": "name", "text.label": "name", "text.description": "description",
          "text.category": "category", "commerce.category": "category", "status.type": "type",
          "text.neutral": "type"}
#: Generic intents an attribute family replaces (the family's own values are better than any of them).
_FREE = frozenset({"text.neutral", "status.type", "text.body", "text.note", "text.sentence", "text.review",
                   "text.comment"})
#: What a review can be about that is a product (its text stays a product review).
_GOODS = frozenset("product item sku variant good book album film movie game app merchandise".split())
#: Tables of goods whose description is a product's in any domain (a warehouse's SKUs).
_GOODS_TEXT = frozenset("product sku variant merchandise".split())
_TYPE_HEADS = frozenset("type kind class category style format variant".split())
#: Labels that are single words (a tag's, a keyword's): no entity text.
_WORD_LABELS = frozenset("word tag keyword topic award".split())
#: Table nouns that say nothing of what a row is (``display_names``: a table of names).
_VAGUE = frozenset("name title value data info information content record entry item object thing".split())
#: Table heads that need their qualifier to name a thing (``room_types``: a room type, not a type).
_HEADS = frozenset("type kind category group item entry detail line record class level option setting".split())


def pack_nouns(pack: str | None = None) -> set[str]:
    """The nouns a pack (or any pack) has name templates for."""
    from seedbed.generate.realistic.vocab import load

    packs = load("packs")["packs"]
    return {n for name, p in packs.items() if pack in (None, name) for n in p.get("nouns", {})}


def _pack_document(pack: str, noun: str, ctx: Ctx) -> bool:
    """Whether the pack's own titles and descriptions were written for ``noun`` (a SaaS issue, a
    logistics shipment); a schema of no domain has none but its documents (pages, tasks, notes)."""
    from seedbed.generate.realistic.vocab import load

    if pack == "generic":
        return False
    about = set(load("entities")["pack_documents"].get(pack, ()))
    return bool(about & {noun, *noun.split("_"), *ctx.table_toks})


def _reviews_a_service(ctx: Ctx) -> str:
    """What a review is about when its table points at a place or a service and at no product: the
    class of the place (``eatery``: the food arrived cold) or ``service``; ``""`` otherwise. Its text
    then reads as a visit's, not a purchase's ("Do not buy")."""
    from seedbed.generate.intent.tokens import tokens
    from seedbed.generate.realistic.entities import entity_class
    from seedbed.generate.realistic.vocab import load

    services = set(load("entities")["review_services"]["nouns"])
    nouns = [(tokens(fk.ref_table.name) or ("",))[-1] for fk in ctx.table.foreign_keys]
    if any(n in _GOODS for n in nouns):
        return ""
    for n in nouns:
        cls = (entity_class(n) or ("",))[0]
        if cls in ("eatery", "venue", "site"):
            return cls
    return "service" if any(n in services for n in nouns) else ""


def _topics(ctx: Ctx, schema_tables: tuple[str, ...]) -> list[str]:
    """The schema's other tables as topics of analytics titles ("Invoices by month")."""
    out = []
    for name in schema_tables:
        if name == ctx.table.name.name or "_" in name and len(name.split("_")) > 2:
            continue
        words = name.replace("_", " ").strip()
        if words and words.isascii():
            out.append(words[:1].upper() + words[1:])
    return out[:12]


def _attribute(ctx: Ctx) -> Cand | None:
    from seedbed.generate.intent.sectors import sector_attribute
    from seedbed.generate.realistic.entities import attribute_list, context_attribute

    toks = ctx.toks
    for key in ("_".join(toks[-2:]), "".join(toks[-2:]), toks[-1]):  # utm_medium, tag+line
        labels = attribute_list(key) if key else None
        labels = labels and (sector_attribute(ctx, key) or labels)  # a building site's delivery notes
        if labels:
            return "entity.text", {"role": "category", "labels": labels}, f"'{key}' values"
    words = set(ctx.table_toks) | set(ctx.prefix)
    key = context_attribute(toks[-1], words)
    if key and key.endswith("_reply"):  # a review's reply follows the review's rating
        return "entity.text", {"role": "category", "tone": key}, f"'{toks[-1]}' to a {ctx.noun}, in its tone"
    if key:
        return "entity.text", {"role": "category", "labels": attribute_list(key)}, f"'{toks[-1]}' of a {ctx.noun}"
    return None


def entity_text(ctx: Ctx, cand: Cand, schema_tables: tuple[str, ...] = (), schema_pack: str = "") -> Cand | None:
    """The entity's own text for ``cand`` (the candidate ``infer`` chose), or None to keep it.
    ``schema_pack`` is the schema's pack (a hotel schema's ``room_types`` may be of no pack itself).
    A trade no pack knows says its own row's words, not the office pack's (r41, ``tradetext``)."""
    from seedbed.generate.intent.tradetext import trade_text

    found = _entity_text(ctx, cand, schema_tables, schema_pack)
    return trade_text(ctx, found or cand, schema_pack) or found


def _entity_text(ctx: Ctx, cand: Cand, schema_tables: tuple[str, ...], schema_pack: str) -> Cand | None:
    from seedbed.generate.realistic.entities import classes, entity_class, has_role
    from seedbed.generate.realistic.vocab import load

    name, params, _why = cand
    if not ctx.is_text or ctx.column.type.is_array:
        return None
    if params.get("labels") and "in the words of" in _why:  # a leading trade's own list stands (r35: an ad
        return None  # agency's channel is paid social / TV, no shop's web / in-store)
    found = _attribute(ctx) if name in _FREE else None  # utm_medium, cuisine, an alert's channel, a review's reply
    if found:
        return found
    if params.get("labels"):  # a list chosen for the column (a defect's category, a crop's name)
        return None
    service = _reviews_a_service(ctx) if name in ("text.review", "text.review_title") else ""
    if service:
        return name, {**params, "service": service}, "a review of a place or a service"
    if name not in _ROLES or name == "text.label" and params.get("noun") in _WORD_LABELS:
        return None
    role = _ROLES[name]
    tt = ctx.table_toks
    home = schema_pack or ctx.pack
    if name == "status.type" and ctx.toks[-1] == "name" and len(tt) > 1 and ctx.noun in pack_nouns() \
            and ctx.noun not in pack_nouns(str(params.get("domain") or ctx.pack)) | pack_nouns(home):
        role, name, params = "name", "entity.name", {**params, "noun": ctx.noun}  # a hotel's rate_plans: no SaaS tiers
    of_kind = ctx.noun in ("category", "type", "kind", "genre") and len(tt) > 1  # menu_categories: a menu's
    if of_kind and role in ("name", "type"):
        role = "category"  # a category's name and display label
    if role == "type" and ctx.toks[-1] not in _TYPE_HEADS:
        return None
    if name == "commerce.category" and ctx.product_table:
        return None
    if name == "text.description" and params.get("product"):
        return None
    q = ctx.prefix[-1] if ctx.prefix else ""
    if role == "name":  # metric_name, metrics.name: a metric's name (page_views), a cuisine's (Thai)
        from seedbed.generate.realistic.entities import attribute_list

        for n in (q, ctx.noun):
            labels = attribute_list(n) if n else None
            if labels:
                return "entity.text", {"role": "category", "labels": labels}, f"the name of a {n}"
    if of_kind:
        nouns: tuple[str, ...] = ("_".join(tt[-3:-1]), tt[-2])  # menu_categories.name: a menu's categories
    else:
        nouns = (q, "_".join(tt[-2:]), ctx.noun)
    pack = str(params.get("domain") or ctx.pack)
    html = bool(params.get("html"))
    own = next((n for n in nouns if n and n in pack_nouns(pack)), None) if pack != "generic" else None
    if own is not None and role in ("name", "title") and not of_kind:  # a charity's campaigns: its appeals
        return "entity.name", {"noun": own, "domain": pack}, f"the {role} of a {own} in {pack} words"
    found = entity_class(*nouns)
    if found is not None and not has_role(found[0], role) and found[0] in load("placenames")["classes"]:
        found = None  # a room's kinds or description: not a name made of places, and nothing else of the class
    if found is not None:
        cls, noun = found
        if has_role(cls, role):
            out = {"role": role, "noun": noun, "cls": cls, "topics": _topics(ctx, schema_tables), "html": html}
            return "entity.text", out, f"the {role} of a {noun.replace('_', ' ')}"
        if cls == "document" and not _pack_document(pack, noun, ctx) \
                and pack not in classes()["document"]["packs"]:  # a carrier's report: the wiki's titles
            if ctx.toks[-1] == "title" and pack == "generic":  # a bulletin of no known domain: its topic
                return topic_title(ctx, schema_tables)
            return name, {**params, "domain": "generic"}, f"the {role} of a {noun}"
        if cls != "workitem" or pack == "generic" or _pack_document(pack, noun, ctx):  # proper names, issues
            return None
    if role == "description" and ctx.noun in _GOODS_TEXT and name == "text.description":  # a SKU in a warehouse
        return name, {**params, "product": True}, "description of a product"
    if of_kind and role == "category" and ctx.toks[-1] == "name" and tt[-2] in pack_nouns(pack) | pack_nouns(home):
        # room_types.name: Deluxe King, not 'premium'
        return "entity.name", {"noun": tt[-2], "domain": pack}, f"the kinds of {tt[-2]}"
    # no class: text around the noun where the pack has nothing written for it (an incident of a
    # carrier is no parcel note)
    noun = str(params.get("noun") or q or ctx.noun)
    if ctx.person_table or ctx.company_table:  # a user's description is about the person: the pack's
        return None
    if noun != ctx.noun:  # consignee_name, event_name: the name of someone or something else: kept
        return None
    if noun in _HEADS and len(tt) > 1:  # room_types: a room type
        noun = "_".join(tt[-2:])
    if name == "entity.name" and pack != "generic" and len(tt) > 1 and noun in pack_nouns() \
            and noun not in pack_nouns(pack) | pack_nouns(home):
        noun = "_".join(tt[-2:])  # a hotel's rate_plans are no SaaS plans ('enterprise')
    if role not in ("name", "description") or not noun or noun in pack_nouns() or noun in _VAGUE:
        return None
    if ctx.toks[-1] == "title" and role == "name" and not _pack_document(pack, noun, ctx):
        return topic_title(ctx, schema_tables)  # an expedition's title: 'Survey of Meridian Cave'
    if name == "entity.name" or name == "text.label" or not _pack_document(pack, noun, ctx):
        return ("entity.text", {"role": role, "noun": noun, "cls": "", "topics": [], "html": html},
                f"the {role} of a {noun.replace('_', ' ')} (no vocabulary of its own: built around the noun)")
    return None


def topic_title(ctx: Ctx, schema_tables: tuple[str, ...]) -> Cand:
    """The title of a document or an undertaking of a domain no list knows (r30): a topic phrase of
    the schema's own nouns, about the parent the row belongs to (its first reference that is not a
    person: an expedition's cave) or, without one, about the schema's things."""
    from seedbed.generate.intent.context import PERSON_NOUNS
    from seedbed.generate.intent.tokens import singular, tokens

    people = PERSON_NOUNS
    parent = ""
    for fk in ctx.table.foreign_keys:  # cave_id -> caves: the row's own parent; leader_id -> cavers: a role
        head = tokens(fk.ref_table.name)
        col = tokens(fk.columns[0]) if len(fk.columns) == 1 else ()
        if head and fk.ref_table.name != ctx.table.name.name and col[:-1] and singular(col[-2]) == head[-1]:
            parent = head[-1]
            break
    topics = []
    for name in schema_tables:
        toks = tokens(name)
        if toks and name != ctx.table.name.name and toks[-1] not in people and toks[-1] not in _VAGUE:
            topics.append(" ".join(toks[-2:]) + ("es" if toks[-1].endswith(("s", "x", "ch", "sh")) else "s"))
    return ("entity.text", {"role": "title", "noun": ctx.noun, "cls": "", "parent": parent, "topics": topics[:6]},
            f"the title of a {ctx.noun}: a topic of the schema's own nouns")
