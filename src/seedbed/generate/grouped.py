"""Parents picked within the row's group: an FK sharing a column with another FK of the row.

``FOREIGN KEY (restaurant_id, combinable_with) REFERENCES dining_tables (restaurant_id, table_no)`` beside
``restaurant_id REFERENCES restaurants``: the table it combines with is one of its own restaurant's; ``(away_team,
season) -> teams (team_id, season)`` beside ``(home_team, season) -> teams``: the away team plays in the home team's
season. The other FK fills the shared columns (``planning``: other tables' FKs first); this one picks, per row, a
parent row whose referenced columns hold the row's values (``FkPlan.shared``) and writes only its other columns.

A self-reference picks among the earlier rows of its group (a tree, as ``picks`` does); the first row of a group
points nowhere (NULL in the columns written) where the FK may be NULL, else at itself. A row whose group has no
parent row gets NULL there too (the database then names the FK if a column is NOT NULL). Two FKs of a row to one
parent take two rows where the group has two (a match's home and away teams).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from seedbed.generate.pools import cells

if TYPE_CHECKING:
    from seedbed.generate.engine import Engine
    from seedbed.planning.model import FkPlan, TablePlan

__all__ = ["grouped_rows"]

_ROOT_SHARE = 0.1  # a tree's roots among the rows that could have a parent (``picks.ROOT_SHARE``)


def grouped_rows(engine: Engine, tp: TablePlan, fk: FkPlan, local: np.ndarray, enc: dict[str, list[str]],
                 picked: dict[str, np.ndarray], number: int, attempt: int) -> np.ndarray:
    """The parent pool row per row, among those agreeing with the row on ``fk.shared`` (-1: NULL)."""
    n = len(local)
    pool = engine.pools.get((fk.parent, fk.ref_columns))
    size = len(pool[0]) if pool else 0
    out = np.full(n, -1, dtype=np.int64)
    if not size or not all(c in enc for c in fk.shared):
        return out
    at = [fk.columns.index(c) for c in fk.shared]
    everyone = np.arange(size, dtype=np.int64)
    theirs = list(zip(*(cells(pool[p], everyone) for p in at), strict=True))
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, key in enumerate(theirs):
        groups.setdefault(key, []).append(i)
    mine = list(zip(*(enc[c] for c in fk.shared), strict=True))
    rng = engine._rng(tp, "fk:" + fk.name, number, attempt)
    draw, root = rng.random(n), rng.random(n)
    others = [picked[f.name] for f in tp.fks if f.name in picked and f.name != fk.name
              and f.parent == fk.parent and f.ref_columns == fk.ref_columns]
    own = local + tp.offset
    written = [c for c in fk.columns if c not in fk.shared]
    theirs_of = {c: cells(pool[fk.columns.index(c)], everyone) for c in written}
    keys = [k.columns for k in engine.schema.table(tp.name).unique_keys if set(written) & set(k.columns)
            and not k.predicate and all(c in enc or c in written for c in k.columns)]
    used: list[set[tuple[str, ...]]] = [set() for _ in keys]

    def tuples(i: int, c: int) -> list[tuple[str, ...]]:
        return [tuple(theirs_of[x][c] if x in theirs_of else enc[x][i] for x in k) for k in keys]

    for i in range(n):
        cand = groups.get(mine[i], [])
        if fk.self_reference:
            cand = cand[:int(np.searchsorted(cand, own[i]))]  # earlier rows: a tree, never a loop
            if not cand or root[i] < _ROOT_SHARE and fk.null_rate > 0:
                out[i] = -1 if fk.null_rate > 0 else own[i]
                continue
        elif not cand or fk.null_rate > 0 and root[i] < fk.null_rate:
            continue
        taken = {int(o[i]) for o in others}
        free = [c for c in cand if c not in taken] or cand
        first = int(draw[i] * len(free))
        for j in range(len(free)):  # from a random one on: the first that repeats no unique key of the chunk
            c = free[(first + j) % len(free)]
            got = tuples(i, c)
            if not any(t in u for t, u in zip(got, used, strict=True)):
                break
        else:
            c = free[first]
        out[i] = c
        for t, u in zip(tuples(i, c), used, strict=True):
            u.add(t)
    return out
