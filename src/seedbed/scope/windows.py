"""Time windows of a scope ("orders from 2024", "films from the 90s", "signed up in June"): the date, time
and year columns a window narrows (issue 11). Split from ``values`` along its seam: a window reads only the
schema's temporal and year columns, never a mix's or a range's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from seedbed.errors import ScopeError
from seedbed.model import Bound, Column, ColumnDomain, QualifiedName, Schema, Table, TypeKind
from seedbed.planning.options import ColumnSpec
from seedbed.scope.ground import ground_columns
from seedbed.scope.model import Window
from seedbed.scope.names import column_hint, norm
from seedbed.scope.values import NOT_EVENTS, TEMPORAL, _SPAN_STARTS, Fold, Found, _check_fits, _name, _tables

__all__ = ["window_columns"]


def _when(kind: TypeKind, iso: str) -> date | datetime:
    value = datetime.fromisoformat(iso) if "T" in iso else datetime.fromisoformat(iso + "T00:00:00")
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if kind is TypeKind.DATE:
        return value.date()
    if kind is TypeKind.TIMESTAMP:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def window_columns(item: Window, schema: Schema, concerned: Sequence[QualifiedName], fold: Fold) -> tuple[Found, str]:
    """Date and timestamp columns in ``[start, end)``: the hinted ones, else every event time."""
    tables = [schema.table(t) for t in _tables(schema, item.table, concerned)]
    hint = norm(item.column) if item.column else None
    hits: list[tuple[Table, Column]] = []
    skipped: list[str] = []
    if hint is not None and "_" in hint:  # a column typed by its name ("joined_on 2012-01-01..2024-06-30"): that column
        tables = [t for t in tables if any(c.name.lower() == hint for c in t.columns)] or tables
    for table in tables:
        found = []
        for col in table.columns:
            if col.type.kind not in TEMPORAL or col.type.is_array or col.generated:
                continue
            parts = col.name.lower().split("_")
            if hint is not None:
                if hint in parts or col.name.lower() == hint or col.name.lower().startswith(hint):
                    found.append((table, col))
            elif NOT_EVENTS & set(parts):
                skipped.append(_name(table.name, col.name))
            else:
                found.append((table, col))
        if hint is not None and not found:  # "items published after 1990": a year column named by the verb first
            found = _verb_year(table, hint)
        if hint is not None and not found:
            # "signed up", "joined", "registered": the column by its stem or meaning (seedbed.scope.ground).
            found = [(table, table.column(c)) for c in ground_columns(table, hint, kinds=TEMPORAL)
                     if not table.column(c).generated]
        if hint is not None and not found:
            found = _made_or_year(table, hint, named=item.table is not None)
        year = _own_year(table)
        if hint is None and item.table is not None and year is not None:
            # "films from the 90s", "cars from 2010": the table's own year (release_year), not when
            # its rows were last touched (last_update)
            found = [(table, year)]
        if hint is None and item.table is not None and year is None:
            # a table named whose times are a span ("sessions in 2025": starts_at, ends_at): when it begins,
            # beside when it was booked ("appointments in June": when they take place)
            found += [(table, c) for c in table.columns if c.type.kind in TEMPORAL and not c.generated
                      and _SPAN_STARTS & set(c.name.lower().split("_"))][:1]
        hits += found
    if not hits and hint is not None:
        temporal = [c.name for t in tables for c in t.columns if c.type.kind in TEMPORAL]
        raise ScopeError(f"no date or time column matches {item.column!r}", subject=item.phrase,
                         hint=column_hint(dict.fromkeys(temporal), item.column or ""))
    found: Found = {}
    for table, col in hits:
        if col.type.kind is TypeKind.INTEGER:  # a year column: the window's years
            end = date.fromisoformat(item.end[:10])
            last = end.year - 1 if (end.month, end.day) == (1, 1) else end.year
            low = Bound(value=date.fromisoformat(item.start[:10]).year) if item.start else None
            dom = ColumnDomain(low=low, high=Bound(value=last))
        else:  # no start: "before 2024"
            dom = ColumnDomain(low=Bound(value=_when(col.type.kind, item.start)) if item.start else None,
                               high=Bound(value=_when(col.type.kind, item.end), inclusive=False))
        _check_fits(table, col, dom, fold, item.phrase)
        found[(table.name, col.name)] = ColumnSpec(domain=dom)
    if not hits:
        return found, f"no date or time columns in {', '.join(map(str, (t.name for t in tables))) or 'the tables'}"
    cols = ", ".join(_name(t.name, c.name) for t, c in hits)
    text = f"{cols} from {item.start} to {item.end} (end excluded)" if item.start else f"{cols} before {item.end}"
    if skipped:
        text += f"; left alone: {', '.join(skipped)}"
    return found, text


def _own_year(table: Table) -> Column | None:
    """The table's one whole-number year column (``release_year``, ``model_year``), if it has one."""
    years = [c for c in table.columns if c.type.kind is TypeKind.INTEGER and "year" in c.name.lower().split("_")]
    return years[0] if len(years) == 1 else None


def _verb_year(table: Table, hint: str) -> list[tuple[Table, Column]]:
    """The whole-number year columns named by the verb ("released" of ``release_year``, "published" of
    ``publication_year``: the stems, or a verb and its noun sharing their first five letters)."""
    from seedbed.scope.ground import stem

    said = {stem(w) for w in hint.split("_") if w}

    def named(part: str) -> bool:
        return stem(part) in said or any(len(w) >= 5 and part.startswith(w[:5]) for w in said)
    return [(table, c) for c in table.columns if c.type.kind is TypeKind.INTEGER and "year" in c.name.lower().split("_")
            and any(named(p) for p in c.name.lower().split("_") if p != "year")]


def _made_or_year(table: Table, hint: str, *, named: bool) -> list[tuple[Table, Column]]:
    """A time word no column is named after: a word for "came to be" ("made", "added") is the moment
    the rows of the table named came to be (``placed_at`` of orders; ``named``: not for every table
    concerned); a verb of a year column ("released" of ``release_year``) is that column."""
    from seedbed.planning.timeline import anchor_of
    from seedbed.scope.ground import CONCEPTS, stem

    said = {stem(w) for w in hint.split("_") if w}
    years = _verb_year(table, hint)
    if years:
        return years
    if named and said & {stem(w) for w in CONCEPTS["creation"][0]}:
        year = _own_year(table)
        if year is not None:  # "films made in the 90s": the year it was made, not when the row was
            return [(table, year)]
        anchor = anchor_of(table, forced=True)
        if anchor is not None and table.column(anchor).type.kind in TEMPORAL:
            return [(table, table.column(anchor))]
    return []
