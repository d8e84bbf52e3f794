"""Resolvers of names and titles: ``users.name`` is a person, ``products.name`` a product,
``shifts.name`` one of a fixed set, a person's short ``title`` an honorific (split from
``resolvers``, which re-exports them for the phrase table)."""

from __future__ import annotations

from seedbed.generate.intent.context import COMPANY_NOUNS, PERSON_NOUNS, PRODUCT_NOUNS, Ctx
from seedbed.generate.intent.heads import headed_rule, offering_rule, site_rule, trade_rule
from seedbed.generate.intent.resolvers import Cand, cands

__all__ = ["category_rule", "credit_rule", "label_rule", "name_by_table", "name_rule", "role_name_rule", "title_rule"]

#: Words of a table or its columns about pictures and recordings (whose ``credit`` names who made them).
_MEDIA = frozenset("""media photo photograph image picture asset video clip illustration graphic gallery caption
thumbnail artwork audio recording footage""".split())


def label_rule(ctx: Ctx) -> list[Cand]:
    """A ``label``: a topic of the pack where it tags with its own topics (a newsroom's tags), else a label."""
    from seedbed.generate.realistic.vocab import load

    if ctx.noun in ("tag", "keyword", "topic") and load("packs")["packs"].get(ctx.pack, {}).get("tag"):
        return cands("text.topic", f"a {ctx.pack} topic")
    return cands("text.label", noun=ctx.noun)


def credit_rule(ctx: Ctx) -> list[Cand]:
    """A text ``credit`` / ``photo_credit`` / ``attribution`` of a picture or recording: who made it
    and for whom (``Photograph: Ana Ruiz/Reuters``); nothing in other tables (a ``credit`` of money)."""
    if not ctx.is_text or not (set(ctx.table_toks) | ctx.sibling_words | set(ctx.toks)) & _MEDIA:
        return []
    return cands("media.credit", "who made a picture or recording, and for whom")


#: Words of a person named in a row about another person (``emergency_contact_name`` of an employee).
OTHER_PEOPLE = frozenset("""contact emergency spouse partner husband wife father mother parent guardian kin
beneficiary referee reference witness sponsor supervisor manager doctor physician dentist landlord agent
recipient nominee heir executor trustee caregiver carer referrer recruiter interviewer""".split())
#: Roles a text column names a person by (``buyer``, ``technician``): a person's name.
ROLE_PEOPLE = frozenset("""buyer seller salesperson salesman saleswoman technician mechanic inspector clerk cashier
recruiter approver reviewer supervisor manager agent rep representative assignee requester requestor dispatcher
pilot captain nurse doctor physician surgeon dentist therapist vet veterinarian teacher tutor coach trainer
instructor referee umpire witness officer auditor editor photographer interviewer caseworker counselor counsellor
advisor adviser consultant planner foreman courier_name handler approver signatory preparer verifier checker
attendant conductor guide chaperone surveyor assessor adjuster underwriter broker notary curator conservator registrar
archivist librarian architect engineer estimator superintendent skipper midwife paramedic chef bartender judge lawyer
attorney solicitor barrister mentor investigator examiner invigilator proctor designer illustrator translator
interpreter narrator choreographer organiser organizer coordinator treasurer custodian janitor caretaker porter warden
ranger steward purser navigator copilot analyst pharmacist""".split())


def role_person_rule(ctx: Ctx) -> list[Cand]:
    """``buyer`` / ``technician`` / ``contact_person`` kept as text: a person's name (another
    person's when the row is about a person)."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 8):
        return []
    other = ctx.person_table and ctx.toks[-1] != "person"
    return cands("person.full_name", f"'{' '.join(ctx.toks)}': a person", **({"other": True} if other else {}))


#: Qualifiers of a name that are the row's own person (``contact_name`` of a customer).
_THE_ROW = frozenset("user person customer employee member contact individual account_holder".split())


def name_rule(ctx: Ctx) -> list[Cand]:
    """``<qualifier> name``: a person, company, product, place, file or a named thing."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    if q in ("first", "given"):
        return cands("person.first_name")
    if q in ("last", "family"):
        return cands("person.last_name")
    if q == "middle":
        return cands("person.middle_name")
    if q in ("maiden", "birth"):
        return cands("person.last_name", f"'{q} name': a family name")
    if q == "screen":  # a screen name is the handle a person posts under, not their full name
        return cands("person.username", "'screen name': a handle")
    if q in ("stage", "pen", "ring", "performer", "artist", "professional"):  # a person's other name
        return cands("person.full_name", f"'{q} name': the name a person goes by")
    if q in ("legal", "registered", "business", "trading", "company", "organization", "firm",
             "vendor", "supplier", "merchant", "publisher", "manufacturer", "center", "bank", "employer"):
        found = trade_rule(ctx, q) or site_rule(ctx, (q,))  # supplier_name of parts: 'Harris Components'
        if found:
            return found
        return cands("company.legal_name" if q in ("legal", "registered") else "company.name", f"'{q} name'")
    if q in ("product", "item", "plan", "package"):  # fare_products.product_name: 'Off-Peak Fare'
        return offering_rule(ctx) or (cands("commerce.product_name") if q in ("product", "item") else
                                      cands("entity.name", f"'{q} name'", noun=q, domain=ctx.pack))
    if q == "brand":
        return cands("commerce.brand")
    if q in ("file", "image", "attachment", "document"):
        return cands("file.name")
    if q in ("host", "server", "machine"):
        return cands("internet.hostname")
    if q == "domain":
        return cands("internet.domain")
    if q in ("city", "town"):
        return cands("address.city")
    if q == "country":
        return cands("address.country")
    if q in ("state", "province", "region"):
        return cands("address.region")
    if q == "street":
        return cands("address.street_name")
    if q in ("category", "genre"):
        return category_rule(ctx)
    if q in ("department", "dept"):
        return cands("company.department")
    if q in ("user", "login", "screen", "persona", "account", "anonymized", "service", "auth",
             "broker", "federated"):
        return cands("person.username", f"'{q} name'")
    if q in ("sortable",):
        return cands("person.sortable_name")
    if q in ("full", "display", "contact", "customer", "employee", "author", "reviewer", "committer",
             "from", "to", "ship", "individual", "real", "patient", "owner", "emp", "person", "manager",
             "recipient", "sender", "passenger", "student", "teacher", "player", "driver") or q in PERSON_NOUNS:
        handle = {c.name.lower() for c in ctx.table.columns} & {"username", "user_name", "acct", "handle", "screen_name"}
        if q == "display" and not ctx.person_table and not handle:  # accounts.display_name beside username: a person
            return cands("entity.name", "display name", noun=ctx.noun, domain=ctx.pack)
        if (ctx.person_table and (set(ctx.prefix) - _THE_ROW - {ctx.noun}) & OTHER_PEOPLE) or (
                q in PERSON_NOUNS and q not in _THE_ROW and ctx.has_sibling("first", "last") and q != ctx.noun):
            # an employee's emergency contact, a player's guardian beside his first and last name: someone else
            return cands("person.full_name", f"'{q} name': another person than the row's", other=True)
        return cands("person.full_name", f"'{q} name'")
    if q in ("table", "field", "column", "class", "attribute", "variable", "var", "parameter", "key",
             "resource", "element", "handler", "queue", "binding", "function", "method", "schema",
             "index", "property", "activity", "act", "task", "flow", "job", "db", "database", "bucket"):
        if q == "field":  # a farm's field is land ('Creek Field'), a form's an identifier
            from seedbed.generate.intent.named import field_rule

            return field_rule(ctx)
        return cands("tech.identifier", f"'{q} name' is a technical identifier")
    if q in ("short", "nick", "alternate", "alt", "common", "local", "localized", "native", "english", "friendly",
             "scientific"):
        if q == "scientific" or (q == "common" and ctx.has_sibling("taxon", "scientific")):
            return cands("science.species")
        return name_by_table(ctx)
    if q == "group" and ctx.noun in ("department", "division", "unit", "team", "office"):
        return cands("company.department", "the group of a department")  # not a forum group ('r/cycling')
    if q:  # centre_name, contractor_name, surveyor_name: a site, a company of a trade, a person by role
        return headed_rule(ctx) or role_name_rule(ctx) or cands("entity.name", f"'{q} name'", noun=q, domain=ctx.pack)
    return name_by_table(ctx)


def _person_word(words: str) -> bool | None:
    """Whether the first sense of ``words`` in WordNet is a person's; None where WordNet does not know them."""
    from seedbed.thesaurus import senses

    first = senses(words, "n", 1)
    return first[0].lexname == "noun.person" if first else None


def role_name_rule(ctx: Ctx) -> list[Cand]:
    """``<role> name`` no rule read: a person's name where the role is a person in WordNet ("next of kin", a
    kin), or where WordNet does not know the word (``wali_name``) and two other names of the row are people's by
    their roles (``groom_name``, ``bride_name``): the schema's own evidence (r46)."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 8):
        return []
    q = ctx.prefix[-1]
    whole = _person_word(" ".join(ctx.prefix)) if len(ctx.prefix) > 1 else None
    known = whole if whole is not None else _person_word(q)
    if known is None:
        from seedbed.generate.intent.tokens import tokens

        others = [tokens(c.name) for c in ctx.table.columns if c.name != ctx.column.name]
        known = sum(len(t) > 1 and t[-1] == "name" and bool(_person_word(t[-2])) for t in others) >= 2
        why = f"'{q}': no word WordNet knows, beside names of people by role"
    else:
        why = f"'{' '.join(ctx.prefix)}': a person (WordNet)"
    if not known:
        return []
    from seedbed.generate.intent.wordnet import of_animals

    if of_animals(ctx.table):
        return []  # a horse's sire_name is a horse's
    other = {"other": True} if ctx.person_table else {}
    return cands("person.full_name", why, **other)


def _type_sets() -> dict:
    from seedbed.generate.realistic.vocab import load

    return {k: v for k, v in load("misc")["types"].items() if k != "generic"}


def name_by_table(ctx: Ctx) -> list[Cand]:
    """A bare ``name``: what the table holds (people, companies, products, places, files, things)."""
    noun = ctx.noun
    why = f"'name' in a {noun} table{ctx.kind_why}"
    if ctx.person_table:
        return cands("person.full_name", why)
    if noun in COMPANY_NOUNS:
        return trade_rule(ctx, noun) or cands("commerce.brand" if noun == "brand" else "company.name", why)
    offered = offering_rule(ctx)  # fare_products.name, membership_plans.name: 'Annual Membership'
    if offered:
        return offered
    if noun in PRODUCT_NOUNS:
        return cands("commerce.product_name", why)
    if noun in ("category", "genre", "collection", "department_category"):
        return category_rule(ctx)
    if noun in ("city", "town"):
        return cands("address.city", why)
    if noun in ("country", "nation"):
        return cands("address.country", why)
    if noun in ("state", "province", "region"):
        if "country" in ctx.table_toks:  # countryregion: a country or region, named like a country
            return cands("address.country", why)
        return cands("address.region", why)
    if noun in ("language", "lang", "culture", "locale"):
        return cands("locale.language", why)
    if noun in ("version", "release", "milestone") and ctx.is_text:  # versions.name: 2.4.1
        return cands("tech.version", why)
    if noun == "branch" and ctx.code_context:  # else a bank's or a shop's branch, named like an office
        return cands("tech.branch", why)
    if noun == "reason":  # scrap_reasons.name: a reason, not a brand
        return cands("text.reason", why)
    if noun in ("unit", "measure", "uom"):
        return cands("commerce.unit", why)
    if noun == "currency":
        return cands("money.currency", why)
    if noun in ("file", "attachment", "document", "upload", "asset", "blob"):
        return cands("file.name", why)
    if noun in ("tag", "label", "keyword", "topic"):
        return cands("text.label", why, noun=noun)
    if noun in ("type", "kind", "status", "state") and len(ctx.table_toks) > 1:  # media_type.name: a few labels
        return cands("status.type" if noun in ("type", "kind") else "status.state", why, noun=ctx.table_toks[-2])
    if noun in ("department", "division"):
        return cands("company.department", why)
    if noun in ("setting", "preference", "configuration", "option", "property", "variable", "parameter",
                "feature_flag", "flag"):
        return cands("tech.config_key", why)
    if noun in _type_sets():  # shift.name: Morning, Afternoon, Night (after files, tags and the like)
        return cands("status.type", why, noun=noun)
    found = site_rule(ctx, ctx.table_toks) or trade_rule(ctx, noun)  # clinics.name: 'Leeds Clinic'
    return found or cands("entity.name", why, noun=noun, domain=ctx.pack)


def category_rule(ctx: Ctx) -> list[Cand]:
    """A category: a product category in shops, the domain pack's categories elsewhere."""
    if ctx.pack == "ecommerce" or ctx.product_table:
        return cands("commerce.category", "product category")
    if ctx.pack == "generic" and ctx.is_text:  # no domain: labels from the table, not another domain's
        from seedbed.generate.intent.nouns import noun_rule

        common = noun_rule(ctx)  # a playhouse's genre: comedy, farce (r28)
        if common:
            return common
        stem = " ".join(ctx.table_toks) if ctx.noun in ("category", "genre") else f"{ctx.noun} {ctx.toks[-1]}"
        return cands("text.neutral", "a category of unknown domain: labels from the table", style="label",
                     stem=stem.strip(), k=12)
    return cands("text.category", "category", domain=ctx.pack)


def title_rule(ctx: Ctx) -> list[Cand]:
    """A title: a person's job title, a review's headline, a product's name, else a pack title."""
    q = ctx.prefix
    if ("job" in q or "contact" in q or ctx.person_table or ctx.noun in ("title", "position", "job", "role",
                                                                         "designation")) and "courtesy" not in q:
        if ctx.person_table and not q and ctx.length is not None and ctx.length <= 10:  # title varchar(8): Ms., Dr.
            return cands("person.prefix", "a person's title in a short column: an honorific")
        return cands("company.job_title", "title of a person")
    if ctx.noun in ("review", "rating", "feedback", "testimonial"):
        return cands("text.review_title", "review title")
    if ctx.product_table:
        return cands("commerce.product_name", "title of a product")
    return cands("text.title", "", noun=ctx.noun, domain=ctx.pack, html=ctx.html)
