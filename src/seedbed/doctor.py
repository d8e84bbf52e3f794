"""``seedbed doctor``: would a seed work here, and if not, why — before anything is written.

Every check reads the catalog or a setting; nothing is written and no transaction is left open.
Each finding has a level (``blocker``: a seed would fail; ``warning``: some option or some rows
would; ``info``), the check's name, what was found, a hint and the subject (a table, a setting).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import psycopg
from psycopg import sql

from seedbed.errors import SeedbedError, UsageError

#: Timeouts shorter than this (milliseconds) are reported: a large seed can run into them.
SHORT_TIMEOUT_MS = 60_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    level: str  # blocker | warning | info
    check: str
    message: str
    hint: str | None = None
    subject: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnosis:
    findings: tuple[Finding, ...]
    server: dict[str, Any]

    @property
    def ok(self) -> bool:
        return not any(f.level == "blocker" for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "server": self.server, "findings": [asdict(f) for f in self.findings]}


def _names(items: Sequence[Any], limit: int = 8) -> str:
    shown = ", ".join(str(i) for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def diagnose(dsn: str | None, *, schemas: Sequence[str] | None = None, connect_check: Any = None) -> Diagnosis:
    """Run every check on the database at ``dsn`` (``connect_check`` as ``service.connect`` takes it)."""
    from seedbed import service
    from seedbed.engines import engine_for

    engine = engine_for(service.resolve_dsn(dsn))
    if engine.name != "postgresql":  # its checks read pg_roles, pg_settings, privileges
        raise UsageError(f"seedbed doctor checks PostgreSQL sessions; this DSN is {engine.name}",
                         subject=engine.name, hint="`seedbed plan` shows what a seed would do here, writing nothing")
    findings: list[Finding] = []
    try:
        kwargs = {"check": connect_check} if connect_check is not None else {}
        conn = service.connect(dsn, autocommit=True, **kwargs)
    except SeedbedError as exc:
        return Diagnosis(findings=(Finding(level="blocker", check="connect", message=exc.message, hint=exc.hint,
                                           subject=exc.subject),), server={})
    with conn:
        server = _server(conn, findings)
        try:
            schema = service.load_schema(conn, schemas)
        except SeedbedError as exc:
            findings.append(Finding(level="blocker", check="schema", message=exc.message, hint=exc.hint,
                                    subject=exc.subject))
            return Diagnosis(findings=tuple(findings), server=server)
        if not schema.tables:
            findings.append(Finding(level="blocker", check="schema", message="no tables to seed",
                                    hint="create the schema first, or pass --schema with the schemas that hold it"))
            return Diagnosis(findings=tuple(findings), server=server)
        server["tables"] = len(schema.tables)
        _privileges(conn, schema, findings)
        _triggers_and_policies(schema, server, findings)
        _extensions(conn, findings)
        _plan(conn, schema, findings)
    return Diagnosis(findings=tuple(findings), server=server)


def _server(conn: psycopg.Connection, findings: list[Finding]) -> dict[str, Any]:
    row = conn.execute(
        "SELECT current_user, current_database(), current_setting('server_version'), "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), pg_is_in_recovery(), "
        "current_setting('transaction_read_only'), current_setting('default_transaction_read_only')").fetchone()
    user, database, version, superuser, standby, read_only, default_ro = row
    server = {"user": user, "database": database, "version": version, "superuser": bool(superuser)}
    findings.append(Finding(level="info", check="connect",
                            message=f"connected to {database} as {user} (PostgreSQL {version}"
                                    f"{', superuser' if superuser else ''})"))
    if standby:
        findings.append(Finding(level="blocker", check="standby", message="the server is a read-only standby",
                                hint="connect to the primary"))
    elif read_only == "on" or default_ro == "on":
        findings.append(Finding(level="blocker", check="read_only", subject="default_transaction_read_only",
                                message="transactions are read-only for this role or database",
                                hint="ALTER ROLE/DATABASE ... SET default_transaction_read_only = off"))
    for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout"):
        value = conn.execute(sql.SQL("SELECT setting::bigint FROM pg_settings WHERE name = %s"), (name,)).fetchone()
        if value and 0 < value[0] < SHORT_TIMEOUT_MS:
            findings.append(Finding(level="warning", check="timeout", subject=name,
                                    message=f"{name} is {value[0]} ms: a large seed may be cancelled",
                                    hint=f"PGOPTIONS='-c {name}=0' for the seed, or seed fewer rows"))
    return server


def _privileges(conn: psycopg.Connection, schema: Any, findings: list[Finding]) -> None:
    no_insert, no_select, no_truncate, not_owner, no_seq = [], [], [], [], []
    for table in schema.tables:
        qualified = sql.Identifier(table.name.schema, table.name.name).as_string(conn)
        oid = conn.execute("SELECT %s::regclass::oid", (qualified,)).fetchone()[0]
        ins, sel, trunc, owner = conn.execute(
            "SELECT has_table_privilege(%(o)s, 'INSERT'), has_table_privilege(%(o)s, 'SELECT'), "
            "has_table_privilege(%(o)s, 'TRUNCATE'), pg_has_role(c.relowner, 'USAGE') "
            "FROM pg_class c WHERE c.oid = %(o)s", {"o": oid}).fetchone()
        for ok, bucket in ((ins, no_insert), (sel, no_select), (trunc, no_truncate), (owner, not_owner)):
            if not ok:
                bucket.append(str(table.name))
        for col in table.columns:
            if col.sequence is not None:
                seq = sql.Identifier(col.sequence.schema, col.sequence.name).as_string(conn)
                if not conn.execute("SELECT has_sequence_privilege(%s, 'UPDATE')", (seq,)).fetchone()[0]:
                    no_seq.append(f"{col.sequence} ({table.name}.{col.name})")
    missing = (
        (no_insert, "blocker", "privileges", "no INSERT privilege on {}",
         "GRANT INSERT on them, or leave them out with --exclude"),
        (no_seq, "blocker", "privileges",
         "no UPDATE privilege on sequence(s) {}: seedbed moves them past the keys it inserts",
         "GRANT UPDATE ON SEQUENCE ... to the role"),
        (no_select, "warning", "privileges",
         "no SELECT privilege on {}: existing rows cannot be read (append mode, verification)",
         "GRANT SELECT on them"),
        (no_truncate, "warning", "truncate", "--truncate would be refused on {}",
         "GRANT TRUNCATE, or seed without --truncate (append mode)"),
    )
    for names, level, check, message, hint in missing:
        if names:
            findings.append(Finding(level=level, check=check, subject=names[0], message=message.format(_names(names)),
                                    hint=hint))
    if not_owner:
        findings.append(Finding(level="warning", check="bulk", subject=not_owner[0],
                                message=f"--bulk would be refused: the role does not own {_names(not_owner)}",
                                hint="run --bulk as the tables' owner; the default mode needs no ownership"))
    else:
        findings.append(Finding(level="info", check="bulk", message="--bulk is allowed (the role owns every table)"))


def _triggers_and_policies(schema: Any, server: dict[str, Any], findings: list[Finding]) -> None:
    with_triggers = [f"{t.name} ({', '.join(t.triggers)})" for t in schema.tables if t.triggers]
    if with_triggers:
        findings.append(Finding(level="warning", check="triggers", subject=with_triggers[0],
                                message=f"user triggers may reject or change rows: {_names(with_triggers)}",
                                hint="seedbed retries rows a trigger rejects and names the trigger if it keeps "
                                     "refusing; --disable-triggers turns them off (superuser or owner)"
                                     + ("" if server.get("superuser") else "; this role is not a superuser")))
    policies = [str(t.name) for t in schema.tables if t.row_security]
    if policies:
        findings.append(Finding(level="warning", check="row_security", subject=policies[0],
                                message=f"row-level security is enabled on {_names(policies)}: policies may "
                                        "reject inserted rows or hide rows from verification",
                                hint="seed as the table owner or a role with BYPASSRLS"))


def _extensions(conn: psycopg.Connection, findings: list[Finding]) -> None:
    names = [r[0] for r in conn.execute("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1")]
    if names:
        findings.append(Finding(level="info", check="extensions", message=f"extensions: {', '.join(names)}"))


def _plan(conn: psycopg.Connection, schema: Any, findings: list[Finding]) -> None:
    from seedbed import service
    from seedbed.planning.options import PlanOptions

    try:
        plan = service.make_plan(conn, schema, PlanOptions(rows=10, seed=1))
    except SeedbedError as exc:
        findings.append(Finding(level="blocker", check="plan", message=exc.message, hint=exc.hint,
                                subject=exc.subject))
        return
    cycles = sum(1 for c in plan.components if c.is_cycle)
    findings.append(Finding(level="info", check="plan",
                            message=f"a seed of 10 rows per table plans cleanly ({len(plan.tables)} tables"
                                    f"{f', {cycles} FK cycle(s) solved' if cycles else ''})"))
