"""The ``Intent`` record and the catalogue of intents: which column kinds each one can fill.

An intent names what a column *means* (``internet.email``, ``money.price``), independently of
its SQL type. ``seedbed.generate.realistic`` has one generator per catalogue entry; the
catalogue says which ``TypeKind`` values the generator can produce and the shortest text a
meaningful value needs, so that ``infer`` never proposes an email for an integer column or a
UUID for a ``varchar(8)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from seedbed.model import TypeKind

__all__ = ["CATALOG", "Intent", "Spec", "fits"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Intent:
    """What a column means, why we think so, and what the generator should know.

    Attributes:
        name: namespaced intent name from ``CATALOG``, e.g. ``'person.first_name'``.
        reason: a short explanation for ``seedbed plan --explain``.
        params: generator hints, e.g. ``{'domain': 'ecommerce', 'noun': 'order'}``.
    """

    name: str
    reason: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Spec:
    """What one intent's generator can produce.

    Attributes:
        kinds: the column kinds it fills (arrays are refused unless ``arrays``).
        min_len: shortest text limit (varchar(n)) a meaningful value fits in.
        arrays: whether it fills one-dimensional arrays of its kinds (tags).
    """

    kinds: frozenset[TypeKind]
    min_len: int = 1
    arrays: bool = False


_T = frozenset({TypeKind.TEXT})
_N = frozenset({TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY})
_NT = _N | _T
_J = frozenset({TypeKind.JSON, TypeKind.JSONB})
_D = frozenset({TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ})


def _t(min_len: int = 1) -> Spec:
    return Spec(_T, min_len)


CATALOG: dict[str, Spec] = {
    # people
    "person.first_name": _t(2), "person.last_name": _t(2), "person.middle_name": _t(1),
    "person.full_name": _t(5), "person.sortable_name": _t(6), "person.initials": _t(2),
    "person.byline": _t(8), "media.credit": _t(6),
    "person.prefix": _t(2), "person.suffix": _t(2), "person.pronouns": _t(6),
    "person.gender": Spec(_T | {TypeKind.CHAR, TypeKind.ENUM}), "person.username": _t(4),
    "person.role_label": Spec(_T | {TypeKind.CHAR, TypeKind.ENUM}),
    # internet
    "internet.email": _t(10), "internet.url": _t(14), "internet.image_url": _t(20),
    "internet.domain": _t(6), "internet.hostname": _t(8), "internet.ipv4": _t(15),
    "internet.ipv6": _t(39), "internet.user_agent": _t(40), "internet.mac": _t(17),
    "internet.slug": _t(3),
    # phones and places
    "phone.e164": _t(13), "phone.national": _t(14),
    "address.street": _t(8), "address.line2": _t(4), "address.building_number": Spec(_NT),
    "address.street_name": _t(5), "address.city": _t(4), "address.region": _t(4),
    "address.region_code": _t(1), "address.postal_code": _t(4), "address.country": _t(2),
    "address.country_code": _t(2), "address.continent": _t(2), "address.full": _t(20), "address.location": _t(8),
    "address.neighborhood": _t(5),
    "geo.latitude": Spec(_NT - {TypeKind.INTEGER}), "geo.longitude": Spec(_NT - {TypeKind.INTEGER}),
    "geo.scaled_latitude": Spec(_N), "geo.scaled_longitude": Spec(_N), "number.resolution": Spec(_N),
    "geo.coordinates": _t(12), "geo.point": Spec(frozenset({TypeKind.POINT})),
    "place.indoor": _t(2), "radio.call_sign": _t(4),
    "locale.timezone": _t(3), "locale.code": _t(2), "locale.language": _t(2), "money.currency": _t(3),
    # organisations
    "company.name": _t(4), "company.trade": _t(8), "company.bank": _t(4), "company.legal_name": _t(8), "company.department": _t(2),
    "org.name": _t(8),
    "company.job_title": _t(4), "company.industry": _t(4), "company.employees": Spec(_N),
    # prose
    "text.work_title": _t(8),
    "text.title": _t(8), "text.description": _t(10), "text.body": _t(12), "text.comment": _t(6),
    "text.review": _t(12), "text.review_title": _t(4), "text.bio": _t(12), "text.message": _t(8),
    "text.note": _t(8), "text.reason": _t(6), "text.error": _t(8), "text.question": _t(10),
    "text.answer": _t(10), "text.subject": _t(6), "text.tags": Spec(_T, 3, arrays=True),
    "text.label": _t(3), "text.category": _t(3), "text.sentence": _t(10), "text.caption": _t(10), "text.topic": _t(3), "text.neutral": _t(1),
    "entity.name": _t(3), "entity.text": _t(3),
    # commerce and money
    "commerce.product_name": _t(6), "commerce.brand": _t(3), "commerce.category": _t(4),
    "commerce.sku": _t(6), "commerce.ean13": Spec(_T | {TypeKind.INTEGER}, 13),
    "field.item": _t(4), "field.item_code": _t(4), "field.currency": _t(3), "field.iap_product": _t(20),  # a field's own words (r38)
    "commerce.upc": Spec(_T | {TypeKind.INTEGER}, 12), "commerce.isbn": _t(10),
    "commerce.color": _t(3), "commerce.size": _t(1), "commerce.material": _t(4),
    "commerce.unit": _t(1), "commerce.coupon": _t(6),
    "money.price": Spec(_NT), "money.amount": Spec(_NT), "money.iban": _t(15), "money.bic": _t(8),
    "money.card_number": _t(16), "money.card_brand": _t(4), "money.card_expiry": Spec(_T | _D, 5),
    "money.account_number": _t(8), "money.mcc": Spec(_T | {TypeKind.INTEGER}, 4),
    # numbers, dates, durations
    "number.quantity": Spec(_NT), "number.rating": Spec(_NT), "number.percentage": Spec(_NT),
    "number.count": Spec(_NT), "number.score": Spec(_NT), "number.age": Spec(_NT),
    "number.year": Spec(_NT, 4), "time.year_span": _t(5), "number.weight": Spec(_NT), "number.dimension": Spec(_NT),
    "number.port": Spec(_NT, 2),
    "number.flag": Spec(frozenset({TypeKind.INTEGER, TypeKind.BOOL})), "number.code": Spec(_N),
    "number.measure": Spec(_N), "sport.score": Spec(_N), "sport.minute": Spec(_N),
    "sport.tally": Spec(_N), "sport.name": _t(4), "sport.form": _t(1), "sport.ordinal": Spec(_N), "time.epoch": Spec(frozenset({TypeKind.INTEGER})),
    "time.clock": Spec(frozenset({TypeKind.TIME, TypeKind.TIMETZ})),
    "date.birth": Spec(_D | _T, 10), "date.recent": Spec(_D), "date.text": _t(10),
    "time.duration": Spec(_N | _T | {TypeKind.INTERVAL}),
    # files and technical strings
    "file.name": _t(5), "file.path": _t(8), "file.mime_type": _t(8), "file.extension": _t(2),
    "tech.version": _t(3), "tech.json": Spec(_J | _T, 2), "tech.class_name": _t(3),
    "tech.event_name": _t(6), "tech.config_key": _t(3), "tech.config_value": _t(1),
    "tech.identifier": _t(3), "tech.cron": _t(9), "tech.yaml": _t(12), "tech.command": _t(6),
    "tech.regex": _t(4), "tech.branch": _t(4), "tech.diff": _t(40), "tech.xml": _t(20),
    "tech.arn": _t(30), "tech.dsn": _t(30),
    "security.password_hash": _t(32), "security.token": _t(16), "security.api_key": _t(20),
    "security.hex": _t(8), "security.base64": _t(8), "security.code": _t(4),
    "security.pem": _t(120), "security.otp_secret": _t(16),
    "id.standard": _t(2), "id.standard_number": Spec(frozenset({TypeKind.INTEGER})),  # standards.json (r25); widths: its layouts
    "id.uuid": _t(32), "id.opaque": _t(4), "id.code": _t(2), "id.document_number": _t(6),
    "id.accession": _t(7), "id.reference": _t(4), "clinical.loinc": _t(7), "id.tracking": _t(12), "id.number": _t(1),
    "status.state": _t(3), "status.mix": Spec(_T | {TypeKind.ENUM}), "status.type": _t(1),
    "travel.flight_number": _t(4), "travel.seat": _t(2), "travel.airport_code": _t(3), "travel.aircraft_code": _t(3),
    "science.species": _t(8), "science.taxon": _t(4), "science.element": _t(1), "money.currency_symbol": _t(1), "vehicle.vin": _t(17), "vehicle.plate": _t(6),
    "aviation.registration": _t(5), "status.letter": _t(1), "id.vat": _t(9), "money.sort_code": _t(6),
    "id.national": _t(8),
    "id.section": _t(1),
    "internet.path": _t(1), "tech.flag_key": _t(6), "security.key_prefix": _t(4),
}


def fits(name: str, kind: TypeKind, length: int | None, *, array: bool = False) -> bool:
    """Whether intent ``name`` can fill a column of ``kind`` (text limited to ``length``)."""
    spec = CATALOG.get(name)
    if spec is None or kind not in spec.kinds or (array and not spec.arrays):
        return False
    return not (kind is TypeKind.TEXT and length is not None and length < spec.min_len)
