"""Column and table names as tokens: ``billingPostalCode`` -> ``('billing', 'postal', 'code')``.

Names are split on non-alphanumerics, camelCase humps and letter/digit boundaries, lowercased,
run-together words are segmented against a small dictionary (``emailaddress`` ->
``email address``), numbering prefixes such as ``c12run_alias`` are dropped, plurals are
singularised and a few abbreviations are spelled out (``addr`` -> ``address``, ``qty`` ->
``quantity``). Everything is a pure function of the name, cached.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from seedbed.generate.intent.languages import current, fold, listed, read_words

__all__ = ["PLACEHOLDERS", "as_written", "english_word", "known_words", "meaningful", "run_together", "singular",
           "tokens"]

_SPLIT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

#: Words the segmenter may cut a run-together token into (plus every synonym key/value).
_WORDS = frozenset("""
account action activity address age agent alias amount answer api approval area article asset attribute
author avatar background balance bank base bill billing bio birth body book brand building business card
carrier cart category cell channel checksum city class client code color colour comment company contact
content context cost count country county courtesy credit culture currency customer data date day
department desc description detail device digest display district document domain due email employee end
entry error event expiration expiry extension external family fax feature field file first flag floor
food form full gender given group handle hash header home host hour house id identifier image index info
initial ip item job key kind label language last latitude level license line link list locale location
login long longitude mail manager marital measure media message meta middle mime minute mobile model
month name national nick node note number order organization owner page parent part password path
payment person phone photo picture place point position postal prefix price primary product profile
province purchase purchasing quantity rate rating reason reference region remote request review role
salt score secret serial service session shelf ship shipping shopping short size sku slug source start
state status stock street style subject summary surname suffix supplier tag tax team telephone territory
text thumbnail time timezone title token total tracking type unit url user username value vendor version
web website weight width year zip zone percentage reviewer persona loc steam largest thumbnail
photo purchase order approval tracking measure culture marital node transaction emp boat attacker
target medium sum nutr empnum inflictor source avatar model line phone fax bool boolean active enabled deleted
millisecond milliseconds microsecond microseconds nanosecond nanoseconds weekday weekdays birthday
lifetime timestamp stoppage callout
byte bytes pixel height duration created updated modified uploaded published posted sent received expired
started ended finished completed cancelled canceled approved rejected verified confirmed scheduled
view visit visitor click like share word character second unique opened clicked read is has px seen
""".split())
def _clips() -> dict[str, tuple[str, ...]]:
    """The clips of names and the words they stand for (``data/vocab/clipped.json``, less those only the scope spells
    out)."""
    import json
    from importlib import resources

    # read here, not through ``realistic.vocab`` (whose package imports this one's)
    table = json.loads(resources.files("seedbed.data").joinpath("vocab/clipped.json").read_text(encoding="utf-8"))
    return {k: tuple(v.split()) for k, v in table["clipped"].items() if k not in table["speech_only"]}


#: Past participles run together with a "when" word (``uploadedat``, ``createdon``: an unquoted
#: ``uploadedAt`` folded to lowercase by the database).
_WHEN_TAIL = re.compile(r"^([a-z]{3,}ed)(at|on|ts|time|date)$")

#: Synonyms and run-together words spelled out (``telephone`` phone, ``postcode`` postal code); the clips of names
#: (``addr``, ``nm``, ``qty``) are in ``data/vocab/clipped.json``, the one table of clips the scope reads too.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "telephone": ("phone",), "cellphone": ("mobile",), "phonenumber": ("phone",), "firstname": ("first", "name"),
    "lastname": ("last", "name"), "middlename": ("middle", "name"), "surname": ("last", "name"),
    "forename": ("first", "name"), "givenname": ("first", "name"), "familyname": ("last", "name"),
    "fullname": ("full", "name"), "username": ("username",), "login": ("username",), "loginid": ("username",),
    "nickname": ("username",), "nick": ("username",), "birthdate": ("birth", "date"), "birthday": ("birth", "date"),
    "zipcode": ("postal", "code"), "postcode": ("postal", "code"), "postalcode": ("postal", "code"),
    "zip": ("postal", "code"), "picture": ("image",), "photo": ("image",), "uri": ("url",), "href": ("url",),
    "link": ("url",), "homepage": ("website",), "organisation": ("organization",), "percent": ("percentage",),
    "sex": ("gender",), "colour": ("color",), "mail": ("email",), "emailaddress": ("email",),
    "jobtitle": ("job", "title"), "cc": ("cc",), "ip4": ("ipv4",), "ip6": ("ipv6",), "mimetype": ("mime", "type"),
    "filename": ("file", "name"), "msisdn": ("e164",), "url": ("url",), "config": ("configuration",),
    "sciname": ("scientific", "name"), "address1": ("address", "line"), "address2": ("address", "line2"),
    "line1": ("line",), "md5sum": ("md5",), "empname": ("employee", "name"), "empnum": ("employee", "number"),
    "harbour": ("harbor",), "dbname": ("database", "name"), "ipv4": ("ipv4",),
}
_SYNONYMS.update(_clips())
#: Clipped verbs after a quantity, said as the participle of what happened to it (``qty_rcv`` received,
#: ``qty_dmg`` damaged, ``qty_pck`` picked, ``qty_shp`` shipped, ``qty_ord`` ordered).
_DONE_AFTER = frozenset("quantity amount count unit total number".split())
_PARTICIPLES = {
    "rcv": "received", "rcvd": "received", "recv": "received", "recd": "received", "dmg": "damaged",
    "dmgd": "damaged", "pck": "picked", "pckd": "picked", "pkd": "picked", "shp": "shipped", "shpd": "shipped",
    "ord": "ordered", "ordd": "ordered", "dlv": "delivered", "dlvd": "delivered", "rtn": "returned",
    "rtnd": "returned", "alloc": "allocated", "exp": "expected", "req": "requested", "iss": "issued",
    "adj": "adjusted", "rej": "rejected", "scr": "scrapped", "cons": "consumed", "prod": "produced",
    "cmpl": "completed", "inv": "invoiced", "bkd": "booked", "rsv": "reserved", "resv": "reserved",
    "oh": "onhand",
}
#: Clipped words that are a unit after a measure (``range_nm`` is nautical miles, ``wavelength_nm`` nanometres).
_UNIT_AFTER = {"nm": frozenset("distance range dist leg wavelength length width height depth thickness size".split())}

_WORDS = _WORDS | {w for v in _SYNONYMS.values() for w in v}


#: Short tokens that still carry meaning on their own.
_SHORT = frozenset({"id", "ip", "cc", "os", "url", "sms", "iv", "sku", "tax", "fee", "age"})

#: Irregular singulars, and words that only look plural.
_SINGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman", "data": "data",
             "media": "media", "news": "news", "series": "series", "species": "species",
             "analysis": "analysis", "status": "status", "address": "address", "alias": "alias",
             "canvas": "canvas", "menus": "menu", "skus": "sku", "bonus": "bonus", "campus": "campus", "corpus": "corpus",
             "gas": "gas", "os": "os", "bus": "bus", "radius": "radius", "process": "process",
             "access": "access", "business": "business", "class": "class", "pass": "pass",
             "glass": "glass", "boss": "boss", "loss": "loss", "address_es": "address",
             "addresses": "address", "statuses": "status", "aliases": "alias", "classes": "class",
             "processes": "process", "businesses": "business", "indices": "index", "matrix": "matrix",
             "sms": "sms", "dns": "dns", "ids": "id", "uids": "uid", "uris": "url", "urls": "url",
             "https": "https", "aces": "ace", "axes": "axis",
             "bases": "base", "cases": "case", "phases": "phase", "purchases": "purchase",
             "licenses": "license", "responses": "response", "releases": "release", "courses": "course",
             "hashes": "hash", "boxes": "box", "taxes": "tax", "matches": "match", "branches": "branch",
             "wishes": "wish", "dishes": "dish", "batches": "batch", "patches": "patch", "notes": "note",
             "scores": "score", "stores": "store", "movies": "movie", "cookies": "cookie", "series_": "series",
             "lives": "life", "wives": "wife", "leaves": "leave", "shelves": "shelf", "buses": "bus", "skis": "ski"}

#: Tokens that carry no meaning of their own ("col1", "field_3", "tmp").
PLACEHOLDERS = frozenset("""col column field fld attr val var tmp temp foo bar baz qux dummy unnamed
misc blob str string varchar char txt x y z xx yy zz""".split())


#: Plurals of nouns ending in "oe" (``shoes``): their singular keeps the "e" (``heroes`` is ``hero``).
_OE_NOUNS = frozenset("shoes toes canoes hoes oboes foes floes sloes throes does woes roes aloes tiptoes".split())


def singular(word: str) -> str:
    """A plural English word's singular (good enough for table and column names)."""
    if word in _SINGULAR:
        return _SINGULAR[word]
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ous")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("oes") and len(word) > 4 and word not in _OE_NOUNS:  # heroes, potatoes, echoes
        return word[:-2]
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def known_words() -> frozenset[str]:
    """The words this reader knows in a name (``clips``: the words a clip may stand for)."""
    return frozenset(w for w in _WORDS | set(_PARTICIPLES.values()) if w.isalpha() and len(w) >= 3)


def run_together() -> frozenset[str]:
    """Words run together that this reader spells out (``postcode``, ``lastname``)."""
    return frozenset(k for k, v in _SYNONYMS.items() if len(v) > 1 or k not in _WORDS and len(k) > 5)


def _known(piece: str) -> bool:
    return piece in _WORDS or singular(piece) in _WORDS or piece in _SYNONYMS


@lru_cache(maxsize=4096)
def _cut(word: str, shortest: int = 2) -> tuple[str, ...] | None:
    """``word`` cut into dictionary words of at least ``shortest`` letters (fewest pieces), or None."""
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for end in range(1, n + 1):
        for start in range(max(0, end - 14), end - shortest + 1):
            piece = word[start:end]
            prev = best[start]
            if prev is None or not _known(piece):
                continue
            cand = prev + (piece,)
            if best[end] is None or len(cand) < len(best[end]):
                best[end] = cand
    return best[n]


#: How many of the most frequent English words may be the pieces of a run-together name.
_COMMON = 25_000


@lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the most frequent English words, every word of the list): wordninja's, ranked by their
    frequency in Wikipedia."""
    import wordninja

    path = Path(wordninja.__file__).with_name("wordninja") / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        words = f.read().split()
    return frozenset(words[:_COMMON]), frozenset(words)


def english_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a word of wordninja's English list: a word of its own to the
    segmenter, and a verb the scope language may read where it stands before a value (``scope.mentions``)."""
    return word in _english_words()[1]


#: Endings that make a word of a word (``shrink age``, ``finger ling``, ``mile age``): never a last piece.
_SUFFIX_PIECES = frozenset("age ling ment ness ship able ion ure ance ence ity ish ful less ward wise".split())
#: Prefixes of a word made of a word (``re admission``: not ``read mission``).
_PREFIXES = ("re", "un", "pre", "non", "sub", "over", "under", "out", "mis", "dis", "co")


def _english(word: str) -> tuple[str, ...] | None:
    """``word`` split into common English words by their frequencies (``netamount`` -> ``net amount``,
    ``lastupdate`` -> ``last update``), when it is not one itself and every piece is a common word of two
    letters or more (``postgres`` stays whole: ``gres`` is no word); None otherwise."""
    import wordninja

    common, every = _english_words()
    if word in every or word in _WHOLE or singular(word) in _WHOLE or listed(word) \
            or any(word.startswith(p) and word[len(p):] in common for p in _PREFIXES):  # readmission
        return None
    pieces = tuple(wordninja.split(word))
    if len(pieces) < 2 or pieces[0] in _TWO - _LEADING_TWO or pieces[-1] in _SUFFIX_PIECES:
        return None  # onboarding is not 'on boarding', shrinkage no 'shrink age'
    if not all(p in _TWO if len(p) == 2 else len(p) > 2 and (p in common or _known(p)) for p in pieces):
        return None
    return pieces


#: The two-letter words a run-together name is cut into (``ku berne tes`` is no reading of
#: ``kubernetes``), and those it may start with (``is member``; ``in voice`` is no reading of ``invoice``).
_TWO = frozenset("is in of on to at by id ip up".split())
_LEADING_TWO = frozenset("is id ip".split())
#: Compounds seedbed's own lexicons read whole (a time word ``signup``, a kind ``timesheet``): never cut
#: into English words, whatever their frequencies say.
_WHOLE = frozenset("""segundo ecocash onemoney isodow masklen argnames prosqlbody fieldname cryostat putaway cryocooler photosphere freeboard backoff backoffice moonrise moonset billable blockchain chargeback checkin cooldown costcenter counterparty
countryregion createdon daypart drivetrain dropoff fanout fintech fulltime gameweek geolocation geopoint giftaid
hashtag headcount healthcheck homeware infographic invoice jobcard kanban lineitem lockedby logout longtext manhours
masterformat microgram matchday meetup midmarket midsize noshow offboarding onboarding optedout pageview pastdue payout
payslip paywall pincode preheader prequalification puckdrop realestate shelfmark signoff signup skincare
standfirst statuscode storypoint strapline subheadline superadmin takeaway tasklist timeoff timeout timesheet
tipoff touchback townhall trialling useradd userinfo waitlist waitlisted waybill webhook webshop wishlist wordcount
workcenter workflow workitem workline writeoff kickoff faceoff pickup checkout apikey backtrace blurhash changelog
classname codepoint committer contype daterange datetime executemany exitcode filesize fillcolor fitout hotfix
isoformat linkedin localhost loopback mediumtext millis monthday multirange nonbillable noteable nullable numrange
openid pickface prefetchable producthunt rankdir redact roadmap rootdir setval sslpassword stddev stdout straat
strpos sulphites tablespace tinytext traceback vandelay varbinary varbit viewport walkthrough westgard workspace
lastest linuxkit forkserver importable anyascii fastapi seedbed wordninja devtools feddan solarfarm trainset windfarm
countertop worktop wednes apivar autocad blackwork busway canape crossmatch diecut farebox grantmaker grantmaking
copywriting hotdesk hotdesking linework makeready mediaplan mixdown playgroup pollbook pollworker radiograph sheetfed
showjumping workpaper guestbook openended rowwords codebase dataset wordnet lexnames synsets colabbrev rowkinds""".split())


#: Endings of one derived noun that look like a word after a qualifier (-ic + -ity: ``ethni city``).
_NOUN_ENDINGS = ("icity",)


@lru_cache(maxsize=4096)
def _segment(word: str) -> tuple[str, ...]:
    """Cut a run-together word into dictionary words (fewest pieces), or return it whole.

    An unknown qualifier before known words keeps them (``scrappedqty`` -> ``scrapped qty``,
    ``largephotofilename`` -> ``large photo file name``): the known words decide the meaning.
    """
    if _known(word) or len(word) < 6:
        return (word,)
    when = _WHEN_TAIL.match(word)
    if when:  # uploadedat -> uploaded at (the participle need not be a dictionary word)
        return (*_segment(when.group(1)), when.group(2))
    found = _cut(word)
    if found and len(found) > 1:
        return found
    if word.endswith(_NOUN_ENDINGS):  # ethnicity, electricity: one abstract noun, not a qualifier before 'city'
        return (word,)
    english = _english(word)
    if english:  # netamount, lastupdate, titleofcourtesy: common English words run together
        return english
    if english_word(word):  # a word of its own (shrinkage is no 'shrink age')
        return (word,)
    for start in range(5, len(word) - 2):  # the longest known tail after an unknown qualifier of 5+ letters
        rest = _cut(word[start:], 3)
        if rest and rest[-1] not in _SUFFIX_PIECES:
            return (word[:start], *rest)
    return (word,)


#: Letter+digit words kept whole (``md5`` is not ``md`` and ``5``).
_COMBOS = frozenset("""md5 sha1 sha256 sha512 ipv4 ipv6 ip4 ip6 e164 ean13 ean8 base64 s3 x509 oauth2
iso2 iso3 alpha2 alpha3 utf8 line1 line2 address1 address2 h3 mp3 mp4 oauth1 md5sum""".split())


def _merge_combos(raw: list[str]) -> list[str]:
    out: list[str] = []
    for tok in raw:
        if out and tok.isdigit() and out[-1] + tok in _COMBOS:
            out[-1] += tok
        else:
            out.append(tok)
    return out


def as_written(name: str) -> list[str]:
    """An identifier's words as written, lowercased (``sizeMB`` -> size, mb; ``duration_seconds`` -> duration,
    seconds): no singular, no synonyms, no cut of run-together words (``tokens`` does those)."""
    return [t.lower() for t in _SPLIT.findall(fold(name))]


def tokens(name: str, segment: bool = True) -> tuple[str, ...]:
    """Normalised tokens of an identifier (see the module docstring).

    With ``segment=False`` run-together words stay whole (``endpoint`` is not ``end point``). A name in
    another language is read as its English words (``languages``: ``geburtsdatum`` -> birth, date), in the
    language of the schema being planned where a word is English too (``languages.reading``). A clipped word
    no list knows is read as the word it clips inside ``clips.reading_clips`` (``seedbed.clips``: ``fst_nm`` first
    name, ``eml`` email), preferring the words of the schema being planned (``clips.schema_words``).
    """
    from seedbed.clips import current_words, spelled_out

    return _tokens(name, segment, current(), current_words() if spelled_out() else None)


@lru_cache(maxsize=8192)
def _tokens(name: str, segment: bool, language: str | None, own: frozenset[str] | None = None) -> tuple[str, ...]:
    """``tokens``; ``own`` the schema's own words where clips are spelled out, else None."""
    raw = _merge_combos(as_written(name))
    # numbering prefixes: "c12run_alias", "f3_name" -> drop the leading letter and its digits
    if len(raw) >= 3 and len(raw[0]) == 1 and raw[1].isdigit():
        raw = raw[2:]
    read = read_words(tuple(t for t in raw if not t.isdigit()), language)
    pieces: list[tuple[str, bool]] = []
    for tok, translated in read if read is not None else ((t, False) for t in raw):
        if not tok.isdigit():
            pieces.extend((piece, translated) for piece in ((tok,) if translated or not segment else _segment(tok)))
    out: list[str] = []
    clips: set[int] = set()  # where in ``out`` a clip's word stands
    for i, (piece, translated) in enumerate(pieces):
        if piece in _UNIT_AFTER and out and out[-1] in _UNIT_AFTER[piece]:
            out.append(piece)
            continue
        if piece in _PARTICIPLES and out and out[-1] in _DONE_AFTER:
            out.append(_PARTICIPLES[piece])
            continue
        if own is not None and not translated and not _known(piece):
            word = _unclipped(piece, out, [p for p, _t in pieces[i + 1:]], own)
            if word != piece:
                clips.add(len(out))
                piece = word
        for word in _SYNONYMS.get(piece, (piece,)):
            word = singular(word)
            if out and len(out) - 1 in clips and len(_SYNONYMS.get(out[-1] + word, ())) > 1:
                out.extend(_SYNONYMS[out.pop() + word])  # pst_cd: post code, run together a postcode: postal code
                continue
            out.extend(_SYNONYMS.get(word, (word,)))
    return tuple(out)


def _unclipped(piece: str, before: list[str], after: list[str], own: frozenset[str]) -> str:
    """A clip no list knows as the word it clips (``seedbed.clips``), else as it is. Its neighbours say which
    word when it makes a compound with them (``lst_nm``: last name), and a unit later in the name the measure
    (``tmp_min_c``: a temperature)."""
    from seedbed.clips import expand

    if (piece,) in _rule_words():
        return piece  # upc, sku: a word the rules read as it is
    nxt = _SYNONYMS.get(after[0], (after[0],))[0] if after else None
    unit = after[-1] if len(after) > 1 else None
    return expand(piece, before=before[-1] if before else None, after=nxt, unit=unit, own=own) or piece


@lru_cache(maxsize=1)
def _rule_words() -> frozenset[tuple[str, ...]]:
    """The names the column rules read as they are (``intent.rules.PHRASES``)."""
    from seedbed.generate.intent.rules import PHRASES

    return frozenset(PHRASES)


def meaningful(name: str) -> bool:
    """Whether a column name says something about its values.

    False for names made only of placeholders, numbers and one- or two-letter tokens
    (``c1``, ``col_3``, ``v``, ``field``); True otherwise.
    """
    return any((len(t) >= 3 or t in _SHORT) and t not in PLACEHOLDERS for t in tokens(name))
