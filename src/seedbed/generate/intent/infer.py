"""``infer``: what a column means, from its name, table, type, comment and folded CHECKs.

Order of decisions:

1. Columns another generator owns (generated, identity, foreign-key columns) get no intent.
2. Enum labels and CHECK ``IN`` lists already fix the values: a status-like column gets
   ``status.mix`` (the same labels, skewed like real data), anything else keeps the typed
   generator's uniform pick.
3. Numbers and flags whose name says their scale (``numbers.number_rule``: ``is_deleted``,
   ``level``, ``duration_ms``, ``created_at bigint``) are decided first. Otherwise the head
   phrase of the column name (``matching.match``) gives candidates, best first; the
   column comment is tried next when the name says nothing (``COMMENT ON COLUMN ... 'email'``).
4. JSON columns fall back to a metadata document.

The first candidate whose generator can fill the column's type (``model.fits``) wins. A text
column whose meaningful name matched nothing gets ``text.neutral`` (a label or code faithful to
its name and width, see ``neutral``), never random words or another domain's vocabulary.

Vocabulary follows the *table's* domain (``domain.table_packs``), not only the schema's: a film
in a DVD-rental shop is titled like a film, not like the shop's newsletter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.generate.intent.attributes import attribute_rule, catalogue_rule, complete_list, listed_values
from seedbed.generate.intent.context import COMPANY_NOUNS, PERSON_NOUNS, PRODUCT_NOUNS, Ctx
from seedbed.generate.intent.corroboration import generic_classifier
from seedbed.generate.intent.domain import detect_domain, table_packs
from seedbed.generate.intent.entities import entity_text
from seedbed.generate.intent.eras import era_rule
from seedbed.generate.intent.fields import field_gate
from seedbed.generate.intent.matches import side_rule
from seedbed.generate.intent.materials import material_rule
from seedbed.generate.intent.taxa import pair_name_rule
from seedbed.generate.intent.indoor import indoor_rule
from seedbed.generate.intent.works import work_rule
from seedbed.generate.intent.neutral import neutral
from seedbed.generate.intent.computing import computing_rule
from seedbed.generate.intent.ledger import ledger_rule
from seedbed.generate.intent.makers import maker_fallback, maker_rule
from seedbed.generate.intent.numbers import number_rule
from seedbed.generate.intent.jsonintent import json_candidates
from seedbed.generate.intent.model import Intent, fits
from seedbed.generate.intent.matching import match
from seedbed.generate.intent.sectors import schema_terms, sector_company, sector_note, sector_product
from seedbed.generate.intent.tickets import ticket_money, ticket_price
from seedbed.generate.intent.orgnames import organisation_rule
from seedbed.generate.intent.trades import foreign_type, trade_kind_rule
from seedbed.generate.intent.shortcodes import letter_rule
from seedbed.generate.intent.standards import standard_rule
from seedbed.generate.intent.siblings import follow_siblings
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, Schema, Table, TypeKind

__all__ = ["infer", "schema_pack", "table_pack"]

_STATUS_WORDS = frozenset({"status", "state", "stage", "phase", "workflow", "lifecycle", "outcome", "result"})
_COMMENT_WORDS = 12  # comment words tried as a name, at most
#: A ``point`` column with one of these words holds a place (longitude, latitude), not x/y.
_PLACE_WORDS = frozenset("""coordinate coord location geo position point center centre centroid place latlng
latlon lonlat gps origin destination spot site""".split())


@lru_cache(maxsize=64)
def _pack_for(names: tuple[str, ...]) -> str:
    from seedbed.model import QualifiedName

    tables = tuple(Table(name=QualifiedName(schema="public", name=n), columns=()) for n in names)
    return detect_domain(Schema(tables=tables))


def schema_pack(schema: Schema) -> str:
    """The schema's domain pack (cached on its table names)."""
    return _pack_for(tuple(sorted(t.name.name for t in schema.tables)))


_TABLE_PACKS: dict[tuple[int, str], tuple[Schema, dict[str, str]]] = {}


def table_pack(schema: Schema, table: Table, pack: str | None = None) -> str:
    """The vocabulary ``table`` may use (``domain.table_packs``), cached per schema and pack."""
    pack = pack or schema_pack(schema)
    key = (id(schema), pack)
    hit = _TABLE_PACKS.get(key)
    if hit is None or hit[0] is not schema:
        if len(_TABLE_PACKS) > 16:
            _TABLE_PACKS.clear()
        hit = _TABLE_PACKS[key] = (schema, table_packs(schema, pack))
    return hit[1].get(table.name.name, pack)


def _schema_words(schema: Schema) -> frozenset[str]:
    """The words of ``schema``'s table names (a farm's ``fields`` and ``crops``), cached per schema."""
    hit = _SCHEMA_WORDS.get(id(schema))
    if hit is None or hit[0] is not schema:
        if len(_SCHEMA_WORDS) > 16:
            _SCHEMA_WORDS.clear()
        hit = _SCHEMA_WORDS[id(schema)] = (schema, frozenset(w for t in schema.tables for w in tokens(t.name.name)))
    return hit[1]


_SCHEMA_WORDS: dict[int, tuple[Schema, frozenset[str]]] = {}


def _reason(table: Table, column: Column, why: str) -> str:
    base = f"column '{column.name}' ({column.type.sql_name}) in {table.name}"
    return f"{base}: {why}" if why else base


def _owned_elsewhere(table: Table, column: Column) -> bool:
    if column.generated or column.identity.value or column.sequence is not None:
        return True
    return any(column.name in fk.columns for fk in table.foreign_keys)


def _labels(column: Column, domain: ColumnDomain) -> tuple[object, ...] | None:
    if domain.allowed is not None:
        return domain.allowed
    if column.type.kind is TypeKind.ENUM and column.type.enum_labels:
        return column.type.enum_labels
    return None


#: Last tokens of integers that identify or encode something: their typed values stay.
_IDENTIFYING = frozenset("id key ref number code hash checksum crc seed nonce serial sequence uid gid pid "
                         "oid xid lsn offset".split())


_NOT_MODELS = frozenset("schema migration metadata internal pghero log audit version setting".split())


@lru_cache(maxsize=16)
def _model_names(names: tuple[str, ...]) -> tuple[str, ...]:
    from seedbed.generate.intent.tokens import singular

    out = []
    for name in names:
        if set(tokens(name)) & _NOT_MODELS:
            continue
        words = [w for w in re.split(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])", name) if w]
        if words:  # active_storage_blobs -> ActiveStorageBlob (the raw words: no dictionary cut)
            words[-1] = singular(words[-1].lower())
            out.append("".join(w[:1].upper() + w[1:].lower() for w in words))
    return tuple(dict.fromkeys(out))


def _models(schema: Schema) -> tuple[str, ...]:
    """The schema's tables as model class names (``media_attachments`` -> ``MediaAttachment``): what
    a polymorphic ``*_type`` column names, the most referenced first (the generator skews to the
    front); bookkeeping tables (migrations, logs) left out."""
    refs: dict[str, int] = {}
    for t in schema.tables:
        for fk in t.foreign_keys:
            refs[fk.ref_table.name] = refs.get(fk.ref_table.name, 0) + 1
    tables = sorted((t.name.name for t in schema.tables if any(c.name == "id" for c in t.columns)),
                    key=lambda n: (-refs.get(n, 0), n))
    return _model_names(tuple(tables))


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    from seedbed.generate.realistic.vocab import load

    return frozenset(code.lower() for code, *_ in load("misc")["currencies"])


def _in_currency(ctx: Ctx) -> list:
    """A number whose name ends with a currency (``estimated_loss_usd``, ``amount_eur``): what the
    rest of the name says (a price, a cost), else an amount of money, not a number of its width."""
    if ctx.kind not in (TypeKind.NUMERIC, TypeKind.INTEGER, TypeKind.FLOAT) or len(ctx.toks) < 2 \
            or ctx.toks[-1] not in _currencies():
        return []
    bare = [c for c in match(ctx.with_toks(toks=ctx.toks[:-1])) if c[0].startswith("money.")]  # total_gbp: no count
    return bare or [("money.amount", {"noun": ctx.toks[-2]}, f"money in {ctx.toks[-1].upper()}")]


def _neutral_count(ctx: Ctx) -> tuple[str, dict, str] | None:
    """An integer with a meaningful name nothing else explained (``scrapped_qty`` aside:
    ``outs``, ``choice``, ``reorder_point``): a small skewed count, not uniform 1..1000 (issue 10,
    pattern 2). Identifiers and encodings (``*_id``, ``*_number``, ``checksum``) keep typed values."""
    col = ctx.column
    if ctx.kind is not TypeKind.INTEGER or col.type.is_array or not ctx.toks or ctx.toks[-1] in _IDENTIFYING \
            or ctx.toks[-1] in PERSON_NOUNS | COMPANY_NOUNS | PRODUCT_NOUNS:  # owner int: a reference, not a count
        return None
    if col.name.lower().endswith(("id", "ids", "no", "nr", "num")):
        return None
    return "number.count", {}, "a number of unknown meaning: a small count"


def _pack_words(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A text column with no known meaning whose head noun the table's pack has words for (a
    charity's ``skill``, an HR ``benefit``): those words, not "Skill 3"."""
    from seedbed.generate.intent.entities import pack_nouns

    if not ctx.is_text or ctx.pack == "generic" or not ctx.toks or ctx.toks[-1] not in pack_nouns(ctx.pack):
        return None
    return "entity.name", {"noun": ctx.toks[-1], "domain": ctx.pack}, f"a {ctx.toks[-1]} in {ctx.pack} words"


#: Readings of a name that a comment's examples improve on (a job title does not become "Buyer" or
#: "Sales Representative" from "such as Buyer or Sales Representative"; a category does).
_GENERIC = frozenset({"status.type", "status.mix", "status.state", "text.neutral", "text.category",
                      "commerce.category", "entity.name", "entity.text", "text.label"})


def _listed(ctx: Ctx) -> Intent | None:
    """A text column whose comment lists its values (``'staff, freelance, contractor'``) takes them,
    as a CHECK ``IN`` list would; the values that do not fit its width are left out."""
    if not ctx.is_text or ctx.column.type.is_array:
        return None
    values = [v for v in listed_values(ctx.column.comment) or () if ctx.length is None or len(v) <= ctx.length]
    if len(values) < 2:
        return None
    return Intent(name="status.type", params={"labels": values, "domain": ctx.pack},
                  reason=_reason(ctx.table, ctx.column, f"the {len(values)} values its comment lists"))


def _pair(table: Table, column: Column, kinds: tuple[TypeKind, ...]) -> dict:
    """``{"pair": ..., "role": "start" | "end"}`` when the column's name and a sibling's of the same
    kinds differ in one word that says which comes first (``opens_at`` / ``closes_at``,
    ``first_seen`` / ``last_seen``): both columns then read one per-row window, so the later one is
    never earlier. Empty when the column has no such partner."""
    from seedbed.planning.timewords import lends, name_pairs, stays

    names = [c.name for c in table.columns if c.type.kind in kinds and not c.type.is_array]
    for later, earlier, _near in name_pairs(names, lending=lends(table), staying=stays(table)):
        if column.name in (later, earlier):
            return {"pair": f"{earlier}|{later}", "role": "end" if column.name == later else "start"}
    return {}


#: Words of a pair of times of day (or its table) that last a working day: a shift, opening hours, a duty.
_WORKING_DAY = frozenset("shift shifts open opens opening close closes closing duty working work business hours "
                         "rota roster".split())


def _pair_why(params: dict) -> str:
    if not params.get("pair"):
        return ""
    earlier, later = params["pair"].split("|")
    lasts = {"day": " (4 to 12 hours: a working day)", "session": " (30 minutes to 3 hours: a session)"}
    return f", {later} after {earlier} in every row{lasts.get(params.get('span'), '')}"


def infer(schema: Schema, table: Table, column: Column, domain: ColumnDomain,
          pack: str | None = None) -> Intent | None:
    """The intent of ``column`` of ``table``, or None when nothing meaningful matches.

    Args:
        schema: the whole schema (its table names choose the domain pack).
        table: the column's table (its name and sibling columns give context).
        column: the column.
        domain: what the CHECK folder learned about the column (``ColumnDomain()`` if nothing).
        pack: the schema's domain pack when already known (detected from the table names if None).

    Returns:
        An ``Intent`` whose generator can produce values of the column's type, or None (the
        typed generator then runs).
    """
    from seedbed.generate.intent.clipnames import read_clipped
    from seedbed.generate.intent.nameparts import missing_part
    from seedbed.generate.intent.nativewords import in_language
    from seedbed.generate.intent.rowsize import row_size
    from seedbed.generate.intent.wordnet import read_through

    def read(t: Table, c: Column) -> Intent | None:
        return _held(t, c, domain, _infer(schema, t, c, domain, pack))

    listed = _labels(column, domain) is not None
    found = read_clipped(table, column, read(table, column), read, listed=listed)  # fst_nm: a first name (r45)
    found = read_through(table, column, found, read, listed=listed)  # a word no list has, through WordNet (r39)
    return row_size(table, column, in_language(column, domain, _signed(column, domain, follow_siblings(
        table, column, domain, missing_part(table, column, domain, found)))))


def _signed(column: Column, domain: ColumnDomain, found: Intent | None) -> Intent | None:
    """``found`` taking either sign where the column records a change (``delta``, ``price_change``: see
    ``changes``), else ``found`` itself."""
    from seedbed.generate.intent.changes import SHARE, signed_change

    if found is None or not signed_change(column, tokens(column.name), domain):
        return found
    return Intent(name=found.name, reason=f"{found.reason}; a change: down in {SHARE:.0%} of rows",
                  params={**(found.params or {}), "signed": SHARE})


def _held(table: Table, column: Column, domain: ColumnDomain, found: Intent | None) -> Intent | None:
    """``found``, or a count of things the row holds (a few) or a hired thing's fee (hundreds) where the name
    says so (``holdings``, r34). A CHECK's list or an owned column is left as it is."""
    from seedbed.generate.intent.holdings import held_count, hire_fee

    if domain.allowed is not None or domain.always_null or _owned_elsewhere(table, column):
        return found
    ctx = Ctx(table, column, domain, (found.params or {}).get("domain", "generic") if found else "generic", tokens(column.name))
    name, params = (found.name, dict(found.params or {})) if found else (None, None)
    got = held_count(ctx, name, params) or hire_fee(ctx, name)
    if got is None:
        return found
    params = {**got[1], "domain": (params or {}).get("domain", "generic")}
    return Intent(name=got[0], reason=_reason(table, column, got[2]), params=params)


def _own_field(ctx: Ctx, cand: tuple[str, dict, str], schema: Schema) -> tuple[str, dict, str]:
    """``cand``, or the schema's own field's words where its vocabulary is another field's (``fields``, r38)."""
    gated = field_gate(ctx, cand, tuple(t.name.name for t in schema.tables))
    if gated is None or not fits(gated[0], ctx.column.type.kind, ctx.length, array=ctx.column.type.is_array):
        return cand
    return gated[0], {**gated[1], "domain": gated[1].get("domain", ctx.pack)}, gated[2]


def _infer(schema: Schema, table: Table, column: Column, domain: ColumnDomain, pack: str | None) -> Intent | None:
    if _owned_elsewhere(table, column) or domain.always_null:
        return None
    pack = table_pack(schema, table, pack)
    ctype = column.type
    labels = _labels(column, domain)
    if labels is not None and ctype.kind in (TypeKind.INTEGER, TypeKind.BOOL) and set(labels) <= {0, 1}:
        scaled = number_rule(Ctx(table, column, domain, pack, tokens(column.name)))  # is_deleted IN (0, 1)
        if scaled is not None and scaled[0] == "number.flag":
            return Intent(name=scaled[0], reason=_reason(table, column, scaled[2]), params={**scaled[1], "domain": pack})
    if labels is not None:
        toks = set(tokens(column.name))
        if toks & _STATUS_WORDS and all(isinstance(v, str) for v in labels) and len(labels) > 1:
            noun = (tokens(table.name.name) or ("",))[-1]
            return Intent(name="status.mix", params={"noun": noun, "domain": pack},
                          reason=_reason(table, column, f"{len(labels)} allowed labels, skewed like real data"))
        from seedbed.generate.intent.sexes import sex_intent

        return sex_intent(table.name.name, column, labels, pack)  # gender IN ('M', 'F'): the row's person's (r46)
    if ctype.kind is TypeKind.ENUM:
        return None
    ctx = Ctx(table, column, domain, pack, tokens(column.name), schema_words=_schema_words(schema),
              schema_terms=schema_terms(schema))
    letter = letter_rule(ctx)  # mel_category char(1): a letter of its scale, before any list cut to one letter
    if letter is not None:
        return Intent(name=letter[0], reason=_reason(table, column, letter[2]), params={**letter[1], "domain": pack})
    std = standard_rule(ctx)  # an ISIN, an IMO number, a container's number: a real standard's shape
    if std and fits(std[0][0], ctype.kind, ctx.length, array=ctype.is_array):
        name, params, why = std[0]
        return Intent(name=name, reason=_reason(table, column, why), params={**params, "domain": pack})
    if ctype.kind in (TypeKind.TIME, TypeKind.TIMETZ) and not ctype.is_array:  # shift_start / shift_end
        params = _pair(table, column, (TypeKind.TIME, TypeKind.TIMETZ))
        if params.get("pair"):  # a shift or opening hours last a working day; a class, a slot, a session an hour or two
            words = set(tokens(params["pair"].replace("|", "_"))) | set(tokens(table.name.name))
            params = {**params, "span": "day" if words & _WORKING_DAY else "session"}
        return Intent(name="time.clock", reason=_reason(table, column, "a time of day" + _pair_why(params)),
                      params={**params, "domain": pack})
    era = era_rule(ctx) if not ctype.is_array else None  # year_built of a bus, a company's founded_date
    if era is not None:
        return Intent(name=era[0], reason=_reason(table, column, era[2]), params={**era[1], "domain": pack})
    if ctype.kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.BOOL):
        scaled = number_rule(ctx)  # a flag, a small code, a unit or an epoch wins over the phrase table
        if scaled is not None and fits(scaled[0], ctype.kind, ctx.length, array=ctype.is_array):
            name, params, why = ticket_price(ctx, scaled) or scaled  # fare_cents of a bike trip: a few euros
            if name == "time.epoch" and not params.get("future"):  # first_seen / last_seen bigint
                params = {**params, **_pair(table, column, (TypeKind.INTEGER,))}
                why += _pair_why(params)
            return Intent(name=name, reason=_reason(table, column, why), params={**params, "domain": pack})
    whole = tokens(column.name, segment=False)
    # an episode's format, a shelf location, a book's title: before the phrase table's generic readings
    cands = maker_rule(ctx) or material_rule(ctx) or pair_name_rule(ctx) or trade_kind_rule(ctx) or attribute_rule(ctx, default=False) \
        or side_rule(ctx, tuple(t.name.name for t in schema.tables)) \
        or catalogue_rule(ctx) or indoor_rule(ctx) or work_rule(ctx) or computing_rule(ctx) or ledger_rule(ctx)
    cands = cands or (match(ctx.with_toks(toks=whole)) if whole != ctx.toks else [])
    cands = cands or _in_currency(ctx) or match(ctx)  # a currency says money before the rest of the name (r50)
    named = bool(cands)  # the name itself means something (an email kept as an integer stays typed)
    listed = _listed(ctx)
    if listed is not None and (not cands or cands[0][0] in _GENERIC or complete_list(column.comment or "")):
        return listed  # the comment's values; its examples only beat a generic reading of the name
    if not cands and column.comment:
        words = "_".join(column.comment.split()[:_COMMENT_WORDS])
        ctx_c = ctx.with_toks(toks=tokens(words))
        cands = [(n, p, f"column comment: {column.comment[:40]!r}") for n, p, _ in match(ctx_c)]
    if ctype.kind is TypeKind.POINT and not ctype.is_array and set(ctx.toks) & _PLACE_WORDS:
        cands = [("geo.point", {}, "a place on the map: (longitude, latitude)")]
    if ctype.kind in (TypeKind.JSON, TypeKind.JSONB):
        cands = json_candidates(schema, ctx, cands)
    length = ctx.length
    for name, params, why in cands:
        if fits(name, ctype.kind, length, array=ctype.is_array):
            own = generic_classifier(ctx, (name, params, why)) or foreign_type(ctx, (name, params, why)) \
                or organisation_rule(ctx, (name, params, why)) or entity_text(
                ctx, (name, params, why), tuple(t.name.name for t in schema.tables), schema_pack(schema))
            own = own or ticket_price(ctx, (name, params, why)) \
                or sector_company(ctx, (name, params, why)) or sector_product(ctx, (name, params, why)) \
                or sector_note(ctx, (name, params, why))
            name, params, why = own or (name, params, why)
            name, params, why = maker_fallback(ctx, (name, params, why)) or (name, params, why)  # a loom's make
            name, params, why = _own_field(ctx, (name, params, why), schema)
            params = dict(params)
            params.setdefault("domain", pack)
            if params.pop("polymorphic", False):  # commentable_type: a model of this schema (Status, Account)
                params["classes"] = list(_models(schema))
            return Intent(name=name, reason=_reason(table, column, why), params=params)
    # nothing known, or nothing that fills an array: labels from the name; an integer whose candidates
    # (from its comment, say) fit no integer: a small count
    found = _pack_words(ctx) if not cands else None  # a volunteer's skill: the table's pack has words for it
    found = found or (neutral(ctx) if not cands or ctype.is_array else None)
    if not found and not named:  # a number of no known meaning: a modest measurement, not 0..999.99 (r29)
        from seedbed.generate.intent.plainnumbers import neutral_number

        found = _neutral_count(ctx) or ticket_money(ctx) or neutral_number(ctx)
    if found is not None and found[0] in ("text.neutral", "status.type"):
        found = foreign_type(ctx, found) or organisation_rule(ctx, found) or found  # a yard's position: no goalie
        found = maker_fallback(ctx, found) or found  # a loom's make: no car maker (r48)
        found = entity_text(ctx, found, tuple(t.name.name for t in schema.tables), schema_pack(schema)) or found
    if found is None:  # n_pages BETWEEN 1 AND 500: a few dozen, not uniform over the range
        from seedbed.generate.intent.plainnumbers import check_range

        found = check_range(ctx)
    if found is not None:
        name, params, why = _own_field(ctx, found, schema)
        return Intent(name=name, reason=_reason(table, column, why), params=params)
    return None
