"""Keyed random streams: every stream is derived from a stable digest of its name path.

A stream for ``(seed, epoch, kind, table, column, chunk)`` never depends on call order or on
which other tables and columns exist, so adding a column leaves every other column's values
unchanged and any chunk can be generated alone (in another process, too). blake2b, never
Python's ``hash()`` (salted per process) and never the global ``random`` state.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

import numpy as np

#: Bumped when a change to generation would alter the bytes a given seed produces.
EPOCH = 1

#: "Now" for every generated timestamp: fixed, so a seed reproduces the same rows next year.
REFERENCE_NOW = datetime(2026, 1, 1, tzinfo=UTC)


def digest(*parts: object) -> int:
    """A stable 64-bit digest of a name path."""
    h = hashlib.blake2b(digest_size=8)
    for part in parts:
        data = str(part).encode()
        h.update(len(data).to_bytes(4, "little"))
        h.update(data)
    return int.from_bytes(h.digest(), "little")


def stream(seed: int, *path: object) -> np.random.Generator:
    """A numpy Generator (PCG64) keyed by ``(seed, EPOCH, *path)``."""
    return np.random.Generator(np.random.PCG64(digest(seed, EPOCH, *path)))


def new_seed() -> int:
    """A fresh seed for an unseeded run (printed so the run can be reproduced)."""
    return secrets.randbelow(2**31 - 1) + 1
