"""Named quantities at their real scale: vital signs, grades, chain and insurance numbers (issue 10).

A ``heart_rate`` is not a percentage, a ``systolic`` pressure is not a small count, a ``gpa`` is
not 1..1000 and a ``block_number`` is not 12: each quantity the name says is drawn
log-normally around its typical value, clipped to what a real system records. Some need the
context of their table (gas is a chain's only next to transactions, blocks or wallets). Read by
``numbers.number_rule`` before the phrase table.
"""

from __future__ import annotations

import re

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.fractions import share_of_one
from seedbed.generate.intent.holders import held_rule
from seedbed.generate.intent.magnitudes import magnitude_rule
from seedbed.generate.intent.purposes import purpose_rule
from seedbed.generate.intent.rates import event_rule, money_over, rate_of, share_rule, worn_size
from seedbed.generate.intent.stock import stock_rule
from seedbed.generate.intent.tariffs import tariff_rule
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.generate.intent.tradequantities import trade_quantity_rule
from seedbed.model import TypeKind

__all__ = ["PEDALLED", "scale_rule"]

#: (words that must all appear, median, log-sigma, low, high, decimals); the first match wins.
_VITALS: tuple[tuple[frozenset[str], float, float, float, float, int], ...] = (
    (frozenset({"systolic"}), 122, 0.10, 80, 210, 0),
    (frozenset({"diastolic"}), 78, 0.10, 40, 130, 0),
    (frozenset({"heart", "rate"}), 74, 0.16, 35, 200, 0),
    (frozenset({"pulse"}), 74, 0.16, 35, 200, 0),
    (frozenset({"bpm"}), 74, 0.16, 35, 200, 0),
    (frozenset({"respiratory"}), 16, 0.15, 8, 40, 0),
    (frozenset({"respiration"}), 16, 0.15, 8, 40, 0),
    (frozenset({"spo"}), 97, 0.015, 82, 100, 0),
    (frozenset({"oxygen", "saturation"}), 97, 0.015, 82, 100, 0),
    (frozenset({"bmi"}), 25.5, 0.16, 14, 55, 1),
    (frozenset({"vo"}), 42, 0.2, 15, 90, 1),  # vo2_max in ml/kg/min
    (frozenset({"glucose"}), 102, 0.22, 45, 450, 0),
    (frozenset({"cholesterol"}), 190, 0.18, 100, 350, 0),
    (frozenset({"hba"}), 5.8, 0.15, 4, 14, 1),
    (frozenset({"hemoglobin"}), 14, 0.1, 7, 20, 1),
    (frozenset({"haemoglobin"}), 14, 0.1, 7, 20, 1),
)
#: Chain words: the context in which gas, nonces and blocks are a blockchain's.
_CHAIN = frozenset("tx transaction transfer block wallet chain contract ethereum eth token gwei wei hash".split())
#: (words that must all appear, context words of which one must appear in the column, table or
#: siblings (empty: none needed), median, log-sigma, low, high, decimals).
_NAMED: tuple[tuple[frozenset[str], frozenset[str], float, float, float, float, int], ...] = (
    (frozenset({"gpa"}), frozenset(), 3.1, 0.14, 0.0, 4.0, 2),
    (frozenset({"gas", "gwei"}), frozenset(), 22, 0.7, 0.5, 800, 3),
    (frozenset({"gas", "price"}), _CHAIN, 22e9, 0.7, 5e8, 8e11, 0),
    (frozenset({"gas", "used"}), _CHAIN, 65_000, 0.9, 21_000, 5_000_000, 0),
    (frozenset({"gas", "limit"}), _CHAIN, 120_000, 0.8, 21_000, 30_000_000, 0),
    (frozenset({"gas"}), _CHAIN, 65_000, 0.9, 21_000, 5_000_000, 0),
    (frozenset({"block", "number"}), _CHAIN, 18_600_000, 0.04, 15_000_000, 21_000_000, 0),
    (frozenset({"block", "height"}), _CHAIN, 18_600_000, 0.04, 15_000_000, 21_000_000, 0),
    (frozenset({"confirmation"}), _CHAIN, 14, 1.3, 0, 100_000, 0),
    (frozenset({"nonce"}), _CHAIN, 40, 1.6, 0, 1_000_000, 0),
    (frozenset({"premium"}), frozenset(), 1_150, 0.55, 60, 40_000, 2),
    (frozenset({"deductible"}), frozenset(), 1_000, 0.5, 100, 15_000, 0),
    (frozenset({"copay"}), frozenset(), 25, 0.45, 5, 150, 0),
    (frozenset({"range"}), frozenset("aircraft airplane plane jet airliner drone".split()), 5_500, 0.55, 500, 18_000, 0),
    (frozenset({"range"}), frozenset("vehicle car ev battery scooter bike truck".split()), 420, 0.35, 80, 1_000, 0),
    (frozenset({"elevation"}), frozenset(), 320, 1.2, 0, 5_500, 0),
    (frozenset({"rainfall"}), frozenset(), 3, 1.1, 0, 250, 1),  # a day's or an event's rain in mm
    (frozenset({"precipitation"}), frozenset(), 3, 1.1, 0, 250, 1),
    (frozenset({"snowfall"}), frozenset(), 4, 1.0, 0, 150, 1),
    (frozenset({"altitude"}), frozenset(), 320, 1.2, 0, 5_500, 0),
    (frozenset({"surcharge"}), frozenset(), 4, 0.8, 0.5, 250, 2),  # a few money on top of the price
    (frozenset({"supplement"}), frozenset("menu dish meal room item line price fee".split()), 4, 0.8, 0.5, 250, 2),
    (frozenset({"completeness"}), frozenset(), 72, 0.3, 5, 100, 0),  # a profile's or record's: mostly well filled
    (frozenset({"completion", "pct"}), frozenset(), 72, 0.3, 5, 100, 0),
    (frozenset({"completion", "percent"}), frozenset(), 72, 0.3, 5, 100, 0),
)
#: What a dish or a food holds: (words, median per serving, per 100 g, log-sigma, high per serving).
#: A serving of a main is ~550 kcal with ~28 g protein, ~50 g carbohydrate, ~22 g fat; 100 g of a
#: food ~150 kcal. Energy and macros are read only beside another nutrient or a serving / 100 g.
_NUTRIENTS: tuple[tuple[frozenset[str], float, float, float, float], ...] = (
    (frozenset("calorie calories kcal energy cal".split()), 520, 150, 0.3, 1_500),
    (frozenset("protein proteins".split()), 28, 6, 0.45, 120),
    (frozenset("carb carbs carbohydrate carbohydrates".split()), 50, 14, 0.45, 200),
    (frozenset("fat fats lipid".split()), 20, 6, 0.55, 120),
    (frozenset("fibre fiber".split()), 6, 2.5, 0.5, 40),
    (frozenset("sugar sugars".split()), 9, 5, 0.7, 100),
    (frozenset("salt".split()), 1.8, 0.6, 0.5, 10),
    (frozenset("saturated sat".split()), 7, 2, 0.6, 60),
)
_NUTRIENT_WORDS = frozenset(w for words, *_ in _NUTRIENTS for w in words) - {"energy", "cal", "sat", "salt", "fat"}
_FOOD = frozenset("""recipe dish meal menu food ingredient serving portion nutrition nutritional nutrient product
snack drink beverage course item kit""".split())
#: Words of a table or its columns that make its temperatures the weather's.
_WEATHER = frozenset("weather rainfall rain precipitation wind humidity forecast climate snowfall sunshine".split())
_CLINICAL = frozenset("""vital vitals observation patient encounter visit triage admission measurement lab
clinical chart checkup exam examination""".split())


#: Things ridden by a person's legs or a small motor: their odometers read hundreds of km, not a car's 85,000.
PEDALLED = frozenset("bike bicycle ebike cycle scooter escooter kickscooter".split())

#: Words of a meter's reading (``start_mileage``, ``mileage_reading``), and of the vehicles whose rows (or whose
#: parents' rows) a mileage is a reading of.
_READING = frozenset("reading start end begin opening closing current last initial final odometer odo".split())
_METERED = frozenset("""vehicle car truck lorry van bus coach fleet taxi cab motorcycle motorbike trailer tractor
ambulance engine aircraft plane boat vessel locomotive""".split()) | PEDALLED


def _metered(ctx: Ctx) -> bool:
    """Whether ``ctx``'s table, or a table it refers to, is a vehicle's (a mileage there is its odometer)."""
    names = [ctx.table_toks] + [tokens(fk.ref_table.name) for fk in ctx.table.foreign_keys]
    return any({singular(w) for w in toks} & _METERED for toks in names)


def _temperature(ctx: Ctx) -> tuple[str, dict, str] | None:
    words = set(ctx.toks) | set(ctx.table_toks) | ctx.sibling_words
    if "temperature" not in ctx.toks and ctx.toks[-1:] != ("temp",) or not words & (_CLINICAL | {"body"}):
        return None
    if words & {"f", "fahrenheit"}:
        return "number.measure", {"median": 98.4, "sigma": 0.008, "low": 95, "high": 106, "decimals": 1}, \
            "a body temperature in °F"
    return "number.measure", {"median": 36.9, "sigma": 0.008, "low": 35, "high": 41.5, "decimals": 1}, \
        "a body temperature in °C"


#: Words of a share of one (``error_rate numeric(5,4)``, ``fte numeric(3,2)``): with a precision
#: that leaves one integer digit, the value is a fraction in [0, 1], not a percentage.
_SHARE_WORDS = frozenset("""rate ratio fraction share fte probability proportion coverage utilization
utilisation occupancy factor weight likelihood confidence""".split())
#: People counted in a booking or a party: a few, not hundreds.
_PARTY = frozenset("adult child infant guest pax occupant occupancy passenger traveller traveler attendee participant".split())

#: Words of a percentage: kept in a ``numeric(3,2)`` (one integer digit) it is stored as a share of one.
_PERCENT_WORDS = frozenset("pct percent percentage".split())


def _fraction(ctx: Ctx) -> tuple[str, dict, str] | None:
    ctype = ctx.column.type
    if ctx.kind is not TypeKind.NUMERIC or ctype.precision is None or ctype.scale is None or ctype.scale < 1:
        return None
    if ctype.precision - ctype.scale > 1 or not set(ctx.toks) & (_SHARE_WORDS | _PERCENT_WORDS):
        return None
    words = set(ctx.toks)
    if "fte" in words:  # usually whole: a full-time equivalent (a share that leans is ``rates.share_rule``'s)
        median, sigma = 0.9, 0.2
    else:
        median, sigma = 0.35, 0.8
    return "number.measure", {"median": median, "sigma": sigma, "low": 0.0, "high": 1.0,
                              "decimals": ctype.scale}, "a share of one (its precision leaves one digit)"


def _units(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Cents of money, people of a party, an odometer, a temperature of nothing ``magnitudes`` names
    (``amount_due_cents``, ``adults``, ``odometer_km``, ``hold_temperature_c``)."""
    toks, words = ctx.toks, set(ctx.toks)
    if toks[-1] == "cent" and ctx.kind is TypeKind.INTEGER:
        from seedbed.generate.intent.matching import match

        if match(ctx):  # total_cents: the phrase table's money
            return None
        return "number.measure", {"median": 4_900, "sigma": 1.1, "low": 50, "high": 50_000_000}, \
            "money in cents"
    if toks[-1] in _PARTY and ctx.kind is TypeKind.INTEGER:
        few = toks[-1] in ("child", "infant")
        return "number.measure", {"median": 1 if few else 2, "sigma": 0.5, "low": 0 if few else 1, "high": 9}, \
            "people of a party: a few"
    found = _per_entity(ctx, toks, words)
    if found:
        return found
    if toks[-1] in ("k", "kelvin") and words & {"temperature", "temp"}:  # never a Celsius magnitude in kelvin (r34)
        from seedbed.generate.intent.dimensions import kelvin_temperature

        return kelvin_temperature(ctx)
    if "mileage" in words and not words & _READING and not _metered(ctx):
        # the miles of one journey claimed on a row that is no vehicle's (a member's callout, an expense), not a
        # vehicle's odometer (r49: 335-646 miles per member per callout)
        return "number.measure", {"median": 25, "sigma": 0.8, "low": 1, "high": 600}, "a journey's distance"
    if words & {"odometer", "odo"} or "mileage" in words:
        if set(ctx.table_toks) & PEDALLED:  # a bicycle's, a scooter's: hundreds to a few thousand km (lead, session 11)
            return "number.measure", {"median": 1_800, "sigma": 0.8, "low": 5, "high": 40_000}, "a bicycle's odometer reading"
        return "number.measure", {"median": 85_000, "sigma": 0.7, "low": 10, "high": 900_000}, "an odometer reading"
    if ("temperature" in words or "temp" in words) and toks[-1] in ("c", "celsius", "f", "fahrenheit") \
            and (words | set(ctx.table_toks) | ctx.sibling_words) & _WEATHER:  # a site log's or a station's air temperature, not a fridge's
        hot = toks[-1] in ("f", "fahrenheit")
        return "number.measure", {"median": 66 if hot else 18, "sigma": 0.3 if hot else 0.45, "low": 14 if hot else -10,
                                  "high": 113 if hot else 45, "decimals": 1}, "an outdoor air temperature"
    if ("temperature" in words or "temp" in words) and toks[-1] in ("c", "celsius", "f", "fahrenheit"):
        hot = toks[-1] in ("f", "fahrenheit")
        return "number.measure", {"median": 46 if hot else 8, "sigma": 0.6, "low": 35 if hot else 2,
                                  "high": 77 if hot else 25, "decimals": 1}, "a storage or room temperature"
    if words & {"temperature", "temp"} and ctx.kind is not TypeKind.INTEGER or {"temperature"} == words:
        hot = bool((words | ctx.sibling_words) & {"f", "fahrenheit"})  # min_temp beside a sensor's value: ambient
        return "number.measure", {"median": 68 if hot else 20, "sigma": 0.22, "low": 14 if hot else -10,
                                  "high": 113 if hot else 45, "decimals": 1}, "an ambient temperature"
    if "humidity" in words:
        return "number.measure", {"median": 48, "sigma": 0.3, "low": 5, "high": 100, "decimals": 1}, \
            "a relative humidity in percent"
    return None


#: Places whose capacity is hundreds (a venue, a hotel), vehicles (tens), else a room or a class (a score).
_BIG_PLACES = frozenset("""venue stadium arena hall theater theatre auditorium club gym building hotel cinema church
school restaurant park campus property site location branch store""".split())
_VEHICLES = frozenset("vehicle bus aircraft plane airplane train ferry boat ship coach car".split())
#: Gatherings whose capacity is the room they fill: tens to hundreds of people.
_GATHERINGS = frozenset("""event concert gig show conference festival screening performance gala fundraiser dinner
ceremony match tournament exhibition fair""".split())
#: Things booked per row (``tickets``, ``seats`` of a booking): a few, not the venue's capacity.
_BOOKED = frozenset("ticket seat place spot pass".split())
_BOOKINGS = frozenset("""booking reservation registration attendee attendance order purchase guest participant sale
signup rsvp entry""".split())
#: Groups of people counted together: a few.
_GROUPS = frozenset("party group household family".split())
#: People paid by the hour for their own work (a wage), not billed out at a rate (a lawyer's, a consultant's).
_WAGED = frozenset("""operator worker employee staff technician mechanic driver labourer laborer associate crew operative
welder machinist electrician cashier clerk guard cleaner picker packer caregiver""".split())
#: Round discounts, in percent.
_DISCOUNTS = [5, 10, 10, 15, 15, 20, 20, 25, 30, 40, 50]


def _per_entity(ctx: Ctx, toks: tuple[str, ...], words: set[str]) -> tuple[str, dict, str] | None:
    """A capacity at its entity's scale, a party's size, a discount in round percents, an hourly
    or daily rate in whole money (``capacity`` of a class 20, of a venue 300; ``party_size`` 2;
    ``discount_pct`` 10, 15, 20; ``hourly_rate`` 65.00, not 63.99)."""
    table = set(ctx.table_toks)
    if toks[-1] == "capacity" and ctx.kind is TypeKind.INTEGER:
        if table & _BIG_PLACES:
            return "number.measure", {"median": 300, "sigma": 0.9, "low": 20, "high": 80_000}, "a venue's capacity"
        if table & _GATHERINGS or ctx.has_sibling("venue"):
            return "number.measure", {"median": 120, "sigma": 0.9, "low": 10, "high": 20_000}, \
                "the capacity of a gathering"
        if table & _VEHICLES:
            return "number.measure", {"median": 50, "sigma": 0.7, "low": 2, "high": 900}, "a vehicle's capacity"
        return "number.measure", {"median": 20, "sigma": 0.6, "low": 2, "high": 500}, "a room's or a class's capacity"
    if toks[-1] in _BOOKED and len(toks) <= 2 and ctx.kind is TypeKind.INTEGER and table & _BOOKINGS \
            and ctx.column.name.lower().endswith("s"):  # tickets, num_seats of a registration
        return "number.measure", {"median": 1.6, "sigma": 0.5, "low": 1, "high": 10}, "things booked per row: a few"
    if toks[-1] == "size" and len(toks) > 1 and toks[-2] in _GROUPS and ctx.kind is TypeKind.INTEGER:
        return "number.measure", {"median": 2, "sigma": 0.5, "low": 1, "high": 12}, "people of a party: a few"
    if words & {"break", "lunch", "pause"} and toks[-1] in ("minute", "min"):  # a shift's break: 15 to 60 minutes
        return "number.measure", {"median": 30, "sigma": 0.45, "low": 5, "high": 90}, "a break in minutes"
    if "discount" in words and toks[-1] == "percentage":
        return "number.measure", {"values": _DISCOUNTS}, "a discount in round percents"
    if ctx.kind is TypeKind.INTEGER:
        return None
    if ("hourly" in words or {"rate", "hour"} <= words) and (table & _WAGED or words & {"wage", "pay"}):
        return "number.measure", {"median": 24, "sigma": 0.3, "low": 8, "high": 150, "decimals": 2}, \
            "a worker's hourly wage"
    if "hourly" in words or {"rate", "hour"} <= words or (toks == ("rate",) and ctx.has_sibling("hour")):
        return "number.measure", {"median": 60, "sigma": 0.6, "low": 10, "high": 1500, "decimals": 0}, \
            "an hourly rate, in whole money"
    if words & {"daily"} and "rate" in words or {"day", "rate"} <= words:
        return "number.measure", {"median": 450, "sigma": 0.6, "low": 50, "high": 10_000, "decimals": 0}, \
            "a daily rate, in whole money"
    return None


def _nutrient(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Energy and macros of a dish per serving (``calories_per_serving`` ~550, ``protein_g`` ~28)
    or of a food per 100 g (``kcal_per_100g`` ~150), not 4 kcal or 700 g of protein."""
    raw = ctx.column.name.lower()
    words = set(ctx.toks) | set(re.split(r"[^a-z]+", raw))
    hit = next((e for e in _NUTRIENTS if words & e[0]), None)
    if hit is None or words & {"goal", "target", "burned", "burnt", "daily", "limit", "budget"}:
        return None
    others = {w for w in ctx.sibling_words if w in _NUTRIENT_WORDS} - hit[0]
    food = (words | set(ctx.table_toks)) & _FOOD
    per100 = "100" in raw or "100g" in raw
    if not (others or (food and (hit[0] & {"calorie", "calories", "kcal"} or raw.endswith("_g")))
            or per100 or "serving" in raw):
        return None
    _, serving, hundred, sigma, high = hit
    median, high = (hundred, min(high, 900 if "kcal" in hit[0] else 100)) if per100 else (serving, high)
    whole = ctx.kind is TypeKind.INTEGER or median >= 100
    return "number.measure", {"median": median, "sigma": sigma, "low": 0, "high": high,
                              "decimals": 0 if whole else 1}, \
        f"a nutrient ({sorted(hit[0])[0]}) {'per 100 g' if per100 else 'per serving'}"


#: Tables of homes (a listing, a flat, a holiday let): their rooms are counted in ones.
_HOMES = frozenset("""unit apartment flat listing property house home dwelling rental villa cabin condo lodging
accommodation residence cottage chalet let tenancy lease suite""".split())
#: A home's rooms, how many a home has (a few values, the common ones most often).
_ROOMS = {"bedroom": [0, 1, 1, 2, 2, 2, 3, 3, 4, 5], "bathroom": [1, 1, 1, 1.5, 2, 2, 2.5, 3],
          "bath": [1, 1, 1, 1.5, 2, 2, 2.5, 3], "room": [1, 2, 3, 3, 4, 4, 5, 6, 8], "garage": [0, 0, 1, 1, 1, 2],
          "toilet": [1, 1, 1, 2, 2, 3], "parking": [0, 1, 1, 1, 2], "bed": [1, 2, 2, 3, 4, 4, 6]}
_COUNT_WORDS = frozenset("num number count no total of".split())


def _dwelling(ctx: Ctx) -> tuple[str, dict, str] | None:
    """How many bedrooms, bathrooms, rooms a home has (``bedrooms``: 2, ``bathrooms``: 1.5), not 6-34: a
    bedroom or a bathroom counts anywhere, a room, a bed or a garage only in a table of homes (a ward's
    beds, a hotel's rooms are other counts)."""
    words = [w for w in ctx.toks if w not in _COUNT_WORDS]
    head = words[-1] if words else ""
    if head not in _ROOMS:
        return None
    homes = bool(set(ctx.table_toks) & _HOMES) or ctx.has_sibling("bedroom")
    if head not in ("bedroom", "bathroom") and not homes:
        return None
    values = [v for v in _ROOMS[head] if ctx.kind is not TypeKind.INTEGER or float(v).is_integer()]
    return "number.measure", {"values": values}, f"the {head}s of a home"


def scale_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A vital sign, lab value or other named quantity (``heart_rate``, ``spo2``, ``gpa``,
    ``gas_used``, ``premium``) at its real scale."""
    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) or not ctx.toks:
        return None
    found = trade_quantity_rule(ctx) or held_rule(ctx) or _temperature(ctx) or money_over(ctx) or rate_of(ctx) or worn_size(ctx) \
        or event_rule(ctx) or share_rule(ctx) or _fraction(ctx) or share_of_one(ctx) or _nutrient(ctx) \
        or _dwelling(ctx) or magnitude_rule(ctx) \
        or stock_rule(ctx) or purpose_rule(ctx) or tariff_rule(ctx) or _units(ctx)
    if found:
        return found
    words = set(ctx.toks)
    around = words | set(ctx.table_toks) | ctx.sibling_words
    for need, context, median, sigma, low, high, decimals in _NAMED:
        if need <= words and (not context or around & context):
            return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                                      "decimals": decimals}, f"a {' '.join(sorted(need))} at its usual scale"
    for need, median, sigma, low, high, decimals in _VITALS:
        if need <= words:
            return "number.measure", {"median": median, "sigma": sigma, "low": low, "high": high,
                                      "decimals": decimals}, f"a vital sign ({' '.join(sorted(need))})"
    return magnitude_rule(ctx, fallback=True)
