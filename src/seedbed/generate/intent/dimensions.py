"""A quantity whose unit is known but whose thing no typical row knows (issue 10, r34).

``magnitudes`` reads a typical value from ``vocab/measures.json`` by what is measured; with no row that
fits, a length drew "a few tens of its unit" up to 100,000 (an ``altitude_m`` of 80 km, a
``passage_width_m`` of 999), and a parent's whole size stood for a part the column names (a lock's
``chamber_length_m`` was its river's 250 km). The dimension and the column's words still say a plausible
scale, in the dimension's base unit:

* an altitude or an elevation (``altitude``, ``elevation``, ``summit``, ``asl``): 0-4000 m, a few hundred;
* a size named by its word (height, width, depth, length, span, diameter, thickness; a headroom, a rise or a
  draught, a few metres even of a large thing),
  scaled by what the table is: a portable thing (a tool, a sample, a carving) centimetres to a metre, a
  building or a landscape (a bridge, a dam, a quarry, a canal) metres to hundreds, anything else a human
  scale of a metre or two; a diameter or a thickness smaller than a length;
* a temperature in kelvin: 200-400 K (room temperature) unless the words say cryogenic or a plasma.

``ASPECTS`` are the words of a size other than the thing's whole length: a whole-subject row does not
stand for them (``magnitudes._typical``).
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular

__all__ = ["AROUND", "ASPECTS", "EXTENTS", "LONG_THINGS", "PART_FREE", "kelvin_temperature", "neutral_amount", "neutral_size",
           "placed"]

_ALTITUDE = frozenset("altitude elevation summit asl amsl msl".split())
#: A size's word -> its kind (the ladder it is read on).
_SIZE = {**dict.fromkeys("height tall".split(), "extent"),
         **dict.fromkeys("headroom clearance rise draught draft freeboard".split(), "clearance"),
         **dict.fromkeys("width wide breadth beam span".split(), "extent"),
         **dict.fromkeys("length long".split(), "extent"),
         **dict.fromkeys("depth deep".split(), "depth"),
         **dict.fromkeys("diameter bore girth radius".split(), "diameter"),
         **dict.fromkeys("thickness thick".split(), "thickness")}
#: Words of a size other than a thing's whole length (for the length dimension).
ASPECTS = frozenset(_SIZE) - {"length", "long"} | _ALTITUDE
#: Words of a thing's outer size (a bed's width, a crate's height): a thing the column names may give it.
EXTENTS = frozenset("height tall width wide breadth beam span".split())
#: Things far longer than they are wide or high (a river's width is no share of its length): their extents are
#: not read from their length; a compact thing's are (a parcel's width and height are a parcel's size).
LONG_THINGS = frozenset("""river stream canal road street route path trail pipeline pipe cable line track rail railway
runway tunnel corridor fence wall bridge coast coastline shore beach border boundary lane highway motorway levee dyke dike
aqueduct conveyor belt""".split())
#: Words a column may add to a bare size and still mean the thing's whole size (``max_length_m``).
PART_FREE = frozenset("""max min maximum minimum avg average mean overall total typical nominal approx approximate
estimated est actual measured length weight mass size""".split())
#: Things a person carries (centimetres to a metre), and buildings and landscapes (metres to hundreds).
_PORTABLE = frozenset("""tool kit item instrument sample specimen piece camera device gadget sensor probe detector handset
bottle jar vial box case bag pack toy carving ornament jewel coin artefact artifact find bead model book print
painting sculpture figurine decoy lure bell clapper lens""".split())
_LARGE = frozenset("""building structure bridge lock dam weir sluice tower hall church site area field reserve park quarry
canal waterway river harbour harbor port pier jetty wall tunnel cave mine road track trail runway estate farm
garden forest woodland marsh wetland lake pond reservoir coast beach cliff outcrop hill mountain valley glacier
landscape aqueduct viaduct culvert embankment levee stadium arena warehouse hangar""".split())
#: (median, log-sigma, low, high) in metres, by a size's kind and the scale of the table's thing.
_LADDER = {
    "extent": {"portable": (0.3, 0.8, 0.01, 3.0), "human": (2.0, 0.8, 0.1, 40.0), "large": (15.0, 1.0, 0.5, 1000.0)},
    "clearance": {"portable": (0.2, 0.6, 0.01, 1.5), "human": (2.2, 0.3, 0.3, 6.0), "large": (4.0, 0.5, 0.3, 40.0)},
    "depth": {"portable": (0.1, 0.8, 0.005, 2.0), "human": (1.5, 0.9, 0.1, 30.0), "large": (15.0, 1.0, 0.5, 500.0)},
    "diameter": {"portable": (0.05, 0.8, 0.002, 1.0), "human": (0.3, 0.9, 0.01, 3.0), "large": (2.0, 1.0, 0.1, 50.0)},
    "thickness": {"portable": (0.005, 0.8, 0.0002, 0.2), "human": (0.02, 0.9, 0.001, 0.5),
                  "large": (0.3, 1.0, 0.01, 20.0)},
}
_CRYOGENIC = frozenset("cryogenic cryo cryostat helium superconducting superconductor cryocooler dilution".split())
_PLASMA = frozenset("plasma stellar corona coronal photosphere fusion arc".split())


#: Words of what surrounds a thing (the water under a station, the swell or the snow at it): a size of that, not
#: of the table's thing, is read at a human scale whatever the thing is.
AROUND = frozenset("water sea swell wave waves tide snow ice rain flood wind air ground soil".split())


def _scale(ctx: Ctx) -> str:
    """What the table is, by its head noun (its last word: a marsh's hides are huts, not marshes): portable,
    large or human (the lists only: a length's ladder has a human default; ``placed`` also asks WordNet, for
    the amounts that have none); human for a size of its surroundings."""
    return "human" if set(ctx.toks) & AROUND else placed(ctx, wordnet=False) or "human"


#: WordNet's broader things that place a noun no list has, by the scale they give (r42): a kiln, a yurt or a
#: rink is a structure, a balloon or a glider a craft (large); a cart a vehicle, a loom a machine (human);
#: a crate a container, a trowel an implement (portable). The nearest broader thing decides.
_BROADER = {**dict.fromkeys(("structure", "construction", "building", "edifice", "facility", "installation",
                             "geographical area", "land", "tract", "body of water", "craft"), "large"),
            **dict.fromkeys(("vehicle", "machine", "furniture", "device"), "human"),
            **dict.fromkeys(("container", "implement", "toy", "decoration", "jewelry", "commodity", "covering",
                             "fabric"), "portable")}
_BROADER_DEPTH = 8


def placed(ctx: Ctx, wordnet: bool = True) -> str | None:
    """The scale of the table's thing by its head noun: the lists above, else (``wordnet``) the nearest broader
    thing WordNet gives its first sense (``_BROADER``); None when nothing places it."""
    head = {singular(w) for w in ctx.table_toks[-1:]} | set(ctx.table_toks[-1:])
    if head & _PORTABLE:
        return "portable"
    if head & _LARGE:
        return "large"
    return next((s for h in sorted(head) if (s := _broader_scale(h))), None) if wordnet else None


@lru_cache(maxsize=4096)
def _broader_scale(noun: str) -> str | None:
    from seedbed import thesaurus

    first = thesaurus.senses(noun, "n", limit=1)[:1]
    if not first or first[0].lexname not in ("noun.artifact", "noun.location", "noun.object"):
        return None
    seen = {first[0].id}
    for depth in range(1, _BROADER_DEPTH + 1):
        level = thesaurus.ancestors(first[0].id, "n", depth=depth) - seen
        hits = {_BROADER[w] for i in level for w in thesaurus.synset(i).words if w in _BROADER}
        if hits:  # the nearest broader thing; a tie takes the larger scale (a cart is a vehicle and a container)
            return next(s for s in ("large", "human", "portable") if s in hits)
        seen |= level
    return None


#: (median, log-sigma, low, high) in the base unit (kg, m², l) of a whole thing's mass, area and volume, by the
#: scale its table's noun is placed at (``placed``): asked only for a thing placed, and no row of measures knows.
#: Conservative: the middle of each scale (a large thing is a shed as well as a quarry: 2 t, 300 m²).
_AMOUNTS = {
    "mass": {"portable": (1.5, 1.0, 0.01, 100.0), "human": (50.0, 1.0, 0.5, 5000.0),
             "large": (2000.0, 1.2, 20.0, 1e6)},
    "area": {"portable": (0.05, 1.0, 0.0005, 2.0), "human": (10.0, 1.0, 0.2, 1000.0),
             "large": (300.0, 1.3, 5.0, 1e6)},
    "volume": {"portable": (1.0, 1.0, 0.005, 100.0), "human": (200.0, 1.0, 2.0, 100_000.0),
               "large": (50_000.0, 1.3, 100.0, 1e8)},
}


def neutral_amount(ctx: Ctx, dimension: str) -> tuple[str, float, float, float, float] | None:
    """``(what, median, spread, low, high)`` of the mass, area or volume of a table's thing no typical row knows,
    at the scale its noun is placed (a kiln of tons, a crate of a kilo or two); None where nothing places it."""
    scale = placed(ctx) if dimension in _AMOUNTS else None
    if scale is None:
        return None
    median, sigma, low, high = _AMOUNTS[dimension][scale]
    return f"a {scale}-scale thing", median, sigma, low, high


def neutral_size(ctx: Ctx) -> tuple[str, float, float, float, float] | None:
    """``(what, median, spread, low, high)`` in metres for a length the column's words name (an altitude, a
    height, a width, ...) when no typical row fits; None for a length they do not name."""
    words = set(ctx.toks)
    if words & _ALTITUDE:
        return "an altitude", 300.0, 1.0, 0.0, 4000.0
    kind = next((_SIZE[w] for w in reversed(ctx.toks) if w in _SIZE), None)
    if kind is None:
        return None
    scale = _scale(ctx)
    median, sigma, low, high = _LADDER[kind][scale]
    return f"a {kind} of a {scale}-scale thing", median, sigma, low, high


def kelvin_temperature(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A temperature kept in kelvin: room temperature's 200-400 K, a cryostat's few K, a plasma's thousands;
    never a Celsius magnitude in a kelvin column (``stagnation_temp_k`` of 10-35)."""
    from seedbed.generate.intent.magnitudes import decimals_for, fit_bounds

    if ctx.toks[-1:] not in (("k",), ("kelvin",)) or not set(ctx.toks) & {"temp", "temperature", "kelvin"} \
            and ctx.toks[-1] != "kelvin":
        return None
    around = set(ctx.toks) | set(ctx.table_toks)
    if around & _CRYOGENIC:
        median, sigma, low, high, what = 20.0, 1.0, 0.01, 150.0, "a cryogenic temperature in K"
    elif around & _PLASMA:
        median, sigma, low, high, what = 10_000.0, 1.0, 1000.0, 1e7, "a plasma's temperature in K"
    else:
        median, sigma, low, high, what = 293.0, 0.08, 200.0, 400.0, "a temperature in K: about room temperature"
    low, high = fit_bounds(ctx, low, high)
    if low >= high:
        return None
    median = min(max(median, low), high)
    return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                              "decimals": decimals_for(ctx, median)}, what
