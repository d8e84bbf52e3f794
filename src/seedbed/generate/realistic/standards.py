"""Identifiers of a fixed real shape (round 9, r25): container numbers, ship and security numbers,
provider and drug codes, ORCID iDs, DOIs, IMEIs ... with their check digits.

The standards, their column words and their real values are data (``data/vocab/standards.json``);
``seedbed.generate.intent.standards`` picks one for a column when its name says so and its width
can hold it. A builder makes each row's compact value (a unique column's serial is a keyed
bijection of the row's rank, so rows stay distinct across chunks); the layout that fits the
column (``0000-0002-1825-0097`` or ``0000000218250097``) is applied last.

A security's ISIN, CUSIP and SEDOL come from one shared stream of the row, so a US row's ISIN is
``US`` + its CUSIP + a check digit, as in real data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.generate.realistic import checkdigits as cd
from seedbed.generate.realistic.fit import Call, GiveUp, _nulls
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load
from seedbed.generate.values.data import ColumnData, column_key
from seedbed.model import TypeKind

__all__ = ["BUILDERS", "layout", "standard", "ups_numbers"]

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SEDOL = "0123456789BCDFGHJKLMNPQRSTVWXYZ"  # no vowels


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    return {s["key"]: s for s in load("standards")["standards"]}


def standard(key: str) -> dict[str, Any]:
    """The registry entry of one standard."""
    return _table()[key]


class _Draw:
    """The random parts of one chunk's identifiers: a stream and, for a unique column, distinct serials."""

    def __init__(self, call: Call, tag: str, shared: bool = False) -> None:
        self.call, self.tag, self.shared = call, tag, shared
        self.rng = call.row.stream(f"std:{tag}") if shared else call.rng
        self.n = call.n

    def serial(self, space: int) -> np.ndarray:
        """Numbers below ``space``: distinct when the column is unique (spread over the space)."""
        call = self.call
        if not call.unique and not (self.shared and call.req.table_rows <= space):
            return self.rng.integers(0, space, size=self.n, dtype=np.int64)
        from seedbed.generate.permute import permute

        # a shared identity (a security's codes) is a function of the row alone, unique or not
        ranks = call.ranks(f"std:{self.tag}", shared=self.shared)
        if call.req.table_rows > space or (len(ranks) and int(ranks.max()) >= space):
            raise GiveUp(f"{space} identifiers cannot cover {call.req.table_rows} rows")
        key = call.row.key(f"std:{self.tag}") if self.shared else column_key(call.req, "standard", self.tag)
        return permute(ranks, space, key)

    def pick(self, values: list, weights: list | None = None) -> np.ndarray:
        p = None if weights is None else np.asarray(weights, dtype=float) / sum(weights)
        return np.array(values, dtype=object)[self.rng.choice(len(values), size=self.n, p=p)]

    def chars(self, alphabet: str, width: int) -> list[str]:
        sym = np.frombuffer(alphabet.encode("ascii"), dtype=np.uint8)
        m = sym[self.rng.integers(0, len(alphabet), size=(self.n, width))]
        return m.view(f"S{width}").ravel().astype(str).tolist() if self.n else []


def _weighted(pairs: list) -> tuple[list, list]:
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _digits(x: np.ndarray, width: int) -> list[str]:
    return [f"{int(v):0{width}d}" for v in x.tolist()]


def _base(x: np.ndarray, alphabet: str, width: int) -> list[str]:
    """Numbers written in ``alphabet`` on ``width`` symbols (its first symbol is the zero)."""
    from seedbed.generate.values.strings import ascii_rows, base_n

    return ascii_rows(base_n(x, alphabet.encode("ascii"), width))


def _with(check: Callable[[str], str], bodies: list[str]) -> list[str]:
    return cd.append_checks(check, bodies)


# ------------------------------------------------------------------------------ builders


def _iso6346(d: _Draw, s: dict) -> list[str]:
    owners = d.pick(s["owners"])
    serial = _digits(d.serial(10**6), 6)
    return _with(cd.iso6346, [o + x for o, x in zip(owners.tolist(), serial, strict=True)])


def _listed(d: _Draw, s: dict) -> list[str]:
    vals = s["values"]
    if vals and isinstance(vals[0], list):
        names, weights = _weighted(vals)
        if d.call.unique:
            raise GiveUp("a short list of real codes cannot be unique")
        return d.pick(names, weights).tolist()
    if d.call.unique:
        if d.call.req.table_rows > len(vals):
            raise GiveUp(f"{len(vals)} real codes cannot cover {d.call.req.table_rows} rows")
        return np.array(vals, dtype=object)[d.serial(len(vals))].tolist()
    return d.pick(vals).tolist()


def _imo(d: _Draw, s: dict) -> list[str]:
    return _with(cd.imo, _digits(700_000 + d.serial(300_000), 6))  # 7xxxxxx-9xxxxxx: ships built since the 1970s


def _mmsi(d: _Draw, s: dict) -> list[str]:
    mids = d.pick(*_weighted(s["mids"]))
    return [m + x for m, x in zip(mids.tolist(), _digits(d.serial(10**6), 6), strict=True)]


def _security(d: _Draw) -> tuple[list[str], list[str], list[str], list[str]]:
    """Each row's country, CUSIP, SEDOL and national number, drawn in one order from the row's shared stream: the
    ISIN, CUSIP and SEDOL columns of a row name the same security."""
    country = d.pick(*_weighted(standard("isin")["countries"])).tolist()
    serial = d.serial(10**6 * 9)  # issuer (six digits) and issue (10-90 for equities)
    cusips = _with(cd.cusip, [f"{int(v) // 9:06d}{10 * (1 + int(v) % 9)}" for v in serial.tolist()])
    sedols = _with(cd.sedol, ["B" + x for x in _base(serial % len(_SEDOL) ** 5, _SEDOL, 5)])  # B, no vowels
    return country, cusips, sedols, _digits(serial, 7)


def _cusip(d: _Draw, s: dict) -> list[str]:
    return _security(d)[1]


def _sedol(d: _Draw, s: dict) -> list[str]:
    return _security(d)[2]


def _isin(d: _Draw, s: dict) -> list[str]:
    bodies = []
    for c, cu, se, national in zip(*_security(d), strict=True):
        if c in ("US", "CA"):
            bodies.append(c + cu)
        elif c in ("GB", "IE"):
            bodies.append(c + "00" + se)
        else:  # a national number, zero-padded (CH0012032048)
            bodies.append(c + "00" + national)
    return _with(cd.isin, bodies)


def _lei(d: _Draw, s: dict) -> list[str]:
    lou = d.pick(s["lous"]).tolist()
    serial = d.serial(36**8)
    tail = d.chars(_ALNUM, 4)
    bodies = [f"{p}00{v}{t}" for p, v, t in zip(lou, _base(serial, _ALNUM, 8), tail, strict=True)]
    return _with(cd.mod97, bodies)


def _figi(d: _Draw, s: dict) -> list[str]:
    chars = "BCDFGHJKLMNPQRSTVWXYZ0123456789"
    serial = d.serial(len(chars) ** 6)
    bodies = ["BBG00" + v for v in _base(serial, chars, 6)]
    return _with(cd.cusip, bodies)


def _aba(d: _Draw, s: dict) -> list[str]:
    district = d.pick([f"{i:02d}" for i in list(range(1, 13)) + list(range(21, 33))]).tolist()
    return _with(cd.aba, [a + b for a, b in zip(district, _digits(d.serial(10**6), 6), strict=True)])


def _duns(d: _Draw, s: dict) -> list[str]:
    return _digits(d.serial(9 * 10**8) + 10**7, 9)  # leading 0 allowed (0-8), as Dun & Bradstreet issue them


def _ein(d: _Draw, s: dict) -> list[str]:
    pre = d.pick(s["prefixes"]).tolist()
    return [p + x for p, x in zip(pre, _digits(d.serial(10**7), 7), strict=True)]


def _npi(d: _Draw, s: dict) -> list[str]:
    lead = np.where(d.rng.random(d.n) < 0.6, 1, 2)
    body = [f"{a}{b}" for a, b in zip(lead.tolist(), _digits(d.serial(10**8), 8), strict=True)]
    return _with(cd.npi, body)


def _dea(d: _Draw, s: dict) -> list[str]:
    first = d.pick(["A", "B", "F", "G", "M"], [20, 35, 35, 5, 5]).tolist()
    second = d.chars(_UPPER, 1)
    return _with(cd.dea, [a + b + x for a, b, x in zip(first, second, _digits(d.serial(10**6), 6), strict=True)])


def _ndc(d: _Draw, s: dict) -> list[str]:
    labelers = s["firms"]  # a labeler, a product of three digits (so 5-3-2 reads it too), a package
    serial = d.serial(1000 * len(labelers)).tolist()
    pack = d.pick(["01", "02", "05", "10", "11", "30", "90", "60"]).tolist()
    return [f"{labelers[int(v) // 1000]}0{int(v) % 1000:03d}{k}" for v, k in zip(serial, pack, strict=True)]


def _orcid(d: _Draw, s: dict) -> list[str]:
    body = _digits(d.serial(3 * 10**7) + 10**7, 15)  # 0000-0001-xxxx-xxxx to 0000-0003-xxxx-xxxx
    return _with(cd.orcid, body)


def _doi(d: _Draw, s: dict) -> list[str]:
    """A registrant's prefix (10.1016: Elsevier) and a suffix of that publisher's shape: its
    journals' codes (``J``), the year, digits (the serial's first, for distinct DOIs)."""
    regs = s["registrants"]
    if d.call.unique:  # shapes that hold the whole serial: distinct rows, distinct DOIs in every chunk
        regs = [r for r in regs if r[1].count("#") >= 9]
    which = d.rng.integers(0, len(regs), size=d.n).tolist()
    serial = d.serial(10**9).tolist()
    year = (2012 + d.rng.integers(0, 14, size=d.n)).tolist()
    pick = d.rng.integers(0, 1 << 30, size=d.n).tolist()
    noise = d.rng.integers(0, 10, size=(d.n, 24)).tolist()
    out = []
    for w, v, y, p, z in zip(which, serial, year, pick, noise, strict=True):
        prefix, shape, codes = regs[w]
        shape = shape.replace("YYYY", str(y)).replace("YY", f"{y % 100:02d}")
        if codes:
            shape = shape.replace("J", codes[p % len(codes)], 1)
        digits = iter(f"{int(v):09d}"[::-1] + "".join(map(str, z)))
        out.append(f"{prefix}/{''.join(next(digits) if ch == '#' else ch for ch in shape)}")
    return out


def _issn(d: _Draw, s: dict) -> list[str]:
    return _with(cd.issn, _digits(d.serial(9 * 10**6) + 10**6, 7))  # 1xxx-xxxx to 9xxx-xxxx, as assigned


def _isrc(d: _Draw, s: dict) -> list[str]:
    country = d.pick(s["countries"]).tolist()
    reg = d.chars(_ALNUM[10:] + _ALNUM[:10], 3)
    year = _digits(d.rng.integers(5, 26, size=d.n), 2)
    return [c + r + y + x for c, r, y, x in zip(country, reg, year, _digits(d.serial(10**5), 5), strict=True)]


def _imei(d: _Draw, s: dict) -> list[str]:
    tac = d.pick(s["tacs"]).tolist()
    return _with(cd.luhn, [t + x for t, x in zip(tac, _digits(d.serial(10**6), 6), strict=True)])


def _iccid(d: _Draw, s: dict) -> list[str]:
    iss = d.pick(s["issuers"]).tolist()
    out = []
    for i, v in zip(iss, d.serial(10**10).tolist(), strict=True):
        body = i + f"{int(v):010d}"
        body = body + f"{int(v) % 10**9:09d}"[: 18 - len(body)]
        out.append(body + cd.luhn(body))
    return out


def _imsi(d: _Draw, s: dict) -> list[str]:
    net = d.pick(s["networks"]).tolist()
    serial = d.serial(10**9).tolist()
    return [m + f"{int(v):0{15 - len(m)}d}" for m, v in zip(net, serial, strict=True)]


def _uti(d: _Draw, s: dict) -> list[str]:
    leis = _lei(d, standard("lei"))
    width = min(d.call.lmax or 42, 42) - 20  # the LEI and a reference of about twenty characters
    refs = d.chars(_ALNUM, max(width - 10, 0))
    serial = _digits(d.serial(10**10), 10)
    return [f"{a}{b}{c}" for a, b, c in zip(leis, refs, serial, strict=True)]


def _imad(d: _Draw, s: dict) -> list[str]:
    """Input cycle date (YYYYMMDD), the sender's source id (8 characters), a six-digit sequence."""
    days = np.datetime64("2023-01-02") + d.rng.integers(0, 1000, size=d.n).astype("timedelta64[D]")
    source = d.pick(["QMGFT015", "MMQFMP2L", "B1QGC05C", "QMGFT001", "I1B7031C", "MMQFMPYD", "QCI5201C"]).tolist()
    seq = _digits(d.serial(10**6), 6)
    return [f"{str(t).replace('-', '')}{a}{b}" for t, a, b in zip(days.tolist(), source, seq, strict=True)]


def _ups(d: _Draw, s: dict) -> list[str]:
    pool = d.chars(_ALNUM, 6)[:7]  # one shipper ships many parcels: a few accounts per column
    shipper = [pool[i] for i in d.rng.integers(0, max(len(pool), 1), size=d.n).tolist()]
    service = d.pick(*_weighted(s["services"])).tolist()
    bodies = [a + b + x for a, b, x in zip(shipper, service, _digits(d.serial(10**7), 7), strict=True)]
    return ["1Z" + b + cd.ups(b) for b in bodies]


def ups_numbers(call: Call) -> np.ndarray:
    """UPS tracking numbers for ``id.tracking`` (the phrase table's ``tracking_number``)."""
    if call.lmax is not None and call.lmax < 18:
        raise GiveUp("a UPS tracking number has 18 characters")
    return np.array(_ups(_Draw(call, "ups"), standard("ups")), dtype=object)


def _awb(d: _Draw, s: dict) -> list[str]:
    prefix = d.pick(s["airlines"]).tolist()
    serial = d.serial(10**7).tolist()
    return [f"{p}{int(v):07d}{int(v) % 7}" for p, v in zip(prefix, serial, strict=True)]


def _gtin14(d: _Draw, s: dict) -> list[str]:
    lead = d.rng.integers(1, 9, size=d.n).tolist()
    body = [f"{a}{b}" for a, b in zip(lead, _digits(d.serial(10**12), 12), strict=True)]
    return _with(cd.gtin, body)


def _eori(d: _Draw, s: dict) -> list[str]:
    """An EORI: the country's code and its national number (a UK one its VAT number and ``000``)."""
    codes, weights = _weighted(s["countries"])
    digits = {c[0]: c[2] for c in s["countries"]}  # how many digits follow the country's code
    country = d.pick(codes, weights).tolist()
    out = []
    for c, v in zip(country, _digits(d.serial(10**12), 12), strict=True):
        if c == "GB":
            out.append(f"GB{v[-9:]}000")
        elif c == "ES":  # a company's NIF: a letter and eight digits
            out.append(f"ESB{v[-8:]}")
        else:
            out.append(c + v[-digits[c]:])
    return out


def _mrn(d: _Draw, s: dict) -> list[str]:
    """A customs MRN: the year's two digits, the office's country, twelve characters, the procedure's letter and
    a check character (ISO 6346's weights, as the Union Customs Code's annex computes it)."""
    year = d.rng.integers(22, 26, size=d.n).tolist()
    country = d.pick(*_weighted(s["countries"])).tolist()
    body = _base(d.serial(36**12), _ALNUM, 12)
    proc = d.pick(s["procedures"]).tolist()
    return _with(cd.iso6346, [f"{y:02d}{c}{b}{p}" for y, c, b, p in zip(year, country, body, proc, strict=True)])


BUILDERS: dict[str, Callable[[_Draw, dict], list[str]]] = {
    "iso6346": _iso6346, "iso_size_type": _listed, "imo": _imo, "mmsi": _mmsi, "isin": _isin, "cusip": _cusip,
    "sedol": _sedol, "lei": _lei, "figi": _figi, "aba": _aba, "duns": _duns, "ein": _ein, "npi": _npi,
    "dea": _dea, "ndc": _ndc, "orcid": _orcid, "doi": _doi, "issn": _issn, "isrc": _isrc, "imei": _imei, "iccid": _iccid,
    "imsi": _imsi, "mic": _listed, "locode": _listed, "icao_airport": _listed, "atc": _listed,
    "gtin14": _gtin14, "uti": _uti, "imad": _imad, "ticker": _listed, "ups": _ups, "awb": _awb,
    "scac": _listed, "eori": _eori, "mrn": _mrn, "imdg": _listed, "un_number": _listed, "flag_state": _listed,
    "hs_code": _listed,
}
#: Standards a security's columns share (one row, one security).
_SECURITY = frozenset({"isin", "cusip", "sedol"})


def _layout_all(values: list[str], mask: str) -> list[str]:
    """``layout`` over a chunk: the compact value itself, or its slices joined by the mask's literals."""
    if mask == "#" * len(mask):
        return [v[:len(mask)] for v in values]
    pieces, k = [], 0  # the mask compiled once: slices of the value and literal text
    for ch in mask:
        if ch == "#":
            if pieces and isinstance(pieces[-1], list):
                pieces[-1][1] = k + 1
            else:
                pieces.append([k, k + 1])
            k += 1
        elif ch == "x":
            k += 1
        else:
            pieces.append(ch)
    if any(len(v) < k for v in values):  # real codes of their own length (an ATC level)
        return [layout(v, mask) for v in values]
    parts = [p if isinstance(p, str) else slice(*p) for p in pieces]
    return ["".join(p if isinstance(p, str) else v[p] for p in parts) for v in values]


def layout(value: str, mask: str) -> str:
    """``mask`` filled from ``value``: ``#`` takes its next character, ``x`` skips one, others stay."""
    if sum(ch in "#x" for ch in mask) > len(value):  # a real code of its own length (an ATC level)
        return value
    out, k = [], 0
    for ch in mask:
        if ch == "#":
            out.append(value[k])
            k += 1
        elif ch == "x":
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def choose_layout(layouts: list[str], width: int | None, fixed: bool) -> str | None:
    """The first layout the column holds; a ``char(n)`` prefers one of exactly ``n`` characters."""
    fit = [m for m in layouts if width is None or len(m) <= width]
    exact = [m for m in fit if fixed and len(m) == width]
    return (exact or fit or [None])[0]


def _values(call: Call) -> list[str]:
    key = str(call.p("std"))
    if key not in _table():
        raise GiveUp(f"no identifier standard {key!r}")
    s = standard(key)
    d = _Draw(call, "security" if key in _SECURITY else key, shared=key in _SECURITY)
    return BUILDERS[key](d, s)


@register("id.standard", unique="native", cut="never")
def _standard(call: Call) -> np.ndarray:
    raw = _values(call)
    s = standard(str(call.p("std")))
    mask = choose_layout(s.get("layouts", []), call.lmax, bool(call.req.column.type.fixed_length))
    if mask is None and s.get("layouts"):
        raise GiveUp(f"{s['title']} does not fit {call.lmax} characters")
    return np.array(_layout_all(raw, mask) if mask else raw, dtype=object)


@register("id.standard_number", out="data", unique="native", cut="never")
def _standard_number(call: Call) -> ColumnData:
    """A digit-only standard kept in an integer column (``imo integer``, ``npi bigint``)."""
    if call.kind is not TypeKind.INTEGER:
        raise GiveUp("not an integer column")
    values = np.array([int(v) for v in _values(call)], dtype=np.int64)
    bits = call.req.column.type.bits or 64
    if len(values) and int(values.max()) >= 2 ** (bits - 1):
        raise GiveUp(f"{bits}-bit integers cannot hold these numbers")
    return ColumnData(values=values, nulls=_nulls(call))
