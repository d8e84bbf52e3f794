"""Resolvers of codes and numbers kept as text or integers (``*_code``, ISO codes, ``*_number``,
payment and member cards, document numbers); re-exported by ``resolvers`` for the rule table."""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.records import catalog_code_rule, record_number_rule, record_prefix
from seedbed.generate.intent.places import country_rule
from seedbed.generate.intent.resolvers import Cand, cands, phone_rule, stats_table

__all__ = ["CODE_KINDS", "ONE_TIME", "code_rule", "iso_rule", "number_rule"]


#: Qualifiers of a ``*_code`` whose kind of code is known (``country_code``, ``airport_code``).
CODE_KINDS = {"country": "address.country_code", "currency": "money.currency", "language": "locale.language",
              "locale": "locale.code", "postal": "address.postal_code", "state": "address.region_code",
              "province": "address.region_code", "region": "address.region_code", "product": "commerce.sku",
              "item": "commerce.sku", "style": "commerce.sku", "coupon": "commerce.coupon",
              "promo": "commerce.coupon", "voucher": "commerce.coupon", "discount": "commerce.coupon",
              "airport": "travel.airport_code", "iata": "travel.airport_code", "aircraft": "travel.aircraft_code",
              "color": "commerce.color",
              "swift": "money.bic", "bic": "money.bic", "tracking": "id.tracking", "ean": "commerce.ean13",
              "unit": "commerce.unit", "measure": "commerce.unit", "culture": "locale.code",
              "timezone": "locale.timezone", "mcc": "money.mcc", "sort": "money.sort_code"}

#: Tables whose own ``code`` is a coupon code (``SPRING20``), not a record number.
_OFFERS = frozenset("promotion promo coupon voucher discount offer deal campaign".split())


def code_rule(ctx: Ctx) -> list[Cand]:
    """``*_code``: country, currency, postal, SKU, coupon, one-time codes, else a short code."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    table = CODE_KINDS
    if q in _ISO_HEADS or (not q and ctx.noun in _ISO_NOUNS):  # languages.code, currencies.iso_code
        found = iso_rule(ctx)
        if found:
            return found
    about = ctx.noun in ("country", "nation") or ({"country", "nation"} & set(ctx.table_toks) and ctx.length in (2, 3))
    if "country" in ctx.prefix or (about and q in ("", "iso", "iso2", "iso3", "alpha", "alpha2", "alpha3")):
        # country.code, countryregioncode, nations.iso_code
        return country_rule(ctx) if ctx.length in (2, 3) else cands("address.country_code", "a country's code")
    clinical = {"icd": "icd10", "diagnosis": "icd10", "dx": "icd10", "cpt": "cpt", "procedure": "cpt", "hcpc": "hcpcs",
                "hcpcs": "hcpcs"}
    if q == "loinc" or (not q and ctx.noun == "loinc"):  # loinc_code: 2345-7
        return cands("clinical.loinc", "a LOINC code")
    if q in clinical:  # icd10_code: E11.9, cpt_code: 99213
        return cands("status.type", f"a {clinical[q].upper()} code", noun=clinical[q])
    if q in table:
        return cands(table[q], f"'{q} code'")
    if not q and ctx.noun in _OFFERS:  # promotions.code: what a customer types at checkout
        return cands("commerce.coupon", f"the code of a {ctx.noun}")
    if q in ONE_TIME:
        return cands("security.code", f"'{q} code' is a one-time code")
    if q in ("ref", "reference") and ctx.is_text and (ctx.length is None or ctx.length >= 6):
        # a reference code of nothing named: a neutral reference (KX482193), not RFR-127537 (r47)
        return cands("id.reference", "a reference of nothing named: letters and digits", shape="reference")
    from seedbed.generate.intent.indoor import store_place_code

    return store_place_code(ctx, q) or catalog_code_rule(ctx) or cands("id.code", "", noun=q or ctx.noun)


#: Qualifiers of a one-time code (``verification_code``, ``otp_code``).
ONE_TIME = frozenset("""verification confirmation auth authorization access invite invitation otp recovery backup
reset activation security pin sms challenge user device enrollment approval signup""".split())
_ISO_HEADS = frozenset("iso iso2 iso3 alpha alpha2 alpha3 iso639 iso4217".split())
_ISO_NOUNS = {"language": "locale.language", "lang": "locale.language", "currency": "money.currency"}


def iso_rule(ctx: Ctx) -> list[Cand]:
    """``iso2``, ``alpha3``, ``iso_code``, or a bare ``code`` of a languages or currencies table: the
    ISO code of what the table is about (a language's ISO 639, a currency's ISO 4217, a country's
    ISO 3166 code); nothing when the table is about none of them."""
    words = set(ctx.prefix) | {ctx.noun}
    for noun, name in _ISO_NOUNS.items():
        if noun in words:
            return cands(name, f"the ISO code of a {noun}", code=True)
    if words & {"country", "nation"} or (ctx.length in (2, 3) and set(ctx.table_toks) & {"country", "nation"}):
        return country_rule(ctx)
    return []


#: Documents known by a number of their own (``invoice_number``, or a bare ``number`` of an invoice).
_DOCUMENTS = frozenset("""invoice order receipt ticket po quote quotation reference confirmation booking contract
policy claim case document purchase bill credit estimate shipment statement voucher requisition""".split())


def number_rule(ctx: Ctx) -> list[Cand]:
    """``*_number`` / ``*_no``: phones, cards, accounts, document numbers, counts, ids."""
    q = ctx.prefix
    last = q[-1] if q else ""
    if last in ("phone", "mobile", "cell", "fax", "contact", "telephone"):
        return phone_rule(ctx)
    if last == "card" or "credit" in q:
        if not _payment_card(ctx):  # a library, loyalty or membership card: digits of its width
            fixed = ctx.column.type.fixed_length and ctx.length is not None
            width = ctx.length if fixed else min(ctx.length or 12, 12)
            return cands("id.number", "a card that pays nothing: a member number", width=width)
        return cands("money.card_number")
    if last in ("account", "acct", "bank") or "account" in q:
        return cands("money.account_number")
    if last == "sort":  # a UK sort code: 12-34-56
        return cands("money.sort_code", "a bank's sort code")
    if last == "vat" or q[-2:] == ("vat", "registration"):  # vat_no: GB123456789, not VAT-665333
        return cands("id.vat", "a VAT number of the row's country")
    if last in ("routing", "sort"):
        return cands("money.account_number", "", routing=True)
    if last in ("street", "house", "building"):
        return cands("address.building_number")
    if last == "tracking":
        return cands("id.tracking")
    if last == "flight":
        return cands("travel.flight_number")
    if last == "seat":
        return cands("travel.seat")
    from seedbed.generate.intent.refshapes import FILES, identity_paper

    if ctx.is_text and (ctx.length or 9) >= 6 and identity_paper(q):  # id_doc_no: K48219375, not ID-2024-665223
        return cands("id.reference", "the number of an identity document: a letter and digits", shape="document")
    if ctx.is_text and (ctx.length or 11) >= 8 and last in FILES:  # docket_no: 2019/048213
        return cands("id.reference", "a file's number: a year and a sequence", shape="register")
    if last in _DOCUMENTS:
        prefix = record_prefix(q) if last == "order" and len(q) >= 2 else None
        return cands("id.document_number", f"'{last} number'", noun=last, **({"prefix": prefix} if prefix else {}))
    if not q and ctx.is_text and ctx.noun in _DOCUMENTS:  # invoices.number: 'INV-2024-000123', not '680'
        return cands("id.document_number", f"the number of a {ctx.noun}", noun=ctx.noun)
    if last in ("serial", "part", "model", "product", "item"):
        return cands("commerce.sku", f"'{last} number'") if last != "serial" else \
            cands("id.code", "a serial number", noun="serial")
    if last in ("national", "id", "tax", "passport", "license", "licence", "social", "vat", "insurance"):
        return cands("id.code", f"'{last} number'", noun=last)
    if (ctx.numeric or stats_table(ctx)) and q:
        return cands("number.count", "number of ...")
    found = record_number_rule(ctx, q)
    if found:
        return found
    if ctx.is_text and not ctx.column.type.fixed_length and (ctx.length or 0) >= 6:  # affiliation_no varchar(12)
        return cands("id.number", "a registration number of a plausible width", noun=last or ctx.noun,
                     width=min(ctx.length or 7, 7))
    return cands("id.number", "", noun=last or ctx.noun)


#: Words that make a ``card_number`` a member's card, not a payment card.
_MEMBER_CARDS = frozenset("""member membership library loyalty reward rewards patron student club access id key
transit fidelity bonus staff employee badge borrower reader library_card""".split())


_PAYMENT_SIBLINGS = frozenset("expiry expiration exp cvv cvc brand holder last4 billing payment issuer network".split())


def _payment_card(ctx: Ctx) -> bool:
    """Whether a ``*card_number`` is a payment card: not when a member word qualifies it
    (``library_card_number``), a fixed width no card number has (``card_number char(12)``), or a
    unique constraint without payment siblings makes it the holder's identifier."""
    q = set(ctx.prefix)
    if q & {"credit", "debit", "payment", "bank"}:
        return True
    if q & _MEMBER_CARDS:
        return False
    if ctx.column.type.fixed_length and ctx.length is not None and not 13 <= ctx.length <= 19:
        return False
    # a payment card is stored next to its expiry, brand or holder; one that is unique without them
    # identifies the row's holder (a patron's card), which a payment card number never does
    unique = any(k.columns == (ctx.column.name,) for k in ctx.table.uniques) or (
        ctx.table.primary_key is not None and ctx.table.primary_key.columns == (ctx.column.name,))
    return not unique or bool(ctx.sibling_words & _PAYMENT_SIBLINGS)
