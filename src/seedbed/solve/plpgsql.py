"""Reading a PL/pgSQL trigger body: the rules that compare a row with its parent row.

The commonest trigger on real schemas looks the row's parent up and raises when the row does
not agree with it::

    SELECT * INTO p FROM projects WHERE project_no = NEW.project_no;
    IF NEW.day < p.start_on THEN RAISE EXCEPTION '...'; END IF;

or asks for the parent with a condition in one go (``IF NOT EXISTS (SELECT 1 FROM sites WHERE
site_id = NEW.site_id AND NEW.locale = ANY (locales)) THEN RAISE``). ``read_trigger`` walks the
body (pglast's ``parse_plpgsql``) and returns each ``RAISE`` whose condition involves one such
lookup and the row's own ``NEW`` columns, as a ``ReadRule``: the parent table and key, and the
condition under which it raises, rewritten over ``new.<column>`` and ``p.<column>`` (the
enclosing ``IF``s, ``ELSIF``s and early ``RETURN``s folded in). What is not read (loops,
variables assigned twice, two lookups in one condition, counts of sibling rows) is only
counted: the database stays the oracle for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pglast import ast, parse_sql, parser
from pglast.stream import RawStream
from pglast.visitors import Visitor

__all__ = ["Lookup", "ReadRule", "Reading", "read_trigger"]

#: elog level of RAISE EXCEPTION (a NOTICE or WARNING does not reject the row).
_ERROR = 21
#: The lookup of a rule's parent row, as written in its canonical condition.
PARENT = "p"


@dataclass(frozen=True, slots=True)
class Lookup:
    """The parent row a trigger reads: ``table`` (as written) where ``column = NEW.new_column``."""

    table: str
    key: tuple[tuple[str, str], ...]  # (parent column, NEW column), sorted


@dataclass(frozen=True, slots=True)
class ReadRule:
    """A RAISE read: the row is rejected when ``raise_when`` (over ``new.*`` and ``p.*``) is true."""

    lookup: Lookup
    raise_when: str
    message: str = ""


@dataclass(slots=True)
class Reading:
    rules: list[ReadRule] = field(default_factory=list)
    unread: int = 0  # RAISEs whose condition could not be read


class _Unread(Exception):
    pass


def read_trigger(definition: str) -> Reading:
    """The rules of a trigger function (``pg_get_functiondef`` text); nothing when it is no PL/pgSQL
    pglast can parse."""
    func = None
    for text in (definition, _relaxed(definition)):
        try:
            func = json.loads(parser.parse_plpgsql_json(text))[0]["PLpgSQL_function"]
            break
        except Exception:  # noqa: BLE001 - an unparsable body is the oracle's
            continue
    if func is None:
        return Reading()
    names = {}
    for i, d in enumerate(func.get("datums", ())):
        kind, body = next(iter(d.items()))
        names[i] = body.get("refname") or body.get("fieldname")
    walker = _Walker(names)
    walker.block(_body(func.get("action", {})), [], {})
    return walker.reading


#: A variable declared of a type in a schema other than public (``st ats.stage;``): pglast's parser
#: cannot look it up; its type does not matter to the reading.
_NAME = r'(?:"[^"]+"|[a-z_][\w$]*)'
_QUALIFIED_TYPE = re.compile(rf"(?im)^(\s*[a-z_][\w$]*\s+){_NAME}\.{_NAME}(\s*(?:;|:=|=|DEFAULT\b))")


def _relaxed(definition: str) -> str:
    head, sep, rest = definition.partition("DECLARE")
    if not sep:
        return definition
    declare, begin, body = rest.partition("BEGIN")
    declare = re.sub(r";\s*", ";\n", declare)
    return head + sep + _QUALIFIED_TYPE.sub(r"\1text\2", declare) + begin + body


def _body(stmt: dict) -> list[dict]:
    return stmt.get("PLpgSQL_stmt_block", {}).get("body", [])


def _expr(node: dict | None) -> str:
    return (node or {}).get("PLpgSQL_expr", {}).get("query", "")


class _Walker:
    def __init__(self, names: dict[int, str]) -> None:
        self.names = names
        self.reading = Reading()
        self.tainted: set[str] = set()

    # --------------------------------------------------------------- statements
    def block(self, body: list[dict], guards: list[str], env: dict[str, tuple[Lookup, str]]) -> bool:
        """Walk statements; True when the block always returns (later statements do not run)."""
        for stmt in body:
            kind, s = next(iter(stmt.items()))
            if kind == "PLpgSQL_stmt_execsql":
                self._select_into(s, env)
            elif kind == "PLpgSQL_stmt_assign":
                self._taint(env, [self.names.get(s.get("varno", -1), "")])
            elif kind == "PLpgSQL_stmt_if":
                guards = self._if(s, guards, env)
            elif kind == "PLpgSQL_stmt_raise":
                if s.get("elog_level", _ERROR) >= _ERROR:
                    self._raise(s, guards, env)
            elif kind == "PLpgSQL_stmt_return":
                return True
            elif kind == "PLpgSQL_stmt_block":
                if self.block(s.get("body", []), guards, env):
                    return True
            elif kind in ("PLpgSQL_stmt_while", "PLpgSQL_stmt_loop", "PLpgSQL_stmt_fori", "PLpgSQL_stmt_fors",
                          "PLpgSQL_stmt_foreach_a", "PLpgSQL_stmt_forc", "PLpgSQL_stmt_dynfors"):
                self._loop(s, env)
            else:
                self._taint(env, _targets(s, self.names))
        return False

    def _if(self, s: dict, guards: list[str], env: dict) -> list[str]:
        """Each branch under its condition; the guards after the IF (an early RETURN's negation)."""
        conds = [_expr(s.get("cond"))] + [_expr(e["PLpgSQL_if_elsif"].get("cond")) for e in s.get("elsif_list", ())]
        bodies = [s.get("then_body", [])] + [e["PLpgSQL_if_elsif"].get("stmts", []) for e in s.get("elsif_list", ())]
        before: list[str] = []
        returned = []
        for cond, body in zip(conds, bodies, strict=True):
            returned.append(self.block(body, guards + before + [f"({cond}) IS TRUE"], dict(env)))
            before.append(f"({cond}) IS NOT TRUE")
        if "else_body" in s:
            if self.block(s["else_body"], guards + before, dict(env)):
                return guards + ["false"]  # every branch may return: later code under a false guard
        after = list(guards)
        for cond, gone in zip(conds, returned, strict=True):
            if gone:  # IF NEW.manager_id IS NULL THEN RETURN NEW: what follows runs only otherwise
                after.append(f"({cond}) IS NOT TRUE")
        # Variables a branch assigned are not known after the IF.
        for body in bodies + [s.get("else_body", [])]:
            self._taint(env, _assigned(body, self.names))
        return after

    def _loop(self, s: dict, env: dict) -> None:
        self._taint(env, _assigned(s.get("body", []), self.names) + _targets(s, self.names))
        self.reading.unread += _raises(s.get("body", []))

    def _taint(self, env: dict, names: Iterable[str]) -> None:
        for n in names:
            self.tainted.add(n)
            env.pop(n, None)

    def _select_into(self, s: dict, env: dict) -> None:
        targets = _targets(s, self.names)
        if not s.get("into"):
            return
        self._taint(env, targets)
        try:
            lookup, columns = _lookup(_expr(s.get("sqlstmt")))
        except _Unread:
            return
        if columns == ["*"] and len(targets) == 1:
            env[targets[0]] = (lookup, "*")
        elif len(columns) == len(targets) and "*" not in columns:
            for t, c in zip(targets, columns, strict=True):
                env[t] = (lookup, c)
        for t in targets:
            if t in env:
                self.tainted.discard(t)

    def _raise(self, s: dict, guards: list[str], env: dict) -> None:
        if not guards or "false" in guards:
            self.reading.unread += bool(guards)
            return
        try:
            rule = _rule(" AND ".join(guards), env, self.tainted)
        except _Unread:
            self.reading.unread += 1
            return
        if rule is None:
            return  # a condition on the row alone: a CHECK in a trigger, the oracle's
        lookup, text = rule
        self.reading.rules.append(ReadRule(lookup=lookup, raise_when=text, message=s.get("message", "")))


def _targets(s: dict, names: dict[int, str]) -> list[str]:
    target = s.get("target") or s.get("var") or {}
    if not target:
        return []
    kind, t = next(iter(target.items()))
    if "fields" in t:
        return [f["name"] for f in t["fields"]]
    return [t.get("refname", "")]


def _assigned(body: list[dict], names: dict[int, str]) -> list[str]:
    out: list[str] = []
    for stmt in body:
        kind, s = next(iter(stmt.items()))
        if kind == "PLpgSQL_stmt_assign":
            out.append(names.get(s.get("varno", -1), ""))
        out += _targets(s, names)
        for key in ("body", "then_body", "else_body", "stmts"):
            if isinstance(s.get(key), list):
                out += _assigned(s[key], names)
        for e in s.get("elsif_list", ()):
            out += _assigned(e["PLpgSQL_if_elsif"].get("stmts", []), names)
    return out


def _raises(body: list[dict]) -> int:
    return json.dumps(body).count('"PLpgSQL_stmt_raise"')


# ------------------------------------------------------------------- lookups
def _new_column(node: Any) -> str | None:
    if isinstance(node, ast.ColumnRef) and len(node.fields) == 2 and _name(node.fields[0]) == "new":
        return _name(node.fields[1])
    return None


def _name(f: Any) -> str | None:
    return f.sval if isinstance(f, ast.String) else None


def _conjuncts(node: Any) -> list[Any]:
    from pglast.enums import BoolExprType

    if isinstance(node, ast.BoolExpr) and node.boolop == BoolExprType.AND_EXPR:
        return [c for a in node.args for c in _conjuncts(a)]
    return [node]


def _key_pair(node: Any, alias: str | None) -> tuple[str, str] | None:
    """``column = NEW.x`` (either side): (column, x)."""
    from pglast.enums import A_Expr_Kind

    if not (isinstance(node, ast.A_Expr) and node.kind == A_Expr_Kind.AEXPR_OP and len(node.name) == 1
            and _name(node.name[0]) == "="):
        return None
    for a, b in ((node.lexpr, node.rexpr), (node.rexpr, node.lexpr)):
        new = _new_column(b)
        if new is not None and isinstance(a, ast.ColumnRef) and all(isinstance(f, ast.String) for f in a.fields):
            names = [_name(f) for f in a.fields]
            if len(names) == 1 or (len(names) == 2 and names[0] == alias):
                return names[-1], new
    return None


def _from(select: Any) -> tuple[str, str | None]:
    if not isinstance(select, ast.SelectStmt) or select.fromClause is None or len(select.fromClause) != 1 \
            or not isinstance(select.fromClause[0], ast.RangeVar) or select.groupClause or select.distinctClause:
        raise _Unread
    rv = select.fromClause[0]
    table = f"{rv.schemaname}.{rv.relname}" if rv.schemaname else rv.relname
    return table, rv.alias.aliasname if rv.alias else None


def _lookup(query: str) -> tuple[Lookup, list[str]]:
    """``SELECT cols FROM parent WHERE key = NEW.fk [AND ...]``: the lookup and the columns read."""
    try:
        select = parse_sql(query)[0].stmt
    except Exception as exc:  # noqa: BLE001
        raise _Unread from exc
    table, alias = _from(select)
    pairs = [_key_pair(c, alias) for c in _conjuncts(select.whereClause)]
    if select.whereClause is None or None in pairs:
        raise _Unread
    columns = []
    for target in select.targetList or ():
        val = target.val
        if not isinstance(val, ast.ColumnRef):
            raise _Unread
        last = val.fields[-1]
        columns.append("*" if isinstance(last, ast.A_Star) else _name(last))
    return Lookup(table=table, key=tuple(sorted(pairs))), columns


# --------------------------------------------------------------------- rules
class _Rewrite(Visitor):
    """Column references of a condition over ``new.*`` and one lookup's ``p.*``."""

    def __init__(self, env: dict, tainted: set[str]) -> None:
        self.env = env
        self.tainted = tainted
        self.lookups: set[Lookup] = set()

    def visit_SubLink(self, ancestors, node):  # noqa: N802 - pglast's visitor names
        from pglast.enums import SubLinkType

        if node.subLinkType != SubLinkType.EXISTS_SUBLINK:
            raise _Unread
        table, alias = _from(node.subselect)
        pairs, rest = [], []
        for c in _conjuncts(node.subselect.whereClause):
            pair = _key_pair(c, alias)
            (pairs.append(pair) if pair else rest.append(c))
        if not pairs:
            raise _Unread
        self.lookups.add(Lookup(table=table, key=tuple(sorted(pairs))))
        inner = _Inner(alias)  # pglast does not visit the node returned here again
        for c in rest:
            inner(ast.ResTarget(val=c))
        found = ast.FuncCall(funcname=(ast.String(sval="__found"),), args=None)
        if not rest:
            return found
        from pglast.enums import BoolExprType, BoolTestType

        cond = rest[0] if len(rest) == 1 else ast.BoolExpr(boolop=BoolExprType.AND_EXPR, args=tuple(rest))

        return ast.BoolExpr(boolop=BoolExprType.AND_EXPR, args=(
            found, ast.BooleanTest(arg=cond, booltesttype=BoolTestType.IS_TRUE)))

    def visit_ColumnRef(self, ancestors, node):  # noqa: N802
        names = [_name(f) for f in node.fields]
        if None in names:
            raise _Unread
        if len(names) == 2 and names[0] == "new":
            return None
        head = names[0]
        if head in self.tainted or head not in self.env:
            raise _Unread
        lookup, column = self.env[head]
        self.lookups.add(lookup)
        if column == "*":
            if len(names) != 2:
                raise _Unread
            column = names[1]
        elif len(names) != 1:
            raise _Unread
        node.fields = (ast.String(sval=PARENT), ast.String(sval=column))
        return None


class _Inner(Visitor):
    """Inside an EXISTS: the parent's own columns become ``p.*``."""

    def __init__(self, alias: str | None) -> None:
        self.alias = alias

    def visit_ColumnRef(self, ancestors, node):  # noqa: N802
        names = [_name(f) for f in node.fields]
        if None in names:
            raise _Unread
        if len(names) == 2 and names[0] == "new":
            return None
        if len(names) == 1 or (len(names) == 2 and names[0] == self.alias):
            node.fields = (ast.String(sval=PARENT), ast.String(sval=names[-1]))
            return None
        raise _Unread

    def visit_SubLink(self, ancestors, node):  # noqa: N802
        raise _Unread


def _rule(condition: str, env: dict, tainted: set[str]) -> tuple[Lookup, str] | None:
    try:
        expr = parse_sql("SELECT " + condition)[0].stmt.targetList[0].val
    except Exception as exc:  # noqa: BLE001
        raise _Unread from exc
    rewrite = _Rewrite(env, tainted)
    holder = ast.ResTarget(val=expr)
    rewrite(holder)
    if not rewrite.lookups:
        return None
    if len(rewrite.lookups) > 1:
        raise _Unread
    return next(iter(rewrite.lookups)), RawStream()(holder.val)
