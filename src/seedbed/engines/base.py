"""What differs per database: the one seam between seedbed and a database server.

Everything above an engine (planning, scope, realism, generation, the JSON spec, files, the API
and MCP) works on the frozen ``seedbed.model.Schema`` and a ``seedbed.planning.model.Plan`` and
never speaks a database's dialect. An engine turns a DSN into a connection, a connection into that
Schema, and a Plan into committed rows, and checks them afterwards.

The contract every engine keeps (the PostgreSQL engine is the reference):

* ``connect`` opens a connection with a transaction ready (``autocommit=False``) or in autocommit
  mode for read-only work; a refused connection is ``seedbed.errors.ConnectionFailed`` with the DSN
  redacted.
* ``introspect`` reads tables, columns (types mapped onto ``TypeKind``), keys, foreign keys,
  CHECKs and triggers into the model; ``schemas`` narrows it where the server has schemas (an
  engine without them accepts ``None`` only).
* ``read_state`` counts the existing rows of tables and the maxima of their integer keys (append
  mode continues after them).
* ``load`` generates and writes every table of the plan on the open transaction, cycles included,
  and moves sequences / AUTO_INCREMENT counters past the new keys; it returns notes for the user.
  ``transaction`` wraps it: commit on success; on any failure roll back and leave the database as
  it was, raising a coded ``seedbed.errors`` error.
* ``verify`` checks rows against the database's own constraints by queries independent of the
  generator (anti-joins, CHECK expressions, duplicate keys, NULLs) into a
  ``seedbed.verify.VerifyReport``.
* ``missing_keys`` names the explicit parent keys (a scope's IDs) no row holds.
* ``describe`` says in a few words what the engine is and how it loads (shown by ``plan``):
  ``engine``, ``server_version``, ``load`` and ``cycles``, which maps each
  ``seedbed.planning.graph.CycleStrategy`` value (and ``self_reference``) to what this engine
  does for it, in its own terms.

Options one engine cannot honour (``bulk``, ``workers``, ``disable_triggers``) are refused with a
``UsageError`` naming the engine, never ignored silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from seedbed.errors import ConnectionFailed
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Plan, TableState
from seedbed.security import dsn_secrets, redact_dsn, scrub

Progress = Callable[[QualifiedName, int, int], None]


def consented(conn: Any, check: Callable[[Any], None] | None) -> Any:
    """``conn`` once the caller's ``check`` accepted it (the MCP server's consent for a database
    not on this machine runs before anything else is sent); a refusal closes it."""
    if check is not None:
        try:
            check(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def missing_in_batches(keys: list[str], found_among: Callable[[list[str]], Iterable[Any]], batch: int = 500) -> list[str]:
    """The keys (as text) ``found_among`` does not return, in their order: it is asked for up to
    ``batch`` keys at a time (one ``... IN (?, ?, ...)`` query each, within any driver's limit)."""
    found: set[str] = set()
    for i in range(0, len(keys), batch):
        found.update(str(v) for v in found_among(keys[i:i + batch]))
    return [k for k in keys if k not in found]


def cannot_connect(dsn: str, detail: str) -> ConnectionFailed:
    """The error of a refused connection: the DSN shown without its password, and the driver's
    words without any secret of the DSN (raise it ``from None``: the cause may quote the DSN)."""
    shown = redact_dsn(dsn)
    return ConnectionFailed(f"cannot connect to {shown}: {scrub(detail, dsn_secrets(dsn))}", subject=shown,
                            hint="check the DSN, that the server runs, and the credentials")


@runtime_checkable
class DatabaseEngine(Protocol):
    #: Short stable name: 'postgresql', 'mysql', 'sqlite' (JSON output, error messages).
    name: str
    #: DSN schemes this engine answers to (the part before ``://``).
    schemes: tuple[str, ...]

    def owns(self, conn: Any) -> bool:
        """Whether ``conn`` is one of this engine's connections."""

    def connect(self, dsn: str, *, autocommit: bool = False,
                check: Callable[[Any], None] | None = None) -> Any:
        """An open connection (a context manager that closes it)."""

    def introspect(self, conn: Any, schemas: Sequence[str] | None = None) -> Schema:
        """The live schema as the frozen model."""

    def read_state(self, conn: Any, schema: Schema, names: Iterable[QualifiedName]) -> dict[QualifiedName, TableState]:
        """Existing rows and integer key maxima of the given tables."""

    def load(self, conn: Any, schema: Schema, plan: Plan, *, progress: Progress | None = None,
             bulk: bool = False, workers: int = 1, disable_triggers: bool = False) -> list[str]:
        """Generate and write every table of ``plan`` inside the open transaction; notes for the user."""

    def transaction(self, conn: Any, dsn: str | None, schema: Schema, plan: Plan,
                    body: Callable[[], list[str]]) -> list[str]:
        """Run ``body`` and commit; on failure leave the database as it was and raise a coded error."""

    def verify(self, conn: Any, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
               require_nonempty: bool = False) -> Any:
        """An independent check of the rows against the constraints (a ``VerifyReport``);
        ``require_nonempty`` also reports empty tables."""

    def missing_keys(self, conn: Any, table: QualifiedName, column: str, keys: list[str]) -> list[str]:
        """The given keys (as text) no row of ``table`` holds in ``column``, in their order (a
        scope's or ``--scope-ids``' explicit parent keys)."""

    def describe(self, conn: Any) -> dict[str, Any]:
        """What the engine is and how it loads, for ``plan``'s output (see the module docstring)."""
