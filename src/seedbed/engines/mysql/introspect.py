"""information_schema -> the frozen model, for MySQL 8 and MariaDB 10.11+.

Catalog rows stay in this module. What MySQL has and PostgreSQL spells otherwise: AUTO_INCREMENT
is an identity (BY DEFAULT: seedbed writes the keys and moves the counter after), a prefix index
``UNIQUE (name(10))`` is a unique key on ``name`` with the prefix as its expression, MariaDB's
JSON is a LONGTEXT with a ``json_valid()`` CHECK (the column becomes JSON), CHECK clauses are
translated into PostgreSQL's syntax for the solver (``Check.expression``) while the server's own
text is kept for the oracle and verify (``server_checks``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from seedbed.engines.mysql.errors import translated
from seedbed.engines.mysql.session import DEFAULT, model_name, query
from seedbed.engines.mysql.types import SYNTHETIC, case_insensitive, map_type
from seedbed.model import Check, Column, ForeignKey, Identity, QualifiedName, Schema, Table, TypeKind, UniqueKey

_JSON_VALID = re.compile(r"^\s*json_valid\(`((?:[^`]|``)+)`\)\s*$", re.I)
_REGEXP = re.compile(r"\b(NOT\s+)?(?:REGEXP|RLIKE)\b", re.I)
_BACKTICK = re.compile(r"`((?:[^`]|``)*)`")
_WRITES = re.compile(r"\b(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?(?:INTO\s+)?((?:`[^`]+`|\w+)(?:\.(?:`[^`]+`|\w+))?)",
                     re.I)


def _dicts(conn: Any, statement: str, params: tuple = ()) -> list[dict[str, Any]]:
    with conn.cursor() as cur:
        cur.execute(statement, params)
        names = [d[0].upper() for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def database_of(conn: Any) -> str:
    return query(conn, "SELECT DATABASE()")[0][0]


def server_checks(conn: Any, database: str) -> dict[tuple[str, str], str]:
    """(table, constraint) -> the server's CHECK clause (MariaDB names the table; MySQL 8 through
    TABLE_CONSTRAINTS)."""
    try:
        rows = _dicts(conn, "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                            "WHERE CONSTRAINT_SCHEMA = %s", (database,))
    except Exception:  # noqa: BLE001 - MySQL 8: no TABLE_NAME column there
        rows = _dicts(conn, "SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE "
                            "FROM information_schema.CHECK_CONSTRAINTS c JOIN information_schema.TABLE_CONSTRAINTS t "
                            "ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
                            "AND t.CONSTRAINT_TYPE = 'CHECK' WHERE c.CONSTRAINT_SCHEMA = %s", (database,))
    return {(r["TABLE_NAME"], r["CONSTRAINT_NAME"]): r["CHECK_CLAUSE"] for r in rows}


def trigger_writes(conn: Any, database: str) -> dict[str, dict[str, set[str]]]:
    """table -> {trigger name: tables its INSERT trigger writes into} (for every INSERT trigger)."""
    rows = _dicts(conn, "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_STATEMENT FROM information_schema.TRIGGERS "
                        "WHERE TRIGGER_SCHEMA = %s AND EVENT_MANIPULATION = 'INSERT'", (database,))
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for r in rows:
        targets = {m.group(1).split(".")[-1].strip("`") for m in _WRITES.finditer(r["ACTION_STATEMENT"] or "")}
        out[r["EVENT_OBJECT_TABLE"]][r["TRIGGER_NAME"]] = targets
    return out


def to_postgres(clause: str, *, case_insensitive: bool = False) -> str:
    """A MySQL CHECK clause in the syntax the solver parses: identifiers in double quotes,
    ``REGEXP`` / ``RLIKE`` as ``~``, or as ``~*`` when the columns it reads compare without case
    (a ``_ci`` collation: MySQL's REGEXP then ignores case too, and values that differ only by
    case are one value to the column's unique index), the rest as it is (what pglast cannot read
    stays residual: the server is the oracle)."""
    op, not_op = (" ~* ", " !~* ") if case_insensitive else (" ~ ", " !~ ")
    out: list[str] = []
    i, start = 0, 0
    while i < len(clause):
        ch = clause[i]
        if ch in "'\"`":
            end = i + 1
            while end < len(clause):
                if clause[end] == "\\" and ch != "`":
                    end += 2
                    continue
                if clause[end] == ch:
                    if end + 1 < len(clause) and clause[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            out.append(_REGEXP.sub(lambda m: not_op if m.group(1) else op, clause[start:i]))
            body = clause[i + 1:end]
            if ch == "`":
                name = body.replace("``", "`")
                out.append('"' + name.replace('"', '""') + '"')
            else:
                out.append(clause[i:end + 1])
            i = start = end + 1
            continue
        i += 1
    out.append(_REGEXP.sub(lambda m: not_op if m.group(1) else op, clause[start:]))
    return "".join(out)


def introspect(conn: Any, schemas: Any = None) -> Schema:
    if schemas:
        from seedbed.errors import UsageError

        raise UsageError("--schema does not apply to MySQL: the DSN's database is the schema",
                         subject=",".join(schemas), hint="name the database in the DSN: mysql://user@host/dbname")
    with translated(doing="reading the schema"):
        return _read(conn)


def _read(conn: Any) -> Schema:
    db = database_of(conn)
    version = query(conn, "SELECT VERSION()")[0][0]
    tables = _dicts(conn, "SELECT TABLE_NAME, ENGINE, TABLE_COMMENT FROM information_schema.TABLES "
                          "WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", (db,))
    cols = _dicts(conn, "SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s "
                        "ORDER BY TABLE_NAME, ORDINAL_POSITION", (db,))
    stats = _dicts(conn, "SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = %s AND NON_UNIQUE = 0 "
                         "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", (db,))
    fks = _dicts(conn, "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                       "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE "
                       "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                       "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                       "AND r.TABLE_NAME = k.TABLE_NAME "
                       "WHERE k.TABLE_SCHEMA = %s AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                       "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION", (db,))
    checks = server_checks(conn, db)
    triggers = _dicts(conn, "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS "
                            "WHERE TRIGGER_SCHEMA = %s ORDER BY TRIGGER_NAME", (db,))

    cols_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cols:
        cols_of[c["TABLE_NAME"]].append(c)
    out = []
    for t in tables:
        tname = t["TABLE_NAME"]
        out.append(_table(QualifiedName(schema=DEFAULT, name=tname), t, cols_of[tname],
                          [s for s in stats if s["TABLE_NAME"] == tname],
                          [f for f in fks if f["TABLE_NAME"] == tname], db,
                          {n: c for (tn, n), c in checks.items() if tn == tname},
                          tuple(r["TRIGGER_NAME"] for r in triggers if r["EVENT_OBJECT_TABLE"] == tname)))
    return Schema(tables=tuple(out), source=f"mysql:{db}", server_version=_version_number(version))


def _version_number(text: str) -> int:
    nums = [int(x) for x in re.findall(r"\d+", text)[:3]] + [0, 0, 0]
    return nums[0] * 10000 + nums[1] * 100 + nums[2]


def _table(name: QualifiedName, trow: dict[str, Any], crows: list[dict[str, Any]], srows: list[dict[str, Any]],
           frows: list[dict[str, Any]], db: str, checks: dict[str, str], triggers: tuple[str, ...]) -> Table:
    json_cols = {m.group(1).replace("``", "`") for c in checks.values() if (m := _JSON_VALID.match(c))}
    columns: list[Column] = []
    model_checks: list[Check] = []
    for c in crows:
        ctype, implied = map_type(c)
        if c["COLUMN_NAME"] in json_cols and ctype.kind is TypeKind.TEXT:
            ctype = replace(ctype, kind=TypeKind.JSON, length=None, case_insensitive=False)
        extra = (c.get("EXTRA") or "").lower()
        generated = "generated" in extra or (c.get("IS_GENERATED") or "NEVER").upper() == "ALWAYS"
        default = c["COLUMN_DEFAULT"]
        columns.append(Column(name=c["COLUMN_NAME"], type=ctype, nullable=c["IS_NULLABLE"] == "YES",
                              default=None if default is None else str(default),
                              identity=Identity.BY_DEFAULT if "auto_increment" in extra else Identity.NONE,
                              generated=generated, comment=c.get("COLUMN_COMMENT") or None))
        if not generated:
            model_checks.extend(implied)
    names = {c.name for c in columns}
    by_name = {c.name: c for c in columns}
    for cname, clause in checks.items():
        used = tuple(dict.fromkeys(n for m in _BACKTICK.finditer(clause)
                                   if (n := m.group(1).replace("``", "`")) in names))
        folded = bool(used) and all(by_name[c].type.case_insensitive for c in used)
        model_checks.append(Check(name=cname, expression=to_postgres(clause, case_insensitive=folded), columns=used))
    primary, uniques = _unique_keys(srows, {c.name: c for c in columns})
    model_checks += _prefix_checks((primary, *uniques) if primary else uniques)
    fks = tuple(_foreign_keys(frows, db)) if (trow["ENGINE"] or "").lower() != "myisam" else ()
    # An FK column takes its parent's values, and the parent's column (the same type, as MySQL
    # requires) carries the range already: a type-range check there would only be residual.
    fk_cols = {c for fk in fks for c in fk.columns}
    model_checks = [c for c in model_checks if not (SYNTHETIC.match(c.name) and set(c.columns) <= fk_cols)]
    return Table(name=name, columns=tuple(columns), primary_key=primary, uniques=tuple(uniques),
                 foreign_keys=fks,
                 checks=tuple(model_checks), comment=trow.get("TABLE_COMMENT") or None, triggers=triggers)


def _unique_keys(srows: list[dict[str, Any]], columns: dict[str, Column]) -> tuple[UniqueKey | None, list[UniqueKey]]:
    by_index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in srows:
        by_index[s["INDEX_NAME"]].append(s)
    primary, uniques = None, []
    for index, parts in by_index.items():
        cols: list[str] = []
        exprs: list[str] = []
        for p in parts:
            col, sub, expr = p.get("COLUMN_NAME"), p.get("SUB_PART"), p.get("EXPRESSION")
            if col is None and expr:  # MySQL 8 functional key part
                exprs.append(to_postgres(expr))
                cols.extend(n for m in _BACKTICK.finditer(expr) if (n := m.group(1)) in columns)
                continue
            cols.append(col)
            length = columns[col].type.length if col in columns else None
            if sub is not None and (length is None or int(sub) < length):
                exprs.append(f'"left"("{col}", {int(sub)})')
            else:
                exprs.append(f'"{col}"')
        has_expr = any(not e.startswith('"') or e.startswith('"left"') for e in exprs)
        key = UniqueKey(name=index, columns=tuple(dict.fromkeys(cols)), primary=index == "PRIMARY",
                        is_constraint=True, expressions=", ".join(exprs) if has_expr else None)
        if key.primary:
            primary = key
        else:
            uniques.append(key)
    return primary, uniques


_PREFIX = re.compile(r'"left"\("((?:[^"]|"")+)", (\d+)\)')


def _prefix_checks(keys) -> list[Check]:
    """A prefix index ``UNIQUE (slug(20))`` compares the first 20 characters only: values no
    longer than the prefix make distinct values distinct prefixes, so the column is kept within
    it (a check the solver folds into its length). Named ``(column unique prefix n)``."""
    out: list[Check] = []
    for key in keys:
        for m in _PREFIX.finditer(key.expressions or ""):
            col, n = m.group(1).replace('""', '"'), int(m.group(2))
            out.append(Check(name=f"({col} unique prefix {n})", expression=f'(char_length("{col}") <= {n})',
                             columns=(col,)))
    return out


def _foreign_keys(frows: list[dict[str, Any]], db: str) -> list[ForeignKey]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in frows:
        grouped[f["CONSTRAINT_NAME"]].append(f)
    out = []
    for cname, parts in grouped.items():
        first = parts[0]
        out.append(ForeignKey(name=cname, columns=tuple(p["COLUMN_NAME"] for p in parts),
                              ref_table=model_name(first["REFERENCED_TABLE_SCHEMA"], first["REFERENCED_TABLE_NAME"], db),
                              ref_columns=tuple(p["REFERENCED_COLUMN_NAME"] for p in parts),
                              on_delete=first["DELETE_RULE"] or "NO ACTION"))
    return out


__all__ = ["case_insensitive", "database_of", "introspect", "server_checks", "to_postgres", "trigger_writes"]
