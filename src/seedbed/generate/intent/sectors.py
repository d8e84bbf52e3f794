"""The sector of work a table belongs to, scored from every name the schema uses (issue 10, round 8, r22).

A list chosen by one token without its context comes from the wrong trade: a fish farm's
``harvests.commodity`` read as wheat because of ``harvest``, a fish farm's ``machine_type`` as CNC
lathes, a nursery's ``subcontractors`` named like IT firms. ``data/vocab/sectors.json`` lists the
words of each sector (farm, livestock, aquaculture, nursery, forestry, building site, factory,
laboratory, clinic, vet); a table's sector is scored from its own name, its column names and its
parents' names, then the schema's every table, column and CHECK / enum label, a word shared by k
sectors counting 1/k to each. Only a clear winner counts (``sector``).

What it decides:

* ``fits``: whether a list written for one sector (a kinds.json context, an entry marked with a
  ``sector``) may serve the column: not when the table's sector is another one, unrelated, and the
  list's own sector has little evidence in the schema;
* ``pick``: among a head's contexts, those whose words the column's names hit (nearest group
  first), one of the table's sector breaking the tie; none hit: a context of the table's sector;
* ``sector_company`` / ``sector_product`` / ``sector_attribute``: companies named for the trade and
  role they play there (a farm's buyer is a grain merchant), what a trade's supplier sells, a
  site's delivery note.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.domain import GENERIC_NOUNS
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Schema

__all__ = ["evidence", "fits", "sectors_of", "pick", "schema_terms", "sector", "sector_attribute", "sector_company", "sector_note",
           "sector_product", "words_sector"]

Cand = tuple[str, dict, str]

#: Evidence a sector needs to be the table's, and how far ahead of the next it must be.
_MIN_SCORE = 4.0
_LEAD = 1.5
#: A list's sector that has less than this share of the winner's evidence is another trade's.
_FOREIGN = 0.5
#: Share of a list's context words that must be of one sector for the list to be that sector's.
_SHARE = 1 / 3
#: Weights of the places a word is found: the table's name, its columns, its parents, the schema.
_W_TABLE, _W_COLUMNS, _W_PARENTS, _W_SCHEMA = 2.0, 1.0, 1.0, 1.0


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """``sectors.json``, its sectors joined by the trades of ``trades.json`` (r26: ports, rail, courts,
    charities ...: their words say the schema's trade; their lists are ``intent/trades.py``'s)."""
    from seedbed.generate.realistic.vocab import load

    data = load("sectors")
    trades = {k: {"words": v["words"], "near": v.get("near", "")} for k, v in load("trades")["trades"].items()}
    return {**data, "sectors": {**data["sectors"], **trades}}


@lru_cache(maxsize=1)
def _word_sectors() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, sec in _data()["sectors"].items():
        for w in sec["words"].split():
            out.setdefault(w, []).append(name)
    return {w: tuple(s) for w, s in out.items()}


def sectors_of(word: str) -> tuple[frozenset[str], ...]:
    """The words of every sector (and trade) whose words hold ``word``: a trade's words said together ("vehicle",
    "fleet" and "odometer" are a transit operator's), for a reader that weighs what a table's columns say."""
    return tuple(frozenset(sec["words"].split()) for name in _word_sectors().get(word, ())
                 for sec in (_data()["sectors"][name],))


def _score(words: Iterable[str], weight: float, into: Counter[str]) -> Counter[str]:
    table = _word_sectors()
    for w in sorted(words):  # in one order whatever the set's: a float sum and a tie must not follow the hash seed
        for s in table.get(w, ()):
            into[s] += weight / len(table[w])
    return into


def _near(a: str, b: str) -> bool:
    secs = _data()["sectors"]
    return a == b or b in secs.get(a, {}).get("near", "").split() or a in secs.get(b, {}).get("near", "").split()


def _winner(scores: Counter[str], minimum: float) -> str | None:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:2]  # a tie goes by name, not by insertion
    if not ranked or ranked[0][1] < minimum:
        return None
    second = ranked[1][1] if len(ranked) > 1 and not _near(ranked[0][0], ranked[1][0]) else 0.0
    return ranked[0][0] if ranked[0][1] >= _LEAD * second else None


_TERMS: dict[int, tuple[Schema, tuple[str, ...]]] = {}


def schema_terms(schema: Schema) -> tuple[str, ...]:
    """Every word ``schema`` names: each table's name words (once per table: three tables of
    recipes say more than one), then, once each, its column names, enum labels and CHECK literals."""
    import re

    hit = _TERMS.get(id(schema))
    if hit is None or hit[0] is not schema:
        named: list[str] = []
        words: set[str] = set()
        for t in schema.tables:
            named.extend(tokens(t.name.name))
            for c in t.columns:
                words.update(tokens(c.name))
                for label in c.type.enum_labels:
                    words.update(tokens(label))
            for check in t.checks:
                for literal in re.findall(r"'([^']{1,40})'", check.expression):
                    words.update(tokens(literal))
        if len(_TERMS) > 16:
            _TERMS.clear()
        hit = _TERMS[id(schema)] = (schema, (*named, *sorted(words)))
        from seedbed.generate.intent.corroboration import register_tables

        register_tables(schema, hit[1])
    return hit[1]


def scores(ctx: Ctx) -> Counter[str]:
    """Each sector's evidence around ``ctx``'s column (its table, columns, parents and schema)."""
    got: Counter[str] = Counter()
    _score(ctx.table_toks, _W_TABLE, got)
    _score(ctx.sibling_words | set(ctx.prefix), _W_COLUMNS, got)
    _score({w for fk in ctx.table.foreign_keys for w in tokens(fk.ref_table.name)}, _W_PARENTS, got)
    got.update(_schema_scores(ctx.schema_terms or tuple(ctx.schema_words)))
    return got


_SCORED: dict[int, tuple[tuple[str, ...], Counter[str]]] = {}


def _schema_scores(terms: tuple[str, ...]) -> Counter[str]:
    """The schema's share of the evidence, scored once per schema (a column asks many times)."""
    hit = _SCORED.get(id(terms))
    if hit is None or hit[0] is not terms:
        if len(_SCORED) > 16:
            _SCORED.clear()
        hit = _SCORED[id(terms)] = (terms, _score(terms, _W_SCHEMA, Counter()))
    return hit[1]


def sector(ctx: Ctx) -> str | None:
    """The sector ``ctx``'s table belongs to, or None when no sector clearly leads. A sector only one
    word says leads nothing (r26: a schema of ``cranes`` names no building site, however often it
    says crane; a tennis club's ``courts`` are no court service's): the others are weighed without it.
    A table of a generic noun (a translation agency's ``qa_issues``, a herbarium's ``loans``) takes
    the schema's leading sector unless its own words say another (``corroboration``, r32)."""
    from seedbed.generate.intent.corroboration import generic_table, table_sector

    if ctx.schema_terms and generic_table(ctx):
        got, why = table_sector(ctx)
        if got is not None or not why.startswith("no sector"):
            return got
        local = _local(ctx)  # nothing leads the schema: a sector the table's own words back (a freight
        own = {*ctx.table_toks[:-1], *ctx.sibling_words, *ctx.prefix, *ctx.toks}  # booking's vessel)
        return local if local is not None and evidence(ctx, local) & own else None
    return _local(ctx)


def _local(ctx: Ctx) -> str | None:
    table, named = _word_sectors(), Counter()
    for w in _words(ctx):
        named.update(table.get(w, ()))
    return _winner(Counter({s: v for s, v in scores(ctx).items() if named[s] >= _WORDS}), _MIN_SCORE)


#: Distinct words a sector needs to lead (r26).
_WORDS = 2


def evidence(ctx: Ctx, name: str) -> set[str]:
    """The distinct words around ``ctx``'s column (its table, columns, parents, the schema) that say
    sector ``name``."""
    table = _word_sectors()
    return {w for w in _words(ctx) if name in table.get(w, ())}


def _words(ctx: Ctx) -> set[str]:
    return {*ctx.table_toks, *ctx.sibling_words, *ctx.prefix, *ctx.toks,
            *(w for fk in ctx.table.foreign_keys for w in tokens(fk.ref_table.name)),
            *(ctx.schema_terms or ctx.schema_words)}


def words_sector(words: Iterable[str]) -> str | None:
    """The sector a list's context words name (``fish fishery aquaculture``), or None when they are
    of no one sector (``trade futures price market``) or name it only in passing (a list of the
    condition of items, books, instruments and specimens is no laboratory's)."""
    words = list(words)
    return _winner(_score(words, 1.0, Counter()), max(1.5, len(words) * _SHARE))


def fits(ctx: Ctx, list_sector: str | None) -> bool:
    """Whether a list of ``list_sector`` may serve ``ctx``'s column: always when it has no sector or
    the table none; else when the sectors are the same or near, or the schema says the list's too."""
    if not list_sector:
        return True
    got = scores(ctx)
    top = sector(ctx)
    return top is None or _near(top, list_sector) or got[list_sector] >= _FOREIGN * got[top]


def pick(ctx: Ctx, contexts: Iterable[dict], groups: list[set[str]], table_scoped: int = 2) -> dict | None:
    """The context of a head that serves ``ctx``'s column: of those whose words a group hits (the
    nearest group first), one of the table's sector first, else the first written; where no group
    hits, one of the table's sector. A context of another sector never serves. ``table_scoped``:
    how many groups a context of ``scope: table`` reads."""
    top = sector(ctx)
    best: tuple[int, int, int] | None = None
    chosen = None
    for order, entry in enumerate(contexts):
        own = words_sector(entry["when"])
        if not fits(ctx, own):
            continue
        hit = next((i for i, words in enumerate(groups) if words & set(entry["when"])
                    and (i < table_scoped or entry.get("scope") != "table")), None)
        if own and top is None and not (evidence(ctx, own) | set().union(*groups) & set(entry["when"])) - GENERIC_NOUNS:
            continue  # r38: a sector's list needs a word of its own around the column (a visit is no clinic's)
        if hit is None and (top is None or own != top):
            continue
        rank = (hit if hit is not None else len(groups), 0 if top and own == top else 1, order)
        if best is None or rank < best:
            best, chosen = rank, entry
    return chosen


def _role(ctx: Ctx) -> str:
    roles = _data()["roles"]
    words = [*ctx.prefix, *ctx.toks, *reversed(ctx.table_toks)]
    for w in words:
        for role, cue in roles.items():
            if w in cue.split():
                return role
    return "any"


#: First words of a column holding the name of its own table's organisation.
_ORG = frozenset("company business firm organization organisation trading legal".split())


def _own_name(ctx: Ctx) -> bool:
    """Whether the column is the name of the organisation its table holds (``hatcheries.company_name``)."""
    return ctx.toks[-1] == "name" and not ctx.person_table and (
        len(ctx.toks) == 1 or ctx.toks[0] in _ORG or ctx.toks[:-1] == ctx.table_toks[-len(ctx.toks) + 1:])


def sector_company(ctx: Ctx, cand: Cand) -> Cand | None:
    """A company of the table's trade for a company's name (``buyers.company_name`` of a fish farm:
    'Harbour Seafoods'), by the role the table or column gives it; None outside a known trade."""
    if cand[0] != "company.name" or not ctx.is_text or (ctx.length is not None and ctx.length < 12):
        return None
    top = sector(ctx)
    if top is None:
        return None
    companies = _data()["sectors"][top].get("companies", {})
    role = _role(ctx)
    if role == "any" and not _own_name(ctx):
        return None  # a patient's employer, a lead's company: any company, not one of the trade
    trades = companies.get(role) or companies.get("any")
    if not trades:
        return None
    return "company.trade", {"trades": list(trades)}, f"a {role if role != 'any' else 'company'} in {top}"


def sector_product(ctx: Ctx, cand: Cand) -> Cand | None:
    """What the trade's suppliers sell for a product's name in a trade's schema (a fish farm's feed,
    a nursery's compost), not a consumer shop's catalogue; None elsewhere."""
    if cand[0] != "commerce.product_name" or not ctx.is_text:
        return None
    top = sector(ctx)
    sec = _data()["sectors"].get(top or "", {})
    if not sec.get("trade") or not sec.get("products"):
        return None
    labels = [p for p in sec["products"] if ctx.length is None or len(p) <= ctx.length]
    if len(labels) < 2:
        return None
    return "entity.text", {"role": "category", "labels": labels}, f"a product a supplier sells in {top}"


def sector_attribute(ctx: Ctx, key: str) -> list[str] | None:
    """The trade's own list of an attribute family (a building site's delivery notes, not a
    courier's doorstep notes), or None: the family's usual list."""
    from seedbed.generate.realistic.vocab import load

    by_sector = _data()["attributes"].get(load("entities")["attribute_aliases"].get(key, key))
    top = sector(ctx) if by_sector else None
    if top is None or not _data()["sectors"][top].get("trade"):
        return None
    return by_sector.get(top) or by_sector.get("trade")


#: Tables whose free text is a person's message, not a record's note.
_SAID = frozenset("comment post message reply review thread feedback chat conversation forum note".split())


def sector_note(ctx: Ctx, cand: Cand) -> Cand | None:
    """A trade's field note for a plain free-text note or comment of one of its record tables (a pen's
    log: 'Lice count above trigger level'), not a forum's 'Love this.'; None for a table of
    messages, or a table the trade's words do not reach (a fish farm's buyers)."""
    if cand[0] not in ("text.note", "text.comment") or not ctx.is_text or set(ctx.table_toks) & _SAID \
            or ctx.prefix:  # a prep_note, a delivery_comment: a note of something in particular
        return None
    top = sector(ctx)
    notes = _data()["attributes"]["field_note"].get(top or "")
    if not notes:
        return None
    local = _score({*ctx.table_toks, *ctx.sibling_words,
                    *(w for fk in ctx.table.foreign_keys for w in tokens(fk.ref_table.name))}, 1.0, Counter())
    labels = [n for n in notes if ctx.length is None or len(n) <= ctx.length]
    if local[top] <= 0 or len(labels) < 2:
        return None
    return "entity.text", {"role": "category", "labels": labels}, f"a note of a record in {top}"
