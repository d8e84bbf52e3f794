"""Which domain pack a schema belongs to, from its table names (carts + orders + products -> e-commerce).

Each table name votes for the packs its tokens signal: a strong signal (``cart``, ``patient``)
counts 2, a weak one shared by several domains (``order``, ``account``) counts 1. The pack with
the most votes wins if it has at least ``MIN_SCORE``; otherwise the schema is ``generic``.
"""

from __future__ import annotations

from collections import Counter

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Schema, Table

__all__ = ["DOMAINS", "GENERIC_NOUNS", "MIN_SCORE", "detect_domain", "domain_evidence", "table_domain_votes",
           "table_packs"]

DOMAINS = ("ecommerce", "saas", "fintech", "healthcare", "social", "hr", "travel", "education",
           "logistics", "media", "news", "nonprofit", "generic")
MIN_SCORE = 3

_STRONG: dict[str, frozenset[str]] = {
    "ecommerce": frozenset("cart product sku wishlist checkout coupon catalog storefront basket "
                           "variant inventory stock".split()),
    "saas": frozenset("workspace tenant plan subscription feature integration webhook repository "
                      "pipeline merge issue project milestone runner deployment license seat".split()),
    "fintech": frozenset("transaction ledger transfer merchant loan wallet balance bank portfolio "
                         "trade payout chargeback mcc card statement".split()),
    "healthcare": frozenset("patient doctor physician appointment prescription diagnosis encounter "
                            "medication clinic hospital allergy vital immunization nurse lab".split()),
    "social": frozenset("post like follow follower friend friendship hashtag feed reaction mention "
                        "status toot favourite favorite block mute timeline forum thread subreddit".split()),
    "hr": frozenset("employee salary payroll applicant candidate leave timesheet department "
                    "manager dept position job vacancy".split()),
    "travel": frozenset("flight booking airport aircraft seat ticket hotel reservation itinerary "
                        "passenger boarding airline trip".split()),
    "education": frozenset("student course enrollment enrolment assignment quiz grade teacher "
                           "instructor submission lesson school semester syllabus rubric".split()),
    "media": frozenset("film movie album track song playlist episode podcast artist actor director "
                       "soundtrack cinema screening tvshow genre".split()),
    "news": frozenset("article headline byline newsroom newsletter editorial columnist correspondent paywall masthead "
                      "journalist newspaper standfirst".split()),
    # not a pack: sports schemas are generic, but their 'team' / 'event' tables must not vote SaaS
    "sports": frozenset("game player league season match score stat sport baseball basketball football "
                        "soccer tennis hockey golf racing motor wrestling hero".split()),
    "logistics": frozenset("shipment warehouse carrier vehicle delivery package parcel driver "
                           "tracking dock pallet consignment freight".split()),
    "nonprofit": frozenset("donor donation pledge appeal fundraiser fundraising volunteer beneficiary charity "
                           "trustee bequest tribute giftaid gala sponsorship".split()),
}
_WEAK: dict[str, frozenset[str]] = {
    "ecommerce": frozenset("order customer review category payment shipment supplier invoice genre".split()),
    "saas": frozenset("team organization member invoice account".split()),
    "fintech": frozenset("account payment invoice customer currency".split()),
    "healthcare": frozenset("insurance visit".split()),
    "social": frozenset("comment message conversation notification profile media user".split()),
    "hr": frozenset("title salary review role".split()),
    "travel": frozenset("route customer payment".split()),
    "education": frozenset("class".split()),
    "logistics": frozenset("order route stop supplier".split()),
    "news": frozenset("story section reader edition publication".split()),
    "nonprofit": frozenset("campaign fund grant gift legacy".split()),
}


#: Strong words with everyday meanings in other domains (a link preview *card*, a play's *track*, a
#: user *block*): in a schema of another pack they vote weakly (``preview_cards`` of a social network
#: is no payment card). r30: a herbarium's *loans*, a caving club's *trip* reports and any field's
#: *projects* are no bank's, travel agent's or software team's.
_AMBIGUOUS = frozenset("card statement balance block track stock seat plan license feature grade class leave "
                       "position status like post feed lab trade transfer newsletter article appeal".split())


#: Nouns of tables every field keeps (r32): a translation agency's ``projects`` and ``qa_issues``, a
#: herbarium's ``loans``, a caving club's ``trip_reports``, a workshop's ``jobs`` and ``orders``. Such a
#: noun says no pack by itself: in a schema whose pack is another one (or none) it votes weakly, and
#: towards the schema's own pack it never counts as a second, corroborating word.
GENERIC_NOUNS = frozenset("""project client issue loan trip order report appointment claim entry item
session task event job booking ticket reservation visit request case record milestone""".split())
#: Distinct words and distinct tables a pack needs to lead a schema (r32: several tables, not one word).
_LEAD_WORDS, _LEAD_TABLES = 2, 2


def table_domain_votes(table_name: str, schema_pack: str | None = None) -> Counter[str]:
    """The votes one table name gives to each pack (within a schema of ``schema_pack``, an
    ambiguous word votes strongly only for that pack; a generic noun (``GENERIC_NOUNS``) votes
    strongly only for the schema's own pack, weakly when the schema's pack is not known yet)."""
    votes: Counter[str] = Counter()
    toks = set(tokens(table_name))
    for pack, words in _STRONG.items():
        hit = toks & words
        if hit and not hit - GENERIC_NOUNS and pack != schema_pack:
            votes[pack] += 1
        elif hit and schema_pack is not None and pack != schema_pack and not hit - _AMBIGUOUS:
            votes[pack] += 1
        elif hit:
            votes[pack] += 2
    for pack, words in _WEAK.items():
        if toks & words:
            votes[pack] += 1
    return votes


def domain_evidence(names: list[str] | tuple[str, ...]) -> dict[str, tuple[set[str], set[str]]]:
    """For each pack, the distinct words of ``names`` (table names) that say it and the tables
    that say them: what a pack's lead rests on (printed by ``seedbed plan --explain``)."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for name in names:
        toks = set(tokens(name))
        for pack in {*_STRONG, *_WEAK}:
            hit = toks & (_STRONG.get(pack, frozenset()) | _WEAK.get(pack, frozenset()))
            if hit:
                words, tables = out.setdefault(pack, (set(), set()))
                words.update(hit)
                tables.add(name)
    return out


def _corroborated(pack: str, evidence: dict[str, tuple[set[str], set[str]]]) -> bool:
    """Whether several tables say ``pack``, with at least two words of which one is the pack's own
    (a herbarium's ``loans`` and ``loan_items`` are one word; ``projects`` and ``issues`` two generic
    ones; a translation agency's ``invoices`` and ``payments`` are words every pack of trade shares)."""
    words, tables = evidence.get(pack, (set(), set()))
    return len(words) >= _LEAD_WORDS and len(tables) >= _LEAD_TABLES and bool(_own_words(pack, words))


def _own_words(pack: str, words: set[str]) -> set[str]:
    """Of ``words``, those that say ``pack`` and no other thing: its strong words that are neither
    everyday words (``_AMBIGUOUS``) nor generic nouns."""
    return words & _STRONG.get(pack, frozenset()) - _AMBIGUOUS - GENERIC_NOUNS


def detect_domain(schema: Schema) -> str:
    """The domain pack of ``schema``: one of ``DOMAINS`` (``'generic'`` when nothing stands out).
    A pack leads only when several tables say it with more than one word (``_corroborated``)."""
    votes: Counter[str] = Counter()
    for table in schema.tables:
        votes.update(table_domain_votes(table.name.name))
    evidence = domain_evidence([t.name.name for t in schema.tables])
    votes = Counter({p: v for p, v in votes.items() if p == "sports" or _corroborated(p, evidence)})
    if not votes:
        return "generic"
    (best, score), *rest = votes.most_common() + [("generic", 0)]
    if best == "sports":
        return "generic"
    if score < MIN_SCORE or (rest and rest[0][1] == score and rest[0][0] != "generic"):
        return "generic" if score < MIN_SCORE else _tie_break(votes, score)
    return best


def _tie_break(votes: Counter[str], score: int) -> str:
    """Among tied packs, the first in ``DOMAINS`` order (stable, documented)."""
    tied = {p for p, s in votes.items() if s == score}
    return next((p for p in DOMAINS if p in tied), "generic")


def _strong(votes: Counter[str]) -> list[str]:
    """Packs a table's own name signals strongly (a strong word counts 2), best first."""
    top = [(s, p) for p, s in votes.items() if s >= 2 and p != "sports"]
    return [p for _, p in sorted(top, key=lambda sp: (-sp[0], DOMAINS.index(sp[1]) if sp[1] in DOMAINS else 99))]


#: Last words of lookup tables: a table of such labels takes the domain of the tables that use it.
_LOOKUP = frozenset("""category tag label type kind class group genre topic theme section tier level status stage
reason segment keyword subject classification taxonomy""".split())


def table_packs(schema: Schema, pack: str) -> dict[str, str]:
    """The vocabulary each table of ``schema`` may use, by table name (why: issue 10, pattern 7).

    A domain vocabulary (product names, shop newsletters, card payments) belongs to the tables
    of that domain only; elsewhere it leaks (a film titled like a shop's newsletter). A table uses:

    1. the pack its own name signals strongly (the schema's pack first when it is among them):
       ``films`` in a DVD-rental shop is media, ``tasks`` in a bank is nothing in particular;
    2. else, for a table that names no domain strongly, the pack its neighbours signal strongly:
       the tables it references (``topics`` -> ``forums``, ``notes`` -> ``patients``) and, for a
       lookup table only (``categories``, ``tags``, ``permit_types``), the tables that reference it
       and, through a link table, the other side of the link (``category`` <- ``film_category`` ->
       ``film``: film categories are genres). An entity table with a noun of its own does not take
       its children's pack (``crops`` <- ``deliveries`` are no parcels), and a neighbour's everyday
       word votes as weakly as the table's own would (a construction schema's ``trades`` are no
       stock trades);
    3. else the schema's pack when the table's name votes for it at all (``customer`` in a shop) or
       the pack has words for the table's noun (``events`` of a charity are its fundraising events);
    4. else ``generic``: neutral vocabulary, never another domain's.

    A table named by a generic noun (``GENERIC_NOUNS``: projects, loans, orders, issues) is decided
    last, by ``_generic_table_pack`` (r32): its own words, else the schema's pack through a neighbour.
    """
    names = {t.name: t for t in schema.tables}
    children: dict = {}
    for t in schema.tables:
        for fk in t.foreign_keys:
            children.setdefault(fk.ref_table, []).append(t)
    out: dict[str, str] = {}
    generic: list = []
    for t in schema.tables:
        own = table_domain_votes(t.name.name, pack)
        own.pop("sports", None)
        strong = _strong(own)
        if strong:
            out[t.name.name] = pack if pack in strong else strong[0]
            continue
        if (tokens(t.name.name) or ("",))[-1] in GENERIC_NOUNS:
            generic.append(t)
            continue
        near: Counter[str] = Counter()
        lookup = (tokens(t.name.name) or ("",))[-1] in _LOOKUP
        for child in children.get(t.name, ()) if lookup else ():
            if child.name == t.name:
                continue
            others = [fk.ref_table for fk in child.foreign_keys if fk.ref_table != t.name and fk.ref_table in names]
            link = len(child.foreign_keys) >= 2 and len(child.columns) <= len(child.foreign_keys) + 3
            for name in others if link else [child.name]:
                near.update({p: s for p, s in table_domain_votes(name.name, pack).items() if s >= 2 and p != "sports"})
        for fk in t.foreign_keys:  # a topic of a forum, a note of a patient
            if fk.ref_table != t.name and fk.ref_table in names:
                near.update({p: s for p, s in table_domain_votes(fk.ref_table.name, pack).items()
                             if s >= 2 and p != "sports"})
        best = _strong(near)
        if best:
            out[t.name.name] = pack if pack in best else best[0]
        elif own.get(pack) or _has_words_for(pack, t.name.name):
            out[t.name.name] = pack
        else:
            out[t.name.name] = "generic"
    for t in generic:
        near_pack = {out.get(n.name) for n in (*(fk.ref_table for fk in t.foreign_keys),
                                               *(c.name for c in children.get(t.name, ()))) if n != t.name}
        votes = table_domain_votes(t.name.name)  # dellstore2's orders: a shop's word, no FK declared
        out[t.name.name] = _generic_table_pack(t, pack if pack in near_pack or votes.get(pack) else "generic")
    return out


def _generic_table_pack(table: Table, pack: str) -> str:
    """The pack of a table named by a generic noun (a works order, a herbarium's loans): the one its
    own name and columns say with two words or more (``appointments`` with ``patient_id`` and
    ``doctor_id``), else ``pack``: the schema's leading pack where a neighbour is of it or the
    table's own name votes for it at all (a shop's ``orders``), else ``generic``. Its neighbours'
    other packs do not decide it (northwind's ``orders`` reference ``employees``: no HR orders), and
    a lone one of an LMS (``error_reports``) is no school's."""
    words = {w for c in table.columns for w in tokens(c.name)} | set(tokens(table.name.name))
    own = {p: _own_words(p, words) for p in DOMAINS}
    said = sorted(((len(w), p) for p, w in own.items() if len(w) >= 2), reverse=True)
    if said and not any(p == pack for _, p in said):
        return said[0][1]
    return pack


def _has_words_for(pack: str, table_name: str) -> bool:
    """Whether ``pack`` has name templates for the noun of ``table_name`` (its last word)."""
    from seedbed.generate.intent.tokens import singular
    from seedbed.generate.realistic.vocab import load

    toks = tokens(table_name)
    nouns = load("packs")["packs"].get(pack, {}).get("nouns", {})
    return pack != "generic" and bool(toks) and singular(toks[-1]) in nouns
