"""Write chunks into MySQL / MariaDB: LOAD DATA LOCAL INFILE from memory, or multi-row INSERT.

The bytes reach the server from an anonymous memory file (``memfd_create``), or for a whole
table from a pipe its chunks are written into (``load_table``, ``seedbed.engines.mysql.stream``):
PyMySQL answers the server's request for the "file" by reading it, so nothing touches the disk.
Where the server refuses LOCAL INFILE (``local_infile=OFF``, error 1148/3948/4166) the sink
switches to multi-row INSERTs for the rest of the run and says so in a note.

LOAD DATA LOCAL turns row errors into warnings (the server cannot stop the client's stream), so
every load is checked: a warning, or fewer rows than sent, fails it with the server's message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pymysql

from seedbed.engines.mysql import cells as _cells
from seedbed.engines.mysql.errors import from_pymysql, translated
from seedbed.engines.mysql.session import columns_sql, model_name, query, quote, table_sql, to_mysql
from seedbed.engines.mysql.stream import load_stream, streamable
from seedbed.errors import LoadError
from seedbed.generate.engine import Chunk
from seedbed.generate.feed import Encoded, _copy_text, _int_cells, encode_chunk
from seedbed.model import Check, QualifiedName, Schema, Table

#: Server errors that mean "LOAD DATA LOCAL is not allowed here".
_LOCAL_REFUSED = {1148, 3948, 4166, 2068}
INSERT_BATCH = 1000


class MySQLSink:
    """Writes into the tables of ``schema`` over ``conn`` (inside an open transaction)."""

    def __init__(self, conn: Any, schema: Schema, server_checks: dict[tuple[str, str], str]) -> None:
        self.conn = conn
        self.schema = schema
        self.server_checks = server_checks
        self.local_infile = True
        self.notes: list[str] = []
        self._stages: dict[str, str] = {}
        self._probed = False
        self.charsets = narrow_charsets(conn)

    def cells(self, table: Table, column: str, cells: list[str]) -> list[str]:
        """One column's COPY cells as LOAD DATA text for this column (kind and character set)."""
        out = _cells.convert(table.column(column).type, cells)
        charset = self.charsets.get((table.name, column))
        return _cells.fold(out, charset) if charset else out

    # ------------------------------------------------------------------ set-up
    def begin(self, tables: Sequence[QualifiedName], *, truncate: bool) -> None:
        with translated(doing="preparing the session"):
            # Strict: a value the column cannot hold is an error, never a silent truncation; 0 is a
            # key like any other in an AUTO_INCREMENT column.
            query(self.conn, "SET SESSION sql_mode = TRIM(BOTH ',' FROM CONCAT_WS(',', @@sql_mode, "
                             "'STRICT_ALL_TABLES', 'NO_AUTO_VALUE_ON_ZERO', 'NO_ENGINE_SUBSTITUTION'))")
            query(self.conn, "SET SESSION unique_checks = 1, foreign_key_checks = 1")
        if truncate:
            self.empty(tables)

    def empty(self, tables: Sequence[QualifiedName]) -> None:
        """``--truncate`` inside the transaction (TRUNCATE would commit): DELETE with the FK checks
        off (the selection may hold a NOT NULL cycle), then refuse when a table outside it
        referenced a deleted row (seedbed never empties a table you did not select)."""
        from seedbed.engines.mysql.verify import fk_orphans

        with translated(doing="emptying the tables (--truncate)"):
            query(self.conn, "SET SESSION foreign_key_checks = 0")
            try:
                for name in tables:
                    query(self.conn, f"DELETE FROM {table_sql(name)}")
            finally:
                query(self.conn, "SET SESSION foreign_key_checks = 1")
            chosen = set(tables)
            for table in self.schema.tables:
                if table.name in chosen:
                    continue
                for fk in table.foreign_keys:
                    if fk.ref_table in chosen and fk_orphans(self.conn, table, fk)[0]:
                        raise LoadError(f"cannot truncate {fk.ref_table}: {table.name} references its rows ({fk.name})",
                                        subject=str(fk.ref_table),
                                        hint=f"add {table.name} to --tables so it is emptied too (seedbed never "
                                             f"truncates a table you did not select)")

    # ------------------------------------------------------------------ rows
    def encode(self, table: Table, chunk: Chunk) -> bytes:
        cols = list(chunk.columns)
        return _copy_text([self.cells(table, c, chunk.columns[c]) for c in cols])

    def encode_chunk(self, chunk: Chunk, key) -> Encoded:
        """``feed.encode_chunk`` of the chunk's cells as LOAD DATA reads them, rows in the order of
        the whole primary key (the chunk itself, whose cells the key pools share, is left as it is).

        InnoDB stores rows in primary-key order: inserts that only ever append fill each page
        and split it at its end, while a row that lands before its predecessor (an order's items
        in pick order) splits pages in half. Sorting on the whole key, not just its first column,
        took the bench's 1 M order_items from 28 s to about the ceiling's time.
        """
        table = self.schema.table(chunk.table)
        cells = {c: self.cells(table, c, v) for c, v in chunk.columns.items()}
        order = _key_order(cells, key) if len(key) > 1 and chunk.size > 1 else None
        if order is not None:
            cells = {c: [v[i] for i in order] for c, v in cells.items()}
            key = ()
        return encode_chunk(replace(chunk, columns=cells), key)

    def copy(self, chunk: Chunk, target: str | None = None) -> None:
        table = self.schema.table(chunk.table)
        self.load(table, list(chunk.columns), self.encode(table, chunk), chunk.size, target=target)

    def load(self, table: Table, columns: list[str], data: bytes, rows: int, *, target: str | None = None,
             extra: Sequence[str] = ()) -> None:
        """``rows`` rows of LOAD DATA text into the table (or the staging table ``target``)."""
        if not rows:
            return
        if self.local_infile:
            try:
                with _Source(data) as path:
                    loaded = self._execute_load(table, columns, path, target, extra)
                self._checked(table, *loaded, rows)
                return
            except pymysql.MySQLError as exc:
                if not (exc.args and exc.args[0] in _LOCAL_REFUSED):
                    raise from_pymysql(exc, table=table.name, doing="loading rows") from exc
                self._refused()
        self._insert(table, columns, data, target, extra)

    def load_table(self, table: Table, chunks: Iterable[Encoded], report: Callable[[int], None]) -> None:
        """Every chunk of ``table`` (``report(rows)`` after each): one LOAD DATA fed through a pipe
        (``seedbed.engines.mysql.stream``) where the platform and the server allow it, else one
        statement per chunk."""
        if self.local_infile and streamable() and self._local_allowed():
            try:
                load_stream(self, table, chunks, report)
            except pymysql.MySQLError as exc:
                raise from_pymysql(exc, table=table.name, doing="loading rows") from exc
            return
        for enc in chunks:
            self.load(table, list(enc.columns), enc.data, enc.rows)
            report(enc.rows)

    def _refused(self) -> None:
        self.local_infile = False
        self.notes.append("the server refuses LOAD DATA LOCAL INFILE (local_infile=OFF): rows were loaded "
                          "with multi-row INSERTs (slower); SET GLOBAL local_infile=1 to allow it")

    def _local_allowed(self) -> bool:
        """Whether the server takes LOAD DATA LOCAL, asked once with an empty file into a temporary
        table: a streamed statement cannot fall back to INSERTs for the chunks it consumed."""
        if self._probed:
            return self.local_infile
        self._probed = True
        probe = quote("_seedbed_probe")
        with translated(doing="checking that the server takes LOAD DATA LOCAL INFILE"):
            query(self.conn, f"CREATE TEMPORARY TABLE {probe} (x INT)")
            try:
                with _Source(b"") as path, self.conn.cursor() as cur:
                    cur.execute(f"LOAD DATA LOCAL INFILE %s INTO TABLE {probe}", (path,))
            except pymysql.MySQLError as exc:
                if not (exc.args and exc.args[0] in _LOCAL_REFUSED):
                    raise
                self._refused()
            finally:
                query(self.conn, f"DROP TEMPORARY TABLE {probe}")
        return self.local_infile

    def _execute_load(self, table: Table, columns: list[str], path: str, target: str | None = None,
                      extra: Sequence[str] = ()) -> tuple[int, int]:
        """One LOAD DATA LOCAL of the file ``path``: (rows the server reports, its warnings)."""
        cols, sets = _cells.load_target(table, columns)
        if extra:
            cols += ", " + columns_sql(extra)
        dest = target or table_sql(table.name)
        with self.conn.cursor() as cur:
            # The default FIELDS / LINES format is COPY text's (tab, backslash escapes, newline),
            # and unlike spelled-out '\t' literals it does not depend on NO_BACKSLASH_ESCAPES.
            rest = f"INTO TABLE {dest} CHARACTER SET utf8mb4 ({cols}){sets}".replace("%", "%%")  # %-formatted
            loaded = cur.execute("LOAD DATA LOCAL INFILE %s " + rest, (path,))
            return loaded, cur._result.warning_count if cur._result is not None else 0  # PyMySQL keeps it there

    def _checked(self, table: Table, loaded: int, warnings: int, rows: int) -> None:
        """LOAD DATA LOCAL turns row errors into warnings: any warning, or a row short, fails."""
        if warnings or loaded != rows:
            detail = query(self.conn, "SHOW WARNINGS LIMIT 3")
            why = "; ".join(f"{r[1]}: {r[2]}" for r in detail) or f"{loaded} of {rows} rows loaded"
            raise LoadError(f"{table.name}: the server refused generated rows: {why}", subject=str(table.name),
                            hint="nothing was committed: the database is as it was; if a trigger or a rule the "
                                 "schema does not declare rejects the rows, --exclude the table")

    def _insert(self, table: Table, columns: list[str], data: bytes, target: str | None,
                extra: Sequence[str]) -> None:
        names = list(columns) + list(extra)
        one = "(" + ", ".join([_cells.value_sql(table, c) for c in columns] + ["%s"] * len(extra)) + ")"
        dest = (target or table_sql(table.name)).replace("%", "%%")  # the statement is %-formatted
        lines = data.decode().split("\n")[:-1]
        rows = [[_cells.unescape(v) for v in line.split("\t")] for line in lines]
        with translated(table.name, "loading rows"), self.conn.cursor() as cur:
            for i in range(0, len(rows), INSERT_BATCH):
                batch = rows[i:i + INSERT_BATCH]
                cur.execute(f"INSERT INTO {dest} ({columns_sql(names).replace('%', '%%')}) VALUES "
                            + ", ".join([one] * len(batch)),
                            [v for r in batch for v in r])

    # ------------------------------------------------------------------ the CHECK oracle
    def stage(self, table: Table, columns: Sequence[str], tag: str) -> str:
        """A temporary table with the columns' types and no constraints (gone with the session)."""
        key = f"{table.name}:{tag}"
        if key in self._stages:
            query(self.conn, f"DELETE FROM {self._stages[key]}")
            return self._stages[key]
        stage = quote(f"_seedbed_{tag}_{len(self._stages)}")
        # Declared column by column, all nullable (CREATE ... SELECT would keep NOT NULL, and a
        # cycle's back-edge is still NULL when the oracle sees it); no ALTER: it would commit.
        defs = ", ".join(f"{quote(c)} {table.column(c).type.sql_name} NULL" for c in columns)
        with translated(table.name, "staging rows"):
            query(self.conn, f"CREATE TEMPORARY TABLE {stage} ({defs}, _seedbed_row INT)")
        self._stages[key] = stage
        return stage

    def clause(self, table: Table, check: Check) -> str:
        return self.server_checks.get((table.name.name, check.name)) or to_mysql(check.expression)

    def failing_rows(self, table: Table, chunk: Chunk, checks: Sequence[Check]) -> tuple[list[int], dict[str, str]]:
        """Rows of the chunk for which a residual CHECK is false, evaluated by the server."""
        cols = list(chunk.columns)
        stage = self.stage(table, cols, "oracle")
        data = _copy_text([self.cells(table, c, chunk.columns[c]) for c in cols]
                          + [[str(i) for i in range(chunk.size)]])
        self.load(table, cols, data, chunk.size, target=stage, extra=("_seedbed_row",))
        failing: set[int] = set()
        reasons: dict[str, str] = {}
        for check in checks:
            try:
                rows = query(self.conn, f"SELECT _seedbed_row FROM {stage} WHERE NOT ({self.clause(table, check)})")
            except pymysql.MySQLError as exc:
                reasons[check.name] = str(exc.args[-1])
                failing.update(range(chunk.size))
                continue
            if rows:
                reasons[check.name] = f"{len(rows)} of {chunk.size} candidate rows fail it"
                failing.update(r[0] for r in rows)
        return sorted(failing), reasons

    # ------------------------------------------------------------------ cycles
    def insert_all_at_once(self, chunks_by_table: dict[QualifiedName, list[Chunk]]) -> None:
        """A NOT NULL cycle: FOREIGN_KEY_CHECKS off for its rows only, then every FK of its tables
        checked by anti-join; an orphan fails the load (the caller rolls back)."""
        with translated(doing="turning FOREIGN_KEY_CHECKS off for a NOT NULL cycle"):
            query(self.conn, "SET SESSION foreign_key_checks = 0")
        try:
            for chunks in chunks_by_table.values():
                for chunk in chunks:
                    self.copy(chunk)
        finally:
            with translated(doing="turning FOREIGN_KEY_CHECKS back on"):
                query(self.conn, "SET SESSION foreign_key_checks = 1")
        from seedbed.engines.mysql.verify import fk_orphans

        for name in chunks_by_table:
            table = self.schema.table(name)
            for fk in table.foreign_keys:
                count, sample = fk_orphans(self.conn, table, fk)
                if count:
                    raise LoadError(f"{name}: {count} row(s) loaded with FOREIGN_KEY_CHECKS=0 break {fk.name} "
                                    f"({', '.join(fk.columns)} -> {fk.ref_table}), e.g. {', '.join(sample)}",
                                    subject=f"{name}.{fk.name}",
                                    hint="nothing was committed: the database is as it was; report this as a bug")

    def patch(self, table: Table, key: Sequence[str], chunk: Chunk, values: dict[str, list[str]]) -> None:
        """Fill back-edge FK columns loaded as NULL: one UPDATE joined to a staging table."""
        if not values:
            return
        fk_cols = list(values)
        cols = list(key) + fk_cols
        stage = self.stage(table, cols, "patch")
        data = {c: chunk.columns[c] for c in key} | values
        self.load(table, cols, _copy_text([self.cells(table, c, data[c]) for c in cols]),
                  chunk.size, target=stage)
        sets = ", ".join(f"t.{quote(c)} = s.{quote(c)}" for c in fk_cols)
        match = " AND ".join(f"t.{quote(c)} = s.{quote(c)}" for c in key)
        with translated(table.name, "filling the back-edge of a cycle"):
            query(self.conn, f"UPDATE {table_sql(table.name)} AS t JOIN {stage} AS s ON {match} SET {sets}")


def _key_order(cells: dict[str, list[str]], key) -> list[int] | None:
    """Row positions in the order of the whole key (integers numerically); None when some key
    cell is not a plain integer and text order would not be the server's."""
    arrays = []
    for column, integer in key:
        values = _int_cells(cells[column]) if integer else None
        if values is None:
            return None
        arrays.append(values)
    return np.lexsort(arrays[::-1]).tolist()


def narrow_charsets(conn: Any) -> dict[tuple[QualifiedName, str], str]:
    """(table, column) -> character set, for the text columns not stored as UTF-8."""
    from seedbed.engines.mysql.introspect import database_of

    with translated(doing="reading the columns' character sets"):
        db = database_of(conn)
        rows = query(conn, "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS "
                           "WHERE TABLE_SCHEMA = %s AND CHARACTER_SET_NAME IS NOT NULL "
                           "AND CHARACTER_SET_NAME NOT LIKE 'utf8%%'", (db,))
    return {(model_name(db, t, db), c): cs for t, c, cs in rows}


class _Source:
    """A name PyMySQL can open that reads ``data`` from memory: an anonymous memory file
    (``memfd_create``, opened again through /proc/self/fd), or, where there is none, a private
    temporary file removed afterwards. No thread: the driver reads it at its own pace."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._fd: int | None = None
        self._tmp: str | None = None

    def __enter__(self) -> str:
        if hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd"):
            try:
                fd = os.memfd_create("seedbed-load", os.MFD_CLOEXEC)
            except OSError:
                fd = None
            if fd is not None:
                self._fd = fd
                view = memoryview(self.data)
                while view:
                    view = view[os.write(fd, view):]
                return f"/proc/self/fd/{fd}"
        fd, self._tmp = tempfile.mkstemp(prefix="seedbed-", suffix=".tsv")
        with os.fdopen(fd, "wb") as fh:
            fh.write(self.data)
        return self._tmp

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)
        if self._tmp is not None:
            os.unlink(self._tmp)
