"""What a verification finds, whatever the engine: ``Problem`` and ``VerifyReport``.

Each engine checks the rows independently of the generator, by its own queries (PostgreSQL:
``seedbed.engines.postgres.verify``; MySQL and SQLite: ``seedbed.engines.<name>.verify``), and
reports into these types. ``verify(conn, schema)`` runs the check of the connection's engine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from seedbed.errors import UnknownTableError
from seedbed.model import QualifiedName, Schema, Table

__all__ = ["KINDS", "SAMPLE_SIZE", "Problem", "VerifyReport", "selected_tables", "verify"]

KINDS = ("fk_orphan", "check", "unique", "not_null", "empty", "row_count", "domain", "exclusion",
         "polymorphic_orphan")
SAMPLE_SIZE = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One constraint the data breaks, with how many rows and a few offending values.

    Attributes:
        kind: One of ``KINDS``.
        table: ``str(QualifiedName)`` of the table.
        constraint: The constraint, index or domain name (``None`` for a plain NOT NULL, an
            empty table or a row count).
        columns: The columns concerned.
        count: Offending rows (for ``unique``: rows beyond the first of each duplicated key;
            for ``row_count``: the difference from the expected count).
        message: One line for a human.
        sample: Up to three offending values as text (the key, the checked columns, or the
            primary key of a row with a NULL).
    """

    kind: str
    table: str
    constraint: str | None
    columns: tuple[str, ...]
    count: int
    message: str
    sample: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class VerifyReport:
    """Everything one ``verify`` call found.

    Attributes:
        problems: Every problem, table by table in schema order.
        checked: Kind -> number of checks run (every kind present, 0 when not run).
        row_counts: ``str(QualifiedName)`` -> rows, for every table checked.
        references: Declared reference (no FK constraint) -> rows pointing at no parent row;
            more than its ``orphans`` share asks for is an ``fk_orphan`` problem.
        seconds: Wall time of the whole verification.
    """

    problems: tuple[Problem, ...]
    checked: dict[str, int] = field(default_factory=dict)
    row_counts: dict[str, int] = field(default_factory=dict)
    references: dict[str, int] = field(default_factory=dict)  # declared reference -> orphan rows
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the shape ``--output json`` and the API return)."""
        return {
            "ok": self.ok,
            "problems": [asdict(p) | {"columns": list(p.columns), "sample": list(p.sample)}
                         for p in self.problems],
            "checked": dict(self.checked),
            "row_counts": dict(self.row_counts),
            **({"references": dict(self.references)} if self.references else {}),
            "seconds": round(self.seconds, 6),
        }


def selected_tables(schema: Schema, tables: Iterable[QualifiedName] | None) -> list[Table]:
    """The tables a verification checks: all, or those named (once each, in the order given);
    an unknown name is ``UnknownTableError``."""
    if tables is None:
        return list(schema.tables)
    out: list[Table] = []
    for name in dict.fromkeys(tables):
        if not schema.has(name):
            raise UnknownTableError(f"unknown table {name}", subject=str(name),
                                    hint="name a table of the schema being verified")
        out.append(schema.table(name))
    return out


def verify(conn: Any, schema: Schema, *, tables: Iterable[QualifiedName] | None = None,
           require_nonempty: bool = False, **options: Any) -> VerifyReport:
    """The independent check of the connection's engine (``DatabaseEngine.verify``); PostgreSQL
    also takes ``expect_rows`` (``seedbed.engines.postgres.verify.verify``)."""
    from seedbed.engines import engine_of

    engine = engine_of(conn)
    if options:
        if engine.name != "postgresql":
            raise TypeError(f"verify options {sorted(options)} are PostgreSQL's only")
        from seedbed.engines.postgres.verify import verify as pg_verify

        return pg_verify(conn, schema, tables=tables, require_nonempty=require_nonempty, **options)
    return engine.verify(conn, schema, tables=tables, require_nonempty=require_nonempty)
