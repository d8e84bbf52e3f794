"""Who made the thing a column names (issue 10, r48): ``engine_make``, ``panel_make``, ``loom.make``, ``drugs.mfr``.

A maker column holds a maker *of a thing*: the thing its own words name before the head (an ``engine_make``
is an engine's maker, a ``closure_brand`` a closure's), else the thing its table holds (a loom's ``make``).
Before this round the head alone decided: the table's list won over the column's own word (an aircraft's
``engine_make`` took Boeing and ATR, an alarm account's ``panel_make`` Caterpillar from its site words), a
table no list knows took the car makers every ``make`` falls back to (a loom by Ford and Tesla), and an
``mfr`` any company's name (a drug by "Sterling Consulting Group"). Blind reviews (sessions 13, 14) scored
each of them 0.

So: the makers of the thing when a list of ``kinds.json`` / ``models.json`` names it (its ``when`` words),
else a maker's name built around the thing ("Harwood Engines", "Keller Pharmaceuticals": ``company.trade``):
an organisation of the right kind, generic but never another trade's. A column with no word of its own keeps
the table's lists (a fleet's ``make``), and a shop's product ``brand`` its brands.
"""

from __future__ import annotations

from seedbed.generate.intent.context import PRODUCT_NOUNS, Ctx

__all__ = ["MAKER_HEADS", "maker_fallback", "maker_rule"]

Cand = tuple[str, dict, str]

#: Last words of a column that say who made the row's thing.
MAKER_HEADS = frozenset("make maker manufacturer brand marque".split())
#: Words before the head that say nothing of the thing (``orig_make``, ``make``).
_QUALIFIERS = frozenset("""orig original actual current new old prev previous primary secondary main other alt
preferred own usual default""".split())
#: Broader WordNet words of a thing -> how its makers' names end, most usual first.
_TRADES: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"drug", "medicine", "medication", "pharmaceutical", "vaccine"}),
     ("Pharmaceuticals", "Pharma", "Laboratories")),
    (frozenset({"food", "foodstuff", "beverage", "nutriment"}), ("Foods", "Food Company")),
    (frozenset({"fabric", "textile", "cloth", "yarn"}), ("Textiles", "Mills")),
    (frozenset({"chemical", "chemical compound", "paint", "coating", "adhesive"}), ("Chemicals", "Coatings")),
    (frozenset({"machine", "device", "mechanism", "mechanical device", "equipment", "apparatus"}),
     ("Engineering", "Industries", "Systems")),
    (frozenset({"substance", "material", "matter"}), ("Materials", "Industries")),
)
#: Endings of mass nouns, whose plural names no trade (machinery, hardware, clothing).
_MASS = ("ery", "ware", "ing", "age")
#: Makers of the row's thing where nothing names it: a family of ``models.json`` for cars (the head's own
#: values) only when the table or its columns speak of vehicles.
_VEHICLES = frozenset("""vehicle vehicles car cars van vans truck trucks lorry fleet auto taxi cab motor motors
mileage odometer vin""".split())


def _thing(ctx: Ctx) -> tuple[str, bool] | None:
    """The thing made, and whether the column's own words name it (``engine`` of ``engine_make``)."""
    from seedbed.generate.intent.tokens import PLACEHOLDERS

    before = [t for t in ctx.toks[:-1] if t not in PLACEHOLDERS and t not in _QUALIFIERS and not t.isdigit()]
    if before:  # a tyre fitting's tyre_brand: a tyre's, though the table says the tyre too
        return before[-1], before[-1] not in ctx.table_toks
    return (ctx.noun or None) and (ctx.noun, False)


def _listed_makers(ctx: Ctx, thing: str) -> list[str] | None:
    """The makers a list of the head's (``make``'s contexts, ``models.json``'s families) gives the thing."""
    from seedbed.generate.intent.attributes import _vocab
    from seedbed.generate.intent.tokens import singular

    heads = _vocab()[0]
    for head in (ctx.toks[-1], "make"):
        for context in heads.get(head, {}).get("contexts", ()):
            when = context["when"].split() if isinstance(context["when"], str) else list(context["when"])
            if thing in when or singular(thing) in {singular(w) for w in when}:
                values = context["values"]
                return values.split("|") if isinstance(values, str) else list(values)
    return None


def _trades(thing: str) -> list[str]:
    """How the names of a maker of ``thing`` end: its trade by WordNet's broader words, its own plural first
    when it is an object people make (``Engines``, ``Looms``)."""
    from seedbed import thesaurus

    broader = thesaurus.broader(thing, "n", 1, depth=6) | {thing}
    trades = next((list(t) for words, t in _TRADES if broader & words), ["Manufacturing", "Industries"])
    if "noun.artifact" in thesaurus.lexnames(thing, "n", 1) and len(thing) > 3 and not thing.endswith(_MASS):
        plural = thing if thing.endswith("s") else thing + ("es" if thing.endswith(("ch", "sh", "x")) else "s")
        trades = [plural.capitalize(), *trades]
    return trades


#: Letters of neutral model designations (no I or O, read as digits), and their series.
_SERIES = "ABCDEFGHKLMNPRSTVXZ"


def _designations(thing: str, width: int | None) -> list[str]:
    """Eight model designations of one maker's kind (``K-360``, ``KT 540``), the same for the same thing on
    every run (a CRC, not ``hash``): neutral, not the column's initials."""
    import zlib

    x = zlib.crc32(thing.encode())
    out = []
    for i in range(8):
        a, b = _SERIES[(x + 7 * i) % len(_SERIES)], _SERIES[(x // 19 + 3 * i) % len(_SERIES)]
        n = 100 + 20 * ((x // 7 + 13 * i) % 45)
        out.append(f"{a}-{n}" if i % 2 else f"{a}{b} {n}")
    return [v for v in dict.fromkeys(out) if width is None or len(v) <= width]


def _model_rule(ctx: Ctx) -> list[Cand]:
    """A thing's model beside another thing's maker (an aircraft's ``engine_model``): designations of its own,
    not the table's models (a 737 MAX as an engine); ``[]`` when the column names no other thing."""
    found = _thing(ctx)
    if found is None or not found[1] or _listed_makers(ctx, found[0]):
        return []
    labels = _designations(found[0], ctx.length)
    return [("status.type", {"labels": labels}, f"a model of {_a(found[0])}: designations of its own")] \
        if len(labels) >= 2 else []


def _maker_head(ctx: Ctx) -> tuple[str, bool] | None:
    """The thing a maker column's maker made and whether its own words name it, or None for a column that
    names no maker or whose phrase has its own reading (a payment card's brand: Visa)."""
    from seedbed.generate.intent.rules import PHRASES

    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks or ctx.toks[-1] not in MAKER_HEADS:
        return None
    if len(ctx.toks) > 1 and tuple(ctx.toks[-2:]) in PHRASES:
        return None
    return _thing(ctx)


def _made_by(ctx: Ctx, thing: str) -> Cand:
    """The makers of ``thing`` a list names, else a maker's name of its trade."""
    fit = [v for v in _listed_makers(ctx, thing) or () if ctx.length is None or len(v) <= ctx.length]
    if len(fit) >= 2:
        return "status.type", {"labels": fit}, f"the makers of {_a(thing)}"
    return "company.trade", {"trades": _trades(thing)}, f"a maker of {_a(thing)}: a company of its trade"


def maker_rule(ctx: Ctx) -> list[Cand]:
    """The makers of the thing a maker column's own words name (``engine_make``), or a model of it beside its
    maker (``engine_model``); ``[]`` otherwise: a column that names no other thing keeps the table's lists
    (``maker_fallback`` mends what they get wrong)."""
    if ctx.is_text and not ctx.column.type.is_array and ctx.toks and ctx.toks[-1] == "model":
        return _model_rule(ctx)
    found = _maker_head(ctx)
    if found is None or not found[1] or found[0] in PRODUCT_NOUNS or ctx.pack == "ecommerce":
        return []  # a shop's product_brand: its brands
    return [_made_by(ctx, found[0])]


def maker_fallback(ctx: Ctx, cand: Cand) -> Cand | None:
    """A maker of the table's thing where the reading found for a maker column with no thing of its own is
    no maker of it: the car makers every ``make`` falls back to outside a fleet (a loom by Ford), any company's
    name (a drug by a consultancy), a shop's brands outside a shop (sign vinyl by 'Casa Nonna'); else None."""
    found = _maker_head(ctx)
    if found is None or found[1]:
        return None
    name, params, _why = cand
    thing = found[0]
    if name == "status.type":
        from seedbed.generate.intent.attributes import _vocab

        cars = _vocab()[0].get("make", {}).get("values") or ()
        cars = cars.split("|") if isinstance(cars, str) else list(cars)
        if list(params.get("labels") or ())[:3] != cars[:3] or (set(ctx.table_toks) | ctx.sibling_words) & _VEHICLES:
            return None
    elif name == "commerce.brand":
        if ctx.pack == "ecommerce" or thing in PRODUCT_NOUNS or ctx.product_table:
            return None
    elif name != "company.name":
        return None
    return _made_by(ctx, thing)


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"
