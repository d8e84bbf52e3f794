"""Keyed bijections of ``[0, n)``: unique values and distinct picks without lookups.

``permute(index, n, key)`` scrambles row numbers inside a range so that a value that must be
unique can be a function of its row index alone (any chunk can be made without seeing the
others) and still look random. It is a balanced Feistel network over the smallest even number of
bits covering ``n``, made a bijection of ``[0, n)`` by cycle walking: an output outside the range
is fed through the network again until it lands inside (at most ~4 passes on average, because
the network's domain is less than ``4 n``).

``mix64`` is the keyed 64-bit mixer (SplitMix64's finaliser) the rounds use; other modules use
it for index-derived bits (UUIDs, MAC addresses) that must not depend on a random stream.
"""

from __future__ import annotations

import numpy as np

__all__ = ["mix64", "permute", "uniform64"]

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = 0x9E3779B97F4A7C15
_ROUNDS = 6
_MASK64 = (1 << 64) - 1


def mix64(x: np.ndarray, key: int = 0) -> np.ndarray:
    """A keyed, well-mixed 64-bit hash of each element of ``x`` (uint64 in, uint64 out).

    Args:
        x: integers (any integer dtype; negative int64 values are taken modulo 2**64).
        key: any Python int; only its low 64 bits matter.

    Returns:
        A new uint64 array; equal inputs give equal outputs, distinct inputs almost surely differ.
    """
    z = np.asarray(x).astype(np.uint64, copy=True)
    z ^= np.uint64((key * _GOLDEN) & _MASK64)
    z += np.uint64(_GOLDEN)
    z ^= z >> np.uint64(30)
    z *= _M1
    z ^= z >> np.uint64(27)
    z *= _M2
    z ^= z >> np.uint64(31)
    return z


def uniform64(x: np.ndarray, key: int = 0) -> np.ndarray:
    """A keyed uniform in [0, 1) per element of ``x``: the top 53 bits of ``mix64(x, key)`` (a function
    of the element, so any chunk alone gives the same values)."""
    return (mix64(x, key) >> np.uint64(11)).astype(np.float64) / 2.0**53


def _round_keys(key: int) -> list[int]:
    keys = []
    state = np.array([key & _MASK64], dtype=np.uint64)
    for i in range(_ROUNDS):
        state = mix64(state, i + 1)
        keys.append(int(state[0]))
    return keys


def _feistel(x: np.ndarray, half: int, keys: list[int]) -> np.ndarray:
    mask = np.uint64((1 << half) - 1)
    shift = np.uint64(half)
    left = x >> shift
    right = x & mask
    for k in keys:
        left, right = right, left ^ (mix64(right, k) & mask)
    return (left << shift) | right


def permute(index: np.ndarray, n: int, key: int) -> np.ndarray:
    """Map each ``index`` in ``[0, n)`` through a keyed bijection of ``[0, n)``.

    Vectorised; deterministic in ``(index, n, key)``; the same ``key`` and ``n`` always give the
    same permutation, so separately generated chunks stay collision-free.

    Args:
        index: int64 array of values in ``[0, n)``.
        n: size of the domain (1 <= n <= 2**63).
        key: selects the permutation (e.g. a ``streams.digest`` of the column).

    Returns:
        int64 array of the same shape, a permutation of ``[0, n)`` applied element-wise.

    Raises:
        ValueError: ``n`` is not positive or an index lies outside ``[0, n)``.
    """
    idx = np.asarray(index, dtype=np.int64)
    if n <= 0:
        raise ValueError(f"permute: domain size must be positive, got {n}")
    if idx.size and (int(idx.min()) < 0 or int(idx.max()) >= n):
        raise ValueError(f"permute: index outside [0, {n})")
    if n == 1 or idx.size == 0:
        return idx.copy()
    bits = max(2, (n - 1).bit_length())
    bits += bits & 1
    half = bits // 2
    keys = _round_keys(key)
    out = _feistel(idx.astype(np.uint64), half, keys)
    limit = np.uint64(n) if n < 2**64 else None
    if limit is not None:
        bad = np.flatnonzero(out >= limit)
        while bad.size:
            out[bad] = _feistel(out[bad], half, keys)
            bad = bad[out[bad] >= limit]
    return out.astype(np.int64)
