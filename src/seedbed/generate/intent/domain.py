"""Which domain pack a schema belongs to, from its table names (carts + orders + products -> e-commerce).

Each table name votes for the packs its tokens signal: a strong signal (``cart``, ``patient``)
counts 2, a weak one shared by several domains (``order``, ``account``) counts 1. The pack with
the most votes wins if it has at least ``MIN_SCORE``; otherwise the schema is ``generic``.
"""

from __future__ import annotations

from collections import Counter

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Schema

__all__ = ["DOMAINS", "MIN_SCORE", "detect_domain", "table_domain_votes"]

DOMAINS = ("ecommerce", "saas", "fintech", "healthcare", "social", "hr", "travel", "education",
           "logistics", "generic")
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
                        "status toot favourite favorite block mute timeline".split()),
    "hr": frozenset("employee salary payroll applicant candidate leave timesheet department "
                    "manager dept position job vacancy".split()),
    "travel": frozenset("flight booking airport aircraft seat ticket hotel reservation itinerary "
                        "passenger boarding airline trip".split()),
    "education": frozenset("student course enrollment enrolment assignment quiz grade teacher "
                           "instructor submission lesson school semester syllabus rubric".split()),
    # not a pack: sports schemas are generic, but their 'team' / 'event' tables must not vote SaaS
    "sports": frozenset("game player league season match score stat sport baseball basketball football "
                        "soccer tennis hockey golf racing motor wrestling hero".split()),
    "logistics": frozenset("shipment warehouse carrier vehicle delivery package parcel driver "
                           "tracking dock pallet consignment freight".split()),
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
}


def table_domain_votes(table_name: str) -> Counter[str]:
    """The votes one table name gives to each pack."""
    votes: Counter[str] = Counter()
    toks = set(tokens(table_name))
    for pack, words in _STRONG.items():
        if toks & words:
            votes[pack] += 2
    for pack, words in _WEAK.items():
        if toks & words:
            votes[pack] += 1
    return votes


def detect_domain(schema: Schema) -> str:
    """The domain pack of ``schema``: one of ``DOMAINS`` (``'generic'`` when nothing stands out)."""
    votes: Counter[str] = Counter()
    for table in schema.tables:
        votes.update(table_domain_votes(table.name.name))
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
