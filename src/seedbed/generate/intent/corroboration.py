"""Which sector leads a schema, and which one a table of a generic noun takes (issue 10, r32).

A table with a generic name was pulled into another sector by one word: a translation agency's
``qa_issues`` read as software's (bug / feature), a herbarium's ``loans`` as a bank's, a caving
club's ``trip_reports`` as a travel agent's, a works order as a shop's. The decision was local: the
table's own name weighed twice and a word that means something else elsewhere decided it.

Corroboration:

* a sector *leads the schema* when several tables say it (at least ``_TABLES`` tables, ``_WORDS``
  distinct words, one of them said by no other sector; or ``_ONE_TABLE_WORDS`` distinct words in
  fewer tables) and it clearly leads the others
  (``sectors._winner``); one word repeated in many tables (``loans``, ``loan_items``) is one word;
* a table named by a generic noun (``domain.GENERIC_NOUNS``: projects, clients, issues, loans,
  trips, orders, reports, appointments, claims, entries, items, sessions, tasks, events, jobs ...)
  takes the schema's leading sector, unless its own name and columns say another sector with two
  distinct words or more, one of them that sector's alone (a dental practice's ``claims`` with an
  ``insurer`` and a ``policy_number`` are an insurer's claims);
* nothing leads: no sector (the column then takes its neutral or plain labels, never one sector's).

``explain`` says which sector led and from which words (the reason an intent records).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Schema

__all__ = ["generic_table", "register_tables", "schema_lead", "table_sector"]

#: Things a row is, not processes it runs through: their status is a record's (r32's finding: a seed lot's
#: ``item_status`` read 'completed / in progress').
_THINGS = frozenset("""item entry lot record specimen sample asset copy unit piece object listing article part
product stock batch document file""".split())

#: Distinct tables and distinct words a sector needs to lead a schema; or the distinct words that
#: lead it from one table (a builder's ``building_projects`` with crane, slab, pour and snag columns).
_TABLES, _WORDS, _ONE_TABLE_WORDS = 2, 2, 3

#: The words of each table of a schema, by the id of the schema's ``schema_terms`` tuple.
_TABLE_WORDS: dict[int, tuple[tuple[str, ...], tuple[frozenset[str], ...]]] = {}
_LEADS: dict[int, tuple[tuple[str, ...], tuple[str | None, tuple[str, ...]]]] = {}


def register_tables(schema: Schema, terms: tuple[str, ...]) -> None:
    """Keep each table's words (its name, columns, enum labels and CHECK literals) beside the
    schema's ``terms``: how many tables say a sector is what its lead rests on."""
    import re

    words = []
    for t in schema.tables:
        own = set(tokens(t.name.name))
        for c in t.columns:
            own.update(tokens(c.name))
            for label in c.type.enum_labels:
                own.update(tokens(label))
        for check in t.checks:
            for literal in re.findall(r"'([^']{1,40})'", check.expression):
                own.update(tokens(literal))
        words.append(frozenset(own))
    if len(_TABLE_WORDS) > 16:
        _TABLE_WORDS.clear()
    _TABLE_WORDS[id(terms)] = (terms, tuple(words))


def _said(words: Iterable[str]) -> dict[str, set[str]]:
    """The distinct words of ``words`` that say each sector."""
    from seedbed.generate.intent.sectors import _word_sectors

    table = _word_sectors()
    out: dict[str, set[str]] = {}
    for w in words:
        for s in table.get(w, ()):
            out.setdefault(s, set()).add(w)
    return out


def _own_word(words: set[str]) -> bool:
    """Whether one of ``words`` says one sector only (a word two sectors share never decides alone)."""
    from seedbed.generate.intent.sectors import _word_sectors

    table = _word_sectors()
    return any(len(table.get(w, ())) == 1 for w in words)


def schema_lead(terms: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The sector that leads the schema whose ``terms`` these are, and the words it rests on;
    ``(None, ())`` when none does (or the schema's tables were not registered)."""
    hit = _LEADS.get(id(terms))
    if hit is not None and hit[0] is terms:
        return hit[1]
    per_table = _TABLE_WORDS.get(id(terms))
    lead: tuple[str | None, tuple[str, ...]] = (None, ())
    if per_table is not None and per_table[0] is terms:
        from seedbed.generate.intent.sectors import _schema_scores, _winner

        words: dict[str, set[str]] = {}
        tables: Counter[str] = Counter()
        for own in per_table[1]:
            for s, said in _said(own).items():
                words.setdefault(s, set()).update(said)
                tables[s] += 1
        scores = _schema_scores(terms)
        able = Counter({s: v for s, v in scores.items() if _own_word(words.get(s, set())) and (
            tables[s] >= _TABLES and len(words[s]) >= _WORDS or len(words[s]) >= _ONE_TABLE_WORDS)})
        top = _winner(able, float(_WORDS))  # the words' corroboration is the evidence: no higher minimum
        top = _narrowest(top, able)
        lead = (top, tuple(sorted(words[top]))) if top else (None, ())
    if len(_LEADS) > 16:
        _LEADS.clear()
    _LEADS[id(terms)] = (terms, lead)
    return lead


def _narrowest(top: str | None, able: Counter[str]) -> str | None:
    """Of a leading sector and the corroborated ones near it, the narrowest: a dental practice's
    patients and appointments say healthcare louder than its teeth say dentistry, and dentistry
    (near healthcare, not the reverse) is the practice's trade."""
    from seedbed.generate.intent.sectors import _data

    if top is None:
        return None
    secs = _data()["sectors"]
    near = [s for s in able if s != top and top in secs[s].get("near", "").split()
            and s not in secs[top].get("near", "").split()]
    return max(near, key=lambda s: (able[s], s)) if near else top


def generic_table(ctx: Ctx) -> bool:
    """Whether ``ctx``'s table is named by a generic noun (``qa_issues``, ``works_orders``, ``loans``)."""
    from seedbed.generate.intent.domain import GENERIC_NOUNS

    return bool(ctx.table_toks) and ctx.table_toks[-1] in GENERIC_NOUNS


def _own_sector(ctx: Ctx) -> tuple[str | None, tuple[str, ...]]:
    """The sector the table's own name and columns (and the column's own words) say with two
    distinct words or more, one of them that sector's alone; ``(None, ())`` otherwise."""
    from seedbed.generate.intent.sectors import _score, _winner

    said = _said({*ctx.table_toks, *ctx.sibling_words, *ctx.prefix, *ctx.toks})
    able = {s for s, w in said.items() if len(w) >= _WORDS and _own_word(w)}
    if not able:
        return None, ()
    scores = _score({*ctx.table_toks, *ctx.sibling_words, *ctx.prefix, *ctx.toks}, 1.0, Counter())
    top = _winner(Counter({s: v for s, v in scores.items() if s in able}), 0.0)
    return (top, tuple(sorted(said[top]))) if top else (None, ())


def table_sector(ctx: Ctx) -> tuple[str | None, str]:
    """The sector of a generic table (``generic_table``) and why: its own words' sector when they
    say one with two words and it is not the schema's (nor near it), else the schema's leading
    sector, else none."""
    from seedbed.generate.intent.sectors import _near

    lead, lead_words = schema_lead(ctx.schema_terms)
    own, own_words = _own_sector(ctx)
    if own is not None and (lead is None or not _near(own, lead)):
        return own, f"{own} said by the table itself ({', '.join(own_words)})"
    if lead is not None:
        return lead, f"{lead} led the schema ({', '.join(lead_words)})"
    return None, "no sector led the schema"


#: Heads of a classifier column whose list a generic noun chooses (``order_status``, ``job_type``,
#: ``issues.resolution``).
_CLASS_HEADS = frozenset("status state type kind category class resolution outcome result".split())
#: The state lists of generic nouns that are one sector's reading of the noun (a shop's order,
#: a software job; a ticket's open / solved / closed reads alike for any issue); ``generic``: record states.
_SECTORS_STATES = frozenset(("order", "job", "generic"))


def generic_classifier(ctx: Ctx, cand: tuple[str, dict, str]) -> tuple[str, dict, str] | None:
    """Plain labels for a classifier of a generic table that no pack claims (nor a software trade),
    where the reading was chosen by the generic noun itself and not by the leading trade's list (a
    works order's ``stage`` read as a shop's order states, a workshop's ``job_type`` as employment
    types, an organ's ``issues.resolution`` as a help desk's); None: the reading stands (a
    severity, a priority, an appointment's states, a leading trade's own list)."""
    from seedbed.generate.intent.kinds import neutral_codes
    from seedbed.generate.intent.sectors import sector

    name, params, why = cand
    if name not in ("status.state", "status.type") or not ctx.is_text or not ctx.toks \
            or "in the words of" in why or not generic_table(ctx) or ctx.pack != "generic":
        return None
    toks = ctx.toks
    before = toks[:-1]
    if toks[-1] not in _CLASS_HEADS or (before and before != ctx.table_toks[-len(before):]):
        return None  # a severity, a fuel_type: no reading of the table's noun
    if name == "status.state" and ctx.noun in _THINGS:
        return None  # a thing's status is a record's (active, archived), not a process's (completed, pending)
    if name == "status.state":
        from seedbed.generate.realistic.quantities import _NOUN_ALIASES, state_list
        from seedbed.generate.realistic.vocab import load

        noun = str(params.get("noun") or "")
        key = _NOUN_ALIASES.get(noun, noun)
        key = key if key in load("misc")["statuses"] else "generic"
        if key not in _SECTORS_STATES or state_list(noun, ctx.column.name) != load("misc")["statuses"][key]:
            return None  # an appointment's states read alike in every field; a stage is already plain
    elif ctx.noun not in toks and str(params.get("noun") or "").split("_")[0] != ctx.noun:
        return None  # a list the table's whole name chose (a maintenance request's category: trades)
    lead = sector(ctx)
    if lead == "software":  # a software team's jobs and tickets are its own
        return None
    from seedbed.generate.realistic.plainsets import plain_set

    why = f"a generic {ctx.noun}: " + (f"{lead} led the schema but lists no {' '.join(ctx.toks)}" if lead else
                                       "no sector led the schema") + ", so no one sector's list"
    plain = plain_set(" ".join(ctx.toks), 6, ctx.length)
    if plain:  # labels the planner reads too: a completion date follows 'completed'
        return "status.type", {"labels": plain}, f"plain {ctx.toks[-1]} labels ({why})"
    code = neutral_codes(ctx)[0]
    return code[0], code[1], f"{code[2]} ({why})"


def describe(schema: Schema, pack: str) -> str:
    """Which pack and which sector lead ``schema`` and from which words (``seedbed plan --explain``):
    'pack ecommerce (product, order: products, orders); sector none led', or why a pack that one
    word or generic nouns only say does not lead."""
    from seedbed.generate.intent.domain import GENERIC_NOUNS, domain_evidence
    from seedbed.generate.intent.sectors import schema_terms

    evidence = domain_evidence([t.name.name for t in schema.tables])
    if pack in evidence:
        words, tables = evidence[pack]
        said = f"pack {pack} ({', '.join(sorted(words))}: {', '.join(sorted(tables)[:4])})"
    else:
        unled = sorted(evidence.items(), key=lambda kv: (-len(kv[1][0]), kv[0]))[:2]
        why = "; ".join(f"{p}: {', '.join(sorted(w))}{' (generic nouns)' if not w - GENERIC_NOUNS else ''}"
                        for p, (w, _) in unled)
        said = f"pack {pack}" + (f" (not led by several tables with words of their own: {why})" if why else "")
    lead, words = schema_lead(schema_terms(schema))
    return f"{said}; sector {lead} led ({', '.join(words)})" if lead else f"{said}; no sector led"
