"""Distinct tuples for keys made of FKs and small domains (``order_items (order_id, product_id)``).

A combo's tuples are the positions ``0 .. space-1`` of a mixed-radix number, one digit per part
(``combo_digits``): a parent row index for an FK part, the n-th distinct value for a column part.
Distinct positions give distinct tuples. How rows get positions:

* ``parents_of``: when the key is led by an FK, a parent's rows are consecutive (an order's items
  together, so the key's index grows in order, as an application writes them), with skewed
  counts per parent (``grouped_ends``) or the counts a fan-out asks for; ``within_parent`` then
  runs the other parts through distinct values inside each parent.
* otherwise a keyed permutation of the row index over the whole space (the engine's default).
* ``unused_positions``: in append mode, the permutation's positions minus those whose tuple the
  table already holds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from seedbed.errors import DomainTooSmall
from seedbed.generate.permute import mix64, permute
from seedbed.generate.streams import digest, stream
from seedbed.model import QualifiedName, Table

__all__ = ["combo_digits", "grouped_ends", "leading_fk_part", "parents_of", "unused_positions", "within_parent"]


def combo_digits(combo: Any, k: np.ndarray) -> list[tuple[Any, np.ndarray]]:
    """Position ``k`` as ``(part, digit)`` per part (mixed radix, last part fastest)."""
    out = []
    for part in reversed(combo.parts):
        out.append((part, k % part.radix))
        k = k // part.radix
    return out


def leading_fk_part(table: Table, combo: Any, fks: dict[str, Any]) -> Any:
    """The FK part holding the first column of the combo's key (``order_id`` of ``PRIMARY KEY
    (order_id, product_id)``), when the combo has other parts too; else None."""
    if len(combo.parts) < 2:
        return None
    key = next((k for k in table.unique_keys if k.name == combo.key), None)
    if key is None:
        return None
    for part in combo.parts:
        fk = fks.get(part.fk) if part.fk else None
        if fk is not None and key.columns[0] in fk.columns and not fk.self_reference and fk.parent_keys is None:
            return part
    return None


def grouped_ends(seed: int, table: QualifiedName, fk: str, parents: int, rows: int, per_parent: int,
                 at_least: int = 0) -> np.ndarray:
    """Running totals of children per parent: ``rows`` children over ``parents`` parents with
    log-normal weights (a few big orders, many small), at most ``per_parent`` each, and at least
    ``at_least`` each when there are enough rows (the lines of a total: no order without one).

    Shares are rounded along their running sum, so the counts add up to ``rows`` exactly and
    each differs from its share by less than one; computed in place (one float array and the
    result: a 3-million-parent table costs ~36 MB for a moment, ~12 MB kept).
    """
    rng = stream(seed, table.schema, table.name, "grouped", fk)
    share = rng.lognormal(0.0, 0.75, size=parents)
    base = at_least if parents and rows >= at_least * parents else 0
    cap = per_parent - base
    share *= (rows - base * parents) / share.sum()
    for _ in range(64):  # a share above the cap gives its excess to the others, in proportion
        over = share > cap
        if not over.any():
            break
        excess = float((share[over] - cap).sum())
        share[over] = cap
        room = share < cap
        if not room.any():
            break
        share[room] += excess * share[room] / share[room].sum()
    np.cumsum(share, out=share)
    dtype = np.int32 if rows < 2**31 else np.int64
    if base:  # floor(x + 0.5) never falls back along a running sum (rint's ties to even may)
        ends = np.floor(share + 0.5).astype(dtype) + base * np.arange(1, parents + 1, dtype=dtype)
    else:
        ends = np.rint(share).astype(dtype)
    del share
    if len(ends):
        ends[-1] = rows
    return ends


def parents_of(ends: np.ndarray, local: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(parent, rank among the parent's rows) of rows ``local``, given running totals ``ends``."""
    parent = np.minimum(np.searchsorted(ends, local, side="right").astype(np.int64), len(ends) - 1)
    first = np.where(parent > 0, ends[np.maximum(parent - 1, 0)], 0).astype(np.int64)
    return parent, local - first


def within_parent(seed: int, table: QualifiedName, combo: Any, lead: Any, parent: np.ndarray,
                  rank: np.ndarray) -> np.ndarray:
    """Positions for rows given their ``lead`` digit (parent) and rank among the parent's rows:
    the other parts run through distinct values within each parent (a keyed start per parent,
    then a keyed permutation of the rest), so tuples stay distinct while ``rank`` < the rest."""
    rest = [p for p in combo.parts if p is not lead]
    space = math.prod(p.radix for p in rest)
    if len(rank) and int(rank.max()) >= space:
        raise DomainTooSmall(f"{table}: more rows per parent than UNIQUE {combo.key} has distinct combinations "
                             f"per parent ({space})", subject=f"{table}.{combo.key}",
                             hint=f"ask for at most {space} per parent")
    if len(rest) == 1 and rest[0].ordinal:  # a place within the parent: its rows take 0, 1, 2, ... (day 1, 2, 3)
        return parent * rest[0].radix + rank if combo.parts[0] is lead else rank * lead.radix + parent
    start = mix64(parent, digest(seed, table, combo.key, "start")) % np.uint64(space)
    r = permute((start.astype(np.int64) + rank) % space, space, digest(seed, table, combo.key))
    digits: dict[int, np.ndarray] = {id(lead): parent}
    for p in reversed(rest):
        digits[id(p)] = r % p.radix
        r = r // p.radix
    k = np.zeros(len(parent), dtype=np.int64)
    for p in combo.parts:
        k = k * p.radix + digits[id(p)]
    return k


def unused_positions(table: QualifiedName, what: str, rows: int, space: int, key: int, cols: tuple[str, ...],
                     existing: Iterable[tuple[str, ...]], known: Callable[[np.ndarray], np.ndarray],
                     decode: Callable[[np.ndarray], dict[str, list[str]]], step: int = 65536) -> np.ndarray:
    """``rows`` positions of a space of distinct tuples, in keyed-permutation order, skipping
    those whose tuple (cells of ``cols``) is in ``existing``.

    ``known(k)`` says which positions can be decoded now (a tuple naming a parent made by this
    seed cannot exist yet), ``decode(k)`` gives their cells by column.
    """
    existing = set(existing)
    taken: list[np.ndarray] = []
    have, start = 0, 0
    while have < rows and start < space:
        k = permute(np.arange(start, min(start + step, space), dtype=np.int64), space, key)
        if existing:
            ok = np.flatnonzero(known(k))
            cells = decode(k[ok])
            clash = np.zeros(len(k), dtype=bool)
            clash[ok] = [t in existing for t in zip(*(cells[c] for c in cols), strict=True)]
            k = k[~clash]
        taken.append(k)
        have += len(k)
        start += step
    if have < rows:
        raise DomainTooSmall(f"cannot make {rows} more rows for {table}: {what} allows {space} "
                             f"distinct values and {len(existing)} exist", subject=str(table),
                             hint=f"ask for at most {have} rows")
    return np.concatenate(taken)[:rows] if taken else np.empty(0, dtype=np.int64)
