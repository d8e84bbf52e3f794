"""Names and labels of things seedbed has no list for, read by their head word (issue 10, round 7, r15).

A text column naming something of a kind no vocabulary knows fell through to the neutral label
("Centre B", "Phlebotomist 3", "Insurer 10", "Ndc 405"). What transfers from one domain to the next
is the head word and the column's shape, so each kind is one mechanism keyed by a broad list of
heads (``data/vocab/heads.json``), never by a domain's values:

* **a site** (``centre``, ``depot``, ``clinic``, ``warehouse``, ... about a hundred heads) is named
  "<Place> <Head>" ("Leeds Donor Centre", "Bristol North Depot"): the ``site`` class of
  ``entities.json`` with the head as written, qualified by its table's words (a ``screening_clinics``
  row is a "Screening Clinic");
* **a person by role** (``phlebotomist``, ``observer``, any ``-ist`` / ``-ician`` / ``-ographer``)
  holds a person's name, and "<hands-on act> by" (``fitted_by``, ``signed_by``) the name of who did
  it, not a login;
* **a company by trade** (``insurer``, ``wholesaler``, a contractor or supplier as text) is a company
  name whose last words are its trade ("Harris Freight", "Keystone Building Services"), the trade of
  a contractor or supplier read from the words around it (a parts table's supplier sells components);
* **a short identifier of unknown meaning** (``ndc char(11)``, ``npi char(10)``, ``pcn varchar(10)``)
  is a code of the column's shape: all digits where a fixed width of eight or more says a number,
  capitals and digits otherwise; never a title-cased word and a number.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import AMBIGUOUS_PERSON, PERSON_NOUNS, Ctx

__all__ = ["abbreviation", "equipment_rule", "hands_on", "headed_rule", "is_role", "offering_rule", "person_rule", "shaped_code",
           "site_head", "site_rule", "trade_rule"]

Cand = tuple[str, dict, str]

#: Words of a fixed-width column that say its characters are digits (``card_last4``, ``pin``).
_DIGIT_WORDS = frozenset("last digit digits pin last4 first6".split())

#: Words that end like a role (-ist) but are things (a playlist, a checklist).
_NOT_ROLES = frozenset("""list playlist checklist wishlist whitelist blacklist allowlist denylist shortlist
waitlist booklist tasklist twist wrist exist assist persist consist insist resist desist enlist mist gist
midst schist tryst heist fist""".split())


@lru_cache(maxsize=1)
def _vocab() -> dict:
    from seedbed.generate.realistic.vocab import load

    return load("heads")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    from seedbed.generate.intent.names import ROLE_PEOPLE

    return frozenset(_vocab()["roles"].split()) | ROLE_PEOPLE | (PERSON_NOUNS - AMBIGUOUS_PERSON)


def site_head(words: tuple[str, ...]) -> tuple[str, str] | None:
    """``(head, how it is written)`` for the last one or two of ``words`` that name a site
    (``distribution_centre`` before ``centre``), else None."""
    sites = _vocab()["sites"]
    for k in (2, 1):
        if len(words) >= k:
            key = "_".join(words[-k:])
            if key in sites:
                return key, sites[key]
    return None


def is_role(word: str) -> bool:
    """Whether a text column called ``word`` names a person by role: a listed role, or a word
    formed like one (``phlebotomist``, ``dietician``, ``radiographer``)."""
    if word in _roles():
        return True
    if len(word) < 7 or word in _NOT_ROLES or word.endswith("list"):
        return False
    return word.endswith(("ist", "ician", "ographer"))


@lru_cache(maxsize=1)
def _hands() -> frozenset[str]:
    return frozenset(_vocab()["hands"].split())


def hands_on(verb: str) -> bool:
    """Whether "<verb> by" is done by hand in the world (``fitted_by``): a person's name."""
    return verb in _hands()


def abbreviation(ctx: Ctx) -> bool:
    """A column called by a short run of letters no rule knew (``ndc``, ``npi``, ``pcn``, ``abn``):
    no vowel inside it, as in initials; a short word has one there (``oak``, ``gate``, ``bin``)."""
    name = ctx.column.name.lower()
    return name.isalpha() and 2 <= len(name) <= 4 and not set(name[1:-1]) & set("aeiou")


def _pack_named(ctx: Ctx, head: str) -> bool:
    """Whether the table's pack names ``head`` itself (a hospital of healthcare: 'St. Francis
    Hospital', a carrier of logistics): its names stay."""
    from seedbed.generate.intent.entities import pack_nouns

    return ctx.pack != "generic" and head in pack_nouns(ctx.pack)


def person_rule(ctx: Ctx, head: str) -> list[Cand]:
    """A person's name for a text column called by a role (another person's in a table of people)."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 8) or not is_role(head):
        return []
    other = {"other": True} if ctx.person_table and head != ctx.noun else {}
    return [("person.full_name", other, f"'{head}' names a person by role")]


def site_rule(ctx: Ctx, words: tuple[str, ...]) -> list[Cand]:
    """"<Place> <Head>" for a site named by ``words`` (its own table's words qualify it)."""
    found = site_head(words) if ctx.is_text and (ctx.length is None or ctx.length >= 10) else None
    if found is None or _pack_named(ctx, found[0]):
        return []
    head, written = found
    kind = written
    tt = ctx.table_toks
    if len(tt) > 1 and tt[-1] == head.split("_")[-1] and len(written.split()) == 1:  # field_stations: a field station
        qual = " ".join(w.title() for w in tt[:-1] if w.isalpha())
        kind = f"{qual} {written}" if qual and len(qual) <= 16 else written
    return [("entity.text", {"role": "name", "noun": head, "cls": "site", "kinds": [kind], "topics": []},
             f"a {written.lower()}: a place and its head")]


#: Qualifiers of the contractor that runs a whole job (a main contractor is a builder, not an electrician).
_MAIN = frozenset("main principal general prime head".split())


def _trade_words(ctx: Ctx, head: str) -> list[str]:
    trades = _vocab()["trades"]
    if head == "contractor" and set(ctx.prefix) & _MAIN:  # the builder that runs the site, not a trade's firm
        return trades.get("main_contractor", [])
    if head in ("contractor", "subcontractor", "supplier", "vendor"):
        words = set(ctx.table_toks) | ctx.sibling_words | set(ctx.prefix) | {
            w for fk in ctx.table.foreign_keys for w in fk.ref_table.name.lower().split("_")}
        words |= {w.rstrip("s") for w in words}
        for cue, trade in _vocab()["supplies"]:
            if words & set(cue.split()):
                return trade
    return trades.get(head, [])  # a supplier or vendor of no known trade: none (any company name)


def trade_rule(ctx: Ctx, head: str) -> list[Cand]:
    """A company named for its trade (``insurer``: 'Keystone Mutual'), or [] when ``head`` has none."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 12) or _pack_named(ctx, head):
        return []
    trade = _trade_words(ctx, head)
    if not trade:
        return []
    return [("company.trade", {"trades": trade}, f"a {head}: a company of its trade")]


def equipment_rule(ctx: Ctx, head: str) -> list[Cand]:
    """A maker and model for an instrument or a machine named by its head (``analyser``: 'Sysmex
    XN-1000', ``forklift``: 'Toyota 8FGCU25'), a few per table as a lab or a yard has; [] when the
    head is none, or is ambiguous (``machine``) and the table's words do not say a shop floor."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 12):
        return []
    words = set(ctx.table_toks) | set(ctx.prefix)
    for family in _vocab()["equipment"]:
        if head in family["heads"].split() and (not family.get("tables") or words & set(family["tables"].split())):
            names = [n for n in family["names"] if ctx.length is None or len(n) <= ctx.length]
            return [("entity.text", {"role": "category", "labels": names}, f"a {head}: a maker and a model")]
    return []


def headed_rule(ctx: Ctx) -> list[Cand]:
    """For a text column no phrase knew: its head (the word before ``name``, else its last word) as
    a site, a role, a trade or an instrument or machine."""
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks:
        return []
    toks = ctx.toks[:-1] if ctx.toks[-1] in ("name", "model") and len(ctx.toks) > 1 else ctx.toks
    return site_rule(ctx, toks) or trade_rule(ctx, toks[-1]) or person_rule(ctx, toks[-1]) or equipment_rule(
        ctx, toks[-1]) or agent_rule(ctx, toks[-1])


def _equipment_heads() -> frozenset[str]:
    return frozenset(h for family in _vocab()["equipment"] for h in family["heads"].split())


def agent_rule(ctx: Ctx, head: str) -> list[Cand]:
    """A doer named by the form of ``head`` (``founder``, ``engraver``: a person; ``funder``,
    ``sponsor``: an organisation, of its trade where it has one; ``intent.agents``); never an
    instrument's or a machine's head (an ``analyser`` no table word placed)."""
    from seedbed.generate.intent.agents import agent_kind

    if not ctx.is_text or (ctx.length is not None and ctx.length < 8) or head in _equipment_heads():
        return []
    kind = agent_kind(head)
    if kind == "organisation":
        from seedbed.generate.intent.agents import organisation

        return trade_rule(ctx, head) or [organisation(head, own=head == ctx.noun)]
    trades = _organisation_here(ctx, head)
    if kind == "person" and trades:  # a payer of claims and plans: an insurer (r48)
        return [("company.trade", {"trades": trades}, f"a {head} of claims and plans: an insurer")]
    if kind == "person":
        other = {"other": True} if ctx.person_table and head != ctx.noun else {}
        return [("person.full_name", other, f"'{head}': who does it, a person")]
    return []


def _organisation_here(ctx: Ctx, head: str) -> list[str]:
    """The trades of ``head``'s organisation where it is a role that names one only in some schemas and its
    table's, columns' or schema's words say so (``agents.json`` ``org_where``: a payer of claims and plans is
    an insurer, a shop's payer a person); else []."""
    from seedbed.generate.realistic.vocab import load

    entry = load("agents").get("org_where", {}).get(head)
    if not entry or not set(entry["when"].split()) & (set(ctx.table_toks) | ctx.sibling_words | ctx.schema_words):
        return []
    return list(entry["trades"])


def shaped_code(ctx: Ctx) -> Cand | None:
    """A code of the column's shape for a short identifier of unknown meaning: a fixed ``char(n)``
    of three or more, or an abbreviation in at most 20 characters. Eight or more fixed characters
    are digits (``npi char(10)``: 1538406217); else capitals and digits of the width."""
    n = ctx.length
    fixed = bool(ctx.column.type.fixed_length)
    initials = abbreviation(ctx)
    if n is None or n < 3 or n > 20 or not (fixed or initials):
        return None
    if fixed and (n >= 8 or set(ctx.toks) & _DIGIT_WORDS):  # card_last4 char(4): four digits
        return "id.number", {"width": n}, f"an identifier of {n} digits"
    if initials and ctx.column.name.lower().endswith("n") and n >= 6:  # mrn, abn, ein: a Number
        return "id.number", {"width": n if fixed else min(n, 10)}, "the number its initials say: digits"
    return "id.opaque", {"width": min(n, 8)}, "an identifier of its column's shape"


#: Table heads of what is offered (a shop's products, a service's plans).
_OFFERED = frozenset("product plan package offering bundle option tier item".split())


def offering_rule(ctx: Ctx) -> list[Cand]:
    """The name of a product or plan of a service (``fare_products.product_name``,
    ``membership_plans.name``): '<tier> <Service>' from the table's own word ('Off-Peak Fare',
    'Annual Membership'), not a shop's products ('Wireless Mouse')."""
    from seedbed.generate.intent.tokens import tokens

    tt = tokens(ctx.table.name.name, segment=False)  # membership, not member ship
    if not ctx.is_text or len(tt) < 2 or tt[-1] not in _OFFERED or (ctx.length is not None and ctx.length < 12):
        return []
    offered = _vocab()["offerings"]
    service = tt[-2]
    if service not in offered["services"].split():
        return []
    head = service.replace("_", " ").title()
    labels = [f"{tier} {head}" for tier in offered["tiers"] if len(tier) + len(head) + 1 <= (ctx.length or 99)]
    return [("entity.text", {"role": "category", "labels": labels}, f"a {service} {tt[-1]}: a tier of the {service}")]
