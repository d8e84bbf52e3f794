"""inet, cidr, macaddr and macaddr8 (values: ``str`` in PostgreSQL's input form).

Unique values scramble the row index over the whole address space (``permute``): IPv4 hosts
for inet (IPv6 ``fd00::`` addresses past 2**32 rows), ``/24`` networks for cidr (host bits
always zero), 48- and 64-bit MAC addresses.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.values.data import GenRequest, column_key, object_array
from seedbed.generate.values.strings import ascii_rows, hex_matrix
from seedbed.model import Column, ColumnDomain, TypeKind

__all__ = ["GENERATORS", "cardinality", "dotted"]


@lru_cache(maxsize=1)
def _halves() -> list[str]:
    """``"a.b"`` for every 16-bit value: an address is two lookups and one concatenation."""
    return [f"{v >> 8}.{v & 255}" for v in range(65536)]


def dotted(addr: np.ndarray) -> list[str]:
    """IPv4 addresses (ints in ``[0, 2**32)``) as dotted quads."""
    a = addr.astype(np.int64)
    half = _halves()
    return [half[h] + "." + half[lo] for h, lo in zip((a >> 16).tolist(), (a & 0xFFFF).tolist(), strict=True)]


def _ipv6(index: np.ndarray, prefix: str = "") -> list[str]:
    return [f"fd00::{(i >> 48) & 0xFFFF:x}:{(i >> 32) & 0xFFFF:x}:{(i >> 16) & 0xFFFF:x}:"
            f"{i & 0xFFFF:x}{prefix}" for i in index.tolist()]


def _random_hosts(rng: np.random.Generator, n: int) -> np.ndarray:
    """Plausible IPv4 hosts: private ranges and public unicast space."""
    first = np.array([10, 172, 192, 34, 52, 81, 185, 203])[rng.integers(0, 8, size=n)]
    rest = rng.integers(0, 2**24, size=n)
    second = np.where(first == 172, 16 + rng.integers(0, 16, size=n),
                      np.where(first == 192, 168, (rest >> 16) & 255))
    low = rest & 0xFFFF
    low = np.where((low & 255) == 0, low | 1, low)  # not a network address
    return (first << 24) | (second << 16) | low


def _inet(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    if not req.unique:
        return object_array(dotted(_random_hosts(rng, req.n)))
    idx = req.index
    small = idx < 2**32
    out = np.empty(req.n, dtype=object)
    out[small] = dotted(permute(idx[small], 2**32, column_key(req, "inet")))
    if not small.all():
        out[~small] = _ipv6(idx[~small])
    return out


def _cidr(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    n = req.n
    if req.unique:
        idx = req.index
        small = idx < 2**24
        out = np.empty(n, dtype=object)
        nets = permute(idx[small], 2**24, column_key(req, "cidr")) << 8
        out[small] = [a + "/24" for a in dotted(nets)]
        if not small.all():
            out[~small] = _ipv6(idx[~small], "/128")
        return out
    prefix = np.array([8, 12, 16, 20, 24, 24, 24, 28, 32])[rng.integers(0, 9, size=n)]
    mask = ((np.int64(2**32 - 1) << (32 - prefix)) & (2**32 - 1))
    addr = _random_hosts(rng, n) & mask
    return object_array([f"{a}/{p}" for a, p in zip(dotted(addr), prefix.tolist(), strict=True)])


def mac_text(raw: np.ndarray) -> list[str]:
    """``(n, k)`` bytes as ``xx:xx:...`` MAC text."""
    n, k = raw.shape
    hexed = hex_matrix(raw)
    out = np.full((n, 3 * k - 1), ord(":"), dtype=np.uint8)
    for j in range(k):
        out[:, 3 * j:3 * j + 2] = hexed[:, 2 * j:2 * j + 2]
    return ascii_rows(out)


def _mac(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    k = 6 if req.column.type.kind is TypeKind.MACADDR else 8
    n = req.n
    if req.unique:
        space = 2**48 if k == 6 else 2**62
        raw = permute(req.index, space, column_key(req, "mac")).astype(">u8").view(np.uint8).reshape(n, 8)
        raw = raw[:, 8 - k:]
    else:
        raw = rng.integers(0, 256, size=(n, k), dtype=np.uint8)
        raw[:, 0] &= 0xFE  # unicast
    return object_array(mac_text(raw))


GENERATORS = {TypeKind.INET: _inet, TypeKind.CIDR: _cidr, TypeKind.MACADDR: _mac,
              TypeKind.MACADDR8: _mac}


def cardinality(column: Column, domain: ColumnDomain) -> int | None:
    """2**48 for macaddr; None (unbounded) for the others."""
    return 2**48 if column.type.kind is TypeKind.MACADDR else None
