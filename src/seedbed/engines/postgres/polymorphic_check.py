"""``seedbed verify`` for polymorphic references: every id exists in the table its type names.

The pairs are the ones the planner recognises by their names (``seedbed.planning.polymorphic``:
``commentable_type`` + ``commentable_id``, the id with no FK). For each type value the data
holds that names a table with a single-column key, the rows whose id is not a key of that table
are orphans; values that name no table are not a reference seedbed can check and are left
alone. An event store's aggregate columns are its stream's, and a pair that a unique key, an
exclusion constraint or a CHECK on the id decides is that constraint's (``planning.polymorphic.owned``):
neither is a reference the planner keeps.
"""

from __future__ import annotations

from typing import Any

from psycopg import sql

from seedbed.model import Schema, Table

__all__ = ["polymorphic_orphans"]

#: Distinct type values read per pair.
MAX_TYPES = 50


def polymorphic_orphans(run: Any, table: Table, schema: Schema, relation: sql.Composable) -> None:
    """Add a ``polymorphic_orphan`` problem to ``run`` per (pair, type value) with orphans."""
    from seedbed.planning.events import _roles
    from seedbed.planning.polymorphic import _key, owned, pairs, table_for

    aggregate = _roles(table)[0]
    name = str(table.name)
    for type_col, id_col in pairs(table):
        if id_col == aggregate or owned(table, type_col, id_col):
            continue  # an event stream's, or another constraint's: not seeded as a reference
        t, i = sql.Identifier(type_col), sql.Identifier(id_col)
        values = [r[0] for r in run.rows(sql.SQL("SELECT DISTINCT {}::text FROM {} WHERE {} IS NOT NULL AND {} "
                                                 "IS NOT NULL ORDER BY 1 LIMIT {}").format(
            t, relation, t, i, sql.Literal(MAX_TYPES)), name)]
        for value in values:
            target = table_for(schema, value)
            key = _key(schema.table(target)) if target is not None else None
            if key is None:
                continue
            where = sql.SQL("c.{t}::text = {v} AND c.{i} IS NOT NULL AND NOT EXISTS "
                            "(SELECT FROM {p} AS p WHERE p.{k}::text = c.{i}::text)").format(
                t=t, v=sql.Literal(value), i=i, p=sql.Identifier(target.schema, target.name), k=sql.Identifier(key))
            (orphans,) = run.one(sql.SQL("SELECT count(*) FROM {} AS c WHERE {}").format(relation, where), name)
            run.checked["polymorphic_orphan"] += 1
            if not orphans:
                continue
            sample = run.sample(sql.SQL("SELECT c.{}::text FROM {} AS c WHERE {}").format(i, relation, where), name)
            run.add(kind="polymorphic_orphan", table=name, constraint=None, columns=(type_col, id_col),
                    count=int(orphans), sample=sample,
                    message=f"{name}.{id_col}: {orphans} row(s) of {type_col} = {value!r} referencing no "
                            f"{target}({key})")
