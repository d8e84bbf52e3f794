"""Resolve the per-column and per-FK wishes of ``PlanOptions`` against a schema.

Keys are ``"table.column"`` (or ``"schema.table.column"``); an unknown table or column is a
usage error with a did-you-mean hint, so a typo never silently does nothing.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import replace as dataclass_replace

import numpy as np

from seedbed.errors import UnknownColumnError, UsageError
from seedbed.generate.streams import stream
from seedbed.model import ColumnDomain, ForeignKey, QualifiedName, Schema, Table, TableDomains
from seedbed.planning.options import ColumnSpec, FkSpec, PlanOptions
from seedbed.planning.select import find_table


@dataclass(frozen=True, slots=True, kw_only=True)
class TableWishes:
    columns: dict[str, ColumnSpec] = field(default_factory=dict)
    fks: dict[str, FkSpec] = field(default_factory=dict)  # by FK constraint name


def _split_key(schema: Schema, key: str) -> tuple[Table, str]:
    head, dot, column = key.rpartition(".")
    if not dot:
        raise UsageError(f"{key!r} does not name a column", subject=key, hint="write table.column, e.g. orders.status")
    table = schema.table(find_table(schema, head))
    names = [c.name for c in table.columns]
    if column not in names:
        close = difflib.get_close_matches(column, names, n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else f"{table.name} has: {', '.join(names)}"
        raise UnknownColumnError(f"{table.name} has no column {column!r}", subject=key, hint=hint)
    return table, column


def resolve(schema: Schema, options: PlanOptions) -> dict[QualifiedName, TableWishes]:
    """Every wish attached to its table; FK wishes to the FK whose first column is named."""
    out: dict[QualifiedName, TableWishes] = {}
    for key, spec in options.columns.items():
        table, column = _split_key(schema, key)
        _check_provider(key, spec)
        out.setdefault(table.name, TableWishes()).columns[column] = spec
    for key, spec in options.fks.items():
        table, column = _split_key(schema, key)
        fk = next((f for f in table.foreign_keys if column in f.columns), None)
        if fk is None:
            raise UsageError(f"{table.name}.{column} is not a foreign key column", subject=key,
                             hint="fan-out and parent keys apply to FK columns (see `seedbed inspect`)")
        out.setdefault(table.name, TableWishes()).fks[fk.name] = spec
    return out


def _check_provider(key: str, spec: ColumnSpec) -> None:
    """A provider must exist: an intent of the catalogue, ``ref``, or ``faker.<method>``."""
    from seedbed.generate.intent import CATALOG

    name = spec.provider
    if not name or name == "ref" or name.startswith("faker.") or name in CATALOG:
        return
    close = difflib.get_close_matches(name, list(CATALOG), n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else \
        "use an intent name from `seedbed plan --explain`, or faker.<method>"
    raise UsageError(f"{key}: unknown provider {name!r}", subject=key, hint=hint)


def fit_fk_wishes(schema: Schema, wishes: dict[QualifiedName, TableWishes],
                  notes: list[str]) -> dict[QualifiedName, TableWishes]:
    """FK wishes made consistent with the keys they feed, before anything is sized.

    A fan-out asked of a 1:1 FK (its columns are UNIQUE: ``"users with profiles"`` where
    ``profiles.user_id`` is UNIQUE) cannot give a parent two children: it is clamped to at most
    one child per parent. Explicit parent keys are deduplicated: a key given twice would be
    one parent counted as two (two distinct tuples of a composite key that are the same).
    """
    out: dict[QualifiedName, TableWishes] = {}
    for name, w in wishes.items():
        table = schema.table(name)
        unique_sets = [set(k.columns) for k in table.unique_keys]
        fks = dict(w.fks)
        for fk in table.foreign_keys:
            spec = fks.get(fk.name)
            if spec is None:
                continue
            changes: dict = {}
            if spec.fanout is not None and spec.fanout[1] > 1 and set(fk.columns) in unique_sets \
                    and fk.ref_table != name:
                low, high = spec.fanout
                changes["fanout"] = (min(low, 1), 1)
                notes.append(f"{name}: {low}-{high} per {fk.ref_table} row asked, but {','.join(fk.columns)} is "
                             f"UNIQUE: at most 1 per {fk.ref_table} row")
            if spec.parent_keys is not None and len(set(spec.parent_keys)) < len(spec.parent_keys):
                changes["parent_keys"] = tuple(dict.fromkeys(spec.parent_keys))
                notes.append(f"{name}.{fk.columns[0]}: {len(spec.parent_keys) - len(changes['parent_keys'])} "
                             "repeated parent keys counted once")
            if changes:
                fks[fk.name] = dataclass_replace(spec, **changes)
        out[name] = dataclass_replace(w, fks=fks) if fks != w.fks else w
    return out


def narrow(domains: TableDomains, specs: Mapping[str, ColumnSpec]) -> TableDomains:
    """The folded domains intersected with the domains the user asked for."""
    from seedbed.generate.values import merge_domains

    changed = dict(domains.columns)
    for column, spec in specs.items():
        if spec.domain is not None:
            changed[column] = merge_domains(domains.column(column), spec.domain)
    return domains if changed == domains.columns else dataclass_replace(domains, columns=changed)


def fanout_counts(seed: int, table: QualifiedName, fk: ForeignKey | str, parents: int,
                  low: int, high: int) -> np.ndarray:
    """Children per parent row, deterministic: the planner sizes the table with it, the engine
    assigns parents with it."""
    name = fk if isinstance(fk, str) else fk.name
    rng = stream(seed, table.schema, table.name, "fanout", name)
    return rng.integers(low, high + 1, size=max(parents, 0), dtype=np.int64)


def weights_fit(spec: ColumnSpec, domain: ColumnDomain, labels: tuple[str, ...]) -> None:
    """A value mix must only name values the column can hold."""
    if not spec.weights:
        return
    allowed = domain.allowed if domain.allowed is not None else (labels or None)
    if allowed is None:
        return
    bad = [v for v in spec.weights if v not in allowed and str(v) not in {str(a) for a in allowed}]
    if bad:
        raise UsageError(f"value mix names {', '.join(map(repr, bad))}, which the column cannot hold",
                         hint=f"allowed: {', '.join(map(str, allowed))}")
