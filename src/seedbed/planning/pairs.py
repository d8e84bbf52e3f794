"""Pairs of columns of one row that must agree, found by the row's column names (issue 10, r33).

Drawn apart, a ``common_name`` said "European robin" beside ``scientific_name`` *Bos taurus*, a
``symbol`` 'S2' sat beside "Copper", a ``short_name`` "Heron Set" beside "Juno Set", a wide
``code`` 'FND-415036' beside "Lausanne Foundry". One column of each pair is drawn and the other
follows it row by row (``seedbed.generate.pairs``):

* a taxon's ``common_name`` / ``family`` / ``genus`` follow its ``scientific_name``;
* an element's ``symbol`` follows its name, a currency's ``symbol`` its name;
* a ``short_name`` (``short_title``, ``abbreviated_name``) is its row's ``name`` shortened;
* a code beside a name (``planning.namecodes``) is its letters, with a number when it is wide;
* a ``model`` beside a ``make`` (``manufacturer``, ``brand``) is a model of the row's make (Toyota: Yaris).

A column another table references, one already derived, or one the user set keeps its values.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind

__all__ = ["pairs"]

#: Heads of a column that is its row's name shortened.
_SHORT = frozenset({("short", "name"), ("short", "title"), ("abbreviated", "name"), ("shortname",),
                    ("short", "label"), ("display", "short", "name")})
_NAME_HEADS = ("name", "full_name", "long_name", "title", "label")


#: Words of a column that names who made the row's thing (``make``, ``mfr``, ``brand``).
_MAKER_WORDS = frozenset("make maker manufacturer brand oem".split())


def _is_model(name: str) -> bool:
    toks = tokens(name)
    return bool(toks) and (toks[-1] == "model" or toks[-2:] == ("model", "name"))


def _thing_of(name: str, noun: str) -> tuple[str, ...]:
    """The words before a maker's or a model's head (``engine`` of ``engine_make``, ``engine_model``), less the
    table's own ``noun`` (a vehicle's ``vehicle_model`` is of its ``make``)."""
    toks = tokens(name)
    head = next((i for i, t in enumerate(toks) if t in _MAKER_WORDS or t == "model"), len(toks))
    return tuple(t for t in toks[:head] if t != noun)


def _maker_of(model: str, makers: list[str], noun: str) -> str | None:
    """The maker column a model column follows: the one of the same thing (``engine_model`` follows
    ``engine_make``, not the airframe's ``make``: r48), else the table's one maker when the model names no
    thing of its own."""
    thing = _thing_of(model, noun)
    same = next((m for m in makers if m != model and _thing_of(m, noun) == thing), None)
    if same is not None or thing:
        return same
    return next((m for m in makers if m != model), None)


def family_of(table: Table) -> str:
    """The family of things of ``models.json`` that the table's words name first (a ``vehicles`` table of
    a driving school: cars), else ''."""
    from seedbed.generate.realistic.vocab import load

    words = set(tokens(table.name.name)) | {t for c in table.columns for t in tokens(c.name)}
    return next((f["name"] for f in load("models")["families"] if words & set(f["when"].split())), "")


def pairs(table: Table, sources: frozenset[str], taken: set[str], referenced: frozenset[str],
          intents: Mapping[str, tuple[str, dict] | None]) -> list:
    """The ``Derived`` of each pair's following column of ``table`` (see the module docstring):
    ``sources`` are the columns drawn as values, ``intents`` their intent name and params."""
    from seedbed.planning.derived import Derived

    text = {c.name: c for c in table.columns if c.type.kind is TypeKind.TEXT and not c.type.is_array}
    pk = set(table.primary_key.columns) if table.primary_key is not None else set()
    noun = (tokens(table.name.name) or ("",))[-1]
    out = []

    def free(name: str) -> bool:
        return name in text and name not in taken and name not in pk and name not in referenced and name in sources

    scientific = next((n for n in text if n in sources and (intents.get(n) or ("", {}))[0] == "science.taxon"
                       and not (intents[n] or ("", {}))[1].get("field")), None)
    element = next((n for n in text if n in sources and (intents.get(n) or ("", {}))[0] == "science.element"
                    and not (intents[n] or ("", {}))[1].get("field")), None)
    currency = next((n for n in text if n in sources and (intents.get(n) or ("", {}))[0] == "money.currency"
                     and (intents[n] or ("", {}))[1].get("code") is False), None)
    makers = [n for n in text if n in sources and n not in pk and set(tokens(n)) & _MAKER_WORDS and not _is_model(n)]
    for name in text:
        if not free(name):
            continue
        intent = intents.get(name) or ("", {})
        if intent[0] == "science.taxon" and intent[1].get("field") and scientific:
            out.append(Derived(column=name, source=scientific, op=f"taxon:{intent[1]['field']}"))
        elif intent[0] == "science.element" and intent[1].get("field") == "symbol" and element:
            out.append(Derived(column=name, source=element, op="element:symbol"))
        elif intent[0] == "money.currency_symbol" and currency:
            out.append(Derived(column=name, source=currency, op="currency:symbol"))
        elif _is_model(name) and _maker_of(name, makers, noun) is not None:
            out.append(Derived(column=name, source=_maker_of(name, makers, noun), op=f"model_of:{family_of(table)}"))
        elif tokens(name) in _SHORT:
            src = next((n for n in (f"{noun}_name", *_NAME_HEADS) if n in text and n != name and n in sources), None)
            if src:
                out.append(Derived(column=name, source=src, op=f"shorten:{noun}"))
        else:
            continue
        taken.add(name)
    return out
