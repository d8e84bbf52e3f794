"""Words for "no value" said as a column's value (brief s19): "phone empty 20% of the time", "notes mostly blank".

Such a word is never a text value of a column whose CHECK or enum does not list it: on a free-text column it is a
NULL share (when the column may be NULL), else an error quoting it. A column that lists the word ("load_state IN
('empty', 'partial', 'full')") keeps it as a value (``values.mix_columns`` fits listed values first).
"""

from __future__ import annotations

from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Column, Table
from seedbed.planning.options import ColumnSpec
from seedbed.scope.model import Mix

__all__ = ["NO_VALUE", "no_value"]

Found = dict[tuple[Any, str], ColumnSpec]


#: Words that say a column has no value ("phone empty 20% of the time", "notes blank"): never a text value of a
#: column whose CHECK or enum does not list the word (brief s19; such a word is a NULL share, or an error).
NO_VALUE = frozenset("empty blank missing null nil none unset nothing n/a na absent".split())


def _key(label: str) -> str:
    """A label as ``values`` compares it (``names.norm``: "N/A" is "n/a")."""
    from seedbed.scope.names import norm

    return norm(str(label))


def no_value(item: Mix, fitting: list[tuple[Table, Column, Any]]) -> tuple[Found, str]:
    """A mix of a free-text column whose value is a word for "no value": that share of NULL, when it is the one
    value said and the column may be NULL; else an error quoting the word (never the word as the text)."""
    said = [label for label, _ in item.weights if _key(label) in NO_VALUE]
    if len(item.weights) > 1:
        raise ScopeError(f"{said[0]!r} says a value is missing, not a value of a column", subject=item.phrase,
                         hint="say the missing share alone, e.g. 'phone empty for 20% of the rows'")
    share = item.weights[0][1]
    found: Found = {}
    for table, col, _allowed in fitting:
        if not col.nullable:
            raise ScopeError(f"{table.name}.{col.name} is NOT NULL: it cannot be {said[0]!r}", subject=item.phrase,
                             hint="a share of rows without a value needs a nullable column")
        found[(table.name, col.name)] = ColumnSpec(null_rate=share)
    return found, "; ".join(f"{t.name}.{c.name}: NULL on {share:.0%} of the rows ({said[0]!r})" for t, c, _ in fitting)
