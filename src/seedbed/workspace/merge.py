"""Several databases as one model: each table renamed into its database's namespace.

A table ``public.orders`` of the database aliased ``orders`` is ``orders.orders`` in the merged
model; a table of another schema, ``sales.orders``, is ``orders:sales.orders`` (the alias and
the schema joined by a colon, so that names stay two-part). Declared references join tables
of different databases as FKs with ``declared=True``; the planner and the generator then keep
every agreement they keep inside one database (parents first, diamonds, time order) across
databases too. ``home`` routes each merged table back to its database and real name.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, replace

from seedbed.errors import UnknownTableError, WorkspaceError
from seedbed.model import QualifiedName, Schema, Table
from seedbed.planning.select import name_parts
from seedbed.references import Reference, declare, parse

__all__ = ["Merged", "merge", "merged_name"]


def merged_name(alias: str, name: QualifiedName) -> QualifiedName:
    return QualifiedName(schema=alias if name.schema == "public" else f"{alias}:{name.schema}", name=name.name)


def _rename(table: Table, names: Mapping[QualifiedName, QualifiedName]) -> Table:
    fks = tuple(replace(fk, ref_table=names.get(fk.ref_table, fk.ref_table),
                        on_partitions=tuple(names.get(p, p) for p in fk.on_partitions)) for fk in table.foreign_keys)
    return replace(table, name=names.get(table.name, table.name), foreign_keys=fks,
                   inherits=tuple(names.get(p, p) for p in table.inherits))


@dataclass(frozen=True, slots=True, kw_only=True)
class Merged:
    schema: Schema  # every database's tables, merged names, declared references as FKs
    home: dict[QualifiedName, tuple[str, QualifiedName]]  # merged name -> (alias, real name)
    references: tuple[Reference, ...]  # the declared references, merged names
    aliases: tuple[str, ...]

    def alias(self, name: QualifiedName) -> str:
        return self.home[name][0]

    def real(self, name: QualifiedName) -> QualifiedName:
        return self.home[name][1]

    def tables_of(self, alias: str) -> list[QualifiedName]:
        return [t.name for t in self.schema.tables if self.home[t.name][0] == alias]

    def orphans(self, ref: Reference) -> float:
        """The share of orphans asked of a reference (by the file, or a scope: ``as_seeded``)."""
        fk = next((f for f in self.schema.table(ref.child).foreign_keys if f.declared and f.columns == ref.columns),
                  None)
        return fk.orphans if fk is not None else ref.orphans

    def cross(self) -> list[Reference]:
        """References from one database to another (verified set-wise, not by a join)."""
        return [r for r in self.references if self.alias(r.child) != self.alias(r.parent)]

    def local(self, alias: str) -> Schema:
        """One database's schema under its real names, with its own declared references (for verify)."""
        back = {m: real for m, (a, real) in self.home.items() if a == alias}
        tables = []
        for t in self.schema.tables:
            if t.name not in back:
                continue
            own = tuple(fk for fk in t.foreign_keys if fk.ref_table in back or not fk.declared)
            tables.append(_rename(replace(t, foreign_keys=own), back))
        return Schema(tables=tuple(tables), source=alias)


def merge(schemas: Mapping[str, Schema], references: Mapping[str, object]) -> Merged:
    """One model of ``schemas`` (alias -> introspected schema) with ``references`` declared."""
    home: dict[QualifiedName, tuple[str, QualifiedName]] = {}
    tables: list[Table] = []
    for alias, schema in schemas.items():
        names = {t.name: merged_name(alias, t.name) for t in schema.tables}
        for t in schema.tables:
            home[names[t.name]] = (alias, t.name)
            tables.append(_rename(t, names))
    merged = Schema(tables=tuple(tables), source="workspace",
                    server_version=min((s.server_version for s in schemas.values()), default=0))

    def table_name(text: str) -> QualifiedName:
        parts = name_parts(text)
        if parts[0] not in schemas:
            raise WorkspaceError(f"reference side {text!r}: no database aliased {parts[0]!r}", subject=text,
                                 hint="a side starts with its database's alias: " + ", ".join(schemas))
        if len(parts) not in (2, 3):
            raise WorkspaceError(f"reference side {text!r}: write database.table.column "
                                 f"(database.schema.table.column)", subject=text)
        real = QualifiedName(schema="public" if len(parts) == 2 else parts[1], name=parts[-1])
        name = merged_name(parts[0], real)
        if not merged.has(name):
            known = [str(home[t][1]) for t in home if home[t][0] == parts[0]]
            close = difflib.get_close_matches(str(real), known, n=3, cutoff=0.6)
            raise UnknownTableError(f"reference side {text!r}: database {parts[0]} has no table {real}", subject=text,
                                    hint=f"did you mean {' or '.join(repr(c) for c in close)}?" if close
                                    else f"its tables: {', '.join(known)}")
        return name

    refs = parse(references, merged, table_name)
    return Merged(schema=declare(merged, refs), home=home, references=tuple(refs), aliases=tuple(schemas))
