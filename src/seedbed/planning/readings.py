"""Quantities that accumulate over a thing's life (issue 10, round 7): an odometer, an hour meter,
a meter's register, an aircraft's hours and cycles since new.

Drawn row by row, such a reading goes up and down between two readings of one meter, and the
thing's current total (``vehicles.odometer_km``) has nothing to do with its readings. A reading is
a function instead: of the thing it belongs to and the moment it was read,

    reading(thing, t) = rate(thing, unit) x (t - put_in_service(thing))

so two readings of one meter always grow with their time, whatever chunk made them, and the thing's
own total is the same function at the reference "now" (the last reading below it). The rate is a
usage per day by the quantity's unit (about 45 km, 5 hours, 2.5 cycles, 9 kWh a day), scaled per
thing by one factor shared by all of its units: a busy aircraft has many hours *and* many cycles,
so a counter keeps its ratio to a related one (hours per cycle) on each row.

Found from names alone (``cumulative``): a column whose words say it accumulates (``odometer``,
``mileage``, ``cumulative``, ``lifetime``, ``since new``, ``register``, ``meter_reading``), a
usage quantity (hours, cycles, km, kWh) called ``total``, read ``at`` a moment (``hours_at_install``)
or run on an asset's meter (``engine_hours`` of a vehicle), or any usage quantity of a table of readings
(``odometer_readings.engine_hours``). A quantity per event (``flight_hours`` of a flight,
``consumption_kwh``, ``fuel_burn_kg``) is not one. Applied by ``seedbed.generate.readings``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from seedbed.generate.intent.scales import PEDALLED
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, Table, TypeKind

__all__ = ["PER_DAY", "cumulative", "reading_derivations", "running_totals", "usage_unit"]

#: A usage a day by the unit's words (the median thing's; each thing's own rate scatters around it).
PER_DAY: dict[str, float] = {"km": 45.0, "ridden_km": 4.0, "mile": 28.0, "hour": 5.0, "cycle": 2.5, "landing": 2.5, "start": 4.0,
                             "kwh": 9.0, "wh": 9000.0, "mwh": 0.009, "m3": 1.2, "litre": 300.0, "gallon": 80.0,
                             "count": 20.0}
_UNITS: dict[str, str] = {
    "km": "km", "kilometer": "km", "kilometre": "km", "kms": "km", "odometer": "km", "mileage": "km",
    "mi": "mile", "mile": "mile", "miles": "mile",
    "hour": "hour", "hr": "hour", "hrs": "hour", "tsn": "hour", "tso": "hour",
    "cycle": "cycle", "csn": "cycle", "cso": "cycle", "landing": "landing", "start": "start",
    "kwh": "kwh", "wh": "wh", "mwh": "mwh", "m3": "m3", "litre": "litre", "liter": "litre", "gallon": "gallon",
}
#: Words of a column that accumulates by itself.
_ACCUMULATES = frozenset("odometer odo mileage cumulative accumulated lifetime totalizer totaliser tsn csn".split())
#: Words of a meter's reading (a ``register_reading``, a ``meter_reading``, a ``counter_value``).
_METER = frozenset("register meter counter odometer".split())
_READ = frozenset("reading read value index".split())
#: Tables whose rows are readings of a meter.
_READINGS_TABLE = frozenset("reading readings odometer meter telemetry".split())
#: Words of a quantity per event or per period, never a running total.
_PER_EVENT = frozenset("""consumption usage used delta increment per rate average avg daily monthly weekly annual
yearly interval burn fuel trip block planned estimated target limit max min remaining due left
budget distance leg journey session shift duration elapsed period billed bill""".split())
#: Words of a time of day or a bound of a period (``start_hour``, ``hour_of_day``, ``peak_end_hour``).
_CLOCK = frozenset("of from to until opening closing day night peak end start".split())
#: Assets that carry meters (an aircraft's hours, a vehicle's odometer, a machine's hours).
_ASSETS = frozenset("""machine equipment asset vehicle engine pump compressor generator turbine tool device robot
press truck forklift tractor aircraft airframe vessel boat crane excavator fleet lathe car van bus locomotive
meter apu propeller""".split())
_RUNNING = frozenset("run running operating operation engine service runtime uptime machine meter".split())
_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT)
_MOMENTS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)


def usage_unit(toks: Sequence[str]) -> str | None:
    """The usage unit a column's words name (``km``, ``hour``, ``cycle``, ``kwh``), else None."""
    for t in reversed(toks):
        if t in _UNITS:
            return _UNITS[t]
    return None


def cumulative(name: str, table_toks: Sequence[str]) -> str | None:
    """The usage unit of a column that accumulates over its thing's life (see the module docstring),
    ``count`` for a meter's reading of no unit; None for any other column. A bicycle's or a scooter's km are
    ``ridden_km``: a few km a day, not a car's 45."""
    unit = _cumulative(name, table_toks)
    return "ridden_km" if unit == "km" and set(table_toks) & PEDALLED else unit



def _cumulative(name: str, table_toks: Sequence[str]) -> str | None:
    toks = tokens(name)
    words, table = set(toks), set(table_toks)
    if words & _PER_EVENT or ("since" in words and "last" in words) or "new" in words and "since" not in words:
        return None
    unit = usage_unit(toks)
    if unit != "start" and words & _CLOCK:
        return None
    if words & _ACCUMULATES or {"since", "new"} <= words:  # lifetime_giving is money: no usage unit, no meter
        return unit or ("km" if words & {"odometer", "odo", "mileage"} else "count" if words & _METER else None)
    if words & _METER and words & _READ or toks == ("reading",) and table & _METER:
        return unit or "count"
    if unit is None or unit == "count":
        return None
    if "at" in words:  # hours_at_install, km_at_service: the thing's reading at the row's moment
        return unit
    if "total" in words and (table & _ASSETS or table & _READINGS_TABLE):  # total_flight_hours of an aircraft
        return unit
    if table & _READINGS_TABLE:  # engine_hours in odometer_readings
        return unit
    if unit == "hour" and words & _RUNNING and table & _ASSETS:  # engine_hours of a vehicle
        return unit
    return None


#: Words of the day a thing went into service (its readings start from zero there).
_BORN = frozenset("""manufactured manufacture built build installed install installation commissioned commissioning
delivered delivery purchased purchase acquired acquisition fitted""".split())


def _in_service(toks: tuple[str, ...], column: Column) -> bool:
    """Whether a column of an asset holds the day (or year) it went into service: ``manufactured_date``,
    ``installed_on``, ``year_built``, ``model_year``."""
    if not set(toks) & _BORN and toks != ("model", "year"):
        return False
    if column.type.kind in _MOMENTS:
        return True
    return column.type.kind is TypeKind.INTEGER and "year" in toks


def reading_derivations(table: Table, usable: Mapping[str, bool], anchor: str | None,
                        parents: Sequence[tuple[str, Sequence[str]]], taken: frozenset[str]) -> list:
    """``Derived`` readings of ``table``: ``cumulative:<unit>`` of the anchor's moment (else the row's
    first moment) and the parent the row reads (``@fk:<name>``: the FK of ``parents`` (name, the
    parent table's words) whose parent is an asset or a meter, else a table of readings' only one);
    or of the row itself at "now" (``@row``) where the table is the asset (its head word), or has no
    moment or no such parent. Then the asset's day in service (``in_service``: its first
    ``manufactured_date`` / ``installed_on`` / ``model_year``) is where its curve starts."""
    from seedbed.planning.derived import Derived

    table_toks = tokens(table.name.name)
    cols = {c.name: c for c in table.columns if not c.type.is_array}
    running = running_totals(table, usable, anchor, parents, taken)
    taken = taken | {d.column for d in running}
    found = [(n, u) for n, c in cols.items() if usable.get(n) and n not in taken and c.type.kind in _NUMERIC
             and (u := cumulative(n, table_toks)) is not None]
    metered = any(set(words) & (_ASSETS | _METER | _READINGS_TABLE) for words in [table_toks, *(w for _n, w in parents)])
    # a mileage of a row no vehicle's (a member's callout, an expense claim) is one journey's, not a reading (r49)
    found = [(n, u) for n, u in found if metered or set(tokens(n)) & _ACCUMULATES != {"mileage"}]
    if not found:
        return running
    fk = None
    if table_toks and table_toks[-1] not in _ASSETS:  # an aircraft's total is its own, not its operator's
        fk = next((n for n, words in parents if set(words) & (_ASSETS | _METER)), None)
        if fk is None and len(parents) == 1 and set(table_toks) & _READINGS_TABLE:
            fk = parents[0][0]
    moments = [n for n, c in cols.items() if c.type.kind in _MOMENTS]  # a rental's picked_up_at, when no anchor
    moment = anchor if anchor in moments else moments[0] if moments else None
    if moment is None or fk is None:
        born = [Derived(column=n, source="@row", op="in_service") for n, c in cols.items()
                if usable.get(n) and n not in taken and _in_service(tokens(n), c)][:1]  # then delivered after it
        return [*running, *born, *(Derived(column=n, source="@row", op=f"cumulative:{u}") for n, u in found)]
    return [*running, *(Derived(column=n, source=moment, other=f"@fk:{fk}", op=f"cumulative:{u}") for n, u in found)]


#: Words of a running total of a row's own amount (``cum_cost_usd`` beside ``daily_cost_usd``).
_RUNNING_TOTAL = frozenset("cum cumulative accumulated running todate".split())
#: Words that name the period of the amount a running total adds up (``daily_cost`` of ``cum_cost``).
_PER_PERIOD = frozenset("daily day weekly week monthly month per this period own row entry".split())


def running_totals(table: Table, usable: Mapping[str, bool], anchor: str | None,
                   parents: Sequence[tuple[str, Sequence[str]]], taken: frozenset[str]) -> list:
    """``running`` derivations: a column named a running total of an amount of its row (``cum_cost_usd`` of
    ``daily_cost_usd``, ``cumulative_catch_kg`` of ``catch_kg``, ``cost_to_date`` of ``cost``) is that amount
    added up along the rows of one parent (``other``: ``@fk:<name>``) in their order (``terms``: the number of
    the row within its parent, a unique key's other column, else the row's moment), so it never falls from
    one report of a well to the next and is never below the row's own amount."""
    from seedbed.planning.derived import Derived

    cols = {c.name: c for c in table.columns if not c.type.is_array}
    fks = [n for n, _w in parents]  # the foreign keys' names, and the column of each
    column = {f.name: f.columns[0] for f in table.foreign_keys if len(f.columns) == 1}
    keyed = [(fk, k.columns[1 - k.columns.index(column[fk])]) for k in table.unique_keys if len(k.columns) == 2
             for fk in fks if column.get(fk) in k.columns]
    keyed = [(fk, o) for fk, o in keyed if o in cols and cols[o].type.kind in (TypeKind.INTEGER, *_MOMENTS)]
    moments = [n for n, c in cols.items() if c.type.kind in _MOMENTS and not c.nullable]
    fk, order = keyed[0] if len(keyed) == 1 else (fks[0], anchor if anchor in cols else (moments or [None])[0]) \
        if len(fks) == 1 else (None, None)
    if fk is None or order is None:
        return []
    out = []
    for name, c in cols.items():
        toks = tokens(name)
        words = set(toks) | ({"todate"} if "to" in toks and "date" in toks else set())
        if not usable.get(name) or name in taken or c.type.kind not in _NUMERIC or not words & _RUNNING_TOTAL:
            continue
        rest = words - _RUNNING_TOTAL - {"to", "date", "total"}
        parts = [n for n, p in cols.items() if n != name and p.type.kind in _NUMERIC and usable.get(n)
                 and rest and rest <= set(tokens(n)) and not set(tokens(n)) & _RUNNING_TOTAL
                 and set(tokens(n)) - rest <= _PER_PERIOD]
        if len(parts) == 1:
            out.append(Derived(column=name, source=parts[0], other=f"@fk:{fk}", op="running", terms=("+" + order,)))
    return out
