"""Numbers at the scale their name says (``seedbed.generate.intent.numbers``): flags, small codes,
measures with a unit (populations, bytes, pixels, durations) and epoch times."""

from __future__ import annotations

import numpy as np

from seedbed.generate.intent.rowsize import RHO
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.quantities import bounds
from seedbed.generate.realistic.registry import register
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.generate.values.data import ColumnData, may_be_null
from seedbed.model import TypeKind

__all__ = ["EPOCH_START", "EPOCH_SPREAD"]

#: Epoch times in the past spread over these seconds before "now" (like the typed timestamps).
EPOCH_SPREAD = 3 * 365 * 86_400
EPOCH_START = int(REFERENCE_NOW.timestamp()) - EPOCH_SPREAD


@register("number.flag", out="data")
def _flag(call: Call) -> ColumnData | None:
    req = call.req
    allowed = req.domain.allowed
    if call.unique or (allowed is not None and not set(allowed) >= {0, 1}) or req.low is not None \
            or req.high is not None:
        return None
    on = call.rng.random(call.n) < float(call.p("p", 0.5))
    if call.kind is TypeKind.BOOL:
        values = on
    elif call.kind is TypeKind.INTEGER:
        lo, hi = bounds(call)
        if (lo is not None and lo > 0) or (hi is not None and hi < 1):
            return None
        values = on.astype(np.int64)
    else:
        return None
    nulls = None
    if req.null_rate > 0 and may_be_null(req.column, req.domain):
        mask = call.rng.random(call.n) < req.null_rate
        nulls = mask if mask.any() else None
    return ColumnData(values=values, nulls=nulls)


@register("number.code", out="number")
def _code(call: Call) -> np.ndarray:
    low, high = int(call.p("low", 1)), int(call.p("high", 8))
    lo, hi = bounds(call)
    if lo is not None:
        low = max(low, int(np.ceil(lo)))
    if hi is not None:
        high = min(high, int(np.floor(hi)))
    high = max(high, low)
    k = high - low + 1
    w = 1.0 / np.arange(1, k + 1) ** 0.8
    cumulative = np.cumsum(w) / w.sum()
    return low + np.searchsorted(cumulative, call.rng.random(call.n), side="right").clip(0, k - 1).astype(float)


#: Round values people configure, per unit (``nice`` of a number.measure: ms, s, min, h, d).
_NICE = {
    "ms": np.array([10, 50, 100, 200, 250, 500, 1000, 2000, 3000, 5000, 10000, 15000, 30000, 60000, 120000, 300000,
                    600000, 900000, 1800000, 3600000], dtype=float),
    "s": np.array([1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1200, 1800, 3600, 7200, 10800, 21600,
                   43200, 86400, 172800, 604800, 1209600, 2592000, 7776000, 31536000], dtype=float),
    "min": np.array([1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 10080, 43200],
                    dtype=float),
    "h": np.array([1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 168, 336, 720, 2160, 8760], dtype=float),
    "d": np.array([1, 2, 3, 7, 14, 30, 45, 60, 90, 180, 365, 730, 1095, 1825, 2555, 3650], dtype=float),
    # sums of money people choose: a gift of 25 or 100, a grant of 5,000 or 250,000
    "money": np.array([1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100, 120, 150, 200, 250, 300, 400, 500,
                       750, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000,
                       40000, 50000, 75000, 100000, 150000, 200000, 250000, 500000, 750000, 1000000, 2000000,
                       5000000, 10000000], dtype=float),
}


#: Below this share of draws inside their bounds the bounds are clipped to (the draws are off their range).
_DONORS = 0.3


def inside(x: np.ndarray, low: float, high: float, rng: np.random.Generator) -> np.ndarray:
    """``x`` kept within [low, high] without piling on the limits (a mud weight at exactly 8.30 and 18.00 of a
    CHECK's BETWEEN on a third of the rows): a draw just past a bound folds back inside (its side of the median
    kept), one still outside takes the value of a draw inside. When too few draws fall inside, the bounds are where the
    values lie (a ``BETWEEN 1.30 AND 1.90``): drawn around their middle, spread over them (clipped when a bound
    is open)."""
    out = (x < low) | (x > high)
    if not out.any():
        return x
    if np.isfinite(high) and high > low:  # a tail just past a bound folds back inside: each side keeps its rows
        x = np.where(x > high, 2 * high - x, np.where(x < low, 2 * low - x, x))
        out = (x < low) | (x > high)
        if not out.any():
            return x
    donors = x[~out]
    if len(donors) >= max(1, _DONORS * len(x)):
        return np.where(out, donors[rng.integers(0, len(donors), size=len(x))], x)
    if not np.isfinite(high) or high <= low:
        return np.clip(x, low, high)
    if low > 0:
        y = np.exp(rng.normal(np.log(low * high) / 2, np.log(high / low) / 6, size=len(x)))
    else:
        y = rng.normal((low + high) / 2, (high - low) / 6, size=len(x))
    return np.clip(y, low, high)


@register("number.measure", out="number")
def _measure(call: Call) -> np.ndarray:
    values = call.p("values")
    if values:  # a setting: one of a few round values (or zero in a share of rows: an exit code)
        x = np.asarray(values, dtype=float)[call.rng.integers(0, len(values), size=call.n)]
        zero = float(call.p("zero", 0))
        return np.where(call.rng.random(call.n) < zero, 0.0, x) if zero else x
    median, sigma = float(call.p("median", 100)), float(call.p("sigma", 1.0))
    if call.p("uniform"):  # any value of a range alike (a compass direction: any way round)
        x = call.rng.uniform(float(call.p("low", 0)), float(call.p("high", 1)), size=call.n)
    elif call.p("sd") is not None:  # a quantity either side of zero (a temperature): normal, not log-normal
        x = call.rng.normal(median, float(call.p("sd")), size=call.n)
    elif call.p("latent"):  # one size per row: mostly the row's common deviation (``intent.rowsize``)
        tag = f"latent:{call.p('latent')}"
        common = call.row._once(tag, lambda: call.row.stream(tag).standard_normal(call.n))
        own = call.rng.standard_normal(call.n)
        x = np.exp(np.log(median) + sigma * (RHO * common + np.sqrt(1 - RHO ** 2) * own))
    else:
        x = np.exp(call.rng.normal(np.log(median), sigma, size=call.n))
    x = inside(x, float(call.p("low", 0)), float(call.p("high", np.inf)), call.rng)
    if call.p("nice"):  # a configured interval or retention: 30, 60, 300, 900, 3600, not 1470
        ladder = _NICE.get(str(call.p("nice")), _NICE["s"])
        nice = ladder[np.abs(np.log(np.maximum(x, 1e-9)[:, None] / ladder[None, :])).argmin(axis=1)]
        share = float(call.p("nice_share", 1.0))  # the rest keep their odd sums (12.37 from a collection tin)
        x = nice if share >= 1 else np.where(call.rng.random(call.n) < share, nice, x)
        x = np.clip(x, float(call.p("low", 0)), float(call.p("high", np.inf)))
    whole = call.p("complement")  # a share close to whole (a survival rate): drawn as its small complement
    if whole is not None:
        x = float(whole) - x
    zero = float(call.p("zero", 0))  # a share of rows at zero (a balance owed, paid up on most rows)
    if zero:
        x = np.where(call.rng.random(call.n) < zero, 0.0, x)
    sign = call.p("sign", 1)  # -1: negative (dBm), 0: either side of zero (a calibration offset)
    x = x * (np.where(call.rng.random(call.n) < 0.5, -1.0, 1.0) if sign == 0 else float(sign))
    step = call.p("step")  # a number someone set: 10, 250, 1200, not 1237
    if step:
        x = np.maximum(np.round(x / float(step)) * float(step), float(step))
    decimals = call.p("decimals")
    if decimals is not None and call.kind is not TypeKind.INTEGER:
        return np.round(x, int(decimals))
    return np.round(x) if call.kind is TypeKind.INTEGER or median >= 100 else np.round(x, 2)


@register("time.epoch", out="number")
def _epoch(call: Call) -> np.ndarray:
    now = int(REFERENCE_NOW.timestamp())
    if call.p("future"):
        secs = now + call.rng.integers(3600, 2 * 365 * 86_400, size=call.n)
    elif call.p("pair"):  # first_seen / last_seen: one window per row, the end within it
        start, length = _window(call, "epoch", lambda rng, n: (
            EPOCH_START + rng.integers(0, EPOCH_SPREAD, size=n),
            np.exp(rng.normal(np.log(30 * 86_400), 1.5, size=n)).astype(np.int64)))
        secs = np.minimum(start + length, now) if call.p("role") == "end" else start
    else:
        secs = EPOCH_START + call.rng.integers(0, EPOCH_SPREAD, size=call.n)
    if call.p("ms"):
        return (secs * 1000 + call.rng.integers(0, 1000, size=call.n)).astype(float)
    return secs.astype(float)


def _window(call: Call, kind: str, build) -> tuple[np.ndarray, np.ndarray]:
    """(start, length) per row, shared by the two columns of a name-implied pair (``call.p("pair")``)."""
    tag = f"{kind}:{call.p('pair')}"
    return call.row._once(tag, lambda: build(call.row.stream(tag), call.n))


_QUARTER_US = 15 * 60 * 1_000_000
#: Where a day's window starts, in quarter hours after midnight (06:00 .. 10:00 mostly), and how long it lasts.
_STARTS = np.arange(20, 49)
_START_P = np.exp(-0.5 * ((_STARTS - 32) / 4.0) ** 2)
_START_P /= _START_P.sum()


@register("time.clock", out="data")
def _clock(call: Call) -> ColumnData | None:
    """A time of day on a quarter hour, in working hours; the end of a pair (``shift_start`` /
    ``shift_end``, ``opens_at`` / ``closes_at``) 4 to 12 hours after its start, the same day; of a session's pair
    (a class's ``start_time`` / ``end_time``, a slot's; ``span`` "session") 30 minutes to 3 hours."""
    req = call.req
    bounded = req.low is not None or req.high is not None
    if call.unique or (bounded and not call.p("pair")) or req.domain.allowed is not None \
            or req.domain.low is not None or req.domain.high is not None:
        return None
    low, high = (2, 13) if call.p("span") == "session" else (16, 49)  # 30 min to 3 h; 4 to 12 h
    start, length = _window(call, "clock", lambda rng, n: (
        rng.choice(_STARTS, size=n, p=_START_P), rng.integers(low, high, size=n)))
    quarters = np.minimum(start + length, 95) if call.p("role") == "end" else start
    if not call.p("pair"):  # a lone time: anywhere in the working day
        quarters = start + (call.rng.integers(0, 40, size=call.n))
    values = (np.asarray(quarters, dtype=np.int64) * _QUARTER_US).astype("m8[us]")
    if bounded and not _within_row_bounds(req, values):  # a CHECK orders the pair (closes_at > opens_at)
        return None  # and a row's partner did not come from the shared window: the ordinal draw
    nulls = None
    if req.null_rate > 0 and may_be_null(req.column, req.domain):
        mask = call.rng.random(call.n) < req.null_rate
        nulls = mask if mask.any() else None
    return ColumnData(values=values, nulls=nulls)


def _within_row_bounds(req, values: np.ndarray) -> bool:
    """Whether every value keeps the row's hard bounds (``req.low`` / ``req.high``, times of day)."""
    for bound, inclusive, above in ((req.low, req.low_inclusive, True), (req.high, req.high_inclusive, False)):
        if bound is None:
            continue
        other = np.asarray(bound.values).astype("m8[us]")
        valid = ~np.asarray(bound.nulls, dtype=bool) if bound.nulls is not None else np.ones(len(values), dtype=bool)
        ok = (values >= other if inclusive else values > other) if above else \
            (values <= other if inclusive else values < other)
        if not np.all(ok | ~valid):
            return False
    return True


#: (width, height, weight): screens of phones, laptops and desktops; pictures of cameras, phones and the web.
_SCREEN_SIZES = ((1920, 1080, 24), (1366, 768, 9), (1536, 864, 7), (1440, 900, 5), (1280, 720, 4), (2560, 1440, 6),
                 (390, 844, 10), (414, 896, 6), (375, 667, 5), (360, 800, 8), (412, 915, 6), (768, 1024, 3),
                 (3840, 2160, 3), (1680, 1050, 2), (393, 852, 4))
_PICTURE_SIZES = ((1920, 1080, 14), (1280, 720, 10), (1080, 1080, 10), (1080, 1350, 6), (4032, 3024, 10),
                  (3024, 4032, 8), (800, 600, 8), (1200, 630, 7), (640, 480, 6), (3840, 2160, 5), (2048, 1536, 5),
                  (1600, 900, 6), (512, 512, 5))
_THUMBNAIL_SIZES = ((150, 150, 10), (320, 180, 8), (200, 200, 8), (128, 128, 6), (480, 360, 5), (64, 64, 4), (256, 256, 6))
_SIZES = {"screen": _SCREEN_SIZES, "picture": _PICTURE_SIZES, "thumbnail": _THUMBNAIL_SIZES}


@register("number.resolution", out="number")
def _resolution(call: Call) -> np.ndarray:
    """One resolution per row, shared by the pair's width and height (the row's stream of the pair)."""
    sizes = np.array(_SIZES[call.p("kind", "picture")], dtype=float)
    weights = np.cumsum(sizes[:, 2]) / sizes[:, 2].sum()
    u = call.row.stream(f"resolution:{call.p('pair')}").random(call.n)
    pick = sizes[np.searchsorted(weights, u, side="right").clip(0, len(sizes) - 1)]
    return pick[:, 0 if call.p("axis") == "width" else 1]
