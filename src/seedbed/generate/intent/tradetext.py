"""Free text of a trade no pack knows (issue 10, r41): a bike share's ``MaintenanceTicket.details``, a
food bank's ``items.description``, a piano workshop's ``service_tickets.description``.

When no domain pack matches a table (its schema's pack, if any, has no words for it), its free-text columns
would fall to the ``generic`` pack, whose sentences are an office workspace's ("Owned by the Design team.", "A
short overview of the quarterly report."), and its notes to a CRM's ("Called, no answer"). Those words are
right only for the workspace's own things: its documents, projects, tasks, pages, meetings (``packs.json``
``packs.generic.workspace_nouns`` and the ``document`` class of ``entities.json``), a person's or a company's
notes keep their contact remarks, and a SaaS schema's tables keep the office's words
(``generic.office_packs``). Any other table's description, details, notes or summary is marked ``trade`` (the
table's noun): ``seedbed.planning.remarks`` then tells it from its own row's values even when its table is one
of ``remarks.json`` ``own_words`` (a ticket, an item), and with nothing to say a description is a short
neutral sentence built around the noun (``generic.trade_description``). A note or a remark is not marked: a
blind review (session 12) scored a notary's and a port's remarks told from their rows' values ("Repertory yr 2085;
executed; deed type will", "not pilot req") 0, and a record's plain remarks 1. People's own words (comments, reviews, posts, messages:
``remarks.json`` ``authored``) keep theirs.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["thing_note", "trade_text", "workspace_nouns"]

Cand = tuple[str, dict, str]

#: The generic intents whose text is the office pack's (a description, a note, a sentence).
_OFFICE = frozenset({"text.description", "text.note", "text.sentence", "text.comment"})


@lru_cache(maxsize=1)
def workspace_nouns() -> frozenset[str]:
    """The nouns the office pack's words are written for: a workspace's documents and undertakings."""
    from seedbed.generate.realistic.vocab import load

    docs = load("entities")["classes"]["document"].get("nouns", ())
    return frozenset(load("packs")["packs"]["generic"].get("workspace_nouns", ())) | frozenset(docs)


@lru_cache(maxsize=1)
def _office_packs() -> frozenset[str]:
    """Schemas whose tables of no pack of their own still speak the office's words (a SaaS product's)."""
    from seedbed.generate.realistic.vocab import load

    return frozenset(load("packs")["packs"]["generic"].get("office_packs", ()))


@lru_cache(maxsize=1)
def _authored() -> frozenset[str]:
    from seedbed.planning.remarks import remark_words

    return frozenset(remark_words().get("authored", ()))


@lru_cache(maxsize=1)
def _record_remarks() -> list[str]:
    from seedbed.generate.realistic.entities import attribute_list

    return list(attribute_list("remark") or ())


def _office(cand: Cand) -> bool:
    """Whether ``cand`` is the generic pack's text (not a product's, a trade list's or a tone's)."""
    name, params, _why = cand
    if params.get("product") or params.get("domain") not in (None, "generic") or params.get("trade"):
        return False
    if name in _OFFICE:
        return True
    if name == "entity.text" and params.get("labels") and list(params["labels"]) == _record_remarks():
        return True  # a record's remarks of no trade ('Called, no answer; will try again.')
    return (name == "entity.text" and params.get("role") == "description" and not params.get("cls")
            and not params.get("labels") and not params.get("tone"))


#: Packs whose rows are customers' or what customers did: a comment there may be theirs.
_CUSTOMERS = frozenset({"ecommerce", "fintech", "saas"})


def _things(ctx: Ctx) -> bool:
    """Whether ``ctx``'s table holds a trade's things: not people, companies, a workspace's documents or
    people's own words, and the column is plain text."""
    if not ctx.is_text or ctx.column.type.is_array or ctx.person_table or ctx.company_table:
        return False
    toks = set(ctx.table_toks)
    return bool(toks) and not toks & (workspace_nouns() | _authored())


def _customers(ctx: Ctx) -> bool:
    """Whether the table's rows are a customer or what one did (an account, an order, a ticket): a contact's
    remarks fit their notes (``prose.CUSTOMER_TABLES``)."""
    from seedbed.generate.realistic.prose import CUSTOMER_TABLES

    return bool(set(ctx.table_toks) & CUSTOMER_TABLES)


def _filler(cand: Cand) -> bool:
    """Whether ``cand`` is a social comment or a contact's remarks, whatever the pack (no trade's own text)."""
    name, params, _why = cand
    if params.get("product") or params.get("trade"):
        return False
    return name == "text.comment" or (name == "entity.text" and list(params.get("labels") or ()) == _record_remarks())


def thing_note(ctx: Ctx, told: bool = True) -> Cand:
    """A note of a trade's thing: of what its column's words say it records (``dmg_note``: damage), else plain
    notes, some naming the table's thing where WordNet knows its words as nouns (``barrel fill``)."""
    from seedbed import thesaurus
    from seedbed.generate.realistic.vocab import load

    problems = set(load("remarks")["thing_notes"]["problems"].split())
    problem = next((t for t in ctx.toks if t in problems), "")
    words = ctx.table_toks[-2:]
    thing = " ".join(words) if words and all(thesaurus.senses(w, "n") for w in words) else ""
    what = f"its {problem}" if problem else f"the {thing}" if thing else "its row"
    params = {"domain": "generic", "about": "thing", "problem": problem, "thing": thing, "told": told and not problem}
    return "text.note", params, \
        f"a note of a trade's thing: {what}, no contact's remarks"


def trade_text(ctx: Ctx, cand: Cand, schema_pack: str = "") -> Cand | None:
    """``cand`` marked as a trade's own text (``trade``: the table's noun), or None to keep it."""
    if not _things(ctx):
        return None
    if ctx.pack != "generic" and _filler(cand) and (schema_pack or ctx.pack) not in _office_packs() | _CUSTOMERS \
            and not _customers(ctx):
        return thing_note(ctx, told=False)  # an aircraft's remarks in a travel schema: no contact's remarks (r48)
    if ctx.pack != "generic" or (schema_pack or ctx.pack) in _office_packs() or not _office(cand):
        return None
    from seedbed.generate.intent.sectors import sector_note, sector_product

    if sector_note(ctx, cand) or sector_product(ctx, cand):  # a sector the corpus knows writes its own
        return None
    name, params, _why = cand
    if name in ("text.note", "text.comment") or params.get("labels"):  # a note: a thing's plain notes (r48), not
        if _customers(ctx):  # a contact's remarks nor a social comment (session 12); a customer's keep theirs
            return None
        return thing_note(ctx, told=not params.get("labels"))
    noun = " ".join(ctx.table_toks[-2:])  # a maintenance ticket, a work order, an order line
    return ("text.description", {"html": bool(params.get("html")), "domain": "generic", "noun": ctx.noun, "trade": noun},
            f"free text of a {noun} in a trade no pack knows: its own row's words, else a sentence around the noun")
