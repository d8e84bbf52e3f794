"""Event stores are seeded as streams, not as independent rows (DESIGN.md; issue 13).

A table is an event store when its columns say so: an aggregate's id (``aggregate_id``,
``stream_id``, ``aggregate_root_id``, ``entity_id``) and a version (``version``, ``sequence``,
``seq``, ``sequence_number``, ``revision``) with an event type (``event_type``, ``type``,
``event_name``, ``name``) or a payload (``payload``, ``data``, ``body``); or when seedbed.toml
declares it (``[events] table = "..."``). Its rows then form N aggregates of 1..k events each
(``seedbed.generate.events``): versions contiguous from 1, times increasing, types in lifecycle
order (the column's enum or CHECK list, a value list the scope or config gives, else
``<Kind>Created``, ``<Kind>Updated``, ``<Kind>Completed``), payloads shaped by the type that
carry the aggregate's id and amount. When the aggregate column references a table, each
aggregate is one of its rows, and the amounts are that row's (its total, read like the
aggregates of ``seedbed.planning.aggregates``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.model import QualifiedName, Schema, TypeKind
from seedbed.planning.aggregates import total_of
from seedbed.planning.model import EventStream, Gen, TablePlan

__all__ = ["add_event_streams", "camel", "is_event_store", "lifecycle", "type_column"]

_AGGREGATE = (("aggregate", "id"), ("stream", "id"), ("aggregate", "root", "id"), ("aggregate", "uuid"),
              ("stream", "uuid"), ("entity", "id"))
_VERSION = (("version",), ("sequence",), ("seq",), ("sequence", "number"), ("revision",), ("event", "version"),
            ("stream", "version"), ("aggregate", "version"), ("sequence", "nr"))
_TYPE = (("event", "type"), ("event", "name"), ("type",), ("name",), ("kind",), ("event",), ("action",))
_PAYLOAD = (("payload",), ("data",), ("body",), ("event", "data"), ("content",))
_TIME = (("occurred", "at"), ("occurred", "on"), ("recorded", "at"), ("created", "at"), ("timestamp",),
         ("emitted", "at"), ("happened", "at"), ("published", "at"), ("inserted", "at"), ("at",))
_AGG_TYPE = (("aggregate", "type"), ("stream", "type"), ("aggregate", "name"), ("entity", "type"),
             ("stream", "name"))
#: Words that open a lifecycle: such a type goes first whatever the list's order.
_FIRST = frozenset(("created", "opened", "placed", "registered", "started", "submitted", "initiated",
                    "requested", "drafted", "signed", "begun", "create", "open", "new"))
#: Events per aggregate when the types do not bound it.
DEFAULT_PER = 4
_TEMPORAL = frozenset((TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.DATE))


def camel(words: tuple[str, ...] | list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def lifecycle(types: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The types in lifecycle order: the given order, creation-like types first."""
    uniq = list(dict.fromkeys(str(t) for t in types))
    return tuple(sorted(uniq, key=lambda t: (not (set(tokens(t)) & _FIRST), uniq.index(t))))


def _column(table: Any, shapes: tuple[tuple[str, ...], ...], kinds: frozenset | None = None,
            taken: tuple[str | None, ...] = ()) -> str | None:
    for shape in shapes:
        for col in table.columns:
            if col.name in taken or not col.writable or col.type.is_array:
                continue
            if tokens(col.name) == shape and (kinds is None or col.type.kind in kinds):
                return col.name
    return None


def _labels(tp: TablePlan, table: Any, column: str | None) -> tuple[str, ...]:
    """A column's own values: an asked mix (its order), its CHECK list, its enum labels."""
    if column is None:
        return ()
    cp = tp.column(column)
    if cp.spec is not None and cp.spec.weights:
        return tuple(str(k) for k, w in cp.spec.weights.items() if w > 0)
    dom = tp.domains.column(column) if tp.domains else None
    if dom is not None and dom.allowed is not None:
        return tuple(str(v) for v in dom.allowed if v is not None)
    return tuple(table.column(column).type.enum_labels)


def _kind(schema: Schema, table: Any, parent: QualifiedName | None, types: tuple[str, ...]) -> str:
    """The aggregate's kind: its table's name, the types' common first word, the table's name."""
    if parent is not None:
        return camel(tokens(parent.name))
    heads = [tokens(t)[0] for t in types if tokens(t)]
    if heads:  # OrderCreated, PaymentCaptured, OrderShipped: an Order
        return camel([max(dict.fromkeys(heads), key=heads.count)])
    words = [w for w in tokens(table.name.name) if w not in ("event", "domain", "store", "stream", "log")]
    return camel(words[-1:]) if words else "Aggregate"


def _roles(table: Any) -> tuple[str | None, str | None, str | None, str | None]:
    """(aggregate id, version, event type, payload) columns by their names."""
    agg = _column(table, _AGGREGATE)
    version = _column(table, _VERSION, frozenset((TypeKind.INTEGER, TypeKind.NUMERIC)), (agg,))
    kind_col = _column(table, _TYPE, frozenset((TypeKind.TEXT, TypeKind.ENUM)), (agg, version))
    payload = _column(table, _PAYLOAD, frozenset((TypeKind.JSON, TypeKind.JSONB, TypeKind.TEXT)), (agg, version, kind_col))
    return agg, version, kind_col, payload


def is_event_store(table: Any) -> bool:
    """Whether a table's columns make it an event store (an aggregate id, a version, and an
    event type or a payload)."""
    agg, version, kind_col, payload = _roles(table)
    return agg is not None and version is not None and (kind_col is not None or payload is not None)


def type_column(table: Any) -> str | None:
    return _roles(table)[2]


def add_event_streams(schema: Schema, tables: dict[QualifiedName, TablePlan],
                      declared: tuple[tuple[str, tuple[str, ...]], ...], notes: list[str]) -> dict[QualifiedName, TablePlan]:
    """The plan's tables, event stores with their ``events`` set; ``declared``: (table, event
    types) pairs of seedbed.toml (the types used when the type column lists none)."""
    from seedbed.planning.select import find_table

    wanted = {find_table(schema, name): types for name, types in declared}
    out = dict(tables)
    for name, tp in tables.items():
        table = schema.table(name)
        agg, version, kind_col, payload = _roles(table)
        if name in wanted and agg is None:  # declared: the first FK or *_id column is the aggregate's
            agg = next((c.name for c in table.columns if tokens(c.name)[-1:] in (("id",), ("reference",), ("ref",))
                        and not (table.primary_key and c.name in table.primary_key.columns)), None)
        if agg is None or version is None or (kind_col is None and payload is None):
            if name in wanted:
                notes.append(f"{name}: declared an event store, but it has no aggregate id and version columns")
            continue
        if tp.offset and name not in wanted:
            notes.append(f"{name}: event store with rows already: seeded as plain rows")
            continue
        if any(tp.column(c).gen not in (Gen.VALUE, Gen.FK, Gen.COMBO) for c in (agg, version)):
            continue
        mine = {c for c in (agg, version, kind_col, payload) if c}
        if any(set(k.columns) & mine and not {agg, version} <= set(k.columns) for k in table.unique_keys):
            notes.append(f"{name}: a unique key over its event columns without both {agg} and {version}: "
                         "seeded as plain rows")
            continue
        fk = next((f for f in tp.fks if agg in f.columns and len(f.columns) == 1 and not f.self_reference
                   and not f.broken and f.parent_keys is None), None)
        if fk is not None and (fk.parent not in tables or tables[fk.parent].offset):
            fk = None if tp.column(agg).gen is Gen.VALUE else fk
        types = _labels(tp, table, kind_col) or wanted.get(name, ())
        kind = _kind(schema, table, fk.parent if fk is not None else None, types)
        ordered = lifecycle(types) if types else (f"{kind}Created", f"{kind}Updated", f"{kind}Updated",
                                                   f"{kind}Completed")
        per = max(1, min(len(ordered), 12)) if types else DEFAULT_PER
        mean = (1 + per) / 2 * 1.15
        n = max(math.ceil(tp.rows / mean), math.ceil(tp.rows / per), 1) if tp.rows else 0
        if fk is not None:
            n = max(1, min(n, fk.parent_rows)) if tp.rows else 0
        def free(col: str | None) -> bool:
            return col is not None and (tp.domains is None or tp.domains.column(col).unconstrained)

        if fk is None and not free(agg):
            continue  # a CHECK or partition bound narrows the aggregate ids: plain rows
        time = _column(table, _TIME, _TEMPORAL, (agg, version))
        time = time if free(time) else None  # a bound on the time: it keeps its drawn values
        amount = None
        if fk is not None:
            total = total_of(tables[fk.parent], schema.table(fk.parent))
            amount = total.name if total is not None else None
        stream = EventStream(aggregate=agg, fk=fk.name if fk is not None else None, version=version,
                             type_column=kind_col, types=ordered, payload=payload, time=time,
                             aggregate_type=_column(table, _AGG_TYPE, frozenset((TypeKind.TEXT, TypeKind.ENUM)),
                                                    (agg, version, kind_col)),
                             kind=kind, aggregates=n, per=per, amount=amount)
        why = f"event stream: {n} aggregates of 1-{per} events, in order"
        cols = {c for c in (agg, version, kind_col, payload, time, stream.aggregate_type) if c}
        out[name] = replace(tp, events=stream, columns=tuple(
            replace(cp, reason=f"{cp.reason}; {why}") if cp.name in cols else cp for cp in tp.columns))
        notes.append(f"{name}: {why} ({', '.join(ordered[:per])})")
    return out
