"""One row's sizes agree: a big thing is big in every column (issue 10, r42).

Each measured quantity was drawn alone, at its own typical scale, so one vessel was 304 m long and 22 m
wide, another 50 m long and 26 m wide with 866 TEU; a balloon's envelope was large and its basket tiny.
Real things vary mostly by one thing, their size: a longer ship is wider, deeper, carries more and
weighs more; a bigger balloon has a bigger basket and burner. So the extensive quantities of one row
(a length, a width, a depth, an area, a volume, a mass, a power, an energy, a capacity) share one latent
size per row: each is still log-normal around its own typical value with its own spread, but its
deviation is mostly (``RHO``) the row's common one (``number.measure``'s ``latent``: a Gaussian copula
drawn from the row's stream, so it is vectorised, deterministic and the CHECK bounds still clip it).

A column is one of these sizes by its unit's dimension (``units.column_unit``) or by the words of a
quantity the thing holds (capacity, tonnage, displacement). Not a size of the thing: where it stands (an
altitude, an elevation), the weather around it (wind, air, ambient), a rate or one of many (per, daily,
average, unit), a cumulative meter (an odometer). The latent applies only where a table has at least two
such columns; a lone size is drawn as before.
"""

from __future__ import annotations

from seedbed.generate.intent.dimensions import AROUND
from seedbed.generate.intent.model import Intent
from seedbed.generate.intent.tokens import tokens
from seedbed.generate.intent.units import column_unit
from seedbed.model import Column, Table, TypeKind

__all__ = ["RHO", "row_size"]

#: How much of a size's log-deviation is the row's common one (the rest is its own).
RHO = 0.85
#: Dimensions of an extensive quantity: one that grows with the size of the thing measured.
_EXTENSIVE = frozenset("length area volume mass power energy".split())
#: Words of a quantity a thing holds or displaces, whatever its unit: a size as well.
_HELD = frozenset("capacity tonnage displacement".split())
#: Words of a quantity that is not the thing's own size: its place, its surroundings, a rate, one of many.
_NOT_SIZE = frozenset("""altitude elevation asl amsl wind gust air ambient outdoor outside weather rain snow per rate
daily hourly weekly monthly annual yearly average avg mean unit each individual odometer odo mileage cumulative
threshold tolerance limit deviation error offset change delta""".split()) | AROUND
_NUMBERS = frozenset((TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT))


def _is_size(column: Column) -> bool:
    """Whether ``column`` is an extensive quantity of the row's thing (module docstring)."""
    if column.type.kind not in _NUMBERS or column.type.is_array:
        return False
    toks = tokens(column.name)
    if not toks or set(toks) & _NOT_SIZE:
        return False
    if set(toks) & _HELD:
        return True
    unit = column_unit(column.name, toks)
    return unit is not None and unit.dimension in _EXTENSIVE


def row_size(table: Table, column: Column, found: Intent | None) -> Intent | None:
    """``found`` sharing the row's latent size with the table's other sizes, where it is a log-normal
    ``number.measure`` of one and the table has another; else ``found`` itself."""
    if found is None or found.name != "number.measure" or not _is_size(column):
        return found
    params = dict(found.params or {})
    if params.get("values") or params.get("uniform") or params.get("sd") is not None or "median" not in params:
        return found
    if sum(_is_size(c) for c in table.columns) < 2:
        return found
    params["latent"] = "size"
    return Intent(name=found.name, reason=f"{found.reason}; one size per row with the table's other sizes",
                  params=params)
