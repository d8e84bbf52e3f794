"""Applying a table's derived columns (``seedbed.planning.derived``) to a chunk's values.

A derived value replaces the drawn one only where the source row has a value and the result
still fits the column (its length limit, its CHECK bounds); elsewhere the drawn value stays,
which satisfies every constraint by construction.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.pairs import PAIR_OPS, pair_op
from seedbed.generate.moments import (
    by_now,
    calendar_part,
    day_of,
    due_by_terms,
    lifted_by,
    null_if_set,
    only_if,
    span,
    state_flag,
    within_bounds,
)
from seedbed.generate.permute import mix64, uniform64
from seedbed.generate.prices import priced
from seedbed.generate.problems import problems as _problems
from seedbed.generate.ranges import near, on_grid, range_flag, within
from seedbed.generate.realistic.isonames import derive_iso
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.text import length_limits
from seedbed.model import TypeKind

__all__ = ["derive"]


@lru_cache(maxsize=256)
def _regexes(patterns: tuple[str, ...], folded: tuple[str, ...], refused: tuple[str, ...]):
    """The column's CHECK regexes as Python ones ((pattern, must match) pairs), None when one cannot be read."""
    import re

    from seedbed.solve.dialect import are_to_python

    try:
        return tuple((re.compile(are_to_python(p), flags), want) for group, flags, want in
                     ((patterns, 0, True), (folded, re.IGNORECASE, True), (refused, 0, False)) for p in group)
    except (ValueError, re.error):
        return None


def _fits(dom, value: str) -> bool:
    """Whether a derived text satisfies the column's regex CHECKs (a slug's ``^[a-z0-9-]+$``); a
    column with a list of values or a LIKE pattern keeps its drawn values."""
    if dom.allowed is not None or dom.likes:
        return False
    if not (dom.patterns or dom.case_insensitive_patterns or dom.not_patterns):
        return True
    checks = _regexes(tuple(dom.patterns), tuple(dom.case_insensitive_patterns), tuple(dom.not_patterns))
    return checks is not None and all(bool(rx.search(value)) == want for rx, want in checks)


def _text(req: GenRequest, data: ColumnData, source: ColumnData, fn) -> ColumnData:
    dom = req.domain
    if dom.allowed is not None or dom.likes:
        return data
    lmin, lmax = length_limits(req.column.type, dom)
    vals = data.values.copy()
    src_null = source.nulls if source.nulls is not None else np.zeros(len(vals), dtype=bool)
    for i, (s, missing) in enumerate(zip(source.values.tolist(), src_null.tolist(), strict=True)):
        if missing or not isinstance(s, str):
            continue
        v = fn(s)
        if v is not None and lmin <= len(v) and (lmax is None or len(v) <= lmax) and _fits(dom, v):
            vals[i] = v
    nulls = data.nulls
    if req.column.nullable and not dom.not_null and source.nulls is not None:
        nulls = source.nulls.copy()  # a copy is missing where its source is
    return ColumnData(values=vals, nulls=nulls if nulls is not None and nulls.any() else None)


#: The SI (or customary) unit of a measured quantity named by a label; state sensors have none to speak of.
_UNITS = {"temperature": "°C", "temp": "°C", "humidity": "%", "illuminance": "lx", "light": "lx", "lux": "lx",
          "co2": "ppm", "voc": "ppb", "pm25": "µg/m³", "pm2_5": "µg/m³", "pm10": "µg/m³", "power": "W", "energy": "kWh",
          "voltage": "V", "current": "A", "pressure": "hPa", "noise": "dB", "sound": "dB", "battery": "%",
          "weight": "kg", "distance": "m", "speed": "km/h", "rainfall": "mm", "wind": "m/s", "flow": "L/min",
          "motion": "state", "contact": "state", "presence": "state", "occupancy": "state", "leak": "state",
          "smoke": "state", "door": "state", "heart_rate": "bpm", "steps": "count", "altitude": "m"}


def _unit_of(label: str) -> str | None:
    return _UNITS.get(label.strip().lower().replace(" ", "_").replace(".", "_"))


def _extension(name: str) -> str | None:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base.strip(".") else None


@lru_cache(maxsize=1)
def _mime_types():
    import mimetypes

    from seedbed.generate.realistic.vocab import load

    files = load("misc")["files"]
    known = {**load("misc")["kind_extensions"]["_mimes"],
             **{ext: mime for ext, mime, _w in files["types"] + files["image_types"]}}
    return known, mimetypes.MimeTypes()  # the built-in table only: no system file, the same on every machine


def _mime(name: str) -> str | None:
    """The media type of a file name's extension (the vocabulary's, else ``mimetypes``'; None when unknown)."""
    known, table = _mime_types()
    ext = _extension(name)
    return known.get(ext) if ext in known else table.guess_type(name, strict=False)[0]


def _exact_product(qty: ColumnData, price: ColumnData, scale: int) -> np.ndarray:
    """``qty x price`` rounded half away from zero to ``scale`` decimals as the database rounds a
    numeric, computed on scaled integers (a float product rounds 0.005 either way); floats where
    the integers could overflow."""
    def scaled(values: np.ndarray) -> tuple[np.ndarray, int]:
        if values.dtype.kind in "iu":
            return values.astype(np.int64), 0
        places = 0
        while places < 6 and not np.allclose(values * 10**places, np.round(values * 10**places), rtol=0, atol=1e-6):
            places += 1
        return np.round(values * 10**places).astype(np.int64), places

    (qi, qs), (pi, ps) = scaled(qty.values), scaled(price.values)
    shift = qs + ps - scale
    big = float(np.abs(qi).max(initial=0)) * float(np.abs(pi).max(initial=0))
    if shift < 0 or big >= 9e18:
        return np.round(qty.values.astype(np.float64) * price.values.astype(np.float64), scale)
    prod = qi * pi
    if shift:
        half = 5 * 10 ** (shift - 1)
        prod = np.sign(prod) * ((np.abs(prod) + half) // 10**shift)
    return prod.astype(np.float64) / 10**scale


def _times(req: GenRequest, data: ColumnData, qty: ColumnData, price: ColumnData) -> ColumnData:
    """The row's quantity times its unit price, at the column's scale; a row where the product
    would break the column's bounds (or a factor is NULL) keeps its drawn value."""
    mine = data.values
    if mine.dtype.kind not in "if" or qty.values.dtype.kind not in "iuf" or price.values.dtype.kind not in "iuf" \
            or req.domain.allowed is not None or req.domain.excluded:
        return data
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    got = _exact_product(qty, price, 2 if scale is None else scale)
    ok = within_bounds(req, got, np.isfinite(got), qty, price)
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def _coalesce(first: ColumnData, rest: list[ColumnData]) -> ColumnData:
    """The first non-NULL of the rows' values (NULL where all are)."""
    if not rest:
        return first
    vals = first.values.astype(np.float64)
    nulls = first.nulls.copy() if first.nulls is not None else np.zeros(len(vals), dtype=bool)
    for other in rest:
        if other.values.dtype.kind not in "iuf":
            return first
        vals = np.where(nulls, other.values.astype(np.float64), vals)
        nulls &= other.nulls if other.nulls is not None else np.zeros(len(vals), dtype=bool)
    return ColumnData(values=vals, nulls=nulls if nulls.any() else None)


def _number(req: GenRequest, data: ColumnData, source: ColumnData, op: str) -> ColumnData:
    if data.values.dtype.kind not in "if" or source.values.dtype.kind not in "if":
        return data
    mine = data.values
    src = source.values.astype(mine.dtype, copy=False)
    if op == "reading_after":  # the earlier reading plus some use (a hire's few hundred km)
        key = req.salt ^ 0x0D0_0E7E4  # keyed by the row: any chunk alone gives the same values
        u = uniform64(np.asarray(req.index), key)
        use = 30.0 * 100.0 ** u  # 30 to 3000, log-uniform
        moved = src + (np.round(use) if mine.dtype.kind == "i" else np.round(use, 1)).astype(mine.dtype)
    elif op.startswith("share:"):  # a share of the wider counter, log-uniform between its bounds
        lo, hi = (float(x) for x in op.split(":")[1:3])
        key = req.salt ^ 0x5_4A3E
        u = uniform64(np.asarray(req.index), key)
        share = lo * (hi / lo) ** u
        got = np.floor(np.maximum(src, 0) * share)
        moved = (got if mine.dtype.kind == "f" else got.astype(np.int64)).astype(mine.dtype)
    elif op == "at_least":  # reflected above the source, not stuck on it (a max equal to its min in half the rows)
        top = max(mine.max(), src.max()) if len(mine) else 0  # within the drawn range (an epoch stays in the past)
        moved = np.where(mine < src, np.minimum(src + (src - mine), top), mine)
    else:
        moved = np.minimum(mine, src)
    if mine.dtype.kind == "f":  # 14.8 + (14.8 - 14.7) is 14.900000000000002: keep the column's decimals
        scale = req.column.type.scale
        moved = np.round(moved, scale if scale is not None else 6)
    ok = within_bounds(req, moved, np.ones(len(mine), dtype=bool), source)
    if req.domain.allowed is not None or req.domain.excluded:
        return data
    return ColumnData(values=np.where(ok, moved, mine), nulls=data.nulls)


def _zero_on(req: GenRequest, data: ColumnData, status: ColumnData, labels: list[str]) -> ColumnData:
    """0 on the rows whose status is one of ``labels`` (nothing done yet), where 0 is within bounds."""
    mine = data.values
    if mine.dtype.kind not in "iuf" or req.domain.allowed is not None or req.domain.excluded:
        return data
    hit = np.isin(status.values.astype(object), np.array(labels, dtype=object))
    if status.nulls is not None:
        hit &= ~status.nulls
    got = np.where(hit, 0, mine)
    ok = within_bounds(req, got.astype(np.float64), np.ones(len(mine), dtype=bool))
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def _agree(req: GenRequest, data: ColumnData, flag: ColumnData, spec: str) -> ColumnData:
    """An outcome in words that agrees with its row's flag (``result`` 'passed' where ``passed`` is
    true, one of the bad labels where it is false). ``spec``: ``<1|0>:<good>|<bad>`` (1: the flag
    true is the good outcome). A row whose label already agrees keeps it; another takes the first
    good label, or a bad one (the first most often: the labels are listed most common first)."""
    true_good, lists = spec.split(":", 1)
    good, bad = (x.split(",") for x in lists.split("|"))
    if flag.values.dtype != bool or req.domain.excluded:
        return data
    is_good = flag.values if true_good == "1" else ~flag.values
    mine = data.values.astype(object)
    u = uniform64(np.asarray(req.index), 0x0C7C0E)
    w = np.cumsum(1.0 / np.arange(1, len(bad) + 1) ** 1.5)
    bad_pick = np.array(bad, dtype=object)[np.searchsorted(w / w[-1], u, side="right").clip(0, len(bad) - 1)]
    want = np.where(is_good, np.isin(mine, np.array(good, dtype=object)), np.isin(mine, np.array(bad, dtype=object)))
    got = np.where(want, mine, np.where(is_good, good[0], bad_pick))
    if flag.nulls is not None:
        got = np.where(flag.nulls, mine, got)
    allowed = req.domain.allowed
    if allowed is not None:
        got = np.where(np.isin(got, np.array([str(a) for a in allowed], dtype=object)), got, mine)
    return ColumnData(values=got.astype(data.values.dtype) if data.values.dtype != object else got, nulls=data.nulls)


def _part_of(req: GenRequest, data: ColumnData, source: ColumnData, lo: float, hi: float) -> ColumnData:
    """A share of the source drawn per row in [lo, hi] (what was made of what was planned, what was
    scrapped of what was made), whole where the source is whole, at the column's decimals otherwise."""
    mine = data.values
    if mine.dtype.kind not in "if" or source.values.dtype.kind not in "iuf" \
            or req.domain.allowed is not None or req.domain.excluded:
        return data
    src = source.values.astype(np.float64)
    u = uniform64(np.asarray(req.index), req.salt ^ 0x5A_4E_E7)
    got = src * (lo + (hi - lo) * u)
    finite = np.isfinite(src)
    whole = mine.dtype.kind == "i" or bool(np.all(np.mod(src[finite], 1.0) == 0))
    scale = req.column.type.scale
    got = np.round(got) if whole else np.round(got, scale if scale is not None else 2)
    ok = within_bounds(req, got, finite, source)
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def _country(req: GenRequest, what: str):
    """code -> the country's ``what``; a continent as a two-letter code in a short column, and only
    one of an enum's labels in an enum column."""
    from seedbed.generate.realistic.countries import CONTINENT_CODES, describe

    ctype = req.column.type
    labels = set(ctype.enum_labels or ()) if ctype.kind is TypeKind.ENUM else None

    def fn(code: str) -> str | None:
        v = describe(code, what)
        if v is not None and what == "continent" and (ctype.length or 99) <= 3:
            v = CONTINENT_CODES.get(v)
        return v if labels is None or v in labels else None

    return fn


@lru_cache(maxsize=65536)
def _site_page(salt: int):
    """``slug -> https://www.<the table's one site>/<slug>``."""
    from seedbed.generate.realistic.vocab import load

    web = load("misc")["web"]
    words, tlds = web["domain_words"], web["tlds"]
    site = f"{words[salt % len(words)]}.{tlds[salt // 7 % len(tlds)]}"
    return lambda slug: f"https://www.{site}/{slug}"


def _slug_of(name: str) -> str:
    from seedbed.generate.realistic.vocab import ascii_slug

    return ascii_slug(name.replace("'", "").replace("\u2019", ""), "-") or "item"  # Rossi's -> rossis


_TLDS = (".com", ".com", ".com", ".org", ".net", ".co.uk", ".io", ".com.au", ".org.uk", ".co")
_NOT_DOMAIN = frozenset("the and of a an".split())


@lru_cache(maxsize=65536)
def _website(name: str) -> str | None:
    """``Ashford Rovers`` -> ``https://www.ashfordrovers.com`` (the suffix a function of the name)."""
    import zlib

    from seedbed.generate.realistic.vocab import ascii_slug

    words = [w for w in ascii_slug(name.replace("'", "").replace("\u2019", ""), " ").split() if w not in _NOT_DOMAIN]
    host = "".join(words)[:24]
    if len(host) < 3:
        return None
    return f"https://www.{host}{_TLDS[zlib.crc32(name.encode()) % len(_TLDS)]}"


def _slug(req: GenRequest, data: ColumnData, source: ColumnData, *, numbered: bool) -> ColumnData:
    """The slug of the row's name (``Rossi's Kitchen`` -> ``rossis-kitchen``). Numbered slugs end with
    the row's number, so a UNIQUE key holds whatever the names are (a row without a name is
    ``untitled-<n>``); a chunk where one slug cannot fit keeps its drawn (distinct) values."""
    lmin, lmax = length_limits(req.column.type, req.domain)

    def fn(name: str, tail: str = "") -> str | None:
        base = _slug_of(name)
        if lmax is not None and len(base) + len(tail) > lmax:
            room = lmax - len(tail)
            base = base[:room].rsplit("-", 1)[0] if "-" in base[:room] else base[:room]
        value = base + tail
        return value if base and len(value) >= lmin else None

    if not numbered:
        return _text(req, data, source, fn)
    dom = req.domain
    missing = source.nulls.tolist() if source.nulls is not None else [False] * len(req.index)
    values = [fn(s if isinstance(s, str) and not m else "untitled", f"-{i + 1}")
              for s, m, i in zip(source.values.tolist(), missing, req.index.tolist(), strict=True)]
    if any(v is None or not _fits(dom, v) for v in values):  # all or none: the drawn ones are distinct
        return data
    return ColumnData(values=np.array(values, dtype=object), nulls=data.nulls)


def _sum(req: GenRequest, data: ColumnData, sub: ColumnData, terms: list[tuple[str, ColumnData]],
         known: bool = False) -> ColumnData:
    """The row's subtotal plus and minus its terms (a NULL term counts 0, or with ``known`` leaves
    the row as drawn: a dish's energy is not its protein alone); a row whose sum would break the
    column's bounds, or whose subtotal is NULL, keeps its drawn value."""
    mine = data.values
    if mine.dtype.kind not in "if" or sub.values.dtype.kind not in "iuf" or req.domain.allowed is not None \
            or req.domain.excluded or any(t.values.dtype.kind not in "iuf" for _, t in terms):
        return data
    total = sub.values.astype(np.float64)
    for sign, t in terms:
        part = t.values.astype(np.float64)
        if t.nulls is not None:
            part = np.where(t.nulls, np.nan if known else 0.0, part)
        total = total + part if sign == "+" else total - part
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    total = np.round(total, 2 if scale is None else scale)
    ok = within_bounds(req, total, np.isfinite(total), sub)
    return ColumnData(values=np.where(ok, total, mine).astype(mine.dtype), nulls=data.nulls)


#: Sales-tax and VAT rates a row's tax is drawn from (keyed by the row: any chunk gives the same); a
#: total summed from its lines draws its tax from them too (``generate.aggregates``).
TAX_RATES = np.array([0.0, 0.05, 0.06, 0.07, 0.08, 0.1, 0.19, 0.2])


def _rate(req: GenRequest, data: ColumnData, sub: ColumnData) -> ColumnData:
    """A tax as a rate of the row's subtotal, rounded down to the column's scale."""
    mine = data.values
    if mine.dtype.kind not in "if" or sub.values.dtype.kind not in "iuf" or req.domain.allowed is not None \
            or req.domain.excluded:
        return data
    rate = TAX_RATES[(mix64(np.asarray(req.index), req.salt ^ 0x7A_5EED) % np.uint64(len(TAX_RATES))).astype(np.int64)]
    scale = req.column.type.scale if mine.dtype.kind == "f" else 0
    step = 10.0 ** -(2 if scale is None else scale)
    tax = np.floor(sub.values.astype(np.float64) * rate / step) * step
    ok = within_bounds(req, tax, np.isfinite(tax), sub)
    return ColumnData(values=np.where(ok, np.round(tax, 6), mine).astype(mine.dtype), nulls=data.nulls)


def _measured(req: GenRequest, data: ColumnData, source: ColumnData, op: str) -> ColumnData:
    """The words or characters of the row's text, or the minutes it takes to read (230 words a minute,
    at least one); a row whose text is NULL, or whose count breaks the column's bounds, keeps its draw."""
    mine = data.values
    if mine.dtype.kind not in "if" or req.domain.allowed is not None or req.domain.excluded:
        return data
    texts = source.values.tolist()
    missing = source.nulls.tolist() if source.nulls is not None else [False] * len(texts)
    size = len if op == "chars" else (lambda t: len(t.split()))
    got = np.fromiter((size(t) if isinstance(t, str) and not m else -1 for t, m in zip(texts, missing, strict=True)),
                      dtype=np.float64, count=len(texts))
    if op == "reading":
        got = np.where(got >= 0, np.maximum(1.0, np.ceil(got / 230.0)), -1.0)
    ok = within_bounds(req, got, got >= 0)
    return ColumnData(values=np.where(ok, got, mine).astype(mine.dtype), nulls=data.nulls)


def _by_kind(req: GenRequest, data: ColumnData, kind: ColumnData) -> ColumnData:
    """A file name whose extension is one its row's media kind takes (``photo`` -> ``.jpg``); a stem
    of a camera's or an editor's where the kind is a picture or a recording (``IMG_4821.jpg``)."""
    from seedbed.generate.realistic.vocab import load

    table = load("misc")["kind_extensions"]
    lmin, lmax = length_limits(req.column.type, req.domain)
    u = mix64(np.asarray(req.index), req.salt ^ 0xF11E).tolist()
    kinds = kind.values.tolist()
    missing = kind.nulls.tolist() if kind.nulls is not None else [False] * len(kinds)
    vals = data.values.copy()
    for i, (name, k, m, r) in enumerate(zip(data.values.tolist(), kinds, missing, u, strict=True)):
        exts = table.get(str(k).lower()) if not m and isinstance(name, str) else None
        if not exts:
            continue
        stem = name.rsplit(".", 1)[0]
        if exts[0] in ("jpg", "mp4", "mov"):  # a camera's own name
            stem = ("IMG_" if exts[0] == "jpg" else "VID_") + str(1000 + r % 9000)
        v = f"{stem}.{exts[r % len(exts)]}"
        if lmin <= len(v) and (lmax is None or len(v) <= lmax) and _fits(req.domain, v):
            vals[i] = v
    return ColumnData(values=vals, nulls=data.nulls)


@lru_cache(maxsize=1)
def _airport_table() -> dict:
    import airportsdata

    return airportsdata.load("IATA")


def _airport(req: GenRequest, data: ColumnData, source: ColumnData, field: str) -> ColumnData:
    """The column's part of the airport its row's IATA code names (``airportsdata``, MIT): a text,
    ``{"en": ...}`` in a JSON column, a ``(lon,lat)`` point, a latitude, longitude or elevation."""
    import json

    table = _airport_table()
    kind = req.column.type.kind
    if field in ("lat", "lon", "elevation"):
        if data.values.dtype.kind not in "if":
            return data
        got = np.array([float(table[c][field]) if isinstance(c, str) and c in table else np.nan
                        for c in source.values.tolist()], dtype=np.float64)
        if data.values.dtype.kind == "i":
            got = np.round(got)
        ok = within_bounds(req, got, np.isfinite(got), source)
        return ColumnData(values=np.where(ok, got, data.values).astype(data.values.dtype), nulls=data.nulls)
    if field == "point":
        return _text(req, data, source, lambda c: f"({table[c]['lon']:.6f},{table[c]['lat']:.6f})" if c in table else None)
    key = {"name": "name", "city": "city", "country": "country", "tz": "tz", "icao": "icao"}[field]
    if kind in (TypeKind.JSON, TypeKind.JSONB):
        return _text(req, data, source, lambda c: json.dumps({"en": table[c][key]}, ensure_ascii=False)
                     if c in table and table[c][key] else None)
    return _text(req, data, source, lambda c: table[c][key] or None if c in table else None)


#: Rows of a chunk whose codes are made from names (lookup tables; the search is per distinct name).
_ABBREV_ROWS = 20_000


def _abbrev(req: GenRequest, data: ColumnData, source: ColumnData, noun: str) -> ColumnData:
    """The code of each row's name (``seedbed.generate.abbrev``). A UNIQUE code is derived only
    where the chunk holds the whole table and every name gets a distinct code that fits, else
    the drawn (distinct) codes stay; a plain one keeps its drawn value where no code fits."""
    from seedbed.generate.abbrev import abbreviations

    dom = req.domain
    lmin, lmax = length_limits(req.column.type, dom)
    if dom.allowed is not None or dom.likes or (req.unique and req.n != req.table_rows) or req.n > _ABBREV_ROWS:
        return data  # a lookup table's codes: a table of many thousand rows keeps its drawn ones
    missing = source.nulls.tolist() if source.nulls is not None else [False] * len(req.index)
    names = [s if isinstance(s, str) and not m else None for s, m in zip(source.values.tolist(), missing, strict=True)]
    width = min(lmax or 4, 8)  # a code of at most three keeps the width in every row (FAR, SHW)
    codes = abbreviations(names, width=width, fixed=bool(req.column.type.fixed_length) or width <= 3,
                          drop=frozenset({noun}), distinct=req.unique or req.n <= 5000, unique=req.unique)
    ok = [c is not None and len(c) >= lmin and _fits(dom, c) for c in codes]
    if req.unique and not all(ok):
        return data
    vals = data.values.copy()
    for i, (code, good) in enumerate(zip(codes, ok, strict=True)):
        if good:
            vals[i] = code
    return ColumnData(values=vals, nulls=data.nulls)


def derive(req: GenRequest, data: ColumnData, source: ColumnData, op: str,
           other: ColumnData | None = None, *, terms: list[tuple[str, ColumnData]] | None = None) -> ColumnData:
    """The column's values after following ``source`` by ``op`` (see the module docstring); a UNIQUE text
    keeps its values distinct (``seedbed.generate.distinct``)."""
    from seedbed.generate.distinct import keep_distinct

    made = _derive(req, data, source, op, other, terms=terms)
    return keep_distinct(req, data, made, lambda v: _fits(req.domain, v))


def _derive(req: GenRequest, data: ColumnData, source: ColumnData, op: str,
            other: ColumnData | None = None, *, terms: list[tuple[str, ColumnData]] | None = None) -> ColumnData:
    kind = req.column.type.kind
    if op == "copy" and kind is TypeKind.TEXT:
        return _text(req, data, source, str.lower)
    if op == "holding":  # an array that holds its row's value (default_locale = ANY (locales))
        from seedbed.generate.members import holding

        return holding(req, data, source)
    if op == "extension" and kind is TypeKind.TEXT:
        return _text(req, data, source, _extension)
    if op.startswith(("language_", "currency_")):  # a language's or a currency's row follows its ISO code
        return derive_iso(data, source, op, lambda fn: _text(req, data, source, fn))
    if op.startswith("country_") and kind in (TypeKind.TEXT, TypeKind.ENUM):
        return _text(req, data, source, _country(req, op[len("country_"):]))
    if op == "website" and kind is TypeKind.TEXT:
        return _text(req, data, source, _website)
    if op == "same" and kind is TypeKind.TEXT:
        return _text(req, data, source, lambda v: v)
    if op in ("slug", "slug_numbered") and kind is TypeKind.TEXT:
        return _slug(req, data, source, numbered=op == "slug_numbered")
    if op.startswith("abbrev:") and kind is TypeKind.TEXT:
        return _abbrev(req, data, source, op[len("abbrev:"):])
    if op.startswith(PAIR_OPS) and kind is TypeKind.TEXT:  # a code, a short name, a taxon's names (r33)
        return pair_op(req, data, source, op)
    if op == "ext_by_kind" and kind is TypeKind.TEXT and not req.unique:
        return _by_kind(req, data, source)
    if op == "page_url" and kind is TypeKind.TEXT:
        return _text(req, data, source, _site_page(req.salt))
    if (op == "dated" or op.startswith("dated_span:")) and kind is TypeKind.TEXT:
        from seedbed.generate.dated import dated  # CLM-004512 of a row of 2024: CLM-2024-004512 (r47)

        return dated(req, data, source, _fits, int(op.split(":", 1)[1]) if ":" in op else 0)
    if op.startswith("year_code:") and kind is TypeKind.TEXT:  # a code numbered in its row's year
        from seedbed.generate.yearcodes import unique_year_code, year_code

        return (unique_year_code if req.unique else year_code)(req, data, source, op, _fits)
    if op.startswith("code_year:") and kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ,
                                                TypeKind.INTEGER):  # a row's year that its unique code says
        from seedbed.generate.yearcodes import code_year

        return code_year(req, data, source, op)
    if op == "mime" and kind is TypeKind.TEXT:
        return _text(req, data, source, _mime)
    if op == "codepoints" and kind is TypeKind.TEXT:
        return _text(req, data, source, lambda s: " ".join(f"U+{ord(ch):04X}" for ch in s) or None)
    if op == "unit" and kind is TypeKind.TEXT:
        return _text(req, data, source, _unit_of)
    if op in ("words", "chars", "reading"):
        return _measured(req, data, source, op)
    if op in ("at_least", "at_most", "reading_after") or op.startswith("share:"):
        return _number(req, data, source, op)
    if op == "in_service":  # the day an asset's readings start from
        from seedbed.generate.readings import in_service

        return in_service(req, data, source)
    if op.startswith("cumulative:"):  # a reading of what accumulates: by its thing and moment
        from seedbed.generate.readings import accumulated

        unit = op[len("cumulative:"):]
        if other is None:  # the thing's own total, at "now"
            return accumulated(req, data, source, unit, None)
        return accumulated(req, data, other, unit, source)
    if op == "running" and other is not None and terms:  # a running total of the row's amount, per parent
        from seedbed.generate.readings import running_total

        return running_total(req, data, source, other, terms[0][1])
    if op.startswith("zero_on:"):
        return _zero_on(req, data, source, op[len("zero_on:"):].split(","))
    if op.startswith("problems:"):
        passing, failing = (frozenset(x.split(",")) for x in op[len("problems:"):].split("|"))
        return _problems(req, data, source, passing, failing)
    if op.startswith("is_label:") and data.values.dtype == bool:  # is_critical: where severity is critical
        has = np.asarray(source.values.astype(object) == op[len("is_label:"):], dtype=bool)
        return ColumnData(values=has if source.nulls is None else has & ~source.nulls, nulls=data.nulls)
    if op.startswith("agree:"):
        return _agree(req, data, source, op[len("agree:"):])
    if op.startswith("part_of:"):
        lo, hi = (float(x) for x in op.split(":")[1:])
        return _part_of(req, data, source, lo, hi)
    if op in ("within", "near") and other is not None:
        return (within if op == "within" else near)(req, data, source, other)
    if op == "grid":
        return on_grid(req, data, source)
    if op == "range_flag" and other is not None and terms:
        return range_flag(req, data, source, other, terms[0][1])
    if op == "times" and other is not None:  # terms '|x': COALESCE(source, x, ...) times other
        return _times(req, data, _coalesce(source, [t[1] for t in terms or () if t[0] == "|"]), other)
    if op in ("sum", "sum_known"):
        return _sum(req, data, source, terms or [], known=op == "sum_known")
    if op == "rate":
        return _rate(req, data, source)
    if op in ("margin", "discount"):
        return priced(req, data, source, op)
    if op.startswith("airport_"):
        return _airport(req, data, source, op[len("airport_"):])
    if op.startswith("part:"):
        return calendar_part(req, data, source, op[len("part:"):])
    if op == "lifted_by":
        return lifted_by(req, data, source)
    if op == "date_of":
        return day_of(req, data, source)
    if op == "due_by_terms" and other is not None:
        return due_by_terms(req, data, source, other)
    if op.startswith("span:") and other is not None:
        return span(req, data, source, other, float(op[len("span:"):]))
    if op.startswith("only_if:"):
        return only_if(req, data, source, op[len("only_if:"):])
    if op == "null_if_set":
        return null_if_set(req, data, source)
    if op in ("set_if", "unset_if"):
        return state_flag(req, data, source, when_set=op == "set_if", more=tuple(t[1] for t in terms or ()))
    if op.startswith("by_now:"):
        return by_now(req, data, source, op[len("by_now:"):], other)
    if op.startswith("remark:") and kind is TypeKind.TEXT:  # notes told from the row's own values
        from seedbed.generate.remarks import remark

        return remark(req, data, op[len("remark:"):], [source, *(t[1] for t in terms or ())])
    from seedbed.generate.follow import follow  # passed / age_*, pct_of, paid_of, when_positive

    return follow(req, data, source, op, other, terms)
