"""A code that holds its row's year: ``substr(term_code, 1, 4)::int = extract(year FROM starts_on)::int``,
``substr(code, 4, 2)::int = extract(year FROM launch_date)::int % 100``, ``substr(isrc, 6, 2)::int = recorded_year
% 100``.

Drawn apart, the code's digits and the row's year agree by chance (1 in 100 for two digits): such CHECKs stopped
seeds with SB403 after every retry. Real rows were written by numbering the code in its row's year. The CHECK is
read here into one ``Derived`` column, applied by ``seedbed.generate.yearcodes``:

* ``year_code:<start>:<digits>:<modulus>`` (the code follows the year) where the code is freely drawn: its
  characters at ``start`` (1-based) become the year's last ``digits`` digits, where the code's regex CHECKs
  still hold;
  A UNIQUE code (a primary key) follows its year too where its other characters alone tell the rows apart
  (``seedbed.generate.yearcodes.unique_year_code``: they are the row's, by its index; the year is written in);
* ``code_year:<start>:<digits>:<modulus>`` (the year follows the code) where the code is UNIQUE and its other
  characters are too few for the rows (``20[0-9]{2}(SP|SU|FA|WI)``: four per year): the row's date (or
  integer year) takes the year the code's digits say, the one nearest the drawn year within the column's
  bounds where only the last digits are said (``% 100``). The date keeps its month and day.

``modulus`` is 0 when the whole year is compared. Read: ``substr`` / ``substring`` (start and length constants)
or ``left`` (length), cast to an integer, compared with ``=`` to ``extract(year FROM d)`` / ``date_part('year',
d)`` or to an integer column, either one ``% 10^k``, casts anywhere, on either side, inside an ``AND``.
Not read (left to the database, as before): ``right()``, ``to_char``, a year plus or minus a constant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType

from seedbed.model import Table, TypeKind

__all__ = ["code_room", "year_codes"]

_MOMENTS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
_NUMBERS = frozenset("int2 int4 int8 integer int smallint bigint numeric float8 float4".split())


def year_codes(table: Table, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str],
               room: Callable[[str, int, int], int] | None = None, rows: int = 0) -> list:
    """One ``Derived`` per CHECK tying a code's digits to its row's year (module docstring); both columns are
    added to ``taken``. ``room(code, start, digits)``: how many values of a UNIQUE code differ outside the year's
    places (0 when it is not a unique value); at least ``rows`` lets the code follow the year."""
    from seedbed.planning.derived import Derived

    types = {c.name: c.type for c in table.columns if not c.type.is_array}
    out = []
    for check in table.checks:
        for code, start, digits, year, modulus in _ties(check.expression):
            ct, yt = types.get(code), types.get(year)
            if ct is None or yt is None or ct.kind is not TypeKind.TEXT or code == year \
                    or yt.kind not in (*_MOMENTS, TypeKind.INTEGER) or code in taken or year in taken:
                continue
            if code not in sources or year not in sources:
                continue
            if modulus and 10 ** digits < modulus or not modulus and digits < 4:
                continue  # two digits cannot say a whole year; a modulus wider than the digits is not read
            tag = f"{start}:{digits}:{modulus}"
            if usable.get(code) or room is not None and rows and room(code, start - 1, digits) >= rows:
                out.append(Derived(column=code, source=year, op=f"year_code:{tag}"))
            elif usable.get(year):
                out.append(Derived(column=year, source=code, op=f"code_year:{tag}"))
            else:
                continue
            taken.update((code, year))
    return out


def code_room(tp: Any, table: Table) -> Callable[[str, int, int], int]:
    """How many values of a UNIQUE value column differ outside some places (``planning.yearcodes``)."""
    from seedbed.planning.model import Gen

    def room(column: str, at: int, digits: int) -> int:
        from seedbed.generate.values.text import length_limits
        from seedbed.generate.yearcodes import capacity

        cp, col = tp.column(column), table.column(column)
        if any(f.self_reference and column in f.ref_columns for f in tp.fks):
            return 0  # a self-reference reads the key before it could follow the row's year
        if cp is None or col is None or cp.gen is not Gen.VALUE or not cp.unique or tp.domains is None \
                or cp.spec is not None and (cp.spec.provider or cp.spec.weights):
            return 0
        dom = tp.domains.column(column)
        return capacity(dom, *length_limits(col.type, dom), at, digits)

    return room


def _ties(expression: str) -> list[tuple[str, int, int, str, int]]:
    """(code column, start, digits, year column, modulus) per equality of the CHECK that is read."""
    try:
        node = pglast.parse_sql("SELECT " + expression)[0].stmt.targetList[0].val
    except Exception:  # noqa: BLE001 - a form pglast cannot parse: nothing read
        return []
    parts = list(node.args) if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR else [node]
    out = []
    for n in parts:
        if not (isinstance(n, ast.A_Expr) and n.kind == A_Expr_Kind.AEXPR_OP and _op(n) == "="):
            continue
        for a, b in ((n.lexpr, n.rexpr), (n.rexpr, n.lexpr)):
            code, mod_a = _modulo(a)
            year, mod_b = _modulo(b)
            piece, moment = _piece(code), _year(year)
            if piece is None or moment is None or (mod_a and mod_b and mod_a != mod_b):
                continue
            out.append((piece[0], piece[1], piece[2], moment, mod_a or mod_b))
            break
    return out


def _op(n: ast.A_Expr) -> str | None:
    return n.name[-1].sval if n.name and isinstance(n.name[-1], ast.String) else None


def _bare(node: object) -> object:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    return node


def _int(node: object) -> int | None:
    node = _bare(node)
    return node.val.ival if isinstance(node, ast.A_Const) and isinstance(node.val, ast.Integer) else None


def _column(node: object) -> str | None:
    node = _bare(node)
    if isinstance(node, ast.ColumnRef) and node.fields and isinstance(node.fields[-1], ast.String):
        return node.fields[-1].sval
    return None


def _modulo(node: object) -> tuple[object, int]:
    """(the expression, its modulus) of ``x % 10^k``; (node, 0) otherwise."""
    bare = _bare(node)
    if isinstance(bare, ast.A_Expr) and bare.kind == A_Expr_Kind.AEXPR_OP and _op(bare) == "%":
        k = _int(bare.rexpr)
        if k is not None and k > 1 and str(k).strip("0") == "1":
            return bare.lexpr, k
    return node, 0


def _func(node: object) -> tuple[str, tuple] | None:
    node = _bare(node)
    if isinstance(node, ast.FuncCall) and node.funcname and node.args:
        return node.funcname[-1].sval.lower(), tuple(node.args)
    return None


def _piece(node: object) -> tuple[str, int, int] | None:
    """(column, start, length) of ``substr(c, start, length)`` / ``left(c, length)`` cast to an integer."""
    numeric = False
    while isinstance(node, ast.TypeCast):  # (left(c, 4)::integer)::double precision: one numeric cast is enough
        numeric = numeric or node.typeName.names[-1].sval.lower() in _NUMBERS
        node = node.arg
    if not numeric:
        return None
    f = _func(node)
    if f is None:
        return None
    name, args = f
    if name in ("substr", "substring") and len(args) == 3:
        col, start, length = _column(args[0]), _int(args[1]), _int(args[2])
    elif name == "left" and len(args) == 2:
        col, start, length = _column(args[0]), 1, _int(args[1])
    else:
        return None
    if col is None or start is None or length is None or start < 1 or not 1 <= length <= 4:
        return None
    return col, start, length


def _year(node: object) -> str | None:
    """The column of ``extract(year FROM c)`` / ``date_part('year', c)``, or an integer column."""
    f = _func(node)
    if f is None:
        return _column(node)
    name, args = f
    if name in ("extract", "date_part") and len(args) == 2:
        field = _bare(args[0])
        if isinstance(field, ast.A_Const) and isinstance(field.val, ast.String) and field.val.sval.lower() == "year":
            return _column(args[1])
    return None
