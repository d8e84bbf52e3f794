"""What a JSON column holds, decided with the whole schema (issue 10, round 4): contact data,
a name per language, a document shape, and the hints its declaration and name add.

``json_candidates`` narrows the phrase table's candidates for a json/jsonb column: contact data
(``contact``), translations of the table's name (``translations``, ``title_i18n``), a document
the rules chose (``settings``), a text value kept per language when the name is name-like
(``airport_name``, ``city``, not a device's ``state``), else a metadata document. Every
``tech.json`` candidate carries ``_json_hints``: the container a DEFAULT or CHECK declares and,
for a plural noun, the intent of its items (``photos`` -> image URLs).
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.neutral import neutral
from seedbed.generate.intent.records import GOODS_CERTIFICATES
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, ColumnType, Schema, Table, TypeKind

__all__ = ["json_candidates"]


def json_candidates(schema: Schema, ctx: Ctx, cands: list) -> list:
    """The candidates of a JSON column (see the module docstring)."""
    found = _json_contact(ctx) or _json_certificate(ctx) or _json_translations(schema, ctx) or [c for c in cands if c[0] == "tech.json"] \
        or _json_fields(ctx, cands, ctx.pack) or [("tech.json", {"shape": "metadata"}, "a JSON document")]
    hints = _json_hints(schema, ctx.table, ctx.column, ctx.pack)
    return [(n, {**p, **hints} if n == "tech.json" else p, w) for n, p, w in found]


#: Text intents a JSON column may hold per language (``{"en": "Boeing 777-300"}``).
_TRANSLATABLE = ("entity.name", "entity.text", "text.title", "text.description", "text.label", "text.category", "commerce.brand",
                 "address.city", "address.country", "address.region", "company.name", "commerce.product_name",
                 "commerce.category", "text.sentence", "text.neutral", "status.type", "locale.language")


def _json_contact(ctx: Ctx) -> list:
    """Contact data kept as JSON: the row's email and phone."""
    if "contact" not in ctx.toks:
        return []
    return [("tech.json", {"shape": "fields", "fields": [["email", "internet.email", {}], ["phone", "phone.e164", {}]]},
             "contact details")]


_CERT_STANDARDS = ["EN 10204 3.1", "EN 10204 3.1", "EN 10204 2.2", "EN 10204 2.1", "ISO 9001", "AS9100", "IATF 16949"]


def _json_certificate(ctx: Ctx) -> list:
    """``cert_of_conformance`` / ``coa`` / ``mill_certificate``: what the certificate says (its
    standard, number, issuer and heat or batch), not a webhook payload."""
    words = set(ctx.toks)
    if not words & GOODS_CERTIFICATES or not words & {"cert", "certificate", "coc", "coa"}:
        return []
    return [("tech.json", {"shape": "fields", "fields": [
        ["standard", "status.type", {"labels": _CERT_STANDARDS}],
        ["certificate_no", "id.document_number", {"noun": "certificate", "prefix": "CERT"}],
        ["issued_by", "company.name", {}],
        ["heat_no", "id.document_number", {"noun": "heat", "prefix": "H"}]]}, "a certificate for goods")]


_I18N = frozenset("translation translations i18n l10n localized localised translated localization".split())


def _json_translations(schema: Schema, ctx: Ctx) -> list:
    """``translations`` / ``name_translations`` / ``title_i18n``: the table's name (or the named
    text) per language."""
    raw = ctx.column.name.lower()
    coded = "i18n" in raw or "l10n" in raw  # tokens split them into letters: title_i18n -> title, i, n
    if not (set(ctx.toks) & _I18N or coded):
        return []
    words = [t for t in ctx.toks if t not in _I18N and not (coded and t in ("i", "l", "n"))] or ["name"]
    one = Column(name="_".join(words), type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
    from seedbed.generate.intent.infer import infer

    text = infer(schema, ctx.table, one, ColumnDomain(), ctx.pack)
    if text is None or text.name not in _TRANSLATABLE:
        return []
    return [("tech.json", {"shape": "fields", "i18n": True, "fields": [["en", text.name, dict(text.params)]]},
             f"a {text.name} per language")]


def _json_fields(ctx: Ctx, cands: list, pack: str) -> list:
    """A JSON column whose name means a text value (``airport_name``, ``city``, ``model``): that
    value per language (``{"en": ...}``). Empty when the name means no text value, or names no
    text of the kind kept per language (a device's ``state`` is not a region)."""
    from seedbed.generate.realistic.jsondocs import NAME_LIKE

    if not set(ctx.toks) & NAME_LIKE:
        return []
    text = [c for c in cands if c[0] in _TRANSLATABLE]
    if not text:
        found = neutral(ctx) if not cands else None
        text = [found] if found and found[0] in _TRANSLATABLE else []
    if not text:
        return []
    name, params, _why = text[0]
    return [("tech.json", {"shape": "fields", "fields": [["en", name, {**params, "domain": pack}]]},
             f"a {name} kept per language")]


#: Item intents that say nothing about the items (neutral labels come from the noun itself).
_NO_ITEM = ("tech.json", "text.neutral")


def _json_hints(schema: Schema, table: Table, column: Column, pack: str) -> dict:
    """What a JSON column's declaration and plural name add: ``container`` (``"array"`` from a
    ``DEFAULT '[]'`` or a ``jsonb_typeof`` CHECK), and for a plural noun (``photos``,
    ``social_links``) the noun and the intent its items have as a text column (``item``)."""
    from seedbed.generate.intent.infer import infer
    from seedbed.generate.realistic.jsonitems import declared_container, plural_noun

    hints: dict = {}
    container = declared_container(table, column)
    if container:
        hints["container"] = container
    noun = plural_noun(column.name)
    if noun or container == "array":
        words = "_".join(tokens(column.name)) or "item"
        one = Column(name=words, type=ColumnType(kind=TypeKind.TEXT, sql_name="text"), nullable=False)
        item = infer(schema, table, one, ColumnDomain(), pack)
        hints["noun"] = noun or words
        if item is not None and not item.name.startswith(_NO_ITEM):
            hints["item"] = [item.name, dict(item.params)]
    return hints
