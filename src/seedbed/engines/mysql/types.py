"""MySQL / MariaDB column types onto ``seedbed.model.TypeKind``.

What a MySQL type admits beyond what the kind says (unsigned and narrow integer ranges, YEAR,
TIMESTAMP's 1970-2038 window) becomes a CHECK the solver folds into the column's domain like
any other bound: one mechanism, the generators need not know MySQL. Those checks are named
``(column type)`` and are never sent to the server (verify reads the server's own CHECKs).
"""

from __future__ import annotations

import re
from typing import Any

from seedbed.model import Check, ColumnType, TypeKind

#: integer data type -> (signed low, signed high), and the bits of the PostgreSQL integer that holds it.
_INTS = {"tinyint": (8, 16), "smallint": (16, 32), "mediumint": (24, 32), "int": (32, 64), "integer": (32, 64),
         "bigint": (64, 64)}
_TEXT = {"char", "varchar", "tinytext", "text", "mediumtext", "longtext"}
_BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}
_BYTES_PER_CHAR = {"utf8mb4": 4, "utf8mb3": 3, "utf8": 3, "utf16": 4, "utf32": 4, "ucs2": 2}
#: The TIMESTAMP type's window (UTC), a day inside each end so no time zone crosses it.
_TS_LOW, _TS_HIGH = "1970-01-02 00:00:00", "2038-01-18 00:00:00"
#: A synthetic check's name: '(' column type ')' never names a server constraint.
SYNTHETIC = re.compile(r"^\(.*\)$")

_LABEL = re.compile(r"'((?:[^'\\]|''|\\.)*)'")


def labels(column_type: str) -> tuple[str, ...]:
    """The labels of ``enum('a','b')`` / ``set('a','b')`` as COLUMN_TYPE spells them."""
    inner = column_type[column_type.index("(") + 1:column_type.rindex(")")]
    return tuple(m.group(1).replace("''", "'").replace("\\\\", "\\") for m in _LABEL.finditer(inner))


def _range_check(column: str, sql_type: str, low: Any, high: Any) -> Check:
    lo = f"'{low}'" if isinstance(low, str) else str(low)
    hi = f"'{high}'" if isinstance(high, str) else str(high)
    return Check(name=f"({column} {sql_type})", expression=f'(("{column}" >= {lo}) AND ("{column}" <= {hi}))',
                 columns=(column,))


def map_type(row: dict[str, Any]) -> tuple[ColumnType, list[Check]]:
    """The model type of one information_schema.COLUMNS row, and the checks its range implies."""
    data_type = row["DATA_TYPE"].lower()
    full = row["COLUMN_TYPE"]
    lowered = full.lower()
    column = row["COLUMN_NAME"]
    collation = row.get("COLLATION_NAME") or ""
    base = {"kind": TypeKind.OTHER, "sql_name": full, "base_name": data_type}
    checks: list[Check] = []
    if data_type == "tinyint" and lowered.startswith("tinyint(1)") and "unsigned" not in lowered:
        return ColumnType(kind=TypeKind.BOOL, sql_name=full, base_name=data_type), []
    if data_type in _INTS:
        width, bits = _INTS[data_type]
        unsigned = "unsigned" in lowered
        low, high = (0, 2**width - 1) if unsigned else (-(2 ** (width - 1)), 2 ** (width - 1) - 1)
        if unsigned or bits != width:
            checks.append(_range_check(column, full, low, min(high, 2**63 - 1)))
        return ColumnType(kind=TypeKind.INTEGER, sql_name=full, base_name=data_type, bits=bits), checks
    if data_type == "year":
        return ColumnType(kind=TypeKind.INTEGER, sql_name=full, base_name=data_type, bits=16), \
            [_range_check(column, full, 1901, 2155)]
    if data_type in ("decimal", "numeric"):
        if "unsigned" in lowered:
            checks.append(Check(name=f"({column} {full})", expression=f'("{column}" >= 0)', columns=(column,)))
        return ColumnType(kind=TypeKind.NUMERIC, sql_name=full, base_name=data_type,
                          precision=row["NUMERIC_PRECISION"], scale=row["NUMERIC_SCALE"]), checks
    if data_type in ("float", "double", "real") and re.search(r"\(\d+,\d+\)", lowered):
        # The deprecated FLOAT(M,D) / DOUBLE(M,D): M digits, D after the point, like DECIMAL(M,D).
        if "unsigned" in lowered:
            checks.append(Check(name=f"({column} {full})", expression=f'("{column}" >= 0)', columns=(column,)))
        return ColumnType(kind=TypeKind.NUMERIC, sql_name=full, base_name=data_type,
                          precision=row["NUMERIC_PRECISION"], scale=row["NUMERIC_SCALE"]), checks
    if data_type in ("float", "double", "real"):
        if "unsigned" in lowered:
            checks.append(Check(name=f"({column} {full})", expression=f'("{column}" >= 0)', columns=(column,)))
        return ColumnType(kind=TypeKind.FLOAT, sql_name=full, base_name=data_type,
                          bits=32 if data_type == "float" else 64), checks
    if data_type in _TEXT:
        if data_type in ("char", "varchar"):
            length = row["CHARACTER_MAXIMUM_LENGTH"]
        else:  # TEXT types are limited in bytes: the characters that fit at the charset's widest
            charset = collation.split("_", 1)[0] if collation else "utf8mb4"
            octets = row["CHARACTER_OCTET_LENGTH"] or 0
            length = octets // _BYTES_PER_CHAR.get(charset, 1) if octets < 2**24 else None
        return ColumnType(kind=TypeKind.TEXT, sql_name=full, base_name=data_type, length=length,
                          fixed_length=data_type == "char", case_insensitive=case_insensitive(collation)), []
    if data_type in _BINARY:
        octets = row["CHARACTER_OCTET_LENGTH"] or 0
        return ColumnType(kind=TypeKind.BYTEA, sql_name=full, base_name=data_type,
                          length=octets if octets < 2**24 else None, fixed_length=data_type == "binary"), []
    if data_type in ("enum", "set"):
        return ColumnType(kind=TypeKind.ENUM, sql_name=full, base_name=data_type, enum_labels=labels(full)), []
    if data_type == "date":
        return ColumnType(kind=TypeKind.DATE, sql_name=full, base_name=data_type), []
    if data_type == "time":
        return ColumnType(kind=TypeKind.TIME, sql_name=full, base_name=data_type,
                          precision=row.get("DATETIME_PRECISION") or 0), []
    if data_type in ("datetime", "timestamp"):
        if data_type == "timestamp":
            checks.append(_range_check(column, full, _TS_LOW, _TS_HIGH))
        return ColumnType(kind=TypeKind.TIMESTAMP, sql_name=full, base_name=data_type,
                          precision=row.get("DATETIME_PRECISION") or 0), checks
    if data_type == "json":
        return ColumnType(kind=TypeKind.JSON, sql_name=full, base_name=data_type), []
    if data_type == "uuid":
        return ColumnType(kind=TypeKind.UUID, sql_name=full, base_name=data_type), []
    if data_type == "bit":
        length = row["NUMERIC_PRECISION"] or 1
        return ColumnType(kind=TypeKind.BIT, sql_name=full, base_name=data_type, length=length,
                          fixed_length=True), []
    if data_type in ("inet4", "inet6"):
        return ColumnType(kind=TypeKind.INET, sql_name=full, base_name=data_type), []
    if data_type == "point":
        return ColumnType(kind=TypeKind.POINT, sql_name=full, base_name=data_type), []
    return ColumnType(**base), []


def case_insensitive(collation: str) -> bool:
    """Whether two values differing only by case are equal under ``collation`` (``_ci``; MySQL 8's
    ``_ai_ci`` too; a ``_bin``, ``_cs`` or ``_as_cs`` collation compares exactly)."""
    return collation.endswith("_ci")
