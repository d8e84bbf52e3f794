"""Polymorphic references: a type column names the table an id column points into (issue 13).

The Rails convention (``commentable_type`` + ``commentable_id``, ``owner_type`` / ``owner_id``,
``subjectType`` / ``subjectId``): no FK constraint can say it, the names do. A pair is
recognised when ``<stem>_type`` and ``<stem>_id`` sit side by side, the id column has no FK, and
its type can hold some table's single-column primary key; or it is declared in seedbed.toml
(``[polymorphic."comments.commentable"] types = { Post = "posts" }``).

Type values map to tables by their words (``Post`` -> ``posts``, ``BlogPost`` / ``Blog::Post``
-> ``blog_posts``); a table's value is its name in CamelCase singular. The targets are the
type column's own values that name tables (its CHECK list or enum), else the tables whose key
fits, ranked by how many FKs point at them (the entities of the schema: users, posts, projects),
at most ``MAX_TARGETS``. A target must be seeded before the table, or hold rows already.
``seedbed verify`` checks the same pairs (``seedbed.engines.postgres.polymorphic_check``): every id exists in the
table its type names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from seedbed.generate.intent.tokens import singular
from seedbed.model import QualifiedName, Schema, Table, TypeKind
from seedbed.planning.model import Gen, PolyRef, TablePlan

__all__ = ["MAX_TARGETS", "add_polymorphic", "owned", "pairs", "poly_edges", "table_for", "type_label"]

MAX_TARGETS = 4
_TYPE_KINDS = frozenset((TypeKind.TEXT, TypeKind.ENUM))
_KEY_KINDS = frozenset((TypeKind.INTEGER, TypeKind.UUID, TypeKind.TEXT))


def _words(name: str) -> tuple[str, ...]:
    """Plain words of a name, the last singular (no synonyms: ``photos`` stays a photo)."""
    words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name)]
    return (*words[:-1], singular(words[-1])) if words else ()


def type_label(name: QualifiedName) -> str:
    """A table's type value: ``blog_posts`` -> ``BlogPost``."""
    return "".join(w[:1].upper() + w[1:] for w in _words(name.name))


def table_for(schema: Schema, value: str) -> QualifiedName | None:
    """The table a type value names (``Post``, ``BlogPost``, ``Blog::Post``, ``blog_post``)."""
    text = str(value)
    for words in (_words(text), _words(text.rsplit("::", 1)[-1]) if "::" in text else ()):
        if not words:
            continue
        for t in schema.tables:
            if _words(t.name.name) == words:
                return t.name
    return None


def owned(table: Table, type_col: str, id_col: str, domains: Any = None) -> bool:
    """Whether another constraint decides the pair: a unique key or an exclusion constraint over
    either column, or a CHECK (or partition bound) narrowing the id (``versionable_id <
    5000000``); then it is left to that constraint's machinery, in the plan and in verify."""
    used = {c for k in table.unique_keys for c in k.columns} | {c for e in table.exclusions for c in e.columns}
    if used & {type_col, id_col}:
        return True
    if domains is None:
        from seedbed.solve.checks import fold_table

        domains = fold_table(table)
    return not domains.column(id_col).unconstrained


def _key(table: Table) -> str | None:
    pk = table.primary_key
    return pk.columns[0] if pk is not None and len(pk.columns) == 1 else None


def _fits(id_col: Any, key_col: Any) -> bool:
    a, b = id_col.type.kind, key_col.type.kind
    return a == b and a in _KEY_KINDS or (a is TypeKind.TEXT and b in _KEY_KINDS)


def pairs(table: Table) -> list[tuple[str, str]]:
    """(type column, id column) pairs named like a polymorphic reference, the id with no FK."""
    in_fk = {c for fk in table.foreign_keys for c in fk.columns}
    by_lower = {c.name.lower(): c for c in table.columns}
    out = []
    for col in table.columns:
        low = col.name.lower()
        if not low.endswith("type") or col.type.kind not in _TYPE_KINDS or col.type.is_array:
            continue
        stem = low[: -len("type")]
        other = by_lower.get(stem + "id")
        if not stem.strip("_") or other is None or other.name in in_fk or other.type.is_array \
                or other.type.kind not in _KEY_KINDS:
            continue
        out.append((col.name, other.name))
    return out


def _entities(schema: Schema) -> list[QualifiedName]:
    """Tables by how many FKs point at them (the schema's entities first)."""
    incoming: dict[QualifiedName, int] = {}
    for t in schema.tables:
        for fk in t.foreign_keys:
            incoming[fk.ref_table] = incoming.get(fk.ref_table, 0) + 1
    return sorted((t.name for t in schema.tables), key=lambda n: (-incoming.get(n, 0), str(n)))


def targets(schema: Schema, table: Table, type_col: str, id_col: str, labels: Iterable[str],
            ok: Any = None) -> list[tuple[str, QualifiedName]]:
    """(type value, table) of a pair: the labels that name tables, else the entities its key
    fits (among those ``ok`` accepts: seeded before the table, or holding rows)."""
    id_column = table.column(id_col)
    out: list[tuple[str, QualifiedName]] = []
    for value in labels:
        name = table_for(schema, value)
        if name is not None and _key(schema.table(name)) and _fits(id_column, schema.table(name).column(
                _key(schema.table(name)))):
            out.append((str(value), name))
    if out or labels:
        return out
    for name in _entities(schema):
        t = schema.table(name)
        if name != table.name and _key(t) and _fits(id_column, t.column(_key(t))) and (ok is None or ok(name)):
            out.append((type_label(name), name))
        if len(out) == MAX_TARGETS:
            break
    return out


def _declared(schema: Schema, declared: Iterable[tuple[str, str, Mapping[str, str]]]) -> dict:
    from seedbed.planning.select import find_table

    out: dict[tuple[QualifiedName, str], list[tuple[str, QualifiedName]]] = {}
    for table, stem, types in declared:
        name = find_table(schema, table)
        out[(name, stem)] = [(value, find_table(schema, target)) for value, target in types.items()]
    return out


def _columns(table: Table, stem: str) -> tuple[str, str] | None:
    names = {c.name.lower(): c.name for c in table.columns}
    for sep in ("_", ""):
        t, i = names.get(f"{stem}{sep}type".lower()), names.get(f"{stem}{sep}id".lower())
        if t and i:
            return t, i
    return None


def _labels(tp: TablePlan, table: Table, column: str) -> tuple[str, ...]:
    dom = tp.domains.column(column) if tp.domains else None
    if dom is not None and dom.allowed is not None:
        return tuple(str(v) for v in dom.allowed if v is not None)
    return tuple(table.column(column).type.enum_labels)


def _found(schema: Schema, tp: TablePlan, declared: dict, ok: Any = None) -> list[tuple[str, str, list]]:
    """(type column, id column, targets) of a table: declared pairs, then pairs by name."""
    table = schema.table(tp.name)
    found = []
    for (name, stem), tg in declared.items():
        cols = _columns(table, stem) if name == tp.name else None
        if cols:
            found.append((*cols, tg))
    for type_col, id_col in pairs(table):
        if not any(f[0] == type_col for f in found):
            found.append((type_col, id_col, targets(schema, table, type_col, id_col, _labels(tp, table, type_col), ok)))
    return found


def poly_edges(schema: Schema, chosen: Iterable[QualifiedName],
               declared: Iterable[tuple[str, str, Mapping[str, str]]] = ()) -> list[tuple[QualifiedName, QualifiedName]]:
    """(table, target) load-order hints: a target is seeded before the rows that point into it."""
    from seedbed.solve.checks import fold_table

    decl = _declared(schema, declared)
    chosen = set(chosen)
    out = []
    for name in sorted(chosen):
        table = schema.table(name)
        if not pairs(table) and not any(n == name for n, _ in decl):
            continue
        stub = TablePlan(name=name, rows=0, rows_reason="", domains=fold_table(table))
        for _, _, tg in _found(schema, stub, decl):
            out += [(name, t) for _, t in tg if t in chosen and t != name]
    return out


def add_polymorphic(schema: Schema, tables: dict[QualifiedName, TablePlan], existing: Mapping[QualifiedName, int],
                    declared: Iterable[tuple[str, str, Mapping[str, str]]], notes: list[str]) -> dict[QualifiedName, TablePlan]:
    """The plan's tables with their polymorphic references (``TablePlan.polymorphic``)."""
    decl = _declared(schema, declared)
    order = list(tables)
    out = dict(tables)
    for name, tp in tables.items():
        refs = []

        def ok(t: QualifiedName) -> bool:  # rows of it exist before this table's
            return existing.get(t, 0) > 0 or (t in tables and order.index(t) < order.index(name) and tables[t].rows > 0)

        for type_col, id_col, tg in _found(schema, tp, decl, ok):
            if tp.events is not None and id_col == tp.events.aggregate:
                continue  # an event store's aggregate: its stream decides
            if any(tp.column(c).gen is not Gen.VALUE for c in (type_col, id_col)) \
                    or owned(schema.table(name), type_col, id_col, tp.domains):
                continue
            usable = [(v, t) for v, t in tg if ok(t)]
            if not usable:
                nullable = schema.table(name).column(id_col).nullable
                notes.append(f"{name}.{type_col}/{id_col}: no rows of {', '.join(str(t) for _, t in tg) or 'a table'} "
                             f"its key fits exist before it: {'NULL' if nullable else 'left as generated'}")
                if not nullable:
                    continue
            refs.append(PolyRef(type_column=type_col, id_column=id_col,
                                targets=tuple((v, t, _key(schema.table(t))) for v, t in usable)))
        if refs:
            why = {c: "polymorphic: " + ", ".join(f"{v} -> {t}" for v, t, _ in r.targets)
                   for r in refs for c in (r.type_column, r.id_column)}
            out[name] = replace(tp, polymorphic=tuple(refs), columns=tuple(
                replace(cp, reason=f"{cp.reason}; {why[cp.name]}") if cp.name in why else cp for cp in tp.columns))
    return out
