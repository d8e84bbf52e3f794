"""Scope + Schema -> the ``PlanOptions`` the scope asks for, and how each phrase was understood.

No database here: existing row counts (for "at least 500 orders") come in as ``existing``, and
the check that explicit parent keys exist is ``seedbed.scope.apply``'s. Unknown names are a
``ScopeError`` with a did-you-mean hint; what is understood but cannot be applied yet is a
warning that quotes it.
"""

from __future__ import annotations

import math
import re

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import QualifiedName, Schema, Table, TableDomains
from seedbed.planning.graph import required_parents
from seedbed.planning.options import ColumnSpec, FkSpec, PlanOptions
from seedbed.planning.select import find_table
from seedbed.scope import tablescore, values, windows
from seedbed.scope.business import business_columns, theme_categories
from seedbed.scope.consequences import blank_references, implied_counts
from seedbed.scope.durations import age_window, no_age, pair_length, within_columns
from seedbed.scope.events import resolve_events
from seedbed.scope.ground import grounding
from seedbed.scope.model import (
    Age, Business, Count, Domain, Exclude, Fanout, Implies, Item, Keep, Locale, Mix, Nulls, Orphans, ParentKeys, Parents, Range, Ratio, Scope,
    Select, Spread, Theme, TimeAfter, Unsupported, Window, Within, Events,
)
from seedbed.scope.keys import KeyCheck, orphans, parent_keys
from seedbed.scope.inflect import singular
from seedbed.scope.names import column_matches, fk_between, match_table, norm, tables_named_after
from seedbed.scope.through import through
from seedbed.scope.unheld import guarded_mix
from seedbed.scope.absence import resolve_nulls
from seedbed.scope.implies import resolve_implies
from seedbed.scope.locales import resolve_locale

__all__ = ["KeyCheck", "Resolution", "Understood", "resolve"]



@dataclass(frozen=True, slots=True, kw_only=True)
class Understood:
    """What one item of one phrase became; ``applied`` is False for what is only understood."""

    phrase: str
    item: str  # Item.brief()
    meaning: str
    applied: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    options: PlanOptions  # the scope's part only (no seed, no flags)
    understood: tuple[Understood, ...] = ()
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # decisions worth saying (a counted table added to the selection)
    key_checks: tuple[KeyCheck, ...] = ()


@dataclass
class _State:
    schema: Schema
    existing: Mapping[QualifiedName, int]
    base: PlanOptions
    rows: int | None = None
    per: dict[QualifiedName, int] = field(default_factory=dict)
    counted: dict[QualifiedName, str] = field(default_factory=dict)  # table -> phrase of its count
    tables: list[QualifiedName] = field(default_factory=list)
    exclude: list[QualifiedName] = field(default_factory=list)
    columns: dict[tuple[QualifiedName, str], ColumnSpec] = field(default_factory=dict)
    fks: dict[tuple[QualifiedName, str], FkSpec] = field(default_factory=dict)
    fanned: dict[QualifiedName, str] = field(default_factory=dict)
    locale: str | None = None
    pack: str | None = None
    theme: list[str] = field(default_factory=list)  # product category keys
    after: list[tuple[str, str, str]] = field(default_factory=list)  # (child, parent, child column)
    within: list[tuple[str, str, str, float]] = field(default_factory=list)  # (table, column, other, hours)
    rules: list[tuple[str, str]] = field(default_factory=list)  # (table, expression): ``seedbed.rules``
    spans: list[tuple[str, str, str, float, float | None]] = field(default_factory=list)  # (table, column, other, lo, hi)
    understood: list[tuple[int, Understood]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checks: list[KeyCheck] = field(default_factory=list)
    folded: dict[QualifiedName, TableDomains] = field(default_factory=dict)
    mixes: dict[tuple[QualifiedName, str], Mix] = field(default_factory=dict)  # the mix said for each column

    def fold(self, table: Table) -> TableDomains:
        if table.name not in self.folded:
            from seedbed.solve.checks import fold_table

            self.folded[table.name] = fold_table(table)
        return self.folded[table.name]

    def table(self, word: str, related: QualifiedName | None = None) -> QualifiedName:
        """The table a word names; how, when not by its own name, is a note ("'POs' is purchase_orders (initialism)")."""
        found, how = match_table(self.schema, word, related=related)
        if how and how not in self.notes:
            self.notes.append(how)
        return found

    def concerned(self) -> list[QualifiedName]:
        """The tables a phrase without a table name is about: the selection and its parents."""
        base = [find_table(self.schema, t) for t in self.base.tables] or self.tables or [t.name for t in self.schema.tables]
        base = [t for t in base if t not in self.exclude]
        populated = [n for n, r in self.existing.items() if r > 0]
        return base + [p for p in required_parents(self.schema, base, populated) if p not in base]

    def column(self, table: QualifiedName, col: str, spec: ColumnSpec) -> None:
        from seedbed.generate.values import merge_domains

        cur = self.columns.get((table, col))
        if cur is None:
            self.columns[(table, col)] = spec
            return
        changes: dict[str, Any] = {k: getattr(spec, k) for k in ("provider", "weights", "null_rate", "unique")
                                   if getattr(spec, k) is not None}
        if cur.weights is not None and spec.weights is not None and dict(cur.weights) != dict(spec.weights):
            self.warnings.append(f"{table}.{col}: two value mixes for one column; the later one replaces the earlier "
                                 f"(say the shares in one phrase: '80% paid, 10% void')")
        if spec.domain is not None:
            changes["domain"] = spec.domain if cur.domain is None else merge_domains(cur.domain, spec.domain)
            lo, hi = changes["domain"].low, changes["domain"].high
            if lo is not None and hi is not None and (lo.value > hi.value or (
                    lo.value == hi.value and not (lo.inclusive and hi.inclusive))):
                raise ScopeError(f"{table}.{col}: two wishes together leave no value", subject=f"{table}.{col}",
                                 hint="the scope asks for ranges or time windows that do not overlap")
        if spec.params:
            changes["params"] = {**cur.params, **spec.params}
        self.columns[(table, col)] = replace(cur, **changes)

    def fk(self, table: QualifiedName, col: str, **changes: Any) -> None:
        self.fks[(table, col)] = replace(self.fks.get((table, col), FkSpec()), **changes)


_NAME_FIELDS = ("table", "child", "parent", "base", "column", "other", "tables")


def _quote_unread(st: _State, item: Item) -> None:
    """A word said where a table or column is named that the schema does not explain ("zorblax"
    of "zorblax users") is quoted back: matching a name by one of its words must not drop the
    others silently (issue 11)."""
    if isinstance(item, Range):  # "put into service 2018 through 2024": a window of years (``windows``)
        item = windows.years_window(item, st.schema) or item
    read = windows.verb_words(item, st.schema) if isinstance(item, Window) else set()
    said: list[tuple[str, str]] = []
    for name in _NAME_FIELDS:
        value = getattr(item, name, None)
        said += [(name, v) for v in (list(value) if isinstance(value, tuple) else [value] if isinstance(value, str) else [])]
    g = grounding(st.schema)
    for name, words in said:
        if name == "column" and isinstance(item, Window) and windows.said_by_verb(item, st.schema):
            continue  # "deliveries received in 2024": the table's one moment (``windows``)
        # where a table is named, a word for what a column holds is a condition nobody reads ("expensive orders")
        rows = isinstance(item, Count | Fanout | Spread | Ratio) and name in ("table", "child", "parent", "base")
        explained = g.explains_row_name if rows else g.explains
        if name in ("table", "child", "parent", "base", "tables") and tablescore.scored_table(st.schema, words.lower().replace(" ", "_")) is not None:
            continue  # "we only want the lighthouses": the whole word read as one table (``tablescore``), and told
        for w in re.split(r"[\s_]+", words.lower()):
            warning = f"could not place {w!r} (in {item.phrase!r})"
            if name == "column" and (w in read or isinstance(item, Range) and singular(w) in values.MONEY_NOUNS):
                continue  # (a money noun names a row's own amount: ``values.range_columns``)
            if name == "table" and isinstance(item, Range) and re.search(rf"\bper {re.escape(w)}$", item.phrase.lower()):
                continue  # "bottle counts between 600 and 4000 per run": each row's (``values.range_columns``)
            if not explained(w) and warning not in st.warnings:
                st.warnings.append(warning)


def resolve(scope: Scope, schema: Schema, *, existing: Mapping[QualifiedName, int] | None = None,
            base: PlanOptions | None = None) -> Resolution:
    """Match a scope to a schema.

    Args:
        scope: the parsed scope.
        schema: the schema it is about.
        existing: rows already in each table ("at least 500 orders" adds only what is missing).
        base: the options from flags; its ``tables`` decide which tables a phrase without a
            table name is about.
    """
    from seedbed.scope.tablescore import request

    with request(scope.text):  # a word a table's place holds is read against the whole request (``tablescore``)
        return _resolve(scope, schema, existing, base)


def _resolve(scope: Scope, schema: Schema, existing: Mapping[QualifiedName, int] | None,
             base: PlanOptions | None) -> Resolution:
    st = _State(schema=schema, existing=existing or {}, base=base or PlanOptions())
    items = list(enumerate(scope.items))
    # Selections and counts first (phrases without a table name are about the selection), then
    # "keep everything else", then the rest; the explanation keeps the order the user said them in.
    def phase(item: Item) -> int:
        if isinstance(item, Select | Exclude | Count):
            return 0
        return 1 if isinstance(item, Ratio) else 2 if isinstance(item, Keep) else 3

    for i, item in sorted(items, key=lambda x: (phase(x[1]), x[0])):
        quoted = len(st.warnings)
        _quote_unread(st, item)
        meaning, applied = _resolve_item(st, item)
        st.warnings[quoted:] = [w for w in st.warnings[quoted:] if not _read_meanwhile(w, st.notes)]
        st.understood.append((i, Understood(phrase=item.phrase, item=item.brief(), meaning=meaning, applied=applied)))
        if not applied:
            quoted = item.text if isinstance(item, Unsupported) else item.phrase
            st.warnings.append(f"not applied yet: {quoted!r}: {meaning}")
    for frag in scope.unplaced:
        st.warnings.append(f"could not place {frag!r}")
    _empty_dependants(st)
    for child, why in st.fanned.items():
        if child in st.per:
            st.warnings.append(f"{child}: the fan-out ({why}) decides its rows; the count {st.counted[child]!r} is ignored")
            del st.per[child]
    implied_counts(st)
    blank_references(st)
    if st.tables and not st.base.tables:
        chosen = set(st.concerned())
        for t in st.per:
            if t not in chosen:
                st.tables.append(t)
                st.notes.append(f"{t} added to the selection: the scope gives it a row count")
    if st.tables or st.base.tables:
        chosen = set(st.concerned())
        for t in dict.fromkeys(t for t, _ in list(st.fks) + list(st.columns)):
            if t not in chosen:
                st.warnings.append(f"{t} is not selected: what the scope asks of it does nothing")
    opts = PlanOptions(
        rows=st.rows, rows_per_table={str(t): n for t, n in st.per.items()}, tables=tuple(map(str, st.tables)),
        exclude=tuple(map(str, st.exclude)), columns={f"{t}.{c}": s for (t, c), s in st.columns.items()},
        fks={f"{t}.{c}": s for (t, c), s in st.fks.items()}, locale=st.locale, domain_pack=st.pack,
        theme=tuple(st.theme), after=tuple(dict.fromkeys(st.after)), within=tuple(dict.fromkeys(st.within)),
        rules=tuple(dict.fromkeys(st.rules)),
        spans=tuple(dict.fromkeys(st.spans)))
    understood = tuple(u for _, u in sorted(st.understood, key=lambda x: x[0]))
    return Resolution(options=opts, understood=understood, warnings=tuple(dict.fromkeys(st.warnings)),
                      notes=tuple(st.notes), key_checks=tuple(st.checks))


def _read_meanwhile(warning: str, notes: list[str]) -> bool:
    """Whether a word quoted as unread was read as a table while its phrase was resolved ("500 invoices": the note
    "'invoices' is sls_inv (sls_inv is its name clipped)" tells the reading; quoting the word too would say it was
    dropped)."""
    m = re.fullmatch(r"could not place ('[^']+') \(in .*\)", warning, flags=re.S)
    return m is not None and any(n.startswith(f"{m.group(1)} is ") for n in notes)


def _resolve_item(st: _State, item: Item) -> tuple[str, bool]:
    handler = _HANDLERS[type(item)]
    return handler(st, item)


def _select(st: _State, item: Select) -> tuple[str, bool]:
    chosen = [st.table(t) for t in item.tables]
    for s in item.schemas:
        in_schema = [t.name for t in st.schema.tables if t.name.schema.lower() == norm(s)]
        if not in_schema:
            in_schema = [t.name for t in st.schema.tables if t.name.name.lower().startswith(norm(s) + "_")]
        if not in_schema:
            schemas = sorted({t.name.schema for t in st.schema.tables})
            raise ScopeError(f"no schema {s!r} (and no table named {s}_...)", subject=s,
                             hint="schemas: " + ", ".join(schemas))
        chosen += in_schema
    for t in chosen:
        if t not in st.tables:
            st.tables.append(t)
    populated = [n for n, r in st.existing.items() if r > 0]
    pulled = required_parents(st.schema, st.tables, populated)
    text = "only " + ", ".join(map(str, chosen))
    if pulled:
        text += "; required parents pulled in: " + "; ".join(f"{p} ({why})" for p, why in pulled.items())
    return text, True


def _exclude(st: _State, item: Exclude) -> tuple[str, bool]:
    out = []
    for word in item.tables:
        for t in tables_named_after(st.schema, word):
            if t not in st.exclude:
                st.exclude.append(t)
                out.append(str(t))
    return "leave out " + ", ".join(out), True


def _count(st: _State, item: Count) -> tuple[str, bool]:
    if item.table is None:
        st.rows = item.rows
        return f"{item.rows} rows in every table", True
    t = st.table(item.table)
    rows, text = item.rows, f"{t}: {item.rows} rows"
    if item.at_least:
        have = st.existing.get(t, 0)
        rows = max(0, item.rows - have)
        text = f"{t}: at least {item.rows} in all ({have} exist, {rows} more)"
    st.per[t] = rows
    st.counted[t] = item.phrase
    return text, True


def _ratio(st: _State, item: Ratio) -> tuple[str, bool]:
    from seedbed.planning.planner import DEFAULT_ROOT_ROWS

    table, base = st.table(item.table), st.table(item.base)
    have, why = st.per.get(base), ""
    if have is None:
        have = st.rows if st.rows is not None else DEFAULT_ROOT_ROWS
        why = f" ({base} has no count in the scope: {have} taken)"
    rows = max(1 if item.factor > 0 and have > 0 else 0, round(have * item.factor))  # "a store per 500": never none
    st.per[table] = rows
    st.counted[table] = item.phrase
    return f"{table}: {rows} rows, {item.factor:g} x the {have} of {base}{why}", True


def _parents(st: _State, item: Parents) -> tuple[str, bool]:
    return "required parents are pulled in (they always are, and named)", True


def _within(st: _State, item: Within) -> tuple[str, bool]:
    found, text = within_columns(item, st.schema, [st.table(item.table)] if item.table else st.concerned())
    if item.low is not None:  # "delivered 1-7 days after pick-up": a span between the two moments
        st.spans += [(table, col, other, item.low, hours) for table, col, other, hours in found]
        return text.replace(" at most ", f" at least {item.low:g} and at most "), True
    st.within += found
    return text, True


def _empty_dependants(st: _State) -> None:
    """A table counted 0 ("40 users, 0 orders") empties the tables that cannot exist without it
    (a NOT NULL foreign key to it, transitively); nothing else changes. One of them counted above 0
    is a contradiction, said as an error."""
    empty = [t for t, n in st.per.items() if n == 0]
    seen = set(empty)
    while empty:
        parent = empty.pop()
        for table in st.schema.tables:
            if table.name in seen:
                continue
            needs = [fk for fk in table.foreign_keys if fk.ref_table == parent and fk.ref_table != table.name
                     and not all(table.column(c).nullable for c in fk.columns)]
            if not needs:
                continue
            if st.per.get(table.name, 0) > 0 or table.name in st.fanned:
                raise ScopeError(f"{table.name} cannot have rows: {parent} is to be empty and "
                                 f"{table.name}.{','.join(needs[0].columns)} needs a {parent} row",
                                 subject=str(table.name), hint=f"give {parent} rows, or {table.name} none")
            st.per[table.name] = 0
            st.counted[table.name] = st.counted.get(parent, "")
            st.notes.append(f"{table.name}: 0 rows (it needs rows in {parent}, which is to be empty)")
            seen.add(table.name)
            empty.append(table.name)


def _keep(st: _State, item: Keep) -> tuple[str, bool]:
    if st.tables or not st.per:
        return "nothing else changes", True
    st.tables = list(st.per)
    return (f"only {', '.join(map(str, st.tables))} is seeded; other tables keep their rows "
            "(empty required parents are pulled in)"), True


def _link_table(schema: Schema, child: QualifiedName, parent: QualifiedName) -> QualifiedName | None:
    """The table that links ``child`` to ``parent`` when neither refers to the other ("each film has
    3-6 actors" through ``film_actor``): one with an FK to each, else None."""
    if any(fk.ref_table == parent for fk in schema.table(child).foreign_keys):
        return None
    links = [t for t in schema.tables if t.name not in (child, parent)
             and {fk.ref_table for fk in t.foreign_keys} >= {child, parent}]
    if len(links) > 1:  # a pure link table first: its key is made of its foreign keys (watchers, film_actor)
        fk_cols = [{c for fk in t.foreign_keys for c in fk.columns} for t in links]
        links = [t for t, cols in zip(links, fk_cols)
                 if t.primary_key is not None and set(t.primary_key.columns) <= cols] or links
    return links[0].name if len(links) == 1 else None


def _verb_table(st: _State, item: Fanout, child: QualifiedName, parent: QualifiedName) -> QualifiedName:
    """"every account watches 1-5 issues": the table the verb names (watchers) when it joins the two,
    else the verb is quoted back (never read as the child's own reference to the parent silently)."""
    from seedbed.scope.ground import stem

    said = stem(item.verb or "")
    for t in st.schema.tables:
        refs = {fk.ref_table for fk in t.foreign_keys}
        # it refers to the parent, and to the child directly or through one table ("rents films": rental -> inventory -> film)
        near = refs | {r for ref in refs for r in (fk.ref_table for fk in st.schema.table(ref).foreign_keys)}
        if t.name not in (child, parent) and parent in refs and child in near and any(
                stem(p).startswith(said) or said.startswith(stem(p)) for p in t.name.name.lower().split("_") if len(p) >= 4):
            return t.name
    st.warnings.append(f"could not place {item.verb!r} (in {item.phrase!r}): no table it names joins {child} and {parent}")
    return child


def _fanout(st: _State, item: Fanout) -> tuple[str, bool]:
    try:
        parent = st.table(item.parent)
        child = st.table(item.child, related=parent)
        via = _link_table(st.schema, child, parent)
        refers = any(fk.ref_table == parent for fk in st.schema.table(child).foreign_keys)
        if via is None and item.implied and not refers and any(
                fk.ref_table == child for fk in st.schema.table(parent).foreign_keys):
            # "customers with their addresses" where customer.address_id -> address: a required parent.
            return f"{parent} rows come with their {child} rows (a required parent, always seeded)", True
        child = via or child
        if item.verb and via is None:
            child = _verb_table(st, item, child, parent)
        if not item.implied and not any(fk.ref_table == parent for fk in st.schema.table(child).foreign_keys):
            return through(st, item, child, parent)
        fk = fk_between(st.schema, child, parent, item.parent)
    except ScopeError as exc:
        # "80 candidates, each with a nationality": one of a thing no table is (an attribute the schema lacks),
        # quoted back with the rest of the request applied (brief s26)
        if item.implied or (item.low == item.high == 1 and exc.subject == item.child and exc.message.startswith("no table")):
            return f"{item.child!r} per {item.parent!r}: {exc.message}", False
        raise
    if item.implied and any(set(u.columns) <= set(fk.columns) for u in st.schema.table(child).unique_keys):
        # "patrons with their preferences" where preferences.patron_id is the key: one each (a 1:1 child)
        item = replace(item, low=1, high=1)
    st.fk(child, fk.columns[0], fanout=(item.low, item.high))
    avg = f" (about {item.average:g} on average)" if item.average is not None else ""
    why = f"{item.low}-{item.high} per {parent} row"
    text = f"{child}: {why}{avg} through {child}.{','.join(fk.columns)}"
    per_parent = (item.low + item.high) / 2
    if item.low == item.high and child in st.per and st.per.get(parent, 0) * item.low == st.per[child]:
        del st.per[child]  # "8 teachers, 24 courses (3 per teacher)": the count agrees with the fan-out
    if (child in st.per and parent not in st.per and not st.existing.get(parent) and st.rows is None
            and per_parent > 0 and via is None):
        # "500 products, 25 per category": the parents the count needs (20), the count kept.
        st.per[parent] = max(1, math.ceil(st.per.pop(child) / per_parent))
        st.counted[parent] = item.phrase
        text += f"; {parent}: {st.per[parent]} rows, so that {child} come to the count asked"
    st.fanned[child] = why
    return text, True


def _spread(st: _State, item: Spread) -> tuple[str, bool]:
    parent = st.table(item.parent)
    child = st.table(item.child, related=parent)
    child = _link_table(st.schema, child, parent) or child
    fk = fk_between(st.schema, child, parent, item.parent)
    st.fk(child, fk.columns[0], parents=item.parents)
    text = f"{child} spread over {item.parents} rows of {parent} ({child}.{','.join(fk.columns)})"
    if parent not in st.per and not st.existing.get(parent) and st.rows is None:
        st.per[parent] = item.parents
        st.counted[parent] = item.phrase
        text += f"; {parent}: {item.parents} rows"
    return text, True


def _columns(st: _State, found: values.Found) -> None:
    for (t, c), spec in found.items():
        st.column(t, c, spec)


def _mix(st: _State, item: Mix) -> tuple[str, bool]:
    found, text, quoted, applied = guarded_mix(item, st.schema, st.concerned(), st.fold)  # words no column holds
    st.warnings.extend(w for w in quoted if w not in st.warnings)
    for key in list(found):
        earlier = st.mixes.get(key)
        merged = values.merge_mixes(earlier, item, st.schema.table(key[0]), key[1], st.fold) if earlier else None
        if merged is not None:  # "mostly order confirmations, no password resets": both hold
            st.mixes[key] = merged[0]
            st.columns[key] = replace(st.columns[key], weights=merged[1])
            del found[key]
            text += f" (with {earlier.brief()!r})"
        else:
            st.mixes[key] = item
    _columns(st, found)
    return text, applied


def _range(st: _State, item: Range) -> tuple[str, bool]:
    try:
        found, text = values.range_columns(item, st.schema, st.concerned(), st.fold)
    except ScopeError as exc:
        years = windows.years_window(item, st.schema)  # "put into service 2018 through 2024": a window of years
        if years is not None:
            try:
                return _window(st, years)
            except ScopeError:
                raise exc from None
        # "appointments lasting under an hour" with no duration column: between its start and its end
        if item.table and not grounding(st.schema).is_table(item.table):
            raise
        pair = pair_length(item, st.schema, [st.table(item.table)] if item.table else st.concerned())
        if pair is None:
            raise
        st.within += pair[0]
        st.spans += pair[1]
        return pair[2], True
    _columns(st, found)
    return text, True


def _age(st: _State, item: Age) -> tuple[str, bool]:
    """An age at "now": a window of the table's birth date, else a range of its age column."""
    table = st.schema.table(st.table(item.table))
    said = age_window(item, table)
    if said is None:
        raise no_age(item, table)
    return _window(st, said) if isinstance(said, Window) else _range(st, said)


def _window(st: _State, item: Window) -> tuple[str, bool]:
    found, text = windows.window_columns(item, st.schema, st.concerned(), st.fold)
    _columns(st, found)
    return (f"{item.label}: {text}" if item.label else text), bool(found)


def _domain(st: _State, item: Domain) -> tuple[str, bool]:
    from seedbed.generate.intent import DOMAINS

    if item.pack not in DOMAINS:
        raise ScopeError(f"unknown domain pack {item.pack!r}", subject=item.pack, hint="packs: " + ", ".join(DOMAINS))
    st.pack = item.pack
    return f"vocabulary of the {item.pack} domain pack", True


def _theme(st: _State, item: Theme) -> tuple[str, bool]:
    from seedbed.generate.realistic.catalog import categories

    keys, unknown = theme_categories(item.categories)
    known = ", ".join(c.key for c in categories())
    if not keys:  # the warning "not applied yet" quotes the phrase and says why
        return f"no product category is called {' or '.join(map(repr, unknown))} (categories: {known})", False
    for word in unknown:
        st.warnings.append(f"product theme: no product category is called {word!r} (categories: {known}); "
                           f"{', '.join(keys)} applied")
    st.theme = [k for k in dict.fromkeys(st.theme + list(keys))]
    labels = {c.key: c.label for c in categories()}
    shown = " and ".join(labels[k] for k in keys)
    return (f"every product from the {shown} categor{'ies' if len(keys) > 1 else 'y'} of the e-commerce vocabulary "
            f"(names, brands, descriptions, prices, attributes); category names are {shown} and "
            f"{'their' if len(keys) > 1 else 'its'} sub-categories"), True


def _business(st: _State, item: Business) -> tuple[str, bool]:
    what = f"{item.size} companies" if item.size else "companies"
    try:
        name = st.table(item.table)
    except ScopeError as exc:
        return f"{what}: {exc.message}", False
    found, done, skipped = business_columns(st.schema, st.schema.table(name), item.size, st.fold)
    _columns(st, found)
    if not done:
        return (f"{name} rows as {what}: {name} has no name, size, employees, tier, plan, segment or type column "
                f"to make companies of" + "".join(f"; {x}" for x in skipped)), False
    text = f"{name} rows are {what}: " + "; ".join(done + skipped)
    sized = any(s.domain is not None or (s.weights and not all(isinstance(k, bool) for k in s.weights))
                for s in found.values())
    if item.size and not sized:
        text += f" (no company-size, employees, tier, plan or segment column to say {item.size!r} in)"
    return text, True


def _after(st: _State, item: TimeAfter) -> tuple[str, bool]:
    from seedbed.planning.timeline import anchor_of

    parent = st.table(item.parent)
    referencing = [t.name for t in st.schema.tables
                   if t.name != parent and any(fk.ref_table == parent for fk in t.foreign_keys)]
    named = st.table(item.table, related=parent) if item.table else None
    if named in referencing:
        children = [named]
    else:  # no table named, or one carried from an earlier phrase that does not reference the parent
        if named is not None:
            st.warnings.append(f"{named} has no foreign key to {parent}: {item.phrase!r} applies to the tables "
                               f"that reference {parent}")
        concerned = set(st.concerned())
        children = [t for t in referencing if t in concerned] or referencing
    p_anchor = anchor_of(st.schema.table(parent), forced=True)
    if p_anchor is None:
        return f"{parent} has no date or timestamp column for its rows' times to follow", False
    done, skipped = [], []
    for child in children:
        table = st.schema.table(child)
        fk = next(f for f in table.foreign_keys if f.ref_table == parent)
        cols = column_matches(table, item.column) if item.column else []
        col = cols[0] if cols else anchor_of(table, forced=True)
        if col is None:
            skipped.append(f"{child} has no date or timestamp column")
            continue
        st.after.append((str(child), str(parent), col))
        done.append(f"{child}.{col} after {parent}.{p_anchor} of the {parent} row {child}.{','.join(fk.columns)} "
                    f"points at")
    if not done:
        return "; ".join(skipped) or f"no table references {parent}", False
    return "; ".join(done + skipped), True


def _unsupported(st: _State, item: Unsupported) -> tuple[str, bool]:
    return item.reason, False


_HANDLERS: dict[type, Any] = {
    Select: _select, Exclude: _exclude, Count: _count, Keep: _keep, Fanout: _fanout, Spread: _spread,
    ParentKeys: parent_keys, Orphans: orphans, Mix: _mix, Range: _range, Window: _window, Locale: resolve_locale,
    Domain: _domain, Theme: _theme, Business: _business, TimeAfter: _after, Unsupported: _unsupported,
    Ratio: _ratio, Parents: _parents, Within: _within, Events: resolve_events, Nulls: resolve_nulls,
    Implies: resolve_implies, Age: _age,
}
