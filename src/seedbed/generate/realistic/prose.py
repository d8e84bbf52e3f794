"""Text that reads like the domain: titles, names, descriptions, bodies, reviews, bios and comments.

Everything is composed from the phrase banks of ``packs.json``, ``commerce.json``,
``reviews.json`` and ``misc.json``: templates filled slot by slot with numpy, sentences joined
vectorised. Reviews follow the row's star rating (``RowContext.sentiment``), product text the
row's product (``RowContext.product``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.catalog import categories, subcategories
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.geo import mix_cities
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, cat, compose, digits, load, pick, strings

__all__ = ["pack_slots", "sentences", "staff_table"]


def _pack(name: str) -> dict:
    packs = load("packs")["packs"]
    return packs.get(name) or packs["generic"]


@lru_cache(maxsize=32)
def pack_slots(name: str):  # type: ignore[no-untyped-def]
    """A slot resolver for ``compose``: the pack's lists, then the shared ones, then built-ins."""
    pack, shared = _pack(name), load("packs")["shared"]
    misc = load("misc")

    def slot(key: str) -> list[str] | np.ndarray | None:
        if key in pack and isinstance(pack[key], list):
            return pack[key]
        if key in shared:
            return shared[key]
        if key in ("city", "destination"):
            return mix_cities()
        if key == "day":
            return misc["messages"]["days"]
        for other in load("packs")["packs"].values():
            if isinstance(other.get(key), list):
                return other[key]
        return None

    return slot


def row_slots(call: Call, pack: str | None = None):  # type: ignore[no-untyped-def]
    """``pack_slots`` of ``pack`` (default: the call's), whose ``{city}`` is a city of the rows'
    place when the dataset lives in one country or metro area (``where``): a Leeds courier's
    'Leeds Distribution Centre', not 'Toronto Cross-Dock'."""
    base = pack_slots(pack or call.pack)
    cities = call.row.place_cities()
    if cities is None:
        return base
    return lambda key: cities if key == "city" else base(key)


def _templates_for(pack_name: str, noun: str, default: str) -> tuple[list[str], str]:
    """The templates a named thing uses: the noun's own in this pack, in any pack, or the default."""
    pack = _pack(pack_name)
    key = pack.get("nouns", {}).get(noun)
    if key and isinstance(pack.get(key), list):
        return pack[key], pack_name
    for pname, other in load("packs")["packs"].items():
        k = other.get("nouns", {}).get(noun)
        if k and isinstance(other.get(k), list):
            return other[k], pname
    return pack.get(default) or _pack("generic")[default], pack_name


def sentences(rng: np.random.Generator, bank: list[str], n: int, lo: int, hi: int,
              slot: Callable[[str], object] | None = None) -> np.ndarray:
    """``lo..hi`` sentences per row from ``bank`` (templates allowed), joined with spaces."""
    count = rng.integers(lo, hi + 1, size=n)
    fill = (lambda k: compose(bank, slot, rng, k)) if slot is not None else (lambda k: pick(rng, bank, k))
    out = fill(n)
    for j in range(1, hi):
        more = count > j
        if more.any():
            nxt = fill(n)  # a sentence the row already has is not said twice
            fresh = np.fromiter((b not in a for a, b in zip(out.tolist(), nxt.tolist(), strict=True)), dtype=bool, count=n)
            out = np.where(more & fresh, cat(out, " ", nxt), out)
    return out


def staff_table(call: Call) -> bool:
    """Whether the row is one of the pack's own staff with bios and titles of their trade (a
    newsroom's authors): the pack lists such tables (``bio_tables``) and the table's name is one."""
    from seedbed.generate.intent.tokens import tokens

    kinds = set(_pack(call.pack).get("bio_tables", ()))
    return bool(kinds and set(tokens(call.row.table.name)) & kinds)


def _html(call: Call, text: np.ndarray) -> np.ndarray:
    return cat("<p>", text, "</p>") if call.p("html") else text


# ------------------------------------------------------------------------------ names and titles


@register("entity.name", unique="suffix", cut="words")
def _entity(call: Call) -> np.ndarray:
    templates, pack = _templates_for(call.pack, call.p("noun", ""), "name")
    return compose(templates, row_slots(call, pack), call.rng, call.n)


@register("text.title", unique="suffix", cut="words")
def _title(call: Call) -> np.ndarray:
    noun = call.p("noun", "")
    pack = _pack(call.pack)
    key = pack.get("nouns", {}).get(noun)
    templates = pack[key] if key and isinstance(pack.get(key), list) else pack["title"]
    return _html(call, compose(templates, row_slots(call), call.rng, call.n))


@register("text.category", unique="suffix", cut="words")
def _category(call: Call) -> np.ndarray:
    return pick(call.rng, _pack(call.pack)["category"], call.n)


@register("text.label", unique="suffix", cut="words")
def _label(call: Call) -> np.ndarray:
    shared = load("packs")["shared"]
    if call.p("noun") in ("word", "tag", "keyword", "topic"):
        return pick(call.rng, [w.lower() for w in shared["noun"] + shared["adj"]], call.n)
    return cat(pick(call.rng, shared["adj"], call.n), " ", pick(call.rng, shared["noun"], call.n))


@lru_cache(maxsize=16)
def _topic_pool(pack_name: str) -> np.ndarray:
    """Every topic a pack tags with (its one-slot ``tag`` templates expanded), distinct, in a fixed order."""
    slot = pack_slots(pack_name)
    seen: dict[str, None] = {}
    for template in _pack(pack_name).get("tag", ()):
        items = slot(template.strip("{}")) if template.startswith("{") and template.endswith("}") else [template]
        for item in (items.tolist() if isinstance(items, np.ndarray) else items or ()):
            text = str(item)
            seen.setdefault(text[:1].upper() + text[1:], None)
    if not seen:  # a pack with no topics of its own: the shared words a tag is made of
        shared = load("packs")["shared"]
        seen = dict.fromkeys(w.lower() for w in shared["noun"] + shared["adj"])
    return np.array(list(seen), dtype=object)


@register("text.topic", unique="native", cut="words")
def _topic(call: Call) -> np.ndarray:
    """A topic tag of the pack (a newsroom's ``Housing costs``, ``Lisbon``, ``Politics``): distinct by
    construction where the column is unique, numbered only past the pack's topics."""
    pool = _topic_pool(call.pack)
    r = call.ranks("topic", card=len(pool)) if call.unique else call.rng.integers(0, len(pool), size=call.n)
    base = pool[r % len(pool)]
    return np.where(r >= len(pool), cat(base, " ", digits(r // len(pool) + 1)), base)


@register("text.sentence", cut="words")
def _sentence(call: Call) -> np.ndarray:
    bank = load("packs")["shared"]["sentence"] + _pack(call.pack)["description"]
    return compose(bank, row_slots(call), call.rng, call.n)


@register("text.caption", cut="words")
def _caption(call: Call) -> np.ndarray:
    """What a picture shows: the pack's own captions (a newsroom's), else plain ones of a place or a scene."""
    bank = _pack(call.pack).get("caption") or load("misc")["captions"]
    return compose(bank, row_slots(call), call.rng, call.n)


# ------------------------------------------------------------------------------ commerce text


@register("commerce.product_name", unique="native", cut="words")
def _product_name(call: Call) -> np.ndarray:
    return call.row.product()["name"]


@register("commerce.brand", unique="suffix", cut="words")
def _brand(call: Call) -> np.ndarray:
    return call.row.product()["brand"]


@lru_cache(maxsize=16)
def _category_names(theme: tuple[str, ...] = ()) -> np.ndarray:
    return np.array(subcategories(theme))


def category_names_for(call: Call) -> np.ndarray:
    """Distinct category names of a categories table (shared by its name and slug columns); with
    a product theme, the theme's category and its sub-categories first."""
    names = _category_names(tuple(getattr(call.row, "theme", ())))
    r = call.ranks("category", shared=True, card=len(names))
    base = names[r % len(names)]
    return np.where(r >= len(names), cat(base, " ", digits(r // len(names) + 1)), base)


@register("commerce.category", unique="native", cut="words")
def _commerce_category(call: Call) -> np.ndarray:
    if call.unique or call.row.table.name.startswith("categor"):
        return category_names_for(call)
    labels = np.array([c.label for c in categories()])
    return labels[call.row.product()["category"]]


def _the(name: str) -> str:
    """"The Lantern of Lisbon" stays; "Pulse X3 Speaker" becomes "The Pulse X3 Speaker"."""
    return name if name.startswith("The ") else f"The {name}"


def product_description(call: Call) -> np.ndarray:
    """A description that names the row's product and uses its category's phrase banks."""
    prod = call.row.product()
    rng, n = call.rng, call.n
    out = np.empty(n, dtype=object)
    for ci, c in enumerate(categories()):
        rows = np.flatnonzero(prod["category"] == ci)
        if not rows.size:
            continue
        v = load("commerce")["categories"][c.key]
        k = len(rows)
        f = strings(v["features"])
        a, b = rng.integers(0, len(f), size=(2, k))
        b = np.where(a == b, (b + 1) % len(f), b)
        lead = rng.random(k) < 0.5
        out[rows] = [f"{name} brings {x} and {y}. {z}" if first else f"{_the(name)} comes with {x} and {y}. {z}"
                     for name, x, y, z, first in zip(prod["base"][rows].tolist(), f[a].tolist(), f[b].tolist(),
                                                     pick(rng, v["benefits"], k).tolist(), lead.tolist(), strict=True)]
    return out


def trade_sentences(call: Call, key: str) -> np.ndarray:
    """A trade no pack knows (``trade``: its table's noun, r41): a short neutral sentence around the
    noun, not the office pack's ("Owned by the Design team."); its row's own words replace it where it
    has two of them to say (``seedbed.planning.remarks``)."""
    words = str(call.p("trade")).replace("_", " ")
    an = "an" if words[:1].lower() in "aeiou" else "a"
    fixed = {"noun": [words], "The_noun": [f"The {words}"], "A_noun": [f"{an.title()} {words}"]}
    return compose(_pack("generic")[key], lambda k: fixed.get(k), call.rng, call.n)


@register("text.description", cut="words")
def _description(call: Call) -> np.ndarray:
    if call.p("trade"):
        return _html(call, trade_sentences(call, "trade_description"))
    if call.p("product"):
        return _html(call, product_description(call))
    pack = _pack(call.pack)  # a thing the pack knows (a tour, an itinerary day) is described as one
    key = pack.get("nouns", {}).get(call.p("noun", ""))
    bank = pack.get("descriptions", {}).get(key) or pack["description"]
    return _html(call, sentences(call.rng, bank, call.n, 1, 3, row_slots(call)))


@register("text.body", cut="words")
def _body(call: Call) -> np.ndarray:
    if call.p("steps"):  # a recipe's method: 3-6 of the steps, numbered, in the order of cooking
        steps = np.array(load("misc")["kitchen"]["steps"], dtype=object)
        rng, n, k = call.rng, call.n, len(steps)
        count = rng.integers(3, 7, size=n)
        chosen = np.argsort(rng.random((n, k)), axis=1)[:, :6]
        chosen = np.sort(np.where(np.arange(6) < count[:, None], chosen, k), axis=1)
        out = cat("1. ", steps[chosen[:, 0]])
        for j in range(1, 6):
            step = steps[np.minimum(chosen[:, j], k - 1)]
            out = np.where(count > j, cat(out, f"\n{j + 1}. ", step), out)
        return out
    pack = _pack(call.pack)  # a pack that writes bodies of its own (a news story's paragraphs) uses them
    bank = pack["description"] + pack["body"] if "body" in pack else pack["description"] + load("packs")["shared"]["sentence"]
    return _html(call, sentences(call.rng, bank, call.n, 2, 5, row_slots(call)))


# ------------------------------------------------------------------------------ reviews


def _aspects(call: Call, good: bool) -> tuple[np.ndarray, np.ndarray]:
    """Two different aspect sentences per row, from the row's product category (or services)."""
    rev = load("reviews")
    n = call.n
    place = load("entities")["classes"].get(str(call.p("service") or ""), {})
    if place.get("aspects_good"):  # a review of an eatery: the food arrived cold
        banks = [strings(place["aspects_good" if good else "aspects_bad"])]
        which = np.zeros(n, dtype=np.int64)
    elif call.pack not in ("ecommerce", "generic") or call.p("service"):
        banks = [strings(rev["service_good" if good else "service_bad"])]
        which = np.zeros(n, dtype=np.int64)
    else:
        banks = [strings(load("commerce")["categories"][c.key]["aspects_good" if good else "aspects_bad"])
                 for c in categories()]
        banks.append(strings(rev["generic_good" if good else "generic_bad"]))
        which = np.where(call.rng.random(n) < 0.2, len(banks) - 1, call.row.product()["category"])
    u, v = call.rng.random((2, n))
    first = np.empty(n, dtype=object)
    second = np.empty(n, dtype=object)
    for k in np.unique(which).tolist():
        rows = np.flatnonzero(which == k)
        bank = banks[k]
        i = (u[rows] * len(bank)).astype(np.int64)
        j = (i + 1 + (v[rows] * (len(bank) - 1)).astype(np.int64)) % len(bank)
        first[rows], second[rows] = bank[i], bank[j]
    return first, second


def _capital(text: np.ndarray) -> np.ndarray:
    return apply(lambda t: t[:1].upper() + t[1:], text)


@register("text.review", cut="words")
def _review(call: Call) -> np.ndarray:
    rev = load("reviews")
    stars = call.row.sentiment()
    rng, n = call.rng, call.n
    good, good2 = _aspects(call, True)
    bad, bad2 = _aspects(call, False)
    first = np.where(stars >= 3, good, bad)
    second = np.where(stars == 3, bad, np.where(stars > 3, good2, bad2))
    out = np.empty(n, dtype=object)
    kind = "service_" if call.p("service") else ""  # a visit's words, not a purchase's
    for s in range(1, 6):
        rows = np.flatnonzero(stars == s)
        if not rows.size:
            continue
        k = len(rows)
        opener = pick(rng, rev[f"{kind}openers"][s - 1], k)
        closer = pick(rng, rev[f"{kind}closers"][s - 1], k)
        link = pick(rng, [x for x in rev["links"][s - 1] if x] or [""], k)
        body = cat(_capital(first[rows]), ". ")
        two = rng.random(k) < (0.9 if s == 3 else 0.5)
        after = np.where(link == "", _capital(second[rows]), second[rows])  # a new sentence starts capitalised
        body = np.where(two, cat(body, link, after, ". "), body)
        out[rows] = cat(opener, " ", body, closer).tolist()
    return _html(call, out)


@register("text.review_title", cut="words")
def _review_title(call: Call) -> np.ndarray:
    stars = call.row.sentiment()
    titles = load("reviews")["service_titles" if call.p("service") else "titles"]
    out = np.empty(call.n, dtype=object)
    for s in range(1, 6):
        rows = np.flatnonzero(stars == s)
        out[rows] = pick(call.rng, titles[s - 1], len(rows)).tolist()
    return out


# ------------------------------------------------------------------------------ people's prose


@lru_cache(maxsize=1)
def _interests() -> np.ndarray:
    """Every "Into a, b and c." sentence of three different interests (built once)."""
    loves = load("misc")["bio"]["loves"]
    k = len(loves)
    steps = range(1, k // 2)
    return np.array([f"Into {loves[a]}, {loves[(a + s) % k]} and {loves[(a + s + t) % k]}."
                     for a in range(k) for s in steps for t in steps], dtype=object)


@register("text.bio", cut="words")
def _bio(call: Call) -> np.ndarray:
    b = load("misc")["bio"]
    rng, n = call.rng, call.n
    p = call.row.person()
    if staff_table(call):  # a newsroom's writers: their beat and their city, not their hobbies
        text = compose(_pack(call.pack)["bio"], row_slots(call), rng, n)
        return _html(call, np.fromiter((t.replace("{first}", f) for t, f in zip(text.tolist(), p["first"].tolist(),
                                                                                 strict=True)), dtype=object, count=n))
    works = rng.random(n) < 0.5
    where = np.where(works, call.row.company()["name"], p["city"])
    role = cat(pick(rng, b["roles"], n), np.where(works, " at ", " in ").astype(object), where, ". ")
    interests = _interests()
    extras = strings(b["extras"])
    extra = extras[rng.integers(0, len(extras), size=n)]
    local = extra == "Proud {city} local."
    if local.any():
        extra[local] = cat("Proud ", p["city"][local], " local.")
    return _html(call, cat(role, interests[rng.integers(0, len(interests), size=n)], " ", extra))


@register("text.comment", cut="words")
def _comment(call: Call) -> np.ndarray:
    c = load("misc")["comments"]
    rng, n = call.rng, call.n
    mood = rng.random(n)
    out = np.where(mood < 0.5, pick(rng, c["positive"], n),
                   np.where(mood < 0.85, pick(rng, c["neutral"], n), pick(rng, c["negative"], n)))
    return _html(call, out)


@register("text.message", cut="words")
def _message(call: Call) -> np.ndarray:
    m = load("misc")["messages"]
    rng, n = call.rng, call.n
    if call.p("chat"):  # a line typed in a chat: no greeting, no sign-off
        return compose(m["chat"], row_slots(call), rng, n)
    body = compose(m["bodies"], row_slots(call), rng, n)
    return _html(call, cat(pick(rng, m["greetings"], n), ", ", body, " ", pick(rng, m["signoffs"], n)))


#: Packs whose rows are about customers: the CRM-style notes fit them ("Called customer, ...").
_CUSTOMER_PACKS = ("ecommerce", "fintech", "saas")


#: Tables whose rows are a customer or what a customer did: the CRM-style notes fit them.
CUSTOMER_TABLES = frozenset("""customer client account contact lead deal opportunity order subscription invoice
payment member user ticket case refund return booking reservation""".split())


def _about_customers(call: Call) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return bool(set(tokens(call.row.table.name)) & CUSTOMER_TABLES)


#: Words of a note's column or table that make it a note on an edit (``change_note``, ``page_revisions.note``).
_EDITS = frozenset("revision version edit change changelog amendment correction".split())


def _about_edits(call: Call) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return bool(set(tokens(call.req.column.name)) & _EDITS or set(tokens(call.row.table.name)) & _EDITS)


#: Tables of the ingredients of a recipe (their notes say how each is prepared).
_INGREDIENT_LINES = frozenset("ingredient ingredients".split())


def _about_kitchen(call: Call) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return bool(set(tokens(call.row.table.name)) & _INGREDIENT_LINES)


@register("text.note", cut="words")
def _note(call: Call) -> np.ndarray:
    """A note in the table's own domain: a customer note in shops and SaaS, a clinical note in a
    clinic (the pack's descriptions), a record's remarks elsewhere ("Details confirmed by phone."),
    not a team's project notes; never a shop's "Gift wrap"."""
    if _about_kitchen(call):  # a recipe's line of an ingredient: how it is prepared
        return pick(call.rng, load("misc")["kitchen"]["prep_notes"], call.n)
    if _about_edits(call):  # a revision's note says what changed
        return compose(_pack(call.pack).get("change") or load("misc")["edit_notes"], row_slots(call),
                       call.rng, call.n)
    if call.p("about") == "thing":  # a trade's thing: "No damage.", "Barrel in good order." (r48)
        from seedbed.generate.realistic.thingnotes import thing_notes

        return thing_notes(call)
    if call.pack in _CUSTOMER_PACKS and _about_customers(call):
        return pick(call.rng, load("misc")["notes"], call.n)
    if call.pack in _CUSTOMER_PACKS:  # an alert's or a job's notes in a SaaS product: plain work notes
        return pick(call.rng, load("packs")["shared"]["sentence"], call.n)
    if call.pack != "generic":  # the pack's own notes when it has them (a gift's: "Cheque received by post.")
        pack = _pack(call.pack)
        return sentences(call.rng, pack.get("notes") or pack["description"], call.n, 1, 2, row_slots(call))
    return sentences(call.rng, load("entities")["attributes"]["remark"], call.n, 1, 2)  # a record's remarks


@register("text.subject", cut="words")
def _subject(call: Call) -> np.ndarray:
    bank = _pack(call.pack).get("subject") or load("misc")["subjects"]  # a newsletter's subject lines
    return compose(bank, row_slots(call), call.rng, call.n)


#: Intents whose values are one entry of a list of the misc vocabulary, as written.
_MISC_LISTS = {"text.error": "errors", "text.question": "questions", "text.answer": "answers"}
#: Words (of the column, else of its table) -> the family of reasons they ask for.
#: Tables of something paid again and again: cancelling one is stopping a payment, not a booking.
_RECURRING = frozenset("""subscription pledge membership mandate recurring standing debit regular instalment
installment plan sponsorship""".split())
_REASON_WORDS = {
    **dict.fromkeys("cancel cancellation cancelled canceled void voided abort".split(), "cancel"),
    **dict.fromkeys("block blocked ban banned suspension suspended suspend lock locked moderation report "
                    "flag flagged".split(), "block"),
    **dict.fromkeys("termination terminated dismissal exit resignation leaving offboarding".split(), "termination"),
    **dict.fromkeys("return returned refund refunded rma".split(), "return"),
    **dict.fromkeys("reject rejected rejection decline declined denial denied".split(), "reject"),
    **dict.fromkeys("leave absence vacation holiday timeoff".split(), "leave"),
    **dict.fromkeys("change changed adjustment amendment update correction".split(), "change"),
    **dict.fromkeys("hold held quarantine quarantined embargo".split(), "hold"),  # r26: a hold is no office's 'Expired'
}


@register("text.reason", cut="words")
def _reason(call: Call) -> np.ndarray:
    """A reason for what the column's words say (a cancellation, a ban, a termination, a return),
    else for what its table holds; a shop's own list (``Out of stock``) only in a shop."""
    from seedbed.generate.intent.tokens import tokens

    families = load("misc")["reason_families"]
    for words in (tokens(call.req.column.name), tokens(call.row.table.name)):
        family = next((_REASON_WORDS[w] for w in reversed(words) if w in _REASON_WORDS), None)
        if family == "cancel" and set(tokens(call.row.table.name)) & _RECURRING:  # a stopped direct debit
            family = "cancel_recurring"
        if family:
            return pick(call.rng, families[family], call.n)
    return pick(call.rng, load("misc")["reasons"] if call.pack == "ecommerce" else families["generic"], call.n)


def _misc_list(key: str):
    def generate(call: Call) -> np.ndarray:  # about='self': a profile's prompt, a person's answer to it
        misc = load("misc")
        bank = misc.get(f"{key}_{call.p('about')}") or misc[key]
        if not call.unique:
            return pick(call.rng, bank, call.n)
        pool = np.array(bank, dtype=object)  # a unique list (prompts.question): each once, numbered only past it
        r = call.ranks(key, card=len(pool))
        base = pool[r % len(pool)]
        return np.where(r >= len(pool), cat(base, " ", digits(r // len(pool) + 1)), base)

    return generate


for _intent, _key in _MISC_LISTS.items():
    register(_intent, unique="native", cut="words")(_misc_list(_key))
