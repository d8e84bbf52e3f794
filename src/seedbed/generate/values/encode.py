"""Values -> PostgreSQL text: input literals, array literals and COPY text-format cells.

``literals`` gives each row's value in the type's text input form (what ``'...'::type`` reads);
``encode`` turns that into COPY ``FORMAT text`` cells: ``\\N`` for NULL, backslash, tab,
newline and carriage return escaped (only scanned for in kinds that can contain them, and only
rewritten when present). Numbers, dates and timestamps are formatted vectorised (1M int64 cells
take about 0.2 s).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from seedbed.generate.values import numbers, temporal
from seedbed.generate.values.data import ColumnData
from seedbed.model import ColumnType, TypeKind

__all__ = ["NULL", "array_literal", "copy_escape", "encode", "literals", "quote_element"]

NULL = r"\N"

_NUMBER_KINDS = frozenset({TypeKind.INTEGER, TypeKind.OID, TypeKind.NUMERIC, TypeKind.MONEY,
                           TypeKind.FLOAT})
_TEMPORAL_KINDS = frozenset({TypeKind.DATE, TypeKind.TIME, TypeKind.TIMETZ, TypeKind.TIMESTAMP,
                             TypeKind.TIMESTAMPTZ, TypeKind.INTERVAL})
#: Kinds whose literals never contain a character COPY must escape.
_PLAIN_KINDS = _NUMBER_KINDS | _TEMPORAL_KINDS | {TypeKind.BOOL, TypeKind.UUID, TypeKind.INET,
                                                   TypeKind.CIDR, TypeKind.MACADDR,
                                                   TypeKind.MACADDR8, TypeKind.BIT, TypeKind.VARBIT}
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NEEDS_QUOTES = re.compile(r'[{}",;\\\s]')


def quote_element(text: str | None) -> str:
    """One array element in an array literal: NULL, bare, or double-quoted with escapes."""
    if text is None:
        return "NULL"
    if text == "" or _NEEDS_QUOTES.search(text) or text.upper() == "NULL":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def array_literal(items: list[Any], delimiter: str = ",") -> str:
    """``{a,b,"c d"}`` for a list of element literals (nested lists: a multi-dimensional array)."""
    return "{" + delimiter.join(array_literal(e, delimiter) if isinstance(e, list) else quote_element(e)
                                for e in items) + "}"


def _delimiter(ctype: ColumnType) -> str:
    return ";" if ctype.kind is TypeKind.BOX else ","


def literals(ctype: ColumnType, values: np.ndarray) -> list[str]:
    """Each value's text input form for ``ctype`` (NULL rows get a literal of their placeholder).

    Args:
        ctype: the column type (arrays: values are lists of element literals).
        values: ``ColumnData.values``.

    Returns:
        One ``str`` per row, not yet COPY-escaped.
    """
    kind = ctype.kind
    if ctype.is_array:
        delim = _delimiter(ctype)
        return [array_literal(v, delim) if isinstance(v, list) else str(v) for v in values.tolist()]
    if values.dtype == object and kind in _NUMBER_KINDS | _TEMPORAL_KINDS | {TypeKind.BOOL}:
        return [str(v) for v in values.tolist()]  # already text (e.g. an unusual allowed value)
    if kind in _NUMBER_KINDS:
        return numbers.literals(ctype, values)
    if kind in _TEMPORAL_KINDS:
        return temporal.literals(ctype, values)
    if kind is TypeKind.BOOL:
        return np.where(values.astype(bool), "t", "f").tolist()
    if kind is TypeKind.BYTEA:
        return [("\\x" + v.hex()) if isinstance(v, bytes | bytearray) else str(v) for v in values.tolist()]
    items = values.tolist()
    if set(map(type, items)) <= {str}:  # the usual case: text already (a C-speed check, no Python loop)
        return items
    return ["" if v is None else v if isinstance(v, str) else str(v) for v in items]


def copy_escape(cells: list[str]) -> list[str]:
    """Escape backslash, tab, newline and CR for COPY text format (a no-op when none occur)."""
    joined = "".join(cells)
    if "\\" not in joined and "\t" not in joined and "\n" not in joined and "\r" not in joined:
        return cells
    return [c.translate(_COPY_ESCAPES) for c in cells]


def encode(column_type: ColumnType, data: ColumnData) -> list[str]:
    """COPY text-format cells, one per row: ``\\N`` for NULL, escaped otherwise.

    Args:
        column_type: the column's type.
        data: the generated values.

    Returns:
        One ``str`` per row, ready to join with tabs.
    """
    nulls = data.nulls
    n = len(data.values)
    if n == 0:
        return []
    if nulls is not None and nulls.all():
        return [NULL] * n
    if column_type.kind is TypeKind.OTHER:
        cells = [str(v) for v in data.values.tolist()]
    else:
        cells = literals(column_type, data.values)
    if column_type.is_array or column_type.kind not in _PLAIN_KINDS:
        cells = copy_escape(cells)
    if nulls is not None:
        for i in np.flatnonzero(nulls).tolist():
            cells[i] = NULL
    return cells
