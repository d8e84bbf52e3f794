"""Declared references: foreign keys the database does not enforce (``[references]`` of seedbed.toml).

```toml
[references]
"orders.user_id" = "users.id"                                  # inside one database
"notifications.product_sku" = { to = "products.sku", orphans = 0.1 }
"order_lines.(order_id, line_no)" = "order_heads.(id, line_no)"  # composite
```

Inside one database a side is ``table.column`` or ``schema.table.column``; in a workspace
(``seedbed.workspace``) it starts with the database's alias: ``orders.orders.user_id``. The
parent side may be any unique key (``products.sku``), not only the primary key. Each reference
becomes a :class:`~seedbed.model.ForeignKey` with ``declared=True``: the planner orders inserts
and picks parent keys by it like by a real FK, verify checks it by anti-join, and nothing treats
it as a constraint to drop or defer. ``orphans`` asks that exact share of the child rows to hold
a value that exists in no parent row.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from seedbed.errors import ReferenceProblem, UnknownColumnError, UsageError
from seedbed.model import ForeignKey, QualifiedName, Schema, Table, TypeKind

__all__ = ["Reference", "as_seeded", "declare", "parse", "with_references"]

#: How a side's table text becomes a table of the model (``find_table`` inside one database).
Namer = Callable[[str], QualifiedName]

_COMPOSITE = re.compile(r"^(?P<table>.+)\.\((?P<cols>[^()]+)\)$")
_TEXTS = {TypeKind.TEXT, TypeKind.CHAR}


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    """One declared reference, resolved to tables of the model."""

    child: QualifiedName
    columns: tuple[str, ...]
    parent: QualifiedName
    ref_columns: tuple[str, ...]
    orphans: float = 0.0
    text: str = ""  # as the file wrote it: 'orders.orders.user_id -> users.users.id'

    @property
    def label(self) -> str:
        return f"{self.child}.{','.join(self.columns)} -> {self.parent}.{','.join(self.ref_columns)}"


def _side(text: str) -> tuple[str, tuple[str, ...]]:
    """``table.column`` / ``table.(a, b)`` -> (table text, columns)."""
    m = _COMPOSITE.match(text.strip())
    if m:
        cols = tuple(c.strip().strip('"') for c in m["cols"].split(","))
        return m["table"].strip(), tuple(c for c in cols if c)
    head, dot, column = text.strip().rpartition(".")
    if not dot or not head or not column:
        raise ReferenceProblem(f"reference side {text!r} does not name a column", subject=text,
                               hint="write table.column (schema.table.column; in a workspace database.table.column)")
    return head, (column.strip('"'),)


def _columns(table: Table, columns: tuple[str, ...], text: str) -> None:
    names = [c.name for c in table.columns]
    for col in columns:
        if col not in names:
            close = difflib.get_close_matches(col, names, n=3, cutoff=0.6)
            raise UnknownColumnError(f"reference {text!r}: {table.name} has no column {col!r}", subject=text,
                                     hint=f"did you mean {' or '.join(repr(c) for c in close)}?" if close
                                     else f"{table.name} has: {', '.join(names)}")


def _compatible(a: TypeKind, b: TypeKind) -> bool:
    return a == b or (a in _TEXTS and b in _TEXTS)


def _check(schema: Schema, ref: Reference) -> None:
    child, parent = schema.table(ref.child), schema.table(ref.parent)
    _columns(child, ref.columns, ref.text)
    _columns(parent, ref.ref_columns, ref.text)
    if len(ref.columns) != len(ref.ref_columns):
        raise ReferenceProblem(f"reference {ref.text!r}: {len(ref.columns)} column(s) refer to "
                               f"{len(ref.ref_columns)}", subject=ref.text, hint="give as many columns on each side")
    keys = [k for k in parent.unique_keys if not k.predicate and not k.expressions]
    if not any(set(k.columns) == set(ref.ref_columns) for k in keys):
        shown = "; ".join(", ".join(k.columns) for k in keys) or "none"
        raise ReferenceProblem(f"reference {ref.text!r}: {parent.name}({', '.join(ref.ref_columns)}) is not a unique "
                               f"key, so a value could point at several rows", subject=ref.text,
                               hint=f"refer to a primary key or UNIQUE column(s) of {parent.name} (its unique keys: "
                                    f"{shown})")
    for c, r in zip(ref.columns, ref.ref_columns, strict=True):
        ck, rk = child.column(c).type, parent.column(r).type
        if not _compatible(ck.kind, rk.kind) or ck.is_array != rk.is_array:
            raise ReferenceProblem(f"reference {ref.text!r}: {child.name}.{c} is {ck.sql_name} but "
                                   f"{parent.name}.{r} is {rk.sql_name}", subject=ref.text,
                                   hint="a reference joins columns of the same kind (integers, UUIDs or text)")
    if not 0 <= ref.orphans < 1:
        raise ReferenceProblem(f"reference {ref.text!r}: orphans must be a share in [0, 1), not {ref.orphans}",
                               subject=ref.text, hint="e.g. orphans = 0.1 for 10% of the rows")


def _value(key: str, value: Any) -> tuple[str, float]:
    if isinstance(value, str):
        return value, 0.0
    if isinstance(value, Mapping) and isinstance(value.get("to"), str) and set(value) <= {"to", "orphans"}:
        orphans = value.get("orphans", 0.0)
        if isinstance(orphans, bool) or not isinstance(orphans, int | float):
            raise ReferenceProblem(f"reference {key!r}: orphans must be a number", subject=key)
        return value["to"], float(orphans)
    raise ReferenceProblem(f"reference {key!r}: the value must be \"table.column\" or {{ to = \"table.column\", "
                           f"orphans = 0.1 }}", subject=key)


def parse(raw: Mapping[str, Any], schema: Schema, table_name: Namer | None = None) -> list[Reference]:
    """The ``[references]`` table resolved against ``schema``; every problem is raised at once."""
    from seedbed.planning.select import find_table

    def name(text: str) -> QualifiedName:
        return table_name(text) if table_name is not None else find_table(schema, text)

    out: list[Reference] = []
    problems: list[UsageError] = []
    for key, value in raw.items():
        try:
            target, orphans = _value(key, value)
            child_text, columns = _side(key)
            parent_text, ref_columns = _side(target)
            ref = Reference(child=name(child_text), columns=columns, parent=name(parent_text),
                            ref_columns=ref_columns, orphans=orphans, text=f"{key} -> {target}")
            _check(schema, ref)
            out.append(ref)
        except UsageError as exc:
            problems.append(exc)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise ReferenceProblem(f"{len(problems)} declared references cannot be kept:\n  "
                               + "\n  ".join(p.message for p in problems), subject="[references]",
                               hint="fix every reference listed")
    return out


def _fk_name(table: Table, columns: tuple[str, ...]) -> str:
    base = f"{table.name.name}_{'_'.join(columns)}_ref"
    taken = {fk.name for fk in table.foreign_keys}
    name, i = base, 1
    while name in taken:
        i += 1
        name = f"{base}{i}"
    return name


def declare(schema: Schema, refs: Iterable[Reference]) -> Schema:
    """``schema`` with each reference added to its child table as a declared ForeignKey.

    A reference the database already enforces (an FK on the same columns to the same key) is
    left to the real constraint; one that contradicts an FK of its columns is an error.
    """
    tables = {t.name: t for t in schema.tables}
    for ref in refs:
        table = tables[ref.child]
        same = [fk for fk in table.foreign_keys if set(ref.columns) & set(fk.columns)]
        if any(fk.columns == ref.columns and fk.ref_table == ref.parent and fk.ref_columns == ref.ref_columns
               for fk in same):
            if ref.orphans:
                raise ReferenceProblem(f"reference {ref.text!r}: the database enforces it with a foreign key, "
                                       f"so no row may point nowhere", subject=ref.text,
                                       hint="drop orphans, or the constraint in the test database")
            continue
        if same:
            raise ReferenceProblem(f"reference {ref.text!r}: {table.name}.{','.join(same[0].columns)} already has a "
                                   f"foreign key to {same[0].ref_table} ({same[0].name})", subject=ref.text,
                                   hint="declare references only for columns without an FK constraint")
        fk = ForeignKey(name=_fk_name(table, ref.columns), columns=ref.columns, ref_table=ref.parent,
                        ref_columns=ref.ref_columns, declared=True, orphans=ref.orphans)
        tables[ref.child] = replace(table, foreign_keys=(*table.foreign_keys, fk))
    return replace(schema, tables=tuple(tables[t.name] for t in schema.tables), _index={})


def with_references(schema: Schema, raw: Mapping[str, Any] | None, table_name: Namer | None = None) -> Schema:
    """Parse ``[references]`` and add them to ``schema`` (unchanged when there are none)."""
    if not raw:
        return schema
    return declare(schema, parse(raw, schema, table_name))


def as_seeded(schema: Schema, plan: Any) -> Schema:
    """``schema`` with each declared reference's ``orphans`` as the plan made them (a scope may
    ask for orphans the file does not): what verify then accepts."""
    tables = []
    for t in schema.tables:
        tp = plan.tables.get(t.name)
        asked = {f.name: f.orphans for f in tp.fks} if tp is not None else {}
        fks = tuple(replace(fk, orphans=asked[fk.name]) if fk.declared and asked.get(fk.name, fk.orphans) != fk.orphans
                    else fk for fk in t.foreign_keys)
        tables.append(replace(t, foreign_keys=fks) if fks != t.foreign_keys else t)
    return replace(schema, tables=tuple(tables), _index={})
