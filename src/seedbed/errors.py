"""The exception hierarchy: one root with a stable code, a message, a hint and a subject.

Exit codes (README "Exit codes"): 0 ok, 1 verification found problems, 2 usage / scope /
config, 3 database / connection, 4 plan / unsatisfiable constraint, 130 interrupted.
"""

from __future__ import annotations

from typing import Any

from seedbed.security import scrub

EXIT_OK = 0
EXIT_VERIFY = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_PLAN = 4
EXIT_INTERRUPTED = 130


class SeedbedError(Exception):
    """Root of every error seedbed raises on purpose.

    ``code`` is stable (documented in the README), ``subject`` names the table, column or
    constraint concerned, ``hint`` says what to do about it.
    """

    code = "SB000"
    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, hint: str | None = None, subject: str | None = None,
                 code: str | None = None) -> None:
        # Scrubbed here, once, so that no interface can show a password it was handed
        # (seedbed.security): a libpq message may quote the whole DSN.
        message, hint, subject = scrub(message), scrub(hint), scrub(subject)
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.subject = subject
        if code:
            self.code = code

    def to_dict(self) -> dict[str, Any]:
        """The one JSON error shape shared by the CLI, the HTTP API and MCP."""
        return {"code": self.code, "message": self.message, "hint": self.hint, "subject": self.subject}

    def __str__(self) -> str:
        return self.message


class UsageError(SeedbedError):
    """Bad arguments, options or configuration."""

    code = "SB100"
    exit_code = EXIT_USAGE


class UnknownTableError(UsageError):
    code = "SB101"


class UnknownColumnError(UsageError):
    code = "SB102"


class ScopeError(UsageError):
    code = "SB110"


class AmbiguousWord(ScopeError):
    """A word of the scope that two tables or more fit, asked back with the candidates, never guessed."""

    code = "SB111"


class SpecError(UsageError):
    code = "SB120"


class LimitExceeded(UsageError):
    """A request past a limit: rows per run (``--max-rows``), per HTTP request, response bytes,
    time (HTTP 413). The limit and how to raise it are in the hint."""

    code = "SB130"


class ReferenceProblem(UsageError):
    """A declared reference (``[references]`` of seedbed.toml) that cannot be kept: its parent
    columns are not a unique key, the column counts or types differ, it names no column."""

    code = "SB140"


class WorkspaceError(UsageError):
    """A workspace file (``--workspace``) that does not say where its databases are, or names a
    database it does not declare."""

    code = "SB141"


class DatabaseError(SeedbedError):
    """Connection refused, permission denied, or the database rejected the data."""

    code = "SB300"
    exit_code = EXIT_DATABASE


class ConnectionFailed(DatabaseError):
    code = "SB301"


class ConnectionLost(DatabaseError):
    """The server closed the connection mid-seed (terminated, restarted, the network)."""

    code = "SB302"


class PermissionDenied(DatabaseError):
    code = "SB303"


class StatementTimeout(DatabaseError):
    """A statement was canceled: ``statement_timeout``, a lock or idle timeout, a cancel request."""

    code = "SB304"


class OutOfResources(DatabaseError):
    """SQLSTATE class 53: disk full, out of memory, too many connections."""

    code = "SB305"


class ReadOnly(DatabaseError):
    """A read-only transaction (a standby, ``default_transaction_read_only``)."""

    code = "SB306"


class ConcurrentConflict(DatabaseError):
    """Another session got in the way: a serialization failure or a deadlock."""

    code = "SB307"


class LoadError(DatabaseError):
    """The database refused a row seedbed generated (a trigger, an exotic constraint)."""

    code = "SB310"


class PlanError(SeedbedError):
    """No valid plan exists: a cycle no order can satisfy, a domain too small, an unsupported type."""

    code = "SB400"
    exit_code = EXIT_PLAN


class CycleError(PlanError):
    code = "SB401"

    def __init__(self, message: str, *, cycle: tuple[str, ...] = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.cycle = cycle


class DomainTooSmall(PlanError):
    code = "SB402"


class UnsatisfiableConstraint(PlanError):
    code = "SB403"


class UnsupportedType(PlanError):
    code = "SB404"


class VerificationFailed(SeedbedError):
    """Raised by the Python API's ``verify(..., raise_on_problem=True)``; carries every problem."""

    code = "SB500"
    exit_code = EXIT_VERIFY

    def __init__(self, message: str, *, problems: tuple[Any, ...] = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.problems = problems


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) during a seed, saying what is true of the database: ``committed`` is
    False (rolled back), True (the interrupt came during verification, after COMMIT) or None
    (during COMMIT itself: unknown). A KeyboardInterrupt, so code that stops on one still does."""

    def __init__(self, message: str, *, committed: bool | None) -> None:
        super().__init__(message)
        self.message = message
        self.committed = committed


class WorkerDied(SeedbedError):
    """A generation worker process (``--workers``) died: killed by a signal or the OOM killer.
    Exit 3 like the database errors: the environment failed, not the user's input."""

    code = "SB309"
    exit_code = EXIT_DATABASE


#: What a failed seed's hint adds: its transaction rolled back.
UNCHANGED = "nothing was committed: the database is as it was"


def unchanged_hint(err: DatabaseError) -> DatabaseError:
    """Add to the hint that the seed's transaction rolled back (for errors during a seed, any engine)."""
    if err.hint and UNCHANGED not in err.hint:
        err.hint = f"{err.hint} ({UNCHANGED})"
    return err
