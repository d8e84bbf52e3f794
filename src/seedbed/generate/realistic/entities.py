"""``entity.text``: names, titles, descriptions, categories and types that read like the table's own
kind of thing (issue 10, patterns 1 and 7).

A domain pack's title or description list is written for the pack's main document (an issue in a
SaaS tracker, a team page in a wiki); put on a menu, a dish or a dashboard it reads as another
domain's text ("How we approach machine learning" as a menu). ``entities.json`` groups nouns into
classes (eateries, venues, sites, food, menus, offers, analytics artifacts), each with a small
composition grammar; a noun no class knows gets text built around the noun itself ("Standard
Widget", "The widget is reviewed every quarter."), never another domain's vocabulary.

Params: ``role`` (``name``, ``description``, ``category``, ``type``), ``noun`` (the singular noun),
``cls`` (its class, or ``""`` for the fallback), ``topics`` (the schema's other tables, for
analytics titles such as "Invoices by month").
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import cat, compose, digits, load, pick

__all__ = ["attribute_list", "classes", "context_attribute", "entity_class", "has_role", "surnames"]

_VOWELS = tuple("aeiouAEIOU")
_CITY = "\x00city\x00"  # stands for the row's city until the row's people are known


@lru_cache(maxsize=1)
def classes() -> dict[str, dict]:
    """The classes of ``entities.json`` and of ``placenames.json`` (things named after places,
    features and people: a paddock, a trail, a ward, a lift, a council); ``entities.json`` keeps a
    noun both know."""
    return {**load("placenames")["classes"], **load("entities")["classes"]}


@lru_cache(maxsize=1)
def _noun_index() -> dict[str, str]:
    return {noun: name for name, cls in classes().items() if not cls.get("by_rule") for noun in cls["nouns"]}


def entity_class(*nouns: str) -> tuple[str, str] | None:
    """``(class, noun)`` for the first of ``nouns`` a class covers (``menu_item`` before ``item``)."""
    index = _noun_index()
    for noun in nouns:
        if noun and noun in index:
            return index[noun], noun
    return None


def has_role(cls: str, role: str) -> bool:
    """Whether class ``cls`` (``""``: the fallback) says how its ``role`` texts read."""
    if not cls:
        return role in ("name", "description")
    spec = classes().get(cls, {})
    return not spec.get("pack") and isinstance(spec.get(role), list)


def attribute_list(key: str) -> list[str] | None:
    """The values of a well-known attribute family (``utm_medium``, ``cuisine``, ``metric``)."""
    data = load("entities")
    return data["attributes"].get(data["attribute_aliases"].get(key, key))


def context_attribute(head: str, words: set[str]) -> str | None:
    """The attribute list a column headed ``head`` uses given its table's and qualifiers' ``words``
    (an alert's channel is email or slack, an order's is web or phone)."""
    for cue, key in load("entities")["contexts"].get(head, []):
        if cue == "*" or words & set(cue.split()):
            return key
    return None


@lru_cache(maxsize=1)
def surnames() -> list[str]:
    from faker.providers.person.en_US import Provider as En
    from faker.providers.person.it_IT import Provider as It

    out = list(dict.fromkeys(list(En.last_names)[:160] + list(It.last_names)[:60]))
    return [s for s in out if s.isalpha()]


def _article(word: str) -> str:
    return "An" if word.startswith(_VOWELS) else "A"


def _humane(noun: str) -> str:
    return noun.replace("_", " ")


#: A class's keys that are its texts, never slots.
_ROLES = frozenset("nouns name description category type kinds qualifiers maker".split())


def _slots(call: Call, cls: dict, noun: str):  # type: ignore[no-untyped-def]
    data = load("entities")
    shared, fallback = data["slots"], data["fallback"]
    words = _humane(noun)
    title = words[:1].upper() + words[1:]
    kinds = [str(k) for k in call.p("kinds") or []] or cls.get("kinds", {}).get(noun) or [title]  # a site as written
    quals = cls.get("qualifiers", {}).get(noun) or shared["qual_any"]
    topics = [str(t) for t in call.p("topics") or []] or shared["topic"]

    def slot(key: str) -> list[str] | np.ndarray | None:
        fixed = {"noun": [words], "Noun": [title], "kind": kinds, "qual": quals, "topic_T": topics,
                 "A_noun": [f"{_article(words)} {words}"], "The_noun": [f"The {words}"], "The_noun2": [f"The {words}"],
                 "letter": list("ABCDEF"), "topic_l": [t.lower() for t in topics]}
        if key in fixed:
            return fixed[key]
        if key == "city":  # the row's own city (a restaurant "in the heart of" the city it is in)
            return [_CITY]
        if key == "surname":
            return surnames()
        if key == "proper":  # r30: named after a person, a place, a myth or a star ('Meridian Cave')
            return data["proper"]
        if key not in _ROLES and isinstance(cls.get(key), list):  # the class's own slot ('{component} {symptom}')
            return cls[key]
        if key in shared:
            return shared[key]
        if key in fallback:
            return fallback[key]
        if key[:1].isupper() and key.lower() in shared:  # {Prep}, {Period}: capitalised
            return [v[:1].upper() + v[1:] for v in shared[key.lower()]]
        if key.endswith("_l") and key[:-2] in shared:
            return [v.lower() for v in shared[key[:-2]]]
        return None

    return slot


def _distinct(call: Call, labels: np.ndarray) -> np.ndarray:
    """Distinct labels for a UNIQUE column: each label once, then numbered (``Mains``, ``Mains 2``)."""
    k = len(labels)
    r = call.ranks("entity", card=k)
    base = labels[r % k]
    return np.where(r >= k, cat(base, " ", digits(r // k + 1)), base)


def _numbered(call: Call, values: np.ndarray) -> np.ndarray:
    """``value + " " + rank`` for a UNIQUE column, the value cut at a word to leave the number room."""
    token = (call.ranks("suffix") + 1).tolist()
    lmax = call.lmax
    out = []
    for v, t in zip(values.tolist(), token, strict=True):
        room = None if lmax is None else lmax - 1 - len(str(t))
        if room is not None and room < 2:
            raise GiveUp("no room for a distinct number")
        if room is not None and len(v) > room:
            v = v[:room].rsplit(" ", 1)[0] if " " in v[:room] else v[:room]
        out.append(f"{v} {t}")
    return np.array(out, dtype=object)


def _topic_titles(call: Call, noun: str) -> np.ndarray:
    """Titles of a document or an undertaking of a domain no list knows (r30), built from the
    schema's own nouns: about the parent it belongs to ('Survey of Meridian Cave', 'Hale Volcano:
    spring 2024 bulletin') or about the schema's things ('Long-term monitoring of survey legs')."""
    spec = load("entities")["title_topics"]
    parent = str(call.p("parent") or "")
    topics = [str(t) for t in call.p("topics") or []] or [f"{_humane(noun)}s"]
    proper = load("entities")["proper"]
    year = [str(y) for y in range(2019, 2026)]
    seasons = ["spring", "summer", "autumn", "winter"]

    def slot(key: str) -> list[str] | None:
        fixed = {"noun": [_humane(noun)], "topics": topics, "year": year, "season": seasons,
                 "Season": [s.title() for s in seasons], "Quarter": ["Q1", "Q2", "Q3", "Q4"],
                 "Parent": [f"{p} {_humane(parent).title()}" for p in proper]}
        return fixed.get(key)

    bank = spec["of_parent"] if parent else spec["of_schema"]
    return compose(bank, slot, call.rng, call.n)


def _by_tone(call: Call, key: str) -> np.ndarray:
    attrs = load("entities")["attributes"]
    stars = call.row.sentiment()
    good, bad, mid = (pick(call.rng, attrs[f"{key}_{t}"], call.n) for t in ("good", "bad", "mixed"))
    return np.where(stars >= 4, good, np.where(stars <= 2, bad, mid))


@register("entity.text", unique="native", cut="words")
def _entity_text(call: Call) -> np.ndarray:
    role = str(call.p("role", "name"))
    noun = str(call.p("noun") or "item")
    name = str(call.p("cls") or "")
    cls = classes().get(name, {}) if name else {}
    if call.p("tone"):  # a reply in the tone of the row's rating: thanks for praise, an apology for a complaint
        return _by_tone(call, str(call.p("tone")))
    bank = call.p("labels") or (cls.get(role) if name else load("entities")["fallback"].get(role))
    if noun in cls.get("qualifiers", {}) and isinstance(cls.get(f"{role}_qualified"), list):
        bank = cls[f"{role}_qualified"]  # a funnel is named by its journey ('Signup funnel')
    if call.p("kinds") and isinstance(cls.get(f"{role}_headed"), list):
        bank = cls[f"{role}_headed"]  # a site named by its head as written: always with it ('Riverside Depot')
    if not isinstance(bank, list) or not bank:
        bank = load("entities")["fallback"]["name"]
    if role in ("category", "type"):
        labels = np.array(bank, dtype=object)
        if call.unique:
            return _distinct(call, labels)
        w = 1.0 / np.arange(1, len(labels) + 1) ** 0.6
        cumulative = np.cumsum(w) / w.sum()
        return labels[np.searchsorted(cumulative, call.rng.random(call.n), side="right").clip(0, len(labels) - 1)]
    if role == "title" and not name:
        out = _topic_titles(call, noun)
    elif role == "name" and not name and call.lmax is not None and call.lmax < 12:
        proper = [v for v in load("entities")["proper"] if len(v) <= call.lmax]  # 'Vega', not 'Cave A'
        out = pick(call.rng, proper or [f"{_humane(noun)[:1].upper()}-{10 * i}" for i in range(1, 10)], call.n)
    else:
        out = compose(bank, _slots(call, cls, noun), call.rng, call.n)
        if any(_CITY in v for v in out.tolist()):
            city = call.row.person()["city"]
            pairs = zip(out.tolist(), city.tolist(), strict=True)
            out = np.array([v.replace(_CITY, c) for v, c in pairs], dtype=object)
    if call.p("html") and role == "description":
        out = cat("<p>", out, "</p>")
    return _numbered(call, out) if call.unique else out
