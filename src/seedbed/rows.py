"""A few rows a test asserts on: the values it names, everything else filled as a seed would.

``insert_rows(dsn, "users", values={"email": "vip@example.com"})`` plans a one-table seed of that
table in append mode: every column the caller does not name is generated like any seeded column
(its intent, its CHECKs, its uniqueness against the rows already there), each required foreign key
points at an existing parent row when the parent table has rows, and parents are made otherwise.
The named values are written over the generated ones, in the same transaction, and the new rows
come back as dicts, as the database stored them (defaults and triggers applied).

A named single-column foreign key is honoured at planning time (the row picks exactly that parent,
so no parent row is made for it); other named values are set after generation, so the database
checks them: a value that breaks a constraint is a ``LoadError`` naming it, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from seedbed.errors import LoadError, UnknownColumnError, UsageError


def insert_rows(dsn: str, table: str, count: int = 1, values: Mapping[str, Any] | None = None, *,
                seed: int = 1) -> list[dict[str, Any]]:
    """Insert ``count`` rows into ``table`` with ``values`` and return them (one transaction).

    Args:
        dsn: the database.
        table: a table name as the CLI takes it (``users``, ``auth.users``).
        count: how many rows.
        values: column -> value for every row; Python values as psycopg adapts them (a dict or list
            for a json/jsonb column is sent as JSON).
        seed: the random seed of the generated columns (the same seed, the same rows).
    """
    from seedbed import service
    from seedbed.planning.options import FkSpec, PlanOptions
    from seedbed.planning.select import find_table
    from seedbed.engines.postgres.sink import ident

    if count < 1:
        raise UsageError(f"asked for {count} rows of {table}", subject=table, hint="ask for at least one row")
    values = dict(values or {})
    with service.connect(dsn) as conn:
        schema = service.load_schema(conn)
        name = find_table(schema, table)
        tbl = schema.table(name)
        columns = {c.name: c for c in tbl.columns}
        unknown = sorted(set(values) - set(columns))
        if unknown:
            raise UnknownColumnError(f"{name} has no column {', '.join(map(repr, unknown))}",
                                     subject=f"{name}.{unknown[0]}", hint="columns: " + ", ".join(columns))
        fks: dict[str, FkSpec] = {}
        later = dict(values)
        for fk in tbl.foreign_keys:
            col = fk.columns[0]
            if len(fk.columns) == 1 and values.get(col) is not None:
                fks[f"{name}.{col}"] = FkSpec(parent_keys=(str(values[col]),))
                later.pop(col)
        options = PlanOptions(rows=count, rows_per_table={str(name): count}, tables=(str(name),), seed=seed,
                              fks=fks)
        before = [r[0] for r in conn.execute(sql.SQL("SELECT ctid::text FROM {}").format(ident(name)))]
        try:
            plan = service.make_plan(conn, schema, options)
            service.load(conn, schema, plan)
            new = sql.SQL("ctid <> ALL(%s::tid[])")
            cur = conn.cursor(row_factory=dict_row)
            if later:
                sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c)) for c in later)
                params = [Jsonb(v) if columns[c].type.kind in ("json", "jsonb") and v is not None else v
                          for c, v in later.items()]
                rows = cur.execute(sql.SQL("UPDATE {} SET {} WHERE {} RETURNING *").format(ident(name), sets, new),
                                   [*params, before]).fetchall()
            else:
                rows = cur.execute(sql.SQL("SELECT * FROM {} WHERE {}").format(ident(name), new), [before]).fetchall()
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            diag = exc.diag
            raise LoadError(f"cannot insert rows into {name}: {diag.message_primary or exc}",
                            subject=diag.constraint_name or str(name),
                            hint="a value given for the row breaks a constraint or a trigger") from exc
        except BaseException:
            conn.rollback()
            raise
    return rows
