"""A child table named after a state of its parent picks parents in that state.

``refunds.payment_id`` points at payments whose ``status`` is ``'refunded'``; a cancellation at a
cancelled order, a shipment at a shipped one, a dispute at a disputed invoice. The parent's
status column has a finite set of labels (an enum, or a CHECK's IN list); a label in the past
participle whose stem the child's table name starts with (``refunded`` -> ``refund``, ``cancelled``
-> ``cancel``, ``shipped`` -> ``ship``) names the state. The child's FK then picks among the
parent rows in that state (every one of them once before any twice, when there are children
enough), read from the parent's status pool (``Engine._in_state``, generate/picks.py).

Kept only where the parent rows are all made by this seed (existing rows are read back in key
order, not row order), for FKs that pick freely (not 1:1, not a fan-out, a key list or a total's
lines), and where the status column is generated (not NULL, not pinned by the user to values
without the state).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from seedbed.generate.intent.tokens import tokens
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import FkPlan, Gen, TablePlan, TableState

__all__ = ["add_states", "state_stem"]

#: Column-name words that hold a row's state.
_STATE_WORDS = frozenset({"status", "state", "stage", "phase", "outcome", "result", "resolution"})
_MIN_STEM = 4


def state_stem(label: str) -> str | None:
    """The stem of a past-participle state label (``refunded`` -> ``refund``, ``cancelled`` ->
    ``cancel``, ``shipped`` -> ``ship``); None for a label that is not one."""
    word = label.strip().lower()
    if not word.isalpha() or not word.endswith("ed") or len(word) < _MIN_STEM + 2:
        return None
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":  # shipp -> ship
        stem = stem[:-1]
    elif stem.endswith("ll"):  # cancell -> cancel
        stem = stem[:-1]
    if stem.endswith("i"):  # applied -> apply
        stem = stem[:-1] + "y"
    return stem if len(stem) >= _MIN_STEM else None


def _names_state(child: QualifiedName, parent: QualifiedName, stem: str) -> bool:
    """Whether a word of the child's table name (not one of the parent's) is the state's noun."""
    own = set(tokens(parent.name))
    for word in tokens(child.name):
        if word in own or len(word) < _MIN_STEM:
            continue
        if word.startswith(stem) or (stem.endswith("e") and word.startswith(stem[:-1]) and len(stem) > _MIN_STEM):
            return True
    return False


def _labels(schema: Schema, tables: Mapping[QualifiedName, TablePlan], parent: QualifiedName, column: str) -> tuple[str, ...]:
    col = schema.table(parent).column(column)
    if col.type.enum_labels:
        return col.type.enum_labels
    tp = tables[parent]
    allowed = tp.domains.column(column).allowed if tp.domains else None
    return tuple(str(v) for v in allowed or () if isinstance(v, str))


def _state_of(schema: Schema, tables: Mapping[QualifiedName, TablePlan], child: QualifiedName,
              fk: FkPlan) -> tuple[str, str] | None:
    parent = tables[fk.parent]
    for cp in parent.columns:
        if cp.gen is not Gen.VALUE or not _STATE_WORDS & set(tokens(cp.name)) or cp.null_rate >= 1:
            continue
        for label in _labels(schema, tables, fk.parent, cp.name):
            stem = state_stem(label)
            if stem is None or not _names_state(child, fk.parent, stem):
                continue
            weights = getattr(cp.spec, "weights", None) if cp.spec is not None else None
            if weights and not dict(weights).get(label):
                continue  # the user left the state out: the child picks as usual
            return cp.name, label
    return None


def add_states(schema: Schema, tables: dict[QualifiedName, TablePlan], existing_of: Callable[[QualifiedName], TableState],
               notes: list[str]) -> dict[QualifiedName, TablePlan]:
    """The plan's tables with ``FkPlan.state`` set where a child is named after a parent's state."""
    out = dict(tables)
    for name, tp in tables.items():
        fks = []
        for fk in tp.fks:
            usable = (fk.parent in tables and fk.parent != name and not fk.broken and not fk.distinct
                      and fk.fanout is None and fk.parent_keys is None and fk.parents is None
                      and existing_of(fk.parent).rows == 0
                      and not any(a.fk == fk.name for a in tp.aggregates if a.kind in ("sum", "count")))
            state = _state_of(schema, tables, name, fk) if usable else None
            if state is not None:
                fk = replace(fk, state=state)
                notes.append(f"{name}.{', '.join(fk.columns)} picks {fk.parent} rows whose {state[0]} is "
                             f"'{state[1]}' (a {name.name} row is about a {state[1]} one)")
            fks.append(fk)
        if any(f.state for f in fks):
            out[name] = replace(tp, fks=tuple(fks))
    return out
