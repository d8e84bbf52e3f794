"""seedbed: realistic synthetic rows that satisfy every constraint, offline and deterministic.

The Python API::

    import seedbed
    result = seedbed.seed("postgresql://localhost/app", rows=500, seed=42)
    assert result.ok
    report = seedbed.verify("postgresql://localhost/app")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from seedbed.errors import SeedbedError

if TYPE_CHECKING:
    from seedbed.planning.model import Plan
    from seedbed.service import SeedResult

__version__ = "0.1.0"
__all__ = ["SeedbedError", "__version__", "plan", "seed", "verify"]


def _options(rows: int | Mapping[str, int] | None, tables: Sequence[str], exclude: Sequence[str],
             seed: int | None, truncate: bool, plain: bool = False,
             references: Mapping[str, Any] | None = None) -> Any:
    from seedbed.planning.planner import PlanOptions

    per = dict(rows) if isinstance(rows, Mapping) else {}
    return PlanOptions(rows=rows if isinstance(rows, int) else None, rows_per_table=per, tables=tuple(tables),
                       exclude=tuple(exclude), seed=seed or 0, truncate=truncate, plain=plain,
                       references=dict(references or {}))


def seed(dsn: str | None = None, *, rows: int | Mapping[str, int] | None = None, tables: Sequence[str] = (),
         exclude: Sequence[str] = (), seed: int | None = None, truncate: bool = False,
         verify: bool = True, bulk: bool = False, workers: int = 1, plain: bool = False,
         max_rows: int | None = 50_000_000, disable_triggers: bool = False,
         references: Mapping[str, Any] | None = None) -> SeedResult:
    """Seed the database at ``dsn`` in one transaction and verify it.

    Args:
        dsn: a libpq URL or key=value string; default ``SEEDBED_DSN`` then ``DATABASE_URL``.
        rows: rows for every table, or a mapping ``{"users": 1000, "orders": 5000}``.
        tables: only these tables (their required parents are added).
        exclude: leave these tables out.
        seed: the random seed; a fresh one (reported in the result) when omitted.
        truncate: empty the seeded tables first, inside the same transaction.
        verify: run the independent checks after loading.
        bulk: drop the seeded tables' secondary indexes and FK/CHECK constraints for the load and
            re-create them in the same transaction (README "Bulk mode": needs table ownership).
        workers: generate in this many processes (byte-identical to one).
        plain: typed values only, no column intents (fastest; realism off).
        max_rows: refuse (``SB130``) a plan of more rows than this in all; None: no limit.
        disable_triggers: user triggers off for the load (needs a superuser); the rules they
            enforce are then not checked.
        references: declared references, ``{"orders.user_id": "users.id"}`` (as ``[references]``
            of seedbed.toml): kept and verified like foreign keys the database does not enforce.

    Raises:
        SeedbedError: with a stable ``code``, a ``hint`` and the ``subject`` concerned.
    """
    from seedbed import service

    return service.seed(dsn, _options(rows, tables, exclude, seed, truncate, plain, references), verify=verify, bulk=bulk,
                        workers=workers, max_rows=max_rows, disable_triggers=disable_triggers)


def plan(dsn: str | None = None, *, rows: int | Mapping[str, int] | None = None, tables: Sequence[str] = (),
         exclude: Sequence[str] = (), seed: int | None = None, references: Mapping[str, Any] | None = None) -> Plan:
    """The plan a seed would follow (writes nothing)."""
    from seedbed import service
    from seedbed.generate.streams import new_seed

    with service.connect(dsn, autocommit=True) as conn:
        schema = service.load_schema(conn, None, references)
        return service.make_plan(conn, schema, _options(rows, tables, exclude, seed or new_seed(), False,
                                                        references=references))


def verify(dsn: str | None = None, *, tables: Sequence[str] = (), references: Mapping[str, Any] | None = None) -> Any:
    """Independent SQL checks of the data now in the database; returns a ``VerifyReport``."""
    from seedbed import service
    from seedbed.planning.select import find_table
    with service.connect(dsn, autocommit=True) as conn:
        schema = service.load_schema(conn, None, references)
        names = [find_table(schema, t) for t in tables] or None
        return service.verify_rows(conn, schema, tables=names)
