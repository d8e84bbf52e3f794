"""Schema + options -> Plan: which tables, how many rows, which generator for every column and why."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace as dataclass_replace

from seedbed.errors import DomainTooSmall, UnsatisfiableConstraint, UnsupportedType
from seedbed.generate.usual import usual_default
from seedbed.model import Check, Column, ColumnDomain, QualifiedName, Schema, Table, TableDomains, TypeKind
from seedbed.planning.aggregates import add_aggregates
from seedbed.planning.remarks import settled_remarks
from seedbed.planning.cases import feasible_cases, refuse_unsatisfiable
from seedbed.planning.diamonds import add_diamonds
from seedbed.planning.events import add_event_streams, is_event_store
from seedbed.planning.graph import build_graph, fk_nullable, refuse_late_keys, required_parents, without_dependants
from seedbed.planning.inheritance import share_tree_keys
from seedbed.planning.meaning import column_intent, detect_domain, domain_reason, value_reason
from seedbed.planning.polymorphic import add_polymorphic, poly_edges
from seedbed.planning.ordinals import numbering_plan, ordinal_named, ordinal_radix, ordinal_step
from seedbed.planning.unique import Probe, fit_unique_intents
from seedbed.planning.timeline import add_timelines
from seedbed.planning.triggers import read_trigger_rules, trigger_notes
from seedbed.planning.nullrates import NULL_RATE, detail_null_rate, fk_null_rate, moment_null_rate
from seedbed.planning.model import (
    ColumnPlan,
    ComboPart,
    ComboPlan,
    ExclusionPlan,
    FkPlan,
    Gen,
    PartialPlan,
    Plan,
    TablePlan,
    TableState,
)
from seedbed.planning.rowpeople import row_people
from seedbed.planning.options import ColumnSpec, FkSpec, PlanOptions
from seedbed.planning.exclusion import as_unique_keys, plan_exclusions
from seedbed.planning.partial import conflicts, plan_partial, read_predicate, still_valid
from seedbed.planning.select import find_table, resolve_tables
from seedbed.planning.states import add_states
from seedbed.planning.wishes import TableWishes, fanout_counts, fit_fk_wishes, narrow, resolve, weights_fit

__all__ = ["ColumnSpec", "FkSpec", "PlanOptions", "plan_seed"]

DEFAULT_ROOT_ROWS = 100
DEFAULT_FANOUT = 3
DEFAULT_MAX_ROWS = 1000
INT_MAX = {16: 2**15 - 1, 32: 2**31 - 1, 64: 2**63 - 1}


def _fold(table: Table) -> TableDomains:
    from seedbed.solve.checks import fold_table

    return fold_table(table)


def _cardinality(column: Column, domains: TableDomains) -> int | None:
    from seedbed.generate.values import cardinality

    return cardinality(column, domains.column(column.name))


def _int_sequence_like(table: Table, col: Column) -> bool:
    if col.type.kind is not TypeKind.INTEGER or col.type.is_array:
        return False
    if col.identity or col.sequence is not None:
        return True
    pk = table.primary_key
    return pk is not None and pk.columns == (col.name,)


def _only_bounds(dom: ColumnDomain) -> bool:
    """Whether a sequence (start + i) can serve: nothing narrows the column but a range."""
    return dom.allowed is None and not dom.alternatives and not dom.excluded and not dom.always_null


def plan_seed(schema: Schema, options: PlanOptions,
              state: Mapping[QualifiedName, TableState] | None = None) -> Plan:
    """Build the plan. Raises PlanError subclasses for what no data can satisfy. Names are read in the
    language the schema is named in (``intent.languages``: a German schema's ``land`` is a country), its clipped
    words preferring the schema's own words (``seedbed.clips``)."""
    from seedbed.clips import schema_words
    from seedbed.generate.intent.languages import detect, reading

    with reading(detect(schema)[0]), schema_words(schema_own_words(schema)):
        return _plan_seed(schema, options, state)


def schema_own_words(schema: Schema) -> frozenset[str]:
    """The words of a schema's table and column names (``clips.own_words``)."""
    from seedbed.clips import own_words

    return own_words([t.name.name for t in schema.tables] + [c.name for t in schema.tables for c in t.columns])


def _plan_seed(schema: Schema, options: PlanOptions, state: Mapping[QualifiedName, TableState] | None) -> Plan:
    if options.rules:  # the seed's own CHECKs (``seedbed.rules``), folded like the schema's
        from seedbed.rules import with_rules

        schema = with_rules(schema, options.rules)
    state = state or {}
    notes: list[str] = []
    selected, explicit_rows = resolve_tables(schema, options.tables, options.exclude, options.rows_per_table)
    wishes = fit_fk_wishes(schema, resolve(schema, options), notes)
    pack = options.domain_pack or detect_domain(schema)
    populated = [n for n, s in state.items() if s.rows > 0 and not options.truncate]
    if options.exclude and not options.tables:  # what needs an excluded table is left out with it, with a note
        selected, left = without_dependants(schema, selected, [find_table(schema, t) for t in options.exclude],
                                            populated)
        notes += left
    pulled = required_parents(schema, selected, populated)
    for name, why in pulled.items():
        notes.append(f"pulled in {name}: required parent of {why}")
    chosen = list(selected) + [p for p in pulled if p not in selected]
    refs = [(w_table, _ref_parent(spec.params)) for w_table, w in wishes.items()
            for spec in w.columns.values() if spec.provider == "ref" and spec.params.get("keys") is None]
    graph = build_graph(schema, chosen, after=refs + poly_edges(schema, chosen, options.polymorphic))


    def existing(name: QualifiedName) -> TableState:
        return TableState() if options.truncate and name in chosen else state.get(name, TableState())

    # Requested rows first (independent of caps), then caps in load order.
    requested: dict[QualifiedName, tuple[int, str]] = {}
    for name in graph.order:
        fanned = _fanout_rows(schema, name, wishes.get(name), requested, existing, options.seed)
        if fanned is not None and name not in explicit_rows:
            requested[name] = fanned
        elif name in explicit_rows:
            requested[name] = (explicit_rows[name], "--rows for this table")
        elif options.rows is not None:
            requested[name] = (options.rows, "--rows")
        else:
            parents = [requested[p][0] for p in graph.parents(name) if p in requested]
            if not parents:
                requested[name] = (DEFAULT_ROOT_ROWS, "default for a table without parents")
            else:
                n = min(DEFAULT_MAX_ROWS, max(parents) * DEFAULT_FANOUT)
                requested[name] = (n, f"default: {DEFAULT_FANOUT} per parent row, at most {DEFAULT_MAX_ROWS}")

    broken = {(e.child, e.fk.name) for c in graph.components for e in c.broken}
    refuse_late_keys(schema, graph.components)
    place = _place(schema, options)
    probe = Probe(seed=options.seed, locale=options.locale or (place and place.locale), theme=tuple(options.theme))
    base_notes = list(notes)
    # A child sized before its parent (the back-edge of a cycle) reads the parent's requested
    # rows; when the parent is then capped, the child's 1:1 picks or distinct tuples would run past
    # the parent's rows. Plan again with the rows the previous pass settled on until every FK sees
    # its parent's final size (caps only shrink, so this ends; one pass without cycles).
    settled: dict[QualifiedName, int] = {}
    for _ in range(8):
        notes[:] = base_notes
        final_rows: dict[QualifiedName, int] = dict(settled)
        tables: dict[QualifiedName, TablePlan] = {}
        for comp in graph.components:
            for name in comp.tables:
                table = schema.table(name)
                rows, reason = requested[name]
                tp = _plan_table(schema, table, rows, reason, existing(name), explicit=name in explicit_rows,
                                 chosen=set(chosen), final_rows=final_rows, requested=requested,
                                 existing_of=existing, broken=broken, notes=notes,
                                 wishes=wishes.get(name, TableWishes()), pack=None if options.plain else pack,
                                 probe=probe, forced=options.domain_pack is not None)
                if name in pulled:
                    tp = dataclass_replace(tp, pulled_in=pulled[name])
                final_rows[name] = tp.rows
                tables[name] = tp
        if not _parents_resized(tables, existing):
            break
        settled = {n: tp.rows for n, tp in tables.items()}
    tables = share_tree_keys(schema, tables, existing, notes)
    tables = add_timelines(schema, tables, [(find_table(schema, c), find_table(schema, p), col)
                                            for c, p, col in options.after],
                           within=[(find_table(schema, t), c, o, h) for t, c, o, h in options.within],
                           spans=[(find_table(schema, t), c, o, lo, hi) for t, c, o, lo, hi in options.spans])
    tables = add_diamonds(schema, tables, notes)
    tables = settled_remarks(add_aggregates(schema, tables, notes))  # a remark quotes no rewritten amount
    tables = add_states(schema, tables, existing, notes)
    tables = add_event_streams(schema, tables, options.events, notes)
    tables = add_polymorphic(schema, tables, {n: existing(n).rows for n in state}, options.polymorphic, notes)
    tables = read_trigger_rules(schema, tables)
    notes += trigger_notes(schema, tables)
    return Plan(seed=options.seed, graph=graph, tables=tables, notes=tuple(notes), truncate=options.truncate,
                domain_pack=pack, domain_reason=domain_reason(schema, pack, options),
                locale=options.locale, place=place, theme=tuple(options.theme))


def _place(schema: Schema, options: PlanOptions):  # type: ignore[no-untyped-def]
    """Where the rows live (one country and metro area, or many: ``realistic.where``); None for ``--plain``."""
    if options.plain:
        return None
    from seedbed.generate.realistic.where import decide

    return decide(schema, options.seed, options.locale)


def _parents_resized(tables: Mapping[QualifiedName, TablePlan], existing_of) -> bool:
    """Whether some FK was planned for a parent size other than the parent's final one."""
    for tp in tables.values():
        for fk in tp.fks:
            if fk.self_reference or fk.parent_keys is not None or fk.parent not in tables:
                continue
            if fk.parent_rows != existing_of(fk.parent).rows + tables[fk.parent].rows:
                return True
    return False


def _ref_parent(params: Mapping) -> QualifiedName:
    schema, _, name = str(params["table"]).rpartition(".")
    return QualifiedName(schema=schema or "public", name=name)






def _fanout_rows(schema: Schema, name: QualifiedName, wishes: TableWishes | None,
                 requested: Mapping[QualifiedName, tuple[int, str]], existing_of, seed: int) -> tuple[int, str] | None:
    """Rows of a table whose FK has a fan-out wish: the sum of the children per parent."""
    if wishes is None:
        return None
    table = schema.table(name)
    for fk in table.foreign_keys:
        spec = wishes.fks.get(fk.name)
        if spec is None or spec.fanout is None:
            continue
        parents = requested.get(fk.ref_table, (0, ""))[0] + existing_of(fk.ref_table).rows
        if spec.parent_keys is not None:
            parents = len(spec.parent_keys)
        if spec.parents is not None:
            parents = min(parents, spec.parents)
        low, high = spec.fanout
        total = int(fanout_counts(seed, name, fk, parents, low, high).sum())
        return total, f"{low}-{high} per {fk.ref_table} row over {parents} parents"
    return None


def _plan_table(schema: Schema, table: Table, rows: int, reason: str, st: TableState, *, explicit: bool,
                chosen: set[QualifiedName], final_rows: dict[QualifiedName, int],
                requested: Mapping[QualifiedName, tuple[int, str]], existing_of, broken: set,
                notes: list[str], wishes: TableWishes, pack: str | None, probe: Probe, forced: bool = False,
                plain_keys: frozenset[str] = frozenset()) -> TablePlan:
    asked = (rows, reason, len(notes))
    extra = [k for k in as_unique_keys(table) if k not in table.uniques] if table.exclusions else []
    if extra:  # EXCLUDE (id WITH =): a unique key
        table = dataclass_replace(table, uniques=table.uniques + tuple(extra))
    domains = narrow(_fold(table), wishes.columns)
    if domains.unsatisfiable:
        refuse_unsatisfiable(table, domains)

    def cap(limit: int, why: str, column: str | None = None) -> None:
        nonlocal rows, reason
        if rows > limit:
            if explicit:
                raise DomainTooSmall(f"cannot make {rows} rows for {table.name}: {why} allows only {limit}",
                                     subject=f"{table.name}.{column}" if column else str(table.name),
                                     hint=f"ask for at most {limit} rows")
            notes.append(f"{table.name}: {rows} rows capped at {limit} ({why})")
            rows, reason = limit, f"capped: {why}"

    # --- foreign keys: parent sizes, distinct (1:1) picks, self references.
    # A partial unique index whose predicate is read does not make its FK 1:1: the unique-key
    # loop below keeps it row by row, or falls back to distinct tuples (the same cap).
    self_cols = {c for f in table.foreign_keys if f.ref_table == table.name for c in f.columns}
    unique_sets = [set(k.columns) for k in table.unique_keys
                   if not (k.predicate and not k.expressions and not st.rows and not set(k.columns) & self_cols
                           and read_predicate(k.predicate, table))]
    fk_plans: list[FkPlan] = []
    fk_of_column: dict[str, str] = {}
    # Other tables' FKs first: a composite self-reference sharing a column with one (``(restaurant_id,
    # combinable_with) -> dining_tables (restaurant_id, table_no)``) picks among the rows of its row's group.
    for fk in sorted(table.foreign_keys, key=lambda f: (f.ref_table == table.name, -len(f.columns))):
        shared = tuple(c for c in fk.columns if c in fk_of_column)
        if shared and (len(shared) == len(fk.columns) or fk.match_full):
            notes.append(f"{table.name}: FK {fk.name} overlaps another FK's columns; its columns follow the first")
            continue
        parent_in_seed = fk.ref_table in chosen
        self_ref = fk.ref_table == table.name
        if self_ref:
            parent_rows = existing_of(table.name).rows  # plus earlier rows of this seed, per row
        elif parent_in_seed:
            new = final_rows.get(fk.ref_table, requested.get(fk.ref_table, (0, ""))[0])
            parent_rows = existing_of(fk.ref_table).rows + new
        else:
            parent_rows = existing_of(fk.ref_table).rows
        nullable = fk_nullable(table, fk) and not any(domains.column(c).not_null for c in fk.columns)
        if parent_rows == 0 and not self_ref and rows > 0:  # a table asked to stay empty needs no parent
            if not nullable:
                raise UnsatisfiableConstraint(
                    f"{table.name}.{','.join(fk.columns)} needs rows in {fk.ref_table}, which is empty and not seeded",
                    subject=f"{table.name}.{fk.name}", hint=f"seed {fk.ref_table} too (remove it from --exclude)")
        distinct = any(set(fk.columns) == u for u in unique_sets)
        want = wishes.fks.get(fk.name, FkSpec())
        if want.parent_keys is not None:
            parent_rows = len(want.parent_keys)
        # A 1:1 FK takes each parent at most once: its fan-out (at most 1, see fit_fk_wishes)
        # only sized the table, and a spread over fewer parents bounds the rows.
        fanout = None if distinct and not self_ref else want.fanout
        reachable = parent_rows if want.parents is None else min(parent_rows, want.parents)
        fk_plans.append(FkPlan(name=fk.name, columns=fk.columns, parent=fk.ref_table, ref_columns=fk.ref_columns,
                               parent_rows=parent_rows, self_reference=self_ref,
                               broken=(table.name, fk.name) in broken,
                               null_rate=fk_null_rate(nullable, want, wishes.columns.get(fk.columns[0])), distinct=distinct,
                               fanout=fanout, parent_keys=want.parent_keys, parents=want.parents,
                               orphans=fk.orphans if want.orphans is None else want.orphans, shared=shared))
        for c in fk.columns:
            fk_of_column.setdefault(c, fk.name)
        if distinct and not self_ref:
            spread = f" of the {reachable} asked for" if reachable < parent_rows else ""
            cap(max(0, reachable - st.rows), f"{','.join(fk.columns)} is UNIQUE: one row per {fk.ref_table} row{spread}"
                + (f", {st.rows} rows exist" if st.rows else ""))

    # --- unique keys: sequences, unique values, distinct tuples (combos).
    col_plans: dict[str, ColumnPlan] = {}
    unique_cols: set[str] = set()
    combos: list[ComboPlan] = []
    fk_by_name = {f.name: f for f in fk_plans}
    for col in table.columns:
        if col.generated:
            col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.SKIP, reason="generated column: computed by Postgres")
        elif (_int_sequence_like(table, col) and col.name not in fk_of_column
              and _only_bounds(domains.column(col.name))):
            dom = domains.column(col.name)
            start = max(1, st.max_values.get(col.name, 0) + 1)
            if dom.low is not None and isinstance(dom.low.value, int):
                start = max(start, dom.low.value + (0 if dom.low.inclusive else 1))
            high = INT_MAX.get(col.type.bits or 64, 2**63 - 1)
            if dom.high is not None and isinstance(dom.high.value, int):
                high = min(high, dom.high.value - (0 if dom.high.inclusive else 1))
            cap(max(0, high - start + 1), f"{col.name} runs from {start} to {high}")
            what = "identity" if col.identity else "serial" if col.sequence else "integer primary key"
            col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.SEQUENCE, provider="sequence", start=start,
                                             unique=True, reason=f"{what}: {start}, {start + 1}, ...")
            unique_cols.add(col.name)

    # A key is satisfied when one of its columns is unique alone (unique_cols) or when it
    # contains a set of columns whose tuples are distinct (a 1:1 FK, a combo).
    distinct_sets: list[set[str]] = [set(f.columns) for f in fk_plans if f.distinct]
    partials: list[PartialPlan] = []
    fallback: set[str] = set()  # partial indexes to plan again the plain way (unique everywhere)
    for key in sorted(table.unique_keys, key=lambda k: len(k.columns)):
        cols = [c for c in key.columns if c in {x.name for x in table.columns}]
        if not cols or any(c in unique_cols for c in cols) or any(d <= set(cols) for d in distinct_sets):
            continue
        fks_in = [f for f in fk_plans if set(f.columns) <= set(cols)]
        fk_cols = {c for f in fks_in for c in f.columns}
        free = [c for c in cols if c not in fk_cols and c not in fk_of_column
                and (c not in col_plans or col_plans[c].gen is Gen.VALUE)]
        # A free column that can hold `rows` distinct values makes the whole key unique by itself,
        # unless it counts a row's place within the key's parent (day 1, 2, ... of a tour).
        ordinal = ordinal_radix(table.column(free[0]), domains.column(free[0]), rows + st.rows,
                                fks_in[0].parent_rows, _cardinality(table.column(free[0]), domains), keyed=True) \
            if len(free) == 1 and len(fks_in) == 1 and not st.rows else None
        big = [c for c in free if _holds(_cardinality(table.column(c), domains), rows + st.rows)]
        if big and ordinal is None:
            # the column that numbers the rows (episode_number of (show_id, season, episode_number)),
            # not the first one able to (a season of 915); an integer one counts 1, 2, 3 (not 684)
            pick = next((c for c in big if ordinal_named(c)), big[0])
            unique_cols.add(pick)
            counted = numbering_plan(table.column(pick), domains.column(pick), st.max_values.get(pick, 0), key.name)
            if pick != big[0] and counted is not None and _only_bounds(domains.column(pick)) \
                    and not is_event_store(table):  # an event store's versions are its streams' (planning.events)
                col_plans[pick] = counted
            continue
        taken = [c for c in cols if col_plans.get(c) is not None and col_plans[c].gen is Gen.COMBO]
        if key.predicate and key.name not in plain_keys and _partial(table, key, domains, rows, st, fk_plans,
                                                                    fk_of_column, col_plans, partials, notes,
                                                                    fallback):
            continue
        if (taken or (not fks_in and not free)) and partials:
            fallback.update(p.key for p in partials)  # steering could cover rows of a key left to chance
        if taken or (not fks_in and not free):
            # Columns already tied to another distinct tuple, or owned by FKs that reach outside
            # the key: left to the data (a rare shape), noted so a failure is explained.
            notes.append(f"{table.name}: UNIQUE {key.name} is not unique by construction")
            continue
        parts = [ComboPart(fk=f.name, radix=max(1, f.parent_rows if not f.self_reference else rows)) for f in fks_in]
        for c in free:
            parts.append(ComboPart(column=c, radix=ordinal, ordinal=True,
                                   step=ordinal_step(table.column(c), domains.column(c), ordinal))
                         if ordinal is not None else
                         ComboPart(column=c, radix=_cardinality(table.column(c), domains) or 1))
        space = math.prod(p.radix for p in parts)
        idx = len(combos)
        combos.append(ComboPlan(key=key.name, parts=tuple(parts), space=space))
        cap(max(0, space - st.rows), f"{key.name} ({', '.join(cols)}) has {space} distinct combinations"
                                      + (f", {st.rows} rows exist" if st.rows else ""), ",".join(cols))
        for p in parts:
            for c in (fk_by_name[p.fk].columns if p.fk else (p.column,)):
                col_plans[c] = ColumnPlan(name=c, gen=Gen.COMBO, combo=idx, fk=p.fk, unique=False,
                                          reason=f"part of UNIQUE {key.name}: distinct tuples", provider="combo")
        distinct_sets.append(set(cols))

    # Fan-outs as the engine will draw them: over the parents' final rows, and within what a
    # distinct key tuple leaves per parent. Rows past the children counted would all go to the
    # last parent (a duplicate key when the FK leads a key).
    for i, f in enumerate(fk_plans):
        if f.fanout is None or f.self_reference:
            continue
        fan = f.fanout
        for combo in combos:
            part = next((p for p in combo.parts if p.fk == f.name), None)
            per = combo.space // max(part.radix, 1) if part is not None else None
            if per is not None and fan[1] > per:
                notes.append(f"{table.name}: {fan[0]}-{fan[1]} per {f.parent} row asked, but {combo.key} has "
                             f"{per} distinct combinations per {f.parent} row: at most {per}")
                fan = (min(fan[0], per), per)
        if fan != f.fanout:
            fk_plans[i] = f = dataclass_replace(f, fanout=fan)
            fk_by_name[f.name] = f
        if not explicit:
            parents = min(f.parent_rows, f.parents or f.parent_rows)
            children = int(fanout_counts(probe.seed, table.name, f.name, parents, *fan).sum())
            cap(children, f"{fan[0]}-{fan[1]} per {f.parent} row over its {parents} rows")

    for col in table.columns:
        if col.name in col_plans:
            continue
        dom = domains.column(col.name)
        if col.name in fk_of_column:
            f = fk_by_name[fk_of_column[col.name]]
            rate = f.null_rate
            why = f"FK {f.name} -> {f.parent}({','.join(f.ref_columns)})"
            if f.self_reference:
                why += ": tree-shaped, parents among earlier rows"
            elif f.parent_rows == 0:
                col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.NULL, reason=f"{why}: parent table is empty")
                continue
            if f.broken:
                why += " (filled after the parent is loaded)"
            col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.FK, fk=f.name, null_rate=rate, reason=why,
                                             provider="fk.distinct" if f.distinct else "fk.pick")
            continue
        if col.type.kind is TypeKind.OTHER:
            if col.nullable:
                col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.NULL, reason=f"type {col.type.sql_name} not supported yet: NULL")
            elif col.default is not None:
                col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.SKIP, reason=f"type {col.type.sql_name}: left to its DEFAULT")
            else:
                raise UnsupportedType(f"{table.name}.{col.name}: cannot generate values of type {col.type.sql_name}",
                                      subject=f"{table.name}.{col.name}",
                                      hint="give the column a DEFAULT, make it nullable, or --exclude the table")
            continue
        spec = wishes.columns.get(col.name, ColumnSpec())
        unique = col.name in unique_cols if spec.unique is None else (spec.unique or col.name in unique_cols)
        if unique:
            card = _cardinality(col, domains)
            if card is not None:
                cap(max(0, card - st.rows), f"{col.name} is UNIQUE and can take {card} distinct values", col.name)
        # a UNIQUE column takes NULLs (each distinct) only when a NULL share is asked and no key says NULLS NOT DISTINCT
        asked_nulls = spec.null_rate is not None and not any(
            k.nulls_not_distinct for k in table.unique_keys if col.name in k.columns)
        not_null = (not col.nullable) or dom.not_null or (unique and not asked_nulls)
        default_rate = 0.0 if spec.weights or spec.provider == "ref" else NULL_RATE
        rate = 0.0 if not_null else (default_rate if spec.null_rate is None else spec.null_rate)
        if rate and spec.null_rate is None and pack is not None:
            rate = detail_null_rate(col, moment_null_rate(col, rate, table.name.name), table.name.name)  # deleted_at,
            # left_on, suspended_reason: a state most rows never reached
        weights_fit(spec, dom, col.type.enum_labels)
        provider, why, intent = str(col.type.kind), value_reason(col, dom, unique), None
        if spec.provider:
            provider, why = spec.provider, f"asked for {spec.provider}; " + why
        elif not spec.weights and pack is not None:  # None: --plain, typed values only
            intent = column_intent(schema, table, col, dom, pack, forced)
            if intent is not None:
                provider, why = intent.name, f"{intent.reason}; {why}"
        if spec.weights:
            provider, why = "mix", "value mix " + ", ".join(f"{k} {v:g}" for k, v in spec.weights.items())
        usual = usual_default(table, col, domains, intent) if pack is not None and not unique \
            and spec == ColumnSpec() else None
        if usual is not None:
            why += f"; its DEFAULT {usual} in most rows"
        col_plans[col.name] = ColumnPlan(name=col.name, gen=Gen.VALUE, unique=unique, null_rate=rate,
                                         provider=provider, reason=why, intent=intent, usual=usual,
                                         spec=spec if spec != ColumnSpec() else None)
    if pack is not None:
        row_people(table, col_plans, domains)  # groom_name, bride_name, witness_1, witness_2: four people (r46)
    for o in domains.orders:
        if o.left in col_plans and col_plans[o.left].gen is Gen.VALUE:
            cp = col_plans[o.left]
            col_plans[o.left] = dataclass_replace(cp, order=o, reason=cp.reason + f"; {o.left} {o.op} {o.right}")
    fit_unique_intents(table, col_plans, domains, rows, st.rows, pack, probe)
    domains = _fk_residuals(table, domains, set(fk_of_column))
    domains = feasible_cases(table, domains, col_plans)
    columns = tuple(col_plans[c.name] for c in table.columns)
    kept = []
    for pp in partials:
        ok = still_valid(pp, col_plans, fk_plans)
        if ok:
            kept.append(pp)
        elif ok is False:  # another key took its columns
            fallback.add(pp.key)
    if fallback:  # plan the table again, these indexes unique everywhere (the safe, old way)
        del notes[asked[2]:]
        return _plan_table(schema, table, asked[0], asked[1], st, explicit=explicit, chosen=chosen,
                           final_rows=final_rows, requested=requested, existing_of=existing_of, broken=broken,
                           notes=notes, wishes=wishes, pack=pack, probe=probe, forced=forced,
                           plain_keys=plain_keys | frozenset(fallback))
    exclusions = plan_exclusions(table, rows, col_plans) if table.exclusions else ()
    if exclusions:
        columns = _laid_out(columns, exclusions)
    return TablePlan(name=table.name, rows=rows, rows_reason=reason, offset=st.rows, columns=columns,
                     fks=tuple(fk_plans), combos=tuple(combos), partials=tuple(kept), exclusions=exclusions,
                     domains=domains)


def _laid_out(columns: tuple[ColumnPlan, ...], exclusions: tuple[ExclusionPlan, ...]) -> tuple[ColumnPlan, ...]:
    """Say in the plan which columns an exclusion layout writes."""
    why: dict[str, str] = {}
    for x in exclusions:
        per = f"per ({', '.join(x.keys)})" if x.keys else "across the table"
        where = f" where {x.predicate}" if x.predicate else ""
        for c in (x.column, x.lower, x.upper, x.length, x.network):
            if c:
                why[c] = f"; laid out without overlap {per}{where} (EXCLUDE {', '.join(x.names)})"
    # A NULL bound is an unbounded range: the laid-out cells are never NULL, unless a WHERE
    # leaves rows free (the covered ones are written whatever they held).
    free = {c for x in exclusions if x.predicate for c in (x.column, x.lower, x.upper, x.length) if c}
    return tuple(dataclass_replace(c, reason=c.reason + why[c.name], null_rate=c.null_rate if c.name in free else 0.0)
                 if c.name in why else c for c in columns)


def _partial(table: Table, key, domains: TableDomains, rows: int, st: TableState, fk_plans: list[FkPlan],
             fk_of_column: dict[str, str], col_plans: dict[str, ColumnPlan], partials: list[PartialPlan],
             notes: list[str], fallback: set[str]) -> bool:
    """A partial unique index that would need distinct tuples (a combo, maybe a cap): kept row
    by row instead (``seedbed.planning.partial``) when its predicate is understood. True when
    handled. Every such index of the table takes this path, so that indexes sharing columns
    agree (a combo would take the columns from the others)."""
    kept = plan_partial(table, key, domains, rows=rows, existing=st.rows, fk_plans=fk_plans,
                        fk_of_column=fk_of_column, col_plans=col_plans,
                        cardinality=lambda c: _cardinality(c, domains))
    if kept is None:
        return False
    clash = [] if isinstance(kept, str) else conflicts(kept, partials, table, domains)
    if clash:  # steering one would cover rows of the other: both unique everywhere
        fallback.update([key.name, *clash])
        return True
    if isinstance(kept, str):
        notes.append(f"{table.name}: UNIQUE {key.name} WHERE {key.predicate}: {kept}")
        return True
    partials.append(kept)
    if kept.space < rows + st.rows and kept.steer is not None:  # a cap avoided: say how
        notes.append(f"{table.name}: UNIQUE {key.name} only WHERE {key.predicate}: covered rows take distinct "
                     f"keys, at most {kept.space}; the others are kept out of it through "
                     f"{kept.predicate[kept.steer][0]}")
    return True


def _holds(cardinality: int | None, rows: int) -> bool:
    """Whether a column with ``cardinality`` distinct values (None: unbounded) can take ``rows``."""
    return cardinality is None or cardinality >= rows


def _fk_residuals(table: Table, domains: TableDomains, fk_columns: set[str]) -> TableDomains:
    """Constraints that FK picks cannot honour by construction, handed to the oracle.

    An FK column copies a parent's key, so a CHECK or a partition bound on it is validated by
    the database on candidate rows (and failing rows re-pick their parent). A partial unique
    index on a constant (``ON t ((true)) WHERE a IS NULL``) allows one matching row at most:
    the oracle keeps its predicate false on every row.
    """
    residual = list(domains.residual)
    names = {c.name for c in residual}

    def add(check: Check) -> None:
        if check.name not in names:
            residual.append(check)
            names.add(check.name)

    for check in table.checks:
        if set(check.columns) & fk_columns:
            add(check)
    if table.partitions and table.partition_key and fk_columns:
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_$]*", table.partition_key))
        bounds = [p.constraint for p in table.partitions if p.constraint]
        if words & fk_columns and bounds:
            add(Check(name=f"partition bounds of {table.name}", expression=" OR ".join(f"({b})" for b in bounds)))
    for key in table.uniques:
        if not key.columns and key.predicate:
            add(Check(name=key.name, expression=f"NOT ({key.predicate})"))
    if len(residual) == len(domains.residual):
        return domains
    return dataclass_replace(domains, residual=tuple(residual))






def names(tables: Iterable[QualifiedName]) -> list[str]:
    return [str(t) for t in tables]
