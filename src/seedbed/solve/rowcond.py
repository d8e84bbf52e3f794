"""Evaluating a trigger's condition (``seedbed.solve.plpgsql``) on one child row and one parent row.

``compile_condition`` turns the canonical text (``new.<column>``, ``p.<column>``, ``__found()``)
into a Python function of two rows of COPY text cells, with SQL's three-valued logic: comparisons,
arithmetic on numbers and dates (``+ interval '20 months'``, ``+ 365``), IN lists, ``= ANY(array)``,
IS [NOT] NULL / TRUE / DISTINCT FROM, COALESCE, GREATEST / LEAST and casts to the usual scalar types.
Anything else raises ``Unsupported`` when compiled: the rule is then not read (the oracle keeps it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import A_Expr_Kind, BoolExprType, BoolTestType, NullTestType

from seedbed.model import ColumnType, TypeKind

__all__ = ["Unsupported", "compile_condition"]

Row = Mapping[str, str]
Fn = Callable[[Row, "Row | None"], Any]


class Unsupported(Exception):
    pass


_NUM = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
_TIME = (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
_TEXT = (TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM, TypeKind.UUID)


def _unescape(cell: str) -> str:
    return cell.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\") if "\\" in cell else cell


def _scalar(text: str, kind: TypeKind) -> Any:
    if kind in _NUM:
        try:
            return Decimal(text.replace("$", "").replace(",", ""))
        except InvalidOperation:
            return None
    if kind is TypeKind.BOOL:
        return text in ("t", "true")
    if kind is TypeKind.DATE:
        return _date(text)
    if kind in _TIME:
        return _moment(text)
    return text


def _date(text: str) -> dt.date | None:
    if text == "infinity":
        return dt.date.max
    if text == "-infinity":
        return dt.date.min
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _moment(text: str) -> dt.datetime | None:
    try:
        m = dt.datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    return m.replace(tzinfo=None) if m.tzinfo is None else m.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _array(text: str, kind: TypeKind) -> list | None:
    if not (text.startswith("{") and text.endswith("}")):
        return None
    out, cur, quoted, i = [], "", False, 1
    inner = text[1:-1]
    if not inner:
        return []
    while i <= len(inner):
        ch = inner[i - 1] if i <= len(inner) else ","
        if quoted:
            if ch == "\\":
                i += 1
                cur += inner[i - 1]
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            out.append(None if cur == "NULL" else _scalar(cur, kind))
            cur = ""
        else:
            cur += ch
        i += 1
    out.append(None if cur == "NULL" else _scalar(cur, kind))
    return out


class Span:
    """A range value: bounds (None: unbounded) and whether each is included; ``empty`` for 'empty'."""

    __slots__ = ("lo", "hi", "lo_in", "hi_in", "empty")

    def __init__(self, lo: Any, hi: Any, lo_in: bool, hi_in: bool, empty: bool = False) -> None:
        self.lo, self.hi, self.lo_in, self.hi_in, self.empty = lo, hi, lo_in, hi_in, empty

    def holds(self, v: Any) -> bool | None:
        if v is None:
            return None
        if self.empty:
            return False
        if self.lo is not None:
            lo, x = _align(self.lo, v)
            if x < lo or (x == lo and not self.lo_in):
                return False
        if self.hi is not None:
            hi, x = _align(self.hi, v)
            if x > hi or (x == hi and not self.hi_in):
                return False
        return True


def _span(text: str, sub: ColumnType | None) -> Span | None:
    if text == "empty":
        return Span(None, None, False, False, True)
    if len(text) < 3 or text[0] not in "[(" or text[-1] not in "])" or sub is None:
        return None
    lo, _, hi = text[1:-1].partition(",")
    kind = sub.kind
    lo_v = _scalar(lo.strip('"'), kind) if lo else None
    hi_v = _scalar(hi.strip('"'), kind) if hi else None
    return Span(lo_v, hi_v, text[0] == "[", text[-1] == "]")


def reader(ctype: ColumnType) -> Callable[[str], Any]:
    """COPY text cell -> Python value (None for NULL)."""
    kind = ctype.kind
    if kind is TypeKind.RANGE and not ctype.array_dims:
        sub = ctype.range_subtype
        if sub is None or sub.kind not in _NUM + _TIME + (TypeKind.DATE,):
            raise Unsupported(f"type {ctype.sql_name}")
        return lambda cell: None if cell is None or cell == "\\N" else _span(cell, sub)

    def read(cell: str) -> Any:
        if cell is None or cell == "\\N":
            return None
        text = _unescape(cell)
        if ctype.array_dims:
            return _array(text, kind)
        return _scalar(text, kind)

    if kind not in _NUM + _TIME + _TEXT + (TypeKind.BOOL, TypeKind.DATE):
        raise Unsupported(f"type {ctype.sql_name}")
    return read


class _Interval:
    __slots__ = ("months", "days", "seconds")

    def __init__(self, months: int = 0, days: int = 0, seconds: float = 0.0) -> None:
        self.months, self.days, self.seconds = months, days, seconds


_UNITS = {"year": (12, 0, 0), "years": (12, 0, 0), "mon": (1, 0, 0), "mons": (1, 0, 0), "month": (1, 0, 0),
          "months": (1, 0, 0), "week": (0, 7, 0), "weeks": (0, 7, 0), "day": (0, 1, 0), "days": (0, 1, 0),
          "hour": (0, 0, 3600), "hours": (0, 0, 3600), "minute": (0, 0, 60), "minutes": (0, 0, 60),
          "min": (0, 0, 60), "mins": (0, 0, 60), "second": (0, 0, 1), "seconds": (0, 0, 1), "sec": (0, 0, 1)}


def _interval(text: str) -> _Interval:
    parts = text.split()
    if len(parts) % 2:
        raise Unsupported(f"interval {text!r}")
    iv = _Interval()
    for amount, unit in zip(parts[::2], parts[1::2], strict=True):
        m, d, s = _UNITS.get(unit.lower(), (None, None, None))
        if m is None:
            raise Unsupported(f"interval {text!r}")
        n = float(amount)
        iv.months += int(n * m)
        iv.days += int(n * d)
        iv.seconds += n * s
    return iv


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        return d
    month = m + 1
    day = min(d.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30,
                      31, 31, 30, 31, 30, 31][month - 1])
    return d.replace(year=year, month=month, day=day)


def _plus(a: Any, b: Any, sign: int) -> Any:
    if isinstance(b, _Interval) and isinstance(a, dt.date):
        if a in (dt.date.max, dt.date.min):
            return a
        moved = _add_months(a, sign * b.months)
        if isinstance(a, dt.datetime):
            return moved + sign * dt.timedelta(days=b.days, seconds=b.seconds)
        if b.seconds:
            moved = dt.datetime.combine(moved, dt.time())
        return moved + sign * dt.timedelta(days=b.days, seconds=b.seconds)
    if isinstance(a, dt.date) and isinstance(b, (int, Decimal)):
        if a in (dt.date.max, dt.date.min):
            return a
        try:
            return a + dt.timedelta(days=sign * int(b))
        except OverflowError:
            return dt.date.max if sign * b > 0 else dt.date.min
    if sign < 0 and isinstance(a, dt.date) and isinstance(b, dt.date) and not isinstance(a, dt.datetime):
        return Decimal((a - b).days)
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)):
        return a + sign * b
    raise TypeError


def _align(a: Any, b: Any) -> tuple[Any, Any]:
    """An untyped literal compared with a typed value takes its type; a date meets a timestamp."""
    if isinstance(a, str) and not isinstance(b, str) and b is not None:
        b, a = _align(b, a)
        return a, b
    if isinstance(b, str):
        if isinstance(a, dt.datetime):
            b = _moment(b)
        elif isinstance(a, dt.date):
            b = _date(b)
        elif isinstance(a, Decimal):
            b = Decimal(b)
        elif isinstance(a, bool):
            b = b in ("t", "true")
    if isinstance(a, dt.datetime) != isinstance(b, dt.datetime) and isinstance(a, dt.date) and isinstance(b, dt.date):
        a = a if isinstance(a, dt.datetime) else dt.datetime.combine(a, dt.time())
        b = b if isinstance(b, dt.datetime) else dt.datetime.combine(b, dt.time())
    return a, b


_CMP = {"=": lambda a, b: a == b, "<>": lambda a, b: a != b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


def _compare(op: str, a: Any, b: Any) -> bool | None:
    if a is None or b is None:
        return None
    a, b = _align(a, b)
    if a is None or b is None:
        return None
    try:
        return _CMP[op](a, b)
    except TypeError:
        raise _Bad from None


class _Bad(Exception):
    """Values the condition cannot compare (a type it did not expect): the row is not judged."""


def compile_condition(text: str, child: Mapping[str, ColumnType], parent: Mapping[str, ColumnType]) -> Fn:
    """``text`` over ``new.*`` / ``p.*`` -> f(child cells, parent cells or None) -> True / False / None."""
    try:
        expr = parse_sql("SELECT " + text)[0].stmt.targetList[0].val
    except Exception as exc:  # noqa: BLE001
        raise Unsupported(text) from exc
    return _Compiler(child, parent).node(expr)


def _to_date(v: Any) -> Any:
    return v.date() if isinstance(v, dt.datetime) else v if isinstance(v, dt.date) else _date(str(v))


def _to_moment(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v
    return dt.datetime.combine(v, dt.time()) if isinstance(v, dt.date) else _moment(str(v))


def _to_int(v: Any) -> Decimal:
    return Decimal(int(Decimal(v)))


#: CAST(x AS <type>) by the type's name
_CASTS: dict[str, Callable[[Any], Any]] = {
    "date": _to_date, "timestamp": _to_moment, "timestamptz": _to_moment, "int2": _to_int, "int4": _to_int,
    "int8": _to_int, "numeric": lambda v: Decimal(v), "text": str, "varchar": str, "bpchar": str,
    "bool": lambda v: v if isinstance(v, bool) else v in ("t", "true"),
}


class _Compiler:
    def __init__(self, child: Mapping[str, ColumnType], parent: Mapping[str, ColumnType]) -> None:
        self.child, self.parent = child, parent

    def node(self, n: Any) -> Fn:  # noqa: C901 - one branch per node type
        if isinstance(n, ast.ColumnRef):
            return self._column(n)
        if isinstance(n, ast.A_Const):
            value = None if n.isnull else n.val
            v = None if value is None else getattr(value, "sval", None) if isinstance(value, ast.String) else \
                getattr(value, "boolval", None) if isinstance(value, ast.Boolean) else \
                Decimal(str(getattr(value, "ival", getattr(value, "fval", 0))))
            return lambda c, p: v
        if isinstance(n, ast.TypeCast):
            return self._cast(n)
        if isinstance(n, ast.BoolExpr):
            args = [self.node(a) for a in n.args]
            if n.boolop == BoolExprType.NOT_EXPR:
                f = args[0]
                return lambda c, p: None if (v := f(c, p)) is None else not v
            conj = n.boolop == BoolExprType.AND_EXPR

            def logic(c: Row, p: Row | None) -> bool | None:
                unknown = False
                for f in args:
                    v = f(c, p)
                    if v is None:
                        unknown = True
                    elif bool(v) != conj:
                        return not conj
                return None if unknown else conj
            return logic
        if isinstance(n, ast.NullTest):
            f = self.node(n.arg)
            isnull = n.nulltesttype == NullTestType.IS_NULL
            return lambda c, p: (f(c, p) is None) == isnull
        if isinstance(n, ast.BooleanTest):
            f = self.node(n.arg)
            want = {BoolTestType.IS_TRUE: (True, False), BoolTestType.IS_NOT_TRUE: (True, True),
                    BoolTestType.IS_FALSE: (False, False), BoolTestType.IS_NOT_FALSE: (False, True)}.get(n.booltesttype)
            if want is None:
                raise Unsupported("IS UNKNOWN")
            value, negate = want
            return lambda c, p: (f(c, p) is value) != negate
        if isinstance(n, ast.CoalesceExpr):
            args = [self.node(a) for a in n.args]
            return lambda c, p: next((v for f in args if (v := f(c, p)) is not None), None)
        if isinstance(n, ast.MinMaxExpr):
            args = [self.node(a) for a in n.args]
            pick = max if n.op == 0 else min
            return lambda c, p: pick(vs) if (vs := [v for f in args if (v := f(c, p)) is not None]) else None
        if isinstance(n, ast.FuncCall) and [getattr(x, "sval", None) for x in n.funcname] == ["__found"]:
            return lambda c, p: p is not None
        if isinstance(n, ast.FuncCall) and len(n.args or ()) == 1 and \
                [getattr(x, "sval", None) for x in n.funcname][-1] in ("lower", "upper"):
            arg = self.node(n.args[0])
            upper = n.funcname[-1].sval == "upper"

            def bound(c: Row, p: Row | None) -> Any:
                r = arg(c, p)
                if not isinstance(r, Span):
                    return None if r is None else _no()
                return None if r.empty else (r.hi if upper else r.lo)
            return bound
        if isinstance(n, ast.A_Expr):
            return self._expr(n)
        raise Unsupported(type(n).__name__)

    def _column(self, n: ast.ColumnRef) -> Fn:
        names = [getattr(f, "sval", None) for f in n.fields]
        if len(names) != 2 or names[0] not in ("new", "p"):
            raise Unsupported(".".join(map(str, names)))
        types = self.child if names[0] == "new" else self.parent
        col = names[1]
        if col not in types:
            raise Unsupported(f"column {col}")
        read = reader(types[col])
        if names[0] == "new":
            return lambda c, p: read(c[col]) if col in c else _missing()
        return lambda c, p: None if p is None else read(p[col])

    def _cast(self, n: ast.TypeCast) -> Fn:
        target = getattr(n.typeName.names[-1], "sval", "")
        f = self.node(n.arg)
        if target == "interval":
            if not isinstance(n.arg, ast.A_Const):
                raise Unsupported("interval of a column")
            iv = _interval(n.arg.val.sval)
            return lambda c, p: iv
        conv = _CASTS
        if target not in conv:
            raise Unsupported(f"cast to {target}")
        to = conv[target]
        return lambda c, p: None if (v := f(c, p)) is None else to(v)

    def _expr(self, n: ast.A_Expr) -> Fn:
        op = getattr(n.name[0], "sval", None) if n.name else None
        kind = n.kind
        if kind == A_Expr_Kind.AEXPR_IN:
            left = self.node(n.lexpr)
            items = [self.node(x) for x in n.rexpr]
            negate = op == "<>"

            def within(c: Row, p: Row | None) -> bool | None:
                v = left(c, p)
                if v is None:
                    return None
                hits = [_compare("=", v, f(c, p)) for f in items]
                found = True if True in hits else None if None in hits else False
                return None if found is None else found != negate
            return within
        if kind == A_Expr_Kind.AEXPR_OP_ANY and op in _CMP:
            left, right = self.node(n.lexpr), self.node(n.rexpr)

            def any_of(c: Row, p: Row | None) -> bool | None:
                v, arr = left(c, p), right(c, p)
                if v is None or arr is None:
                    return None
                hits = [_compare(op, v, x) for x in arr]
                return True if True in hits else None if None in hits else False
            return any_of
        if kind in (A_Expr_Kind.AEXPR_DISTINCT, A_Expr_Kind.AEXPR_NOT_DISTINCT):
            left, right = self.node(n.lexpr), self.node(n.rexpr)
            same = kind == A_Expr_Kind.AEXPR_NOT_DISTINCT

            def distinct(c: Row, p: Row | None) -> bool:
                a, b = left(c, p), right(c, p)
                if a is None or b is None:
                    return (a is None and b is None) == same
                return bool(_compare("=", a, b)) == same
            return distinct
        if kind == A_Expr_Kind.AEXPR_BETWEEN or kind == A_Expr_Kind.AEXPR_NOT_BETWEEN:
            left = self.node(n.lexpr)
            lo, hi = (self.node(x) for x in n.rexpr)
            negate = kind == A_Expr_Kind.AEXPR_NOT_BETWEEN

            def between(c: Row, p: Row | None) -> bool | None:
                v = left(c, p)
                a, b = _compare(">=", v, lo(c, p)), _compare("<=", v, hi(c, p))
                both = False if False in (a, b) else None if None in (a, b) else True
                return None if both is None else both != negate
            return between
        if kind != A_Expr_Kind.AEXPR_OP:
            raise Unsupported(str(kind))
        right = self.node(n.rexpr)
        if n.lexpr is None:
            if op != "-":
                raise Unsupported(op)
            return lambda c, p: None if (v := right(c, p)) is None else -v
        left = self.node(n.lexpr)
        if op in _CMP:
            return lambda c, p: _compare(op, left(c, p), right(c, p))
        if op in ("@>", "<@"):
            outer, inner = (left, right) if op == "@>" else (right, left)

            def contains(c: Row, p: Row | None) -> bool | None:
                r, v = outer(c, p), inner(c, p)
                if r is None or v is None:
                    return None
                if not isinstance(r, Span) or isinstance(v, Span):
                    raise _Bad
                return r.holds(v)
            return contains
        if op in ("+", "-"):
            sign = 1 if op == "+" else -1

            def arith(c: Row, p: Row | None) -> Any:
                a, b = left(c, p), right(c, p)
                if a is None or b is None:
                    return None
                if isinstance(a, str):
                    a, b = _align(b, a)[::-1] if not isinstance(b, str) else (a, b)
                try:
                    return _plus(a, b, sign)
                except TypeError:
                    raise _Bad from None
            return arith
        raise Unsupported(op)


def _missing() -> Any:
    raise _Bad


def _no() -> Any:
    raise _Bad


def judge(fn: Fn, child: Row, parent: Row | None) -> bool | None:
    """The condition's value, or None where the values could not be judged."""
    try:
        return fn(child, parent)
    except (_Bad, ArithmeticError, ValueError, TypeError, OverflowError):
        return None


def equalities(text: str) -> list[tuple[str, str]]:
    """(parent column, child column) pairs the condition raises on when they differ, at its top level
    (``p.hotel_id <> new.hotel_id``, ``p.post_id IS DISTINCT FROM new.post_id``): a parent row whose
    column equals the row's never raises there, so candidates are drawn among those first."""
    try:
        expr = parse_sql("SELECT " + text)[0].stmt.targetList[0].val
    except Exception:  # noqa: BLE001
        return []
    out: list[tuple[str, str]] = []

    def side(n: Any) -> tuple[str, str] | None:
        if isinstance(n, ast.ColumnRef) and len(n.fields) == 2:
            names = [getattr(f, "sval", None) for f in n.fields]
            if names[0] in ("new", "p") and names[1]:
                return names[0], names[1]
        return None

    def walk(n: Any) -> None:
        if isinstance(n, ast.BooleanTest) and n.booltesttype == BoolTestType.IS_TRUE:
            walk(n.arg)
        elif isinstance(n, ast.BoolExpr) and n.boolop == BoolExprType.AND_EXPR:
            for a in n.args:
                walk(a)
        elif isinstance(n, ast.A_Expr) and (n.kind == A_Expr_Kind.AEXPR_DISTINCT or (
                n.kind == A_Expr_Kind.AEXPR_OP and getattr(n.name[0], "sval", "") in ("<>", "!="))):
            a, b = side(n.lexpr), side(n.rexpr)
            if a and b and {a[0], b[0]} == {"new", "p"}:
                pc, cc = (a[1], b[1]) if a[0] == "p" else (b[1], a[1])
                out.append((pc, cc))

    walk(expr)
    return out
