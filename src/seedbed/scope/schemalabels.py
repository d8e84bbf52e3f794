"""What a schema's tables hold, read once per schema for the grounding of a scope (``seedbed.scope.ground``): its
value labels and the columns that hold them, the words of each table's values and number columns, and which
tables hold an age. Split from ``ground.py`` (session 13).
"""

from __future__ import annotations

import re

from seedbed.model import Schema, Table, TypeKind
from seedbed.scope.flagwords import stem

__all__ = ["NUMBER_KINDS", "has_age", "label_columns", "name_parts", "number_parts", "table_labels"]

#: Column kinds that hold numbers ("with no refills": a zero of one).
NUMBER_KINDS = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)


def name_parts(name: str) -> list[str]:
    """A column's name in its lower-case parts (``minutes_on_site``: minutes, on, site)."""
    return [p for p in name.lower().split("_") if p]


def number_parts(schema: Schema) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every table and the stems of the words of its number columns, keys left out ("minutes" and "site" of
    ``minutes_on_site``): the units that name a column of the table (``Grounding.names_number_column``)."""
    return tuple((t.name.name.lower(), frozenset(stem(p) for c in t.columns
                                                 if c.type.kind in NUMBER_KINDS and not c.type.is_array
                                                 and c.name.lower() != "id" and not c.name.lower().endswith("_id")
                                                 for p in name_parts(c.name)))
                 for t in schema.tables)


def label_columns(schema: Schema) -> dict[str, set[tuple[str, str]]]:
    """Every value label of the schema (enum labels, CHECK ``IN`` lists) and the (table, column) pairs that hold it."""
    from seedbed.solve.checks import fold_table

    out: dict[str, set[str]] = {}
    for table in schema.tables:
        try:
            folded = fold_table(table)
        except Exception:  # a CHECK the folder cannot read: its labels are not known, nothing else
            folded = None
        for col in table.columns:
            labels = list(col.type.enum_labels or ())
            if folded is not None:
                dom = folded.column(col.name)
                if dom.allowed is not None:
                    labels += [a for a in dom.allowed if isinstance(a, str)]
            for label in labels:
                out.setdefault(str(label), set()).add((table.name.name.lower(), col.name.lower()))
    return out


def table_labels(held: dict[str, set[tuple[str, str]]]) -> dict[str, set[str]]:
    """The words of the values each table holds, by table name (lower case)."""
    out: dict[str, set[str]] = {}
    for label, cols in held.items():
        for table, _col in cols:
            out.setdefault(table, set()).update(w for w in re.split(r"[_\s-]+", label.lower()) if w)
    return out


def has_age(table: Table) -> bool:
    """A birth date (``date_of_birth``, ``born_on``, ``dob``) or an age column."""
    return any(set(c.name.lower().split("_")) & {"birth", "born", "dob", "birthday", "birthdate", "age"} for c in table.columns)
