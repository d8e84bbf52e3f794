"""Plan, seed and verify a workspace: several databases, one merged model, one seed.

``seedbed plan|seed|verify --workspace seedbed.toml [--profile P]``: every database is read,
the tables merged (``seedbed.workspace.merge``), planned and generated once, loaded per
database in parallel (``seedbed.workspace.route``) inside transactions that commit together
(``seedbed.workspace.commit``), then verified: each database by SQL, each reference between
databases set-wise (``seedbed.workspace.check``). One report, one exit code.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import psycopg

from seedbed import service
from seedbed.engines.postgres import load as pg_load
from seedbed.engines.loading import referenced_parents
from seedbed.errors import SeedbedError
from seedbed.generate.streams import new_seed
from seedbed.limits import DEFAULT_MAX_ROWS, check_plan_rows
from seedbed.model import QualifiedName
from seedbed.planning.model import Plan, TableState
from seedbed.planning.options import PlanOptions
from seedbed.planning.planner import plan_seed
from seedbed.references import as_seeded
from seedbed.verify import Problem
from seedbed.workspace.check import check_reference
from seedbed.workspace.commit import Transactions, unchanged
from seedbed.workspace.config import WorkspaceConfig, read_workspace
from seedbed.workspace.merge import Merged, merge
from seedbed.workspace.phases import phases
from seedbed.workspace.route import Lane, RoutedSink, routed_existing_keys

__all__ = ["WorkspacePlan", "WorkspaceResult", "plan_workspace", "seed_workspace", "verify_workspace"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkspacePlan:
    config: WorkspaceConfig
    merged: Merged
    plan: Plan
    phases: tuple[tuple[str, ...], ...]
    scope_notes: tuple[str, ...] = ()

    def kept(self) -> list[dict[str, Any]]:
        """Every declared reference and how the plan keeps it."""
        out = []
        for ref in self.merged.references:
            tp = self.plan.tables.get(ref.child)
            fk = next((f for f in tp.fks if f.columns == ref.columns), None) if tp else None
            how = []
            if fk is None:
                how.append("child table not seeded")
            else:
                own = ref.parent in self.plan.tables
                how.append(f"picks among the {fk.parent_rows:,} {ref.parent} rows"
                           + (" this seed makes (and those that exist)" if own else " that exist"))
                d = next((d for d in tp.diamonds if d.fk == fk.name), None)
                if d is not None:
                    how.append(f"the same row its {d.parent} row points at (diamond)")
                if tp.timeline and any(link.fk == fk.name for link in tp.timeline.links):
                    how.append("after its parent row in time")
                if fk.orphans:
                    how.append(f"{round(fk.orphans * tp.rows):,} rows ({fk.orphans:.0%}) point nowhere, as asked")
            out.append({"reference": ref.label, "across_databases": self.merged.alias(ref.child) !=
                        self.merged.alias(ref.parent), "kept": "; ".join(how)})
        return out

    def to_dict(self) -> dict[str, Any]:
        dbs: dict[str, Any] = {}
        for name, tp in self.plan.tables.items():
            alias = self.merged.alias(name)
            dbs.setdefault(alias, {"tables": {}, "rows": 0})
            dbs[alias]["tables"][str(self.merged.real(name))] = tp.rows
            dbs[alias]["rows"] += tp.rows
        return {"seed": self.plan.seed, "phases": [list(p) for p in self.phases], "databases": dbs,
                "references": self.kept(), "total_rows": self.plan.total_rows,
                "notes": [*self.plan.notes, *self.scope_notes], "plan": self.plan.to_dict()}


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkspaceResult:
    ok: bool
    seed: int
    seconds: float
    plan: WorkspacePlan
    databases: dict[str, dict[str, Any]]  # alias -> rows per table, verify report, seconds loading
    references: dict[str, int] = field(default_factory=dict)  # reference -> orphan rows
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def reproduce(self) -> str:
        cfg = self.plan.config
        return f"seedbed seed --workspace {cfg.path}" + (f" --profile {cfg.profile.name}" if cfg.profile else "") + \
            f" --seed {self.seed}"

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "seed": self.seed, "seconds": round(self.seconds, 3), "reproduce": self.reproduce,
                "phases": [list(p) for p in self.plan.phases], "databases": self.databases,
                "references": [{"reference": r, "orphans": n} for r, n in self.references.items()],
                "problems": [{"kind": p.kind, "table": p.table, "count": p.count, "message": p.message}
                             for p in self.problems],
                "rows": self.plan.plan.total_rows, "notes": list(self.notes), "errors": []}


@contextmanager
def _connections(cfg: WorkspaceConfig, autocommit: bool) -> Iterator[dict[str, psycopg.Connection]]:
    with ExitStack() as stack:
        yield {d.alias: stack.enter_context(service.connect(d.dsn, autocommit=autocommit)) for d in cfg.databases}


def _state(merged: Merged, conns: dict[str, psycopg.Connection], names: list[QualifiedName]
           ) -> dict[QualifiedName, TableState]:
    out: dict[QualifiedName, TableState] = {}
    for alias, conn in conns.items():
        mine = [n for n in names if merged.alias(n) == alias]
        back = {merged.real(n): n for n in mine}
        for real, st in service.read_state(conn, merged.local(alias), list(back)).items():
            out[back[real]] = st
    return out


def _scoped(cfg: WorkspaceConfig, merged: Merged, options: PlanOptions,
            state: dict[QualifiedName, TableState]) -> tuple[PlanOptions, tuple[str, ...], tuple]:
    """Every database's scope, read against the merged model (a scope may name another database's
    tables: ``users`` is ``users.users``); the profile's counts win over the scope's."""
    from seedbed.scope.parse import parse
    from seedbed.scope.combine import combine
    from seedbed.scope.resolve import resolve

    texts = [d.scope for d in cfg.databases if d.scope.strip()]
    if not texts:
        return options, (), ()
    parsed = None
    for text in texts:
        one = parse(text, merged.schema)
        parsed = one if parsed is None else parsed + one
    resolution = resolve(parsed, merged.schema, existing={n: s.rows for n, s in state.items()}, base=options)
    combined, notes = combine(merged.schema, options, resolution.options)
    said = [f"scope: {w}" for w in resolution.warnings] + list(resolution.notes) + notes
    return combined, tuple(str(s) for s in said), tuple(resolution.key_checks)


def _check_keys(merged: Merged, conns: dict[str, psycopg.Connection], checks: tuple, plan: Plan) -> None:
    """Parent keys a scope names ("orders for user IDs 1-1000") must exist in the owning database,
    or be keys this seed makes there (an integer key numbered from its sequence start)."""
    from seedbed.planning.model import Gen
    from seedbed.scope.apply import check_keys

    for check in checks:
        keys = check.keys
        tp = plan.tables.get(check.table)
        cp = next((c for c in tp.columns if c.name == check.column), None) if tp else None
        if cp is not None and cp.gen is Gen.SEQUENCE and cp.start is not None:
            made = range(int(cp.start), int(cp.start) + tp.rows)
            keys = tuple(k for k in keys if not (k.lstrip("-").isdigit() and int(k) in made))
        if keys:
            check_keys(conns[merged.alias(check.table)], [replace(check, table=merged.real(check.table), keys=keys)])


def _scale(plan: Plan, options: PlanOptions, scale: float) -> PlanOptions:
    """Every count times ``scale``, except tables sized by a fan-out (they follow their parents)."""
    rows = {f'"{n.schema}"."{n.name}"': max(1, round(tp.rows * scale)) for n, tp in plan.tables.items()
            if not any(fk.fanout for fk in tp.fks) and not tp.pulled_in}
    return replace(options, rows=None, rows_per_table=rows)


def _by_phase(plan: Plan, merged: Merged, order: list[list[str]]) -> Plan:
    """The load order with the tables of earlier phases first (still parents before children:
    a database never references one of a later phase)."""
    rank = {a: i for i, p in enumerate(order) for a in p}
    comps = sorted(enumerate(plan.components), key=lambda ic: (rank[merged.alias(ic[1].tables[0])], ic[0]))
    graph = replace(plan.graph, components=tuple(c for _, c in comps))
    names = [t for c in graph.components for t in c.tables]
    return replace(plan, graph=graph, tables={n: plan.tables[n] for n in names if n in plan.tables})


def _prepare(cfg: WorkspaceConfig, conns: dict[str, psycopg.Connection], seed: int) -> WorkspacePlan:
    schemas = {d.alias: service.load_schema(conns[d.alias], d.schemas) for d in cfg.databases}
    merged = merge(schemas, cfg.references)
    profile = cfg.profile
    options = PlanOptions(seed=seed, rows_per_table=dict(profile.rows) if profile else {})
    state = _state(merged, conns, [t.name for t in merged.schema.tables])
    options, notes, checks = _scoped(cfg, merged, options, state)
    plan = plan_seed(merged.schema, options, state)
    if profile is not None and profile.scale:
        plan = plan_seed(merged.schema, _scale(plan, options, profile.scale), state)
    _check_keys(merged, conns, checks, plan)
    order = phases(merged.aliases, [(merged.alias(r.child), merged.alias(r.parent)) for r in merged.references])
    merged = replace(merged, schema=as_seeded(merged.schema, plan))  # orphans a scope asked are asked too
    return WorkspacePlan(config=cfg, merged=merged, plan=_by_phase(plan, merged, order),
                         phases=tuple(tuple(p) for p in order), scope_notes=notes)


def plan_workspace(path: str, profile: str | None = None, seed: int | None = None) -> WorkspacePlan:
    """The plan of a workspace; writes nothing."""
    cfg = read_workspace(path, profile)
    with _connections(cfg, autocommit=True) as conns:
        return _prepare(cfg, conns, seed or (cfg.profile.seed if cfg.profile else None) or new_seed())


def _verify(wp: WorkspacePlan, conns: dict[str, psycopg.Connection], tables: bool = True
            ) -> tuple[dict[str, dict[str, Any]], dict[str, int], list[Problem]]:
    from seedbed.verify import verify as run_verify

    merged = wp.merged
    dbs: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    refs: dict[str, int] = {}
    for alias, conn in conns.items():
        conn.autocommit = True
        names = [merged.real(n) for n in wp.plan.tables if merged.alias(n) == alias] if tables else None
        report = run_verify(conn, merged.local(alias), tables=names)
        dbs[alias] = {"verify": report.to_dict()}
        problems += [replace(p, table=f"{alias}.{p.table}") for p in report.problems]
        refs.update({f"{alias}.{k}": v for k, v in report.references.items()})
    for ref in merged.cross():
        orphans, _, problem = check_reference(merged, conns, ref)
        refs[ref.label] = orphans
        if problem is not None:
            problems.append(problem)
    return dbs, refs, problems


def _load(wp: WorkspacePlan, conns: dict[str, psycopg.Connection], lanes: dict[str, Lane],
          progress: service.Progress | None) -> list[str]:
    """Load the plan through the lanes inside transactions committed together; on any failure
    every database is rolled back (sequences too) and the error says what was left."""
    plan, merged = wp.plan, wp.merged
    tx = Transactions(lanes, {d.alias: d.dsn for d in wp.config.databases}, [a for p in wp.phases for a in p],
                      {a: lane.sink.schema for a, lane in lanes.items()},
                      {a: [merged.real(n) for n in plan.tables if merged.alias(n) == a] for a in lanes})
    try:
        tx.begin()
        state = {**_state(merged, conns, referenced_parents(plan)),
                 **{n: TableState(rows=t.offset) for n, t in plan.tables.items()}}
        reader = routed_existing_keys(merged, lanes, state, set(plan.tables) if plan.truncate else set())
        # INSERT triggers are not consulted row by row across databases: one that refuses rows fails the seed.
        schema = replace(merged.schema, tables=tuple(replace(t, insert_triggers=()) for t in merged.schema.tables),
                         _index={})
        notes = pg_load.load(None, schema, plan, progress=progress, sink=RoutedSink(merged, lanes),
                             existing_keys=reader)
        for lane in lanes.values():
            lane.sync()
        return notes + tx.commit()
    except BaseException as exc:
        for lane in lanes.values():
            lane.close()  # nothing runs on a connection while it rolls back
        left = tx.rollback()
        unchanged(exc, tx.committed)
        if left and isinstance(exc, SeedbedError):
            exc.hint = f"{exc.hint}; {left}" if exc.hint else left
        raise


def seed_workspace(path: str, profile: str | None = None, seed: int | None = None, *, verify: bool = True,
                   progress: service.Progress | None = None,
                   max_rows: int | None = DEFAULT_MAX_ROWS) -> WorkspaceResult:
    """Seed every database of the workspace as one: all committed, or none where the servers
    allow two-phase commit (``seedbed.workspace.commit``)."""
    started = time.perf_counter()
    cfg = read_workspace(path, profile)
    seed = seed or (cfg.profile.seed if cfg.profile else None) or new_seed()
    with _connections(cfg, autocommit=False) as conns:
        wp = _prepare(cfg, conns, seed)
        plan, merged = wp.plan, wp.merged
        check_plan_rows(plan, max_rows)
        lanes = {a: Lane(a, conns[a], merged.local(a)) for a in merged.aliases}
        try:
            notes = _load(wp, conns, lanes, progress)
        finally:
            for lane in lanes.values():
                lane.close()
        dbs, refs, problems = _verify(wp, conns) if verify else ({a: {} for a in lanes}, {}, [])
    for name, tp in plan.tables.items():
        entry = dbs.setdefault(merged.alias(name), {})
        entry.setdefault("tables", {})[str(merged.real(name))] = tp.rows
    for alias, lane in lanes.items():
        dbs[alias]["rows"] = sum(dbs[alias].get("tables", {}).values())
        dbs[alias]["load_seconds"] = round(lane.busy, 3)
        dbs[alias]["ok"] = not any(p.table.startswith(f"{alias}.") for p in problems)
    return WorkspaceResult(ok=not problems, seed=plan.seed, seconds=time.perf_counter() - started, plan=wp,
                           databases=dbs, references=refs, problems=tuple(problems),
                           notes=(*plan.notes, *wp.scope_notes, *notes))


def verify_workspace(path: str) -> WorkspaceResult:
    """Every database checked, and every declared reference between them, set-wise; orphans are
    accepted where the file or a database's scope asks for them."""
    started = time.perf_counter()
    cfg = read_workspace(path)
    with _connections(cfg, autocommit=True) as conns:
        wp = _prepare(cfg, conns, seed=1)
        dbs, refs, problems = _verify(wp, conns, tables=False)
    return WorkspaceResult(ok=not problems, seed=0, seconds=time.perf_counter() - started, plan=wp, databases=dbs,
                           references=refs, problems=tuple(problems))
