"""How a chunk's rows pick their parent rows through each FK (``Engine._pick``).

A mixin of ``seedbed.generate.engine.Engine``: self-references among earlier rows, the lines of a
total laid out per parent, an aggregate's events together, fan-outs, 1:1 picks, a spread over some
parents, keys the user listed (mapped onto this seed's rows when they are its own), parents in the
state the child is named after (``planning.states``), and otherwise a skew like real data; a row's two FKs to
one parent table pick two parent rows (``_apart``).
"""

from __future__ import annotations

import re

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.pools import pack
from seedbed.generate.streams import digest
from seedbed.generate.tuples import parents_of
from seedbed.generate.values import copy_escape
from seedbed.planning.model import FkPlan, TablePlan

#: Share of rows that start a new tree in a self-referencing table.
ROOT_SHARE = 0.1


#: Parents two roles of one row may share: a party's addresses (billing and shipping are often one).
_ADDRESSES = re.compile(r"(?:^|_)(?:addresses|address|addr|addrs)(?:_|$)")


class Picks:
    """Parent picks of ``Engine`` (its ``plan``, ``pools``, ``_cache`` and ``_rng``, and the other
    mixins' layouts: ``laid_fk`` / ``line_ends``, ``stream_fk``, ``follows`` / ``product_rows``)."""

    def _pick(self, tp: TablePlan, fk: FkPlan, local: np.ndarray, number: int, attempt: int) -> np.ndarray:
        """Parent row index per row; -1 for NULL. Keys the user listed that are rows of this seed
        become those rows' indexes, so what children read of their parent (its time, country,
        own references) is that row's (``_listed_rows``)."""
        rows = self._pick_rows(tp, fk, local, number, attempt)
        listed = self._listed_rows(fk)
        if listed is None:
            return rows
        return np.where(rows >= 0, listed[np.maximum(rows, 0)], -1)

    def _listed_rows(self, fk: FkPlan) -> np.ndarray | None:
        """The parent pool row of each key in ``fk.parent_keys`` when the parent is seeded in this
        run and holds every one of them (a workspace's "orders 1-500", keys the seed makes); else
        None: the keys are existing rows, picked by the list alone."""
        if fk.parent_keys is None or fk.parent not in self.plan.tables or len(fk.columns) != 1:
            return None
        pool = self.pools.get((fk.parent, fk.ref_columns))[0]
        key = ("listed", fk.parent, fk.ref_columns, len(fk.parent_keys), len(pool))
        if key not in self._cache:
            where = {v: i for i, v in enumerate(pool.tolist())}
            wanted = pack(copy_escape([str(k) for k in fk.parent_keys])).tolist()
            found = [where.get(v, -1) for v in wanted]
            self._cache[key] = None if -1 in found else np.asarray(found, dtype=np.int64)
        return self._cache[key]

    def _pick_rows(self, tp: TablePlan, fk: FkPlan, local: np.ndarray, number: int, attempt: int) -> np.ndarray:
        """Parent row index per row (into ``fk.parent_keys`` when the user listed keys); -1 for NULL."""
        n = len(local)
        rng = self._rng(tp, "fk:" + fk.name, number, attempt)
        if fk.self_reference:
            size = self.pool_size(fk)
            earlier = np.minimum(local + tp.offset, max(size - 1, 0))  # rows before this one
            rows = np.floor(rng.random(n) * np.maximum(earlier, 1)).astype(np.int64)
            root = (earlier == 0) | (rng.random(n) < ROOT_SHARE)
            if size == 0:
                return np.full(n, -1, dtype=np.int64)
            if fk.distinct and fk.null_rate > 0:  # 1:1 (a renewal of one earlier row): chains, each row once
                return np.where(root, -1, earlier - 1)
            return np.where(root, -1 if fk.null_rate > 0 else earlier, rows)
        size = self.pool_size(fk) if not fk.broken else fk.parent_rows
        if fk.parent_keys is not None:
            size = len(fk.parent_keys)
        if size == 0:
            return np.full(n, -1, dtype=np.int64)
        spread = digest(self.plan.seed, tp.name, fk.name, "spread")
        if self.laid_fk(tp, fk.name) is not None:  # the lines of a total: laid out per parent
            return parents_of(self.line_ends(tp, fk), local)[0]
        if self.stream_fk(tp, fk.name):  # the events of an aggregate (its row): together
            return parents_of(self.stream_ends(tp), local)[0]
        if self.follows(tp, fk.name) is not None:  # their products: a function of the line
            return self.product_rows(tp, fk, local)
        if fk.fanout is not None:  # children per parent as asked
            return self._fanout_parents(tp, fk, local, size)[0]
        if fk.distinct and tp.offset and not fk.broken:
            rows = self._distinct_positions(tp, fk)[local]
        elif fk.parents is not None and fk.parents < size:
            if fk.distinct:  # each of the chosen parents once (the plan caps the rows at ``parents``)
                rows = permute(permute(local, fk.parents, digest(self.plan.seed, tp.name, fk.name)), size, spread)
            else:
                rows = permute(rng.integers(0, fk.parents, size=n, dtype=np.int64), size, spread)
        elif fk.distinct:
            rows = permute(local, size, digest(self.plan.seed, tp.name, fk.name))
        elif fk.parent_keys is not None:  # keys the user listed: each one used (evenly, in a seeded order)
            rows = permute(local % size, size, spread)
        elif fk.state is not None:
            rows = self._in_state(tp, fk, local, rng, size)
        else:
            rows = self._skewed(rng, n, size, spread)
        if fk.null_rate > 0:
            rows = np.where(rng.random(n) < fk.null_rate, -1, rows)
        return rows

    def _apart(self, tp: TablePlan, fk: FkPlan, rows: np.ndarray, picked: dict[str, np.ndarray]) -> np.ndarray:
        """``rows`` where no row picks the parent row an earlier FK of the row to the same parent picked (a
        couple's leader and follower, a heat's two judges, a match's home and away teams are two): the next
        parent row instead (issue 10, r46). Picks laid out by a plan (1:1, listed keys, a spread, a state)
        are kept."""
        if fk.self_reference or fk.distinct or fk.broken or len(fk.columns) != 1 or fk.parent_keys is not None \
                or fk.parents is not None or fk.state is not None or fk.fanout is not None:
            return rows
        size = self.pool_size(fk)
        if size < 2 or _ADDRESSES.search(fk.parent.name.lower()):
            return rows  # a party's billing and shipping addresses are often one address
        for other in tp.fks:
            if other.name == fk.name:
                break
            if other.parent == fk.parent and other.ref_columns == fk.ref_columns and other.name in picked \
                    and not other.self_reference:
                same = (rows == picked[other.name]) & (rows >= 0)
                if same.any():
                    rows = np.where(same, (rows + 1) % size, rows)
        return rows

    @staticmethod
    def _skewed(rng: np.random.Generator, n: int, size: int, spread: int) -> np.ndarray:
        """Skewed like real data: a few parents get many children, most get a few."""
        rows = np.minimum((rng.random(n) ** 1.6 * size).astype(np.int64), size - 1)
        return permute(rows, size, spread)

    def _in_state(self, tp: TablePlan, fk: FkPlan, local: np.ndarray, rng: np.random.Generator,
                  size: int) -> np.ndarray:
        """Parent rows in the state the child is named after (``planning.states``): each one once
        before any twice (the first children cover them in a seeded order), then skewed; every
        parent when none is in that state (a scope left it out)."""
        column, label = fk.state
        values = self.pools.get((fk.parent, (column,)))[0][:size]
        eligible = np.flatnonzero(values == pack(copy_escape([label]))[0])
        spread = digest(self.plan.seed, tp.name, fk.name, "spread")
        if not len(eligible):
            return self._skewed(rng, len(local), size, spread)
        m = len(eligible)
        first = permute(local % m, m, spread)
        return eligible[np.where(local + tp.offset < m, first, self._skewed(rng, len(local), m, spread))]
