"""A table's folded CHECKs as the plan can build them: row cases kept, or a refusal that says why.

``seedbed.solve.cases`` turns CHECKs over shared columns into the ways a row can satisfy them
(row cases); here the plan drops the cases it cannot build (a value where only NULL can be
written) and refuses, with exit 4 naming every CHECK involved, what no row can satisfy.
"""

from __future__ import annotations

from dataclasses import replace as dataclass_replace

from seedbed.errors import UnsatisfiableConstraint
from seedbed.model import RowCase, Table, TableDomains
from seedbed.planning.model import ColumnPlan, Gen

__all__ = ["feasible_cases", "refuse_unsatisfiable"]


def refuse_unsatisfiable(table: Table, domains: TableDomains) -> None:
    """Exit 4 naming every CHECK that cannot hold (together) and why."""
    checks = domains.unsatisfiable
    named = " and ".join(f"{c.name} ({c.expression})" for c in checks)
    together = " together" if len(checks) > 1 else ""
    why = f": {domains.why_unsatisfiable}" if domains.why_unsatisfiable else ""
    raise UnsatisfiableConstraint(
        f"{table.name}: CHECK {named} can never be true{together}{why}",
        subject=f"{table.name}.{checks[0].name}",
        hint="fix or drop the constraint (or make the columns it needs nullable), "
             "or leave the table out with --exclude")


def feasible_cases(table: Table, domains: TableDomains, col_plans: dict[str, ColumnPlan]) -> TableDomains:
    """Row cases the plan can build.

    A case that needs a value where the plan can only write NULL (an FK whose parent table is
    empty and not seeded) is dropped, and a group left with none is refused. What a case asks
    of an FK, key or sequence column beyond NULL or set cannot be built by picking parents: it
    is left to the database (the oracle, as for every CHECK on FK columns), while the case
    still shapes the row's other columns.
    """
    nulls = {c for c, cp in col_plans.items() if cp.gen is Gen.NULL}
    fixed = {c for c, cp in col_plans.items() if cp.gen in (Gen.FK, Gen.COMBO, Gen.SEQUENCE, Gen.SKIP) or cp.unique}
    if not domains.groups:
        return domains
    groups = []
    for g in domains.groups:
        def needs(case: RowCase) -> list[str]:
            return [c for c, d in case.columns.items() if c in nulls and not d.always_null
                    and (d.not_null or not d.unconstrained)]

        kept = tuple(case for case in g.cases if not needs(case))
        if not kept:
            cols = sorted({c for case in g.cases for c in needs(case)})
            why = "; ".join(f"{c}: {col_plans[c].reason}" for c in cols)
            raise UnsatisfiableConstraint(
                f"{table.name}: CHECK {', '.join(g.checks)} needs a value in {' or '.join(cols)} on every row, "
                f"but the plan can only leave them NULL ({why})",
                subject=f"{table.name}.{g.checks[0]}",
                hint="seed the parent tables too (add them to --tables), or leave the table out with --exclude")
        built: list[RowCase] = []
        for case in kept:
            # values asked of a parent pick are the database's to check; so is whether the FK is
            # set then (a NOT NULL here would bar the retries' last resort, a NULL FK)
            case = dataclass_replace(case, columns={c: d for c, d in case.columns.items()
                                                    if c not in fixed or d.always_null or d.unconstrained})
            if case not in built:
                built.append(case)
        if len(built) > 1 or (built and (built[0].columns or built[0].orders)):
            groups.append(dataclass_replace(g, cases=tuple(built)))
    return dataclass_replace(domains, groups=tuple(groups))
