"""CHECK folding (``seedbed.solve.checks``), driven by ``tests/data/check_folding.txt``.

Each block of the fixture file (blocks are separated by blank lines) is one case:

    # what the case shows (comment lines are optional)
    columns: price numeric not null, status enum(a|b), name varchar(50)
    check: ((price > (0)::numeric) AND (price < (10000)::numeric))
    ----
    price: > 0, < 10000

Inputs above ``----``: ``columns:`` (``name type [not null] [generated]
[domain not null]``), any number of ``check:`` lines (named c1, c2, ... in order),
``domaincheck <column>: <expr with VALUE>`` and ``partition: <constraint>`` /
``partition: DEFAULT`` lines. Below ``----``: the folded result as :func:`render` prints it
(``(none)`` when nothing is learned). Expressions are written as ``pg_get_constraintdef``
deparses them (checked against PostgreSQL 15).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from seedbed.model.domain import ColumnDomain, TableDomains
from seedbed.model.schema import (
    Check,
    Column,
    ColumnType,
    DomainType,
    Partition,
    QualifiedName,
    Table,
    TypeKind,
)
from seedbed.solve.checks import fold_expression, fold_table

FIXTURE = Path(__file__).parent / "data" / "check_folding.txt"

_SIMPLE = {
    "int2": (TypeKind.INTEGER, {"bits": 16}), "int4": (TypeKind.INTEGER, {"bits": 32}),
    "int8": (TypeKind.INTEGER, {"bits": 64}), "numeric": (TypeKind.NUMERIC, {}),
    "float8": (TypeKind.FLOAT, {"bits": 64}), "money": (TypeKind.MONEY, {}),
    "text": (TypeKind.TEXT, {}), "citext": (TypeKind.TEXT, {"case_insensitive": True}),
    "date": (TypeKind.DATE, {}), "timestamp": (TypeKind.TIMESTAMP, {}),
    "timestamptz": (TypeKind.TIMESTAMPTZ, {}), "time": (TypeKind.TIME, {}),
    "bool": (TypeKind.BOOL, {}), "uuid": (TypeKind.UUID, {}), "bytea": (TypeKind.BYTEA, {}),
    "jsonb": (TypeKind.JSONB, {}), "interval": (TypeKind.INTERVAL, {}),
}


def column_type(spec: str) -> ColumnType:
    """``int4``, ``varchar(20)``, ``char(3)``, ``numeric(10,2)``, ``enum(a|b)``, ``int4[]``."""
    dims = spec.count("[]")
    base = spec.replace("[]", "")
    m = re.fullmatch(r"(\w+)(?:\((.*)\))?", base)
    assert m, spec
    name, args = m.group(1), m.group(2)
    if name == "enum":
        return ColumnType(kind=TypeKind.ENUM, sql_name="mood", enum_labels=tuple(args.split("|")),
                          array_dims=dims)
    if name in ("varchar", "char"):
        return ColumnType(kind=TypeKind.TEXT, sql_name=spec, length=int(args),
                          fixed_length=name == "char", array_dims=dims)
    kind, extra = _SIMPLE[name]
    if name == "numeric" and args:
        p, s = args.split(",")
        extra = {"precision": int(p), "scale": int(s)}
    return ColumnType(kind=kind, sql_name=spec, array_dims=dims, **extra)


def parse_case(block: str) -> tuple[Table, list[str], str]:
    inputs, _, expected = block.partition("\n----\n")
    columns: list[Column] = []
    checks: list[Check] = []
    domain_checks: dict[str, list[Check]] = {}
    partitions: list[Partition] = []
    title = ""
    for line in inputs.splitlines():
        if line.startswith("#"):
            title = title or line[1:].strip()
        elif line.startswith("columns:"):
            for spec in re.split(r",(?![^()]*\))", line[len("columns:"):]):
                words = spec.split()
                rest = " ".join(words[2:])
                own = rest.replace("domain not null", "")
                columns.append(Column(name=words[0], type=column_type(words[1]),
                                      nullable="not null" not in own,
                                      generated="generated" in rest))
                if "domain not null" in rest:
                    domain_checks.setdefault(words[0], [])
                    columns[-1] = _with_domain(columns[-1], not_null=True)
        elif line.startswith("check:"):
            checks.append(Check(name=f"c{len(checks) + 1}", expression=line[6:].strip()))
        elif line.startswith("domaincheck "):
            col, _, expr = line[len("domaincheck "):].partition(":")
            name = f"d{sum(map(len, domain_checks.values())) + 1}"
            domain_checks.setdefault(col.strip(), []).append(
                Check(name=name, expression=expr.strip()))
        elif line.startswith("partition:"):
            text = line[len("partition:"):].strip()
            leaf = QualifiedName(schema="public", name=f"p{len(partitions)}")
            partitions.append(Partition(name=leaf, bound=text, is_default=text == "DEFAULT",
                                        constraint=None if text == "DEFAULT" else text))
        elif line.strip():
            raise AssertionError(f"unknown fixture line: {line!r}")
    columns = [_with_domain(c, checks=tuple(domain_checks[c.name])) if c.name in domain_checks
               else c for c in columns]
    table = Table(name=QualifiedName(schema="public", name="t"), columns=tuple(columns),
                  checks=tuple(checks), partitions=tuple(partitions))
    return table, expected.strip().splitlines(), title


def _with_domain(col: Column, **kw: Any) -> Column:
    from dataclasses import replace

    old = col.type.domain or DomainType(name=QualifiedName(schema="public", name="dom"))
    return replace(col, type=replace(col.type, domain=replace(old, **kw)))


def load_cases() -> list[Any]:
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", FIXTURE.read_text()) if b.strip()]
    cases = []
    for i, block in enumerate(blocks):
        table, expected, title = parse_case(block)
        cases.append(pytest.param(table, expected, id=f"{i + 1:02d}-{_slug(title)}"))
    return cases


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "case"


# -- rendering --------------------------------------------------------------------------------


def value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, (int, Decimal)):
        return str(v)
    return repr(v)


def render_domain(d: ColumnDomain) -> str:
    parts = []
    if d.always_null:
        parts.append("null only")
    if d.not_null:
        parts.append("not null")
    if d.allowed is not None:
        parts.append("in (" + ", ".join(map(value, d.allowed)) + ")")
    if d.excluded:
        parts.append("not in (" + ", ".join(map(value, d.excluded)) + ")")
    if d.low is not None:
        parts.append((">= " if d.low.inclusive else "> ") + value(d.low.value))
    if d.high is not None:
        parts.append(("<= " if d.high.inclusive else "< ") + value(d.high.value))
    if d.min_length is not None:
        parts.append(f"len >= {d.min_length}")
    if d.max_length is not None:
        parts.append(f"len <= {d.max_length}")
    parts += [f"~ {value(p)}" for p in d.patterns]
    parts += [f"~* {value(p)}" for p in d.case_insensitive_patterns]
    parts += [f"!~ {value(p)}" for p in d.not_patterns]
    parts += [f"like {value(p)}" for p in d.likes]
    parts += [flag for flag in ("lowercase", "uppercase", "nonblank") if getattr(d, flag)]
    if d.min_items is not None:
        parts.append(f"items >= {d.min_items}")
    if d.max_items is not None:
        parts.append(f"items <= {d.max_items}")
    if d.alternatives:
        parts.append("any [" + " | ".join(render_domain(a) for a in d.alternatives) + "]")
    return ", ".join(parts)


def render_order(o: Any) -> str:
    offset = "" if o.offset is None else f" + {o.offset!r}" if not isinstance(o.offset, dt.timedelta) \
        else f" + {o.offset.days}d" if not o.offset.seconds else f" + {o.offset}"
    return f"{o.left} {o.op} {o.right}{offset}" + (" (nullable left)" if o.nullable_left else "")


def render(td: TableDomains) -> list[str]:
    lines = [f"{name}: {render_domain(d)}" for name, d in td.columns.items()]
    for o in td.orders:
        lines.append(f"order: {render_order(o)}")
    for g in td.groups:
        cases = ["; ".join([f"{c}: {render_domain(d)}" for c, d in case.columns.items()]
                           + [f"order {render_order(o)}" for o in case.orders]) or "(any)"
                 for case in g.cases]
        lines.append(f"cases {', '.join(g.checks)}: " + " | ".join(cases))
    lines += [f"residual: {c.name}" for c in td.residual]
    lines += [f"unsatisfiable: {c.name}" for c in td.unsatisfiable]
    return lines or ["(none)"]


# -- tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "expected"), load_cases())
def test_fixture(table: Table, expected: list[str]) -> None:
    assert render(fold_table(table)) == expected


def test_fixture_has_enough_cases() -> None:
    assert len(load_cases()) >= 40


def test_residual_domain_check_names_the_column() -> None:
    col = Column(name="code", type=ColumnType(
        kind=TypeKind.TEXT, sql_name="code_t",
        domain=DomainType(name=QualifiedName(schema="public", name="code_t"),
                          checks=(Check(name="code_t_check",
                                        expression="(md5(VALUE) <> ''::text)"),))))
    td = fold_table(Table(name=QualifiedName(schema="public", name="t"), columns=(col,)))
    (residual,) = td.residual
    assert residual.columns == ("code",)
    assert "VALUE" not in residual.expression.upper() and "code" in residual.expression


def test_unparsable_expression_is_residual() -> None:
    td = fold_expression("(a >>>", {"a": column_type("int4")})
    assert [c.name for c in td.residual] == ["check"]


def test_full_check_clause_is_accepted() -> None:
    td = fold_expression("CHECK ((a > 0)) NOT VALID", {"a": column_type("int4")})
    assert render(td) == ["a: >= 1"]


def test_folding_is_deterministic() -> None:
    table, _, _ = parse_case(FIXTURE.read_text().split("\n\n")[0])
    assert fold_table(table) == fold_table(table)


def test_now_relative_upper_bound_narrows_but_stays_residual() -> None:
    import datetime as dt

    from seedbed.model import ColumnType, TypeKind
    from seedbed.solve.checks import fold_expression

    date = ColumnType(kind=TypeKind.DATE, sql_name="date")
    expr = "((birthdate >= '1930-01-01'::date) AND (birthdate <= (now() - '18 years'::interval)))"
    folded = fold_expression(expr, {"birthdate": date}, frozenset({"birthdate"}))
    dom = folded.columns["birthdate"]
    assert dom.low.value == dt.date(1930, 1, 1) and dom.high.value == dt.date(2008, 1, 1)
    assert len(folded.residual) == 1  # the database still evaluates it
    lower = fold_expression("(hired_on > CURRENT_DATE)", {"hired_on": date}, frozenset({"hired_on"}))
    assert "hired_on" not in lower.columns and len(lower.residual) == 1
