"""A table's choice CHECKs over shared columns, solved together as the cases a row may take.

A CHECK with several branches over different columns (``(a IS NULL) <> (b IS NULL)``,
``kind <> 'a' OR x IS NULL``, ``CASE ... END``) leaves each row a choice. Choosing one branch
for the whole table is exact but loses the others (an "exactly one is set" CHECK would only
ever see one of its columns set), and choosing per CHECK ignores the others: CHECK A may force
``x`` NULL while CHECK B then needs an empty array. So the choice CHECKs that share columns
form a group (connected components over the columns they name) and the group's *cases* are
the feasible combinations of one branch per CHECK, each intersected with the column domains
every other CHECK already fixed. The generator draws one case per row from the row's stream.

The enumeration is bounded (:data:`MAX_NODES` partial combinations, :data:`MAX_CASES` cases);
past the bound :func:`solve_group` returns False and the folder chooses one branch per CHECK
as before. No feasible combination at all is unsatisfiable, and the reason names the CHECKs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seedbed.model.domain import CaseGroup, ColumnDomain, ColumnOrder, RowCase
from seedbed.model.schema import Check
from seedbed.solve.algebra import intersect
from seedbed.solve.literals import NotFoldable
from seedbed.solve.propagate import narrow_by_orders
from seedbed.solve.dnf import DNF, Fact, Order

if TYPE_CHECKING:
    from seedbed.solve.checks import _Folder

__all__ = ["MAX_CASES", "MAX_NODES", "components", "solve_group"]

MAX_CASES = 64
MAX_NODES = 4096

_Branch = tuple[dict[str, ColumnDomain], tuple[ColumnOrder, ...]]


class _TooMany(Exception):
    pass


def _columns(dnf: DNF) -> set[str]:
    out: set[str] = set()
    for conj in dnf:
        for atom in conj:
            if isinstance(atom, Fact):
                out.add(atom.column)
            elif isinstance(atom, Order):
                out.update((atom.left, atom.right))
    return out


def components(pending: list[tuple[Check, DNF]]) -> list[list[tuple[Check, DNF]]]:
    """The pending (choice) CHECKs grouped by shared columns, in their original order."""
    groups: list[tuple[set[str], list[tuple[Check, DNF]]]] = []
    for item in pending:
        cols = _columns(item[1])
        merged_cols, merged = set(cols), [item]
        rest = []
        for gcols, gitems in groups:
            if gcols & cols:
                merged_cols |= gcols
                merged = gitems + merged
            else:
                rest.append((gcols, gitems))
        groups = [*rest, (merged_cols, merged)]
    order = {id(item): i for i, item in enumerate(pending)}
    out = [sorted(items, key=lambda it: order[id(it)]) for _, items in groups]
    return sorted(out, key=lambda items: order[id(items[0])])


def _narrowed(folder: _Folder, state: dict[str, ColumnDomain], facts: dict[str, ColumnDomain],
              orders: tuple[ColumnOrder, ...]) -> dict[str, ColumnDomain]:
    """A case's facts, narrowed by its own orders (``og > fg``, both at most 1.200: fg below 1.200), as the table's
    facts are by the table's orders; only what differs from ``state`` is kept."""
    merged = {**state, **facts}
    narrow_by_orders(merged, list(orders), folder.types)
    changed = {c: d for c, d in merged.items() if d != state.get(c, ColumnDomain())}
    return {c: changed[c] for c in (*facts, *changed) if c in changed}  # in the facts' order


def solve_group(folder: _Folder, group: list[tuple[Check, DNF]]) -> bool:
    """Fold a group of choice CHECKs into the folder; False if there are too many combinations."""
    checks = [check for check, _ in group]
    lists: list[list[_Branch]] = []
    opaque = False
    for _, dnf in group:
        conjs, hints = folder.branches(dnf)
        opaque |= any(c.opaque for c in conjs)
        lists.append([(dict(c.facts), folder.orient(c.orders, hints)) for c in conjs if not c.opaque or c.shaped])
    try:
        found = _enumerate(folder, lists)
    except _TooMany:
        return False
    if not found and opaque:  # only the branches seedbed cannot read may hold: the database decides
        folder.residual.extend(checks)
        return True
    if not found:
        folder.unsat.extend(checks)
        cols = sorted(set().union(*(_columns(dnf) for _, dnf in group)))
        folder.why = ("no combination of their branches" if len(checks) > 1 else "none of its branches") + \
            f" fits what the NOT NULLs and the other CHECKs already require of {', '.join(cols)}"
        return True
    state = folder.state
    if any(not _narrows(folder, facts, orders) for facts, orders in found):
        if opaque:  # one case asks nothing new; the opaque branches stay with the database
            folder.residual.extend(checks)
        return True
    if len(found) == 1:
        facts, orders = found[0]
        folder.state = {**state, **facts}
        folder.orders.extend(o for o in orders if o not in folder.orders)
        if opaque or any(o.op == "=" for o in orders):
            folder.residual.extend(checks)
        return True
    cases = tuple(RowCase(columns=_narrowed(folder, state, facts, orders), orders=orders) for facts, orders in found)
    folder.groups.append(CaseGroup(checks=tuple(c.name for c in checks), cases=cases))
    # By construction; the database still checks them (FK picks, settled timelines).
    folder.residual.extend(checks)
    return True


def _narrows(folder: _Folder, facts: dict[str, ColumnDomain], orders: tuple[ColumnOrder, ...]) -> bool:
    return any(d != folder.state.get(c, ColumnDomain()) for c, d in facts.items()) or \
        any(o not in folder.orders for o in orders)


def _enumerate(folder: _Folder, lists: list[list[_Branch]]) -> list[_Branch]:
    """Every feasible combination of one branch per CHECK (deduplicated, in branch order)."""
    found: list[_Branch] = []
    nodes = [0]

    def walk(i: int, facts: dict[str, ColumnDomain], orders: tuple[ColumnOrder, ...]) -> None:
        nodes[0] += 1
        if nodes[0] > MAX_NODES:
            raise _TooMany
        if i == len(lists):
            nulls = {c for c, d in facts.items() if d.always_null}
            kept = tuple(o for o in orders if o.left not in nulls and o.right not in nulls)
            case = (facts, kept)
            if case not in found:
                if len(found) == MAX_CASES:
                    raise _TooMany
                found.append(case)
            return
        for bfacts, borders in lists[i]:
            merged = _merge(folder, facts, bfacts)
            if merged is None:
                continue
            view = {**folder.state, **merged}
            if any(folder.order_conflict(o, view) for o in borders):
                continue
            walk(i + 1, merged, orders + tuple(o for o in borders if o not in orders))

    walk(0, {}, ())
    return found


def _merge(folder: _Folder, facts: dict[str, ColumnDomain],
           more: dict[str, ColumnDomain]) -> dict[str, ColumnDomain] | None:
    out = dict(facts)
    for col, d in more.items():
        if col not in folder.nullable and d.not_null:
            d = replace(d, not_null=False)  # the column is NOT NULL anyway: nothing new
        base: Any = out.get(col, folder.state.get(col, ColumnDomain()))
        try:
            merged = intersect(base, d, folder.types[col])
        except NotFoldable:
            return None
        if merged is None or (merged.always_null and col not in folder.nullable):
            return None
        out[col] = merged
    return out
