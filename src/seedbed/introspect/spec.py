"""A JSON spec (BugiaData style) -> the frozen Schema model and the PlanOptions of a seed.

::

    {"count": 50, "seed": 7, "locale": "en_US",
     "schema": {"users":  {"columns": {"id": {"type": "uuid"}, "email": {"type": "email", "unique": true}}},
                "orders": {"count": 200, "columns": {
                    "id": {"type": "uuid"},
                    "user_id": {"type": "foreign_key", "reference": "users.id"},
                    "total_cents": {"type": "random_int", "min": 1000, "max": 200000}}}}}

The spec is validated before anything is generated and every problem is reported at once
(:class:`SpecProblems`, a ``SpecError`` carrying the list): malformed JSON or shape, unknown
table or column in a reference (did-you-mean), unknown type (did-you-mean), bad arguments,
and a circular dependency of NOT NULL foreign keys that no order can satisfy (the message
lists the cycle and suggests ``"nullable": true`` on one edge, which makes it solvable: that
column is loaded NULL first and filled after).

Mapping: a column named ``id`` (or marked ``primary_key``) is the primary key; a referenced
column that is not the primary key gets a UNIQUE constraint; ``unique`` adds one; columns are
NOT NULL unless ``nullable`` or ``null_rate``. Ranges, element lists and patterns become CHECK
constraints of the model, so the CHECK folder turns them into column domains exactly as it
does for a live database, the SQL output declares them, and ``seedbed verify`` checks them.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from psycopg import sql
from pydantic import ValidationError

from seedbed.errors import EXIT_PLAN, CycleError, SeedbedError, SpecError, UnknownColumnError, UnknownTableError
from seedbed.introspect.spec_types import (
    COLUMN_OPTIONS,
    INTENT_TYPES,
    SEMANTIC_TYPES,
    TEXT,
    Built,
    ColumnIn,
    SpecIn,
    argument_names,
    build_semantic,
)
from seedbed.model import (
    Check,
    Column,
    ColumnType,
    ForeignKey,
    Identity,
    QualifiedName,
    Schema,
    Table,
    UniqueKey,
)
from seedbed.planning.options import ColumnSpec, PlanOptions

__all__ = ["COLUMN_OPTIONS", "SpecIn", "SpecProblems", "load_spec", "parse_spec", "read_spec", "spec_types"]


class SpecProblems(SpecError):
    """Every problem of a spec at once; ``problems`` are SeedbedErrors with their own code and subject.

    ``malformed`` is True when the JSON itself or its shape is wrong (HTTP 422), False when a
    well-formed spec cannot be satisfied (unknown names, bad arguments, a cycle: HTTP 400).
    """

    def __init__(self, problems: list[SeedbedError], *, malformed: bool = False) -> None:
        if len(problems) == 1:
            super().__init__(problems[0].message, subject=problems[0].subject, hint=problems[0].hint,
                             code=problems[0].code)
        else:
            lines = [p.message + (f" ({p.hint})" if p.hint else "") for p in problems]
            super().__init__(f"the spec has {len(problems)} problems:\n  " + "\n  ".join(lines),
                             hint="fix every problem listed")
        self.problems = tuple(problems)
        self.malformed = malformed
        if problems and all(isinstance(p, CycleError) for p in problems):
            self.exit_code = EXIT_PLAN

    def to_dicts(self) -> list[dict[str, Any]]:
        """One error object per problem (the shared JSON error shape)."""
        return [p.to_dict() for p in self.problems]


def spec_types() -> dict[str, str]:
    """Semantic type -> one-line description (the intent types included)."""
    out = {name: sem.doc for name, sem in SEMANTIC_TYPES.items()}
    out.update({name: f"realistic {intent}" for name, intent in INTENT_TYPES.items()})
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------- parsing

def _loc(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("columns",)]
    if parts[:1] == ["schema"] and len(parts) > 1:
        parts = parts[1:]
    return ".".join(parts) or "spec"


def parse_spec(data: Any) -> SpecIn:
    """Validate the shape of a spec (a dict, JSON text or bytes, or a SpecIn).

    Raises:
        SpecProblems: malformed JSON or shape, every problem listed (``malformed=True``).
    """
    if isinstance(data, SpecIn):
        return data
    from seedbed.limits import MAX_JSON_DEPTH, json_depth, loads

    if isinstance(data, str | bytes | bytearray):
        try:
            data = loads(data)
        except ValueError as exc:
            raise SpecProblems([SpecError(f"the spec is not valid JSON: {exc}", subject="spec",
                                          hint="check the file with a JSON linter")], malformed=True) from None
    elif json_depth(data) > MAX_JSON_DEPTH:
        raise SpecProblems([SpecError(f"the spec is nested deeper than {MAX_JSON_DEPTH} levels", subject="spec",
                                      hint="a spec needs a few levels: tables, columns, arguments")],
                           malformed=True)
    try:
        return SpecIn.model_validate(data)
    except ValidationError as exc:
        problems: list[SeedbedError] = []
        for e in exc.errors(include_url=False):
            where = _loc(e["loc"])
            msg = e["msg"]
            hint = None
            if e["type"] == "extra_forbidden":
                key = str(e["loc"][-1])
                known = ["count", "columns"] if len(e["loc"]) > 1 else ["count", "seed", "locale", "schema"]
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
                hint = f"did you mean {close[0]!r}?" if close else f"allowed: {', '.join(known)}"
                msg = f"unknown key {key!r}"
            problems.append(SpecError(f"{where}: {msg}", subject=where, hint=hint))
        raise SpecProblems(problems, malformed=True) from None


def read_spec(path: str | Path) -> SpecIn:
    """A spec file, parsed (shape only)."""
    try:
        text = Path(path).read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}", subject=str(path)) from None
    return parse_spec(text)


# --------------------------------------------------------------------------- building

def _qname(name: str) -> QualifiedName:
    schema, _, table = name.rpartition(".")
    return QualifiedName(schema=schema or "public", name=table)


def _q(column: str) -> str:
    return sql.Identifier(column).as_string(None)


def _did_you_mean(word: str, options: list[str]) -> str | None:
    close = difflib.get_close_matches(word, options, n=3, cutoff=0.6)
    return f"did you mean {' or '.join(map(repr, close))}?" if close else None


@dataclass(slots=True)
class _Col:
    table: str
    name: str
    spec: ColumnIn
    built: Built | None = None
    provider: ColumnSpec | None = None
    ctype: ColumnType | None = None
    ref: tuple[str, str] | None = None  # (table, column) for a foreign key


@dataclass(slots=True)
class _Build:
    spec: SpecIn
    locale: str
    problems: list[SeedbedError] = field(default_factory=list)
    cols: dict[str, dict[str, _Col]] = field(default_factory=dict)

    def problem(self, exc: SeedbedError) -> None:
        self.problems.append(exc)


def _column(b: _Build, table: str, name: str, col: ColumnIn) -> _Col:
    from seedbed.generate import fakerprov

    out = _Col(table=table, name=name, spec=col)
    where = f"{table}.{name}"
    args = col.args
    type_name = col.type
    faker_forced = type_name.startswith("faker.")
    method = type_name.removeprefix("faker.")

    if not faker_forced and type_name in SEMANTIC_TYPES:
        try:
            out.built = build_semantic(type_name, args, _q(name))
        except ValidationError as exc:
            for e in exc.errors(include_url=False):
                arg = ".".join(str(p) for p in e["loc"]) or "arguments"
                if e["type"] == "extra_forbidden":
                    hint = _did_you_mean(arg, argument_names(type_name)) or (
                        f"{type_name} takes {', '.join(argument_names(type_name)) or 'no arguments'}")
                    b.problem(SpecError(f"{where}: {type_name} has no argument {arg!r}", subject=where, hint=hint))
                else:
                    b.problem(SpecError(f"{where}: bad argument {arg} for {type_name}: {e['msg']}", subject=where,
                                        hint=f"{type_name}: {SEMANTIC_TYPES[type_name].doc}"))
            return out
        except ValueError as exc:
            b.problem(SpecError(f"{where}: bad arguments for {type_name}: {exc}", subject=where,
                                hint=f"{type_name}: {SEMANTIC_TYPES[type_name].doc}"))
            return out
        if out.built.reference is not None:
            head, _, ref_col = out.built.reference.rpartition(".")
            out.ref = (head, ref_col)
        else:
            out.ctype = out.built.ctype
            out.provider = out.built.spec
        return out

    if not faker_forced and type_name in INTENT_TYPES and not args:
        out.ctype = TEXT
        out.provider = ColumnSpec(provider=INTENT_TYPES[type_name])
        return out

    # A Faker method, called with the remaining keys as keyword arguments.
    try:
        found = fakerprov.probe(b.locale, method, args)
    except SeedbedError as exc:
        if exc.message.startswith("unknown type"):
            known = sorted(set(SEMANTIC_TYPES) | set(INTENT_TYPES) | fakerprov.allowed_methods(b.locale))
            hint = _did_you_mean(type_name, known) or "see the README for the semantic types; any data-generating Faker method works too"
            b.problem(SpecError(f"{where}: unknown type {type_name!r}", subject=where, hint=hint))
        else:
            b.problem(SpecError(f"{where}: {exc.message}", subject=where, hint=exc.hint))
        return out
    out.ctype = ColumnType(kind=found.kind, sql_name=found.sql_name, base_name=found.base_name, bits=found.bits)
    out.provider = ColumnSpec(provider=f"faker.{method}", params=args)
    return out


def _resolve_reference(b: _Build, col: _Col, seen: tuple[tuple[str, str], ...] = ()) -> ColumnType | None:
    """The type of a foreign key column: its referenced column's (following FK chains)."""
    if col.ref is None:
        return col.ctype
    where = f"{col.table}.{col.name}"
    table, column = col.ref
    if table not in b.cols:
        raise UnknownTableError(f"{where}: reference to unknown table {table!r}", subject=where,
                                hint=_did_you_mean(table, list(b.cols)) or f"tables: {', '.join(b.cols)}")
    if column not in b.cols[table]:
        raise UnknownColumnError(f"{where}: {table} has no column {column!r}", subject=where,
                                 hint=_did_you_mean(column, list(b.cols[table])) or f"{table} has: {', '.join(b.cols[table])}")
    target = b.cols[table][column]
    if (table, column) in seen:
        raise SpecError(f"{where}: foreign keys refer to each other in a loop and no column holds values",
                        subject=where, hint="one column of the chain must have a type of its own (e.g. uuid)")
    return _resolve_reference(b, target, seen + ((col.table, col.name),)) if target.ref else target.ctype


def load_spec(data: Any, *, rows: int | None = None, rows_per_table: Mapping[str, int] | None = None,
              seed: int | None = None) -> tuple[Schema, PlanOptions]:
    """The Schema and PlanOptions a spec describes; raises SpecProblems listing every problem.

    Args:
        data: the spec: a dict, JSON text, or a parsed ``SpecIn``.
        rows: rows for every table (the spec's counts are ignored).
        rows_per_table: overrides per-table counts (``{"users": 10}``).
        seed: overrides the spec's ``seed``.
    """
    from seedbed.generate import fakerprov

    spec = parse_spec(data)
    try:
        locale = fakerprov.resolve_locale(spec.locale)
    except SeedbedError as exc:
        raise SpecProblems([exc]) from None
    b = _Build(spec=spec, locale=locale)
    for tname, tin in spec.tables.items():
        b.cols[tname] = {cname: _column(b, tname, cname, cin) for cname, cin in tin.columns.items()}
    for cols in b.cols.values():
        for col in cols.values():
            if col.ref is None:
                continue
            try:
                col.ctype = _resolve_reference(b, col)
            except SeedbedError as exc:
                b.problem(exc)
                col.ref = None

    tables = [_table(b, tname, cols) for tname, cols in b.cols.items()]
    unique_targets: dict[str, set[str]] = {}
    for t in tables:
        for fk in t.foreign_keys:
            unique_targets.setdefault(str(fk.ref_table), set()).update(fk.ref_columns)
    tables = [_with_target_keys(t, unique_targets.get(str(t.name), set())) for t in tables]
    schema = Schema(tables=tuple(tables), source="spec")
    b.problems.extend(_cycles(schema))
    if b.problems:
        raise SpecProblems(b.problems)

    # A row count given by the caller wins over the spec's: ``rows`` over every count in it.
    per_table = {} if rows is not None else {t: tin.count for t, tin in spec.tables.items() if tin.count is not None}
    per_table.update(rows_per_table or {})
    columns: dict[str, ColumnSpec] = {}
    for tname, cols in b.cols.items():
        for col in cols.values():
            cs = col.provider or ColumnSpec()
            if col.spec.null_rate is not None:
                cs = ColumnSpec(provider=cs.provider, params=cs.params, domain=cs.domain, weights=cs.weights,
                                null_rate=col.spec.null_rate, unique=cs.unique)
            if cs != ColumnSpec():
                columns[f"{tname}.{col.name}"] = cs
    options = PlanOptions(rows=rows if rows is not None else spec.count, rows_per_table=per_table,
                          seed=seed if seed is not None else (spec.seed or 0), columns=columns, locale=locale)
    return schema, options


def _table(b: _Build, tname: str, cols: dict[str, _Col]) -> Table:
    name = _qname(tname)
    columns: list[Column] = []
    checks: list[Check] = []
    uniques: list[UniqueKey] = []
    fks: list[ForeignKey] = []
    pk_cols = [c.name for c in cols.values() if c.spec.primary_key]
    if not pk_cols and "id" in cols and not cols["id"].spec.nullable and cols["id"].spec.null_rate is None:
        pk_cols = ["id"]
    for col in cols.values():
        where = f"{tname}.{col.name}"
        nullable = col.spec.nullable or bool(col.spec.null_rate)
        if col.name in pk_cols and nullable:
            b.problem(SpecError(f"{where}: a primary key column cannot be nullable", subject=where,
                                hint='drop "nullable" / "null_rate", or "primary_key"'))
        identity = col.built is not None and col.built.identity
        columns.append(Column(
            name=col.name, type=col.ctype or TEXT, nullable=nullable and col.name not in pk_cols,
            identity=Identity.BY_DEFAULT if identity else Identity.NONE,
            sequence=QualifiedName(schema=name.schema, name=f"{name.name}_{col.name}_seq"[:63]) if identity else None))
        if col.built is not None and col.built.checks:
            checks.append(Check(name=_constraint(name.name, col.name, "check"),
                                expression=" AND ".join(f"({c})" for c in col.built.checks), columns=(col.name,)))
        if col.spec.unique and [col.name] != pk_cols:
            uniques.append(UniqueKey(name=_constraint(name.name, col.name, "key"), columns=(col.name,)))
        if col.ref is not None:
            fks.append(ForeignKey(name=_constraint(name.name, col.name, "fkey"), columns=(col.name,),
                                  ref_table=_qname(col.ref[0]), ref_columns=(col.ref[1],)))
    pk = UniqueKey(name=_constraint(name.name, "", "pkey"), columns=tuple(pk_cols), primary=True) if pk_cols else None
    return Table(name=name, columns=tuple(columns), primary_key=pk, uniques=tuple(uniques),
                 foreign_keys=tuple(fks), checks=tuple(checks))


def _constraint(table: str, column: str, suffix: str) -> str:
    """Postgres's default constraint name (``orders_user_id_fkey``), within 63 bytes."""
    base = f"{table}_{column}" if column else table
    return f"{base[:62 - len(suffix)]}_{suffix}"


def _with_target_keys(table: Table, targets: set[str]) -> Table:
    """A referenced column must be unique: add a UNIQUE constraint unless a key already covers it."""
    keyed = {k.columns for k in table.unique_keys}
    extra = tuple(UniqueKey(name=_constraint(table.name.name, c, "key"), columns=(c,))
                  for c in sorted(targets) if (c,) not in keyed)
    if not extra:
        return table
    from dataclasses import replace

    return replace(table, uniques=table.uniques + extra)


def _cycles(schema: Schema) -> list[SeedbedError]:
    """A cycle of NOT NULL foreign keys: no order loads it, and no file can hold it loadably."""
    from seedbed.planning.graph import CycleStrategy, EdgeKind, build_graph

    graph = build_graph(schema)
    position = {t.name: i for i, t in enumerate(schema.tables)}
    problems: list[SeedbedError] = []
    for comp in graph.components:
        if comp.strategy is not CycleStrategy.WRITABLE_CTE:
            continue
        members = set(comp.tables)
        hard = [e for e in graph.edges if e.child in members and e.parent in members
                and e.child != e.parent and e.kind is EdgeKind.HARD]
        path = _find_cycle(hard)
        if path:  # start at the table declared first in the spec
            i = min(range(len(path)), key=lambda k: position[path[k].child])
            path = path[i:] + path[:i]
        text = " -> ".join(f"{e.child}.{e.fk.columns[0]} -> {e.parent}.{e.fk.ref_columns[0]}" for e in path)
        first = f"{path[0].child}.{path[0].fk.columns[0]}" if path else str(comp.tables[0])
        problems.append(CycleError(
            f"circular dependency no order can satisfy: {text}",
            subject=first, cycle=tuple(f"{e.child}.{e.fk.columns[0]}" for e in path),
            hint=f'add "nullable": true to one of these foreign keys (e.g. {first}): it is loaded NULL first '
                 "and filled once the other table exists"))
    return problems


def _find_cycle(edges: list[Any]) -> list[Any]:
    """One cycle through the edges (child -> parent), as the list of its edges, shortest first."""
    by_child: dict[QualifiedName, list[Any]] = {}
    for e in edges:
        by_child.setdefault(e.child, []).append(e)
    best: list[Any] = []
    for start in sorted(by_child):
        # Breadth-first from start back to start: the shortest cycle through it.
        queue: list[tuple[QualifiedName, list[Any]]] = [(start, [])]
        seen = {start}
        while queue:
            node, path = queue.pop(0)
            for e in by_child.get(node, []):
                if e.parent == start:
                    cycle = path + [e]
                    if not best or len(cycle) < len(best):
                        best = cycle
                    queue = []
                    break
                if e.parent not in seen:
                    seen.add(e.parent)
                    queue.append((e.parent, path + [e]))
    return best

