"""uuid, bool, bytea, bit/varbit, enums, json/jsonb, tsvector/tsquery, hstore and xml.

Unique values are functions of the row index: a UUID's low 62 bits are a keyed permutation of
the index (so distinct indexes give distinct UUIDs by construction) and its high bits a keyed
hash; bit strings and short bytea enumerate their space; enums take labels by scrambled rank;
json, hstore, tsvector, tsquery and xml embed the rank in an ``id`` field / lexeme.

Values are ``str`` in PostgreSQL's input form (bool: numpy bool; bytea: ``bytes``).
"""

from __future__ import annotations

import numpy as np

from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.permute import mix64, permute
from seedbed.generate.values.data import GenRequest, column_key, object_array
from seedbed.generate.values.ordinal import scrambled_ranks
from seedbed.generate.values.strings import (
    ascii_rows,
    base_n,
    enumerate_strings,
    enumeration_size,
    hex_matrix,
)
from seedbed.generate.values.words import KEYS, WORDS
from seedbed.model import Column, ColumnDomain, ColumnType, TypeKind

__all__ = ["enum_labels", "seeded_uuids"]

_BIG = 2**62
_BITS = b"01"
_TOKEN = b"0123456789abcdefghijklmnopqrstuvwxyz"


def _tokens(ranks: np.ndarray) -> np.ndarray:
    """Base-36 rank tokens (no leading zeros) as a unicode array."""
    raw = np.strings.lstrip(np.array(ascii_rows(base_n(ranks, _TOKEN, 13)), dtype=str), "0")
    return np.where(np.strings.str_len(raw) == 0, "0", raw)


def _ranks(req: GenRequest, card: int | None, tag: str) -> np.ndarray:
    return scrambled_ranks(req.index, card, column_key(req, tag), req.table_rows)


# --------------------------------------------------------------------------------- uuid


def uuid_text(high: np.ndarray, low: np.ndarray) -> list[str]:
    """Canonical version-4 UUID text from two uint64 halves (version/variant bits forced)."""
    n = len(high)
    raw = np.empty((n, 16), dtype=np.uint8)
    raw[:, :8] = high.astype(">u8").view(np.uint8).reshape(n, 8)
    raw[:, 8:] = low.astype(">u8").view(np.uint8).reshape(n, 8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    hexed = hex_matrix(raw)
    out = np.full((n, 36), ord("-"), dtype=np.uint8)
    out[:, 0:8] = hexed[:, 0:8]
    out[:, 9:13] = hexed[:, 8:12]
    out[:, 14:18] = hexed[:, 12:16]
    out[:, 19:23] = hexed[:, 16:20]
    out[:, 24:36] = hexed[:, 20:32]
    return ascii_rows(out)


def seeded_uuids(key: int, index: np.ndarray) -> list[str]:
    """UUIDs that are a function of ``(key, index)`` alone and distinct for distinct indexes.

    The low 62 bits are ``permute(index, 2**62, key)`` (a bijection), the rest a keyed hash.
    """
    idx = np.asarray(index, dtype=np.int64)
    low = permute(idx, _BIG, key).astype(np.uint64)
    return uuid_text(mix64(idx, key ^ 0x5EED), low)


def _uuid(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    if req.unique:
        return object_array(seeded_uuids(column_key(req, "uuid"), req.index))
    high = rng.integers(0, 2**64, size=req.n, dtype=np.uint64)
    low = rng.integers(0, 2**64, size=req.n, dtype=np.uint64)
    return object_array(uuid_text(high, low))


# ------------------------------------------------------------------------ bool, bytea, bit


def _bool(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    if req.unique:
        return scrambled_ranks(req.index, 2, column_key(req), 0, 2) == 1
    return rng.random(req.n) < 0.5


def _bytea_limits(domain: ColumnDomain, ctype: ColumnType | None = None) -> tuple[int, int | None]:
    """Byte lengths: the CHECKs', within a declared binary length (SQLite's or MySQL's
    ``BINARY(16)`` is exactly 16 bytes, ``VARBINARY(255)`` at most 255; PostgreSQL's bytea has none)."""
    lmin, lmax = max(domain.min_length or 0, 1), domain.max_length
    if ctype is not None and ctype.length:
        lmax = ctype.length if lmax is None else min(lmax, ctype.length)
        if ctype.fixed_length:
            lmin = max(lmin, ctype.length)
    return lmin, lmax


def _bytea(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    lmin, lmax = _bytea_limits(req.domain, req.column.type)
    if lmax is not None and lmin > lmax:
        raise UnsatisfiableConstraint(f"no length fits {req.column.name}", subject=req.column.name)
    n = req.n
    if req.unique:
        width = max(8, lmin) if lmax is None else min(max(8, lmin), lmax)
        if width < 8:
            ranks = _ranks(req, 256**width, "bytea")
        else:  # scrambled over 62 bits: random-looking, still a bijection of the index
            ranks = permute(req.index, _BIG, column_key(req, "bytea"))
        raw = ranks.astype(">u8").view(np.uint8).reshape(n, 8)
        if width < 8:
            raw = raw[:, 8 - width:]
        elif width > 8:
            raw = np.hstack([np.zeros((n, width - 8), dtype=np.uint8), raw])
        return object_array([bytes(row) for row in raw])
    top = max(lmin, min(lmax if lmax is not None else 16, 16))
    sizes = rng.integers(lmin, top, size=n, endpoint=True)
    raw = rng.integers(0, 256, size=(n, top), dtype=np.uint8)
    return object_array([bytes(row[:k]) for row, k in zip(raw, sizes.tolist(), strict=True)])


def _bit_limits(ctype: ColumnType) -> tuple[int, int]:
    if ctype.kind is TypeKind.BIT:
        n = ctype.length or 1
        return n, n
    return 1, ctype.length or 16


def _bits(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    lmin, lmax = _bit_limits(req.column.type)
    n = req.n
    if req.unique:
        if lmax <= 62:
            card = enumeration_size(2, lmin, lmax)
            return object_array(enumerate_strings(_ranks(req, card, "bit"), _BITS, lmin, lmax))
        # wide strings: the low 62 bits carry the rank, the rest are index-derived filler
        ranks = _ranks(req, None, "bit")
        low = ascii_rows(base_n(ranks, _BITS, 62))
        fill = ascii_rows(base_n((mix64(req.index, 7) >> np.uint64(2)).astype(np.int64), _BITS, 62))
        reps = lmax // 62 + 1
        return object_array([(f * reps)[: lmax - 62] + lo for f, lo in zip(fill, low, strict=True)])
    bits = rng.integers(0, 2, size=(n, lmax), dtype=np.uint8) + ord("0")
    rows = ascii_rows(bits)
    if lmin == lmax:
        return object_array(rows)
    sizes = rng.integers(lmin, lmax, size=n, endpoint=True).tolist()
    return object_array([r[:k] for r, k in zip(rows, sizes, strict=True)])


# --------------------------------------------------------------------------------- enum


def enum_labels(ctype: ColumnType, domain: ColumnDomain) -> list[str]:
    """The labels an enum column may take: allowed, not excluded, inside the bounds (enum order)."""
    labels = list(ctype.enum_labels)
    position = {label: i for i, label in enumerate(labels)}
    lo, hi = 0, len(labels) - 1
    if domain.low is not None and domain.low.value in position:
        lo = position[domain.low.value] + (0 if domain.low.inclusive else 1)
    if domain.high is not None and domain.high.value in position:
        hi = position[domain.high.value] - (0 if domain.high.inclusive else 1)
    allowed = None if domain.allowed is None else {str(v) for v in domain.allowed}
    excluded = {str(v) for v in domain.excluded}
    return [label for label in labels[lo:hi + 1]
            if (allowed is None or label in allowed) and label not in excluded]


def _enum(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    labels = np.array(enum_labels(req.column.type, req.domain), dtype=object)
    if not labels.size:
        raise UnsatisfiableConstraint(f"no label of {req.column.type.sql_name} satisfies the "
                                      f"constraints on {req.column.name}", subject=req.column.name)
    if req.unique:
        return labels[scrambled_ranks(req.index, labels.size, column_key(req), 0, labels.size)]
    return labels[rng.integers(0, labels.size, size=req.n)]


# ---------------------------------------------------------------- json, hstore, text search


def _ids(req: GenRequest, rng: np.random.Generator) -> list[int]:
    ids = _ranks(req, None, "id") + 1 if req.unique else rng.integers(1, 10_000, size=req.n)
    return ids.tolist()


def _picks(rng: np.random.Generator, n: int, size: int) -> list[int]:
    return rng.integers(0, size, size=n).tolist()


# Templated kinds are assembled with one f-string per row from table lookups: faster than
# numpy string arithmetic on wide fixed-width arrays, and still free of per-cell Faker calls.


def _json(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n, w, k = req.n, WORDS, KEYS
    ids = _ids(req, rng)
    short = (rng.random(n) < 0.5).tolist()
    flag = (rng.random(n) < 0.5).tolist()
    score = (rng.integers(0, 500, size=n) / 100).tolist()
    key = _picks(rng, n, len(k))
    a, b, c = _picks(rng, n, len(w)), _picks(rng, n, len(w)), _picks(rng, n, len(w))
    return object_array([
        f'{{"id": {i}, "name": "{w[x]}", "active": {"true" if f else "false"}}}' if s else
        f'{{"id": {i}, "{k[q]}": "{w[x]}", "tags": ["{w[y]}", "{w[z]}"], "score": {v}}}'
        for i, s, f, v, q, x, y, z in zip(ids, short, flag, score, key, a, b, c, strict=True)])


def _hstore(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n, w, k = req.n, WORDS, KEYS
    start = _picks(rng, n, len(k))
    count = rng.integers(1, 4, size=n).tolist()
    vals = rng.integers(0, len(w), size=(n, 3)).tolist()
    out = [", ".join(f'"{k[(s + j) % len(k)]}"=>"{w[v[j]]}"' for j in range(c))
           for s, c, v in zip(start, count, vals, strict=True)]
    if req.unique:
        out = [f'"id"=>"{i}", {t}' for i, t in zip(_ids(req, rng), out, strict=True)]
    return object_array(out)


def _tsvector(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    from seedbed.generate.values.text import words

    out = words(req.n, rng)
    if req.unique:
        out = [f"r{t} {v}" for t, v in zip(_tokens(_ranks(req, None, "lexeme")).tolist(), out, strict=True)]
    return object_array(out)


_TSQUERY_FORMS = ("{a}", "{a} & {b}", "{a} | {b}", "{a} & !{b}", "{a} <-> {b}")


def _tsquery(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n, w = req.n, WORDS
    forms = [_TSQUERY_FORMS[i] for i in _picks(rng, n, len(_TSQUERY_FORMS))]
    out = [f.format(a=w[a], b=w[b]) for f, a, b in
           zip(forms, _picks(rng, n, len(w)), _picks(rng, n, len(w)), strict=True)]
    if req.unique:
        tokens = _tokens(_ranks(req, None, "lexeme")).tolist()
        out = [f"r{t} & ({q})" for t, q in zip(tokens, out, strict=True)]
    return object_array(out)


def _xml(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n, w = req.n, WORDS
    return object_array([f'<item id="{i}"><name>{w[a]}</name><tag>{w[b]}</tag></item>'
                         for i, a, b in zip(_ids(req, rng), _picks(rng, n, len(w)), _picks(rng, n, len(w)),
                                            strict=True)])


GENERATORS = {
    TypeKind.UUID: _uuid, TypeKind.BOOL: _bool, TypeKind.BYTEA: _bytea, TypeKind.BIT: _bits,
    TypeKind.VARBIT: _bits, TypeKind.ENUM: _enum, TypeKind.JSON: _json, TypeKind.JSONB: _json,
    TypeKind.HSTORE: _hstore, TypeKind.TSVECTOR: _tsvector, TypeKind.TSQUERY: _tsquery,
    TypeKind.XML: _xml,
}


def cardinality(column: Column, domain: ColumnDomain) -> int | None:
    """Distinct values these kinds can take (None: unbounded)."""
    kind = column.type.kind
    if kind is TypeKind.BOOL:
        return 2
    if kind is TypeKind.ENUM:
        return len(enum_labels(column.type, domain))
    if kind in (TypeKind.BIT, TypeKind.VARBIT):
        lmin, lmax = _bit_limits(column.type)
        return enumeration_size(2, lmin, lmax) if lmax <= 62 else None
    if kind is TypeKind.BYTEA:
        lmin, lmax = _bytea_limits(domain, column.type)
        if lmax is not None and lmin > lmax:
            return 0
        width = max(8, lmin) if lmax is None else min(max(8, lmin), lmax)
        return 256**width if width < 8 else None
    return None
