"""Per-parent counts of rows that reach the parent only through other tables (issue 11): "3 interviews
per candidate" where interviews -> applications -> candidates. The one chain of foreign keys is read as
a ratio of rows; none or several chains are said back, never one picked silently.
"""

from __future__ import annotations

import math
from typing import Any

from seedbed.model import ForeignKey, QualifiedName, Schema
from seedbed.scope.inflect import singular
from seedbed.scope.model import Fanout
from seedbed.scope.names import fk_between

__all__ = ["fk_paths", "meeting", "through"]


def fk_paths(schema: Schema, child: QualifiedName, parent: QualifiedName, depth: int = 3) -> list[tuple[ForeignKey, ...]]:
    """The chains of foreign keys from ``child`` up to ``parent`` through other tables (two to ``depth``
    steps, no table twice): "interviews per candidate" is interviews -> applications -> candidates."""
    out: list[tuple[ForeignKey, ...]] = []

    def walk(table: QualifiedName, chain: tuple[ForeignKey, ...], seen: frozenset[QualifiedName]) -> None:
        for fk in schema.table(table).foreign_keys:
            if fk.ref_table == parent and len(chain) >= 1:
                out.append((*chain, fk))
            elif fk.ref_table not in seen and fk.ref_table != parent and len(chain) + 1 < depth:
                walk(fk.ref_table, (*chain, fk), seen | {fk.ref_table})

    walk(child, (), frozenset({child}))
    return out


def through(st: Any, item: Fanout, child: QualifiedName, parent: QualifiedName) -> tuple[str, bool]:
    """"3 interviews per candidate" where interviews reach candidates only through applications: the
    one chain of foreign keys read as a ratio of rows (on average that many per parent row); none,
    or several chains, said back (never one picked silently)."""
    from seedbed.planning.planner import DEFAULT_ROOT_ROWS

    paths = fk_paths(st.schema, child, parent)
    required = [p for p in paths if all(not _nullable(st.schema, fk, owner) for fk, owner in zip(p, _owners(child, p)))]
    if len(paths) > 1 and len(required) == 1:
        paths = required  # every row takes that chain; the others go through a reference that may be NULL
    if len(paths) != 1:
        if not paths:
            meet = meeting(st.schema, child, parent)
            if meet:  # "each student attends 20-30 class sessions": both under courses, joined by enrollments
                return meet, False
            fk_between(st.schema, child, parent, item.parent)  # the error that says what child refers to
        ways = "; ".join(" -> ".join([str(child), *(str(fk.ref_table) for fk in p)]) for p in paths)
        return (f"{child} reach {parent} in {len(paths)} ways ({ways}): say which table they go through, "
                f"e.g. a count per row of the table in between"), False
    per = item.average if item.average is not None else (item.low + item.high) / 2
    way = " -> ".join([str(child), *(str(fk.ref_table) for fk in paths[0])])
    text = f"{child}: about {per:g} per {parent} row on average (through {way})"
    if child in st.per and parent not in st.per and not st.existing.get(parent):
        st.per[parent] = max(1, math.ceil(st.per[child] / per))
        text += f"; {parent}: {st.per[parent]} rows, so that the {st.per[child]} {child} come to that"
    else:
        have = st.per.get(parent, st.existing.get(parent) or st.rows or DEFAULT_ROOT_ROWS)
        if parent not in st.per and not st.existing.get(parent):
            st.per[parent] = have  # the ratio holds on the rows only when the parent's count is the one taken
            text += f" ({parent} has no count in the scope: {have} taken)"
        rows = max(1 if per > 0 and have > 0 else 0, round(have * per))
        if child in st.per and st.per[child] != rows:
            st.warnings.append(f"{child}: {st.per[child]} rows asked, but {item.phrase!r} makes {rows} ({per:g} x {have} {parent})")
        st.per[child] = rows
        text += f": {rows} rows, {per:g} x the {have} of {parent}"
    if item.low != item.high and item.average is None:  # bounds row by row cannot be kept through a table in between
        st.warnings.append(f"{item.phrase!r}: {child} reach {parent} through {way.split(' -> ')[1]}; read as {per:g} per "
                           f"{parent} row on average, not {item.low}-{item.high} row by row (say the count per row of "
                           f"the table in between to bound it)")
    rows, owners = st.per[child], _owners(child, paths[0])
    for fk, owner, middle in zip(paths[0][:-1], owners, owners[1:]):
        unique = any(set(u.columns) == set(fk.columns) for u in st.schema.table(owner).unique_keys)
        if unique and st.per.get(middle, 0) < rows:
            if middle in st.per:  # one child row per middle row at most: the middle must hold them
                st.warnings.append(f"{middle}: {st.per[middle]} rows cannot hold {rows} {owner} (one each at most)")
            else:
                st.per[middle] = rows
                text += f"; {middle}: {rows} rows (one {owner} row each at most)"
    return text, True


def meeting(schema: Schema, child: QualifiedName, parent: QualifiedName) -> str | None:
    """Why "N <child> per <parent>" cannot be one count when the two meet only under a third table: "class
    sessions per student" where class_sessions -> courses and enrollments -> students, courses. A student's
    sessions are those of the courses they are in: a product of two counts the scope can say (enrollments
    per student, class sessions per course), so it is said back with those, never one of them guessed."""
    ups = {fk.ref_table for fk in schema.table(child).foreign_keys} - {child, parent}
    ways = [(t.name, up) for up in sorted(ups, key=str) for t in schema.tables if t.name not in (child, parent)
            and {fk.ref_table for fk in t.foreign_keys} >= {parent, up}]
    if not ways:
        return None
    said = "; ".join(f"{parent} <- {link} -> {up} <- {child}" for link, up in ways)
    link, up = ways[0]
    one, of = singular(parent.name), singular(up.name)
    return (f"{child} and {parent} meet only through {', '.join(sorted({str(u) for _, u in ways}))} ({said}): a {one}'s "
            f"{child} are those of its {up}, so their number is {link} per {one} times {child} per {of}; "
            f"say those two counts instead (e.g. '2-4 {link} per {one}, 10 {child} per {of}')")


def _owners(child: QualifiedName, path: tuple[ForeignKey, ...]) -> list[QualifiedName]:
    """The table each foreign key of ``path`` belongs to (then the parent)."""
    return [child, *(fk.ref_table for fk in path)]


def _nullable(schema: Schema, fk: ForeignKey, owner: QualifiedName) -> bool:
    table = schema.table(owner)
    return all(table.column(c).nullable for c in fk.columns)
