"""Time windows of a scope ("orders from 2024", "films from the 90s", "signed up in June"): the date, time
and year columns a window narrows (issue 11). Split from ``values`` along its seam: a window reads only the
schema's temporal and year columns, never a mix's or a range's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from seedbed.errors import ScopeError
from seedbed.model import Bound, Column, ColumnDomain, QualifiedName, Schema, Table, TypeKind
from seedbed.planning.options import ColumnSpec
from seedbed.scope.ground import ground_columns
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.scope.model import Range, Window
from seedbed.scope.names import column_hint, norm
from seedbed.scope.values import NOT_EVENTS, TEMPORAL, _SPAN_STARTS, Fold, Found, _check_fits, _is_table, _name, _tables

__all__ = ["said_by_verb", "verb_words", "window_columns", "years_window"]


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
    if item.table and not item.column and not _is_table(schema, item.table) and any(
            norm(item.table) in c.name.lower().split("_") for t in schema.tables for c in t.columns if c.type.kind in TEMPORAL):
        item = replace(item, table=None, column=item.table)  # "COD between 2019 and 2023": cod_date, no table
    tables = [schema.table(t) for t in _tables(schema, item.table, concerned)]
    hint = norm(item.column) if item.column else None
    dated = hint == "dated"
    if dated:  # "invoices dated across Q1 2025": the table's date (inv_date, not due_date), else its event times
        hint = "date" if any("date" in c.name.lower().split("_") for t in tables for c in t.columns
                             if c.type.kind in TEMPORAL) else None
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
        if dated and hint is not None:
            found = [(t, c) for t, c in found if not NOT_EVENTS & set(c.name.lower().split("_"))] or found
        if dated and hint is None:  # no date column anywhere: the moment each row came to be (issued_on)
            from seedbed.planning.timeline import anchor_of
            anchor = anchor_of(table, forced=True)
            found = [(table, table.column(anchor))] if anchor and table.column(anchor).type.kind in TEMPORAL else found
        if hint is not None and not found:  # "items published after 1990": a year column named by the verb first
            found = _verb_year(table, hint)
        if hint is not None and not found:
            # "signed up", "joined", "registered": the column by its stem or meaning (seedbed.scope.ground).
            found = [(table, table.column(c)) for c in ground_columns(table, hint, kinds=TEMPORAL)
                     if not table.column(c).generated]
        if hint is not None and not found:
            found = _made_or_year(table, hint, named=item.table is not None)
        if hint is not None and not found and (item.table is not None or len(tables) == 1) \
                and not _names_moment(schema, hint):
            found = _named_year(table, hint)
            if not found and not ground_columns(table, hint, concepts=False):  # "built": yr_built names it, no moment
                found = _only_moment(table)
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


#: Name parts of a time column that keeps the row's own history, never what the row says happened.
_KEEPING = frozenset("updated modified changed synced touched update".split())


def _only_moment(table: Table) -> list[tuple[Table, Column]]:
    """A verb no column is named after ("deliveries received in 2024", "technicians who started in early 2024",
    "vehicles put into service 2018 through 2024"): the table's one date or time column, when it has only one
    besides the stamps of its own history (``updated_at``); with two or more, none (the error lists them)."""
    cols = [c for c in table.columns if c.type.kind in TEMPORAL and not c.type.is_array and not c.generated
            and not _KEEPING & set(c.name.lower().split("_"))]
    return [(table, cols[0])] if len(cols) == 1 else []


def _named_year(table: Table, hint: str) -> list[tuple[Table, Column]]:
    """"trucks built 2012-2024": the whole-number column the verb names whose name says a year in any spelling
    (``yr_built``: "yr" abbreviates year)."""
    from seedbed.scope.columnwords import part_words

    return [(table, table.column(c)) for c in ground_columns(table, hint, kinds=(TypeKind.INTEGER,), concepts=False)
            if any("year" in part_words(p) for p in c.lower().split("_"))]


def _names_moment(schema: Schema, hint: str) -> bool:
    """Whether a verb names a date or time column of any table ("shipped" of ``shipments.shipped_at``): then it is
    never another table's one moment ("orders shipped in 2024" on orders with only ``placed_at`` stays an error)."""
    return any(ground_columns(t, hint, kinds=TEMPORAL, concepts=False) for t in schema.tables)


def said_by_verb(item: Window, schema: Schema) -> bool:
    """Whether the window's word is a verb its one table's one moment stands for (``_only_moment``): read, not a
    word to quote back."""
    if not item.column or not item.table:
        return False
    try:
        table = schema.table(_tables(schema, item.table, [])[0])
    except ScopeError:
        return False
    from seedbed.thesaurus import senses

    hint = norm(item.column)
    if any(hint in c.name.lower().split("_") or c.name.lower().startswith(hint) for c in table.columns):
        return False
    return (bool(senses(hint.replace("_", " "), "v")) and bool(_only_moment(table))
            and not ground_columns(table, hint, kinds=TEMPORAL) and not _names_moment(schema, hint))


def verb_words(item: Window, schema: Schema) -> set[str]:
    """The words of a verb phrase that names a time column by another of its words ("put into service" of
    ``in_service_date``): the verbs and particles around that word, read with it."""
    words = norm(item.column or "").split("_")
    if words == ["dated"]:
        return {"dated"}
    if len(words) < 2:
        return set()
    from seedbed.thesaurus import senses

    tables = [schema.table(t) for t in _tables(schema, item.table, [])] if item.table and _is_table(schema, item.table) \
        else list(schema.tables)
    named = {w for t in tables for w in words if ground_columns(t, w, kinds=TEMPORAL, concepts=False)}
    if not named:
        return set()
    return {w for w in words if w not in named and (w in _PARTICLES or senses(w, "v"))}


_PARTICLES = frozenset("in into out of on off up to at from".split())


def years_window(item: Range, schema: Schema) -> Window | None:
    """"put into service 2018 through 2024", "contracts began between 2018 and 2023" read as a range of a number
    column that no number column holds: whole years (both included) are a window of the time column the words say."""
    low, high = item.low, item.high
    if low is None or high is None or item.unit or not (float(low).is_integer() and float(high).is_integer()):
        return None
    first, last = int(low), int(high)
    if not (1900 <= first <= last <= REFERENCE_NOW.year + 1) or not item.column:
        return None
    table, column = item.table, item.column
    if table and not _is_table(schema, table):  # "machines put into service ...": "put into" is no table
        column = f"{table} {column}"
        before = re.split(r"[^a-z_]+", item.phrase.lower().split(table.split()[0])[0])
        table = next((w for w in reversed(before) if w), None)
        table = table if table and _is_table(schema, table) else None
    return Window(phrase=item.phrase, table=table, column=column, start=date(first, 1, 1).isoformat(),
                  end=date(last + 1, 1, 1).isoformat(), label=f"{first} to {last}")


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
