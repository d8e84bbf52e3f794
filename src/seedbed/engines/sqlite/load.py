"""Generate and load a plan into SQLite: ``executemany`` per chunk inside the caller's transaction.

Foreign keys are deferred for the whole load (``PRAGMA defer_foreign_keys = ON``; SQLite counts
violations and checks the count at COMMIT), so an FK cycle, NOT NULL edges included (sakila's
store <-> staff), goes in with every value set: the component is generated, its back-edges
filled from the parents' key pools, and each table inserted. When COMMIT is refused for them,
``PRAGMA foreign_key_check`` names the table and parent of the orphans (SQLite's own error names
neither) before the rollback.

The database is the oracle for what seedbed cannot build by construction: a table with CHECKs
or INSERT triggers goes in under a savepoint, and when SQLite rejects a row (a CHECK, a trigger's
``RAISE(ABORT, ...)``) the chunk is inserted row by row, the rejected rows are regenerated from
fresh streams (``Engine.regenerate``) and tried again, with a bounded budget; then the seed stops
(exit 4) naming the CHECK or the trigger and SQLite's message.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable

import numpy as np

from seedbed.engines.cells import Convert, Whole, column_decoder, iso_offset, to_cells
from seedbed.engines.sqlite.ahead import Ahead, pipelined
from seedbed.engines.sqlite.ddl import quote
from seedbed.engines.sqlite.introspect import SCHEMA
from seedbed.engines.sqlite.session import SQLiteConnection, from_sqlite, translated
from seedbed.rules import bind, rules_of
from seedbed.errors import LoadError, UnsatisfiableConstraint
from seedbed.generate.engine import Chunk, Engine
from seedbed.model import ColumnType, QualifiedName, Schema, Table, TypeKind
from seedbed.planning.model import Plan, TableState

Progress = Callable[[QualifiedName, int, int], None]

#: Rounds of regeneration for rows SQLite rejects.
BUDGET = 24
#: Page cache of the loading connection (KiB; SQLite's default is 2 MiB): inserting into large
#: indexes in key order other than the table's stays in memory instead of re-reading pages.
CACHE_KIB = 256 * 1024
#: Existing parent keys read back for FK picks in append mode (per referenced key).
EXISTING_KEYS_LIMIT = 1_000_000
#: SQLite keeps these as text (its date functions read ISO text; NUMERIC affinity parses decimals).
def clock_text(text: str) -> str:
    """A time or timestamp as SQLite keeps it: ISO text whose fraction has no trailing zeros
    (``10:00:00.500000`` -> ``10:00:00.5``, ``.000000`` dropped), so that comparing the texts (what
    a CHECK ``b >= a`` does in SQLite) orders them as the instants they are."""
    dot = text.find(".")
    if dot < 0:
        return text
    end = dot + 1
    while end < len(text) and text[end].isdigit():
        end += 1
    fraction = text[dot + 1:end].rstrip("0")
    return text[:dot] + ("." + fraction if fraction else "") + text[end:]


def _clock_column(cells: list[str]) -> list[str]:
    """``clock_text`` of a column; most have no fraction at all (one scan says so)."""
    return cells if "." not in "".join(cells) else [clock_text(c) for c in cells]


def _clock_tz_column(cells: list[str]) -> list[str]:
    """The same for timestamptz, its offset in ISO form. PostgreSQL's usual ``+00`` on every
    cell and no fraction: one replace over the joined column instead of a step per cell."""
    if not cells:
        return cells
    text = "\n".join(cells) + "\n"
    if "." not in text:
        if text.count("+00\n") == len(cells):
            return text.replace("+00\n", "+00:00\n").split("\n")[:-1]
        return [iso_offset(c) for c in cells]
    return [clock_text(iso_offset(c)) for c in cells]


def integer_affinity(ctype: ColumnType) -> bool:
    """Whether SQLite stores well-formed integer text given to this column as the integer (its
    type affinity rule 1: the declared type contains INT). It does so before CHECKs and triggers
    see the value, in STRICT tables and for a rowid alias too, so such cells are bound as the
    generator's text with no conversion in Python: the stored values are the same."""
    return "INT" in ctype.sql_name.upper()


OVERRIDES: dict[TypeKind, Convert | Whole | None] = {
    TypeKind.NUMERIC: None, TypeKind.MONEY: None, TypeKind.DATE: None, TypeKind.TIME: Whole(_clock_column),
    TypeKind.TIMESTAMP: Whole(_clock_column), TypeKind.TIMESTAMPTZ: Whole(_clock_tz_column),
    TypeKind.BOOL: lambda s: int(s in ("t", "true")),
}
_REJECTIONS = ("SQLITE_CONSTRAINT_CHECK", "SQLITE_CONSTRAINT_TRIGGER")
#: Kinds whose driver values JSON cannot carry exactly (bytes; a float SQLite would parse itself).
_NOT_JSON = frozenset({TypeKind.FLOAT, TypeKind.BYTEA})


def table_sql(name: QualifiedName) -> str:
    return f"{quote(name.schema)}.{quote(name.name)}"


class SQLiteSink:
    """Inserts chunks into the tables of ``schema`` over ``conn`` (inside an open transaction)."""

    def __init__(self, conn: SQLiteConnection, schema: Schema, engine: Engine) -> None:
        self.conn = conn
        self.schema = schema
        self.engine = engine
        self._decoders: dict[tuple[QualifiedName, str], Callable[[list[str]], list]] = {}
        #: Held while the engine makes or regenerates a chunk or records its keys (``ahead``).
        self.lock = threading.Lock()

    def rows(self, chunk: Chunk, positions: list[int] | None = None) -> list[tuple]:
        table = self.schema.table(chunk.table)
        cols = []
        for name, cells in chunk.columns.items():
            key = (chunk.table, name)
            if key not in self._decoders:
                ctype = table.column(name).type
                overrides = {**OVERRIDES, TypeKind.INTEGER: None} if integer_affinity(ctype) else OVERRIDES
                self._decoders[key] = column_decoder(ctype, overrides)
            part = cells if positions is None else [cells[p] for p in positions]
            cols.append(self._decoders[key](part))
        return list(zip(*cols, strict=True))

    @staticmethod
    def statement(table: QualifiedName, columns: list[str]) -> str:
        return (f"INSERT INTO {table_sql(table)} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})")

    def payload(self, chunk: Chunk) -> str | None:
        """The chunk's rows as one JSON array of arrays, for ``insert``'s single statement; None
        when a column's values are not all JSON strings, integers or nulls (``_NOT_JSON``)."""
        table = self.schema.table(chunk.table)
        if not chunk.size or any(table.column(c).type.kind in _NOT_JSON for c in chunk.columns):
            return None
        try:
            return json.dumps(self.rows(chunk), ensure_ascii=False, check_circular=False, separators=(",", ":"))
        except TypeError:
            return None

    @staticmethod
    def json_statement(table: QualifiedName, columns: list[str]) -> str:
        """INSERT of every row of a ``payload``: each JSON string arrives as the same text, each
        integer as the integer, each null as NULL (then the column's affinity applies as for a
        bound value), in the payload's order."""
        picks = ", ".join(f"value ->> {i}" for i in range(len(columns)))
        return (f"INSERT INTO {table_sql(table)} ({', '.join(quote(c) for c in columns)}) "
                f"SELECT {picks} FROM json_each(?)")

    def insert(self, chunk: Chunk, payload: str | None = None) -> None:
        """One chunk (one statement over its ``payload`` when given, else ``executemany``); the
        database as oracle for a table with CHECKs or INSERT triggers."""
        table = self.schema.table(chunk.table)
        if not chunk.size:
            return
        stmt = self.statement(chunk.table, list(chunk.columns))
        raw = self.conn.raw

        def run() -> None:
            if payload is None:
                raw.executemany(stmt, self.rows(chunk))
            else:
                raw.execute(self.json_statement(chunk.table, list(chunk.columns)), (payload,))

        if not (table.checks or table.insert_triggers):
            with translated(chunk.table, "loading rows"):
                run()
            return
        if rules_of(table) and self._rule_failures(table, chunk, list(range(chunk.size)))[0]:
            self._sift(table, chunk, stmt)  # a rule of the seed the file does not hold: SQLite cannot refuse it
            return
        raw.execute("SAVEPOINT seedbed_chunk")
        try:
            run()
        except sqlite3.IntegrityError as exc:
            if getattr(exc, "sqlite_errorname", "") not in _REJECTIONS:
                raise from_sqlite(exc, table=chunk.table, doing="loading rows") from exc
            raw.execute("ROLLBACK TO seedbed_chunk")
            raw.execute("RELEASE seedbed_chunk")
            self._sift(table, chunk, stmt)
            return
        except sqlite3.Error as exc:
            raise from_sqlite(exc, table=chunk.table, doing="loading rows") from exc
        raw.execute("RELEASE seedbed_chunk")

    def _sift(self, table: Table, chunk: Chunk, stmt: str) -> None:
        """Row by row: keep the accepted rows, remake the rejected ones, within the budget."""
        todo = list(range(chunk.size))
        last: sqlite3.Error | None = None
        for attempt in range(1, BUDGET + 2):
            failing, why = self._rule_failures(table, chunk, todo)
            rejected = [pos for pos in todo if pos in failing]
            last = why or last
            for pos, row in zip(todo, self.rows(chunk, todo), strict=True):
                if pos in failing:
                    continue
                try:
                    self.conn.raw.execute(stmt, row)
                except sqlite3.IntegrityError as exc:
                    if getattr(exc, "sqlite_errorname", "") not in _REJECTIONS:
                        raise from_sqlite(exc, table=chunk.table, doing="loading rows") from exc
                    rejected.append(pos)
                    last = exc
            if not rejected:
                return
            if attempt > BUDGET:
                break
            with self.lock:
                self.engine.regenerate(chunk, rejected, attempt, null_fks=attempt > BUDGET - 4)
            todo = rejected
        raise _refusal(table, last, len(todo))

    def _rule_failures(self, table: Table, chunk: Chunk, positions: list[int]) -> tuple[set[int], sqlite3.Error | None]:
        """Positions of the rows a rule of the seed (``seedbed.rules``) is false for, asked of SQLite on
        the candidate values (the file holds no such CHECK to refuse them); and an error naming it."""
        rules = rules_of(table)
        if not rules or not positions:
            return set(), None
        names = list(chunk.columns)
        payload = json.dumps([list(r) for r in self.rows(chunk, positions)], default=str)
        cells = {c: f"json_extract(j.value, '$[{i}]')" for i, c in enumerate(names)}
        failing: set[int] = set()
        why: sqlite3.Error | None = None
        for check in rules:
            with translated(chunk.table, f"checking {check.name}"):
                bad = [positions[k] for (k,) in self.conn.raw.execute(
                    f"SELECT j.key FROM json_each(?) AS j WHERE NOT ({bind(check.expression, cells)})", (payload,))]
            if bad:
                failing.update(bad)
                why = sqlite3.IntegrityError(f"CHECK constraint failed: {check.name}")
                why.sqlite_errorname = "SQLITE_CONSTRAINT_CHECK"
        return failing, why

    def delete_all(self, tables: list[QualifiedName], selected: set[QualifiedName]) -> None:
        """``--truncate``: empty the seeded tables and restart their AUTOINCREMENT counters; refused
        when a table outside the selection references one (a DELETE would cascade into it or
        leave it orphaned)."""
        for other in self.schema.tables:
            if other.name in selected:
                continue
            refs = [fk for fk in other.foreign_keys if fk.ref_table in selected]
            if refs and self.conn.raw.execute(f"SELECT 1 FROM {table_sql(other.name)} LIMIT 1").fetchone():
                raise LoadError(f"cannot truncate {refs[0].ref_table}: {other.name} references it and is not seeded",
                                subject=str(other.name),
                                hint="add it to --tables so it is emptied too "
                                     "(seedbed never empties a table you did not select)")
        with translated(doing="--truncate"):
            for name in tables:
                self.conn.raw.execute(f"DELETE FROM {table_sql(name)}")
            if _has_sequence_table(self.conn):
                self.conn.raw.executemany("DELETE FROM main.sqlite_sequence WHERE name = ?",
                                          [(n.name,) for n in tables])

    def advance_sequences(self, tables: list[QualifiedName]) -> None:
        """AUTOINCREMENT counters past the largest key now in the table (SQLite does it on insert;
        this makes it true whatever inserted the rows)."""
        if not _has_sequence_table(self.conn):
            return
        for name in tables:
            table = self.schema.table(name)
            for col in table.columns:
                if not col.identity:
                    continue
                with translated(name, "advancing its AUTOINCREMENT counter"):
                    (top,) = self.conn.raw.execute(f"SELECT max({quote(col.name)}) FROM {table_sql(name)}").fetchone()
                    if top is None:
                        continue
                    cur = self.conn.raw.execute("UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?",
                                                (top, name.name))
                    if not cur.rowcount:
                        self.conn.raw.execute("INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)",
                                              (name.name, top))

    def orphans(self) -> None:
        """After a COMMIT refused for deferred FKs (the transaction is still open): the table and
        parent of the orphans (SQLite's own error names neither)."""
        with translated(doing="finding the orphans COMMIT refused"):
            rows = self.conn.raw.execute("PRAGMA main.foreign_key_check").fetchall()
        if rows:
            child, _rowid, parent, _fk = rows[0]
            raise LoadError(f"{SCHEMA}.{child}: {len(rows)} row(s) reference no row of {parent} (FOREIGN KEY)",
                            subject=f"{SCHEMA}.{child}",
                            hint="an FK seedbed could not satisfy (a row a trigger ignored, or a parent "
                                 "emptied by --truncate); nothing was committed: the database is as it was")


def refused_commit(conn: SQLiteConnection, schema: Schema, exc: sqlite3.Error) -> None:
    """A COMMIT refused for deferred foreign keys: raise the error naming the orphans' table."""
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_FOREIGNKEY" and conn.raw.in_transaction:
        SQLiteSink(conn, schema, None).orphans()  # type: ignore[arg-type]


def _has_sequence_table(conn: SQLiteConnection) -> bool:
    return conn.raw.execute("SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'").fetchone() is not None


def _refusal(table: Table, exc: sqlite3.Error | None, rows: int) -> UnsatisfiableConstraint:
    """Exit 4 naming the CHECK or the triggers and SQLite's message."""
    message = str(exc) if exc else "rejected"
    if exc is not None and getattr(exc, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_CHECK":
        name = message.partition(": ")[2]  # SQLite names the CHECK, or quotes an unnamed one's text
        check = next((c for c in table.checks if c.name == name), None)
        what = f"CHECK {name}" + (f" ({check.expression})" if check else "")
        name = check.name if check else name
        subject = f"{table.name}.{name}"
    elif table.insert_triggers:
        what = "trigger " + ", ".join(t.name for t in table.insert_triggers)
        subject = f"{table.name}.{table.insert_triggers[0].name}"
    else:
        what, subject = "the database", str(table.name)
    return UnsatisfiableConstraint(
        f"{table.name}: {what} rejected {rows} generated row{'s' if rows != 1 else ''} after {BUDGET} attempts: "
        f"{message}", subject=subject,
        hint="the constraint may be unsatisfiable, or too narrow to hit by chance; express a trigger's rule as a "
             "CHECK or FK seedbed can read, relax it, or --exclude the table")


def read_state(conn: SQLiteConnection, schema: Schema, names) -> dict[QualifiedName, TableState]:
    """Existing rows and the maxima of integer keys (append mode continues after them; an
    AUTOINCREMENT key after its ``sqlite_sequence`` counter too, which deleted rows leave higher:
    AUTOINCREMENT promises never to hand out a key twice)."""
    out: dict[QualifiedName, TableState] = {}
    sequences = _has_sequence_table(conn)
    for name in names:
        table = schema.table(name)
        pk = table.primary_key.columns if table.primary_key else ()
        ints = [c.name for c in table.columns if c.type.kind is TypeKind.INTEGER and (c.identity or c.name in pk)]
        exprs = ["count(*)"] + [f"max({quote(c)})" for c in ints]
        with translated(name, "counting its existing rows"):
            row = conn.raw.execute(f"SELECT {', '.join(exprs)} FROM {table_sql(name)}").fetchone()
            seq = conn.raw.execute("SELECT seq FROM main.sqlite_sequence WHERE name = ?", (name.name,)).fetchone() \
                if sequences and any(table.column(c).identity for c in ints) else None
        tops = {c: int(v) for c, v in zip(ints, row[1:], strict=True) if isinstance(v, int | float)}
        for c in ints:
            if seq and table.column(c).identity:
                tops[c] = max(tops.get(c, 0), int(seq[0]))
        out[name] = TableState(rows=row[0], max_values=tops)
    return out


def existing_keys_reader(conn: SQLiteConnection, schema: Schema, state: dict[QualifiedName, TableState],
                         truncate: set[QualifiedName]):
    def read(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        st = state.get(table)
        if table in truncate or st is None or st.rows == 0:
            return []
        cols = ", ".join(quote(c) for c in columns)
        where = " AND ".join(f"{quote(c)} IS NOT NULL" for c in columns)
        with translated(table, "reading its existing keys"):
            rows = conn.raw.execute(f"SELECT {cols} FROM {table_sql(table)} WHERE {where} ORDER BY {cols} "
                                    f"LIMIT {EXISTING_KEYS_LIMIT}").fetchall()
        t = schema.table(table)
        return [np.array(to_cells(t.column(c).type, [r[i] for r in rows]), dtype=object)
                for i, c in enumerate(columns)]
    return read


def load(conn: SQLiteConnection, schema: Schema, plan: Plan, *, progress: Progress | None = None) -> list[str]:
    """Generate and insert every table of the plan on ``conn`` (the caller commits or rolls back)."""
    from seedbed.engines.loading import referenced_parents

    raw = conn.raw
    raw.execute("PRAGMA defer_foreign_keys = ON")
    raw.execute(f"PRAGMA cache_size = {-CACHE_KIB}")  # this connection only: the file is not changed
    tables = list(plan.tables)
    truncate = set(tables) if plan.truncate else set()
    state = {n: TableState(rows=t.offset) for n, t in plan.tables.items()}
    parents = read_state(conn, schema, referenced_parents(plan))
    engine = Engine(schema, plan, existing_keys=existing_keys_reader(conn, schema, {**parents, **state}, truncate))
    sink = SQLiteSink(conn, schema, engine)
    if plan.truncate and tables:
        sink.delete_all(tables, set(tables))

    def report(name: QualifiedName, done: int) -> None:
        if progress:
            progress(name, done, plan.tables[name].rows)

    for comp in plan.components:
        if not comp.is_cycle:
            name = comp.tables[0]
            done = 0
            if pipelined(engine, name):
                with Ahead(engine, name, sink.lock, sink.payload) as ahead:
                    for chunk, payload in ahead:
                        sink.insert(chunk, payload)
                        ahead.loaded(chunk)
                        done += chunk.size
                        report(name, done)
            else:
                for chunk in engine.chunks(name):
                    sink.insert(chunk)
                    done += chunk.size
                    report(name, done)
            report(name, done)
            continue
        # A cycle: FKs are deferred, so every back-edge gets its value in the same INSERT.
        chunks = {name: list(engine.chunks(name)) for name in comp.tables}
        for name, cs in chunks.items():
            fks = plan.tables[name].fks
            for chunk in cs:
                values = engine.resolve_pending(chunk)
                for fk in fks:
                    if fk.name in chunk.pending:
                        chunk.columns.update({c: values[c] for c in fk.columns})
        for name, cs in chunks.items():
            for chunk in cs:
                sink.insert(chunk)
            report(name, sum(c.size for c in cs))
    sink.advance_sequences(tables)
    return []
