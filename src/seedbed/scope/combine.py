"""Flag options and scope options together (issue 11): the flags win on a conflict, and each
conflict is a note the explanation shows ("--rows 100 wins over the scope's 500 rows per table")."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from seedbed.model import Schema
from seedbed.planning.options import PlanOptions
from seedbed.planning.select import find_table

__all__ = ["combine"]


def combine(schema: Schema, base: PlanOptions, scope: PlanOptions) -> tuple[PlanOptions, list[str]]:
    """Flag options and scope options together; the flags win on a conflict, and each conflict is a note."""
    notes: list[str] = []

    def key(name: str) -> Any:
        try:
            return find_table(schema, name)
        except Exception:  # an unknown name is reported by the planner with its own hint
            return name

    rows = base.rows
    if scope.rows is not None and base.rows is not None and scope.rows != base.rows:
        notes.append(f"--rows {base.rows} wins over the scope's {scope.rows} rows per table")
    elif rows is None:
        rows = scope.rows
    per = {key(k): (k, v) for k, v in scope.rows_per_table.items()}
    for k, v in base.rows_per_table.items():
        if key(k) in per and per[key(k)][1] != v:
            notes.append(f"--rows {k}={v} wins over the scope's {per[key(k)][1]} rows for {k}")
        per[key(k)] = (k, v)
    tables = base.tables or scope.tables
    if base.tables and scope.tables and {key(t) for t in base.tables} != {key(t) for t in scope.tables}:
        notes.append(f"--tables {','.join(base.tables)} wins over the scope's selection ({', '.join(scope.tables)})")
    exclude = tuple(dict.fromkeys(base.exclude + scope.exclude))
    picked = {key(t) for t in tables}
    clash = [t for t in base.exclude if key(t) in picked and t not in base.tables]
    if clash:
        notes.append(f"--exclude {','.join(clash)} wins over the scope's selection")
    locale, pack = base.locale or scope.locale, base.domain_pack or scope.domain_pack
    if base.locale and scope.locale and base.locale != scope.locale:
        notes.append(f"locale {base.locale} wins over the scope's {scope.locale}")
    if base.domain_pack and scope.domain_pack and base.domain_pack != scope.domain_pack:
        notes.append(f"domain pack {base.domain_pack} wins over the scope's {scope.domain_pack}")
    theme = base.theme or scope.theme
    if base.theme and scope.theme and set(base.theme) != set(scope.theme):
        notes.append(f"product theme {', '.join(base.theme)} wins over the scope's {', '.join(scope.theme)}")
    merged = replace(base, rows=rows, rows_per_table={k: v for k, v in per.values()}, tables=tables, exclude=exclude,
                     columns={**scope.columns, **base.columns}, fks={**scope.fks, **base.fks}, locale=locale,
                     domain_pack=pack, theme=theme, after=tuple(dict.fromkeys(base.after + scope.after)),
                     within=tuple(dict.fromkeys(base.within + scope.within)),
                     rules=tuple(dict.fromkeys(base.rules + scope.rules)),
                     spans=tuple(dict.fromkeys(base.spans + scope.spans)))
    return merged, notes

