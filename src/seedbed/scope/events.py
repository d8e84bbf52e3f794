"""Scope phrases about event stores (``seedbed.planning.events`` seeds them as streams).

"1000 domain events: OrderCreated, PaymentCaptured, OrderShipped" names the event types in
lifecycle order: they become the type column's values, in that order (the count is the count
rule's). "with realistic aggregate_id grouping and monotonic timestamps" says what an event
store always gets: it is understood, and applied where the selection has an event store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from seedbed.errors import ScopeError
from seedbed.scope.model import Events, Item
from seedbed.scope.parse import Context, Rule, rule

__all__ = ["event_rules", "resolve_events"]

_NAME = r"[a-z_][\w.-]*"


def _types(m: re.Match[str], ctx: Context) -> list[Item] | None:
    if ctx.ground is None or not ctx.ground.is_table(m.group("t")):
        return None
    words = [w.strip() for w in m.group("labels").split(",")]
    # The rules read lower case; the types keep the case the user wrote them in.
    typed = [next((x for x in re.findall(r"[\w.-]+", ctx.phrase) if x.lower() == w), w) for w in words]
    return [Events(phrase=ctx.phrase, table=m.group("t"), types=tuple(typed))]


def _always(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Events(phrase=ctx.phrase)]


def event_rules() -> Iterable[Rule]:
    from seedbed.scope.rules import NOUN

    yield rule("event types", rf"(?P<t>{NOUN}) : (?P<labels>{_NAME}(?: , {_NAME})+)$", _types, keep=("t",))
    order = r"(?:monotonic|monotonically increasing|increasing|ordered|sequential|contiguous|consecutive)"
    what = r"(?:timestamps?|times|versions?|sequences?)"
    grouping = r"(?:(?:realistic|proper|natural) )?(?:[a-z_]+ )?grouping"
    yield rule("event streams", rf"(?:with )?{grouping}(?: and {order} {what})?", _always)
    yield rule("event streams", rf"(?:with )?{order} {what}(?: per (?:aggregate|stream))?", _always)


def resolve_events(st: Any, item: Events) -> tuple[str, bool]:
    """The types as the type column's values in their order; or, without types, a statement."""
    from seedbed.planning.events import is_event_store, type_column
    from seedbed.planning.options import ColumnSpec
    from seedbed.scope.values import allowed_values

    if item.table is None:
        stores = [t for t in st.concerned() if is_event_store(st.schema.table(t))]
        if not stores:
            return "no event store (aggregate id, version and type columns) in the selection", False
        return (f"{', '.join(map(str, stores))}: events grouped per aggregate, versions 1, 2, ... and times "
                "increasing per aggregate (event stores always are)"), True
    name = st.table(item.table)
    table = st.schema.table(name)
    column = type_column(table)
    if column is None or not is_event_store(table):
        raise ScopeError(f"{name} is no event store: the event types {', '.join(item.types)} have no column",
                         subject=item.phrase, hint="an event store has an aggregate id (aggregate_id, stream_id), a "
                                                   "version (version, sequence) and a type column (event_type)")
    allowed = allowed_values(table, table.column(column), st.fold)
    types = list(item.types)
    if allowed is not None:
        by_key = {str(a).lower(): a for a in allowed}
        missing = [t for t in types if t.lower() not in by_key]
        if missing:
            raise ScopeError(f"{name}.{column} cannot hold {', '.join(map(repr, missing))}",
                             subject=f"{name}.{column}", hint="it takes: " + ", ".join(map(str, allowed)))
        types = [by_key[t.lower()] for t in types]
    st.columns[(name, column)] = ColumnSpec(weights={t: 1.0 / len(types) for t in types})
    return f"{name}.{column}: {', '.join(map(str, types))}, in this order within each aggregate", True
