"""Identifiers and codes with real structure: UUIDs, document numbers, SKUs, EAN/UPC/ISBN with valid
check digits, IBANs with valid mod-97 check digits, Luhn-valid card numbers from test ranges
only (secrets, random and fake, live in ``secrets``).

Unique codes are functions of the row index (``Call.ranks``): the rank is written into the
code's digits, so distinct rows get distinct codes in every chunk.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.catalog import categories
from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.geo import digits_format
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, cat, digits, lengths, load, pick
from seedbed.generate.intent.tokens import tokens
from seedbed.generate.values.data import column_key
from seedbed.generate.values.misc import seeded_uuids
from seedbed.generate.values.patterns import checker
from seedbed.generate.values.strings import ascii_rows, base_n, put_digits

__all__ = ["ean_check", "iban_check", "luhn_check"]

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_ALNUM = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_B36 = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _random_text(rng: np.random.Generator, n: int, width: int, alphabet: bytes,
                 ranks: np.ndarray | None = None) -> np.ndarray:
    """Random strings over ``alphabet``; with ``ranks`` the last symbols spell the rank (distinct)."""
    sym = np.frombuffer(alphabet, dtype=np.uint8)
    m = sym[rng.integers(0, len(sym), size=(n, width))]
    if ranks is not None:
        if len(ranks) and int(ranks.max()) >= len(sym) ** min(width, 12):
            raise GiveUp(f"{width} symbols cannot hold {int(ranks.max()) + 1} distinct values")
        v = ranks.astype(np.int64, copy=True)
        pos = width - 1
        while pos >= 0 and (v > 0).any() or pos == width - 1:
            v, d = np.divmod(v, len(sym))
            m[:, pos] = sym[d]
            pos -= 1
    return np.array(ascii_rows(m))


def _ranks(call: Call, tag: str) -> np.ndarray | None:
    return call.ranks(tag) if call.unique else None


def _digits(values: np.ndarray, width: int) -> np.ndarray:
    m = np.empty((len(values), width), dtype=np.uint8)
    put_digits(m, 0, values, width)
    return np.array(ascii_rows(m))


def _width(call: Call, natural: int) -> int:
    return natural if call.lmax is None else max(1, min(natural, call.lmax))


# ------------------------------------------------------------------------------ check digits


def luhn_check(body: np.ndarray) -> np.ndarray:
    """Luhn check digit of each row of ``body`` (an (n, k) array of digits 0-9)."""
    d = body[:, ::-1].astype(np.int64)
    double = d[:, 0::2] * 2
    total = np.where(double > 9, double - 9, double).sum(axis=1) + d[:, 1::2].sum(axis=1)
    return (10 - total % 10) % 10


def ean_check(body: np.ndarray) -> np.ndarray:
    """GTIN check digit (EAN-13 for 12 digits, UPC-A for 11) of each row of ``body``."""
    d = body[:, ::-1].astype(np.int64)
    total = d[:, 0::2].sum(axis=1) * 3 + d[:, 1::2].sum(axis=1)
    return (10 - total % 10) % 10


def iban_check(country: np.ndarray, bban: np.ndarray) -> np.ndarray:
    """ISO 13616 check digits (two-digit strings) for BBANs of the given countries."""
    moved = cat(bban, country, "00")
    if not len(moved):
        return np.empty(0, dtype=object)
    codes = np.array([[ord(ch) for ch in s] for s in moved.tolist()], dtype=np.int64)
    rem = np.zeros(len(moved), dtype=np.int64)
    for j in range(codes.shape[1]):
        ch = codes[:, j]
        letter = ch >= 65
        rem = np.where(letter, (rem * 100 + ch - 55) % 97, (rem * 10 + ch - 48) % 97)
    return _digits(98 - rem, 2)


def _digit_matrix(n: int, width: int, rng: np.random.Generator, ranks: np.ndarray | None,
                  key: int | None = None) -> np.ndarray:
    """Random digits; with ``ranks``, the last digits spell the rank (distinct ranks, distinct rows),
    spread over those digits by a bijection keyed by ``key`` (9780300004724, a counter, before: r25)."""
    body = rng.integers(0, 10, size=(n, width))
    if ranks is not None:
        need = len(str(int(ranks.max(initial=0))))
        if need > width:
            raise GiveUp(f"{width} digits cannot hold rank {int(ranks.max())}")
        tail = min(width, max(6, need))
        v = ranks.copy() if key is None else _permute(ranks, 10**tail, key)
        for pos in range(width - 1, width - 1 - tail, -1):
            v, d = np.divmod(v, 10)
            body[:, pos] = d
    return body


def _permute(ranks: np.ndarray, space: int, key: int) -> np.ndarray:
    from seedbed.generate.permute import permute

    return permute(ranks, space, key)


def _join(m: np.ndarray) -> np.ndarray:
    return np.array(ascii_rows((m + 48).astype(np.uint8)))


# ------------------------------------------------------------------------------ identifiers


@register("id.uuid", unique="native", cut="never")
def _uuid(call: Call) -> np.ndarray:
    u = np.array(seeded_uuids(column_key(call.req, "uuid"), call.req.index))
    return apply(lambda v: v.replace("-", ""), u) if call.lmax is not None and call.lmax < 36 else u


@register("id.opaque", unique="native", cut="never")
def _opaque(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    style = call.p("style", "")
    if style == "list":
        k = rng.integers(1, 4, size=n)
        ids = [digits(rng.integers(1, 5000, size=n)) for _ in range(3)]
        out = np.where(k >= 2, cat(ids[0], ",", ids[1]), ids[0])
        return np.where(k >= 3, cat(out, ",", ids[2]), out)
    if call.unique:
        rank = call.ranks("opaque")
    else:
        rank = rng.integers(0, 2**40, size=n)
    lmax = call.lmax
    if lmax is None or lmax >= 36:
        if style in ("stripe", "customer", "subscription", "charge", "payment"):
            prefix = {"customer": "cus_", "subscription": "sub_", "charge": "ch_"}.get(style, "pi_")
            return cat(prefix, np.array(ascii_rows(base_n(rank, _B36, 14))))
        return np.array(seeded_uuids(column_key(call.req, "opaque", int(call.unique)), rank))
    width = min(int(call.p("width") or lmax), lmax, 12)  # a short identifier of unknown meaning: its width
    if call.unique:  # spread over the code space (a keyed bijection): K7QX2M, not 000000, 000001
        rank = _spread(call, call.ranks_within("opaque", 36**width), 36**width, "opaque")
    else:  # the whole width too (0000BJEW4YSE was a 40-bit number in 12 characters)
        rank = rng.integers(0, 36**width, size=n, dtype=np.int64)
    return np.array(ascii_rows(base_n(rank % 36**width, _B36, width)))


def _spread(call: Call, ranks: np.ndarray, space: int, tag: str) -> np.ndarray:
    """Distinct ranks mapped over the whole ``space`` by a keyed bijection (distinct stay distinct)."""
    from seedbed.generate.permute import permute

    return permute(ranks, space, column_key(call.req, "spread", tag))


def _fill_width(call: Call, full: np.ndarray) -> np.ndarray:
    """A fixed-width ``char(n)`` document number its format does not fill (``TCK000005`` in a
    ``char(13)``): ``n`` digits, like a real ticket or account number of that width."""
    width = call.lmax
    if not call.req.column.type.fixed_length or width is None or width < 8 or not (lengths(full) != width).any():
        return full
    space = 10 ** min(width, 18)
    rank = call.ranks_within("fill", space) if call.unique else call.rng.integers(0, space, size=call.n)
    return _digits(_spread(call, rank, space, "fill") if call.unique else rank, width)


def _like_default(call: Call) -> np.ndarray | None:
    """Codes shaped like the column's DEFAULT when it is digits (``person_cd char(3) DEFAULT '001'``: 002, 003,
    not KFO; r48): the same width, the next few numbers (distinct ones counted up from it when unique)."""
    found = re.match(r"^'(\d{1,9})'(::[a-z ]+)?$", call.req.column.default or "")
    if found is None:
        return None
    width, start = len(found.group(1)), int(found.group(1))
    if call.unique:
        rank = call.ranks_within("default", 10**width - start) + start
    else:
        rank = start + np.minimum(call.rng.geometric(0.45, size=call.n), 10**width - 1 - start)
    return _digits(rank, width)


@register("id.code", unique="native", cut="never")
def _code(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    noun = str(call.p("noun") or "")
    lmax = call.lmax or 12
    shaped = _like_default(call)
    if shaped is not None:
        return shaped
    if noun == "letter" or lmax == 1:
        return _random_text(rng, n, 1, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if noun == "abbreviation" or lmax <= 4:
        width = min(lmax, 3)
        if call.unique:
            ranks = call.ranks_within("code", 26**width)
            return np.array(ascii_rows(base_n(ranks, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", width)))
        return _random_text(rng, n, width, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if noun == "ssn" and lmax >= 9:  # a US social security number: 123-45-6789 (9 digits in a narrow column)
        body = _digits(call.ranks_within("code", 10**9) if call.unique else rng.integers(10**8, 9 * 10**8, size=n), 9)
        return body if lmax < 11 else apply(lambda d: f"{d[:3]}-{d[3:5]}-{d[5:]}", body)
    if noun in ("course", "class", "subject", "module") and lmax >= 6:  # CS 101, MATH 240
        depts = np.array(["CS", "MATH", "PHYS", "CHEM", "BIO", "ECON", "HIST", "ENGL", "PSY", "STAT"], dtype=object)
        rank = call.ranks_within("code", len(depts) * 400) if call.unique else rng.integers(0, len(depts) * 400, size=n)
        return cat(depts[rank % len(depts)], " ", _digits(100 + rank // len(depts), 3))
    if noun == "serial" and lmax >= 8:  # a maker's serial number: two letters and digits (KX20491738)
        width = min(lmax - 2, 8)
        space = 26 * 26 * 10**width
        rank = _spread(call, call.ranks_within("serial", space), space, "serial") if call.unique \
            else rng.integers(0, space, size=n, dtype=np.int64)
        head = np.array(ascii_rows(base_n(rank // 10**width, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2)))
        return cat(head, _digits(rank % 10**width, width))
    from seedbed.generate.realistic.plaincodes import code_prefix, plain_code

    table_noun = (tokens(str(call.row.table)) or ("",))[-1]
    prefix = str(call.p("prefix") or "") or code_prefix(noun, table_noun)
    catalog = int(call.p("catalog") or 0)
    if catalog and not call.unique and lmax >= len(prefix) + 4:  # a catalog's codes by hundreds: RC-110, RC-205
        k = rng.integers(0, catalog, size=n)
        return cat(prefix, "-", digits(100 * (1 + k // 6) + 5 * (k % 6)))
    return plain_code(call, prefix, lmax)  # DPT481, RT-004213: one shape filling the width (r25)


_DOC_PREFIX = {"invoice": "INV", "order": "SO", "receipt": "RCT", "ticket": "TCK", "po": "PO", "purchase": "PO",
               "quote": "QT", "booking": "BKG", "claim": "CLM", "policy": "POL", "contract": "CTR", "bill": "BILL",
               "credit": "CN", "reference": "REF", "confirmation": "CNF", "case": "CASE", "document": "DOC",
               "payment": "PAY", "refund": "RFD", "remittance": "RMT"}


def _doc_prefix(noun: str) -> str:
    """The usual prefix of a document's number (``INV``), else three letters of its noun: the first
    and the next consonants (``grant`` -> ``GRN``, ``mandate`` -> ``MND``)."""
    if noun in _DOC_PREFIX or not noun.isalpha():
        return _DOC_PREFIX.get(noun, "DOC")
    rest = [c for c in noun[1:] if c not in "aeiou"]
    return (noun[0] + "".join(rest)[:2]).upper() if len(rest) >= 2 else noun[:3].upper()


#: Records that group many rows (a batch of claims, a production run): a short running number, shared.
_GROUPING = frozenset("batch run".split())


@register("id.document_number", unique="native", cut="never")
def _document(call: Call) -> np.ndarray:
    if call.p("noun") == "issue_key":  # PROJ-123: a project key and a number
        keys = np.array(["PROJ", "CORE", "WEB", "API", "OPS", "MOB", "DATA", "INFRA"], dtype=object)
        rank = call.ranks("doc") if call.unique else call.rng.integers(0, 5000, size=call.n)
        return cat(keys[(rank // 7919) % len(keys)] if call.unique else keys[call.rng.integers(0, len(keys), size=call.n)],
                   "-", digits(rank + 1))
    prefix = str(call.p("prefix") or _doc_prefix(str(call.p("noun") or "")))
    rank = call.ranks("doc") if call.unique else call.rng.integers(0, 10**6, size=call.n)
    if not call.unique and call.p("noun") in _GROUPING:  # a claim batch holds many rows: BATCH-0007 on a score of them
        rank = 1 + call.rng.integers(0, max(2, call.req.table_rows // 20), size=call.n)
    # no year of its own (r47: TRK-2021-... beside a row of 2024): the row's date adds it (derive "dated")
    body = _digits(rank, 4 if not call.unique and call.p("noun") in _GROUPING else max(
        6, len(str(int(rank.max(initial=0))))))
    full = cat(prefix, "-", body)
    if call.lmax is not None and (lengths(full) > call.lmax).any():
        full = cat(prefix, body)
    wide = bool(call.req.column.type.fixed_length) and (call.lmax or 0) >= 8  # _fill_width's digits
    if call.lmax is not None and (lengths(full) > call.lmax).any() and not wide:
        return _narrow(call, prefix)
    return _fill_width(call, full)


def _narrow(call: Call, prefix: str) -> np.ndarray:
    """A number narrower than its format (``kit_lot char(7)``, ``job_ref char(5)``): the prefix and
    digits filling the width (``LOT4821``) where three digits fit after it, else digits alone
    (``48213``); never a word ('Eagle') because ``LOT`` and six digits did not fit."""
    width = int(call.lmax or 0)
    if width < 3 or call.req.column.name.lower().endswith(("ref", "reference", "locator")):
        raise GiveUp(f"no document number fits {width} characters")  # a short ref: letters and digits (K7QX2M)
    lead = prefix if width >= len(prefix) + 3 else ""
    room = min(width - len(lead), 12)
    space = 10**room - (10 ** (room - 1) if not lead else 0)  # digits alone: no leading zero
    base = 0 if lead else 10 ** (room - 1)
    rank = _spread(call, call.ranks_within("narrow", space), space, "narrow") if call.unique \
        else call.rng.integers(0, space, size=call.n)
    return cat(lead, _digits(rank + base, room))


_ACCESSION = {"run": "SRR", "sample": "SRS", "experiment": "SRX", "study": "SRP", "submission": "SRA"}


@register("id.accession", unique="native", cut="never")
def _accession(call: Call) -> np.ndarray:
    prefix = _ACCESSION.get(str(call.p("noun") or ""), "ACC")
    rank = call.ranks("acc") + 100_000 if call.unique else call.rng.integers(100_000, 9_999_999, size=call.n)
    return cat(prefix, digits(rank))


@register("clinical.loinc", unique="native", cut="never")
def _loinc(call: Call) -> np.ndarray:
    """A LOINC code (``2345-7``): the common tests' real codes, then distinct bodies with their
    mod-10 check digit where a UNIQUE column needs more rows than the list has."""
    real = np.array(load("misc")["types"]["loinc"], dtype=object)
    if not call.unique:
        return real[call.rng.integers(0, len(real), size=call.n)]
    rank = call.ranks("loinc")
    body = 10_000 + (rank.astype(np.int64) * 7919) % 89_999  # five digits, distinct below the modulus
    mat = np.stack([(body // 10 ** k) % 10 for k in range(4, -1, -1)], axis=1)
    made = cat(digits(body), "-", digits(luhn_check(mat)))
    return np.where(rank < len(real), real[np.minimum(rank, len(real) - 1)], made)


@register("id.tracking", unique="native", cut="never")
def _tracking(call: Call) -> np.ndarray:
    from seedbed.generate.realistic.standards import ups_numbers  # 1Z, shipper, service, check digit (r25)

    return ups_numbers(call)


@register("id.number", unique="native", cut="never")
def _id_number(call: Call) -> np.ndarray:
    width = min(int(call.p("width") or 0), 18)
    if width < 4 and call.req.column.type.fixed_length and (call.lmax or 0) >= 4:  # lot_no char(6): six digits
        width = min(int(call.lmax or 0), 18)
    if width >= 4:  # card_number char(12): twelve digits, the first not 0; distinct rows spread over the space
        space = 9 * 10 ** (width - 1)
        if call.unique:
            x = (call.ranks("number").astype(np.int64) * 2654435761 + 0x5EED) % space  # a prime: a bijection
        else:
            x = call.rng.integers(0, space, size=call.n)
        return digits(x + 10 ** (width - 1))
    if call.unique:
        return digits(call.ranks("number") + 1)
    return digits(np.exp(call.rng.uniform(0, np.log(100_000), size=call.n)).astype(np.int64))


# ------------------------------------------------------------------------------ commerce codes


@lru_cache(maxsize=4096)
def _brand3(brand: str) -> str:
    return ("".join(ch for ch in brand if ch.isalpha()) + "XXX")[:3].upper()


_SKU_FORMATS = (  # (capacity of unique codes, builder); the first that fits the column and its CHECK wins
    (10**5, lambda cc, b3, r: cat(cc, "-", b3, "-", _digits(r % 10**5, 5))),
    (26 * 10**4, lambda cc, b3, r: cat(cc, _LETTERS[(r // 10_000) % 26], "-", _digits(r % 10_000, 4))),
    (10**6, lambda cc, b3, r: cat(cc, "-", _digits(r % 10**6, 6))),
    (10**6, lambda cc, b3, r: cat(b3, _digits(r % 10**6, 6))),
    (10**6, lambda cc, b3, r: cat(cc, _digits(r % 10**6, 6))),
)
_LETTERS = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), dtype=object)
_PROBE = 64


@register("commerce.sku", unique="native", cut="never")
def _sku(call: Call) -> np.ndarray | None:
    prod = call.row.product()
    cat_code = np.array([c.sku for c in categories()], dtype=object)[prod["category"]]
    brand3 = apply(_brand3, prod["brand"])
    rank = call.ranks("sku") if call.unique else call.rng.integers(0, 10**6, size=call.n)
    top = max(call.req.table_rows, int(rank.max(initial=0)) + 1) if call.unique else 0
    ok = checker(call.req.domain, 1, call.lmax, constructed=False)
    for capacity, build in _SKU_FORMATS:
        if capacity < top:
            continue
        probe = build(cat_code[:_PROBE], brand3[:_PROBE], rank[:_PROBE])
        if call.lmax is not None and int(lengths(probe).max(initial=0)) > call.lmax:
            continue
        if ok is not None and not all(ok(v) for v in probe.tolist()):
            continue
        return build(cat_code, brand3, rank)
    return None


def _gtin(call: Call, width: int, prefixes: list[str]) -> np.ndarray:
    rng, n = call.rng, call.n
    pre = np.array(prefixes)[rng.integers(0, len(prefixes), size=n)]
    ranks = call.ranks("gtin") if call.unique else None
    body = _digit_matrix(n, width - 1, rng, ranks, column_key(call.req, "digits"))
    if True:  # the country prefix leads; a unique code's rank sits in the trailing digits
        for i, p in enumerate(prefixes):
            rows = np.flatnonzero(pre == p)
            body[np.ix_(rows, np.arange(len(p)))] = [int(ch) for ch in p]
    check = ean_check(body)
    return _join(np.concatenate([body, check[:, None]], axis=1))


@register("commerce.ean13", out="text", unique="native", cut="never")
def _ean(call: Call) -> np.ndarray:
    return _gtin(call, 13, ["0", "40", "50", "30", "84", "80", "87", "73", "54", "76"])


@register("commerce.upc", out="text", unique="native", cut="never")
def _upc(call: Call) -> np.ndarray:
    return _gtin(call, 12, ["0", "6", "7", "8"])


@register("commerce.isbn", unique="native", cut="never")
def _isbn(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    ranks = call.ranks("isbn") if call.unique else None
    if call.lmax is not None and call.lmax < 13:
        body = _digit_matrix(n, 9, rng, ranks, column_key(call.req, "digits"))
        s = (body * np.arange(10, 1, -1)).sum(axis=1)
        check = (11 - s % 11) % 11
        return cat(_join(body), np.where(check == 10, "X", check.astype(str)).astype(object))
    body = _digit_matrix(n, 12, rng, ranks, column_key(call.req, "digits"))
    body[:, :3] = [9, 7, 8]
    body[:, 3] = rng.integers(0, 2, size=n)  # English-language group (0/1), as most ISBNs
    check = ean_check(body)
    digits_ = _join(np.concatenate([body, check[:, None]], axis=1))
    if call.lmax is None or call.lmax >= 17:
        return apply(lambda s: f"{s[:3]}-{s[3]}-{s[4:9]}-{s[9:12]}-{s[12]}", digits_)
    return digits_


@register("commerce.color", cut="never")
def _color(call: Call) -> np.ndarray:
    colors = load("commerce")["colors"]
    which = call.rng.integers(0, len(colors), size=call.n)
    hexed = "hex" in call.req.column.name.lower() or (call.lmax is not None and call.lmax <= 7)
    out = np.array([colors[i][1 if hexed else 0] for i in which.tolist()])
    if hexed and call.lmax is not None and call.lmax < 7:  # colour_hex char(6): the digits without '#'
        out = np.array([c.lstrip("#") for c in out.tolist()], dtype=object)
    return out


@register("commerce.size", cut="never")
def _size(call: Call) -> np.ndarray:
    sizes = load("commerce")["sizes"]
    weights = np.array([0.06, 0.2, 0.3, 0.24, 0.14, 0.06])
    return np.array(sizes)[np.searchsorted(np.cumsum(weights), call.rng.random(call.n) * weights.sum())]


@register("commerce.material", cut="words")
def _material(call: Call) -> np.ndarray:
    c = load("commerce")["categories"]
    return pick(call.rng, c["fashion"]["materials"] + c["home"]["materials"], call.n)


@register("commerce.unit", cut="never")
def _unit(call: Call) -> np.ndarray:
    """A unit of measure: of goods, or of a lab result (``kind='lab'``: mg/dL, mmol/L)."""
    return pick(call.rng, load("commerce")["lab_units" if call.p("kind") == "lab" else "units"], call.n)


@register("commerce.coupon", unique="native", cut="never")
def _coupon(call: Call) -> np.ndarray:
    words = np.array(["SAVE", "WELCOME", "SPRING", "SUMMER", "VIP", "FREESHIP", "THANKS", "HELLO"], dtype=object)
    base = words[call.rng.integers(0, len(words), size=call.n)]
    amount = digits(call.rng.integers(1, 10, size=call.n) * 5)
    if call.unique:
        return cat(base, amount, "-", np.array(ascii_rows(base_n(call.ranks("coupon"), _B36, 5))))
    return cat(base, amount)


# ------------------------------------------------------------------------------ money codes

_IBAN = {"DE": "##################", "FR": "##########@@@@@@@@@@@##", "ES": "####################",
         "IT": "@######################", "NL": "@@@@##########", "GB": "@@@@##############", "BE": "############",
         "AT": "################", "CH": "#################", "IE": "@@@@##############", "PT": "#####################",
         "PL": "########################", "CZ": "####################", "SE": "####################",
         "DK": "##############", "FI": "##############"}


@register("money.iban", unique="none", cut="never")
def _iban(call: Call) -> np.ndarray:
    person = call.row.person()["country"]
    country = np.where(np.isin(person, list(_IBAN)), person, np.where(call.rng.random(call.n) < 0.5, "DE", "GB"))
    out = np.empty(call.n, dtype=object)
    for code in np.unique(country).tolist():
        rows = np.flatnonzero(country == code)
        bban = np.array(digits_format(_IBAN[code], len(rows), call.rng))
        out[rows] = cat(code, iban_check(np.full(len(rows), code), bban), bban).tolist()
    return out


@register("money.bic", cut="never")
def _bic(call: Call) -> np.ndarray:
    country = call.row.person()["country"]
    bank = _random_text(call.rng, call.n, 4, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    loc = _random_text(call.rng, call.n, 2, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789")
    bic = cat(bank, country, loc)
    if call.lmax is None or call.lmax >= 11:
        bic = np.where(call.rng.random(call.n) < 0.5, cat(bic, "XXX"), bic)
    return bic


def card_brands(call: Call) -> np.ndarray:
    """The card (index into ``misc.cards``) of each row, shared by the card number and brand columns."""
    cards = load("misc")["cards"]
    return call.row._once("card", lambda: call.row.stream("card").integers(0, len(cards), size=call.n))


@register("money.card_number", unique="native", cut="never")
def _card(call: Call) -> np.ndarray:
    cards = load("misc")["cards"]
    which = card_brands(call)
    ranks = call.ranks_within("card", 10**5) if call.unique else None
    out = np.empty(call.n, dtype=object)
    for i, (_, prefix, length) in enumerate(cards):
        rows = np.flatnonzero(which == i)
        if not rows.size:
            continue
        free = length - len(prefix) - 1
        tail = _digit_matrix(len(rows), free, call.rng, None if ranks is None else ranks[rows],
                             column_key(call.req, "digits"))
        body = np.concatenate([np.tile([int(ch) for ch in prefix], (len(rows), 1)), tail], axis=1)
        out[rows] = _join(np.concatenate([body, luhn_check(body)[:, None]], axis=1)).tolist()
    return out


@register("money.card_brand", cut="never")
def _card_brand(call: Call) -> np.ndarray:
    return np.array([c[0] for c in load("misc")["cards"]])[card_brands(call)]


@register("money.card_expiry", cut="never")
def _expiry(call: Call) -> np.ndarray:
    month = call.rng.integers(1, 13, size=call.n)
    year = call.rng.integers(26, 32, size=call.n)
    return cat(_digits(month, 2), "/", _digits(year, 2))


@register("money.account_number", unique="native", cut="never")
def _account(call: Call) -> np.ndarray:
    if call.p("routing"):
        body = _digit_matrix(call.n, 8, call.rng, None)
        w = np.array([3, 7, 1, 3, 7, 1, 3, 7])
        check = (10 - (body * w).sum(axis=1) % 10) % 10
        return _join(np.concatenate([body, check[:, None]], axis=1))
    width = _width(call, 10)
    ranks = call.ranks_within("account", 10**width) if call.unique else None
    return _join(_digit_matrix(call.n, width, call.rng, ranks, column_key(call.req, "digits")))


@register("money.mcc", cut="never")
def _mcc(call: Call) -> np.ndarray:
    return pick(call.rng, [m[0] for m in load("packs")["packs"]["fintech"]["mcc"]], call.n)


# ------------------------------------------------------------------------------ call signs
_CALL_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Amateur prefixes of a few countries (ITU allocations).
_HAM_PREFIXES = ("K", "W", "N", "G", "M", "DL", "F", "VE", "JA", "EA", "I", "VK", "PA", "ON")
#: Flag states' call sign prefixes common among merchant ships (Malta, Panama, Liberia, Marshall Is., ...).
_SHIP_PREFIXES = ("9H", "3E", "H3", "A8", "D5", "V7", "9V", "PD", "C6", "5B", "VR")


@register("radio.call_sign", unique="native", cut="never")
def _call_sign(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    ranks = _ranks(call, "call_sign")  # unique: the letters spell the rank (K/W by its parity)
    if call.p("kind") == "broadcast":  # a US broadcaster: K west of the Mississippi, W east; 4 letters
        odd = (ranks % 2 == 1) if ranks is not None else rng.random(n) < 0.5
        return cat(np.where(odd, "W", "K").astype(object), _random_text(rng, n, 3, _CALL_LETTERS,
                                                                        None if ranks is None else ranks // 2))
    if call.p("kind") == "maritime":
        return cat(pick(rng, _SHIP_PREFIXES, n), _random_text(rng, n, 4, _B36, ranks))
    digit = digits(rng.integers(0, 10, size=n))
    return cat(pick(rng, _HAM_PREFIXES, n), digit, _random_text(rng, n, 3, _CALL_LETTERS, ranks))
