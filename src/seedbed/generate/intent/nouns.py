"""Common attribute nouns of any domain read as their real values, not ``Fuel 3`` (issue 10, r28).

Real schemas of every trade name text columns by plain nouns (``fuel``, ``roof``, ``dialect``,
``hobby``, ``blood_group``) or by a participle and a preposition that says the role of what they
hold (``stored_in``: a storage place, ``made_of``: a material, ``paid_with``: a payment method,
``supplied_by``: a company). ``data/vocab/nouns.json`` lists both with their values; this module
is consulted where nothing else matched, before the neutral label (``neutral``), and by the
``*_by`` rule for the roles a login does not fill (a supplier is a company, not ``jsmith``).

A noun that means different things in different places (``subject`` of a school or of an email,
``resolution`` of a screen or of a ticket) carries contexts: the first whose words name the
column's other words, then the table or its parents, then the siblings, then the schema, picks its
values; a context with no values means "another meaning here" and leaves the column to its label.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from seedbed.generate.intent.context import Ctx

__all__ = ["by_role", "noun_rule", "role_rule"]

Cand = tuple[str, dict, str]
#: Trailing words that make a noun a classifier of itself: ``roof_type`` is a roof.
_TYPELIKE = ("type", "kind", "category", "class", "style", "name")
#: Roles a login never fills (``supplied_by``: a company, ``shipped_via``: a courier).
_NOT_LOGINS = frozenset(("company", "courier", "payment", "channel", "power", "material", "storage"))


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, Any], dict[str, str], dict[str, str], dict[str, Any]]:
    from seedbed.generate.realistic.vocab import load

    data = load("nouns")
    roles = {phrase: role for role, phrases in data["roles"].items() for phrase in phrases}
    return data["nouns"], data["aliases"], roles, data["role_values"]


def _split(values: str | list[str]) -> list[str]:
    return values.split("|") if isinstance(values, str) and values else list(values)


def _groups(ctx: Ctx, before: tuple[str, ...]) -> list[set[str]]:
    """The words that may name a context, nearest first: the column's own qualifiers, the table
    and the tables it references, the sibling columns, the whole schema."""
    from seedbed.generate.intent.attributes import _parents

    return [set(before), set(ctx.table_toks) | _parents(ctx), set(ctx.sibling_words), set(ctx.schema_terms)]


def _pick(entry: Any, ctx: Ctx, before: tuple[str, ...]) -> tuple[list[str] | None, str | None]:
    """``(values, intent)`` for an entry in ``ctx``: its nearest context's, else its own; ``([], None)``
    when a context says the word means something else here."""
    if isinstance(entry, str):
        return _split(entry), None
    contexts = [(set(c["when"].split()), _split(c.get("values", [])), c.get("intent"))
                for c in entry.get("contexts", ())]
    for depth, words in enumerate(_groups(ctx, before)):
        for when, values, intent in contexts:
            hits = len(when & words)
            if depth == 3 and hits < 2:  # the schema at large: one stray word (a vans table) is no trade
                continue
            if hits and (values or intent or depth < 3):  # another meaning: only near words say so
                return values, intent
    if entry.get("no_default"):
        return [], None
    return _split(entry.get("values", [])), entry.get("intent")


def _cand(ctx: Ctx, values: list[str] | None, intent: str | None, why: str) -> list[Cand]:
    if intent:
        return [(intent, {}, why)]
    from seedbed.generate.intent.attributes import fitting_labels

    return fitting_labels(ctx, values or [], why)


def _words(ctx: Ctx) -> tuple[str, ...]:
    from seedbed.generate.intent.tokens import PLACEHOLDERS, tokens

    toks = tokens(ctx.column.name, segment=False) or ctx.toks
    return tuple(t for t in toks if t not in PLACEHOLDERS) or toks


def _find(toks: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """The longest trailing phrase of ``toks`` the list knows (through its aliases; ``roof_type`` as
    ``roof``), and the words before it."""
    nouns, aliases, _, _ = _vocab()
    for trim in (0, 1):
        words = toks[:-1] if trim else toks
        if trim and (len(toks) < 2 or toks[-1] not in _TYPELIKE):
            break
        for k in range(min(len(words), 3), 0, -1):
            phrase = " ".join(words[-k:])
            phrase = aliases.get(phrase, phrase)
            if phrase in nouns:
                return phrase, words[:-k]
    return None


def noun_rule(ctx: Ctx) -> list[Cand]:
    """Real values of a text column named by a common attribute noun (``fuel``: diesel, petrol;
    ``dialect``: Scouse, Geordie), or ``[]``."""
    if not ctx.is_text or ctx.column.type.is_array:
        return []
    found = _find(_words(ctx))
    if found is None:
        return role_rule(ctx)
    noun, before = found
    values, intent = _pick(_vocab()[0][noun], ctx, before)
    return _cand(ctx, values, intent, f"the usual values of a {noun}")


def _role(toks: tuple[str, ...]) -> str | None:
    roles = _vocab()[2]
    for k in (3, 2):
        if len(toks) >= k and " ".join(toks[-k:]) in roles:
            return roles[" ".join(toks[-k:])]
    return None


def role_rule(ctx: Ctx) -> list[Cand]:
    """Values of the role a participle and a preposition name (``stored_in``: Walk-in chiller,
    ``made_of``: oak, ``paid_with``: card, ``delivered_by``: DPD), or ``[]``."""
    toks = _words(ctx)
    role = _role(toks)
    if role is None or not ctx.is_text:
        return []
    values, intent = _pick(_vocab()[3][role], ctx, ())
    return _cand(ctx, values, intent, f"a {role} named by its role")


def by_role(ctx: Ctx) -> list[Cand]:
    """For the ``*_by`` rule: the role's values when a login cannot fill it (a supplier, a courier),
    a person's name for a hand's work outside software (``made_by``, ``driven_by``), else ``[]``
    (``approved_by`` stays a login)."""
    role = _role(_words(ctx))
    if role == "person" and not ctx.code_context:
        return role_rule(ctx)
    return role_rule(ctx) if role in _NOT_LOGINS else []
