"""The neutral fallback: what a text column gets when its name is meaningful but matched nothing.

Random words ("Saffron meadow valley" as a marital status) or another domain's phrases read
as wrong data; a value derived from the column's own name reads as honest placeholder data
(issue 10, patterns 1 and 9). The choice is scored from what the schema says:

* ``code``: a small set of labels (``Fare class 1`` .. ``Fare class 6``; ``FC1`` or ``A`` in a
  narrow column), for names that end like a classifier (``*_code``, ``*_type``, ``*_level``,
  ``*_status``, ...) and for short columns, whatever their name. A token with a known fixed
  set (``marital`` -> single, married, ...) uses that set instead (``status.type``).
* ``sentence``: neutral sentences, only for long free text (a limit of 500 characters or more).
* ``id.reference``: a reference of its kind, one per row, for a name that says it identifies something
  (``trade_reg_no``, ``yard_pos``: ``seedbed.generate.intent.refshapes``);
* ``label``: a plain label from the name with a wider spread (``Header match 17``), otherwise;
* a text array: one to three labels of the ``code`` kind (``{Special feature 2, Special feature 5}``).
"""

from __future__ import annotations

from seedbed.generate.intent.context import STAT_WORDS, Ctx
from seedbed.generate.intent.tokens import PLACEHOLDERS, meaningful
from seedbed.model import TypeKind

__all__ = ["CODE_HEADS", "neutral"]

#: Last tokens that make a column a classifier: a handful of distinct labels.
CODE_HEADS = frozenset("""code type kind status state level category class mode group flag tier grade
rank sort priority stage phase role format method unit band bucket tag variant option choice condition
clazz cls style line""".split())
#: Tokens that make a text column a number kept as text.
_NUMBER_WORDS = frozenset("""remaining numerator denominator average minute second hour
vigorish amount quantity total sum""".split())
#: Text limits at or below which any column holds a code rather than a phrase.
SHORT = 12
#: Text limits from which an unknown column is free text.
LONG = 500
#: Labels per style.
CODES, LABELS = 6, 40


def _known_set(toks: tuple[str, ...]) -> str | None:
    """A token of the name with a fixed vocabulary of its own (``marital`` in ``marital_status``)."""
    from seedbed.generate.realistic.vocab import load

    types = load("misc")["types"]
    heads = toks if toks[-1] in CODE_HEADS else toks[-1:]  # fare_condition, weekday; not event_payload_x
    return next((t for t in reversed(heads) if t in types and t != "generic"), None)


#: Last words that make a column of a group's or an undertaking's word its leader (``crew_lead``, ``team_lead``).
_LEADS = frozenset("lead head".split())


def _leader(ctx: Ctx, toks: tuple[str, ...]) -> tuple[str, dict, str] | None:
    """A person for ``<group>_lead`` / ``<group>_head``: WordNet reads ``lead`` as a metal or a clue first, but
    after a group (a crew, a team) or an undertaking (a project) it is who leads it."""
    from seedbed import thesaurus

    if len(toks) < 2 or toks[-1] not in _LEADS or (ctx.length is not None and ctx.length < 8):
        return None
    if not thesaurus.lexnames(toks[-2], "n", 1) & {"noun.group", "noun.act"}:
        return None
    other = {"other": True} if ctx.person_table else {}
    return "person.full_name", other, f"the {toks[-2]}'s {toks[-1]}: a person"


def neutral(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``(intent, params, why)`` for a text column nothing else matched, or None (typed values)."""
    col = ctx.column
    if ctx.kind is not TypeKind.TEXT or not meaningful(col.name):
        return None
    toks = tuple(t for t in ctx.toks if t not in PLACEHOLDERS) or ctx.toks
    if not toks:
        return None
    if col.type.is_array:  # special_features text[]: one to three labels of the name's own set
        from seedbed.generate.realistic.neutral import labels
        from seedbed.generate.realistic.vocab import load

        if toks[-1] in ("language", "locale", "lang"):  # chosen_languages text[]: {en,de}
            return "text.tags", {"labels": [code for code, _name in load("misc")["languages"]]}, "a list of language codes"
        from seedbed.generate.realistic.jsonitems import item_labels

        known = [v for v in item_labels(toks[-1]) or () if ctx.length is None or len(v) <= ctx.length]
        if len(known) >= 3:  # amenities text[]: {Parking,Wi-Fi}, the items a JSON list of the noun holds
            return "text.tags", {"labels": known}, f"a list of {toks[-1]} items"

        from seedbed.generate.realistic.entities import attribute_list

        known = attribute_list(toks[-1])  # allergens text[]: {gluten,milk}
        if known:
            return "text.tags", {"labels": known}, f"a list of {toks[-1]} values"
        return "text.tags", {"labels": labels(" ".join(toks), CODES + 2, ctx.length)}, "a list of labels from its name"
    from seedbed.generate.intent.resolvers import stat_rule, stats_table

    if set(toks) & _NUMBER_WORDS or (set(toks) & STAT_WORDS and stats_table(ctx)):  # laps_remaining
        found = stat_rule(ctx)
        if found:
            name, params, _ = found[0]
            return name, params, "a number kept as text"
    from seedbed.generate.intent.attributes import attribute_rule

    known = _known_set(toks)
    usual = attribute_rule(ctx) if known is None or known == toks[-1] else []  # fare_conditions: the fare's set
    if usual:  # condition: good, new, fair; age_group: adults, children
        return usual[0]
    if known is not None:
        return "status.type", {"noun": known}, f"'{known}' has a fixed set of labels"
    led = _leader(ctx, toks)  # crew_lead: the crew's leader, a person, not 'CL-320' (r48)
    if led is not None:
        return led
    from seedbed.generate.intent.heads import shaped_code

    shaped = shaped_code(ctx)  # ndc char(11): 11 digits, not 'Ndc 405'
    if shaped is not None:
        return shaped
    from seedbed.generate.intent.named import named_rule

    named = named_rule(ctx, toks[-1])  # shire: 'Glenmore Shire', not 'Shire 4'
    if named is not None:
        return named
    from seedbed.generate.intent.nouns import noun_rule

    common = noun_rule(ctx)  # fuel: diesel, not 'Fuel 3'; stored_in: a storage place (r28)
    if common:
        return common[0]
    from seedbed.generate.intent.refshapes import reference_shape

    reference = reference_shape(ctx, toks)  # trade_reg_no: 2019/048213, not 'TRN-240' on every tenth row
    if reference is not None:
        return reference
    from seedbed.generate.intent.records import document_head_rule

    document = document_head_rule(ctx, toks)  # cust_po: PO-004512, not CP-100 (r47)
    if document:
        return document[0]
    from seedbed.generate.intent.named import kept_or_placed_rule

    kept = kept_or_placed_rule(ctx, toks)  # repository: 'Millbrook Repository', origin: a city (r47)
    if kept is not None:
        return kept
    n = ctx.length
    stem = " ".join(toks)
    if toks[-1] in CODE_HEADS or (n is not None and n <= SHORT):
        return "text.neutral", {"style": "code", "stem": stem, "k": CODES}, "a code-like column: a few labels"
    if n is None and ctx.column.type.sql_name == "text" or n is not None and n >= LONG:  # an objective
        return "text.neutral", {"style": "sentence", "stem": stem, "noun": ctx.noun}, \
            "free text of unknown meaning: neutral sentences about the row's own noun"
    return "text.neutral", {"style": "label", "stem": stem, "k": LABELS}, "no known meaning: labels from its name"
