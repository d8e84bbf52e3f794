"""Independent checks of the rows in MySQL / MariaDB, into ``seedbed.verify.VerifyReport``.

One statement per constraint, none trusting the loader: an anti-join per foreign key (a row with
a NULL in the key is not checked, as InnoDB does), every CHECK constraint as the server spells it
(information_schema, not the model: a row fails when the clause is false, NULL passes), duplicate
keys per unique index grouped under the columns' own collations (so ``'Ann'`` and ``'ann'``
collide where the index says they do; a prefix index on its prefix), and NOT NULL.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from seedbed.engines.mysql.errors import translated
from seedbed.engines.mysql.introspect import database_of, server_checks
from seedbed.rules import rules_of
from seedbed.engines.mysql.session import query, quote, table_sql, to_mysql
from seedbed.model import ForeignKey, QualifiedName, Schema, Table, UniqueKey
from seedbed.verify import KINDS, Problem, VerifyReport, selected_tables

SAMPLE_SIZE = 3


def fk_orphans(conn: Any, table: Table, fk: ForeignKey) -> tuple[int, list[str]]:
    """Rows of ``table`` whose ``fk`` columns (all set) match no parent row, and a few of them."""
    pairs = " AND ".join(f"p.{quote(r)} = c.{quote(c)}" for c, r in zip(fk.columns, fk.ref_columns, strict=True))
    set_ = " AND ".join(f"c.{quote(c)} IS NOT NULL" for c in fk.columns)
    label = "CONCAT_WS(', ', " + ", ".join(f"c.{quote(c)}" for c in fk.columns) + ")"
    rows = query(conn, f"SELECT {label} FROM {table_sql(table.name)} AS c WHERE {set_} AND NOT EXISTS "
                       f"(SELECT 1 FROM {table_sql(fk.ref_table)} AS p WHERE {pairs})")
    return len(rows), [str(r[0]) for r in rows[:SAMPLE_SIZE]]


def duplicates(conn: Any, table: Table, key: UniqueKey) -> tuple[int, str | None]:
    """Rows of ``table`` beyond the first of each group equal on ``key`` (under the columns' own
    collations; a prefix index on its prefix; a NULL in the key makes a row unique), and one
    duplicated value."""
    exprs = _key_exprs(key)
    not_null = " AND ".join(f"{quote(c)} IS NOT NULL" for c in key.columns) or "TRUE"
    dup = query(conn, f"SELECT COALESCE(SUM(n - 1), 0), MIN(k) FROM (SELECT count(*) AS n, "
                      f"CONCAT_WS(', ', {', '.join(exprs)}) AS k FROM {table_sql(table.name)} WHERE {not_null} "
                      f"GROUP BY {', '.join(exprs)} HAVING count(*) > 1) AS d")[0]
    return int(dup[0]), None if dup[1] is None else str(dup[1])


def _key_exprs(key: UniqueKey) -> list[str]:
    if not key.expressions:
        return [quote(c) for c in key.columns]
    return [to_mysql(e.strip()).replace("`left`", "LEFT") for e in _split(key.expressions)]


def _split(text: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def verify(conn: Any, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
           require_nonempty: bool = False) -> VerifyReport:
    started = time.perf_counter()
    selected = selected_tables(schema, tables)
    checked = dict.fromkeys(KINDS, 0)
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    with translated(doing="verifying"):
        clauses = server_checks(conn, database_of(conn))
        for table in selected:
            problems += _table(conn, table, clauses, checked, counts, require_nonempty)
    return VerifyReport(problems=tuple(problems), checked=checked, row_counts=counts,
                        seconds=time.perf_counter() - started)


def _table(conn: Any, table: Table, clauses: dict[tuple[str, str], str], checked: dict[str, int],
           counts: dict[str, int], require_nonempty: bool) -> list[Problem]:
    out: list[Problem] = []
    name = str(table.name)
    rel = table_sql(table.name)
    with translated(table.name, "verifying"):
        rows = query(conn, f"SELECT count(*) FROM {rel}")[0][0]
    counts[name] = rows
    if require_nonempty:
        checked["empty"] += 1
        if not rows:
            out.append(Problem(kind="empty", table=name, constraint=None, columns=(), count=0,
                               message=f"{name} has no rows"))
    for fk in table.foreign_keys:
        checked["fk_orphan"] += 1
        with translated(table.name, f"checking {fk.name}"):
            count, sample = fk_orphans(conn, table, fk)
        if count:
            out.append(Problem(kind="fk_orphan", table=name, constraint=fk.name, columns=fk.columns, count=count,
                               message=f"{count} row(s) of {name} reference no {fk.ref_table} row ({fk.name})",
                               sample=tuple(sample)))
    own = [(cname, clause) for (tname, cname), clause in clauses.items() if tname == table.name.name]
    for cname, clause in own + [(c.name, to_mysql(c.expression)) for c in rules_of(table)]:  # and the seed's own rules
        checked["check"] += 1
        with translated(table.name, f"checking CHECK {cname}"):
            count = query(conn, f"SELECT count(*) FROM {rel} WHERE NOT ({clause})")[0][0]
        if count:
            out.append(Problem(kind="check", table=name, constraint=cname, columns=(), count=count,
                               message=f"{count} row(s) of {name} fail CHECK {cname} ({clause})"))
    for key in table.unique_keys:
        checked["unique"] += 1
        with translated(table.name, f"checking unique key {key.name}"):
            count, sample = duplicates(conn, table, key)
        if count:
            out.append(Problem(kind="unique", table=name, constraint=key.name, columns=key.columns,
                               count=count, message=f"{count} duplicate row(s) in {name} on {key.name}",
                               sample=(str(sample),)))
    required = [c for c in table.columns if not c.nullable]
    if required:
        checked["not_null"] += 1
        sums = ", ".join(f"SUM({quote(c.name)} IS NULL)" for c in required)
        with translated(table.name, "checking NOT NULL"):
            found = query(conn, f"SELECT {sums} FROM {rel}")[0]
        for col, n in zip(required, found, strict=True):
            if n:
                out.append(Problem(kind="not_null", table=name, constraint=None, columns=(col.name,), count=int(n),
                                   message=f"{n} row(s) of {name} have NULL in NOT NULL column {col.name}"))
    return out


__all__ = ["duplicates", "fk_orphans", "verify"]
