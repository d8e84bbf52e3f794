"""Resolvers of small label sets: ``*_type`` / ``*_kind``, priorities, visibilities, methods, models.

A head naming a set of labels gets that set when the vocabulary knows it (``misc.json`` "types":
``priority``, ``marital``, ``blood``); a set of unknown meaning gets neutral labels from the
column's own name (``strike_type`` -> ``Strike type 1`` ..), never another domain's (issue 10).
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.resolvers import Cand, cands

__all__ = ["domain_rule", "kind_list_rule", "method_rule", "model_rule", "neutral_codes", "polymorphic",
           "type_rule"]

#: Words around a ``domain`` column that make it a web domain (else it is an area: a metric's domain).
_WEB = frozenset("""url host hostname email mail dns site website web cookie certificate cert ssl tls account user
instance server block allow mx ip subdomain tenant organization link redirect origin smtp""".split())


def type_rule(ctx: Ctx) -> list[Cand]:
    """``*_type``: a class name beside ``*_id`` (polymorphic), a MIME type, else a kind label."""
    q = ctx.prefix
    col = ctx.column.name
    stem = col[: -len("type")] if col.lower().endswith("type") else ""
    if stem and polymorphic(ctx):  # commentable_type + commentable_id, ownerType + ownerId
        return cands("tech.class_name", f"polymorphic pair {stem}type/{stem}id", polymorphic=True)
    if q and q[-1] in ("mime", "content", "media"):
        return cands("file.mime_type")
    if q and q[-1] == "card":
        return cands("money.card_brand")
    noun = q[-1] if q else ctx.noun
    if noun == "resolution" or ctx.toks[-1] == "resolution":
        return resolution_rule(ctx)
    if q and not _known_labels(noun) and ctx.is_text:  # strike_type: its own labels, not "premium"
        return _neutral_codes(ctx)
    return cands("status.type", "", noun=noun)


def polymorphic(ctx: Ctx) -> bool:
    """Whether ``ctx``'s column is the class half of a polymorphic pair: ``commentable_type`` beside
    ``commentable_id`` (``ownerType`` / ``ownerId``), the id not being the table's own key
    (``survey_type`` in ``surveys`` keyed by ``survey_id`` is the survey's kind)."""
    col = ctx.column.name
    if not col.lower().endswith("type"):
        return False
    t = ctx.table
    own = {c.lower() for c in (t.primary_key.columns if t.primary_key else ())}
    return col[: -len("type")].lower() + "id" in {c.name.lower() for c in t.columns} - own


def _known_labels(noun: str) -> bool:
    from seedbed.generate.realistic.vocab import load

    return noun in load("misc")["types"]


def _neutral_codes(ctx: Ctx) -> list[Cand]:
    return cands("text.neutral", "labels of unknown meaning: from the name", style="code",
                 stem=" ".join(ctx.toks), k=6)


neutral_codes = _neutral_codes  # r26: a trade's list that is not this schema's gives way to them


#: Tables of logins and permissions: their ``role`` or ``level`` is an access level, whatever the domain.
_ACCESS = frozenset("user account login admin member membership permission acl session invitation invite".split())


def kind_list_rule(ctx: Ctx) -> list[Cand]:
    """A small set of labels named by the head noun (priority, visibility, role, ...)."""
    if ctx.toks[-1] == "resolution":
        return resolution_rule(ctx)
    from seedbed.generate.intent.attributes import attribute_rule

    usual = attribute_rule(ctx)  # a station's format, a book's format, a listener's tier
    if usual:
        return usual
    from seedbed.generate.intent.entities import pack_nouns

    if ctx.is_text and ctx.pack != "generic" and ctx.toks[-1] in pack_nouns(ctx.pack) \
            and not set(ctx.table_toks) & _ACCESS:  # a volunteer's role; a login's role stays an access role
        return cands("entity.name", f"a {ctx.toks[-1]} in {ctx.pack} words", noun=ctx.toks[-1], domain=ctx.pack)
    before = ctx.toks[-2] if len(ctx.toks) > 1 else ""
    if ctx.toks[-1] in _SET_HEADS and _known_labels(before):  # blood_group, payment_category: the set before it
        return cands("status.type", f"the {before} labels, named as a {ctx.toks[-1]}", noun=before)
    if not _known_labels(ctx.toks[-1]) and ctx.is_text:
        return _neutral_codes(ctx)
    return cands("status.type", "", noun=ctx.toks[-1])


#: Heads that only say "one of a set": the word before them names which (``blood_group`` is a blood type).
_SET_HEADS = frozenset("group class category kind type sort variety set".split())


def method_rule(ctx: Ctx) -> list[Cand]:
    """``method``: an HTTP method or a payment / shipping method label."""
    q = ctx.prefix[-1] if ctx.prefix else ctx.noun
    return cands("status.type", "", noun="http_method" if q in ("http", "request") else q)


def model_rule(ctx: Ctx) -> list[Cand]:
    """``model``: the model of what the table holds when its pack names them (an aircraft's
    model), else a short model label."""
    from seedbed.generate.realistic.vocab import load

    packs = load("packs")["packs"]
    named = next((t for t in reversed(ctx.table_toks) if t not in ("product", "item")
                  and any(t in p.get("nouns", {}) for p in packs.values())), None)  # aircrafts_data: aircraft
    if not ctx.prefix and named:
        return cands("entity.name", f"model of a {named}", noun=named, domain=ctx.pack)
    return kind_list_rule(ctx)


def domain_rule(ctx: Ctx) -> list[Cand]:
    """``domain``: a web domain where the table or its columns are about the web (accounts, hosts,
    emails, blocks), else a small set of labels (the domain of a metric is an area, not a host)."""
    words = set(ctx.table_toks) | ctx.sibling_words | set(ctx.prefix)
    if words & _WEB or ctx.noun == "domain" or not ctx.is_text:
        return cands("internet.domain")
    return _neutral_codes(ctx)


_SCREEN = frozenset("image photo video screen display monitor media camera device thumbnail frame render".split())


def resolution_rule(ctx: Ctx) -> list[Cand]:
    """``resolution``: a screen size next to images and screens, else how an issue was resolved."""
    if (set(ctx.table_toks) | ctx.sibling_words) & _SCREEN:
        return cands("status.type", "a screen resolution", noun="resolution")
    return cands("status.type", "how a ticket was resolved", noun="issue_resolution")
