"""The rule table: a column's head phrase (its last tokens) -> candidate intents.

``PHRASES`` maps a token phrase to a resolver (``seedbed.generate.intent.resolvers``) that looks
at the table and the sibling columns (``users.name`` is a person, ``products.name`` a product).
``seedbed.generate.intent.matching.match`` tries the longest phrase that ends the column's tokens,
then "strong" words anywhere in the name (``email_change`` is still an email).
"""

from __future__ import annotations

import re

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.callsigns import call_sign_rule
from seedbed.generate.intent.nationalids import national_phrases
from seedbed.generate.intent.owncountry import district_rule, own_country_phrases
from seedbed.generate.intent.computing import by_rule
from seedbed.generate.intent.names import ROLE_PEOPLE, role_person_rule
from seedbed.generate.intent.heads import site_rule, trade_rule
from seedbed.generate.intent.named import authority_rule, field_rule
from seedbed.generate.intent.nouns import noun_rule
from seedbed.generate.intent.shortcodes import designator_rule, numbered_rule, registration_rule
from seedbed.generate.intent.records import asset_tag_rule, certificate_rule, lot_rule
from seedbed.generate.intent.resolvers import (
    accession_rule,
    address_rule,
    alias_rule,
    asked,
    category_rule,
    code_rule,
    cooked,
    country_rule,
    credit_rule,
    currency_rule,
    label_rule,
    event_name_rule,
    event_rule,
    gender_rule,
    hash_rule,
    id_rule,
    iso_rule,
    image_rule,
    json_rule,
    key_rule,
    kind_list_rule,
    language_rule,
    lat_rule,
    line_rule,
    location_rule,
    long_rule,
    domain_rule,
    method_rule,
    model_rule,
    money_rule,
    name_rule,
    noun_name_rule,
    number_rule,
    number_text_rule,
    owner_rule,
    person_part_rule,
    phone_rule,
    position_rule,
    prefix_rule,
    product_rule,
    position_thing_rule,
    prose_rule,
    rate_rule,
    rating_rule,
    recipient_rule,
    score_rule,
    size_rule,
    status_rule,
    subject_rule,
    suffix_rule,
    title_rule,
    type_rule,
    unit_rule,
    url_rule,
    value_rule,
    when_rule,
    Cand,
    Rule,
    cands,
)
from seedbed.generate.intent.ages import ORIGINS, TENURE, birth, birth_year, origin

__all__ = ["PHRASES"]

_S = cands


#: Tables of vehicles, and columns of a vehicle's in other tables (``rentals.car_plate``).
_VEHICLES = frozenset("""car cars vehicle vehicles truck trucks van vans bus buses fleet motorcycle motorbike taxi cab
trailer lorry automobile auto tractor scooter coach parking""".split())


def _vehicle_code(kind: str, *, anywhere: bool = False):
    """A VIN or a number plate: ``anywhere`` for names that say it alone (``vin``,
    ``license_plate``), else only where the table or the column names a vehicle (``reg_number``)."""
    def rule(ctx: Ctx) -> list[Cand]:
        if not ctx.is_text:
            return []
        if kind == "plate" and not anywhere and registration_rule(ctx):  # an aircraft's: G-EUPT, not a plate
            return registration_rule(ctx)
        if anywhere or ({"car", "vehicle"} | _VEHICLES) & set(ctx.toks) or _VEHICLES & set(ctx.table_toks):
            return _S(f"vehicle.{kind}")
        return []
    return rule


def _region_by_width(ctx: Ctx) -> str:
    """A province or region in 2-3 characters is its code (``province varchar(2)`` 'ON', not 'On')."""
    return "address.region_code" if ctx.is_text and (ctx.length or 99) <= 3 else "address.region"

#: A city's district is its region or province (Noord-Holland), a street's or a venue's a neighbourhood.
_CITY_NOUNS = frozenset("city cities town municipality locality".split())

#: Years that run across two calendar years (a UK tax year 2024-25, a season 2023/24).
_SPAN_YEARS = frozenset("tax fiscal financial academic school season budget accounting".split())
_SPAN_PATTERN = re.compile(r"\{4\}.{1,6}\{2\}|\{4\}.{1,6}\{4\}|\d\{4\}")


def year_rule(ctx: Ctx) -> list[Cand]:
    """A year; as text, a span of two years when the name says so (``tax_year``, ``season``) or a
    CHECK's pattern has two groups of digits (``'^[0-9]{4}-[0-9]{2}$'``)."""
    if ctx.is_text:
        pats = " ".join(ctx.domain.patterns)
        two = pats.count("{") >= 2 and _SPAN_PATTERN.search(pats) is not None
        if two or (set(ctx.toks) & _SPAN_YEARS and (ctx.length is None or ctx.length >= 7) and not pats):
            return cands("time.year_span", "a year across two calendar years") + cands("number.year")
    return cands("number.year")


PHRASES: dict[tuple[str, ...], Rule] = {
    # people
    ("name",): name_rule, ("initial",): lambda c: _S("person.initials"),
    ("middle", "initial"): lambda c: _S("person.middle_name"),
    ("salutation",): lambda c: _S("person.prefix"), ("honorific",): lambda c: _S("person.prefix"),
    ("title", "of", "courtesy"): lambda c: _S("person.prefix"), ("courtesy", "title"): lambda c: _S("person.prefix"),
    ("prefix",): prefix_rule, ("suffix",): suffix_rule, ("pronoun",): lambda c: _S("person.pronouns"),
    ("gender",): gender_rule, ("username",): lambda c: _S("person.username"),
    ("handle",): lambda c: _S("person.username"),
    ("alias",): alias_rule, ("author",): lambda c: _S("person.full_name") if c.is_text else [],
    ("owner",): owner_rule, ("assignee",): owner_rule, ("requester",): owner_rule, ("uploader",): owner_rule,
    ("committer",): owner_rule, ("claimed", "by"): owner_rule, ("completed", "by"): owner_rule,
    ("locked", "by"): owner_rule,
    ("emergency", "contact"): lambda c: _S("person.full_name", other=True) if c.is_text else [],
    ("next", "of", "kin"): lambda c: _S("person.full_name", other=True) if c.is_text else [],
    ("actor",): lambda c: (owner_rule(c) if {"audit", "event", "log", "activity", "version"} & set(c.table_toks)
                           else _S("person.full_name") if c.is_text else []), ("lockedby",): owner_rule,
    # internet
    ("email",): lambda c: _S("internet.email"), ("cc",): recipient_rule, ("bcc",): recipient_rule,
    ("to",): recipient_rule, ("from",): recipient_rule, ("reply", "to"): lambda c: _S("internet.email"),
    ("url",): url_rule, ("website",): lambda c: _S("internet.url"), ("web", "site"): lambda c: _S("internet.url"),
    ("endpoint",): lambda c: _S("internet.url"), ("callback",): lambda c: _S("internet.url"),
    ("webhook",): lambda c: _S("internet.url"), ("referrer",): lambda c: _S("internet.url"),
    ("referer",): lambda c: _S("internet.url"), ("domain",): domain_rule,
    ("host",): lambda c: _S("internet.hostname"), ("ip",): lambda c: _S("internet.ipv4"),
    ("ipv4",): lambda c: _S("internet.ipv4"), ("ipv6",): lambda c: _S("internet.ipv6"),
    ("user", "agent"): lambda c: _S("internet.user_agent"), ("mac",): lambda c: _S("internet.mac"),
    ("slug",): lambda c: _S("internet.slug"), ("permalink",): lambda c: _S("internet.slug"),
    ("avatar",): image_rule, ("image",): image_rule, ("thumbnail",): image_rule, ("logo",): image_rule,
    ("icon",): image_rule,
    ("banner",): image_rule, ("favicon",): image_rule, ("avatar", "full"): image_rule, ("avatar", "medium"): image_rule,
    # phones and places
    ("phone",): phone_rule, ("mobile",): phone_rule, ("cell",): phone_rule, ("fax",): phone_rule, ("e164",): phone_rule,
    ("address",): address_rule, ("line",): line_rule, ("street",): lambda c: _S("address.street"),
    ("street", "name"): lambda c: _S("address.street_name"), ("building",): lambda c: _S("address.building_number"),
    ("suite",): lambda c: _S("address.line2"), ("apartment",): lambda c: _S("address.line2"),
    ("apt",): lambda c: _S("address.line2"), ("floor",): lambda c: _S("address.line2") if c.is_text else [],
    ("city",): lambda c: _S("address.city"), ("town",): lambda c: _S("address.city"),
    ("locality",): lambda c: _S("address.city"), ("municipality",): lambda c: _S("address.city"),
    ("state",): status_rule, ("status",): status_rule, ("province",): lambda c: _S(_region_by_width(c)),
    ("region",): lambda c: _S(_region_by_width(c)), ("county",): lambda c: _S("address.region"),
    ("prefecture",): lambda c: _S(_region_by_width(c)), ("district",): district_rule,
    ("neighborhood",): lambda c: _S("address.neighborhood"), ("neighbourhood",): lambda c: _S("address.neighborhood"),
    ("by",): by_rule, ("assigned", "to"): by_rule, ("delegated", "to"): by_rule, ("escalated", "to"): by_rule,
    ("vin",): _vehicle_code("vin", anywhere=True), ("vin", "number"): _vehicle_code("vin", anywhere=True),
    ("vin", "code"): _vehicle_code("vin", anywhere=True),
    ("license", "plate"): _vehicle_code("plate", anywhere=True), ("licence", "plate"): _vehicle_code("plate", anywhere=True),
    ("number", "plate"): _vehicle_code("plate", anywhere=True), ("plate", "number"): _vehicle_code("plate", anywhere=True),
    ("reg", "plate"): _vehicle_code("plate", anywhere=True), ("plate",): _vehicle_code("plate"),
    ("registration", "plate"): _vehicle_code("plate", anywhere=True),
    ("registration", "number"): _vehicle_code("plate"), ("reg", "number"): _vehicle_code("plate"),
    ("registration",): _vehicle_code("plate"), ("reg",): _vehicle_code("plate"),  # van_reg: a number plate
    ("tail", "number"): registration_rule, ("tail",): registration_rule, ("tail", "sign"): registration_rule,
    ("designator",): designator_rule, ("chapter",): numbered_rule, ("clause",): numbered_rule,
    ("paragraph",): numbered_rule,
    ("state", "abbr"): lambda c: _S("address.region_code"),
    ("state", "abbreviation"): lambda c: _S("address.region_code"),
    ("postal", "code"): lambda c: _S("address.postal_code"), ("postal",): lambda c: _S("address.postal_code"),
    ("pincode",): lambda c: _S("address.postal_code"),
    ("country",): country_rule, ("country", "name"): lambda c: _S("address.country"),
    ("continent",): lambda c: _S("address.continent"), ("continent", "code"): lambda c: _S("address.continent"),
    ("nationality",): lambda c: noun_rule(c) or _S("address.country"), ("country", "iso"): lambda c: _S("address.country_code"),
    ("location",): lambda c: noun_rule(c) or location_rule(c), ("place",): location_rule, ("venue",): location_rule,
    ("latitude",): lat_rule, ("longitude",): long_rule, ("long",): long_rule,
    ("coordinate",): lambda c: _S("geo.coordinates"),
    ("geo",): lambda c: _S("geo.coordinates"), ("timezone",): lambda c: _S("locale.timezone"),
    ("time", "zone"): lambda c: _S("locale.timezone"), ("locale",): lambda c: _S("locale.code"),
    ("language",): language_rule, ("currency",): currency_rule, ("culture",): lambda c: _S("locale.code"),
    # organisations
    ("company",): lambda c: _S("company.name"), ("organization",): lambda c: _S("company.name") if c.is_text else [],
    ("employer",): lambda c: _S("company.name"), ("publisher",): lambda c: _S("company.name"),
    ("manufacturer",): lambda c: _maker(c) or _S("company.name"), ("make",): lambda c: _maker(c),
    ("maker",): lambda c: _maker(c), ("oem",): lambda c: _maker(c),
    ("vendor",): lambda c: trade_rule(c, "vendor") or _S("company.name"),
    ("supplier",): lambda c: trade_rule(c, "supplier") or _S("company.name"), ("merchant",): lambda c: _S("company.name"),
    ("center",): lambda c: site_rule(c, c.toks) or _S("company.name"),  # a call center: 'Leeds Call Center'
    ("work", "center"): lambda c: _S("entity.text", role="name", noun="work_center", cls="workline") if c.is_text else [],
    ("work", "centre"): lambda c: _S("entity.text", role="name", noun="work_center", cls="workline") if c.is_text else [],
    ("workcenter",): lambda c: _S("entity.text", role="name", noun="work_center", cls="workline") if c.is_text else [],
    ("cost", "center"): lambda c: _S("id.code", noun="cc") if c.is_text else [],
    ("profit", "center"): lambda c: _S("id.code", noun="pc") if c.is_text else [], ("institution",): lambda c: _S("company.name"),
    ("advertiser",): lambda c: _S("company.name") if c.is_text else [],
    ("sponsor",): lambda c: _S("company.name") if c.is_text else [],
    ("distributor",): lambda c: (trade_rule(c, "distributor") or _S("company.name")) if c.is_text else [],
    ("contractor",): lambda c: (trade_rule(c, "contractor") or _S("company.name")) if c.is_text else [],
    ("brand",): lambda c: _S("commerce.brand"), ("department",): lambda c: _S("company.department"),
    ("division",): lambda c: _S("company.department"), ("occupation",): lambda c: _S("company.job_title"),
    ("profession",): lambda c: _S("company.job_title"), ("designation",): lambda c: _S("company.job_title"),
    ("industry",): lambda c: _S("company.industry"),
    ("sector",): lambda c: _S("company.industry"),
    # prose
    ("title",): title_rule, ("headline",): lambda c: _S("text.title", noun=c.noun, domain=c.pack),
    ("subject",): subject_rule, ("description",): prose_rule("description"), ("summary",): prose_rule("description"),
    ("abstract",): prose_rule("description"), ("overview",): prose_rule("description"),
    ("synopsis",): prose_rule("description"), ("blurb",): prose_rule("description"),
    ("detail",): prose_rule("description"),
    # the summary under a headline, the preview line of a mail: a sentence or two, not a title
    ("standfirst",): prose_rule("description"), ("dek",): prose_rule("description"),
    ("subheadline",): prose_rule("description"), ("subhead",): prose_rule("description"),
    ("strapline",): prose_rule("description"), ("teaser",): prose_rule("description"),
    ("excerpt",): prose_rule("description"), ("preheader",): prose_rule("description"),
    ("lede",): prose_rule("description"), ("preview", "text"): prose_rule("description"),
    ("subject", "line"): subject_rule, ("alt", "text"): lambda c: _S("text.caption"),
    ("body",): prose_rule("body"), ("content",): prose_rule("body"), ("text",): prose_rule("body"),
    ("html",): prose_rule("body"), ("article",): prose_rule("body"), ("post",): prose_rule("body"),
    ("comment",): prose_rule("comment"), ("remark",): prose_rule("comment"), ("reply",): prose_rule("comment"),
    ("note",): lambda c: _S("text.note"), ("memo",): lambda c: _S("text.note"),
    ("message",): prose_rule("message"), ("review",): lambda c: _S("text.review", domain=c.pack),
    ("feedback",): lambda c: _S("text.review", domain=c.pack), ("bio",): lambda c: _S("text.bio"),
    ("biography",): lambda c: _S("text.bio"), ("about",): lambda c: _S("text.bio"),
    ("reason",): lambda c: _S("text.reason"), ("justification",): lambda c: _S("text.reason"),
    ("cause",): lambda c: _S("text.reason"), ("error",): lambda c: _S("text.error"),
    ("exception",): lambda c: _S("text.error"), ("failure",): lambda c: _S("text.error"),
    ("backtrace",): lambda c: _S("text.error"), ("trace",): lambda c: _S("text.error"),
    ("warning",): lambda c: _S("text.error"),
    ("question",): lambda c: _S("text.question", **asked(c)), ("answer",): lambda c: _S("text.answer", **asked(c)),
    ("tag",): lambda c: _S("text.tags", single=True), ("keyword",): lambda c: _S("text.tags", single=True),
    ("label",): label_rule, ("word",): lambda c: _S("text.label", noun="word"),
    ("caption",): lambda c: _S("text.caption"), ("hint",): lambda c: _S("text.sentence"),
    ("tagline",): lambda c: _S("text.sentence"), ("slogan",): lambda c: _S("text.sentence"),
    ("instruction",): prose_rule("body"), ("phrase",): lambda c: _S("text.sentence"),
    ("term",): prose_rule("body"), ("policy",): prose_rule("body"), ("announcement",): prose_rule("body"),
    ("guideline",): prose_rule("body"), ("legend",): lambda c: _S("text.sentence"),
    ("category",): category_rule, ("genre",): category_rule,
    # commerce and money
    ("product",): product_rule, ("sku",): lambda c: _S("commerce.sku"), ("ean",): lambda c: _S("commerce.ean13"),
    ("barcode",): lambda c: _S("commerce.ean13"), ("gtin",): lambda c: _S("commerce.ean13"),
    ("upc",): lambda c: _S("commerce.upc"), ("isbn",): lambda c: _S("commerce.isbn"),
    ("color",): lambda c: _S("commerce.color"), ("size",): size_rule, ("material",): lambda c: _S("commerce.material"),
    ("unit",): unit_rule, ("uom",): lambda c: _S("commerce.unit"), ("coupon",): lambda c: _S("commerce.coupon"),
    ("price",): money_rule("price"), ("cost",): money_rule("price"), ("msrp",): money_rule("price"),
    ("amount",): money_rule("amount"), ("total",): money_rule("amount"), ("subtotal",): money_rule("amount"),
    ("tax",): money_rule("amount"), ("fee",): money_rule("amount"), ("balance",): money_rule("amount"),
    ("salary",): money_rule("amount"), ("wage",): money_rule("amount"), ("revenue",): money_rule("amount"),
    ("income",): money_rule("amount"), ("payout",): money_rule("amount"), ("discount",): money_rule("amount"),
    ("freight",): money_rule("amount"), ("budget",): money_rule("amount"), ("money",): money_rule("amount"),
    ("charge",): money_rule("amount"), ("pay",): money_rule("amount"), ("payment",): money_rule("amount"),
    ("retainer",): money_rule("amount"), ("contract", "value"): money_rule("amount"),
    ("settlement", "amount"): money_rule("amount"),
    ("iban",): lambda c: _S("money.iban"), ("bic",): lambda c: _S("money.bic"), ("swift",): lambda c: _S("money.bic"),
    ("credit", "card"): lambda c: _S("money.card_number"), ("byline",): lambda c: _S("person.byline") if c.is_text else [],
    ("credit",): credit_rule, ("photo", "credit"): credit_rule, ("image", "credit"): credit_rule,
    ("picture", "credit"): credit_rule, ("attribution",): credit_rule, ("pan",): lambda c: _S("money.card_number"),
    ("card", "expiration"): lambda c: _S("money.card_expiry"), ("card", "expiry"): lambda c: _S("money.card_expiry"),
    ("credit", "card", "expiration"): lambda c: _S("money.card_expiry"), ("expiry",): lambda c: _S("money.card_expiry"),
    ("cvv",): lambda c: _S("security.code", digits=3), ("cvc",): lambda c: _S("security.code", digits=3),
    ("acct",): lambda c: _S("money.account_number"), ("card", "brand"): lambda c: _S("money.card_brand"),
    ("mcc",): lambda c: _S("money.mcc"),
    ("approval", "code"): lambda c: _S("security.code"),
    # numbers, dates, durations
    ("quantity",): lambda c: _S("number.quantity"), ("stock",): lambda c: _S("number.quantity") if c.numeric else [],
    ("rating",): rating_rule, ("star",): rating_rule, ("score",): score_rule,
    ("percentage",): lambda c: _S("number.percentage"),
    ("ratio",): lambda c: _S("number.percentage", ratio=True), ("age",): lambda c: _S("number.age"),
    ("year",): year_rule, ("weight",): lambda c: _S("number.weight"),
    ("vintage",): lambda c: _S("number.year") if c.numeric else [],  # a wine's vintage, a car's
    ("cohort",): lambda c: _S("number.year") if c.numeric else [], ("class", "of"): lambda c: _S("number.year"),
    ("color", "hex"): lambda c: _S("commerce.color"), ("hex", "color"): lambda c: _S("commerce.color"),
    ("hex",): lambda c: _S("commerce.color") if c.is_text and c.length in (6, 7) else [],  # accent_hex char(6)
    ("height",): lambda c: _S("number.dimension"), ("width",): lambda c: _S("number.dimension"),
    ("length",): lambda c: _S("number.dimension") if c.numeric else [], ("depth",): lambda c: _S("number.dimension"),
    ("count",): lambda c: _S("number.count"), ("port",): lambda c: _S("number.port"),
    ("duration",): lambda c: _S("time.duration"), ("elapsed",): lambda c: _S("time.duration"),
    ("runtime",): lambda c: _S("time.duration"),
    ("birth", "year"): birth_year, ("year", "of", "birth"): birth_year, ("born", "year"): birth_year,
    ("yob",): birth_year, ("year", "born"): birth_year,
    ("birth", "date"): birth, ("date", "of", "birth"): birth, ("birth",): birth, ("born",): birth,
    ("born", "on"): birth, ("date", "born"): birth,  # fit for the role: a pupil 5-18 (ages.birth)
    **{k: origin for w in ORIGINS for k in ((w,), (w, "on"), (w, "date"))},  # foaled_on, date_founded (ages.ORIGINS)
    **{k: origin for w in TENURE for k in ((w,), (w, "on"), (w, "date"))},  # appointed_on of a person (ages.TENURE)
    # files and technical strings
    ("file",): lambda c: _S("file.name"), ("file", "name"): lambda c: _S("file.name"),
    ("attachment",): lambda c: _S("file.name") if c.is_text else [], ("path",): lambda c: _S("file.path"),
    ("directory",): lambda c: _S("file.path"), ("dir",): lambda c: _S("file.path"),
    ("folder",): lambda c: _S("file.path"), ("mount", "point"): lambda c: _S("file.path"),
    ("bamfile",): lambda c: _S("file.path"), ("mime", "type"): lambda c: _S("file.mime_type"),
    ("extension",): lambda c: _S("id.number", noun="extension") if c.person_table or c.has_sibling("phone")
    else _S("file.extension"), ("version",): lambda c: _S("tech.version"),
    ("firmware",): lambda c: _S("tech.version") if c.is_text else [],  # a lock's, a meter's firmware: 2.4.1
    ("revision",): lambda c: _revision(c), ("rev",): lambda c: _revision(c),
    ("json",): json_rule("metadata"), ("metadata",): json_rule("metadata"), ("meta",): json_rule("metadata"),
    ("setting",): json_rule("settings"), ("configuration",): json_rule("settings"),
    ("preference",): json_rule("settings"),
    ("option",): json_rule("settings"), ("parameter",): json_rule("settings"), ("property",): json_rule("attributes"),
    ("attribute",): json_rule("attributes"), ("extra",): json_rule("metadata"), ("payload",): json_rule("payload"),
    ("header",): json_rule("headers"), ("variable",): json_rule("settings"), ("capability",): json_rule("settings"),
    ("data",): json_rule("payload"), ("information",): json_rule("metadata"), ("spec",): json_rule("attributes"),
    ("dimension",): json_rule("attributes"), ("context",): json_rule("metadata"), ("result",): json_rule("payload"),
    ("yaml",): lambda c: _S("tech.yaml"), ("cron",): lambda c: _S("tech.cron"),
    ("schedule",): lambda c: _S("tech.cron"),
    ("regex",): lambda c: _S("tech.regex"), ("pattern",): lambda c: noun_rule(c) or _S("tech.regex"),
    ("command",): lambda c: _S("tech.command"), ("arn",): lambda c: _S("tech.arn"), ("dsn",): lambda c: _S("tech.dsn"),
    ("class", "name"): lambda c: _S("tech.class_name"), ("event",): event_rule,
    ("event", "name"): event_name_rule,
    ("key",): key_rule, ("var",): key_rule, ("value",): value_rule, ("scope",): kind_list_rule, ("protocol",): kind_list_rule,
    ("method",): method_rule, ("platform",): kind_list_rule, ("browser",): kind_list_rule, ("os",): kind_list_rule,
    ("device",): kind_list_rule, ("channel",): kind_list_rule, ("source",): kind_list_rule,
    ("provider",): kind_list_rule,
    ("environment",): kind_list_rule, ("strategy",): kind_list_rule, ("format",): kind_list_rule,
    ("encoding",): kind_list_rule,
    ("theme",): kind_list_rule, ("layout",): kind_list_rule, ("action",): kind_list_rule,
    ("operation",): kind_list_rule,
    # security
    ("password",): lambda c: _S("security.password_hash"),
    ("crypted", "password"): lambda c: _S("security.password_hash"),
    ("token",): lambda c: _S("security.token"), ("secret",): lambda c: _S("security.token"),
    ("api", "key"): lambda c: _S("security.api_key"), ("salt",): lambda c: _S("security.base64"),
    ("iv",): lambda c: _S("security.base64", nbytes=12), ("nonce",): lambda c: _S("security.hex", bits=128),
    ("hash",): hash_rule(256), ("digest",): hash_rule(256), ("checksum",): hash_rule(256),
    ("sha256",): hash_rule(256), ("sha1",): hash_rule(160), ("sha512",): hash_rule(512),
    ("sha384",): hash_rule(384), ("sha224",): hash_rule(224),
    ("fingerprint",): hash_rule(160),
    ("signature",): hash_rule(256), ("sha",): hash_rule(160), ("md5",): hash_rule(128), ("md5sum",): hash_rule(128),
    ("crc",): hash_rule(32), ("etag",): hash_rule(128), ("certificate",): certificate_rule,
    ("cert",): certificate_rule, ("otp", "secret"): lambda c: _S("security.otp_secret"),
    ("code",): code_rule, ("iso",): iso_rule, ("iso2",): iso_rule, ("iso3",): iso_rule, ("alpha2",): iso_rule,
    ("alpha3",): iso_rule, ("verifier",): lambda c: _S("security.token"), ("challenge",): lambda c: _S("security.token"),
    # identifiers
    ("id",): id_rule, ("uid",): id_rule, ("identifier",): id_rule, ("reference",): id_rule, ("ref",): id_rule,
    ("jid",): id_rule,
    ("uuid",): lambda c: _S("id.uuid"), ("guid",): lambda c: _S("id.uuid"), ("accession",): accession_rule,
    ("tracking",): lambda c: _S("id.tracking"), ("number",): number_rule, ("serial",): lambda c: _S("id.code", noun="serial"),
    ("asset", "tag"): asset_tag_rule, ("equipment", "tag"): asset_tag_rule, ("inventory", "tag"): asset_tag_rule,
    ("property", "tag"): asset_tag_rule,
    ("lot",): lot_rule, ("batch",): lot_rule,
    ("ssn",): lambda c: _S("id.code", noun="ssn"),
    ("flight",): lambda c: _S("travel.flight_number") if c.is_text else [], ("seat",): lambda c: _S("travel.seat"),
    ("call", "sign"): call_sign_rule, ("callsign",): call_sign_rule,
    ("iata",): lambda c: _S("travel.airport_code"), ("airport",): lambda c: _S("travel.airport_code"),
    ("species",): lambda c: _S("science.species"), ("taxon",): lambda c: _S("science.species") if c.is_text else [],
    # statuses and kinds
    ("stage",): status_rule, ("phase",): status_rule, ("type",): type_rule, ("kind",): type_rule,
    ("class",): type_rule, ("priority",): kind_list_rule, ("severity",): kind_list_rule,
    ("visibility",): kind_list_rule,
    ("mode",): kind_list_rule, ("level",): kind_list_rule, ("tier",): kind_list_rule, ("role",): kind_list_rule,
    ("permission",): kind_list_rule, ("frequency",): kind_list_rule, ("plan",): kind_list_rule,
    # the long tail seen in real schemas
    ("first",): person_part_rule("first"), ("last",): person_part_rule("last"), ("user",): owner_rule,
    ("project",): noun_name_rule("project"), ("journal",): noun_name_rule("journal"), ("boat",): noun_name_rule("boat"),
    ("team",): noun_name_rule("team"),
    ("item",): lambda c: _S("commerce.product_name") if c.pack == "ecommerce" else noun_name_rule("item")(c),
    ("definition",): prose_rule("description"), ("particular",): lambda c: _S("text.note"),
    ("synonym",): lambda c: _S("text.label", noun="word"), ("award",): lambda c: _S("text.label", noun="award"),
    ("abbreviation",): lambda c: _S("address.region_code") if c.noun in ("state", "province", "region")
    else _S("id.code", noun="abbreviation"), ("letter",): lambda c: _S("id.code", noun="letter"),
    ("purpose",): lambda c: _S("text.reason"), ("pledge",): lambda c: _S("text.sentence"),
    ("recipient",): lambda c: _S("internet.email"), ("rule",): json_rule("settings"), ("scheme",): kind_list_rule,
    ("namespace",): lambda c: _S("tech.identifier"), ("css", "override"): lambda c: _S("internet.url"),
    ("js", "override"): lambda c: _S("internet.url"), ("requirement",): json_rule("settings"),
    ("prerequisite",): json_rule("settings"), ("restriction",): json_rule("settings"),
    ("placement",): json_rule("settings"),
    ("change",): json_rule("payload"), ("custom",): json_rule("metadata"), ("feature", "used"): json_rule("settings"),
    ("env",): json_rule("headers"), ("representation",): json_rule("payload"), ("inventory",): json_rule("attributes"),
    ("list",): json_rule("list"), ("view",): kind_list_rule, ("license",): kind_list_rule,
    ("strand",): lambda c: _S("tech.identifier"),
    ("queue",): kind_list_rule, ("controller",): lambda c: _S("tech.identifier"),
    ("implementation",): lambda c: _S("tech.identifier"),
    ("authenticator",): lambda c: _S("tech.identifier"), ("database",): lambda c: _S("tech.identifier"),
    ("schema",): lambda c: _S("tech.identifier"), ("relation",): lambda c: _S("tech.identifier"),
    ("flow",): lambda c: _S("tech.identifier"), ("handler",): lambda c: _S("tech.identifier"),
    ("intent",): lambda c: _S("tech.identifier"), ("slot",): lambda c: _S("tech.identifier"),
    ("object",): lambda c: _S("tech.identifier"), ("formula",): lambda c: _S("tech.identifier"),
    ("notation",): lambda c: _S("tech.identifier"), ("filter",): lambda c: _S("tech.identifier"),
    ("resource",): lambda c: _S("tech.identifier"), ("relate", "to"): lambda c: _S("tech.identifier"),
    ("on", "stop"): lambda c: _S("tech.identifier"), ("verbosity",): kind_list_rule,
    ("feature",): lambda c: _S("tech.config_key"),
    ("signup",): kind_list_rule, ("interval",): lambda c: _S("time.duration"),
    ("grade",): lambda c: kind_list_rule(c) if c.is_text else _S("number.score"),
    ("progress",): kind_list_rule, ("threshold",): number_text_rule, ("ssha",): lambda c: _S("security.password_hash"),
    ("composer",): lambda c: _S("person.full_name"), ("master",): lambda c: _S("person.full_name") if c.is_text else [],
    ("started", "by"): owner_rule, ("suspended", "by"): owner_rule, ("derived", "from"): lambda c: _S("id.opaque"),
    ("derived", "from", "root"): lambda c: _S("id.opaque"), ("parent",): lambda c: _S("id.opaque") if c.is_text else [],
    ("oid",): lambda c: _S("id.opaque") if c.is_text else [], ("repeat",): lambda c: _S("tech.cron"),
    ("delegation",): kind_list_rule, ("storage",): kind_list_rule, ("expire", "in"): lambda c: _S("time.duration"),
    ("font",): kind_list_rule, ("architecture",): kind_list_rule, ("zone",): kind_list_rule,
    ("branch",): lambda c: _S("tech.branch") if c.code_context else _S("address.city") if c.is_text else [],
    ("branch", "filter"): lambda c: _S("tech.branch"), ("sort",): kind_list_rule, ("emoji",): kind_list_rule,
    ("unicode",): kind_list_rule, ("skype",): lambda c: _S("person.username"),
    ("linkedin",): lambda c: _S("person.username"),
    ("twitter",): lambda c: _S("person.username"), ("github",): lambda c: _S("person.username"),
    ("facebook",): lambda c: _S("person.username"), ("instagram",): lambda c: _S("person.username"),
    ("trigger",): kind_list_rule, ("required",): kind_list_rule, ("alg",): kind_list_rule, ("flag",): kind_list_rule,
    ("blurhash",): lambda c: _S("security.token"), ("rarity",): kind_list_rule, ("attr",): kind_list_rule,
    ("ticket",): lambda c: _S("id.document_number", noun="ticket"), ("inflictor",): lambda c: _S("tech.identifier"),
    ("patch",): lambda c: _S("tech.version"), ("scenario",): kind_list_rule, ("editor",): kind_list_rule,
    ("timestamp",): when_rule, ("date",): when_rule, ("time",): when_rule, ("updated",): when_rule,
    ("created",): when_rule,
    ("date", "time"): when_rule, ("last", "updated"): when_rule, ("volume",): lambda c: _S("id.number"),
    ("issue",): lambda c: _S("id.number"), ("page",): lambda c: _S("id.number"),
    ("capital",): lambda c: _S("address.city"),
    ("harbor",): lambda c: _S("address.city"), ("side",): kind_list_rule, ("call",): kind_list_rule,
    ("strength",): kind_list_rule, ("coverage",): kind_list_rule, ("alignment",): kind_list_rule,
    ("outcome",): kind_list_rule,
    ("health",): kind_list_rule, ("prediction",): kind_list_rule, ("calculation",): kind_list_rule,
    ("resolution",): kind_list_rule,
    ("speed",): number_text_rule, ("distance",): number_text_rule, ("temperature",): number_text_rule,
    ("humidity",): lambda c: _S("number.percentage"), ("cloud",): lambda c: _S("status.type", noun="weather"),
    ("direction",): lambda c: (prose_rule("body")(c) if c.is_text and (c.length is None or c.length >= 200)
                               and cooked(c) else kind_list_rule(c)), ("velocity",): number_text_rule,
    ("rate",): rate_rule,
    ("issuer",): lambda c: _S("internet.url"), ("redirect",): lambda c: _S("internet.url"),
    ("redirect", "to"): lambda c: _S("internet.url"), ("aud",): kind_list_rule, ("form",): kind_list_rule,
    ("std", "dev"): number_text_rule, ("stddev",): number_text_rule, ("wt",): number_text_rule,
    ("factor",): number_text_rule,
    ("std",): number_text_rule, ("quant",): number_text_rule, ("multiplier",): number_text_rule,
    ("rank",): lambda c: _S("number.count"),
    ("selection",): kind_list_rule, ("model",): model_rule, ("study",): accession_rule,
    ("selection", "method"): kind_list_rule,
    ("lab",): lambda c: _S("company.name"), ("ftp",): lambda c: _S("internet.url"),
    ("fastqftp",): lambda c: _S("internet.url"),
    ("field",): field_rule, ("group",): kind_list_rule,
    ("originality",): kind_list_rule, ("base",): lambda c: _S("tech.identifier") if not c.prefix else [],
    ("over", "tls"): kind_list_rule, ("requirement", "met"): json_rule("settings"),
    ("stream",): lambda c: _S("tech.identifier"),
    ("copyright",): lambda c: _S("text.sentence", noun="copyright"), ("when",): when_rule,
    ("authorization",): lambda c: _S("security.token"), ("diff",): lambda c: _S("tech.diff"),
    ("map",): lambda c: _S("file.path"), ("query",): lambda c: _S("tech.command", noun="query"),
    ("md5", "sum"): hash_rule(128), ("root",): lambda c: _S("id.opaque") if c.is_text else [],
    ("xml",): lambda c: _S("tech.xml"), ("alphabet",): kind_list_rule, ("authority",): authority_rule,
    ("participant",): owner_rule, ("attendance",): lambda c: _S("number.count"), ("lap",): lambda c: _S("number.count"),
    ("service",): kind_list_rule, ("crypt",): lambda c: _S("security.password_hash"),
    ("position",): lambda c: position_rule(c) or position_thing_rule(c),
}

for _role in ROLE_PEOPLE:  # buyer, technician, dispatcher: people, unless a phrase above says otherwise
    PHRASES.setdefault((_role,), role_person_rule)
PHRASES.setdefault(("contact", "person"), role_person_rule)
PHRASES.setdefault(("person",), role_person_rule)
PHRASES.update(national_phrases(PHRASES))  # ni_number, driving_licence_no, nhs_number (r36)
PHRASES.update(own_country_phrases(PHRASES))  # company_man, bank, ecocash_no (r52)
#: Words after ``year`` that leave it a year (``yearFrom``, ``year_to``, ``year_built``): a range's end, an event
#: (an estimate is a modifier of any head: ``matching.MODIFIERS``); session 13's blind review found 'yearFrom' 1-14.
_YEAR_AFTER = """from to until since start end begin first last min max low high built founded opened closed
established started ended""".split()
for _after in _YEAR_AFTER:
    PHRASES.setdefault(("year", _after), year_rule)


#: What is made by an industrial maker (its ``manufacturer`` reads 'Keller Maschinenbau', not a bank's name).
_MADE = frozenset("""machine equipment machinery meter pump compressor generator turbine tool device robot press
lathe asset instrument sensor boiler chiller transformer forklift crane valve motor""".split())


def _maker(ctx: Ctx) -> list[Cand]:
    if not ctx.is_text or not set(ctx.table_toks) & _MADE or (ctx.length is not None and ctx.length < 12):
        return []
    return _S("entity.text", "an equipment maker", role="maker", noun=ctx.noun, cls="machinery")


#: A drawing's or a part's revision: a letter, the early ones most often (A, B, C; were 'HE', 'CL').
_REVISIONS = ["A", "B", "C", "D", "E", "F", "G", "H"]


def _revision(ctx: Ctx) -> list[Cand]:
    """A short text revision (``revision char(2)``, ``drawing_rev``) is a letter; a longer one a
    version (``revision varchar(20)`` of a release: 2.4.1)."""
    if not ctx.is_text:
        return []
    if ctx.length is None or ctx.length > 4 and ctx.toks[-1] == "revision":
        return _S("tech.version")
    return _S("status.type", "a revision letter", labels=_REVISIONS)
