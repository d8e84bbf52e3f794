"""What a table's rows are, said by its columns when its name says something else (brief s26 of session 11).

A recruiting schema's ``searches`` table, with a ``title`` and a ``salary_min`` / ``salary_max``, is a table of job
openings: "30 clients with 1-2 roles each", "120 jobs" and "40 openings" are its rows, though nothing in its name says
so. ``data/vocab/rowkinds.json`` lists such kinds of rows and the evidence a schema must give for each. One column
is not enough (a ``role`` of ``users`` is a user's role, a ``title`` of ``books`` a book's): a kind needs a column that
names what each row is *and* a column that confirms it, on a table that is no table of people; and a word is read as
the table only when exactly one table of the schema is of the kind (``rowwords.row_words`` adds it, or narrows an
everyday word that several tables fit to the one of this kind). The reading is told with the clause, as every
everyday word for rows is ('"roles" is searches').
"""

from __future__ import annotations

from seedbed.generate.realistic.vocab import load
from seedbed.model import Schema, Table

__all__ = ["KINDS", "row_kinds"]

KINDS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    kind: (frozenset(spec["said"].split()), frozenset(spec["named"].split()), frozenset(spec["with"].split()))
    for kind, spec in load("rowkinds")["kinds"].items()}
_PERSON = frozenset("first_name last_name full_name given_name surname family_name".split())


def _of_kind(table: Table, named: frozenset[str], confirm: frozenset[str]) -> bool:
    names = [c.name.lower() for c in table.columns]
    if _PERSON & set(names):
        return False
    says = any(n in named or n.rpartition("_")[2] in named and n.rpartition("_")[0] not in ("current", "previous")
               for n in names)
    return says and any(set(n.split("_")) & confirm for n in names)


def row_kinds(schema: Schema) -> dict[str, str]:
    """Each word for rows of a kind and the one table of that kind (table name), for kinds exactly one table is."""
    out: dict[str, str] = {}
    for said, named, confirm in KINDS.values():
        tables = [t.name.name for t in schema.tables if _of_kind(t, named, confirm)]
        if len(tables) == 1:
            out.update({w: tables[0] for w in said})
    return out
