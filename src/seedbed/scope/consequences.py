"""What a scope's counts mean for the tables it does not count (issue 11, brief s33).

Run by ``seedbed.scope.resolve`` once every item is applied:

- ``implied_counts``: an exact per-parent count of a parent whose count is said ("each client gets exactly 2
  invoices; 10 clients") makes the children's count (20 invoices): said in the options, so the plan and its
  explanation show the number the user meant, not only the rule that makes it. A range ("2-5 invoices each") implies
  no one count, and parents that already have rows or are limited to some keys leave it to the planner.
- ``blank_references``: a table to be empty ("zero invoices please") leaves every nullable reference to it blank
  in the tables that are seeded ("timesheets.invoice_id": no invoice to point at); a NOT NULL one empties its table
  (``resolve._empty_dependants``). A column the scope says something of keeps what was said.
"""

from __future__ import annotations

from typing import Any

from seedbed.planning.options import ColumnSpec

__all__ = ["blank_references", "implied_counts"]


def implied_counts(st: Any) -> None:
    """Children counted from an exact fan-out over a counted parent (``st``: the resolver's state)."""
    for (child, col), spec in list(st.fks.items()):
        if child in st.per or spec.fanout is None or spec.fanout[0] != spec.fanout[1]:
            continue
        if spec.parents is not None or spec.parent_keys is not None:
            continue
        table = st.schema.table(child)
        fk = next((f for f in table.foreign_keys if f.columns[0] == col), None)
        parent = fk.ref_table if fk is not None else None
        if parent is None or parent == child or parent not in st.per or st.existing.get(parent):
            continue
        if spec.fanout[0] > 1 and any(set(u.columns) <= set(fk.columns) for u in table.unique_keys):
            continue  # one child per parent at most (a UNIQUE reference): the planner says what it can make
        st.per[child] = st.per[parent] * spec.fanout[0]
        st.counted[child] = st.counted.get(parent, "")
        st.notes.append(f"{child}: {st.per[child]} rows ({spec.fanout[0]} for each of the {st.per[parent]} {parent})")


def blank_references(st: Any) -> None:
    """Nullable references to a table counted 0 left blank in the seeded tables (``st``: the resolver's state)."""
    empty = {t for t, n in st.per.items() if n == 0 and not st.existing.get(t)}
    if not empty:
        return
    seeded = [t for t in st.concerned() if st.per.get(t) != 0]
    for name in seeded:
        table = st.schema.table(name)
        for fk in table.foreign_keys:
            if fk.ref_table not in empty or fk.ref_table == name:
                continue
            if not all(table.column(c).nullable for c in fk.columns) or any((name, c) in st.columns for c in fk.columns):
                continue
            for c in fk.columns:
                st.column(name, c, ColumnSpec(null_rate=1.0))
            st.notes.append(f"{name}.{','.join(fk.columns)}: blank ({fk.ref_table} is to be empty)")
