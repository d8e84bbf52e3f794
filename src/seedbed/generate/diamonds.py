"""Diamonds in a chunk: an FK takes the A row of the B row another FK picked.

The plan says which (``seedbed.planning.diamonds``); here the picks follow. B's chunks leave
the A row each of their rows picked in an attribute pool (``'@fk:<B's FK>'``, int64 row
indexes aligned with B's new rows), so a child copies a row index and rebuilds the key from
A's key pool: keys without lookups. Through a self-reference (an event's room is its parent
event's room), a row's parent may sit in the same chunk: chains of parents are followed to
their root inside the chunk.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from seedbed.generate.lifecycle import parent_values
from seedbed.generate.pools import unpack
from seedbed.planning.model import Diamond, TablePlan

__all__ = ["existing_maps", "follow_diamonds"]

#: No A row known through B (no B row picked, or a B row that existed before this seed).
UNKNOWN = -2


def follow_diamonds(engine: Any, tp: TablePlan, picked: dict[str, np.ndarray], enc: dict[str, list[str]],
                    only_free: bool, index: np.ndarray | None = None) -> None:
    """Fill each diamond FK of a chunk with the A row of the B row its ``through`` FK picked.

    Rows with no B row, or whose B row existed before this seed, keep their own pick; a B row
    with no A gives NULL where the FK allows it (else the own pick). ``picked`` and ``enc``
    (the chunk's FK picks and encoded cells) are updated in place.
    """
    fks = {f.name: f for f in tp.fks}
    for d in tp.diamonds:
        f1 = fks[d.fk]
        if d.fk not in picked:
            continue
        f2 = fks[d.through]
        if d.through not in picked or (only_free and f2.self_reference):
            # Regenerating rows: the B row stays (a 1:1 or tuple pick), and so does its A;
            # an earlier row of the chunk, kept or not, is not known here: the tree stays.
            if only_free:
                for fk in (f1, f2) if f2.self_reference else (f1,):
                    picked.pop(fk.name, None)
                    for c in fk.columns:
                        enc.pop(c, None)
            continue
        own = picked[d.fk]
        if d.choices and not f2.self_reference:
            follow = _one_of(engine, d, f2, picked[d.through], index)
            rows = np.where(follow == UNKNOWN, own, np.where(follow == -1, -1 if f1.null_rate > 0 else own, follow))
            picked[d.fk] = rows
            enc.update(engine.lookup(f1, rows))
            continue
        attr = engine.pools.get((d.parent, ("@fk:" + d.via,)))[0]
        if f2.self_reference:
            follow = _through_earlier(attr, engine.pool_size(f2), picked[d.through], own)
        else:
            follow = parent_values(attr, engine.pool_size(f2), picked[d.through], UNKNOWN)
            existed = (picked[d.through] >= 0) & (picked[d.through] < engine.pool_size(f2) - len(attr))
            if existed.any():
                follow = np.where(existed, _through_existing(engine, tp, d, picked[d.through]), follow)
        rows = np.where(follow == UNKNOWN, own, np.where(follow == -1, -1 if f1.null_rate > 0 else own, follow))
        picked[d.fk] = rows
        enc.update(engine.lookup(f1, rows))


def _one_of(engine: Any, d: Diamond, f2: Any, through: np.ndarray, index: np.ndarray | None) -> np.ndarray:
    """Per row, the A row of one of B's FKs ``d.choices`` (B rows that existed before: UNKNOWN);
    which one is keyed by the child row, and a second reference of the row (``flip``) takes the
    next one: a message's sender is one of its match's users, its recipient the other."""
    from seedbed.generate.permute import mix64
    from seedbed.generate.streams import digest

    k = len(d.choices)
    follows = np.stack([parent_values(engine.pools.get((d.parent, ("@fk:" + v,)))[0], engine.pool_size(f2), through,
                                      UNKNOWN) for v in d.choices])
    rows = np.asarray(index if index is not None else np.arange(len(through)), dtype=np.int64)
    side = (mix64(rows, digest("diamond-side", d.through) & ((1 << 62) - 1)) % np.uint64(k)).astype(np.int64)
    return follows[(side + d.flip) % k, np.arange(len(through))]


def _through_earlier(attr: np.ndarray, pool_size: int, parent: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Through a self-reference: each row takes the value of the root of its chain of parents
    inside this chunk, which takes its own parent's from ``attr`` (rows of earlier chunks) or
    keeps its own pick. ``parent``: pool indexes (the chunk's rows are the pool's last ones)."""
    n = len(parent)
    first = pool_size - n  # pool index of this chunk's first row
    link = np.where(parent >= first, parent - first, -1)
    root = np.where(link >= 0, link, np.arange(n))
    while True:  # pointer doubling: parents come earlier, so every chain ends at a root
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    before = np.where((parent >= 0) & (parent < first), parent, -1)
    outer = parent_values(attr, first, before, UNKNOWN)
    own_root = np.where(outer == UNKNOWN, own, outer)  # the root row's own value, or its parent's
    return own_root[root]


def existing_maps(engine: Any, tp: TablePlan, d: Diamond) -> tuple[dict, dict] | None:
    """Append mode: B rows that existed before the seed carry no picks; their A is read once
    (B key -> B's FK columns, and A key -> A row index). None when nothing existed."""
    cache_key = (tp.name, "#diamond", d.fk)
    if cache_key not in engine._cache:
        f1 = next(f for f in tp.fks if f.name == d.fk)
        f2 = next(f for f in tp.fks if f.name == d.through)
        found = engine._existing_keys(d.parent, f2.ref_columns + d.via_columns) if engine._existing_keys else []
        if not found or not len(found[0]):
            engine._cache[cache_key] = None
        else:
            k = len(f2.ref_columns)
            via = {tuple(r[:k]): tuple(r[k:]) for r in zip(*(a.tolist() for a in found), strict=True)}
            a_pool = [unpack(c).tolist() for c in engine.pools.get((f1.parent, f1.ref_columns))]
            engine._cache[cache_key] = (via, {key: i for i, key in enumerate(zip(*a_pool, strict=True))})
    return engine._cache[cache_key]


def _through_existing(engine: Any, tp: TablePlan, d: Diamond, rows_b: np.ndarray) -> np.ndarray:
    """The A row index of each picked B row that existed before (UNKNOWN elsewhere, and -1
    where that B row has no A)."""
    out = np.full(len(rows_b), UNKNOWN, dtype=np.int64)
    maps = existing_maps(engine, tp, d)
    if maps is None:
        return out
    via, a_index = maps
    f2 = next(f for f in tp.fks if f.name == d.through)
    at = np.flatnonzero(rows_b >= 0)
    keys = zip(*(unpack(c[rows_b[at]]).tolist() for c in engine.pools.get((f2.parent, f2.ref_columns))),
               strict=True)
    for i, key in zip(at.tolist(), keys, strict=True):
        a_key = via.get(key)
        out[i] = -1 if a_key is None else a_index.get(a_key, UNKNOWN)
    return out
