"""Vectorised string building: fixed-width ASCII rows, digits, hex, base-N tokens.

Formatting a million cells one Python call at a time costs seconds; these helpers write the
characters of every row into one ``uint8`` matrix with numpy and cut it into ``str`` objects
once at the end.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = [
    "TokenPool", "ascii_rows", "base_n", "decimal_strings", "enumerate_strings", "enumeration_size", "hex_matrix",
    "int_strings", "join_tokens", "put_digits", "strip_rows",
]



def ascii_rows(matrix: np.ndarray) -> list[str]:
    """The rows of a ``(n, width)`` uint8 matrix of ASCII codes as ``str`` objects."""
    n, width = matrix.shape
    if n == 0:
        return []
    if width == 0:
        return [""] * n
    if n >= 256 and not (matrix == 10).any():
        # A newline after each row, one decode and one split: half the cost of slicing rows out.
        lined = np.empty((n, width + 1), dtype=np.uint8)
        lined[:, :width] = matrix
        lined[:, width] = 10
        return lined.tobytes().decode("ascii").split("\n")[:-1]
    text = np.ascontiguousarray(matrix, dtype=np.uint8).tobytes().decode("ascii")
    return [text[i:i + width] for i in range(0, n * width, width)]


def strip_rows(matrix: np.ndarray, lengths: np.ndarray) -> list[str]:
    """Left-aligned rows of a uint8 matrix cut to ``lengths[i]`` characters each."""
    rows = ascii_rows(matrix)
    return [r[:k] for r, k in zip(rows, lengths.tolist(), strict=True)]


_PAIRS = np.array([ord(f"{i:02d}"[0]) | (ord(f"{i:02d}"[1]) << 8) for i in range(100)], dtype="<u2")


def put_digits(matrix: np.ndarray, col: int, values: np.ndarray, width: int) -> None:
    """Write ``values`` (non-negative ints) zero-padded to ``width`` digits at column ``col``."""
    v = values.astype(np.int64, copy=True)
    pos = col + width
    n = len(v)
    while pos - col >= 2:
        v, pair = np.divmod(v, 100)
        matrix[:, pos - 2:pos] = _PAIRS[pair].view(np.uint8).reshape(n, 2)
        pos -= 2
    if pos > col:
        matrix[:, col] = 48 + v % 10


_HEX_PAIRS = np.array([ord(f"{i:02x}"[0]) | (ord(f"{i:02x}"[1]) << 8) for i in range(256)], dtype="<u2")


def hex_matrix(data: np.ndarray) -> np.ndarray:
    """``(n, k)`` uint8 bytes -> ``(n, 2k)`` uint8 lowercase hex digits."""
    n, k = data.shape
    return np.ascontiguousarray(_HEX_PAIRS[data]).view(np.uint8).reshape(n, 2 * k)


def base_n(values: np.ndarray, alphabet: bytes, width: int) -> np.ndarray:
    """Non-negative ints as right-aligned base-``len(alphabet)`` digit rows, ``(n, width)`` uint8.

    Leading positions hold the alphabet's first symbol (the "zero").
    """
    symbols = np.frombuffer(alphabet, dtype=np.uint8)
    base = len(alphabet)
    v = values.astype(np.int64, copy=True)
    out = np.empty((len(v), width), dtype=np.uint8)
    for pos in range(width - 1, -1, -1):
        v, d = np.divmod(v, base)
        out[:, pos] = symbols[d]
    return out


#: Below this many values, ``map(str, ...)`` beats setting up the vectorised routes.
_VECTOR_MIN = 2048
#: Non-negative integers below this are gathered from a table of their strings.
_SMALL_INTS = 10_000


@lru_cache(maxsize=1)
def _small_ints() -> np.ndarray:
    return np.array([str(i) for i in range(_SMALL_INTS)], dtype=object)


def int_strings(values: np.ndarray) -> list[str]:
    """Integers as decimal strings, as ``str(int)`` writes them.

    Small non-negative values (quantities, counts, stock) are one gather from a table of their
    strings; other int64 values go through ``decimal_strings``; short or odd inputs through
    ``map(str, tolist())``.
    """
    v = np.asarray(values)
    if len(v) < _VECTOR_MIN or v.dtype.kind not in "iu":
        return list(map(str, v.tolist()))
    lo, hi = int(v.min()), int(v.max())
    if lo >= 0 and hi < _SMALL_INTS:
        return _small_ints()[v].tolist()
    if -(2**62) < lo and hi < 2**62:
        return decimal_strings(v.astype(np.int64, copy=False))
    return list(map(str, v.tolist()))


def decimal_strings(units: np.ndarray, scale: int = 0) -> list[str]:
    """int64 ``units`` as decimal text with ``scale`` decimals: ``-1234, 2`` -> ``"-12.34"``.

    What ``str(u)`` (scale 0) or ``f"{u / 10**scale:.{scale}f}"`` writes (a leading ``0`` before
    the point, no ``-0``), built without a Python call per value: every row is written
    right-aligned into a ``(n, width)`` uint8 matrix two digits at a time, a mask drops each row's
    unused leading columns, and one decode and one ``split`` cut the rows apart.
    """
    n = len(units)
    if n == 0:
        return []
    units = np.asarray(units, dtype=np.int64)
    neg = units < 0
    a = np.abs(units)
    top = int(a.max())
    digits = np.full(n, max(1, scale + 1) if scale else 1, dtype=np.int64)  # "0.05": a digit before the point
    p = 10 ** int(digits[0])
    while p <= top:
        digits += a >= p
        p *= 10
    point = 1 if scale else 0
    width = int(digits.max()) + point + 2  # the number, a sign column in front, a newline after
    m = np.empty((n, width), dtype=np.uint8)
    m[:, -1] = 10
    pos, done, q = width - 1, 0, a  # columns [1, pos) are still to write; ``done`` digits written
    while pos > 1:
        if scale and done == scale and point:
            m[:, pos - 1] = 46
            pos -= 1
            point = 0
            continue
        if pos - 2 >= 1 and (not scale or done >= scale or done + 2 <= scale):
            q, pair = np.divmod(q, 100)
            m[:, pos - 2:pos] = _PAIRS[pair].view(np.uint8).reshape(n, 2)
            pos -= 2
            done += 2
        else:
            q, d = np.divmod(q, 10)
            m[:, pos - 1] = 48 + d
            pos -= 1
            done += 1
    start = (width - 1) - (digits + (1 if scale else 0) + neg)
    if neg.any():
        rows = np.flatnonzero(neg)
        m[rows, start[rows]] = 45
    keep = np.arange(width)[None, :] >= start[:, None]
    return m[keep].tobytes().decode("ascii").split("\n")[:-1]


def enumeration_size(base: int, lmin: int, lmax: int) -> int:
    """How many strings of ``lmin..lmax`` symbols a ``base``-symbol alphabet makes."""
    return sum(base**length for length in range(lmin, lmax + 1))


def enumerate_strings(ranks: np.ndarray, alphabet: bytes, lmin: int, lmax: int) -> list[str]:
    """The ``rank``-th string of ``lmin..lmax`` symbols over ``alphabet``, shortest first.

    A bijection of ``[0, enumeration_size(len(alphabet), lmin, lmax))`` onto those strings.
    """
    base = len(alphabet)
    counts = [base**length for length in range(lmin, lmax + 1)]
    starts = np.cumsum([0, *counts[:-1]]).astype(np.int64) if counts[-1] < 2**62 else None
    if starts is None:
        starts = np.array([min(sum(counts[:i]), 2**63 - 1) for i in range(len(counts))], dtype=np.int64)
    group = np.searchsorted(starts, ranks, side="right") - 1
    out = np.empty(len(ranks), dtype=object)
    for g in np.unique(group).tolist():
        rows = np.flatnonzero(group == g)
        out[rows] = ascii_rows(base_n(ranks[rows] - starts[g], alphabet, lmin + g))
    return out.tolist()


class TokenPool:
    """A vocabulary packed into one byte buffer, for gathering many joined phrases at once."""

    __slots__ = ("buffer", "lengths", "starts", "tokens")

    def __init__(self, tokens: list[str] | tuple[str, ...]) -> None:
        self.tokens = tuple(tokens)
        encoded = [t.encode("ascii") for t in self.tokens]
        self.lengths = np.array([len(b) for b in encoded], dtype=np.int64)
        self.starts = np.cumsum(self.lengths) - self.lengths
        self.buffer = np.frombuffer(b"".join(encoded) or b" ", dtype=np.uint8)

    def __len__(self) -> int:
        return len(self.tokens)


def join_tokens(pool: TokenPool, ids: np.ndarray, counts: np.ndarray | None = None, sep: str = " ",
                *, capital: bool = False, limit: int | None = None) -> list[str]:
    """Per row, the first ``counts[i]`` tokens ``ids[i, :]`` joined with ``sep``.

    One gather over a byte buffer and one decode instead of a Python join per row.

    Args:
        pool: the tokens (ASCII).
        ids: ``(n, m)`` token numbers.
        counts: tokens used per row (1..m); None = all ``m``.
        sep: a one-character separator.
        capital: upper-case each row's first character (when it is a lowercase letter).
        limit: cut rows to at most this many characters (a trailing separator is dropped).

    Returns:
        ``n`` strings.
    """
    n, m = ids.shape
    if n == 0:
        return []
    if counts is None:
        counts = np.full(n, m, dtype=np.int64)
    used = np.arange(m)[None, :] < counts[:, None]
    words = ids[used]  # row-major: row by row, token by token
    sizes = pool.lengths[words] + 1  # each token followed by the separator
    total = int(sizes.sum())
    word_at = np.cumsum(sizes) - sizes
    gather = np.repeat(pool.starts[words] - word_at, sizes) + np.arange(total, dtype=np.int64)
    flat = pool.buffer[np.minimum(gather, len(pool.buffer) - 1)]
    flat[word_at + sizes - 1] = ord(sep)
    row_sizes = np.bincount(np.repeat(np.arange(n), counts), weights=sizes, minlength=n).astype(np.int64)
    row_start = np.cumsum(row_sizes) - row_sizes
    length = row_sizes - 1
    if capital:
        first = flat[row_start]
        flat[row_start] = np.where((first >= 97) & (first <= 122), first - 32, first)
    if limit is not None:
        length = np.minimum(length, limit)
        last = flat[row_start + np.maximum(length - 1, 0)]
        length = np.where((last == ord(sep)) & (length > 1), length - 1, length)
    text = flat.tobytes().decode("ascii")
    return [text[a:a + k] for a, k in zip(row_start.tolist(), length.tolist(), strict=True)]
