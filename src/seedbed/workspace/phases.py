"""Phases: the databases in the order their references allow, roots first.

A database whose tables are referenced by another's comes in an earlier phase; databases that
reference each other (a cycle of references) share one. Databases of one phase load in
parallel; without two-phase commit they also commit in phase order.
"""

from __future__ import annotations

from collections.abc import Iterable

from seedbed.planning.graph import tarjan

__all__ = ["phases"]


def phases(aliases: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """``edges`` are (child database, parent database) pairs; returns phases of aliases."""
    nodes = list(dict.fromkeys(aliases))
    succ: dict[str, list[str]] = {a: [] for a in nodes}
    for child, parent in edges:
        if child != parent and parent not in succ[child]:
            succ[child].append(parent)
    comps = tarjan(nodes, succ)  # parents' components first
    level: dict[str, int] = {}
    for comp in comps:
        members = set(comp)
        depth = max((level[p] + 1 for a in comp for p in succ[a] if p not in members), default=0)
        for a in comp:
            level[a] = depth
    out: list[list[str]] = [[] for _ in range(max(level.values(), default=-1) + 1)]
    for a in nodes:
        out[level[a]].append(a)
    return out
