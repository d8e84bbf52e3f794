"""Inheritance trees (``CREATE TABLE b (...) INHERITS (a)``): one key space for the whole tree.

An application that inherits tables (old-style partitioning by inheritance, with a CHECK per
child, or subtypes such as ``distinguished_authors INHERITS (authors)``) draws the keys of every
table of the tree from one sequence, so ``SELECT ... FROM a WHERE id = 5`` finds one row. A
primary key is not inherited, though: each table's own key only covers its own rows, and keys
numbered from 1 in every table would repeat across the tree.

The tree key is the root's one-column primary key. When it is an integer, each seeded table of
the tree that has the column gets its own disjoint range of it, in a fixed order (tables whose
CHECK puts the key above some bound first by that bound, then the tree's tables root first),
starting after the largest key any table of the tree already holds. A child's CHECK bounds on
the key are honoured (its range starts at its lower bound); a child whose bounds cannot take its
range is left as planned and noted. A tree keyed by text or UUIDs shares one index space
instead (``KeySpace``): each table makes its keys from its own run of row indexes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from seedbed.model import QualifiedName, Schema, TypeKind
from seedbed.planning.model import ColumnPlan, Gen, KeySpace, TablePlan, TableState

__all__ = ["share_tree_keys", "tree_key", "tree_key_columns", "trees"]

INT_MAX = {16: 2**15 - 1, 32: 2**31 - 1, 64: 2**63 - 1}


def trees(schema: Schema) -> dict[QualifiedName, tuple[QualifiedName, ...]]:
    """Root -> the tables of its inheritance tree, root first, then descendants breadth-first
    (siblings by name). Only roots with at least one child; a table with several parents
    belongs to the tree of its first."""
    children: dict[QualifiedName, list[QualifiedName]] = {}
    for t in schema.tables:
        if t.inherits and schema.has(t.inherits[0]) and not t.partition_key:
            children.setdefault(t.inherits[0], []).append(t.name)
    out: dict[QualifiedName, tuple[QualifiedName, ...]] = {}
    for t in schema.tables:
        if t.name not in children or (t.inherits and schema.has(t.inherits[0])):
            continue
        members, queue, seen = [t.name], [t.name], {t.name}
        while queue:
            for child in sorted(children.get(queue.pop(0), ())):
                if child not in seen:
                    seen.add(child)
                    members.append(child)
                    queue.append(child)
        out[t.name] = tuple(members)
    return out


def tree_key(schema: Schema, root: QualifiedName) -> str | None:
    """The column a tree's keys are shared on: the root's one-column primary key (None: the
    root has none, or a composite one)."""
    pk = schema.table(root).primary_key
    if pk is None or len(pk.columns) != 1:
        return None
    return pk.columns[0]


def tree_key_columns(schema: Schema) -> dict[QualifiedName, str]:
    """Table -> its tree key column, for every table of a tree (what ``read_state`` reads)."""
    out: dict[QualifiedName, str] = {}
    for root, members in trees(schema).items():
        key = tree_key(schema, root)
        if key is None:
            continue
        for m in members:
            col = next((c for c in schema.table(m).columns if c.name == key), None)
            if col is not None and col.type.kind is TypeKind.INTEGER and not col.type.is_array:
                out[m] = key
    return out


def share_tree_keys(schema: Schema, tables: dict[QualifiedName, TablePlan],
                    existing_of: Callable[[QualifiedName], TableState], notes: list[str]) -> dict[QualifiedName, TablePlan]:
    """Give each seeded table of every inheritance tree a disjoint range of the tree key."""
    keyed = tree_key_columns(schema)
    out = dict(tables)
    for root, members in trees(schema).items():
        key = keyed.get(root)
        if key is None:
            _share_index_space(schema, root, members, out, notes)
            continue
        seeded = [m for m in members if m in tables and keyed.get(m) == key and tables[m].rows > 0]
        if not seeded:
            continue
        # Existing keys of every table of the tree (seeded or not) stay below the new ones.
        cursor = 1 + max((existing_of(m).max_values.get(key, 0) for m in members), default=0)
        order = {m: i for i, m in enumerate(members)}

        def low_of(m: QualifiedName) -> int:
            low = _bounds(out[m], key)[0]
            return low if low is not None else -(2**63)

        for m in sorted(seeded, key=lambda m: (low_of(m), order[m])):
            tp = out[m]
            cp = tp.column(key)
            if cp.gen not in (Gen.SEQUENCE, Gen.VALUE) or cp.spec is not None:
                notes.append(f"{m}: {key} is not a free key column ({cp.gen}); keys may repeat across the "
                             f"inheritance tree of {root}")
                continue
            low, high, plain = _bounds(tp, key)
            col = schema.table(m).column(key)
            high = min(INT_MAX.get(col.type.bits or 64, 2**63 - 1), high if high is not None else 2**63 - 1)
            start = max(cursor, low if low is not None else cursor)
            end = start + tp.rows - 1
            if not plain or end > high:
                notes.append(f"{m}: {key} cannot take {tp.rows} keys after {start - 1} within its constraints; "
                             f"keys may repeat across the inheritance tree of {root}")
                continue
            why = (f"shared key of the inheritance tree of {root}: {start}..{end}"
                   + (", after the existing keys" if cursor > 1 and start == cursor else ""))
            out[m] = _with_column(tp, ColumnPlan(name=key, gen=Gen.SEQUENCE, provider="sequence", start=start,
                                                 unique=True, reason=why))
            cursor = end + 1
    return out


def _share_index_space(schema: Schema, root: QualifiedName, members: tuple[QualifiedName, ...],
                       out: dict[QualifiedName, TablePlan], notes: list[str]) -> None:
    """A tree keyed by something other than an integer (text, UUIDs): its tables' key values are
    made from one index space (``KeySpace``), each table taking its own run of indexes, by the
    type's unique generator (an intent's values could meet another table's)."""
    from seedbed.generate.values import cardinality

    key = tree_key(schema, root)
    if key is None:
        return
    seeded = [m for m in members if m in out and out[m].rows > 0
              and any(c.name == key for c in schema.table(m).columns)]
    total = sum(out[m].rows for m in seeded)
    offset = 0
    for m in seeded:
        tp = out[m]
        cp = tp.column(key)
        col = schema.table(m).column(key)
        card = cardinality(col, tp.domains.column(key)) if tp.domains else None
        if cp.gen is not Gen.VALUE or cp.spec is not None or (card is not None and card < total):
            notes.append(f"{m}: {key} is not a free key column of room for {total} values; keys may repeat "
                         f"across the inheritance tree of {root}")
            continue
        why = (f"shared key of the inheritance tree of {root}: rows {offset}..{offset + tp.rows - 1} of one "
               f"index space of {total}; type {col.type.sql_name}; unique by construction")
        out[m] = _with_column(tp, replace(cp, unique=True, null_rate=0.0, intent=None, provider=str(col.type.kind),
                                          reason=why, key_space=KeySpace(owner=root, offset=offset, total=total)))
        offset += tp.rows


def _bounds(tp: TablePlan, key: str) -> tuple[int | None, int | None, bool]:
    """(lowest, highest) key the table's CHECKs allow, and whether bounds are all they say."""
    dom = tp.domains.column(key) if tp.domains else None
    if dom is None:
        return None, None, True
    plain = dom.allowed is None and not dom.alternatives and not dom.excluded and not dom.always_null
    low = high = None
    if dom.low is not None and isinstance(dom.low.value, int):
        low = dom.low.value + (0 if dom.low.inclusive else 1)
    if dom.high is not None and isinstance(dom.high.value, int):
        high = dom.high.value - (0 if dom.high.inclusive else 1)
    return low, high, plain


def _with_column(tp: TablePlan, cp: ColumnPlan) -> TablePlan:
    return replace(tp, columns=tuple(cp if c.name == cp.name else c for c in tp.columns))

