"""The pg_catalog queries behind :func:`seedbed.engines.postgres.introspect.introspect`.

A handful of set-based queries cover the whole database (never one query per table). Rows are
returned as ``TypedDict``s and never leave ``seedbed.introspect``: ``postgres.py`` turns them
into the frozen model. Every query takes the table oids as one ``oid[]`` parameter.

The queries need PostgreSQL 12 or later (``pg_partition_tree``, ``attgenerated``,
``conparentid``); ``indnullsnotdistinct`` is read only from 15 on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict, cast

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

MIN_SERVER_VERSION = 120000
NULLS_NOT_DISTINCT_VERSION = 150000


class TableRow(TypedDict):
    oid: int
    schema: str
    name: str
    relkind: str
    partition_key: str | None
    comment: str | None
    row_security: bool
    inherits: list[list[str]]  # [schema, name] of each INHERITS parent, in declaration order


class PartitionRow(TypedDict):
    root: int
    schema: str
    name: str
    bound: str
    constraint: str | None
    is_default: bool


class ColumnRow(TypedDict):
    relid: int
    attnum: int
    name: str
    typid: int
    typmod: int
    ndims: int
    not_null: bool
    identity: str
    generated: str
    default: str | None
    sql_name: str
    comment: str | None
    seq_schema: str | None
    seq_name: str | None


class TypeRow(TypedDict):
    oid: int
    schema: str
    name: str
    typtype: str
    typlen: int
    elem: int
    base: int
    typmod: int
    ndims: int
    not_null: bool
    formatted: str
    range_subtype: int | None
    enum_labels: list[str]
    check_names: list[str]
    check_defs: list[str]


class ConstraintRow(TypedDict):
    relid: int  # the top-level table
    name: str
    contype: str
    partition_schema: str | None  # set when declared on a partition, not on the table
    partition_name: str | None
    deferrable: bool
    deferred: bool
    validated: bool
    match_type: str
    on_delete: str
    definition: str | None  # pg_get_constraintdef, read only for CHECK and EXCLUDE
    columns: list[str]
    ref_columns: list[str]
    ref_schema: str | None
    ref_name: str | None
    nulls_not_distinct: bool
    exclusion_ops: list[str] | None  # EXCLUDE: each element's operator (regoper text)
    exclusion_elements: list[str] | None  # EXCLUDE: each element's column or expression
    exclusion_predicate: str | None  # EXCLUDE ... WHERE (...)


class IndexRow(TypedDict):
    relid: int
    name: str
    keys: list[int]  # attnums of the key columns, 0 for an expression
    key_defs: list[str]  # the column name, or pg_get_indexdef(index, k) for an expression
    definition: str | None  # pg_get_indexdef, read only for an expression index
    has_expressions: bool
    predicate: str | None
    nulls_not_distinct: bool


class TriggerRow(TypedDict):
    relid: int
    name: str
    function: str
    tgtype: int
    enabled: str
    is_constraint: bool
    source: str | None


# Tables: ordinary and partitioned, not partitions, not owned by an extension.
_TABLES = """
SELECT c.oid::int8 AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       ds.description AS comment,
       c.relrowsecurity AS row_security,
       ARRAY(SELECT ARRAY[pn.nspname::text, pc.relname::text]
             FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent
             JOIN pg_namespace pn ON pn.oid = pc.relnamespace
             WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS inherits
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description ds
       ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = 0
WHERE c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND {schema_filter}
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
"""

_USER_SCHEMAS = """n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_(toast|temp)'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')"""

# Leaf partitions of the partitioned roots, at any depth.
_PARTITIONS = """
SELECT r.root::int8 AS root, n.nspname AS schema, c.relname AS name,
       pg_get_expr(c.relpartbound, c.oid) AS bound,
       pg_get_partition_constraintdef(c.oid) AS constraint,
       EXISTS (SELECT 1 FROM pg_partitioned_table pp WHERE pp.partdefid = c.oid) AS is_default
FROM unnest(%(oids)s::oid[]) AS r(root)
CROSS JOIN LATERAL pg_partition_tree(r.root) AS pt
JOIN pg_class c ON c.oid = pt.relid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE pt.isleaf AND pt.level > 0
ORDER BY r.root, n.nspname, c.relname
"""

# Columns; the sequence is the one the column owns (serial, identity), else the one its
# default reads (nextval of a sequence owned by nobody or by another column).
_COLUMNS = """
WITH owned AS (
    SELECT DISTINCT ON (d.refobjid, d.refobjsubid)
           d.refobjid AS relid, d.refobjsubid AS attnum, sn.nspname, s.relname
    FROM pg_depend d
    JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    JOIN pg_namespace sn ON sn.oid = s.relnamespace
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0 AND d.refobjid = ANY(%(oids)s::oid[])
    ORDER BY d.refobjid, d.refobjsubid, d.deptype DESC, s.oid
), used AS (
    SELECT DISTINCT ON (ad.oid) ad.oid AS attrdef, sn.nspname, s.relname
    FROM pg_attrdef ad
    JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
                    AND d.refclassid = 'pg_class'::regclass
    JOIN pg_class s ON s.oid = d.refobjid AND s.relkind = 'S'
    JOIN pg_namespace sn ON sn.oid = s.relnamespace
    WHERE ad.adrelid = ANY(%(oids)s::oid[])
    ORDER BY ad.oid, s.oid
)
SELECT a.attrelid::int8 AS relid, a.attnum::int AS attnum, a.attname AS name,
       a.atttypid::int8 AS typid, a.atttypmod AS typmod, a.attndims AS ndims,
       a.attnotnull AS not_null, a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       pg_get_expr(ad.adbin, ad.adrelid) AS default,
       format_type(a.atttypid, a.atttypmod) AS sql_name,
       ds.description AS comment,
       COALESCE(owned.nspname, used.nspname) AS seq_schema,
       COALESCE(owned.relname, used.relname) AS seq_name
FROM pg_attribute a
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_description ds
       ON ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum
LEFT JOIN owned ON owned.relid = a.attrelid AND owned.attnum = a.attnum
LEFT JOIN used ON used.attrdef = ad.oid
WHERE a.attrelid = ANY(%(oids)s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

# Every type the columns use, and every type those reach (domain bases, array elements,
# range subtypes), in one recursive walk.
_TYPES = """
WITH RECURSIVE reach(oid) AS (
    SELECT DISTINCT a.atttypid
    FROM pg_attribute a
    WHERE a.attrelid = ANY(%(oids)s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
  UNION
    SELECT v.next
    FROM reach
    JOIN pg_type t ON t.oid = reach.oid
    CROSS JOIN LATERAL (VALUES
        (t.typbasetype), (t.typelem),
        ((SELECT rg.rngsubtype FROM pg_range rg
          WHERE rg.rngtypid = t.oid OR rg.rngmultitypid = t.oid LIMIT 1))
    ) AS v(next)
    WHERE v.next IS NOT NULL AND v.next <> 0
)
SELECT t.oid::int8 AS oid, n.nspname AS schema, t.typname AS name, t.typtype::text AS typtype,
       t.typlen::int AS typlen, t.typelem::int8 AS elem, t.typbasetype::int8 AS base,
       t.typtypmod AS typmod, t.typndims AS ndims, t.typnotnull AS not_null,
       format_type(t.oid, NULL) AS formatted,
       (SELECT rg.rngsubtype::int8 FROM pg_range rg
        WHERE rg.rngtypid = t.oid OR rg.rngmultitypid = t.oid LIMIT 1) AS range_subtype,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e
             WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS enum_labels,
       ARRAY(SELECT c.conname::text FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_names,
       ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
             WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_defs
FROM reach
JOIN pg_type t ON t.oid = reach.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
"""

# PK, UNIQUE, FK, CHECK and EXCLUDE constraints declared on the tables themselves
# (conparentid = 0 drops the FK clones Postgres adds for each partition of a referenced table,
# and the clones of the table's own constraints on its partitions), plus the FKs declared on a
# partition only (pagila's payment_p2022_01..06), reported against the top-level table.
_CONSTRAINTS = """
WITH rel(relid, root) AS (
    SELECT r.oid, r.oid FROM unnest(%(oids)s::oid[]) AS r(oid)
  UNION ALL
    SELECT pt.relid, r.root
    FROM unnest(%(roots)s::oid[]) AS r(root)
    CROSS JOIN LATERAL pg_partition_tree(r.root) AS pt
    WHERE pt.level > 0
)
SELECT rel.root::int8 AS relid, con.conname AS name, con.contype::text AS contype,
       CASE WHEN rel.relid <> rel.root THEN pn.nspname END AS partition_schema,
       CASE WHEN rel.relid <> rel.root THEN pc.relname END AS partition_name,
       con.condeferrable AS deferrable, con.condeferred AS deferred,
       con.convalidated AS validated,
       con.confmatchtype::text AS match_type, con.confdeltype::text AS on_delete,
       CASE WHEN con.contype IN ('c', 'x') THEN pg_get_constraintdef(con.oid) END AS definition,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
             ORDER BY k.ord) AS columns,
       ARRAY(SELECT a.attname::text
             FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
             ORDER BY k.ord) AS ref_columns,
       rn.nspname AS ref_schema, rc.relname AS ref_name,
       {nulls_not_distinct} AS nulls_not_distinct,
       CASE WHEN con.contype = 'x' THEN con.conexclop::regoper[]::text[] END AS exclusion_ops,
       CASE WHEN con.contype = 'x' THEN
           ARRAY(SELECT pg_get_indexdef(con.conindid, k, false)
                 FROM generate_series(1, cardinality(con.conexclop)) AS k ORDER BY k) END
           AS exclusion_elements,
       CASE WHEN con.contype = 'x' THEN
           (SELECT pg_get_expr(xi.indpred, xi.indrelid) FROM pg_index xi
            WHERE xi.indexrelid = con.conindid) END AS exclusion_predicate
FROM rel
JOIN pg_constraint con ON con.conrelid = rel.relid
JOIN pg_class pc ON pc.oid = rel.relid
JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_index ix ON ix.indexrelid = con.conindid AND con.contype IN ('p', 'u')
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND con.conparentid = 0
  AND (rel.relid = rel.root OR con.contype = 'f')
ORDER BY rel.root, rel.relid <> rel.root, pn.nspname, pc.relname, con.conname
"""

# Unique indexes that back no constraint (CREATE UNIQUE INDEX: partial, expression, ...).
_UNIQUE_INDEXES = """
SELECT i.indrelid::int8 AS relid, ic.relname AS name,
       ARRAY(SELECT i.indkey[k - 1]::int
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS keys,
       ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, false)
                         ELSE (SELECT a.attname::text FROM pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1])
                    END
             FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS key_defs,
       CASE WHEN i.indexprs IS NOT NULL THEN pg_get_indexdef(i.indexrelid) END AS definition,
       (i.indexprs IS NOT NULL) AS has_expressions,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       {nulls_not_distinct} AS nulls_not_distinct
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE i.indrelid = ANY(%(oids)s::oid[])
  AND i.indisunique
  AND i.indexrelid NOT IN (SELECT c.conindid FROM pg_constraint c
                           WHERE c.contype IN ('p', 'u', 'x'))
ORDER BY i.indrelid, ic.relname
"""

_TRIGGERS = """
SELECT tg.tgrelid::int8 AS relid, tg.tgname AS name, tg.tgtype::int AS tgtype, tg.tgenabled::text AS enabled,
       tg.tgconstraint <> 0 AS is_constraint,
       pn.nspname || '.' || p.proname AS function,
       CASE WHEN l.lanname = 'plpgsql' THEN pg_get_functiondef(p.oid) END AS source
FROM pg_trigger tg
JOIN pg_proc p ON p.oid = tg.tgfoid
JOIN pg_namespace pn ON pn.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
WHERE tg.tgrelid = ANY(%(oids)s::oid[]) AND NOT tg.tgisinternal
ORDER BY tg.tgrelid, tg.tgname
"""


def _nnd(column: str, server_version: int) -> sql.Composable:
    """``indnullsnotdistinct`` on PostgreSQL 15+, ``false`` before (the column does not exist)."""
    if server_version >= NULLS_NOT_DISTINCT_VERSION:
        return sql.SQL("COALESCE({}, false)").format(sql.Identifier(*column.split(".")))
    return sql.SQL("false")


def _fetch(conn: psycopg.Connection[Any], query: sql.Composable, params: dict[str, Any]) -> list[Any]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()


def fetch_tables(conn: psycopg.Connection[Any], schemas: Sequence[str] | None) -> list[TableRow]:
    if schemas is None:
        schema_filter: sql.Composable = sql.SQL(_USER_SCHEMAS)
        params: dict[str, Any] = {}
    else:
        schema_filter = sql.SQL("n.nspname = ANY(%(schemas)s::text[])")
        params = {"schemas": list(schemas)}
    query = sql.SQL(_TABLES).format(schema_filter=schema_filter)
    return cast(list[TableRow], _fetch(conn, query, params))


def fetch_partitions(conn: psycopg.Connection[Any], roots: list[int]) -> list[PartitionRow]:
    if not roots:
        return []
    return cast(list[PartitionRow], _fetch(conn, sql.SQL(_PARTITIONS), {"oids": roots}))


def fetch_columns(conn: psycopg.Connection[Any], oids: list[int]) -> list[ColumnRow]:
    return cast(list[ColumnRow], _fetch(conn, sql.SQL(_COLUMNS), {"oids": oids}))


def fetch_types(conn: psycopg.Connection[Any], oids: list[int]) -> list[TypeRow]:
    return cast(list[TypeRow], _fetch(conn, sql.SQL(_TYPES), {"oids": oids}))


def fetch_constraints(conn: psycopg.Connection[Any], oids: list[int], roots: list[int],
                      server_version: int) -> list[ConstraintRow]:
    """Constraints of the tables ``oids``, and FKs declared on partitions of the ``roots``."""
    query = sql.SQL(_CONSTRAINTS).format(
        nulls_not_distinct=_nnd("ix.indnullsnotdistinct", server_version))
    return cast(list[ConstraintRow], _fetch(conn, query, {"oids": oids, "roots": roots}))


def fetch_unique_indexes(conn: psycopg.Connection[Any], oids: list[int],
                         server_version: int) -> list[IndexRow]:
    query = sql.SQL(_UNIQUE_INDEXES).format(
        nulls_not_distinct=_nnd("i.indnullsnotdistinct", server_version))
    return cast(list[IndexRow], _fetch(conn, query, {"oids": oids}))


def fetch_triggers(conn: psycopg.Connection[Any], oids: list[int]) -> list[TriggerRow]:
    return cast(list[TriggerRow], _fetch(conn, sql.SQL(_TRIGGERS), {"oids": oids}))
