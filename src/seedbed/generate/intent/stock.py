"""Quantities of production and stock, hour meters, loss and yield percentages, and the areas of
sites, at the scale of what the row is (issue 10).

* a quantity in a batch-like record (a work order, lot, batch, run, shipment, receipt) is
  hundreds of whole units, a planned or ordered one a round number (``qty_planned`` 500, not
  459.680); a quantity per parent unit (``qty_per`` of a bill of materials) is one, two, a half;
* an asset's running-hours meter (``run_hours`` of a machine, ``engine_hours`` of a vehicle) reads
  thousands of hours, not 9.5;
* a percentage of what is lost (``scrap_pct``, ``defect_rate_percent``) is a few percent, one of how
  well something runs (``oee_target_pct``, ``yield_pct``, ``availability_percent``) most of a hundred;
* a site's floor area (a plant's, a warehouse's ``floor_area_m2``) is thousands of square meters;
* a cycle or takt time per unit is about a minute, a setup or changeover half an hour, a maintenance
  interval 7 to 365 days on the usual steps, a machine's rated power some kilowatts.

Read by ``scales.scale_rule`` before the phrase table.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["stock_rule"]

#: Records that hold a batch of goods: their quantity is hundreds, not one or two.
_BATCHES = frozenset("""lot batch run work wo mo production job shipment receipt receiving delivery consignment
transfer inventory stock replenishment purchase po requisition kanban pallet""".split())
#: Tables of parts a job or a repair used (``work_order_parts``, ``job_parts``): their quantity is a few.
_FITTED = frozenset("part component spare consumable fitting fastener".split())
_JOBS = frozenset("job work wo order repair service maintenance task visit ticket jobcard card".split())
_HELD = frozenset("hand onhand stock available reserved allocated".split())
#: Words of a quantity someone set (a plan, an order): a round number.
_SET = frozenset("planned plan ordered order target requested required scheduled reorder min max minimum maximum".split())
#: Assets that carry an hour meter.
_ASSETS = frozenset("""machine equipment asset vehicle engine pump compressor generator turbine tool device robot press
truck forklift tractor aircraft vessel boat crane excavator fleet unit lathe mill""".split())
#: Things a machine counts over its life (a ride's ``total_cycles``, a press's ``strokes``, an aircraft's ``landings``).
_LIFETIME = frozenset("cycle start actuation shot stroke operation landing impression lift".split())
_SINCE = frozenset("total lifetime cumulative".split())
_MADE_THING = frozenset("manufacturer make maker model serial commissioned installed".split())
_MACHINES = frozenset("ride attraction coaster lift elevator escalator printer kiln furnace boiler chiller door".split())
#: A run's or a check's own count is a few (``test_cycles`` of a daily inspection), not a lifetime's.
_NOT_LIFETIME = frozenset("test per daily shift run batch planned target max min".split())
_RUNNING = frozenset("run running operating operation engine service runtime uptime machine meter cumulative total".split())
_PERCENT = frozenset("percentage pct percent".split())
#: Sites whose floor area is thousands of square meters.
_SITES = frozenset("""plant factory warehouse facility site campus depot mill distribution center centre hangar
terminal mall hospital""".split())
_AREA_UNITS = {"m2": 1.0, "sqm": 1.0, "m": 1.0, "sqft": 10.76, "ft2": 10.76, "ft": 10.76}


def _measure(median: float, sigma: float, low: float, high: float, why: str, **more: object) -> tuple[str, dict, str]:
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high, **more}, why


_SECONDS = frozenset("sec second s".split())
_MINUTES = frozenset("min minute".split())
_HOURS = frozenset("hour hr hrs".split())
_CYCLE = frozenset("takt cycle".split())
_SETUP = frozenset("setup changeover changeovers setups".split())
_UPKEEP = frozenset("pm maintenance service servicing inspection calibration overhaul lubrication".split())


def _timings(ctx: Ctx, words: set[str], table: set[str]) -> tuple[str, dict, str] | None:
    """A cycle time per unit, a setup, a maintenance interval, a machine's rated power."""
    unit = ctx.toks[-1]
    if words & _CYCLE or {"per", "unit"} <= words and words & {"run", "cycle", "process", "processing"}:
        for units, factor in ((_SECONDS, 1.0), (_MINUTES, 1 / 60), (_HOURS, 1 / 3600)):
            if unit in units or words & units:
                return _measure(60 * factor, 0.6, 5 * factor, 900 * factor, "a cycle time per unit: about a minute",
                                decimals=1 if factor == 1 else 2)
    if words & _SETUP:
        for units, factor in ((_MINUTES, 1.0), (_HOURS, 1 / 60), (_SECONDS, 60.0)):
            if unit in units:
                return _measure(30 * factor, 0.6, 5 * factor, 480 * factor, "a setup or changeover: half an hour",
                                decimals=0 if factor >= 1 else 1)
    if words & _UPKEEP and "interval" in words and unit in ("day",):
        return "number.measure", {"values": [7, 14, 30, 30, 60, 90, 90, 90, 180, 180, 365]}, \
            "a maintenance interval in days"
    if "power" in words and unit in ("kw", "kilowatt") and (table & _ASSETS or words & {"rated", "nominal", "motor"}):
        return _measure(15, 1.0, 0.25, 2_000, "a machine's rated power in kW", decimals=1)
    return None


def stock_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A production or stock quantity, an hour meter, a loss or yield percentage, a site's area,
    a cycle, setup or maintenance time, a machine's power."""
    words, table = set(ctx.toks), set(ctx.table_toks)
    found = _timings(ctx, words, table)
    if found:
        return found
    if not table & _BATCHES and (words & {"hand", "onhand"} and words & {"quantity", "on", "stock", "unit", "count",
                                                                   "level"}
                                 or "reorder" in words and words & {"point", "level", "threshold", "min", "minimum"}):
        reorder = "reorder" in words  # qty_on_hand of a store's parts: tens; its reorder point: ten or so
        return _measure(12 if reorder else 40, 0.8 if reorder else 1.1, 0, 100_000,
                        "a reorder point" if reorder else "a stock level on hand", decimals=0)
    if "quantity" in words:
        if "per" in words:  # qty_per of a bill of materials: per one unit of the parent
            values = [1, 1, 1, 1, 2, 2, 2, 3, 4, 6, 8] + ([0.5, 0.25, 1.5] if ctx.kind is not TypeKind.INTEGER else [])
            return "number.measure", {"values": values}, "a quantity per unit of the parent: one, two, a half"
        if ctx.table_toks and ctx.table_toks[-1] in _FITTED and set(ctx.table_toks[:-1]) & _JOBS \
                and not words & (_SET | _HELD):
            return "number.measure", {"values": [1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 4, 6, 8, 10, 12]}, \
                "a quantity of parts a job used: one, two, a few"
        if table & _BATCHES:
            if words & _SET:
                return _measure(300, 0.9, 10, 100_000, "a planned batch quantity: a round number", step=10,
                                decimals=0)
            return _measure(250, 1.0, 1, 100_000, "a batch's quantity: hundreds of units", decimals=0)
        return None
    if "hour" in words and words & _RUNNING and (table & _ASSETS or words & {"engine", "machine"}) \
            and not words & {"per", "rate", "planned", "estimated", "target"}:
        return _measure(9_000, 0.9, 50, 200_000, "an asset's hour meter: thousands of hours", decimals=1)
    if ctx.toks[-1] in _LIFETIME or len(ctx.toks) > 1 and ctx.toks[-1] in ("count", "counter") and ctx.toks[-2] in _LIFETIME:
        made = ctx.sibling_words & _MADE_THING  # a row with a maker, a model or a serial number is a machine
        if (words & _SINCE or table & (_ASSETS | _MACHINES) or made) and not words & _NOT_LIFETIME:
            return _measure(40_000, 1.2, 0, 50_000_000, "a machine's lifetime counter: tens of thousands", decimals=0)
    if words & _PERCENT:  # a loss or a yield percentage leans: ``rates.share_rule``
        return None
    if "area" in words and table & _SITES:
        unit = ctx.column.name.lower().rsplit("_", 1)[-1]
        factor = _AREA_UNITS.get(unit, 1.0)
        return _measure(12_000 * factor, 0.8, 300 * factor, 500_000 * factor, "a site's floor area")
    return None
