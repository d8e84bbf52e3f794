"""Load chunks into PostgreSQL: COPY, cycles (NULL-then-UPDATE, writable CTE), the CHECK oracle.

Everything runs on one connection inside the caller's transaction: a failure anywhere leaves
the database as it was. Every identifier goes through ``psycopg.sql.Identifier``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import psycopg
from psycopg import sql

from seedbed.engines.cells import copy_text
from seedbed.engines.postgres.errors import from_psycopg, translated
from seedbed.errors import DatabaseError, LoadError
from seedbed.generate.engine import Chunk
from seedbed.model import Check, Identity, QualifiedName, Schema, Table


def ident(name: QualifiedName) -> sql.Identifier:
    return sql.Identifier(name.schema, name.name)


def own_rows(name: QualifiedName, *, partitioned: bool) -> sql.Composable:
    """The table in a FROM or TRUNCATE: ``ONLY`` it (an inheritance parent's own rows, not its
    children's), unless partitioned (a partitioned table's rows are its partitions')."""
    return ident(name) if partitioned else sql.SQL("ONLY {}").format(ident(name))


def columns_sql(cols: Iterable[str]) -> sql.Composed:
    return sql.SQL(", ").join(sql.Identifier(c) for c in cols)


def describe(exc: psycopg.Error, table: QualifiedName) -> DatabaseError:
    """The coded error naming the table, column and constraint the database complained about
    (``seedbed.engines.postgres.errors``: the hint fits the SQLSTATE class)."""
    return from_psycopg(exc, table=table, doing="loading rows")


class PostgresSink:
    """Writes into the tables of ``schema`` over ``conn`` (inside an open transaction)."""

    def __init__(self, conn: psycopg.Connection, schema: Schema) -> None:
        self.conn = conn
        self.schema = schema
        self._stages: dict[tuple[QualifiedName, str], sql.Identifier] = {}

    # ------------------------------------------------------------------ set-up
    def begin(self, tables: Sequence[QualifiedName], *, truncate: bool) -> None:
        self.conn.execute("SET CONSTRAINTS ALL DEFERRED")
        self.search_own_schemas(tables)
        if truncate and tables:
            try:
                with self.conn.transaction():
                    # ONLY: an inheritance parent's children are tables of their own (not selected:
                    # not emptied); a partitioned table is emptied with its partitions.
                    self.conn.execute(sql.SQL("TRUNCATE {} RESTART IDENTITY").format(sql.SQL(", ").join(
                        own_rows(t, partitioned=bool(self.schema.table(t).partition_key)) for t in tables)))
            except psycopg.errors.FeatureNotSupported as exc:
                raise LoadError(f"cannot truncate: {exc.diag.message_primary}",
                                hint="another table references these; add it to --tables so it is emptied too "
                                     "(seedbed never truncates a table you did not select)") from exc
            except psycopg.Error as exc:
                raise from_psycopg(exc, table=None if len(tables) > 1 else tables[0], doing="--truncate") from exc

    def search_own_schemas(self, tables: Sequence[QualifiedName]) -> None:
        """Append the seeded tables' schemas to this transaction's ``search_path``.

        A schema written under ``SET search_path = fleet`` holds functions that name its types and tables
        unqualified (a generated column's ``required_class()`` returning ``license_class``); loaded over a
        connection with the default path they fail (``type "license_class" does not exist``, SB300). Appended
        after the session's own path, no name that resolved before resolves differently.
        """
        schemas = sorted({t.schema for t in tables} - {"pg_catalog"})
        if schemas:
            self.conn.execute(
                "SELECT set_config('search_path', concat_ws(', ', nullif(current_setting('search_path'), ''),"
                " (SELECT string_agg(quote_ident(s), ', ') FROM unnest(%s::text[]) AS s)), true)", (schemas,))

    # ------------------------------------------------------------------ COPY
    def copy(self, chunk: Chunk, target: QualifiedName | sql.Identifier | None = None) -> None:
        name = target if target is not None else chunk.table
        dest = ident(name) if isinstance(name, QualifiedName) else name
        cols = list(chunk.columns)
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(dest, columns_sql(cols))
        try:
            with self.conn.transaction(), self.conn.cursor() as cur, cur.copy(stmt) as cp:
                cp.write(copy_text([chunk.columns[c] for c in cols]))
        except psycopg.Error as exc:
            raise describe(exc, chunk.table) from exc

    def copy_stream(self, table: QualifiedName, columns: Sequence[str], parts: Iterable[bytes]) -> None:
        """One COPY statement from pieces of COPY text, written as they come.

        The loader calls it per chunk while the next chunks are generated on another thread
        (``seedbed.generate.feed``). No savepoint: a failure propagates and the caller rolls back.
        """
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(ident(table), columns_sql(columns))
        try:
            with self.conn.cursor() as cur, cur.copy(stmt) as cp:
                for data in parts:
                    cp.write(data)
        except psycopg.Error as exc:
            raise describe(exc, table) from exc

    # ------------------------------------------------------------------ staging
    def stage(self, table: Table, columns: Sequence[str], tag: str, *, row_number: bool = False) -> sql.Identifier:
        """A temporary table with the columns' types and no constraints (dropped at commit)."""
        key = (table.name, tag)
        if key in self._stages:
            self.conn.execute(sql.SQL("TRUNCATE {}").format(self._stages[key]))
            return self._stages[key]
        stage = sql.Identifier(f"_seedbed_{tag}_{len(self._stages)}")
        self.conn.execute(sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
            stage, columns_sql(columns), ident(table.name)))
        if row_number:
            self.conn.execute(sql.SQL("ALTER TABLE {} ADD COLUMN _seedbed_row int").format(stage))
        self._stages[key] = stage
        return stage

    def failing_rows(self, table: Table, chunk: Chunk, checks: Sequence[Check]) -> tuple[list[int], dict[str, str]]:
        """Rows of the chunk for which a residual CHECK is false, evaluated by Postgres.

        Returns the positions and, per failing check, a reason (the database's error when the
        expression itself cannot be evaluated on the candidate values).
        """
        cols = list(chunk.columns)
        stage = self.stage(table, cols, "oracle", row_number=True)
        rownums = [str(i) for i in range(chunk.size)]
        with self.conn.cursor() as cur, cur.copy(sql.SQL("COPY {} ({}, _seedbed_row) FROM STDIN").format(
                stage, columns_sql(cols))) as cp:
            cp.write(copy_text([chunk.columns[c] for c in cols] + [rownums]))
        failing: set[int] = set()
        reasons: dict[str, str] = {}
        for check in checks:
            query = sql.SQL("SELECT _seedbed_row FROM {} WHERE ({}) IS FALSE").format(stage, sql.SQL(check.expression))
            try:
                with self.conn.transaction():
                    rows = self.conn.execute(query).fetchall()
            except psycopg.Error as exc:
                reasons[check.name] = exc.diag.message_primary or str(exc)
                failing.update(range(chunk.size))
                continue
            if rows:
                reasons[check.name] = f"{len(rows)} of {chunk.size} candidate rows fail it"
                failing.update(r[0] for r in rows)
        return sorted(failing), reasons

    # ------------------------------------------------------------------ cycles
    def insert_all_at_once(self, chunks_by_table: dict[QualifiedName, list[Chunk]]) -> None:
        """Load a NOT NULL cycle: stage every table, then one writable-CTE INSERT statement.

        Postgres checks immediate FKs at the end of the statement, when every row exists.
        """
        parts = []
        for i, (name, chunks) in enumerate(chunks_by_table.items()):
            if not chunks:
                continue
            table = self.schema.table(name)
            cols = list(chunks[0].columns)
            stage = self.stage(table, cols, "cycle")
            for chunk in chunks:
                self.copy(chunk, target=stage)
            overriding = any(table.column(c).identity is Identity.ALWAYS for c in cols)
            parts.append(sql.SQL("{} AS (INSERT INTO {} ({}) {}SELECT {} FROM {})").format(
                sql.Identifier(f"ins{i}"), ident(name), columns_sql(cols),
                sql.SQL("OVERRIDING SYSTEM VALUE " if overriding else ""), columns_sql(cols), stage))
        if not parts:
            return
        stmt = sql.SQL("WITH {} SELECT 1").format(sql.SQL(", ").join(parts))
        try:
            with self.conn.transaction():
                self.conn.execute(stmt)
        except psycopg.Error as exc:
            raise describe(exc, next(iter(chunks_by_table))) from exc

    def patch(self, table: Table, key: Sequence[str], chunk: Chunk, values: dict[str, list[str]]) -> None:
        """Fill back-edge FK columns loaded as NULL: one set-based UPDATE from a staging table."""
        if not values:
            return
        fk_cols = list(values)
        cols = list(key) + fk_cols
        stage = self.stage(table, cols, "patch")
        data = {c: chunk.columns[c] for c in key} | values
        with self.conn.cursor() as cur, cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
                stage, columns_sql(cols))) as cp:
            cp.write(copy_text([data[c] for c in cols]))
        stmt = sql.SQL("UPDATE {t} AS t SET ({fk}) = ({src}) FROM {s} AS s WHERE {match}").format(
            t=ident(table.name), fk=columns_sql(fk_cols),
            src=sql.SQL(", ").join(sql.SQL("s.{}").format(sql.Identifier(c)) for c in fk_cols) if len(fk_cols) > 1
            else sql.SQL("ROW(s.{})").format(sql.Identifier(fk_cols[0])),
            s=stage,
            match=sql.SQL(" AND ").join(sql.SQL("t.{c} = s.{c}").format(c=sql.Identifier(c)) for c in key))
        try:
            with self.conn.transaction():
                self.conn.execute(stmt)
        except psycopg.Error as exc:
            raise describe(exc, table.name) from exc

    # ------------------------------------------------------------------ after
    def advance_sequences(self, tables: Iterable[QualifiedName]) -> int:
        """Move every owned sequence past the largest value now in its column."""
        moved = 0
        for name in tables:
            table = self.schema.table(name)
            for col in table.columns:
                if col.sequence is None:
                    continue
                seq = ident(col.sequence)
                stmt = sql.SQL(
                    "SELECT setval({seqname}::regclass, m) FROM (SELECT max({c})::bigint AS m FROM {t}) AS s "
                    "WHERE m IS NOT NULL AND m >= (SELECT last_value FROM {seq})").format(
                    seqname=sql.Literal(seq.as_string(self.conn)), c=sql.Identifier(col.name), t=ident(name), seq=seq)
                with translated(name, f"advancing the sequence {col.sequence}"):
                    if self.conn.execute(stmt).fetchone():
                        moved += 1
        return moved
