"""How the CLI shows things: errors, schema summaries, FK graphs, plans, seed and verify results."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from seedbed.errors import SeedbedError
from seedbed.model import QualifiedName, Schema
from seedbed.planning.graph import Graph
from seedbed.planning.model import Plan


def error(console: Console, exc: SeedbedError) -> None:
    console.print(f"[bold red]error[/] [dim]{exc.code}[/]: {escape(exc.message)}")
    if exc.subject:
        console.print(f"  [dim]subject:[/] {escape(exc.subject)}")
    if exc.hint:
        console.print(f"  [dim]hint:[/] {escape(exc.hint)}")


#: How each cycle strategy goes in when no engine says (a DDL file or a spec: PostgreSQL's terms).
CYCLE_HOW = {"defer": "deferrable FKs deferred to commit",
             "null_then_update": "back-edges loaded NULL, then one bulk UPDATE",
             "writable_cte": "NOT NULL cycle: one writable-CTE INSERT from staging tables",
             "self_reference": "tree-shaped in one COPY"}


def _cycle_lines(graph: Graph, how: dict[str, str] | None = None) -> list[str]:
    """One line per cycle and self-reference; ``how`` is the engine's ``describe()["cycles"]``."""
    words = {**CYCLE_HOW, **(how or {})}
    lines = []
    for comp in graph.cycles:
        tables = " <-> ".join(map(str, comp.tables))
        broken = ", ".join(f"{e.child}.{','.join(e.fk.columns)}" for e in comp.broken)
        lines.append(f"{tables}: {words[str(comp.strategy)]}" + (f" ({broken})" if broken else ""))
    for e in graph.self_references():
        lines.append(f"{e.child}.{','.join(e.fk.columns)} -> {e.parent}: self-reference, {words['self_reference']}")
    return lines


def inspect_dict(schema: Schema, graph: Graph) -> dict[str, Any]:
    return {
        "source": schema.source,
        "server_version": schema.server_version,
        "tables": [{
            "table": str(t.name),
            "columns": len(t.columns),
            "primary_key": list(t.primary_key.columns) if t.primary_key else None,
            "unique": [list(u.columns) for u in t.uniques],
            "foreign_keys": [{"name": f.name, "columns": list(f.columns), "references": str(f.ref_table),
                              "ref_columns": list(f.ref_columns), "deferrable": f.deferrable} for f in t.foreign_keys],
            "checks": [c.name for c in t.checks],
            "partitions": len(t.partitions),
        } for t in schema.tables],
        "load_order": [str(t) for t in graph.order],
        "cycles": _cycle_lines(graph),
    }


def inspect_text(console: Console, schema: Schema, graph: Graph) -> None:
    tab = RichTable(title=f"{len(schema.tables)} tables", show_lines=False)
    for col in ("table", "cols", "primary key", "unique", "FKs to", "checks"):
        tab.add_column(col)
    for t in schema.tables:
        tab.add_row(escape(str(t.name)), str(len(t.columns)),
                    escape(", ".join(t.primary_key.columns)) if t.primary_key else "-",
                    str(len(t.uniques)), escape(", ".join(sorted({str(f.ref_table) for f in t.foreign_keys}))) or "-",
                    str(len(t.checks)))
    console.print(tab)
    lines = _cycle_lines(graph)
    console.print(f"[bold]cycles and self-references[/]: {len(lines) or 'none'}")
    for line in lines:
        console.print(f"  {escape(line)}")


def _node(name: QualifiedName) -> str:
    return "t_" + "".join(ch if ch.isalnum() else "_" for ch in f"{name.schema}_{name.name}")


def _label(text: str) -> str:
    return text.replace('"', "'")


def mermaid(schema: Schema, graph: Graph) -> str:
    cyc = {t for c in graph.cycles for t in c.tables}
    lines = ["flowchart LR"]
    for t in graph.nodes:
        lines.append(f'  {_node(t)}["{_label(str(t))}"]')
    for e in graph.edges:
        style = "-.->" if e.kind != "hard" else "-->"
        lines.append(f'  {_node(e.child)} {style}|"{_label(",".join(e.fk.columns))}"| {_node(e.parent)}')
    if cyc:
        lines.append("  classDef cycle fill:#fde2e2,stroke:#c0392b")
        lines.append("  class " + ",".join(_node(t) for t in sorted(cyc)) + " cycle")
    return "\n".join(lines)


def dot(schema: Schema, graph: Graph) -> str:
    cyc = {t for c in graph.cycles for t in c.tables}
    lines = ["digraph seedbed {", "  rankdir=LR;", "  node [shape=box];"]
    for t in graph.nodes:
        extra = ', style=filled, fillcolor="#fde2e2"' if t in cyc else ""
        lines.append(f'  {_node(t)} [label="{_label(str(t))}"{extra}];')
    for e in graph.edges:
        style = "" if e.kind == "hard" else ", style=dashed"
        lines.append(f'  {_node(e.child)} -> {_node(e.parent)} [label="{_label(",".join(e.fk.columns))}"{style}];')
    lines.append("}")
    return "\n".join(lines)


def plan_text(console: Console, plan: Plan, *, explain: bool = False, engine: dict[str, Any] | None = None) -> None:
    """The plan; ``engine`` (``DatabaseEngine.describe``) names the database, how it loads and
    how its cycles go in."""
    console.print(f"[bold]plan[/] seed {plan.seed}: {plan.total_rows} rows in {len(plan.tables)} tables")
    if engine:
        console.print(f"  engine: {escape(str(engine['engine']))} {escape(str(engine.get('server_version', '')))}; "
                      f"loads by {escape(str(engine['load']))}")
    for line in _cycle_lines(plan.graph, engine["cycles"] if engine else None):
        console.print(f"  cycle: {escape(line)}")
    if explain and plan.domain_reason:
        console.print(f"  domain: {escape(plan.domain_reason)}")
    if explain and plan.place is not None and plan.place.reason:
        console.print(f"  place: {escape(plan.place.reason)}")
    for note in plan.notes:
        console.print(f"  [yellow]note[/]: {escape(note)}")
    for name, tp in plan.tables.items():
        extra = f", {tp.offset} existing" if tp.offset else ""
        pulled = f" [dim](pulled in: {escape(tp.pulled_in)})[/]" if tp.pulled_in else ""
        console.print(f"\n[bold]{escape(str(name))}[/]: {tp.rows} rows [dim]({escape(tp.rows_reason)}{extra})[/]{pulled}")
        for c in tp.columns:
            why = f" [dim]{escape(c.reason)}[/]" if explain else ""
            console.print(f"  {escape(c.name)}: [cyan]{c.gen}[/]{'/' + escape(c.provider) if c.provider else ''}{why}")
        for g in (tp.domains.groups if tp.domains else ()):
            together = " (solved together)" if len(g.checks) > 1 else ""
            console.print(f"  [dim]CHECK {escape(', '.join(g.checks))}{together}: each row takes one of "
                          f"{len(g.cases)} cases[/]")
        if tp.domains and tp.domains.residual:
            names = ", ".join(ch.name for ch in tp.domains.residual)
            console.print(f"  [dim]checked by the database on candidate rows: {escape(names)}[/]")


def seed_text(console: Console, result: Any) -> None:
    tab = RichTable(show_header=True, box=None)
    tab.add_column("table")
    tab.add_column("rows", justify="right")
    for t, n in result.tables.items():
        tab.add_row(escape(t), f"{n:,}")
    console.print(tab)
    for note in result.notes:
        console.print(f"[yellow]note[/]: {escape(note)}")
    total = sum(result.tables.values())
    console.print(f"[bold green]seeded[/] {total:,} rows in {len(result.tables)} tables in {result.seconds:.2f}s "
                  f"(seed {result.seed})")
    console.print(f"[dim]reproduce: {escape(result.reproduce)}[/]")
    if result.verify is not None:
        verify_text(console, result.verify)


def verify_text(console: Console, report: Any) -> None:
    checks = sum(report.checked.values())
    for ref, orphans in getattr(report, "references", {}).items():
        console.print(f"  reference {escape(ref)}: {orphans:,} orphan row{'' if orphans == 1 else 's'}")
    if report.ok:
        console.print(f"[bold green]verified[/]: {checks} checks, no problems ({report.seconds:.2f}s)")
        return
    console.print(f"[bold red]verification found {len(report.problems)} problem(s)[/] in {checks} checks:")
    for p in report.problems:
        console.print(f"  [red]{p.kind}[/] {escape(p.message)}")


class _Bar:
    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._tasks: dict[QualifiedName, Any] = {}

    def __call__(self, table: QualifiedName, done: int, total: int) -> None:
        if self._progress is None:
            return
        if table not in self._tasks:
            self._tasks[table] = self._progress.add_task(str(table), total=total)
        self._progress.update(self._tasks[table], completed=done)


@contextlib.contextmanager
def progress(console: Console, *, enabled: bool) -> Iterator[_Bar]:
    """A progress bar per table on stderr when it is a terminal; a no-op otherwise."""
    if not enabled:
        yield _Bar(None)
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as prog:
        yield _Bar(prog)
