"""Singular, plural and other inflections of the words a scope names tables, columns and values by
(``people`` / ``person``, ``categories`` / ``category``, ``shipped`` / ``ship``)."""

from __future__ import annotations

import re

__all__ = ["SYNONYMS", "adjective_nouns", "inflections", "plural", "practitioners", "singular"]

_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women",
              "datum": "data", "medium": "media", "index": "indices", "analysis": "analyses",
              # "-ie" nouns, whose "-ies" plural is no "-y" word ("movies" is not "movy")
              "movie": "movies", "cookie": "cookies", "rookie": "rookies", "zombie": "zombies", "selfie": "selfies",
              "calorie": "calories", "sortie": "sorties", "hoodie": "hoodies"}
_IRREGULAR_SINGULAR = {v: k for k, v in _IRREGULAR.items()}
_INVARIANT = frozenset("data series species news staff feedback inventory information equipment".split())


def plural(word: str) -> str:
    """``user`` -> ``users``, ``category`` -> ``categories``, ``address`` -> ``addresses``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _INVARIANT or word in _IRREGULAR_SINGULAR:
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    """``users`` -> ``user``, ``categories`` -> ``category``, ``statuses`` -> ``status``."""
    if word in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[word]
    if word in _INVARIANT:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ss|x|z|ch|sh|us)es$", word):
        return word[:-2]
    if word.endswith("s") and not re.search(r"(ss|us|is)$", word):
        return word[:-1]
    return word


def inflections(word: str) -> tuple[str, ...]:
    """The word, its singular and its plural, last part only for ``snake_case`` names (``order_items``)."""
    head, _, last = word.rpartition("_")
    out = [word]
    for form in (singular(last), plural(singular(last)), plural(last)):
        full = f"{head}_{form}" if head else form
        if full not in out:
            out.append(full)
    return tuple(out)


#: Words that name the same thing; a name resolves through its group only when exactly one
#: table of the group exists (customers <-> users). "people" and "person" are no customer's: they name any table
#: of people (``rowwords``: asked back where two fit, session 13).
SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset("user customer client member buyer shopper account_holder renter subscriber patron "
              "account".split()),
    frozenset("product item_type article good merchandise sku".split()),
    frozenset("film movie".split()),
    frozenset("issue ticket bug".split()),
    frozenset("employee staff worker personnel".split()),
    frozenset("company organization organisation org business tenant".split()),
    frozenset("post article entry".split()),
    frozenset("comment reply".split()),
    frozenset("category genre".split()),
    frozenset("order purchase".split()),
    frozenset("payment transaction charge".split()),
    frozenset("address location".split()),
    frozenset("event log audit_log".split()),
    # brief s2 round B: the nouns of other domains (one table of a group must exist for a word to name it)
    frozenset("doctor physician clinician practitioner medic".split()),
    frozenset("appointment visit consultation".split()),
    frozenset("reservation booking".split()),
    frozenset("student pupil learner".split()),
    frozenset("teacher instructor lecturer professor tutor".split()),
    frozenset("enrollment enrolment".split()),
    frozenset("invoice bill".split()),
    frozenset("vendor supplier".split()),
    frozenset("shipment delivery consignment".split()),
    frozenset("vehicle car truck van".split()),
    frozenset("driver courier".split()),
    frozenset("inventory copy stock_item".split()),  # "3 to 6 copies per film": the rows of one copy each
)


#: A field, a practice or a thing made, and the person who does it ("cardiology" -> "cardiologist",
#: "pediatrics" -> "pediatrician", "practice" -> "practitioner", "paint" -> "painter"): endings tried in order.
_PRACTITIONER = ((r"ology$", ("ologist",)), (r"ogy$", ("ogist",)), (r"ics$", ("ician", "ist")), (r"ic$", ("ician",)),
                 (r"ice$", ("itioner",)), (r"ism$", ("ist",)), (r"ry$", ("rian", "rist")), (r"y$", ("ist",)),
                 (r"e$", ("er", "ist")), (r"(?<=[a-z]{3})$", ("er", "ist", "ian")))


def practitioners(word: str) -> tuple[str, ...]:
    """The people a value word names by its practice, singular and plural: the first ending that applies."""
    for end, forms in _PRACTITIONER:
        if re.search(end, word):
            out = [re.sub(end, f, word) for f in forms]
            return tuple(w for form in out for w in (form, form + "s"))
    return ()
#: Adjectives of time whose noun is not the word without "-ly" ("annual": year).
_TIME_ADJECTIVES = {"annual": "year", "annually": "year", "biannual": "half_year", "fortnightly": "fortnight"}


def adjective_nouns(word: str) -> tuple[str, ...]:
    """The nouns an adjective of a value may stand for: "yearly" -> year, "daily" -> day, "annual" -> year."""
    if word in _TIME_ADJECTIVES:
        return (_TIME_ADJECTIVES[word],)
    if word.endswith("ily"):
        return (word[:-3] + "y", word[:-2])
    return (word[:-2],) if word.endswith("ly") and len(word) > 4 else ()
