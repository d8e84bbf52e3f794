"""A bare ``name`` beside a person's other name part is the part that is missing (r40).

Spanish and Portuguese schemas write ``nombre, apellidos`` and ``nome, sobrenome``, English ones ``name,
surname``: the ``name`` is the first name (a full name beside a surname repeats it: 'Cintia Santiago' beside
'Santiago'); beside a ``first_name`` (``prenom, nom``; ``first_name, name``) it is the family name. Read by
``infer`` after the intent is chosen; a column with a list of its own is left as it is.
"""

from __future__ import annotations

from seedbed.generate.intent.model import Intent
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, ColumnDomain, Table, TypeKind

__all__ = ["missing_part"]

_PARTS = {("last", "name"): ("person.first_name", "a first name beside the family name {}"),
          ("first", "name"): ("person.last_name", "a family name beside the first name {}")}


def missing_part(table: Table, column: Column, domain: ColumnDomain, found: Intent | None) -> Intent | None:
    """The name part ``column`` holds where it is a bare name beside the other part (see the module
    docstring), else ``found``."""
    if tokens(column.name) != ("name",) or column.type.kind is not TypeKind.TEXT or column.type.is_array \
            or domain.allowed is not None or (found is not None and found.name.startswith("person.")
                                              and found.name != "person.full_name"):
        return found
    hits = {_PARTS[tokens(c.name)] + (c.name,) for c in table.columns
            if c.name != column.name and tokens(c.name) in _PARTS}
    if len(hits) != 1:
        return found
    name, why, other = hits.pop()
    params = {"domain": (found.params or {}).get("domain", "generic")} if found else {"domain": "generic"}
    return Intent(name=name, reason=f"column '{column.name}' in {table.name.name}: {why.format(other)}", params=params)
