"""Write generated chunks to files: CSV, JSON Lines, one JSON document, Parquet, or a SQL script.

Every sink receives a table's rows chunk by chunk as COPY text cells (``Chunk.columns``) and
writes them straight to disk, so memory stays bounded by the chunk size, not the row count.
Cells are converted per column kind: CSV keeps the text form (NULL is an empty unquoted
field, an empty string is ``""``), JSON writes integers, numbers and booleans as JSON values
and json/jsonb columns as embedded documents, Parquet uses typed columns where the kind has
an Arrow equivalent (integers, floats, numeric(p, s), booleans, dates, timestamps) and text
otherwise.

The SQL script is ordered and self-contained: the DDL (the spec's CREATE TABLE statements or
the DDL file given), then one transaction with ``SET CONSTRAINTS ALL DEFERRED``, a ``COPY ...
FROM stdin`` block (or INSERTs) per table, cycles loaded as the database sink does (deferred
constraints; NULL first, then one UPDATE from a staging table; a writable CTE for NOT NULL
cycles), and sequences advanced past the inserted keys. It loads into an empty database with
``psql -v ON_ERROR_STOP=1 -f``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from psycopg import sql

from seedbed.errors import UsageError
from seedbed.model import Column, ColumnType, Identity, QualifiedName, Schema, Table, TypeKind

__all__ = ["FORMATS", "FileSink", "create_statements", "open_sink", "unescape"]

FORMATS = ("csv", "jsonl", "json", "sql", "parquet", "sqlite")
NULL = r"\N"
INSERT_BATCH = 500

_UNESCAPE = re.compile(r"\\([\\tnr])")
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
_CSV_SPECIAL = re.compile(r'[,"\n\r]')
_encode_str = json.encoder.encode_basestring  # type: ignore[attr-defined]  # the C encoder of json.dumps
_INT_KINDS = frozenset({TypeKind.INTEGER, TypeKind.OID})
_NUM_KINDS = frozenset({TypeKind.FLOAT, TypeKind.NUMERIC})


def _s(composable: sql.Composable) -> str:
    return composable.as_string(None)


def unescape(cells: list[str]) -> list[str | None]:
    """COPY text cells back to values: ``\\N`` is None, escapes undone."""
    if "\\" not in "".join(cells):
        return list(cells)
    return [None if c == NULL else _UNESCAPE.sub(lambda m: _UNESCAPES[m.group(1)], c) if "\\" in c else c
            for c in cells]


def _name(table: QualifiedName) -> str:
    return str(table)


def _safe_file(name: str) -> str:
    """A file name from a table name (path separators and NULs replaced)."""
    return re.sub(r"[/\\\x00]", "_", name) or "_"


class FileSink:
    """Base: one file per table, or one file for everything (``single``)."""

    suffix = ""

    def __init__(self, out: Path, schema: Schema, *, header: dict[str, Any]) -> None:
        self.out = out
        self.schema = schema
        self.header = header
        self.files: list[Path] = []

    def begin(self, tables: Sequence[QualifiedName]) -> None:
        self.out.mkdir(parents=True, exist_ok=True)

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        raise NotImplementedError

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        raise NotImplementedError

    def end_table(self, table: QualifiedName) -> None:
        pass

    def close(self, ok: bool = True) -> list[Path]:
        """The files written; a table a failure left open is closed first (``end_table`` of a
        sink that does not override ``close`` does nothing when no table is open)."""
        self.end_table(QualifiedName(schema="", name=""))
        return self.files

    def _path(self, table: QualifiedName) -> Path:
        path = self.out / f"{_safe_file(_name(table))}.{self.suffix}"
        self.files.append(path)
        return path


class _TableFiles(FileSink):
    """One text file per table, open while its rows arrive."""

    newline = "\n"

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._fh: IO[str] | None = None

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        self._fh = self._path(table).open("w", encoding="utf-8", newline=self.newline)

    def _write(self, lines: list[str]) -> None:
        assert self._fh is not None
        if lines:
            self._fh.write("\n".join(lines) + "\n")

    def end_table(self, table: QualifiedName) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


# --------------------------------------------------------------------------- CSV

def _csv_column(cells: list[str]) -> list[str]:
    """One column's CSV fields: NULL empty, empty string and special characters quoted."""
    joined = "\x00".join(cells)
    if "\\" not in joined and not _CSV_SPECIAL.search(joined) and "" not in cells:
        return cells
    out = []
    for v in unescape(cells):
        if v is None:
            out.append("")
        elif v == "" or _CSV_SPECIAL.search(v):
            out.append('"' + v.replace('"', '""') + '"')
        else:
            out.append(v)
    return out


class CsvSink(_TableFiles):
    suffix = "csv"
    newline = ""

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        super().start_table(table, columns)
        self._write([",".join('"' + c.replace('"', '""') + '"' if c == "" or _CSV_SPECIAL.search(c) else c
                              for c in columns)])

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        cols = [_csv_column(c) for c in columns.values()]
        self._write(list(map(",".join, zip(*cols, strict=True))) if cols and cols[0] else [])


# --------------------------------------------------------------------------- JSON

def json_fragments(ctype: ColumnType, cells: list[str]) -> list[str]:
    """Each cell as a JSON value of the column's kind."""
    kind = ctype.kind
    if ctype.is_array:
        kind = TypeKind.TEXT
    if kind in _INT_KINDS:
        return ["null" if c == NULL else c for c in cells]
    if kind in _NUM_KINDS:
        return ["null" if c == NULL else c if c[-1:].isdigit() else _encode_str(c) for c in cells]
    if kind is TypeKind.BOOL:
        return ["null" if c == NULL else "true" if c in ("t", "true") else "false" for c in cells]
    values = unescape(cells)
    if kind in (TypeKind.JSON, TypeKind.JSONB):
        return ["null" if v is None else v for v in values]
    return ["null" if v is None else _encode_str(v) for v in values]


def _json_rows(table: Table, columns: dict[str, list[str]]) -> list[str]:
    parts = [[_encode_str(name) + ":" + frag for frag in json_fragments(table.column(name).type, cells)]
             for name, cells in columns.items()]
    return ["{" + ",".join(row) + "}" for row in zip(*parts, strict=True)]


class JsonlSink(_TableFiles):
    suffix = "jsonl"

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        self._write(_json_rows(self.schema.table(table), columns))


class JsonSink(FileSink):
    """One document, ``{"seed": 7, "tables": {"users": [{...}, ...], ...}}``, written as it streams."""

    suffix = "json"

    def __init__(self, out: Path | None, schema: Schema, *, header: dict[str, Any], stream: IO[str] | None = None,
                 file_name: str = "data.json") -> None:
        super().__init__(out or Path("."), schema, header=header)
        self._fh = stream
        self._own = stream is None
        self._file_name = file_name
        self._tables = 0
        self._first_row = True

    def begin(self, tables: Sequence[QualifiedName]) -> None:
        if self._fh is None:
            super().begin(tables)
            path = self.out / self._file_name
            self.files.append(path)
            self._fh = path.open("w", encoding="utf-8", newline="\n")
        head = json.dumps(self.header)[:-1]
        self._fh.write(head + (", " if head != "{" else "") + '"tables": {')

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        assert self._fh is not None
        self._fh.write(("," if self._tables else "") + "\n" + _encode_str(_name(table)) + ": [")
        self._tables += 1
        self._first_row = True

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        assert self._fh is not None
        lines = _json_rows(self.schema.table(table), columns)
        if lines:
            self._fh.write(("\n" if self._first_row else ",\n") + ",\n".join(lines))
            self._first_row = False

    def end_table(self, table: QualifiedName) -> None:
        assert self._fh is not None
        self._fh.write("]" if self._first_row else "\n]")

    def close(self, ok: bool = True) -> list[Path]:
        if self._fh is not None:
            if ok:
                self._fh.write("\n}}\n")
            if self._own:
                self._fh.close()
            self._fh = None
        return self.files


# --------------------------------------------------------------------------- Parquet

def _arrow_type(pa: Any, ctype: ColumnType) -> Any:
    kind = ctype.kind
    if ctype.is_array:
        return pa.string()
    if kind is TypeKind.INTEGER:
        return {16: pa.int16(), 32: pa.int32()}.get(ctype.bits or 64, pa.int64())
    if kind is TypeKind.OID:
        return pa.int64()
    if kind is TypeKind.FLOAT:
        return pa.float32() if ctype.bits == 32 else pa.float64()
    if kind is TypeKind.NUMERIC and ctype.precision:
        return pa.decimal128(ctype.precision, ctype.scale or 0)
    if kind is TypeKind.BOOL:
        return pa.bool_()
    if kind is TypeKind.DATE:
        return pa.date32()
    if kind is TypeKind.TIMESTAMP:
        return pa.timestamp("us")
    if kind is TypeKind.TIMESTAMPTZ:
        return pa.timestamp("us", tz="UTC")
    return pa.string()


class ParquetSink(FileSink):
    suffix = "parquet"

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError("--format parquet needs pyarrow", hint="pip install 'seedbed[parquet]'") from None
        self.pa = pa
        self.pq = pq
        self._writer: Any = None
        self._schema: Any = None

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        pa = self.pa
        t = self.schema.table(table)
        self._schema = pa.schema([pa.field(c, _arrow_type(pa, t.column(c).type)) for c in columns])
        self._writer = self.pq.ParquetWriter(str(self._path(table)), self._schema, compression="zstd")

    def _array(self, ctype: ColumnType, target: Any, cells: list[str]) -> Any:
        pa = self.pa
        values = unescape(cells)
        if target == pa.bool_():
            return pa.array([None if v is None else v in ("t", "true") for v in values], type=pa.bool_())
        if ctype.kind is TypeKind.TIMESTAMPTZ and not ctype.is_array:
            values = [None if v is None else _iso_offset(v) for v in values]
        arr = pa.array(values, type=pa.string())
        return arr if target == pa.string() else arr.cast(target)

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        t = self.schema.table(table)
        arrays = [self._array(t.column(name).type, self._schema.field(name).type, cells)
                  for name, cells in columns.items()]
        self._writer.write_batch(self.pa.record_batch(arrays, schema=self._schema))

    def end_table(self, table: QualifiedName) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


_SHORT_OFFSET = re.compile(r"([+-]\d\d)$")


def _iso_offset(text: str) -> str:
    """``... +00`` (PostgreSQL's short offset) as ``+00:00``, which Arrow parses."""
    return _SHORT_OFFSET.sub(r"\1:00", text)


# --------------------------------------------------------------------------- SQL

def _ident(name: QualifiedName) -> sql.Identifier:
    return sql.Identifier(name.schema, name.name)


def _cols(names: Iterable[str]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(c) for c in names)


def _column_ddl(col: Column) -> sql.Composed:
    parts = [sql.Identifier(col.name), sql.SQL(col.type.sql_name)]
    if col.identity is Identity.BY_DEFAULT:
        parts.append(sql.SQL("GENERATED BY DEFAULT AS IDENTITY"))
    elif col.identity is Identity.ALWAYS:
        parts.append(sql.SQL("GENERATED ALWAYS AS IDENTITY"))
    if not col.nullable:
        parts.append(sql.SQL("NOT NULL"))
    return sql.SQL(" ").join(parts)


def create_statements(schema: Schema) -> str:
    """CREATE TABLE statements for a model built from a spec (FKs added after every table)."""
    out: list[str] = []
    schemas = sorted({t.name.schema for t in schema.tables} - {"public"})
    for s in schemas:
        out.append(_s(sql.SQL("CREATE SCHEMA IF NOT EXISTS {};").format(sql.Identifier(s))))
    for t in schema.tables:
        items = [_column_ddl(c) for c in t.columns]
        for key in t.unique_keys:
            kind = sql.SQL("PRIMARY KEY" if key.primary else "UNIQUE")
            items.append(sql.SQL("CONSTRAINT {} {} ({})").format(sql.Identifier(key.name), kind, _cols(key.columns)))
        for check in t.checks:
            # The expression is built by seedbed.introspect.spec from quoted identifiers and literals.
            items.append(sql.SQL("CONSTRAINT {} CHECK ({})").format(sql.Identifier(check.name), sql.SQL(check.expression)))
        body = sql.SQL(",\n  ").join(items)
        out.append(_s(sql.SQL("CREATE TABLE {} (\n  {}\n);").format(_ident(t.name), body)))
    for t in schema.tables:
        for fk in t.foreign_keys:
            if fk.declared:  # a contract kept by the data, not a constraint of the schema
                continue
            out.append(_s(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {} ({}){};").format(
                _ident(t.name), sql.Identifier(fk.name), _cols(fk.columns), _ident(fk.ref_table), _cols(fk.ref_columns),
                sql.SQL(" DEFERRABLE INITIALLY DEFERRED" if fk.initially_deferred else
                        " DEFERRABLE" if fk.deferrable else ""))))
    return "\n".join(out) + "\n"


def _literal(value: str | None) -> str:
    return "NULL" if value is None else _s(sql.Literal(value)).strip()


class SqlSink(FileSink):
    """One ordered script; ``inserts`` writes INSERT statements instead of COPY blocks."""

    suffix = "sql"

    def __init__(self, out: Path | None, schema: Schema, *, header: dict[str, Any], ddl: str | None = None,
                 ddl_in_transaction: bool = True, inserts: bool = False, stream: IO[str] | None = None,
                 file_name: str = "data.sql") -> None:
        super().__init__(out or Path("."), schema, header=header)
        self.ddl = ddl
        self.ddl_in_transaction = ddl_in_transaction
        self.inserts = inserts
        self._fh = stream
        self._own = stream is None
        self._file_name = file_name
        self._stages = 0
        self._columns: list[str] = []

    def w(self, text: str) -> None:
        assert self._fh is not None
        self._fh.write(text)

    def begin(self, tables: Sequence[QualifiedName]) -> None:
        if self._fh is None:
            super().begin(tables)
            path = self.out / self._file_name
            self.files.append(path)
            self._fh = path.open("w", encoding="utf-8", newline="\n")
        for key, value in self.header.items():
            self.w(f"-- {key}: {str(value).replace(chr(10), ' ')}\n")
        self.w("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
               "SET check_function_bodies = false;\nSET client_min_messages = warning;\n\n")
        if self.ddl and not self.ddl_in_transaction:
            ddl = self.ddl.rstrip()
            # A file whose last statement lacks its semicolon must not swallow our BEGIN.
            self.w(ddl + ("\n" if ddl.endswith(";") else "\n;\n") + "\n")
        self.w("BEGIN;\nSET CONSTRAINTS ALL DEFERRED;\n\n")
        if self.ddl and self.ddl_in_transaction:
            self.w(self.ddl.rstrip() + "\n\n")

    def _overriding(self, table: Table, columns: Sequence[str]) -> bool:
        return any(table.column(c).identity is Identity.ALWAYS for c in columns)

    def start_table(self, table: QualifiedName, columns: Sequence[str]) -> None:
        self._columns = list(columns)
        if not self.inserts:
            self.w(_s(sql.SQL("COPY {} ({}) FROM stdin;\n").format(_ident(table), _cols(columns))))

    def _insert(self, target: sql.Composable, table: Table, columns: dict[str, list[str]]) -> None:
        names = list(columns)
        head = _s(sql.SQL("INSERT INTO {} ({}) {}VALUES\n").format(
            target, _cols(names), sql.SQL("OVERRIDING SYSTEM VALUE " if self._overriding(table, names) else "")))
        values = [unescape(c) for c in columns.values()]
        rows = ["(" + ", ".join(_literal(v) for v in row) + ")" for row in zip(*values, strict=True)]
        for i in range(0, len(rows), INSERT_BATCH):
            self.w(head + ",\n".join(rows[i:i + INSERT_BATCH]) + ";\n")

    def _copy_rows(self, columns: dict[str, list[str]]) -> None:
        cols = list(columns.values())
        if cols and cols[0]:
            self.w("\n".join(map("\t".join, zip(*cols, strict=True))) + "\n")

    def rows(self, table: QualifiedName, columns: dict[str, list[str]]) -> None:
        if self.inserts:
            self._insert(_ident(table), self.schema.table(table), columns)
        else:
            self._copy_rows(columns)

    def end_table(self, table: QualifiedName) -> None:
        self.w("\n" if self.inserts else "\\.\n\n")

    # -- cycles (the same strategies as seedbed.engines.postgres.sink)
    def _stage(self, table: Table, columns: Sequence[str], tag: str) -> sql.Identifier:
        stage = sql.Identifier(f"_seedbed_{tag}_{self._stages}")
        self._stages += 1
        self.w(_s(sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA;\n").format(
            stage, _cols(columns), _ident(table.name))))
        return stage

    def _fill(self, stage: sql.Identifier, table: Table, columns: dict[str, list[str]]) -> None:
        if self.inserts:
            self._insert(stage, table, columns)
        else:
            self.w(_s(sql.SQL("COPY {} ({}) FROM stdin;\n").format(stage, _cols(columns))))
            self._copy_rows(columns)
            self.w("\\.\n")

    def insert_all_at_once(self, chunks: dict[QualifiedName, list[dict[str, list[str]]]]) -> None:
        """A NOT NULL cycle: stage every table, then one writable-CTE INSERT statement."""
        parts = []
        for i, (name, parts_of) in enumerate(chunks.items()):
            if not parts_of:
                continue
            table = self.schema.table(name)
            cols = list(parts_of[0])
            stage = self._stage(table, cols, "cycle")
            for columns in parts_of:
                self._fill(stage, table, columns)
            parts.append(sql.SQL("{} AS (INSERT INTO {} ({}) {}SELECT {} FROM {})").format(
                sql.Identifier(f"ins{i}"), _ident(name), _cols(cols),
                sql.SQL("OVERRIDING SYSTEM VALUE " if self._overriding(table, cols) else ""), _cols(cols), stage))
        if parts:
            self.w(_s(sql.SQL("WITH {} SELECT 1;\n\n").format(sql.SQL(",\n  ").join(parts))))

    def patch(self, table: Table, key: Sequence[str], columns: dict[str, list[str]], values: dict[str, list[str]]) -> None:
        """Back-edge FK columns loaded NULL: filled by one UPDATE from a staging table."""
        if not values:
            return
        fk_cols = list(values)
        cols = list(key) + fk_cols
        stage = self._stage(table, cols, "patch")
        self._fill(stage, table, {c: columns[c] for c in key} | values)
        src = (sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(c)) for c in fk_cols) if len(fk_cols) > 1
               else sql.SQL("ROW(s.{})").format(sql.Identifier(fk_cols[0])))
        match = sql.SQL(" AND ").join(sql.SQL("t.{c} = s.{c}").format(c=sql.Identifier(c)) for c in key)
        self.w(_s(sql.SQL("UPDATE {} AS t SET ({}) = ({}) FROM {} AS s WHERE {};\n\n").format(
            _ident(table.name), _cols(fk_cols), src, stage, match)))

    def close(self, ok: bool = True) -> list[Path]:
        if self._fh is not None:
            if ok:
                self._sequences()
                self.w("COMMIT;\n")
            if self._own:
                self._fh.close()
            self._fh = None
        return self.files

    def _sequences(self) -> None:
        """Move every owned sequence (serial, identity) past the largest value written."""
        lines = []
        for t in self.schema.tables:
            for col in t.columns:
                if col.sequence is None and col.identity is Identity.NONE:
                    continue
                lines.append(_s(sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({t}, {c}), max({col})) FROM {table} "
                    "HAVING max({col}) IS NOT NULL;\n").format(
                    t=sql.Literal(_s(_ident(t.name))), c=sql.Literal(col.name), col=sql.Identifier(col.name),
                    table=_ident(t.name))))
        if lines:
            self.w("".join(lines) + "\n")


def open_sink(fmt: str, out: Path, schema: Schema, *, header: dict[str, Any], inserts: bool = False,
              ddl: str | None = None, ddl_in_transaction: bool = True, notes: list[str] | None = None) -> FileSink:
    """The sink for ``fmt`` writing under ``out`` (``sqlite``: the file ``out`` if it ends in .db,
    else ``out/data.db``; what it leaves out goes to ``notes``)."""
    if fmt == "sqlite":
        from seedbed.engines.sqlite.files import SqliteFileSink

        return SqliteFileSink(out, schema, header=header, notes=notes)
    if fmt == "csv":
        return CsvSink(out, schema, header=header)
    if fmt == "jsonl":
        return JsonlSink(out, schema, header=header)
    if fmt == "json":
        return JsonSink(out, schema, header=header)
    if fmt == "parquet":
        return ParquetSink(out, schema, header=header)
    if fmt == "sql":
        return SqlSink(out, schema, header=header, ddl=ddl, ddl_in_transaction=ddl_in_transaction, inserts=inserts)
    raise UsageError(f"unknown format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
