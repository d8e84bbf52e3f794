"""One transaction per seed on MySQL / MariaDB: commit, or roll back and say what is true.

InnoDB rolls everything back. A MyISAM (or other non-transactional) table cannot: rows loaded
into it before a failure stay, and the error's hint names those tables. AUTO_INCREMENT counters
are not transactional either: after a rollback they stay past the discarded keys (a gap, no row).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pymysql

from seedbed.engines.mysql.errors import from_pymysql, translated
from seedbed.engines.mysql.session import model_name, query
from seedbed.errors import UNCHANGED, DatabaseError, Interrupted, ReadOnly
from seedbed.model import Schema
from seedbed.planning.model import Plan

_UNCHANGED = UNCHANGED


def non_transactional(conn: Any, plan: Plan) -> list[str]:
    """Seeded tables whose storage engine has no transactions (MyISAM, Aria, MEMORY, ...)."""
    from seedbed.engines.mysql.introspect import database_of

    db = database_of(conn)
    rows = query(conn, "SELECT t.TABLE_NAME FROM information_schema.TABLES t JOIN information_schema.ENGINES e "
                       "ON e.ENGINE = t.ENGINE WHERE t.TABLE_SCHEMA = %s AND COALESCE(e.TRANSACTIONS, 'NO') "
                       "<> 'YES'", (db,))
    loose = {model_name(db, r[0], db) for r in rows}
    return [str(n) for n in plan.tables if n in loose]


def _counts(conn: Any, names: list[str]) -> dict[str, int]:
    from seedbed.engines.mysql.session import quote

    return {n: query(conn, f"SELECT count(*) FROM {quote(n)}")[0][0] for n in names}


def commit_or_rollback(conn: Any, schema: Schema, plan: Plan, body: Callable[[], list[str]]) -> list[str]:
    phase = "loading rows"
    with translated(doing="checking the session"):
        loose = non_transactional(conn, plan)
        counts = _counts(conn, loose)
        if query(conn, "SELECT @@global.read_only")[0][0]:
            raise ReadOnly("the server is read-only (read_only=ON): nothing can be seeded",
                           hint="connect to the primary, or SET GLOBAL read_only=0")
        query(conn, "START TRANSACTION")
    try:
        notes = body()
        phase = "committing"
        conn.commit()
    except BaseException as exc:
        try:
            conn.rollback()
        except pymysql.MySQLError:
            pass
        try:
            after = _counts(conn, loose)
            changed = [t for t in loose if after[t] != counts[t]]
        except pymysql.MySQLError:
            changed = loose  # cannot tell: say what may be true
        kept = (f"; but rows already loaded into the non-transactional table(s) {', '.join(changed)} (MyISAM) "
                f"were kept") if changed else ""
        if isinstance(exc, KeyboardInterrupt):
            if phase == "committing":
                raise Interrupted("interrupted during COMMIT: the seed may or may not have been committed; "
                                  "run `seedbed verify`", committed=None) from None
            raise Interrupted(f"interrupted: nothing was committed{kept}", committed=False) from None
        err = from_pymysql(exc, doing=phase) if isinstance(exc, pymysql.MySQLError) else exc
        if isinstance(err, DatabaseError):
            base = err.hint if err.hint and _UNCHANGED in err.hint else f"{err.hint}; {_UNCHANGED}" if err.hint \
                else _UNCHANGED
            err.hint = base + kept
        if err is exc:
            raise
        raise err from exc
    if loose:
        notes.append(f"{', '.join(loose)}: no transactions (MyISAM): loaded last, so a failure elsewhere leaves "
                     f"them untouched, but a failure while loading them would have kept their new rows")
    return notes
