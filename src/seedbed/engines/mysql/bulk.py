"""MariaDB's bulk insert into empty tables, and the proof that replaces the checks it skips (issue 14).

When one statement inserts into a table that is empty, in a transaction, with ``unique_checks=0``
and ``foreign_key_checks=0``, MariaDB (10.6+) locks and undo-logs the table as a whole and builds
its indexes by sorting the rows instead of inserting them one by one (MDEV-515, MDEV-24621). On
the bench workload (1.41 M rows, one LOAD DATA per table, quiet machine) that took 4.0 s against
9.5 s for the same statements with the checks on.

What the two settings skip, seedbed proves before anything else happens (like the anti-join
check of a NOT NULL cycle, ``MySQLSink.insert_all_at_once``), right after each table's load
(``Proof``): every unique secondary key of the table is grouped under its own collation (a
prefix index on its prefix) and may hold no duplicate (the primary key is checked whatever
``unique_checks`` says: the setting covers secondary indexes only); every foreign key is proven
by range where it can (a one-column integer key onto a unique parent key without gaps: the
child's minimum and maximum inside the parent's range, whose count is read once right after
the parent's load) and by anti-join otherwise. A single orphan or duplicate fails the load and
the caller rolls back: the database is as it was. MariaDB also reports duplicates it meets
while sorting (a warning or an error, which fail the load as any).

Where it is used (``eligible``): MariaDB at a version ``mariadb-import`` itself trusts with bulk
load (MDEV-34703: 10.11.11+, 11.4.5+, 11.7.2+), tables empty before the seed (not appended to, not
emptied by ``--truncate`` in the same transaction) whose parents are such tables too,
transactional, with no INSERT trigger (a trigger's own writes would run with the checks off,
unproven). MySQL has no such path (its
``unique_checks=0`` only defers secondary-index work to the change buffer), so it loads with
the checks on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pymysql

from seedbed.engines.mysql.errors import translated
from seedbed.engines.mysql.session import DEFAULT, query, quote, table_sql
from seedbed.errors import LoadError
from seedbed.model import Column, ForeignKey, QualifiedName, Schema, Table

_SET = "SET SESSION unique_checks = {0:d}, foreign_key_checks = {0:d}"
_UNCHANGED = "nothing was committed: the database is as it was; report this as a bug"


def trusted_version(version: str) -> bool:
    """Whether a server version string is a MariaDB whose bulk load ``mariadb-import`` enables."""
    if "mariadb" not in version.lower():
        return False
    match = re.match(r"(?:5\.5\.5-)?(\d+)\.(\d+)\.(\d+)", version)  # old clients see a 5.5.5- prefix
    if not match:
        return False
    v = tuple(int(x) for x in match.groups())
    return v >= (11, 7, 2) or (11, 4, 5) <= v < (11, 5, 0) or (10, 11, 11) <= v < (10, 12, 0)


def eligible(conn: Any, schema: Schema, names: Iterable[QualifiedName], *, empty: set[QualifiedName],
             loose: set[str], triggered: set[str]) -> set[QualifiedName]:
    """The tables of ``names`` to load with the checks off (module docstring); none when the
    server is not a trusted MariaDB. Every parent of such a table is a table of ``empty`` too:
    its rows are all this seed's, invisible to other sessions until the commit, so none can be
    deleted between the proof and the commit (the proof's reads are not locking reads)."""
    if not trusted_version(conn.get_server_info()):
        return set()
    return {n for n in names if n in empty and n.schema == DEFAULT and str(n) not in loose
            and n.name not in triggered and all(fk.ref_table in empty for fk in schema.table(n).foreign_keys)}


@contextmanager
def relaxed(conn: Any) -> Iterator[None]:
    """``unique_checks`` and ``foreign_key_checks`` off for the statements inside (the caller
    proves what they skipped with ``Proof``)."""
    with translated(doing="turning UNIQUE_CHECKS and FOREIGN_KEY_CHECKS off for a bulk load"):
        query(conn, _SET.format(0))
    try:
        yield
    except BaseException:
        try:  # the session may be unusable now: the error that got here is the one to report
            query(conn, _SET.format(1))
        except pymysql.MySQLError:
            pass
        raise
    with translated(doing="turning UNIQUE_CHECKS and FOREIGN_KEY_CHECKS back on"):
        query(conn, _SET.format(1))


class Proof:
    """Proves each table loaded with the checks off right after its load (``table``), while its
    pages are still in the buffer pool: its unique secondary keys, then its foreign keys.

    Unique keys come first: the range proof of a foreign key counts on its parent's key being
    unique. The range of a parent key (min, max, count) is read right after the parent's own
    load and kept: the parent's rows are this seed's and do not change before the commit.
    """

    def __init__(self, conn: Any, schema: Schema, tables: Iterable[QualifiedName]) -> None:
        self.conn = conn
        self.schema = schema
        self._ranges: dict[tuple[QualifiedName, str], tuple[Any, Any, int]] = {}
        # the parent keys a range proof will ask about
        self._wanted = {(fk.ref_table, fk.ref_columns[0]) for n in tables for fk in schema.table(n).foreign_keys
                        if _rangeable(schema, schema.table(n), fk)}

    def table(self, name: QualifiedName) -> None:
        """Fail (``LoadError``) when ``name`` has two rows equal on a unique secondary key, or a
        row whose foreign key matches no parent: what the relaxed checks did not look at."""
        from seedbed.engines.mysql.verify import duplicates, fk_orphans

        table = self.schema.table(name)
        for key in table.uniques:  # the primary key is checked whatever unique_checks says
            with translated(name, f"checking unique key {key.name} after a bulk load"):
                count, sample = duplicates(self.conn, table, key)
            if count:
                raise LoadError(f"{name}: {count} duplicate row(s) on {key.name} loaded with UNIQUE_CHECKS=0, "
                                f"e.g. {sample}", subject=f"{name}.{key.name}", hint=_UNCHANGED)
        for column in {c for t, c in self._wanted if t == name}:
            with translated(name, f"reading the range of {column}"):
                self._range(name, column)
        for fk in table.foreign_keys:
            with translated(name, f"checking {fk.name} after a bulk load"):
                if self._covered(table, fk):
                    continue
                count, sample = fk_orphans(self.conn, table, fk)
            if count:
                raise LoadError(f"{name}: {count} row(s) loaded with FOREIGN_KEY_CHECKS=0 break {fk.name} "
                                f"({', '.join(fk.columns)} -> {fk.ref_table}), e.g. {', '.join(sample)}",
                                subject=f"{name}.{fk.name}", hint=_UNCHANGED)

    def _range(self, name: QualifiedName, column: str) -> tuple[Any, Any, int]:
        if (name, column) not in self._ranges:
            col = quote(column)
            low, high, count = query(self.conn, f"SELECT MIN({col}), MAX({col}), COUNT({col}) "
                                                f"FROM {table_sql(name)}")[0]
            self._ranges[name, column] = (low, high, int(count))
        return self._ranges[name, column]

    def _covered(self, table: Table, fk: ForeignKey) -> bool:
        """True when the parent's keys are proven to hold every value of the child's column: a
        one-column integer FK onto a unique key whose values fill [min, max] without a gap (a
        unique column with max - min + 1 values does), and the child's values lie in that
        range: index reads instead of one parent lookup per child row. False: no proof."""
        if not _rangeable(self.schema, table, fk):
            return False
        col = quote(fk.columns[0])
        first, last = query(self.conn, f"SELECT MIN({col}), MAX({col}) FROM {table_sql(table.name)}")[0]
        if first is None:
            return True  # every row's key is NULL: nothing to reference
        low, high, count = self._range(fk.ref_table, fk.ref_columns[0])
        return low is not None and int(high) - int(low) + 1 == count and int(low) <= int(first) \
            and int(last) <= int(high)


def _rangeable(schema: Schema, table: Table, fk: ForeignKey) -> bool:
    """A one-column integer FK onto a column that is a unique key of its own."""
    if len(fk.columns) != 1:
        return False
    parent = schema.table(fk.ref_table)
    return _integer(table.column(fk.columns[0])) and _integer(parent.column(fk.ref_columns[0])) and any(
        k.columns == fk.ref_columns and not k.expressions and not k.predicate for k in parent.unique_keys)


def _integer(column: Column) -> bool:
    return column.type.kind == "integer" and not column.type.is_array
