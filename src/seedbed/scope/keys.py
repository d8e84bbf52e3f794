"""Existing keys and deliberate orphans: the scope items that point rows at given parent keys.

``"200 orders for users with IDs: 3,5,8"``, ``"... with IDs @ids.txt"``, ``--scope-ids users=@ids.txt``
and ``"100 events, 10% with user IDs that don't exist"`` become FK or column specs here; the keys
themselves are checked against the database by ``seedbed.scope.apply.check_keys``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedbed.errors import ScopeError
from seedbed.model import QualifiedName
from seedbed.planning.options import ColumnSpec
from seedbed.scope.lexicon import singular
from seedbed.scope.model import Orphans, ParentKeys
from seedbed.scope.names import column_matches, fk_between, norm

if TYPE_CHECKING:
    from seedbed.scope.resolve import _State

__all__ = ["MAX_KEYS", "KeyCheck", "keys_for_every_child", "orphans", "parent_keys", "read_keys"]

#: Explicit parent keys a range may expand to ("user IDs 1-1000").
MAX_KEYS = 1_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyCheck:
    """Explicit parent keys that must exist: ``table.column`` must hold every one of ``keys``."""

    subject: str  # the column that will hold them, e.g. 'orders.user_id'
    table: QualifiedName
    column: str
    keys: tuple[str, ...]


def _keys(item: ParentKeys) -> tuple[str, ...]:
    if item.file:
        return read_keys(item.file)
    if item.keys:
        return item.keys
    if item.low is None or item.high is None:
        raise ScopeError("no keys given", subject=item.phrase)
    if item.high - item.low + 1 > MAX_KEYS:
        raise ScopeError(f"{item.low}-{item.high} is more than {MAX_KEYS} keys", subject=item.phrase,
                         hint="narrow the range")
    return tuple(str(k) for k in range(item.low, item.high + 1))


def read_keys(path: str) -> tuple[str, ...]:
    """Keys from a file: one per line, or separated by commas or white space; quotes dropped."""
    import re
    from pathlib import Path

    p = Path(path.lstrip("@"))
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScopeError(f"cannot read the keys file {str(p)!r}: {exc.strerror or exc}", subject=str(p),
                         hint="one key per line (or comma / space separated)") from None
    keys = tuple(k.strip("'\"") for k in re.split(r"[\s,;]+", text) if k.strip("'\""))
    if not keys:
        raise ScopeError(f"the keys file {str(p)!r} holds no keys", subject=str(p))
    if len(keys) > MAX_KEYS:
        raise ScopeError(f"{p} holds more than {MAX_KEYS} keys", subject=str(p))
    return keys


def _holder(st: _State, child: QualifiedName, parent_word: str) -> QualifiedName:
    """``child``, or the one table under it (an FK to ``child``) that refers to the parent when
    ``child`` does not ("orders ... referencing product IDs 1-500": ``order_items.product_id``)."""
    parent = st.table(parent_word)
    def refers(name: QualifiedName) -> bool:
        table = st.schema.table(name)
        if any(fk.ref_table == parent for fk in table.foreign_keys):
            return True
        return bool(column_matches(table, singular(norm(parent_word)) + "_id", exact_only=True))
    if refers(child):
        return child
    under = [t.name for t in st.schema.tables if any(fk.ref_table == child for fk in t.foreign_keys) and refers(t.name)]
    return under[0] if len(under) == 1 else child


def _reference(st: _State, child: QualifiedName, parent_word: str) -> tuple[str, QualifiedName, str]:
    """A column of ``child`` that refers to ``parent_word`` without an FK: (column, parent, key column)."""
    table = st.schema.table(child)
    parent = st.table(parent_word)
    cols = column_matches(table, singular(norm(parent_word)) + "_id", exact_only=True) or \
        column_matches(table, parent_word, exact_only=True)
    if not cols:
        raise ScopeError(f"{child} has no column that refers to {parent}", subject=f"{child} -> {parent}",
                         hint=f"{child} has: {', '.join(c.name for c in table.columns)}")
    pk = st.schema.table(parent).primary_key
    if pk is None or len(pk.columns) != 1:
        raise ScopeError(f"{parent} has no single-column primary key to refer to", subject=str(parent))
    return cols[0], parent, pk.columns[0]


def parent_keys(st: _State, item: ParentKeys) -> tuple[str, bool]:
    if not item.child:
        return keys_for_every_child(st, item)
    child = st.table(item.child)
    keys = _keys(item)
    shown = ", ".join(keys[:5]) + (f", ... ({len(keys)} keys)" if len(keys) > 5 else "")
    try:
        parent = st.table(item.parent, related=child)
        fk = fk_between(st.schema, child, parent, item.parent)
    except ScopeError:
        child = _holder(st, child, item.parent)
        col, parent, key = _reference(st, child, item.parent)
        st.column(child, col, ColumnSpec(provider="ref", params={"table": f"{parent.schema}.{parent.name}",
                                                                 "column": key, "keys": list(keys)}))
        st.checks.append(KeyCheck(subject=f"{child}.{col}", table=parent, column=key, keys=keys))
        return f"{child}.{col} takes existing {parent}.{key} values {shown} (no FK constraint)", True
    if len(fk.columns) != 1:
        raise ScopeError(f"{child} -> {parent} is a composite foreign key; give keys for a single-column one",
                         subject=f"{child}.{fk.name}")
    st.fk(child, fk.columns[0], parent_keys=keys)
    st.checks.append(KeyCheck(subject=f"{child}.{fk.columns[0]}", table=parent, column=fk.ref_columns[0], keys=keys))
    return f"{child}.{fk.columns[0]} points at existing {parent} rows {shown}", True


def keys_for_every_child(st: _State, item: ParentKeys) -> tuple[str, bool]:
    """``--scope-ids users=@ids.txt``: every table concerned with a one-column FK to the parent."""
    parent = st.table(item.parent)
    keys = _keys(item)
    done = []
    for name in st.concerned():
        if name == parent:
            continue
        for fk in st.schema.table(name).foreign_keys:
            if fk.ref_table == parent and len(fk.columns) == 1:
                st.fk(name, fk.columns[0], parent_keys=keys)
                st.checks.append(KeyCheck(subject=f"{name}.{fk.columns[0]}", table=parent, column=fk.ref_columns[0],
                                          keys=keys))
                done.append(f"{name}.{fk.columns[0]}")
    if not done:
        raise ScopeError(f"no table of the selection has a foreign key to {parent}", subject=item.phrase)
    return f"{', '.join(done)} point at existing {parent} rows: {len(keys)} given keys", True


def orphans(st: _State, item: Orphans) -> tuple[str, bool]:
    if not item.table:
        raise ScopeError(f"{item.phrase!r}: which table's rows?", subject=item.phrase,
                         hint='say it with a count, e.g. "100 orders, 10% with user IDs that don\'t exist"')
    child = st.table(item.table)
    table = st.schema.table(child)
    cols = column_matches(table, item.column + "_id", exact_only=True) or column_matches(table, item.column, exact_only=True)
    for col in cols:
        fk = next((f for f in table.foreign_keys if col in f.columns), None)
        if fk is not None and fk.declared:  # no constraint: the exact share goes on the reference
            st.fk(child, col, orphans=item.rate)
            return f"{child}.{col}: {item.rate:.0%} point at no {fk.ref_table} row (declared reference)", True
        if fk is not None and item.rate == 0:  # "for orders that exist": what the constraint already keeps
            return f"{child}.{col} points at {fk.ref_table} rows that exist or this seed makes (FK)", True
        if fk is not None:
            raise ScopeError(f"{child}.{col} has a foreign key ({fk.name} -> {fk.ref_table}): the database forbids "
                             f"rows that point nowhere", subject=f"{child}.{col}",
                             hint="deliberate orphans need a reference column without an FK constraint "
                                  "(drop or leave out the constraint in the test database)")
    col, parent, key = _reference(st, child, item.column)
    st.column(child, col, ColumnSpec(provider="ref", params={"table": f"{parent.schema}.{parent.name}", "column": key,
                                                             "orphan_rate": item.rate}))
    if item.rate == 0:
        return f"{child}.{col}: every row points at a row of {parent} that exists or this seed makes", True
    return f"{child}.{col}: {item.rate:.0%} point at no {parent} row, the rest at existing or seeded ones", True
