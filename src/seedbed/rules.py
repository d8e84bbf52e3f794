"""Rules the rows keep that the database does not declare: CHECKs of the seed, not of the schema.

A team's data has rules its DDL never wrote down: "an order over $100 is never cancelled", "a shipped
order has a tracking number", "a VIP ticket costs at least 150". A scope says them in words
(``seedbed.scope.implies``) and ``PlanOptions.rules`` carries them as ``(table, expression)`` pairs, a
boolean SQL expression over the table's own columns, as a CHECK would hold it. ``with_rules`` adds
each to its table as a ``Check``: the planner folds it like any CHECK (an implication becomes row
cases that keep the columns' own mix, ``seedbed.generate.cases``) and verify asks it of the data.

Expressions are plain SQL that PostgreSQL, MySQL and SQLite read alike (``=``, ``<>``, ``<=``, ``IS
NULL``, ``IN``, ``AND``, ``OR``, ``NOT``, quoted strings, numbers, TRUE / FALSE); a column a rule
names that its table lacks is an error with a did-you-mean hint.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.errors import UsageError
from seedbed.model import Check, Schema

__all__ = ["RULE_PREFIX", "bind", "rule_columns", "rules_of", "with_rules"]

#: Name of a rule's CHECK (``seedbed rule 1``): what verify and the plan's notes show.
RULE_PREFIX = "seedbed rule"
_STRING = re.compile(r"'(?:[^']|'')*'")
_WORD = re.compile(r'"((?:[^"]|"")+)"|\b([A-Za-z_][A-Za-z0-9_$]*)\b')
#: Words of the expression language that name no column.
_SQL_WORDS = frozenset("and or not is null in between like ilike true false".split())


def rule_columns(expression: str) -> list[str]:
    """The identifiers an expression reads (quoted or not), in order, each once; keywords left out."""
    bare = _STRING.sub("''", expression)
    out: list[str] = []
    for m in _WORD.finditer(bare):
        name = m.group(1).replace('""', '"') if m.group(1) else m.group(2)
        if m.group(2) and name.lower() in _SQL_WORDS:
            continue
        if name not in out:
            out.append(name)
    return out


def bind(expression: str, columns: dict[str, str]) -> str:
    """``expression`` with each column it reads replaced by ``columns[name]`` (an SQL expression; NULL
    for a column not given), strings and keywords untouched: a rule asked of values not in a table."""
    out, pos = [], 0
    for m in _STRING.finditer(expression):
        out.append(_bind_words(expression[pos:m.start()], columns))
        out.append(m.group(0))
        pos = m.end()
    out.append(_bind_words(expression[pos:], columns))
    return "".join(out)


def _bind_words(text: str, columns: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1).replace('""', '"') if m.group(1) else m.group(2)
        if m.group(2) and name.lower() in _SQL_WORDS:
            return m.group(0)
        return f"({columns.get(name, 'NULL')})"
    return _WORD.sub(one, text)


def rules_of(table) -> list[Check]:
    """The rules of the seed among a table's CHECKs (``with_rules``): the database does not hold them."""
    return [c for c in table.checks if c.name.startswith(RULE_PREFIX + " ")]


def with_rules(schema: Schema, rules: Iterable[tuple[str, str]]) -> Schema:
    """``schema`` with each rule added to its table as a CHECK named ``seedbed rule N``.

    Idempotent: a schema that already holds a rule of that name keeps it once. Raises UsageError
    (SB160) for an unknown table or a column its table lacks."""
    from seedbed.planning.select import find_table

    rules = list(rules)
    if not rules:
        return schema
    added: dict = {}
    for i, (table_name, expression) in enumerate(rules, 1):
        name = find_table(schema, table_name)
        table = schema.table(name)
        have = [c.name for c in table.columns]
        cols = rule_columns(expression)
        for col in cols:
            if col not in have:
                close = difflib.get_close_matches(col, have, n=1)
                raise UsageError(f"rule {expression!r} on {name}: no column {col!r}", subject=f"{name}.{col}",
                                 hint=f"did you mean {close[0]!r}?" if close else "columns: " + ", ".join(have),
                                 code="SB160")
        check = Check(name=f"{RULE_PREFIX} {i}", expression=expression, columns=tuple(cols))
        added.setdefault(name, []).append(check)
    tables = []
    for t in schema.tables:
        new = [c for c in added.get(t.name, ()) if all(c.name != old.name for old in t.checks)]
        tables.append(replace(t, checks=(*t.checks, *new)) if new else t)
    return replace(schema, tables=tuple(tables), _index={})
