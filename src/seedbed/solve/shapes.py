"""What a table's CHECKs ask of the inside of a JSON document or a network address.

The folder (``seedbed.solve.checks``) models scalar domains; ``jsonb_typeof(doc) = 'object'``,
``doc ?& ARRAY['line1', 'town']``, ``jsonb_typeof(doc -> 'n') = 'number'``, ``jsonb_array_length(doc)
BETWEEN 1 AND 4``, ``doc @> '{"fragile": false}'``, ``NOT doc ? 'secret'``, or ``ip << '10.20.0.0/16'``,
``family(ip) = 6``, ``masklen(net) BETWEEN 16 AND 24`` stay residual there. ``column_shape`` reads
them for one column: each CHECK is expanded into its OR branches, and the branch that speaks only of
this column (the document's keys and types, the address's network) is taken, so that a value built to
it passes the CHECK whatever the rest of the row holds: ``product <> 'motor' OR doc ? 'vrm'`` is met
by giving every document a ``vrm``. The CHECK stays residual: the database still checks every row.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass, field
from typing import Any

import pglast
from pglast import ast
from pglast.enums import A_Expr_Kind, BoolExprType, NullTestType

from seedbed.model.schema import Table, TypeKind

__all__ = ["SHAPED", "JsonShape", "NetShape", "column_shape", "shaped_atom"]

#: The reason of the folder's opaque atom for a comparison values are built to.
SHAPED = "shaped"

_MAX_BRANCHES = 64
_OTHER = ("other",)


@dataclass(slots=True)
class JsonShape:
    """A JSON document's required form: its container, keys (with a JSON type or None), forbidden
    keys, a document it must contain, item counts (of the document or of a key's array) and number
    ranges of keys."""

    container: str | None = None
    keys: dict[str, str | None] = field(default_factory=dict)
    forbidden: set[str] = field(default_factory=set)
    contains: list[Any] = field(default_factory=list)
    items: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # "" = the document itself
    numbers: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)

    def empty(self) -> bool:
        return not (self.container or self.keys or self.forbidden or self.contains or self.items or self.numbers)


@dataclass(slots=True)
class NetShape:
    """An address's required form: inside every one of ``within`` (``<<`` strictly: not the network
    itself), its family, its mask length range."""

    within: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, bool]] = field(default_factory=list)
    family: int | None = None
    masklen: tuple[int, int] | None = None

    def empty(self) -> bool:
        return not (self.within or self.family or self.masklen)


# ---------------------------------------------------------------------------------- the atoms


def _const(node: Any) -> Any:
    """The Python value of a literal (through casts), or None."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and not node.isnull:
        v = node.val
        for attr in ("sval", "ival", "fval", "boolval"):
            if hasattr(v, attr):
                x = getattr(v, attr)
                return float(x) if attr == "fval" else x
    if isinstance(node, ast.A_ArrayExpr):
        items = [_const(e) for e in node.elements or ()]
        return None if any(i is None for i in items) else items
    return None


def _column(node: Any) -> str | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.ColumnRef) and len(node.fields) == 1 and isinstance(node.fields[0], ast.String):
        return node.fields[0].sval
    return None


def _op(node: ast.A_Expr) -> str:
    return node.name[-1].sval if node.name else ""


def _path(node: Any) -> tuple[str, str] | None:
    """``col`` -> (col, ""); ``col -> 'k'`` / ``col ->> 'k'`` -> (col, k)."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    col = _column(node)
    if col is not None:
        return col, ""
    if isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and _op(node) in ("->", "->>"):
        col, key = _column(node.lexpr), _const(node.rexpr)
        if col is not None and isinstance(key, str):
            return col, key
    return None


def _func(node: Any) -> tuple[str, list[Any]] | None:
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.FuncCall):
        return node.funcname[-1].sval.lower(), list(node.args or ())
    return None


_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "="}


def _bounds(op: str, v: float) -> tuple[float | None, float | None] | None:
    return {"=": (v, v), ">=": (v, None), ">": (v + 1e-9, None), "<=": (None, v), "<": (None, v - 1e-9)}.get(op)


def _atom(node: Any, neg: bool) -> tuple:
    """One comparison as ("json", col, fact...) / ("net", col, fact...) / ("null", col, is_null) / other."""
    if isinstance(node, ast.NullTest):
        col = _column(node.arg)
        if col is None:
            return _OTHER
        is_null = node.nulltesttype == NullTestType.IS_NULL
        return ("null", col, is_null != neg)
    if not isinstance(node, ast.A_Expr):
        return _OTHER
    if node.kind == A_Expr_Kind.AEXPR_BETWEEN and not neg:
        lo_hi = _const(node.rexpr[0]) if isinstance(node.rexpr, (list, tuple)) else None
        hi = _const(node.rexpr[1]) if isinstance(node.rexpr, (list, tuple)) else None
        a = _measure(node.lexpr)
        if a is not None and isinstance(lo_hi, (int, float)) and isinstance(hi, (int, float)):
            return (*a, (lo_hi, hi))
        return _OTHER
    if node.kind != A_Expr_Kind.AEXPR_OP:
        return _OTHER
    op = _op(node)
    if op in ("?", "?&", "?|"):
        path = _path(node.lexpr)
        keys = _const(node.rexpr)
        if path is None or path[1] or keys is None:
            return _OTHER
        keys = [keys] if isinstance(keys, str) else keys
        if neg:
            return ("json", path[0], "forbid", tuple(keys) if op in ("?", "?|") else tuple(keys[:1]))
        return ("json", path[0], "keys", tuple(keys) if op in ("?", "?&") else tuple(keys[:1]))
    if op in ("<<", "<<=") and not neg:
        col, net = _column(node.lexpr), _const(node.rexpr)
        try:
            network = ipaddress.ip_network(net, strict=False) if isinstance(net, str) else None
        except ValueError:
            network = None
        if col is None or network is None:
            return _OTHER
        return ("net", col, "within", (network, op == "<<"))
    if op == "@>" and not neg:
        col, doc = _column(node.lexpr), _const(node.rexpr)
        try:
            value = json.loads(doc) if isinstance(doc, str) else None
        except ValueError:
            value = None
        if col is None or value is None:
            return _OTHER
        return ("json", col, "contains", value)
    if op in _FLIP and not neg:
        left, right = node.lexpr, node.rexpr
        if _const(left) is not None:
            left, right, op = right, left, _FLIP[op]
        c = _const(right)
        f = _func(left)
        if f and f[0] in ("jsonb_typeof", "json_typeof") and op == "=" and isinstance(c, str) and f[1]:
            path = _path(f[1][0])
            if path is not None:
                return ("json", path[0], "type", (path[1], c))
        m = _measure(left)
        if m is not None and isinstance(c, (int, float)) and not isinstance(c, bool):
            b = _bounds(op, float(c))
            return (*m, b) if b else _OTHER
    return _OTHER


def _measure(node: Any) -> tuple | None:
    """A quantity a bound applies to: an array's length, a key's number, an address's family or mask."""
    f = _func(node)
    if f and f[0] in ("jsonb_array_length", "json_array_length") and f[1]:
        path = _path(f[1][0])
        return ("json", path[0], "items", path[1]) if path else None
    if f and f[0] in ("family", "masklen") and f[1]:
        col = _column(f[1][0])
        return ("net", col, f[0]) if col else None
    inner = node
    if isinstance(inner, ast.TypeCast):
        path = _path(inner.arg)
        if path is not None and path[1]:
            return ("json", path[0], "number", path[1])
    return None


def shaped_atom(node: Any, neg: bool, kind_of: Any) -> bool:
    """Whether a comparison is one ``seedbed.generate.shaped`` builds values for: a JSON document's
    key, type, count or content, an address's network, family or mask (``kind_of``: a column's
    ``TypeKind`` by name, or None). The folder lets a CHECK branch made of these be chosen."""
    atom = _atom(node, neg)
    if atom[0] not in ("json", "net"):
        return False
    kind = kind_of(atom[1])
    return kind in ((TypeKind.JSON, TypeKind.JSONB) if atom[0] == "json" else (TypeKind.INET, TypeKind.CIDR))


# ---------------------------------------------------------------------------------- DNF


def _dnf(node: Any, neg: bool = False) -> list[list[tuple]]:
    if isinstance(node, ast.BoolExpr):
        if node.boolop == BoolExprType.NOT_EXPR:
            return _dnf(node.args[0], not neg)
        conj = (node.boolop == BoolExprType.AND_EXPR) != neg
        parts = [_dnf(a, neg) for a in node.args]
        if conj:
            out: list[list[tuple]] = [[]]
            for p in parts:
                out = [a + b for a in out for b in p][:_MAX_BRANCHES]
            return out
        return [b for p in parts for b in p][:_MAX_BRANCHES]
    return [[_atom(node, neg)]]


# ---------------------------------------------------------------------------------- shapes


def column_shape(table: Table, column: str, kind: str) -> JsonShape | NetShape | None:
    """The form a ``kind`` (``"json"`` / ``"net"``) column's values must take for the table's CHECKs
    (and its domain's) to hold whatever else the row holds; None when no CHECK says anything."""
    exprs = [c.expression for c in table.checks if column in c.columns or not c.columns]
    col = table.column(column)
    if col.type.domain is not None:
        exprs += [c.expression.replace("VALUE", f'"{column}"') for c in col.type.domain.checks]
    shape: JsonShape | NetShape = JsonShape() if kind == "json" else NetShape()
    for expr in exprs:
        try:
            node = pglast.parse_sql("SELECT " + expr)[0].stmt.targetList[0].val
            branches = _dnf(node)
        except Exception:  # noqa: BLE001 - a form the reader does not know: the oracle has it
            continue
        mine = [b for b in branches if any(a[0] == kind and a[1] == column for a in b)]
        usable = [b for b in mine if all(a[0] == kind and a[1] == column
                                         or a[0] == "null" and a[1] == column and not a[2] for a in b)]
        for branch in usable:
            trial = _copy(shape)
            if _apply(trial, branch):
                shape = trial
                break
    return None if shape.empty() else shape


def _copy(shape: JsonShape | NetShape) -> JsonShape | NetShape:
    if isinstance(shape, JsonShape):
        return JsonShape(container=shape.container, keys=dict(shape.keys), forbidden=set(shape.forbidden),
                         contains=list(shape.contains), items=dict(shape.items), numbers=dict(shape.numbers))
    return NetShape(within=list(shape.within), family=shape.family, masklen=shape.masklen)


def _meet(a: tuple | None, b: tuple) -> tuple | None:
    if a is None:
        return b
    lo = b[0] if a[0] is None else a[0] if b[0] is None else max(a[0], b[0])
    hi = b[1] if a[1] is None else a[1] if b[1] is None else min(a[1], b[1])
    return None if lo is not None and hi is not None and lo > hi else (lo, hi)


def _apply(shape: JsonShape | NetShape, branch: list[tuple]) -> bool:
    """Add a branch's facts; False when they contradict the shape so far."""
    for atom in branch:
        if atom[0] == "null":
            continue
        what, arg = atom[2], atom[3] if len(atom) > 3 else None
        if isinstance(shape, NetShape):
            if what == "within":
                shape.within.append(arg)
            elif what in ("family", "masklen"):
                bound = atom[4] if len(atom) > 4 else arg
                lo, hi = bound
                if what == "family":
                    if lo is None or lo != hi or shape.family not in (None, int(lo)):
                        return False
                    shape.family = int(lo)
                else:
                    m = _meet(shape.masklen, (lo if lo is not None else 0, hi if hi is not None else 128))
                    if m is None:
                        return False
                    shape.masklen = (int(-(-m[0] // 1)), int(m[1]))
            continue
        if what == "keys":
            if set(arg) & shape.forbidden:
                return False
            for k in arg:
                shape.keys.setdefault(k, None)
        elif what == "forbid":
            if set(arg) & set(shape.keys):
                return False
            shape.forbidden |= set(arg)
        elif what == "contains":
            shape.contains.append(arg)
        elif what == "type":
            key, jtype = arg
            if not key:
                if shape.container not in (None, jtype):
                    return False
                shape.container = jtype
            else:
                if key in shape.forbidden or shape.keys.get(key) not in (None, jtype):
                    return False
                shape.keys[key] = jtype
        elif what in ("items", "number"):
            key = arg
            bound = atom[4]
            store = shape.items if what == "items" else shape.numbers
            m = _meet(store.get(key), bound)
            if m is None:
                return False
            store[key] = m
            if key and key in shape.forbidden:
                return False
            if key:
                shape.keys.setdefault(key, "array" if what == "items" else "number")
            elif what == "items":
                if shape.container not in (None, "array"):
                    return False
                shape.container = "array"
    return True
