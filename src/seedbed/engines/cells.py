"""COPY-text cells (what ``seedbed.generate.engine.Chunk.columns`` holds) -> driver values.

The generator speaks PostgreSQL's COPY text format: ``\\N`` for NULL, backslash escapes for
backslash, tab, newline and CR, and PostgreSQL's literal forms (booleans ``t``/``f``, bytea
``\\x..``, timestamptz with an offset such as ``+00``, arrays ``{..}``). An engine that binds
parameters (SQLite's ``executemany``, a MySQL driver) turns each column into Python values with
``column_decoder``: one function per column, applied to a whole chunk column at once.

The defaults are the natural Python values (int, float, Decimal, bool, bytes, date, datetime,
time, str); an engine passes ``overrides`` per kind where its driver or storage wants another
form (SQLite keeps dates and decimals as their text, for example).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from seedbed.model import ColumnType, TypeKind

__all__ = ["NULL", "Convert", "Whole", "column_decoder", "copy_text", "iso_offset", "to_cells", "unescape_cell"]

NULL = r"\N"
Convert = Callable[[str], Any]

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def copy_text(columns: Sequence[list[str]]) -> bytes:
    """Rows in COPY text format (cells already encoded): what PostgreSQL's COPY and MySQL's
    LOAD DATA read."""
    return ("\n".join(map("\t".join, zip(*columns, strict=True))) + "\n").encode()


def unescape_cell(cell: str) -> str:
    """One non-NULL COPY text cell back to its text (``\\\\`` -> ``\\``, ``\\n`` -> newline, ...)."""
    if "\\" not in cell:
        return cell
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), cell)


def iso_offset(text: str) -> str:
    """PostgreSQL's short UTC offset (``... +00``) as ``+00:00`` (ISO 8601, what SQLite's date
    functions and most drivers read)."""
    if len(text) > 3 and text[-3] in "+-" and text[-2:].isdigit():  # the usual form, without a regex
        return text + ":00"
    return text


def _bool(text: str) -> bool:
    return text in ("t", "true", "1", "y", "yes", "on")


def _bytea(text: str) -> bytes:
    return bytes.fromhex(text[2:]) if text.startswith("\\x") else text.encode()


def _money(text: str) -> Decimal:
    return Decimal(re.sub(r"[^\d.\-]", "", text) or "0")


#: kind -> conversion of the unescaped text, for scalars (arrays and unlisted kinds stay text).
DEFAULTS: dict[TypeKind, Convert] = {
    TypeKind.INTEGER: int,
    TypeKind.OID: int,
    TypeKind.FLOAT: float,
    TypeKind.NUMERIC: Decimal,
    TypeKind.MONEY: _money,
    TypeKind.BOOL: _bool,
    TypeKind.BYTEA: _bytea,
    TypeKind.DATE: dt.date.fromisoformat,
    TypeKind.TIME: dt.time.fromisoformat,
    TypeKind.TIMESTAMP: dt.datetime.fromisoformat,
    TypeKind.TIMESTAMPTZ: lambda s: dt.datetime.fromisoformat(iso_offset(s)),
}
#: Kinds whose cells never hold a backslash escape (encode.py leaves them unescaped).
_PLAIN = frozenset({TypeKind.INTEGER, TypeKind.OID, TypeKind.FLOAT, TypeKind.NUMERIC, TypeKind.MONEY,
                    TypeKind.BOOL, TypeKind.DATE, TypeKind.TIME, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ,
                    TypeKind.UUID})


class Whole:
    """An override converting a whole column of non-NULL texts at once (``list -> list``): a
    check over the joined column often proves no cell needs the per-cell work."""

    def __init__(self, convert: Callable[[list[str]], list[Any]]) -> None:
        self.convert = convert


def column_decoder(ctype: ColumnType, overrides: Mapping[TypeKind, Convert | Whole | None] | None = None
                   ) -> Callable[[list[str]], list[Any]]:
    """A function turning one column of COPY cells into driver values (None for NULL).

    ``overrides`` replaces the conversion of a kind (per cell, or a ``Whole`` column of a plain
    kind); ``None`` there keeps the unescaped text. Arrays are kept as their PostgreSQL literal text.
    """
    kind = ctype.kind
    table = {**DEFAULTS, **(overrides or {})}
    convert = None if ctype.is_array else table.get(kind)
    plain = kind in _PLAIN and not ctype.is_array

    if plain and isinstance(convert, Whole):
        whole = convert.convert

        def decode(cells: list[str]) -> list[Any]:
            if NULL not in cells:
                return whole(cells)
            at = [i for i, c in enumerate(cells) if c != NULL]
            out: list[Any] = [None] * len(cells)
            for i, v in zip(at, whole([cells[i] for i in at]), strict=True):
                out[i] = v
            return out
    elif plain and convert is not None:
        def decode(cells: list[str]) -> list[Any]:
            if NULL not in cells:
                return list(map(convert, cells))
            return [None if c == NULL else convert(c) for c in cells]
    elif plain:
        def decode(cells: list[str]) -> list[Any]:
            return cells if NULL not in cells else [None if c == NULL else c for c in cells]
    elif convert is not None:
        def decode(cells: list[str]) -> list[Any]:
            return [None if c == NULL else convert(unescape_cell(c)) for c in cells]
    else:
        def decode(cells: list[str]) -> list[Any]:
            if "\\" not in "".join(cells):
                return cells
            return [None if c == NULL else unescape_cell(c) for c in cells]
    return decode


def to_cells(ctype: ColumnType, values: list[Any]) -> list[str]:
    """Driver values read back from a table (existing keys in append mode) as COPY cells, the
    form the generator's key pools hold: the inverse of ``column_decoder``."""
    from seedbed.generate.values import copy_escape

    kind = ctype.kind
    out: list[str] = []
    for v in values:
        if v is None:
            out.append(NULL)
        elif kind is TypeKind.BOOL and not ctype.is_array:
            out.append("t" if _bool(str(v).lower()) or v is True else "f")
        elif isinstance(v, bytes | bytearray | memoryview):
            out.append("\\x" + bytes(v).hex())
        elif isinstance(v, float):
            out.append(repr(v))
        else:
            out.append(str(v))
    return copy_escape(out)
