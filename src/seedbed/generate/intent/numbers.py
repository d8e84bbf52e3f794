"""Numbers whose name says their scale: flags, small codes, units, epoch times (issue 10, patterns 2, 3, 5, 8).

A uniform 1..1000 is right for almost no named number: a ``kind`` is one of a handful of codes,
an ``enabled`` flag is 0 or 1, a ``level`` is small, a country's ``population`` is large, a
``duration_ms`` is in milliseconds and a ``created_at bigint`` is a moment since 1970. The
rules read the column's tokens (its last one first) and its type width, and return one
candidate ``(intent, params, why)``; ``infer`` tries them before the phrase table for numeric
and boolean columns, so a unit or a flag wins over a generic count.

Rare states (``is_deleted``, ``banned``, ``sticky``) are true in a few percent of rows; their
soft-delete timestamps (``deleted_at``) are mostly NULL (``rare_state``, read by the planner).
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import tokens
from seedbed.model import TypeKind

__all__ = ["EPOCH_WORDS", "RARE_STATES", "number_rule", "rare_state"]

#: States most rows are not in: true in a few percent of rows, their timestamps mostly NULL.
RARE_STATES = frozenset("""deleted banned admin sticky locked archived suspended blocked test spam flagged
muted silenced hidden disabled removed revoked trashed destroyed purged frozen sensitive nsfw reported
blacklisted blocklisted quarantined deactivated terminated expunged staff superuser superadmin moderator
featured pinned promoted bot abuse fraud fake deprecated obsolete internal system death died deceased dead
memorial discontinued""".split())
#: States most rows are in.
COMMON_STATES = frozenset("""active enabled visible published verified confirmed approved valid available
accepted activated allowed subscribed searchable discoverable indexable current""".split())
#: Heads of a yes/no agreement kept in a flag (``photo_consent smallint``, ``terms_accepted``).
_AGREEMENTS = frozenset("consent consented optin opt_in agreed waiver acknowledged gdpr".split())
#: Checks and steps a row has been through or not (``dbs_checked``, ``consented``, ``id_vetted``): a
#: flag, more often done than not, when an integer holds them (not "a small count").
DONE_STEPS = frozenset("""checked vetted cleared screened consented declared signed attended inducted
onboarded trained certified insured vaccinated reconciled audited inspected acknowledged opted registered
enrolled""".split())
_FLAG_PREFIX = frozenset("is has can should allow enable show use needs need was did".split())
#: Tails of a yes/no choice a person made (``marketing_opt_in``, ``newsletter_opted_out``, ``sms_consent``).
_CHOICES = frozenset({("opt", "in"), ("opt", "out"), ("opted", "in"), ("opted", "out"), ("optin",), ("optout",),
                      ("consent",), ("consented",)})
#: Names that make an integer a time since 1970.
EPOCH_WORDS = frozenset("at on ts timestamp time date epoch created updated modified expires expiry expiration "
                        "seen login refresh until before after since".split())
_NOT_EPOCH = frozenset("""for per max min extra limit response processing execution cpu wall load travel play played average estimate
boot uptime""".split())
_MOMENTS = frozenset("""start end begin finish update create login logout expire expiry access visit event
sent last first next close open due birth release publish run fire schedule sync seen creation modification
insert change""".split())
_MS = frozenset("ms milli millis millisecond msec".split())
#: What a row holds before and after a movement (``qty_before``, ``balance_after``): an amount, not a moment.
_HELD = frozenset("""quantity balance stock level amount unit units reading value point credit inventory onhand
hand holding position count""".split())
_FUTURE = frozenset("expires expiry expiration until after due deadline".split())

#: (tokens, low, high) for small integer codes: the last token decides.
_CODES: tuple[tuple[frozenset[str], int, int], ...] = (
    (frozenset("priority severity urgency importance impact".split()), 1, 5),
    (frozenset("level tier grade".split()), 1, 10),
    (frozenset("type kind class category mode group role visibility source format method action variant "
               "reason origin scope style".split()), 1, 8),
    (frozenset("status state stage phase".split()), 0, 5),
    (frozenset("attempt retry tries failure".split()), 0, 5),
    (frozenset("version revision".split()), 0, 12),
    (frozenset("position rank sort ordinal seq sequence idx index order".split()), 0, 50),
    (frozenset(["month"]), 1, 12), (frozenset(["quarter"]), 1, 4), (frozenset(["weekday", "dow"]), 0, 6),
    (frozenset(["hour"]), 0, 23), (frozenset(["credit"]), 1, 6),
    (frozenset("digit decimal precision".split()), 0, 4),
)
#: Numbered parts of a serial work (a show's season, a book's volume) and their usual highest number;
#: a ``season`` elsewhere (a league's) is a year.
_PARTS = {"season": 8, "series": 6, "volume": 12, "chapter": 30, "part": 6, "edition": 5, "act": 5, "book": 7}
_SERIALS = frozenset("episode show podcast series programme program broadcast tvshow book novel comic manga magazine "
                     "journal chapter volume anime drama".split())
#: Durations: unit token -> (median, log-sigma, high) in that unit.
_UNITS: dict[str, tuple[float, float, float]] = {
    "ms": (800, 1.4, 3_600_000), "milli": (800, 1.4, 3_600_000), "millis": (800, 1.4, 3_600_000),
    "millisecond": (800, 1.4, 3_600_000), "msec": (800, 1.4, 3_600_000),
    # a unit is chosen for its scale: seconds up to an hour or so, minutes up to a few hours, else the next unit up
    # (r49: a keyholder's 980 minutes to attend, a 12,427-second call)
    "second": (300, 1.0, 31_536_000), "sec": (300, 1.0, 31_536_000), "s": (300, 1.0, 31_536_000),
    "minute": (45, 0.7, 100_000), "min": (45, 0.7, 100_000), "hour": (8, 0.9, 10_000),
    "day": (14, 0.9, 3650), "week": (4, 0.7, 520), "month": (6, 0.7, 240), "year": (3, 0.7, 60),
}
_DURATIONS = frozenset("duration lifetime timeout ttl interval delay elapsed expire expires period retention "
                       "lifespan runtime length latency wait grace time spent".split())
#: Words of how long a thing issued stays valid (a certificate's, a qualification's, a permit's): years, not weeks.
_VALIDITY = frozenset("validity valid".split())
#: Words of a duration someone configures (a polling interval, a timeout, a retention): round values.
_CONFIGURED = frozenset("""interval timeout ttl delay retention period grace lifetime lifespan expire expires cooldown
backoff frequency window refresh polling sampling heartbeat cache break lunch pause""".split())
#: The ladder of round values (``measures._NICE``) of each unit a configured duration is kept in.
_LADDER_OF = {"ms": "ms", "milli": "ms", "millis": "ms", "millisecond": "ms", "msec": "ms", "minute": "min", "min": "min",
              "hour": "h", "day": "d", "week": "d", "month": "d", "year": "d"}
#: Words of a duration that was measured (a latency, time spent): any value.
_OBSERVED = frozenset("elapsed latency spent runtime took actual average avg p95 p99 mean observed".split())
#: Typical runtimes in seconds of what a table holds.
_RUNTIMES = {"track": 230, "song": 230, "clip": 90, "episode": 2700, "film": 6300, "movie": 6300, "video": 600,
             "podcast": 2700, "album": 2700}
#: Seconds between the crests of what comes in waves (a swell's period is 6-18 s, not a setting's 60-1800; r50).
_CRESTS = {"swell": 10, "wave": 9, "waves": 9, "surf": 10, "breaker": 9, "breakers": 9}
#: Typical lengths in seconds of events people sit through: booked on round minutes (30, 45, 60).
_EVENT_LENGTHS = {"talk": 1800, "keynote": 2700, "presentation": 1800, "lecture": 3600, "webinar": 3600,
                  "seminar": 5400, "workshop": 7200, "lesson": 2700, "class": 3600, "meeting": 1800,
                  "appointment": 1800, "consultation": 1800, "interview": 2700, "session": 3600, "visit": 1800}
_SECONDS = {"ms": 0.001, "milli": 0.001, "millis": 0.001, "millisecond": 0.001, "msec": 0.001, "second": 1.0,
            "sec": 1.0, "s": 1.0, "minute": 60.0, "min": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
            "month": 2629800.0, "year": 31557600.0}
#: Durations that are settings (a timer's period): round values of their unit, not measurements.
_SETTINGS = frozenset("""interval timeout ttl delay cooldown frequency refresh poll polling heartbeat backoff trial grace
notice retention lockout term terms net credit reminder""".split())
#: Settings in days that are a contract's terms (payment terms, notice, net 30): 7 to 90 days.
_TERMS = frozenset("term terms net credit notice reminder".split())
#: Settings in days that are a week, two or a month (a free trial, a grace period), not a year.
_GRACE = frozenset("trial grace".split())
#: People who follow a channel, a list or a page (``subscriber_count`` of a newsletter, ``followers``).
_AUDIENCE = frozenset("subscriber follower fan listener reader viewer watcher".split())
#: Round settings, in the unit whose length in seconds is the key.
_ROUND = {0.001: (100, 250, 500, 1000, 2000, 5000, 10000, 30000),
          1.0: (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 86400),
          60.0: (1, 5, 10, 15, 30, 60, 120, 240, 1440), 3600.0: (1, 2, 4, 6, 12, 24, 48, 168),
          86400.0: (1, 3, 7, 14, 30, 90, 365)}
#: Hours of work logged in one entry, not a total.
#: Words of what is left of a block of booked time (r37: ``hours_remaining`` of a lesson package).
_LEFT = frozenset("remaining left unused balance outstanding prepaid".split())
_WORKED = frozenset("billable billed worked logged spent charged nonbillable actual labor labour manhours overtime".split())
#: Rows that are one day (or one night, one shift) of something: their hours are at most a day's.
_DAY_ROWS = frozenset("day daily night nightly shift timesheet attendance roster diary".split())
_TEAM_HOURS = frozenset("crew staff team total man manhours people worker labour labor person sum".split())


def _one_day(ctx: Ctx) -> bool:
    """Whether a row is one day's: its table says so (``nights``, ``daily_logs``, ``shifts``), or its only
    time is a date named a day (``log_date``, ``work_date``, ``night_date``, ``day``) beside no other. Not
    the hours of a crew or a team (several people's in a day: ``crew_hours``, ``total_staff_hours``)."""
    if set(tokens(ctx.column.name)) & _TEAM_HOURS:
        return False
    if set(ctx.table_toks) & _DAY_ROWS:
        return True
    from seedbed.planning.rowdates import row_date

    if row_date(ctx.table) is not None:  # a row whose times fall on its own date (a watch, a cast): r29
        return True
    times = [c for c in ctx.table.columns if c.type.kind.value in ("date", "timestamp", "timestamptz")]
    return len(times) == 1 and times[0].type.kind.value == "date" and bool(
        set(tokens(times[0].name)) & {"work", "log", "shift", "report", "day", "night", "entry"})


_DAYS_CONTEXT = frozenset("rental loan lease trial stay term period grace retention expiry subscription".split())
_REGIONS = frozenset("country nation state region province city county district territory".split())
#: Words that make a ``size`` a number of bytes (its own words or its table's: ``space_stats.size``).
_STORED = frozenset("""file content blob attachment upload disk storage image space database relation index backup
dump archive package artifact bucket volume tablespace""".split())
_PIXELS_CONTEXT = frozenset("image photo avatar media video screen thumbnail icon picture poster banner "
                            "attachment upload file frame viewport display resolution".split())


def rare_state(tokens: tuple[str, ...]) -> bool:
    """Whether a name says a state most rows are not in (``is_deleted``, ``banned_at``)."""
    return bool(set(tokens) & RARE_STATES)


def _counted(ctx: Ctx) -> bool:
    """An integer named ``<plural noun>_<state>`` counts things in that state (``runs_allowed``,
    ``users_blocked``): a count, not a flag."""
    from seedbed.generate.intent.tokens import singular

    first = ctx.column.name.lower().split("_")[0]
    return ctx.kind is TypeKind.INTEGER and len(ctx.toks) > 1 and len(first) > 3 and singular(first) != first


def _flag(ctx: Ctx) -> tuple[str, dict, str] | None:
    toks = ctx.toks
    is_flag = toks[0] in _FLAG_PREFIX or toks[-1] in ("flag", "bool", "boolean", "yn") or ctx.kind is TypeKind.BOOL \
        or toks[-2:] in _CHOICES or toks[-1:] in _CHOICES
    if toks[-1] in _AGREEMENTS and (ctx.kind is TypeKind.BOOL or (ctx.column.type.bits or 64) <= 16):
        return "number.flag", {"p": 0.85}, "an agreement given or not: mostly given"  # medical_consent smallint
    if not is_flag and _counted(ctx):
        return None
    if is_flag or ctx.kind is TypeKind.BOOL:  # an outcome: passed mostly, failed rarely, fraud hardly ever
        from seedbed.generate.intent.outcomes import outcome_share

        found = outcome_share(toks, frozenset(ctx.table_toks))
        if found is not None:
            return "number.flag", {"p": found[0]}, found[1]
    # the state is the name's head (deleted, is_banned), or any word of a name that is a flag
    for words in ({toks[-1]}, set(toks) if is_flag else set()):  # the head first: admin_events_enabled
        if words & RARE_STATES:
            return "number.flag", {"p": 0.04}, "a rare state: mostly false"
        if words & COMMON_STATES:
            return "number.flag", {"p": 0.8}, "a usual state: mostly true"
    if toks[-1] in DONE_STEPS:
        return "number.flag", {"p": 0.65}, "a check or step done or not: mostly done"
    if is_flag and ctx.kind is not TypeKind.BOOL:
        return "number.flag", {"p": 0.3}, "a flag stored as a number"
    return _participle_flag(ctx)


#: Words ending in -ed that are no state of the row.
_NOT_PARTICIPLES = frozenset("speed seed need feed breed hundred embed shed bed red weed proceed exceed".split())


def _participle_flag(ctx: Ctx) -> tuple[str, dict, str] | None:
    """An integer named by a state (``rejected``, ``climate_controlled``) whose default is 0 or 1: a
    flag, mostly in its default state (0: mostly false; 1: mostly true), not a count."""
    default = (ctx.column.default or "").strip().strip("()'").split("::")[0].strip("'")
    last = ctx.column.name.lower().rsplit("_", 1)[-1]
    if ctx.kind is not TypeKind.INTEGER or default not in ("0", "1") or not last.endswith("ed") \
            or len(last) < 5 or last in _NOT_PARTICIPLES:
        return None
    from seedbed.generate.intent.outcomes import outcome_share

    found = outcome_share(ctx.toks, frozenset(ctx.table_toks))
    if found is not None:  # passed DEFAULT 0: a good outcome all the same (the default is the row's start)
        return "number.flag", {"p": found[0]}, found[1]
    if default == "1":
        return "number.flag", {"p": 0.85}, f"'{last}' defaults to 1: a flag, mostly set"
    return "number.flag", {"p": 0.1}, f"'{last}' defaults to 0: a flag, mostly clear"


#: Tables of reviews and ratings, and words of a smallint in them that is no rating (a count, a key).
_REVIEW_TABLES = frozenset("review rating feedback survey evaluation appraisal".split())
_NOT_SCORES = frozenset("id count total number votes vote helpful year month day age version position rank".split())


def _sub_score(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A ``smallint`` of a reviews table that nothing else explains (``cleanliness``, ``staff``,
    ``location`` beside ``overall_score``): a rating, following the row's tone like the review."""
    from seedbed.generate.intent.units import column_unit

    if (ctx.column.type.bits or 64) > 16 or not set(ctx.table_toks) & _REVIEW_TABLES or set(ctx.toks) & _NOT_SCORES \
            or column_unit(ctx.column.name, ctx.toks) is not None:  # a survey's roof_pitch_deg: a measure
        return None
    return "number.rating", {}, "a score of a review, in the row's tone"


_SCREENS = frozenset("screen display viewport monitor window device browser client".split())


def _resolution(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``screen_width`` beside ``screen_height`` (``width`` beside ``height``): one real resolution
    per row, a screen's or a picture's (1920 x 1080, 390 x 844, 4032 x 3024), not two draws."""
    raw = ctx.column.name
    head = ctx.toks[-2] if ctx.toks[-1] in ("px", "pixel") and len(ctx.toks) > 1 else ctx.toks[-1]
    other = "height" if head == "width" else "width"
    at = raw.lower().rfind(head)
    stem, tail = (raw[:at], raw[at + len(head):]) if at >= 0 else (None, "")  # width_px beside height_px
    if stem is None or not any(c.name.lower() == (stem + other + tail).lower() for c in ctx.table.columns):
        return None
    screen = bool((set(ctx.toks) | set(ctx.table_toks)) & _SCREENS)
    small = bool(set(ctx.toks) & {"thumbnail", "thumb", "icon", "avatar", "preview"})
    kind = "thumbnail" if small else "screen" if screen else "picture"
    pair = (stem + "|" + tail if tail else stem).lower()
    return "number.resolution", {"axis": head, "pair": pair, "kind": kind, "null_key": f"size:{pair}"}, \
        f"a {kind}'s resolution, with {stem}{other}{tail}"


def _event(word: str) -> bool:
    """Whether ``word`` names a moment (``created``, ``login``, ``start``) rather than an amount."""
    return word.endswith("ed") or word in _MOMENTS


def _epoch(ctx: Ctx) -> tuple[str, dict, str] | None:
    col = ctx.column
    toks = ctx.toks
    if ctx.kind is not TypeKind.INTEGER or (col.type.bits or 64) < 32 or not toks:
        return None
    in_ms = toks[-1] in _MS and len(toks) > 1
    core = toks[:-1] if in_ms else toks  # event_time_ms: a moment, in milliseconds
    raw = col.name.lower()
    if not (core[-1] in EPOCH_WORDS or (not in_ms and raw.endswith(("_at", "_ts", "_time", "_on", "timestamp",
                                                                          "_date")))):
        return None
    if set(core) & (_DURATIONS | _NOT_EPOCH) - {"time", "expire", "expires"} or core[0] in ("time", "count", "number",
                                                                                             "total"):
        return None
    if core[-1] in ("before", "after", "since") and set(core[:-1]) & _HELD:
        return None  # qty_before, balance_after: what a movement left, not when
    if core[-1] in ("time", "date") and len(core) > 1 and not _event(core[-2]):
        return None  # extra_time, session_time: an amount of time, not a moment
    ms = in_ms or bool(set(toks) & _MS) or ((col.type.bits or 64) == 64 and "timestamp" in toks)
    future = bool(set(toks) & _FUTURE)
    return "time.epoch", {"ms": ms, "future": future}, f"a time since 1970 in {'milliseconds' if ms else 'seconds'}"


#: Units a measure's name may end with -> (factor from kg or cm, dimension).
_BODY_UNITS = {"kg": (1.0, "weight"), "g": (1000.0, "weight"), "gram": (1000.0, "weight"), "lb": (2.2046, "weight"),
               "lbs": (2.2046, "weight"), "pound": (2.2046, "weight"), "cm": (1.0, "length"), "mm": (10.0, "length"),
               "m": (0.01, "length"), "meter": (0.01, "length"), "inch": (0.3937, "length"), "in": (0.3937, "length")}


def _body(ctx: Ctx, words: set[str]) -> tuple[str, dict, str]:
    """A weight or a length with its unit: a person's (in a person table) or a thing's."""
    unit = next(u for u in reversed(ctx.toks) if u in _BODY_UNITS)
    factor, dim = _BODY_UNITS[unit]
    person = ctx.person_table or ctx.noun in ("patient", "athlete", "player", "member", "child")
    if dim == "weight":
        median, sigma, lo, hi = (72.0, 0.2, 2.5, 250.0) if person else (1.5, 1.0, 0.01, 5000.0)
    else:
        median, sigma, lo, hi = (170.0, 0.07, 45.0, 220.0) if person else (30.0, 0.8, 0.5, 2000.0)
    return "number.measure", {"median": median * factor, "sigma": sigma, "low": lo * factor, "high": hi * factor}, \
        f"a {'person' if person else 'thing'}'s {dim} in {unit}"


def _measure(ctx: Ctx) -> tuple[str, dict, str] | None:
    toks = ctx.toks
    words = set(toks)
    head = toks[-1]
    if words & _BODY_UNITS.keys() and words & {"weight", "height", "length", "width", "depth", "mass", "size"}:
        return _body(ctx, words)
    if toks[-2:] == ("story", "point") or head in ("estimate", "storypoint"):
        return "number.code", {"low": 1, "high": 13}, "story points"
    if head == "year" and words & {"indep", "independence", "independent", "sovereignty"}:
        return "number.year", {"low": 1800, "high": 1993, "mode": 1962}, "a year of independence (1800-1993)"
    founded = {"founded", "founding", "foundation", "established", "incorporated", "inception", "opened", "opening",
               "built", "constructed", "erected", "chartered"}
    if ("year" in toks or (len(toks) == 1 and ctx.column.type.kind is TypeKind.INTEGER)) and words & founded:
        # an institution's or a building's year (opened_year, a bare ``established``): over its history
        return "number.year", {"low": 1850, "high": 2024, "mode": 1995}, "a founding year"
    if words & {"gnp", "gdp", "gni"} and (set(ctx.table_toks) & _REGIONS or ctx.column.type.kind is not TypeKind.INTEGER):
        return "number.measure", {"median": 20_000, "sigma": 2.2, "low": 50, "high": 2e7}, \
            "a national product in millions of USD"
    if "expectancy" in words:
        return "number.measure", {"median": 74, "sigma": 0.08, "low": 40, "high": 90}, "a life expectancy in years"
    if head == "area" and (words & {"surface", "land", "total"} or set(ctx.table_toks) & _REGIONS):
        return "number.measure", {"median": 120_000, "sigma": 2.0, "low": 1}, "a surface area in km²"
    if "population" in words or "inhabitant" in words:
        if set(ctx.table_toks) & {"country", "nation"}:
            return "number.measure", {"median": 8_000_000, "sigma": 1.6, "low": 800}, "a country's population"
        return "number.measure", {"median": 60_000, "sigma": 2.2, "low": 50}, "a population"
    if words & {"byte", "bytes", "filesize"} or (head == "size" and (words | set(ctx.table_toks)) & _STORED):
        return "number.measure", {"median": 250_000, "sigma": 1.8, "low": 1_024}, "a size in bytes"
    pixels = len(toks) > 1 and head in ("px", "pixel")  # width_px, height_pixels: the unit says it
    if (toks[-2] if pixels else head) in ("width", "height") and (pixels or words & _PIXELS_CONTEXT
                                                                  or set(ctx.table_toks) & _PIXELS_CONTEXT
                                        or ctx.has_sibling("image", "photo", "url", "file", "mime", "content")):
        return _resolution(ctx) or ("number.measure", {"median": 1024, "sigma": 0.5, "low": 16, "high": 8192},
                                    "a size in pixels")
    if words & {"credit", "credits"} and set(ctx.table_toks) & {"course", "class", "subject", "module", "enrollment"}:
        return "number.code", {"low": 1, "high": 6}, "credits of a course"
    if "per" in words:  # requests_per_period: a rate, not a duration
        return None
    unit = next((t for t in reversed(toks) if t in _UNITS), None)
    if unit == "s" and len(toks) == 1:
        unit = None
    plural = ctx.column.name.lower().endswith(("hours", "minutes", "seconds", "days", "weeks", "ms", "millis", "secs",
                                                 "mins"))
    if ctx.column.name.lower().split("_")[0] in _LEADING and toks[0] in _UNITS:  # hours_on_station: hours (r29)
        plural, head, unit = True, toks[0], toks[0]
    if unit is not None and words & _SETTINGS and _SECONDS[unit] in _ROUND:  # refresh_interval_sec: 30, 60, 300
        days = _SECONDS[unit] == 86400.0
        values = [7, 14, 30] if days and words & _GRACE else [30, 30, 60, 90, 14] if days and "notice" in words \
            else [7, 14, 30, 30, 30, 60, 90] if days and words & _TERMS \
            else [30, 90, 180, 365, 365, 730, 2555] if days and "retention" in words else list(_ROUND[_SECONDS[unit]])
        return "number.measure", {"values": values}, f"a setting in {unit}s, a round value"
    if unit in ("day", "week", "month", "year") and words & _VALIDITY:  # a qualification valid 12-36 months (r49)
        per = _SECONDS[unit] / 86400.0
        return "number.measure", {"median": 730 / per, "sigma": 0.45, "low": max(1.0, 90 / per), "high": 3650 / per,
                                  "decimals": 0}, f"a validity in {unit}s: a year or a few"
    if unit == "hour" and _one_day(ctx):  # a night's dome_open_hours, a daily log's hours_lost_weather: <= 24
        from seedbed.planning.rowdates import night_row, row_date

        date = row_date(ctx.table)
        night = bool(set(ctx.table_toks) & {"night", "nightly"}) or (date is not None and night_row(ctx.table, date))
        return "number.measure", {"median": 5 if night else 6, "sigma": 0.6, "low": 0, "high": 14 if night else 24,
                                  "decimals": 1}, "hours within one day (the row is a day's)"
    if unit == "hour" and words & _LEFT and not words & _WORKED:  # a lesson block's hours_remaining: 6.5, not 41.6
        return "number.measure", {"median": 6, "sigma": 0.7, "low": 0.5, "high": 40, "step": 0.5}, \
            "hours left of a booked block, in half hours"
    if unit == "hour" and words & _WORKED:  # billable_hours of a time entry: 0.1 to 10 in tenths
        return "number.measure", {"median": 1.5, "sigma": 0.8, "low": 0.1, "high": 10, "decimals": 1}, \
            "hours of work in one entry"
    if unit is not None and (words & _DURATIONS or len(toks) == 1 or (plural and head == unit)):  # vacation_hours
        crest = next((m for t, m in _CRESTS.items() if t in words), None) if "period" in words else None
        if crest is not None:  # a swell_period_s: seconds between crests, observed, not configured
            scale = _SECONDS[unit]
            return "number.measure", {"median": crest / scale, "sigma": 0.25, "low": 3 / scale, "high": 25 / scale,
                                      "decimals": 0 if ctx.kind is TypeKind.INTEGER else 1}, \
                f"the period between a wave's crests in {unit}s"
        runtime = next((m for t, m in _RUNTIMES.items() if t in ctx.table_toks), None)
        if runtime is not None:  # a track's or a film's length, in the unit its name says
            scale = _SECONDS[unit]
            return "number.measure", {"median": runtime / scale, "sigma": 0.3, "low": max(1.0, 30 / scale)}, \
                f"a runtime in {unit}s"
        length = next((m for t, m in _EVENT_LENGTHS.items() if t in ctx.table_toks), None)
        if length is not None and unit in ("minute", "min"):  # a talk's 30 or 45 minutes, not 9 or 155
            return "number.measure", {"median": length / 60, "sigma": 0.35, "low": 5, "high": 480, "nice": "min"}, \
                "an event's length in round minutes"
        median, sigma, high = _UNITS[unit]
        return "number.measure", {"median": median, "sigma": sigma, "low": 1, "high": high}, f"a duration in {unit}s"
    if head in _DURATIONS - {"time", "spent", "length"} or (head == "length" and ctx.pack == "media"):
        if words & _DAYS_CONTEXT or set(ctx.table_toks) & _DAYS_CONTEXT:
            return "number.measure", {"median": 5, "sigma": 0.5, "low": 1, "high": 60}, "a duration in days"
        if ctx.pack == "media" or set(ctx.table_toks) & {"film", "movie", "episode", "show"}:
            return "number.measure", {"median": 105, "sigma": 0.2, "low": 45, "high": 240}, "a runtime in minutes"
        if head in ("timeout", "delay", "ttl", "interval", "expire", "expires", "latency", "wait", "lifespan",
                    "lifetime", "retention", "duration", "period", "grace"):
            return "number.measure", {"median": 300, "sigma": 1.3, "low": 1, "high": 31_536_000}, \
                "a delay of unknown unit: seconds"
    if words & {"timeout", "lifespan", "ttl"} and ctx.kind is TypeKind.INTEGER:  # sso_idle_timeout_remember_me
        return "number.measure", {"median": 1800, "sigma": 1.3, "low": 1, "high": 31_536_000}, \
            "a lifespan or timeout of unknown unit: seconds"
    return None


#: Words of something that recurs on a fixed day of each month (a bill, a rent, a payroll run, an inspection).
_MONTHLY = frozenset("""billing bill due payment pay payday rent invoice invoicing statement collection renewal cutoff
closing settlement debit charge cycle anchor payroll inspection review installment instalment""".split())
#: Hours of the day a place opens and closes (``opening_hour``, ``closes_hour``).
_OPEN_HOUR, _CLOSE_HOUR = frozenset("open opens opening start starts".split()), frozenset("close closes closing end ends".split())


def _calendar_day(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A day of the month something recurs on (``billing_day``, ``rent_due_day``,
    ``inspection_day_of_month``): 1..28, the days every month has, as banks and landlords pick them;
    the hour a place opens (6..10) or closes (16..22), not any hour of the night."""
    toks, raw = ctx.toks, ctx.column.name.lower().replace("-", "_").split("_")[-1]
    if tuple(toks[-3:]) == ("day", "of", "month") or raw in ("dom", "monthday") \
            or (raw == "day" and set(toks) & _MONTHLY):
        return "number.code", {"low": 1, "high": 28}, "the day of the month it recurs on: 1..28"
    if raw == "hour" and set(toks) & _OPEN_HOUR:
        return "number.code", {"low": 6, "high": 10}, "the hour it opens"
    if raw == "hour" and set(toks) & _CLOSE_HOUR:
        return "number.code", {"low": 16, "high": 22}, "the hour it closes"
    return None


def _amount(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Limits, quotas and bounds of counts (``max_membership``, ``group_limit``): a modest count."""
    from seedbed.generate.intent.matching import match

    toks = ctx.toks
    if match(ctx):  # total_cents is money, max_price a price: the phrase table knows better
        return None
    if toks[-1] in ("limit", "quota", "capacity", "threshold", "cap") or len(toks) > 1 and toks[-1] in ("max", "maximum") \
            or (len(toks) > 1 and toks[0] in ("max", "min", "maximum", "minimum", "num", "number", "total", "count")):
        if "storage" in toks or "disk" in toks:
            return "number.measure", {"median": 500_000_000, "sigma": 1.0, "low": 1_000_000}, "a storage quota in bytes"
        return "number.count", {"least": 0 if toks[0] in ("min", "minimum") else 1}, "a limit or bound of a count"
    return None


def number_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A scale for a numeric or boolean column, from its name and width (None: the phrase table decides)."""
    if not ctx.toks or ctx.column.type.is_array:
        return None
    if ctx.kind is TypeKind.BOOL:
        return _flag(ctx)
    if ctx.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT):
        return None
    from seedbed.generate.intent.qualified import factor, toward_end, unqualified, within_container

    bare = unqualified(ctx)
    if bare is not None:  # mean_wind_speed is a wind speed, x_max an x (r29)
        found = number_rule(ctx.with_toks(toks=bare))
        if found is not None:
            return found[0], toward_end(ctx.toks, found[1]), f"{found[2]} ('{' '.join(bare)}' qualified)"
    found = within_container(ctx)
    if found is not None:
        return found
    from seedbed.generate.intent.angles import angle_rule

    found = angle_rule(ctx)  # a bearing, a dip, a tilt: its range, not a count or an altitude (r34)
    if found is not None:
        return found
    if ctx.kind is TypeKind.INTEGER:
        from seedbed.generate.intent.computing import computing_number
        from seedbed.generate.intent.ledger import ledger_number
        from seedbed.generate.intent.matches import match_rule

        found = _calendar_day(ctx) or _sub_score(ctx) or _flag(ctx) or _epoch(ctx) or computing_number(ctx) or ledger_number(ctx) \
            or match_rule(ctx)
        if found:
            return found
        from seedbed.generate.intent.counters import funnel_head

        if funnel_head(ctx.column.name, [c.name for c in ctx.table.columns if c.type.kind is TypeKind.INTEGER]):
            return "number.count", {"style": "audience"}, "the widest counter of a funnel: an audience"
        if set(ctx.toks) & _AUDIENCE and not ctx.person_table and (ctx.toks[-1] in ("count", "total", "number")
                                                                    or ctx.column.name.lower().endswith("s")):
            return "number.count", {"style": "audience"}, "the people who follow a channel: an audience"
    from seedbed.generate.intent.ledger import ledger_number
    from seedbed.generate.intent.scales import scale_rule
    from seedbed.generate.intent.telemetry import telemetry_rule

    found = telemetry_rule(ctx) or (ledger_number(ctx) if ctx.kind is not TypeKind.INTEGER else None)
    if found:
        return found
    from seedbed.generate.intent.tallies import tally_rule

    # xp, loyalty_points, reputation: what a member gathers (lead, session 11), after the known scales (story points)
    found = scale_rule(ctx) or _measure(ctx) or tally_rule(ctx)
    if found and found[0] == "number.measure" and not found[1].get("nice") and set(ctx.toks) & _CONFIGURED \
            and not set(ctx.toks) & (_OBSERVED | _CRESTS.keys()) \
            and set(ctx.toks) & (_DURATIONS | _UNITS.keys()):  # a duration, not a sampling_rate of 0.381
        unit = next((t for t in reversed(ctx.toks) if t in _UNITS), "second")
        found = (found[0], {**found[1], "nice": _LADDER_OF.get(unit, "s")}, found[2] + ", set by someone: a round value")
    if found or ctx.kind is not TypeKind.INTEGER:
        return found or _stat(ctx) or factor(ctx)
    head = ctx.toks[-1]
    if ctx.toks[-2:] == ("postal", "code"):  # a zip kept as a number: five digits, leading zeros dropped
        return "number.code", {"low": 1001, "high": 99950}, "a postal code kept as a number"
    if head in _PARTS and (set(ctx.table_toks) | ctx.sibling_words) & _SERIALS:  # episodes.season: 1..8
        return "number.code", {"low": 1, "high": _PARTS[head]}, f"the {head} of a serial work: a small ordinal"
    for words, low, high in _CODES:
        if head in words:
            return "number.code", {"low": low, "high": high}, f"'{head}': a small code"
    if _labelled(head):
        return "number.code", {"low": 1, "high": 8}, f"'{head}' names a small set of labels: a code"
    return _stat(ctx) or _amount(ctx)


#: A plural time unit leading a name (``hours_on_station``, ``minutes_late``): the name's unit.
_LEADING = frozenset("hours hrs minutes mins seconds secs days".split())


_MONEY_WORDS = frozenset("""pay salary wage tax price cost amount fee balance revenue income budget payment
gross net bonus premium refund charge invoice""".split())


def _stat(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A number in a table of statistics (``runs_scored``, ``era``, ``save_percentage`` of a
    ``pitching_stats`` table): a count, an average or a percentage at a game's scale, not 1..1000."""
    from seedbed.generate.intent.resolvers import stat_rule, stats_table

    if not stats_table(ctx) or ctx.toks[-1] in ("id", "key", "number", "code", "year") or "ratio" in ctx.toks:
        return None  # a ratio (strikeout_to_bb_ratio): the phrase table's
    if set(ctx.toks) & _MONEY_WORDS:
        return None  # gross_pay beside period_start and overtime_hours: money, not a game's stat
    found = stat_rule(ctx)
    if not found:
        return None
    name, params, _ = found[0]
    if name == "time.duration" or (ctx.kind is TypeKind.INTEGER and name not in ("number.count", "number.percentage")):
        return None
    if ctx.kind is not TypeKind.INTEGER and name == "number.count":
        params = {**params, "style": "average"}  # a fractional statistic: an average (era 3.4)
    return name, params, "a statistic of a stats table"


def _labelled(head: str) -> bool:
    """Whether the phrase table gives ``head`` a small set of labels as text (``protocol``,
    ``channel``, ``platform``): stored as an integer, it is a code of that set."""
    from seedbed.generate.intent import resolvers
    from seedbed.generate.intent.rules import PHRASES

    rule = PHRASES.get((head,))
    return rule in (resolvers.kind_list_rule, resolvers.type_rule, resolvers.status_rule, resolvers.method_rule)
