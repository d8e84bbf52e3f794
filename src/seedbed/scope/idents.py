"""Names written as identifiers (brief s17 of session 9): how agents and tickets spell the schema's things.

A request pasted from code or a ticket names tables and columns the way the code does: in camelCase
(``boatOwners``, ``hullType``), quoted or in a code span (`` `orders.status` ``, ``"orders"``), as
``table.column`` (``invoices.currency``, ``payment.method``), and values quoted (``'active'``). Each
is read as the name it spells, only when the schema has it; anything else is left as typed, for the
rules to read or quote back.

- ``spelled`` (on the raw text, before the clauses are cut): camelCase names that are a table or a
  column in snake_case become that name; quotes and backticks around a table, a column, a
  ``table.column``, a value or a schema-qualified table go.
- ``dotted`` (on the items read): a table or column said as ``table.column`` is that table and that
  column ("invoices.status should be mostly paid" is ``invoices.status``, not a flag ``paid_at``
  found by the value).
- ``unseparated`` (on each clause): the ":" or "=" between a column's head and a number goes.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from seedbed.scope.inflect import inflections

if TYPE_CHECKING:
    from seedbed.model import Schema, Table
    from seedbed.scope.ground import Grounding
    from seedbed.scope.model import Item

__all__ = ["dotted", "spelled", "unseparated"]

#: A camelCase word: a lower-case head, then capitalised parts ("boatOwners", "hullType", "createdAt").
_CAMEL = re.compile(r"(?<![\w.'`\"-])([a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+)(?![\w'-])")
#: A name in quotes or a code span: `x`, "x", 'x' (one word, maybe dotted: "orders.status", 'public.orders').
_QUOTED = re.compile(r"(?<![\w'])([`\"'\u2018\u201c])([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*){0,2})(?:[`\"'\u2019\u201d])(?![\w'])")


def _snake(word: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", word).lower()


def _names_something(word: str, ground: Grounding) -> bool:
    """A table, a column, a value, or ``table.column`` / ``schema.table`` of them."""
    w = word.lower()
    if "." in w:
        return all(ground.is_table(p) or ground.is_column(p) or ground.is_part(p) for p in w.split("."))
    return ground.is_table(w) or ground.is_column(w) or ground.is_label(w)


def spelled(text: str, ground: Grounding | None) -> str:
    """``text`` with camelCase names and quoted names the schema has written as the rules read them."""
    if ground is None:
        return text

    def camel(m: re.Match[str]) -> str:
        snake = _snake(m.group(1))
        return snake if ground.is_table(snake) or ground.is_column(snake) else m.group(0)

    text = _CAMEL.sub(camel, text)
    # a dotted name in camelCase ("fuelSales.fuelType"): each part
    text = re.sub(r"(?<![\w`\"'])([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?![\w])",
                  lambda m: ".".join(_snake(p) if p != p.lower() and _names_something(_snake(p), ground) else p
                                     for p in m.groups()), text)
    return _QUOTED.sub(lambda m: m.group(2) if _names_something(m.group(2), ground) else m.group(0), text)


def _table_named(schema: Schema, word: str) -> Table | None:
    forms = set(inflections(word.lower()))
    hits = [t for t in schema.tables if t.name.name.lower() in forms]
    return hits[0] if len(hits) == 1 else None


def _split(schema: Schema, said: str) -> tuple[str, str] | None:
    """``table.column`` as (table, column) when the table has that column; a ``schema.table`` is no such pair."""
    head, dot, col = said.rpartition(".")
    if not dot or not head:
        return None
    table = _table_named(schema, head.rpartition(".")[2])
    if table is None or not any(c.name.lower() == col.lower() for c in table.columns):
        return None
    return table.name.name, col.lower()


def _is_unit(word: str) -> bool:
    from seedbed.scope.lexicon import MEASURE_UNITS

    return word.lower() in MEASURE_UNITS


def dotted(items: list[Item], schema: Schema | None) -> list[Item]:
    """Items whose table or column was said as ``table.column``, with that table and that column."""
    if schema is None:
        return items
    out = []
    for item in items:
        names = {f.name for f in fields(item)}
        if {"table", "column"} <= names:
            for key in ("table", "column"):
                said = getattr(item, key)
                pair = _split(schema, said) if isinstance(said, str) and "." in said else None
                if pair is not None:
                    other = getattr(item, "column" if key == "table" else "table")
                    if not other or other.lower() == pair[1] or (key == "column" and _table_named(schema, other)):
                        item = replace(item, table=pair[0], column=pair[1])
                        break
                    if key == "table" and "unit" in names and not item.unit and _is_unit(other):
                        # "crates.weight_kg 5-40 kg": the column typed, the unit after the numbers its unit (never
                        # every column in kg)
                        item = replace(item, table=pair[0], column=pair[1], unit=other.lower())
                        break
        out.append(item)
    return out


#: A column's head and the ":" or "=" after it, before a number ("cost: 50-2000", "berths.length_m = 8-30").
_SEPARATED = re.compile(r"^(?P<h>(?:[a-z_][\w.-]* )?[a-z_][\w.-]*) ?(?::|=) (?=(?:between |from |under |over |at most |at least |up to )?\d)")


def unseparated(norm: str, ground: object | None) -> str:
    """``norm`` without the ":" or "=" between a column's head and a number ("service_jobs.cost: 50-2000"): it reads as it does after the column."""
    m = _SEPARATED.match(norm)
    if m is None or ground is None or re.match(r"[\d.,]+ ?%", norm[m.end():]):  # "reporters: 50% of accounts"
        return norm
    last = m.group("h").split(" ")[-1].rpartition(".")[2]
    if not ground.is_column(last) or ground.is_table(last):  # type: ignore[attr-defined]
        return norm
    return f"{m.group('h')} {norm[m.end():]}"
