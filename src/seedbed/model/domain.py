"""What the CHECK folder (``seedbed.solve``) learns about a table's columns.

A ``ColumnDomain`` narrows the values a generator may produce; ``ColumnOrder`` ties two
columns of the same row together; whatever could not be folded exactly stays a residual
CHECK that the database evaluates on candidate rows (the oracle).

Literal values are already converted to Python values matching the column's type kind:
``int`` for integers, ``decimal.Decimal`` for numeric/money, ``float`` for floats,
``datetime.date`` / ``datetime.datetime`` (tz-aware for timestamptz) / ``datetime.time``,
``str`` for text, enums and everything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seedbed.model.schema import Check


@dataclass(frozen=True, slots=True, kw_only=True)
class Bound:
    value: Any
    inclusive: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnDomain:
    """Constraints on one column's values. Every field narrows; the defaults allow anything."""

    not_null: bool = False  # a CHECK (or domain) forbids NULL
    allowed: tuple[Any, ...] | None = None  # a finite set (IN / = ANY / = 'x' / OR of equalities)
    excluded: tuple[Any, ...] = ()  # <> / NOT IN
    low: Bound | None = None
    high: Bound | None = None
    min_length: int | None = None  # length()/char_length()/octet_length() bounds
    max_length: int | None = None
    patterns: tuple[str, ...] = ()  # POSIX regexes (~) every value must match
    case_insensitive_patterns: tuple[str, ...] = ()  # ~*
    not_patterns: tuple[str, ...] = ()  # !~ (validated, not constructed)
    likes: tuple[str, ...] = ()  # LIKE patterns (% and _)
    alternatives: tuple[ColumnDomain, ...] = ()  # OR of branches on this column: each row picks one
    lowercase: bool = False  # e.g. CHECK (x = lower(x))
    uppercase: bool = False
    nonblank: bool = False  # e.g. CHECK (x <> '') or btrim(x) <> ''
    always_null: bool = False  # only NULL: a chosen OR branch says x IS NULL (other fields moot)

    @property
    def unconstrained(self) -> bool:
        return self == ColumnDomain(not_null=self.not_null)


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnOrder:
    """``left op right`` for two columns of one row, e.g. ``shipped_at >= placed_at``.

    ``op`` is one of ``<``, ``<=``, ``>``, ``>=``, ``<>``. ``nullable_left`` is set when the
    CHECK allows the left side to be NULL instead (``shipped_at IS NULL OR shipped_at >= placed_at``).
    """

    left: str
    op: str
    right: str
    nullable_left: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class TableDomains:
    """Everything the folder learned from one table's CHECKs, domain CHECKs and partition bounds."""

    columns: dict[str, ColumnDomain]  # only the columns something is known about
    orders: tuple[ColumnOrder, ...] = ()
    residual: tuple[Check, ...] = ()  # not folded exactly: validated by the database (the oracle)
    unsatisfiable: tuple[Check, ...] = ()  # folded to an empty domain: refused before generating

    def column(self, name: str) -> ColumnDomain:
        return self.columns.get(name, ColumnDomain())
