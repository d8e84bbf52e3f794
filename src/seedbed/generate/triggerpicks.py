"""Parent picks that a trigger's read conditions accept (``TriggerRule``, ``planning.triggers``).

Once a chunk's values are drawn, each row whose picked parent makes a read condition raise
(a dam that is not female, a manager who does not outrank the row, a project that starts after
the diary day) picks again among a few other parent rows (earlier rows for a self-reference),
and takes the first the conditions accept; where none does and the FK is nullable and NULL
passes, it is NULL (a root employee). Rows still refused go to the oracle as before. A mixin of
``Engine``: it reads the engine's plan, pools, ``_rng``, ``lookup`` and ``pool_size``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from seedbed.generate.diamonds import follow_diamonds
from seedbed.generate.pools import NULL, unpack
from seedbed.planning.model import FkPlan, Gen, TablePlan

__all__ = ["TriggerPicks"]

#: Other parent rows a refused row tries before it gives up (and NULL, where allowed).
TRIES = 64
#: A row's column in a canonical condition.
_NEW = re.compile(r'\bnew\.("[^"]+"|[A-Za-z_][\w$]*)')


class TriggerPicks:
    """``Engine``'s re-picks for trigger conditions read from their bodies."""

    @staticmethod
    def trigger_keys(tp: TablePlan) -> set:
        """The parent column pools the read conditions consult (and the keys of the lookups no FK is)."""
        fks = {f.name: f for f in tp.fks}
        keys = {(_lookup_fk(tp, r.fk).parent if r.parent is not None else fks[r.fk].parent, (c,))
                for r in tp.trigger_rules for c in r.parent_columns}
        return keys | {(r.parent, tuple(p for p, _c in r.key)) for r in tp.trigger_rules if r.parent is not None}

    def _equal_to(self, tp: TablePlan, fk_name: str) -> list[tuple[str, str]]:
        key = ("trigger-equal", tp.name, fk_name)
        if key not in self._cache:
            from seedbed.solve.rowcond import equalities

            self._cache[key] = list(dict.fromkeys(
                e for r in tp.trigger_rules if r.fk == fk_name for e in equalities(r.raise_when)))
        return self._cache[key]

    def _fits(self, tp: TablePlan, fk_name: str, present: frozenset[str]) -> list:
        """Bounds on the row's plain values (``solve.rowfits``): never an FK or a unique column (a combination
        key's part is kept unique by ``_Keys``)."""
        key = ("trigger-fits", tp.name, fk_name, present)
        if key not in self._cache:
            from seedbed.solve.rowfits import fits

            fk = _lookup_fk(tp, fk_name)
            fk_cols = {c for f in tp.fks for c in f.columns}
            singles = {k.columns[0] for k in self.schema.table(tp.name).unique_keys if len(k.columns) == 1}
            # A part of a composite unique key may be redrawn: ``_Keys`` keeps every key over it unique.
            # A value a self-reference reads of the parent row (a dam's birth date) makes the row a parent
            # or not for other rows, judged already: it is never redrawn.
            fks = {f.name: f for f in tp.fks}
            as_parent = {c for r in tp.trigger_rules if r.fk in fks and fks[r.fk].self_reference
                         for c in r.parent_columns}
            free = {cp.name for cp in tp.columns if cp.gen in (Gen.VALUE, Gen.COMBO) and cp.name not in singles
                    and cp.name not in fk_cols and cp.name not in as_parent and cp.name in present}
            child = {c.name: c.type for c in self.schema.table(tp.name).columns}
            parent = {c.name: c.type for c in self.schema.table(fk.parent).columns}
            self._cache[key] = [f for r in tp.trigger_rules if r.fk == fk_name
                                for f in fits(r.raise_when, child, parent, free)]
        return self._cache[key]

    def _compiled(self, tp: TablePlan, fk_name: str) -> list:
        key = ("trigger-rules", tp.name, fk_name)
        if key not in self._cache:
            from seedbed.solve.rowcond import compile_condition

            fk = _lookup_fk(tp, fk_name)
            child = {c.name: c.type for c in self.schema.table(tp.name).columns}
            parent = {c.name: c.type for c in self.schema.table(fk.parent).columns}
            self._cache[key] = [compile_condition(r.raise_when, child, parent)
                                for r in tp.trigger_rules if r.fk == fk_name]
        return self._cache[key]

    def keep_trigger_rules(self, tp: TablePlan, local: np.ndarray, picked: dict[str, np.ndarray],
                           enc: dict[str, list[str]], number: int, attempt: int, only_free: bool,
                           index: np.ndarray, settled: bool = False) -> None:
        """Re-pick, in place, the parents the read conditions refuse. ``settled``: again once an
        exclusion's layout moved the row's values (the FKs over its columns stay)."""
        table = self.schema.table(tp.name)
        fixed = {d.fk for d in tp.diamonds}  # a diamond's FK follows its other parent: never re-picked
        if (only_free or settled) and table.exclusions:  # an exclusion's columns stay as laid out
            excluded = {c for x in table.exclusions for c in x.columns}
            fixed |= {f.name for f in tp.fks if excluded & set(f.columns)}
        n = len(local)
        sides: dict[str, _Side] = {}
        for fk in tp.fks:
            if fk.name in picked and fk.name not in fixed and not (fk.broken or fk.distinct) \
                    and fk.fanout is None and fk.parent_keys is None and self.pool_size(fk) \
                    and any(r.fk == fk.name for r in tp.trigger_rules):
                sides[fk.name] = _Side(self, tp, fk, enc, n, number)
        moved: list[str] = []
        # The row's cells the conditions read (and the FKs' own): a dict per row of just those.
        needs = _row_columns(tp, enc, [c for f in tp.fks for c in f.columns])
        for name, side in sides.items():
            fk = side.fk
            nullable = all(table.column(c).nullable for c in fk.columns)
            rows = picked[name].copy()
            rng = self._rng(tp, "trigger:" + name, number, attempt)
            changed = False
            for i in range(n):
                child = {c: enc[c][i] for c in needs}
                if not side.refused(child, int(rows[i])):
                    continue
                j, cells = side.another(child, i, int(rows[i]), rng)
                if j is not None and cells and any(
                        o is not side and o.refused({**child, **cells}, int(picked[o.fk.name][i]))
                        for o in sides.values()):  # values redrawn for this parent that another refuses
                    j = None
                if j is None:
                    j = self._joint(tp, side, sides, fixed, child, i, rng, picked, enc)
                if j is None and nullable and not side.refused(child, -1):
                    j = -1
                if j is not None:
                    cells = cells or {c: NULL if j < 0 else side.key_cell(m, j) for m, c in enumerate(fk.columns)}
                    side.keys.move(i, cells)
                    for c, v in cells.items():
                        enc[c][i] = v
                    rows[i], changed = j, True
            if changed:
                picked[name] = rows
                moved.append(name)
        for side in sides.values():
            side.keys.keep(number)
        # Lookups no FK is, last: their parent row is the one the FKs' columns now name.
        for name in dict.fromkeys(r.fk for r in tp.trigger_rules if r.parent is not None):
            self._keyed(tp, _Side(self, tp, _lookup_fk(tp, name), enc, n, number), number, attempt)
        if tp.diamonds and any(d.through in moved for d in tp.diamonds):
            follow_diamonds(self, tp, picked, enc, only_free, index)

    def _keyed(self, tp: TablePlan, side: _Side, number: int, attempt: int) -> None:
        """A lookup no FK of the row is: the parent row is the one the row's columns name; where it refuses
        the row, the row's values are redrawn to agree with it."""
        fk = side.fk
        if not side.fits or not all(c in side.enc for c in fk.columns):
            return
        pool = [unpack(a).tolist() for a in self.pools.get((fk.parent, fk.ref_columns))]
        at = {key: j for j, key in enumerate(zip(*pool, strict=True))}
        rng = self._rng(tp, "trigger:" + fk.name, number, attempt)
        enc = side.enc
        needs = _row_columns(tp, enc, list(fk.columns))
        for i in range(side.n):
            child = {c: enc[c][i] for c in needs}
            j = at.get(tuple(child[c] for c in fk.columns), -1)
            if j < 0 or not side.refused(child, j):
                continue
            _, cells = side.another(child, i, j, rng, stay=True)
            if cells:
                side.keys.move(i, cells)
                for c, v in cells.items():
                    enc[c][i] = v
        side.keys.keep(number)

    def _joint(self, tp: TablePlan, side: _Side, sides: dict[str, _Side], fixed: set[str], child: dict[str, str],
               i: int, rng: np.random.Generator, picked: dict[str, np.ndarray],
               enc: dict[str, list[str]]) -> int | None:
        """No parent agrees with the row's column that another FK of the row filled (a reservation's hotel,
        from its room, has no rate plan): a parent row of this FK, and a row of the other FK whose key holds
        this parent's value (a room of the rate plan's hotel), chosen together; the other FK is set here."""
        for pc, cc in side.equal:
            g = next((f for f in tp.fks if cc in f.columns and f.name != side.fk.name and f.name in picked
                      and f.name not in fixed and not (f.broken or f.distinct or f.self_reference)
                      and f.fanout is None and f.parent_keys is None), None)
            if g is None or pc not in side.values:
                continue
            at = g.columns.index(cc)
            key = ("trigger-joint", g.parent, g.ref_columns, at, self.pool_size(g))
            if key not in self._cache:  # the other FK's parent keys, and its rows by the agreeing column
                pool = [unpack(a).tolist() for a in self.pools.get((g.parent, g.ref_columns))]
                by: dict[str, list[int]] = {}
                for k, v in enumerate(pool[at]):
                    by.setdefault(v, []).append(k)
                self._cache[key] = (pool, by)
            pool, by = self._cache[key]
            limit = side.limit(i)
            for j in rng.integers(0, limit, TRIES).tolist() if limit > 0 else ():
                ks = by.get(side.values[pc][j]) if j < len(side.values[pc]) else None
                if not ks:
                    continue
                k = ks[int(rng.integers(0, len(ks)))]
                trial = dict(child)
                trial.update({c: pool[m][k] for m, c in enumerate(g.columns)})
                if side.refused(trial, j) or (g.name in sides and sides[g.name].refused(trial, k)):
                    continue
                cells = {c: pool[m][k] for m, c in enumerate(g.columns)} | {
                    c: side.key_cell(m, j) for m, c in enumerate(side.fk.columns)}
                if not side.keys.free(i, cells):
                    continue
                side.keys.move(i, cells)
                if g.name in sides:
                    sides[g.name].keys.move(i, cells)
                picked[g.name][i] = k
                for m, c in enumerate(g.columns):
                    enc[c][i] = pool[m][k]
                child.update(trial)
                return j
        return None


class _Side:
    """One FK's read conditions, over its parent rows (earlier rows of the chunk too, for a self-reference)."""

    def __init__(self, engine: Any, tp: TablePlan, fk: FkPlan, enc: dict[str, list[str]], n: int,
                 number: int) -> None:
        self.fk = fk
        self.engine = engine
        self._key_pool: list[list[str]] | None = None
        self.fns = engine._compiled(tp, fk.name)
        self.columns = tuple(dict.fromkeys(c for r in tp.trigger_rules if r.fk == fk.name for c in r.parent_columns))
        self.size = engine.pool_size(fk)
        self.n = n
        self.first = self.size - n if fk.self_reference else self.size  # pool index of this chunk's first row
        self.values = {c: unpack(engine.pools.get((fk.parent, (c,)))[0]).tolist() for c in self.columns}
        self.enc = enc
        # A parent column the row's must equal (a rate plan's hotel is the row's hotel): an index of it.
        self.equal = [(pc, cc) for pc, cc in engine._equal_to(tp, fk.name) if pc in self.values and cc in enc]
        self.buckets: dict[str, list[int]] = {}
        if self.equal:
            for j, v in enumerate(self.values[self.equal[0][0]]):
                self.buckets.setdefault(v, []).append(j)
        self.types = {c.name: c.type for c in engine.schema.table(tp.name).columns}
        self.fits = engine._fits(tp, fk.name, frozenset(enc))
        self.keys = _Keys(engine, tp, fk, enc, n, number, self.fits)
        self.ranges = {}
        if self.fits and tp.domains is not None:
            from seedbed.solve.rowfits import limits

            self.ranges = {f.column: limits(tp.domains.column(f.column), self.types[f.column]) for f in self.fits}

    def limit(self, i: int) -> int:
        """Candidates are pool rows below this (a self-reference: rows before the row)."""
        return min(self.first + i, self.size) if self.fk.self_reference else self.size

    def row(self, j: int) -> dict[str, Any] | None:
        if j < 0:
            return None
        out = {}
        for c in self.columns:
            pool = self.values[c]
            if j < len(pool):
                out[c] = pool[j]
            elif self.fk.self_reference and c in self.enc and 0 <= j - self.first < self.n:
                out[c] = self.enc[c][j - self.first]
            else:
                return {}  # not known: not judged
        return out

    def refused(self, child: dict[str, str], j: int) -> bool:
        from seedbed.solve.rowcond import judge

        p = self.row(j)
        if p == {} and self.columns:
            return False
        return any(judge(fn, child, p) is True for fn in self.fns)

    def another(self, child: dict[str, str], i: int, current: int, rng: np.random.Generator,
                stay: bool = False) -> tuple[int | None, dict[str, str] | None]:
        """A parent row the conditions accept (among those equal to the row's column first, then any),
        with the row's cells that change: the FK's, and values redrawn inside the parent's bounds
        (the row's own parent first)."""
        limit = self.limit(i)
        if limit <= 0:
            return None, None
        tries = [] if stay else rng.integers(0, limit, TRIES).tolist()
        if self.equal and not stay:
            same = self.buckets.get(child.get(self.equal[0][1], ""), [])
            if self.fk.self_reference:
                same = [j for j in same if j < limit]
            if same:
                tries = [same[k] for k in rng.integers(0, len(same), TRIES).tolist()] + tries
        for j in tries:  # another parent, the row as it is
            cells = {c: self.key_cell(m, j) for m, c in enumerate(self.fk.columns)}
            if not self.refused(child, j) and self.keys.free(i, cells):
                return j, cells
        if not self.fits:
            return None, None
        from seedbed.solve.rowfits import fit

        for j in ([current] * 8 if current >= 0 else []) + tries:  # the row's values redrawn for its parent
            cells = {c: self.key_cell(m, j) for m, c in enumerate(self.fk.columns)}
            p = self.row(j)
            redrawn = fit(child, p, self.fits, self.types, rng, self.ranges) if p != {} else None
            if redrawn:
                trial = {**child, **redrawn, **cells}
                if not self.refused(trial, j) and self.keys.free(i, {**redrawn, **cells}):
                    return j, {**redrawn, **cells}
        return None, None

    def key_cell(self, m: int, j: int) -> str:
        """The FK's ``m``-th column's cell for parent row ``j``."""
        if self._key_pool is None:
            self._key_pool = [unpack(a).tolist() for a in self.engine.pools.get((self.fk.parent, self.fk.ref_columns))]
        return self._key_pool[m][j]


class _Keys:
    """The row's unique keys that hold FK columns (an order line's (order_id, line_no)): a re-pick must not
    repeat a tuple of this chunk or of the table's earlier chunks."""

    def __init__(self, engine: Any, tp: TablePlan, fk: FkPlan, enc: dict[str, list[str]], n: int,
                 number: int, fits: list) -> None:
        table = engine.schema.table(tp.name)
        self.enc = enc

        singles = {k.columns[0] for k in table.unique_keys if len(k.columns) == 1}

        def alone(c: str) -> bool:  # unique by itself (an identity, a sequence): the key cannot repeat
            return c in singles or tp.column(c).gen in (Gen.SEQUENCE, Gen.SKIP)

        touched = set(fk.columns) | {f.column for f in fits}
        # Partial indexes too, as if whole (stricter): a tuple with a NULL never clashes.
        held = [k for k in table.unique_keys if set(k.columns) & touched and not any(map(alone, k.columns))]
        #: a key with columns this (re)generation does not hold (a unique column the oracle keeps): not judged here
        self.blind = any(c not in enc for k in held for c in k.columns)
        self.keys = [] if self.blind else [k.columns for k in held if not k.expressions]
        self.seen: list[dict[tuple, int]] = []
        self.earlier: list[set[tuple]] = []
        self.store = [engine._cache.setdefault(("trigger-keys", tp.name, cols), {}) for cols in self.keys]
        self.number = number
        for cols in self.keys:
            counts: dict[tuple, int] = {}
            for i in range(n):
                t = tuple(enc[c][i] for c in cols)
                counts[t] = counts.get(t, 0) + 1
            self.seen.append(counts)

    def free(self, i: int, new: dict[str, str]) -> bool:
        if self.blind:
            return False
        for cols, counts, store in zip(self.keys, self.seen, self.store, strict=True):
            old = tuple(self.enc[c][i] for c in cols)
            t = tuple(new.get(c, self.enc[c][i]) for c in cols)
            if t == old or "\\N" in t:
                continue
            if counts.get(t, 0) or any(t in done for number, done in store.items() if number != self.number):
                return False
        return True

    def move(self, i: int, new: dict[str, str]) -> None:
        """Row ``i`` takes ``new`` cells (call before ``enc`` changes)."""
        for cols, counts in zip(self.keys, self.seen, strict=True):
            old = tuple(self.enc[c][i] for c in cols)
            counts[old] -= 1
            t = tuple(new.get(c, self.enc[c][i]) for c in cols)
            counts[t] = counts.get(t, 0) + 1

    def keep(self, number: int) -> None:
        """This chunk's tuples, for the table's later chunks to avoid."""
        for counts, store in zip(self.seen, self.store, strict=True):
            store[number] = {t for t, k in counts.items() if k}


def _lookup_fk(tp: TablePlan, name: str) -> FkPlan:
    """The FK of a rule, or for a lookup no FK is (``TriggerRule.parent``), an FK-shaped stand-in for it."""
    for f in tp.fks:
        if f.name == name:
            return f
    rule = next(r for r in tp.trigger_rules if r.fk == name)
    return FkPlan(name=name, columns=tuple(c for _p, c in rule.key), parent=rule.parent,
                  ref_columns=tuple(p for p, _c in rule.key), parent_rows=0)


def _row_columns(tp: TablePlan, enc: dict[str, list[str]], extra: list[str]) -> list[str]:
    """The row's cells the read conditions consult, and ``extra``: a row's dict holds just those."""
    named = (m.strip('"') for r in tp.trigger_rules for m in _NEW.findall(r.raise_when))
    return [c for c in dict.fromkeys([*named, *extra]) if c in enc]


class Sifted:
    """What the oracle learned of a table's parents (``engines.postgres.triggers``): parent keys whose rows a
    trigger refused again and again while no row with them was ever accepted are not picked again for the
    table (a rule the body hides: a closed account, a retired vehicle). Deterministic: the sift's outcome is."""

    #: refusals of a parent, none accepted, before it is set aside
    AFTER = 2

    def __init__(self) -> None:
        self.accepted: dict[tuple, set[tuple]] = {}
        self.refused: dict[tuple, dict[tuple, int]] = {}

    def learn(self, tp: TablePlan, columns: dict[str, list[str]], accepted: list[int], refused: list[int]) -> None:
        for fk in _learnable(tp):
            key = (tp.name, fk.name)
            cols = [columns[c] for c in fk.columns]
            ok = self.accepted.setdefault(key, set())
            ok.update(tuple(c[p] for c in cols) for p in accepted)
            bad = self.refused.setdefault(key, {})
            for p in refused:
                t = tuple(c[p] for c in cols)
                bad[t] = bad.get(t, 0) + 1

    def banned(self, tp: TablePlan, fk: FkPlan) -> set[tuple]:
        key = (tp.name, fk.name)
        ok = self.accepted.get(key, set())
        return {t for t, k in self.refused.get(key, {}).items() if k >= self.AFTER and t not in ok and NULL not in t}


def _learnable(tp: TablePlan) -> list[FkPlan]:
    fixed = {d.fk for d in tp.diamonds}
    return [f for f in tp.fks if not (f.self_reference or f.broken or f.distinct or f.name in fixed)
            and f.fanout is None and f.parent_keys is None and f.parents is None
            and all(tp.column(c).gen is Gen.FK for c in f.columns)]


def avoid_banned(engine: Any, tp: TablePlan, fk: FkPlan, rows: np.ndarray, number: int, attempt: int) -> np.ndarray:
    """``rows`` with the parents the sift set aside drawn again (a few times, then left as they are)."""
    sifted = getattr(engine, "sifted", None)
    if sifted is None or not attempt:
        return rows
    banned = sifted.banned(tp, fk)
    if not banned:
        return rows
    size = engine.pool_size(fk)
    pool = [unpack(a).tolist() for a in engine.pools.get((fk.parent, fk.ref_columns))]
    bad = np.fromiter((t in banned for t in zip(*pool, strict=True)), dtype=bool, count=size)
    if bad.all():
        return rows
    rng = engine._rng(tp, "sifted:" + fk.name, number, attempt)
    rows = rows.copy()
    for _ in range(8):
        hit = (rows >= 0) & bad[np.clip(rows, 0, size - 1)]
        if not hit.any():
            break
        rows[hit] = rng.integers(0, size, int(hit.sum()))
    return rows
