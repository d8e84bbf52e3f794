"""A SQLite database's schema as the frozen model (``pragma table_list / table_xinfo /
foreign_key_list / index_list / index_xinfo`` and the stored CREATE statements).

Types: SQLite stores by affinity and enforces no length, but the declared type says what the
column is meant to hold, so it is mapped onto ``TypeKind`` with the SQL standard's meaning
(``VARCHAR(20)`` is text of at most 20 characters, ``DECIMAL(5,2)`` a numeric, ``DATETIME`` a
timestamp, ``TINYINT(1)`` / ``BOOLEAN`` a flag stored 0/1); a name nothing matches falls back to
its affinity (SQLite's rules: INT, then CHAR/CLOB/TEXT, then BLOB, then REAL/FLOA/DOUB).
An ``INTEGER PRIMARY KEY`` of a rowid table is the rowid (64 bits); with AUTOINCREMENT its
counter lives in ``sqlite_sequence`` (marked as an identity). Primary-key columns are NOT NULL
whatever the declaration says (what the key means; only WITHOUT ROWID tables enforce it).
Every foreign key is deferrable: ``PRAGMA defer_foreign_keys`` defers any of them for a
transaction, and the load runs with it (so a cycle's plan is "deferred", NOT NULL edges too).
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from seedbed.engines.sqlite.ddl import expression, index_parts, quote, table_checks, tokens
from seedbed.model import (
    Check,
    Column,
    ColumnType,
    ForeignKey,
    Identity,
    QualifiedName,
    Schema,
    Table,
    Trigger,
    TypeKind,
    UniqueKey,
)

__all__ = ["SCHEMA", "column_type", "introspect", "read_checks"]

#: SQLite's one attached database seedbed reads (``main``); temp and attached ones are left out.
SCHEMA = "main"

_PARAMS = re.compile(r"\(\s*([^)]*)\)")
_INT_BITS = (("TINYINT", 16), ("SMALLINT", 16), ("INT2", 16), ("MEDIUMINT", 32), ("BIGINT", 64),
             ("INT8", 64), ("UNSIGNED BIG INT", 64))


def _params(declared: str) -> list[int]:
    m = _PARAMS.search(declared)
    if not m:
        return []
    return [int(p) for p in re.findall(r"\d+", m.group(1))]


def column_type(declared: str) -> ColumnType:
    """The model type of a declared SQLite type (module docstring)."""
    text = declared.strip()
    up = re.sub(r"\s+", " ", _PARAMS.sub("", text.upper())).strip()
    params = _params(text)
    first = params[0] if params else None

    def make(kind: TypeKind, base: str, **kw: Any) -> ColumnType:
        return ColumnType(kind=kind, sql_name=text or "(no type)", base_name=base, **kw)

    if up in ("BOOL", "BOOLEAN") or (up == "TINYINT" and first == 1) or up == "BIT":
        return make(TypeKind.BOOL, "bool")
    if up in ("UUID", "GUID", "UNIQUEIDENTIFIER"):
        return make(TypeKind.UUID, "uuid")
    if up in ("JSON", "JSONB"):
        return make(TypeKind.JSON, "json")
    if up == "DATE":
        return make(TypeKind.DATE, "date")
    if up in ("DATETIME", "TIMESTAMP", "SMALLDATETIME", "DATETIME2"):
        return make(TypeKind.TIMESTAMP, "timestamp")
    if up in ("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", "DATETIMEOFFSET"):
        return make(TypeKind.TIMESTAMPTZ, "timestamptz")
    if up in ("TIME", "TIME WITHOUT TIME ZONE"):
        return make(TypeKind.TIME, "time")
    if "INT" in up:  # affinity rule 1
        bits = next((b for name, b in _INT_BITS if name in up), 32)
        return make(TypeKind.INTEGER, {16: "int2", 32: "int4", 64: "int8"}[bits], bits=bits)
    if "CHAR" in up or "CLOB" in up or "TEXT" in up:  # rule 2
        fixed = "CHAR" in up and "VAR" not in up and "TEXT" not in up
        return make(TypeKind.TEXT, "bpchar" if fixed else "varchar" if first else "text",
                    length=first, fixed_length=fixed and first is not None)
    if "BLOB" in up or "BINARY" in up:  # rule 3 (BINARY(n): NUMERIC affinity, but a blob is never converted)
        return make(TypeKind.BYTEA, "bytea", length=first, fixed_length="BINARY" in up and "VAR" not in up and first is not None)
    if not up:  # no type: BLOB affinity, any value; text is the neutral choice
        return make(TypeKind.TEXT, "text")
    if "REAL" in up or "FLOA" in up or "DOUB" in up:  # rule 4
        return make(TypeKind.FLOAT, "float8", bits=64)
    if up in ("DECIMAL", "NUMERIC", "MONEY", "SMALLMONEY", "NUMBER", "DEC"):
        scale = params[1] if len(params) > 1 else (2 if "MONEY" in up or first is None else 0)
        return make(TypeKind.NUMERIC, "numeric", precision=first or (19 if "MONEY" in up else None),
                    scale=scale if first or "MONEY" in up else None)
    return make(TypeKind.TEXT, "text")  # NUMERIC affinity stores text it cannot read as a number


def _rows(conn: sqlite3.Connection, query: str, *args: Any) -> list[sqlite3.Row]:
    return conn.execute(query, args).fetchall()


def introspect(conn: sqlite3.Connection, source: str = "") -> Schema:
    """Every ordinary table of the ``main`` database (not ``sqlite_*``, not virtual tables)."""
    masters = {(r[0], r[1]): r[2] for r in _rows(conn, "SELECT type, name, sql FROM main.sqlite_master")}
    triggers: dict[str, list[tuple[str, str]]] = {}
    for name, table, text in _rows(conn, "SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger'"):
        triggers.setdefault(table.lower(), []).append((name, text or ""))
    tables = []
    for row in _rows(conn, f"PRAGMA {SCHEMA}.table_list"):
        schema, name, kind, _ncol, without_rowid, _strict = row[:6]
        if schema != SCHEMA or kind != "table" or name.startswith("sqlite_"):
            continue
        tables.append(_table(conn, name, bool(without_rowid), masters.get(("table", name)) or "",
                             triggers.get(name.lower(), [])))
    tables.sort(key=lambda t: t.name.name)
    version = sqlite3.sqlite_version_info
    return Schema(tables=tuple(tables), source=source,
                  server_version=version[0] * 10000 + version[1] * 100 + version[2])


def _table(conn: sqlite3.Connection, name: str, without_rowid: bool, create_sql: str,
           triggers: list[tuple[str, str]]) -> Table:
    qname = QualifiedName(schema=SCHEMA, name=name)
    info = _rows(conn, f"PRAGMA {SCHEMA}.table_xinfo({quote(name)})")
    pk_cols = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    autoincrement = any(t.upper() == "AUTOINCREMENT" for t in tokens(create_sql))
    columns = []
    for cid, cname, declared, notnull, default, pk, hidden in info:
        if hidden == 1:
            continue  # a virtual table's hidden column
        ctype = column_type(declared or "")
        rowid = (pk and len(pk_cols) == 1 and not without_rowid and (declared or "").strip().upper() == "INTEGER")
        if rowid:
            ctype = ColumnType(kind=TypeKind.INTEGER, sql_name=declared, base_name="int8", bits=64)
        columns.append(Column(name=cname, type=ctype, nullable=not notnull and not pk, default=default,
                              generated=hidden in (2, 3),
                              identity=Identity.BY_DEFAULT if rowid and autoincrement else Identity.NONE))
    names = [c.name for c in columns]
    primary = UniqueKey(name=f"{name}_pkey", columns=pk_cols, primary=True) if pk_cols else None
    uniques = []
    for _seq, iname, unique, origin, partial in _rows(conn, f"PRAGMA {SCHEMA}.index_list({quote(name)})"):
        if not unique or origin == "pk":
            continue
        uniques.append(_unique(conn, iname, origin, bool(partial), names))
    checks = read_checks(create_sql, name, names, postgres=True)
    insert = [Trigger(name=t, function=t, timing=_timing(sql_text))
              for t, sql_text in triggers if _fires_on_insert(sql_text)]
    return Table(name=qname, columns=tuple(columns), primary_key=primary, uniques=tuple(uniques),
                 foreign_keys=_foreign_keys(conn, name, primary), checks=tuple(checks),
                 triggers=tuple(t for t, _ in triggers), insert_triggers=tuple(insert))


def read_checks(create_sql: str, table: str, columns: list[str], *, postgres: bool) -> list[Check]:
    """A table's CHECKs, named as declared or ``<table>_check<n>``. ``postgres``: in the form the
    CHECK folder reads (the model's); else as SQLite runs them (``verify``)."""
    out = []
    for i, (cname, text) in enumerate(table_checks(create_sql), 1):
        expr, used = expression(text, columns, postgres=postgres)
        out.append(Check(name=cname or f"{table}_check{i}", expression=expr, columns=used))
    return out


def _unique(conn: sqlite3.Connection, iname: str, origin: str, partial: bool, names: list[str]) -> UniqueKey:
    keys = _rows(conn, f"PRAGMA {SCHEMA}.index_xinfo({quote(iname)})")
    cols = tuple(r[2] for r in keys if r[5] and r[1] >= 0)
    expressions = any(r[5] and r[1] == -2 for r in keys)
    predicate = expr_text = None
    if partial or expressions:
        (text,) = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?",
                               (iname,)).fetchone()
        key_text, where = index_parts(text)
        if where:
            predicate = expression(where, names)[0]
        if expressions:
            expr_text, read = expression(key_text, names)
            cols = tuple(dict.fromkeys(cols + read))
    return UniqueKey(name=iname, columns=cols, is_constraint=origin == "u", predicate=predicate,
                     expressions=expr_text)


def _foreign_keys(conn: sqlite3.Connection, name: str, primary: UniqueKey | None) -> tuple[ForeignKey, ...]:
    groups: dict[int, list[Any]] = {}
    for row in _rows(conn, f"PRAGMA {SCHEMA}.foreign_key_list({quote(name)})"):
        groups.setdefault(row[0], []).append(row)
    out = []
    for fid, rows in sorted(groups.items()):
        rows.sort(key=lambda r: r[1])
        parent = rows[0][2]
        cols = tuple(r[3] for r in rows)
        refs = tuple(r[4] for r in rows)
        if any(r is None for r in refs):  # REFERENCES parent: its primary key
            pk = [r[1] for r in sorted((r for r in _rows(conn, f"PRAGMA {SCHEMA}.table_info({quote(parent)})")
                                        if r[5]), key=lambda r: r[5])]
            refs = tuple(pk) if pk else ("rowid",)
        parent_name = _actual_name(conn, parent)
        fk_name = f"{name}_{'_'.join(cols)}_fkey"
        if any(fk.name == fk_name for fk in out):  # two FKs over the same columns
            fk_name += str(fid)
        out.append(ForeignKey(name=fk_name, columns=cols, ref_table=QualifiedName(schema=SCHEMA, name=parent_name),
                              ref_columns=refs, on_delete=rows[0][6], match_full=rows[0][7] == "FULL",
                              deferrable=True, initially_deferred=True))
    return tuple(out)


def _actual_name(conn: sqlite3.Connection, name: str) -> str:
    """The table's own spelling (an FK may name its parent in another case)."""
    row = conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE",
                       (name,)).fetchone()
    return row[0] if row else name


def _fires_on_insert(text: str) -> bool:
    words = [t.upper() for t in tokens(text) if t.kind == "word"]
    return "INSERT" in words[:words.index("ON")] if "ON" in words else False


def _timing(text: str) -> str:
    words = [t.upper() for t in tokens(text)[:8] if t.kind == "word"]
    return "BEFORE" if "BEFORE" in words else "INSTEAD OF" if "INSTEAD" in words else "AFTER"
