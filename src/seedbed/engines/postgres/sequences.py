"""Put sequences back when a seed does not commit.

``setval`` and ``nextval`` are not transactional: a seed that advanced its tables' sequences and
then failed (a deferred trigger refusing the rows at COMMIT, a lost connection, Ctrl-C) would
leave them advanced although every row was rolled back. The guard records each sequence's
``last_value`` / ``is_called`` in the seed's transaction before anything is loaded, and after a
failure sets it back — never below the largest value now in a column it feeds, so rows another
session committed meanwhile keep their keys free (README "How it works", "Safe").

Why record-and-restore rather than ``setval`` after a successful COMMIT: the advance belongs in
the seed's transaction (its deferred triggers and the verification may insert through the
sequences, and a crash right after COMMIT must not leave the next ``nextval`` colliding with
seeded keys); only the failure path needs undoing.
"""

from __future__ import annotations

from collections.abc import Sequence

import psycopg
from psycopg import sql

from seedbed.model import QualifiedName, Schema


def _ident(name: QualifiedName) -> sql.Identifier:
    return sql.Identifier(name.schema, name.name)


def read_sequences(conn: psycopg.Connection, names: Sequence[QualifiedName] | None = None
                   ) -> dict[QualifiedName, tuple[int, bool]]:
    """(last_value, is_called) of the readable sequences (all, or ``names``): one query
    (``pg_sequences``), plus one per sequence not yet called (there ``last_value`` is NULL: the
    relation says where the next ``nextval`` starts)."""
    rows = conn.execute("""
        SELECT schemaname, sequencename, last_value FROM pg_sequences
        WHERE has_sequence_privilege(format('%%I.%%I', schemaname, sequencename), 'SELECT')
          AND (%(all)s OR (schemaname, sequencename) IN (SELECT * FROM unnest(%(s)s::text[], %(n)s::text[])))
        ORDER BY 1, 2""", {"all": names is None, "s": [n.schema for n in names or ()],
                           "n": [n.name for n in names or ()]}).fetchall()
    out = {}
    for sch, name, last in rows:
        qn = QualifiedName(schema=sch, name=name)
        if last is not None:
            out[qn] = (last, True)
        else:
            row = conn.execute(sql.SQL("SELECT last_value, is_called FROM {}").format(_ident(qn))).fetchone()
            out[qn] = (row[0], row[1])
    return out


class SequenceGuard:
    """The sequences feeding the columns of ``tables``, recorded before and restored after a failure."""

    def __init__(self, schema: Schema, tables: Sequence[QualifiedName]) -> None:
        self.columns: dict[QualifiedName, list[tuple[QualifiedName, str]]] = {}
        for name in tables:
            for col in schema.table(name).columns:
                if col.sequence is not None:
                    self.columns.setdefault(col.sequence, []).append((name, col.name))
        self.before: dict[QualifiedName, tuple[int, bool]] = {}

    def record(self, conn: psycopg.Connection) -> None:
        """Each sequence's value now (in the seed's transaction; one it cannot read is skipped:
        then seeding cannot setval it either)."""
        if self.columns:
            self.before = read_sequences(conn, list(self.columns))

    def restore(self, conn: psycopg.Connection, dsn: str | None) -> str | None:
        """Set every moved sequence back, on ``conn`` when it still answers, else on a new
        connection. Returns what could not be done (for the error's hint), or None."""
        if not self.before:
            return None
        try:
            if conn.closed or conn.broken:
                raise psycopg.OperationalError("the seed's connection is gone")
            conn.rollback()
            return self._restore(conn)
        except psycopg.Error:
            pass
        try:
            from seedbed.service import resolve_dsn

            with psycopg.connect(resolve_dsn(dsn), autocommit=False, connect_timeout=10) as fresh:
                return self._restore(fresh)
        except psycopg.Error as exc:
            names = ", ".join(str(s) for s in self.before)
            return (f"the sequences {names} may stay advanced (cannot reconnect to restore them: "
                    f"{str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__})")

    def _restore(self, conn: psycopg.Connection) -> str | None:
        failed = []
        for seq, (value, called) in self.before.items():
            used = [sql.SQL("(SELECT max({})::bigint FROM {})").format(sql.Identifier(c), _ident(t))
                    for t, c in self.columns[seq]]
            # Back to the recorded value, unless rows committed meanwhile need it further on.
            stmt = sql.SQL("""
                SELECT CASE WHEN m IS NOT NULL AND m >= {v} THEN setval({s}::regclass, m, true)
                            ELSE setval({s}::regclass, {v}, {c}) END
                FROM (SELECT GREATEST({used}) AS m) AS x, {seq} AS q
                WHERE q.last_value IS DISTINCT FROM {v} OR q.is_called IS DISTINCT FROM {c}""").format(
                v=sql.Literal(value), c=sql.Literal(called), s=sql.Literal(_ident(seq).as_string(conn)),
                used=sql.SQL(", ").join(used), seq=_ident(seq))
            try:
                with conn.transaction():
                    conn.execute(stmt)
            except psycopg.Error as exc:
                failed.append(f"{seq} ({exc.diag.message_primary or exc})")
        conn.commit()
        return f"could not restore the sequences {', '.join(failed)}" if failed else None


class LiveSequences:
    """Every sequence of a live database, for loading a DDL file into it and rolling back
    (``seedbed generate x.sql --dsn``): a ``setval`` or ``nextval`` in the DDL on a sequence that
    already existed survives the rollback; :meth:`restore` puts it back.

    Compare-and-set: a sequence is set back only while it still holds the value the DDL left, so a
    concurrent session's ``nextval`` meanwhile is never undone.
    """

    def __init__(self, conn: psycopg.Connection) -> None:
        self.before = read_sequences(conn)
        self.after: dict[QualifiedName, tuple[int, bool]] | None = None

    def loaded(self, conn: psycopg.Connection) -> None:
        """Note the values the DDL left (call right after it ran, inside its transaction)."""
        self.after = {k: v for k, v in read_sequences(conn).items() if k in self.before}

    def restore(self, conn: psycopg.Connection) -> list[str]:
        """After the rollback: set back what the DDL moved. Returns notes on what was left alone."""
        conn.rollback()
        now = {k: v for k, v in read_sequences(conn).items() if k in self.before}
        left = self.after if self.after is not None else now
        notes = []
        for seq, value in self.before.items():
            if left.get(seq, value) == value or seq not in now:
                continue
            moved = left[seq]
            row = conn.execute(sql.SQL(
                "SELECT setval({s}::regclass, {v}, {c}) FROM {seq} WHERE last_value = {mv} AND is_called = {mc}").format(
                s=sql.Literal(_ident(seq).as_string(conn)), v=sql.Literal(value[0]), c=sql.Literal(value[1]),
                seq=_ident(seq), mv=sql.Literal(moved[0]), mc=sql.Literal(moved[1]))).fetchone()
            if row is None:
                notes.append(f"the DDL moved the sequence {seq}, and another session used it since: left as it is")
        conn.commit()
        return notes
