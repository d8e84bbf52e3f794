"""CHECKs that call the schema's own SQL functions, read through the functions' bodies.

``CHECK (policy_no_valid(policy_no))`` says nothing the folder can read, but the function often
is one expression: ``SELECT p ~ '^P[0-9]{7}$' AND <a check digit>``. ``inline`` puts that
expression in place of the call, its parameters replaced by the call's arguments, so the folder
learns the pattern (and the length, the range...) the values must have. Only the folder reads the
inlined text: the database (the oracle) still runs the CHECK as written, so a body read wrongly
costs realism, never a wrong row. Bodies that are not one expression (PL/pgSQL, several
statements, a ``FROM`` at the top) are not inlined; a subquery inside the expression (a
checksum's ``sum(...) FROM generate_series``) stays opaque to the folder, and the oracle's
check-digit repair (``seedbed.engines.redraw``) finishes those values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pglast
from pglast import ast, visitors
from pglast.stream import RawStream

__all__ = ["SqlFunction", "called_functions", "function_body", "inline"]

#: Calls nested deeper than this are left as calls (a function calling itself).
_DEPTH = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class SqlFunction:
    """A SQL function whose body is one expression: ``name`` as ``schema.name``, its parameters'
    names (``""`` for an unnamed one, read as ``$n``) and the expression's text."""

    name: str
    params: tuple[str, ...]
    body: str


def function_body(source: str) -> str | None:
    """The expression of a SQL function body (``prosrc`` / ``pg_get_function_sqlbody``):
    ``SELECT expr`` with nothing else, or ``RETURN expr``; None for anything else."""
    text = source.strip().rstrip(";").strip()
    if text.upper().startswith("RETURN "):
        text = "SELECT " + text[len("RETURN "):]
    try:
        stmts = pglast.parse_sql(text)
    except Exception:  # noqa: BLE001 - pglast raises its own ParseError and ValueErrors
        return None
    if len(stmts) != 1:
        return None
    stmt = stmts[0].stmt
    if not isinstance(stmt, ast.SelectStmt) or stmt.fromClause or stmt.whereClause or stmt.groupClause \
            or stmt.havingClause or stmt.valuesLists or stmt.withClause or stmt.op != 0 or not stmt.targetList \
            or len(stmt.targetList) != 1:
        return None
    return RawStream()(stmt.targetList[0].val)


def _qualified(node: ast.FuncCall) -> str:
    return ".".join(getattr(p, "sval", "") for p in node.funcname)


def called_functions(expression: str) -> set[str]:
    """The qualified names of the non-catalog functions an expression calls."""
    found: set[str] = set()

    class _Calls(visitors.Visitor):
        def visit_FuncCall(self, ancestors: Any, node: ast.FuncCall) -> None:  # noqa: N802
            if len(node.funcname) == 2 and node.funcname[0].sval != "pg_catalog":
                found.add(_qualified(node))

    try:
        _Calls()(pglast.parse_sql("SELECT " + expression))
    except Exception:  # noqa: BLE001
        return set()
    return found


def inline(expression: str, functions: Mapping[tuple[str, int], SqlFunction]) -> str | None:
    """``expression`` with every call of one of ``functions`` (keyed by name and argument count)
    replaced by the function's body; None when nothing was inlined."""
    if not functions:
        return None
    try:
        tree = pglast.parse_sql("SELECT " + expression)
    except Exception:  # noqa: BLE001
        return None
    done = [False]

    class _Inline(visitors.Visitor):
        def __init__(self, depth: int) -> None:
            super().__init__()
            self.depth = depth

        def visit_FuncCall(self, ancestors: Any, node: ast.FuncCall) -> Any:  # noqa: N802
            fn = functions.get((_qualified(node), len(node.args or ())))
            if fn is None or node.agg_star or node.over is not None:
                return None
            body = _expanded(fn, tuple(node.args or ()))
            if body is None:
                return None
            if self.depth < _DEPTH:
                _Inline(self.depth + 1)(body)
            done[0] = True
            return body

    _Inline(0)(tree)
    if not done[0]:
        return None
    return RawStream()(tree[0].stmt.targetList[0].val)


def _expanded(fn: SqlFunction, args: tuple[Any, ...]) -> Any | None:
    """The function's body as a tree, its parameters replaced by ``args`` (each in parentheses)."""
    if len(args) != len(fn.params):
        return None
    try:
        body = pglast.parse_sql("SELECT (" + fn.body + ")")[0].stmt.targetList[0].val
    except Exception:  # noqa: BLE001
        return None
    by_name = {p: a for p, a in zip(fn.params, args, strict=True) if p}

    class _Params(visitors.Visitor):
        def visit_ColumnRef(self, ancestors: Any, node: ast.ColumnRef) -> Any:  # noqa: N802
            if len(node.fields) == 1 and getattr(node.fields[0], "sval", None) in by_name:
                return by_name[node.fields[0].sval]
            return None

        def visit_ParamRef(self, ancestors: Any, node: ast.ParamRef) -> Any:  # noqa: N802
            if 1 <= node.number <= len(args):
                return args[node.number - 1]
            return None

    _Params()(body)
    return body
