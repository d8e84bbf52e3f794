"""Resolvers: the context-aware half of the rule table.

A resolver receives the column's ``Ctx`` (its tokens, type, table and siblings) and returns
candidate intents, best first: ``name_rule`` makes ``users.name`` a person and ``products.name``
a product, ``status_rule`` makes ``addresses.state`` a region and ``orders.state`` a status.
``rules.PHRASES`` maps head phrases to these resolvers; names and titles live in ``names``, small
label sets in ``kinds`` (both re-exported here).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from seedbed.generate.intent.context import PERSON_NOUNS, STAT_WORDS, Ctx
from seedbed.generate.intent.records import document_ref_rule

#: (intent name, params, why)
Cand = tuple[str, dict, str]
Rule = str | Callable[[Ctx], list[Cand]]


def cands(name: str, why: str = "", **params: object) -> list[Cand]:
    """One candidate intent (the usual return value of a resolver)."""
    return [(name, dict(params), why)]


#: Threads that people chat in (a match's, a conversation's, a chat room's messages): short lines, no mail.
_CHATS = frozenset("chat conversation match thread room channel dm sms whatsapp".split())
#: What a thread of work is about: its messages are mail-like, not chat.
_WORK_THREADS = frozenset("""ticket case order support request issue incident claim invoice project task deal lead
customer client vendor supplier campaign""".split())


def _chat(ctx: Ctx) -> bool:
    """Whether a table of messages is a chat between people: it is a chat (``chat_messages``) or
    its rows belong to a conversation, a match or a room, and nothing gives them a subject."""
    from seedbed.generate.intent.tokens import tokens

    if ctx.has_sibling("subject", "recipient", "cc", "bcc", "template"):
        return False
    parents = {w for fk in ctx.table.foreign_keys for w in tokens(fk.ref_table.name)}
    words = set(ctx.table_toks) | parents | ctx.sibling_words
    if words & _CHATS:
        return True  # a sender's line in a thread of some other name (a hangout's), unless work is its subject
    return ctx.has_sibling("sender") and bool(parents - {"user", "account", "member", "person", "people"}) \
        and not words & _WORK_THREADS


#: Tables of questions people answer about themselves on a profile (a dating app's prompts, icebreakers).
_PROMPTS = frozenset("prompt icebreaker".split())


def asked(ctx: Ctx) -> dict[str, str]:
    """``{'about': 'self'}`` for a question or answer of a profile prompt (its table, a parent or a
    sibling says prompt or icebreaker), else ``{}`` (a help centre's questions and answers)."""
    from seedbed.generate.intent.tokens import tokens

    parents = {w for fk in ctx.table.foreign_keys for w in tokens(fk.ref_table.name)}
    return {"about": "self"} if (set(ctx.table_toks) | parents | ctx.sibling_words) & _PROMPTS else {}


#: Things cooked from a method: their instructions are steps of cooking.
_COOKED = frozenset("recipe dish meal bake cocktail".split())


def cooked(ctx: Ctx) -> bool:
    """Whether the table holds things cooked from a method (recipes, dishes, bakes)."""
    return bool(set(ctx.table_toks) & _COOKED)


#: Words of a table whose ``entries`` are people's posts (a discussion's, a diary's, a guestbook's).
_SAID_ENTRY = frozenset("discussion forum guestbook diary blog thread post comment feed journal social".split())


def _said_entry(ctx: Ctx) -> bool:
    """Whether an ``entry`` is something a person wrote to others (r32: ``entry`` is a generic noun:
    a glossary's term entries and a portfolio's entries are no forum comments)."""
    return ctx.pack == "social" or bool(set(ctx.table_toks) & _SAID_ENTRY)


def prose_rule(kind: str) -> Rule:
    """Body-like heads: what they hold depends on the table (reviews, comments, messages)."""

    def resolve(ctx: Ctx) -> list[Cand]:
        noun = ctx.noun
        params = {"html": ctx.html, "domain": ctx.pack, "noun": noun}
        if kind == "body" and set(ctx.toks) & {"instruction", "direction", "step", "method"} and cooked(ctx):
            return [("text.body", dict(params, steps=True), "a recipe's method, step by step")]
        if noun in ("review", "rating", "feedback", "testimonial"):
            return [("text.review", params, f"{kind} of a review")]
        if kind in ("body", "comment") and (noun in ("comment", "reply", "discussion_entry")
                                            or noun == "entry" and _said_entry(ctx)):
            return [("text.comment", params, f"{kind} of a comment")]
        if noun in ("message", "chat", "email", "mail", "notification", "conversation", "sms", "dm"):
            if _chat(ctx):
                return [("text.message", dict(params, chat=True), f"{kind} of a chat message")]
            return [("text.message", params, f"{kind} of a message")]
        if kind == "comment":
            return [("text.comment", params, "")]
        if kind == "description" and (ctx.product_table or ctx.pack == "ecommerce" and noun == "book"):
            return [("text.description", dict(params, product=True), "product description")]
        if kind == "description":
            return [("text.description", params, "")]
        return [("text.body", params, "")]

    return resolve


#: Words before ``state`` that make it the state of a place (``mail_state``, ``birth_state``).
_PLACE_OF_STATE = frozenset("""billing shipping ship home mailing mail residence resident birth issuing issue
license licence work office origin destination delivery pickup dropoff business legal physical postal""".split())


def status_rule(ctx: Ctx) -> list[Cand]:
    """``status`` / ``state``: a region next to address columns, else a lifecycle status."""
    q = ctx.prefix
    if ctx.toks[-1] == "state" and not ({"workflow", "process", "life", "job"} & set(q)) and (
            ctx.address_context or q and q[-1] in _PLACE_OF_STATE):
        return cands("address.region_code" if (ctx.length or 99) <= 3 else "address.region", "state of an address")
    from seedbed.generate.realistic.quantities import status_noun

    noun = q[-1] if q and q[-1] not in ("workflow", "current", "previous", "process") else ctx.noun
    # the first noun with statuses of its own: the column's (approval_status), the table's from its
    # head back (ncr_reports: an ncr's), else the one read first (its list or the generic one)
    noun = status_noun((noun, *q[-1:], *reversed(ctx.table_toks))) or noun
    return cands("status.state", "", noun=noun)


def phone_rule(ctx: Ctx) -> list[Cand]:
    """A phone: E.164 when short or mobile, the national format otherwise."""
    words = set(ctx.toks)
    if "e164" in words or "mobile" in words or "cell" in words or (ctx.length is not None and ctx.length <= 16):
        return cands("phone.e164")
    return cands("phone.national")


def url_rule(ctx: Ctx) -> list[Cand]:
    """A URL: an image URL when the name says avatar, logo, photo, ..."""
    words = set(ctx.toks)
    if words & {"avatar", "image", "photo", "logo", "icon", "thumbnail", "banner", "cover", "favicon",
                "header", "picture", "poster"}:
        return cands("internet.image_url")
    q = ctx.prefix[-1] if ctx.prefix else ""
    if ctx.pack != "ecommerce" and q not in _PAGE_WORDS and ctx.noun not in _SITE_NOUNS and not ctx.company_table:
        # statuses.uri, accounts.inbox_url: the URL of this row's resource (/statuses/104, /accounts/7/inbox),
        # not a site's page ('/shop/new-arrivals' leaked a shop into every domain)
        if q in _ENTITY_WORDS or q in PERSON_NOUNS:  # author_url: the author's page (/authors/52)
            return cands("internet.url", f"the URL of the row's {q}", noun="", resource=f"{q}s")
        return cands("internet.url", "the URL of the row's resource", noun="" if q in _SAME_WORDS else q,
                     resource=ctx.table.name.name)
    return cands("internet.url", "", noun=q)


#: Qualifiers of the row's own URL (remote_url: the resource's URL on its home server).
_SAME_WORDS = frozenset("remote original canonical public permalink permanent short full absolute local".split())
#: Qualifiers naming another entity: its page.
_ENTITY_WORDS = frozenset("provider publisher creator organizer team group project".split())


#: URL qualifiers that name a site's page, not the row's resource.
_PAGE_WORDS = frozenset("""web website home homepage site company redirect callback return cancel success
landing privacy terms support docs documentation blog profile social facebook twitter linkedin github
instagram youtube external source referrer referer origin target destination download image""".split())
#: Tables whose rows are web sites or pages: their URL is a site's address.
_SITE_NOUNS = frozenset("""site website link bookmark page homepage feed domain publisher vendor supplier
brand store shop organization company partner sponsor source""".split())


def image_rule(ctx: Ctx) -> list[Cand]:
    """An image column: a URL, or a file name when the column is short."""
    if ctx.length is not None and ctx.length < 24:
        return cands("file.name", "", image=True)
    return cands("internet.image_url")


def id_rule(ctx: Ctx) -> list[Cand]:
    """An identifier stored as text (lists of ids too); numeric ids keep the typed generator."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    if q == "vat":  # vat_id: DE123456789
        return cands("id.vat", "a VAT number of the row's country")
    if q in ("national", "tax", "vat", "passport", "government"):
        return cands("id.code", f"'{q} id'", noun=q)
    if ctx.toks[-1] in ("ref", "reference") and "grid" in ctx.prefix and not ctx.numeric:  # NY 215 072 (r48)
        return cands("id.reference", "a map grid reference: a square's letters, then digits east and north", shape="grid")
    if ctx.toks[-1] in ("ref", "reference") and not ctx.numeric:  # folio_ref: f. 56v, pageRef: p. 123 (r47)
        from seedbed.generate.intent.refshapes import page_reference

        page = page_reference(ctx, q)
        if page is not None:
            return cands(page[0], page[2], **page[1])
    found = document_ref_rule(ctx) if ctx.toks[-1] in ("ref", "reference") and not ctx.numeric else []
    if found:  # payment_ref: a reference people read (PAY-2024-000123), not a processor's pi_3Nx...
        return found
    if q in ("session", "request", "correlation", "trace", "transaction", "message", "device", "client",
             "external", "stripe", "customer", "subscription", "charge", "payment", "event", "span"):
        return cands("id.opaque", f"'{q} id' is an external identifier", style=q)
    if ctx.numeric:
        return []
    if re.search(r"ids(_array)?$", ctx.column.name.lower()):
        return cands("id.opaque", "a list of identifiers stored as text", style="list")
    if q and ctx.toks[-1] in ("ref", "reference") and q.isalpha() and len(q) > 2:  # grant_ref: GRN-2024-000123
        return cands("id.document_number", f"the reference of a {q}", noun=q)
    return cands("id.opaque", "an identifier stored as text", style=q)


def key_rule(ctx: Ctx) -> list[Cand]:
    """``key``: an API key, a PEM key, a configuration key, a hash or a lookup key."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    if q in ("api", "access", "secret", "private", "consumer", "license", "signing", "encryption",
             "rotation", "public", "auth"):
        if q in ("public", "private"):
            return cands("security.pem")
        return cands("security.api_key", f"'{q} key'")
    if not q and ctx.noun in ("issue", "ticket", "task", "story", "bug", "epic", "incident") and ctx.is_text:
        return cands("id.document_number", "an issue key", noun="issue_key")
    if ctx.has_sibling("value") or ctx.noun in ("setting", "preference", "configuration", "property",
                                                "option", "variable", "parameter", "metadata", "attribute"):
        return cands("tech.config_key", "key of a key/value pair")
    if q in ("idempotency", "cache", "lock", "dedup", "partition", "sort", "object", "storage", "s3", "file"):
        return cands("security.hex", f"'{q} key'", bits=128)
    return cands("tech.identifier", "a lookup key")


def value_rule(ctx: Ctx) -> list[Cand]:
    """``value``: the value of a key/value pair, or a measured number."""
    if ctx.has_sibling("key", "name", "setting", "property", "attribute", "parameter", "variable", "field") \
            or ctx.noun in ("setting", "preference", "configuration", "property", "option", "variable",
                            "parameter", "metadata", "attribute"):
        return cands("tech.config_value", "value of a key/value pair")
    if ctx.numeric:
        return cands("number.score", "a measured value")
    return cands("tech.config_value", "a short value")


#: Heads that mean a JSON document in a JSON column but rarely in a text one (``drive_result``).
_LOOSE_JSON = frozenset("""result context information dimension change list rule requirement prerequisite
restriction placement representation inventory""".split())


def json_rule(shape: str) -> Rule:
    """A document of the given shape (JSON columns, or text holding JSON)."""
    def resolve(ctx: Ctx) -> list[Cand]:
        if ctx.is_text and ctx.length is not None and ctx.toks[-1] in _LOOSE_JSON \
                and not ({"json", "payload"} & set(ctx.toks)):
            return []  # a result in a varchar is a short label; an unbounded text may hold a serialised one
        return cands("tech.json", f"{shape} document", shape=shape)

    return resolve


_GROUPS = frozenset("group party team class crew household family squad cohort tour delegation".split())
#: Plural nouns whose ``*_total`` is money all the same (``fees_total``, ``sales_total``).
_MONEY_PLURALS = frozenset("""sales fees charges payments taxes costs expenses earnings revenues refunds credits debits
amounts prices tips discounts wages salaries deposits withdrawals transfers donations funds proceeds bills invoices
premiums claims fines dues rents""".split())


def money_rule(kind: str) -> Rule:
    """A price or an amount (cents when the name says so); a total of countable things named in the
    plural (``seats_total``, ``items_total``) is a count."""
    def resolve(ctx: Ctx) -> list[Cand]:
        first = ctx.column.name.lower().split("_")[0]
        if kind == "amount" and ctx.numeric and ctx.toks[-1:] == ("total",) and len(ctx.toks) > 1 \
                and first.endswith("s") and not first.endswith("ss") and first not in _MONEY_PLURALS:
            return cands("number.count", f"a total of {first}")
        if ctx.is_text and kind == "amount" and not ctx.cents and ctx.pack not in ("ecommerce", "fintech"):
            return cands("number.count", "a total kept as text")
        q = ctx.prefix[-1] if ctx.prefix else ""
        return cands(f"money.{kind}", "", cents=ctx.cents or "cent" in ctx.toks, noun=q or ctx.noun,
                  product=ctx.product_table)

    return resolve


def rating_rule(ctx: Ctx) -> list[Cand]:
    """A rating (follows the row's review sentiment)."""
    return cands("number.rating", "", noun=ctx.noun)


def score_rule(ctx: Ctx) -> list[Cand]:
    """A score: a rating in review tables, else a bounded score."""
    if ctx.noun in ("review", "rating", "feedback"):
        return cands("number.rating", "score of a review")
    return cands("number.score", "")


def subject_rule(ctx: Ctx) -> list[Cand]:
    """``subject``: a school subject in education schemas, else a message subject."""
    if ctx.pack == "education" or ctx.noun in ("course", "class", "teacher", "lesson", "exam"):
        return cands("entity.name", "school subject", noun="subject", domain="education")
    return cands("text.subject", "", domain=ctx.pack)


def unit_rule(ctx: Ctx) -> list[Cand]:
    """``unit``: an apartment unit in addresses, else a unit of measure."""
    if ctx.address_context and ctx.is_text:
        return cands("address.line2", "unit of an address")
    if (set(ctx.table_toks) | ctx.sibling_words) & _LAB:
        return cands("commerce.unit", "the unit of a lab result", kind="lab")
    return cands("commerce.unit")


#: Words of a laboratory's tests and results (a unit beside them is mg/dL, not a box).
_LAB = frozenset("assay analyte specimen lab laboratory loinc observation".split())


def size_rule(ctx: Ctx) -> list[Cand]:
    """``size``: a dimension or count when numeric (a group's size: a few to a few dozen people),
    a clothing size in shops."""
    if ctx.numeric and set(ctx.prefix) & _GROUPS:
        return cands("number.measure", "people in a group", median=8, sigma=0.6, low=1, high=80)
    if ctx.numeric:
        return cands("number.dimension" if "file" not in ctx.toks else "number.count", "")
    if ctx.pack == "ecommerce" or ctx.product_table:
        return cands("commerce.size")
    return cands("number.count", "a size kept as text")


def event_rule(ctx: Ctx) -> list[Cand]:
    """``event`` as text: an event name."""
    return cands("tech.event_name") if ctx.is_text else []


#: Sibling words of a tracked event (analytics, audit): its name is ``page_view``, not a meetup's.
_TRACKING = frozenset("""session props properties payload context ts distinct anonymous page url referrer
utm device agent ip tracked track platform sdk""".split())


def event_name_rule(ctx: Ctx) -> list[Cand]:
    """``event_name``: what a tracked event is called (``page_view``, ``signup``) beside tracking
    columns (``session_id``, ``props``, ``ts``, ``page_url``); else the name of an event people attend."""
    if ctx.is_text and ctx.sibling_words & _TRACKING:
        return cands("tech.event_name", "a tracked event beside tracking columns")
    return cands("entity.name", "'event name'")


def stat_rule(ctx: Ctx) -> list[Cand]:
    """A sports statistic kept as text: a percentage, an average, a game clock or a count."""
    words = set(ctx.toks)
    if "percentage" in words or "pct" in words or "ratio" in words:
        return cands("number.percentage", "a statistic kept as text")
    if words & {"time", "minute", "possession"}:
        return cands("time.duration", "a game clock kept as text", clock=True)
    style = "average" if words & {"average", "per"} else "count"
    return cands("number.count", "a statistic kept as text", style=style)


def gender_rule(ctx: Ctx) -> list[Cand]:
    """A gender."""
    return cands("person.gender")


def suffix_rule(ctx: Ctx) -> list[Cand]:
    """``suffix``: a street's (St, Ave) or a name's suffix for people, else a code."""
    if "street" in ctx.prefix:
        return cands("status.type", "a street suffix", noun="street_suffix")
    return cands("person.suffix") if ctx.person_table or ctx.has_sibling("first", "last") else cands("id.code")


def prefix_rule(ctx: Ctx) -> list[Cand]:
    """``prefix``: a street's (N, SW) or a name's prefix for people, else a code."""
    if "street" in ctx.prefix:
        return cands("status.type", "a street prefix", noun="street_prefix")
    return cands("person.prefix") if ctx.person_table or ctx.has_sibling("first", "last") else cands("id.code")


def alias_rule(ctx: Ctx) -> list[Cand]:
    """``alias``: a username for people, else an identifier."""
    return cands("person.username") if ctx.person_table else cands("tech.identifier")


def position_rule(ctx: Ctx) -> list[Cand]:
    """``position`` of a person: a job title."""
    if ctx.is_text and (ctx.person_table or ctx.pack == "hr"):
        return cands("company.job_title", "position of a person")
    return []


_CODE_WORDS = frozenset("""repository repo project snippet gist commit source script package library code
program file framework runtime compiler kernel""".split())


#: Of ``_CODE_WORDS``, those that say code alone; the others (a project, a source, a file, a library)
#: are every field's words and say code only beside one of these, in a software schema (r32: a
#: translation agency's ``projects.source_language`` is French, not JavaScript).
_CODE_ALONE = frozenset("repository repo snippet gist commit script code compiler kernel runtime framework".split())


def _about_code(ctx: Ctx) -> bool:
    words = (set(ctx.table_toks) | set(ctx.prefix)) & _CODE_WORDS
    if not words:
        return False
    if words & _CODE_ALONE or ctx.pack == "saas" or ctx.code_context:
        return True
    from seedbed.generate.intent.sectors import sector

    return sector(ctx) == "software"


def language_rule(ctx: Ctx) -> list[Cand]:
    """A language: a programming language where the table is about code (a repository's
    language is Python, not French), else a human one: its code in short columns, else its name."""
    if _about_code(ctx) and (ctx.length or 99) >= 6:
        return cands("status.type", "a programming language", noun="programming_language")
    return cands("locale.language", "", code=ctx.length is not None and ctx.length <= 5)


def currency_rule(ctx: Ctx) -> list[Cand]:
    """A currency: its ISO code in short columns, else its name."""
    return cands("money.currency", "", code=ctx.length is None or ctx.length <= 3)


def accession_rule(ctx: Ctx) -> list[Cand]:
    """An accession number (sequence archives)."""
    return cands("id.accession", "", noun=ctx.prefix[-1] if ctx.prefix else ctx.noun)


def product_rule(ctx: Ctx) -> list[Cand]:
    """``product`` as text: a product name."""
    return cands("commerce.product_name") if ctx.is_text else []


def owner_rule(ctx: Ctx) -> list[Cand]:
    """A person referred to by login (owner, assignee, uploader, ...)."""
    return cands("person.username", "a person referred to by login") if ctx.is_text else []


def person_part_rule(part: str) -> Rule:
    """A bare ``first`` / ``last`` next to other name columns."""
    def resolve(ctx: Ctx) -> list[Cand]:
        if ctx.person_table or ctx.has_sibling("first", "last", "email"):
            return cands(f"person.{part}_name", f"'{ctx.toks[-1]}' next to other name columns")
        return []

    return resolve


def noun_name_rule(noun: str) -> Rule:
    """A named thing of the given kind (project, team, journal, ...)."""
    def resolve(ctx: Ctx) -> list[Cand]:
        return cands("entity.name", f"a {noun} name", noun=noun, domain=ctx.pack) if ctx.is_text else []

    return resolve


def when_rule(ctx: Ctx) -> list[Cand]:
    """A date kept as text, or a game clock."""
    if not ctx.is_text:
        return []
    if {"remaining", "elapsed", "played", "behind", "ahead", "possession"} & set(ctx.toks):
        return cands("time.duration", "a game clock kept as text", clock=True)
    return cands("date.text", "a date kept as text")


def stats_table(ctx: Ctx) -> bool:
    """A table of sports statistics: sibling columns named after three stats or more, dates and enums
    not counted (a project's ``start_date`` and ``target_completion`` are moments, no stats), each stat
    once (a customer's ``creditcard``, ``creditcardtype`` and ``creditcardexpiration`` are one card, no
    three statistics of ``credit``)."""
    from seedbed.generate.intent.tokens import tokens
    from seedbed.model import TypeKind

    moments = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME, TypeKind.TIMETZ, TypeKind.ENUM)
    said = {frozenset(STAT_WORDS & set(tokens(c.name))) for c in ctx.table.columns
            if c.name != ctx.column.name and c.type.kind not in moments}
    return "stat" in ctx.table_toks or len(set().union(*said)) >= 3 and len(said - {frozenset()}) >= 3


def number_text_rule(ctx: Ctx) -> list[Cand]:
    """A measurement (kept as text when the column is text)."""
    return cands("number.score", "a measurement kept as text") if ctx.is_text else cands("number.score")


def hash_rule(bits: int) -> Rule:
    """A hex digest of the given size."""
    def resolve(ctx: Ctx) -> list[Cand]:
        if bits == 256 and CRYPTO & (set(ctx.table_toks) | set(ctx.prefix) | ctx.sibling_words) \
                and (ctx.length or 66) >= 66:  # a transaction hash on a chain: 0x and 64 hex digits
            return cands("security.hex", "a transaction hash", bits=256, prefix="0x")
        return cands("security.hex", "", bits=bits)

    return resolve


def rate_rule(ctx: Ctx) -> list[Cand]:
    """``rate``: an exchange rate in currency tables, else a percentage."""
    if {"currency", "exchange", "fx"} & set(ctx.table_toks + ctx.toks):  # 0.0062 JPY ... 1.08 USD ... 89.5 INR
        return cands("number.measure", "an exchange rate", median=1.5, sigma=2.2, low=0.0001, high=50_000, decimals=4)
    if set(ctx.prefix) & {"rental", "hourly", "daily", "nightly", "weekly", "monthly", "room", "base", "flat",
                          "unit", "day", "hour", "night", "fee"}:
        return money_rule("price")(ctx)  # a rental rate is a price, not a percentage
    return cands("number.percentage")


def position_thing_rule(ctx: Ctx) -> list[Cand]:
    """``position`` of a thing: a serialised position (diff notes) in SaaS schemas, else a label."""
    if ctx.is_text and (ctx.pack == "saas" or ctx.has_sibling("diff", "commit", "line", "noteable", "sha")):
        return cands("tech.json", "a serialised position", shape="metadata")
    from seedbed.generate.intent.refshapes import place_position

    found = place_position(ctx)  # yard_position: B12-04, not 'YP-100' on every tenth row (r44)
    return [found] if found is not None else kind_list_rule(ctx)


# The resolvers of small label sets live in ``kinds`` (re-exported: the rule table names them here).
from seedbed.generate.intent.kinds import domain_rule, kind_list_rule, method_rule, model_rule, type_rule  # noqa: E402,E501
from seedbed.generate.intent.names import (  # noqa: E402,F401
    category_rule,
    credit_rule,
    label_rule,
    name_by_table,
    name_rule,
    title_rule,
)
# Codes and numbers live in ``identifiers`` (re-exported: the rule table names them here).
from seedbed.generate.intent.identifiers import code_rule, iso_rule, number_rule  # noqa: E402,F401
# Where things are lives in ``places`` (re-exported: the rule table names them here).
from seedbed.generate.intent.places import (  # noqa: E402,F401
    CRYPTO,
    address_rule,
    coordinate_pair,
    country_rule,
    lat_rule,
    line_rule,
    location_rule,
    long_rule,
    recipient_rule,
)
