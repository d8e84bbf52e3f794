"""Independent SQL checks after a load: every constraint of the model, asked of the data.

``verify`` does not trust the loader: it re-checks each foreign key (anti-join), CHECK, domain
CHECK, UNIQUE key (primary keys and unique indexes too), NOT NULL, and optionally emptiness and
expected row counts, one set-based statement per constraint (one per table for NOT NULL and the
row count). It collects every problem instead of stopping at the first, and raises only when the
database itself fails (``seedbed.errors.DatabaseError``).

All checks run in one read-only REPEATABLE READ transaction, so they see one snapshot. Called
inside a transaction the caller already opened (to verify a load before committing it), they run
in a savepoint of that transaction instead, at its isolation level, and the savepoint is rolled
back.

Semantics follow PostgreSQL's:

* FK, MATCH SIMPLE: a row with a NULL in any FK column is not checked. MATCH FULL: a row whose FK
  columns are all NULL is not checked; one with some but not all NULL is a problem.
* CHECK and domain CHECK: a row fails when the expression is *false* (NULL passes).
* UNIQUE: rows with a NULL in the key are distinct unless ``NULLS NOT DISTINCT``; a partial index
  only covers rows matching its predicate; an expression index is checked on its expressions.
  ``Problem.count`` is the number of surplus rows (rows beyond the first for each duplicated key).
* Inheritance: constraints are checked on each table's ``ONLY`` rows (as PostgreSQL enforces
  them); a partitioned table is checked across all its partitions.
* Polymorphic references (``commentable_type`` + ``commentable_id``): an id must exist in the
  table its type value names (``seedbed.engines.postgres.polymorphic_check``).
* EXCLUDE: two rows conflict when every element's operator is true between them (a self-join
  with the constraint's own operators, on the rows its predicate covers; NULLs never conflict).
  ``Problem.count`` is the number of conflicting pairs.

Identifiers always go through ``psycopg.sql.Identifier``. CHECK, predicate and index expressions
are trusted SQL text that PostgreSQL itself deparsed (``pg_get_constraintdef``,
``pg_get_expr``, ``pg_get_indexdef``) and are inserted with ``sql.SQL``.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql
from psycopg.pq import TransactionStatus

from seedbed.engines.postgres.exclusion_check import exclusion_pairs
from seedbed.engines.postgres.polymorphic_check import polymorphic_orphans
from seedbed.errors import DatabaseError, UnknownTableError
from seedbed.model.schema import Column, Exclusion, ForeignKey, QualifiedName, Schema, Table, TypeKind, UniqueKey
from seedbed.verify import KINDS, SAMPLE_SIZE, Problem, VerifyReport, selected_tables

__all__ = ["KINDS", "Problem", "VerifyReport", "verify", "replace_value"]

_PLACEHOLDER = "seedbed_value_placeholder__"


def verify(conn: psycopg.Connection, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
           expect_rows: Mapping[QualifiedName, int] | None = None,
           require_nonempty: bool = False) -> VerifyReport:
    """Check the data in ``conn`` against every constraint ``schema`` describes.

    Args:
        conn: An open connection, idle (a read-only REPEATABLE READ transaction is opened and
            closed) or inside a transaction (a savepoint is used and rolled back).
        schema: The model to check against.
        tables: Only these tables (default: all). Foreign keys are checked from the child side,
            so a parent outside the selection is still read.
        expect_rows: Expected row count per table; a difference is a ``row_count`` problem.
            Tables named here are counted even when outside ``tables``.
        require_nonempty: Report every checked table with no rows as ``empty``.

    Returns:
        The report; ``report.ok`` is False when anything was found.

    Raises:
        seedbed.errors.UnknownTableError: A table in ``tables`` or ``expect_rows`` is not in
            ``schema``.
        seedbed.errors.DatabaseError: A query failed (the model does not match the database,
            the connection broke, an expression raised an error).
    """
    started = time.perf_counter()
    selected = selected_tables(schema, tables)
    expected = dict(expect_rows or {})
    for name in expected:
        if not schema.has(name):
            raise UnknownTableError(f"unknown table {name} in expect_rows", subject=str(name))
    chosen = {t.name for t in selected}
    selected += [schema.table(name) for name in expected if name not in chosen]
    run = _Run(conn)
    with _snapshot(conn):
        for table in selected:
            run.table(table, schema, expected.get(table.name), require_nonempty)
    return VerifyReport(problems=tuple(run.problems), checked=run.checked, row_counts=run.row_counts,
                        references=run.references, seconds=time.perf_counter() - started)


@contextmanager
def _snapshot(conn: psycopg.Connection) -> Iterator[None]:
    status = conn.info.transaction_status
    if status == TransactionStatus.INTRANS:
        with _db_errors("verify"), conn.transaction(force_rollback=True):
            yield
        return
    if status != TransactionStatus.IDLE:
        raise DatabaseError("cannot verify: the connection is in a failed or active transaction",
                            hint="roll the transaction back first, or pass a fresh connection")
    saved = (conn.isolation_level, conn.read_only)
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    try:
        with _db_errors("verify"), conn.transaction(force_rollback=True):
            yield
    finally:
        if not conn.closed and conn.info.transaction_status == TransactionStatus.IDLE:
            conn.isolation_level, conn.read_only = saved


@contextmanager
def _db_errors(subject: str) -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        from seedbed.engines.postgres.errors import from_psycopg

        err = from_psycopg(exc, doing=f"verification query ({subject})")
        if type(err) is DatabaseError:  # no SQLSTATE class that says more
            err = DatabaseError(f"verification query failed ({subject}): {str(exc).strip().splitlines()[0]}",
                                hint="the schema model may not match the database: introspect it again",
                                subject=subject)
        raise err from exc


class _Run:
    """The state of one verification: a cursor, the problems so far, the counters."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.cur = conn.cursor()
        self.problems: list[Problem] = []
        self.checked: dict[str, int] = dict.fromkeys(KINDS, 0)
        self.row_counts: dict[str, int] = {}
        self.references: dict[str, int] = {}  # declared reference -> orphans found

    def one(self, query: sql.Composed, subject: str) -> tuple[Any, ...]:
        with _db_errors(subject):
            self.cur.execute(query)
            row = self.cur.fetchone()
        assert row is not None
        return tuple(row)

    def rows(self, query: sql.Composable, subject: str) -> list[tuple[Any, ...]]:
        with _db_errors(subject):
            self.cur.execute(query)
            return [tuple(r) for r in self.cur.fetchall()]

    def sample(self, query: sql.Composable, subject: str) -> tuple[str, ...]:
        """Run ``query`` (one text column), return up to SAMPLE_SIZE values."""
        # COLLATE "C": the same sample, in the same order, whatever the database's locale.
        q = sql.SQL('SELECT DISTINCT s.v COLLATE "C" FROM ({}) AS s(v) ORDER BY 1 LIMIT {}').format(
            query, sql.Literal(SAMPLE_SIZE))
        with _db_errors(subject):
            self.cur.execute(q)
            return tuple("NULL" if r[0] is None else str(r[0]) for r in self.cur.fetchall())

    def add(self, **kw: Any) -> None:
        self.problems.append(Problem(**kw))

    # -- per table ----------------------------------------------------------------------------

    def table(self, table: Table, schema: Schema, expected: int | None, nonempty: bool) -> None:
        """Every check of one table, in a stable order."""
        self.counts_and_not_null(table, expected, nonempty)
        for check in table.checks:
            self.check(table, check.name, check.expression, check.columns)
        for col in table.columns:
            self.domain(table, col)
        for key in table.unique_keys:
            self.unique(table, key)
        for excl in table.exclusions:
            self.exclusion(table, excl)
        for fk in table.foreign_keys:
            ref = schema.table(fk.ref_table) if schema.has(fk.ref_table) else None
            self.foreign_key(table, fk, partitioned_ref=bool(ref and ref.partition_key))
        polymorphic_orphans(self, table, schema, _tbl(table))

    def counts_and_not_null(self, table: Table, expected: int | None, nonempty: bool) -> None:
        """Row count and every NOT NULL column (plain or from a domain) in one scan."""
        name = str(table.name)
        not_null = [(c, None if not c.nullable else str(c.type.domain.name))  # type: ignore[union-attr]
                    for c in table.columns if _must_be_set(c)]
        items = [sql.SQL("count(*)")] + [
            sql.SQL("count(*) FILTER (WHERE {})").format(_is_null(c)) for c, _ in not_null]
        row = self.one(sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(items), _tbl(table)), name)
        total = int(row[0])
        self.row_counts[name] = total
        self.checked["not_null"] += len(not_null)
        for (col, domain), nulls in zip(not_null, row[1:], strict=True):
            if nulls:
                sample = self.sample(sql.SQL("SELECT {} FROM {} WHERE {}").format(
                    _row_label(table, ()), _tbl(table), _is_null(col)), name)
                why = f"domain {domain} is NOT NULL" if domain else "the column is NOT NULL"
                self.add(kind="not_null", table=name, constraint=domain, columns=(col.name,),
                         count=int(nulls), sample=sample,
                         message=f"{name}.{col.name}: {_rows(nulls)} NULL but {why}")
        if nonempty:
            self.checked["empty"] += 1
            if total == 0:
                self.add(kind="empty", table=name, constraint=None, columns=(), count=0,
                         message=f"{name}: the table is empty")
        if expected is not None:
            self.checked["row_count"] += 1
            if total != expected:
                self.add(kind="row_count", table=name, constraint=None, columns=(),
                         count=abs(total - expected),
                         message=f"{name}: {total} rows, expected {expected}")

    def check(self, table: Table, cname: str, expression: str, columns: Sequence[str]) -> None:
        name = str(table.name)
        where = sql.SQL("NOT ({})").format(sql.SQL(expression))
        (n,) = self.one(sql.SQL("SELECT count(*) FROM {} WHERE {}").format(_tbl(table), where),
                        cname)
        self.checked["check"] += 1
        if n:
            sample = self.sample(sql.SQL("SELECT {} FROM {} WHERE {}").format(
                _row_label(table, columns), _tbl(table), where), cname)
            self.add(kind="check", table=name, constraint=cname, columns=tuple(columns), count=int(n),
                     sample=sample,
                     message=f"{_label(name, columns)}: {_rows(n)} violating CHECK {expression} ({cname})")

    def domain(self, table: Table, col: Column) -> None:
        dom = col.type.domain
        if dom is None or not dom.checks:
            return
        name = str(table.name)
        per_element = col.type.array_dims > 0 and self._array_of_domain(table, col)
        for check in dom.checks:
            if per_element:
                inner = _value_to(check.expression, sql.Identifier("_sb_v"))
                where = sql.SQL("EXISTS (SELECT FROM unnest({}) AS _sb_e(_sb_v) WHERE NOT ({}))").format(
                    sql.Identifier(col.name), inner)
            else:
                where = sql.SQL("NOT ({})").format(_value_to(check.expression, sql.Identifier(col.name)))
            subject = f"{dom.name}.{check.name}"
            (n,) = self.one(sql.SQL("SELECT count(*) FROM {} WHERE {}").format(_tbl(table), where), subject)
            self.checked["domain"] += 1
            if n:
                sample = self.sample(sql.SQL("SELECT {}::text FROM {} WHERE {}").format(
                    sql.Identifier(col.name), _tbl(table), where), subject)
                what = "elements violating" if per_element else "violating"
                self.add(kind="domain", table=name, constraint=check.name, columns=(col.name,),
                         count=int(n), sample=sample,
                         message=f"{name}.{col.name}: {_rows(n)} with {what} domain {dom.name} "
                                 f"CHECK {check.expression} ({check.name})")

    def _array_of_domain(self, table: Table, col: Column) -> bool:
        """True when the column is an array *of* a domain (not a domain over an array type)."""
        query = sql.SQL(
            "SELECT t.typtype <> 'd' FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE a.attrelid = {}::regclass AND a.attname = {}").format(
            sql.Literal(sql.Identifier(*table.name.parts).as_string(self.cur)), sql.Literal(col.name))
        return bool(self.one(query, f"{table.name}.{col.name}")[0])

    def unique(self, table: Table, key: UniqueKey) -> None:
        name = str(table.name)
        parts = _key_parts(key)
        if parts is None:
            return  # an index definition we cannot read: skipped rather than guessed
        exprs, predicate = parts
        conds = [] if key.nulls_not_distinct else [sql.SQL("({}) IS NOT NULL").format(e) for e in exprs]
        if predicate:
            conds.append(sql.SQL("({})").format(sql.SQL(predicate)))
        where = sql.SQL(" WHERE ") + sql.SQL(" AND ").join(conds) if conds else sql.SQL("")
        # Group by position: an expression index may be on a constant, e.g. ((true)) WHERE ...
        keys = sql.SQL(", ").join(sql.Literal(i + 1) for i in range(len(exprs)))
        named = sql.SQL(", ").join(sql.SQL("{} AS {}").format(e, sql.Identifier(f"k{i}"))
                                   for i, e in enumerate(exprs))
        grouped = sql.SQL("SELECT {named}, count(*) AS n FROM {t}{where} GROUP BY {keys} "
                          "HAVING count(*) > 1").format(named=named, t=_tbl(table), where=where, keys=keys)
        surplus = sql.SQL("SELECT count(*), coalesce(sum(g.n - 1), 0) FROM ({}) AS g").format(grouped)
        groups, extra = self.one(surplus, key.name)
        self.checked["unique"] += 1
        if groups:
            ks = [sql.SQL("g.{}").format(sql.Identifier(f"k{i}")) for i in range(len(exprs))]
            label = ks[0] if len(ks) == 1 else sql.SQL("ROW({})").format(sql.SQL(", ").join(ks))
            sample = self.sample(sql.SQL("SELECT ({})::text FROM ({}) AS g").format(label, grouped),
                                 key.name)
            kind = "PRIMARY KEY" if key.primary else "UNIQUE"
            self.add(kind="unique", table=name, constraint=key.name, columns=key.columns, count=int(extra),
                     sample=sample,
                     message=f"{_label(name, key.columns)}: {_rows(extra)} duplicating {groups} "
                             f"{'key' if groups == 1 else 'keys'} of {kind} {key.name}")

    def exclusion(self, table: Table, excl: Exclusion) -> None:
        """Pairs of rows that conflict under an exclusion constraint (one self-join)."""
        if not excl.elements:
            return  # only the definition is known (a spec): skipped rather than guessed
        name = str(table.name)
        pairs = exclusion_pairs(table, excl, table_sql=_tbl(table), label=_row_label)
        (n,) = self.one(sql.SQL("SELECT count(*) FROM ({}) AS p").format(pairs), excl.name)
        self.checked["exclusion"] += 1
        if n:
            sample = self.sample(sql.SQL("SELECT p.a || ' / ' || p.b FROM ({}) AS p").format(pairs), excl.name)
            self.add(kind="exclusion", table=name, constraint=excl.name, columns=excl.columns, count=int(n),
                     sample=sample,
                     message=f"{_label(name, excl.columns)}: {n} conflicting pair{'' if n == 1 else 's'} "
                             f"of rows under {excl.definition} ({excl.name})")

    def foreign_key(self, table: Table, fk: ForeignKey, *, partitioned_ref: bool) -> None:
        name = str(table.name)
        child, parent = sql.Identifier("_sb_c"), sql.Identifier("_sb_p")
        set_ = sql.SQL(" AND ").join(sql.SQL("{}.{} IS NOT NULL").format(child, sql.Identifier(c))
                                     for c in fk.columns)
        match = sql.SQL(" AND ").join(
            sql.SQL("{}.{} = {}.{}").format(parent, sql.Identifier(r), child, sql.Identifier(c))
            for c, r in zip(fk.columns, fk.ref_columns, strict=True))
        orphan_where = sql.SQL("{} AND NOT EXISTS (SELECT FROM {} AS {} WHERE {})").format(
            set_, _rel(fk.ref_table, partitioned=partitioned_ref), parent, match)
        cols = sql.SQL(", ").join(sql.SQL("{}.{}").format(child, sql.Identifier(c)) for c in fk.columns)
        partial_where = sql.SQL("num_nulls({cols}) > 0 AND num_nonnulls({cols}) > 0").format(cols=cols)
        count_orphans = sql.SQL("SELECT count(*) FROM {} AS {} WHERE {}").format(
            _tbl(table), child, orphan_where)
        if fk.match_full and len(fk.columns) > 1:
            query = sql.SQL("SELECT ({}), (SELECT count(*) FROM {} AS {} WHERE {})").format(
                count_orphans, _tbl(table), child, partial_where)
            orphans, partial = self.one(query, fk.name)
        else:
            (orphans,), partial = self.one(count_orphans, fk.name), 0
        self.checked["fk_orphan"] += 1
        if fk.declared:  # no constraint: the data alone keeps it, so say how well, asked-for orphans aside
            self.references[f"{_label(name, fk.columns)} -> {fk.ref_table}({', '.join(fk.ref_columns)})"] = int(orphans)
            if not partial and orphans <= math.ceil(fk.orphans * self.row_counts.get(name, 0)):
                return
        if not (orphans or partial):
            return
        label = cols if len(fk.columns) == 1 else sql.SQL("ROW({})").format(cols)
        both = sql.SQL("({}) OR ({})").format(orphan_where, partial_where) if partial else orphan_where
        sample = self.sample(sql.SQL("SELECT ({})::text FROM {} AS {} WHERE {}").format(
            label, _tbl(table), child, both), fk.name)
        ref = f"{fk.ref_table}({', '.join(fk.ref_columns)})"
        said = []
        if orphans:
            said.append(f"{_rows(orphans)} referencing no {ref}")
        if partial:
            said.append(f"{_rows(partial)} partly NULL under MATCH FULL")
        self.add(kind="fk_orphan", table=name, constraint=fk.name, columns=fk.columns,
                 count=int(orphans + partial), sample=sample,
                 message=f"{_label(name, fk.columns)}: {', '.join(said)} "
                         f"({'declared reference ' if fk.declared else ''}{fk.name})")


# -- SQL pieces ---------------------------------------------------------------------------------


def _tbl(table: Table) -> sql.Composable:
    """The table in a FROM clause: ``ONLY`` it, unless partitioned (constraints of an inheritance
    parent cover its own rows; those of a partitioned table cover every partition)."""
    return _rel(table.name, partitioned=bool(table.partition_key))


def _rel(name: QualifiedName, *, partitioned: bool) -> sql.Composable:
    from seedbed.engines.postgres.sink import own_rows

    return own_rows(name, partitioned=partitioned)


def _must_be_set(col: Column) -> bool:
    dom = col.type.domain
    return not col.nullable or (dom is not None and dom.not_null and col.type.array_dims == 0)


def _is_null(col: Column) -> sql.Composable:
    # ``x IS NULL`` is true for a composite whose fields are all NULL; a NOT NULL constraint
    # only looks at the value itself, as num_nulls() does.
    if col.type.kind == TypeKind.OTHER:
        return sql.SQL("num_nulls({}) = 1").format(sql.Identifier(col.name))
    return sql.SQL("{} IS NULL").format(sql.Identifier(col.name))


def _row_label(table: Table, columns: Sequence[str]) -> sql.Composable:
    """Text that identifies an offending row: the given columns, else the primary key, else ctid."""
    cols = tuple(columns) or (table.primary_key.columns if table.primary_key else ())
    if not cols:
        return sql.SQL("ctid::text")
    if len(cols) == 1:
        return sql.SQL("{}::text").format(sql.Identifier(cols[0]))
    return sql.SQL("ROW({})::text").format(sql.SQL(", ").join(sql.Identifier(c) for c in cols))


def _key_parts(key: UniqueKey) -> tuple[list[sql.Composable], str | None] | None:
    """The grouping expressions and predicate of a unique key, or None when unreadable."""
    if not key.expressions:
        if not key.columns:
            return None
        exprs: list[sql.Composable] = [sql.Identifier(c) for c in key.columns]
        return exprs, key.predicate
    try:
        from pglast import ast, parse_sql
        from pglast.stream import RawStream

        stmt = parse_sql(key.expressions)[0].stmt
        if not isinstance(stmt, ast.IndexStmt):
            return None
        exprs = []
        for elem in stmt.indexParams or ():
            if elem.name:
                exprs.append(sql.Identifier(elem.name))
            else:
                exprs.append(sql.SQL(RawStream()(elem.expr)))
        predicate = key.predicate or (RawStream()(stmt.whereClause) if stmt.whereClause else None)
    except Exception:  # noqa: BLE001 - pglast raises several error types; the key is then skipped
        return None
    return exprs, predicate


def _value_to(expression: str, target: sql.Identifier) -> sql.Composable:
    """A domain CHECK expression with ``VALUE`` replaced by ``target``."""
    text = replace_value(expression, _PLACEHOLDER)
    pieces = re.split(rf"\b{_PLACEHOLDER}\b", text)
    out: list[sql.Composable] = [sql.SQL(pieces[0])]
    for piece in pieces[1:]:
        out += [target, sql.SQL(piece)]
    return sql.Composed(out)


def replace_value(expression: str, name: str) -> str:
    """Replace the domain placeholder ``VALUE`` in a CHECK expression by the column ``name``.

    Parses the expression with pglast and swaps every one-part column reference ``value`` (how
    PostgreSQL itself resolves ``VALUE`` in a domain constraint), then deparses; falls back to
    a token scan that skips string literals, quoted identifiers and qualified names when the
    expression does not parse.

    Args:
        expression: The domain's CHECK expression, e.g. ``(VALUE ~ '^[^@]+@'::text)``.
        name: A plain column name, already safe as an unquoted identifier, or to be quoted.

    Returns:
        SQL text reading the column instead of ``VALUE``.
    """
    try:
        return _replace_value_ast(expression, name)
    except Exception:  # noqa: BLE001 - pglast parse errors; the token scan handles what is left
        return _replace_value_tokens(expression, name)


def _replace_value_ast(expression: str, name: str) -> str:
    from pglast import ast, parse_sql
    from pglast.stream import RawStream
    from pglast.visitors import Visitor

    class _Swap(Visitor):  # type: ignore[misc]
        def visit_ColumnRef(self, ancestors: Any, node: ast.ColumnRef) -> Any:
            fields = node.fields or ()
            if len(fields) == 1 and isinstance(fields[0], ast.String) and fields[0].sval == "value":
                return ast.ColumnRef(fields=(ast.String(sval=name),))
            return None

    stmt = parse_sql(f"SELECT ({expression})")[0].stmt
    if not isinstance(stmt, ast.SelectStmt) or not stmt.targetList:
        raise ValueError(f"not an expression: {expression!r}")
    _Swap()(stmt)
    target = stmt.targetList[0].val
    return RawStream()(target)


_TOKEN = re.compile(r"""
      (?P<str>[EeBbXxUu]?'(?:[^']|'')*')          # string literal
    | (?P<dollar>\$(?P<tag>[A-Za-z_]\w*)?\$.*?\$(?P=tag)?\$)  # dollar-quoted
    | (?P<qid>"(?:[^"]|"")*")                      # quoted identifier
    | (?P<word>[A-Za-z_][\w$]*)                    # keyword or identifier
    | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def _replace_value_tokens(expression: str, name: str) -> str:
    out: list[str] = []
    prev = ""
    for m in _TOKEN.finditer(expression):
        tok = m.group(0)
        if m.lastgroup == "word" and tok.lower() == "value" and prev != "." and not _next_is_dot(
                expression, m.end()):
            tok = name
        if not tok.isspace():
            prev = tok
        out.append(tok)
    return "".join(out)


def _next_is_dot(text: str, pos: int) -> bool:
    rest = text[pos:].lstrip()
    return rest.startswith(".")


# -- messages -----------------------------------------------------------------------------------


def _rows(n: int) -> str:
    return f"{n} row" + ("" if n == 1 else "s")


def _label(table: str, columns: Sequence[str]) -> str:
    if not columns:
        return table
    if len(columns) == 1:
        return f"{table}.{columns[0]}"
    return f"{table}.({', '.join(columns)})"
