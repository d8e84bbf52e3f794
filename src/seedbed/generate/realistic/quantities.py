"""Numbers with real-world shapes: prices and amounts (log-normal, sensible cents), quantities,
ratings (from the row's review sentiment), percentages, counts, ages, years, birth dates of
adults, durations, and status columns skewed like real data (most orders delivered).
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache

import numpy as np

from seedbed.generate.intent.outcomes import adverse_word, good_word, label_factors
from seedbed.generate.intent.tokens import tokens
from seedbed.generate.realistic.catalog import categories, medians, theme_indexes
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.values.data import ColumnData, may_be_null, object_array
from seedbed.generate.values.numbers import natural
from seedbed.generate.values.patterns import checker
from seedbed.model import TypeKind

__all__ = ["bounds", "cents"]

_CENTS = np.array([0.99, 0.99, 0.99, 0.49, 0.95, 0.0, 0.5, 0.79])
#: Typical amount and spread by the noun an amount column is about.
_AMOUNTS = {"flat_fee": (2_500, 0.8), "retainer": (3_000, 0.8), "contract": (25_000, 1.1), "settlement": (40_000, 1.3),
            "salary": (62_000, 0.35), "wage": (22, 0.3), "balance": (2_400, 1.3), "fee": (12, 0.8),
            "tax": (9, 0.9), "revenue": (24_000, 1.1), "budget": (12_000, 0.9), "discount": (8, 0.8),
            "freight": (14, 0.7), "shipping": (7, 0.5), "payout": (240, 1.0), "refund": (45, 0.9),
            "income": (4_200, 0.6), "credit": (500, 1.0)}


#: Pay quoted over a period: the period its typical value in ``_AMOUNTS`` is for, as a share of a
#: working year (a salary is a year's, an income a month's, a wage an hour's).
_PAY_PERIOD = {"salary": 1.0, "income": 1 / 12, "wage": 1 / 2080}
#: Words of the period a name quotes pay over (``monthly_salary``, ``salary_per_month``, ``annual_income``).
_PERIOD_WORDS = {"hourly": 1 / 2080, "hour": 1 / 2080, "daily": 1 / 260, "day": 1 / 260, "weekly": 1 / 52,
                 "week": 1 / 52, "monthly": 1 / 12, "month": 1 / 12, "annual": 1.0, "annually": 1.0, "yearly": 1.0,
                 "year": 1.0, "pa": 1.0}


def _per_period(name: str, noun: str, median: float) -> float:
    """The typical pay of ``noun`` quoted over the period the name says (a monthly salary is a
    twelfth of a yearly one: 5,200, not 62,000), else ``median`` unchanged."""
    base = next((v for k, v in _PAY_PERIOD.items() if k in name or k == noun), None)
    period = next((_PERIOD_WORDS[w] for w in re.split(r"[^a-z]+", name) if w in _PERIOD_WORDS), None)
    return median if base is None or period is None else median * period / base


def bounds(call: Call) -> tuple[float | None, float | None]:
    """The column's CHECK bounds as floats (None where open)."""
    d = call.req.domain
    lo = natural(d.low.value) if d.low is not None else None
    hi = natural(d.high.value) if d.high is not None else None
    return (None if lo is None else float(lo)), (None if hi is None else float(hi))


def cents(rng: np.random.Generator, x: np.ndarray) -> np.ndarray:
    """Prices ending like real ones: ``.99``, ``.49``, ``.95``, whole; big prices on ``9.99``/``5.00``."""
    small = np.floor(x) + _CENTS[rng.integers(0, len(_CENTS), size=len(x))]
    big = np.floor(x / 10) * 10 + np.where(rng.random(len(x)) < 0.7, 9.99, 5.0)
    return np.round(np.where(x >= 200, big, np.maximum(small, 0.49)), 2)


def _scale(call: Call, x: np.ndarray) -> np.ndarray:
    return np.rint(x * 100) if call.p("cents") or "cent" in call.req.column.name.lower() else x


@lru_cache(maxsize=1)
def _sigmas() -> np.ndarray:
    return np.array([c.sigma for c in categories()])


def _product_medians(row) -> tuple[np.ndarray, np.ndarray]:
    """The category and typical price of each row's product (``row.product()``'s ``category`` and
    ``median``), without decoding product names: a price column needs neither the name nor the
    brand, and a million names cost most of a second."""
    theme = tuple(getattr(row, "theme", ()) or ())
    return medians(*row.product_source(), theme_indexes(theme) if theme else None)


def product_price(row) -> np.ndarray:
    """Each row's product's price: a function of the product alone (its typical price, a spread
    and cents keyed by the product), so ``products.price`` and the unit price of every line item
    that picked the product agree to the cent."""
    from seedbed.generate.permute import uniform64

    category, median = _product_medians(row)
    index, key = row.product_source()
    u1, u2, u3, u4 = (uniform64(index, key ^ (0x5EED0 + i))
                      for i in range(4))
    z = np.sqrt(-2.0 * np.log1p(-u1)) * np.cos(2 * np.pi * u2)  # a standard normal (Box-Muller)
    x = median * np.exp(z * _sigmas()[category] * 0.6)
    small = np.floor(x) + _CENTS[(u3 * len(_CENTS)).astype(np.int64)]
    big = np.floor(x / 10) * 10 + np.where(u4 < 0.7, 9.99, 5.0)
    return np.round(np.where(x >= 200, big, np.maximum(small, 0.49)), 2)


@register("money.price", out="number")
def _price(call: Call) -> np.ndarray:
    if call.p("product") or call.row.domain_pack == "ecommerce":
        return _scale(call, product_price(call.row))
    x = np.exp(call.rng.normal(np.log(39), 0.9, size=call.n))
    return _scale(call, cents(call.rng, x))


@register("money.amount", out="number")
def _amount(call: Call) -> np.ndarray:
    rng, n = call.rng, call.n
    noun = str(call.p("noun") or "")
    name = call.req.column.name.lower()
    if call.p("median") is not None:  # one sale of a service (``intent.tickets``): its typical price and bounds
        x = np.clip(np.exp(rng.normal(np.log(call.p("median")), call.p("sigma", 0.6), size=n)),
                    call.p("low", 0.0), call.p("high", np.inf))
        return _scale(call, cents(rng, x) if call.p("median") >= 10 else np.round(x * 20) / 20)
    median, sigma = next((v for k, v in _AMOUNTS.items() if k in name or k == noun), (85.0, 0.9))
    median = _per_period(name, noun, median)
    x = np.exp(rng.normal(np.log(median), sigma, size=n))
    if median >= 1000:
        x = np.round(x, -1)
    return _scale(call, np.round(x, 2))


@register("number.quantity", out="number")
def _quantity(call: Call) -> np.ndarray:
    lo, hi = bounds(call)
    q = call.rng.geometric(0.55, size=call.n).astype(float)
    if "stock" in call.req.column.name.lower():
        q = np.floor(np.exp(call.rng.normal(3.5, 1.2, size=call.n)))
    if hi is not None:
        q = np.minimum(q, hi)
    return np.maximum(q, lo if lo is not None else 1)


@register("number.rating", out="number")
def _rating(call: Call) -> np.ndarray:
    stars = call.row.sentiment().astype(float)
    lo, hi = bounds(call)
    lo, hi = (call.p("low") if lo is None else lo), (call.p("high") if hi is None else hi)  # a sibling's scale
    lo = 1.0 if lo is None else lo
    hi = (5.0 if lo >= 1 else lo + 5) if hi is None else hi
    x = lo + (stars - 1) / 4 * (hi - lo)
    if call.kind in (TypeKind.NUMERIC, TypeKind.FLOAT) and hi - lo <= 10:
        x = np.clip(x - np.where(call.rng.random(call.n) < 0.3, 0.5, 0.0), lo, hi)
    return np.round(x) if call.kind is TypeKind.INTEGER or hi - lo > 10 else np.round(x, 1)


@register("number.percentage", out="number")
def _percentage(call: Call) -> np.ndarray:
    lo, hi = bounds(call)
    unit = call.p("ratio") or (hi is not None and hi <= 1.0)
    x = call.rng.beta(2.2, 2.0, size=call.n)
    return np.round(x, 4) if unit else np.round(x * 100, 1 if call.kind is not TypeKind.INTEGER else 0)


@register("number.count", out="number")
def _count(call: Call) -> np.ndarray:
    if call.p("style") == "audience":  # the recipients of a mailing, a page's views: hundreds to thousands
        return np.floor(np.exp(call.rng.normal(6.2, 1.1, size=call.n)))
    if call.p("style") == "held":  # things a row holds (gates, paddles, actors): mostly 1-12, rarely more
        return np.maximum(np.floor(np.exp(call.rng.normal(1.1, 0.75, size=call.n))), 1)
    x = np.floor(np.exp(call.rng.normal(1.6, 1.1, size=call.n)))
    if call.p("style") == "average":
        return np.round(x / 3 + call.rng.random(call.n), 1)
    return np.maximum(x, call.p("least", 0))  # a limit's maximum (stack_max) is at least 1


@register("number.score", out="number")
def _score(call: Call) -> np.ndarray:
    lo, hi = bounds(call)
    if lo is not None and hi is not None and hi > lo:
        return np.round(lo + call.rng.beta(5, 2, size=call.n) * (hi - lo), 2)
    return np.round(np.clip(call.rng.normal(72, 14, size=call.n), 0, 100), 1)


@register("number.age", out="number")
def _age(call: Call) -> np.ndarray:
    return np.clip(np.round(18 + call.rng.gamma(3.0, 8.0, size=call.n)), 18, 95)


@register("number.year", out="number")
def _year(call: Call) -> np.ndarray:
    low, high = call.p("low"), call.p("high")
    if low is not None and high is not None:  # a historical year (independence, founding): around its mode
        dom = call.req.domain  # a CHECK's range (BETWEEN 1850 AND 2026) is the span of history to cover
        if dom.low is not None and isinstance(dom.low.value, int | float | Decimal):
            low = max(low, math.ceil(dom.low.value))
        if dom.high is not None and isinstance(dom.high.value, int | float | Decimal):
            high = min(high, math.floor(dom.high.value))
        if low > high:
            return None  # type: ignore[return-value]  # the typed draw inside the CHECK
        mode = min(max(call.p("mode", (low + high) / 2), low), high)
        return np.floor(call.rng.triangular(low, mode, high + 1, size=call.n))
    return np.clip(2025 - np.floor(call.rng.exponential(12, size=call.n)), 1950, 2025)


#: How a span of two years is written, most usual first: 2024-25, 2024/25, 2024-2025, 2024/2025.
_SPAN_STYLES = ("{a}-{b2}", "{a}/{b2}", "{a}-{b}", "{a}/{b}")


@register("time.year_span", out="text")
def _year_span(call: Call) -> np.ndarray:
    """A year across two calendar years (tax, fiscal, academic years, seasons), recent ones mostly;
    written in the first style the column's CHECK patterns and width accept."""
    lmax = call.lmax
    ok = checker(call.req.domain, 0, lmax, constructed=False) or (lambda s: True)
    start = (2025 - np.floor(call.rng.exponential(3, size=call.n))).astype(int).clip(1990, 2025) - 1990
    for style in _SPAN_STYLES:
        if (lmax is None or len(style.format(a=2024, b=2025, b2="25")) <= lmax) and \
                ok(style.format(a=2024, b=2025, b2="25")):
            labels = np.array([style.format(a=a, b=a + 1, b2=f"{(a + 1) % 100:02d}") for a in range(1990, 2026)],
                              dtype=object)
            return labels[start]
    return None  # type: ignore[return-value]  # no style fits: the typed generator


@register("number.weight", out="number")
def _weight(call: Call) -> np.ndarray:
    return np.round(np.exp(call.rng.normal(0.5, 1.0, size=call.n)), 2)


@register("number.dimension", out="number")
def _dimension(call: Call) -> np.ndarray:
    return np.round(np.exp(call.rng.normal(3.3, 0.8, size=call.n)), 1)


@register("number.port", out="number")
def _port(call: Call) -> np.ndarray:
    common = np.array(load("misc")["ports"], dtype=float)
    return np.where(call.rng.random(call.n) < 0.8, common[call.rng.integers(0, len(common), size=call.n)],
                    call.rng.integers(1024, 65535, size=call.n).astype(float))


@register("date.birth", out="date")
def _birth(call: Call) -> np.ndarray:
    ages = call.p("ages")  # a role's (youngest, usual, oldest): a pupil 5-18 (intent.ages)
    years = call.rng.triangular(*ages, size=call.n) if ages else 18 + call.rng.gamma(2.2, 9.0, size=call.n).clip(0, 70)
    age_days = (years * 365.25).astype(np.int64)
    today = np.datetime64(REFERENCE_NOW.date(), "D")
    born = today - age_days.astype("m8[D]")
    asked = _asked_days(call, today)
    if asked is None:
        return born
    # ages asked for ("owners aged 18 to 30", "older than 65"): the adults' shape where it falls inside,
    # the others spread over the whole window (clipped, they would all be its youngest or oldest)
    lo, hi = asked
    out = (born < lo) | (born > hi)
    if not out.any():  # (no draw: the stream stays as it was when nothing is asked)
        return born
    fill = lo + np.floor(call.rng.random(call.n) * (int((hi - lo).astype(np.int64)) + 1)).astype(np.int64).astype("m8[D]")
    return np.where(out, fill, born)


def _asked_days(call: Call, today: np.datetime64) -> tuple[np.datetime64, np.datetime64] | None:
    """The first and last day a birth date may take (a scope's window or a CHECK), open ends 30 years
    beyond the other (never after today); None when neither is bounded or the window is empty."""
    dom = call.req.domain
    if dom is None or (dom.low is None and dom.high is None):
        return None

    def day(value: object) -> np.datetime64:
        return np.datetime64(value.date() if hasattr(value, "date") and callable(value.date) else value, "D")

    one = np.timedelta64(1, "D")
    lo = day(dom.low.value) + (0 if dom.low.inclusive else one) if dom.low is not None else None
    hi = day(dom.high.value) - (0 if dom.high.inclusive else one) if dom.high is not None else today
    hi = min(hi, today)
    lo = lo if lo is not None else hi - np.timedelta64(30 * 365, "D")
    return (lo, hi) if lo <= hi else None


@register("date.recent", out="date")
def _recent(call: Call) -> np.ndarray:
    """The latest time something happened (``last_pm_date``, ``last_seen_at``): mostly days or weeks
    before now, a few rows months ago, none more than two years."""
    secs = np.minimum(call.rng.exponential(35 * 86400.0, size=call.n), 730 * 86400.0).astype(np.int64)
    now = np.datetime64(REFERENCE_NOW.replace(tzinfo=None), "s")
    return now - secs.astype("m8[s]")


@register("date.text", cut="never")
def _date_text(call: Call) -> np.ndarray:
    start = np.datetime64((REFERENCE_NOW - timedelta(days=1096)).replace(tzinfo=None), "s")
    secs = call.rng.integers(0, 1096 * 86400, size=call.n)
    stamp = start + secs.astype("m8[s]")
    if "date" in call.req.column.name.lower() and "time" not in call.req.column.name.lower():
        return np.datetime_as_string(stamp, unit="D")
    return np.array([v.replace("T", " ") for v in np.datetime_as_string(stamp, unit="s").tolist()], dtype=object)


@register("time.duration", out="seconds")
def _duration(call: Call) -> np.ndarray:
    if call.kind is TypeKind.TEXT and call.p("clock"):
        return call.rng.integers(0, 20 * 60, size=call.n).astype(float)
    return np.round(np.exp(call.rng.normal(np.log(1200), 1.0, size=call.n)))


# ------------------------------------------------------------------------------ statuses


#: Labels of a sale's lifecycle: beside them "returned" is a returned order (rare); without them it is
#: how a loan, a rental or a hire ends (most rows of a history).
_ENDS_OF_A_SALE = frozenset("delivered completed complete done shipped fulfilled paid refunded".split())


#: The weight of an adverse label of a status (a settled good one weighs 10, a step on the way 3).
_SEVERITY_WEIGHT = {"mild": 1.0, "adverse": 0.4, "severe": 0.1}


def _weights(labels: list[str], noun: str) -> np.ndarray:
    misc = load("misc")
    table = dict(misc["statuses"].get(noun, []))
    good, bad = set(misc["status_good"]) | {"captured", "authorized"}, set(misc["status_bad"])
    keys = {str(lab).lower() for lab in labels}
    if "returned" in keys and not keys & _ENDS_OF_A_SALE:  # a loan's or a hire's normal end, not a returned order
        good, bad = good | {"returned"}, bad - {"returned"}
    w = []
    for lab in labels:
        key = str(lab).lower()
        severity = adverse_word(key)
        if key in table:
            w.append(float(table[key]))
        elif severity is not None:  # the worse, the rarer: overdue 1, failed 0.4, fraud 0.1
            w.append(_SEVERITY_WEIGHT[severity])
        elif key in good or good_word(key):
            w.append(10.0)
        elif key in bad:
            w.append(1.0)
        else:
            w.append(3.0)
    arr = np.array(w)
    return arr / arr.sum()


def _labels_of(call: Call) -> list[str]:
    d = call.req.domain
    if d.allowed is not None:
        return [str(v) for v in d.allowed]
    return list(call.req.column.type.enum_labels)


@register("status.mix", out="data")
def _status_mix(call: Call) -> ColumnData | None:
    labels = _labels_of(call)
    if call.unique or not labels or any(not isinstance(v, str) for v in (call.req.domain.allowed or ())):
        return None
    w = _weights(labels, str(call.p("noun") or ""))
    pick_ = np.searchsorted(np.cumsum(w), call.rng.random(call.n), side="right").clip(0, len(labels) - 1)
    req = call.req
    nulls = None
    if req.null_rate > 0 and may_be_null(req.column, req.domain):
        mask = call.rng.random(req.n) < req.null_rate
        nulls = mask if mask.any() else None
    return ColumnData(values=object_array([labels[i] for i in pick_.tolist()]), nulls=nulls)


def _weighted_pick(weights: np.ndarray, call: Call) -> np.ndarray:
    """Indexes drawn with probabilities ``weights / weights.sum()``."""
    cumulative = np.cumsum(weights) / weights.sum()
    return np.searchsorted(cumulative, call.rng.random(call.n), side="right").clip(0, len(weights) - 1)


#: Nouns that share another's statuses (an issue is a ticket).
_NOUN_ALIASES = {"issue": "ticket", "bug": "ticket", "incident": "ticket", "request": "ticket", "story": "task",
                 "epic": "task", "todo": "task", "purchase": "order", "sale": "order", "reservation": "booking",
                 "lot": "batch", "run": "job", "line": "equipment", "machine": "equipment", "station": "equipment",
                 "asset": "equipment", "device": "equipment", "ncr": "case", "nonconformance": "case", "capa": "case",
                 "deviation": "case", "complaint": "case", "investigation": "case", "payout": "transfer",
                 "settlement": "transfer", "disbursement": "transfer", "chargeback": "dispute", "charge": "payment",
                 "transaction": "payment", "vendor": "approval", "supplier": "approval", "audit": "inspection",
                 "check": "inspection", "specimen": "sample", "kyc": "verification"}


def status_noun(nouns: list[str] | tuple[str, ...]) -> str | None:
    """The first of ``nouns`` that has statuses of its own (directly or through an alias), or None:
    a ``ncr_reports.status`` is a case's (``report`` has none, ``ncr`` is a case)."""
    known = load("misc")["statuses"]
    return next((n for n in nouns if _NOUN_ALIASES.get(n, n) in known), None)


def _noun_list(kind: str, noun: str) -> list:
    misc = load("misc")
    if kind == "types" and noun in misc["types"]:  # a device's own list (desktop, mobile), not equipment's
        return misc["types"][noun]
    noun = _NOUN_ALIASES.get(noun, noun)
    if kind == "statuses":
        if noun not in misc["statuses"] and noun in misc["types"]:  # marital_status: a fixed set, equally likely-ish
            labels = misc["types"][noun]
            return [[v, 10.0 / (i + 1) ** 0.7] for i, v in enumerate(labels)]
        return misc["statuses"].get(noun) or misc["statuses"]["generic"]
    return misc["types"].get(noun) or misc["types"]["generic"]


def state_list(noun: str, column: str, language: str | None = None) -> list:
    """The ``[label, weight]`` pairs a ``status.state`` column of ``noun`` draws from (read by the
    planner too: a status from a list gates its row's moments like a CHECK's labels), their labels in
    ``language`` where it has a word for every one (r40, ``intent.nativewords``)."""
    table = _state_list(noun, column)
    if language:
        from seedbed.generate.intent.nativewords import translated_labels

        words = translated_labels([t[0] for t in table], language)
        if words is not None:
            return [[w, t[1]] for w, t in zip(words, table, strict=True)]
    return table


def _state_list(noun: str, column: str) -> list:
    if "workflow" in column:
        noun = noun if noun in load("misc")["statuses"] else "workflow"
    statuses = load("misc")["statuses"]
    if (tokens(column) or ("",))[-1] in _STEP_HEADS and _NOUN_ALIASES.get(noun, noun) not in statuses:
        from seedbed.generate.realistic.plainsets import plain_set  # r30: an expedition's stage is no record's

        steps = plain_set("stage", 4, None) or []
        return [[v, 10.0 / (i + 1) ** 0.5] for i, v in enumerate(steps)]
    return _noun_list("statuses", noun)


#: Heads of a state column that name a step of a process: never a record's active / deleted.
_STEP_HEADS = frozenset(("stage", "phase", "step"))


@register("status.state", cut="never")
def _state(call: Call) -> np.ndarray:
    table = state_list(str(call.p("noun") or ""), call.req.column.name, call.p("language"))
    labels = np.array([t[0] for t in table], dtype=object)
    w = np.array([t[1] for t in table], dtype=float)
    return labels[_weighted_pick(w, call)]


@register("status.type", cut="never", unique="suffix")
def _type(call: Call) -> np.ndarray:
    given = call.p("labels")  # a comment's list or an attribute's usual values (intent.attributes)
    labels = [str(v) for v in given or _noun_list("types", str(call.p("noun") or ""))]
    lmax = call.lmax
    if lmax is not None and min(map(len, labels)) > lmax:
        labels = sorted({v[:lmax].upper() for v in labels})
    else:
        labels = [v for v in labels if len(v) <= (lmax or 10**6)]
    w = 1.0 / np.arange(1, len(labels) + 1) ** 0.8
    misc = load("misc")
    factors = label_factors(labels, frozenset(tokens(call.req.column.name)), settled=frozenset(misc["status_good"]),
                            ended=frozenset(misc["status_bad"])) if _outcome_list(call) else None
    if factors is not None:  # passed mostly, failed seldom, quarantined rarely
        w = w * np.array(factors)
    labels = np.array(labels, dtype=object)
    return labels[_weighted_pick(w, call)]


@register("status.letter", cut="never")
def _letter(call: Call) -> np.ndarray:
    """A letter of a short scale (``letters``: 'ABCD'), the early ones most often, the last rarely
    (most defects are of category B or C, few of D; most accounts of tier A or B)."""
    letters = np.array(list(str(call.p("letters") or "ABCD")), dtype=object)
    w = 1.0 / np.arange(1, len(letters) + 1) ** 0.7
    return letters[_weighted_pick(w, call)]


#: Heads of a column whose labels are outcomes or states (not kinds).
_OUTCOME_HEADS = frozenset("status state stage phase outcome result verdict decision disposition resolution".split())


def _outcome_list(call: Call) -> bool:
    """Whether the column holds a row's outcome or state (``result``, ``qc_status``), whose labels are
    skewed by outcome (``label_factors``), not a kind (``defect_type``)."""
    return bool(set(tokens(call.req.column.name)) & _OUTCOME_HEADS)
