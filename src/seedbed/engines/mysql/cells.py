"""PostgreSQL COPY text cells -> what MySQL's LOAD DATA reads, per column kind.

MySQL's default LOAD DATA format is PostgreSQL's COPY text format: tab-separated fields,
newline-terminated rows, ``\\N`` for NULL, backslash escapes for tab, newline, carriage return
and backslash. So most cells pass through untouched; only the literal forms that differ are
rewritten: booleans (``t``/``f`` -> 1/0), bytea (``\\x..`` -> hex, loaded through ``UNHEX``),
bit strings (loaded through ``CONV``) and points (``(x,y)`` -> WKT, through ``ST_GeomFromText``).
"""

from __future__ import annotations

import codecs
import unicodedata

from seedbed.engines.cells import NULL, unescape_cell
from seedbed.engines.mysql.session import quote
from seedbed.model import ColumnType, Table, TypeKind

_BOOL = {"t": "1", "f": "0", "true": "1", "false": "0", NULL: NULL}
#: kind -> the expression that turns the loaded text (a user variable) into the column's value.
_THROUGH = {TypeKind.BYTEA: "UNHEX({})", TypeKind.BIT: "CAST(CONV({}, 2, 10) AS UNSIGNED)",
            TypeKind.POINT: "ST_GeomFromText({})"}


def convert(ctype: ColumnType, cells: list[str]) -> list[str]:
    """One column's COPY cells as LOAD DATA text (NULL stays ``\\N``)."""
    kind = ctype.kind
    if kind is TypeKind.BOOL:
        return [_BOOL.get(c, c) for c in cells]
    if kind is TypeKind.BYTEA:  # COPY text doubles the backslash of '\x...'
        return [c if c == NULL else c[3:] if c.startswith("\\\\x") else c.encode().hex() for c in cells]
    if kind is TypeKind.POINT:
        return [c if c == NULL else "POINT(" + c.strip("()").replace(",", " ") + ")" for c in cells]
    return cells


#: MySQL character sets whose Python codec differs in name (MySQL's latin1 is Windows-1252).
_CODECS = {"latin1": "cp1252", "latin2": "iso8859-2", "ascii": "ascii", "binary": "latin-1", "koi8r": "koi8-r",
           "greek": "iso8859-7", "hebrew": "iso8859-8", "cp1250": "cp1250", "cp1251": "cp1251", "cp1256": "cp1256"}


def fold(cells: list[str], charset: str) -> list[str]:
    """Cells a column of a narrow character set (latin1, ascii, ...) can store: a character it
    lacks loses its accents (``ń`` -> ``n``) or, failing that, becomes ``?``; utf8mb4 columns
    are never folded. Cells already in the charset's range are untouched (the usual case)."""
    codec = _CODECS.get(charset, charset)
    try:
        codecs.lookup(codec)
    except LookupError:
        return cells
    out = []
    for c in cells:
        if c.isascii():
            out.append(c)
            continue
        try:
            c.encode(codec)
            out.append(c)
        except UnicodeEncodeError:
            plain = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
            out.append(plain.encode(codec, "replace").decode(codec))
    return out


def load_target(table: Table, columns: list[str]) -> tuple[str, str]:
    """The column list of a LOAD DATA statement and its SET clause (empty when none is needed):
    a column whose text needs a function goes through a user variable."""
    targets, sets = [], []
    for i, name in enumerate(columns):
        kind = table.column(name).type.kind
        if kind in _THROUGH:
            var = f"@v{i}"
            targets.append(var)
            sets.append(f"{quote(name)} = {_THROUGH[kind].format(var)}")
        else:
            targets.append(quote(name))
    return ", ".join(targets), (" SET " + ", ".join(sets)) if sets else ""


def value_sql(table: Table, name: str) -> str:
    """A placeholder for one value of ``name`` in an INSERT or UPDATE (``%s`` wrapped as LOAD DATA
    would wrap it)."""
    kind = table.column(name).type.kind
    return _THROUGH[kind].format("%s") if kind in _THROUGH else "%s"


def unescape(cell: str) -> str | None:
    """A LOAD DATA text cell as the value a parameterised statement sends (its escapes are COPY
    text's: ``seedbed.engines.cells``)."""
    return None if cell == NULL else unescape_cell(cell)
