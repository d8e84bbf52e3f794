"""What the plan says about user triggers: the conditions read from their bodies, and the tables
whose INSERT triggers may still reject rows.

A PL/pgSQL trigger that looks the row's parent up and raises when the row does not agree with it
(a dam that is not female, a diary day before the project started, a rate plan of another hotel)
is read (``seedbed.solve.plpgsql``) into ``TriggerRule``s of the FK that points at that parent:
the engine then picks, for each row, a parent row for which the condition does not raise
(``seedbed.generate.triggerpicks``). What is not read (loops, counts of sibling rows, conditions
over two lookups, operators the evaluator does not know) stays with the database as the oracle:
a rejected chunk is sifted to the rejected rows, which are regenerated with a bounded budget
(``seedbed.engines.postgres.triggers``). The plan says which is which.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.model import QualifiedName, Schema, Table
from seedbed.planning.model import FkPlan, Gen, TablePlan, TriggerRule

__all__ = ["read_trigger_rules", "trigger_notes"]


def _resolve(schema: Schema, written: str, near: QualifiedName) -> QualifiedName | None:
    """A table name as the trigger wrote it: qualified, else in the trigger table's schema, else public."""
    names = {(t.name.schema, t.name.name): t.name for t in schema.tables}
    if "." in written:
        s, _, n = written.partition(".")
        return names.get((s, n))
    return names.get((near.schema, written)) or names.get(("public", written)) or next(
        (t.name for t in schema.tables if t.name.name == written), None)


def _fk_for(tp: TablePlan, parent: QualifiedName, key: tuple[tuple[str, str], ...]) -> FkPlan | None:
    pairs = set(key)
    for fk in tp.fks:
        if fk.parent == parent and set(zip(fk.ref_columns, fk.columns, strict=True)) == pairs:
            return fk
    return None


def referenced(text: str, parent: Table) -> tuple[str, ...]:
    """The parent's columns a canonical condition reads (``p.<column>``)."""
    from seedbed.solve.plpgsql import PARENT

    found = [m.strip('"') for m in re.findall(PARENT + r'\.("[^"]+"|[A-Za-z_][\w$]*)', text)]
    return tuple(dict.fromkeys(c for c in found if any(col.name == c for col in parent.columns)))


def _keyed(schema: Schema, table: Table, parent: QualifiedName, key: tuple[tuple[str, str], ...]) -> bool:
    """A lookup by a unique key of the parent over the row's own columns (no FK of the row is it)."""
    cols = {p for p, _c in key}
    own = {c.name for c in table.columns}
    return all(c in own for _p, c in key) and any(set(k.columns) == cols and not k.predicate
                                                 for k in schema.table(parent).unique_keys)


def _types(table: Table) -> dict:
    return {c.name: c.type for c in table.columns}


def read_trigger_rules(schema: Schema, tables: dict[QualifiedName, TablePlan]) -> dict[QualifiedName, TablePlan]:
    """The plan's tables with ``trigger_rules`` set from their triggers' bodies."""
    from seedbed.solve.plpgsql import read_trigger
    from seedbed.solve.rowcond import Unsupported, compile_condition

    out = {}
    for name, tp in tables.items():
        table = schema.table(name)
        rules: list[TriggerRule] = []
        for trig in table.insert_triggers:
            if not trig.source or trig.timing != "BEFORE" or not trig.row_level:
                continue
            for rule in read_trigger(trig.source).rules:
                parent = _resolve(schema, rule.lookup.table, name)
                if parent is None:
                    continue
                fk = _fk_for(tp, parent, rule.lookup.key)
                keyed = fk is None and _keyed(schema, table, parent, rule.lookup.key)
                if not keyed and (fk is None or fk.broken
                                  or any(tp.column(c).gen not in (Gen.FK, Gen.COMBO) for c in fk.columns)):
                    continue
                try:
                    compile_condition(rule.raise_when, _types(table), _types(schema.table(parent)))
                except Unsupported:
                    continue
                cols = referenced(rule.raise_when, schema.table(parent))
                if keyed:
                    rules.append(TriggerRule(
                        fk=f"@{parent}({','.join(c for _p, c in rule.lookup.key)})", trigger=trig.name,
                        raise_when=rule.raise_when, parent_columns=cols, parent=parent, key=rule.lookup.key))
                else:
                    rules.append(TriggerRule(fk=fk.name, trigger=trig.name, raise_when=rule.raise_when,
                                             parent_columns=cols))
        out[name] = replace(tp, trigger_rules=tuple(rules)) if rules else tp
    return out


def trigger_notes(schema: Schema, tables: Iterable[QualifiedName] | dict[QualifiedName, TablePlan]) -> list[str]:
    """Per seeded table with an enabled trigger that fires on INSERT: the conditions read, and that
    rows may still be rejected (then found by the database and regenerated)."""
    notes = []
    for name in tables:
        triggers = schema.table(name).insert_triggers
        if not triggers:
            continue
        tp = tables[name] if isinstance(tables, dict) else None
        for rule in tp.trigger_rules if tp is not None else ():
            if rule.parent is not None:
                on = ", ".join(f"{p} = {c}" for p, c in rule.key)
                notes.append(f"{name}: trigger {rule.trigger} raises when {rule.raise_when} (p: the {rule.parent} row "
                             f"where {on}): read, each row's values are drawn to agree with that row where they can")
                continue
            fk = next(f for f in tp.fks if f.name == rule.fk)
            notes.append(f"{name}: trigger {rule.trigger} raises when {rule.raise_when} (p: the {fk.parent} row of "
                         f"FK {fk.name}): read, each row picks a {fk.parent} row for which it does not")
        named = ", ".join(f"{t.name} ({t.timing} INSERT, {t.function})" for t in triggers)
        notes.append(f"{name}: trigger{'s' if len(triggers) > 1 else ''} {named} may reject rows"
                     + (" for what was not read" if tp is not None and tp.trigger_rules else "")
                     + ": rejected rows are found by the database and regenerated")
    return notes
