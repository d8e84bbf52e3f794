"""The two records value generation speaks: what is asked (``GenRequest``) and what comes back.

``ColumnData.values`` holds one element per row, NULL rows included (their value is a
placeholder the encoder never reads). The dtype depends on the column's kind:

==========================================  ===================================================
kind                                        ``values``
==========================================  ===================================================
integer, oid                                int64
numeric, money, float                       float64 (numeric/money: rounded to the scale)
bool                                        bool
date                                        datetime64[D]
timestamp, timestamptz                      datetime64[us] (timestamptz: UTC, naive)
time, timetz                                timedelta64[us] since midnight (timetz: UTC)
interval                                    timedelta64[us]
bytea                                       object: ``bytes``
array (any element type)                    object: ``list`` of element literals (``str``, PG
                                            text form, ``None`` for a NULL element)
everything else (text, "char", enum, uuid,  object: ``str`` in PostgreSQL's text input form
json, inet, bit, ranges, geometry, ...)     (not yet COPY-escaped)
==========================================  ===================================================
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seedbed.generate.streams import digest
from seedbed.model import Column, ColumnDomain

__all__ = ["ColumnData", "GenRequest", "column_key", "may_be_null", "object_array"]


@dataclass(frozen=True, slots=True)
class ColumnData:
    """Generated values of one column for one chunk of rows.

    Attributes:
        values: one value per row (dtype per kind: see the module docstring).
        nulls: boolean mask, True = NULL; None when no row is NULL.
    """

    values: np.ndarray
    nulls: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.values)

    def take(self, rows: np.ndarray) -> ColumnData:
        """The rows ``rows`` (an index array or a boolean mask) of this data."""
        nulls = None if self.nulls is None else self.nulls[rows]
        if nulls is not None and not nulls.any():
            nulls = None
        return ColumnData(values=self.values[rows], nulls=nulls)


@dataclass(frozen=True, slots=True, kw_only=True)
class GenRequest:
    """What to generate for one column and one chunk of rows.

    Attributes:
        column: the column (its type drives the generator).
        domain: what the CHECK folder learned about the column (``ColumnDomain()`` = anything).
        index: int64 global row numbers of this chunk; unique values are functions of these.
        unique: values must be distinct across all rows of the table, not only this chunk.
        null_rate: fraction of NULLs wanted; ignored when the column or its domain forbids NULL.
        low: per-row lower bound (from a ``ColumnOrder`` such as ``shipped_at >= placed_at``);
            NULL rows of the bound leave the row unconstrained.
        low_inclusive: whether the value may equal ``low``.
        high: per-row upper bound.
        high_inclusive: whether the value may equal ``high``.
        table_rows: total rows planned for the table (sizes unique spaces); 0 = unknown.
        salt: mixed into index-derived values (UUIDs, scrambles) so that two tables with a
            same-named column do not get the same values; the engine may pass e.g.
            ``digest(seed, table)``. Must be the same for every chunk of a table.
        gap: ``(shortest, usual, longest)`` seconds a moment lies after its ``low`` bound when
            the names say how long that is (an arrival after its departure); None = the axis's.
    """

    column: Column
    domain: ColumnDomain
    index: np.ndarray
    unique: bool = False
    null_rate: float = 0.0
    low: ColumnData | None = None
    low_inclusive: bool = True
    high: ColumnData | None = None
    high_inclusive: bool = True
    table_rows: int = 0
    salt: int = 0
    gap: tuple[int, int, int] | None = None

    @property
    def n(self) -> int:
        return len(self.index)


def column_key(req: GenRequest, *extra: object) -> int:
    """The key of the index-derived scrambles of a request's column (stable across chunks)."""
    col = req.column
    return digest("values", col.name, col.type.sql_name, req.salt, *extra)


def may_be_null(column: Column, domain: ColumnDomain) -> bool:
    """Whether NULL is allowed by the column, its domain type and its folded CHECKs."""
    dt = column.type.domain
    return column.nullable and not domain.not_null and not (dt is not None and dt.not_null)


def object_array(items: list | tuple) -> np.ndarray:
    """A 1-D object array of ``items`` (never a 2-D one, even when items are equal-length lists)."""
    return np.fromiter(items, dtype=object, count=len(items))
