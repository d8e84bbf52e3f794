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
    min_items: int | None = None  # array columns: cardinality() / array_length() bounds
    max_items: int | None = None
    # range columns: bounds on ``upper(r) - lower(r)`` in the subtype's difference (an int for
    # int and date ranges, a Decimal for numranges, a timedelta for timestamp ranges)
    span_low: Bound | None = None
    span_high: Bound | None = None

    @property
    def unconstrained(self) -> bool:
        return self == ColumnDomain(not_null=self.not_null)


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnOrder:
    """``left op right`` for two columns of one row, e.g. ``shipped_at >= placed_at``.

    ``op`` is one of ``<``, ``<=``, ``>``, ``>=``, ``<>``, ``=``. ``nullable_left`` is set when the
    CHECK allows the left side to be NULL instead (``shipped_at IS NULL OR shipped_at >= placed_at``).
    ``offset`` shifts the right side (``end_date >= start_date + 1``: ``timedelta(days=1)``;
    an ``int`` / ``Decimal`` for numbers, a ``timedelta`` for dates and timestamps).
    """

    left: str
    op: str
    right: str
    nullable_left: bool = False
    offset: Any = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RowCase:
    """One way for a row to satisfy a group of interacting CHECKs: what it adds to the domains.

    ``columns`` are intersected with the table's column domains for the rows that take this
    case; ``orders`` hold for those rows only.
    """

    columns: dict[str, ColumnDomain]
    orders: tuple[ColumnOrder, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseGroup:
    """CHECKs over shared columns solved together, as the cases a row may take (one per row).

    ``(a IS NULL) <> (b IS NULL)`` is two cases (a set, b NULL / a NULL, b set); two CHECKs over
    shared columns are the feasible combinations of their branches. Each row draws one case
    from its own stream, so every case appears and the conjunction holds on every row.
    """

    checks: tuple[str, ...]  # names of the CHECKs the group solves
    cases: tuple[RowCase, ...]

    @property
    def columns(self) -> frozenset[str]:
        return frozenset(c for case in self.cases for c in case.columns) | frozenset(
            c for case in self.cases for o in case.orders for c in (o.left, o.right))


@dataclass(frozen=True, slots=True, kw_only=True)
class TableDomains:
    """Everything the folder learned from one table's CHECKs, domain CHECKs and partition bounds."""

    columns: dict[str, ColumnDomain]  # only the columns something is known about
    orders: tuple[ColumnOrder, ...] = ()
    residual: tuple[Check, ...] = ()  # not folded exactly: validated by the database (the oracle)
    unsatisfiable: tuple[Check, ...] = ()  # folded to an empty domain: refused before generating
    groups: tuple[CaseGroup, ...] = ()  # interacting CHECKs: each row takes one case per group
    why_unsatisfiable: str = ""  # what the folder found, for the refusal's message

    def column(self, name: str) -> ColumnDomain:
        return self.columns.get(name, ColumnDomain())
