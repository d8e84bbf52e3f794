"""Record numbers: a text ``*_number`` / ``*_no`` that numbers a record of the business
(``wo_number``, ``lot_no``, ``ncr_number``, ``maintenance_order_no``) reads as one
(``WO-2024-000182``, ``LOT-2023-000447``), a holder's number (``badge_no``) as digits of a fixed
width (``480213``); a bare lot or batch column (``supplier_lot``) is such a record number too.
Issue 10: these were plain counters (``182``, ``80``) or neutral labels (``Supplier lot 26``).
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["asset_tag_rule", "catalog_code_rule", "certificate_rule", "document_head_rule", "document_ref_rule", "lot_rule",
           "record_number_rule", "record_prefix"]

#: Whose number identifies a person or member: fixed-width digits, no prefix.
_HOLDERS = frozenset("""badge employee emp member staff student patient customer client personnel payroll
membership registration enrollment enrolment roll pupil player driver worker operator agent""".split())
#: Numbers that are counts, places or versions, not records: left to the plain number.
_PLAIN = frozenset("""version build release revision rev sequence seq line page step room floor unit apartment apt
suite gate platform table box locker bay dock slot lane pin port phase stage round lap position rank level
size count total index""".split())
_VOWELS = frozenset("aeiou")
#: Records of goods and work numbered with their kind's letters (an abbreviation such as ``wo``, ``ncr``,
#: ``rma`` counts too): LOT-2024-000733, WO-2025-000149.
_RECORDS = frozenset("""lot batch job run shipment delivery consignment transfer requisition receipt return
work order pallet container heat kanban""".split())


def record_prefix(words: tuple[str, ...] | list[str]) -> str:
    """The letters a record number starts with: an abbreviation as it is (``wo`` -> ``WO``), a short
    word whole (``lot`` -> ``LOT``), a long one by its consonants (``shipment`` -> ``SHP``), two words
    by their initials (``work order`` -> ``WO``)."""
    words = [w for w in words if w.isalpha()]
    if not words:
        return "DOC"
    if len(words) >= 2:
        return "".join(w[0] for w in words[-2:]).upper()
    w = words[0]
    if len(w) <= 5:
        return w.upper()
    return (w[0] + "".join(ch for ch in w[1:] if ch not in _VOWELS)[:2]).upper()


def record_number_rule(ctx: Ctx, q: tuple[str, ...] | list[str]) -> list[tuple[str, dict, str]]:
    """A text ``X_number`` no other rule knew: a holder's fixed-width digits, or a record number
    prefixed by X; nothing for counts, places and versions (``room_no``, ``build_number``)."""
    if not ctx.is_text or not q or q[-1] in _PLAIN:
        return []
    last = q[-1]
    if last in _HOLDERS:
        width = max(4, min(ctx.length or 6, 6))
        return [("id.number", {"width": width}, f"a {last}'s number: {width} digits")]
    if last not in _RECORDS and not (len(last) <= 3 and last.isalpha()):
        return []  # a charter's or a permit's number: digits of a plausible width (resolvers.number_rule)
    prefix = record_prefix(q)
    if ctx.length is not None and ctx.length < len(prefix) + 6:  # no room for the prefix and six digits
        return []
    return [("id.document_number", {"noun": last, "prefix": prefix}, f"'{last} number': {prefix}-...")]


def lot_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``lot`` / ``batch`` as a text column's head (``supplier_lot``, ``heat_batch``): its lot number."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 6):
        return []
    last = ctx.toks[-1]
    return [("id.document_number", {"noun": last, "prefix": record_prefix([last])}, f"a {last} number")]


#: Documents a text ``*_ref`` / ``*_id`` may point at by their number (``customer_order_ref``, ``po_ref``).
_DOCUMENTS = frozenset("""order invoice po purchase quote quotation contract booking claim ticket receipt shipment delivery
rma ncr requisition bill payment refund remittance policy case""".split())


def document_ref_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """A text reference to a business document (``customer_order_ref``, ``po_ref``, ``invoice_id
    varchar``) is that document's number (``CO-2024-000123``), not an opaque token."""
    q = ctx.prefix
    if not ctx.is_text or not q or q[-1] not in _DOCUMENTS or (ctx.length is not None and ctx.length < 6):
        return []
    if q[-1] == "order" and len(q) >= 2:  # customer_order_ref: CO-2024-000123
        return [("id.document_number", {"noun": "order", "prefix": record_prefix(q[-2:])}, "a reference to an order")]
    return [("id.document_number", {"noun": q[-1]}, f"a reference to a {q[-1]}: its number")]


#: Documents a text column named by them alone holds the number of (``cust_po``, ``supplier_invoice``):
#: ``_DOCUMENTS`` but the words that also name other things (a sort order, a case, a policy, a payment).
_DOCUMENT_HEADS = _DOCUMENTS - frozenset("order purchase case policy payment bill booking ticket contract claim".split())


def document_head_rule(ctx: Ctx, toks: tuple[str, ...]) -> list[tuple[str, dict, str]]:
    """A text column called by a business document (``cust_po``: a customer's purchase order) holds that
    document's number (PO-004512), not a few codes of its initials (CP-100, r47)."""
    if not ctx.is_text or ctx.column.type.is_array or not toks or toks[-1] not in _DOCUMENT_HEADS \
            or (ctx.length is not None and ctx.length < 9):
        return []
    return [("id.document_number", {"noun": toks[-1]}, f"a {toks[-1]}: its number")]


#: Words of a certificate issued for goods (of conformance, of analysis, a mill's), not a TLS one.
GOODS_CERTIFICATES = frozenset("coc coa conformance conformity analysis compliance mill inspection material".split())
_TLS = frozenset("tls ssl x509 pem public private key domain host server client ca chain fingerprint".split())


def certificate_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``certificate`` / ``cert``: a PEM certificate, except one issued for goods
    (``cert_of_conformance``, ``mill_cert`` of a lot), whose text is its number."""
    words = set(ctx.toks) | set(ctx.table_toks)
    if words & GOODS_CERTIFICATES and not words & _TLS and ctx.is_text:
        return [("id.document_number", {"noun": "certificate", "prefix": "CERT"}, "a certificate for goods: its number")]
    return [("security.pem", {}, "")]


#: Codes that classify what happened from a short catalog (a downtime's reason, a defect's kind, an
#: operation's type), with the letters such catalogs use: ``reason_code`` RC-110, ``defect_code`` DF-205.
_CATALOG_PREFIX = {"reason": "RC", "defect": "DF", "fault": "FC", "error": "E", "failure": "FM", "cause": "CC",
                   "downtime": "DT", "scrap": "SC", "reject": "RJ", "return": "RT", "cancel": "CX",
                   "cancellation": "CX", "op": "OP", "operation": "OP", "activity": "AC", "loss": "LC",
                   "alarm": "AL", "symptom": "SY", "repair": "RP", "disposition": "DS", "hold": "HD"}


def catalog_code_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``reason_code`` / ``defect_code`` / ``op_code``: one of a catalog's few dozen codes (RC-110),
    not a fresh code per row (REA-2254 beside REA-9906)."""
    q = ctx.prefix[-1] if ctx.prefix else ""
    if q not in _CATALOG_PREFIX or not ctx.is_text or (ctx.length is not None and ctx.length < 5):
        return []
    return [("id.code", {"noun": q, "prefix": _CATALOG_PREFIX[q], "catalog": 24}, f"a {q} code from a catalog")]


def asset_tag_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``asset_tag`` / ``equipment_tag``: the label stuck on the thing, its kind's letters and a
    number (a machine's MCH-004512), not a random word or a list of tags."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 6):
        return []
    noun = ctx.noun if ctx.noun and ctx.noun not in ("asset", "item", "record") else "asset"
    return [("id.code", {"noun": noun, "prefix": record_prefix([noun])[:3]}, "an asset tag")]
