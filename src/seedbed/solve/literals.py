"""Constants of deparsed CHECK expressions, as Python values of a column's type kind.

``pg_get_constraintdef`` prints constants as ``5``, ``6.50``, ``'-40'::integer``,
``(0)::numeric``, ``'2020-01-01'::date``, ``('Economy'::character varying)::text``,
``ARRAY[...]`` or ``'{1.5,2.5}'::numeric[]``. :func:`constant` reads such a node into a
:class:`Const` holding the value in the literal's own type family; :func:`to_kind` converts it
to the Python type ``seedbed.model.domain`` documents for a column's :class:`TypeKind`.
Anything that cannot be converted faithfully raises :class:`NotFoldable` (the caller leaves the
CHECK to the database).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pglast import ast

from seedbed.model.schema import ColumnType, TypeKind

__all__ = ["Const", "NotFoldable", "constant", "family_of", "to_kind"]

_FAMILIES = {
    "int2": "int", "int4": "int", "int8": "int", "smallint": "int", "integer": "int",
    "bigint": "int", "int": "int",
    "numeric": "numeric", "decimal": "numeric",
    "float4": "float", "float8": "float", "real": "float", "double precision": "float",
    "money": "money",
    "text": "text", "varchar": "text", "bpchar": "text", "char": "text", "name": "text",
    "citext": "text",
    "bool": "bool", "boolean": "bool",
    "date": "date", "timestamp": "timestamp", "timestamptz": "timestamptz", "time": "time",
    "timetz": "timetz", "interval": "interval",
    "uuid": "str", "inet": "str", "cidr": "str", "macaddr": "str", "macaddr8": "str",
    "json": "json", "jsonb": "json",
}
_TEXTUAL = frozenset({"text", "unknown", "user"})
_BOOL_WORDS = {"t": True, "true": True, "y": True, "yes": True, "on": True, "1": True,
               "f": False, "false": False, "n": False, "no": False, "off": False, "0": False}


class NotFoldable(ValueError):
    """A constant (or a comparison with it) that seedbed cannot evaluate faithfully."""


@dataclass(frozen=True, slots=True)
class Const:
    """A constant: ``value`` in the Python type of ``family``.

    ``family`` is one of the values of the type map ('int', 'numeric', 'float', 'money', 'text',
    'bool', 'date', 'timestamp', 'timestamptz', 'time', 'str', ...), 'unknown' for an
    undecorated string, 'user' for a string cast to a user type (an enum label, a domain),
    'array' (``value`` is a tuple of Const) or 'null'.
    """

    value: Any
    family: str


def family_of(type_name: ast.TypeName) -> str:
    """The family of a cast target (the last name part; schema ignored)."""
    name = type_name.names[-1].sval.lower()
    return _FAMILIES.get(name, "user")


def constant(node: Any) -> Const | None:
    """Read a constant expression node, or return None if ``node`` is not a constant."""
    if isinstance(node, ast.A_Const):
        if node.isnull:
            return Const(None, "null")
        val = node.val
        if isinstance(val, ast.Integer):
            return Const(val.ival, "int")
        if isinstance(val, ast.Float):
            return _safe(lambda: Const(_decimal(val.fval), "numeric"))
        if isinstance(val, ast.String):
            return Const(val.sval, "unknown")
        if isinstance(val, ast.Boolean):
            return Const(val.boolval, "bool")
        return None
    if isinstance(node, ast.TypeCast):
        inner = constant(node.arg)
        if inner is None or node.typeName.typmods:
            return None
        family = family_of(node.typeName)
        if node.typeName.arrayBounds:
            return _array(inner, family)
        return _safe(lambda: cast(inner, family))
    if isinstance(node, ast.A_ArrayExpr):
        elements = [constant(e) for e in node.elements or ()]
        if any(e is None for e in elements):
            return None
        return Const(tuple(elements), "array")
    if (isinstance(node, ast.A_Expr) and node.lexpr is None and node.name
            and node.name[-1].sval == "-"):
        inner = constant(node.rexpr)
        if inner is not None and inner.family in ("int", "numeric", "float"):
            return Const(-inner.value, inner.family)
    return None


def _safe(make: Any) -> Const | None:
    try:
        return make()
    except (NotFoldable, ValueError, ArithmeticError, TypeError):
        return None


def _array(inner: Const, family: str) -> Const | None:
    if inner.family == "array":
        items = inner.value
    elif inner.family == "unknown" and isinstance(inner.value, str):
        parsed = _parse_array_literal(inner.value)
        if parsed is None:
            return None
        items = tuple(Const(None, "null") if s is None else Const(s, "unknown") for s in parsed)
    else:
        return None
    out = []
    for item in items:
        c = item if item.family == "null" else _safe(lambda item=item: cast(item, family))
        if c is None:
            return None
        out.append(c)
    return Const(tuple(out), "array")


def _parse_array_literal(text: str) -> list[str | None] | None:
    """A one-dimensional array literal ``{a,"b c",NULL}``; None if nested or malformed."""
    text = text.strip()
    if len(text) < 2 or text[0] != "{" or text[-1] != "}":
        return None
    body, out, i = text[1:-1], [], 0
    if not body.strip():
        return []
    while i <= len(body):
        while i < len(body) and body[i].isspace():
            i += 1
        if i < len(body) and body[i] == "{":
            return None
        if i < len(body) and body[i] == '"':
            j, buf = i + 1, []
            while j < len(body) and body[j] != '"':
                if body[j] == "\\" and j + 1 < len(body):
                    j += 1
                buf.append(body[j])
                j += 1
            out.append("".join(buf))
            i = body.find(",", j)
        else:
            j = body.find(",", i)
            raw = (body[i:] if j < 0 else body[i:j]).strip()
            out.append(None if raw.upper() == "NULL" else raw)
            i = j
        if i < 0:
            break
        i += 1
    return out


def cast(c: Const, family: str) -> Const:
    """Convert a constant to another family, as ``::type`` would (the cases CHECKs use)."""
    v = c.value
    if c.family == "null":
        return c
    if c.family == "array":
        raise NotFoldable("array cast to a scalar")
    if family in ("user", "unknown", "interval", "timetz", "json", "str"):
        if not isinstance(v, str):
            raise NotFoldable(f"cannot cast {v!r} to {family}")
        return Const(v, family)
    if family == "text":
        if isinstance(v, bool):
            return Const("true" if v else "false", family)
        if isinstance(v, (int, Decimal, str)):
            return Const(str(v), family)
        raise NotFoldable(f"cannot cast {v!r} to text")
    return Const(_convert(v, family), family)


def _convert(v: Any, family: str) -> Any:
    if family in ("int", "numeric", "money", "float"):
        if isinstance(v, bool):
            raise NotFoldable("boolean as a number")
        if isinstance(v, str):
            v = _money(v) if family == "money" else _decimal(v)
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise NotFoldable("non-finite float")
            v = Decimal(repr(v))
        if family == "int":
            if isinstance(v, Decimal) and v != v.to_integral_value():
                raise NotFoldable("numeric cast to an integer rounds")
            return int(v)
        if family == "float":
            return float(v)
        return Decimal(v)
    if family == "bool":
        if isinstance(v, bool):
            return v
        if isinstance(v, str) and v.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[v.strip().lower()]
        raise NotFoldable(f"not a boolean: {v!r}")
    if family == "date":
        if isinstance(v, dt.datetime):
            raise NotFoldable("timestamp cast to date truncates")
        return v if isinstance(v, dt.date) else dt.date.fromisoformat(_text(v))
    if family in ("timestamp", "timestamptz"):
        if isinstance(v, str):
            v = dt.datetime.fromisoformat(_text(v))
        elif isinstance(v, dt.date) and not isinstance(v, dt.datetime):
            if family == "timestamptz":
                raise NotFoldable("date to timestamptz depends on the session time zone")
            v = dt.datetime(v.year, v.month, v.day)
        if not isinstance(v, dt.datetime) or (v.tzinfo is not None) != (family == "timestamptz"):
            raise NotFoldable(f"cannot read {v!r} as {family}")
        return v
    if family == "time":
        if isinstance(v, dt.time):
            return v
        t = dt.time.fromisoformat(_text(v))
        if t.tzinfo is not None:
            raise NotFoldable("time with a time zone")
        return t
    raise NotFoldable(f"unsupported family {family}")


def _text(v: Any) -> str:
    if not isinstance(v, str):
        raise NotFoldable(f"expected text, got {v!r}")
    return v.strip()


def _decimal(text: str) -> Decimal:
    try:
        d = Decimal(text.strip())
    except InvalidOperation as exc:
        raise NotFoldable(f"not a number: {text!r}") from exc
    if not d.is_finite():
        raise NotFoldable("NaN / infinity")
    return d


def _money(text: str) -> Decimal:
    t = text.strip()
    negative = t.startswith("-") or (t.startswith("(") and t.endswith(")"))
    digits = "".join(ch for ch in t if ch.isdigit() or ch == ".")
    if not digits:
        raise NotFoldable(f"not an amount: {text!r}")
    d = _decimal(digits)
    return -d if negative else d


_NUMERIC_KINDS = {TypeKind.INTEGER: "int", TypeKind.NUMERIC: "numeric", TypeKind.MONEY: "money",
                  TypeKind.FLOAT: "float"}
_TEMPORAL_KINDS = {TypeKind.DATE: "date", TypeKind.TIMESTAMP: "timestamp",
                   TypeKind.TIMESTAMPTZ: "timestamptz", TypeKind.TIME: "time"}
STRING_KINDS = frozenset({TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM, TypeKind.UUID,
                          TypeKind.INET, TypeKind.CIDR, TypeKind.MACADDR, TypeKind.MACADDR8})


def to_kind(c: Const, ctype: ColumnType) -> Any:
    """A scalar constant as a value of the column's kind.

    Integers compared with a non-integral number, and dates with a timestamp, keep the wider
    value (``Decimal`` / ``datetime``): the comparison builder rounds bounds itself.

    Raises:
        NotFoldable: the conversion would need semantics seedbed does not model (time
            zones, collations of non-text types, intervals...).
    """
    kind, v, fam = ctype.kind, c.value, c.family
    if fam in ("null", "array"):
        raise NotFoldable(f"{fam} where a scalar is expected")
    if kind in _NUMERIC_KINDS:
        if fam in _TEXTUAL:
            fam = "money" if kind is TypeKind.MONEY else "numeric"
            v = _convert(v, fam)
        elif fam not in ("int", "numeric", "float", "money"):
            raise NotFoldable(f"{fam} compared with a number")
        if kind is TypeKind.FLOAT:
            return float(v)
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        if kind is TypeKind.INTEGER:
            return int(d) if d == d.to_integral_value() else d
        return d
    if kind in _TEMPORAL_KINDS:
        want = _TEMPORAL_KINDS[kind]
        if fam in _TEXTUAL:
            if kind is TypeKind.DATE and isinstance(v, str) and len(v.strip()) > 10:
                return _convert(v, "timestamp")
            return _convert(v, want)
        if fam == want:
            return v
        if kind is TypeKind.DATE and fam == "timestamp":
            return v
        if kind is TypeKind.TIMESTAMP and fam == "date":
            return dt.datetime(v.year, v.month, v.day)
        raise NotFoldable(f"{fam} compared with {kind}")
    if kind is TypeKind.INTERVAL:
        if fam in ("interval", "unknown") and isinstance(v, str):
            span = interval_of(v)
            if span is not None:
                return span
        raise NotFoldable(f"{fam} {v!r} compared with an interval")
    if kind is TypeKind.BOOL:
        if fam == "bool" or fam in _TEXTUAL:
            return _convert(v, "bool")
        raise NotFoldable(f"{fam} compared with a boolean")
    if kind in STRING_KINDS:
        if fam in _TEXTUAL or fam == "str":
            return v.lower() if kind is TypeKind.UUID else v
        raise NotFoldable(f"{fam} compared with {kind}")
    raise NotFoldable(f"comparisons on {kind} are not folded")


# PostgreSQL compares intervals as if a month were 30 days and a day 24 hours (interval_cmp_value):
# reading a literal the same way keeps bounds and lists exact for an interval column.
_PG_UNITS = {
    "microsecond": dt.timedelta(microseconds=1), "millisecond": dt.timedelta(milliseconds=1),
    "second": dt.timedelta(seconds=1), "minute": dt.timedelta(minutes=1),
    "hour": dt.timedelta(hours=1), "day": dt.timedelta(days=1), "week": dt.timedelta(weeks=1),
    "month": dt.timedelta(days=30), "year": dt.timedelta(days=360),
    "decade": dt.timedelta(days=3600), "century": dt.timedelta(days=36_000),
}
_PG_ALIASES = {"us": "microsecond", "usec": "microsecond", "ms": "millisecond", "msec": "millisecond",
               "s": "second", "sec": "second", "m": "minute", "min": "minute", "h": "hour",
               "hr": "hour", "d": "day", "w": "week", "mon": "month", "y": "year", "yr": "year",
               "centurie": "century"}
_PG_PART = re.compile(r"([-+]?\d+(?:\.\d+)?)\s*([a-z]+)|([-+]?)(\d+):(\d{2})(?::(\d{2}(?:\.\d+)?))?")


def interval_of(text: str) -> dt.timedelta | None:
    """Interval text (``'00:45:00'``, ``'1 day -01:00:00'``, ``'3 mons'``, ``'@ 2 hours ago'``)
    as the span PostgreSQL compares it by (a month is 30 days); None for forms not read here."""
    t = text.strip().lower().lstrip("@").strip()
    ago = t.endswith(" ago")
    t = t.removesuffix(" ago").strip()
    if re.fullmatch(r"[-+]?\d+(\.\d+)?", t):  # a bare number is seconds
        total = dt.timedelta(seconds=float(t))
        return -total if ago else total
    total, pos = dt.timedelta(0), 0
    for m in _PG_PART.finditer(t):
        if t[pos:m.start()].strip(" ,") or not m.group(0):
            return None
        pos = m.end()
        if m.group(1) is not None:
            word = m.group(2)
            unit = _PG_ALIASES.get(word) or _PG_ALIASES.get(word.rstrip("s")) or word.rstrip("s")
            if unit not in _PG_UNITS:
                return None
            total += _PG_UNITS[unit] * float(m.group(1))
        else:
            clock = dt.timedelta(hours=int(m.group(4)), minutes=int(m.group(5)),
                                 seconds=float(m.group(6) or 0))
            total += -clock if m.group(3) == "-" else clock
    if pos == 0 or t[pos:].strip():
        return None
    return -total if ago else total
