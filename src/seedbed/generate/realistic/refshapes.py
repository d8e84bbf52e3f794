"""``id.reference``: the reference an identifier-like column holds, in the shape of what it identifies.

A column nothing else knew whose name says it identifies something (``trade_reg_no``, ``yard_pos``,
``voyage_in``, ``id_doc_no``; ``seedbed.generate.intent.refshapes`` says which shape) got a code of
one series from its initials, ``TRN-240`` or ``YP-100``, repeated across rows: blind reviewers scored
every one 0 (round 13, r44). A real reference has the shape of its kind and is one row's own:

* ``number``: digits, seven where they fit (``4821937``), the first not 0;
* ``register``: a year and a sequence, as files, cases and registrations are numbered
  (``2019/048213``; ``19/48213`` when narrow);
* ``document``: a letter and digits, as passports and identity cards are (``K48219375``);
* ``position``: a block letter, a row and a tier (``B12-04``; ``B1204`` when narrow);
* ``voyage``: a trip's number and its direction (``0241E``);
* ``reference``: two letters and digits (``KX482193``);
* ``page`` / ``folio``: a page or a leaf as a citation writes it (``p. 123``, ``f. 56v``; r47).

A ``char(n)`` column whose shape does not fill it holds ``n`` digits. Values are drawn from spaces far
larger than the rows, so rows rarely share one; a UNIQUE column's
rows never do (their rank is spread over the space by a keyed bijection).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import cat, digits
from seedbed.generate.values.data import column_key

__all__ = ["SHAPES"]

_LETTERS = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"), dtype=object)  # no I or O: read as 1 and 0
_DIRECTIONS = np.array(list("EWNS"), dtype=object)
#: Natural widths of each shape (the widest form first); a narrower column takes a narrower form.
SHAPES = ("number", "register", "document", "position", "voyage", "reference", "page", "folio")


def _draw(call: Call, space: int, tag: str) -> np.ndarray:
    """Row values in ``[0, space)``: distinct for a UNIQUE column, else drawn at random."""
    if call.unique:
        if call.req.table_rows > space:
            raise GiveUp(f"{space} references cannot number {call.req.table_rows} rows")
        return permute(call.ranks_within(tag, space), space, column_key(call.req, "reference", tag))
    return call.rng.integers(0, space, size=call.n, dtype=np.int64)


def _padded(values: np.ndarray, width: int) -> np.ndarray:
    return np.array([str(int(v)).zfill(width) for v in values.tolist()], dtype=object)


def _number(call: Call, width: int) -> np.ndarray:
    d = max(1, min(width, 7 if width < 10 else 8))
    low = 10 ** (d - 1) if d > 1 else 0
    return digits(_draw(call, 10**d - low, "number") + low)


def _register(call: Call, width: int) -> np.ndarray:
    if width >= 11:  # 2019/048213
        x = _draw(call, 16 * 10**6, "register")
        return cat(digits(2010 + x // 10**6), "/", _padded(x % 10**6, 6))
    if width >= 8:  # 19/48213
        seq = min(width - 3, 6)
        x = _draw(call, 16 * 10**seq, "register")
        return cat(_padded(10 + x // 10**seq, 2), "/", _padded(x % 10**seq, seq))
    return _number(call, width)


def _document(call: Call, width: int) -> np.ndarray:
    if width < 6:
        return _number(call, width)
    d = min(width - 1, 8)
    x = _draw(call, len(_LETTERS) * 10**d, "document")
    return cat(_LETTERS[x // 10**d], _padded(x % 10**d, d))


def _position(call: Call, width: int) -> np.ndarray:
    x = _draw(call, len(_LETTERS) * 60 * 9, "position")
    block, row, tier = _LETTERS[x // 540], _padded(1 + (x // 9) % 60, 2), _padded(2 * (1 + x % 9), 2)
    if width >= 6:
        return cat(block, row, "-", tier)
    if width >= 5:
        return cat(block, row, tier)
    return _number(call, width)


def _voyage(call: Call, width: int) -> np.ndarray:
    if width < 4:
        return _number(call, width)
    d = min(width - 1, 4)
    x = _draw(call, 4 * 10**d, "voyage")
    return cat(_padded(x // 4, d), _DIRECTIONS[x % 4])


def _reference(call: Call, width: int) -> np.ndarray:
    if width < 6:
        return _number(call, width)
    d = min(width - 2, 6)
    n = len(_LETTERS)
    x = _draw(call, n * n * 10**d, "reference")
    head = x // 10**d
    return cat(_LETTERS[head // n], _LETTERS[head % n], _padded(x % 10**d, d))


def _page(call: Call, width: int) -> np.ndarray:
    if width < 5 or call.unique:  # a page is cited many times: no column of distinct pages
        return _number(call, width)
    x = call.rng.integers(0, 480, size=call.n)  # citations cluster low: most cited pages are early ones
    return cat("p. ", digits(1 + np.minimum(x, call.rng.integers(0, 480, size=call.n))))


def _folio(call: Call, width: int) -> np.ndarray:
    if width < 5 or call.unique:
        return _number(call, width)
    x = call.rng.integers(0, 2 * 320, size=call.n)
    side = np.where(x % 2 == 1, "v", "r").astype(object) if width >= 6 else np.full(call.n, "", dtype=object)
    return cat("f. ", digits(1 + x // 2), side)


#: 100 km squares of a national grid (the British one's letters), most walked and mapped first.
_SQUARES = np.array("NY SD SH NN NT SK SE NZ NH SJ SO SX ST SN NS NX TQ SU SP TL NO NJ NG NM NC SS".split(), dtype=object)


def _grid(call: Call, width: int) -> np.ndarray:
    """A map grid reference (r48: ``GRD-867043`` was no place): a square's letters, then an easting and a
    northing of as many digits as the width holds (``NY 215 072``, ``NY21500720``)."""
    spaced = width >= 10
    d = min(5, (width - (4 if spaced else 2)) // 2)
    if d < 2:
        return _number(call, width)
    sq = _SQUARES[call.rng.integers(0, len(_SQUARES), size=call.n)]
    east, north = (_padded(call.rng.integers(0, 10**d, size=call.n), d) for _ in range(2))
    sep = " " if spaced else ""
    return cat(sq, sep, east, sep, north)


_MAKERS = {"number": _number, "grid": _grid, "page": _page, "folio": _folio, "register": _register, "document": _document, "position": _position,
           "voyage": _voyage, "reference": _reference}


@register("id.reference", unique="native", cut="never")
def _make(call: Call) -> np.ndarray:
    shape = str(call.p("shape") or "number")
    width = int(call.lmax or 12)
    out = _MAKERS.get(shape, _number)(call, width)
    if call.req.column.type.fixed_length and call.lmax is not None and any(len(v) != width for v in out.tolist()):
        d = min(width, 18)  # a char(n) reference fills its width: n digits, the first not 0
        return digits(_draw(call, 9 * 10 ** (d - 1), "fixed") + 10 ** (d - 1))
    return out
