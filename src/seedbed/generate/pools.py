"""Key pools: what children read of the rows made so far, by parent row index.

A pool is keyed by ``(table, columns)``. For a parent's key columns it holds the encoded cells
(COPY text as fixed-width UTF-8 bytes) of the rows that already existed, read once through
``existing_keys``, then of every chunk of this seed, in row order: a child picks parent row
``i`` and copies the ``i``-th cells. Attribute pools (``('@anchor',)``: anchor times in
microseconds, ``('@country',)``: country indexes, see ``seedbed.generate.lifecycle``) hold
only this seed's rows, as int64 / int16 arrays.

Pools cross process boundaries whole (``export`` / ``adopt``) for the worker processes of
``seedbed.generate.feed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from seedbed.model import QualifiedName

__all__ = ["ExistingKeys", "KeyPools", "NULL", "PoolKey", "cells", "pack", "ref_key", "unpack"]

NULL = r"\N"

PoolKey = tuple[QualifiedName, tuple[str, ...]]
ExistingKeys = Callable[[QualifiedName, tuple[str, ...]], list[np.ndarray]]


def pack(cells: Sequence[str] | np.ndarray) -> np.ndarray:
    """Key pool storage: fixed-width UTF-8 bytes (a UUID key costs 36 bytes, not ~90 as a str);
    numeric attribute pools (``'@anchor'``, ``'@country'``) are kept as they are."""
    if isinstance(cells, np.ndarray) and cells.dtype.kind in "iu":
        return cells
    if len(cells) == 0:
        return np.empty(0, dtype="S1")
    try:  # ASCII (integers, UUIDs, codes): numpy's own cast, ~7x faster than np.char.encode
        return np.asarray(cells, dtype="S")
    except UnicodeEncodeError:
        return np.char.encode(np.asarray(cells, dtype=str), "utf-8")


def unpack(values: np.ndarray) -> np.ndarray:
    """Pool bytes back to COPY-text cells (an object array of str)."""
    if values.dtype.kind != "S":
        return values
    try:  # ASCII keys (integers, UUIDs, codes): numpy's own cast, ~3x faster than np.char.decode
        return values.astype("U").astype(object)
    except UnicodeDecodeError:
        return np.char.decode(values, "utf-8").astype(object)


def cells(values: np.ndarray, rows: np.ndarray) -> list[str]:
    """The COPY cells of pool rows ``rows`` (-1 gives NULL)."""
    if not len(values):
        return [NULL] * len(rows)
    null = rows < 0
    any_null = bool(null.any())
    safe = np.where(null, 0, rows) if any_null else rows
    if not any_null and values.dtype.kind == "S":
        try:  # ASCII keys straight to str (no object array in between)
            return values[safe].astype("U").tolist()
        except UnicodeDecodeError:
            pass
    picked = unpack(values[safe])
    if any_null:
        picked = picked.copy()
        picked[null] = NULL
    return picked.tolist()


def ref_key(params: Mapping) -> PoolKey:
    """The pool a ``ref`` provider (a reference without an FK constraint) reads."""
    schema, _, name = str(params["table"]).rpartition(".")
    return (QualifiedName(schema=schema or "public", name=name), (str(params["column"]),))


class KeyPools:
    """The pools a plan's children read (``wanted``), filled as parent chunks are made."""

    def __init__(self, wanted: Iterable[PoolKey], existing_keys: ExistingKeys | None = None) -> None:
        self.wanted: set[PoolKey] = set(wanted)
        self._existing_keys = existing_keys
        self._joined: dict[PoolKey, list[np.ndarray]] = {}
        self._parts: dict[PoolKey, list[list[np.ndarray]]] = {}

    def get(self, key: PoolKey) -> list[np.ndarray]:
        """One array per column of the key: existing rows first, then this seed's, in row order."""
        parts = self._parts.get(key)
        if parts is None:
            parts = []
            if self._existing_keys is not None and not key[1][0].startswith("@"):
                existing = self._existing_keys(*key)
                if existing and len(existing[0]):
                    parts.append([pack(e) for e in existing])
            self._parts[key] = parts
            self._joined.pop(key, None)
        if key not in self._joined:
            if len(parts) > 1:
                joined = [np.concatenate([p[i] for p in parts]) for i in range(len(key[1]))]
                parts[:] = [joined]  # the pieces go: a pool is held once, not twice
            elif parts:
                joined = list(parts[0])
            else:
                joined = [np.empty(0, dtype="S1") for _ in key[1]]
            self._joined[key] = joined
        return self._joined[key]

    def size(self, key: PoolKey) -> int:
        return len(self.get(key)[0])

    def append(self, key: PoolKey, columns: Sequence[Sequence[str] | np.ndarray]) -> None:
        """Add rows to one pool (after the existing rows, read first)."""
        self.get(key)
        self._parts[key].append([pack(c) for c in columns])
        self._joined.pop(key, None)

    def record(self, table: QualifiedName, columns: Mapping[str, Sequence[str] | np.ndarray],
               skip: frozenset = frozenset()) -> None:
        """Add a chunk of ``table`` (its cells and attributes by column) to every pool of it."""
        for key in self.wanted:
            if key[0] == table and key not in skip:
                self.append(key, [columns[c] for c in key[1]])

    def rename(self, table: QualifiedName, column: str, renamed: Mapping[str, str]) -> None:
        """Values of ``table.column`` changed after they were pooled (a self-reference's keys, pooled
        before the oracle mended a check digit): every pool holding them follows."""
        for key, parts in self._parts.items():
            if key[0] != table or column not in key[1]:
                continue
            i = key[1].index(column)
            for part in parts:
                part[i] = pack([renamed.get(v, v) for v in unpack(part[i]).tolist()])
            self._joined.pop(key, None)

    def columns_of(self, table: QualifiedName) -> tuple[str, ...]:
        """The columns (and '@' attributes) of ``table`` that some pool keeps."""
        return tuple(dict.fromkeys(c for key in self.wanted if key[0] == table for c in key[1]))

    def export(self, keys: Iterable[PoolKey]) -> dict[PoolKey, list[np.ndarray]]:
        return {key: self.get(key) for key in keys}

    def adopt(self, pools: Mapping[PoolKey, list[np.ndarray]]) -> None:
        """Take pools made elsewhere (a worker process receives its parents' pools)."""
        for key, arrays in pools.items():
            self._parts[key] = [list(arrays)] if len(arrays[0]) else []
            self._joined[key] = list(arrays)
