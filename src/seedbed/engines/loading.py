"""Engine-neutral pieces of a load, shared by the engines that stage and patch rows (PostgreSQL,
MySQL): a cycle's component loaded whole, the CHECK oracle's regeneration loop, the parents read
back for FK picks. No driver is imported here, so a MySQL or SQLite run never loads psycopg.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedbed.errors import UnsatisfiableConstraint
from seedbed.engines.redraw import checksum_like, mend_digits
from seedbed.generate.engine import Chunk, Engine
from seedbed.model import Check, QualifiedName, Schema, Table
from seedbed.planning.graph import CycleStrategy, EdgeKind
from seedbed.planning.model import Gen, Plan


def patch_key(schema: Schema, plan: Plan, name: QualifiedName) -> tuple[str, ...] | None:
    """A key that addresses each new row for the UPDATE of a NULL-first back-edge."""
    table = schema.table(name)
    tp = plan.tables[name]
    written = {c.name for c in tp.written_columns if c.gen is not Gen.NULL}
    for key in table.unique_keys:
        if all(c in written and (not table.column(c).nullable or tp.column(c).unique) for c in key.columns) \
                and not key.predicate and not key.expressions:
            return key.columns
    return None



def load_cycle(sink, engine: Engine, schema: Schema, plan: Plan, comp, residual, report,
                relaxed: set[tuple[QualifiedName, str]], guarded=lambda name: False) -> None:
    """A cycle: generate the whole component, then fill the back-edges and load it.

    ``sink`` is the engine's (``copy``, ``patch``, ``insert_all_at_once``, ``failing_rows``): how
    a NOT NULL cycle goes in at once is the engine's own (one writable CTE on PostgreSQL,
    FOREIGN_KEY_CHECKS=0 and an anti-join check on MySQL)."""
    chunks: dict[QualifiedName, list[Chunk]] = {}
    for name in comp.tables:
        chunks[name] = []
        for chunk in engine.chunks(name):
            if residual(name):
                oracle_or_fail(sink, engine, schema.table(name), chunk, residual(name))
            chunks[name].append(chunk)
    nullable_broken = {e.fk.name for e in comp.broken if e.kind is EdgeKind.NULLABLE}
    strategy = comp.strategy
    if comp.broken and all((e.child, e.fk.name) in relaxed for e in comp.broken):
        strategy = CycleStrategy.DEFER  # --bulk dropped these FKs: every value goes in with the COPY
    keys = {n: patch_key(schema, plan, n) for n in comp.tables}
    if strategy is CycleStrategy.NULL_THEN_UPDATE and any(
            keys[e.child] is None for e in comp.broken if e.kind is EdgeKind.NULLABLE):
        strategy = CycleStrategy.WRITABLE_CTE  # no key to address rows for the UPDATE
    patches: list[tuple[QualifiedName, Chunk, dict[str, list[str]]]] = []
    for name, cs in chunks.items():
        tp = plan.tables[name]
        for chunk in cs:
            values = engine.resolve_pending(chunk)
            later = {}
            for fk in tp.fks:
                if fk.name not in chunk.pending:
                    continue
                if strategy is CycleStrategy.NULL_THEN_UPDATE and fk.name in nullable_broken:
                    later.update({c: values[c] for c in fk.columns})
                else:
                    chunk.columns.update({c: values[c] for c in fk.columns})
            if later:
                patches.append((name, chunk, later))
    if strategy is CycleStrategy.WRITABLE_CTE:
        sink.insert_all_at_once(chunks)
    else:
        for name, cs in chunks.items():
            for chunk in cs:
                if guarded(name):
                    from seedbed.engines.postgres.triggers import copy_checked

                    copy_checked(sink, engine, schema.table(name), chunk)
                else:
                    sink.copy(chunk)
        for name, chunk, later in patches:
            sink.patch(schema.table(name), keys[name], chunk, later)
    for name, cs in chunks.items():
        report(name, sum(c.size for c in cs))


def oracle_or_fail(sink, engine, table: Table, chunk: Chunk, checks: Sequence[Check],
                   budget: int = 24) -> None:
    """Regenerate the rows the database says fail a residual CHECK (``sink.failing_rows``), with
    a bounded budget."""
    checksums = [c for c in checks if checksum_like(c)]
    for attempt in range(1, budget + 2):
        positions, reasons = sink.failing_rows(table, chunk, checks)
        if positions and checksums and mend_digits(sink, engine, table, chunk, checks,
                                                   sink.failing_rows(table, chunk, checksums)[0]):
            positions, reasons = sink.failing_rows(table, chunk, checks)  # check digits changed
        if not positions:
            return
        if attempt > budget:
            break
        engine.regenerate(chunk, positions, attempt, null_fks=attempt > budget - 4)
    if positions:
        name, why = next(iter(reasons.items()))
        check = next(c for c in checks if c.name == name)
        raise UnsatisfiableConstraint(
            f"{table.name}: no generated row satisfies CHECK {name} ({check.expression}) after {budget} attempts: {why}",
            subject=f"{table.name}.{name}",
            hint="the constraint may be unsatisfiable, or too narrow to hit by chance; "
                 "exclude the table with --exclude, or relax the constraint")


def referenced_parents(plan: Plan) -> list[QualifiedName]:
    """Parents outside the seed whose existing rows children may point at."""
    from seedbed.generate.pools import ref_key

    out = []
    for tp in plan.tables.values():
        parents = [fk.parent for fk in tp.fks]
        parents += [ref_key(c.spec.params)[0] for c in tp.columns
                    if c.spec is not None and c.spec.provider == "ref" and c.spec.params.get("keys") is None]
        for parent in parents:
            if parent not in plan.tables and parent not in out:
                out.append(parent)
    return out
