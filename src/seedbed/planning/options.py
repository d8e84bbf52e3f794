"""What a user asks of a seed: rows, tables, and per-column / per-FK wishes.

Every interface produces these: CLI flags, the ``--scope`` language, ``seedbed.toml``, the JSON
spec, the HTTP API and MCP. Keys name a column as ``"table.column"`` (``"schema.table.column"``
when the table name is ambiguous); the planner resolves them and reports unknown names with a
did-you-mean hint.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from seedbed.model import ColumnDomain


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnSpec:
    """What is asked of one column's values; every field is optional.

    Attributes:
        provider: a generator by name instead of the inferred one: an intent such as
            ``"internet.email"``, or ``"faker.<method>"`` (a data-generating Faker method).
        params: keyword arguments for the provider.
        domain: narrows the column's folded domain (a range, a time window, an allowed set).
        weights: a value mix, e.g. ``{"completed": 0.6, "shipped": 0.25, ...}``; values outside
            the column's domain are an error.
        null_rate: the share of NULLs (ignored where NULL is not allowed).
        unique: force (or drop) uniqueness by construction.
    """

    provider: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    domain: ColumnDomain | None = None
    weights: Mapping[Any, float] | None = None
    null_rate: float | None = None
    unique: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FkSpec:
    """What is asked of one foreign key (named by its first column, ``"orders.user_id"``).

    Attributes:
        fanout: children per parent row, ``(low, high)`` inclusive; the child's row count
            follows from it (``"with 1-5 items per order"``).
        parent_keys: existing parent keys to pick from, as text (``"orders for user IDs 3, 5"``);
            every one must exist.
        parents: how many parent rows to spread the children over (``"across 50 customers"``).
        orphans: the share of rows given a value no parent row holds (declared references only:
            ``"10% with user IDs that don't exist"``); overrides the reference's own ``orphans``.
    """

    fanout: tuple[int, int] | None = None
    parent_keys: tuple[str, ...] | None = None
    parents: int | None = None
    orphans: float | None = None  # a declared reference: this exact share of rows points at no parent row


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanOptions:
    rows: int | None = None  # every selected table gets this many rows
    rows_per_table: Mapping[str, int] = field(default_factory=dict)  # 'users' or 'auth.users' -> rows
    tables: tuple[str, ...] = ()  # only these (plus required parents)
    exclude: tuple[str, ...] = ()
    seed: int = 0
    truncate: bool = False
    columns: Mapping[str, ColumnSpec] = field(default_factory=dict)  # 'table.column' -> spec
    fks: Mapping[str, FkSpec] = field(default_factory=dict)  # 'table.fk_column' -> spec
    locale: str | None = None  # e.g. 'de_DE': the locale people and addresses are drawn from
    domain_pack: str | None = None  # 'ecommerce', 'saas', ...: forces the vocabulary
    theme: tuple[str, ...] = ()  # product categories ('electronics', ...): every product comes from them
    plain: bool = False  # typed values only: no column intents (fastest; for load tests)
    after: tuple[tuple[str, str, str], ...] = ()  # (child, parent, child column): child's time after its parent row's
    #: (table, column, other column, hours): ``column`` at most ``hours`` after ``other`` of the same row
    within: tuple[tuple[str, str, str, float], ...] = ()
    #: rules the rows keep that the database does not declare: (table, SQL boolean expression over its
    #: columns), held like a CHECK (``seedbed.rules``; a scope's "cancelled orders have no shipped date")
    rules: tuple[tuple[str, str], ...] = ()
    #: (table, column, other column, low hours, high hours or None): ``column`` lies that long after
    #: ``other`` of the same row ("stays of 2 to 5 nights": check_out 48..120 hours after check_in)
    spans: tuple[tuple[str, str, str, float, float | None], ...] = ()
    #: tables declared event stores, with their event types in order (seedbed.toml ``[events]``)
    events: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: declared polymorphic references: (table, stem, {type value: target table}) (``[polymorphic]``)
    polymorphic: tuple[tuple[str, str, Mapping[str, str]], ...] = ()
    #: seedbed.toml ``[references]`` as written: FKs the database does not enforce (``seedbed.references``);
    #: added to the schema when it is read (``service.load_schema``)
    references: Mapping[str, Any] = field(default_factory=dict)
